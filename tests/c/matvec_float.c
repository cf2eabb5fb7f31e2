/* A matvec and dot product in sb3_real: float in the Scratch build, double in the native
 * oracle build (-DSB3_NATIVE). Scratch computes float arithmetic in doubles, so the
 * inputs are float-exact (small integers and halves) and every result is compared
 * exactly, including the non-exact quotients computed at the end. */
#include "scratch.h"

#define R 8
#define C 10
sb3_real W[R][C];
sb3_real x[C];
sb3_real y[R];

__attribute__((noinline)) sb3_real dot(const sb3_real *a, const sb3_real *b, int n) {
  sb3_real s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

int main(void) {
  for (int r = 0; r < R; r++)
    for (int c = 0; c < C; c++) W[r][c] = (sb3_real)((r * 7 + c * 3) % 11 - 5) * 0.5f;
  for (int c = 0; c < C; c++) x[c] = (sb3_real)(c - 4);
  for (int r = 0; r < R; r++) y[r] = dot(W[r], x, C);
  for (int r = 0; r < R; r++) sb3_out_double(y[r]);
  sb3_real n2 = dot(y, y, R);
  sb3_out_double(n2);
  /* Division and sqrt: not float-exact, but Scratch and the oracle both use doubles. */
  for (int r = 0; r < R; r++) sb3_out_double(y[r] / n2);
  sb3_out_double(sb3_sqrt(n2));
  sb3_out_double(sb3_floor(n2 / 3));
  sb3_out_double(sb3_fabs(y[1] - y[2] * 3));
  return 0;
}
