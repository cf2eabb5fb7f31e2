//! llama2.c model I/O: checkpoints (formats v0, v1, v2) and `tokenizer.bin`.
//!
//! Everything here is parsed from bytes (the web app has no file system) and every size is
//! checked against the input length before anything is allocated.

pub mod checkpoint;
pub mod error;
pub mod shape;
pub mod summary;
// Test fixtures (random checkpoints, a simple tokenizer): only with the `testing` feature,
// which tests/, benches/ and examples/ enable.
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod tokenizer;
pub mod write;

pub use checkpoint::parse_checkpoint;
pub use error::ModelError;
pub use shape::{check_config, parameter_count, Sizes};
pub use summary::{summarize_checkpoint, summarize_tokenizer, CheckpointSummary, TokenizerSummary};
#[cfg(any(test, feature = "testing"))]
pub use testing::{random_checkpoint, simple_tokenizer};
pub use tokenizer::{check_tokenizer, parse_tokenizer, tokenizer_warnings};
pub use write::{write_checkpoint, write_tokenizer};

/// Which llama2.c file format a checkpoint was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Legacy `run.c` format: 7-int header, fp32, negative vocab = unshared classifier,
    /// RoPE tables stored after the final norm.
    V0,
    /// `"ak42"` magic, version 1: fp32 weights, 256-byte header with a shared-classifier flag.
    V1,
    /// `"ak42"` magic, version 2: Q8_0 weights (int8 + fp32 scale per group).
    V2,
}

/// Model hyper-parameters, as in llama2.c's `Config`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Config {
    /// Transformer width.
    pub dim: usize,
    /// Feed-forward hidden width.
    pub hidden_dim: usize,
    /// Number of layers.
    pub n_layers: usize,
    /// Number of query heads.
    pub n_heads: usize,
    /// Number of key/value heads (≤ n_heads, divides it).
    pub n_kv_heads: usize,
    /// Vocabulary size (always positive here).
    pub vocab_size: usize,
    /// Maximum sequence length the model was trained for.
    pub seq_len: usize,
    /// Whether the classifier shares the token-embedding matrix.
    pub shared_classifier: bool,
}

impl Config {
    /// Width of one attention head.
    pub fn head_size(&self) -> usize {
        self.dim / self.n_heads
    }

    /// Width of the key/value projections.
    pub fn kv_dim(&self) -> usize {
        self.dim * self.n_kv_heads / self.n_heads
    }
}

/// One weight matrix (or stack of per-layer matrices) in row-major order.
#[derive(Debug, Clone, PartialEq)]
pub enum Tensor {
    /// fp32 values.
    F32(Vec<f32>),
    /// Q8_0 as stored in a v2 file: groups of `group_size` consecutive values of the
    /// flattened per-layer tensor share one fp32 scale; value = q * scale.
    Q8 {
        /// Quantized values.
        q: Vec<i8>,
        /// One scale per group.
        scales: Vec<f32>,
        /// Group size from the file header.
        group_size: usize,
    },
}

impl Tensor {
    /// Number of values.
    pub fn len(&self) -> usize {
        match self {
            Tensor::F32(v) => v.len(),
            Tensor::Q8 { q, .. } => q.len(),
        }
    }

    /// Whether the tensor holds no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values as fp32 (Q8_0: `q * scale` in f32, as llama2.c's `runq.c` dequantizes).
    /// Values whose group has no scale (an inconsistent tensor) come out as 0.
    pub fn to_f32(&self) -> Vec<f32> {
        match self {
            Tensor::F32(v) => v.clone(),
            Tensor::Q8 {
                q,
                scales,
                group_size,
            } => {
                let g = (*group_size).max(1);
                q.iter()
                    .enumerate()
                    .map(|(i, &v)| v as f32 * scales.get(i / g).copied().unwrap_or(0.0))
                    .collect()
            }
        }
    }
}

/// All weights of a checkpoint, in llama2.c's order. Per-layer tensors are concatenated
/// over layers (layer-major), as in the files.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// (vocab_size, dim)
    pub token_embedding: Tensor,
    /// (n_layers, dim)
    pub rms_att: Vec<f32>,
    /// (n_layers, dim, dim) — rows of length dim.
    pub wq: Tensor,
    /// (n_layers, kv_dim, dim)
    pub wk: Tensor,
    /// (n_layers, kv_dim, dim)
    pub wv: Tensor,
    /// (n_layers, dim, dim)
    pub wo: Tensor,
    /// (n_layers, dim)
    pub rms_ffn: Vec<f32>,
    /// (n_layers, hidden_dim, dim)
    pub w1: Tensor,
    /// (n_layers, dim, hidden_dim)
    pub w2: Tensor,
    /// (n_layers, hidden_dim, dim)
    pub w3: Tensor,
    /// (dim,)
    pub rms_final: Vec<f32>,
    /// (vocab_size, dim); `None` when the classifier is shared with `token_embedding`.
    pub wcls: Option<Tensor>,
}

/// A parsed checkpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Checkpoint {
    /// The file format it came from.
    pub format: Format,
    /// Hyper-parameters.
    pub config: Config,
    /// Q8_0 group size of a v2 file.
    pub group_size: Option<usize>,
    /// The weights.
    pub weights: Weights,
}

/// A parsed `tokenizer.bin`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tokenizer {
    /// `max_token_length` from the header.
    pub max_token_length: usize,
    /// Token byte strings (not necessarily UTF-8), indexed by token id.
    pub vocab: Vec<Vec<u8>>,
    /// Merge scores, indexed by token id.
    pub scores: Vec<f32>,
}
