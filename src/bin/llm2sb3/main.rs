//! `llm2sb3`: the native command line on the same library as the web app.
//!
//! Each subcommand is one variant of [`Command`] and one file beside this one with an
//! `Args` struct (clap derive) and a `run(Args) -> Result<(), CliError>` function.

mod build;
mod compile_ir;
mod inspect;
mod reference;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// An error to print as `error: <message>` before exiting with status 1.
pub type CliError = Box<dyn std::error::Error>;

/// Reads a whole file, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}

#[derive(Parser)]
#[command(
    name = "llm2sb3",
    version,
    about = "Turn a llama2.c model into a Scratch 3 project"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show a checkpoint's format, dimensions and parameter count; check a tokenizer against it.
    Inspect(inspect::Args),
    /// Build a Scratch project (.sb3 or .sprite3) from a checkpoint, a tokenizer and a preset.
    Build(build::Args),
    /// Lower an LLVM IR general program (the prebuilt_ir/scratch.h ABI) to an .sb3.
    CompileIr(compile_ir::Args),
    /// Run the Rust reference (the project's exact arithmetic) and print the story as run.c does.
    Reference(reference::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Inspect(args) => inspect::run(args),
        Command::Build(args) => build::run(args),
        Command::CompileIr(args) => compile_ir::run(args),
        Command::Reference(args) => reference::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
