#include "scratch.h"
#include <stdint.h>
struct P { char tag; short s; int x; double d; int arr[3]; };
static const char msg[] = "Hello, Scratch!";
struct P ps[3] = {{'a', -5, 7, 1.5, {1, 2, 3}}, {'b', 300, -9, -2.5, {4, 5, 6}}};
void my_memmove(void *d, const void *s, int n) { __builtin_memmove(d, s, n); }
int main(void) {
  for (int i = 0; msg[i]; i++) sb3_out_char(msg[i]);
  char buf[32];
  __builtin_memcpy(buf, msg, 16);
  buf[0] = 'J';
  buf[7] = 's';
  for (int i = 0; buf[i]; i++) sb3_out_char(buf[i]);
  __builtin_memset(buf, 'z', 5);
  for (int i = 0; i < 8; i++) sb3_out_char(buf[i]);
  ps[2] = ps[1];
  ps[2].s += 1000;
  ps[2].tag = 'c';
  for (int i = 0; i < 3; i++) {
    sb3_out_char(ps[i].tag); sb3_out_int(ps[i].s); sb3_out_int(ps[i].x); sb3_out_double(ps[i].d);
    sb3_out_int(ps[i].arr[0] + ps[i].arr[1] * 10 + ps[i].arr[2] * 100);
  }
  uint8_t bytes[8];
  for (int i = 0; i < 8; i++) bytes[i] = (uint8_t)(i * 37 + 200);
  int16_t shorts[4];
  for (int i = 0; i < 4; i++) shorts[i] = (int16_t)(i * 20000 - 30000);
  for (int i = 0; i < 8; i++) sb3_out_int(bytes[i]);
  for (int i = 0; i < 4; i++) sb3_out_int(shorts[i]);
  int words[4] = {1, 2, 3, 4};
  my_memmove(words + 1, words, 12);
  for (int i = 0; i < 4; i++) sb3_out_int(words[i]);
  return 0;
}
