//! `llm2sb3 inspect <checkpoint> [--tokenizer T] [--json]`: what a checkpoint is, and whether
//! a tokenizer fits it. Exits 1 when either file is malformed or the tokenizer does not match.

use std::path::PathBuf;

use llm2sb3::model::error::Thousands;
use llm2sb3::model::{
    parse_checkpoint, parse_tokenizer, summarize_checkpoint, summarize_tokenizer,
    CheckpointSummary, TokenizerSummary,
};

use crate::{read_file, CliError};

/// Arguments of `inspect`.
#[derive(clap::Args)]
pub struct Args {
    /// llama2.c checkpoint (.bin, format v0, v1 or v2).
    checkpoint: PathBuf,
    /// tokenizer.bin to check against the checkpoint.
    #[arg(long)]
    tokenizer: Option<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(serde::Serialize)]
struct Report {
    checkpoint: CheckpointSummary,
    tokenizer: Option<TokenizerSummary>,
}

/// Runs `inspect`.
pub fn run(args: Args) -> Result<(), CliError> {
    let bytes = read_file(&args.checkpoint)?;
    let checkpoint =
        parse_checkpoint(&bytes).map_err(|e| format!("{}: {e}", args.checkpoint.display()))?;
    let summary = summarize_checkpoint(&checkpoint, bytes.len() as u64);
    let tokenizer = match &args.tokenizer {
        Some(path) => {
            let tok_bytes = read_file(path)?;
            let tok =
                parse_tokenizer(&tok_bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            Some(summarize_tokenizer(
                &tok,
                &checkpoint.config,
                tok_bytes.len() as u64,
            ))
        }
        None => None,
    };
    let report = Report {
        checkpoint: summary,
        tokenizer,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_text(&args, &report);
    }
    match report.tokenizer.and_then(|t| t.mismatch) {
        Some(why) => Err(why.into()),
        None => Ok(()),
    }
}

fn print_text(args: &Args, report: &Report) {
    let s = &report.checkpoint;
    let c = &s.config;
    println!(
        "checkpoint    {} ({} bytes)",
        args.checkpoint.display(),
        Thousands(s.file_bytes)
    );
    println!("format        {} ({})", s.format, s.format_description);
    println!("dim           {}", c.dim);
    println!("hidden_dim    {}", c.hidden_dim);
    println!("n_layers      {}", c.n_layers);
    println!("n_heads       {}", c.n_heads);
    println!("n_kv_heads    {}", c.n_kv_heads);
    println!("head_size     {}", s.head_size);
    println!("kv_dim        {}", s.kv_dim);
    println!("vocab_size    {}", c.vocab_size);
    println!("seq_len       {}", c.seq_len);
    let classifier = if c.shared_classifier {
        "shared with the token embedding"
    } else {
        "separate (wcls)"
    };
    println!("classifier    {classifier}");
    println!("parameters    {}", Thousands(s.parameters));
    if let Some(g) = s.group_size {
        println!("group_size    {g}");
    }
    if let (Some(t), Some(path)) = (&report.tokenizer, &args.tokenizer) {
        println!(
            "tokenizer     {} ({} bytes)",
            path.display(),
            Thousands(t.file_bytes)
        );
        println!("  tokens      {}", t.vocab_size);
        println!("  max length  {}", t.max_token_length);
        match &t.mismatch {
            None => println!(
                "  check       matches the checkpoint (vocab_size {})",
                c.vocab_size
            ),
            Some(why) => println!("  check       MISMATCH: {why}"),
        }
        for w in &t.warnings {
            println!("  warning     {w}");
        }
    }
}
