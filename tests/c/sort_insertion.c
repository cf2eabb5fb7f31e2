/* Insertion sort of ints, of doubles (including negatives and -0-free values), and of
 * strings by a hand-written comparison, plus a binary search over the sorted ints. */
#include "scratch.h"

int xs[25];
double ds[10] = {3.25, -1.5, 1e-3, 100.0, -100.0, 0.1, 0.125, 2.0, -0.001, 7.75};
const char *names[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apricot"};

static int scmp(const char *a, const char *b) {
  while (*a && *a == *b) { a++; b++; }
  return (unsigned char)*a - (unsigned char)*b;
}

__attribute__((noinline)) int bsearch_int(const int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

int main(void) {
  for (int i = 0; i < 25; i++) xs[i] = (i * 7919 + 13) % 97 - 40;
  for (int i = 1; i < 25; i++) {
    int v = xs[i], j = i - 1;
    while (j >= 0 && xs[j] > v) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = v;
  }
  for (int i = 0; i < 25; i++) sb3_out_int(xs[i]);
  for (int i = 1; i < 10; i++) {
    double v = ds[i];
    int j = i - 1;
    while (j >= 0 && ds[j] > v) { ds[j + 1] = ds[j]; j--; }
    ds[j + 1] = v;
  }
  for (int i = 0; i < 10; i++) sb3_out_double(ds[i]);
  for (int i = 1; i < 7; i++) {
    const char *v = names[i];
    int j = i - 1;
    while (j >= 0 && scmp(names[j], v) > 0) { names[j + 1] = names[j]; j--; }
    names[j + 1] = v;
  }
  for (int i = 0; i < 7; i++) { sb3_out_char(names[i][0]); sb3_out_char(names[i][1]); }
  for (int k = -45; k < 60; k += 11) sb3_out_int(bsearch_int(xs, 25, k));
  return 0;
}
