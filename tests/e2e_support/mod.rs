//! Helpers for the end-to-end tests: build a model project through `pipeline::build`, run it
//! in a VM with tests/vm/run.js, and compute what the Rust reference says it must print.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use llm2sb3::model::{parse_checkpoint, parse_tokenizer};
use llm2sb3::pack::{pack, Layout};
use llm2sb3::pipeline::build;
use llm2sb3::preset::Preset;
use llm2sb3::reference::{generate, Settings};
use serde_json::Value as J;

/// One model project to run: its bytes, what to answer the prompt question with, and what
/// the reference generates for it.
pub struct Case {
    /// Test name (also the file name).
    pub name: String,
    /// The built project.
    pub bytes: Vec<u8>,
    /// Reference token ids (every emitted token, prompt included).
    pub tokens: Vec<usize>,
    /// Reference text (run.c's output).
    pub text: String,
    /// Whether the project's story must equal `text` (per-token display texts can differ
    /// from run.c's output where a UTF-8 character spans several byte tokens).
    pub compare_text: bool,
    /// How many of `tokens` the prompt gave (BOS included).
    pub prompt_tokens: usize,
}

/// Builds the project for `query` and runs the reference with the same preset; `answer` is
/// the prompt typed into the project (None: empty answer, the preset's prompt is used).
pub fn case(
    name: &str,
    checkpoint: &[u8],
    tokenizer: &[u8],
    query: &str,
    answer: Option<&str>,
) -> Case {
    let preset =
        Preset::from_query(query).unwrap_or_else(|e| panic!("{name}: preset {query}: {e}"));
    let out = build(checkpoint, tokenizer, &preset, &mut |_| {})
        .unwrap_or_else(|e| panic!("{name}: build: {e}"));
    let ck = parse_checkpoint(checkpoint).expect("checkpoint parses");
    let tok = parse_tokenizer(tokenizer).expect("tokenizer parses");
    let image = pack(&ck, &tok, &Layout::from(&preset)).expect("packs");
    assert!(
        preset.seed != 0 || preset.is_greedy(),
        "{name}: a sampled case needs a fixed seed"
    );
    let settings = Settings::from_preset(&preset, 0.0);
    let prompt = match answer {
        Some(a) if !a.is_empty() => a,
        _ => preset.prompt.as_str(),
    };
    let g =
        generate(&image, &settings, prompt).unwrap_or_else(|e| panic!("{name}: reference: {e}"));
    Case {
        name: name.into(),
        bytes: out.bytes,
        tokens: g.emitted.iter().map(|t| t.0).collect(),
        text: g.text,
        compare_text: true,
        prompt_tokens: g.prompt_tokens.len(),
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory for this test binary.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs tests/vm/run.js on `files` with `extra` options; returns one JSON value per file.
pub fn run_vm(vm: &str, files: &[PathBuf], extra: &[&str]) -> Vec<J> {
    let vm_dir = repo().join("tests/vm");
    assert!(
        vm_dir.join("node_modules/scratch-vm").is_dir(),
        "{} has no node_modules: run scripts/setup.sh (npm ci in tests/vm)",
        vm_dir.display()
    );
    let mut cmd = Command::new("node");
    cmd.arg("run.js")
        .args(["--vm", vm, "--timeout", "600"])
        .args(extra)
        .args(files)
        .current_dir(&vm_dir);
    let out = cmd.output().expect("node runs (install node 20)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<J> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(
        lines.len(),
        files.len(),
        "run.js --vm {vm} printed {} result lines for {} files:\n{stdout}\n{}",
        lines.len(),
        files.len(),
        String::from_utf8_lossy(&out.stderr)
    );
    lines
}

/// Writes the cases, runs them in one batch, and checks tokens (and text) against the
/// reference; returns every mismatch as a message (empty: all passed).
pub fn run_and_compare(vm: &str, dir: &Path, cases: &[Case], extra: &[&str]) -> Vec<String> {
    let files: Vec<PathBuf> = cases
        .iter()
        .map(|c| {
            let ext = if c.name.ends_with("sprite3") {
                "sprite3"
            } else {
                "sb3"
            };
            let f = dir.join(format!("{}-{vm}.{ext}", c.name));
            std::fs::write(&f, &c.bytes).expect("write sb3");
            f
        })
        .collect();
    let lines = run_vm(vm, &files, extra);
    let mut failures = Vec::new();
    for (c, line) in cases.iter().zip(&lines) {
        if let Some(e) = line.get("error") {
            failures.push(format!("{vm} {}: run failed: {e}", c.name));
            continue;
        }
        let got: Option<Vec<usize>> = line["tokens"].as_array().map(|a| {
            a.iter()
                .map(|t| t.as_f64().unwrap_or(-1.0) as usize)
                .collect()
        });
        if got.as_ref() != Some(&c.tokens) {
            failures.push(format!(
                "{vm} {}: tokens {:?}\n   expected {:?}",
                c.name, got, c.tokens
            ));
        }
        if c.compare_text && line["text"].as_str() != Some(c.text.as_str()) {
            failures.push(format!(
                "{vm} {}: text {:?}\n   expected {:?}",
                c.name, line["text"], c.text
            ));
        }
        // the speech bubble shows the story as it was at its last update (the story only grows)
        let (bubble, story) = (
            line["bubble"].as_str().unwrap_or(""),
            line["text"].as_str().unwrap_or(""),
        );
        // (checked on the real model, whose first tokens are words; under 330 characters the
        // bubble holds the whole story rather than its tail)
        let checkable = c.compare_text && c.tokens.len() > 2 && story.chars().count() <= 330;
        if checkable && (bubble.is_empty() || !story.starts_with(bubble)) {
            failures.push(format!(
                "{vm} {}: speech bubble {:?} is not the story so far ({story:?})",
                c.name, line["bubble"]
            ));
        }
        if vm == "turbowarp" && line["compiled"] != J::Bool(true) {
            failures.push(format!(
                "{vm} {}: not every script was compiled: {line}",
                c.name
            ));
        }
    }
    failures
}
