/* Ternary chains and selects (branchless at -O2): clamps, sign functions, nested
 * conditionals on ints and doubles, and conditional moves between pointers. */
#include "scratch.h"
#include <stdint.h>

int32_t vs[] = {-100, -1, 0, 1, 5, 42, 99, 1000, -2147483647, 2147483647};
double ds[] = {-2.5, -0.5, 0.0, 0.25, 1.0, 7.5};

__attribute__((noinline)) int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
__attribute__((noinline)) int sign(int v) { return (v > 0) - (v < 0); }
__attribute__((noinline)) int bucket(int v) {
  return v < 0 ? -1 : v == 0 ? 0 : v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : 4;
}
__attribute__((noinline)) double dsel(double x) { return x < 0 ? -x * 2 : x > 1 ? x - 1 : x * x; }

int main(void) {
  for (int i = 0; i < 10; i++) {
    int v = vs[i];
    sb3_out_int(clamp(v, -5, 50));
    sb3_out_int(sign(v));
    sb3_out_int(bucket(v));
    sb3_out_int(v & 1 ? v : -v / 2);
    sb3_out_int((uint32_t)v > 100u ? 1 : 2);
  }
  for (int i = 0; i < 6; i++) sb3_out_double(dsel(ds[i]));
  int a = 3, b = 9;
  int *p = vs[4] > vs[3] ? &a : &b;
  *p += 100;
  sb3_out_int(a);
  sb3_out_int(b);
  /* Counting with selects in a loop. */
  int pos = 0, neg = 0, big = 0;
  for (int i = 0; i < 10; i++) {
    pos += vs[i] > 0 ? 1 : 0;
    neg += vs[i] < 0;
    big = vs[i] > big ? vs[i] : big;
  }
  sb3_out_int(pos * 100 + neg);
  sb3_out_int(big);
  return 0;
}
