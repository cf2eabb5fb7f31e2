/* One- and two-dimensional arrays, local and global: row/column traversals, a matrix
 * transpose, a 2D prefix sum, and passing rows as pointers. */
#include "scratch.h"

int grid[6][7];
static int local_sum(const int *row, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += row[i];
  return s;
}

int main(void) {
  for (int r = 0; r < 6; r++)
    for (int c = 0; c < 7; c++) grid[r][c] = (r * 7 + c) * (r - c);
  for (int r = 0; r < 6; r++) sb3_out_int(local_sum(grid[r], 7));
  for (int c = 0; c < 7; c++) {
    int s = 0;
    for (int r = 0; r < 6; r++) s += grid[r][c];
    sb3_out_int(s);
  }
  int t[7][6];
  for (int r = 0; r < 6; r++)
    for (int c = 0; c < 7; c++) t[c][r] = grid[r][c];
  sb3_out_int(t[6][5]);
  sb3_out_int(t[3][1]);
  /* 2D prefix sums in a local array. */
  int ps[7][8];
  for (int r = 0; r <= 6; r++)
    for (int c = 0; c <= 7; c++)
      ps[r][c] = (r == 0 || c == 0) ? 0
                                    : grid[r - 1][c - 1] + ps[r - 1][c] + ps[r][c - 1] - ps[r - 1][c - 1];
  sb3_out_int(ps[6][7]);
  sb3_out_int(ps[3][4] - ps[1][4] - ps[3][2] + ps[1][2]);
  /* A 1D local array indexed backwards and with a stride. */
  int v[50];
  for (int i = 0; i < 50; i++) v[i] = i * i % 17;
  int acc = 0;
  for (int i = 49; i >= 0; i -= 3) acc = acc * 3 + v[i];
  sb3_out_int(acc % 1000003);
  return 0;
}
