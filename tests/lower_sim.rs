//! End-to-end tests of the lowering on the built-in block interpreter (`lower::sim`):
//! C programs are compiled with clang-19 (-O0 and -O2), lowered, run, and their output is
//! compared with the same program compiled natively.

mod common;

use common::{check_program, clang_available};

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
