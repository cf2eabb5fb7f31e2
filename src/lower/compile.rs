//! One-call entry points: IR text → [`Program`] → `.sb3` bytes.

use super::{lower_module, LowerError, LowerOptions, Program};

/// Why a compilation failed.
#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    /// The IR text does not parse.
    #[error("parse error at {0}")]
    Parse(#[from] crate::llvm::ParseError),
    /// The IR uses something the lowering cannot express.
    #[error("{0}")]
    Lower(#[from] LowerError),
    /// The project could not be written.
    #[error("writing the project: {0}")]
    Write(String),
}

/// Parses and lowers IR text.
pub fn compile_ir(text: &str, opts: &LowerOptions) -> Result<Program, CompileError> {
    let m = crate::llvm::parse_module(text)?;
    Ok(lower_module(&m, opts)?)
}

/// Writes a lowered program as `.sb3` bytes (not available until the project writer lands).
pub fn program_to_sb3(_p: &Program) -> Result<Vec<u8>, CompileError> {
    Err(CompileError::Write("the sb3 writer is not merged yet".into()))
}
