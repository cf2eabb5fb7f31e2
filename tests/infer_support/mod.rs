//! Test support for the packer/reference/native tests: model files and a tiny random model.
#![allow(dead_code)]

use llm2sb3::model::{parse_checkpoint, parse_tokenizer};
use llm2sb3::model::{Checkpoint, Config, Format, Tensor, Tokenizer, Weights};
use std::path::PathBuf;

/// `$LLM2SB3_MODELS`, else `<repo>/../shared/models`; panics (test failure) naming the place.
pub fn model_file(name: &str) -> PathBuf {
    let dir = std::env::var_os("LLM2SB3_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/models"));
    let p = dir.join(name);
    assert!(
        p.exists(),
        "test model {name} not found at {} (set LLM2SB3_MODELS)",
        p.display()
    );
    p
}

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(model_file(name)).expect("read model file")
}

/// stories260K and tok512, read by the library's parsers.
pub fn stories() -> (Checkpoint, Tokenizer) {
    let ck = parse_checkpoint(&read("stories260K.bin")).expect("parse stories260K.bin");
    let tok = parse_tokenizer(&read("tok512.bin")).expect("parse tok512.bin");
    (ck, tok)
}

/// A random model with unusual dims (generated here, deterministic): 3 layers, 6 heads over
/// 2 kv heads (head size 4), hidden 30, vocab 100, seq 24, unshared classifier.
pub fn tiny_random() -> (Checkpoint, Tokenizer) {
    let mut state = 12345u64;
    let mut rnd = move |n: usize, scale: f32| -> Vec<f32> {
        (0..n)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (((state >> 33) as f32) / (1u64 << 31) as f32 - 0.5) * 2.0 * scale
            })
            .collect()
    };
    let (dim, hid, nl, nh, nkv, v, seq) = (24, 30, 3, 6, 2, 100, 24);
    let kv = dim * nkv / nh;
    let weights = Weights {
        token_embedding: Tensor::F32(rnd(v * dim, 1.0)),
        rms_att: rnd(nl * dim, 1.0).iter().map(|x| 1.0 + 0.5 * x).collect(),
        wq: Tensor::F32(rnd(nl * dim * dim, 0.4)),
        wk: Tensor::F32(rnd(nl * kv * dim, 0.4)),
        wv: Tensor::F32(rnd(nl * kv * dim, 0.4)),
        wo: Tensor::F32(rnd(nl * dim * dim, 0.4)),
        rms_ffn: rnd(nl * dim, 1.0).iter().map(|x| 1.0 + 0.5 * x).collect(),
        w1: Tensor::F32(rnd(nl * hid * dim, 0.4)),
        w2: Tensor::F32(rnd(nl * dim * hid, 0.4)),
        w3: Tensor::F32(rnd(nl * hid * dim, 0.4)),
        rms_final: vec![1.0; dim],
        wcls: Some(Tensor::F32(rnd(v * dim, 1.0))),
    };
    let config = Config {
        dim,
        hidden_dim: hid,
        n_layers: nl,
        n_heads: nh,
        n_kv_heads: nkv,
        vocab_size: v,
        seq_len: seq,
        shared_classifier: false,
    };
    let mut vocab: Vec<Vec<u8>> = vec![b"<unk>".to_vec(), b"<s>".to_vec(), b"</s>".to_vec()];
    let mut scores = vec![0.0f32; 3];
    for c in b" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,!\"'".iter() {
        vocab.push(vec![*c]);
        scores.push(0.0);
    }
    let merges = [
        "th", " t", "he", " the", "in", "an", " a", "on", "er", "re", " s", "ou",
    ];
    for (i, m) in merges.iter().enumerate() {
        vocab.push(m.as_bytes().to_vec());
        scores.push(-(i as f32));
    }
    while vocab.len() < v {
        let n = vocab.len();
        vocab.push(format!("<0x{:02X}>", n - 70).into_bytes());
        scores.push(-100.0);
    }
    let ck = Checkpoint {
        format: Format::V1,
        config,
        group_size: None,
        weights,
    };
    (
        ck,
        Tokenizer {
            max_token_length: 6,
            vocab,
            scores,
        },
    )
}
