//! The page's whole state in one place, changed only through [`Action`]s.

use std::rc::Rc;

use yew::Reducible;

use crate::estimate::{estimate, Estimate};
use crate::model::{
    self, summarize_checkpoint, summarize_tokenizer, CheckpointSummary, Config, Tokenizer,
    TokenizerSummary,
};
use crate::pipeline::{BuildReport, Stage};
use crate::preset::{Preset, PresetError, FIELDS, KEYS};

/// A dropped or fetched file and what was understood from it.
#[derive(Debug, Clone, PartialEq)]
pub enum FileSlot<T> {
    /// Nothing chosen yet.
    Empty,
    /// Being read.
    Loading {
        /// File name.
        name: String,
    },
    /// Read and understood.
    Loaded {
        /// File name.
        name: String,
        /// The file's bytes, for the build.
        bytes: Rc<Vec<u8>>,
        /// What was understood.
        info: T,
    },
    /// Could not be read or understood.
    Failed {
        /// File name.
        name: String,
        /// Why, as the parser words it.
        message: String,
    },
}

impl<T> FileSlot<T> {
    /// The bytes and info of a loaded file.
    pub fn loaded(&self) -> Option<(&Rc<Vec<u8>>, &T)> {
        match self {
            FileSlot::Loaded { bytes, info, .. } => Some((bytes, info)),
            _ => None,
        }
    }

    /// The file's name, if one was chosen.
    pub fn name(&self) -> Option<&str> {
        match self {
            FileSlot::Empty => None,
            FileSlot::Loading { name }
            | FileSlot::Loaded { name, .. }
            | FileSlot::Failed { name, .. } => Some(name),
        }
    }
}

/// Which of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The llama2.c checkpoint.
    Checkpoint,
    /// The tokenizer.bin.
    Tokenizer,
}

/// Where the build is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum BuildState {
    /// No build yet.
    #[default]
    Idle,
    /// The worker is running; `stage` is the one that started last.
    Running {
        /// Current stage (None until the worker reports the first).
        stage: Option<Stage>,
    },
    /// Finished: the file is at `url` (a Blob URL).
    Done {
        /// Blob URL of the file.
        url: String,
        /// File size in bytes.
        size: usize,
        /// The report.
        report: BuildReport,
        /// Milliseconds from clicking Build to the file (as the page saw it).
        millis: f64,
    },
    /// The build failed.
    Failed {
        /// The stage that was running, if the worker had reported one.
        stage: Option<Stage>,
        /// The error.
        message: String,
    },
    /// The user cancelled.
    Cancelled,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The checkpoint file.
    pub checkpoint: FileSlot<CheckpointSummary>,
    /// The tokenizer file.
    pub tokenizer: FileSlot<Rc<Tokenizer>>,
    /// The last valid preset from the form.
    pub preset: Preset,
    /// The text of each form field as typed, in [`KEYS`] order.
    pub texts: Vec<String>,
    /// The error of each form field, in [`KEYS`] order (the preset keeps its last valid value).
    pub errors: Vec<Option<String>>,
    /// Problems found in the share link the page was opened with.
    pub link_notes: Vec<String>,
    /// The build.
    pub build: BuildState,
}

/// Every change the page can make.
#[derive(Debug, Clone)]
pub enum Action {
    /// A file is being read.
    Loading(Which, String),
    /// A file was read: parse it.
    Loaded(Which, String, Rc<Vec<u8>>),
    /// A file could not be read.
    LoadFailed(Which, String, String),
    /// A form field changed.
    Edit(&'static str, String),
    /// The build worker was started.
    BuildStarted,
    /// The worker started a stage.
    BuildStage(Stage),
    /// The worker finished.
    BuildDone {
        /// Blob URL of the file.
        url: String,
        /// File size.
        size: usize,
        /// The report.
        report: BuildReport,
        /// Milliseconds from click to file.
        millis: f64,
    },
    /// The build failed.
    BuildFailed(String),
    /// The user cancelled the build.
    BuildCancelled,
    /// The user dismissed the share-link notes.
    DismissNotes,
}

impl AppState {
    /// The state for a page opened with this URL query: the form is filled from the share
    /// link; bad values keep their defaults and are listed in `link_notes`.
    pub fn from_query(query: &str) -> AppState {
        let (preset, errors) = Preset::from_query_lenient(query);
        let link_notes = errors
            .iter()
            .map(|e| match e {
                PresetError::UnknownKey { .. } => {
                    format!("The share link has an {e}; it was ignored.")
                }
                _ => format!("The share link's {e}; the form keeps the default for it."),
            })
            .collect();
        AppState {
            checkpoint: FileSlot::Empty,
            tokenizer: FileSlot::Empty,
            texts: KEYS
                .iter()
                .map(|k| preset.value(k).unwrap_or_default())
                .collect(),
            errors: vec![None; KEYS.len()],
            preset,
            link_notes,
            build: BuildState::Idle,
        }
    }

    /// The checkpoint's hyper-parameters, once it is loaded.
    pub fn config(&self) -> Option<Config> {
        self.checkpoint.loaded().map(|(_, s)| s.config)
    }

    /// The tokenizer checked against the checkpoint (or alone, with matches = true, before
    /// a checkpoint is loaded).
    pub fn tokenizer_summary(&self) -> Option<TokenizerSummary> {
        let (bytes, tok) = self.tokenizer.loaded()?;
        let config = self.config().unwrap_or(Config {
            dim: 0,
            hidden_dim: 0,
            n_layers: 0,
            n_heads: 0,
            n_kv_heads: 0,
            vocab_size: tok.vocab.len(),
            seq_len: 0,
            shared_classifier: true,
        });
        Some(summarize_tokenizer(tok, &config, bytes.len() as u64))
    }

    /// The estimate for the loaded checkpoint and the current preset.
    pub fn estimate(&self) -> Option<Estimate> {
        self.config().map(|c| estimate(&c, &self.preset))
    }

    /// The preset's problem with this model, as (key, message).
    pub fn model_preset_error(&self) -> Option<(String, String)> {
        let config = self.config()?;
        self.preset
            .validate_for(&config)
            .err()
            .map(|e| (e.key().unwrap_or("").to_string(), e.to_string()))
    }

    /// Why Build cannot start now, if it cannot.
    pub fn build_blocker(&self) -> Option<String> {
        if self.checkpoint.loaded().is_none() {
            return Some("Choose a checkpoint first (or try the demo model).".into());
        }
        match self.tokenizer_summary() {
            None => return Some("Choose the tokenizer that belongs to the checkpoint.".into()),
            Some(t) if !t.matches => {
                return Some("The tokenizer does not fit the checkpoint.".into())
            }
            Some(_) => {}
        }
        if let Some(i) = self.errors.iter().position(|e| e.is_some()) {
            return Some(format!("Fix the {} field first.", FIELDS[i].label));
        }
        self.model_preset_error()
            .map(|(_, m)| format!("The preset does not fit this model: {m}."))
    }

    /// Whether a build is running.
    pub fn running(&self) -> bool {
        matches!(self.build, BuildState::Running { .. })
    }

    fn load(&mut self, which: Which, name: String, bytes: Rc<Vec<u8>>) {
        match which {
            Which::Checkpoint => {
                self.checkpoint = match model::parse_checkpoint(&bytes) {
                    Ok(ck) => {
                        let info = summarize_checkpoint(&ck, bytes.len() as u64);
                        FileSlot::Loaded { name, bytes, info }
                    }
                    Err(e) => FileSlot::Failed {
                        name,
                        message: e.to_string(),
                    },
                }
            }
            Which::Tokenizer => {
                self.tokenizer = match model::parse_tokenizer(&bytes) {
                    Ok(tok) => FileSlot::Loaded {
                        name,
                        bytes,
                        info: Rc::new(tok),
                    },
                    Err(e) => FileSlot::Failed {
                        name,
                        message: e.to_string(),
                    },
                }
            }
        }
    }

    fn slot_failed(&mut self, which: Which, name: String, message: String) {
        match which {
            Which::Checkpoint => self.checkpoint = FileSlot::Failed { name, message },
            Which::Tokenizer => self.tokenizer = FileSlot::Failed { name, message },
        }
    }

    fn forget_result(&mut self) {
        if let BuildState::Done { url, .. } = &self.build {
            super::browser::revoke_url(url);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loading(Which::Checkpoint, name) => s.checkpoint = FileSlot::Loading { name },
            Action::Loading(Which::Tokenizer, name) => s.tokenizer = FileSlot::Loading { name },
            Action::Loaded(which, name, bytes) => s.load(which, name, bytes),
            Action::LoadFailed(which, name, message) => s.slot_failed(which, name, message),
            Action::Edit(key, text) => {
                if let Some(i) = KEYS.iter().position(|k| *k == key) {
                    s.errors[i] = s.preset.set(key, &text).err().map(|e| e.to_string());
                    s.texts[i] = text;
                }
            }
            Action::BuildStarted => {
                s.forget_result();
                s.build = BuildState::Running { stage: None };
            }
            Action::BuildStage(stage) => {
                if s.running() {
                    s.build = BuildState::Running { stage: Some(stage) };
                }
            }
            Action::BuildDone {
                url,
                size,
                report,
                millis,
            } => {
                s.forget_result();
                s.build = BuildState::Done {
                    url,
                    size,
                    report,
                    millis,
                };
            }
            Action::BuildFailed(message) => {
                let stage = match s.build {
                    BuildState::Running { stage } => stage,
                    _ => None,
                };
                s.build = BuildState::Failed { stage, message }
            }
            Action::BuildCancelled => s.build = BuildState::Cancelled,
            Action::DismissNotes => s.link_notes.clear(),
        }
        Rc::new(s)
    }
}
