//! Build-time checks of where the file will run: scratch.mit.edu's upload limits and the
//! speed of vanilla Scratch. Each warning says what is wrong and what to change.

use crate::model::Config;
use crate::pack::PackReport;
use crate::preset::{Preset, Quant, Target};
use crate::scratch::WriteReport;

/// Multiply-adds per second vanilla Scratch manages in a warp loop on a typical machine
/// (hand-written blocks; see tests/vm/README.md).
pub const VANILLA_MACS_PER_SECOND: f64 = 1.0e6;
/// Seconds per token above which a `scratch` build gets a speed warning.
pub const SLOW_SECONDS_PER_TOKEN: f64 = 2.0;

/// What the warnings are computed from.
pub struct Facts<'a> {
    /// The build preset.
    pub preset: &'a Preset,
    /// The model's dimensions.
    pub config: &'a Config,
    /// Image sizes per part.
    pub image: &'a PackReport,
    /// Sizes of the written file.
    pub written: &'a WriteReport,
}

fn mb(bytes: f64) -> String {
    format!("{:.1} MB", bytes / (1024.0 * 1024.0))
}

/// JSON bytes of the image parts whose names start with one of `prefixes`.
fn part_bytes(image: &PackReport, prefixes: &[&str]) -> usize {
    image
        .parts
        .iter()
        .filter(|p| prefixes.iter().any(|x| p.name.starts_with(x)))
        .map(|p| p.json_bytes)
        .sum()
}

/// Ways to make project.json smaller, with what each would save where it can be estimated.
fn size_suggestions(f: &Facts) -> Vec<String> {
    let mut out = Vec::new();
    let p = f.preset;
    match p.quant {
        Quant::Float => out.push(
            "Weights: 8-bit (four weights to an item, roughly a third of the float size)"
                .to_string(),
        ),
        Quant::Q8 if p.group < 64 => out.push(format!(
            "a larger Group size ({} now; 64 stores one scale per 64 weights instead of per {})",
            p.group, p.group
        )),
        Quant::Q8 => {}
        Quant::W8a8 => out.push(
            "Weights: 8-bit (four weights to an item; 8-bit activations store two)".to_string(),
        ),
    }
    let seq = p.seq.unwrap_or(f.config.seq_len);
    let cache = part_bytes(f.image, &["KEY_CACHE", "VALUE_CACHE"]);
    if seq > 64 && cache > 0 {
        out.push(format!("a shorter Context length ({seq} now; its memory takes {} of project.json, in proportion)", mb(cache as f64)))
    }
    let to_turbowarp = if p.target == Target::Scratch {
        "Runs in: TurboWarp, and open it in TurboWarp"
    } else {
        "open it in TurboWarp"
    };
    out.push(format!(
        "{to_turbowarp} (turbowarp.org and its desktop app have no size limit)"
    ));
    out
}

/// The build's warnings, each with its reason and a suggestion.
pub fn warnings(f: &Facts) -> Vec<String> {
    let mut out = Vec::new();
    let w = f.written;
    if w.json_bytes > WriteReport::SCRATCH_JSON_LIMIT {
        out.push(format!(
            "project.json is {}, over scratch.mit.edu's {} limit: the file will not upload there. To fit, try {}.",
            mb(w.json_bytes as f64),
            mb(WriteReport::SCRATCH_JSON_LIMIT as f64),
            size_suggestions(f).join("; or ")
        ));
    }
    if w.largest_asset_bytes > WriteReport::SCRATCH_ASSET_LIMIT {
        out.push(format!(
            "an asset is {}, over scratch.mit.edu's {} limit per asset: open the file in TurboWarp.",
            mb(w.largest_asset_bytes as f64),
            mb(WriteReport::SCRATCH_ASSET_LIMIT as f64)
        ));
    }
    if f.preset.target == Target::Scratch {
        let macs = crate::model::parameter_count(f.config) as f64;
        let seconds = macs / VANILLA_MACS_PER_SECOND;
        if seconds > SLOW_SECONDS_PER_TOKEN {
            out.push(format!(
                "this model needs about {:.1} M multiply-adds per token: vanilla Scratch will take about {seconds:.0} s per token. Choose Runs in: TurboWarp (about 30x faster) or a smaller model.",
                macs / 1e6
            ));
        }
    }
    // v2 data that had to be requantized loses a little precision (copied data does not)
    for note in f.image.notes.iter().filter(|n| n.contains("dequantized")) {
        out.push(format!(
            "{note} (set Group size to the checkpoint's own to copy it exactly)"
        ));
    }
    out
}
