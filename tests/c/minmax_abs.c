/* min, max and abs written as C expressions that -O2 turns into llvm.smin/smax/umin/
 * umax/abs intrinsics, on signed and unsigned 32-bit, 8-bit and 16-bit values, plus
 * fabs/fmin/fmax-style double selects. */
#include "scratch.h"
#include <stdint.h>

int32_t xs[] = {0, 1, -1, 7, -7, 2147483647, -2147483647, 100000, -99999, 3};
#define N (int)(sizeof xs / sizeof xs[0])

static int32_t smin(int32_t a, int32_t b) { return a < b ? a : b; }
static int32_t smax(int32_t a, int32_t b) { return a > b ? a : b; }
static uint32_t umin(uint32_t a, uint32_t b) { return a < b ? a : b; }
static uint32_t umax(uint32_t a, uint32_t b) { return a > b ? a : b; }
static int32_t iabs(int32_t a) { return a < 0 ? -a : a; }

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j += 2) {
      sb3_out_int(smin(xs[i], xs[j]));
      sb3_out_int(smax(xs[i], xs[j]));
      sb3_out_int((int32_t)umin((uint32_t)xs[i], (uint32_t)xs[j]));
      sb3_out_int((int32_t)umax((uint32_t)xs[i], (uint32_t)xs[j]));
    }
  for (int i = 0; i < N; i++) {
    sb3_out_int(iabs(xs[i]));
    sb3_out_int(__builtin_abs(xs[i]));
    int8_t b = (int8_t)xs[i];
    int16_t h = (int16_t)xs[i];
    sb3_out_int(b < 0 ? -b : b);
    sb3_out_int(h > 100 ? 100 : h < -100 ? -100 : h);
    uint8_t ub = (uint8_t)xs[i];
    sb3_out_int(ub > 200 ? 200 : ub);
  }
  /* Running min/max over an array. */
  int32_t lo = xs[0], hi = xs[0];
  uint32_t ulo = 0xffffffffu;
  for (int i = 1; i < N; i++) {
    lo = smin(lo, xs[i]);
    hi = smax(hi, xs[i]);
    ulo = umin(ulo, (uint32_t)xs[i] | 1u);
  }
  sb3_out_int(lo);
  sb3_out_int(hi);
  sb3_out_int((int32_t)ulo);
  double ds[] = {-3.5, 2.25, -0.125, 8.0};
  double m = 0;
  for (int i = 0; i < 4; i++) {
    double a = __builtin_fabs(ds[i]);
    m = a > m ? a : m;
    sb3_out_double(a);
  }
  sb3_out_double(m);
  return 0;
}
