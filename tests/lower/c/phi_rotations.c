#include "scratch.h"
#include <stdint.h>
/* Loop-carried values that swap or rotate: parallel copies, and counted loops whose last
 * iteration must not run the back-edge copies. */
__attribute__((noinline)) int32_t swap_n(int32_t a, int32_t b, int n) {
  for (int i = 0; i < n; i++) { int32_t t = a; a = b; b = t; }
  return a * 1000 + b;
}
__attribute__((noinline)) int32_t rot3(int32_t a, int32_t b, int32_t c, int n) {
  for (int i = 0; i < n; i++) { int32_t t = a; a = b; b = c; c = t + i; }
  return a * 10000 + b * 100 + c;
}
__attribute__((noinline)) int32_t before_last(int n) {
  int32_t x = 1, prev = 0;
  for (int i = 0; i < n; i++) { prev = x; x = x * 3 % 1000; }
  return prev * 1000 + x;
}
int main(void) {
  for (int n = 0; n < 5; n++) {
    sb3_out_int(swap_n(1, 2, n));
    sb3_out_int(rot3(1, 2, 3, n));
    sb3_out_int(before_last(n));
  }
  return 0;
}
