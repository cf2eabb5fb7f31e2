/* The Park-Miller minimal standard PRNG (s = s * 48271 mod 2^31-1) computed three ways:
 * in 64-bit, with Schrage's method in 32-bit, and in double; plus a uniform double in
 * [0,1) and a histogram of 2000 draws. */
#include "scratch.h"
#include <stdint.h>

#define M 2147483647
#define A 48271

__attribute__((noinline)) uint32_t pm64(uint32_t s) { return (uint32_t)(((uint64_t)s * A) % M); }

__attribute__((noinline)) int32_t pm_schrage(int32_t s) {
  const int32_t q = M / A, r = M % A;
  int32_t t = A * (s % q) - r * (s / q);
  return t > 0 ? t : t + M;
}

__attribute__((noinline)) double pm_double(double s) {
  double p = s * A;
  return p - __builtin_floor(p / M) * M;
}

int main(void) {
  uint32_t a = 1;
  int32_t b = 1;
  double c = 1;
  int agree = 0;
  for (int i = 0; i < 500; i++) {
    a = pm64(a);
    b = pm_schrage(b);
    c = pm_double(c);
    agree += (a == (uint32_t)b) + ((double)a == c);
    if (i % 50 == 0) {
      sb3_out_int((int32_t)a);
      sb3_out_double((double)a / M);
    }
  }
  sb3_out_int(agree);
  int hist[10] = {0};
  uint32_t s = 42;
  for (int i = 0; i < 2000; i++) {
    s = pm64(s);
    hist[(int)((double)s / M * 10)]++;
  }
  for (int i = 0; i < 10; i++) sb3_out_int(hist[i]);
  return 0;
}
