/* Loops with several exits that lead to different code, exits through return from
 * inside nested loops, and a search with a found/not-found split. */
#include "scratch.h"

int data[] = {4, 8, 15, 16, 23, 42, -1, 7, 0, 99};

__attribute__((noinline)) int classify(int limit, int target) {
  int i = 0;
  while (1) {
    if (i >= limit) return -1;            /* ran out */
    if (data[i] == target) return i;      /* found */
    if (data[i] < 0) return -100 - i;     /* hit the sentinel */
    if (data[i] > 40) break;              /* too big: leave the loop */
    i++;
  }
  return 1000 + i;
}

__attribute__((noinline)) int find_pair(int sum) {
  for (int i = 0; i < 10; i++)
    for (int j = i + 1; j < 10; j++)
      if (data[i] + data[j] == sum) return i * 10 + j;
  return -1;
}

int main(void) {
  int targets[] = {4, 15, 42, 7, 5, 99};
  for (int l = 0; l <= 10; l += 2)
    for (int t = 0; t < 6; t++) sb3_out_int(classify(l, targets[t]));
  for (int s = -1; s < 60; s += 7) sb3_out_int(find_pair(s));
  /* A loop whose exit condition is checked in two places with different results. */
  int a = 1, b = 1, why = 0;
  for (;;) {
    a = a * 3 % 1000;
    if (a == 1) { why = 1; break; }
    b += a;
    if (b > 5000) { why = 2; break; }
  }
  sb3_out_int(why);
  sb3_out_int(a);
  sb3_out_int(b);
  return 0;
}
