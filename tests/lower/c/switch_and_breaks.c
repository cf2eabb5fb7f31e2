#include "scratch.h"
int classify(int x) {
  switch (x) {
    case 0: return 10;
    case 1: case 2: return 20;
    case 5: x += 3; break;
    case 7: return -1;
    default: x *= 2;
  }
  return x;
}
int main(void) {
  for (int i = -2; i < 10; i++) sb3_out_int(classify(i));
  int found = -1;
  for (int i = 0; i < 10; i++) {
    for (int j = 0; j < 10; j++) {
      if (i * j == 42) { found = i * 100 + j; goto done; }
      if (j > i) break;
      if ((i + j) % 3 == 0) continue;
      sb3_out_int(i + j);
    }
  }
done:
  sb3_out_int(found);
  int k = 0;
  while (1) { k += 3; if (k > 20) break; if (k % 2) continue; sb3_out_int(k); }
  return 0;
}
