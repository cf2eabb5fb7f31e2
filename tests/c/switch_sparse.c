/* A sparse switch (compare trees at -O2) with large, negative and unsigned case values. */
#include "scratch.h"
#include <stdint.h>

int32_t keys[] = {0, 1, 100, 1000, -1000, 65536, 2147483647, -2147483647 - 1, 12345, 7, 99999};

__attribute__((noinline)) int sparse(int32_t x) {
  switch (x) {
  case 1: return 10;
  case 100: return 20;
  case 1000: return 30;
  case -1000: return 40;
  case 65536: return 50;
  case 2147483647: return 60;
  case -2147483647 - 1: return 70;
  case 12345: return 80;
  default: return 0;
  }
}

__attribute__((noinline)) int usparse(uint32_t x) {
  switch (x) {
  case 0xffffffffu: return 1;
  case 0x80000000u: return 2;
  case 3000000000u: return 3;
  case 7u: return 4;
  default: return 5;
  }
}

int main(void) {
  for (int i = 0; i < 11; i++) {
    sb3_out_int(sparse(keys[i]));
    sb3_out_int(usparse((uint32_t)keys[i]));
  }
  sb3_out_int(usparse(0xffffffffu));
  sb3_out_int(usparse(3000000000u));
  /* A switch on the low bits inside a loop. */
  int acc = 0;
  for (int i = 0; i < 64; i++) {
    switch (i & 7) {
    case 0: acc += 1; break;
    case 3: acc *= 2; break;
    case 5: acc -= 3; break;
    default: break;
    }
    acc %= 10007;
  }
  sb3_out_int(acc);
  return 0;
}
