#include "scratch.h"
int f(int n) {
  int i = 0, s = 0;
  if (n & 1) goto mid;
top:
  s += i;
  i++;
mid:
  s += 2 * i;
  if (i < n) goto top;
  return s;
}
int main(void) { for (int n = 0; n < 6; n++) sb3_out_int(f(n)); return 0; }
