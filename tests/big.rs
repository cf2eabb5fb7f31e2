//! Big shapes: llama2.c's stories15M shape (random weights, 32,000-token vocabulary) builds
//! leanly, its report matches the estimate, and TurboWarp prints the reference's first tokens.
//! The 42M and 110M shapes are a benchmark (`cargo test --release --test big -- --ignored`,
//! see tests/bench/big.sh), too slow for CI on two cores.

mod common;
mod e2e_support;

use common::shapes::{checkpoint_file, tokenizer_file, Shape, S110M, S15M, S42M};
use e2e_support::{case, run_and_compare, temp_dir};
use llm2sb3::estimate::estimate_with;
use llm2sb3::model::{parse_tokenizer, Format};
use llm2sb3::pipeline::build;
use llm2sb3::preset::Preset;

#[test]
fn shapes_are_llama2_c_stories_models() {
    let c = S15M.config;
    assert_eq!(
        (c.dim, c.hidden_dim, c.n_layers, c.n_heads, c.seq_len),
        (288, 768, 6, 6, 256)
    );
    assert_eq!(
        llm2sb3::model::parameter_count(&S42M.config) / 1_000_000,
        41
    );
    assert_eq!(
        llm2sb3::model::parameter_count(&S110M.config) / 1_000_000,
        109
    );
}

#[test]
fn any_shape_writes_and_reads_back_in_every_format() {
    let config = llm2sb3::model::Config {
        dim: 48,
        hidden_dim: 100,
        n_layers: 2,
        n_heads: 6,
        n_kv_heads: 2,
        vocab_size: 300,
        seq_len: 40,
        shared_classifier: false,
    };
    for format in [Format::V0, Format::V1, Format::V2] {
        let bytes = checkpoint_file(config, format, 3);
        let ck = llm2sb3::model::parse_checkpoint(&bytes).expect("reads back");
        assert_eq!(ck.config, config, "{format:?}");
        assert_eq!(bytes, checkpoint_file(config, format, 3), "deterministic");
    }
}

fn shape_case(shape: Shape, query: &str) -> e2e_support::Case {
    let ck = checkpoint_file(shape.config, Format::V1, 15);
    let tok = tokenizer_file(shape.config.vocab_size);
    let preset = Preset::from_query(query).unwrap();
    let out = build(&ck, &tok, &preset, &mut |_| {}).expect("builds");
    let e = estimate_with(
        &shape.config,
        &preset,
        Some(&parse_tokenizer(&tok).unwrap()),
    );
    let (est, real) = (
        e.project_json_bytes as f64,
        out.report.project_json_bytes as f64,
    );
    eprintln!("{} {query}: {:?}", shape.name, out.report);
    assert!(
        (est - real).abs() / real < 0.02,
        "{} {query}: estimate {est} vs project.json {real}",
        shape.name
    );
    // the memory list is the program's own items (a few thousand) then the whole image
    let program_items = out.report.list_items.checked_sub(e.list_items);
    assert!(
        program_items.is_some_and(|n| n < 10_000),
        "{} {query}: {} memory items for an image of {}",
        shape.name,
        out.report.list_items,
        e.list_items
    );
    case(&format!("{}-{}", shape.name, query), &ck, &tok, query, None)
}

#[test]
fn fifteen_m_shape_runs_in_turbowarp_like_the_reference() {
    let dir = temp_dir("big-15M");
    let cases = [
        "quant=q8&group=32&temperature=0&steps=4&target=turbowarp",
        // 8-bit activations: two rows per item, 91 MB of project.json
        "quant=w8a8&group=32&temperature=0&steps=4&target=turbowarp",
    ]
    .map(|q| shape_case(S15M, q));
    let failures = run_and_compare("turbowarp", &dir, &cases, &[]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Writes the benchmark's checkpoints and tokenizer to `target/big-shapes/`.
#[test]
#[ignore]
fn write_benchmark_shapes() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/big-shapes");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("tok32000.bin"), tokenizer_file(32000)).unwrap();
    for shape in [S15M, S42M, S110M] {
        let path = dir.join(format!("{}.bin", shape.name));
        if !path.exists() {
            std::fs::write(&path, checkpoint_file(shape.config, Format::V1, 15)).unwrap();
        }
    }
}
