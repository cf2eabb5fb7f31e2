/* Casts between widths: truncation, sign extension, zero extension, and round trips
 * through every integer type. */
#include "scratch.h"
#include <stdint.h>

int32_t vals[] = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535,
                  65536, -32768, -32769, 2147483647, -2147483647 - 1, 0x12345678,
                  -0x12345678, 0x00ff00ff};
#define N (int)(sizeof vals / sizeof vals[0])

__attribute__((noinline)) int32_t sext8(int32_t v) { return (int8_t)v; }
__attribute__((noinline)) int32_t zext8(int32_t v) { return (uint8_t)v; }
__attribute__((noinline)) int32_t sext16(int32_t v) { return (int16_t)v; }
__attribute__((noinline)) int32_t zext16(int32_t v) { return (uint16_t)v; }

int main(void) {
  for (int i = 0; i < N; i++) {
    int32_t v = vals[i];
    sb3_out_int(sext8(v));
    sb3_out_int(zext8(v));
    sb3_out_int(sext16(v));
    sb3_out_int(zext16(v));
    /* 32 -> 64 signed and unsigned, shown as doubles (exact). */
    sb3_out_double((double)(int64_t)v);
    sb3_out_double((double)(uint64_t)(uint32_t)v);
    /* int8 -> int16 -> uint32 chain. */
    sb3_out_int((int32_t)(uint32_t)(int16_t)(int8_t)v);
    /* uint8 -> int16 -> int32. */
    sb3_out_int((int16_t)(uint8_t)v);
    /* unsigned to signed of the same width. */
    sb3_out_int((int32_t)(uint32_t)v);
  }
  /* bool conversions. */
  for (int i = 0; i < N; i++) sb3_out_int((_Bool)vals[i]);
  for (int i = 0; i < N; i++) sb3_out_int(!vals[i] + (vals[i] != 0) * 2);
  return 0;
}
