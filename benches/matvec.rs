//! Matvec benchmark (figures, not pass/fail): multiply-adds per second of the hand-built
//! ceiling (`llm2sb3::scratch::handbuilt`) in vanilla scratch-vm and TurboWarp, and of a
//! compiled-C matvec project when `LLM2SB3_BENCH_COMPILED=path.sb3` names one, with the
//! compiled/hand ratio. Run: `cargo bench --bench matvec` (needs scripts/setup.sh).
//! `LLM2SB3_BENCH_REPS` overrides the 2048 repetitions (~8.4 M multiply-adds).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let reps: u32 = std::env::var("LLM2SB3_BENCH_REPS").ok().and_then(|s| s.parse().ok()).unwrap_or(2048);
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let vm_dir = repo.join("tests/vm");
    if !vm_dir.join("node_modules/scratch-vm").is_dir() {
        eprintln!("{} has no node_modules: run scripts/setup.sh", vm_dir.display());
        std::process::exit(1);
    }
    let bench = llm2sb3::scratch::handbuilt::matvec_ceiling(reps);
    let dir = repo.join("target/bench");
    std::fs::create_dir_all(&dir).expect("create target/bench");
    let hand = dir.join("matvec_hand.sb3");
    let bytes = llm2sb3::scratch::write_sb3(&bench.project).expect("write the ceiling project");
    std::fs::write(&hand, bytes).expect("write matvec_hand.sb3");
    println!("hand-built: {} multiply-adds, expected checksum {}", bench.multiply_adds, bench.checksum);
    let mut cmd = Command::new("node");
    cmd.current_dir(&vm_dir).arg("bench_matvec.js").arg(&hand);
    if let Ok(compiled) = std::env::var("LLM2SB3_BENCH_COMPILED") {
        cmd.arg(compiled);
    }
    let out = cmd.output().expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr).lines().filter(|l| !l.contains("warn")).collect::<Vec<_>>().join("\n"));
    let mut wrong = 0;
    for line in stdout.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).expect("bench line is JSON");
        if v["kind"] == "hand" && v["checksum"].as_f64() != Some(bench.checksum) {
            eprintln!("hand-built checksum wrong in {}: {}", v["vm"], v["checksum"]);
            wrong += 1;
        }
    }
    if !out.status.success() || wrong > 0 {
        std::process::exit(1);
    }
}
