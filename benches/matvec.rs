//! Matvec ceiling benchmark (figures, not pass/fail): multiply-adds per second of the
//! inference program's own `matvec` (prebuilt_ir/llama2_scratch.c through
//! tests/bench/matvec_real.c, clang-19 -O2, lowered for each target) against hand-written
//! Scratch matvecs in the best shapes we know (`llm2sb3::scratch::handbuilt`), for float,
//! Q8_0 group 4 and group 32, W8A8 group 32 at 64x172 and 288x768, in vanilla scratch-vm (`--target scratch`
//! build) and TurboWarp (`--target turbowarp` build). Runs are interleaved; the summary gives
//! medians and compiled / best hand-written, wall clock and CPU time.
//!
//! Run: `cargo bench --bench matvec` (needs scripts/setup.sh: clang-19, node_modules, chromium).
//! Environment: `LLM2SB3_BENCH_ROUNDS` (default 3), `LLM2SB3_BENCH_SCALE` (work per run,
//! default 1), `LLM2SB3_BENCH_VM` (`scratch`, `turbowarp` or `both`), `LLM2SB3_BENCH_ONLY`
//! (cases whose name contains it, e.g. `q8g32-288x768`), `LLM2SB3_BENCH_BEFORE` (a git revision:
//! its prebuilt_ir/llama2_scratch.c runs too, as `compiled` variant `before`, for before/after
//! figures from one interleaved run; the harness needs its `SB3_BENCH` guard).

use std::path::{Path, PathBuf};
use std::process::Command;

use llm2sb3::lower::{LowerOptions, Program, Target};
use llm2sb3::preset::{Preset, Quant};
use llm2sb3::scratch::handbuilt::{bench_data, hand_project, harness_image, Layout, Shape};

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let vm_dir = repo.join("tests/vm");
    if !vm_dir.join("node_modules/scratch-vm").is_dir() {
        eprintln!(
            "{} has no node_modules: run scripts/setup.sh",
            vm_dir.display()
        );
        std::process::exit(1);
    }
    let rounds: u32 = env_or("LLM2SB3_BENCH_ROUNDS", 3);
    let scale: f64 = env_or("LLM2SB3_BENCH_SCALE", 1.0);
    let vms: Vec<&str> = match std::env::var("LLM2SB3_BENCH_VM").as_deref() {
        Ok("scratch") => vec!["scratch"],
        Ok("turbowarp") => vec!["turbowarp"],
        _ => vec!["scratch", "turbowarp"],
    };
    let only = std::env::var("LLM2SB3_BENCH_ONLY").unwrap_or_default();
    let before = std::env::var("LLM2SB3_BENCH_BEFORE").ok();
    let dir = repo.join("target/bench");
    std::fs::create_dir_all(&dir).expect("create target/bench");
    let mut entries = Vec::new();
    for vm in &vms {
        let target = if *vm == "turbowarp" {
            Target::TurboWarp
        } else {
            Target::Scratch
        };
        let mut harnesses = vec![];
        for (variant, rev) in [("matvec", None), ("before", before.as_deref())] {
            if variant == "before" && rev.is_none() {
                continue;
            }
            match compile_harness(&repo, &dir, target, rev) {
                Ok(p) => harnesses.push((variant, p)),
                Err(e) => {
                    eprintln!("compiling tests/bench/matvec_real.c ({variant}): {e}");
                    std::process::exit(1);
                }
            }
        }
        // multiply-adds per run: ~0.5-2 s in each VM (TurboWarp runs 250-600 M/s; runs of
        // 0.1-0.2 s measured V8's tier-up of the larger compiled kernels as much as the kernel)
        let budget = scale * if *vm == "turbowarp" { 300e6 } else { 1.5e6 };
        for layout in [
            Layout::Float,
            Layout::Q8(4),
            Layout::Q8(32),
            Layout::W8a8(32),
        ] {
            for (rows, cols) in [(64, 172), (288, 768)] {
                let case = format!("{}-{rows}x{cols}", layout.label());
                if !case.contains(&only) {
                    continue;
                }
                let data = bench_data(layout, rows, cols);
                let reps = ((budget / (rows * cols) as f64).round() as u32).max(1);
                for shape in hand_shapes(vm, layout) {
                    let b = hand_project(&data, shape, reps);
                    let file = dir.join(format!("hand-{vm}-{case}-{}.sb3", shape.label()));
                    let bytes = llm2sb3::scratch::write_sb3(&b.project).expect("write hand");
                    std::fs::write(&file, bytes).expect("write hand .sb3");
                    entries.push(entry(vm, &case, "hand", &shape.label(), &file, b.checksum));
                }
                for (variant, harness) in &harnesses {
                    let mut p = harness_for(harness, layout, cols);
                    p.append_image(&harness_image(&data, reps));
                    let bytes =
                        llm2sb3::lower::compile::program_to_sb3(&p).expect("write compiled");
                    let file = dir.join(format!("compiled-{vm}-{case}-{variant}.sb3"));
                    std::fs::write(&file, bytes).expect("write compiled .sb3");
                    entries.push(entry(vm, &case, "compiled", variant, &file, data.checksum));
                }
            }
        }
    }
    let manifest = serde_json::json!({"rounds": rounds, "runs": entries});
    let manifest_path = dir.join("matvec_manifest.json");
    std::fs::write(&manifest_path, manifest.to_string()).expect("write manifest");
    let status = Command::new("node")
        .current_dir(&vm_dir)
        .arg("bench_matvec.js")
        .arg(&manifest_path)
        .status()
        .expect("node runs");
    if !status.success() {
        std::process::exit(1);
    }
}

/// The hand-written shapes tried per VM (the best of each is the ceiling).
/// Rows shapes summing 16 and 32 multiply-adds per expression win in both VMs (in
/// scratch-vm a statement costs several reporters, so fewer statements beat fewer blocks);
/// vanilla also gets the column tiles that execute the fewest blocks.
fn hand_shapes(vm: &str, layout: Layout) -> Vec<Shape> {
    let u = match layout {
        Layout::Float => [16, 32],
        Layout::Q8(4) => [4, 8],
        Layout::Q8(_) => [1, 2],
        // one hand-written W8A8 shape: a row pair at a time, a group per expression
        Layout::W8a8(_) => return vec![Shape::Rows { unroll: 1 }],
    };
    if vm == "turbowarp" {
        u.map(|unroll| Shape::Rows { unroll }).to_vec()
    } else {
        vec![Shape::Rows { unroll: u[0] }, Shape::Tiles { tile: 16 }]
    }
}

/// The harness keeping only the matvec kernels `layout` runs on rows of `cols` inputs, as
/// a build's program does (`pipeline::program_for`, whose `matvec_kernels` picks them):
/// TurboWarp then compiles those kernels at the green flag, not all of them (that compile
/// counts in the CPU time from the green flag).
fn harness_for(harness: &Program, layout: Layout, cols: usize) -> Program {
    let (quant, group) = match layout {
        Layout::Float => (Quant::Float, Preset::default().group),
        Layout::Q8(g) => (Quant::Q8, g),
        Layout::W8a8(g) => (Quant::W8a8, g),
    };
    let preset = Preset {
        quant,
        group,
        ..Preset::default()
    };
    let kernels = llm2sb3::pipeline::matvec_kernels(&preset, [cols, cols]);
    let keep: Vec<&str> = kernels.iter().map(String::as_str).collect();
    // an older revision's C (LLM2SB3_BENCH_BEFORE) may lack these kernels: keep it whole
    harness
        .keeping_calls("matvec", &keep)
        .unwrap_or_else(|_| harness.clone())
}

fn entry(
    vm: &str,
    case: &str,
    kind: &str,
    variant: &str,
    file: &Path,
    checksum: f64,
) -> serde_json::Value {
    serde_json::json!({
        "vm": vm, "case": case, "kind": kind, "variant": variant,
        "file": file.display().to_string(), "checksum": checksum,
    })
}

/// tests/bench/matvec_real.c -> LLVM IR (clang-19 -O2) -> the lowered program for `target`,
/// with prebuilt_ir/ as it is or, given `rev`, as at that git revision.
fn compile_harness(
    repo: &Path,
    dir: &Path,
    target: Target,
    rev: Option<&str>,
) -> Result<Program, String> {
    let flags =
        std::fs::read_to_string(repo.join("prebuilt_ir/clang-flags")).map_err(|e| e.to_string())?;
    let mut include = repo.join("prebuilt_ir");
    if let Some(rev) = rev {
        include = dir.join("before_ir");
        std::fs::create_dir_all(&include).map_err(|e| e.to_string())?;
        for f in ["llama2_scratch.c", "scratch.h"] {
            let out = Command::new("git")
                .current_dir(repo)
                .args(["show", &format!("{rev}:prebuilt_ir/{f}")])
                .output()
                .map_err(|e| format!("git: {e}"))?;
            if !out.status.success() {
                return Err(String::from_utf8_lossy(&out.stderr).into_owned());
            }
            std::fs::write(include.join(f), out.stdout).map_err(|e| e.to_string())?;
        }
    }
    let out = Command::new("clang-19")
        .args(flags.split_whitespace())
        .arg("-O2")
        .arg("-I")
        .arg(&include)
        .arg(repo.join("tests/bench/matvec_real.c"))
        .arg("-o")
        .arg("-")
        .output()
        .map_err(|e| format!("clang-19: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let ll = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let opts = LowerOptions {
        target,
        ..LowerOptions::default()
    };
    llm2sb3::lower::compile::compile_ir(&ll, &opts).map_err(|e| e.to_string())
}
