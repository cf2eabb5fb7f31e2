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

#[path = "llvm/malformed.rs"]
mod malformed;

#[test]
fn every_malformed_case_is_rejected_at_its_location() {
    assert!(malformed::MALFORMED.len() >= 30);
    for case in malformed::MALFORMED {
        eprintln!("case: {}", case.what);
        assert_err(case.text, case.line, case.col, case.words);
    }
    // Most cases are invalid IR, not just unsupported (the oracle test asks LLVM).
    let invalid = malformed::MALFORMED
        .iter()
        .filter(|c| c.llvm_rejects)
        .count();
    assert!(
        invalid * 3 >= malformed::MALFORMED.len() * 2,
        "{invalid} invalid"
    );
}

#[test]
fn numbering_gaps_are_allowed_as_in_llvm_19() {
    let f = "define void @f(i32 %0) {\n  %3 = add i32 %0, 1\n  br label %7\n7:\n  ret void\n}\n";
    let m = parse_module(f).unwrap();
    assert_eq!(m.functions[0].blocks[1].name, "7");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let n = 100_000;
    let ty = format!("{}i32{}", "[1 x ".repeat(n), "]".repeat(n));
    let e = err(&format!("@g = global {ty} zeroinitializer\n"));
    assert!(e.message.contains("nested too deeply"), "{e}");
    let c = format!(
        "@g = global ptr {}@g{}\n",
        "getelementptr (i8, ptr ".repeat(n),
        ")".repeat(n)
    );
    let e = err(&c);
    assert!(e.message.contains("nested too deeply"), "{e}");
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn random_mutations_never_panic() {
    const PIECES: &[&str] = &[
        "[",
        "]",
        "{",
        "}",
        "(",
        ")",
        "<",
        ">",
        ",",
        "=",
        "%",
        "@",
        "!",
        "#",
        "\"",
        "c\"",
        "0x",
        "-",
        "x",
        "i32",
        "i0",
        "ptr",
        "label",
        "...",
        ":",
        "\n",
        "%0",
        "@main",
        "zeroinitializer",
        "getelementptr",
        "br",
        "phi",
        "é",
        "\\",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut parsed = 0;
    for name in ["aggregates.O2.ll", "loops.O2.ll", "strings.O0.ll"] {
        let text = fixture(name);
        for _ in 0..400 {
            let mut t = text.clone();
            for _ in 0..1 + rng.below(3) {
                let mut at = rng.below(t.len());
                while !t.is_char_boundary(at) {
                    at -= 1;
                }
                match rng.below(3) {
                    0 => t.insert_str(at, PIECES[rng.below(PIECES.len())]),
                    1 => {
                        let mut end = (at + 1 + rng.below(12)).min(t.len());
                        while !t.is_char_boundary(end) {
                            end += 1;
                        }
                        t.replace_range(at..end, "");
                    }
                    _ => {
                        let mut end = (at + 1 + rng.below(4)).min(t.len());
                        while !t.is_char_boundary(end) {
                            end += 1;
                        }
                        t.replace_range(at..end, PIECES[rng.below(PIECES.len())]);
                    }
                }
            }
            // Must return (no panic); an error must point inside the text.
            if let Err(e) = parse_module(&t) {
                let lines = t.split('\n').count() as u32;
                assert!(e.loc.line >= 1 && e.loc.line <= lines, "{e}");
            }
            parsed += 1;
        }
    }
    assert_eq!(parsed, 1200);
}
