//! Writing llama2.c checkpoints (v0, v1, v2) and `tokenizer.bin`, byte for byte as
//! llama2.c's `export.py` and `tokenizer.py` lay them out (see `checkpoint.rs` for the layouts).
//!
//! Used by tests to make files of any shape, and by anyone converting between formats.

use super::checkpoint::{GROUP_SIZE_OFFSET, MAGIC, SHARED_FLAG_OFFSET, V1_HEADER_BYTES};
use super::error::ModelError;
use super::shape::{check_config, Sizes};
use super::{Checkpoint, Config, Format, Tensor, Tokenizer};

/// Serializes a checkpoint in `format`.
///
/// Q8_0 tensors are dequantized for v0/v1. For v2, tensors already quantized with the group
/// size the file gets are copied unchanged; others are quantized (as `export.py` does: groups
/// of the flattened per-layer tensor, scale = max|w| / 127, q = round-half-even(w / scale)).
/// The v2 group size is the checkpoint's own `group_size`, else [`default_group_size`].
pub fn write_checkpoint(checkpoint: &Checkpoint, format: Format) -> Result<Vec<u8>, ModelError> {
    let config = &checkpoint.config;
    let sizes = checked_sizes(config)?;
    check_tensors(checkpoint, &sizes)?;
    match format {
        Format::V0 => Ok(write_v0(checkpoint, &sizes)),
        Format::V1 => Ok(write_v1(checkpoint)),
        Format::V2 => {
            let group = match checkpoint.group_size {
                Some(g) => g,
                None => default_group_size(config),
            };
            write_v2(checkpoint, &sizes, group)
        }
    }
}

/// The group size `export.py` would pick: 64, halved until it divides every quantized tensor.
pub fn default_group_size(config: &Config) -> usize {
    let Ok(sizes) = Sizes::new(config) else {
        return 1;
    };
    let mut g = 64u64;
    while g > 1
        && sizes
            .quantized(config.shared_classifier)
            .iter()
            .any(|&(_, n, _)| n % g != 0)
    {
        g /= 2;
    }
    g as usize
}

/// Serializes a tokenizer as llama2.c's `tokenizer.bin`.
pub fn write_tokenizer(tokenizer: &Tokenizer) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(tokenizer.max_token_length as i32).to_le_bytes());
    for (i, piece) in tokenizer.vocab.iter().enumerate() {
        let score = tokenizer.scores.get(i).copied().unwrap_or(0.0);
        out.extend_from_slice(&score.to_le_bytes());
        out.extend_from_slice(&(piece.len() as i32).to_le_bytes());
        out.extend_from_slice(piece);
    }
    out
}

fn checked_sizes(config: &Config) -> Result<Sizes, ModelError> {
    let fields = [
        ("dim", config.dim),
        ("hidden_dim", config.hidden_dim),
        ("n_layers", config.n_layers),
        ("n_heads", config.n_heads),
        ("n_kv_heads", config.n_kv_heads),
        ("vocab_size", config.vocab_size),
        ("seq_len", config.seq_len),
    ];
    for (name, value) in fields {
        if value > i32::MAX as usize {
            return Err(ModelError::HeaderFieldTooLarge {
                name,
                value: value as u64,
            });
        }
        if value == 0 {
            return Err(ModelError::DimOutOfRange {
                name,
                value: 0,
                max: i32::MAX as u64,
            });
        }
    }
    check_config(config)?;
    Sizes::new(config)
}

/// Every tensor of `checkpoint` with its name and expected length.
fn named_tensors<'a>(c: &'a Checkpoint, s: &Sizes) -> Vec<(&'static str, &'a Tensor, u64)> {
    let w = &c.weights;
    let l = s.layers;
    let mut out = vec![
        ("token_embedding", &w.token_embedding, s.embedding),
        ("wq", &w.wq, l * s.wq),
        ("wk", &w.wk, l * s.wkv),
        ("wv", &w.wv, l * s.wkv),
        ("wo", &w.wo, l * s.wq),
        ("w1", &w.w1, l * s.ffn),
        ("w2", &w.w2, l * s.ffn),
        ("w3", &w.w3, l * s.ffn),
    ];
    if let Some(wcls) = &w.wcls {
        out.push(("wcls", wcls, s.embedding));
    }
    out
}

fn check_tensors(c: &Checkpoint, s: &Sizes) -> Result<(), ModelError> {
    let w = &c.weights;
    let l = s.layers;
    let norms = [
        ("rms_att", w.rms_att.len(), l * s.dim),
        ("rms_ffn", w.rms_ffn.len(), l * s.dim),
        ("rms_final", w.rms_final.len(), s.dim),
    ];
    for (tensor, actual, expected) in norms {
        if actual as u64 != expected {
            return Err(ModelError::TensorSizeMismatch {
                tensor,
                actual,
                expected,
            });
        }
    }
    match (&w.wcls, c.config.shared_classifier) {
        (None, false) => {
            return Err(ModelError::TensorSizeMismatch {
                tensor: "wcls",
                actual: 0,
                expected: s.embedding,
            })
        }
        (Some(t), true) => {
            return Err(ModelError::TensorSizeMismatch {
                tensor: "wcls",
                actual: t.len(),
                expected: 0,
            })
        }
        _ => {}
    }
    for (tensor, t, expected) in named_tensors(c, s) {
        if t.len() as u64 != expected {
            return Err(ModelError::TensorSizeMismatch {
                tensor,
                actual: t.len(),
                expected,
            });
        }
        if let Tensor::Q8 {
            q,
            scales,
            group_size,
        } = t
        {
            let groups = q.len() / (*group_size).max(1);
            if *group_size == 0 || q.len() % group_size != 0 || scales.len() != groups {
                return Err(ModelError::TensorSizeMismatch {
                    tensor,
                    actual: scales.len(),
                    expected: groups as u64,
                });
            }
        }
    }
    Ok(())
}

fn push_ints(out: &mut Vec<u8>, config: &Config, vocab: i64) {
    let c = config;
    for v in [
        c.dim as i64,
        c.hidden_dim as i64,
        c.n_layers as i64,
        c.n_heads as i64,
        c.n_kv_heads as i64,
        vocab,
        c.seq_len as i64,
    ] {
        out.extend_from_slice(&(v as i32).to_le_bytes());
    }
}

fn push_f32s(out: &mut Vec<u8>, values: &[f32]) {
    out.reserve(values.len() * 4);
    for v in values {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

fn write_v0(c: &Checkpoint, s: &Sizes) -> Vec<u8> {
    let config = &c.config;
    let w = &c.weights;
    let mut out = Vec::new();
    let vocab = if config.shared_classifier {
        config.vocab_size as i64
    } else {
        -(config.vocab_size as i64)
    };
    push_ints(&mut out, config, vocab);
    push_f32s(&mut out, &w.token_embedding.to_f32());
    push_f32s(&mut out, &w.rms_att);
    for t in [&w.wq, &w.wk, &w.wv, &w.wo] {
        push_f32s(&mut out, &t.to_f32());
    }
    push_f32s(&mut out, &w.rms_ffn);
    for t in [&w.w1, &w.w2, &w.w3] {
        push_f32s(&mut out, &t.to_f32());
    }
    push_f32s(&mut out, &w.rms_final);
    let (cos, sin) = rope_tables(config);
    debug_assert_eq!(cos.len() as u64, s.rope_table);
    push_f32s(&mut out, &cos);
    push_f32s(&mut out, &sin);
    if let Some(wcls) = &w.wcls {
        push_f32s(&mut out, &wcls.to_f32());
    }
    out
}

/// The RoPE cos/sin tables a v0 file stores: (seq_len, head_size / 2), theta 10000.
fn rope_tables(config: &Config) -> (Vec<f32>, Vec<f32>) {
    let head = config.head_size();
    let mut cos = Vec::with_capacity(config.seq_len * head / 2);
    let mut sin = Vec::with_capacity(config.seq_len * head / 2);
    for pos in 0..config.seq_len {
        for i in 0..head / 2 {
            let freq = 1.0 / 10000f64.powf((2 * i) as f64 / head as f64);
            let angle = pos as f64 * freq;
            cos.push(angle.cos() as f32);
            sin.push(angle.sin() as f32);
        }
    }
    (cos, sin)
}

fn versioned_header(config: &Config, version: i32, group: Option<usize>) -> Vec<u8> {
    let mut out = Vec::with_capacity(V1_HEADER_BYTES);
    out.extend_from_slice(&MAGIC.to_le_bytes());
    out.extend_from_slice(&version.to_le_bytes());
    push_ints(&mut out, config, config.vocab_size as i64);
    debug_assert_eq!(out.len(), SHARED_FLAG_OFFSET);
    out.push(config.shared_classifier as u8);
    if let Some(g) = group {
        debug_assert_eq!(out.len(), GROUP_SIZE_OFFSET);
        out.extend_from_slice(&(g as i32).to_le_bytes());
    }
    out.resize(V1_HEADER_BYTES, 0);
    out
}

fn write_v1(c: &Checkpoint) -> Vec<u8> {
    let w = &c.weights;
    let mut out = versioned_header(&c.config, 1, None);
    push_f32s(&mut out, &w.rms_att);
    push_f32s(&mut out, &w.rms_ffn);
    push_f32s(&mut out, &w.rms_final);
    for t in [
        &w.token_embedding,
        &w.wq,
        &w.wk,
        &w.wv,
        &w.wo,
        &w.w1,
        &w.w2,
        &w.w3,
    ] {
        push_f32s(&mut out, &t.to_f32());
    }
    if let Some(wcls) = &w.wcls {
        push_f32s(&mut out, &wcls.to_f32());
    }
    out
}

fn write_v2(c: &Checkpoint, s: &Sizes, group: usize) -> Result<Vec<u8>, ModelError> {
    let config = &c.config;
    for (tensor, numel, _) in s.quantized(config.shared_classifier) {
        if group == 0 || group > i32::MAX as usize || numel % group as u64 != 0 {
            return Err(ModelError::WriteGroupSize {
                group_size: group,
                tensor,
                numel,
            });
        }
    }
    let w = &c.weights;
    let mut out = versioned_header(config, 2, Some(group));
    push_f32s(&mut out, &w.rms_att);
    push_f32s(&mut out, &w.rms_ffn);
    push_f32s(&mut out, &w.rms_final);
    for (tensor, per_layer, layers) in s.quantized(config.shared_classifier) {
        let t = match tensor {
            "token_embedding" => &w.token_embedding,
            "wq" => &w.wq,
            "wk" => &w.wk,
            "wv" => &w.wv,
            "wo" => &w.wo,
            "w1" => &w.w1,
            "w2" => &w.w2,
            "w3" => &w.w3,
            _ => w.wcls.as_ref().unwrap_or(&w.token_embedding),
        };
        let (q, scales) = match t {
            Tensor::Q8 {
                q,
                scales,
                group_size,
            } if *group_size == group => (q.clone(), scales.clone()),
            other => quantize_q8(&other.to_f32(), group),
        };
        let per_layer = per_layer as usize;
        let groups = per_layer / group;
        for layer in 0..layers as usize {
            out.extend(
                q[layer * per_layer..(layer + 1) * per_layer]
                    .iter()
                    .map(|&v| v as u8),
            );
            push_f32s(&mut out, &scales[layer * groups..(layer + 1) * groups]);
        }
    }
    Ok(out)
}

/// Q8_0-quantizes `values` in consecutive groups of `group` (the last group may be shorter):
/// scale = max|w| / 127 (f32), q = round-half-even(w / scale); an all-zero group gets scale 0.
pub fn quantize_q8(values: &[f32], group: usize) -> (Vec<i8>, Vec<f32>) {
    let group = group.max(1);
    let mut q = Vec::with_capacity(values.len());
    let mut scales = Vec::with_capacity(values.len().div_ceil(group));
    for chunk in values.chunks(group) {
        let wmax = chunk.iter().fold(0f32, |m, v| m.max(v.abs()));
        let scale = wmax / 127.0;
        scales.push(scale);
        for &v in chunk {
            let x = if scale > 0.0 {
                (v / scale).round_ties_even()
            } else {
                0.0
            };
            q.push(x.clamp(-127.0, 127.0) as i8);
        }
    }
    (q, scales)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantization_rounds_half_to_even_like_torch() {
        // scale = 127/127 = 1: values land exactly on .5
        let (q, s) = quantize_q8(&[127.0, 0.5, 1.5, 2.5, -0.5, -1.5], 6);
        assert_eq!(s, vec![1.0]);
        assert_eq!(q, vec![127, 0, 2, 2, 0, -2]);
    }

    #[test]
    fn default_group_size_backs_off_from_64() {
        let mut c = crate::model::testing::STORIES_260K;
        assert_eq!(default_group_size(&c), 64, "172 * 64 is a multiple of 64");
        c.dim = 12;
        c.n_heads = 2;
        c.n_kv_heads = 2;
        assert_eq!(default_group_size(&c), 16, "12 * 12 = 144 = 16 * 9");
    }
}
