/* Benchmark: a 64x64 float matrix-vector product repeated REPS times (2048 reps =
 * 8,388,608 multiply-adds), the inner loop of every transformer layer. The checksum (an
 * exact integer sum) goes to `out`; the bench script divides multiply-adds by seconds.
 * Compile with prebuilt_ir/clang-flags at -O2. */
#include "scratch.h"

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
  for (int r = 0; r < REPS; r++) {
    matvec(y, w, x, N, N);
    check += y[r % N];
  }
  sb3_out_int(REPS * N * N);
  sb3_out_double(check);
  return 0;
}
