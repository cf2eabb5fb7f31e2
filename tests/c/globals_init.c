/* Global variables with initializers of every kind: scalars of each width, doubles,
 * arrays (partly initialized, rest zero), a struct, pointers into other globals
 * (constant GEP expressions) and a string; globals changed by functions. */
#include "scratch.h"
#include <stdint.h>

int8_t g8 = -7;
uint8_t gu8 = 200;
int16_t g16 = -1234;
uint16_t gu16 = 60000;
int32_t g32 = -123456789;
uint32_t gu32 = 4000000000u;
int64_t g64 = -1234567890123LL;
double gd = 2.5e-3;
int garr[10] = {1, 2, 3};           /* rest zero */
int gzero[5];                       /* all zero */
struct { int a; char b; double c; short d[3]; } gs = {42, 'x', -1.5, {7, -8, 9}};
int *gp = &garr[2];                 /* pointer into another global */
const char *gstr = "globals";
char gbuf[] = "mutable";
int counter = 100;

__attribute__((noinline)) void bump(int by) { counter += by; }

int main(void) {
  sb3_out_int(g8);
  sb3_out_int(gu8);
  sb3_out_int(g16);
  sb3_out_int(gu16);
  sb3_out_int(g32);
  sb3_out_double((double)gu32);
  sb3_out_double((double)g64);
  sb3_out_double(gd);
  for (int i = 0; i < 10; i++) sb3_out_int(garr[i]);
  int z = 0;
  for (int i = 0; i < 5; i++) z |= gzero[i];
  sb3_out_int(z);
  sb3_out_int(gs.a);
  sb3_out_char(gs.b);
  sb3_out_double(gs.c);
  sb3_out_int(gs.d[0] + gs.d[1] * 10 + gs.d[2] * 100);
  sb3_out_int(*gp);
  sb3_out_int(gp[1]);
  gp[1] = 77;
  sb3_out_int(garr[3]);
  for (const char *p = gstr; *p; p++) sb3_out_char(*p);
  gbuf[0] = 'M';
  gbuf[6] = 'E';
  for (int i = 0; gbuf[i]; i++) sb3_out_char(gbuf[i]);
  for (int i = 1; i <= 5; i++) bump(i);
  sb3_out_int(counter);
  g8 = (int8_t)(g8 * 20);
  gu16 = (uint16_t)(gu16 + 6000);
  sb3_out_int(g8);
  sb3_out_int(gu16);
  return 0;
}
