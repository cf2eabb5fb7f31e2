//! What the page tells a user before the build: the one-click starting points, the time a
//! token will take where the project runs, and size advice that never suggests what is
//! already chosen. Pure functions of the model's dimensions and the preset (no weights).
//!
//! Speed figures are calibrated from measurements in the README (stories260K, this machine
//! kind): blocks executed per multiply-add by layout (`token_profile`), vanilla scratch-vm's
//! blocks per second and TurboWarp's multiply-adds per second end to end.

use crate::estimate::{estimate, Estimate, SCRATCH_PROJECT_JSON_LIMIT};
use crate::model::Config;
use crate::preset::{ModelFacts, Preset, Quant, Target};

/// Blocks vanilla scratch-vm runs per second, end to end (README's end-to-end run of
/// 2026-11-30 22:52, sc-player, stories260K at 12 tokens: q8 group 4 at 6.0 tokens/s and
/// 3.3 M blocks/token is 19.6 M/s, W8A8 group 32 at 12.3 tokens/s and 1.4 M blocks/token is
/// 17.3 M/s).
pub const VANILLA_BLOCKS_PER_SECOND: f64 = 18e6;
/// Share of a token's blocks spent in the matrix-vector products (README: 93.5%).
pub const MATVEC_SHARE: f64 = 0.935;
/// Multiply-adds per second of TurboWarp's editor (warp timer on, the slowest mode people
/// run), fitted with [`TURBOWARP_TOKEN_SECONDS`] to the README's runs of 2026-11-30 (q8:
/// stories260K group 4 at 253 tokens/s, 361,728 multiply-adds a token over 256 tokens;
/// the stories15M shape group 32 at 11.05 tokens/s, 15.2 M).
pub const TURBOWARP_MACS_PER_SECOND: f64 = 170e6;
/// Seconds per token in TurboWarp besides the multiply-adds (sampling, the frame loop).
pub const TURBOWARP_TOKEN_SECONDS: f64 = 0.0018;
/// Seconds per token above which the page calls a target slow.
pub const SLOW_SECONDS: f64 = 2.0;

/// The size of the project a preset builds. The one place the page's figures come from.
pub fn size(config: &Config, preset: &Preset) -> Estimate {
    estimate(config, preset)
}

/// Blocks per multiply-add of a layout in vanilla Scratch (README's `token_profile` table).
pub fn blocks_per_mac(preset: &Preset) -> f64 {
    match preset.quant {
        Quant::Float => 8.2,
        Quant::Q8 if preset.group <= 4 => 10.8,
        Quant::Q8 => 8.9,
        Quant::W8a8 => 4.6,
    }
}

/// Multiply-adds of one token: every weight matrix once, plus attention over the average
/// position of a story `steps` long.
pub fn macs_per_token(config: &Config, steps: usize) -> f64 {
    let c = config;
    let (dim, hid, kv) = (c.dim as f64, c.hidden_dim as f64, c.kv_dim() as f64);
    let per_layer = dim * (2.0 * dim + 2.0 * kv) + 3.0 * dim * hid;
    let matvec = c.n_layers as f64 * per_layer + c.vocab_size as f64 * dim;
    let attention = c.n_layers as f64 * dim * steps as f64; // 2 * dim * (steps / 2)
    matvec + attention
}

/// Estimated time per token where the project runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Speed {
    /// Seconds per token in vanilla Scratch (scratch.mit.edu, the Scratch app).
    pub scratch_seconds: f64,
    /// Seconds per token in TurboWarp.
    pub turbowarp_seconds: f64,
}

/// Estimates seconds per token in Scratch and in TurboWarp for this model and preset.
pub fn speed(config: &Config, preset: &Preset) -> Speed {
    let macs = macs_per_token(config, preset.steps);
    Speed {
        scratch_seconds: macs * blocks_per_mac(preset) / MATVEC_SHARE / VANILLA_BLOCKS_PER_SECOND,
        turbowarp_seconds: macs / TURBOWARP_MACS_PER_SECOND + TURBOWARP_TOKEN_SECONDS,
    }
}

/// A duration per token in plain words: "≈ 0.3 s per token (3 tokens/s)".
pub fn per_token_words(seconds: f64) -> String {
    if seconds < 1.0 {
        let rate = 1.0 / seconds.max(1e-9);
        let rate = if rate >= 10.0 {
            format!("{rate:.0}")
        } else {
            format!("{rate:.1}")
        };
        format!("≈ {rate} tokens per second")
    } else if seconds < 120.0 {
        format!("≈ {seconds:.0} s per token")
    } else {
        format!("≈ {:.0} min per token", seconds / 60.0)
    }
}

/// Largest project.json for which "Fast in TurboWarp" keeps every weight as a float: there
/// float runs faster than 8-bit (stories260K in TurboWarp's editor, README: 358 against 290
/// tokens per second for 8-bit groups of 4) and tells llama2.c's story, at twice the size. Up
/// to scratch.mit.edu's limit the project still loads in a moment; larger models take 8-bit.
pub const FAST_FLOAT_PROJECT_JSON: u64 = SCRATCH_PROJECT_JSON_LIMIT;

/// The one-click starting points of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartingPoint {
    /// The most precise 8-bit layout that fits scratch.mit.edu's 5 MB limit.
    FitsScratch,
    /// TurboWarp blocks: float weights while the project stays small
    /// ([`FAST_FLOAT_PROJECT_JSON`]), else 8-bit.
    FastTurbowarp,
    /// Float weights, exactly as trained.
    Exact,
}

/// Group sizes tried, most precise first, for the scratch.mit.edu starting point.
const GROUPS: [usize; 8] = [4, 8, 16, 32, 64, 128, 256, 1024];
/// Context lengths tried (shorter than the model's) when no group size alone fits.
const CONTEXTS: [usize; 3] = [256, 128, 64];

/// The candidate layouts for scratch.mit.edu, most precise first.
fn scratch_layouts(model: &ModelFacts, base: &Preset) -> Vec<Preset> {
    let c = &model.config;
    let longest = c.dim.max(c.hidden_dim);
    let mut groups: Vec<usize> = model.file_group.into_iter().collect();
    groups.extend(GROUPS.iter().copied().filter(|g| *g <= longest));
    groups.retain(|g| model.file_group.is_none_or(|f| *g >= f));
    groups.dedup();
    let mut seqs = vec![None];
    seqs.extend(
        CONTEXTS
            .iter()
            .filter(|s| **s < c.seq_len)
            .map(|s| Some(*s)),
    );
    let mut out = Vec::new();
    for seq in seqs {
        for g in &groups {
            let mut p = base.clone();
            p.quant = Quant::Q8;
            p.target = Target::Scratch;
            p.group = *g;
            p.seq = seq;
            if let Some(s) = seq {
                p.steps = p.steps.min(s);
            }
            out.push(p);
        }
    }
    out
}

/// The most precise layout of this model that fits scratch.mit.edu, if any does.
pub fn fitting_layout(model: &ModelFacts, base: &Preset) -> Option<Preset> {
    scratch_layouts(model, base)
        .into_iter()
        .find(|p| size(&model.config, p).fits_scratch_website)
}

/// The smallest layout tried for scratch.mit.edu and its size (to say how far it is).
pub fn smallest_layout(model: &ModelFacts, base: &Preset) -> (Preset, Estimate) {
    let last = scratch_layouts(model, base)
        .pop()
        .unwrap_or_else(|| base.clone());
    let e = size(&model.config, &last);
    (last, e)
}

/// The preset a starting point gives, from `base` (the sampling settings are kept), or
/// why it cannot be had with this model.
pub fn apply(point: StartingPoint, model: &ModelFacts, base: &Preset) -> Result<Preset, String> {
    let mut p = base.clone();
    match point {
        StartingPoint::FitsScratch => {
            return fitting_layout(model, base).ok_or_else(|| nothing_fits(model, base));
        }
        StartingPoint::FastTurbowarp => {
            p.target = Target::TurboWarp;
            p.quant = Quant::Float;
            if size(&model.config, &p).project_json_bytes > FAST_FLOAT_PROJECT_JSON {
                p.quant = Quant::Q8;
                p.group = model.file_group.unwrap_or(Preset::default().group);
            }
        }
        StartingPoint::Exact => {
            p.quant = Quant::Float;
            p.target = Target::Scratch;
            if !size(&model.config, &p).fits_scratch_website {
                p.target = Target::TurboWarp;
            }
        }
    }
    Ok(p)
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1048576.0)
}

/// Why this model cannot fit scratch.mit.edu, in plain words.
pub fn nothing_fits(model: &ModelFacts, base: &Preset) -> String {
    let (p, e) = smallest_layout(model, base);
    format!(
        "No layout of this model fits scratch.mit.edu's {} limit: even 8-bit weights with group size {} and context length {} make ≈ {} of project.json. It runs in TurboWarp, which has no size limit.",
        mib(SCRATCH_PROJECT_JSON_LIMIT),
        p.group,
        p.effective_seq(&model.config),
        mib(e.project_json_bytes)
    )
}

/// Advice on size and speed for the chosen preset, each item something not already chosen
/// (or a plain statement when there is nothing left to change).
pub fn advice(model: &ModelFacts, preset: &Preset) -> Vec<String> {
    let c = &model.config;
    let mut out = Vec::new();
    let e = size(c, preset);
    if !e.fits_scratch_website {
        if fitting_layout(model, preset).is_none() {
            out.push(nothing_fits(model, preset));
        } else {
            let mut ways = Vec::new();
            if preset.quant == Quant::Float {
                ways.push("Weights: 8-bit (about half the size)".to_string());
            } else if let Some(p) = scratch_layouts(model, preset).into_iter().find(|p| {
                p.seq == preset.seq && p.group > preset.group && size(c, p).fits_scratch_website
            }) {
                ways.push(format!("Group size {} (fewer scales)", p.group));
            }
            if preset.effective_seq(c) > 64 {
                ways.push("a shorter Context length (its memory grows with it)".to_string());
            }
            if preset.target == Target::Scratch {
                ways.push("Runs in: TurboWarp (no size limit)".to_string());
            }
            out.push(format!(
                "Too large for scratch.mit.edu's {} limit. To fit, try {}; or click \"Fits scratch.mit.edu\".",
                mib(SCRATCH_PROJECT_JSON_LIMIT),
                ways.join("; or ")
            ));
        }
    }
    let s = speed(c, preset);
    if preset.target == Target::Scratch && s.scratch_seconds > SLOW_SECONDS {
        let mut text = format!(
            "Slow in Scratch: {}. TurboWarp runs the same project at {} (Runs in: TurboWarp makes it faster still).",
            per_token_words(s.scratch_seconds),
            per_token_words(s.turbowarp_seconds)
        );
        // W8A8 at the group a build would start from, where the model allows it
        let fast = Preset {
            quant: Quant::W8a8,
            group: Preset::w8a8_group_for(c),
            ..preset.clone()
        };
        if preset.quant != Quant::W8a8 && fast.validate_for(c).is_ok() {
            text.push_str(&format!(
                " Weights: 8-bit, fast in Scratch runs it at {} in Scratch.",
                per_token_words(speed(c, &fast).scratch_seconds)
            ));
        }
        out.push(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(config: Config, file_group: Option<usize>) -> ModelFacts {
        ModelFacts { config, file_group }
    }

    fn stories260k() -> Config {
        crate::model::testing::STORIES_260K
    }

    fn stories15m() -> Config {
        Config {
            dim: 288,
            hidden_dim: 768,
            n_layers: 6,
            n_heads: 6,
            n_kv_heads: 6,
            vocab_size: 32000,
            seq_len: 256,
            shared_classifier: true,
        }
    }

    #[test]
    fn speed_matches_the_measured_figures_for_stories260k() {
        let p = Preset {
            steps: 12,
            ..Preset::default()
        };
        let s = speed(&stories260k(), &p);
        // README, 2026-11-30 22:49-22:52: 6.0 tokens/s vanilla at 12 tokens (q8 group 4),
        // 253-375 tokens/s TurboWarp at 256 (editor to player)
        assert!((4.5..7.5).contains(&(1.0 / s.scratch_seconds)), "{s:?}");
        let tw = speed(
            &stories260k(),
            &Preset {
                steps: 256,
                ..Preset::default()
            },
        );
        assert!(
            (200.0..330.0).contains(&(1.0 / tw.turbowarp_seconds)),
            "{tw:?}"
        );
        // the stories15M shape, q8 group 32, 24 tokens: 11.05 tokens/s in the editor
        let big = speed(
            &stories15m(),
            &Preset {
                steps: 24,
                group: 32,
                ..Preset::default()
            },
        );
        assert!(
            (8.5..14.0).contains(&(1.0 / big.turbowarp_seconds)),
            "{big:?}"
        );
    }

    #[test]
    fn fifteen_million_parameters_cannot_fit_and_advice_says_so() {
        let m = facts(stories15m(), None);
        assert_eq!(fitting_layout(&m, &Preset::default()), None);
        let a = advice(&m, &Preset::default());
        assert!(a[0].starts_with("No layout of this model fits"), "{a:?}");
        let slow = a.iter().find(|x| x.starts_with("Slow in Scratch"));
        assert!(
            slow.is_some_and(|x| x.contains("Weights: 8-bit, fast in Scratch runs it at")),
            "{a:?}"
        );
        // never when it is chosen
        let w8a8 = Preset {
            quant: Quant::W8a8,
            group: 32,
            ..Preset::default()
        };
        for x in advice(&m, &w8a8) {
            assert!(!x.contains("fast in Scratch"), "{x}");
        }
        let exact = apply(StartingPoint::Exact, &m, &Preset::default()).unwrap();
        assert_eq!(exact.target, Target::TurboWarp);
        assert!(apply(StartingPoint::FitsScratch, &m, &Preset::default()).is_err());
    }

    #[test]
    fn advice_never_suggests_what_is_chosen() {
        let m = facts(stories260k(), None);
        // a float layout with a huge context does not fit: never suggest float, or TurboWarp when chosen
        let mut c = stories260k();
        c.seq_len = 8192;
        let m2 = facts(c, None);
        let p = Preset {
            quant: Quant::Float,
            target: Target::TurboWarp,
            ..Preset::default()
        };
        for a in advice(&m2, &p) {
            assert!(!a.contains("Runs in: TurboWarp"), "{a}");
            assert!(!a.contains("Exact"), "{a}");
        }
        let q8 = Preset::default();
        assert!(advice(&m, &q8).is_empty(), "{:?}", advice(&m, &q8));
        let fits = apply(StartingPoint::FitsScratch, &m, &q8).unwrap();
        assert_eq!(
            (fits.quant, fits.group, fits.target),
            (Quant::Q8, 4, Target::Scratch)
        );
    }

    #[test]
    fn a_v2_file_keeps_its_own_group_in_the_starting_points() {
        let p = apply(
            StartingPoint::FastTurbowarp,
            &facts(stories15m(), Some(48)),
            &Preset::default(),
        )
        .unwrap();
        assert_eq!((p.quant, p.group), (Quant::Q8, 48));
        let m = facts(stories260k(), Some(43));
        let p = apply(StartingPoint::FitsScratch, &m, &Preset::default()).unwrap();
        assert!(p.group >= 43, "{p:?}");
    }

    #[test]
    fn fast_in_turbowarp_is_float_while_the_project_stays_small() {
        for (config, quant) in [(stories260k(), Quant::Float), (stories15m(), Quant::Q8)] {
            let p = apply(
                StartingPoint::FastTurbowarp,
                &facts(config, None),
                &Preset::default(),
            )
            .unwrap();
            assert_eq!(
                (p.quant, p.target),
                (quant, Target::TurboWarp),
                "{config:?}"
            );
            let json = size(&config, &p).project_json_bytes;
            assert_eq!(
                json <= FAST_FLOAT_PROJECT_JSON,
                quant == Quant::Float,
                "{json}"
            );
        }
    }
}
