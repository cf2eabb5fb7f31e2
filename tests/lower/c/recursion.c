#include "scratch.h"
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int ack(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
int sum_arr(int *a, int n) { int buf[4]; buf[0] = n; if (n == 0) return 0; return a[n - 1] + sum_arr(a, buf[0] - 1); }
int main(void) {
  int arr[5] = {1, 2, 3, 4, 5};
  for (int i = 0; i < 12; i++) sb3_out_int(fib(i));
  sb3_out_int(ack(2, 3));
  sb3_out_int(sum_arr(arr, 5));
  return 0;
}
