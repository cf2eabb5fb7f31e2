//! Driving the pieces the corpus test needs from outside: the `llm2sb3 compile-ir` CLI
//! (IR -> .sb3) and the headless VM runner `node tests/vm/run.js` (.sb3 -> output list).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the runner reported for one project file.
#[derive(Debug, Clone)]
pub enum RunResult {
    /// The project finished: the runner's whole line (`out`, `seconds`, ...), as JSON.
    Out(Value),
    /// The runner reported an error (load failure, timeout, ...), or printed nothing.
    Error(String),
}

/// Compiles `ll` to `sb3` with the CLI binary for `target` ("scratch" or "turbowarp").
/// Returns the CLI's error text when it fails.
pub fn compile_ir(cli: &Path, ll: &Path, sb3: &Path, target: &str) -> Result<(), String> {
    let out = Command::new(cli)
        .arg("compile-ir")
        .arg(ll)
        .arg("-o")
        .arg(sb3)
        .args(["--target", target])
        .output()
        .map_err(|e| format!("cannot start {}: {e}", cli.display()))?;
    if out.status.success() && sb3.is_file() {
        return Ok(());
    }
    let mut msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if msg.is_empty() {
        msg = format!("exit status {} and no .sb3 written", out.status);
    }
    Err(msg)
}

/// Runs `files` through `node tests/vm/run.js F1 F2 ... --vm VM --timeout S` and returns
/// one result per file, in order. The runner prints one JSON line per file
/// (`{"out": [...]}` or `{"error": "..."}`, optionally with `"file"`). If the runner dies
/// part-way, the file it died on gets an error quoting its stderr and the files after it
/// run again in a fresh runner process.
pub fn run_batch(root: &Path, files: &[PathBuf], vm: &str, timeout_s: u32) -> Vec<RunResult> {
    let mut results = Vec::with_capacity(files.len());
    while results.len() < files.len() {
        let rest = &files[results.len()..];
        let (answers, why) = run_once(root, rest, vm, timeout_s);
        let answered = answers.iter().take_while(|a| a.is_some()).count();
        results.extend(answers.into_iter().take(answered).flatten());
        if answered < rest.len() {
            results.push(RunResult::Error(format!(
                "the runner printed no result for this file ({why})"
            )));
        }
    }
    results
}

/// One runner process over `files`: the answer for each file it printed a line for, and
/// a description of how the process ended (for files it did not answer).
fn run_once(
    root: &Path,
    files: &[PathBuf],
    vm: &str,
    timeout_s: u32,
) -> (Vec<Option<RunResult>>, String) {
    let script = root.join("tests/vm/run.js");
    let out = Command::new("node")
        .arg(&script)
        .args(files)
        .args(["--vm", vm, "--timeout", &timeout_s.to_string()])
        .current_dir(root)
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            return (
                vec![None; files.len()],
                format!("cannot start node {}: {e}", script.display()),
            )
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<Value> = stdout
        .lines()
        .filter(|l| l.trim_start().starts_with('{'))
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let t = stderr.trim();
    let start = t.char_indices().rev().nth(600).map_or(0, |(i, _)| i);
    let why = format!(
        "runner {}; stderr: {}",
        out.status,
        if t.is_empty() { "empty" } else { &t[start..] }
    );
    let answers = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            // Prefer the line that names this file (as passed); fall back to the i-th line.
            let path = f.to_string_lossy();
            let line = lines
                .iter()
                .find(|l| l.get("file").and_then(Value::as_str) == Some(&*path))
                .or_else(|| lines.get(i).filter(|l| l.get("file").is_none()));
            line.map(|l| match (l.get("out"), l.get("error")) {
                (_, Some(e)) if !e.is_null() => RunResult::Error(json_text(e)),
                (Some(_), _) => RunResult::Out(l.clone()),
                _ => RunResult::Error(format!("runner line has neither out nor error: {l}")),
            })
        })
        .collect();
    (answers, why)
}

fn json_text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}
