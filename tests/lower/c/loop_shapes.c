#include "scratch.h"
#include <stdint.h>
__attribute__((noinline)) int upto(int pos) { int s = 0; for (int t = 0; t <= pos; t++) s += t * 3 + 1; return s; }
__attribute__((noinline)) int down(int n) { int s = 0; for (int i = n; i > 0; i--) s = s * 3 + i; return s; }
__attribute__((noinline)) unsigned uloop(unsigned a, unsigned b) { unsigned s = 0; for (unsigned i = a; i != b; i++) s += i; return s; }
__attribute__((noinline)) int early(const int *v, int n, int key) { for (int i = 0; i < n; i++) if (v[i] == key) return i; return -1; }
__attribute__((noinline)) int nested(int n) {
  int c = 0;
  for (int i = 0; i < n; i++) for (int j = i; j < n; j++) { if ((i ^ j) == 3) continue; c += i * j; }
  return c;
}
__attribute__((noinline)) int ptr_loop(const int *b, const int *e) { int s = 0; while (b != e) s += *b++; return s; }
int data[10] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0};
int main(void) {
  for (int p = -2; p < 5; p++) sb3_out_int(upto(p));
  for (int n = -1; n < 6; n++) sb3_out_int(down(n));
  sb3_out_int((int)uloop(3, 10));
  sb3_out_int((int)uloop(10, 10));
  for (int k = 0; k < 11; k += 2) sb3_out_int(early(data, 10, k));
  sb3_out_int(nested(9));
  sb3_out_int(ptr_loop(data, data + 10));
  sb3_out_int(ptr_loop(data + 3, data + 3));
  return 0;
}
