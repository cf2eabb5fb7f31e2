//! The native build of prebuilt_ir/llama2_scratch.c (tests/native/host.c) against the Rust
//! reference: identical emitted tokens for every layout and sampling setting tested.

mod infer_support;

use infer_support::stories;
use llm2sb3::pack::{pack, Image, Layout, Quant};
use llm2sb3::reference::{generate, Settings};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Generation settings (steps, temperature, top-k, top-p, seed) with the clock at 0.
fn settings(steps: f64, temperature: f64, topk: f64, topp: f64, seed: f64) -> Settings {
    Settings {
        steps,
        temperature,
        topk,
        topp,
        seed,
        clock: 0.0,
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Build products and images live under target/ (cargo's per-test scratch directory).
fn tmp_dir() -> PathBuf {
    let d =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("native-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The C compiler: `$CC`, else `cc`, else clang-19 (installed by scripts/setup.sh).
fn c_compiler() -> String {
    if let Some(cc) = std::env::var_os("CC") {
        return cc.to_string_lossy().into_owned();
    }
    let works = |c: &str| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    ["cc", "gcc", "clang-19", "clang"]
        .into_iter()
        .find(|c| works(c))
        .expect("no C compiler found (tried $CC, cc, gcc, clang-19, clang)")
        .to_string()
}

/// Compiles the program and the host once per test process.
fn host_binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let dir = tmp_dir();
        let ir = repo().join("prebuilt_ir");
        let flags = [
            "-O2",
            "-ffp-contract=off",
            "-DSB3_NATIVE",
            "-std=c11",
            "-Wno-attributes",
            "-Wno-unknown-warning-option",
        ];
        let obj = dir.join("llama2_scratch.o");
        let cc = c_compiler();
        let st = Command::new(&cc)
            .args(flags)
            .arg("-I")
            .arg(&ir)
            .arg("-Dmain=llama2_main")
            .arg("-c")
            .arg(ir.join("llama2_scratch.c"))
            .arg("-o")
            .arg(&obj)
            .status()
            .expect("run the C compiler");
        assert!(st.success(), "compiling llama2_scratch.c failed");
        let bin = dir.join("host");
        let st = Command::new(&cc)
            .args(flags)
            .arg("-I")
            .arg(&ir)
            .arg(repo().join("tests/native/host.c"))
            .arg(&obj)
            .arg("-lm")
            .arg("-o")
            .arg(&bin)
            .status()
            .expect("run cc");
        assert!(st.success(), "compiling host.c failed");
        bin
    })
}

fn write_image(image: &Image, name: &str) -> PathBuf {
    let path = tmp_dir().join(name);
    let bytes: Vec<u8> = image.items.iter().flat_map(|v| v.to_le_bytes()).collect();
    std::fs::write(&path, bytes).unwrap();
    path
}

/// (emitted tokens, statuses) of the native run.
fn run_native(image: &Path, s: &Settings, prompt: &str) -> (Vec<(usize, usize)>, Vec<i32>) {
    let out = Command::new(host_binary())
        .arg(image)
        .args([s.steps, s.temperature, s.topk, s.topp, s.seed].map(|v| v.to_string()))
        .arg(prompt)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "native run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut tokens = Vec::new();
    let mut status = Vec::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "T" => tokens.push((f[1].parse().unwrap(), f[2].parse().unwrap())),
            "S" => status.push(f[1].parse().unwrap()),
            _ => panic!("unexpected host output {line}"),
        }
    }
    (tokens, status)
}

const PROMPT: &str = "Once upon a time, Tom said: \"Héllo, WORLD 😀!\"";

fn check_layout(name: &str, layout: Layout) {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &layout).unwrap();
    let path = write_image(&image, &format!("{name}.bin"));
    let greedy = settings(80.0, 0.0, 0.0, 0.0, 1.0);
    let sampled = settings(80.0, 0.8, 40.0, 0.9, 1234.0);
    let topp_only = Settings {
        topk: 0.0,
        seed: 99.0,
        ..sampled
    };
    let topk_only = Settings {
        topp: 1.0,
        seed: 7.0,
        ..sampled
    };
    let plain = Settings {
        topk: 0.0,
        topp: 0.0,
        seed: 5.0,
        ..sampled
    };
    for (label, s) in [
        ("greedy", greedy),
        ("sampled", sampled),
        ("topp", topp_only),
        ("topk", topk_only),
        ("plain", plain),
    ] {
        for prompt in ["", PROMPT] {
            let r = generate(&image, &s, prompt).unwrap();
            let (native, status) = run_native(&path, &s, prompt);
            assert_eq!(status, vec![1, 2], "{name} {label}: status sequence");
            assert!(
                r.emitted.len() > 20,
                "{name} {label}: only {} tokens",
                r.emitted.len()
            );
            assert_eq!(
                native, r.emitted,
                "{name} {label} prompt={prompt:?}: native vs reference"
            );
        }
    }
    let _ = std::fs::remove_file(path);
}

#[test]
fn native_matches_reference_q8_group4() {
    check_layout(
        "q8g4",
        Layout {
            quant: Quant::Q8,
            group: 4,
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_q8_group32() {
    check_layout(
        "q8g32",
        Layout {
            quant: Quant::Q8,
            group: 32,
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_float() {
    check_layout(
        "float",
        Layout {
            quant: Quant::Float,
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_w8a8_group32() {
    check_layout(
        "w8a8g32",
        Layout {
            quant: Quant::W8a8,
            group: 32,
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_w8a8_group43_short_context() {
    // the generic W8A8 kernel: ragged groups in every dim row (64 = 43 + 21)
    check_layout(
        "w8a8g43",
        Layout {
            quant: Quant::W8a8,
            group: 43,
            seq: Some(100),
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_w8a8_odd_vocab_unshared_classifier() {
    use llm2sb3::model::testing::{random_checkpoint, simple_tokenizer};
    use llm2sb3::model::{parse_tokenizer, write_tokenizer, Config};
    // 101 rows: the classifier's and the embedding's last row pairs with a zero row; at
    // group 32 the group-32 kernel sees a row shorter than a group (24) and a ragged one (40)
    let config = Config {
        dim: 24,
        hidden_dim: 40,
        n_layers: 2,
        n_heads: 6,
        n_kv_heads: 3,
        vocab_size: 101,
        seq_len: 24,
        shared_classifier: false,
    };
    let ck = random_checkpoint(config, 17);
    let tok = parse_tokenizer(&write_tokenizer(&simple_tokenizer(101))).unwrap();
    for group in [5, 32] {
        let layout = Layout {
            quant: Quant::W8a8,
            group,
            ..Layout::default()
        };
        let image = pack(&ck, &tok, &layout).unwrap();
        let path = write_image(&image, &format!("odd-w8a8g{group}.bin"));
        for s in [
            settings(0.0, 0.0, 0.0, 0.0, 1.0),
            settings(24.0, 1.0, 0.0, 0.0, 4.0),
        ] {
            let r = generate(&image, &s, "the cat").unwrap();
            let (native, _) = run_native(&path, &s, "the cat");
            assert!(r.emitted.len() > 5, "group {group}: {:?}", r.emitted);
            assert_eq!(native, r.emitted, "odd vocab, group {group}, {s:?}");
        }
        let _ = std::fs::remove_file(path);
    }
}

#[test]
fn native_matches_reference_q8_group43_short_context() {
    // 43 divides hidden 172 but not dim 64: ragged groups in every dim row, odd item counts
    check_layout(
        "q8g43",
        Layout {
            quant: Quant::Q8,
            group: 43,
            seq: Some(100),
            ..Layout::default()
        },
    );
}

#[test]
fn native_matches_reference_on_a_tiny_random_model() {
    let (ck, tok) = infer_support::tiny_random();
    for (name, layout) in [
        (
            "tiny-q8g5",
            Layout {
                quant: Quant::Q8,
                group: 5,
                ..Layout::default()
            },
        ),
        (
            "tiny-q8g24",
            Layout {
                quant: Quant::Q8,
                group: 24,
                ..Layout::default()
            },
        ),
        (
            "tiny-q8g27",
            Layout {
                quant: Quant::Q8,
                group: 27,
                ..Layout::default()
            },
        ),
        (
            "tiny-float",
            Layout {
                quant: Quant::Float,
                seq: Some(20),
                ..Layout::default()
            },
        ),
        (
            "tiny-w8a8g7",
            Layout {
                quant: Quant::W8a8,
                group: 7,
                ..Layout::default()
            },
        ),
        (
            // one group per hidden row (30), 24 + 6 on dim rows
            "tiny-w8a8g24",
            Layout {
                quant: Quant::W8a8,
                group: 24,
                ..Layout::default()
            },
        ),
    ] {
        let image = pack(&ck, &tok, &layout).unwrap();
        let path = write_image(&image, &format!("{name}.bin"));
        for s in [
            settings(0.0, 0.0, 0.0, 0.0, 1.0),
            settings(24.0, 1.0, 10.0, 0.95, 3.0),
            settings(30.0, 1.2, 0.0, 0.0, 8.0),
        ] {
            for prompt in ["", "the cat sat on the mat, é!"] {
                let r = generate(&image, &s, prompt).unwrap();
                let (native, _) = run_native(&path, &s, prompt);
                assert!(!r.emitted.is_empty(), "{name}: nothing emitted");
                assert_eq!(native, r.emitted, "{name} {s:?} prompt={prompt:?}");
            }
        }
        let _ = std::fs::remove_file(path);
    }
}

#[test]
fn native_matches_reference_on_v1_and_v2_files_of_the_tiny_model() {
    use llm2sb3::model::{
        parse_checkpoint, parse_tokenizer, write_checkpoint, write_tokenizer, Format,
    };
    let (mut ck, tok) = infer_support::tiny_random();
    let tok = parse_tokenizer(&write_tokenizer(&tok)).unwrap();
    ck.group_size = Some(6); // divides dim 24 and hidden 30
    let v1 = parse_checkpoint(&write_checkpoint(&ck, Format::V1).unwrap()).unwrap();
    let v2 = parse_checkpoint(&write_checkpoint(&ck, Format::V2).unwrap()).unwrap();
    assert_eq!(v2.group_size, Some(6));
    let sampled = settings(24.0, 0.9, 12.0, 0.9, 11.0);
    for (name, ck, layout, lossless) in [
        (
            "v1-q8g6",
            &v1,
            Layout {
                quant: Quant::Q8,
                group: 6,
                ..Layout::default()
            },
            false,
        ),
        (
            "v2-q8g6",
            &v2,
            Layout {
                quant: Quant::Q8,
                group: 6,
                ..Layout::default()
            },
            true,
        ),
        (
            "v2-q8g8",
            &v2,
            Layout {
                quant: Quant::Q8,
                group: 8,
                ..Layout::default()
            },
            false,
        ),
        (
            "v2-float",
            &v2,
            Layout {
                quant: Quant::Float,
                ..Layout::default()
            },
            false,
        ),
        (
            "v2-w8a8g6",
            &v2,
            Layout {
                quant: Quant::W8a8,
                group: 6,
                ..Layout::default()
            },
            true,
        ),
        (
            "v2-w8a8g5",
            &v2,
            Layout {
                quant: Quant::W8a8,
                group: 5,
                ..Layout::default()
            },
            false,
        ),
    ] {
        let image = pack(ck, &tok, &layout).unwrap();
        let copied = image
            .report
            .notes
            .iter()
            .any(|n| n.contains("without requantizing"));
        assert_eq!(copied, lossless, "{name}: {:?}", image.report.notes);
        let path = write_image(&image, &format!("{name}.bin"));
        let r = generate(&image, &sampled, "the").unwrap();
        let (native, _) = run_native(&path, &sampled, "the");
        assert_eq!(native, r.emitted, "{name}");
        let _ = std::fs::remove_file(path);
    }
    // v1 quantized at group 6 and v2's own group-6 data are the same numbers
    let a = pack(
        &v1,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: 6,
            ..Layout::default()
        },
    )
    .unwrap();
    let b = pack(
        &v2,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: 6,
            ..Layout::default()
        },
    )
    .unwrap();
    assert_eq!(a.items, b.items);
    // the same for W8A8: v1 quantized at group 6 equals v2's own data, paired
    let w = |ck| {
        let layout = Layout {
            quant: Quant::W8a8,
            group: 6,
            ..Layout::default()
        };
        pack(ck, &tok, &layout).unwrap().items
    };
    assert_eq!(w(&v1), w(&v2));
}
