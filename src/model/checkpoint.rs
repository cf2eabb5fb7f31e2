//! Reading llama2.c checkpoints: legacy v0 (`run.c`), v1 (fp32, `ak42`) and v2 (Q8_0, `ak42`).
//!
//! The format is detected from the first word: the `ak42` magic means v1/v2 (the next word is
//! the version); anything else is read as a v0 header whose first word is `dim`.
//!
//! Every size is computed from the header with checked 64-bit arithmetic and compared with the
//! file length *before* anything is allocated, so a 28-byte file claiming billions of weights
//! costs nothing. The file must be exactly as long as the header implies.
//!
//! Byte layouts (all little-endian, i32 header fields, fp32 weights):
//! - v0: 7 x i32 `dim hidden_dim n_layers n_heads n_kv_heads vocab_size seq_len`
//!   (negative vocab_size = unshared classifier), then token_embedding, rms_att, wq, wk, wv, wo,
//!   rms_ffn, w1, w2, w3, rms_final, two RoPE tables of `seq_len * head_size / 2` values
//!   (skipped: the packer computes its own), then wcls if unshared.
//! - v1: u32 magic `0x616b3432`, i32 version 1, the 7 ints, u8 shared-classifier flag, zero
//!   padding to 256 bytes; then rms_att, rms_ffn, rms_final, token_embedding, wq, wk, wv, wo,
//!   w1, w2, w3, and wcls if unshared.
//! - v2: as v1 with version 2 and an i32 group size right after the flag byte (offset 37);
//!   then the fp32 norms (rms_att, rms_ffn, rms_final), then for each quantized tensor —
//!   token_embedding, wq, wk, wv, wo, w1, w2, w3 per layer, wcls if unshared — its int8
//!   values followed by its fp32 scales (one per `group_size` values of that layer's
//!   flattened tensor).

use super::error::ModelError;
use super::shape::{check_config, Sizes};
use super::{Checkpoint, Config, Format, Tensor, Weights};

/// `"ak42"` read as a little-endian u32.
pub const MAGIC: u32 = 0x616b_3432;
/// Size of the legacy v0 header in bytes.
pub const V0_HEADER_BYTES: usize = 28;
/// Size of the v1/v2 header in bytes.
pub const V1_HEADER_BYTES: usize = 256;
/// Largest value accepted for any header dimension (2^24). Real models are far below it
/// (Llama 3 405B: dim 16,384, vocab 128,256); anything larger is a corrupt header.
pub const MAX_HEADER_VALUE: u64 = 1 << 24;
/// Byte offset of the shared-classifier flag in a v1/v2 header.
pub const SHARED_FLAG_OFFSET: usize = 36;
/// Byte offset of the group size in a v2 header.
pub const GROUP_SIZE_OFFSET: usize = 37;

/// Reads a checkpoint in any of the three formats.
/// A file that is not a checkpoint says what it is instead (see [`explain_not_checkpoint`]).
pub fn parse_checkpoint(bytes: &[u8]) -> Result<Checkpoint, ModelError> {
    parse_checkpoint_bytes(bytes).map_err(|e| explain_not_checkpoint(bytes).unwrap_or(e))
}

/// [`parse_checkpoint`] without the explanation of other kinds of file.
pub(crate) fn parse_checkpoint_bytes(bytes: &[u8]) -> Result<Checkpoint, ModelError> {
    if bytes.len() >= 4 && read_u32(bytes, 0) == MAGIC {
        parse_versioned(bytes)
    } else {
        parse_v0(bytes)
    }
}

/// What a file that failed to parse as a checkpoint is, if it is something recognisable:
/// another kind of file, or a llama2.c tokenizer.
pub fn explain_not_checkpoint(bytes: &[u8]) -> Option<ModelError> {
    use super::error::{foreign_kind, EXPECTED_CHECKPOINT};
    if let Some(found) = foreign_kind(bytes) {
        return Some(ModelError::ForeignFile {
            found,
            expected: EXPECTED_CHECKPOINT,
        });
    }
    let tokenizer = super::tokenizer::parse_tokenizer_bytes(bytes).ok()?;
    Some(ModelError::SwappedFile {
        found: format!("a llama2.c tokenizer ({} tokens)", tokenizer.vocab.len()),
        expected: EXPECTED_CHECKPOINT,
    })
}

fn read_u32(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    if let Some(src) = bytes.get(at..at + 4) {
        word.copy_from_slice(src);
    }
    u32::from_le_bytes(word)
}

fn read_i32(bytes: &[u8], at: usize) -> i64 {
    read_u32(bytes, at) as i32 as i64
}

/// Checks one header integer against 1..=MAX_HEADER_VALUE.
fn header_value(name: &'static str, value: i64) -> Result<usize, ModelError> {
    if value < 1 || value as u64 > MAX_HEADER_VALUE {
        return Err(ModelError::DimOutOfRange {
            name,
            value,
            max: MAX_HEADER_VALUE,
        });
    }
    Ok(value as usize)
}

/// Turns the seven header ints into a checked `Config`.
fn config_from_header(raw: [i64; 7], shared_classifier: bool) -> Result<Config, ModelError> {
    let config = Config {
        dim: header_value("dim", raw[0])?,
        hidden_dim: header_value("hidden_dim", raw[1])?,
        n_layers: header_value("n_layers", raw[2])?,
        n_heads: header_value("n_heads", raw[3])?,
        n_kv_heads: header_value("n_kv_heads", raw[4])?,
        vocab_size: header_value("vocab_size", raw[5])?,
        seq_len: header_value("seq_len", raw[6])?,
        shared_classifier,
    };
    check_config(&config)?;
    Ok(config)
}

fn read_header_ints(bytes: &[u8], at: usize) -> [i64; 7] {
    let mut raw = [0i64; 7];
    for (i, v) in raw.iter_mut().enumerate() {
        *v = read_i32(bytes, at + 4 * i);
    }
    raw
}

/// Compares the bytes the header implies with the bytes present.
fn check_length(
    bytes: &[u8],
    header: usize,
    weights: u64,
    data_bytes: u64,
) -> Result<(), ModelError> {
    let available = (bytes.len() - header) as u64;
    if data_bytes > available {
        return Err(ModelError::WeightsTruncated {
            weights,
            bytes: data_bytes,
            with_rope_tables: header == V0_HEADER_BYTES,
            available,
        });
    }
    if data_bytes < available {
        return Err(ModelError::TrailingBytes {
            expected: header as u64 + data_bytes,
            actual: bytes.len() as u64,
        });
    }
    Ok(())
}

fn overflow(config: &Config, what: &'static str) -> ModelError {
    ModelError::SizeOverflow {
        what,
        dim: config.dim,
        hidden_dim: config.hidden_dim,
        n_layers: config.n_layers,
        vocab_size: config.vocab_size,
        seq_len: config.seq_len,
    }
}

fn parse_v0(bytes: &[u8]) -> Result<Checkpoint, ModelError> {
    if bytes.len() >= 4 {
        let dim = read_i32(bytes, 0);
        if dim < 1 || dim as u64 > MAX_HEADER_VALUE {
            return Err(ModelError::UnknownFormat {
                dim,
                max: MAX_HEADER_VALUE,
            });
        }
    }
    if bytes.len() < V0_HEADER_BYTES {
        return Err(ModelError::HeaderTruncated {
            format: "llama2.c v0",
            needed: V0_HEADER_BYTES,
            got: bytes.len(),
        });
    }
    let mut raw = read_header_ints(bytes, 0);
    let shared = raw[5] > 0;
    raw[5] = raw[5].abs();
    let config = config_from_header(raw, shared)?;
    let sizes = Sizes::new(&config)?;
    let params = sizes
        .parameters(&config)
        .ok_or_else(|| overflow(&config, "the parameter count"))?;
    let values = sizes
        .rope_table
        .checked_mul(2)
        .and_then(|r| r.checked_add(params))
        .ok_or_else(|| overflow(&config, "the file size"))?;
    let data = values
        .checked_mul(4)
        .ok_or_else(|| overflow(&config, "the file size"))?;
    check_length(bytes, V0_HEADER_BYTES, params, data)?;

    let mut r = Reader {
        bytes,
        pos: V0_HEADER_BYTES,
    };
    let l = sizes.layers;
    let token_embedding = r.f32s("token_embedding", sizes.embedding)?;
    let rms_att = r.f32s("rms_att", l * sizes.dim)?;
    let wq = r.f32s("wq", l * sizes.wq)?;
    let wk = r.f32s("wk", l * sizes.wkv)?;
    let wv = r.f32s("wv", l * sizes.wkv)?;
    let wo = r.f32s("wo", l * sizes.wq)?;
    let rms_ffn = r.f32s("rms_ffn", l * sizes.dim)?;
    let w1 = r.f32s("w1", l * sizes.ffn)?;
    let w2 = r.f32s("w2", l * sizes.ffn)?;
    let w3 = r.f32s("w3", l * sizes.ffn)?;
    let rms_final = r.f32s("rms_final", sizes.dim)?;
    r.skip(2 * sizes.rope_table * 4);
    let wcls = if shared {
        None
    } else {
        Some(Tensor::F32(r.f32s("wcls", sizes.embedding)?))
    };
    Ok(Checkpoint {
        format: Format::V0,
        config,
        group_size: None,
        weights: Weights {
            token_embedding: Tensor::F32(token_embedding),
            rms_att,
            wq: Tensor::F32(wq),
            wk: Tensor::F32(wk),
            wv: Tensor::F32(wv),
            wo: Tensor::F32(wo),
            rms_ffn,
            w1: Tensor::F32(w1),
            w2: Tensor::F32(w2),
            w3: Tensor::F32(w3),
            rms_final,
            wcls,
        },
    })
}

fn parse_versioned(bytes: &[u8]) -> Result<Checkpoint, ModelError> {
    if bytes.len() < 8 {
        return Err(ModelError::HeaderTruncated {
            format: "ak42",
            needed: 8,
            got: bytes.len(),
        });
    }
    let version = read_i32(bytes, 4);
    let format = match version {
        1 => Format::V1,
        2 => Format::V2,
        _ => return Err(ModelError::UnsupportedVersion { version }),
    };
    let name = if format == Format::V1 { "v1" } else { "v2" };
    if bytes.len() < V1_HEADER_BYTES {
        return Err(ModelError::HeaderTruncated {
            format: name,
            needed: V1_HEADER_BYTES,
            got: bytes.len(),
        });
    }
    let shared = bytes[SHARED_FLAG_OFFSET] != 0;
    let config = config_from_header(read_header_ints(bytes, 8), shared)?;
    let sizes = Sizes::new(&config)?;
    let params = sizes
        .parameters(&config)
        .ok_or_else(|| overflow(&config, "the parameter count"))?;
    match format {
        Format::V2 => parse_v2(bytes, config, sizes, params),
        _ => parse_v1(bytes, config, sizes, params),
    }
}

fn parse_v1(
    bytes: &[u8],
    config: Config,
    sizes: Sizes,
    params: u64,
) -> Result<Checkpoint, ModelError> {
    let data = params
        .checked_mul(4)
        .ok_or_else(|| overflow(&config, "the file size"))?;
    check_length(bytes, V1_HEADER_BYTES, params, data)?;
    let mut r = Reader {
        bytes,
        pos: V1_HEADER_BYTES,
    };
    let l = sizes.layers;
    let rms_att = r.f32s("rms_att", l * sizes.dim)?;
    let rms_ffn = r.f32s("rms_ffn", l * sizes.dim)?;
    let rms_final = r.f32s("rms_final", sizes.dim)?;
    let mut f = |name, n| r.f32s(name, n).map(Tensor::F32);
    let token_embedding = f("token_embedding", sizes.embedding)?;
    let wq = f("wq", l * sizes.wq)?;
    let wk = f("wk", l * sizes.wkv)?;
    let wv = f("wv", l * sizes.wkv)?;
    let wo = f("wo", l * sizes.wq)?;
    let w1 = f("w1", l * sizes.ffn)?;
    let w2 = f("w2", l * sizes.ffn)?;
    let w3 = f("w3", l * sizes.ffn)?;
    let wcls = if config.shared_classifier {
        None
    } else {
        Some(f("wcls", sizes.embedding)?)
    };
    Ok(Checkpoint {
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
    })
}

fn parse_v2(
    bytes: &[u8],
    config: Config,
    sizes: Sizes,
    params: u64,
) -> Result<Checkpoint, ModelError> {
    let raw_group = read_i32(bytes, GROUP_SIZE_OFFSET);
    if raw_group < 1 {
        return Err(ModelError::BadGroupSize {
            group_size: raw_group,
        });
    }
    let group_size = raw_group as usize;
    let quantized = sizes.quantized(config.shared_classifier);
    for &(tensor, numel, _) in &quantized {
        if numel % raw_group as u64 != 0 {
            return Err(ModelError::GroupSizeDoesNotDivide {
                group_size,
                tensor,
                numel,
            });
        }
    }
    // norms: (2 * n_layers + 1) * dim <= 2^49 values, cannot overflow
    let mut data = (2 * sizes.layers + 1) * sizes.dim * 4;
    for &(_, numel, layers) in &quantized {
        let per_layer = numel + numel / raw_group as u64 * 4; // int8 values + fp32 scales
        data = per_layer
            .checked_mul(layers)
            .and_then(|total| total.checked_add(data))
            .ok_or_else(|| overflow(&config, "the file size"))?;
    }
    check_length(bytes, V1_HEADER_BYTES, params, data)?;

    let mut r = Reader {
        bytes,
        pos: V1_HEADER_BYTES,
    };
    let l = sizes.layers;
    let rms_att = r.f32s("rms_att", l * sizes.dim)?;
    let rms_ffn = r.f32s("rms_ffn", l * sizes.dim)?;
    let rms_final = r.f32s("rms_final", sizes.dim)?;
    // same order as `Sizes::quantized`
    let token_embedding = r.q8("token_embedding", sizes.embedding, 1, group_size)?;
    let wq = r.q8("wq", sizes.wq, l, group_size)?;
    let wk = r.q8("wk", sizes.wkv, l, group_size)?;
    let wv = r.q8("wv", sizes.wkv, l, group_size)?;
    let wo = r.q8("wo", sizes.wq, l, group_size)?;
    let w1 = r.q8("w1", sizes.ffn, l, group_size)?;
    let w2 = r.q8("w2", sizes.ffn, l, group_size)?;
    let w3 = r.q8("w3", sizes.ffn, l, group_size)?;
    let wcls = match config.shared_classifier {
        true => None,
        false => Some(r.q8("wcls", sizes.embedding, 1, group_size)?),
    };
    Ok(Checkpoint {
        format: Format::V2,
        config,
        group_size: Some(group_size),
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
    })
}

/// Sequential reader over a buffer whose total length has already been checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    /// Takes `n` bytes; fails (rather than panics) if the length check was wrong.
    fn take(&mut self, n: u64) -> Result<&[u8], ModelError> {
        let available = self.bytes.len() - self.pos;
        let end = usize::try_from(n).ok().filter(|&n| n <= available).ok_or(
            ModelError::WeightsTruncated {
                weights: n / 4,
                bytes: n,
                with_rope_tables: false,
                available: available as u64,
            },
        )?;
        let out = &self.bytes[self.pos..self.pos + end];
        self.pos += end;
        Ok(out)
    }

    fn skip(&mut self, n: u64) {
        self.pos = (self.pos as u64 + n).min(self.bytes.len() as u64) as usize;
    }

    /// Reads `n` finite fp32 values of tensor `name`.
    fn f32s(&mut self, name: &'static str, n: u64) -> Result<Vec<f32>, ModelError> {
        let raw = self.take(n * 4)?;
        let mut out = Vec::with_capacity(raw.len() / 4);
        for (index, chunk) in raw.chunks_exact(4).enumerate() {
            let value = f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            if !value.is_finite() {
                return Err(ModelError::NonFinite {
                    tensor: name,
                    index,
                    value,
                });
            }
            out.push(value);
        }
        Ok(out)
    }

    /// Reads `layers` consecutive (int8 values, fp32 scales) blocks into one Q8 tensor.
    fn q8(
        &mut self,
        name: &'static str,
        numel: u64,
        layers: u64,
        group: usize,
    ) -> Result<Tensor, ModelError> {
        let groups = numel / group as u64;
        let mut q = Vec::with_capacity((numel * layers) as usize);
        let mut scales = Vec::with_capacity((groups * layers) as usize);
        for _ in 0..layers {
            q.extend(self.take(numel)?.iter().map(|&b| b as i8));
            let raw = self.take(groups * 4)?;
            for chunk in raw.chunks_exact(4) {
                let value = f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
                if !value.is_finite() {
                    return Err(ModelError::NonFiniteScale {
                        tensor: name,
                        index: scales.len(),
                        value,
                    });
                }
                scales.push(value);
            }
        }
        Ok(Tensor::Q8 {
            q,
            scales,
            group_size: group,
        })
    }
}
