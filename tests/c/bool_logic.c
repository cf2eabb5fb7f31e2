/* Short-circuit && and || with side effects (the right side must not run when the left
 * decides), ! on values, and boolean results stored in memory and summed. */
#include "scratch.h"
#include <stdint.h>

static int calls;
__attribute__((noinline)) int t(int v) { calls = calls * 3 + 1; return v; }
__attribute__((noinline)) int f(int v) { calls = calls * 3 + 2; return !v; }

_Bool flags[16];
int32_t vs[] = {0, 1, -1, 2, 0, 3};

int main(void) {
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++)
      for (int c = 0; c < 2; c++) {
        calls = 0;
        int r1 = t(a) && f(b) && t(c);
        int n1 = calls;
        calls = 0;
        int r2 = t(a) || f(b) || t(c);
        int n2 = calls;
        calls = 0;
        int r3 = (t(a) && t(b)) || (f(c) && t(a));
        sb3_out_int(r1 * 100 + r2 * 10 + r3);
        sb3_out_int(n1);
        sb3_out_int(n2);
        sb3_out_int(calls);
      }
  for (int i = 0; i < 16; i++) flags[i] = (i % 3 == 0) || (i & 4);
  int s = 0;
  for (int i = 0; i < 16; i++) s = s * 2 + flags[i];
  sb3_out_int(s);
  for (int i = 0; i < 6; i++) {
    sb3_out_int(!vs[i]);
    sb3_out_int(!!vs[i]);
    sb3_out_int(vs[i] && vs[(i + 1) % 6]);
    sb3_out_int(vs[i] || vs[(i + 1) % 6]);
  }
  return 0;
}
