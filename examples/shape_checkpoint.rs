//! Writes a llama2.c checkpoint of a given shape with random weights, and a tokenizer of its
//! vocabulary size, for benchmarks of models we do not ship (default: stories15M's shape,
//! dim 288, hidden 768, 6 layers, 6 heads, 6 kv heads, vocab 32000, seq 256).
//!
//! `cargo run --release --example shape_checkpoint -- OUT.bin OUT_TOK.bin
//! [dim hidden layers heads kv_heads vocab seq]`

use llm2sb3::model::testing::{random_checkpoint, simple_tokenizer};
use llm2sb3::model::write::{write_checkpoint, write_tokenizer};
use llm2sb3::model::{Config, Format};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 && args.len() != 9 {
        return Err("usage: shape_checkpoint OUT.bin OUT_TOK.bin \
                    [dim hidden layers heads kv_heads vocab seq]"
            .into());
    }
    let mut n = [288usize, 768, 6, 6, 6, 32000, 256];
    for (k, a) in args.iter().skip(2).enumerate() {
        n[k] = a
            .parse()
            .map_err(|_| format!("shape value {a:?} is not a whole number"))?;
    }
    let config = Config {
        dim: n[0],
        hidden_dim: n[1],
        n_layers: n[2],
        n_heads: n[3],
        n_kv_heads: n[4],
        vocab_size: n[5],
        seq_len: n[6],
        shared_classifier: true,
    };
    let checkpoint = random_checkpoint(config, 15);
    std::fs::write(&args[0], write_checkpoint(&checkpoint, Format::V1)?)?;
    std::fs::write(&args[1], write_tokenizer(&simple_tokenizer(n[5])))?;
    println!("wrote {} and {} ({config:?})", args[0], args[1]);
    Ok(())
}
