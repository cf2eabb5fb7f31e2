/* Printing characters: every printable ASCII character, space, newline, tab, quote and
 * backslash, digits (which must stay one-letter items, not numbers), upper and lower case
 * (distinct in the output even though Scratch compares them case-insensitively), and
 * Latin-1 characters above 127. */
#include "scratch.h"

char text[] = "Tab\there \"quoted\" back\\slash\nNew line; 0123456789 aAzZ";

int main(void) {
  for (int c = 32; c < 127; c++) sb3_out_char(c);
  for (int i = 0; text[i]; i++) sb3_out_char(text[i]);
  sb3_out_char('\n');
  sb3_out_char(' ');
  sb3_out_char(0xe9); /* e acute in Latin-1 */
  sb3_out_char(0xff);
  sb3_out_char(0xa0);
  /* Characters computed at run time, mixed with numbers. */
  for (int i = 0; i < 26; i += 5) {
    sb3_out_char('a' + i);
    sb3_out_int(i);
    sb3_out_char('A' + i);
  }
  /* A char read back as a number. */
  for (int i = 0; i < 5; i++) sb3_out_int(text[i]);
  /* Comparing case: 'a' and 'A' differ in C. */
  int diff = 0;
  for (int i = 0; i < 26; i++) diff += ('a' + i) != ('A' + i);
  sb3_out_int(diff);
  return 0;
}
