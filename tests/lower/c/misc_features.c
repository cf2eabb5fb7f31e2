#include "scratch.h"
#include <stdint.h>
struct V3 { int x, y, z; };
struct V3 add3(struct V3 a, struct V3 b) { struct V3 r = {a.x + b.x, a.y + b.y, a.z + b.z}; return r; }
int dot3(struct V3 a, struct V3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static int table[5] = {3, 1, 4, 1, 5};
static int *ptrs[3] = {&table[0], &table[2], &table[4]};
int64_t big(int64_t a, int64_t b) { return a * b + 7; }
int clampi(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }
unsigned ucount(unsigned n) { unsigned c = 0; do { c += n & 1u; n >>= 1; } while (n); return c; }
int main(void) {
  struct V3 a = {1, 2, 3}, b = {4, -5, 6};
  struct V3 c = add3(a, b);
  sb3_out_int(c.x); sb3_out_int(c.y); sb3_out_int(c.z);
  sb3_out_int(dot3(a, c));
  for (int i = 0; i < 3; i++) sb3_out_int(*ptrs[i]);
  sb3_out_int((int)(big(123456, 654321) % 1000000));
  sb3_out_int((int)(big(-99999, 3) / 7));
  for (int v = -3; v < 15; v += 4) sb3_out_int(clampi(v, 0, 10));
  sb3_out_int((int)ucount(0xF0F0u));
  sb3_out_int((int)ucount(12345u));
  int i = 0, s = 0;
  while (i < 100 && s < 50) { s += i; i += 3; }
  sb3_out_int(i); sb3_out_int(s);
  unsigned char uc = 250; uc += 10; sb3_out_int(uc);
  signed char sc = 120; sc += 10; sb3_out_int(sc);
  short sh = 32000; sh += 1000; sb3_out_int(sh);
  uint32_t h = 2166136261u;
  for (int k = 0; k < 5; k++) { h ^= (uint32_t)(k + 'a'); h *= 16777619u; }
  sb3_out_int((int32_t)h);
  return 0;
}
