/* 32-bit wrap-around: unsigned add/sub/mul at the edges, INT_MIN * -1 done in unsigned,
 * large unsigned products (exceed 2^53 before reduction mod 2^32). */
#include "scratch.h"
#include <stdint.h>

/* Inputs live in a writable global so -O2 cannot fold the arithmetic away. */
uint32_t in[] = {0u, 1u, 2u, 0x7fffffffu, 0x80000000u, 0xffffffffu, 0xfffffffeu,
                 123456789u, 0xdeadbeefu, 65535u, 65536u, 40503u};
#define N (sizeof in / sizeof in[0])

__attribute__((noinline)) uint32_t add(uint32_t a, uint32_t b) { return a + b; }
__attribute__((noinline)) uint32_t sub(uint32_t a, uint32_t b) { return a - b; }
__attribute__((noinline)) uint32_t mul(uint32_t a, uint32_t b) { return a * b; }

int main(void) {
  for (unsigned i = 0; i < N; i++) {
    for (unsigned j = 0; j < N; j += 3) {
      sb3_out_int((int32_t)add(in[i], in[j]));
      sb3_out_int((int32_t)sub(in[i], in[j]));
      sb3_out_int((int32_t)mul(in[i], in[j]));
    }
  }
  /* INT_MIN * -1 and INT_MIN - 1, INT_MAX + 1, all in unsigned. */
  uint32_t int_min = in[4];
  sb3_out_int((int32_t)(int_min * (uint32_t)-1));
  sb3_out_int((int32_t)(int_min - 1u));
  sb3_out_int((int32_t)(in[3] + 1u));
  sb3_out_int((int32_t)(0u - in[1]));
  /* Negation of every input. */
  for (unsigned i = 0; i < N; i++) sb3_out_int((int32_t)-in[i]);
  /* A running product that wraps many times. */
  uint32_t p = 1;
  for (unsigned k = 1; k <= 40; k++) {
    p = p * 2654435761u + k;
    sb3_out_int((int32_t)p);
  }
  return 0;
}
