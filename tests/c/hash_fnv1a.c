/* FNV-1a 32-bit hash over strings (xor then multiply by 16777619, wrapping). */
#include "scratch.h"
#include <stdint.h>

const char *words[] = {"", "a", "foobar", "Scratch", "hello, world", "The quick brown fox",
                       "llm2sb3", "\xff\x80\x01"};

__attribute__((noinline)) uint32_t fnv1a(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) {
    h ^= (uint8_t)*s++;
    h *= 16777619u;
  }
  return h;
}

int main(void) {
  for (int i = 0; i < 8; i++) sb3_out_int((int32_t)fnv1a(words[i]));
  /* Hash of bytes 0..255 fed one at a time. */
  uint32_t h = 2166136261u;
  for (int b = 0; b < 256; b++) {
    h = (h ^ (uint32_t)b) * 16777619u;
    if ((b & 31) == 31) sb3_out_int((int32_t)h);
  }
  return 0;
}
