//! The size estimate (from the packer's plan, before building) against real builds: within
//! 2% of project.json for stories260K in every matvec kernel's layout and random v1/v2 models.

mod common;

use llm2sb3::estimate::estimate_with;
use llm2sb3::model::{self, random_checkpoint, simple_tokenizer, write_checkpoint, Config, Format};
use llm2sb3::pipeline::build;
use llm2sb3::preset::{Preset, Quant, Target};

fn check(name: &str, ck: &[u8], tok: &[u8], preset: &Preset) -> (u64, u64) {
    let out = build(ck, tok, preset, &mut |_| {}).expect("builds");
    let config = model::parse_checkpoint(ck).unwrap().config;
    let t = model::parse_tokenizer(tok).unwrap();
    let e = estimate_with(&config, preset, Some(&t));
    let real = out.report.project_json_bytes;
    // per part: estimate vs the packed image's measured JSON
    let ckp = model::parse_checkpoint(ck).unwrap();
    let layout = llm2sb3::pack::Layout::from(preset);
    let img = llm2sb3::pack::pack(&ckp, &t, &layout).unwrap();
    let plan = llm2sb3::pack::plan_for(&ckp, &t, &layout).unwrap();
    let mut list_real = 0;
    for (slot, part) in plan.slots.iter().zip(&img.report.parts) {
        let est = llm2sb3::estimate::slot_json(slot, &plan, &config, &layout, Some(&t));
        list_real += part.json_bytes;
        if std::env::var_os("ESTIMATE_PARTS").is_some() {
            eprintln!(
                "  {:<12} est {est:>9} real {:>9}",
                part.name, part.json_bytes
            );
        }
    }
    let texts = llm2sb3::estimate::token_texts_json(&config, Some(&t));
    eprintln!(
        "  program: {} ({:?})",
        real as i64 - list_real as i64 - texts as i64,
        preset.target
    );
    let err = (e.project_json_bytes as f64 - real as f64) / real as f64;
    eprintln!(
        "{name}: estimate {} real {real} ({:+.2}%), items {} / report {}",
        e.project_json_bytes,
        err * 100.0,
        e.list_items,
        out.report.list_items
    );
    (e.project_json_bytes, real)
}

fn within(name: &str, (est, real): (u64, u64), tol: f64) {
    let err = (est as f64 - real as f64).abs() / real as f64;
    assert!(
        err <= tol,
        "{name}: estimate {est} vs real {real} bytes of project.json ({:.2}% off, allowed {:.0}%); \
         if the inference program changed, its kernel's PROGRAM_JSON_* constant in \
         src/estimate.rs is {} bytes off",
        err * 100.0,
        tol * 100.0,
        real as i64 - est as i64
    );
}

/// Every matvec kernel's layout (Q8_0 groups of 4, 8, 16 and 32, float, W8A8 groups of 32
/// and 16), for both targets:
/// each carries its own program size constant.
fn presets() -> Vec<(String, Preset)> {
    let mut all = Vec::new();
    for target in [Target::Scratch, Target::TurboWarp] {
        let layouts = [
            ("q8 g4", Quant::Q8, 4),
            ("q8 g8", Quant::Q8, 8),
            ("q8 g16", Quant::Q8, 16),
            ("q8 g32", Quant::Q8, 32),
            ("float", Quant::Float, 4),
            ("w8a8 g32", Quant::W8a8, 32),
            ("w8a8 g16", Quant::W8a8, 16),
        ];
        for (name, quant, group) in layouts {
            let preset = Preset {
                quant,
                group,
                target,
                ..Preset::default()
            };
            all.push((format!("{name} {target:?}"), preset));
        }
    }
    all
}

#[test]
fn estimate_is_within_two_percent_of_stories260k_builds() {
    let ck = common::model_file("stories260K.bin");
    let tok = common::model_file("tok512.bin");
    for (name, p) in presets() {
        within(&name, check(&name, &ck, &tok, &p), 0.02);
    }
}

#[test]
fn estimate_is_within_two_percent_of_random_v1_and_v2_builds() {
    let config = Config {
        dim: 96,
        hidden_dim: 256,
        n_layers: 3,
        n_heads: 6,
        n_kv_heads: 3,
        vocab_size: 700,
        seq_len: 256,
        shared_classifier: false,
    };
    let tok = llm2sb3::model::write::write_tokenizer(&simple_tokenizer(700));
    let ck = random_checkpoint(config, 7);
    for format in [Format::V1, Format::V2] {
        let bytes = write_checkpoint(&ck, format).unwrap();
        for (name, p) in presets() {
            let label = format!("{format:?} {name}");
            within(&label, check(&label, &bytes, &tok, &p), 0.02);
        }
    }
}
