/* Pointers to pointers: an array of row pointers (a jagged matrix), swapping pointers
 * through a double pointer, an out-parameter that returns a pointer, and a triple
 * pointer. */
#include "scratch.h"

int r0[] = {1, 2, 3};
int r1[] = {10, 20};
int r2[] = {100, 200, 300, 400};
int *rows[] = {r0, r1, r2};
int lens[] = {3, 2, 4};

static void swap_ptr(int **a, int **b) {
  int *t = *a;
  *a = *b;
  *b = t;
}

__attribute__((noinline)) int find_first_above(int **rs, int n, int limit, int **where) {
  for (int r = 0; r < n; r++)
    for (int i = 0; i < lens[r]; i++)
      if (rs[r][i] > limit) {
        *where = &rs[r][i];
        return r;
      }
  *where = 0;
  return -1;
}

int main(void) {
  int total = 0;
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < lens[r]; i++) total += rows[r][i] * (r + 1);
  sb3_out_int(total);
  int *p = r0, *q = r2;
  swap_ptr(&p, &q);
  sb3_out_int(p[3]);
  sb3_out_int(q[2]);
  int limits[] = {0, 5, 15, 250, 1000};
  for (int k = 0; k < 5; k++) {
    int *w;
    int r = find_first_above(rows, 3, limits[k], &w);
    sb3_out_int(r);
    sb3_out_int(w ? *w : -1);
    if (w) *w += 1; /* write through the returned pointer */
  }
  int **pp = &rows[1];
  int ***ppp = &pp;
  (**ppp)[1] = 99;
  sb3_out_int(r1[1]);
  sb3_out_int(*(*(*ppp + 1) + 2)); /* rows[2][2] */
  sb3_out_int(r0[0] + r1[0] + r2[0]);
  return 0;
}
