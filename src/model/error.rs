//! Everything that can be wrong with a checkpoint or a tokenizer, one variant per failure.
//!
//! Messages say what was found and what was expected, in words a user dropping a file on
//! the web page can act on. Byte and weight counts are printed with thousands separators.

use std::fmt;

/// A number printed with thousands separators (`1040128` -> `1,040,128`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thousands(pub u64);

impl fmt::Display for Thousands {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        f.write_str(&out)
    }
}

/// Why a checkpoint or tokenizer could not be read, checked or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ModelError {
    /// The file ends inside the header.
    #[error(
        "checkpoint is truncated: a {format} header needs {needed} bytes but the file has only {got}"
    )]
    HeaderTruncated {
        /// Which header was being read ("llama2.c", "v1", ...).
        format: &'static str,
        /// Bytes the header needs.
        needed: usize,
        /// Bytes in the file.
        got: usize,
    },

    /// Neither the `ak42` magic nor a plausible legacy (v0) header.
    #[error(
        "not a llama2.c checkpoint: it does not start with the \"ak42\" magic (0x616b3432) of \
         formats v1/v2, and read as a legacy v0 header its dim would be {dim} (expected 1..={max})"
    )]
    UnknownFormat {
        /// The first 32-bit word read as a v0 `dim`.
        dim: i64,
        /// The largest dim accepted.
        max: u64,
    },

    /// `ak42` magic followed by a version this reader does not know.
    #[error(
        "unsupported checkpoint version {version} after the \"ak42\" magic: expected 1 (fp32) or 2 (Q8_0)"
    )]
    UnsupportedVersion {
        /// The version word.
        version: i64,
    },

    /// A header integer is zero, negative or absurdly large.
    #[error("{name} is {value} in the checkpoint header: expected 1..={max}")]
    DimOutOfRange {
        /// Header field name.
        name: &'static str,
        /// Its value.
        value: i64,
        /// The largest value accepted.
        max: u64,
    },

    /// `dim % n_heads != 0`.
    #[error("n_heads ({n_heads}) must divide dim ({dim})")]
    HeadsDoNotDivideDim {
        /// Query heads.
        n_heads: usize,
        /// Model width.
        dim: usize,
    },

    /// `n_heads % n_kv_heads != 0` (or more kv heads than heads).
    #[error("n_kv_heads ({n_kv_heads}) must divide n_heads ({n_heads}) and not exceed it")]
    KvHeadsDoNotDivideHeads {
        /// Key/value heads.
        n_kv_heads: usize,
        /// Query heads.
        n_heads: usize,
    },

    /// RoPE rotates pairs of values, so a head must have an even width.
    #[error("head size dim / n_heads = {head_size} must be even for rotary position embeddings")]
    OddHeadSize {
        /// dim / n_heads.
        head_size: usize,
    },

    /// A size computed from the header does not fit in 64 bits (or in this machine's memory).
    #[error(
        "checkpoint header claims a size that overflows while computing {what}: \
         dims {dim}, hidden_dim {hidden_dim}, n_layers {n_layers}, vocab_size {vocab_size}, seq_len {seq_len}"
    )]
    SizeOverflow {
        /// What was being computed.
        what: &'static str,
        /// Header dim.
        dim: usize,
        /// Header hidden_dim.
        hidden_dim: usize,
        /// Header n_layers.
        n_layers: usize,
        /// Header vocab_size.
        vocab_size: usize,
        /// Header seq_len.
        seq_len: usize,
    },

    /// Fewer weight bytes than the header promises.
    #[error(
        "checkpoint is truncated: the header says {} weights ({} bytes{}) but only {} bytes follow",
        Thousands(*.weights), Thousands(*.bytes),
        if *.with_rope_tables { " with the RoPE tables" } else { "" },
        Thousands(*.available)
    )]
    WeightsTruncated {
        /// Number of model weights the header implies.
        weights: u64,
        /// Bytes the data after the header takes.
        bytes: u64,
        /// Whether `bytes` includes a v0 file's two RoPE tables.
        with_rope_tables: bool,
        /// Bytes after the header.
        available: u64,
    },

    /// More bytes than the header accounts for.
    #[error(
        "checkpoint has {} trailing bytes: the header accounts for {} bytes but the file has {} \
         (wrong header, or a different format?)",
        Thousands(*.actual - *.expected), Thousands(*.expected), Thousands(*.actual)
    )]
    TrailingBytes {
        /// Bytes the header accounts for.
        expected: u64,
        /// Bytes in the file.
        actual: u64,
    },

    /// A v2 group size that is not positive.
    #[error("Q8_0 group size is {group_size} in the v2 header: expected a positive integer")]
    BadGroupSize {
        /// The header value.
        group_size: i64,
    },

    /// A v2 group size that does not divide a tensor the file quantizes as a whole.
    #[error(
        "Q8_0 group size {group_size} does not divide {tensor} ({numel} values per layer): \
         v2 files quantize each tensor in whole groups"
    )]
    GroupSizeDoesNotDivide {
        /// The group size.
        group_size: usize,
        /// Tensor name.
        tensor: &'static str,
        /// Values per layer of that tensor.
        numel: u64,
    },

    /// A weight, norm or scale that is NaN or infinite.
    #[error("{tensor}[{index}] is {value}: every weight and scale must be a finite number")]
    NonFinite {
        /// Tensor name.
        tensor: &'static str,
        /// Index in the tensor (layer-major, flattened).
        index: usize,
        /// The value.
        value: f32,
    },

    /// A Q8_0 scale that is NaN or infinite.
    #[error("{tensor} scales[{index}] is {value}: every weight and scale must be a finite number")]
    NonFiniteScale {
        /// The quantized tensor the scale belongs to.
        tensor: &'static str,
        /// Index of the scale (layer-major over the tensor's groups).
        index: usize,
        /// The value.
        value: f32,
    },

    /// `tokenizer.bin` is shorter than its 4-byte header.
    #[error(
        "tokenizer is truncated: it needs a 4-byte max_token_length header but has {got} bytes"
    )]
    TokenizerHeaderTruncated {
        /// Bytes in the file.
        got: usize,
    },

    /// `max_token_length` is not positive or absurd.
    #[error("tokenizer max_token_length is {value}: expected 1..={max}")]
    BadMaxTokenLength {
        /// The header value.
        value: i64,
        /// Largest accepted.
        max: usize,
    },

    /// The file ends inside a token record.
    #[error(
        "tokenizer is truncated inside token {token} at byte {offset}: it needs {needed} more bytes \
         but only {available} remain"
    )]
    TokenizerTruncated {
        /// Token id being read.
        token: usize,
        /// Byte offset of the record.
        offset: usize,
        /// Bytes needed.
        needed: u64,
        /// Bytes left.
        available: usize,
    },

    /// A token length that is negative or longer than `max_token_length`.
    #[error("tokenizer token {token} has length {len}: expected 0..={max_token_length} (max_token_length)")]
    BadTokenLength {
        /// Token id.
        token: usize,
        /// The length field.
        len: i64,
        /// The header's max_token_length.
        max_token_length: usize,
    },

    /// A merge score that is NaN or infinite.
    #[error("tokenizer token {token} has score {score}: scores must be finite")]
    NonFiniteScore {
        /// Token id.
        token: usize,
        /// The score.
        score: f32,
    },

    /// A tokenizer with a header and no tokens.
    #[error("tokenizer has no tokens: after the 4-byte header the file is empty")]
    EmptyTokenizer,

    /// Tokenizer and checkpoint disagree on the vocabulary size.
    #[error(
        "tokenizer does not match the checkpoint: it has {tokenizer} tokens but the checkpoint's \
         vocab_size is {checkpoint} (use the tokenizer the model was trained with)"
    )]
    VocabMismatch {
        /// Tokens in the tokenizer.
        tokenizer: usize,
        /// Checkpoint vocab_size.
        checkpoint: usize,
    },

    /// A file of another kind (a Scratch project, PyTorch, safetensors, GGUF, a zip, ...)
    /// where a llama2.c checkpoint or tokenizer was expected.
    #[error("this is {found}, not {expected}")]
    ForeignFile {
        /// What the file is, with what to do about it.
        found: &'static str,
        /// What was expected here.
        expected: &'static str,
    },

    /// A tokenizer where a checkpoint was expected, or the other way round.
    #[error("this is {found}, not {expected}: it belongs in the other slot")]
    SwappedFile {
        /// What the file is.
        found: String,
        /// What was expected here.
        expected: &'static str,
    },

    /// A writer was given weights whose lengths do not match the config.
    #[error(
        "cannot write checkpoint: {tensor} has {actual} values but the config needs {expected}"
    )]
    TensorSizeMismatch {
        /// Tensor name.
        tensor: &'static str,
        /// Values present.
        actual: usize,
        /// Values the config implies.
        expected: u64,
    },

    /// A writer was given a config field that does not fit the file's 32-bit header.
    #[error("cannot write checkpoint: {name} = {value} does not fit the 32-bit header field")]
    HeaderFieldTooLarge {
        /// Field name.
        name: &'static str,
        /// Its value.
        value: u64,
    },

    /// A v2 writer was asked for a group size that does not divide a tensor.
    #[error(
        "cannot write a v2 checkpoint with group size {group_size}: it must be positive and \
         divide {tensor} ({numel} values per layer)"
    )]
    WriteGroupSize {
        /// Group size requested.
        group_size: usize,
        /// First tensor it does not divide.
        tensor: &'static str,
        /// That tensor's per-layer size.
        numel: u64,
    },
}

/// What a checkpoint slot expects, in words.
pub const EXPECTED_CHECKPOINT: &str =
    "a llama2.c checkpoint (the model's .bin file, e.g. stories260K.bin)";
/// What a tokenizer slot expects, in words.
pub const EXPECTED_TOKENIZER: &str =
    "a llama2.c tokenizer (a .bin file such as tok512.bin or tokenizer.bin)";

/// Recognises files that are not llama2.c files at all, from their first bytes, and says
/// what they are and what to do. `None` for anything else (including llama2.c files).
pub fn foreign_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(64)];
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Some(if contains(b"project.json") {
            "a Scratch project (.sb3): llm2sb3 builds these and cannot read one back; open it in Scratch or TurboWarp"
        } else if contains(b"sprite.json") {
            "a Scratch sprite (.sprite3): llm2sb3 builds these; import it in Scratch or TurboWarp"
        } else if contains(b"data.pkl") {
            "a PyTorch checkpoint (.pt or .pth): convert it with llama2.c's export.py (python export.py model.bin --checkpoint ckpt.pt)"
        } else {
            "a zip archive: unzip it and choose the .bin file inside"
        });
    }
    if head.len() >= 2 && head[0] == 0x80 && (2..=5).contains(&head[1]) {
        return Some("a Python pickle, as older PyTorch .pt/.pth files are: convert it with llama2.c's export.py (python export.py model.bin --checkpoint ckpt.pt)");
    }
    if head.starts_with(b"GGUF") || head.starts_with(b"ggjt") || head.starts_with(b"ggml") {
        return Some("a GGUF/GGML file (llama.cpp): llm2sb3 reads llama2.c .bin files, such as the tinyllamas models");
    }
    if head.len() >= 10 {
        let n = u64::from_le_bytes(head[..8].try_into().unwrap_or([0; 8]));
        if head[8] == b'{' && head[9] == b'"' && n > 2 && n < bytes.len() as u64 {
            return Some("a safetensors file (Hugging Face weights): convert it with llama2.c's export.py (python export.py model.bin --hf <model folder>)");
        }
    }
    if head.starts_with(&[0x1f, 0x8b]) {
        return Some("a gzip-compressed file: decompress it first");
    }
    if head.len() >= 8
        && head
            .iter()
            .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace())
    {
        return Some("a text file (a web page or JSON?): perhaps a download page was saved instead of the file itself");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::Thousands;

    #[test]
    fn thousands_separators() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1_040_128, "1,040,128"),
            (u64::MAX, "18,446,744,073,709,551,615"),
        ];
        for (n, s) in cases {
            assert_eq!(Thousands(n).to_string(), s);
        }
    }
}
