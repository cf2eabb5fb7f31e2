/* Bitwise and/or/xor/not on 32-bit values (signed and unsigned), with constants and
 * with variables, and on 8/16-bit values; bit tests and masks. */
#include "scratch.h"
#include <stdint.h>

uint32_t xs[] = {0u, 0xffffffffu, 0x80000000u, 0x0f0f0f0fu, 0xf0f0f0f0u, 0x12345678u,
                 0xdeadbeefu, 1u, 0x7fffffffu, 0xaaaaaaaau};
#define N (int)(sizeof xs / sizeof xs[0])

__attribute__((noinline)) uint32_t f_and(uint32_t a, uint32_t b) { return a & b; }
__attribute__((noinline)) uint32_t f_or(uint32_t a, uint32_t b) { return a | b; }
__attribute__((noinline)) uint32_t f_xor(uint32_t a, uint32_t b) { return a ^ b; }
__attribute__((noinline)) int32_t f_not(int32_t a) { return ~a; }

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      sb3_out_int((int32_t)f_and(xs[i], xs[j]));
      sb3_out_int((int32_t)f_or(xs[i], xs[j]));
      sb3_out_int((int32_t)f_xor(xs[i], xs[j]));
    }
  for (int i = 0; i < N; i++) {
    uint32_t x = xs[i];
    int32_t s = (int32_t)x;
    sb3_out_int(f_not(s));
    sb3_out_int((int32_t)(x & 0xff));
    sb3_out_int((int32_t)(x | 0x100));
    sb3_out_int((int32_t)(x ^ 0x55555555u));
    sb3_out_int(s & -16);
    sb3_out_int(s | -256);
    sb3_out_int(s ^ -1);
    sb3_out_int((x & (x - 1)) == 0);      /* power of two (or zero) */
    sb3_out_int((int32_t)(x & (0u - x))); /* lowest set bit */
    sb3_out_int((x >> 7) & 1);            /* bit test */
  }
  /* 8- and 16-bit bitwise ops. */
  uint8_t b = 0x5a;
  int16_t h = -21846;
  for (int k = 0; k < 8; k++) {
    b = (uint8_t)((b ^ (uint8_t)xs[k]) | (uint8_t)(k << 5));
    h = (int16_t)(h & (int16_t)xs[k + 1]) ^ (int16_t)(k * 1111);
    sb3_out_int(b);
    sb3_out_int(h);
    sb3_out_int((uint8_t)~b);
  }
  return 0;
}
