//! `llm2sb3`: the native command line on the same library as the web app.

mod compile_ir;

use clap::{Parser, Subcommand};

/// Turn llama2.c models (and C programs) into Scratch projects.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lower an LLVM IR general program (prebuilt_ir/scratch.h ABI) to an .sb3.
    CompileIr(compile_ir::CompileIrArgs),
}

fn main() {
    let cli = Cli::parse();
    let r = match &cli.command {
        Command::CompileIr(a) => compile_ir::run(a),
    };
    if let Err(e) = r {
        eprintln!("llm2sb3: {e}");
        std::process::exit(1);
    }
}
