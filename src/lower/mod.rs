//! LLVM IR -> Scratch blocks: control-flow structuring, value representation,
//! instruction selection, `sb3_*` externs, block-level optimisation.
//!
//! The pipeline for each function: [`loops`] rewrites the IR (counted loops, pointer
//! induction variables), [`cfg`] analyses it, [`structure`] turns the CFG into a tree of
//! loops and conditionals, [`values`] decides which SSA values become variables or inline
//! reporters, [`select`] maps instructions to reporters and statements, [`emit`] lowers the
//! tree to Scratch statements, and [`blocks_out`] turns those into block trees.
//!
//! NaN: Scratch operators read NaN as 0, so NaN does not propagate (a NaN result can still
//! be printed if produced by the last operation); `fcmp uno/ord` assume no NaNs.

pub mod access;
pub mod assemble;
pub mod blocks_out;
pub mod cfg;
pub mod char_table;
pub mod compile;
pub mod ctx;
pub mod emit;
pub mod expr;
pub mod externs;
pub mod func;
pub mod int_forms;
pub mod loops;
pub mod memory;
pub mod model_abi;
pub mod ops;
pub mod pretty;
pub mod program;
pub mod runtime;
pub mod select;
pub mod sim;
pub mod structure;
pub mod values;

use crate::llvm::{Global, Loc};

pub use program::{lower_module, ListDecl, Program, VarDecl};

/// Which VM the project is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    /// Vanilla Scratch 3: only blocks from the editor palette.
    #[default]
    Scratch,
    /// TurboWarp: may use blocks or forms that are faster there.
    TurboWarp,
}

/// Options of the lowering.
#[derive(Debug, Clone, PartialEq)]
pub struct LowerOptions {
    /// The VM the project is for.
    pub target: Target,
    /// Items reserved for the call stack of recursive functions' frames.
    pub stack_items: u32,
}

impl Default for LowerOptions {
    fn default() -> Self {
        LowerOptions {
            target: Target::Scratch,
            stack_items: 4096,
        }
    }
}

/// A construct the lowering cannot express, with where it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{loc}: in {function}{}: {message}", block.as_ref().map(|b| format!(", block %{b}")).unwrap_or_default())]
pub struct LowerError {
    /// The function (or `@global`) concerned.
    pub function: String,
    /// The basic block, if inside a function.
    pub block: Option<String>,
    /// Where in the `.ll` text.
    pub loc: Loc,
    /// What is unsupported and what would be expected.
    pub message: String,
}

impl LowerError {
    /// An error about a global's initializer or type.
    pub fn global(g: &Global, msg: &str) -> Self {
        LowerError {
            function: format!("@{}", g.name),
            block: None,
            loc: g.loc,
            message: msg.to_string(),
        }
    }

    /// An error at module level (no location).
    pub fn module(msg: impl Into<String>) -> Self {
        LowerError {
            function: "module".into(),
            block: None,
            loc: Loc::default(),
            message: msg.into(),
        }
    }
}
