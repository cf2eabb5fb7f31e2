//! Shared helpers of the lowering end-to-end tests: compile C with clang-19 and natively,
//! lower, run on the interpreter, compare outputs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use llm2sb3::lower::sim::{to_number, Sim, V};
use llm2sb3::lower::{lower_module, LowerOptions, Program};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether clang-19 can be run.
pub fn clang_available() -> bool {
    Command::new("clang-19")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("llm2sb3-lower-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Compiles `src` to textual IR at `opt` (e.g. "-O2") with the project's clang flags.
pub fn compile_ll(dir: &Path, name: &str, src: &str, opt: &str) -> String {
    let c = dir.join(format!("{name}.c"));
    std::fs::write(&c, src).unwrap();
    let flags = std::fs::read_to_string(root().join("prebuilt_ir/clang-flags")).unwrap();
    let out = Command::new("clang-19")
        .args(flags.split_whitespace())
        .arg(opt)
        .arg("-I")
        .arg(root().join("prebuilt_ir"))
        .arg(&c)
        .arg("-o")
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "clang failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One expected output item of the native run.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// sb3_out_int
    Int(i64),
    /// sb3_out_double (exact)
    Double(f64),
    /// sb3_out_char
    Char(u8),
}

/// Runs `src` natively and returns its output items.
pub fn native(dir: &Path, name: &str, src: &str) -> Vec<Item> {
    let c = dir.join(format!("{name}.c"));
    std::fs::write(&c, src).unwrap();
    let exe = dir.join(format!("{name}.native"));
    let out = Command::new("cc")
        .args(["-O1", "-DSB3_NATIVE", "-ffp-contract=off", "-I"])
        .arg(root().join("prebuilt_ir"))
        .arg(&c)
        .arg(root().join("tests/lower/native_stub.c"))
        .arg("-o")
        .arg(&exe)
        .arg("-lm")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = Command::new(&exe).output().unwrap();
    String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (tag, v) = l.split_at(2);
            match tag {
                "i:" => Item::Int(v.parse().unwrap()),
                "c:" => Item::Char(v.parse().unwrap()),
                _ => Item::Double(parse_hex_float(v)),
            }
        })
        .collect()
}

fn parse_hex_float(s: &str) -> f64 {
    match s {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" | "-nan" => return f64::NAN,
        _ => {}
    }
    let neg = s.starts_with('-');
    let s = s.trim_start_matches('-').trim_start_matches("0x");
    let (mant, exp) = s.split_once('p').unwrap();
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = u64::from_str_radix(ip, 16).unwrap() as f64;
    let mut scale = 1.0 / 16.0;
    for ch in fp.chars() {
        v += ch.to_digit(16).unwrap() as f64 * scale;
        scale /= 16.0;
    }
    let e: i32 = exp.parse().unwrap();
    let r = v * 2f64.powi(e);
    if neg {
        -r
    } else {
        r
    }
}

/// Lowers IR text for `opts`.
pub fn lower_text(ll: &str, opts: &LowerOptions) -> Program {
    let m = llm2sb3::llvm::parse_module(ll).unwrap_or_else(|e| panic!("parse: {e}"));
    lower_module(&m, opts).unwrap_or_else(|e| panic!("lower: {e}"))
}

/// Runs a program on the interpreter; returns `out` and the blocks executed.
pub fn run_sim(p: &Program) -> (Vec<V>, u64) {
    let mut sim = Sim::new(p, 2_000_000_000);
    sim.run(p).unwrap_or_else(|e| panic!("sim: {e:?}"));
    let status = sim.vars.get("status").cloned();
    assert_eq!(status, Some(V::Str("done".into())), "status after the run");
    let out_id = p.lists.iter().find(|l| l.name == "out").unwrap().id.clone();
    let first = sim.lists[&out_id].clone();
    let steps = sim.steps;
    // a second green flag in the same VM state must print the same (globals re-initialised)
    sim.run(p)
        .unwrap_or_else(|e| panic!("sim (second run): {e:?}"));
    assert_eq!(sim.lists[&out_id], first, "second run differs");
    (first, steps)
}

/// Whether a Scratch output item matches the native one.
pub fn matches(got: &V, want: &Item) -> bool {
    match want {
        Item::Int(i) => to_number(got) == *i as f64,
        Item::Double(d) => {
            let g = match got {
                V::Num(n) => *n,
                other => to_number(other),
            };
            g.to_bits() == d.to_bits() || (g.is_nan() && d.is_nan())
        }
        Item::Char(c) => {
            matches!(got, V::Str(s) if s.chars().count() == 1 && s.chars().next() == char::from_u32(*c as u32))
        }
    }
}

/// Compiles `src` at -O0 and -O2, lowers for both targets, runs, compares with native.
pub fn check_program(name: &str, src: &str) {
    let dir = tmpdir(name);
    let want = native(&dir, name, src);
    for opt in ["-O0", "-O2"] {
        let ll = compile_ll(&dir, name, src, opt);
        let p = lower_text(&ll, &LowerOptions::default());
        let (got, _) = run_sim(&p);
        let ok = got.len() == want.len() && got.iter().zip(&want).all(|(g, w)| matches(g, w));
        assert!(ok, "{name} {opt}: got {got:?}\nwant {want:?}");
    }
}
