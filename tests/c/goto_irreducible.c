/* goto-based control flow, including an irreducible loop: two entries into the same
 * cycle (blocks A and B jump to each other; main enters at A or at B). */
#include "scratch.h"

int inputs[] = {0, 1, 2, 3, 10, 17};

__attribute__((noinline)) int two_entries(int start, int n) {
  int acc = 0, i = 0;
  if (start & 1) goto B;
A:
  acc += 3 * i;
  i++;
  if (i >= n) goto out;
  if ((acc + i) % 5 == 0) goto A;
B:
  acc += i * i - 1;
  i++;
  if (i < n) goto A;
out:
  return acc * 10 + (start & 1);
}

/* A state machine over a string written with gotos (not a loop statement). */
__attribute__((noinline)) int count_words(const char *s) {
  int words = 0;
space:
  if (!*s) goto done;
  if (*s == ' ') { s++; goto space; }
  words++;
word:
  s++;
  if (!*s) goto done;
  if (*s == ' ') goto space;
  goto word;
done:
  return words;
}

int main(void) {
  for (int a = 0; a < 6; a++)
    for (int b = 0; b < 6; b++) sb3_out_int(two_entries(inputs[a], inputs[b]));
  sb3_out_int(count_words(""));
  sb3_out_int(count_words("   "));
  sb3_out_int(count_words("one"));
  sb3_out_int(count_words(" two  words "));
  sb3_out_int(count_words("a b c d e f g"));
  /* Backward goto as a loop. */
  int i = 0, s = 0;
again:
  s += i * i;
  if (++i < 20) goto again;
  sb3_out_int(s);
  return 0;
}
