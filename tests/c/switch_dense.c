/* A dense switch (a jump table at -O2, or a lookup table), with negative case values and
 * a switch on a char. */
#include "scratch.h"

__attribute__((noinline)) int dense(int x) {
  switch (x) {
  case 0: return 11;
  case 1: return 22;
  case 2: return -33;
  case 3: return 44;
  case 4: return 55;
  case 5: return 66;
  case 6: return 77;
  case 7: return 88;
  case 8: return 99;
  default: return -1;
  }
}

__attribute__((noinline)) int around_zero(int x) {
  int r = 0;
  switch (x) {
  case -3: r = 300; break;
  case -2: r = 200; break;
  case -1: r = 100; break;
  case 0: r = 7; break;
  case 1: r = x * 5; break;
  case 2: r = x * x * x; break;
  default: r = x; break;
  }
  return r + 1;
}

__attribute__((noinline)) int vowel(char c) {
  switch (c) {
  case 'a': case 'A': return 1;
  case 'e': case 'E': return 2;
  case 'i': case 'I': return 3;
  case 'o': case 'O': return 4;
  case 'u': case 'U': return 5;
  default: return 0;
  }
}

int main(void) {
  for (int x = -2; x < 11; x++) sb3_out_int(dense(x));
  for (int x = -5; x < 5; x++) sb3_out_int(around_zero(x));
  const char *s = "Scratch Is An Educational Universe";
  for (int i = 0; s[i]; i++) sb3_out_int(vowel(s[i]));
  return 0;
}
