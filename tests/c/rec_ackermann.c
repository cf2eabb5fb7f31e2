/* The Ackermann function for small arguments (deep, non-primitive recursion) and a
 * recursive greatest common divisor. */
#include "scratch.h"

static int calls;

__attribute__((noinline)) int ack(int m, int n) {
  calls++;
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

__attribute__((noinline)) unsigned gcd(unsigned a, unsigned b) { return b ? gcd(b, a % b) : a; }

int main(void) {
  for (int m = 0; m <= 2; m++)
    for (int n = 0; n <= 3; n++) {
      calls = 0;
      sb3_out_int(ack(m, n));
      sb3_out_int(calls);
    }
  calls = 0;
  sb3_out_int(ack(3, 2));
  sb3_out_int(calls);
  sb3_out_int((int)gcd(1071, 462));
  sb3_out_int((int)gcd(4294967295u, 65535));
  sb3_out_int((int)gcd(832040, 514229));
  return 0;
}
