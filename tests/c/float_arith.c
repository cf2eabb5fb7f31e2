/* Double arithmetic: + - * / with rounding, accumulation order, harmonic sums, a Newton
 * iteration and a polynomial (Horner), all printed with full precision. */
#include "scratch.h"

double xs[] = {0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 3.141592653589793, -2.718281828459045,
               1e-10, 1e10, 123456.789, -0.5};
#define N (int)(sizeof xs / sizeof xs[0])

__attribute__((noinline)) double fadd(double a, double b) { return a + b; }
__attribute__((noinline)) double fsub(double a, double b) { return a - b; }
__attribute__((noinline)) double fmul(double a, double b) { return a * b; }
__attribute__((noinline)) double fdiv(double a, double b) { return a / b; }

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 1; j < N; j += 2) {
      sb3_out_double(fadd(xs[i], xs[j]));
      sb3_out_double(fsub(xs[i], xs[j]));
      sb3_out_double(fmul(xs[i], xs[j]));
      sb3_out_double(fdiv(xs[i], xs[j]));
    }
  /* Harmonic sum forward and backward (different rounding). */
  double f = 0, b = 0;
  for (int k = 1; k <= 1000; k++) f += 1.0 / k;
  for (int k = 1000; k >= 1; k--) b += 1.0 / k;
  sb3_out_double(f);
  sb3_out_double(b);
  /* Newton's method for sqrt(2). */
  double x = 1;
  for (int k = 0; k < 6; k++) {
    x = (x + 2 / x) / 2;
    sb3_out_double(x);
  }
  /* Horner: p(t) = 3t^3 - 2t^2 + 0.5t - 7 */
  for (int i = 0; i < N; i++) {
    double t = xs[i];
    sb3_out_double(((3 * t - 2) * t + 0.5) * t - 7);
  }
  /* Mixed int and double. */
  int n = 7;
  sb3_out_double(n / 2);
  sb3_out_double(n / 2.0);
  sb3_out_double((double)n * 0.1);
  return 0;
}
