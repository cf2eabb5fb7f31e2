/* Variable-length arrays (dynamic stack allocation, freed at the end of each iteration):
 * sizes from run-time values, inside a loop and in a recursive function. */
#include "scratch.h"

int sizes[] = {1, 5, 12, 3, 20};

__attribute__((noinline)) int vla_sum(int n) {
  int a[n];
  for (int i = 0; i < n; i++) a[i] = i * i - n;
  int s = 0;
  for (int i = n - 1; i >= 0; i--) s = s * 3 % 10007 + a[i];
  return s;
}

__attribute__((noinline)) int vla_rec(int depth) {
  int buf[depth + 1];
  for (int i = 0; i <= depth; i++) buf[i] = depth * 10 + i;
  int below = depth > 0 ? vla_rec(depth - 1) : 0;
  int ok = 1;
  for (int i = 0; i <= depth; i++) ok &= buf[i] == depth * 10 + i;
  return below * 2 + ok;
}

int main(void) {
  for (int k = 0; k < 5; k++) {
    int n = sizes[k];
    char tmp[n + 1];
    for (int i = 0; i < n; i++) tmp[i] = (char)('a' + i % 26);
    tmp[n] = 0;
    sb3_out_char(tmp[n - 1]);
    sb3_out_int(vla_sum(n));
  }
  sb3_out_int(vla_rec(8));
  return 0;
}
