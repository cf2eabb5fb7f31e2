//! Deterministic synthetic models and tokenizers for tests (here and in other modules'
//! end-to-end tests). They allocate whatever the config asks for: keep configs small.

use super::shape::Sizes;
use super::{Checkpoint, Config, Format, Tensor, Tokenizer, Weights};

/// The shape of llama2.c's stories260K (the demo model in ../shared/models).
pub const STORIES_260K: Config = Config {
    dim: 64,
    hidden_dim: 172,
    n_layers: 5,
    n_heads: 8,
    n_kv_heads: 4,
    vocab_size: 512,
    seq_len: 512,
    shared_classifier: true,
};

/// SplitMix64: a tiny, well-mixed, reproducible generator (test data only).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Approximately N(0, sd²): sum of four uniforms (Irwin–Hall), rescaled.
    fn normal(&mut self, sd: f64) -> f32 {
        let s: f64 = (0..4).map(|_| self.uniform()).sum();
        ((s - 2.0) * 3f64.sqrt() * sd) as f32
    }

    fn vec(&mut self, n: u64, sd: f64, mean: f32) -> Vec<f32> {
        (0..n).map(|_| mean + self.normal(sd)).collect()
    }
}

/// A checkpoint with random weights ~N(0, 0.1²) and norms ~1 ± 0.1, the same for the same
/// `(config, seed)`. Format is V1 (fp32); a classifier is generated when it is not shared.
/// A config whose sizes overflow gets empty tensors (writing or using it will then fail).
pub fn random_checkpoint(config: Config, seed: u64) -> Checkpoint {
    let s = Sizes::new(&config).unwrap_or(Sizes {
        layers: 0,
        dim: 0,
        embedding: 0,
        wq: 0,
        wkv: 0,
        ffn: 0,
        rope_table: 0,
    });
    let mut rng = SplitMix64(seed ^ 0x6c6c_6d32_7362_3321);
    let l = s.layers;
    let sd = 0.1;
    let token_embedding = Tensor::F32(rng.vec(s.embedding, sd, 0.0));
    let rms_att = rng.vec(l * s.dim, sd, 1.0);
    let wq = Tensor::F32(rng.vec(l * s.wq, sd, 0.0));
    let wk = Tensor::F32(rng.vec(l * s.wkv, sd, 0.0));
    let wv = Tensor::F32(rng.vec(l * s.wkv, sd, 0.0));
    let wo = Tensor::F32(rng.vec(l * s.wq, sd, 0.0));
    let rms_ffn = rng.vec(l * s.dim, sd, 1.0);
    let w1 = Tensor::F32(rng.vec(l * s.ffn, sd, 0.0));
    let w2 = Tensor::F32(rng.vec(l * s.ffn, sd, 0.0));
    let w3 = Tensor::F32(rng.vec(l * s.ffn, sd, 0.0));
    let rms_final = rng.vec(s.dim, sd, 1.0);
    let wcls = if config.shared_classifier {
        None
    } else {
        Some(Tensor::F32(rng.vec(s.embedding, sd, 0.0)))
    };
    Checkpoint {
        format: Format::V1,
        config,
        group_size: None,
        weights: Weights {
            token_embedding,
            rms_att,
            wq,
            wk,
            wv,
            wo,
            rms_ffn,
            w1,
            w2,
            w3,
            rms_final,
            wcls,
        },
    }
}

/// A small llama2.c-style tokenizer with exactly `vocab_size` tokens (at least 3):
/// ids 0, 1, 2 are `<unk>`, `\n<s>\n`, `\n</s>\n`; then, if the vocabulary has room for
/// all 256, the byte tokens `<0x00>`..`<0xFF>`; then single printable ASCII characters
/// (space first); then two-character merges of common letters with decreasing scores;
/// then `<extraN>` fillers.
pub fn simple_tokenizer(vocab_size: usize) -> Tokenizer {
    let mut vocab: Vec<Vec<u8>> =
        vec![b"<unk>".to_vec(), b"\n<s>\n".to_vec(), b"\n</s>\n".to_vec()];
    if vocab_size >= 3 + 256 {
        vocab.extend((0..=255u8).map(|b| super::tokenizer::byte_token_name(b).into_bytes()));
    }
    let mut scores = vec![0.0; vocab.len()];
    for c in b' '..=b'~' {
        vocab.push(vec![c]);
        scores.push(-1.0e9 + 1.0);
    }
    let letters = b" etaoinshrdlucmfwypvbgkjqxz";
    let mut rank = 0f32;
    'merges: for &a in letters {
        for &b in letters {
            if vocab.len() >= vocab_size {
                break 'merges;
            }
            vocab.push(vec![a, b]);
            scores.push(-rank);
            rank += 1.0;
        }
    }
    while vocab.len() < vocab_size {
        vocab.push(format!("<extra{}>", vocab.len()).into_bytes());
        scores.push(-2.0e9);
    }
    vocab.truncate(vocab_size.max(3));
    scores.truncate(vocab.len());
    let max_token_length = vocab.iter().map(Vec::len).max().unwrap_or(1);
    Tokenizer {
        max_token_length,
        vocab,
        scores,
    }
}
