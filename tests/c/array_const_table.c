/* Constant lookup tables (const globals: -O2 may read them at compile time or keep them
 * in memory), indexed by runtime values; a table of strings; a table of doubles. */
#include "scratch.h"
#include <stdint.h>

static const uint8_t days_in_month[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int16_t sine_q[16] = {0,     3212,  6393,  9512,  12539, 15446, 18204, 20787,
                                   23170, 25329, 27245, 28898, 30273, 31356, 32137, 32609};
static const char *const names[] = {"zero", "one", "two", "three", "four", "five"};
static const double weights[5] = {0.125, -2.5, 1e3, 3.0 / 7.0, -0.0};
int picks[] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8};

static int day_of_year(int month, int day) {
  int d = day;
  for (int m = 0; m < month - 1; m++) d += days_in_month[m];
  return d;
}

int main(void) {
  for (int i = 0; i < 12; i++) {
    int p = picks[i];
    sb3_out_int(days_in_month[p]);
    sb3_out_int(sine_q[p]);
    sb3_out_int(-sine_q[15 - p]);
    sb3_out_double(weights[p % 5]);
    sb3_out_char(names[p % 6][0]);
    sb3_out_char(names[p % 6][2]);
  }
  sb3_out_int(day_of_year(12, 31));
  sb3_out_int(day_of_year(3, 1));
  double s = 0;
  for (int i = 0; i < 12; i++) s += weights[picks[i] % 5] * picks[i];
  sb3_out_double(s);
  return 0;
}
