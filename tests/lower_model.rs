//! The lowering on the real inference program: prebuilt_ir/llama2_scratch.ll lowered for
//! both targets, stories260K packed (float layout) into memory, run greedily in TurboWarp
//! and vanilla Scratch: the story must be the start of run.c's own greedy story.

#[path = "lower/harness.rs"]
mod harness;

use std::path::PathBuf;
use std::process::Command;

use harness::root;
use llm2sb3::lower::{lower_module, model_abi, LowerOptions, Target};
use llm2sb3::scratch::Value;

fn models_dir() -> PathBuf {
    match std::env::var_os("LLM2SB3_MODELS") {
        Some(d) => PathBuf::from(d),
        None => root().join("../shared/models"),
    }
}

fn read_model(name: &str) -> Vec<u8> {
    let p = models_dir().join(name);
    std::fs::read(&p).unwrap_or_else(|e| {
        panic!(
            "test model {name} not found at {} ({e}); set LLM2SB3_MODELS",
            p.display()
        )
    })
}

fn story(target: Target, vm: &str, steps: usize) -> String {
    let ck = llm2sb3::model::checkpoint::parse_checkpoint(&read_model("stories260K.bin")).unwrap();
    let tok = llm2sb3::model::tokenizer::parse_tokenizer(&read_model("tok512.bin")).unwrap();
    let layout = llm2sb3::pack::Layout {
        quant: llm2sb3::pack::Quant::Float,
        seq: Some(64),
        ..Default::default()
    };
    let img = llm2sb3::pack::pack(&ck, &tok, &layout).unwrap();
    let ll = std::fs::read_to_string(root().join("prebuilt_ir/llama2_scratch.ll")).unwrap();
    let m = llm2sb3::llvm::parse_module(&ll).unwrap();
    let mut p = lower_module(
        &m,
        &LowerOptions {
            target,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        p.memory().len() as u64 + 1,
        p.image_item,
        "the image must start at sb3_image()"
    );
    p.append_image(&img.items);
    let texts = llm2sb3::pack::tokens::display_texts(&tok);
    let l = p
        .lists
        .iter_mut()
        .find(|l| l.name == model_abi::TOKEN_TEXTS)
        .expect("token texts list");
    l.items = texts.into_iter().map(Value::Text).collect();
    let v = p
        .variables
        .iter_mut()
        .find(|v| v.name == model_abi::SETTINGS[0])
        .expect("steps slider");
    v.value = Value::Number(steps as f64);
    let dir = std::env::temp_dir().join(format!("llm2sb3-model-{vm}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("model.sb3");
    std::fs::write(&f, llm2sb3::lower::compile::program_to_sb3(&p).unwrap()).unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/vm/run.js"))
        .arg(&f)
        .args(["--vm", vm, "--timeout", "300", "--var", model_abi::STORY])
        .output()
        .unwrap();
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    let j: serde_json::Value =
        serde_json::from_str(line.trim()).unwrap_or_else(|e| panic!("{e}: {line}"));
    assert!(j.get("error").is_none(), "{line}");
    eprintln!("{vm}: {} tokens in {} s", steps, j["seconds"]);
    j["vars"][model_abi::STORY]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn reference() -> String {
    String::from_utf8(read_model("ref_greedy_200.txt")).unwrap()
}

#[test]
fn stories260k_greedy_in_turbowarp() {
    let s = story(Target::TurboWarp, "turbowarp", 40);
    assert!(s.len() > 60, "story too short: {s:?}");
    assert!(
        reference().starts_with(&s),
        "story {s:?} is not the start of run.c's"
    );
}

#[test]
fn stories260k_greedy_in_vanilla_scratch() {
    let s = story(Target::Scratch, "scratch", 6);
    assert!(s.len() > 10, "story too short: {s:?}");
    assert!(
        reference().starts_with(&s),
        "story {s:?} is not the start of run.c's"
    );
}
