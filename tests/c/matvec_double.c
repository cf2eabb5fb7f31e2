/* A small matrix-vector product and dot products in double (the shape of the model's
 * inner loop), with weights computed from the index, a row-major matrix in a global and
 * a matvec written with pointer increments. */
#include "scratch.h"

#define R 12
#define C 16
double W[R][C];
double x[C];
double y[R];

__attribute__((noinline)) double dot(const double *a, const double *b, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

__attribute__((noinline)) void matvec(double *out, const double *w, const double *v, int rows,
                                      int cols) {
  for (int r = 0; r < rows; r++) {
    const double *row = w + r * cols;
    double s = 0;
    for (int c = 0; c < cols; c++) s += *row++ * v[c];
    out[r] = s;
  }
}

int main(void) {
  for (int r = 0; r < R; r++)
    for (int c = 0; c < C; c++) W[r][c] = (double)((r * 31 + c * 17) % 23 - 11) / 7.0;
  for (int c = 0; c < C; c++) x[c] = 1.0 / (c + 1) - 0.3;
  matvec(y, &W[0][0], x, R, C);
  for (int r = 0; r < R; r++) sb3_out_double(y[r]);
  for (int r = 0; r < R; r++) sb3_out_double(dot(W[r], x, C) - y[r]);
  sb3_out_double(dot(x, x, C));
  sb3_out_double(dot(y, y, R));
  /* Softmax-like normalisation without exp: divide by the sum of squares. */
  double n2 = dot(y, y, R);
  for (int r = 0; r < R; r += 3) sb3_out_double(y[r] * y[r] / n2);
  return 0;
}
