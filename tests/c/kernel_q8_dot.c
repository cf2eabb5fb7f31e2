/* The shape of the model's quantized inner loop, in sb3_real: four int8 values packed
 * into one number as offset-binary bytes (b = q + 128; item = b0 + 256 b1 + 65536 b2 +
 * 16777216 b3), unpacked with floor() only, dotted with an activation vector and scaled
 * per group. Every step is exact in doubles (Scratch's and the -DSB3_NATIVE oracle's). */
#include "scratch.h"

#define N 48    /* values per row */
#define G 16    /* group size */
#define ROWS 6

sb3_real packed[ROWS][N / 4];
sb3_real scales[ROWS][N / G];
sb3_real x[N];

/* q in [-127, 127] from a small integer hash (no float constants needed). */
static int qval(int r, int i) {
  unsigned h = (unsigned)(r * 131 + i * 31 + 7);
  h = (h * 2654435761u) >> 24; /* 0..255 */
  return (int)(h % 255) - 127;
}

__attribute__((noinline)) sb3_real dot_row(const sb3_real *p, const sb3_real *sc, const sb3_real *v) {
  sb3_real total = 0;
  for (int g = 0; g < N / G; g++) {
    sb3_real acc = 0;
    for (int k = 0; k < G / 4; k++) {
      sb3_real item = p[g * (G / 4) + k];
      sb3_real f1 = sb3_floor(item * (sb3_real)0.00390625);      /* / 256 */
      sb3_real f2 = sb3_floor(item * (sb3_real)0.0000152587890625); /* / 65536 */
      sb3_real f3 = sb3_floor(item * (sb3_real)0.000000059604644775390625); /* / 2^24 */
      sb3_real b0 = item - 256 * f1, b1 = f1 - 256 * f2, b2 = f2 - 256 * f3, b3 = f3;
      const sb3_real *xv = v + g * G + k * 4;
      acc += (b0 - 128) * xv[0] + (b1 - 128) * xv[1] + (b2 - 128) * xv[2] + (b3 - 128) * xv[3];
    }
    total += acc * sc[g];
  }
  return total;
}

int main(void) {
  for (int r = 0; r < ROWS; r++) {
    for (int j = 0; j < N / 4; j++) {
      sb3_real item = 0, mul = 1;
      for (int b = 0; b < 4; b++) {
        item += (sb3_real)(qval(r, j * 4 + b) + 128) * mul;
        mul *= 256;
      }
      packed[r][j] = item;
    }
    for (int g = 0; g < N / G; g++) scales[r][g] = (sb3_real)(r + 1) / (sb3_real)(g + 3) / 64;
  }
  for (int i = 0; i < N; i++) x[i] = (sb3_real)(i % 7 - 3) / 4;
  for (int r = 0; r < ROWS; r++) sb3_out_double(dot_row(packed[r], scales[r], x));
  /* The same dot products without packing, as a check (integer arithmetic). */
  for (int r = 0; r < ROWS; r++) {
    int s = 0;
    for (int i = 0; i < N; i++) s += qval(r, i) * (i % 7 - 3);
    sb3_out_int(s);
  }
  sb3_out_double(packed[2][5]);
  return 0;
}
