/* Counted loops whose exit branches straight to the function's shared return block
 * (clang -O2 turns the `quant && a == 1 && b == 1` dispatch into a switch with a shared
 * fallback), with the row counter strength-reduced away: the loop must still end. */
#include "scratch.h"

typedef struct {
  int n, rows, groups, gi, li;
} Shape;

static int quant;
static float wbuf[96];
static float outv[16];

__attribute__((noinline)) static void rows_g1(float *out, const float *w, int groups, int d) {
  for (int i = 0; i < d; i++) {
    float acc = 0;
    for (int g = 0; g < groups; g++) {
      acc = acc + w[0] * w[1];
      w += 2;
    }
    out[i] = acc;
  }
}

static void rows_g2(float *out, const float *w, const Shape *s, int d) {
  int full = s->groups - 1;
  for (int i = 0; i < d; i++) {
    float acc = 0;
    for (int g = 0; g < full; g++) {
      acc = acc + w[0] * (w[1] + w[2]);
      w += 3;
    }
    acc = acc + w[0];
    w += 1;
    out[i] = acc;
  }
}

static void rows_plain(float *out, const float *w, int n, int d) {
  for (int i = 0; i < d; i++) {
    float acc = 0;
    for (int j = 0; j < n; j++) acc = acc + w[j];
    out[i] = acc;
    w += n;
  }
}

__attribute__((noinline)) static void dispatch(float *out, const float *w, const Shape *s, int d) {
  if (quant && s->gi == 1 && s->li == 1) {
    for (int i = 0; i < d; i++) {
      float acc = 0;
      for (int g = 0; g < s->groups; g++) {
        acc = acc + w[0] * w[1];
        w += 2;
      }
      out[i] = acc;
    }
  } else if (quant && s->gi == 2 && s->li == 2) rows_g2(out, w, s, d);
  else if (quant) rows_g1(out, w, s->groups, d);
  else rows_plain(out, w, s->n, d);
}

static void show(int d) {
  for (int i = 0; i < d; i++) sb3_out_double(outv[i]);
  sb3_out_int(99);
}

int main(void) {
  for (int i = 0; i < 96; i++) wbuf[i] = (float)(i % 7) - 2.5f;
  Shape s1 = {6, 0, 3, 1, 1};
  Shape s2 = {6, 0, 3, 2, 2};
  Shape s3 = {6, 0, 2, 3, 1};
  for (int q = 0; q < 2; q++) {
    quant = q;
    for (int d = 0; d < 5; d += 2) {
      dispatch(outv, wbuf, &s1, d);
      show(d);
      dispatch(outv, wbuf + 1, &s2, d);
      show(d);
      dispatch(outv, wbuf + 2, &s3, d);
      show(d);
    }
  }
  return 0;
}
