//! Which matrix-vector kernels a build keeps. `matvec`, the dispatcher in
//! prebuilt_ir/llama2_scratch.c, picks a kernel family by the weight layout and, for the
//! common families, a kernel by the row's shape (its tail after the unrolled steps is then
//! one expression with no tests per row). A build knows the layout and both row lengths
//! (dim and hidden_dim), so it keeps only the kernels its model runs.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use super::{inference_program, BuildError};
use crate::lower::Program;
use crate::pack::plan::{float_row_reads, q8_g1_groups_read, w8a8_g32_reads_past};
use crate::pack::quantize::RowShape;
use crate::preset::{Preset, Quant, Target};

/// The matrix-vector kernel families of `matvec`: float, or else Q8_0 by packed items per
/// full group, or W8A8 by group size. Float, Q8_0 groups of 4 and 32 and W8A8 groups of 32
/// have one kernel per row tail ([`matvec_kernels`]).
pub const MATVEC_KERNELS: [&str; 7] = [
    "matvec_float",
    "matvec_q8_g1",
    "matvec_q8_g2",
    "matvec_q8_g8",
    "matvec_q8",
    "matvec_w8a8_g32",
    "matvec_w8a8",
];

/// The index in [`MATVEC_KERNELS`] of the family `matvec` runs for a preset's layout, chosen
/// as the C dispatcher chooses it (group_items = group / 4 rounded up: 1, 2, 8, any other).
pub fn matvec_kernel(preset: &Preset) -> usize {
    match preset.quant {
        Quant::Float => 0,
        Quant::Q8 => match preset.group.div_ceil(4) {
            1 => 1,
            2 => 2,
            8 => 3,
            _ => 4,
        },
        // the C dispatcher tests the header's group size, as here
        Quant::W8a8 if preset.group == 32 => 5,
        Quant::W8a8 => 6,
    }
}

/// The custom blocks `matvec` calls for rows of each length in `row_lengths` (a model's
/// dim and hidden_dim), in order, without repeats: the family's kernel for that row's tail
/// (float: length mod 16; Q8_0 group 4: groups mod 4; Q8_0 group 32: packed items of the
/// last group; W8A8 group 32: columns of the last group, even up to 14 or 32), as the C
/// dispatcher picks it. A float, group-4 or W8A8 group-32 row with a long tail takes the
/// kernel without one ([`float_row_reads`], [`q8_g1_groups_read`], [`w8a8_g32_reads_past`]).
pub fn matvec_kernels(preset: &Preset, row_lengths: [usize; 2]) -> Vec<String> {
    let kernel = matvec_kernel(preset);
    let family = MATVEC_KERNELS[kernel];
    let mut names: Vec<String> = Vec::new();
    for n in row_lengths {
        let shape = RowShape::q8(n.max(1), preset.group.max(1));
        let name = match kernel {
            // a row with a long tail reads past its end with the T = 0 kernel
            0 if float_row_reads(n) != n => format!("{family}_t0"),
            0 => format!("{family}_t{}", n % 16),
            1 if q8_g1_groups_read(shape.ngroups) != shape.ngroups => format!("{family}_t0"),
            1 => format!("{family}_t{}", shape.ngroups % 4),
            3 => format!("{family}_l{}", shape.last_items),
            // a short last group read on as a full one (w8a8_g32_reads_past)
            5 if w8a8_g32_reads_past(n) > 0 => format!("{family}_l32"),
            // a last group of 16..31 or an odd number of columns (never in a W8A8 build:
            // its rows are even) takes the general group-32 kernel
            5 if (shape.last_len < 16 && shape.last_len % 2 == 0) || shape.last_len == 32 => {
                format!("{family}_l{}", shape.last_len)
            }
            _ => family.to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The inference program a build carries: [`inference_program`] without the matvec
/// kernels its layout and row lengths never run, and but for W8A8 without `w8a8_prepare`
/// and `embed_w8a8` (a shorter compile at TurboWarp's green flag and a faster load). Made
/// once per target and set of kernels.
pub fn program_for(
    preset: &Preset,
    row_lengths: [usize; 2],
) -> Result<&'static Program, BuildError> {
    type Key = (bool, Vec<String>);
    static MADE: OnceLock<Mutex<HashMap<Key, &'static Program>>> = OnceLock::new();
    let kernels = matvec_kernels(preset, row_lengths);
    let key = (preset.target == Target::TurboWarp, kernels.clone());
    let made = MADE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(p) = made.lock().ok().and_then(|m| m.get(&key).copied()) {
        return Ok(p);
    }
    let full = inference_program(preset.target)?;
    let keep: Vec<&str> = kernels.iter().map(String::as_str).collect();
    let mut p = full
        .keeping_calls("matvec", &keep)
        .map_err(BuildError::Compile)?;
    if preset.quant != Quant::W8a8 {
        // the W8A8 input quantization and embedding row, for the other layouts
        p = p
            .without_calls("prepare", &["w8a8_prepare"])
            .and_then(|p| p.without_calls("embed", &["embed_w8a8"]))
            .map_err(BuildError::Compile)?;
    }
    // a program per set of kernels: at most a few dozen in a process, each kept for reuse
    let p: &'static Program = Box::leak(Box::new(p));
    if let Ok(mut m) = made.lock() {
        m.insert(key, p);
    }
    Ok(p)
}
