/* 8-bit integers: wrap-around of int8_t/uint8_t arithmetic after truncation, and
 * promotions back to int (sign extension for int8_t, zero extension for uint8_t). */
#include "scratch.h"
#include <stdint.h>

int8_t s8[] = {0, 1, -1, 127, -128, 100, -100, 55};
uint8_t u8[] = {0, 1, 255, 128, 127, 200, 17, 99};

__attribute__((noinline)) int8_t add8(int8_t a, int8_t b) { return (int8_t)(a + b); }
__attribute__((noinline)) uint8_t mul8(uint8_t a, uint8_t b) { return (uint8_t)(a * b); }
__attribute__((noinline)) int8_t neg8(int8_t a) { return (int8_t)-a; }

int main(void) {
  for (int i = 0; i < 8; i++) {
    for (int j = 0; j < 8; j++) {
      sb3_out_int(add8(s8[i], s8[j]));
      sb3_out_int(mul8(u8[i], u8[j]));
      sb3_out_int((uint8_t)(u8[i] - u8[j]));
    }
    sb3_out_int(neg8(s8[i]));
  }
  /* A uint8_t counter that wraps past 255. */
  uint8_t c = 250;
  for (int k = 0; k < 10; k++) {
    c++;
    sb3_out_int(c);
  }
  /* An int8_t counter stepping by 50 (stored through a truncating conversion). */
  int8_t d = 0;
  for (int k = 0; k < 8; k++) {
    d = (int8_t)(d + 50);
    sb3_out_int(d);
  }
  /* Reading the same byte as signed and unsigned. */
  for (int i = 0; i < 8; i++) {
    sb3_out_int((int8_t)u8[i]);
    sb3_out_int((uint8_t)s8[i]);
  }
  return 0;
}
