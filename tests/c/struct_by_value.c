/* Structs passed and returned by value (copied: the callee's changes stay local), struct
 * assignment, and small structs that -O2 may keep in registers. */
#include "scratch.h"
#include <stdint.h>

typedef struct { int32_t x, y; } Vec2;
typedef struct { Vec2 a, b; int16_t tag; uint8_t flags; } Seg;

__attribute__((noinline)) Vec2 vadd(Vec2 p, Vec2 q) {
  Vec2 r = {p.x + q.x, p.y + q.y};
  return r;
}

__attribute__((noinline)) int32_t mutate_copy(Vec2 v) {
  v.x *= 100; /* changes the copy only */
  v.y -= 1;
  return v.x + v.y;
}

__attribute__((noinline)) Seg make_seg(int i) {
  Seg s;
  s.a.x = i; s.a.y = -i;
  s.b.x = i * i; s.b.y = 7 - i;
  s.tag = (int16_t)(i * 1000 - 5000);
  s.flags = (uint8_t)(i * 37);
  return s;
}

__attribute__((noinline)) int32_t seg_len2(Seg s) {
  int32_t dx = s.b.x - s.a.x, dy = s.b.y - s.a.y;
  return dx * dx + dy * dy;
}

Vec2 gv = {3, 4};

int main(void) {
  Vec2 v = {10, -20};
  Vec2 w = vadd(v, gv);
  sb3_out_int(w.x);
  sb3_out_int(w.y);
  sb3_out_int(mutate_copy(v));
  sb3_out_int(v.x); /* unchanged */
  sb3_out_int(v.y);
  Vec2 acc = {0, 0};
  for (int i = 0; i < 10; i++) {
    Vec2 step = {i, i * i};
    acc = vadd(acc, step);
  }
  sb3_out_int(acc.x);
  sb3_out_int(acc.y);
  for (int i = 0; i < 6; i++) {
    Seg s = make_seg(i);
    Seg t = s;        /* struct assignment */
    t.a.x += 1;       /* does not touch s */
    sb3_out_int(seg_len2(s));
    sb3_out_int(seg_len2(t));
    sb3_out_int(s.tag);
    sb3_out_int(s.flags);
    sb3_out_int(s.a.x);
  }
  return 0;
}
