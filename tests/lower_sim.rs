//! End-to-end tests of the lowering on the built-in block interpreter (`lower::sim`):
//! each C program in tests/lower/c is compiled with clang-19 (-O0 and -O2), lowered, run,
//! and its output compared with the same program compiled natively.

#[path = "lower/harness.rs"]
mod harness;

use harness::{check_program, clang_available, root};

macro_rules! c_test {
    ($name:ident) => {
        c_test!($name, "tests/lower/c/");
    };
    ($name:ident, $dir:literal) => {
        #[test]
        fn $name() {
            assert!(
                clang_available(),
                "clang-19 is required for the lowering end-to-end tests (Debian package clang-19)"
            );
            let path = root().join(concat!($dir, stringify!($name), ".c"));
            let src = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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
// The corpus program itself (tests/c/), so the block interpreter and the VMs test one file.
c_test!(loop_exit_to_return, "tests/c/");

/// Every `repeat until <esc > 0>` loop must be able to end: its body sets `esc` or stops the
/// script. tests/lower/ir/matvec_dispatch.ll is clang -O2 of prebuilt_ir/llama2_scratch.c with
/// `matvec`'s nested dispatch written flat (`if (quant && group_items == 1 && last_items == 1)
/// … else if (quant && group_items == 2 && last_items == 2) … else if (quant) … else …`): its
/// counted row loops exit straight to the function's shared return, and were once lowered with
/// neither the count nor an exit.
#[test]
fn escape_flag_loops_can_exit() {
    let path = root().join("tests/lower/ir/matvec_dispatch.ll");
    let ll = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let p = harness::lower_text(&ll, &llm2sb3::lower::LowerOptions::default());
    let text = llm2sb3::lower::scripts_text(&p.scripts);
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut checked = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        let Some(var) = t
            .strip_prefix("repeat until <(")
            .and_then(|r| r.strip_suffix(") > [0]>"))
        else {
            continue;
        };
        if !var.ends_with(": esc") {
            continue;
        }
        let body: Vec<&str> = lines[i + 1..]
            .iter()
            .take_while(|b| indent(b) > indent(l))
            .copied()
            .collect();
        let exits = body.iter().any(|b| {
            b.trim_start().starts_with(&format!("set {var} to"))
                || b.trim_start() == "stop this script"
        });
        assert!(
            exits,
            "loop at line {} never sets {var} nor stops:\n{}\n{}",
            i + 1,
            l,
            body.join("\n")
        );
        checked += 1;
    }
    assert!(
        text.contains("define matvec"),
        "matvec not found in the lowered program"
    );
    // the count guards against checking nothing (e.g. after a renaming of the flag); when a
    // lowering change really alters how many loops use the flag, update it from the dump
    assert_eq!(
        checked, 12,
        "escape-flag loops in matvec_dispatch.ll (`compile-ir --dump` shows them)"
    );
}
