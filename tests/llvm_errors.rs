//! Malformed IR gives `Err` with the right line:column and a message naming what was found
//! and what was expected, never a panic: truncations of real files at every line and at many
//! byte offsets, and one test per kind of mistake.

use std::path::PathBuf;

use llm2sb3::llvm::{parse_module, Loc, ParseError};

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/llvm/fixtures")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn err(text: &str) -> ParseError {
    match parse_module(text) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => e,
    }
}

/// Asserts the error is at `line:col` and its message contains each of `words`.
fn assert_err(text: &str, line: u32, col: u32, words: &[&str]) {
    let e = err(text);
    assert_eq!(e.loc, Loc { line, col }, "wrong location for {e}\n{text}");
    for w in words {
        assert!(e.message.contains(w), "message {:?} lacks {w:?}", e.message);
    }
    assert!(e.to_string().starts_with(&format!("{line}:{col}: ")), "{e}");
}

/// Byte ranges of function bodies (`define` to the closing `}` line).
fn body_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with("define ") {
            start = Some(pos);
        }
        if line.starts_with('}') {
            if let Some(s) = start.take() {
                out.push((s, pos));
            }
        }
        pos += line.len();
    }
    out
}

/// Checks one truncation: no panic (the call returns), an error inside a body, and an
/// error location inside the truncated text.
fn check_truncation(text: &str, cut: usize, bodies: &[(usize, usize)]) {
    let t = &text[..cut];
    let inside = bodies.iter().any(|&(s, e)| cut > s && cut <= e);
    match parse_module(t) {
        Ok(_) => assert!(
            !inside,
            "truncation at byte {cut} inside a function body parsed without error"
        ),
        Err(e) => {
            let lines = t.split('\n').count() as u32;
            assert!(
                e.loc.line >= 1 && e.loc.line <= lines,
                "error line {} outside 1..={lines} for cut {cut}: {e}",
                e.loc.line
            );
            let line_text = t.split('\n').nth(e.loc.line as usize - 1).unwrap_or("");
            assert!(
                e.loc.col >= 1 && e.loc.col as usize <= line_text.len() + 1,
                "error column out of range for cut {cut}: {e}"
            );
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn truncated_at_every_line_and_many_offsets() {
    let mut checked = 0;
    for name in [
        "structs.O0.ll",
        "switches.O2.ll",
        "floats.O2.ll",
        "globals.O0.ll",
        "annotate.O0.ll",
    ] {
        let text = fixture(name);
        let bodies = body_ranges(&text);
        assert!(!bodies.is_empty());
        let mut cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
        cuts.extend((0..text.len()).step_by(11));
        for cut in cuts {
            if text.is_char_boundary(cut) {
                check_truncation(&text, cut, &bodies);
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} truncations");
}

#[test]
fn unknown_instruction() {
    assert_err(
        "define void @f() {\nentry:\n  %x = frobnicate i32 1\n  ret void\n}\n",
        3,
        8,
        &["unknown instruction", "frobnicate"],
    );
    assert_err(
        "define void @f() {\nentry:\n  %x = atomicrmw add ptr null, i32 1 seq_cst\n  ret void\n}\n",
        3,
        8,
        &["atomicrmw", "not supported"],
    );
}

#[test]
fn bad_types() {
    assert_err("@g = global i0 0\n", 1, 13, &["i0", "width"]);
    assert_err(
        "@g = global [x i32] zeroinitializer\n",
        1,
        14,
        &["expected a non-negative integer", "'x'"],
    );
    assert_err(
        "@g = global ptr addrspace(",
        1,
        27,
        &["address space", "end of file"],
    );
    assert_err(
        "@g = global [4 x i32 zeroinitializer\n",
        1,
        22,
        &["']'", "zeroinitializer"],
    );
    assert_err("@g = global i32* null\n", 1, 16, &["typed pointers"]);
    assert_err(
        "@g = global %struct.missing zeroinitializer\n",
        1,
        13,
        &["undefined type", "%struct.missing"],
    );
    assert_err(
        "@g = global x86_fp80 0xK00000000000000000000\n",
        1,
        13,
        &["x86_fp80", "not supported"],
    );
}

#[test]
fn unterminated_strings() {
    assert_err(
        "@s = constant [2 x i8] c\"a\\00\n@t = global i32 0\n",
        1,
        24,
        &["unterminated string"],
    );
    assert_err("source_filename = \"abc", 1, 19, &["unterminated string"]);
}

#[test]
fn wrong_operand_types() {
    assert_err(
        "define i32 @f(i32 %a) {\n  %b = add i32 %a, 1.5\n  ret i32 %b\n}\n",
        2,
        20,
        &["1.5", "'i32'"],
    );
    assert_err(
        "define void @f(i32 %a) {\n  store i32 1, ptr %a\n  ret void\n}\n",
        2,
        20,
        &["'%a' has type 'i32'", "'ptr'"],
    );
    assert_err(
        "define i32 @f(float %a) {\n  %b = add float %a, %a\n  ret i32 0\n}\n",
        2,
        12,
        &["'add' needs an integer type", "float"],
    );
    assert_err(
        "define i32 @f(i32 %a) {\n  ret float 1.0\n}\n",
        2,
        7,
        &["returns 'float'", "'i32'"],
    );
    assert_err(
        "define void @f(i32 %a) {\n  br i32 %a, label %x, label %x\nx:\n  ret void\n}\n",
        2,
        6,
        &["'i1'", "i32"],
    );
    assert_err("@g = global i8 256\n", 1, 16, &["256", "i8"]);
    assert_err(
        "@g = global float 0.1\n",
        1,
        19,
        &["not exactly representable"],
    );
    assert_err(
        "@g = global [2 x i32] [i32 1]\n",
        1,
        23,
        &["1 elements", "needs 2"],
    );
    assert_err(
        "@g = global [3 x i8] c\"ab\"\n",
        1,
        22,
        &["2 bytes", "[3 x i8]"],
    );
    assert_err(
        "define void @f(i32 %a) {\n  %b = trunc i32 %a to i64\n  ret void\n}\n",
        2,
        8,
        &["invalid cast", "trunc"],
    );
}

#[test]
fn missing_terminator() {
    assert_err(
        "define void @f() {\nentry:\n  %x = add i32 1, 2\n}\n",
        4,
        1,
        &["does not end with a terminator", "%entry"],
    );
    assert_err(
        "define void @f() {\na:\n  %x = add i32 1, 2\nb:\n  ret void\n}\n",
        4,
        1,
        &["%a", "terminator"],
    );
}

#[test]
fn duplicate_names() {
    assert_err(
        "define void @f(i32 %a) {\n  %a = add i32 1, 2\n  ret void\n}\n",
        2,
        3,
        &["redefinition of '%a'"],
    );
    assert_err(
        "@g = global i32 0\n@g = global i32 1\n",
        2,
        1,
        &["redefinition of '@g'", "1:1"],
    );
    assert_err(
        "define void @f() {\nx:\n  br label %x\nx:\n  ret void\n}\n",
        4,
        1,
        &["redefinition of label '%x'"],
    );
    assert_err(
        "define void @f() {\n  ret void\n}\ndeclare void @f()\n",
        4,
        14,
        &["redefinition of '@f'"],
    );
}

#[test]
fn undefined_names() {
    assert_err(
        "define void @f() {\nentry:\n  br label %nowhere\n}\n",
        3,
        12,
        &["undefined label '%nowhere'"],
    );
    assert_err(
        "define i32 @f() {\nentry:\n  ret i32 %zz\n}\n",
        3,
        11,
        &["undefined value '%zz'"],
    );
    assert_err(
        "define void @f() {\n  call void @g()\n  ret void\n}\n",
        2,
        13,
        &["undefined global '@g'"],
    );
    assert_err(
        "define void @f() #7 {\n  ret void\n}\n",
        1,
        18,
        &["attribute group '#7'"],
    );
}

#[test]
fn numbering_and_structure() {
    // The unlabeled entry block is %1, so the first instruction must be %2.
    assert_err(
        "define void @f(i32 %0) {\n  %3 = add i32 %0, 1\n  ret void\n}\n",
        2,
        3,
        &["numbered '%2'", "'%3'"],
    );
    assert_err("define void @f() {\n}\n", 2, 1, &["no basic blocks"]);
    assert_err("define void @f() {\n  ret void\n", 3, 1, &["end of file"]);
    assert_err("garbage\n", 1, 1, &["top-level", "'garbage'"]);
    assert_err(
        "define void @f() {\n  ret void\n}\n^",
        4,
        1,
        &["unexpected character"],
    );
}
