//! Reading and checking llama2.c's `tokenizer.bin`.
//!
//! Layout (little-endian): i32 `max_token_length`, then for every token: f32 merge score,
//! i32 byte length, that many bytes. The token count is not stored: tokens run to the end of
//! the file, and `run.c` takes the count from the checkpoint's vocab_size. So we read to EOF
//! and [`check_tokenizer`] compares the count with the checkpoint.
//!
//! What is an error and what is a warning:
//! - errors (the tokenizer cannot be used): truncated records, a negative length or one above
//!   `max_token_length` (`run.c`'s encoder sizes its buffers from it), non-finite scores (the
//!   BPE merge loop compares them), no tokens, and a token count different from the
//!   checkpoint's vocab_size (token ids would index the wrong rows);
//! - warnings ([`tokenizer_warnings`], the model still runs): ids 3..=258 that are not the
//!   byte tokens `<0x00>`..`<0xFF>`, or a vocabulary too small to hold them. `run.c`'s encoder
//!   maps a byte it cannot merge to id `byte + 3`, so without them a prompt with unusual
//!   characters encodes to wrong tokens; decoding and generation are unaffected.

use super::error::ModelError;
use super::{Config, Tokenizer};

/// Largest `max_token_length` accepted (llama2.c's Llama 2 tokenizer uses 27).
pub const MAX_TOKEN_LENGTH: usize = 1 << 16;

/// Id of the first byte-fallback token `<0x00>` in llama2.c vocabularies.
pub const FIRST_BYTE_TOKEN: usize = 3;

fn word(bytes: &[u8], at: usize) -> [u8; 4] {
    let mut w = [0u8; 4];
    w.copy_from_slice(&bytes[at..at + 4]);
    w
}

/// Reads a `tokenizer.bin`.
/// A file that is not a tokenizer says what it is instead (a checkpoint, a zip, ...).
pub fn parse_tokenizer(bytes: &[u8]) -> Result<Tokenizer, ModelError> {
    parse_tokenizer_bytes(bytes).map_err(|e| explain_not_tokenizer(bytes).unwrap_or(e))
}

/// What a file that failed to parse as a tokenizer is, if it is something recognisable:
/// another kind of file, or a llama2.c checkpoint.
pub fn explain_not_tokenizer(bytes: &[u8]) -> Option<ModelError> {
    use super::error::{foreign_kind, EXPECTED_TOKENIZER};
    if let Some(found) = foreign_kind(bytes) {
        return Some(ModelError::ForeignFile {
            found,
            expected: EXPECTED_TOKENIZER,
        });
    }
    let checkpoint = super::checkpoint::parse_checkpoint_bytes(bytes).ok()?;
    Some(ModelError::SwappedFile {
        found: format!(
            "a llama2.c checkpoint ({}, vocabulary {})",
            super::summary::format_name(checkpoint.format),
            checkpoint.config.vocab_size
        ),
        expected: EXPECTED_TOKENIZER,
    })
}

/// [`parse_tokenizer`] without the explanation of other kinds of file.
pub(crate) fn parse_tokenizer_bytes(bytes: &[u8]) -> Result<Tokenizer, ModelError> {
    if bytes.len() < 4 {
        return Err(ModelError::TokenizerHeaderTruncated { got: bytes.len() });
    }
    let max_raw = i32::from_le_bytes(word(bytes, 0)) as i64;
    if max_raw < 1 || max_raw as u64 > MAX_TOKEN_LENGTH as u64 {
        return Err(ModelError::BadMaxTokenLength {
            value: max_raw,
            max: MAX_TOKEN_LENGTH,
        });
    }
    let max_token_length = max_raw as usize;
    let mut vocab = Vec::new();
    let mut scores = Vec::new();
    let mut pos = 4;
    while pos < bytes.len() {
        let token = vocab.len();
        let remaining = bytes.len() - pos;
        if remaining < 8 {
            return Err(ModelError::TokenizerTruncated {
                token,
                offset: pos,
                needed: 8,
                available: remaining,
            });
        }
        let score = f32::from_le_bytes(word(bytes, pos));
        let len = i32::from_le_bytes(word(bytes, pos + 4)) as i64;
        if !score.is_finite() {
            return Err(ModelError::NonFiniteScore { token, score });
        }
        if len < 0 || len as u64 > max_token_length as u64 {
            return Err(ModelError::BadTokenLength {
                token,
                len,
                max_token_length,
            });
        }
        let len = len as usize;
        if remaining - 8 < len {
            return Err(ModelError::TokenizerTruncated {
                token,
                offset: pos,
                needed: 8 + len as u64,
                available: remaining,
            });
        }
        vocab.push(bytes[pos + 8..pos + 8 + len].to_vec());
        scores.push(score);
        pos += 8 + len;
    }
    if vocab.is_empty() {
        return Err(ModelError::EmptyTokenizer);
    }
    Ok(Tokenizer {
        max_token_length,
        vocab,
        scores,
    })
}

/// Checks that a tokenizer can drive this checkpoint: the token count must equal vocab_size.
pub fn check_tokenizer(tokenizer: &Tokenizer, config: &Config) -> Result<(), ModelError> {
    if tokenizer.vocab.len() != config.vocab_size {
        return Err(ModelError::VocabMismatch {
            tokenizer: tokenizer.vocab.len(),
            checkpoint: config.vocab_size,
        });
    }
    Ok(())
}

/// The llama2.c name of byte token `b`: `<0x0A>` for b'\n'.
pub fn byte_token_name(b: u8) -> String {
    format!("<0x{b:02X}>")
}

/// Problems that do not stop the model from running but degrade prompt encoding.
pub fn tokenizer_warnings(tokenizer: &Tokenizer) -> Vec<String> {
    let mut warnings = Vec::new();
    let n = tokenizer.vocab.len();
    if n < FIRST_BYTE_TOKEN + 256 {
        warnings.push(format!(
            "the vocabulary has {n} tokens, too few for the byte tokens <0x00>..<0xFF> at ids 3..=258: \
             prompt characters that no token covers will encode to wrong tokens"
        ));
        return warnings;
    }
    let misplaced: Vec<usize> = (0..=255u8)
        .filter(|&b| {
            tokenizer.vocab[FIRST_BYTE_TOKEN + b as usize] != byte_token_name(b).as_bytes()
        })
        .map(|b| FIRST_BYTE_TOKEN + b as usize)
        .collect();
    if let Some(&first) = misplaced.first() {
        warnings.push(format!(
            "{} of ids 3..=258 are not the byte tokens <0x00>..<0xFF> (first: id {first} is {:?}, \
             expected {:?}): prompt characters that no token covers will encode to wrong tokens",
            misplaced.len(),
            String::from_utf8_lossy(&tokenizer.vocab[first]),
            byte_token_name((first - FIRST_BYTE_TOKEN) as u8),
        ));
    }
    warnings
}
