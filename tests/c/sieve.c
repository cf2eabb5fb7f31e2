/* Sieve of Eratosthenes over a char array up to 3000: count, the last primes, twin
 * primes, and the sum of primes; then a segmented check against trial division. */
#include "scratch.h"

#define N 3000
static char composite[N + 1];

__attribute__((noinline)) int is_prime_trial(int n) {
  if (n < 2) return 0;
  for (int d = 2; d * d <= n; d++)
    if (n % d == 0) return 0;
  return 1;
}

int main(void) {
  composite[0] = composite[1] = 1;
  for (int i = 2; i * i <= N; i++)
    if (!composite[i])
      for (int j = i * i; j <= N; j += i) composite[j] = 1;
  int count = 0, twins = 0, sum = 0, last = 0;
  for (int i = 2; i <= N; i++)
    if (!composite[i]) {
      count++;
      sum += i;
      if (i - last == 2) twins++;
      last = i;
    }
  sb3_out_int(count);
  sb3_out_int(twins);
  sb3_out_int(sum);
  for (int i = N, k = 0; k < 5; i--)
    if (!composite[i]) { sb3_out_int(i); k++; }
  int agree = 0;
  for (int i = 0; i <= 400; i++) agree += (!composite[i]) == is_prime_trial(i);
  sb3_out_int(agree);
  return 0;
}
