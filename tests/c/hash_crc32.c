/* CRC-32 (reflected, polynomial 0xEDB88320): bitwise and table-driven versions must
 * agree; also an Adler-32 checksum. */
#include "scratch.h"
#include <stdint.h>

static uint32_t table[256];

static void make_table(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
}

__attribute__((noinline)) uint32_t crc_bitwise(const char *s, int n) {
  uint32_t crc = 0xffffffffu;
  for (int i = 0; i < n; i++) {
    crc ^= (uint8_t)s[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

__attribute__((noinline)) uint32_t crc_table(const char *s, int n) {
  uint32_t crc = 0xffffffffu;
  for (int i = 0; i < n; i++) crc = table[(crc ^ (uint8_t)s[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffffu;
}

__attribute__((noinline)) uint32_t adler32(const char *s, int n) {
  uint32_t a = 1, b = 0;
  for (int i = 0; i < n; i++) {
    a = (a + (uint8_t)s[i]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

char msg[] = "123456789The quick brown fox jumps over the lazy dog";

int main(void) {
  make_table();
  sb3_out_int((int32_t)table[1]);
  sb3_out_int((int32_t)table[255]);
  /* Few lengths: bitwise ops are slow in vanilla Scratch. */
  int lengths[] = {0, 1, 2, 3, 9, 20, 51};
  for (int k = 0; k < 7; k++) {
    int n = lengths[k];
    sb3_out_int((int32_t)crc_bitwise(msg, n));
    sb3_out_int((int32_t)crc_table(msg, n));
    sb3_out_int((int32_t)adler32(msg, n));
  }
  sb3_out_int((int32_t)crc_table(msg, 9)); /* the standard check value, 0xCBF43926 */
  return 0;
}
