/* Mutual recursion: is_even/is_odd, and a recursive-descent expression evaluator
 * (expr -> term -> factor -> expr) over a string. */
#include "scratch.h"

int is_odd(unsigned n);
__attribute__((noinline)) int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
__attribute__((noinline)) int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static const char *p;
int expr(void);

__attribute__((noinline)) int factor(void) {
  if (*p == '(') {
    p++;
    int v = expr();
    p++; /* ')' */
    return v;
  }
  if (*p == '-') {
    p++;
    return -factor();
  }
  int v = 0;
  while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
  return v;
}

__attribute__((noinline)) int term(void) {
  int v = factor();
  while (*p == '*' || *p == '/') {
    char op = *p++;
    int r = factor();
    v = op == '*' ? v * r : v / r;
  }
  return v;
}

__attribute__((noinline)) int expr(void) {
  int v = term();
  while (*p == '+' || *p == '-') {
    char op = *p++;
    int r = term();
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

static int eval(const char *s) {
  p = s;
  return expr();
}

int main(void) {
  for (unsigned n = 0; n < 12; n++) sb3_out_int(is_even(n) * 10 + is_odd(n));
  sb3_out_int(is_even(501));
  sb3_out_int(eval("1+2*3"));
  sb3_out_int(eval("(1+2)*3"));
  sb3_out_int(eval("100/7/2"));
  sb3_out_int(eval("-(4-10)*(2+-3)"));
  sb3_out_int(eval("((((7))))-8*(9-(3*(2+1)))"));
  sb3_out_int(eval("-17/5+-17*-3"));
  return 0;
}
