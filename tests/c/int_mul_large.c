/* Large 32-bit multiplications whose exact product exceeds 2^53: the result must be the
 * low 32 bits, for unsigned and for (wrapping) signed-looking values. Includes an LCG. */
#include "scratch.h"
#include <stdint.h>

uint32_t xs[] = {0xffffffffu, 0xfffffff1u, 0x9e3779b9u, 0x85ebca6bu, 0xc2b2ae35u,
                 0x7fffffffu, 0x80000001u, 3000000000u, 46341u, 4294967291u};
#define N (int)(sizeof xs / sizeof xs[0])

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = i; j < N; j++) sb3_out_int((int32_t)(xs[i] * xs[j]));
  /* Numerical Recipes LCG: 1664525 * x + 1013904223, 200 steps. */
  uint32_t x = 12345;
  for (int k = 0; k < 200; k++) {
    x = 1664525u * x + 1013904223u;
    if (k % 10 == 0) sb3_out_int((int32_t)x);
  }
  sb3_out_int((int32_t)x);
  /* MurmurHash3 fmix32 finalizer. */
  for (int i = 0; i < N; i++) {
    uint32_t h = xs[i];
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    sb3_out_int((int32_t)h);
  }
  return 0;
}
