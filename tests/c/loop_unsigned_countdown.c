/* Loop forms that compilers rewrite: unsigned countdown to zero, loops with a step
 * other than 1, loops whose induction variable is a pointer or a 16/8-bit counter that
 * wraps, and sums that -O2 may turn into closed forms. */
#include "scratch.h"
#include <stdint.h>

int32_t n_in[] = {0, 1, 10, 100, 1000};

__attribute__((noinline)) int32_t sum_to(int32_t n) {
  int32_t s = 0;
  for (int32_t i = 0; i < n; i++) s += i;
  return s;
}

__attribute__((noinline)) uint32_t sum_sq(uint32_t n) {
  uint32_t s = 0;
  for (uint32_t i = 1; i <= n; i++) s += i * i;
  return s;
}

__attribute__((noinline)) int32_t count_step(int32_t from, int32_t to, int32_t step) {
  int32_t c = 0;
  for (int32_t i = from; i < to; i += step) c++;
  return c;
}

int main(void) {
  for (int k = 0; k < 5; k++) {
    sb3_out_int(sum_to(n_in[k]));
    sb3_out_int((int32_t)sum_sq((uint32_t)n_in[k]));
    sb3_out_int(count_step(-n_in[k], n_in[k], 7));
  }
  unsigned u = 10;
  int s = 0;
  while (u--) s += (int)u;
  sb3_out_int(s);
  sb3_out_int((int32_t)u);
  for (unsigned i = 5; i != 0; i--) sb3_out_int((int)i);
  uint8_t c = 0;
  int wraps = 0;
  for (int i = 0; i < 600; i++) {
    c += 3;
    if (c < 3) wraps++;
  }
  sb3_out_int(c);
  sb3_out_int(wraps);
  int16_t h = 32000;
  int steps = 0;
  while (h > 0) {
    h = (int16_t)(h + 100);
    steps++;
  }
  sb3_out_int(h);
  sb3_out_int(steps);
  return 0;
}
