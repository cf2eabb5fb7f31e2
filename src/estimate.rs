//! The size of the project a preset will build, before building: the packer's own
//! [`Plan`] (every part and its item count, exactly) sized with the JSON width of each
//! part's encoding. Exact for the header, the RoPE tables and (given the tokenizer) the
//! token tables; typical widths for weights, whose digits depend on their values.

use serde::Serialize;

use crate::model::{Config, Tokenizer};
use crate::pack::plan::{Encoding, Part, Plan, Rope, Slot, TokenTable};
use crate::pack::tokens::{c_bytes, display_texts, sorted_ids};
use crate::pack::{token_bytes, Layout};
use crate::preset::{Preset, Target};
use crate::scratch::json::push_num;

/// scratch.mit.edu's limit on project.json, in bytes (5 MiB).
pub const SCRATCH_PROJECT_JSON_LIMIT: u64 = 5 * 1024 * 1024;
/// JSON bytes (with its comma) of an f32 weight written as its shortest decimal, e.g.
/// `-0.01234567,` (typical of trained and random weights alike).
const FLOAT_JSON: f64 = 11.85;
/// JSON bytes of an RMSNorm weight (around 1), e.g. `1.0123456,`.
const NORM_JSON: f64 = 10.1;
/// JSON bytes of a Q8_0 scale (an f32 around 1e-3), e.g. `0.0012345678,`.
const SCALE_JSON: f64 = 12.6;
/// JSON bytes of four int8 packed into one item, e.g. `2155905152,` (a few have 9 digits).
const PACKED_JSON: f64 = 10.9;
/// JSON bytes of a W8A8 item (two int8 as `qa + 2^24 qb`), e.g. `-402653189,`: 8-11 bytes
/// by the size of qb (10.7 measured on the random 15M shape, 11.1 on stories260K).
const W8A8_JSON: f64 = 10.9;
/// Bytes per token of a tokenizer whose bytes are unknown (Llama 2's 32,000 tokens average
/// about 6).
const TOKEN_BYTES_GUESS: usize = 6;
/// project.json bytes of everything but the memory list and the token texts: the lowered
/// program's blocks, variables, monitors and costumes, per matvec kernel family the build
/// keeps (`pipeline::program_for` drops the others) with ONE of its kernels, in the order
/// of `pipeline::MATVEC_KERNELS` (float, q8_g1, q8_g2, q8_g8, q8, w8a8_g32, w8a8), fitted
/// to the stories260K builds of `tests/estimate.rs` per target (it fails, naming the bytes
/// to add, when the program changes).
pub const PROGRAM_JSON_SCRATCH: [u64; 7] = [
    1_123_914, 1_147_632, 1_210_838, 1_195_807, 1_280_232, 1_160_859, 1_183_816,
];
/// The same for the TurboWarp target.
pub const PROGRAM_JSON_TURBOWARP: [u64; 7] = [
    1_205_330, 1_232_778, 1_309_940, 1_291_046, 1_391_650, 1_247_720, 1_273_232,
];
/// project.json bytes of a second kernel of a family (a model whose dim and hidden_dim
/// leave different row tails: `pipeline::matvec_kernels`), per family and target, measured
/// on stories260K's second kernels; 0 where a family has one kernel.
pub const KERNEL_JSON_SCRATCH: [u64; 7] = [41_942, 53_858, 0, 65_479, 0, 72_660, 0];
/// The same for the TurboWarp target.
pub const KERNEL_JSON_TURBOWARP: [u64; 7] = [44_684, 63_033, 0, 77_450, 0, 76_870, 0];

/// The estimate for one model and preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// Items in the image (stored and allocated at start).
    pub list_items: u64,
    /// Items of the image written into project.json.
    pub stored_items: u64,
    /// Bytes of project.json.
    pub project_json_bytes: u64,
    /// Whether project.json fits [`SCRATCH_PROJECT_JSON_LIMIT`].
    pub fits_scratch_website: bool,
}

/// RoPE positions whose table entries are sized exactly; longer tables are extrapolated.
const TRIG_EXACT_POSITIONS: usize = 4096;

/// JSON bytes of `xs` as the project writer prints them, one comma each.
fn exact_json(xs: impl Iterator<Item = f64>) -> u64 {
    let mut buf = String::with_capacity(32);
    xs.map(|x| {
        buf.clear();
        push_num(&mut buf, x);
        buf.len() as u64 + 1
    })
    .sum()
}

/// Estimated JSON bytes of one planned part (one comma per item).
pub fn slot_json(
    slot: &Slot,
    plan: &Plan,
    config: &Config,
    layout: &Layout,
    tok: Option<&Tokenizer>,
) -> u64 {
    slot_json_with(slot, plan, config, layout, tok.map(|t| (t, fingerprint(t))))
}

/// [`slot_json`] with the tokenizer's [`fingerprint`] computed once by the caller.
fn slot_json_with(
    slot: &Slot,
    plan: &Plan,
    config: &Config,
    layout: &Layout,
    tok: Option<(&Tokenizer, u64)>,
) -> u64 {
    if let (Part::Tokens(_), Some((t, fp))) = (slot.part, tok) {
        // the tokenizer's tables do not change with the preset: sized once per tokenizer
        let key = (fp, config.vocab_size, Some(slot.part), slot.items);
        return memo(key, || part_json(slot, plan, config, layout, Some(t)));
    }
    part_json(slot, plan, config, layout, tok.map(|(t, _)| t))
}

/// (tokenizer fingerprint, vocab size, part or `None` for the texts, items).
type TokenKey = (u64, usize, Option<Part>, usize);

thread_local! {
    /// JSON bytes of token tables, per [`TokenKey`].
    static TOKEN_JSON: std::cell::RefCell<std::collections::HashMap<TokenKey, u64>> =
        Default::default();
}

fn memo(key: TokenKey, f: impl FnOnce() -> u64) -> u64 {
    if let Some(v) = TOKEN_JSON.with(|m| m.borrow().get(&key).copied()) {
        return v;
    }
    let v = f();
    TOKEN_JSON.with(|m| m.borrow_mut().insert(key, v));
    v
}

/// A hash of the tokenizer's tokens and scores (FNV-1a over their bytes: a fraction of the
/// cost of sizing its tables).
fn fingerprint(t: &Tokenizer) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for b in (t.max_token_length as u64).to_le_bytes() {
        eat(b);
    }
    for (token, score) in t.vocab.iter().zip(&t.scores) {
        for b in (token.len() as u32).to_le_bytes() {
            eat(b);
        }
        token.iter().for_each(|&b| eat(b));
        score.to_bits().to_le_bytes().into_iter().for_each(&mut eat);
    }
    h
}

fn part_json(
    slot: &Slot,
    plan: &Plan,
    config: &Config,
    layout: &Layout,
    tok: Option<&Tokenizer>,
) -> u64 {
    let n = slot.items as u64;
    let f = |w: f64| (n as f64 * w).round() as u64;
    match slot.encoding {
        Encoding::Header => exact_json(plan.header(config, layout).into_iter()),
        Encoding::Float => match (slot.part, tok) {
            (Part::Tokens(TokenTable::Score), Some(t)) => exact_json(
                t.scores
                    .iter()
                    .map(|&s| crate::pack::quantize::f32_to_image(s)),
            ),
            (Part::Norm(_), _) => f(NORM_JSON),
            _ => f(FLOAT_JSON),
        },
        Encoding::Q8(s) => {
            let scales = (slot.rows as u64).saturating_mul(s.ngroups as u64);
            let packed = n.saturating_sub(scales);
            (scales as f64 * SCALE_JSON + packed as f64 * PACKED_JSON).round() as u64
        }
        Encoding::W8a8(s) => {
            let pairs = (slot.rows as u64).div_ceil(2);
            let scales = pairs.saturating_mul(2 * s.ngroups as u64);
            let packed = n.saturating_sub(scales);
            (scales as f64 * SCALE_JSON + packed as f64 * W8A8_JSON).round() as u64
        }
        Encoding::Trig => trig_json(
            config.head_size(),
            plan.seq,
            slot.part == Part::Rope(Rope::Cos),
        ),
        Encoding::Ints => ints_json(slot, config, tok),
        Encoding::Zeros => 2 * n,
    }
}

thread_local! {
    /// [`trig_json`]'s answers: the same model asks again on every keystroke and for each
    /// form change [`crate::pipeline::preflight`] tries.
    static TRIG_JSON: std::cell::RefCell<std::collections::HashMap<(usize, usize, bool), u64>> =
        Default::default();
}

/// JSON bytes of a RoPE table (cos or sin) of `seq` positions and `head_size / 2`
/// frequencies.
fn trig_json(head_size: usize, seq: usize, cos: bool) -> u64 {
    let key = (head_size, seq, cos);
    if let Some(v) = TRIG_JSON.with(|m| m.borrow().get(&key).copied()) {
        return v;
    }
    let hs = head_size as f64;
    let freqs: Vec<f64> = (0..head_size / 2)
        .map(|k| 1.0 / libm::pow(10000.0, (2 * k) as f64 / hs))
        .collect();
    // exact for the first positions; past them, their mean per position (a header can
    // claim millions of positions)
    let exact = seq.min(TRIG_EXACT_POSITIONS);
    let head = exact_json((0..exact).flat_map(|pos| {
        freqs.iter().map(move |fr| {
            let v = pos as f64 * fr;
            if cos {
                libm::cos(v)
            } else {
                libm::sin(v)
            }
        })
    }));
    let v = if exact == 0 || seq == exact {
        head
    } else {
        (head as f64 * seq as f64 / exact as f64).round() as u64
    };
    TRIG_JSON.with(|m| m.borrow_mut().insert(key, v));
    v
}

/// JSON bytes of a tokenizer table: exact with the tokenizer, else from typical lengths.
fn ints_json(slot: &Slot, config: &Config, tok: Option<&Tokenizer>) -> u64 {
    let v = config.vocab_size;
    let digits = |x: usize| x.max(1).ilog10() as u64 + 2; // digits and a comma
    let Some(t) = tok else {
        return match slot.part {
            // offsets grow to ~6 per token; lengths 1-2 digits; bytes mostly 2-3 digits
            Part::Tokens(TokenTable::Off) => (0..v).map(|i| digits(i * TOKEN_BYTES_GUESS)).sum(),
            Part::Tokens(TokenTable::Len) => 2 * v as u64,
            Part::Tokens(TokenTable::Bytes) => 4 * slot.items as u64,
            _ => (0..v).map(digits).sum(),
        };
    };
    match slot.part {
        Part::Tokens(TokenTable::Off) => {
            let mut off = 0;
            (0..v)
                .map(|i| {
                    let d = digits(off);
                    off += c_bytes(t, i).len();
                    d
                })
                .sum()
        }
        Part::Tokens(TokenTable::Len) => (0..v).map(|i| digits(c_bytes(t, i).len())).sum(),
        Part::Tokens(TokenTable::Bytes) => (0..v)
            .flat_map(|i| c_bytes(t, i).iter())
            .map(|&b| digits(b as usize))
            .sum(),
        Part::Tokens(TokenTable::Sorted) => sorted_ids(t).into_iter().map(digits).sum(),
        _ => (0..slot.items).map(|_| 2).sum(),
    }
}

/// JSON bytes of the token texts list (`None`: typical lengths) (each text quoted and escaped, one comma each).
pub fn token_texts_json(config: &Config, tok: Option<&Tokenizer>) -> u64 {
    token_texts_json_with(config, tok.map(|t| (t, fingerprint(t))))
}

/// [`token_texts_json`] with the tokenizer's [`fingerprint`] computed once by the caller.
fn token_texts_json_with(config: &Config, tok: Option<(&Tokenizer, u64)>) -> u64 {
    if let Some((t, fp)) = tok {
        let key = (fp, config.vocab_size, None, 0);
        return memo(key, || texts_json(config, Some(t)));
    }
    texts_json(config, None)
}

fn texts_json(config: &Config, tok: Option<&Tokenizer>) -> u64 {
    match tok {
        Some(t) => display_texts(t)
            .iter()
            .map(|s| {
                let mut out = String::new();
                crate::scratch::json::push_str(&mut out, s);
                out.len() as u64 + 1
            })
            .sum(),
        None => config.vocab_size as u64 * (TOKEN_BYTES_GUESS as u64 + 3),
    }
}

/// Estimates the image items and project.json bytes of building `config` with `preset`
/// (without the tokenizer: typical token lengths). Saturates for absurd dimensions.
pub fn estimate(config: &Config, preset: &Preset) -> Estimate {
    estimate_with(config, preset, None)
}

/// [`estimate`], exact for the tokenizer's tables when it is given.
pub fn estimate_with(config: &Config, preset: &Preset, tok: Option<&Tokenizer>) -> Estimate {
    let layout = Layout::from(preset);
    let bytes = tok.map_or(
        config.vocab_size.saturating_mul(TOKEN_BYTES_GUESS),
        token_bytes,
    );
    let plan = match Plan::new(config, bytes, &layout) {
        Ok(p) => p,
        Err(_) => {
            return Estimate {
                list_items: u64::MAX,
                stored_items: u64::MAX,
                project_json_bytes: u64::MAX,
                fits_scratch_website: false,
            }
        }
    };
    let stored = if plan.stores_zeros(preset.target) {
        plan.total
    } else {
        plan.stored
    };
    let stored_items = stored as u64;
    let tok = tok.map(|t| (t, fingerprint(t)));
    let mut list_json: u64 = 0;
    for slot in plan.slots.iter().filter(|s| s.start < stored) {
        list_json = list_json.saturating_add(slot_json_with(slot, &plan, config, &layout, tok));
    }
    let kernel = crate::pipeline::matvec_kernel(preset);
    let more =
        crate::pipeline::matvec_kernels(preset, [config.dim, config.hidden_dim]).len() as u64 - 1;
    let program = match preset.target {
        Target::Scratch => PROGRAM_JSON_SCRATCH[kernel] + more * KERNEL_JSON_SCRATCH[kernel],
        Target::TurboWarp => PROGRAM_JSON_TURBOWARP[kernel] + more * KERNEL_JSON_TURBOWARP[kernel],
    };
    let project_json_bytes = list_json
        .saturating_add(token_texts_json_with(config, tok))
        .saturating_add(program);
    Estimate {
        list_items: plan.total as u64,
        stored_items,
        project_json_bytes,
        fits_scratch_website: project_json_bytes <= SCRATCH_PROJECT_JSON_LIMIT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preset::Quant;

    fn stories260k() -> Config {
        crate::model::testing::STORIES_260K
    }

    #[test]
    fn float_costs_more_than_q8_and_a_shorter_context_costs_less() {
        let c = stories260k();
        let q8 = estimate(&c, &Preset::default());
        let float = estimate(
            &c,
            &Preset {
                quant: Quant::Float,
                ..Preset::default()
            },
        );
        let short = estimate(
            &c,
            &Preset {
                seq: Some(64),
                ..Preset::default()
            },
        );
        assert!(float.list_items > q8.list_items);
        assert!(float.project_json_bytes > q8.project_json_bytes);
        assert!(short.list_items < q8.list_items);
        assert!((250_000..450_000).contains(&q8.list_items), "{q8:?}");
        assert!(q8.fits_scratch_website && float.fits_scratch_website);
    }

    #[test]
    fn huge_models_do_not_fit_and_do_not_overflow() {
        let c = Config {
            dim: 1 << 24,
            hidden_dim: 1 << 24,
            n_layers: 1 << 24,
            vocab_size: 1 << 24,
            seq_len: 1 << 24,
            n_heads: 1,
            n_kv_heads: 1,
            shared_classifier: false,
        };
        let e = estimate(
            &c,
            &Preset {
                quant: Quant::Float,
                ..Preset::default()
            },
        );
        assert!(!e.fits_scratch_website);
        assert_eq!(e.list_items, u64::MAX);
    }
}
