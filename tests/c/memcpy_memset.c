/* __builtin_memcpy / __builtin_memset / __builtin_memmove with aligned word-sized
 * lengths, odd byte lengths, unaligned byte offsets, overlapping moves and zeroing. */
#include "scratch.h"
#include <stdint.h>

uint8_t src[40];
uint8_t dst[40];
int32_t words[16];
int32_t wcopy[16];
int sizes[] = {0, 1, 3, 4, 5, 7, 8, 13, 16, 31};

static int32_t sum_bytes(const uint8_t *p, int n) {
  uint32_t s = 0;
  for (int i = 0; i < n; i++) s = s * 7 + p[i];
  return (int32_t)s;
}

int main(void) {
  for (int i = 0; i < 40; i++) src[i] = (uint8_t)(i * 37 + 11);
  for (int i = 0; i < 16; i++) words[i] = i * -100003;
  /* Byte copies of every size and source/destination alignment. */
  for (int k = 0; k < 10; k++)
    for (int off = 0; off < 4; off++) {
      __builtin_memset(dst, 0xee, 40);
      __builtin_memcpy(dst + off, src + (3 - off), sizes[k]);
      sb3_out_int(sum_bytes(dst, 40) & 0xfffffff);
    }
  /* Word-aligned copy of ints. */
  __builtin_memcpy(wcopy, words, sizeof words);
  for (int i = 0; i < 16; i += 3) sb3_out_int(wcopy[i]);
  /* memset to zero, to -1, and a partial byte memset inside an int array. */
  __builtin_memset(wcopy, 0, 8 * sizeof(int32_t));
  __builtin_memset(wcopy + 8, 0xff, 4 * sizeof(int32_t));
  __builtin_memset((uint8_t *)wcopy + 49, 0x01, 2); /* bytes 1..2 of wcopy[12] */
  for (int i = 0; i < 16; i++) sb3_out_int(wcopy[i]);
  /* Overlapping moves forward and backward. */
  for (int i = 0; i < 40; i++) dst[i] = (uint8_t)i;
  __builtin_memmove(dst + 3, dst, 20);
  sb3_out_int(sum_bytes(dst, 40));
  __builtin_memmove(dst, dst + 5, 30);
  sb3_out_int(sum_bytes(dst, 40));
  __builtin_memmove(words + 1, words, 10 * sizeof(int32_t));
  for (int i = 0; i < 12; i++) sb3_out_int(words[i]);
  /* memset with a runtime length and value. */
  for (int n = 0; n < 12; n += 5) {
    __builtin_memset(dst, n + 1, (unsigned)n);
    sb3_out_int(sum_bytes(dst, 16));
  }
  return 0;
}
