//! Matvec benchmark (figures, not pass/fail): multiply-adds per second of the hand-built
//! ceiling (`llm2sb3::scratch::handbuilt`) in vanilla scratch-vm and TurboWarp, and of a
//! compiled-C matvec project when `LLM2SB3_BENCH_COMPILED=path.sb3` names one, with the
//! compiled/hand ratio. Run: `cargo bench --bench matvec` (needs scripts/setup.sh). Without
//! that variable, tests/bench/matvec.c is compiled (clang-19 -O2, the project's flags) and
//! lowered with `--target scratch` as the compiled side.
//! `LLM2SB3_BENCH_REPS` overrides the 2048 repetitions (~8.4 M multiply-adds).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let reps: u32 = std::env::var("LLM2SB3_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2048);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let vm_dir = repo.join("tests/vm");
    if !vm_dir.join("node_modules/scratch-vm").is_dir() {
        eprintln!(
            "{} has no node_modules: run scripts/setup.sh",
            vm_dir.display()
        );
        std::process::exit(1);
    }
    let bench = llm2sb3::scratch::handbuilt::matvec_ceiling(reps);
    let dir = repo.join("target/bench");
    std::fs::create_dir_all(&dir).expect("create target/bench");
    let hand = dir.join("matvec_hand.sb3");
    let bytes = llm2sb3::scratch::write_sb3(&bench.project).expect("write the ceiling project");
    std::fs::write(&hand, bytes).expect("write matvec_hand.sb3");
    println!(
        "hand-built: {} multiply-adds, expected checksum {}",
        bench.multiply_adds, bench.checksum
    );
    let mut cmd = Command::new("node");
    cmd.current_dir(&vm_dir).arg("bench_matvec.js").arg(&hand);
    match std::env::var("LLM2SB3_BENCH_COMPILED") {
        Ok(compiled) => {
            cmd.arg(compiled);
        }
        Err(_) => match compile_matvec(&repo, &dir, reps) {
            Ok(path) => {
                cmd.arg(path);
            }
            Err(e) => eprintln!("compiled side skipped: {e}"),
        },
    }
    let out = cmd.output().expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    eprint!(
        "{}",
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| !l.contains("warn"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let mut wrong = 0;
    for line in stdout.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).expect("bench line is JSON");
        if v["kind"] == "hand" && v["checksum"].as_f64() != Some(bench.checksum) {
            eprintln!(
                "hand-built checksum wrong in {}: {}",
                v["vm"], v["checksum"]
            );
            wrong += 1;
        }
    }
    if !out.status.success() || wrong > 0 {
        std::process::exit(1);
    }
}

/// tests/bench/matvec.c -> LLVM IR (clang-19 -O2) -> lowered .sb3 in `dir`.
fn compile_matvec(
    repo: &std::path::Path,
    dir: &std::path::Path,
    reps: u32,
) -> Result<PathBuf, String> {
    let flags =
        std::fs::read_to_string(repo.join("prebuilt_ir/clang-flags")).map_err(|e| e.to_string())?;
    let out = Command::new("clang-19")
        .args(flags.split_whitespace())
        .arg("-O2")
        .arg(format!("-DREPS={reps}"))
        .arg("-I")
        .arg(repo.join("prebuilt_ir"))
        .arg(repo.join("tests/bench/matvec.c"))
        .arg("-o")
        .arg("-")
        .output()
        .map_err(|e| format!("clang-19: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let ll = String::from_utf8(out.stdout).map_err(|e| e.to_string())?;
    let opts = llm2sb3::lower::LowerOptions::default();
    let bytes =
        llm2sb3::lower::compile::compile_ir_to_sb3(&ll, &opts).map_err(|e| e.to_string())?;
    let path = dir.join("matvec_compiled.sb3");
    std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
    Ok(path)
}
