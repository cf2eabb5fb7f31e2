/* UTF-8 by hand, on unsigned bytes: encode code points (1 to 4 bytes), decode them back,
 * count characters, and reject malformed sequences; the byte-level work a tokenizer
 * does. */
#include "scratch.h"
#include <stdint.h>

static int encode(uint32_t cp, uint8_t *out) {
  if (cp < 0x80) { out[0] = (uint8_t)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (uint8_t)(0xc0 | (cp >> 6));
    out[1] = (uint8_t)(0x80 | (cp & 0x3f));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (uint8_t)(0xe0 | (cp >> 12));
    out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
    out[2] = (uint8_t)(0x80 | (cp & 0x3f));
    return 3;
  }
  out[0] = (uint8_t)(0xf0 | (cp >> 18));
  out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
  out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
  out[3] = (uint8_t)(0x80 | (cp & 0x3f));
  return 4;
}

/* Decodes one character at s; returns its length, or -1 if malformed. */
__attribute__((noinline)) int decode(const uint8_t *s, int n, uint32_t *cp) {
  uint8_t b = s[0];
  int len = b < 0x80 ? 1 : (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : -1;
  if (len < 0 || len > n) return -1;
  uint32_t v = len == 1 ? b : b & (0x7f >> len);
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80) return -1;
    v = (v << 6) | (s[i] & 0x3f);
  }
  *cp = v;
  return len;
}

uint32_t cps[] = {0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x20ac, 0xffff, 0x10000, 0x1f600, 0x10ffff};
uint8_t bad[] = {0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98};

int main(void) {
  uint8_t buf[64];
  int n = 0;
  for (int i = 0; i < 11; i++) {
    int len = encode(cps[i], buf + n);
    sb3_out_int(len);
    for (int k = 0; k < len; k++) sb3_out_int(buf[n + k]);
    n += len;
  }
  sb3_out_int(n);
  int chars = 0, at = 0;
  while (at < n) {
    uint32_t cp;
    int len = decode(buf + at, n - at, &cp);
    if (len < 0) break;
    sb3_out_int(cp == cps[chars]);
    chars++;
    at += len;
  }
  sb3_out_int(chars);
  for (int i = 0; i < 7; i++) {
    uint32_t cp = 0;
    sb3_out_int(decode(bad + i, 7 - i, &cp));
  }
  return 0;
}
