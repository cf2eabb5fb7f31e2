//! LLVM 19 textual IR: the in-memory form ([`ir`]) and a pure-Rust parser for it
//! ([`parse_module`]), which runs in wasm as well as natively.

pub mod ir;
mod lexer;
mod parse_const;
mod parse_function;
mod parse_header;
mod parse_instr;
mod parse_module;
mod parse_type;
mod parser;
mod types;

pub use ir::*;
pub use parse_module::parse_module;
pub use parser::ParseError;
