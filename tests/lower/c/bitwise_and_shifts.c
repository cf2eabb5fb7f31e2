#include "scratch.h"
#include <stdint.h>
volatile uint32_t vals[] = {0, 1, 0xFFFFFFFFu, 0x80000000u, 0x12345678u, 0xDEADBEEFu, 255, 0x0F0F0F0Fu};
int main(void) {
  for (int i = 0; i < 8; i++) {
    uint32_t a = vals[i];
    for (int j = 0; j < 8; j++) {
      uint32_t b = vals[j];
      sb3_out_int((int32_t)(a & b));
      sb3_out_int((int32_t)(a | b));
      sb3_out_int((int32_t)(a ^ b));
    }
    for (int s = 0; s < 32; s += 5) {
      sb3_out_int((int32_t)(a << s));
      sb3_out_int((int32_t)(a >> s));
      sb3_out_int(((int32_t)a) >> s);
    }
    sb3_out_int((int32_t)(a & 0xFF));
    sb3_out_int((int32_t)(a & 0xFFFFFF00u));
    sb3_out_int((int32_t)(a | 0xF));
    sb3_out_int((int32_t)(~a));
    sb3_out_int((int32_t)(a >> 3));
    sb3_out_int((int32_t)(a << 7));
  }
  return 0;
}
