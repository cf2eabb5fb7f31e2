/* Signed and unsigned division and remainder, including negative operands (C truncates
 * toward zero; the remainder has the dividend's sign) and divisors that are powers of two
 * (which -O2 turns into shifts). */
#include "scratch.h"
#include <stdint.h>

int32_t num[] = {0, 1, -1, 7, -7, 13, -13, 100, -100, 2147483647, -2147483647 - 1,
                 1000000, -999999};
int32_t den[] = {1, -1, 2, -2, 3, -3, 4, 7, -7, 16, 1000, -2147483647 - 1, 2147483647};
#define NN (int)(sizeof num / sizeof num[0])
#define ND (int)(sizeof den / sizeof den[0])

__attribute__((noinline)) int32_t sdiv(int32_t a, int32_t b) { return a / b; }
__attribute__((noinline)) int32_t srem(int32_t a, int32_t b) { return a % b; }
__attribute__((noinline)) uint32_t udiv(uint32_t a, uint32_t b) { return a / b; }
__attribute__((noinline)) uint32_t urem(uint32_t a, uint32_t b) { return a % b; }

int main(void) {
  for (int i = 0; i < NN; i++) {
    for (int j = 0; j < ND; j++) {
      int32_t a = num[i], b = den[j];
      if (a == -2147483647 - 1 && b == -1) continue; /* UB in C */
      sb3_out_int(sdiv(a, b));
      sb3_out_int(srem(a, b));
      sb3_out_int((int32_t)udiv((uint32_t)a, (uint32_t)b));
      sb3_out_int((int32_t)urem((uint32_t)a, (uint32_t)b));
    }
  }
  /* Constant divisors (magic-number division at -O2). */
  for (int i = 0; i < NN; i++) {
    int32_t a = num[i];
    uint32_t u = (uint32_t)a;
    sb3_out_int(a / 2);
    sb3_out_int(a % 2);
    sb3_out_int(a / 8);
    sb3_out_int(a % 8);
    sb3_out_int(a / 10);
    sb3_out_int(a % 10);
    sb3_out_int(a / -3);
    sb3_out_int((int32_t)(u / 2));
    sb3_out_int((int32_t)(u % 16));
    sb3_out_int((int32_t)(u / 10));
    sb3_out_int((int32_t)(u % 1000));
  }
  /* 8- and 16-bit division with negative operands. */
  int8_t c = -100;
  int16_t s = -30000;
  for (int k = 1; k < 6; k++) {
    sb3_out_int((int8_t)(c / k));
    sb3_out_int((int8_t)(c % k));
    sb3_out_int((int16_t)(s / (k * 7)));
    sb3_out_int((uint16_t)s % (k * 7));
  }
  return 0;
}
