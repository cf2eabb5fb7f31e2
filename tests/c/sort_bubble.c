/* Bubble sort with an early exit when a pass makes no swap, on ints (ascending) and on
 * unsigned values (descending), with a swap counter. */
#include "scratch.h"
#include <stdint.h>

int32_t a[30];
uint32_t u[12] = {5u, 0xffffffffu, 0u, 0x80000000u, 17u, 3u, 0x7fffffffu, 99u, 1u, 2u, 2u, 0u};

int main(void) {
  uint32_t s = 1;
  for (int i = 0; i < 30; i++) {
    s = s * 1103515245u + 12345u;
    a[i] = (int32_t)(s >> 8) % 1000 - 500;
  }
  int swaps = 0, passes = 0;
  for (int n = 30; n > 1; n--) {
    int swapped = 0;
    passes++;
    for (int i = 0; i + 1 < n; i++)
      if (a[i] > a[i + 1]) {
        int32_t t = a[i]; a[i] = a[i + 1]; a[i + 1] = t;
        swapped = 1;
        swaps++;
      }
    if (!swapped) break;
  }
  for (int i = 0; i < 30; i++) sb3_out_int(a[i]);
  sb3_out_int(swaps);
  sb3_out_int(passes);
  for (int n = 12; n > 1; n--)
    for (int i = 0; i + 1 < n; i++)
      if (u[i] < u[i + 1]) { uint32_t t = u[i]; u[i] = u[i + 1]; u[i + 1] = t; }
  for (int i = 0; i < 12; i++) sb3_out_int((int32_t)u[i]);
  return 0;
}
