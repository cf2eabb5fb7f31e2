//! llama2.c checkpoints of any shape with deterministic random weights, and the shapes of
//! llama2.c's stories15M, stories42M and stories110M (32,000-token Llama 2 vocabulary).

use llm2sb3::model::{
    random_checkpoint, simple_tokenizer, write_checkpoint, write_tokenizer, Config, Format,
};

/// A model shape.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Short name (`15M`, ...).
    pub name: &'static str,
    /// The config (classifier shared, as in llama2.c's stories models).
    pub config: Config,
}

const fn shape(
    name: &'static str,
    dim: usize,
    hidden_dim: usize,
    layers: usize,
    heads: usize,
    seq_len: usize,
) -> Shape {
    Shape {
        name,
        config: Config {
            dim,
            hidden_dim,
            n_layers: layers,
            n_heads: heads,
            n_kv_heads: heads,
            vocab_size: 32000,
            seq_len,
            shared_classifier: true,
        },
    }
}

/// stories15M: dim 288, hidden 768, 6 layers, 6 heads, seq 256.
pub const S15M: Shape = shape("15M", 288, 768, 6, 6, 256);
/// stories42M: dim 512, hidden 1376, 8 layers, 8 heads, seq 1024.
pub const S42M: Shape = shape("42M", 512, 1376, 8, 8, 1024);
/// stories110M: dim 768, hidden 2048, 12 layers, 12 heads, seq 1024.
pub const S110M: Shape = shape("110M", 768, 2048, 12, 12, 1024);

/// The checkpoint file of `config` in `format` (v0 = legacy, v1 = fp32, v2 = Q8_0) with
/// random weights, the same for the same `(config, seed)`.
pub fn checkpoint_file(config: Config, format: Format, seed: u64) -> Vec<u8> {
    let ck = random_checkpoint(config, seed);
    write_checkpoint(&ck, format).expect("a valid shape writes")
}

/// A tokenizer.bin with `vocab` tokens (byte tokens, ASCII, merges, fillers).
pub fn tokenizer_file(vocab: usize) -> Vec<u8> {
    write_tokenizer(&simple_tokenizer(vocab))
}
