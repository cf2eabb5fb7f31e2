//! The parser on every committed `.ll` file and on the fixtures in tests/llvm/fixtures.

use std::path::{Path, PathBuf};

use llm2sb3::llvm::parse_module;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.ll` under prebuilt_ir/ and tests/ (skipping node_modules and target dirs).
fn all_ll_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = e.file_name();
            if p.is_dir() {
                if name != "node_modules" && name != "target" {
                    walk(&p, out);
                }
            } else if p.extension().is_some_and(|x| x == "ll") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for d in ["prebuilt_ir", "tests"] {
        walk(&repo_root().join(d), &mut out);
    }
    out.sort();
    out
}

#[test]
fn every_committed_ll_parses() {
    let files = all_ll_files();
    assert!(
        files.len() >= 22,
        "expected the 22 fixtures at least, found {}",
        files.len()
    );
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let m = parse_module(&text).unwrap_or_else(|e| panic!("{}:{e}", f.display()));
        assert!(!m.functions.is_empty(), "{}: no functions", f.display());
        assert_eq!(
            m.triple.as_deref(),
            Some("wasm32-unknown-unknown"),
            "{}",
            f.display()
        );
        for func in &m.functions {
            assert!(!func.blocks.is_empty());
        }
    }
}
