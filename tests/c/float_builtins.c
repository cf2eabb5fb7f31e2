/* sqrt, floor, fabs, ceil, trunc and exp through clang builtins (these become LLVM
 * intrinsics), on positive, negative and fractional inputs. exp is printed times 1e6,
 * rounded, because libm's exp and JavaScript's Math.exp may differ in the last bit. */
#include "scratch.h"

double xs[] = {0.0, 0.25, 1.0, 2.0, 2.5, -2.5, 3.7, -3.7, 10.0, 1e6, 0.1, -0.1, 123.456};
#define N (int)(sizeof xs / sizeof xs[0])

int main(void) {
  for (int i = 0; i < N; i++) {
    double x = xs[i];
    sb3_out_double(__builtin_sqrt(__builtin_fabs(x)));
    sb3_out_double(__builtin_floor(x));
    sb3_out_double(__builtin_ceil(x));
    sb3_out_double(__builtin_trunc(x));
    sb3_out_double(__builtin_fabs(x));
    sb3_out_double(__builtin_floor(__builtin_exp(x / 8) * 1e6 + 0.5));
  }
  /* sqrt of perfect squares and a distance. */
  for (int k = 0; k < 20; k++) sb3_out_double(__builtin_sqrt((double)(k * k)));
  double dx = 3, dy = 4;
  sb3_out_double(__builtin_sqrt(dx * dx + dy * dy));
  /* fabs of a difference used as a convergence test. */
  double x = 10;
  int steps = 0;
  while (__builtin_fabs(x * x - 10) > 1e-12 && steps < 50) {
    x = 0.5 * (x + 10 / x);
    steps++;
  }
  sb3_out_int(steps);
  sb3_out_double(x);
  return 0;
}
