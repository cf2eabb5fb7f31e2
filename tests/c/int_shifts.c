/* Shifts: logical right (unsigned), arithmetic right (signed, negative values), left
 * shifts that drop bits, shift amounts 0, 1, 31 and variable amounts; 8/16/64-bit shifts. */
#include "scratch.h"
#include <stdint.h>

uint32_t uv[] = {0u, 1u, 0x80000000u, 0xffffffffu, 0x12345678u, 0xdeadbeefu, 0x7fffffffu};
int32_t sv[] = {0, 1, -1, -2147483647 - 1, 2147483647, -12345678, 12345678, -2};
int amounts[] = {0, 1, 2, 7, 8, 15, 16, 24, 30, 31};

__attribute__((noinline)) uint32_t shl(uint32_t a, int n) { return a << n; }
__attribute__((noinline)) uint32_t lshr(uint32_t a, int n) { return a >> n; }
__attribute__((noinline)) int32_t ashr(int32_t a, int n) { return a >> n; }

int main(void) {
  for (int i = 0; i < 7; i++)
    for (int k = 0; k < 10; k++) {
      sb3_out_int((int32_t)shl(uv[i], amounts[k]));
      sb3_out_int((int32_t)lshr(uv[i], amounts[k]));
    }
  for (int i = 0; i < 8; i++)
    for (int k = 0; k < 10; k++) sb3_out_int(ashr(sv[i], amounts[k]));
  /* Constant shift amounts. */
  for (int i = 0; i < 8; i++) {
    int32_t v = sv[i];
    uint32_t u = (uint32_t)v;
    sb3_out_int(v >> 31);
    sb3_out_int((int32_t)(u >> 31));
    sb3_out_int((int32_t)(u << 31));
    sb3_out_int(v >> 4);
    sb3_out_int((int32_t)(u << 4));
    sb3_out_int((int32_t)(u >> 0));
  }
  /* Narrow types: shifting promoted values then truncating. */
  for (int i = 0; i < 8; i++) {
    uint8_t b = (uint8_t)sv[i];
    int8_t sb = (int8_t)sv[i];
    int16_t sh = (int16_t)sv[i];
    sb3_out_int((uint8_t)(b << 3));
    sb3_out_int(sb >> 2);
    sb3_out_int((int16_t)((uint16_t)sh << 5));
    sb3_out_int(sh >> 9);
  }
  /* 64-bit shifts of small values. */
  int64_t w = 1;
  for (int k = 0; k < 52; k += 3) {
    sb3_out_double((double)(w << k));
    sb3_out_double((double)(-(w << k) >> 2));
  }
  /* Rotations (the rotate idiom becomes a funnel shift at -O2). */
  for (int i = 0; i < 7; i++)
    for (int k = 1; k < 32; k += 6) {
      uint32_t x = uv[i];
      sb3_out_int((int32_t)((x << k) | (x >> (32 - k))));
    }
  return 0;
}
