//! `llm2sb3 reference`: run the Rust reference (the Scratch project's exact arithmetic) and
//! print the story as llama2.c's run.c prints it.

use std::io::Write;
use std::path::PathBuf;

use llm2sb3::model::{parse_checkpoint, parse_tokenizer};
use llm2sb3::pack::{pack, Layout};
use llm2sb3::preset::Preset;
use llm2sb3::reference::{generate, Settings};

use crate::{read_file, CliError};

/// Arguments of `llm2sb3 reference`.
#[derive(clap::Args)]
pub struct Args {
    /// llama2.c checkpoint (v0, v1 or v2).
    #[arg(long)]
    checkpoint: PathBuf,
    /// tokenizer.bin of the checkpoint.
    #[arg(long)]
    tokenizer: PathBuf,
    /// Build preset as a URL query, e.g. 'quant=float&steps=200&temperature=0'.
    #[arg(long, default_value = "")]
    preset: String,
    /// Print JSON ({"text", "tokens", "prompt_tokens"}) instead of the story.
    #[arg(long)]
    json: bool,
}

/// Packs the model as the preset says, generates, prints.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut preset = Preset::from_query(&args.preset)?;
    let checkpoint = parse_checkpoint(&read_file(&args.checkpoint)?)?;
    // the same defaults as `build` (e.g. W8A8 starts from group 32), so both tell one story
    crate::build::fit_unnamed(&mut preset, &args.preset, &checkpoint);
    let tokenizer = parse_tokenizer(&read_file(&args.tokenizer)?)?;
    preset.validate_for(&checkpoint.config)?;
    let image = pack(&checkpoint, &tokenizer, &Layout::from(&preset))?;
    let clock = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    let settings = Settings::from_preset(&preset, clock);
    let story = generate(&image, &settings, &preset.prompt)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let tokens: Vec<usize> = story.emitted.iter().map(|t| t.0).collect();
        let json = serde_json::json!({
            "text": story.text,
            "tokens": tokens,
            "prompt_tokens": story.prompt_tokens,
        });
        writeln!(out, "{json}")?;
    } else {
        out.write_all(&story.bytes)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
