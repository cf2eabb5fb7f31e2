/* 16-bit integers: wrap-around, sign and zero extension, arrays of shorts in memory. */
#include "scratch.h"
#include <stdint.h>

int16_t s16[] = {0, 1, -1, 32767, -32768, 12345, -20000, 300};
uint16_t u16[] = {0, 1, 65535, 32768, 32767, 50000, 4660, 999};

__attribute__((noinline)) int16_t add16(int16_t a, int16_t b) { return (int16_t)(a + b); }
__attribute__((noinline)) uint16_t mul16(uint16_t a, uint16_t b) { return (uint16_t)(a * b); }
__attribute__((noinline)) int16_t mul16s(int16_t a, int16_t b) { return (int16_t)(a * b); }

int16_t acc[8];

int main(void) {
  for (int i = 0; i < 8; i++) {
    for (int j = 0; j < 8; j++) {
      sb3_out_int(add16(s16[i], s16[j]));
      sb3_out_int(mul16(u16[i], u16[j]));
      sb3_out_int(mul16s(s16[i], s16[j]));
      sb3_out_int((uint16_t)(u16[i] - u16[j]));
    }
  }
  /* Accumulate into a short array in memory (each store truncates). */
  for (int r = 0; r < 5; r++)
    for (int i = 0; i < 8; i++) acc[i] = (int16_t)(acc[i] + s16[i] * 7 + r);
  for (int i = 0; i < 8; i++) sb3_out_int(acc[i]);
  for (int i = 0; i < 8; i++) {
    sb3_out_int((int16_t)u16[i]);
    sb3_out_int((uint16_t)s16[i]);
  }
  return 0;
}
