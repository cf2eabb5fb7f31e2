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

/// Writes a lowered program as `.sb3` bytes (one sprite named `program`).
pub fn program_to_sb3(p: &Program) -> Result<Vec<u8>, CompileError> {
    let proj = super::assemble::program_to_project(p, "program");
    crate::scratch::write_sb3(&proj).map_err(|e| CompileError::Write(e.to_string()))
}

/// IR text → `.sb3` bytes: the one call the differential corpus needs.
pub fn compile_ir_to_sb3(text: &str, opts: &LowerOptions) -> Result<Vec<u8>, CompileError> {
    program_to_sb3(&compile_ir(text, opts)?)
}
