/* Pointer arithmetic: stepping through arrays of different element sizes, pointer
 * differences, pointer comparisons as loop conditions, negative offsets, and pointers to
 * the middle of arrays. No pointer value is ever printed. */
#include "scratch.h"
#include <stdint.h>

int32_t ints[12] = {5, 3, 9, -1, 7, 2, 8, 0, 6, -4, 1, 4};
int16_t shorts[8] = {-1, 2, -3, 4, -5, 6, -7, 8};
char chars[] = "pointer arithmetic";
double dbls[5] = {1.5, 2.5, 3.5, 4.5, 5.5};

__attribute__((noinline)) int32_t sum_range(const int32_t *b, const int32_t *e) {
  int32_t s = 0;
  while (b < e) s += *b++;
  return s;
}

__attribute__((noinline)) const int32_t *find_max(const int32_t *p, int n) {
  const int32_t *best = p;
  for (const int32_t *q = p + 1; q != p + n; q++)
    if (*q > *best) best = q;
  return best;
}

int main(void) {
  sb3_out_int(sum_range(ints, ints + 12));
  sb3_out_int(sum_range(ints + 3, ints + 7));
  sb3_out_int(sum_range(ints + 5, ints + 5));
  const int32_t *m = find_max(ints, 12);
  sb3_out_int(*m);
  sb3_out_int((int)(m - ints));
  const int32_t *mid = ints + 6;
  sb3_out_int(mid[-1] + mid[-6] * 10 + mid[5] * 100);
  sb3_out_int(*(mid - 2));
  sb3_out_int(mid > ints);
  sb3_out_int(mid <= ints + 5);
  int16_t *sp = shorts;
  int ss = 0;
  while (sp < shorts + 8) { ss = ss * 3 + *sp; sp += 2; }
  sb3_out_int(ss);
  sb3_out_int((int)(sp - shorts));
  char *cp = chars + 8;
  char *end = cp;
  while (*end) end++;
  sb3_out_int((int)(end - cp));
  for (char *q = end - 1; q >= cp; q -= 3) sb3_out_char(*q);
  double *dp = &dbls[4];
  double ds = 0;
  while (dp >= dbls) { ds = ds * 2 + *dp; dp--; }
  sb3_out_double(ds);
  /* Swap through pointers. */
  int32_t *x = &ints[0], *y = &ints[11];
  while (x < y) { int32_t t = *x; *x++ = *y; *y-- = t; }
  for (int i = 0; i < 12; i++) sb3_out_int(ints[i]);
  return 0;
}
