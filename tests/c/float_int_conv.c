/* Conversions between double and integers: truncation toward zero for negatives,
 * unsigned conversions, int64 conversions, rounding by adding 0.5 then floor, and
 * int -> double of large values. (No int -> float: floats are doubles in Scratch.) */
#include "scratch.h"
#include <stdint.h>

double ds[] = {0.0, 0.4, 0.5, 0.9999, 1.0, -0.4, -0.5, -0.9999, -1.0, 2.5, -2.5, 1e9,
               -1e9, 2147483647.0, -2147483648.0, 123456.789, -123456.789};
#define N (int)(sizeof ds / sizeof ds[0])
int32_t is[] = {0, 1, -1, 2147483647, -2147483647 - 1, 16777217, -16777217};
uint32_t us[] = {0u, 1u, 0x80000000u, 0xffffffffu, 3000000000u};

__attribute__((noinline)) int32_t to_i32(double d) { return (int32_t)d; }
__attribute__((noinline)) double from_u32(uint32_t u) { return (double)u; }

int main(void) {
  for (int i = 0; i < N; i++) {
    double d = ds[i];
    sb3_out_int(to_i32(d));
    sb3_out_double((double)(int64_t)(d * 1000));
    sb3_out_int((int32_t)__builtin_floor(d + 0.5));
    if (d >= 0) sb3_out_int((int32_t)(uint32_t)d);
    sb3_out_int((int16_t)(int32_t)(d / 100000));
  }
  for (int i = 0; i < 7; i++) {
    sb3_out_double((double)is[i]);
    sb3_out_double((double)is[i] / 3);
    sb3_out_double((double)is[i] * 0.5 - 1);
  }
  for (int i = 0; i < 5; i++) {
    sb3_out_double(from_u32(us[i]));
    sb3_out_int((int32_t)(uint32_t)(from_u32(us[i]) / 2));
  }
  /* Converting a loop counter each iteration. */
  double s = 0;
  for (int k = -50; k <= 50; k++) s += (double)k / 4;
  sb3_out_double(s);
  return 0;
}
