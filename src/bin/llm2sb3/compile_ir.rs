//! `llm2sb3 compile-ir prog.ll -o prog.sb3 [--target scratch|turbowarp] [--dump]`: lowers a
//! general program (the ABI in prebuilt_ir/scratch.h) to a Scratch project.

use llm2sb3::lower::{lower_module, LowerOptions, Target};

/// Arguments of `compile-ir`.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The LLVM IR text file.
    pub input: std::path::PathBuf,
    /// Where to write the .sb3.
    #[arg(short, long)]
    pub output: Option<std::path::PathBuf>,
    /// The VM the project is for: scratch or turbowarp.
    #[arg(long, default_value = "scratch")]
    pub target: String,
    /// Print the generated scripts as text instead of (or as well as) writing the project.
    #[arg(long)]
    pub dump: bool,
}

/// Runs the subcommand.
pub fn run(a: Args) -> Result<(), crate::CliError> {
    let target = match a.target.as_str() {
        "scratch" => Target::Scratch,
        "turbowarp" => Target::TurboWarp,
        other => return Err(format!("--target {other}: expected scratch or turbowarp").into()),
    };
    let text =
        std::fs::read_to_string(&a.input).map_err(|e| format!("{}: {e}", a.input.display()))?;
    let m = llm2sb3::llvm::parse_module(&text).map_err(|e| format!("{}:{e}", a.input.display()))?;
    let opts = LowerOptions {
        target,
        ..Default::default()
    };
    let p = lower_module(&m, &opts).map_err(|e| format!("{}:{e}", a.input.display()))?;
    if a.dump {
        print!("{}", llm2sb3::lower::scripts_text(&p.scripts));
    }
    if let Some(out) = &a.output {
        let bytes = llm2sb3::lower::compile::program_to_sb3(&p)?;
        std::fs::write(out, bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(())
}
