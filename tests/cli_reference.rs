//! `llm2sb3 reference` prints exactly run.c's stories (the acceptance commands).

mod infer_support;

use infer_support::{model_file, read};
use std::process::Command;

fn reference(preset: &str, extra: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
        .arg("reference")
        .arg("--checkpoint")
        .arg(model_file("stories260K.bin"))
        .arg("--tokenizer")
        .arg(model_file("tok512.bin"))
        .args(["--preset", preset])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn prints_run_c_greedy_story() {
    let out = reference("quant=float&steps=200&temperature=0", &[]);
    assert_eq!(
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&read("ref_greedy_200.txt"))
    );
}

#[test]
fn prints_run_c_prompt_story() {
    let out = reference(
        "quant=float&temperature=0&prompt=Once upon a time, there was a cat&steps=64",
        &[],
    );
    let expected = read("ref_greedy_prompt_cat.txt");
    assert_eq!(
        String::from_utf8_lossy(&out),
        String::from_utf8_lossy(&expected)
    );
}

#[test]
fn json_output_lists_the_tokens() {
    let out = reference(
        "quant=q8&group=4&steps=20&temperature=0.8&topp=0.9&topk=40&seed=7",
        &["--json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let tokens = v["tokens"].as_array().unwrap();
    assert_eq!(
        tokens.len(),
        20,
        "each of the 20 positions emits one token (run.c: steps counts positions)"
    );
    assert_eq!(v["prompt_tokens"], serde_json::json!([1]));
    assert!(v["text"].as_str().unwrap().len() > 20);
}

#[test]
fn bad_group_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
        .args(["reference", "--checkpoint"])
        .arg(model_file("stories260K.bin"))
        .arg("--tokenizer")
        .arg(model_file("tok512.bin"))
        .args(["--preset", "group=500"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Group size"), "{err}");
}

#[test]
fn unnamed_settings_fit_the_model_as_in_build() {
    // `build` starts W8A8 from group 32 when the preset names no group; so does `reference`
    let q = "quant=w8a8&temperature=0&steps=120";
    let fitted = reference(q, &["--json"]);
    assert_eq!(fitted, reference(&format!("{q}&group=32"), &["--json"]));
    assert_ne!(
        fitted,
        reference(&format!("{q}&group=4"), &["--json"]),
        "groups 4 and 32 tell different greedy stories, so the check above can fail"
    );
}
