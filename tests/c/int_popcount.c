/* Bit counting written by hand (Kernighan's loop, SWAR), plus leading/trailing zero
 * counts and a bit reversal; -O2 may recognise some of these idioms. */
#include "scratch.h"
#include <stdint.h>

uint32_t xs[] = {0u, 1u, 3u, 0x80000000u, 0xffffffffu, 0x12345678u, 0xdeadbeefu,
                 0x00010000u, 0x7ffffffeu, 0xaaaaaaaau, 255u};
#define N (int)(sizeof xs / sizeof xs[0])

__attribute__((noinline)) int pop_kernighan(uint32_t x) {
  int n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

__attribute__((noinline)) int pop_swar(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0f0f0f0fu;
  return (int)((x * 0x01010101u) >> 24);
}

__attribute__((noinline)) int clz_loop(uint32_t x) {
  int n = 0;
  if (x == 0) return 32;
  while (!(x & 0x80000000u)) {
    x <<= 1;
    n++;
  }
  return n;
}

__attribute__((noinline)) int ctz_loop(uint32_t x) {
  int n = 0;
  if (x == 0) return 32;
  while (!(x & 1)) {
    x >>= 1;
    n++;
  }
  return n;
}

__attribute__((noinline)) uint32_t reverse_bits(uint32_t x) {
  uint32_t r = 0;
  for (int i = 0; i < 32; i++) {
    r = (r << 1) | (x & 1);
    x >>= 1;
  }
  return r;
}

int main(void) {
  for (int i = 0; i < N; i++) {
    sb3_out_int(pop_kernighan(xs[i]));
    sb3_out_int(pop_swar(xs[i]));
    sb3_out_int(clz_loop(xs[i]));
    sb3_out_int(ctz_loop(xs[i]));
    sb3_out_int((int32_t)reverse_bits(xs[i]));
  }
  return 0;
}
