/* Local arrays and structs with initializers (clang copies them from a constant or
 * stores each element), partial initializers (rest zeroed), char arrays initialised from
 * string literals, and re-initialisation on every loop iteration. */
#include "scratch.h"
#include <stdint.h>

int main(void) {
  for (int round = 0; round < 3; round++) {
    int a[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    int b[20] = {9, 8, 7};
    char s[16] = "init";
    int16_t h[5] = {-1, -2, -3, -4, -5};
    double d[4] = {0.5, 0.25};
    struct { int x; char c; double y; } st = {round, 'q', 1.5};
    int sa = 0, sb = 0, sh = 0;
    for (int i = 0; i < 8; i++) { sa += a[i] * (i + round); a[i] = 0; }
    for (int i = 0; i < 20; i++) { sb += b[i]; b[i] = 100; }
    for (int i = 0; i < 5; i++) { sh = sh * 10 + h[i]; h[i] = 7; }
    sb3_out_int(sa);
    sb3_out_int(sb);
    sb3_out_int(sh);
    sb3_out_double(d[0] + d[1] + d[2] + d[3]);
    d[3] = 99;
    for (int i = 0; i < 16; i++) sb3_out_int(s[i]);
    s[round] = 'X';
    for (int i = 0; s[i]; i++) sb3_out_char(s[i]);
    sb3_out_int(st.x);
    sb3_out_char(st.c);
    sb3_out_double(st.y * round);
  }
  return 0;
}
