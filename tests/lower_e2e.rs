//! The lowering in real VMs: each C program in tests/lower/c, compiled at -O0 and -O2 and
//! lowered for both targets, runs in vanilla scratch-vm and in TurboWarp through
//! `node tests/vm/run.js`; its `out` must equal the native program's output.

#[path = "lower/harness.rs"]
mod harness;

use std::process::Command;

use harness::*;
use llm2sb3::lower::sim::V;
use llm2sb3::lower::{LowerOptions, Target};

const PROGRAMS: &[&str] = &[
    "arith_loop",
    "int_edge_cases",
    "bitwise_and_shifts",
    "floats_and_doubles",
    "recursion",
    "switch_and_breaks",
    "strings_structs_memory",
    "irreducible_goto",
    "misc_features",
    "byval_mutation",
    "loop_shapes",
    "phi_rotations",
];

fn json_to_v(j: &serde_json::Value) -> V {
    match j {
        serde_json::Value::Number(n) => V::Num(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => match s.as_str() {
            "NaN" => V::Num(f64::NAN),
            "Infinity" => V::Num(f64::INFINITY),
            "-Infinity" => V::Num(f64::NEG_INFINITY),
            "-0" => V::Num(-0.0),
            _ => V::Str(s.clone()),
        },
        serde_json::Value::Bool(b) => V::Bool(*b),
        other => V::Str(other.to_string()),
    }
}

fn run_in(vm: &str, target: Target) {
    assert!(
        clang_available(),
        "clang-19 is required (Debian package clang-19)"
    );
    let runner = root().join("tests/vm/run.js");
    assert!(
        runner.is_file(),
        "the VM runner {} is missing",
        runner.display()
    );
    assert!(
        root().join("tests/vm/node_modules").is_dir(),
        "tests/vm/node_modules is missing: run scripts/setup.sh"
    );
    let dir = std::env::temp_dir().join(format!("llm2sb3-e2e-{vm}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    let mut wants = Vec::new();
    for name in PROGRAMS {
        let src = std::fs::read_to_string(root().join(format!("tests/lower/c/{name}.c"))).unwrap();
        let want = native(&dir, name, &src);
        for opt in ["-O0", "-O2"] {
            let ll = compile_ll(&dir, name, &src, opt);
            let p = lower_text(
                &ll,
                &LowerOptions {
                    target,
                    ..Default::default()
                },
            );
            let bytes = llm2sb3::lower::compile::program_to_sb3(&p).unwrap();
            let f = dir.join(format!("{name}{opt}.sb3"));
            std::fs::write(&f, bytes).unwrap();
            files.push(f);
            wants.push(want.clone());
        }
    }
    let out = Command::new("node")
        .arg(&runner)
        .args(&files)
        .args(["--vm", vm, "--timeout", "120"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines.len(),
        files.len(),
        "runner output: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut failures = Vec::new();
    for ((line, want), f) in lines.iter().zip(&wants).zip(&files) {
        let j: serde_json::Value = serde_json::from_str(line).unwrap();
        let got: Vec<V> = j["out"]
            .as_array()
            .map(|a| a.iter().map(json_to_v).collect())
            .unwrap_or_default();
        let ok = j.get("error").is_none()
            && got.len() == want.len()
            && got.iter().zip(want).all(|(g, w)| matches(g, w));
        if !ok {
            failures.push(format!("{}: {line}\nwant {want:?}", f.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ in {vm}:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_in_vanilla_scratch() {
    run_in("scratch", Target::Scratch);
}

#[test]
fn corpus_in_turbowarp() {
    run_in("turbowarp", Target::TurboWarp);
}
