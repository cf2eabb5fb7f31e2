/* do-while loops: a body that runs once even when the condition is false, digit
 * extraction, a countdown with an unsigned counter, and do-while with continue. */
#include "scratch.h"
#include <stdint.h>

int32_t vals[] = {0, 7, 10, 12345, 2147483647, 99};

int main(void) {
  for (int i = 0; i < 6; i++) {
    int v = vals[i];
    int digits = 0;
    do {
      sb3_out_int(v % 10);
      v /= 10;
      digits++;
    } while (v);
    sb3_out_int(digits);
  }
  int ran = 0;
  do ran++;
  while (vals[0] > 0);
  sb3_out_int(ran);
  uint32_t u = 5;
  do sb3_out_int((int32_t)u);
  while (u-- > 0);
  sb3_out_int((int32_t)u);
  int k = 0, s = 0;
  do {
    k++;
    if (k % 3 == 0) continue;
    s += k;
  } while (k < 20);
  sb3_out_int(s);
  return 0;
}
