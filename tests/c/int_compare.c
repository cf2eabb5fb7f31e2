/* Signed versus unsigned comparisons at 32, 16, 8 and 64 bits: the same bit pattern
 * compares differently; all six predicates; comparisons used as values. */
#include "scratch.h"
#include <stdint.h>

int32_t vs[] = {0, 1, -1, 2, -2, 2147483647, -2147483647 - 1, 1000, -1000};
#define N (int)(sizeof vs / sizeof vs[0])

__attribute__((noinline)) int cmp_s(int32_t a, int32_t b) {
  return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 |
         (a != b) << 5;
}
__attribute__((noinline)) int cmp_u(uint32_t a, uint32_t b) {
  return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 |
         (a != b) << 5;
}

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      sb3_out_int(cmp_s(vs[i], vs[j]));
      sb3_out_int(cmp_u((uint32_t)vs[i], (uint32_t)vs[j]));
    }
  for (int i = 0; i < N; i++) {
    int32_t v = vs[i];
    /* Narrow comparisons. */
    sb3_out_int((int8_t)v < (int8_t)1);
    sb3_out_int((uint8_t)v < (uint8_t)1);
    sb3_out_int((int16_t)v > (int16_t)100);
    sb3_out_int((uint16_t)v > (uint16_t)100);
    /* Comparisons against constants (-O2 folds these into range checks). */
    sb3_out_int(v > 0 && v < 1001);
    sb3_out_int((uint32_t)v < 5u);
    sb3_out_int((uint32_t)v >= 0x80000000u);
    sb3_out_int(v >= -1000 && v <= 2);
    /* 64-bit. */
    int64_t w = (int64_t)v * 3;
    sb3_out_int(w > 2147483647LL);
    /* Unsigned 64-bit compares: the i64 bit patterns are within +-2^53 as signed values
     * (the lowering's contract), but a negative one is huge as unsigned; -O2 also
     * rewrites the second into a compare with a negative constant. */
    sb3_out_int((uint64_t)w > 4294967295ULL);
    sb3_out_int((uint64_t)(w + 8000000000LL) > 8000000000ULL);
  }
  /* Counting with a comparison in the accumulator. */
  int c = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) c += (uint32_t)vs[i] < (uint32_t)vs[j];
  sb3_out_int(c);
  return 0;
}
