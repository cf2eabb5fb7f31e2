//! How big every tensor of a model is, from its `Config` alone, with overflow checks; and the
//! shape rules (divisibility) every llama2.c model obeys.

use super::error::ModelError;
use super::Config;

/// Per-layer value counts of every tensor, computed with overflow checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Number of layers.
    pub layers: u64,
    /// One norm vector (dim).
    pub dim: u64,
    /// token_embedding and wcls: vocab_size * dim.
    pub embedding: u64,
    /// wq and wo per layer: dim * dim.
    pub wq: u64,
    /// wk and wv per layer: kv_dim * dim.
    pub wkv: u64,
    /// w1, w2, w3 per layer: hidden_dim * dim.
    pub ffn: u64,
    /// One v0 RoPE table: seq_len * head_size / 2.
    pub rope_table: u64,
}

impl Sizes {
    /// Computes the sizes for `config`, failing on overflow.
    pub fn new(config: &Config) -> Result<Sizes, ModelError> {
        let c = config;
        let mul = |a: u64, b: u64, what: &'static str| {
            a.checked_mul(b).ok_or(ModelError::SizeOverflow {
                what,
                dim: c.dim,
                hidden_dim: c.hidden_dim,
                n_layers: c.n_layers,
                vocab_size: c.vocab_size,
                seq_len: c.seq_len,
            })
        };
        let dim = c.dim as u64;
        let head_size = dim / c.n_heads.max(1) as u64;
        let kv_dim = mul(dim, c.n_kv_heads as u64, "kv_dim")? / (c.n_heads.max(1) as u64);
        Ok(Sizes {
            layers: c.n_layers as u64,
            dim,
            embedding: mul(c.vocab_size as u64, dim, "the token embedding size")?,
            wq: mul(dim, dim, "the attention weight size")?,
            wkv: mul(kv_dim, dim, "the key/value weight size")?,
            ffn: mul(c.hidden_dim as u64, dim, "the feed-forward weight size")?,
            rope_table: mul(c.seq_len as u64, head_size / 2, "the RoPE table size")?,
        })
    }

    /// Total number of model parameters (norms included, RoPE tables not), checked.
    pub fn parameters(&self, config: &Config) -> Option<u64> {
        let per_layer = self
            .dim
            .checked_mul(2)?
            .checked_add(self.wq.checked_mul(2)?)?
            .checked_add(self.wkv.checked_mul(2)?)?
            .checked_add(self.ffn.checked_mul(3)?)?;
        let classifiers = if config.shared_classifier { 1 } else { 2 };
        self.embedding
            .checked_mul(classifiers)?
            .checked_add(per_layer.checked_mul(self.layers)?)?
            .checked_add(self.dim)
    }

    /// The quantized tensors of a v2 file: name, per-layer size, number of layers.
    pub fn quantized(&self, shared: bool) -> Vec<(&'static str, u64, u64)> {
        let l = self.layers;
        let mut out = vec![
            ("token_embedding", self.embedding, 1),
            ("wq", self.wq, l),
            ("wk", self.wkv, l),
            ("wv", self.wkv, l),
            ("wo", self.wq, l),
            ("w1", self.ffn, l),
            ("w2", self.ffn, l),
            ("w3", self.ffn, l),
        ];
        if !shared {
            out.push(("wcls", self.embedding, 1));
        }
        out
    }
}

/// Number of parameters of a model with this config: every weight and norm, the classifier
/// counted once when shared, RoPE tables excluded. Saturates at `u64::MAX` for absurd configs.
pub fn parameter_count(config: &Config) -> u64 {
    Sizes::new(config)
        .ok()
        .and_then(|s| s.parameters(config))
        .unwrap_or(u64::MAX)
}

/// Checks the divisibility rules every llama2.c model obeys.
pub fn check_config(config: &Config) -> Result<(), ModelError> {
    let c = config;
    if c.n_heads == 0 || c.dim % c.n_heads != 0 {
        return Err(ModelError::HeadsDoNotDivideDim {
            n_heads: c.n_heads,
            dim: c.dim,
        });
    }
    if c.n_kv_heads == 0 || c.n_kv_heads > c.n_heads || c.n_heads % c.n_kv_heads != 0 {
        return Err(ModelError::KvHeadsDoNotDivideHeads {
            n_kv_heads: c.n_kv_heads,
            n_heads: c.n_heads,
        });
    }
    if c.head_size() % 2 != 0 {
        return Err(ModelError::OddHeadSize {
            head_size: c.head_size(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(
        dim: usize,
        hidden: usize,
        layers: usize,
        heads: usize,
        kv: usize,
        vocab: usize,
    ) -> Config {
        Config {
            dim,
            hidden_dim: hidden,
            n_layers: layers,
            n_heads: heads,
            n_kv_heads: kv,
            vocab_size: vocab,
            seq_len: 16,
            shared_classifier: true,
        }
    }

    #[test]
    fn sizes_of_a_gqa_model() {
        let s = Sizes::new(&cfg(64, 172, 5, 8, 4, 512)).unwrap();
        assert_eq!(
            (s.embedding, s.wq, s.wkv, s.ffn, s.rope_table),
            (32768, 4096, 2048, 11008, 64)
        );
        assert_eq!(parameter_count(&cfg(64, 172, 5, 8, 4, 512)), 260_032);
        let mut unshared = cfg(64, 172, 5, 8, 4, 512);
        unshared.shared_classifier = false;
        assert_eq!(parameter_count(&unshared), 260_032 + 32768);
    }

    #[test]
    fn overflow_is_an_error_and_parameter_count_saturates() {
        let huge = cfg(usize::MAX / 2, 1 << 40, 1 << 40, 1, 1, 1 << 40);
        assert!(matches!(
            Sizes::new(&huge),
            Err(ModelError::SizeOverflow { .. })
        ));
        assert_eq!(parameter_count(&huge), u64::MAX);
        let zero_heads = cfg(64, 172, 5, 0, 0, 512);
        assert!(parameter_count(&zero_heads) > 0, "no division by zero");
        assert!(check_config(&zero_heads).is_err());
    }

    #[test]
    fn shape_rules() {
        assert!(check_config(&cfg(64, 172, 5, 8, 4, 512)).is_ok());
        assert!(check_config(&cfg(64, 172, 5, 8, 8, 512)).is_ok());
        assert!(matches!(
            check_config(&cfg(60, 1, 1, 8, 4, 5)),
            Err(ModelError::HeadsDoNotDivideDim { .. })
        ));
        assert!(matches!(
            check_config(&cfg(64, 1, 1, 8, 3, 5)),
            Err(ModelError::KvHeadsDoNotDivideHeads { .. })
        ));
        assert!(matches!(
            check_config(&cfg(24, 1, 1, 8, 4, 5)),
            Err(ModelError::OddHeadSize { head_size: 3 })
        ));
    }
}
