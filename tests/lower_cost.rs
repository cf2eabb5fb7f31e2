//! The cost measure of vanilla Scratch: blocks executed per multiply-add, counted by the
//! lowering's interpreter, of a plain C matvec (tests/bench/matvec.c at -O2) and of the
//! inference program's own (tests/bench/matvec_real.c, prebuilt_ir/llama2_scratch.c).

#[path = "lower/harness.rs"]
mod harness;

use harness::*;
use llm2sb3::lower::LowerOptions;
use llm2sb3::scratch::handbuilt::{bench_data, harness_image, Layout};

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

/// Blocks executed per multiply-add of the inference program's own `matvec`
/// (tests/bench/matvec_real.c on a 64x172 case of `layout`, `--target scratch`), and its
/// checksum, which must equal the Rust one bit for bit.
fn real_matvec_blocks_per_mac(layout: Layout) -> f64 {
    let dir = std::env::temp_dir().join(format!("llm2sb3-cost-real-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = std::fs::read_to_string(root().join("tests/bench/matvec_real.c")).unwrap();
    let ll = compile_ll(&dir, "matvec_real", &src, "-O2");
    let program = lower_text(&ll, &LowerOptions::default());
    let data = bench_data(layout, 64, 172);
    let mut steps = vec![];
    for reps in [1, 2] {
        let mut p = program.clone();
        p.append_image(&harness_image(&data, reps));
        let (out, s) = run_sim(&p);
        assert_eq!(
            llm2sb3::lower::sim::to_number(&out[0]),
            data.checksum,
            "{layout:?}: checksum"
        );
        steps.push(s);
    }
    (steps[1] - steps[0]) as f64 / (64.0 * 172.0)
}

#[test]
fn real_matvec_blocks_per_multiply_add() {
    assert!(
        clang_available(),
        "clang-19 is required (Debian package clang-19)"
    );
    // measured (64x172): float 8.35, q8 group 4 10.82, q8 group 32 9.10 blocks; before the
    // one-expression steps 8.11, 10.63, 10.04. The block count barely moved, but statements
    // per multiply-add fell from ~3 to ~0.1-0.3, and scratch-vm's rate per CPU second rose by
    // up to ~1.9x (README): there a statement costs several reporters. Rows of 172 read past
    // their end in float (176 products) and group 4 (44 groups): 2.3% more products than
    // multiply-adds counted here, one kernel instead of two (float 8.23 -> 8.43, group 4
    // 10.76 -> 11.02); W8A8 group 32 reads its last group of 12 as 32 (11.6% more: 4.65 ->
    // 5.08).
    for (layout, limit) in [
        (Layout::Float, 8.5),
        (Layout::Q8(4), 11.1),
        (Layout::Q8(32), 9.3),
        // two rows per item and int8 activations: a product serves two multiply-adds
        (Layout::W8a8(32), 5.2),
    ] {
        let per = real_matvec_blocks_per_mac(layout);
        eprintln!("{layout:?}: {per:.3} blocks per multiply-add");
        assert!(per <= limit, "{layout:?}: {per} blocks per multiply-add");
    }
}
