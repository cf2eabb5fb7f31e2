/* Unions of integer views on the same memory (little-endian on both wasm32 and the
 * native build): a word seen as bytes and as halves, bytes assembled into words, and a
 * byte swap. Only integer views: float bits are not addressable in Scratch memory. */
#include "scratch.h"
#include <stdint.h>

typedef union {
  uint32_t w;
  uint16_t h[2];
  uint8_t b[4];
  int8_t sb[4];
} Word;

Word words[3] = {{0x12345678u}, {0xdeadbeefu}, {0x80ff007fu}};

int main(void) {
  for (int i = 0; i < 3; i++) {
    Word x = words[i];
    for (int k = 0; k < 4; k++) sb3_out_int(x.b[k]);
    for (int k = 0; k < 4; k++) sb3_out_int(x.sb[k]);
    sb3_out_int(x.h[0]);
    sb3_out_int(x.h[1]);
    /* Byte swap through the byte view. */
    Word y;
    for (int k = 0; k < 4; k++) y.b[k] = x.b[3 - k];
    sb3_out_int((int32_t)y.w);
    /* Modify one half, read the word. */
    x.h[1] = (uint16_t)(x.h[1] + 1);
    sb3_out_int((int32_t)x.w);
    x.b[0] = 0;
    sb3_out_int((int32_t)x.w);
  }
  /* Assemble a word from bytes written one at a time into a word array. */
  uint32_t arr[2] = {0, 0};
  uint8_t *bytes = (uint8_t *)arr;
  for (int k = 0; k < 8; k++) bytes[k] = (uint8_t)(k * 33 + 1);
  sb3_out_int((int32_t)arr[0]);
  sb3_out_int((int32_t)arr[1]);
  return 0;
}
