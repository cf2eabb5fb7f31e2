//! Builds the image: plans every part ([`Plan`], checked before allocating), then fills the
//! plan's parts in order into an [`ItemSink`] (a `Vec<f64>`, or a JSON writer that never
//! holds the whole image).

use super::plan::{Buffer, Encoding, Norm, Part, Plan, Rope, Slot, TokenTable, Weight};
use super::quantize::{f32_to_image, push_q8_row, push_w8a8_pair, quantize_row, RowShape};
use super::report::PackReport;
use super::tokens::{c_bytes, sorted_ids};
use super::{Image, Layout, PackError};
use crate::model::{Checkpoint, Tensor, Tokenizer};

/// Where packed items go, in image order.
pub trait ItemSink {
    /// Appends items.
    fn push_items(&mut self, items: &[f64]);
    /// Marks the start of a part (reports measure per part).
    fn start_part(&mut self, _slot: &Slot) {}
}

impl ItemSink for Vec<f64> {
    fn push_items(&mut self, items: &[f64]) {
        self.extend_from_slice(items);
    }
}

/// Total bytes of the tokenizer's C strings (the `TOK_BYTES` part).
pub fn token_bytes(tok: &Tokenizer) -> usize {
    (0..tok.vocab.len()).map(|i| c_bytes(tok, i).len()).sum()
}

/// The plan for packing `ck` with `tok` in `layout`, after checking that they fit together.
pub fn plan_for(ck: &Checkpoint, tok: &Tokenizer, layout: &Layout) -> Result<Plan, PackError> {
    let c = &ck.config;
    super::plan::check_layout(c, layout)?;
    if tok.vocab.len() != c.vocab_size || tok.scores.len() != c.vocab_size {
        return Err(PackError::VocabMismatch {
            tokenizer: tok.vocab.len(),
            model: c.vocab_size,
        });
    }
    Plan::new(c, token_bytes(tok), layout)
}

/// Packs a checkpoint and its tokenizer into one image with the given layout.
pub fn pack(ck: &Checkpoint, tok: &Tokenizer, layout: &Layout) -> Result<Image, PackError> {
    let plan = plan_for(ck, tok, layout)?;
    let mut items: Vec<f64> = Vec::with_capacity(plan.total);
    let notes = fill(ck, tok, layout, &plan, &mut items)?;
    let parts: Vec<(&str, usize, usize)> = plan
        .slots
        .iter()
        .skip(1)
        .map(|s| (s.part.name(), s.start, s.items))
        .collect();
    let report = PackReport::new(&items, &parts, notes);
    Ok(Image { items, report })
}

/// Writes every part of `plan` into `out`, in order; returns notes on what was done to the
/// weights. Every slot's item count is checked against what was written.
pub fn fill(
    ck: &Checkpoint,
    tok: &Tokenizer,
    layout: &Layout,
    plan: &Plan,
    out: &mut dyn ItemSink,
) -> Result<Vec<String>, PackError> {
    let mut notes = Vec::new();
    let mut counter = Counter { out, n: 0 };
    for slot in &plan.slots {
        counter.out.start_part(slot);
        let before = counter.n;
        fill_slot(ck, tok, layout, plan, slot, &mut counter, &mut notes)?;
        if counter.n - before != slot.items {
            return Err(PackError::BadTensor {
                name: slot.part.name(),
                got: counter.n - before,
                expected: slot.items,
            });
        }
    }
    Ok(notes)
}

/// Counts what passes through to the sink.
struct Counter<'a> {
    out: &'a mut dyn ItemSink,
    n: usize,
}

impl Counter<'_> {
    fn push(&mut self, items: &[f64]) {
        self.n += items.len();
        self.out.push_items(items);
    }
}

fn fill_slot(
    ck: &Checkpoint,
    tok: &Tokenizer,
    layout: &Layout,
    plan: &Plan,
    slot: &Slot,
    out: &mut Counter,
    notes: &mut Vec<String>,
) -> Result<(), PackError> {
    let c = &ck.config;
    let w = &ck.weights;
    let name = slot.part.name();
    let v = c.vocab_size;
    match slot.part {
        Part::Header => out.push(&plan.header(c, layout)),
        Part::Weight(kind) => {
            let t = match kind {
                Weight::Emb => &w.token_embedding,
                Weight::Wq => &w.wq,
                Weight::Wk => &w.wk,
                Weight::Wv => &w.wv,
                Weight::Wo => &w.wo,
                Weight::W1 => &w.w1,
                Weight::W2 => &w.w2,
                Weight::W3 => &w.w3,
                Weight::Wcls => w.wcls.as_ref().ok_or(PackError::BadTensor {
                    name,
                    got: 0,
                    expected: slot.items,
                })?,
            };
            match slot.encoding {
                Encoding::W8a8(s) => w8a8_matrix(out, name, t, slot.rows, &s, notes)?,
                Encoding::Q8(s) => matrix(out, name, t, slot.rows, slot.row_len, Some(&s), notes)?,
                _ => matrix(out, name, t, slot.rows, slot.row_len, None, notes)?,
            }
        }
        Part::Norm(n) => {
            let t = match n {
                Norm::Att => &w.rms_att,
                Norm::Ffn => &w.rms_ffn,
                Norm::Final => &w.rms_final,
            };
            floats(out, name, t, slot.items)?
        }
        Part::Rope(r) => {
            let hs = c.head_size() as f64;
            let half = c.head_size() / 2;
            let mut row = Vec::with_capacity(half);
            for pos in 0..plan.seq {
                row.clear();
                for k in 0..half {
                    // libm, not std: std's pow/cos/sin come from the platform's C library
                    // natively (glibc) and from a Rust port in wasm, which can differ in the
                    // last bit; one implementation makes the native and web builds identical
                    let freq = 1.0 / libm::pow(10000.0, (2 * k) as f64 / hs);
                    let val = pos as f64 * freq;
                    row.push(match r {
                        Rope::Cos => libm::cos(val),
                        Rope::Sin => libm::sin(val),
                    });
                }
                out.push(&row);
            }
        }
        Part::Tokens(t) => match t {
            TokenTable::Off => {
                let mut off = 0usize;
                for i in 0..v {
                    out.push(&[off as f64]);
                    off += c_bytes(tok, i).len();
                }
            }
            TokenTable::Len => {
                let lens: Vec<f64> = (0..v).map(|i| c_bytes(tok, i).len() as f64).collect();
                out.push(&lens);
            }
            TokenTable::Bytes => {
                for i in 0..v {
                    let b: Vec<f64> = c_bytes(tok, i).iter().map(|&b| b as f64).collect();
                    out.push(&b);
                }
            }
            TokenTable::Score => {
                let s: Vec<f64> = tok.scores.iter().map(|&s| f32_to_image(s)).collect();
                out.push(&s);
            }
            TokenTable::Sorted => {
                let s: Vec<f64> = sorted_ids(tok).into_iter().map(|i| i as f64).collect();
                out.push(&s);
            }
        },
        Part::Buffer(b) => zeros(out, b, slot.items),
    }
    Ok(())
}

/// A zero-filled buffer (the sink decides whether zeros are stored).
fn zeros(out: &mut Counter, _b: Buffer, n: usize) {
    static CHUNK: [f64; 4096] = [0.0; 4096];
    let mut left = n;
    while left > 0 {
        let k = left.min(CHUNK.len());
        out.push(&CHUNK[..k]);
        left -= k;
    }
}

fn floats(out: &mut Counter, name: &'static str, w: &[f32], len: usize) -> Result<(), PackError> {
    if w.len() != len {
        return Err(PackError::BadTensor {
            name,
            got: w.len(),
            expected: len,
        });
    }
    for chunk in w.chunks(4096) {
        let v: Vec<f64> = chunk.iter().map(|&v| f32_to_image(v)).collect();
        out.push(&v);
    }
    Ok(())
}

/// Appends `rows` rows of `n` inputs in the float layout (`shape` None) or Q8_0.
fn matrix(
    out: &mut Counter,
    name: &'static str,
    t: &Tensor,
    rows: usize,
    n: usize,
    shape: Option<&RowShape>,
    notes: &mut Vec<String>,
) -> Result<(), PackError> {
    let mut buf: Vec<f64> = Vec::with_capacity(n + 16);
    if let Some(shape) = shape {
        let row = quantized_rows(name, t, rows, shape, notes)?;
        for r in 0..rows {
            let (scales, q) = row(r);
            buf.clear();
            push_q8_row(&mut buf, shape, &scales, &q);
            out.push(&buf);
        }
        return Ok(());
    }
    let expected = rows * n;
    match t {
        Tensor::F32(w) => {
            if w.len() != expected {
                return Err(PackError::BadTensor {
                    name,
                    got: w.len(),
                    expected,
                });
            }
            for row in w.chunks(n.max(1)) {
                buf.clear();
                buf.extend(row.iter().map(|&v| f32_to_image(v)));
                out.push(&buf);
            }
        }
        Tensor::Q8 {
            q,
            scales,
            group_size,
        } => {
            let gs = *group_size;
            if q.len() != expected || gs == 0 || scales.len() != expected.div_ceil(gs) {
                return Err(PackError::BadTensor {
                    name,
                    got: q.len(),
                    expected,
                });
            }
            for r in 0..rows {
                buf.clear();
                buf.extend(
                    (r * n..(r + 1) * n).map(|i| f32_to_image(q[i] as f32 * scales[i / gs])),
                );
                out.push(&buf);
            }
        }
    }
    Ok(())
}

/// One quantized row by index: (scales, int8 values).
type RowFn<'a> = Box<dyn Fn(usize) -> (Vec<f32>, Vec<i8>) + 'a>;

/// The `rows` rows of `shape.n` inputs of `t`, quantized per group of `shape` (Q8_0 and
/// W8A8 alike): f32 rows quantized; a v2 file's own values copied when its groups line up,
/// else dequantized and requantized (each told in `notes`).
fn quantized_rows<'a>(
    name: &'static str,
    t: &'a Tensor,
    rows: usize,
    shape: &'a RowShape,
    notes: &mut Vec<String>,
) -> Result<RowFn<'a>, PackError> {
    let n = shape.n;
    let expected = rows * n;
    let got = match t {
        Tensor::F32(w) => w.len(),
        Tensor::Q8 { q, .. } => q.len(),
    };
    let bad = PackError::BadTensor {
        name,
        got,
        expected,
    };
    if got != expected {
        return Err(bad);
    }
    Ok(match t {
        Tensor::F32(w) => Box::new(move |r| quantize_row(&w[r * n..(r + 1) * n], shape)),
        Tensor::Q8 {
            q,
            scales,
            group_size,
        } => {
            let gs = *group_size;
            if gs == 0 || scales.len() != expected.div_ceil(gs) {
                return Err(bad);
            }
            if gs == shape.group && n % gs == 0 {
                notes.push(format!(
                    "{name}: v2 Q8_0 data (group {gs}) copied without requantizing"
                ));
                let per_row = n / gs;
                Box::new(move |r| {
                    let s = scales[r * per_row..(r + 1) * per_row].to_vec();
                    (s, q[r * n..(r + 1) * n].to_vec())
                })
            } else {
                notes.push(format!(
                    "{name}: v2 group size {gs} does not line up with group {} on rows of {n}: \
                     dequantized and requantized",
                    shape.group
                ));
                Box::new(move |r| {
                    let deq: Vec<f32> = (r * n..(r + 1) * n)
                        .map(|i| q[i] as f32 * scales[i / gs])
                        .collect();
                    quantize_row(&deq, shape)
                })
            }
        }
    })
}

/// Appends `rows` rows of `shape.n` inputs in the W8A8 layout: rows quantized per group as
/// Q8_0 ([`quantized_rows`]), then packed in pairs.
fn w8a8_matrix(
    out: &mut Counter,
    name: &'static str,
    t: &Tensor,
    rows: usize,
    shape: &RowShape,
    notes: &mut Vec<String>,
) -> Result<(), PackError> {
    let row = quantized_rows(name, t, rows, shape, notes)?;
    let mut buf: Vec<f64> = Vec::with_capacity(shape.pair_items());
    for r in (0..rows).step_by(2) {
        let a = row(r);
        let b = (r + 1 < rows).then(|| row(r + 1));
        buf.clear();
        push_w8a8_pair(
            &mut buf,
            shape,
            (&a.0, &a.1),
            b.as_ref().map(|b| (&b.0[..], &b.1[..])),
        );
        out.push(&buf);
    }
    Ok(())
}
