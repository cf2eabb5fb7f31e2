//! llm2sb3: turn any llama2.c language model into a Scratch 3 project.
//!
//! The pipeline runs one way, each stage a module with typed boundaries:
//!
//! ```text
//! checkpoint.bin + tokenizer.bin + Preset
//!   model      parse llama2.c checkpoints (v0, v1, v2) and tokenizer.bin
//!   pack       quantize or keep float; lay out one memory image (header + weights + buffers)
//!   llvm       parse prebuilt_ir/llama2_scratch.ll (pure Rust, runs in wasm)
//!   lower      structure the CFG, select Scratch blocks, map sb3_* externs to blocks
//!   scratch    project model -> project.json / sprite.json, md5-named assets, zip
//! ```
//!
//! `preset` carries every user choice (`estimate` sizes it for a model before building); `reference` is the Rust oracle that does exactly the
//! arithmetic the Scratch project does. `web` (wasm32 only) is the Yew page and its build worker.
#![deny(missing_docs)]

pub mod advice;
pub mod estimate;
pub mod llvm;
pub mod lower;
pub mod model;
pub mod pack;
pub mod pipeline;
pub mod preset;
pub mod project_ui;
pub mod reference;
pub mod scratch;
#[cfg(target_arch = "wasm32")]
pub mod web;
