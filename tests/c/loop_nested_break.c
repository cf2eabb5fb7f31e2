/* Nested loops with break and continue at both levels, a labelled-style exit from the
 * inner loop via a flag, and loops whose trip counts come from memory. */
#include "scratch.h"

int limits[] = {5, 0, 3, 9, 1};

int main(void) {
  /* Continue on odd, break when the product passes a limit. */
  for (int i = 0; i < 10; i++) {
    if (i % 3 == 1) continue;
    for (int j = 0; j < 10; j++) {
      if (j % 2) continue;
      if (i * j > 30) break;
      sb3_out_int(i * 100 + j);
    }
    if (i == 8) break;
  }
  /* Exit both loops from the inner one with a flag. */
  int found = -1;
  for (int i = 1; i < 50 && found < 0; i++)
    for (int j = 1; j < 50; j++)
      if (i * i + j * j == 1000) {
        found = i * 1000 + j;
        break;
      }
  sb3_out_int(found);
  /* Trip counts from memory, including zero. */
  for (int a = 0; a < 5; a++) {
    int s = 0;
    for (int b = 0; b < limits[a]; b++)
      for (int c = b; c < limits[a]; c++) s += b * c + 1;
    sb3_out_int(s);
  }
  /* Three deep with continue in the middle loop. */
  int count = 0;
  for (int x = 0; x < 8; x++)
    for (int y = 0; y < 8; y++) {
      if ((x + y) % 4 == 0) continue;
      for (int z = 0; z < 8; z++) {
        if (z > y) break;
        count += x ^ y ^ z;
      }
    }
  sb3_out_int(count);
  /* A while loop with break in the middle. */
  int n = 27, steps = 0;
  while (1) {
    if (n == 1) break;
    n = (n % 2) ? 3 * n + 1 : n / 2;
    steps++;
  }
  sb3_out_int(steps);
  return 0;
}
