//! Messages between the page and the build worker.
//!
//! Page → worker: a JS array `[job, checkpoint, tokenizer]` where `job` is a [`Job`] through
//! `serde-wasm-bindgen` and the files are `Uint8Array`s. Worker → page: `[reply]` or, for
//! [`Reply::Done`], `[reply, bytes]` with the built file as a `Uint8Array`.

use serde::{Deserialize, Serialize};

use crate::pipeline::{BuildReport, Stage};
use crate::preset::Preset;

/// What the page asks the worker to build.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    /// The preset from the form.
    pub preset: Preset,
    /// The checkpoint's file name without `.bin`, for the download's name.
    #[serde(default)]
    pub model_name: String,
}

/// What the worker tells the page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Reply {
    /// The worker's code is loaded and it listens for a job.
    Ready,
    /// A stage started.
    Stage {
        /// The stage.
        stage: Stage,
    },
    /// The build finished; the file follows as the message's second element.
    Done {
        /// The build report.
        report: BuildReport,
        /// Milliseconds the worker spent in `build`.
        millis: f64,
        /// Bytes of the worker's wasm memory at the end: its peak, since wasm memory never
        /// shrinks (0 from a worker that does not say).
        #[serde(default)]
        memory_bytes: f64,
    },
    /// The build failed.
    Failed {
        /// The error, as the pipeline words it.
        message: String,
    },
}
