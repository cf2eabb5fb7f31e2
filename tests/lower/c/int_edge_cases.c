#include "scratch.h"
#include <stdint.h>
volatile int32_t vals[] = {0, 1, -1, 7, -7, 2147483647, -2147483647 - 1, 65535, 123456789, -98765};
int main(void) {
  for (int i = 0; i < 10; i++) {
    int32_t a = vals[i];
    for (int j = 1; j < 10; j++) {
      int32_t b = vals[j];
      if (b == 0) continue;
      sb3_out_int((int32_t)((uint32_t)a + (uint32_t)b));
      sb3_out_int((int32_t)((uint32_t)a * (uint32_t)b));
      if (!(a == (-2147483647 - 1) && b == -1)) { sb3_out_int(a / b); sb3_out_int(a % b); }
      sb3_out_int((int32_t)((uint32_t)a / (uint32_t)b));
      sb3_out_int((int32_t)((uint32_t)a % (uint32_t)b));
      sb3_out_int(a < b);
      sb3_out_int((uint32_t)a < (uint32_t)b);
    }
    sb3_out_int((int8_t)a);
    sb3_out_int((uint8_t)a);
    sb3_out_int((int16_t)a);
    sb3_out_int((uint16_t)a);
  }
  return 0;
}
