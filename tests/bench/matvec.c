/* Benchmark: a 64x64 float matrix-vector product repeated REPS times (2048 reps =
 * 8,388,608 multiply-adds), the inner loop of every transformer layer. The checksum (an
 * exact integer sum), the seconds measured inside the project and the multiply-adds go to
 * `out` ([checksum, seconds, multiply_adds], as tests/vm/bench_matvec.js expects).
 * Compile with prebuilt_ir/clang-flags at -O2. */
#include "scratch.h"

/* Wall-clock seconds (also declared by scratch.h's model section). */
sb3_real sb3_timer(void);

#ifndef REPS
#define REPS 2048
#endif
#define N 64

sb3_real w[N * N], x[N], y[N];

__attribute__((noinline)) void matvec(sb3_real *out, const sb3_real *m, const sb3_real *v, int n, int d) {
  for (int i = 0; i < d; i++) {
    sb3_real s = 0;
    for (int j = 0; j < n; j++) s += m[i * n + j] * v[j];
    out[i] = s;
  }
}

int main(void) {
  for (int i = 0; i < N * N; i++) w[i] = (sb3_real)(i % 7 - 3);
  for (int j = 0; j < N; j++) x[j] = (sb3_real)(j % 5);
  double check = 0;
  double t0 = sb3_timer();
  for (int r = 0; r < REPS; r++) {
    matvec(y, w, x, N, N);
    check += y[r % N];
  }
  double seconds = sb3_timer() - t0;
  sb3_out_double(check);
  sb3_out_double(seconds);
  sb3_out_int(REPS * N * N);
  return 0;
}
