//! The parser on every committed `.ll` file and on the fixtures in tests/llvm/fixtures.

use std::path::{Path, PathBuf};

use llm2sb3::llvm::{parse_module, ConstExpr, Constant, Terminator, Type};

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

#[test]
fn fixtures_have_what_the_c_says() {
    let read = |name: &str| {
        let p = repo_root().join("tests/llvm/fixtures").join(name);
        parse_module(&std::fs::read_to_string(&p).unwrap()).unwrap()
    };
    // Annotations reach the functions they name; attribute groups are resolved.
    for opt in ["O0", "O2"] {
        let m = read(&format!("annotate.{opt}.ll"));
        let attrs = |f: &str| {
            m.functions
                .iter()
                .find(|x| x.name == f)
                .unwrap()
                .attrs
                .clone()
        };
        assert!(
            attrs("animate").contains(&"sb3_nowarp".to_string()),
            "{opt}: {:?}",
            attrs("animate")
        );
        assert!(attrs("main").contains(&"sb3_nowarp".to_string()));
        assert!(attrs("helper").contains(&"another".to_string()));
        assert!(!attrs("helper").contains(&"sb3_nowarp".to_string()));
        assert!(attrs("helper").contains(&"noinline".to_string()));
        assert!(attrs("helper").contains(&"nounwind".to_string()));
        assert_eq!(m.aliases.len(), 1);
        assert_eq!(m.aliases[0].name, "__main_void");
        assert_eq!(m.aliases[0].target, Constant::GlobalRef("main".into()));
    }
    // byval and sret parameters.
    let m = read("aggregates.O0.ll");
    let cmul = m.functions.iter().find(|f| f.name == "cmul").unwrap();
    assert_eq!(
        cmul.params[0].attrs.sret,
        Some(Type::Named("struct.cpx".into()))
    );
    assert_eq!(
        cmul.params[1].attrs.byval,
        Some(Type::Named("struct.cpx".into()))
    );
    assert_eq!(cmul.params[1].attrs.align, Some(4));
    assert_eq!(
        m.types["struct.quad"],
        Type::Struct {
            fields: vec![Type::Int(32); 4],
            packed: false
        }
    );
    // Globals of every kind.
    let m = read("globals.O0.ll");
    let g = |n: &str| {
        m.globals
            .iter()
            .find(|g| g.name == n)
            .unwrap_or_else(|| panic!("no @{n}"))
    };
    assert_eq!(
        g("init_int").init,
        Some(Constant::Int {
            bits: 32,
            value: 42
        })
    );
    assert_eq!(
        g("static_int").init,
        Some(Constant::Int {
            bits: 32,
            value: (-5i32) as u32 as u128
        })
    );
    assert_eq!(g("ext_int").init, None);
    assert!(g("const_int").is_constant);
    assert_eq!(
        g("bytes").init,
        Some(Constant::Bytes(vec![1, 2, 255, 0, 128]))
    );
    assert_eq!(g("bigs").align, Some(16));
    let Some(Constant::Array { elems, .. }) = &g("floats").init else {
        panic!()
    };
    assert_eq!(
        elems[0],
        Constant::Float {
            ty: Type::Float,
            value: 0.1f32 as f64
        }
    );
    assert_eq!(
        elems[1],
        Constant::Float {
            ty: Type::Float,
            value: -0.0
        }
    );
    assert!(matches!(elems[1], Constant::Float { value, .. } if value.is_sign_negative()));
    assert_eq!(
        elems[2],
        Constant::Float {
            ty: Type::Float,
            value: 1e30f32 as f64
        }
    );
    let Some(Constant::Expr(e)) = &g("ptr_into_array").init else {
        panic!()
    };
    assert!(matches!(&**e, ConstExpr::Gep { base: Constant::GlobalRef(b), .. } if b == "matrix"));
    // Switches with many cases.
    let m = read("switches.O0.ll");
    let f = m.functions.iter().find(|f| f.name == "classify").unwrap();
    let cases: Vec<u128> = f
        .blocks
        .iter()
        .find_map(|b| match &b.term {
            Terminator::Switch { cases, .. } => Some(cases.iter().map(|(c, _)| match c {
                Constant::Int { value, .. } => *value,
                _ => panic!(),
            })),
            _ => None,
        })
        .unwrap()
        .collect();
    assert_eq!(cases.len(), 11);
    assert!(cases.contains(&(u32::MAX as u128)) && cases.contains(&1000000));
    // Intrinsics are ordinary declarations.
    let m = read("memops.O2.ll");
    let decls: Vec<&str> = m.declarations.iter().map(|d| d.name.as_str()).collect();
    assert!(decls.contains(&"llvm.memset.p0.i32"), "{decls:?}");
    assert!(decls.contains(&"llvm.memcpy.p0.p0.i32"), "{decls:?}");
    let m = read("floats.O2.ll");
    assert!(m.declarations.iter().any(|d| d.name == "llvm.sqrt.f32"));
    assert!(m.declarations.iter().any(|d| d.name == "llvm.fabs.f32"));
}

#[test]
fn lookups_and_llvm_tables() {
    let p = repo_root().join("tests/llvm/fixtures/annotate.O2.ll");
    let m = parse_module(&std::fs::read_to_string(p).unwrap()).unwrap();
    assert_eq!(m.function("helper").unwrap().params.len(), 1);
    assert!(m.function("sb3_out_int").is_none());
    assert_eq!(
        m.declaration("sb3_out_int").unwrap().params,
        vec![Type::Int(32)]
    );
    assert!(m
        .global("llvm.global.annotations")
        .unwrap()
        .is_llvm_metadata());
    assert!(!m.global("state").unwrap().is_llvm_metadata());
    assert_eq!(
        Type::Array(2, Box::new(Type::Named("s".into()))).to_string(),
        "[2 x %s]"
    );
    let f = Type::Function {
        ret: Box::new(Type::Void),
        params: vec![Type::Ptr, Type::Int(1)],
        varargs: true,
    };
    assert_eq!(f.to_string(), "void (ptr, i1, ...)");
}
