#include "scratch.h"
volatile double d[] = {0.5, -2.25, 3.0, 1e9, -0.0, 7.75};
int main(void) {
  double acc = 0;
  for (int i = 0; i < 6; i++) {
    double x = d[i];
    acc = acc * 1.5 + x;
    sb3_out_double(acc);
    sb3_out_double(x / 3.0);
    sb3_out_int((int)x);
    sb3_out_int((int)(x * -1.0));
    sb3_out_double(-x);
    sb3_out_int(x < 1.0);
    sb3_out_double(__builtin_sqrt(x > 0 ? x : -x));
    sb3_out_double(__builtin_floor(x));
  }
  return 0;
}
