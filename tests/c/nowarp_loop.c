/* A function marked SB3_NOWARP (its loop lets Scratch redraw between iterations, like
 * the model's token loop) calling warp functions; the output must not depend on it. */
#include "scratch.h"

__attribute__((noinline)) int work(int step) {
  int s = 0;
  for (int i = 0; i <= step * 10; i++) s += i % (step + 2);
  return s;
}

SB3_NOWARP __attribute__((noinline)) void token_loop(int steps) {
  int total = 0;
  for (int t = 0; t < steps; t++) {
    int r = work(t);
    total += r;
    sb3_out_int(r);
  }
  sb3_out_int(total);
}

int main(void) {
  token_loop(12);
  return 0;
}
