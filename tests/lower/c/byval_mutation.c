#include "scratch.h"
struct S { int a[4]; };
__attribute__((noinline)) int consume(struct S s) { s.a[0] += 100; s.a[3] = s.a[0] * 2; return s.a[0] + s.a[3]; }
struct S g = {{1, 2, 3, 4}};
int main(void) {
  struct S l = {{5, 6, 7, 8}};
  sb3_out_int(consume(g));
  sb3_out_int(consume(l));
  sb3_out_int(g.a[0]); sb3_out_int(g.a[3]);
  sb3_out_int(l.a[0]); sb3_out_int(l.a[3]);
  return 0;
}
