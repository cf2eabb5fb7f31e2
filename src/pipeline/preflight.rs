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
/// What loading may take in the browser's JS heap, as estimated here (V8 caps a heap near
/// 4 GiB): just under the estimate of the heaviest project opened in TurboWarp so far (110M
/// shape, Q8 group 12, context 256: estimated 3,042 MiB, measured 2,171 MB of heap after load;
/// tests/preflight_sweep.rs keeps every accepted preset below a loaded one).
pub const LOAD_HEAP_BUDGET: u64 = 3000 << 20;

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
    /// The preset of that change (it passes every check), when one was found.
    pub fix: Option<Preset>,
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
            Quant::W8a8 => "8-bit, fast in Scratch".to_string(),
        },
        "group" => preset.group.to_string(),
        "steps" => preset.steps.to_string(),
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

/// The preset with its context length spelled out (the model's own when the form's is empty).
fn with_seq(preset: &Preset, config: &Config) -> Preset {
    Preset {
        seq: Some(preset.effective_seq(config)),
        ..preset.clone()
    }
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
            "With {} and {} this model needs more memory items than 32-bit addresses reach.",
            describe(preset, "quant"),
            describe(&with_seq(preset, config), "seq")
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
    let mut fix = None;
    if !problems.is_empty() {
        if let Some((p, words)) = suggestion(config, preset, tokenizer, checkpoint_bytes, in_page) {
            problems.push(words);
            fix = Some(p);
        }
    }
    Preflight {
        estimate: e,
        build_memory_bytes: build,
        load_memory_bytes: load,
        problems,
        fix,
    }
}

/// The form change that passes every check, said in the form's words: the fewest fields
/// changed, trying the weights first (8-bit, larger groups), then Runs in: TurboWarp, then a
/// shorter context, and their combinations.
fn suggestion(
    config: &Config,
    preset: &Preset,
    tokenizer: Option<&Tokenizer>,
    checkpoint_bytes: u64,
    in_page: bool,
) -> Option<(Preset, String)> {
    let longest = config.dim.max(config.hidden_dim);
    // each field's alternatives: (the preset change, the keys it touches); None = as is
    let mut weights: Vec<Option<(Quant, usize, Vec<&str>)>> = vec![None];
    if preset.quant == Quant::Float {
        weights.push(Some((
            Quant::Q8,
            preset.group.max(32),
            vec!["quant", "group"],
        )));
    }
    if preset.quant == Quant::W8a8 {
        // 8-bit: four weights to an item instead of two, and larger groups with it
        weights.push(Some((Quant::Q8, preset.group, vec!["quant"])));
        for g in [32, 64, 128, 256] {
            if g > preset.group && g <= longest {
                weights.push(Some((Quant::Q8, g, vec!["quant", "group"])));
            }
        }
    }
    for g in [32, 64, 128, 256] {
        let fits = match preset.quant {
            Quant::Q8 => true,
            Quant::W8a8 => g <= crate::preset::W8A8_MAX_GROUP,
            Quant::Float => false,
        };
        if fits && g > preset.group && g <= longest {
            weights.push(Some((preset.quant, g, vec!["group"])));
        }
    }
    let mut targets = vec![None];
    if preset.target == Target::Scratch {
        targets.push(Some(Target::TurboWarp));
    }
    let seq = preset.effective_seq(config);
    let mut seqs = vec![None];
    seqs.extend([256, 64].into_iter().filter(|s| *s < seq).map(Some));
    let mut tries: Vec<(usize, Preset, Vec<&str>)> = Vec::new();
    for w in &weights {
        for t in &targets {
            for s in &seqs {
                let mut p = preset.clone();
                let mut keys = Vec::new();
                if let Some((quant, group, k)) = w {
                    p.quant = *quant;
                    p.group = (*group).min(longest);
                    keys.extend(k.iter().copied());
                }
                if let Some(target) = t {
                    p.target = *target;
                    keys.push("target");
                }
                if let Some(s) = s {
                    p.seq = Some(*s);
                    keys.push("seq");
                    if p.steps > *s {
                        p.steps = *s;
                        keys.push("steps");
                    }
                }
                let fields =
                    usize::from(w.is_some()) + usize::from(t.is_some()) + usize::from(s.is_some());
                if fields > 0 {
                    tries.push((fields, p, keys));
                }
            }
        }
    }
    // fewest fields first; the order above within a count (a stable sort keeps it)
    tries.sort_by_key(|(fields, _, _)| *fields);
    tries.into_iter().find_map(|(_, p, keys)| {
        let ok = passes(config, &p, tokenizer, checkpoint_bytes, in_page);
        ok.then(|| {
            let change: Vec<String> = keys.iter().map(|k| describe(&p, k)).collect();
            let words = format!(
                "Choose {} instead: project.json about {}.",
                change.join(" and "),
                mib(estimate_with(config, &p, tokenizer).project_json_bytes)
            );
            (p, words)
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
        let c = crate::model::testing::STORIES_260K;
        for quant in [Quant::Q8, Quant::Float] {
            let p = Preset {
                quant,
                ..Preset::default()
            };
            assert!(!preflight(&c, &p, None, file_bytes(&c), true).refused());
        }
    }
}
