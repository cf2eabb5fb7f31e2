/* Loop-carried values that rotate or swap every iteration (parallel copies between phi
 * nodes: a naive sequential copy gives wrong results), Fibonacci pairs, a three-way
 * rotation, a gcd loop whose two variables swap roles, and the "lost copy" shape. */
#include "scratch.h"
#include <stdint.h>

int32_t seeds[] = {1, 2, 3, 5, 8};

__attribute__((noinline)) int32_t swap_loop(int32_t a, int32_t b, int n) {
  for (int i = 0; i < n; i++) {
    int32_t t = a;
    a = b;
    b = t;
  }
  return a * 1000 + b;
}

__attribute__((noinline)) int32_t rotate3(int32_t a, int32_t b, int32_t c, int n) {
  for (int i = 0; i < n; i++) {
    int32_t t = a;
    a = b;
    b = c;
    c = t + i;
  }
  return a * 10000 + b * 100 + c;
}

__attribute__((noinline)) uint32_t fib_pair(int n) {
  uint32_t a = 0, b = 1;
  while (n--) {
    uint32_t t = a + b;
    a = b;
    b = t;
  }
  return a;
}

__attribute__((noinline)) int32_t gcd_loop(int32_t a, int32_t b) {
  while (b != 0) {
    int32_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/* The "lost copy" shape: the value before the last update is live after the loop. */
__attribute__((noinline)) int32_t lost_copy(int32_t n) {
  int32_t x = 1, y;
  do {
    y = x;
    x = x * 2 + 1;
  } while (x < n);
  return y * 100000 + x % 100000;
}

int main(void) {
  for (int n = 0; n < 5; n++) {
    sb3_out_int(swap_loop(seeds[n], seeds[4 - n], n));
    sb3_out_int(rotate3(seeds[0], seeds[1], seeds[2], n + seeds[n]));
  }
  for (int n = 0; n < 60; n += 7) sb3_out_int((int32_t)fib_pair(n));
  sb3_out_int(gcd_loop(1071, 462));
  sb3_out_int(gcd_loop(-48, 18));
  sb3_out_int(gcd_loop(17, 0));
  for (int n = 0; n < 5; n++) sb3_out_int(lost_copy(seeds[n] * 100));
  /* Two accumulators that feed each other. */
  int32_t x = 1, y = 0;
  for (int i = 0; i < 25; i++) {
    int32_t nx = x + 2 * y, ny = x - y;
    x = nx % 10007;
    y = ny % 10007;
  }
  sb3_out_int(x);
  sb3_out_int(y);
  return 0;
}
