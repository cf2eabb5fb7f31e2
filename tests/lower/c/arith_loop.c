#include "scratch.h"
int main(void) {
  int s = 0;
  for (int i = 0; i < 10; i++) s += i * i;
  sb3_out_int(s);
  return 0;
}
