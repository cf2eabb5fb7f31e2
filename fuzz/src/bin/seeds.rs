//! Writes the seed corpus: `cargo run --release --bin seeds -- fuzz/corpus` (scripts/fuzz.sh
//! builds it with the fuzz flags). Checkpoints and tokenizers come from the library's own
//! writer; IR files are the smallest committed `.ll` files; presets are share-link queries.

extern crate libfuzzer_sys; // the instrumented code's coverage callbacks live in libFuzzer

use std::fs;
use std::path::Path;

use llm2sb3::model::{self, Checkpoint, Config, Format, Tensor, Tokenizer, Weights};

fn config(
    dim: usize,
    hidden: usize,
    heads: usize,
    kv: usize,
    vocab: usize,
    shared: bool,
) -> Config {
    Config {
        dim,
        hidden_dim: hidden,
        n_layers: 1,
        n_heads: heads,
        n_kv_heads: kv,
        vocab_size: vocab,
        seq_len: 8,
        shared_classifier: shared,
    }
}

/// Deterministic weights in [-1, 1) (no RNG crate needed).
fn values(n: usize, seed: usize) -> Vec<f32> {
    (0..n)
        .map(|i| (((i * 7919 + seed * 104_729) % 2001) as f32 - 1000.0) / 1000.0)
        .collect()
}

fn checkpoint(c: Config) -> Checkpoint {
    let (l, d, h, v, kv) = (c.n_layers, c.dim, c.hidden_dim, c.vocab_size, c.kv_dim());
    let t = |n: usize, s: usize| Tensor::F32(values(n, s));
    Checkpoint {
        format: Format::V1,
        config: c,
        group_size: None,
        weights: Weights {
            token_embedding: t(v * d, 1),
            rms_att: vec![1.0; l * d],
            wq: t(l * d * d, 2),
            wk: t(l * kv * d, 3),
            wv: t(l * kv * d, 4),
            wo: t(l * d * d, 5),
            rms_ffn: vec![1.0; l * d],
            w1: t(l * h * d, 6),
            w2: t(l * d * h, 7),
            w3: t(l * h * d, 8),
            rms_final: vec![1.0; d],
            wcls: (!c.shared_classifier).then(|| t(v * d, 9)),
        },
    }
}

fn tokenizer(vocab: usize) -> Tokenizer {
    let mut pieces: Vec<Vec<u8>> =
        vec![b"<unk>".to_vec(), b"\n<s>\n".to_vec(), b"\n</s>\n".to_vec()];
    let mut i = 0u8;
    while pieces.len() < vocab {
        pieces.push(match i % 4 {
            0 => vec![b'a' + i % 26],
            1 => format!("<0x{:02X}>", i).into_bytes(),
            2 => vec![b' ', b'a' + i % 26, b'b'],
            _ => "é".as_bytes().to_vec(),
        });
        i = i.wrapping_add(1);
    }
    pieces.truncate(vocab);
    let scores = (0..pieces.len()).map(|i| -(i as f32)).collect();
    Tokenizer {
        max_token_length: pieces.iter().map(Vec::len).max().unwrap_or(1),
        vocab: pieces,
        scores,
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(name), bytes).unwrap();
}

/// A pipeline input in `pipeline_input`'s layout: shape bytes, a query, no patch, then
/// token and weight bytes.
fn pipeline_seed(shape: [u8; 10], query: &str, fill: u8) -> Vec<u8> {
    let mut out = shape.to_vec();
    out.push(query.len() as u8);
    out.extend_from_slice(query.as_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend((0..3000u32).map(|i| (i as u8).wrapping_mul(fill) ^ (i >> 3) as u8));
    out
}

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    let root = Path::new(&root);

    let configs = [
        ("tiny", config(4, 6, 2, 1, 5, true)),
        ("gqa", config(8, 12, 2, 1, 12, false)),
        ("mha", config(8, 4, 1, 1, 3, true)),
    ];
    for (name, c) in configs {
        let ck = checkpoint(c);
        for (format, tag) in [(Format::V0, "v0"), (Format::V1, "v1"), (Format::V2, "v2")] {
            let mut ck = ck.clone();
            if format == Format::V2 {
                ck.group_size = Some(2);
            }
            let bytes = model::write_checkpoint(&ck, format).unwrap();
            write(
                &root.join("checkpoint"),
                &format!("{name}-{tag}.bin"),
                &bytes,
            );
        }
        let tok = model::write_tokenizer(&tokenizer(c.vocab_size));
        write(&root.join("tokenizer"), &format!("{name}.bin"), &tok);
    }
    write(
        &root.join("tokenizer"),
        "v300.bin",
        &model::write_tokenizer(&tokenizer(300)),
    );

    let ir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for f in [
        "tests/llvm/fixtures/annotate.O0.ll",
        "tests/llvm/fixtures/recursion.O2.ll",
        "tests/llvm/fixtures/memops.O2.ll",
        "tests/llvm/fixtures/globals.O0.ll",
        "tests/llvm/fixtures/aggregates.O2.ll",
        "tests/llvm/fixtures/floats.O2.ll",
        "tests/llvm/fixtures/intops.O2.ll",
        "tests/c/ll/hash_fnv1a.O2.ll",
        "tests/c/ll/rec_fib.O2.ll",
        "tests/c/ll/string_chars.O2.ll",
    ] {
        let text = fs::read(ir.join(f)).unwrap();
        let name = Path::new(f).file_name().unwrap().to_str().unwrap();
        write(&root.join("llvm_ir"), name, &text);
    }

    for (i, q) in [
        "",
        "?quant=q8&group=4&steps=64&temperature=0&prompt=Once+upon+a+time",
        "quant=float&seq=&steps=200&topk=40&topp=0.95&seed=2147483646",
        "target=turbowarp&format=sprite3&prompt=%C3%A9t%C3%A9%20caf%C3%A9",
        "group=65536&seq=16777216&temperature=2&topp=1",
        "quant=Q8&quant=float&bogus=1&steps=0",
        "quant=w8a8&group=32&target=turbowarp&seq=64",
    ]
    .iter()
    .enumerate()
    {
        write(&root.join("preset"), &format!("q{i}.txt"), q.as_bytes());
    }

    for (i, (shape, query, fill)) in [
        (
            [0u8, 0, 0, 0, 0, 10, 7, 0, 0, 0],
            "quant=float&steps=4&temperature=0",
            3u8,
        ),
        (
            [1, 1, 1, 7, 1, 20, 15, 2, 0, 0],
            "steps=8&group=2&topk=3",
            5,
        ),
        (
            [2, 3, 2, 11, 0, 47, 23, 4, 0, 0],
            "target=turbowarp&format=sprite3&prompt=ab",
            7,
        ),
        (
            [0x12, 2, 3, 5, 1, 30, 5, 0, 0, 0],
            "quant=q8&group=3&seq=4",
            11,
        ),
        ([0x21, 0, 1, 3, 0, 8, 3, 0, 9, 0], "quant=float", 13), // a NaN weight
        // W8A8: two rows per item, an odd number of rows (dim 6 of a 3-row pair split)
        ([0, 1, 2, 7, 1, 21, 9, 0, 0, 0], "quant=w8a8&group=4&temperature=0", 17),
        // W8A8 with an odd hidden_dim (refused in words) and the default group
        ([1, 0, 1, 4, 0, 12, 6, 0, 0, 0], "quant=w8a8", 19),
    ]
    .into_iter()
    .enumerate()
    {
        write(
            &root.join("pipeline"),
            &format!("p{i}.bin"),
            &pipeline_seed(shape, query, fill),
        );
    }
    // The first finding: the v1 header's seq_len patched to 16,711,680 (byte 34 = 0xff).
    let mut huge_context = pipeline_seed([1, 1, 1, 7, 0, 10, 7, 0, 0, 0], "quant=float", 7);
    let patch = 10 + 1 + "quant=float".len();
    huge_context[patch..patch + 4].copy_from_slice(&[0x80, 34, 0, 0xff]);
    write(&root.join("pipeline"), "huge-context.bin", &huge_context);
}
