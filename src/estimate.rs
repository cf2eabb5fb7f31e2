//! A quick size estimate of the project a preset will build, from the model's dimensions
//! alone (no weights needed), for the web form's live figures.
//!
//! It follows the packer's image layout (header, weights, RoPE tables, tokenizer, buffers,
//! KV cache; Q8_0 rows as one scale per group plus the group's int8 four to an item) and
//! typical JSON widths per kind of number. The build report carries the exact figures; this
//! is the one place to swap for the packer's own planning function once it is public.

use serde::Serialize;

use crate::model::Config;
use crate::preset::{Preset, Quant};

/// scratch.mit.edu's limit on project.json, in bytes (5 MiB).
pub const SCRATCH_PROJECT_JSON_LIMIT: u64 = 5 * 1024 * 1024;
/// Items in the image header (dims, addresses, options).
const HEADER_ITEMS: u64 = 64;
/// Prompt buffer capacity the packer reserves, in bytes.
const PROMPT_CAP: u64 = 1024;
/// JSON bytes (with its comma) of a weight or scale written as a number, e.g. `-0.01234567,`.
const FLOAT_JSON: u64 = 12;
/// JSON bytes of four int8 packed into one item, e.g. `2155905152,`.
const PACKED_JSON: u64 = 11;
/// JSON bytes of a zero-filled buffer item, `0,`.
const ZERO_JSON: u64 = 2;
/// JSON bytes of a small integer item (token offsets, lengths, bytes), e.g. `1234,`.
const SMALL_INT_JSON: u64 = 5;
/// project.json bytes besides the memory list: blocks, variables, costumes (an allowance).
const BLOCKS_JSON: u64 = 400_000;

/// The estimate for one model and preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// Items in the memory list.
    pub list_items: u64,
    /// Bytes of project.json.
    pub project_json_bytes: u64,
    /// Whether project.json fits [`SCRATCH_PROJECT_JSON_LIMIT`].
    pub fits_scratch_website: bool,
}

/// List items of one weight row of `len` values: one per value (float), or per group one
/// scale plus its values four to an item (q8).
fn row_items(len: u64, preset: &Preset) -> u64 {
    match preset.quant {
        Quant::Float => len,
        Quant::Q8 => {
            let g = (preset.group as u64).clamp(1, len.max(1));
            let full = len / g;
            let rest = len % g;
            full * (1 + g.div_ceil(4)) + if rest > 0 { 1 + rest.div_ceil(4) } else { 0 }
        }
    }
}

/// JSON bytes of one weight row (see [`row_items`]).
fn row_json(len: u64, preset: &Preset) -> u64 {
    match preset.quant {
        Quant::Float => len * FLOAT_JSON,
        Quant::Q8 => {
            let groups = len.div_ceil((preset.group as u64).clamp(1, len.max(1)));
            groups * FLOAT_JSON + (row_items(len, preset) - groups) * PACKED_JSON
        }
    }
}

/// Estimates the list items and project.json bytes of building `config` with `preset`.
/// Saturates instead of overflowing for absurd dimensions.
pub fn estimate(config: &Config, preset: &Preset) -> Estimate {
    let c = config;
    let (dim, hid, layers) = (c.dim as u64, c.hidden_dim as u64, c.n_layers as u64);
    let (vocab, kv) = (c.vocab_size as u64, c.kv_dim() as u64);
    let seq = preset.effective_seq(c).min(c.seq_len) as u64;
    let classifiers = if c.shared_classifier { 1 } else { 2 };
    let m = |a: u64, b: u64| a.saturating_mul(b);

    // (rows, row length) of every weight matrix
    let rows_of_dim = m(vocab, classifiers).saturating_add(m(
        layers,
        m(2, dim).saturating_add(m(2, kv)).saturating_add(m(2, hid)),
    ));
    let rows_of_hid = m(layers, dim);
    let weight_items = m(rows_of_dim, row_items(dim, preset))
        .saturating_add(m(rows_of_hid, row_items(hid, preset)));
    let weight_json =
        m(rows_of_dim, row_json(dim, preset)).saturating_add(m(rows_of_hid, row_json(hid, preset)));

    let norms = m(m(2, layers), dim).saturating_add(dim);
    let rope = m(seq, c.head_size() as u64); // cos and sin, head_size / 2 each
    let tokenizer = m(vocab, 4).saturating_add(m(vocab, 3)); // offsets, lengths, scores, order + ~3 bytes per token
    let buffers = m(4, dim)
        .saturating_add(m(2, hid))
        .saturating_add(m(c.n_heads as u64, seq))
        .saturating_add(m(2, vocab))
        .saturating_add(m(4, PROMPT_CAP))
        .saturating_add(dim.max(hid) * 2);
    let kv_cache = m(m(2, layers), m(seq, kv));

    let list_items = HEADER_ITEMS
        .saturating_add(weight_items)
        .saturating_add(norms)
        .saturating_add(rope)
        .saturating_add(tokenizer)
        .saturating_add(buffers)
        .saturating_add(kv_cache);
    let list_json = m(HEADER_ITEMS, SMALL_INT_JSON + 2)
        .saturating_add(weight_json)
        .saturating_add(m(norms.saturating_add(rope), FLOAT_JSON))
        .saturating_add(m(tokenizer, SMALL_INT_JSON))
        .saturating_add(m(buffers.saturating_add(kv_cache), ZERO_JSON));
    let project_json_bytes = list_json.saturating_add(BLOCKS_JSON);
    Estimate {
        list_items,
        project_json_bytes,
        fits_scratch_website: project_json_bytes <= SCRATCH_PROJECT_JSON_LIMIT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stories260k() -> Config {
        Config {
            dim: 64,
            hidden_dim: 172,
            n_layers: 5,
            n_heads: 8,
            n_kv_heads: 4,
            vocab_size: 512,
            seq_len: 512,
            shared_classifier: true,
        }
    }

    #[test]
    fn q8_rows_count_scales_and_packed_values_with_a_ragged_last_group() {
        let p = Preset {
            group: 4,
            ..Preset::default()
        };
        assert_eq!(row_items(172, &p), 43 * 2);
        let p = Preset {
            group: 32,
            ..Preset::default()
        };
        // 5 full groups of 32 (1 + 8 items) and a ragged group of 12 (1 + 3 items)
        assert_eq!(row_items(172, &p), 5 * 9 + 4);
        let p = Preset {
            quant: Quant::Float,
            ..Preset::default()
        };
        assert_eq!(row_items(172, &p), 172);
    }

    #[test]
    fn float_costs_more_than_q8_and_a_shorter_context_costs_less() {
        let c = stories260k();
        let q8 = estimate(&c, &Preset::default());
        let float = estimate(
            &c,
            &Preset {
                quant: Quant::Float,
                ..Preset::default()
            },
        );
        let short = estimate(
            &c,
            &Preset {
                seq: Some(64),
                ..Preset::default()
            },
        );
        assert!(float.list_items > q8.list_items);
        assert!(float.project_json_bytes > q8.project_json_bytes);
        assert!(short.list_items < q8.list_items);
        // stories260K has ~260K parameters: q8 g4 takes about half an item each, plus the
        // 2 * 5 layers * 512 positions * 32 kv_dim KV cache
        assert!((250_000..450_000).contains(&q8.list_items), "{q8:?}");
        assert!(q8.fits_scratch_website && float.fits_scratch_website);
    }

    #[test]
    fn huge_models_do_not_fit_and_do_not_overflow() {
        let c = Config {
            dim: 1 << 24,
            hidden_dim: 1 << 24,
            n_layers: 1 << 24,
            vocab_size: 1 << 24,
            seq_len: 1 << 24,
            n_heads: 1,
            n_kv_heads: 1,
            shared_classifier: false,
        };
        let e = estimate(
            &c,
            &Preset {
                quant: Quant::Float,
                ..Preset::default()
            },
        );
        assert!(!e.fits_scratch_website);
        assert_eq!(e.list_items, u64::MAX);
    }
}
