/* Recursive Fibonacci (two recursive calls whose results are combined), checked against
 * an iterative version, and a recursive sum with an accumulator argument. */
#include "scratch.h"

__attribute__((noinline)) int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

__attribute__((noinline)) int sum_to(int n, int acc) {
  if (n == 0) return acc;
  return sum_to(n - 1, acc + n);
}

__attribute__((noinline)) int depth_product(int n) {
  if (n <= 1) return 1;
  int below = depth_product(n - 1);
  return (below * 3 + n) % 100003; /* work after the call uses n */
}

int main(void) {
  for (int n = 0; n <= 15; n++) sb3_out_int(fib(n));
  int a = 0, b = 1;
  for (int n = 0; n < 30; n++) {
    int t = a + b;
    a = b;
    b = t;
  }
  sb3_out_int(a);
  sb3_out_int(sum_to(100, 0));
  sb3_out_int(depth_product(200));
  return 0;
}
