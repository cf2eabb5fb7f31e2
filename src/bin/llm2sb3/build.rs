//! `llm2sb3 build --checkpoint C --tokenizer T [--preset QUERY] -o OUT.sb3|OUT.sprite3`: the
//! whole pipeline (the same `pipeline::build` the web app calls), then the report.

use std::io::Write;
use std::path::PathBuf;

use llm2sb3::pipeline::{build, file_name, Stage};
use llm2sb3::preset::{ModelFacts, OutputFormat, Preset};

use crate::{read_file, CliError};

/// Arguments of `llm2sb3 build`.
#[derive(clap::Args)]
pub struct Args {
    /// llama2.c checkpoint (v0, v1 or v2).
    #[arg(long)]
    checkpoint: PathBuf,
    /// tokenizer.bin of the checkpoint.
    #[arg(long)]
    tokenizer: PathBuf,
    /// Build preset as a URL query, e.g. 'quant=float&temperature=0&steps=40'. The output
    /// format follows -o's extension when the preset does not name one.
    #[arg(long, default_value = "")]
    preset: String,
    /// Where to write the project (.sb3 or .sprite3); default: the report's file name.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Print the report as JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// Builds and prints the report.
pub fn run(args: Args) -> Result<(), CliError> {
    let mut preset = Preset::from_query(&args.preset)?;
    let named_format = args.preset.split('&').any(|kv| kv.starts_with("format="));
    if let Some(ext) = args
        .output
        .as_ref()
        .and_then(|o| o.extension())
        .and_then(|e| e.to_str())
    {
        let from_ext = match ext {
            "sb3" => OutputFormat::Sb3,
            "sprite3" => OutputFormat::Sprite3,
            other => {
                return Err(
                    format!("-o: expected a .sb3 or .sprite3 file name, got .{other}").into(),
                )
            }
        };
        if named_format && from_ext != preset.format {
            return Err(format!(
                "-o ends in .{ext} but the preset asks for format={}",
                llm2sb3::preset::format_name(preset.format)
            )
            .into());
        }
        preset.format = from_ext;
    }
    let checkpoint = read_file(&args.checkpoint)?;
    let tokenizer = read_file(&args.tokenizer)?;
    if let Ok(model) = llm2sb3::model::parse_checkpoint(&checkpoint) {
        fit_unnamed(&mut preset, &args.preset, &model);
    }
    let mut err = std::io::stderr();
    let mut progress = |s: Stage| {
        let _ = writeln!(err, "{}…", s.label());
    };
    let out = build(&checkpoint, &tokenizer, &preset, &mut progress)?;
    let mut report = out.report;
    let stem = args
        .checkpoint
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("model");
    report.file_name = file_name(stem, &preset);
    let path = args
        .output
        .unwrap_or_else(|| PathBuf::from(&report.file_name));
    std::fs::write(&path, &out.bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut stdout = std::io::stdout().lock();
    if args.json {
        writeln!(stdout, "{}", serde_json::to_string(&report)?)?;
        return Ok(());
    }
    writeln!(
        stdout,
        "wrote {} ({} bytes)",
        path.display(),
        report.compressed_bytes
    )?;
    writeln!(stdout, "  memory list items:  {}", report.list_items)?;
    writeln!(
        stdout,
        "  project.json bytes: {}",
        report.project_json_bytes
    )?;
    writeln!(stdout, "  compressed bytes:   {}", report.compressed_bytes)?;
    let fits = if report.fits_scratch_website {
        "yes"
    } else {
        "no"
    };
    writeln!(
        stdout,
        "  fits scratch.mit.edu (project.json <= 5 MB, assets <= 10 MB): {fits}"
    )?;
    let times: Vec<String> = Stage::ALL
        .iter()
        .zip(&report.stage_millis)
        .map(|(s, ms)| format!("{} {ms:.0} ms", s.label().to_lowercase()))
        .collect();
    let total: f64 = report.stage_millis.iter().sum();
    writeln!(stdout, "  time: {total:.0} ms ({})", times.join(", "))?;
    for w in &report.warnings {
        writeln!(stdout, "warning: {w}")?;
    }
    Ok(())
}

/// Settings the preset `query` does not name start from defaults that fit `model` (as the
/// page does): each change is told on stderr.
pub(crate) fn fit_unnamed(preset: &mut Preset, query: &str, model: &llm2sb3::model::Checkpoint) {
    let named = Preset::query_keys(query);
    let facts = ModelFacts {
        config: model.config,
        file_group: model.group_size,
    };
    for note in preset.fit_to_model(&facts, |k| named.iter().any(|n| n == k)) {
        eprintln!("{note}");
    }
}
