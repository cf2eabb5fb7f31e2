/* Early returns from many points in a function, from inside loops and nested ifs, and a
 * void function that returns early. */
#include "scratch.h"

int xs[] = {-5, 0, 1, 2, 3, 9, 10, 11, 49, 50, 97, 100};

__attribute__((noinline)) int grade(int x) {
  if (x < 0) return -1;
  if (x == 0) return 0;
  if (x < 10) {
    if (x % 2 == 0) return 2;
    return 1;
  }
  for (int d = 2; d * d <= x; d++)
    if (x % d == 0) return 100 + d; /* smallest factor */
  return 999;                        /* prime */
}

int out_count;

__attribute__((noinline)) void emit_until(int x) {
  for (int i = 0; i < 10; i++) {
    if (i * x > 20) return;
    sb3_out_int(i * x);
    out_count++;
  }
  out_count += 1000;
}

int main(void) {
  for (int i = 0; i < 12; i++) sb3_out_int(grade(xs[i]));
  emit_until(3);
  emit_until(0);
  emit_until(7);
  sb3_out_int(out_count);
  return 0;
}
