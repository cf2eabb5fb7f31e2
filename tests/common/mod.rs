//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The test-model directory: `$LLM2SB3_MODELS`, else `<repo root>/../shared/models`.
pub fn models_dir() -> PathBuf {
    match std::env::var_os("LLM2SB3_MODELS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/models"),
    }
}

/// Reads a test model file, failing (never skipping) with the place it looked.
pub fn model_file(name: &str) -> Vec<u8> {
    let path = models_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "test model {name} not found at {} ({e}); set LLM2SB3_MODELS to the models directory",
            path.display()
        )
    })
}

/// Path of a test model file, asserting it exists.
pub fn model_path(name: &str) -> PathBuf {
    let path = models_dir().join(name);
    assert!(
        path.is_file(),
        "test model {name} not found at {}; set LLM2SB3_MODELS",
        path.display()
    );
    path
}
pub mod shapes;
