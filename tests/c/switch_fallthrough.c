/* switch with fallthrough between cases, default in the middle (reached both by no match
 * and by falling into it), and Duff's device. */
#include "scratch.h"

__attribute__((noinline)) int fall(int x) {
  int r = 0;
  switch (x) {
  case 1: r += 1;
  case 2: r += 10;
  default: r += 100;
  case 5: r += 1000;
    break;
  case 6: r += 10000;
  case 7: r += 100000;
  }
  return r;
}

__attribute__((noinline)) int duff_sum(const int *p, int count) {
  int s = 0;
  int n = (count + 3) / 4;
  if (count == 0) return 0;
  switch (count % 4) {
  case 0: do { s += *p++;
  case 3:      s += *p++;
  case 2:      s += *p++;
  case 1:      s += *p++;
          } while (--n > 0);
  }
  return s;
}

int arr[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};

int main(void) {
  for (int x = 0; x < 9; x++) sb3_out_int(fall(x));
  for (int c = 0; c <= 11; c++) sb3_out_int(duff_sum(arr, c));
  return 0;
}
