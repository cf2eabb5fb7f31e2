/* 8-byte structs of two 32-bit words copied by value: at -O2 clang moves them as one
 * i64 load/store and splits them with lshr/trunc, and the words here are large and
 * negative so the packed 64-bit value is far outside +-2^53 (it must still round-trip
 * exactly). Also a {float, int} pair and a pair of shorts and chars. */
#include "scratch.h"
#include <stdint.h>

typedef struct { int32_t lo, hi; } Pair;
typedef struct { uint16_t a, b; int8_t c, d, e, f; } Packed;

Pair seeds[] = {{-1, 2147483647}, {-2147483647 - 1, -1}, {123456789, -987654321},
                {0, -2147483647 - 1}, {2147483647, 2147483647}};
Packed pk[] = {{65535, 1, -1, -128, 127, 0}, {4660, 22136, 5, -6, 7, -8}};

__attribute__((noinline)) Pair swap(Pair p) {
  Pair r = {p.hi, p.lo};
  return r;
}

int main(void) {
  Pair ring[5];
  for (int i = 0; i < 5; i++) ring[i] = seeds[i];
  /* Rotate the ring of pairs a few times: pure 8-byte copies. */
  for (int round = 0; round < 7; round++) {
    Pair first = ring[0];
    for (int i = 0; i < 4; i++) ring[i] = ring[i + 1];
    ring[4] = round & 1 ? swap(first) : first;
  }
  for (int i = 0; i < 5; i++) {
    sb3_out_int(ring[i].lo);
    sb3_out_int(ring[i].hi);
  }
  Pair acc = {0, 0};
  for (int i = 0; i < 5; i++) {
    Pair s = swap(seeds[i]);
    acc.lo = (int32_t)((uint32_t)acc.lo * 31u + (uint32_t)s.lo);
    acc.hi = (int32_t)((uint32_t)acc.hi ^ (uint32_t)s.hi);
  }
  sb3_out_int(acc.lo);
  sb3_out_int(acc.hi);
  Packed q[2];
  q[0] = pk[1];
  q[1] = pk[0];
  Packed t = q[0];
  q[0] = q[1];
  q[1] = t;
  for (int i = 0; i < 2; i++) {
    sb3_out_int(q[i].a);
    sb3_out_int(q[i].b);
    sb3_out_int(q[i].c);
    sb3_out_int(q[i].d);
    sb3_out_int(q[i].e);
    sb3_out_int(q[i].f);
  }
  return 0;
}
