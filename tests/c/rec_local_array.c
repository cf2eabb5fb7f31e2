/* Recursion where each activation has its own local array (the arrays must not be shared
 * between activations): permutations by swapping, a recursive merge sort with a local
 * buffer, and Towers of Hanoi counting moves. */
#include "scratch.h"

static int perms;

__attribute__((noinline)) void permute(int *a, int k, int n) {
  if (k == n) {
    if (perms < 8) {
      int v = 0;
      for (int i = 0; i < n; i++) v = v * 10 + a[i];
      sb3_out_int(v);
    }
    perms++;
    return;
  }
  for (int i = k; i < n; i++) {
    int t = a[k]; a[k] = a[i]; a[i] = t;
    permute(a, k + 1, n);
    t = a[k]; a[k] = a[i]; a[i] = t;
  }
}

__attribute__((noinline)) void msort(int *a, int n) {
  if (n < 2) return;
  int tmp[32]; /* a fresh buffer per activation */
  int h = n / 2;
  msort(a, h);
  msort(a + h, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  for (k = 0; k < n; k++) a[k] = tmp[k];
}

/* Each level records the path in its own local array and checks it is intact after the
 * recursive call returns. */
__attribute__((noinline)) int check_locals(int depth) {
  int mine[4];
  for (int i = 0; i < 4; i++) mine[i] = depth * 10 + i;
  int below = depth > 0 ? check_locals(depth - 1) : 0;
  int ok = 1;
  for (int i = 0; i < 4; i++) ok &= mine[i] == depth * 10 + i;
  return below + ok;
}

__attribute__((noinline)) int hanoi(int n, int from, int to, int via) {
  if (n == 0) return 0;
  return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
}

int main(void) {
  int a[4] = {1, 2, 3, 4};
  permute(a, 0, 4);
  sb3_out_int(perms);
  int b[20];
  unsigned s = 7;
  for (int i = 0; i < 20; i++) {
    s = s * 1103515245u + 12345u;
    b[i] = (int)(s >> 16) % 100 - 50;
  }
  msort(b, 20);
  for (int i = 0; i < 20; i++) sb3_out_int(b[i]);
  sb3_out_int(check_locals(12));
  sb3_out_int(hanoi(8, 1, 3, 2));
  return 0;
}
