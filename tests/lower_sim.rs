//! End-to-end tests of the lowering on the built-in block interpreter (`lower::sim`):
//! each C program in tests/lower/c is compiled with clang-19 (-O0 and -O2), lowered, run,
//! and its output compared with the same program compiled natively.

#[path = "lower/harness.rs"]
mod harness;

use harness::{check_program, clang_available, root};

macro_rules! c_test {
    ($name:ident) => {
        #[test]
        fn $name() {
            assert!(clang_available(), "clang-19 is required for the lowering end-to-end tests (Debian package clang-19)");
            let path = root().join(concat!("tests/lower/c/", stringify!($name), ".c"));
            let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            check_program(stringify!($name), &src);
        }
    };
}

c_test!(arith_loop);
c_test!(int_edge_cases);
c_test!(bitwise_and_shifts);
c_test!(floats_and_doubles);
c_test!(recursion);
c_test!(switch_and_breaks);
c_test!(strings_structs_memory);
c_test!(irreducible_goto);
c_test!(misc_features);
c_test!(byval_mutation);
c_test!(loop_shapes);
c_test!(phi_rotations);
