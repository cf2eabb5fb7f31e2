//! Before building: will the file load, and can it be built here? From the model's
//! dimensions and the preset alone (the packer's plan, sized by [`crate::estimate`]), with the
//! limits measured in browsers (README, "Limits"). A build that cannot load anywhere is
//! refused with the reason and the form change that makes it load.

use serde::Serialize;

use crate::estimate::{estimate_with, Estimate};
use crate::model::{Config, Tokenizer};
use crate::preset::{Preset, Quant, Target, FIELDS};

/// Longest string V8 (Chromium, Node, so TurboWarp and Scratch) can make: 2^29 - 24
/// characters. project.json is read as one string, so it must be shorter.
pub const V8_MAX_STRING: u64 = (1 << 29) - 24;
/// Memory a wasm32 build can address (4 GiB).
pub const WASM_MEMORY: u64 = 4 << 30;
/// What a page build may use at most (the worker's wasm memory and its copies): beyond it
/// the tab is likely to be killed on an ordinary machine.
pub const PAGE_BUILD_BUDGET: u64 = 3 << 30;
/// What loading may take in the browser's JS heap (V8 caps a heap near 4 GiB).
pub const LOAD_HEAP_BUDGET: u64 = 3 << 30;

/// The verdict before a build.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preflight {
    /// Sizes of the project.
    pub estimate: Estimate,
    /// Bytes the build needs at its peak (checkpoint, parsed weights, compressed file).
    pub build_memory_bytes: u64,
    /// Bytes of JS heap loading the project takes in TurboWarp or Scratch (project.json as a
    /// string, the parsed lists, the buffers allocated at start).
    pub load_memory_bytes: u64,
    /// Why the file would not load or could not be built, in the form's words, each with the
    /// change that helps. Empty: go ahead.
    pub problems: Vec<String>,
}

impl Preflight {
    /// Whether the build should be refused.
    pub fn refused(&self) -> bool {
        !self.problems.is_empty()
    }
}

fn label(key: &str) -> &'static str {
    FIELDS
        .iter()
        .find(|f| f.key == key)
        .map_or("?", |f| f.label)
}

/// A preset choice in the form's words: `Weights: float`, `Runs in: TurboWarp`, ...
pub fn describe(preset: &Preset, key: &str) -> String {
    let value = match key {
        "quant" => match preset.quant {
            Quant::Q8 => "8-bit".to_string(),
            Quant::Float => "float".to_string(),
        },
        "group" => preset.group.to_string(),
        "seq" => preset
            .seq
            .map_or("the model's own".to_string(), |s| s.to_string()),
        "target" => match preset.target {
            Target::Scratch => "Scratch".to_string(),
            Target::TurboWarp => "TurboWarp".to_string(),
        },
        _ => "?".to_string(),
    };
    format!("{}: {value}", label(key))
}

fn mib(b: u64) -> String {
    format!("{:.0} MiB", b as f64 / (1024.0 * 1024.0))
}

/// Bytes of parsed weights: 4 per parameter (v0/v1 fp32), about 1.1 per parameter (v2).
fn parsed_weight_bytes(config: &Config, checkpoint_bytes: u64) -> u64 {
    let params = crate::model::parameter_count(config);
    checkpoint_bytes.min(params.saturating_mul(4))
}

/// Checks `preset` for a model (`checkpoint_bytes`: the checkpoint file's size), before
/// anything is built. `in_page`: the build runs in the web page (its memory is checked too).
pub fn preflight(
    config: &Config,
    preset: &Preset,
    tokenizer: Option<&Tokenizer>,
    checkpoint_bytes: u64,
    in_page: bool,
) -> Preflight {
    let e = estimate_with(config, preset, tokenizer);
    let json = e.project_json_bytes;
    let (build, load) = preflight_sizes(config, &e, checkpoint_bytes);
    let mut problems = Vec::new();
    if e.list_items == u64::MAX {
        problems.push(format!(
            "With {} this model needs more memory items than 32-bit addresses reach.",
            describe(preset, "quant")
        ));
    } else if json > V8_MAX_STRING {
        problems.push(format!(
            "project.json would be about {}: no browser can open it (TurboWarp and Scratch read \
             project.json as one string, at most {} in Chromium and Node).",
            mib(json),
            mib(V8_MAX_STRING)
        ));
    } else if load > LOAD_HEAP_BUDGET {
        problems.push(format!(
            "Loading would need about {} of browser memory (more than the {} a tab can count \
             on).",
            mib(load),
            mib(LOAD_HEAP_BUDGET)
        ));
    }
    if problems.is_empty() && in_page && build > PAGE_BUILD_BUDGET {
        problems.push(format!(
            "Building needs about {} of memory, more than the {} a page can count on: build \
             with the command-line tool instead.",
            mib(build),
            mib(PAGE_BUILD_BUDGET)
        ));
    }
    if !problems.is_empty() {
        if let Some(fix) = suggestion(config, preset, tokenizer, checkpoint_bytes, in_page) {
            problems.push(fix);
        }
    }
    Preflight {
        estimate: e,
        build_memory_bytes: build,
        load_memory_bytes: load,
        problems,
    }
}

/// The first of a few form changes that passes every check, said in the form's words.
fn suggestion(
    config: &Config,
    preset: &Preset,
    tokenizer: Option<&Tokenizer>,
    checkpoint_bytes: u64,
    in_page: bool,
) -> Option<String> {
    let longest = config.dim.max(config.hidden_dim);
    let mut tries: Vec<(Preset, Vec<&str>)> = Vec::new();
    let q8 = |group: usize| Preset {
        quant: Quant::Q8,
        group: group.min(longest),
        ..preset.clone()
    };
    if preset.quant == Quant::Float {
        tries.push((q8(preset.group.max(32)), vec!["quant", "group"]));
    }
    for g in [32, 64, 128, 256] {
        if preset.quant == Quant::Q8 && g > preset.group {
            tries.push((q8(g), vec!["group"]));
        }
    }
    if preset.target == Target::Scratch {
        let tw = Preset {
            target: Target::TurboWarp,
            ..preset.clone()
        };
        tries.push((tw, vec!["target"]));
    }
    let seq = preset.effective_seq(config);
    for s in [256, 64] {
        if s < seq {
            let short = Preset {
                seq: Some(s),
                steps: preset.steps.min(s),
                ..preset.clone()
            };
            tries.push((short, vec!["seq"]));
        }
    }
    tries.into_iter().find_map(|(p, keys)| {
        let ok = passes(config, &p, tokenizer, checkpoint_bytes, in_page);
        ok.then(|| {
            let change: Vec<String> = keys.iter().map(|k| describe(&p, k)).collect();
            format!(
                "Choose {} instead: project.json about {}.",
                change.join(" and "),
                mib(estimate_with(config, &p, tokenizer).project_json_bytes)
            )
        })
    })
}

fn passes(
    config: &Config,
    preset: &Preset,
    tokenizer: Option<&Tokenizer>,
    checkpoint_bytes: u64,
    in_page: bool,
) -> bool {
    let e = estimate_with(config, preset, tokenizer);
    if e.list_items == u64::MAX || e.project_json_bytes > V8_MAX_STRING {
        return false;
    }
    let p = preflight_sizes(config, &e, checkpoint_bytes);
    (!in_page || p.0 <= PAGE_BUILD_BUDGET) && p.1 <= LOAD_HEAP_BUDGET
}

/// JS heap per stored list item after TurboWarp loads a project (measured 60-75 bytes on the
/// 15M shape in Chromium: the parsed number, its slot in the list's array, the VM's copy).
pub const LOAD_BYTES_PER_ITEM: u64 = 72;

/// (build, load) memory: the build holds the file as read, the parsed weights, the
/// compressed project (about 45% of the JSON) and the zip buffer's growth; loading holds
/// project.json as a string (one byte per character), [`LOAD_BYTES_PER_ITEM`] per stored
/// item, and the buffers allocated at start (8 bytes per item).
fn preflight_sizes(config: &Config, e: &Estimate, checkpoint_bytes: u64) -> (u64, u64) {
    let json = e.project_json_bytes;
    let build = checkpoint_bytes
        .saturating_add(parsed_weight_bytes(config, checkpoint_bytes))
        .saturating_add(json / 2)
        .saturating_add(64 << 20);
    let load = json
        .saturating_add(e.stored_items.saturating_mul(LOAD_BYTES_PER_ITEM))
        .saturating_add(
            e.list_items
                .saturating_sub(e.stored_items)
                .saturating_mul(8),
        )
        .saturating_add(64 << 20);
    (build, load)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s110m() -> Config {
        Config {
            dim: 768,
            hidden_dim: 2048,
            n_layers: 12,
            n_heads: 12,
            n_kv_heads: 12,
            vocab_size: 32000,
            seq_len: 1024,
            shared_classifier: true,
        }
    }

    fn file_bytes(c: &Config) -> u64 {
        crate::model::parameter_count(c) * 4
    }

    #[test]
    fn float_110m_is_refused_with_the_form_change_that_loads() {
        let c = s110m();
        let p = Preset {
            quant: Quant::Float,
            target: Target::TurboWarp,
            ..Preset::default()
        };
        let f = preflight(&c, &p, None, file_bytes(&c), true);
        assert!(f.refused(), "{f:?}");
        let text = f.problems.join(" ");
        assert!(text.contains("project.json would be about"), "{text}");
        assert!(text.contains("Weights: 8-bit"), "{text}");
        assert!(!text.contains("quant="), "form words, not URL keys: {text}");
    }

    #[test]
    fn q8_110m_goes_ahead_with_group_32_and_group_4_is_told_to_use_it() {
        let c = s110m();
        let q8 = |group| Preset {
            group,
            target: Target::TurboWarp,
            ..Preset::default()
        };
        let f = preflight(&c, &q8(32), None, file_bytes(&c), true);
        assert!(!f.refused(), "{f:?}");
        assert!(f.build_memory_bytes < 5 << 29, "{f:?}");
        // group 4: a scale per 4 weights makes project.json ~640 MB
        let f = preflight(&c, &q8(4), None, file_bytes(&c), true);
        assert!(f.refused(), "{f:?}");
        assert!(f.problems.join(" ").contains("Group size: 32"), "{f:?}");
    }

    #[test]
    fn small_models_go_ahead_in_every_layout() {
        let c = Config {
            dim: 64,
            hidden_dim: 172,
            n_layers: 5,
            n_heads: 8,
            n_kv_heads: 4,
            vocab_size: 512,
            seq_len: 512,
            shared_classifier: true,
        };
        for quant in [Quant::Q8, Quant::Float] {
            let p = Preset {
                quant,
                ..Preset::default()
            };
            assert!(!preflight(&c, &p, None, file_bytes(&c), true).refused());
        }
    }
}
