//! The one build function: checkpoint bytes + tokenizer bytes + [`Preset`] → `.sb3` or
//! `.sprite3` bytes and a [`BuildReport`], with a progress callback per stage.
//!
//! The CLI (`llm2sb3 build`) and the web app's worker call exactly this.

use serde::{Deserialize, Serialize};

mod kernels;
mod limits;
pub mod preflight;

pub use kernels::{matvec_kernel, matvec_kernels, program_for, MATVEC_KERNELS};

use std::sync::OnceLock;

use crate::lower::compile::compile_ir;
use crate::lower::{LowerOptions, Program};
use crate::model::{self, ModelError};
use crate::pack::json_sink::JsonSink;
use crate::pack::{self, Layout, PackError, PackReport};
use crate::preset::{OutputFormat, Preset, PresetError, Target};
use crate::project_ui::{self, ModelParts, UiError};
use crate::scratch::{self, WriteError};

/// The stages of a build, in order, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Reading the checkpoint and tokenizer.
    Parse,
    /// Planning the memory image and checking it will load (the packing itself streams
    /// into project.json during [`Stage::Write`]).
    Pack,
    /// Parsing the shipped IR and lowering it to Scratch blocks.
    Lower,
    /// Packing the weights into project.json, compressed as it is written.
    Write,
    /// Finishing the zip (done within [`Stage::Write`] since the build streams).
    Zip,
}

impl Stage {
    /// All stages in build order.
    pub const ALL: [Stage; 5] = [
        Stage::Parse,
        Stage::Pack,
        Stage::Lower,
        Stage::Write,
        Stage::Zip,
    ];

    /// A short human label.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Parse => "Reading model",
            Stage::Pack => "Planning memory",
            Stage::Lower => "Compiling blocks",
            Stage::Write => "Packing and writing project",
            Stage::Zip => "Zipping",
        }
    }
}

/// What a build reports beside the file (serialisable for the web worker boundary).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuildReport {
    /// Suggested file name, e.g. `stories260K-q8g4.sb3`.
    pub file_name: String,
    /// Items in the memory list.
    pub list_items: u64,
    /// Bytes of project.json (or sprite.json).
    pub project_json_bytes: u64,
    /// Bytes of the zipped file.
    pub compressed_bytes: u64,
    /// Whether the file fits scratch.mit.edu's limits (project.json ≤ 5 MB, assets ≤ 10 MB).
    pub fits_scratch_website: bool,
    /// Warnings, each with its reason and a suggestion.
    pub warnings: Vec<String>,
    /// Milliseconds spent per stage, in [`Stage::ALL`] order.
    pub stage_millis: Vec<f64>,
}

/// The result of a successful build.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildOutput {
    /// The `.sb3` or `.sprite3` file.
    pub bytes: Vec<u8>,
    /// The report.
    pub report: BuildReport,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The checkpoint or tokenizer could not be read.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The preset does not fit this model.
    #[error(transparent)]
    Preset(#[from] PresetError),
    /// The memory image could not be built (sizes, addressing, dimensions).
    #[error("cannot pack this model: {0}")]
    Pack(#[from] PackError),
    /// The image and the program together exceed what 32-bit addresses reach.
    #[error("the project needs {items} memory items (program {program} + image {image}); at most {max} can be addressed: use Weights: 8-bit with a larger Group size, or a shorter Context length")]
    TooLarge {
        /// Items needed.
        items: u64,
        /// Items of the program's own memory before the image.
        program: u64,
        /// Items of the image.
        image: u64,
        /// The addressing limit.
        max: u64,
    },
    /// The memory list would exceed what one build may hold in memory ([`MAX_BUILD_ITEMS`]);
    /// a 1 KB checkpoint claiming a 16 M-token context used to ask for 2.9 GB.
    #[error("the project would need about {items} memory list items (context {seq} tokens); a build holds at most {max}: set seq to a shorter context, or use quant=q8 with a larger group")]
    TooMuchMemory {
        /// Estimated list items.
        items: u64,
        /// The context length the preset asks for (the model's seq_len when `seq` is empty).
        seq: usize,
        /// [`MAX_BUILD_ITEMS`].
        max: u64,
    },
    /// The shipped inference program could not be compiled (a bug in llm2sb3, not the model).
    #[error("internal error: the inference program does not compile: {0}")]
    Compile(String),
    /// The lowered program and the model project do not fit together (a bug in llm2sb3).
    #[error("internal error: {0}")]
    Assemble(#[from] UiError),
    /// The project could not be written.
    #[error("writing the project: {0}")]
    Write(#[from] WriteError),
    /// The preset would make a file that cannot load (or cannot be built here): refused
    /// before building, with the reasons and the change that helps.
    #[error("{}", .0.join(" "))]
    Refused(Vec<String>),
}

/// The shipped inference program (prebuilt_ir/llama2_scratch.c compiled by clang-19).
pub const INFERENCE_IR: &str = include_str!("../prebuilt_ir/llama2_scratch.ll");

/// Largest memory list the program can address: byte addresses of 32-bit words fit an i32.
pub const MAX_MEMORY_ITEMS: u64 = (1 << 31) / 4;

/// Most memory list items a build makes: the image is held as f64 while it is packed (1 GiB at
/// this bound), and a wasm32 worker cannot allocate much more. Checked on the estimate before
/// packing, so a small checkpoint whose header claims a huge context allocates nothing.
pub const MAX_BUILD_ITEMS: u64 = 1 << 27;

/// The lowered inference program for `target`, lowered once per process and then reused
/// (nothing model-specific is in it: every number of the model comes from the image).
pub fn inference_program(target: Target) -> Result<&'static Program, BuildError> {
    static SCRATCH: OnceLock<Result<Program, String>> = OnceLock::new();
    static TURBOWARP: OnceLock<Result<Program, String>> = OnceLock::new();
    let cell = match target {
        Target::Scratch => &SCRATCH,
        Target::TurboWarp => &TURBOWARP,
    };
    let opts = LowerOptions {
        target,
        ..LowerOptions::default()
    };
    cell.get_or_init(|| compile_ir(INFERENCE_IR, &opts).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| BuildError::Compile(e.clone()))
}

/// The file name for a model (e.g. the checkpoint's file stem) built with `preset`:
/// `stories260K-q8g4.sb3`, `stories260K-float-turbowarp.sprite3`, ...
pub fn file_name(model: &str, preset: &Preset) -> String {
    let layout = match preset.quant {
        crate::preset::Quant::Q8 => format!("q8g{}", preset.group),
        crate::preset::Quant::Float => "float".to_string(),
        crate::preset::Quant::W8a8 => format!("w8a8g{}", preset.group),
    };
    let target = match preset.target {
        Target::Scratch => "",
        Target::TurboWarp => "-turbowarp",
    };
    let ext = match preset.format {
        OutputFormat::Sb3 => "sb3",
        OutputFormat::Sprite3 => "sprite3",
    };
    format!("{model}-{layout}{target}.{ext}")
}

/// A model name from its size when no file name is known: `llama2-260K` (parameters).
pub fn model_label(config: &crate::model::Config) -> String {
    let n = crate::model::parameter_count(config) as f64;
    let (v, unit) = if n >= 1e9 {
        (n / 1e9, "B")
    } else if n >= 1e6 {
        (n / 1e6, "M")
    } else {
        (n / 1e3, "K")
    };
    format!("llama2-{}{unit}", v.round())
}

/// Builds a Scratch project from a checkpoint, a tokenizer and a preset, calling `progress`
/// with each stage as it starts.
///
/// Lean: the image is packed straight into the zip's deflate stream as project.json is
/// written ("Writing project" packs, prints and compresses), so the peak memory is the parsed
/// checkpoint plus the compressed file, never the image or the JSON as a whole.
pub fn build(
    checkpoint: &[u8],
    tokenizer: &[u8],
    preset: &Preset,
    progress: &mut dyn FnMut(Stage),
) -> Result<BuildOutput, BuildError> {
    let mut clock = StageClock::new();
    progress(Stage::Parse);
    preset.check()?;
    let checkpoint_len = checkpoint.len() as u64;
    let checkpoint = model::parse_checkpoint(checkpoint)?;
    let tokenizer = model::parse_tokenizer(tokenizer)?;
    model::check_tokenizer(&tokenizer, &checkpoint.config)?;
    preset.validate_for(&checkpoint.config)?;
    check_build_items(&checkpoint.config, preset)?;
    let check = preflight::preflight(
        &checkpoint.config,
        preset,
        Some(&tokenizer),
        checkpoint_len,
        cfg!(target_arch = "wasm32"),
    );
    if check.refused() {
        return Err(BuildError::Refused(check.problems));
    }
    clock.lap();

    progress(Stage::Pack);
    let layout = Layout::from(preset);
    let plan = pack::plan_for(&checkpoint, &tokenizer, &layout)?;
    let token_texts = pack::tokens::display_texts(&tokenizer);
    clock.lap();

    progress(Stage::Lower);
    let program = program_for(
        preset,
        [checkpoint.config.dim, checkpoint.config.hidden_dim],
    )?;
    let prefix = program.image_item.saturating_sub(1);
    let items = addressable_items(prefix, plan.total as u64)?;
    let stores_zeros = plan.stores_zeros(preset.target);
    let stored = if stores_zeros {
        plan.total
    } else {
        plan.stored
    };
    let config = &checkpoint.config.clone();
    let parts = ModelParts {
        image: &[],
        token_texts,
        preset,
        vocab_size: config.vocab_size,
        seq: preset.effective_seq(config),
        one_sprite: preset.format == OutputFormat::Sprite3,
        allocate_to: (!stores_zeros).then_some(items),
    };
    let mut project = project_ui::model_project(program, parts)?;
    mark_image(&mut project, program)?;
    clock.lap();

    progress(Stage::Write);
    let json = match preset.format {
        OutputFormat::Sb3 => scratch::project_json_string(&project)?,
        OutputFormat::Sprite3 => scratch::sprite_json_string(&project, 0)?,
    };
    let (head, tail) = split_at_image(&json)?;
    let targets: Vec<&scratch::Target> = match preset.format {
        OutputFormat::Sb3 => project.targets().collect(),
        OutputFormat::Sprite3 => project.sprites.iter().take(1).collect(),
    };
    let json_name = match preset.format {
        OutputFormat::Sb3 => "project.json",
        OutputFormat::Sprite3 => "sprite.json",
    };
    let hint = crate::estimate::estimate_with(config, preset, Some(&tokenizer)).project_json_bytes;
    let mut image_report = None;
    let (bytes, written) = scratch::zip_streamed(
        json_name,
        &targets,
        hint.min(u32::MAX as u64) as usize,
        &mut |w| {
            let io = |e: std::io::Error| WriteError::Zip(e.to_string());
            w.write_all(head.as_bytes()).map_err(io)?;
            let mut sink = JsonSink::new(w, stored);
            let notes = pack::fill(&checkpoint, &tokenizer, &layout, &plan, &mut sink)
                .map_err(|e| WriteError::Zip(e.to_string()))?;
            let (json_bytes, parts) = sink.finish().map_err(io)?;
            image_report = Some(PackReport {
                items: plan.total,
                json_bytes,
                parts,
                notes,
            });
            w.write_all(tail.as_bytes()).map_err(io)
        },
    )?;
    clock.lap();
    progress(Stage::Zip);
    clock.lap();
    let image = image_report.unwrap_or(PackReport {
        items: plan.total,
        json_bytes: 0,
        parts: Vec::new(),
        notes: Vec::new(),
    });

    let mut report = BuildReport {
        file_name: file_name(&model_label(config), preset),
        list_items: items,
        project_json_bytes: written.json_bytes as u64,
        compressed_bytes: written.zip_bytes as u64,
        fits_scratch_website: written.fits_scratch(),
        warnings: Vec::new(),
        stage_millis: clock.millis,
    };
    report.warnings = limits::warnings(&limits::Facts {
        preset,
        config,
        image: &image,
        written: &written,
    });
    Ok(BuildOutput { bytes, report })
}

/// The text item that marks where the image's numbers go in the memory list while the rest
/// of the project is written (control characters: no token text or name contains it).
const IMAGE_MARK: &str = "\u{1}llm2sb3 image\u{1}";

/// Puts [`IMAGE_MARK`] as the memory list's item at `image_item`.
fn mark_image(project: &mut scratch::Project, program: &Program) -> Result<(), BuildError> {
    let id = &program.lists[program.memory_list].id;
    let list = project
        .sprites
        .iter_mut()
        .chain(std::iter::once(&mut project.stage))
        .flat_map(|t| t.lists.iter_mut())
        .find(|l| &l.id == id)
        .ok_or_else(|| BuildError::Compile("no memory list".into()))?;
    list.items.push(scratch::Value::Text(IMAGE_MARK.into()));
    Ok(())
}

/// The JSON before and after the quoted [`IMAGE_MARK`] (which must occur exactly once).
fn split_at_image(json: &str) -> Result<(&str, &str), BuildError> {
    let mut quoted = String::new();
    crate::scratch::json::push_str(&mut quoted, IMAGE_MARK);
    let at = json
        .find(&quoted)
        .filter(|&i| !json[i + 1..].contains(&quoted))
        .ok_or_else(|| BuildError::Compile("the image mark is not in the JSON once".into()))?;
    Ok((&json[..at], &json[at + quoted.len()..]))
}

/// [`BuildError::TooMuchMemory`] when the estimated memory list exceeds [`MAX_BUILD_ITEMS`].
pub fn check_build_items(config: &crate::model::Config, preset: &Preset) -> Result<(), BuildError> {
    let items = crate::estimate::estimate(config, preset).list_items;
    if items > MAX_BUILD_ITEMS {
        return Err(BuildError::TooMuchMemory {
            items,
            seq: preset.effective_seq(config),
            max: MAX_BUILD_ITEMS,
        });
    }
    Ok(())
}

/// Items of the whole memory list (`program` items before the image, then `image`), or
/// [`BuildError::TooLarge`] when the program's 32-bit byte addresses cannot reach them all.
pub fn addressable_items(program: u64, image: u64) -> Result<u64, BuildError> {
    let items = program.saturating_add(image);
    if items > MAX_MEMORY_ITEMS {
        return Err(BuildError::TooLarge {
            items,
            program,
            image,
            max: MAX_MEMORY_ITEMS,
        });
    }
    Ok(items)
}

/// Milliseconds per stage: `std::time::Instant` natively; in wasm32-unknown-unknown (no clock
/// in std) JavaScript's `Date.now()`, which works in the page and in a worker.
struct StageClock {
    last: f64,
    millis: Vec<f64>,
}

#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    static ORIGIN: OnceLock<std::time::Instant> = OnceLock::new();
    ORIGIN
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl StageClock {
    fn new() -> Self {
        StageClock {
            last: now_ms(),
            millis: Vec::with_capacity(Stage::ALL.len()),
        }
    }

    fn lap(&mut self) {
        let now = now_ms();
        self.millis.push((now - self.last).max(0.0));
        self.last = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_beyond_32_bit_addresses_is_a_clear_error() {
        assert_eq!(addressable_items(1000, 5000).unwrap(), 6000);
        assert_eq!(
            addressable_items(0, MAX_MEMORY_ITEMS).unwrap(),
            MAX_MEMORY_ITEMS
        );
        let err = addressable_items(1000, MAX_MEMORY_ITEMS).unwrap_err();
        assert!(
            matches!(err, BuildError::TooLarge { program: 1000, .. }),
            "{err:?}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains("addressed") && msg.contains("Group size"),
            "{msg}"
        );
    }

    #[test]
    fn file_names_say_layout_target_and_format() {
        let mut p = Preset::default();
        assert_eq!(file_name("stories260K", &p), "stories260K-q8g4.sb3");
        p.quant = crate::preset::Quant::Float;
        p.target = Target::TurboWarp;
        p.format = OutputFormat::Sprite3;
        assert_eq!(file_name("m", &p), "m-float-turbowarp.sprite3");
    }
}
