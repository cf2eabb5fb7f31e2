/* 64-bit integers whose values stay within +-2^53 (exact in doubles): add, sub, mul,
 * division, remainder, comparisons, and conversion to and from 32-bit ints. */
#include "scratch.h"
#include <stdint.h>

int64_t a64[] = {0, 1, -1, 4294967296LL, -4294967296LL, 9007199254740991LL,
                 -9007199254740991LL, 123456789012LL, -98765432109LL, 1000000007LL};
int32_t b32[] = {1, -1, 7, -13, 1000, 65536, 2147483647, -2147483647 - 1};

static void out64(int64_t v) { sb3_out_double((double)v); }

__attribute__((noinline)) int64_t add64(int64_t a, int64_t b) { return a + b; }
__attribute__((noinline)) int64_t mul64(int64_t a, int32_t b) { return a * b; }

int main(void) {
  for (int i = 0; i < 10; i++) {
    for (int j = 0; j < 8; j++) {
      int64_t b = b32[j];
      int64_t s = add64(a64[i] / 2, b);
      out64(s);
      out64(a64[i] / b);
      out64(a64[i] % b);
      sb3_out_int(a64[i] < b);
      sb3_out_int(a64[i] >= b);
    }
  }
  /* Products that stay below 2^53 in magnitude. */
  out64(mul64(4294967296LL, 65536));
  out64(mul64(-123456789LL, 1000000));
  out64(mul64(2097151LL, -2147483647 - 1));
  /* Widening multiplication of two 32-bit values. */
  for (int j = 0; j < 8; j++) out64((int64_t)b32[j] * (int64_t)b32[(j + 3) & 7]);
  /* Truncation back to 32 bits (low 32 bits, as int32_t). */
  for (int i = 0; i < 10; i++) sb3_out_int((int32_t)(uint32_t)(uint64_t)a64[i]);
  /* Unsigned 64-bit division of small values. */
  uint64_t u = 9000000000000000ULL;
  for (int k = 0; k < 6; k++) {
    out64((int64_t)(u / 1000003ULL));
    out64((int64_t)(u % 1000003ULL));
    u /= 7;
  }
  /* A 64-bit accumulator: sum of squares 1..2000. */
  int64_t acc = 0;
  for (int64_t k = 1; k <= 2000; k++) acc += k * k * k;
  out64(acc);
  return 0;
}
