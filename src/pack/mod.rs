//! The packer: quantize (Q8_0) or keep float, and lay out the one memory image the
//! inference program (`prebuilt_ir/llama2_scratch.c`) reads at run time.
//!
//! # The image
//! A flat list of numbers (one Scratch list item each, `f64` here): a header of
//! [`header::HEADER_SIZE`] items (fields and their meaning in [`header`]), then the parts
//! in this order: weights, RoPE tables, tokenizer data, then zero-filled buffers (activations,
//! KV cache for `seq` positions, Q8_0 scratch, sampler heap, prompt buffers). Addresses in the
//! header are item offsets from the image start.
//!
//! # Weight layouts
//! - **float**: each weight is [`quantize::f32_to_image`] of its f32 value (the shortest
//!   decimal that reads back as that f32, as an f64); rows are contiguous.
//! - **q8** (Q8_0, group size `g ≥ 1`): each row (the inner dimension of a matrix) is cut into
//!   groups of `g` values, the last one ragged when `g` does not divide the row. A group is
//!   stored as one scale item followed by its int8 values four to an item in offset binary
//!   (`b = q + 128`, `item = b0 + 256 b1 + 65536 b2 + 16777216 b3`); a group whose length is
//!   not a multiple of 4 pads its last item with byte 0; a group longer than a row covers the
//!   whole row. RMSNorm weights stay float.
//!   The program decodes with three floors per item (see `q8_prepare` in the C program).
//!
//! A v2 checkpoint's Q8_0 data is copied without requantizing when its group size equals the
//! requested one and divides both row lengths; otherwise it is dequantized (q * scale in f32)
//! and requantized, and the report says so.

pub mod header;
pub mod json_sink;
pub mod plan;
pub mod quantize;
pub mod report;
pub mod tokens;

mod builder;

pub use builder::{fill, pack, plan_for, token_bytes, ItemSink};
pub use plan::Plan;
pub use report::PackReport;

/// Weight layout of the image (the preset's choice; one type for both).
pub use crate::preset::Quant;

/// Sampling defaults stored in the header (the stage sliders start from them).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SamplingDefaults {
    /// Positions to run, prompt included (0: the whole context).
    pub steps: usize,
    /// Temperature (≤ 0: greedy).
    pub temperature: f64,
    /// Top-k (0: off).
    pub topk: usize,
    /// Top-p (≤ 0 or ≥ 1: off).
    pub topp: f64,
    /// Park–Miller seed.
    pub seed: u64,
}

impl Default for SamplingDefaults {
    fn default() -> Self {
        SamplingDefaults {
            steps: 256,
            temperature: 1.0,
            topk: 0,
            topp: 0.9,
            seed: 42,
        }
    }
}

/// What the image looks like: a `Preset` converts into this.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Layout {
    /// Weight layout.
    pub quant: Quant,
    /// Q8_0 group size (ignored for float).
    pub group: usize,
    /// Context length (KV cache positions); None: the model's seq_len.
    pub seq: Option<usize>,
    /// Capacity of the prompt buffer in UTF-8 bytes (longer prompts are cut at a character).
    pub prompt_cap: usize,
    /// Sampling defaults written to the header.
    pub sampling: SamplingDefaults,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            quant: Quant::Q8,
            group: 32,
            seq: None,
            prompt_cap: 1024,
            sampling: SamplingDefaults::default(),
        }
    }
}

/// Largest image the program can address: byte offsets of 32-bit words must fit an i32.
pub const MAX_ITEMS: usize = (1 << 31) / 4;

/// Why an image could not be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PackError {
    /// Q8_0 group size out of range.
    #[error("group size {group} is invalid: expected 1 ..= {max} (the longest row, max(dim, hidden_dim))")]
    BadGroup {
        /// Requested group size.
        group: usize,
        /// Longest row (max of dim and hidden_dim).
        max: usize,
    },
    /// A W8A8 layout the program cannot run.
    #[error("W8A8 (8-bit activations): {0}")]
    BadW8a8(String),
    /// Requested context length out of range.
    #[error("seq {seq} is invalid: expected 1 ..= {max} (the model's seq_len)")]
    BadSeq {
        /// Requested seq.
        seq: usize,
        /// Model seq_len.
        max: usize,
    },
    /// Prompt capacity out of range.
    #[error("prompt capacity {0} is invalid: expected 1 ..= 65536 bytes")]
    BadPromptCap(usize),
    /// The image would be too large for 32-bit addressing.
    #[error("the image needs {items} list items; at most {MAX_ITEMS} can be addressed")]
    TooLarge {
        /// Items needed (saturated).
        items: usize,
    },
    /// Dimensions the program cannot run.
    #[error("unsupported model dimensions: {0}")]
    BadDims(String),
    /// A tensor's length does not match the config.
    #[error("tensor {name} has {got} values, expected {expected}")]
    BadTensor {
        /// Tensor name.
        name: &'static str,
        /// Values found.
        got: usize,
        /// Values expected.
        expected: usize,
    },
    /// Tokenizer and checkpoint disagree.
    #[error("tokenizer has {tokenizer} tokens, checkpoint vocab_size is {model}")]
    VocabMismatch {
        /// Tokenizer vocabulary.
        tokenizer: usize,
        /// Checkpoint vocabulary.
        model: usize,
    },
    /// An image whose header is not what this program expects.
    #[error("not a valid image: {0}")]
    BadImage(String),
}

/// The packed memory image.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// The list items: header then data.
    pub items: Vec<f64>,
    /// Sizes per part, JSON bytes, notes.
    pub report: PackReport,
}

impl From<&crate::preset::Preset> for Layout {
    /// The image layout and sampling defaults a preset asks for. The prompt buffer holds at
    /// least 1024 bytes, and the preset's own prompt.
    fn from(p: &crate::preset::Preset) -> Layout {
        Layout {
            quant: p.quant,
            group: p.group,
            seq: p.seq,
            prompt_cap: p.prompt.len().max(1024),
            sampling: SamplingDefaults {
                steps: p.steps,
                temperature: p.temperature,
                topk: p.topk,
                topp: p.topp,
                seed: p.seed as u64,
            },
        }
    }
}
