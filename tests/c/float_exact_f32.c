/* The C type float itself, with values that are exactly representable in float at
 * every step, so float and double arithmetic agree: float globals and arrays in memory,
 * float <-> double and float <-> int conversions, float compares, float function
 * arguments and returns. */
#include "scratch.h"

float fv[] = {0.5f, -1.25f, 3.0f, 1024.0f, -0.0625f, 96.5f, 0.0f, -7.75f};
float facc[4];

__attribute__((noinline)) float fmadd(float a, float b, float c) { return a * b + c; }
__attribute__((noinline)) float fhalf(float a) { return a / 2; }

int main(void) {
  for (int i = 0; i < 8; i++) {
    float a = fv[i], b = fv[(i + 3) % 8];
    sb3_out_double(a + b);
    sb3_out_double(a - b);
    sb3_out_double(a * b);
    sb3_out_double(fmadd(a, 4.0f, b));
    sb3_out_double(fhalf(a));
    sb3_out_int(a < b);
    sb3_out_int(a == b);
    sb3_out_int((int)(a * 4));
    sb3_out_double((float)(i * 3 - 10));
  }
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < 8; i++) facc[i % 4] += fv[i] * (float)(r + 1);
  for (int i = 0; i < 4; i++) sb3_out_double(facc[i]);
  double d = 0;
  for (int i = 0; i < 8; i++) d += (double)fv[i];
  sb3_out_double(d);
  float neg = -fv[6]; /* -0.0f */
  sb3_out_double(neg);
  return 0;
}
