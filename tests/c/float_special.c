/* Printing special doubles: 0.1 + 0.2, overflow to +inf and -inf (1e300 * 1e10),
 * negative zero, NaN, tiny and huge values. No arithmetic or comparison is done on a
 * NaN (Scratch cannot do those like C). */
#include "scratch.h"

double g[] = {0.1, 0.2, 1e300, 1e10, 0.0, -1.0, 5e-324, 1.7976931348623157e308};

int main(void) {
  sb3_out_double(g[0] + g[1]);
  sb3_out_double(g[2] * g[3]);           /* +inf */
  sb3_out_double(-g[2] * g[3]);          /* -inf */
  sb3_out_double(g[4] * g[5]);           /* -0 */
  sb3_out_double(-g[4]);                 /* -0 */
  sb3_out_double(g[5] / (g[2] * g[3]));  /* -0 */
  sb3_out_double(g[4] / g[4]);           /* NaN */
  sb3_out_double(g[3] / g[4]);           /* +inf */
  sb3_out_double(g[5] / g[4]);           /* -inf */
  sb3_out_double(g[6]);                  /* smallest subnormal */
  sb3_out_double(g[6] / 2);              /* underflows to 0 */
  sb3_out_double(g[7]);                  /* largest double */
  sb3_out_double(g[7] * 2 - g[7] * 2);   /* inf - inf = NaN */
  sb3_out_double(__builtin_sqrt(g[5]));  /* sqrt(-1) = NaN */
  /* Comparisons with infinities are well defined. */
  double inf = g[2] * g[3];
  sb3_out_int(inf > g[7]);
  sb3_out_int(-inf < -g[7]);
  sb3_out_int(g[4] == -g[4]); /* 0 == -0 */
  sb3_out_double(1 / inf);
  sb3_out_double(-1 / inf);
  /* Adding zero to -0 gives +0. */
  sb3_out_double(-g[4] + 0.0);
  /* Repeated 0.1 additions. */
  double s = 0;
  for (int k = 0; k < 10; k++) s += g[0];
  sb3_out_double(s);
  sb3_out_int(s == 1.0);
  return 0;
}
