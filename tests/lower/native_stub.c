/* Host implementation of the general-program ABI for native oracle runs: one tagged line
 * per output item (i: integer, d: double as exact hex, c: character code). */
#include <stdio.h>
void sb3_out_int(int v) { printf("i:%d\n", v); }
void sb3_out_double(double v) { printf("d:%a\n", v); }
void sb3_out_char(int c) { printf("c:%d\n", c & 255); }
