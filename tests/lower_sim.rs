//! End-to-end tests of the lowering on the built-in block interpreter (`lower::sim`):
//! C programs are compiled with clang-19 (-O0 and -O2), lowered, run, and their output is
//! compared with the same program compiled natively.

#[path = "lower/harness.rs"]
mod harness;

use harness::{check_program, clang_available};

macro_rules! c_test {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            if !clang_available() {
                panic!("clang-19 is required for the lowering end-to-end tests (Debian package clang-19)");
            }
            check_program(stringify!($name), $src);
        }
    };
}

c_test!(arith_loop, r#"
#include "scratch.h"
int main(void) {
  int s = 0;
  for (int i = 0; i < 10; i++) s += i * i;
  sb3_out_int(s);
  return 0;
}
"#);

c_test!(int_edge_cases, r#"
#include "scratch.h"
#include <stdint.h>
volatile int32_t vals[] = {0, 1, -1, 7, -7, 2147483647, -2147483647 - 1, 65535, 123456789, -98765};
int main(void) {
  for (int i = 0; i < 10; i++) {
    int32_t a = vals[i];
    for (int j = 1; j < 10; j++) {
      int32_t b = vals[j];
      if (b == 0) continue;
      sb3_out_int((int32_t)((uint32_t)a + (uint32_t)b));
      sb3_out_int((int32_t)((uint32_t)a * (uint32_t)b));
      if (!(a == (-2147483647 - 1) && b == -1)) { sb3_out_int(a / b); sb3_out_int(a % b); }
      sb3_out_int((int32_t)((uint32_t)a / (uint32_t)b));
      sb3_out_int((int32_t)((uint32_t)a % (uint32_t)b));
      sb3_out_int(a < b);
      sb3_out_int((uint32_t)a < (uint32_t)b);
    }
    sb3_out_int((int8_t)a);
    sb3_out_int((uint8_t)a);
    sb3_out_int((int16_t)a);
    sb3_out_int((uint16_t)a);
  }
  return 0;
}
"#);

c_test!(bitwise_and_shifts, r#"
#include "scratch.h"
#include <stdint.h>
volatile uint32_t vals[] = {0, 1, 0xFFFFFFFFu, 0x80000000u, 0x12345678u, 0xDEADBEEFu, 255, 0x0F0F0F0Fu};
int main(void) {
  for (int i = 0; i < 8; i++) {
    uint32_t a = vals[i];
    for (int j = 0; j < 8; j++) {
      uint32_t b = vals[j];
      sb3_out_int((int32_t)(a & b));
      sb3_out_int((int32_t)(a | b));
      sb3_out_int((int32_t)(a ^ b));
    }
    for (int s = 0; s < 32; s += 5) {
      sb3_out_int((int32_t)(a << s));
      sb3_out_int((int32_t)(a >> s));
      sb3_out_int(((int32_t)a) >> s);
    }
    sb3_out_int((int32_t)(a & 0xFF));
    sb3_out_int((int32_t)(a & 0xFFFFFF00u));
    sb3_out_int((int32_t)(a | 0xF));
    sb3_out_int((int32_t)(~a));
    sb3_out_int((int32_t)(a >> 3));
    sb3_out_int((int32_t)(a << 7));
  }
  return 0;
}
"#);

c_test!(floats_and_doubles, r#"
#include "scratch.h"
volatile double d[] = {0.5, -2.25, 3.0, 1e9, -0.0, 7.75};
int main(void) {
  double acc = 0;
  for (int i = 0; i < 6; i++) {
    double x = d[i];
    acc = acc * 1.5 + x;
    sb3_out_double(acc);
    sb3_out_double(x / 3.0);
    sb3_out_int((int)x);
    sb3_out_int((int)(x * -1.0));
    sb3_out_double(-x);
    sb3_out_int(x < 1.0);
    sb3_out_double(__builtin_sqrt(x > 0 ? x : -x));
    sb3_out_double(__builtin_floor(x));
  }
  return 0;
}
"#);

c_test!(recursion, r#"
#include "scratch.h"
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int ack(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
int sum_arr(int *a, int n) { int buf[4]; buf[0] = n; if (n == 0) return 0; return a[n - 1] + sum_arr(a, buf[0] - 1); }
int main(void) {
  int arr[5] = {1, 2, 3, 4, 5};
  for (int i = 0; i < 12; i++) sb3_out_int(fib(i));
  sb3_out_int(ack(2, 3));
  sb3_out_int(sum_arr(arr, 5));
  return 0;
}
"#);

c_test!(switch_and_breaks, r#"
#include "scratch.h"
int classify(int x) {
  switch (x) {
    case 0: return 10;
    case 1: case 2: return 20;
    case 5: x += 3; break;
    case 7: return -1;
    default: x *= 2;
  }
  return x;
}
int main(void) {
  for (int i = -2; i < 10; i++) sb3_out_int(classify(i));
  int found = -1;
  for (int i = 0; i < 10; i++) {
    for (int j = 0; j < 10; j++) {
      if (i * j == 42) { found = i * 100 + j; goto done; }
      if (j > i) break;
      if ((i + j) % 3 == 0) continue;
      sb3_out_int(i + j);
    }
  }
done:
  sb3_out_int(found);
  int k = 0;
  while (1) { k += 3; if (k > 20) break; if (k % 2) continue; sb3_out_int(k); }
  return 0;
}
"#);

c_test!(strings_structs_memory, r#"
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
"#);

c_test!(irreducible_goto, r#"
#include "scratch.h"
int f(int n) {
  int i = 0, s = 0;
  if (n & 1) goto mid;
top:
  s += i;
  i++;
mid:
  s += 2 * i;
  if (i < n) goto top;
  return s;
}
int main(void) { for (int n = 0; n < 6; n++) sb3_out_int(f(n)); return 0; }
"#);
