//! The page's whole state in one place, changed only through [`Action`]s.

use std::rc::Rc;

use yew::Reducible;

use crate::advice::{self, StartingPoint};
use crate::estimate::Estimate;
use crate::model::{
    self, summarize_checkpoint, summarize_tokenizer, CheckpointSummary, Config, Tokenizer,
    TokenizerSummary,
};
use crate::pipeline::preflight::{preflight, Preflight};
use crate::pipeline::{BuildReport, Stage};
use crate::preset::{label, ModelFacts, Preset, PresetError, Target, FIELDS, KEYS};

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
        /// What is being built ([`AppState::signature`] at the click).
        signature: String,
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
        /// What was built ([`AppState::signature`] at the click): the result is out of
        /// date once the files or the form differ.
        signature: String,
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
    /// The dropped or chosen file the checkpoint was read from (none for the demo's fetched
    /// bytes): the build worker reads it itself, so no copy of the bytes is sent.
    pub checkpoint_file: Option<web_sys::Blob>,
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
    /// Per key in [`KEYS`] order: the user chose it (typed, share link, starting point), so
    /// loading a model keeps it; other keys start from defaults that fit the model.
    pub chosen: Vec<bool>,
    /// What was adapted to the loaded model, in plain words.
    pub fit_notes: Vec<String>,
    /// Why TurboWarp was preselected, when no layout fits scratch.mit.edu.
    pub target_note: Option<String>,
    /// Files being read, with the zone each was dropped on (the zone keeps its file until
    /// the new one is understood and goes where it belongs).
    pub loading: Vec<(Which, String)>,
    /// Why a starting point cannot be had.
    pub notice: Option<String>,
    /// Where a file went when it was dropped on the other zone.
    pub file_note: Option<String>,
    /// The last build outcome, for the page's live region.
    pub announcement: String,
    /// Counts finished builds (done or failed), so the page moves focus once per outcome.
    pub outcomes: u32,
    /// The check before building of the loaded files and the form (see
    /// [`AppState::refresh_preflight`]), with the [`AppState::signature`] it was made for.
    pub preflight: Option<(String, Preflight)>,
}

/// Every change the page can make.
#[derive(Debug, Clone)]
pub enum Action {
    /// A file is being read.
    Loading(Which, String),
    /// A file was read (dropped on or chosen for `Which`, with the file itself when it is
    /// one): parse it and put it where it belongs.
    Loaded(Which, String, Rc<Vec<u8>>, Option<web_sys::Blob>),
    /// A one-click starting point.
    Start(StartingPoint),
    /// A file could not be read.
    LoadFailed(Which, String, String),
    /// A form field changed.
    Edit(&'static str, String),
    /// The build worker was started for [`AppState::signature`].
    BuildStarted(String),
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
            checkpoint_file: None,
            tokenizer: FileSlot::Empty,
            texts: KEYS
                .iter()
                .map(|k| preset.value(k).unwrap_or_default())
                .collect(),
            errors: vec![None; KEYS.len()],
            chosen: KEYS
                .iter()
                .map(|k| Preset::query_keys(query).iter().any(|q| q == k))
                .collect(),
            preset,
            link_notes,
            build: BuildState::Idle,
            fit_notes: Vec::new(),
            target_note: None,
            loading: Vec::new(),
            notice: None,
            file_note: None,
            announcement: String::new(),
            outcomes: 0,
            preflight: None,
        }
    }

    /// Checks the preset against the loaded model before anything is sent to the worker
    /// ([`preflight`], as the worker's build does, from the model's dimensions and the
    /// file's size): whether the project would load and can be built in a page. Only
    /// recomputed when the files or the form changed; none while the preset does not fit
    /// the model (the form flags that first).
    pub fn refresh_preflight(&mut self) {
        let signature = self.signature();
        if self
            .preflight
            .as_ref()
            .is_some_and(|(s, _)| *s == signature)
        {
            return;
        }
        let checked = self.checkpoint.loaded().and_then(|(bytes, summary)| {
            if !self.preset.model_errors(&summary.config).is_empty() {
                return None;
            }
            let tokenizer = self
                .tokenizer
                .loaded()
                .map(|(_, t)| t.as_ref())
                .filter(|t| t.vocab.len() == summary.config.vocab_size);
            let check = preflight(
                &summary.config,
                &self.preset,
                tokenizer,
                bytes.len() as u64,
                true,
            );
            Some((signature, check))
        });
        self.preflight = checked;
    }

    /// Why the preset is refused before building (the reason, then the form change that
    /// would make it load), or nothing.
    pub fn refusal(&self) -> Option<&[String]> {
        self.preflight
            .as_ref()
            .map(|(_, p)| p)
            .filter(|p| p.refused())
            .map(|p| p.problems.as_slice())
    }

    /// What a build of the current files and form would be: the result is out of date
    /// when this differs from the one it was built for.
    pub fn signature(&self) -> String {
        let id = |b: Option<&Rc<Vec<u8>>>| b.map(|b| Rc::as_ptr(b) as usize).unwrap_or(0);
        format!(
            "{}|{}|{}",
            self.preset.to_query(),
            id(self.checkpoint.loaded().map(|(b, _)| b)),
            id(self.tokenizer.loaded().map(|(b, _)| b))
        )
    }

    /// Whether the finished build no longer matches the files and the form.
    pub fn result_stale(&self) -> bool {
        matches!(&self.build, BuildState::Done { signature, .. } if *signature != self.signature())
    }

    /// The loaded checkpoint as [`ModelFacts`].
    pub fn facts(&self) -> Option<ModelFacts> {
        self.checkpoint.loaded().map(|(_, s)| ModelFacts {
            config: s.config,
            file_group: s.group_size,
        })
    }

    /// Whether a key is chosen by the user.
    fn is_chosen(&self, key: &str) -> bool {
        KEYS.iter()
            .position(|k| *k == key)
            .is_some_and(|i| self.chosen[i])
    }

    /// Re-fits the settings the user did not choose to the loaded model, and preselects
    /// TurboWarp (saying why) when nothing can fit scratch.mit.edu.
    fn fit(&mut self) {
        let Some(facts) = self.facts() else { return };
        let chosen = self.chosen.clone();
        let is = |k: &str| KEYS.iter().position(|x| *x == k).is_some_and(|i| chosen[i]);
        self.fit_notes = self.preset.fit_to_model(&facts, is);
        self.target_note = None;
        if !self.is_chosen("target") {
            self.preset.target = Target::Scratch;
            if advice::fitting_layout(&facts, &self.preset).is_none() {
                self.preset.target = Target::TurboWarp;
                self.target_note = Some(format!(
                    "Runs in: TurboWarp was chosen for you. {}",
                    advice::nothing_fits(&facts, &self.preset)
                ));
            }
        }
        let chosen = self.chosen.clone();
        self.sync_texts(|i| !chosen[i]);
    }

    /// Fills the text of the fields `which(i)` from the preset, clearing their errors.
    fn sync_texts(&mut self, which: impl Fn(usize) -> bool) {
        for (i, key) in KEYS.iter().enumerate() {
            if which(i) {
                self.errors[i] = None;
                self.texts[i] = self.preset.value(key).unwrap_or_default();
            }
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
        self.config().map(|c| advice::size(&c, &self.preset))
    }

    /// The preset's problems with this model, as (key, message), one per key.
    pub fn model_preset_errors(&self) -> Vec<(String, String)> {
        let Some(config) = self.config() else {
            return Vec::new();
        };
        self.preset
            .model_errors(&config)
            .iter()
            .map(|e| (e.key().unwrap_or("").to_string(), e.to_string()))
            .collect()
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
        if let Some((k, _)) = self.model_preset_errors().first() {
            return Some(format!(
                "Fix the {} field first: it does not fit this model.",
                label(k)
            ));
        }
        self.refusal().map(|_| {
            "Change the settings first: this project could not be opened or built (see Settings)."
                .to_string()
        })
    }

    /// Whether a build is running.
    pub fn running(&self) -> bool {
        matches!(self.build, BuildState::Running { .. })
    }

    fn load(
        &mut self,
        which: Which,
        name: String,
        bytes: Rc<Vec<u8>>,
        file: Option<web_sys::Blob>,
    ) {
        // parse as what the zone expects; only if that fails, as the other kind
        let (as_checkpoint, as_tokenizer) = match which {
            Which::Checkpoint => {
                let ck = model::parse_checkpoint(&bytes);
                let tok = match &ck {
                    Ok(_) => Err(None),
                    Err(_) => model::parse_tokenizer(&bytes).map_err(Some),
                };
                (ck.map_err(Some), tok)
            }
            Which::Tokenizer => {
                let tok = model::parse_tokenizer(&bytes);
                let ck = match &tok {
                    Ok(_) => Err(None),
                    Err(_) => model::parse_checkpoint(&bytes).map_err(Some),
                };
                (ck, tok.map_err(Some))
            }
        };
        self.file_note = None;
        let (goes_to, other) = match which {
            Which::Checkpoint => (Which::Checkpoint, "Tokenizer"),
            Which::Tokenizer => (Which::Tokenizer, "Checkpoint"),
        };
        let goes_to = match (which, as_checkpoint.is_ok(), as_tokenizer.is_ok()) {
            (Which::Checkpoint, false, true) | (Which::Tokenizer, true, false) => {
                self.file_note = Some(format!(
                    "{name} is a {}, so it went under {other}.",
                    if which == Which::Checkpoint {
                        "tokenizer"
                    } else {
                        "checkpoint"
                    }
                ));
                match which {
                    Which::Checkpoint => Which::Tokenizer,
                    Which::Tokenizer => Which::Checkpoint,
                }
            }
            _ => goes_to,
        };
        match goes_to {
            Which::Checkpoint => {
                self.checkpoint_file = None;
                self.checkpoint = match as_checkpoint {
                    Ok(ck) => {
                        let info = summarize_checkpoint(&ck, bytes.len() as u64);
                        self.checkpoint_file = file;
                        FileSlot::Loaded { name, bytes, info }
                    }
                    Err(e) => FileSlot::Failed {
                        name,
                        message: e.map(|e| e.to_string()).unwrap_or_default(),
                    },
                };
                self.fit();
            }
            Which::Tokenizer => {
                self.tokenizer = match as_tokenizer {
                    Ok(tok) => FileSlot::Loaded {
                        name,
                        bytes,
                        info: Rc::new(tok),
                    },
                    Err(e) => FileSlot::Failed {
                        name,
                        message: e.map(|e| e.to_string()).unwrap_or_default(),
                    },
                }
            }
        }
    }

    fn start(&mut self, point: StartingPoint) {
        let Some(facts) = self.facts() else { return };
        match advice::apply(point, &facts, &self.preset) {
            Ok(p) => {
                let before = self.preset.clone();
                self.preset = p;
                let set: Vec<bool> = KEYS
                    .iter()
                    .map(|k| {
                        matches!(*k, "quant" | "group" | "target")
                            || before.value(k) != self.preset.value(k)
                    })
                    .collect();
                for (i, s) in set.iter().enumerate() {
                    self.chosen[i] |= *s;
                }
                self.target_note = None;
                self.notice = None;
                self.sync_texts(|i| set[i]);
            }
            Err(why) => self.notice = Some(why),
        }
    }

    fn done_loading(&mut self, which: Which, name: &str) {
        if let Some(i) = self
            .loading
            .iter()
            .position(|(w, n)| *w == which && n == name)
        {
            self.loading.remove(i);
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
            Action::Loading(which, name) => s.loading.push((which, name)),
            Action::Loaded(which, name, bytes, file) => {
                s.done_loading(which, &name);
                s.load(which, name, bytes, file)
            }
            Action::LoadFailed(which, name, message) => {
                s.done_loading(which, &name);
                s.slot_failed(which, name, message)
            }
            Action::Start(point) => s.start(point),
            Action::Edit(key, text) => {
                if let Some(i) = KEYS.iter().position(|k| *k == key) {
                    s.errors[i] = s.preset.set(key, &text).err().map(|e| e.to_string());
                    s.texts[i] = text;
                    s.chosen[i] = true;
                    if key == "target" {
                        s.target_note = None;
                    }
                    // a layout's own starting group (W8A8: 32), unless the user chose one
                    if key == "quant" && !s.is_chosen("group") {
                        s.preset.group = Preset::default_group(s.preset.quant);
                        s.fit();
                        s.sync_texts(|i| KEYS[i] == "group");
                    }
                }
            }
            Action::BuildStarted(signature) => {
                s.forget_result();
                s.announcement = "Building…".into();
                s.build = BuildState::Running {
                    stage: None,
                    signature,
                };
            }
            Action::BuildStage(stage) => {
                if let BuildState::Running { signature, .. } = s.build {
                    s.build = BuildState::Running {
                        stage: Some(stage),
                        signature,
                    };
                }
            }
            Action::BuildDone {
                url,
                size,
                report,
                millis,
            } => {
                s.forget_result();
                let signature = match &s.build {
                    BuildState::Running { signature, .. } => signature.clone(),
                    _ => String::new(),
                };
                s.announcement = format!(
                    "Build finished: {}. Download it or run it here in the preview.",
                    report.file_name
                );
                s.outcomes += 1;
                s.build = BuildState::Done {
                    url,
                    size,
                    report,
                    millis,
                    signature,
                };
            }
            Action::BuildFailed(message) => {
                let stage = match s.build {
                    BuildState::Running { stage, .. } => stage,
                    _ => None,
                };
                s.announcement = format!("The build stopped: {message}");
                s.outcomes += 1;
                s.build = BuildState::Failed { stage, message }
            }
            Action::BuildCancelled => {
                s.announcement = "Build cancelled.".into();
                s.build = BuildState::Cancelled
            }
            Action::DismissNotes => s.link_notes.clear(),
        }
        s.refresh_preflight();
        Rc::new(s)
    }
}
