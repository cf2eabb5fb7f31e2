//! Builds the image: plans every part's size first (checked, before allocating), then fills.

use super::header::{self as h, HEADER_SIZE, IMAGE_MAGIC, IMAGE_VERSION};
use super::quantize::{f32_to_image, push_q8_row, quantize_row, RowShape};
use super::report::PackReport;
use super::tokens::{c_bytes, sorted_ids};
use super::{Image, Layout, PackError, Quant, MAX_ITEMS};
use crate::model::{Checkpoint, Tensor, Tokenizer};

/// Packs a checkpoint and its tokenizer into one image with the given layout.
pub fn pack(ck: &Checkpoint, tok: &Tokenizer, layout: &Layout) -> Result<Image, PackError> {
    let c = &ck.config;
    check_dims(ck, tok, layout)?;
    let seq = layout.seq.unwrap_or(c.seq_len);
    let q8 = layout.quant == Quant::Q8;
    let (dim, hid, nl, kv) = (c.dim, c.hidden_dim, c.n_layers, c.kv_dim());
    let shape_d = RowShape::q8(dim, if q8 { layout.group } else { dim });
    let shape_f = RowShape::q8(hid, if q8 { layout.group } else { hid });
    let (dr, fr) = if q8 {
        (shape_d.row_items(), shape_f.row_items())
    } else {
        (dim, hid)
    };
    let cap = layout.prompt_cap;
    let bytes_total: usize = (0..tok.vocab.len()).map(|i| c_bytes(tok, i).len()).sum();

    // Every part and its size, in image order; sizes use checked (saturating) arithmetic.
    let m = |a: usize, b: usize| a.saturating_mul(b);
    let rows_d = |rows: usize| m(m(nl, rows), dr);
    let mut plan: Vec<(&'static str, usize, usize)> = vec![
        ("EMB", h::EMB, m(c.vocab_size, dr)),
        ("RMS_ATT", h::RMS_ATT, m(nl, dim)),
        ("WQ", h::WQ, rows_d(dim)),
        ("WK", h::WK, rows_d(kv)),
        ("WV", h::WV, rows_d(kv)),
        ("WO", h::WO, rows_d(dim)),
        ("RMS_FFN", h::RMS_FFN, m(nl, dim)),
        ("W1", h::W1, rows_d(hid)),
        ("W2", h::W2, m(m(nl, dim), fr)),
        ("W3", h::W3, rows_d(hid)),
        ("RMS_FINAL", h::RMS_FINAL, dim),
    ];
    if !c.shared_classifier {
        plan.push(("WCLS", h::WCLS, m(c.vocab_size, dr)));
    }
    let half = c.head_size() / 2;
    let v = c.vocab_size;
    plan.extend([
        ("ROPE_COS", h::ROPE_COS, m(seq, half)),
        ("ROPE_SIN", h::ROPE_SIN, m(seq, half)),
        ("TOK_OFF", h::TOK_OFF, v),
        ("TOK_LEN", h::TOK_LEN, v),
        ("TOK_BYTES", h::TOK_BYTES, bytes_total),
        ("TOK_SCORE", h::TOK_SCORE, v),
        ("TOK_SORTED", h::TOK_SORTED, v),
        ("X", h::X, dim),
        ("XB", h::XB, dim),
        ("XB2", h::XB2, dim),
        ("HB", h::HB, hid),
        ("HB2", h::HB2, hid),
        ("Q", h::Q, dim),
        ("ATT", h::ATT, m(c.n_heads, seq)),
        ("LOGITS", h::LOGITS, v),
        ("KEY_CACHE", h::KEY_CACHE, m(m(nl, seq), kv)),
        ("VALUE_CACHE", h::VALUE_CACHE, m(m(nl, seq), kv)),
        (
            "QY",
            h::QY,
            if q8 {
                shape_d.pad_len().max(shape_f.pad_len())
            } else {
                0
            },
        ),
        (
            "QSX",
            h::QSX,
            if q8 {
                shape_d.ngroups.max(shape_f.ngroups)
            } else {
                0
            },
        ),
        ("HEAP", h::HEAP, v),
        ("PROMPT_BYTES", h::PROMPT_BYTES, cap),
        ("PROMPT_TOKENS", h::PROMPT_TOKENS, cap + 3),
        ("PAIR_ID", h::PAIR_ID, cap + 3),
        ("PAIR_SCORE", h::PAIR_SCORE, cap + 3),
    ]);
    let total = plan.iter().fold(HEADER_SIZE, |a, p| a.saturating_add(p.2));
    if total > MAX_ITEMS {
        return Err(PackError::TooLarge { items: total });
    }

    let mut items = vec![0f64; HEADER_SIZE];
    items.reserve(total - HEADER_SIZE);
    let mut notes = Vec::new();
    let mut parts = Vec::new();
    let w = &ck.weights;
    for &(name, field, len) in &plan {
        let start = items.len();
        items[field] = start as f64;
        match name {
            "EMB" => matrix(
                &mut items,
                name,
                &w.token_embedding,
                v,
                &shape_d,
                q8,
                &mut notes,
            )?,
            "WQ" => matrix(&mut items, name, &w.wq, nl * dim, &shape_d, q8, &mut notes)?,
            "WK" => matrix(&mut items, name, &w.wk, nl * kv, &shape_d, q8, &mut notes)?,
            "WV" => matrix(&mut items, name, &w.wv, nl * kv, &shape_d, q8, &mut notes)?,
            "WO" => matrix(&mut items, name, &w.wo, nl * dim, &shape_d, q8, &mut notes)?,
            "W1" => matrix(&mut items, name, &w.w1, nl * hid, &shape_d, q8, &mut notes)?,
            "W2" => matrix(&mut items, name, &w.w2, nl * dim, &shape_f, q8, &mut notes)?,
            "W3" => matrix(&mut items, name, &w.w3, nl * hid, &shape_d, q8, &mut notes)?,
            "WCLS" => {
                let t = w.wcls.as_ref().ok_or(PackError::BadTensor {
                    name,
                    got: 0,
                    expected: len,
                })?;
                matrix(&mut items, name, t, v, &shape_d, q8, &mut notes)?
            }
            "RMS_ATT" => floats(&mut items, name, &w.rms_att, len)?,
            "RMS_FFN" => floats(&mut items, name, &w.rms_ffn, len)?,
            "RMS_FINAL" => floats(&mut items, name, &w.rms_final, len)?,
            "ROPE_COS" | "ROPE_SIN" => {
                let hs = c.head_size() as f64;
                for pos in 0..seq {
                    for k in 0..half {
                        // libm, not std: std's pow/cos/sin come from the platform's C
                        // library natively (glibc) and from a Rust port in wasm, which can
                        // differ in the last bit; one implementation makes the native and
                        // the web build byte-identical
                        let freq = 1.0 / libm::pow(10000.0, (2 * k) as f64 / hs);
                        let val = pos as f64 * freq;
                        items.push(if name == "ROPE_COS" {
                            libm::cos(val)
                        } else {
                            libm::sin(val)
                        });
                    }
                }
            }
            "TOK_OFF" => {
                let mut off = 0usize;
                for i in 0..v {
                    items.push(off as f64);
                    off += c_bytes(tok, i).len();
                }
            }
            "TOK_LEN" => items.extend((0..v).map(|i| c_bytes(tok, i).len() as f64)),
            "TOK_BYTES" => {
                for i in 0..v {
                    items.extend(c_bytes(tok, i).iter().map(|&b| b as f64));
                }
            }
            "TOK_SCORE" => items.extend(tok.scores.iter().map(|&s| f32_to_image(s))),
            "TOK_SORTED" => items.extend(sorted_ids(tok).into_iter().map(|i| i as f64)),
            _ => items.resize(start + len, 0.0), // buffers
        }
        if items.len() - start != len {
            return Err(PackError::BadTensor {
                name,
                got: items.len() - start,
                expected: len,
            });
        }
        parts.push((name, start, len));
    }
    if c.shared_classifier {
        items[h::WCLS] = items[h::EMB];
    }
    fill_header(&mut items, ck, layout, seq, &shape_d, &shape_f, (dr, fr));
    let report = PackReport::new(&items, &parts, notes);
    Ok(Image { items, report })
}

fn check_dims(ck: &Checkpoint, tok: &Tokenizer, layout: &Layout) -> Result<(), PackError> {
    let c = &ck.config;
    if c.dim == 0 || c.hidden_dim == 0 || c.n_layers == 0 || c.n_heads == 0 || c.n_kv_heads == 0 {
        return Err(PackError::BadDims("a dimension is 0".into()));
    }
    if c.dim % c.n_heads != 0 || c.n_heads % c.n_kv_heads != 0 || c.head_size() % 2 != 0 {
        return Err(PackError::BadDims(format!(
            "dim {} / heads {} / kv_heads {}: head size must be even and heads divisible",
            c.dim, c.n_heads, c.n_kv_heads
        )));
    }
    if c.vocab_size < 2 {
        return Err(PackError::BadDims(format!(
            "vocab_size {} < 2",
            c.vocab_size
        )));
    }
    if tok.vocab.len() != c.vocab_size || tok.scores.len() != c.vocab_size {
        return Err(PackError::VocabMismatch {
            tokenizer: tok.vocab.len(),
            model: c.vocab_size,
        });
    }
    // a group longer than a row covers the whole row (one group per row)
    let max = c.dim.max(c.hidden_dim);
    if layout.quant == Quant::Q8 && (layout.group == 0 || layout.group > max) {
        return Err(PackError::BadGroup {
            group: layout.group,
            max,
        });
    }
    if let Some(seq) = layout.seq {
        if seq == 0 || seq > c.seq_len {
            return Err(PackError::BadSeq {
                seq,
                max: c.seq_len,
            });
        }
    }
    if c.seq_len == 0 {
        return Err(PackError::BadDims("seq_len is 0".into()));
    }
    if layout.prompt_cap == 0 || layout.prompt_cap > 65536 {
        return Err(PackError::BadPromptCap(layout.prompt_cap));
    }
    Ok(())
}

fn floats(out: &mut Vec<f64>, name: &'static str, w: &[f32], len: usize) -> Result<(), PackError> {
    if w.len() != len {
        return Err(PackError::BadTensor {
            name,
            got: w.len(),
            expected: len,
        });
    }
    out.extend(w.iter().map(|&v| f32_to_image(v)));
    Ok(())
}

/// Appends `rows` rows of `shape.n` inputs in the float or Q8_0 layout.
fn matrix(
    out: &mut Vec<f64>,
    name: &'static str,
    t: &Tensor,
    rows: usize,
    shape: &RowShape,
    q8: bool,
    notes: &mut Vec<String>,
) -> Result<(), PackError> {
    let n = shape.n;
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
            if !q8 {
                out.extend(w.iter().map(|&v| f32_to_image(v)));
                return Ok(());
            }
            for row in w.chunks(n) {
                let (scales, q) = quantize_row(row, shape);
                push_q8_row(out, shape, &scales, &q);
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
            let deq = |i: usize| q[i] as f32 * scales[i / gs];
            if q8 && gs == shape.group && n % gs == 0 {
                notes.push(format!(
                    "{name}: v2 Q8_0 data (group {gs}) copied without requantizing"
                ));
                let per_row = n / gs;
                for r in 0..rows {
                    let s = &scales[r * per_row..(r + 1) * per_row];
                    push_q8_row(out, shape, s, &q[r * n..(r + 1) * n]);
                }
            } else if q8 {
                notes.push(format!(
                    "{name}: v2 group size {gs} does not line up with group {} on rows of {n}: \
                     dequantized and requantized",
                    shape.group
                ));
                for r in 0..rows {
                    let row: Vec<f32> = (r * n..(r + 1) * n).map(deq).collect();
                    let (s, qq) = quantize_row(&row, shape);
                    push_q8_row(out, shape, &s, &qq);
                }
            } else {
                out.extend((0..expected).map(|i| f32_to_image(deq(i))));
            }
        }
    }
    Ok(())
}

fn fill_header(
    items: &mut [f64],
    ck: &Checkpoint,
    layout: &Layout,
    seq: usize,
    sd: &RowShape,
    sf: &RowShape,
    (dr, fr): (usize, usize),
) {
    let c = &ck.config;
    let q8 = layout.quant == Quant::Q8;
    let total = items.len();
    let mut set = |i: usize, v: f64| items[i] = v;
    set(h::MAGIC, IMAGE_MAGIC);
    set(h::VERSION, IMAGE_VERSION);
    for (i, v) in [
        (h::DIM, c.dim),
        (h::HIDDEN, c.hidden_dim),
        (h::LAYERS, c.n_layers),
        (h::HEADS, c.n_heads),
        (h::KV_HEADS, c.n_kv_heads),
        (h::VOCAB, c.vocab_size),
        (h::SEQ, seq),
        (h::HEAD_SIZE, c.head_size()),
        (h::KV_DIM, c.kv_dim()),
        (h::QUANT, q8 as usize),
        (h::GROUP, if q8 { layout.group } else { 0 }),
        (h::D_ROW_ITEMS, dr),
        (h::F_ROW_ITEMS, fr),
        (h::PROMPT_CAP, layout.prompt_cap),
        (h::BOS, 1),
        (h::DEF_STEPS, layout.sampling.steps),
        (h::DEF_TOPK, layout.sampling.topk),
        (h::IMAGE_ITEMS, total),
        (h::SPACE, 32),
    ] {
        set(i, v as f64);
    }
    if q8 {
        for (base, s) in [(h::D_NGROUPS, sd), (h::F_NGROUPS, sf)] {
            set(base, s.ngroups as f64);
            set(base + 1, s.group_items as f64);
            set(base + 2, s.last_items as f64);
            set(base + 3, s.last_len as f64);
            set(base + 4, s.pad_len() as f64);
        }
    }
    set(h::RMS_EPS, 1e-5);
    set(h::PM_MOD, 2147483647.0);
    set(h::PM_MULT, 48271.0);
    set(h::DEF_TEMPERATURE, layout.sampling.temperature);
    set(h::DEF_TOPP, layout.sampling.topp);
    set(h::DEF_SEED, layout.sampling.seed as f64);
}
