/* Struct copies of many sizes (clang emits llvm.memcpy for them): word-sized, with byte
 * and short fields, with doubles, with padding, arrays wrapped in structs, and copying
 * a struct out of a const global initializer. */
#include "scratch.h"
#include <stdint.h>

typedef struct { int32_t a, b, c; } S12;
typedef struct { char c[7]; } S7;
typedef struct { uint8_t x; int16_t y; int32_t z; uint8_t w; } Padded;
typedef struct { double d[3]; int32_t n; } WithD;
typedef struct { int32_t v[20]; } Big;

static const Big big_init = {{1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987,
                              1597, 2584, 4181, 6765}};
S7 s7_init = {{'c', 'o', 'p', 'i', 'e', 'd', '!'}};

__attribute__((noinline)) void copy_big(Big *d, const Big *s) { *d = *s; }

int main(void) {
  S12 a = {1, -2, 3}, b;
  b = a;
  a.b = 100;
  sb3_out_int(b.a + b.b * 10 + b.c * 100);
  S7 s = s7_init, t;
  t = s;
  s.c[0] = 'X';
  for (int i = 0; i < 7; i++) sb3_out_char(t.c[i]);
  sb3_out_char(s.c[0]);
  Padded p[3] = {{250, -30000, 123456, 7}, {1, 2, 3, 4}, {0, 0, 0, 0}};
  p[2] = p[0];
  p[0].x = 9;
  sb3_out_int(p[2].x);
  sb3_out_int(p[2].y);
  sb3_out_int(p[2].z);
  sb3_out_int(p[2].w);
  sb3_out_int(p[0].x);
  WithD w1 = {{0.5, -1.25, 1e100}, 3}, w2;
  w2 = w1;
  w1.d[1] = 0;
  sb3_out_double(w2.d[0] + w2.d[1]);
  sb3_out_double(w2.d[2]);
  sb3_out_int(w2.n);
  Big g1, g2;
  g1 = big_init;
  copy_big(&g2, &g1);
  g1.v[19] = 0;
  int s2 = 0;
  for (int i = 0; i < 20; i++) s2 += g2.v[i];
  sb3_out_int(s2);
  sb3_out_int(g1.v[19]);
  /* Array of structs copied element by element in a loop. */
  S12 arr[5], arr2[5];
  for (int i = 0; i < 5; i++) { arr[i].a = i; arr[i].b = i * i; arr[i].c = -i; }
  for (int i = 0; i < 5; i++) arr2[4 - i] = arr[i];
  for (int i = 0; i < 5; i++) sb3_out_int(arr2[i].a * 100 + arr2[i].b * 10 + arr2[i].c);
  return 0;
}
