//! The cost measure of vanilla Scratch: blocks executed per multiply-add of the compiled
//! matvec benchmark (tests/bench/matvec.c at -O2), counted by the lowering's interpreter.

#[path = "lower/harness.rs"]
mod harness;

use harness::*;
use llm2sb3::lower::LowerOptions;

fn steps_for(reps: u32) -> (u64, Vec<llm2sb3::lower::sim::V>) {
    let dir = std::env::temp_dir().join(format!("llm2sb3-cost-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = std::fs::read_to_string(root().join("tests/bench/matvec.c")).unwrap();
    let src = format!("#define REPS {reps}\n{src}");
    let ll = compile_ll(&dir, &format!("matvec{reps}"), &src, "-O2");
    let p = lower_text(&ll, &LowerOptions::default());
    let (out, steps) = run_sim(&p);
    (steps, out)
}

#[test]
fn matvec_blocks_per_multiply_add() {
    assert!(
        clang_available(),
        "clang-19 is required (Debian package clang-19)"
    );
    let (s4, out4) = steps_for(4);
    let (s8, _) = steps_for(8);
    assert_eq!(llm2sb3::lower::sim::to_number(&out4[2]), 4.0 * 4096.0);
    let per = (s8 - s4) as f64 / (4.0 * 4096.0);
    eprintln!("blocks executed per multiply-add: {per:.3}");
    // by hand: change acc by (item p * item q) [6 blocks], change p, change q => 8, plus
    // the outer loop (store, pointer setup: about 0.3 per multiply-add at n = 64)
    assert!(per <= 8.5, "{per} blocks per multiply-add");
}
