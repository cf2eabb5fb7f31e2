//! The differential corpus: every C program in tests/c/ is compiled from its committed
//! LLVM IR (clang-19 -O0 and -O2) to an .sb3 by `llm2sb3 compile-ir`, run headless in
//! vanilla Scratch and in TurboWarp (`node tests/vm/run.js`), and its `out` list must
//! equal the native build's output (tests/c/expected/NAME.json) exactly.
//!
//! Environment (all optional):
//! - `CORPUS_FILTER=a,b`   only programs whose name contains one of these
//! - `CORPUS_OPT=O0,O2`    which IR optimisation levels
//! - `CORPUS_PAIRS=scratch:scratch,turbowarp:turbowarp,scratch:turbowarp`
//!   which `--target` runs in which `--vm` (default: these three)
//! - `CORPUS_TIMEOUT=120`  seconds per project; `CORPUS_BATCH=40` projects per runner call
//! - `CORPUS_CLI=path`     another llm2sb3 binary to compile with (default: this crate's)

mod corpus_support;

use corpus_support::compare::{first_difference, items_from_json, Item};
use corpus_support::runner::{compile_ir, run_batch, RunResult};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_list(key: &str, default: &str) -> Vec<String> {
    std::env::var(key)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn env_num(key: &str, default: u32) -> u32 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Every program of the corpus (tests/c/NAME.c, without host.c), sorted.
fn all_programs() -> Vec<String> {
    let dir = root().join("tests/c");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".c"))
                .map(String::from)
        })
        .filter(|n| n != "host")
        .collect();
    names.sort();
    names
}

/// The programs selected by CORPUS_FILTER (all when unset).
fn selected_programs() -> Vec<String> {
    let filter = env_list("CORPUS_FILTER", "");
    let names: Vec<String> = all_programs()
        .into_iter()
        .filter(|n| filter.is_empty() || filter.iter().any(|f| n.contains(f.as_str())))
        .collect();
    assert!(
        !names.is_empty(),
        "CORPUS_FILTER={filter:?} selects no program of tests/c/"
    );
    names
}

fn expected_items(name: &str) -> Result<Vec<Item>, String> {
    let path = root().join(format!("tests/c/expected/{name}.json"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    items_from_json(&v).map_err(|e| format!("{}: {e}", path.display()))
}

/// The committed corpus is whole: each program has both .ll files (with a `main`) and an
/// expected output that decodes, and nothing is left over from a deleted program.
#[test]
fn corpus_files_are_complete() {
    let names = all_programs();
    assert!(
        names.len() >= 45,
        "only {} programs in tests/c/, want at least 45",
        names.len()
    );
    let mut problems = Vec::new();
    for name in &names {
        for opt in ["O0", "O2"] {
            let ll = root().join(format!("tests/c/ll/{name}.{opt}.ll"));
            match std::fs::read_to_string(&ll) {
                Ok(t)
                    if t.lines()
                        .any(|l| l.starts_with("define ") && l.contains(" @main(")) => {}
                Ok(_) => problems.push(format!("{}: no definition of main", ll.display())),
                Err(e) => {
                    problems.push(format!("{}: {e} (run bash tests/c/regen.sh)", ll.display()))
                }
            }
        }
        match expected_items(name) {
            Ok(items) if items.is_empty() => {
                problems.push(format!("{name}: expected output is empty"))
            }
            Ok(_) => {}
            Err(e) => problems.push(format!("{e} (run bash tests/c/expected.sh)")),
        }
    }
    for (dir, suffixes) in [
        ("ll", &[".O0.ll", ".O2.ll"][..]),
        ("expected", &[".json"][..]),
    ] {
        for entry in std::fs::read_dir(root().join("tests/c").join(dir))
            .unwrap()
            .flatten()
        {
            let file = entry.file_name().to_string_lossy().to_string();
            let stem = suffixes.iter().find_map(|s| file.strip_suffix(s));
            if !stem.is_some_and(|s| names.iter().any(|n| n == s)) {
                problems.push(format!("tests/c/{dir}/{file} belongs to no program"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "corpus incomplete:\n{}",
        problems.join("\n")
    );
}

/// A compiled project: (program, optimisation level, target).
type Key = (String, String, String);

/// The runner's results for one (target, vm) pair: (program, level, result) per project.
struct PairResults {
    target: String,
    vm: String,
    runs: Vec<(String, String, RunResult)>,
}

/// One project to run: a program at one optimisation level compiled for one target.
struct Job {
    name: String,
    opt: String,
    target: String,
    sb3: PathBuf,
}

/// Compiles every (program, level, target) once; returns the .sb3 paths by key and the
/// compile failures grouped by error message.
fn compile_all(
    names: &[String],
    opts: &[String],
    targets: &[String],
    out_dir: &Path,
) -> (BTreeMap<Key, PathBuf>, BTreeMap<String, Vec<String>>) {
    let cli = std::env::var_os("CORPUS_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_llm2sb3")));
    let mut jobs = Vec::new();
    for target in targets {
        std::fs::create_dir_all(out_dir.join(target)).unwrap();
        for name in names {
            for opt in opts {
                let sb3 = out_dir.join(target).join(format!("{name}.{opt}.sb3"));
                let _ = std::fs::remove_file(&sb3);
                jobs.push(Job {
                    name: name.clone(),
                    opt: opt.clone(),
                    target: target.clone(),
                    sb3,
                });
            }
        }
    }
    // Two workers: the machine is shared, and each compile is one short process.
    let results: Vec<(usize, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|w| {
                let jobs = &jobs;
                let cli = &cli;
                s.spawn(move || {
                    (w..jobs.len())
                        .step_by(2)
                        .map(|i| {
                            let j = &jobs[i];
                            let ll = root().join(format!("tests/c/ll/{}.{}.ll", j.name, j.opt));
                            (i, compile_ir(cli, &ll, &j.sb3, &j.target))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut built = BTreeMap::new();
    let mut failed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, r) in results {
        let j = &jobs[i];
        match r {
            Ok(()) => {
                built.insert(
                    (j.name.clone(), j.opt.clone(), j.target.clone()),
                    j.sb3.clone(),
                );
            }
            Err(e) => failed
                .entry(first_lines(&e, 3))
                .or_default()
                .push(format!("{}.{} --target {}", j.name, j.opt, j.target)),
        }
    }
    (built, failed)
}

fn first_lines(s: &str, n: usize) -> String {
    let t: Vec<&str> = s.lines().take(n).collect();
    let t = t.join(" | ");
    if t.chars().count() > 300 {
        t.chars().take(300).collect::<String>() + "..."
    } else {
        t
    }
}

/// Whatever the VM test needs from outside and cannot find, in words.
fn missing_pieces() -> Vec<String> {
    let mut missing = Vec::new();
    let vm = root().join("tests/vm");
    if !vm.join("run.js").is_file() {
        missing.push(format!(
            "{} does not exist (the headless VM runner)",
            vm.join("run.js").display()
        ));
    }
    if !vm.join("node_modules").is_dir() {
        missing.push(format!(
            "{} is missing: run bash scripts/setup.sh",
            vm.join("node_modules").display()
        ));
    }
    if std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_err()
    {
        missing.push("node is not on PATH".into());
    }
    missing
}

/// Runs one (target, vm) pair over every project that compiled, in batches.
fn run_pair(
    target: &str,
    vm: &str,
    names: &[String],
    opts: &[String],
    built: &BTreeMap<Key, PathBuf>,
    batch: usize,
    timeout: u32,
) -> PairResults {
    let keys: Vec<Key> = names
        .iter()
        .flat_map(|n| {
            opts.iter()
                .map(move |o| (n.clone(), o.clone(), target.to_string()))
        })
        .filter(|k| built.contains_key(k))
        .collect();
    let mut runs = Vec::new();
    for chunk in keys.chunks(batch) {
        let files: Vec<PathBuf> = chunk.iter().map(|k| built[k].clone()).collect();
        let results = run_batch(&root(), &files, vm, timeout);
        runs.extend(
            chunk
                .iter()
                .zip(results)
                .map(|((n, o, _), r)| (n.clone(), o.clone(), r)),
        );
    }
    PairResults {
        target: target.into(),
        vm: vm.into(),
        runs,
    }
}

/// Runs every pair; the pairs of different VMs run side by side (one Node process each),
/// the pairs of one VM one after the other.
fn run_pairs(
    pairs: &[(String, String)],
    names: &[String],
    opts: &[String],
    built: &BTreeMap<Key, PathBuf>,
    batch: usize,
    timeout: u32,
) -> Vec<PairResults> {
    let mut by_vm: BTreeMap<&str, Vec<&(String, String)>> = BTreeMap::new();
    for p in pairs {
        by_vm.entry(p.1.as_str()).or_default().push(p);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = by_vm
            .into_values()
            .map(|vm_pairs| {
                s.spawn(move || {
                    vm_pairs
                        .into_iter()
                        .map(|(t, v)| run_pair(t, v, names, opts, built, batch, timeout))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}

/// Checks one run against the native output: `None` if it matches, else the problem.
fn check_run(name: &str, result: &RunResult) -> Option<String> {
    let expected = match expected_items(name) {
        Ok(e) => e,
        Err(e) => return Some(e),
    };
    match result {
        RunResult::Error(e) => Some(format!("runner error: {}", first_lines(e, 3))),
        RunResult::Out(line) => match line.get("out").map(items_from_json) {
            None => Some(format!(
                "runner line without out: {}",
                first_lines(&line.to_string(), 1)
            )),
            Some(Err(e)) => Some(format!("bad out list: {e}")),
            Some(Ok(got)) => first_difference(&expected, &got),
        },
    }
}

/// Every corpus program, at -O0 and -O2, compiled for each target and run in each VM,
/// prints exactly what the native build prints. All differences are reported at once.
#[test]
fn corpus_matches_native_in_both_vms() {
    let names = selected_programs();
    let opts = env_list("CORPUS_OPT", "O0,O2");
    let pairs: Vec<(String, String)> = env_list(
        "CORPUS_PAIRS",
        "scratch:scratch,turbowarp:turbowarp,scratch:turbowarp",
    )
    .iter()
    .map(|p| {
        let (t, v) = p
            .split_once(':')
            .unwrap_or_else(|| panic!("CORPUS_PAIRS item {p:?} is not target:vm"));
        (t.to_string(), v.to_string())
    })
    .collect();
    let timeout = env_num("CORPUS_TIMEOUT", 120);
    let batch = env_num("CORPUS_BATCH", 40).max(1) as usize;
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("corpus");

    let mut targets: Vec<String> = pairs.iter().map(|p| p.0.clone()).collect();
    targets.sort();
    targets.dedup();
    let (built, compile_failures) = compile_all(&names, &opts, &targets, &out_dir);
    let mut report = Vec::new();
    for (msg, files) in &compile_failures {
        let shown = if files.len() > 12 {
            format!("{}, and {} more", files[..12].join(", "), files.len() - 12)
        } else {
            files.join(", ")
        };
        report.push(format!(
            "compile-ir failed for {} file(s) [{shown}]: {msg}",
            files.len()
        ));
    }
    let missing = missing_pieces();
    for m in &missing {
        report.push(format!("cannot run the VMs: {m}"));
    }

    let (mut runs, mut matched) = (0, 0);
    let mut slowest: Vec<(f64, String)> = Vec::new();
    let mut not_compiled: Vec<String> = Vec::new();
    if missing.is_empty() {
        for pair in run_pairs(&pairs, &names, &opts, &built, batch, timeout) {
            for (name, opt, result) in &pair.runs {
                runs += 1;
                let who = format!("{name}.{opt} [--target {} in {}]", pair.target, pair.vm);
                if let RunResult::Out(line) = result {
                    if let Some(secs) = line.get("seconds").and_then(|s| s.as_f64()) {
                        slowest.push((secs, who.clone()));
                    }
                    // TurboWarp fell back to its interpreter: correct, but slow.
                    if line.get("compiled") == Some(&serde_json::Value::Bool(false))
                        || line.get("compile_errors").is_some()
                    {
                        not_compiled.push(who.clone());
                    }
                }
                match check_run(name, result) {
                    Some(problem) => report.push(format!("{who}: {problem}")),
                    None => matched += 1,
                }
            }
        }
    }
    let wanted = names.len() * opts.len() * pairs.len();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    eprintln!(
        "corpus: {} programs x {:?} x {} pairs: {} of {} compiled, {} ran, {} matched native",
        names.len(),
        opts,
        pairs.len(),
        built.len(),
        names.len() * opts.len() * targets.len(),
        runs,
        matched
    );
    for (secs, who) in slowest.iter().take(5) {
        eprintln!("corpus: slow: {who} {secs:.2} s");
    }
    if !not_compiled.is_empty() {
        eprintln!(
            "corpus: TurboWarp did not compile (interpreted instead): {}",
            not_compiled.join(", ")
        );
    }
    assert!(
        report.is_empty() && matched == wanted,
        "{matched} of {wanted} corpus runs match native; problems:\n{}",
        report.join("\n")
    );
}
