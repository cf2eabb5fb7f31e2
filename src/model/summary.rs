//! A serializable description of a checkpoint and its tokenizer check, for `llm2sb3 inspect`
//! and for the web page's model panel.

use serde::Serialize;

use super::shape::parameter_count;
use super::tokenizer::{check_tokenizer, tokenizer_warnings};
use super::{Checkpoint, Config, Format, Tokenizer};

/// What a checkpoint is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckpointSummary {
    /// `"v0"`, `"v1"` or `"v2"`.
    pub format: &'static str,
    /// One-line description of the format.
    pub format_description: &'static str,
    /// Hyper-parameters.
    pub config: Config,
    /// dim / n_heads.
    pub head_size: usize,
    /// dim * n_kv_heads / n_heads.
    pub kv_dim: usize,
    /// Weights and norms (classifier counted once if shared; RoPE tables excluded).
    pub parameters: u64,
    /// Q8_0 group size (v2 only).
    pub group_size: Option<usize>,
    /// File size in bytes.
    pub file_bytes: u64,
}

/// What a tokenizer is and whether it fits the checkpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenizerSummary {
    /// Number of tokens.
    pub vocab_size: usize,
    /// `max_token_length` from the header.
    pub max_token_length: usize,
    /// File size in bytes.
    pub file_bytes: u64,
    /// Whether it can drive the checkpoint.
    pub matches: bool,
    /// Why not, if it cannot.
    pub mismatch: Option<String>,
    /// Problems that do not stop it from working (see `tokenizer_warnings`).
    pub warnings: Vec<String>,
}

/// The short name of a format.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::V0 => "v0",
        Format::V1 => "v1",
        Format::V2 => "v2",
    }
}

/// Describes a parsed checkpoint read from `file_bytes` bytes.
pub fn summarize_checkpoint(checkpoint: &Checkpoint, file_bytes: u64) -> CheckpointSummary {
    let c = &checkpoint.config;
    CheckpointSummary {
        format: format_name(checkpoint.format),
        format_description: match checkpoint.format {
            Format::V0 => "legacy llama2.c run.c format, fp32",
            Format::V1 => "llama2.c \"ak42\" version 1, fp32",
            Format::V2 => "llama2.c \"ak42\" version 2, Q8_0 (int8 + fp32 scale per group)",
        },
        config: *c,
        head_size: c.head_size(),
        kv_dim: c.kv_dim(),
        parameters: parameter_count(c),
        group_size: checkpoint.group_size,
        file_bytes,
    }
}

/// Describes a tokenizer read from `file_bytes` bytes and checks it against `config`.
pub fn summarize_tokenizer(
    tokenizer: &Tokenizer,
    config: &Config,
    file_bytes: u64,
) -> TokenizerSummary {
    let mismatch = check_tokenizer(tokenizer, config)
        .err()
        .map(|e| e.to_string());
    TokenizerSummary {
        vocab_size: tokenizer.vocab.len(),
        max_token_length: tokenizer.max_token_length,
        file_bytes,
        matches: mismatch.is_none(),
        mismatch,
        warnings: tokenizer_warnings(tokenizer),
    }
}
