//! The Rust reference: exactly the arithmetic of `prebuilt_ir/llama2_scratch.c` in f64, run on
//! a copy of the packed [`Image`] (the header is read back, so the pack layout is tested too):
//! the same operation order in every sum, `f64::exp` / `f64::sqrt`, the same Park–Miller
//! sampler and the same BPE encode and decode. Each function names the C function it mirrors.

mod bpe;
mod forward;
mod sampler;

use crate::pack::header::{self as h, Header};
use crate::pack::{Image, PackError};

/// The stage settings of one run (what `sb3_setting` returns in Scratch).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// Positions to run, prompt included (≤ 0 or > seq: seq).
    pub steps: f64,
    /// ≤ 0: greedy.
    pub temperature: f64,
    /// ≤ 0 or ≥ vocab: off.
    pub topk: f64,
    /// ≤ 0 or ≥ 1: off.
    pub topp: f64,
    /// Park–Miller seed; 0 = derived from `clock` (a fresh seed per run).
    pub seed: f64,
    /// What `sb3_timer` returns when the seed is drawn (only used when seed is 0).
    pub clock: f64,
}

impl Settings {
    /// The settings a preset starts the sliders at; `clock` is used only for seed 0.
    pub fn from_preset(p: &crate::preset::Preset, clock: f64) -> Settings {
        Settings {
            steps: p.steps as f64,
            temperature: p.temperature,
            topk: p.topk as f64,
            topp: p.topp,
            seed: p.seed as f64,
            clock,
        }
    }

    /// The sampling defaults stored in the image header.
    pub fn from_header(image: &Image) -> Result<Settings, RefError> {
        let hd = Header::read(&image.items)?;
        Ok(Settings {
            steps: hd.num(h::DEF_STEPS),
            temperature: hd.num(h::DEF_TEMPERATURE),
            topk: hd.num(h::DEF_TOPK),
            topp: hd.num(h::DEF_TOPP),
            seed: hd.num(h::DEF_SEED),
            clock: 0.0,
        })
    }
}

/// What a run produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Generation {
    /// The prompt's tokens (BOS first).
    pub prompt_tokens: Vec<usize>,
    /// Every token emitted, in order: (token id, skip), as `sb3_emit_token` receives them.
    pub emitted: Vec<(usize, usize)>,
    /// The bytes run.c prints (without its final newline).
    pub bytes: Vec<u8>,
    /// `bytes` as text (invalid UTF-8 replaced).
    pub text: String,
}

/// Why the reference could not run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RefError {
    /// The image is malformed.
    #[error(transparent)]
    Image(#[from] PackError),
    /// An address or token id in the image points outside it.
    #[error("image address out of range: {0}")]
    OutOfRange(String),
}

/// Runs the program on `image` with `settings` and `prompt`, as `main()` in the C program.
pub fn generate(image: &Image, settings: &Settings, prompt: &str) -> Result<Generation, RefError> {
    let mut m = forward::Machine::new(image)?;
    let steps = settings.steps as i64; // (int) in C: truncation toward zero
    let seq = m.seq;
    let steps = if steps <= 0 || steps > seq as i64 {
        seq
    } else {
        steps as usize
    };
    m.rng = sampler::seed_rng(settings.seed, settings.clock, m.pm_mod);
    let chars: Vec<i64> = prompt.encode_utf16().map(|u| u as i64).collect();
    let tokens = bpe::encode(&mut m, &chars)?;
    let topk = settings.topk as i64;
    let mut emitted = Vec::new();
    let mut bytes = Vec::new();
    let mut token = tokens[0];
    let mut pos = 0;
    while pos < steps {
        m.forward(token, pos)?;
        let next = if pos + 1 < tokens.len() {
            tokens[pos + 1]
        } else {
            sampler::sample(&mut m, settings.temperature, topk, settings.topp)
        };
        pos += 1;
        if next == m.bos {
            break;
        }
        let piece = m.token_bytes(next)?;
        let skip = usize::from(token == m.bos && piece.first() == Some(&32));
        emitted.push((next, skip));
        bytes.extend(decode_bytes(&piece, token == m.bos));
        token = next;
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Generation {
        prompt_tokens: tokens,
        emitted,
        bytes,
        text,
    })
}

/// run.c's decode + safe_printf of a token's bytes (see `pack::tokens::decode_piece`).
fn decode_bytes(piece: &[u8], after_bos: bool) -> Vec<u8> {
    use crate::pack::tokens::{byte_token, printable_byte};
    let mut p = piece;
    if after_bos && p.first() == Some(&b' ') {
        p = &p[1..];
    }
    let owned;
    if let Some(b) = byte_token(p) {
        owned = [b];
        p = &owned;
    }
    if p.len() == 1 && !printable_byte(p[0]) {
        return Vec::new();
    }
    p.to_vec()
}
