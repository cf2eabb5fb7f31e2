//! LLVM IR -> Scratch blocks: control-flow structuring, value representation,
//! instruction selection, `sb3_*` externs, block-level output.
//!
//! The public surface: [`lower_module`] (a parsed module and [`LowerOptions`] to a
//! [`Program`]), [`program_to_project`], [`scripts_text`], [`compile`] (IR text to `.sb3`
//! in one call), [`sim`] (a block interpreter for tests) and [`model_abi`] (the names the
//! page and the runner read). Everything else is private.
//!
//! The passes, in order ([`lower_module`] drives them):
//! 1. `memory`: type sizes, globals' addresses and the initial memory image;
//!    `program` declares the shared lists and variables in the context (`ctx`) and one
//!    custom block per function; then, for each function (`func::lower_function`):
//! 2. `cfg`: successors, dominators, natural loops;
//! 3. `loops`: rewrites the IR (pointer induction variables, counted loops);
//! 4. `values`: value analysis, seven phases (promoted allocas, i64 word pairs,
//!    live instructions, use sites, inlining, variable liveness, phi coalescing): which SSA
//!    values are dead, inline reporters, or variables;
//! 5. `structure`: the CFG as a tree of loops, conditionals, breaks and continues;
//! 6. `emit`: the tree as Scratch statements (loop forms, escape flags, phi copies), with
//!    `select` (instructions to reporters; `int_forms` for C integer semantics), `access`
//!    (loads, stores, addresses), `externs` (calls, the `sb3_*` ABI via `model_abi`) and
//!    `runtime` (helper custom blocks: memcpy, bitwise, ...);
//! 7. `blocks_out`: statements to Scratch block trees; `assemble` makes the project.
//!
//! `prune` runs per build, on the finished [`Program`]: `Program::without_calls` drops the
//! custom blocks a build never runs (the pipeline's matvec kernels other than its layout's).
//!
//! `func`, `emit`, `select`, `access` and `externs` are one unit: the methods of one
//! function's lowering state (`func::FnLower`), split by kind of instruction. `ops` holds
//! the IR queries every pass shares.
//!
//! NaN: Scratch operators read NaN as 0, so NaN does not propagate (a NaN result can still
//! be printed if produced by the last operation); `fcmp uno/ord` assume no NaNs.

mod access;
mod assemble;
mod blocks_out;
mod cfg;
mod char_table;
pub mod compile;
mod ctx;
mod emit;
mod expr;
mod externs;
mod func;
mod int_forms;
mod loops;
mod memory;
pub mod model_abi;
mod ops;
mod pretty;
mod program;
mod prune;
mod runtime;
mod select;
pub mod sim;
mod structure;
#[cfg(test)]
mod test_ir;
mod values;
mod words;

use crate::llvm::{Global, Loc};

pub use assemble::program_to_project;
pub use pretty::scripts_text;
pub use program::{lower_module, ListDecl, Program, VarDecl};

pub use crate::preset::Target;

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
    pub(crate) fn global(g: &Global, msg: &str) -> Self {
        LowerError {
            function: format!("@{}", g.name),
            block: None,
            loc: g.loc,
            message: msg.to_string(),
        }
    }

    /// An error at module level (no location).
    pub(crate) fn module(msg: impl Into<String>) -> Self {
        LowerError {
            function: "module".into(),
            block: None,
            loc: Loc::default(),
            message: msg.into(),
        }
    }
}
