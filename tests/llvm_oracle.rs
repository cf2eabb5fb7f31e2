//! Oracle: every committed `.ll` is parsed by LLVM itself (through the `llvm-ir` crate) and by
//! our pure-Rust parser, and the two must agree on globals (names, value types, initializers),
//! declarations, functions (names, parameter and return types), blocks (labels), every
//! instruction (opcode, result name and type, operands, flags, predicates, alignment) and
//! every terminator (kind, operands, targets, switch cases).
//!
//! Run: `LLVM_SYS_191_PREFIX=/usr/lib/llvm-19 cargo test --release --features llvm-oracle
//! --test llvm_oracle` (needs Debian `llvm-19-dev`; scripts/setup.sh installs it).
#![cfg(feature = "llvm-oracle")]

use std::path::{Path, PathBuf};

use llm2sb3::llvm as ours;
use llvm_ir as theirs;

/// Every `.ll` under prebuilt_ir/ and tests/ (skipping node_modules and target).
fn all_ll_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if e.file_name() != "node_modules" && e.file_name() != "target" {
                    walk(&p, out);
                }
            } else if p.extension().is_some_and(|x| x == "ll") {
                out.push(p);
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for d in ["prebuilt_ir", "tests"] {
        walk(&root.join(d), &mut out);
    }
    out.sort();
    out
}

#[path = "llvm/spelling.rs"]
mod spelling;
use spelling::*;

/// Collects every disagreement between the two parses of one file.
fn compare(path: &Path, mine: &ours::Module, llvm: &theirs::Module, diffs: &mut Vec<String>) {
    let f = path.display();
    let mut check = |what: String, a: String, b: String| {
        if a != b {
            diffs.push(format!("{f}: {what}: ours {a:?}, LLVM {b:?}"));
        }
    };
    let names = |v: Vec<String>| v.join(",");
    check(
        "global names".into(),
        names(mine.globals.iter().map(|g| g.name.clone()).collect()),
        names(
            llvm.global_vars
                .iter()
                .map(|g| their_name(&g.name))
                .collect(),
        ),
    );
    for (g, t) in mine.globals.iter().zip(&llvm.global_vars) {
        check(
            format!("@{} is constant", g.name),
            g.is_constant.to_string(),
            t.is_constant.to_string(),
        );
        check(
            format!("@{} has an initializer", g.name),
            g.init.is_some().to_string(),
            t.initializer.is_some().to_string(),
        );
        if let (Some(a), Some(b)) = (&g.init, &t.initializer) {
            // llvm-ir types a named-struct constant `{...}` by its body (it drops the name) but
            // keeps the name on `zeroinitializer`; compare at the level of naming it gives.
            let their_ty = their_type(&llvm.types.type_of(b));
            let our_ty = if their_ty.starts_with('%') {
                g.ty.to_string()
            } else {
                mine.resolve_type(&g.ty).to_string()
            };
            check(format!("@{} value type", g.name), our_ty, their_ty);
            check(
                format!("@{} initializer", g.name),
                our_const(a),
                their_const(b),
            );
        }
        check(
            format!("@{} align", g.name),
            g.align.unwrap_or(0).to_string(),
            t.alignment.to_string(),
        );
    }
    check(
        "alias names".into(),
        names(mine.aliases.iter().map(|a| a.name.clone()).collect()),
        names(
            llvm.global_aliases
                .iter()
                .map(|a| their_name(&a.name))
                .collect(),
        ),
    );
    for (a, t) in mine.aliases.iter().zip(&llvm.global_aliases) {
        check(
            format!("alias @{} target", a.name),
            our_const(&a.target),
            their_const(&t.aliasee),
        );
    }
    check(
        "declarations".into(),
        names(mine.declarations.iter().map(|d| d.name.clone()).collect()),
        names(
            llvm.func_declarations
                .iter()
                .map(|d| d.name.clone())
                .collect(),
        ),
    );
    for (d, t) in mine.declarations.iter().zip(&llvm.func_declarations) {
        let ours_sig = ours::Type::Function {
            ret: Box::new(d.ret.clone()),
            params: d.params.clone(),
            varargs: d.varargs,
        };
        let ps: Vec<String> = t.parameters.iter().map(|p| their_type(&p.ty)).collect();
        let var = if t.is_var_arg {
            if ps.is_empty() {
                "..."
            } else {
                ", ..."
            }
        } else {
            ""
        };
        check(
            format!("declaration @{} type", d.name),
            ours_sig.to_string(),
            format!("{} ({}{var})", their_type(&t.return_type), ps.join(", ")),
        );
    }
    check(
        "function names".into(),
        names(mine.functions.iter().map(|f| f.name.clone()).collect()),
        names(llvm.functions.iter().map(|f| f.name.clone()).collect()),
    );
    for (fun, tf) in mine.functions.iter().zip(&llvm.functions) {
        let fname = &fun.name;
        check(
            format!("@{fname} return type"),
            fun.ret.to_string(),
            their_type(&tf.return_type),
        );
        check(
            format!("@{fname} parameters"),
            fun.params
                .iter()
                .map(|p| format!("{} %{}", p.ty, p.name))
                .collect::<Vec<_>>()
                .join(", "),
            tf.parameters
                .iter()
                .map(|p| format!("{} %{}", their_type(&p.ty), their_name(&p.name)))
                .collect::<Vec<_>>()
                .join(", "),
        );
        check(
            format!("@{fname} block labels"),
            names(fun.blocks.iter().map(|b| b.name.clone()).collect()),
            names(
                tf.basic_blocks
                    .iter()
                    .map(|b| their_name(&b.name))
                    .collect(),
            ),
        );
        for (b, tb) in fun.blocks.iter().zip(&tf.basic_blocks) {
            let at = format!("@{fname} %{}", b.name);
            check(
                format!("{at} instruction count"),
                b.instrs.len().to_string(),
                tb.instrs.len().to_string(),
            );
            for (k, (i, ti)) in b.instrs.iter().zip(&tb.instrs).enumerate() {
                let at = format!("{at} instruction {k} (line {})", i.loc.line);
                check(
                    format!("{at} operands"),
                    our_detail(&i.op),
                    their_detail(ti),
                );
                check(
                    format!("{at} opcode"),
                    our_opcode(&i.op),
                    their_opcode(ti).to_string(),
                );
                check(
                    format!("{at} result"),
                    i.result.clone().unwrap_or_default(),
                    ti.try_get_result().map(their_name).unwrap_or_default(),
                );
                if i.result.is_some() {
                    let ty = llvm.types.type_of(ti);
                    check(
                        format!("{at} result type"),
                        our_result_type(mine, &i.op),
                        their_type(&ty),
                    );
                }
            }
            check(
                format!("{at} terminator"),
                our_term(&b.term).to_string(),
                their_term(&tb.term).to_string(),
            );
            check(
                format!("{at} terminator operands"),
                our_term_detail(&b.term),
                their_term_detail(&tb.term),
            );
        }
    }
}

#[test]
fn our_parser_agrees_with_llvm_on_every_committed_ll() {
    let files = all_ll_files();
    assert!(
        files.len() >= 22,
        "expected the 22 parser fixtures at least, found {}",
        files.len()
    );
    let mut diffs = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let mine = ours::parse_module(&text).unwrap_or_else(|e| panic!("{}:{e}", path.display()));
        let llvm = theirs::Module::from_ir_path(path)
            .unwrap_or_else(|e| panic!("LLVM rejects {}: {e}", path.display()));
        compare(path, &mine, &llvm, &mut diffs);
    }
    eprintln!("compared {} files with LLVM", files.len());
    assert!(
        diffs.is_empty(),
        "{} disagreements:\n{}",
        diffs.len(),
        diffs[..diffs.len().min(40)].join("\n")
    );
}

// llvm-ir's error strings carry no location, so `line`/`col` are checked against `llvm-as`
// by hand (see the table's header), not here.
#[allow(dead_code)]
#[path = "llvm/malformed.rs"]
mod malformed;

/// The malformed inputs our parser rejects are invalid for LLVM too (or marked as valid LLVM
/// that we reject on purpose), so the error tests do not test made-up rules.
#[test]
fn llvm_also_rejects_the_malformed_cases() {
    for case in malformed::MALFORMED {
        // (A "panicked at ... from_llvm_ref called with a terminator" line in the output of a
        // passing run comes from here and is expected.)
        // LLVM's parser does not run the verifier; llvm-ir then panics converting IR the
        // verifier would reject (a block with two terminators), which counts as rejecting.
        let llvm = std::panic::catch_unwind(|| theirs::Module::from_ir_str(case.text))
            .unwrap_or(Err(String::new()));
        assert_eq!(
            llvm.is_err(),
            case.llvm_rejects,
            "{}: LLVM {} it, the table says otherwise:\n{}",
            case.what,
            if llvm.is_err() { "rejects" } else { "accepts" },
            case.text
        );
        assert!(ours::parse_module(case.text).is_err());
    }
}
