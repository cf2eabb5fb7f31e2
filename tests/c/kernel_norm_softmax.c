/* The model's small kernels in sb3_real: RMS normalisation (sqrt, division), softmax
 * (max-subtracted exp, sum, divide), argmax with ties, and a SiLU gate. exp results are
 * printed times 1e6 and rounded, because libm's exp and JavaScript's may differ in the
 * last bit; everything else is printed exactly. */
#include "scratch.h"

#define N 12
sb3_real v[N];
sb3_real w[N];

static void rmsnorm(sb3_real *o, const sb3_real *x, const sb3_real *weight, int n) {
  sb3_real ss = 0;
  for (int i = 0; i < n; i++) ss += x[i] * x[i];
  ss = ss / n + (sb3_real)0.00000999999974737875163555145263671875; /* f32(1e-5), exact */
  ss = 1 / sb3_sqrt(ss);
  for (int i = 0; i < n; i++) o[i] = weight[i] * (ss * x[i]);
}

static void softmax(sb3_real *x, int n) {
  sb3_real max = x[0];
  for (int i = 1; i < n; i++)
    if (x[i] > max) max = x[i];
  sb3_real sum = 0;
  for (int i = 0; i < n; i++) {
    x[i] = sb3_exp(x[i] - max);
    sum += x[i];
  }
  for (int i = 0; i < n; i++) x[i] /= sum;
}

static int argmax(const sb3_real *x, int n) {
  int best = 0;
  for (int i = 1; i < n; i++)
    if (x[i] > x[best]) best = i; /* first of equal maxima wins */
  return best;
}

static sb3_real round6(sb3_real x) { return sb3_floor(x * 1000000 + (sb3_real)0.5); }

int main(void) {
  for (int i = 0; i < N; i++) {
    v[i] = (sb3_real)((i * 5) % 11 - 5) / 2;
    w[i] = (sb3_real)(i % 4 + 1) / 4;
  }
  sb3_real o[N];
  rmsnorm(o, v, w, N);
  for (int i = 0; i < N; i++) sb3_out_double(o[i]);
  sb3_out_int(argmax(v, N));
  sb3_out_int(argmax(o, N));
  softmax(o, N);
  sb3_real total = 0;
  for (int i = 0; i < N; i++) {
    sb3_out_double(round6(o[i]));
    total += o[i];
  }
  sb3_out_double(round6(total));
  sb3_out_int(argmax(o, N));
  /* SiLU: x * sigmoid(x). */
  for (int i = 0; i < N; i += 2) {
    sb3_real x = v[i];
    sb3_out_double(round6(x * (1 / (1 + sb3_exp(-x)))));
  }
  return 0;
}
