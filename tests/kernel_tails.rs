//! Every matvec kernel a build can keep runs the rows it is kept for. A build keeps only the
//! kernels `pipeline::matvec_kernels` names for its model's dim and hidden_dim (one per row
//! tail and family); the C dispatcher picks one by the image header at run time. Were the
//! two to disagree, `matvec` would call a kernel the build dropped (the call is gone: an
//! output never written) and tell another story. Tiny random models whose row lengths give
//! every tail of every family are built as the page builds them, run greedily in the block
//! interpreter (`lower::sim`), and their tokens compared with the Rust reference's.

use std::collections::BTreeSet;

use llm2sb3::lower::sim::Sim;
use llm2sb3::model::{random_checkpoint, simple_tokenizer, Config};
use llm2sb3::pack::{pack, tokens::display_texts, Layout};
use llm2sb3::pipeline::{matvec_kernels, program_for};
use llm2sb3::preset::{Preset, Quant, Target};
use llm2sb3::reference::{generate, Settings};

/// Positions to run, the first (BOS) included.
const STEPS: usize = 6;

/// dim 34, 36, .., 64 (the head size must be even) with hidden dim - 33 (odd: 1, 3, .., 31),
/// then hidden 12, 14 and 44 (dim 64); for W8A8 (whose hidden_dim must be even) 2 dim - 16,
/// then (64, 172) and (172, 352). Float tails 0..14 and rows that read past their end (tail
/// 15, and long ones: 44, 46, 58..62), group-4 tails 0..3 and rows that read past (11
/// groups), group-32 last items 1..8, W8A8 group-32 last columns 2..14, 16..30 and 32, and
/// last groups of 12 read on as full ones.
fn configs(w8a8: bool) -> Vec<Config> {
    let config = |dim, hidden_dim| Config {
        dim,
        hidden_dim,
        n_layers: 1,
        n_heads: 1,
        n_kv_heads: 1,
        vocab_size: 32,
        seq_len: 8,
        shared_classifier: true,
    };
    let mut out: Vec<Config> = (34..=64)
        .step_by(2)
        .map(|dim| config(dim, if w8a8 { 2 * dim - 16 } else { dim - 33 }))
        .collect();
    if w8a8 {
        // last groups of 12 read on as full ones, the second after a longer input's prepare
        out.extend([config(64, 172), config(172, 352)]);
    } else {
        // and rows that read past their end after a longer input's prepare (11 groups of 4)
        out.extend([config(34, 12), config(36, 14), config(64, 44)]);
    }
    out
}

fn layouts() -> [(Quant, usize); 4] {
    [
        (Quant::Float, 4),
        (Quant::Q8, 4),
        (Quant::Q8, 32),
        (Quant::W8a8, 32),
    ]
}

/// The token ids the built project emits in the block interpreter, and the ones the Rust
/// reference emits for the same image (packed once for both).
fn tokens(config: &Config, preset: &Preset, seed: u64) -> (Vec<String>, Vec<String>) {
    let ck = random_checkpoint(*config, seed);
    let tok = simple_tokenizer(config.vocab_size);
    let image = pack(&ck, &tok, &Layout::from(preset)).expect("packs");
    let g = generate(&image, &Settings::from_preset(preset, 0.0), "").expect("runs");
    let reference = g.emitted.iter().map(|(t, _)| t.to_string()).collect();
    let mut p = program_for(preset, [config.dim, config.hidden_dim])
        .expect("prunes")
        .clone();
    p.append_image(&image.items);
    p.set_run_inputs(preset.slider_values(), display_texts(&tok));
    let mut sim = Sim::new(&p, 200_000_000);
    sim.run(&p).expect("runs");
    (sim.list_text("token ids"), reference)
}

#[test]
fn every_row_tail_kernel_runs_the_rows_it_is_kept_for() {
    let mut covered = BTreeSet::new();
    let (mut emitted, mut runs) = (0, 0);
    for (quant, group) in layouts() {
        for (i, config) in configs(quant == Quant::W8a8).iter().enumerate() {
            for target in [Target::Scratch, Target::TurboWarp] {
                let preset = Preset {
                    quant,
                    group,
                    target,
                    steps: STEPS,
                    // sampled with a fixed seed: greedy random models often pick BOS first
                    // (which ends the story); a wrong kernel changes the probabilities
                    temperature: 1.0,
                    topp: 0.0,
                    seed: 7 + i as u32,
                    ..Preset::default()
                };
                let seed = 1000 + i as u64;
                let (got, want) = tokens(config, &preset, seed);
                emitted += want.len();
                runs += 1;
                let kernels = matvec_kernels(&preset, [config.dim, config.hidden_dim]);
                assert_eq!(
                    got, want,
                    "dim {} hidden {} {quant:?} group {group} {target:?}: kernels {kernels:?}",
                    config.dim, config.hidden_dim
                );
                covered.extend(kernels);
            }
        }
    }
    // the runs told stories (a run that stops at once, at BOS, compares little)
    assert!(emitted >= 3 * runs, "{emitted} tokens in {runs} runs");
    // every kernel of the per-tail families ran somewhere above
    let mut expected: Vec<String> = (0..15).map(|t| format!("matvec_float_t{t}")).collect();
    expected.extend((0..4).map(|t| format!("matvec_q8_g1_t{t}")));
    expected.extend((1..=8).map(|l| format!("matvec_q8_g8_l{l}")));
    expected.extend((2..=14).step_by(2).map(|l| format!("matvec_w8a8_g32_l{l}")));
    expected.push("matvec_w8a8_g32_l32".into());
    expected.push("matvec_w8a8_g32".into());
    for k in expected {
        assert!(covered.contains(&k), "no model here runs {k}: {covered:?}");
    }
}
