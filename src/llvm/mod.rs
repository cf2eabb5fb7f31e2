//! LLVM 19 textual IR: the in-memory form ([`ir`]) and a pure-Rust parser for it.

pub mod ir;

pub use ir::*;
