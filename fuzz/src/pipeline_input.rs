//! Turns fuzz bytes into a small, well-formed build request: a checkpoint (any format, tiny
//! dimensions, weights taken from the input with NaN, infinities and extremes mixed in), a
//! tokenizer of exactly its vocabulary, and a preset query. Sizes are bounded so that one
//! build takes milliseconds; optionally one byte of the written checkpoint or tokenizer is
//! overwritten, so headers the writer would never produce reach the whole pipeline too.
//!
//! Layout of the input, read front to back (missing bytes read as 0):
//! `shape[10] query_len query[query_len] patch[4] tokens... weights...`.

use llm2sb3::model::{self, Checkpoint, Config, Format, Tensor, Tokenizer, Weights};
use llm2sb3::preset::Preset;

/// A small model config for checks that need one.
pub const SMALL_CONFIG: Config = Config {
    dim: 8,
    hidden_dim: 12,
    n_layers: 1,
    n_heads: 2,
    n_kv_heads: 1,
    vocab_size: 32,
    seq_len: 16,
    shared_classifier: true,
};

/// One build request.
pub struct Input {
    /// Checkpoint file bytes.
    pub checkpoint: Vec<u8>,
    /// `tokenizer.bin` bytes.
    pub tokenizer: Vec<u8>,
    /// The preset (from a query, leniently parsed: bad keys keep their defaults).
    pub preset: Preset,
}

/// One special value (NaN, infinities, extremes) put at one position of the weight stream
/// (token scores first, then the weights in file order), so most inputs stay finite.
struct Poison {
    countdown: usize,
    value: Option<f32>,
}

struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    fn take(&mut self, n: usize) -> &[u8] {
        let (a, b) = self.0.split_at(n.min(self.0.len()));
        self.0 = b;
        a
    }

    /// A weight in [-4, 4) from one byte; the one at the poison position is special.
    fn weight(&mut self, poison: &mut Poison) -> f32 {
        let w = (self.byte() as i8) as f32 / 32.0;
        match poison.countdown.checked_sub(1) {
            Some(n) => {
                poison.countdown = n;
                w
            }
            None => {
                poison.countdown = usize::MAX;
                poison.value.unwrap_or(w)
            }
        }
    }

    fn weights(&mut self, n: usize, poison: &mut Poison) -> Vec<f32> {
        (0..n).map(|_| self.weight(poison)).collect()
    }
}

/// Decodes fuzz bytes into a build request, or `None` when the writer refuses the model.
pub fn decode(data: &[u8]) -> Option<Input> {
    let mut c = Cursor(data);
    let shape: Vec<u8> = (0..10).map(|_| c.byte()).collect();
    let format = [Format::V0, Format::V1, Format::V2][((shape[0] & 3) % 3) as usize];
    let shared_classifier = shape[0] & 0x10 == 0;
    let n_kv_heads = 1 + (shape[1] % 2) as usize;
    let n_heads = n_kv_heads * (1 + ((shape[1] >> 1) % 2) as usize);
    let head_size = 2 * (1 + (shape[2] % 4) as usize);
    let config = Config {
        dim: n_heads * head_size,
        hidden_dim: 1 + (shape[3] % 24) as usize,
        n_layers: 1 + (shape[4] % 2) as usize,
        n_heads,
        n_kv_heads,
        vocab_size: 1 + (shape[5] % 48) as usize,
        seq_len: 1 + (shape[6] % 24) as usize,
        shared_classifier,
    };
    let group_size = match shape[7] {
        0 => None,
        g => Some(g as usize % 17),
    };

    let mut poison = Poison {
        countdown: shape[8] as usize * 4,
        value: match shape[0] >> 5 {
            0 => None,
            1 => Some(f32::NAN),
            2 => Some(f32::INFINITY),
            3 => Some(f32::NEG_INFINITY),
            4 => Some(f32::MAX),
            5 => Some(f32::MIN_POSITIVE / 4.0),
            6 => Some(-1e30),
            _ => Some(-0.0),
        },
    };

    let query_len = c.byte() as usize;
    let query = String::from_utf8_lossy(c.take(query_len)).into_owned();
    let patch: Vec<u8> = (0..4).map(|_| c.byte()).collect();

    let mut vocab = Vec::with_capacity(config.vocab_size);
    let mut scores = Vec::with_capacity(config.vocab_size);
    for _ in 0..config.vocab_size {
        let len = (c.byte() % 5) as usize;
        vocab.push(c.take(len).to_vec());
        scores.push(c.weight(&mut poison));
    }
    let max_token_length = vocab.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let tokenizer = Tokenizer {
        max_token_length,
        vocab,
        scores,
    };

    let (l, d, h, v) = (
        config.n_layers,
        config.dim,
        config.hidden_dim,
        config.vocab_size,
    );
    let kv = config.kv_dim();
    let mut t = |n: usize, p: &mut Poison| Tensor::F32(c.weights(n, p));
    let token_embedding = t(v * d, &mut poison);
    let wq = t(l * d * d, &mut poison);
    let wk = t(l * kv * d, &mut poison);
    let wv = t(l * kv * d, &mut poison);
    let wo = t(l * d * d, &mut poison);
    let w1 = t(l * h * d, &mut poison);
    let w2 = t(l * d * h, &mut poison);
    let w3 = t(l * h * d, &mut poison);
    let wcls = (!shared_classifier).then(|| t(v * d, &mut poison));
    let weights = Weights {
        token_embedding,
        rms_att: c.weights(l * d, &mut poison),
        wq,
        wk,
        wv,
        wo,
        rms_ffn: c.weights(l * d, &mut poison),
        w1,
        w2,
        w3,
        rms_final: c.weights(d, &mut poison),
        wcls,
    };
    let ck = Checkpoint {
        format,
        config,
        group_size,
        weights,
    };
    let mut checkpoint = model::write_checkpoint(&ck, format).ok()?;
    let mut tokenizer = model::write_tokenizer(&tokenizer);

    // patch: [which file | 0x80 = patch, offset lo, offset hi, value]
    if patch[0] & 0x80 != 0 {
        let file = if patch[0] & 1 == 0 {
            &mut checkpoint
        } else {
            &mut tokenizer
        };
        if !file.is_empty() {
            let at = u16::from_le_bytes([patch[1], patch[2]]) as usize % file.len();
            file[at] = patch[3];
        }
    }
    let (mut preset, _) = Preset::from_query_lenient(&query);
    // The default 256 steps exceed these tiny contexts: unless flagged, a query without
    // `steps` asks for as many as fit, so most inputs get past the preset check.
    if shape[9] & 1 == 0 && !query.contains("steps") {
        preset.steps = preset
            .seq
            .unwrap_or(config.seq_len)
            .clamp(1, config.seq_len);
    }
    Some(Input {
        checkpoint,
        tokenizer,
        preset,
    })
}
