//! The Scratch 3 project model and its writer (`project.json`, `sprite.json`, zip).

pub mod blocks;

pub use blocks::{Block, Field, Input, Mutation, Script};
