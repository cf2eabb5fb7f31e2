//! The Scratch 3 project model and its writer (`project.json`, `sprite.json`, zip).
//!
//! Build a [`Project`] (stage, sprites, variables, lists, monitors, scripts of [`Block`]
//! trees), then [`write_sb3`] or [`write_sprite3`]. Writing checks the project first and
//! returns a [`WriteError`] naming the problem rather than a file Scratch would reject.

pub mod assets;
pub mod blocks;
pub mod check;
pub mod error;
pub mod flatten;
// Hand-built benchmark projects: only with the `testing` feature (tests/, benches/,
// examples/).
#[cfg(any(test, feature = "testing"))]
pub mod handbuilt;
pub mod json;
pub mod layout;
pub mod number;
pub mod ops;
pub mod project;
pub mod zip;

pub use blocks::{Block, Field, Input, Mutation, Script};
pub use error::WriteError;
pub use json::{project_json_string, sprite_json_string};
pub use number::{js_number_string, js_number_string_signed_zero};
pub use project::{
    Broadcast, BroadcastRef, Costume, CostumeFormat, List, ListRef, Monitor, MonitorMode, Owner,
    Project, RotationStyle, Target, Value, VarRef, Variable,
};
pub use zip::{
    write_sb3, write_sb3_with_report, write_sprite3, write_sprite3_with_report, zip_sb3,
    zip_sprite3, zip_streamed, WriteReport,
};

#[cfg(test)]
mod tests;
