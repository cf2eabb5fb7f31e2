/* Calls with many arguments of mixed types (i8, i16, i32, i64, double, pointer, bool),
 * return values of each width, static locals that keep their value between calls, and
 * address-taken locals passed to callees. */
#include "scratch.h"
#include <stdint.h>

__attribute__((noinline)) double mix(int8_t a, int16_t b, int32_t c, int64_t d, double e,
                                     const int32_t *p, _Bool f, uint8_t g, uint16_t h) {
  double r = a + b * 2 + c * 3 + (double)d * 4 + e * 5 + p[0] * 6 + p[1] * 7;
  return f ? r + g : r - h;
}

__attribute__((noinline)) int8_t ret8(int32_t x) { return (int8_t)(x * 3); }
__attribute__((noinline)) uint16_t retu16(int32_t x) { return (uint16_t)(x * 1000); }
__attribute__((noinline)) _Bool retbool(int32_t x) { return x % 3 == 1; }
__attribute__((noinline)) int64_t ret64(int32_t x) { return (int64_t)x * 4000000000LL; }

__attribute__((noinline)) int next_id(void) {
  static int id = 40;
  return id++;
}

__attribute__((noinline)) void divmod(int32_t a, int32_t b, int32_t *q, int32_t *r) {
  *q = a / b;
  *r = a % b;
}

__attribute__((noinline)) int sum10(int a0, int a1, int a2, int a3, int a4, int a5, int a6,
                                    int a7, int a8, int a9) {
  return a0 - a1 + a2 * 2 - a3 * 3 + a4 * 5 - a5 * 7 + a6 * 11 - a7 * 13 + a8 * 17 - a9 * 19;
}

int32_t pair[2] = {-3, 11};

int main(void) {
  for (int i = -2; i < 3; i++) {
    sb3_out_double(mix((int8_t)(i * 50), (int16_t)(i * -3000), i * 100000, (int64_t)i * 1099511627776LL,
                       i * 0.375, pair, i & 1, (uint8_t)(200 + i), (uint16_t)(60000 + i)));
    sb3_out_int(ret8(i * 50));
    sb3_out_int(retu16(i * 70));
    sb3_out_int(retbool(i + 10));
    sb3_out_double((double)ret64(i));
  }
  for (int i = 0; i < 4; i++) sb3_out_int(next_id());
  int32_t q, r;
  divmod(-47, 5, &q, &r);
  sb3_out_int(q);
  sb3_out_int(r);
  divmod(47, -5, &q, &r);
  sb3_out_int(q * 100 + r);
  sb3_out_int(sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  sb3_out_int(sum10(pair[0], pair[1], q, r, -1, -2, -3, -4, -5, -6));
  return 0;
}
