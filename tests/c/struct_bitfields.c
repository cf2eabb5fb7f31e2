/* Struct bit-fields: signed and unsigned fields of odd widths sharing words, updated
 * through pointers (read-modify-write with masks), with wrap-around on overflow. */
#include "scratch.h"
#include <stdint.h>

struct Packed {
  unsigned a : 3;
  signed b : 5;
  unsigned c : 12;
  signed d : 12;
  unsigned e : 1;
  unsigned f : 7;
};

struct Packed table[4];

__attribute__((noinline)) void bump(struct Packed *p, int k) {
  p->a += k;         /* wraps mod 8 */
  p->b = (signed)(p->b) - k * 3 > -16 ? p->b - k * 3 : 15; /* stays in range */
  p->c += 1000 * k;  /* wraps mod 4096 */
  p->d = k % 2 ? -2048 + k : 2047 - k;
  p->e = !p->e;
  p->f ^= (unsigned)(k * 37);
}

int main(void) {
  for (int i = 0; i < 4; i++) {
    table[i].a = (unsigned)i;
    table[i].b = -i;
    table[i].c = (unsigned)(i * 1111);
    table[i].d = -i * 100;
    table[i].e = (unsigned)(i & 1);
    table[i].f = (unsigned)(i * 40);
  }
  for (int round = 1; round <= 5; round++)
    for (int i = 0; i < 4; i++) bump(&table[i], round + i);
  for (int i = 0; i < 4; i++) {
    sb3_out_int((int)table[i].a);
    sb3_out_int(table[i].b);
    sb3_out_int((int)table[i].c);
    sb3_out_int(table[i].d);
    sb3_out_int((int)table[i].e);
    sb3_out_int((int)table[i].f);
  }
  return 0;
}
