//! The image layout as a typed plan: every part, in image order, with its header field, its
//! item count and how its items are encoded. The packer fills exactly this plan, and
//! [`crate::estimate`] sizes exactly this plan, so the two cannot drift apart.

use super::header::{self as h, HEADER_SIZE, IMAGE_MAGIC, IMAGE_VERSION};
use super::quantize::RowShape;
use super::{Layout, PackError, Quant, MAX_ITEMS};
use crate::model::Config;

/// Vanilla Scratch's cap on `add to list` and `insert at` (scratch-vm's `LIST_ITEM_LIMIT`).
pub const VANILLA_LIST_LIMIT: usize = 200_000;
/// An upper bound on the program's own memory items before the image (about 4,200 today).
pub const PROGRAM_ITEMS_MARGIN: usize = 10_000;

/// A weight matrix (rows of `dim` inputs, except [`Weight::W2`] with `hidden_dim` inputs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Token embedding (vocab rows).
    Emb,
    /// wq (layers x dim rows).
    Wq,
    /// wk (layers x kv_dim rows).
    Wk,
    /// wv (layers x kv_dim rows).
    Wv,
    /// wo (layers x dim rows).
    Wo,
    /// w1 (layers x hidden rows).
    W1,
    /// w2 (layers x dim rows of hidden inputs).
    W2,
    /// w3 (layers x hidden rows).
    W3,
    /// The classifier when not shared with the embedding (vocab rows).
    Wcls,
}

/// An RMSNorm weight vector (kept as floats in every layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Norm {
    /// Before attention (layers x dim).
    Att,
    /// Before the feed-forward (layers x dim).
    Ffn,
    /// Final (dim).
    Final,
}

/// A RoPE table (seq x head_size/2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rope {
    /// cos(pos * freq).
    Cos,
    /// sin(pos * freq).
    Sin,
}

/// A tokenizer table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenTable {
    /// Per token: offset of its bytes.
    Off,
    /// Per token: byte length.
    Len,
    /// All token bytes, one per item.
    Bytes,
    /// Per token: merge score (f32).
    Score,
    /// Token ids in strcmp order.
    Sorted,
}

/// A run-time buffer (zeros when the program starts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Buffer {
    /// Activation x (dim).
    X,
    /// Activation xb (dim).
    Xb,
    /// Activation xb2 (dim).
    Xb2,
    /// Activation hb (hidden).
    Hb,
    /// Activation hb2 (hidden).
    Hb2,
    /// Query (dim).
    Q,
    /// Attention scores (heads x seq).
    Att,
    /// Logits (vocab).
    Logits,
    /// Key cache (layers x seq x kv_dim).
    KeyCache,
    /// Value cache (layers x seq x kv_dim).
    ValueCache,
    /// Q8_0 transformed input (0 in the float layout).
    Qy,
    /// Q8_0 per-group sums (0 in the float layout).
    Qsx,
    /// Sampler heap (vocab).
    Heap,
    /// Prompt bytes (prompt capacity).
    PromptBytes,
    /// Prompt tokens (capacity + 3).
    PromptTokens,
    /// BPE pair cache ids (capacity + 3).
    PairId,
    /// BPE pair cache scores (capacity + 3).
    PairScore,
}

/// One part of the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The header ([`HEADER_SIZE`] items).
    Header,
    /// A weight matrix.
    Weight(Weight),
    /// An RMSNorm vector.
    Norm(Norm),
    /// A RoPE table.
    Rope(Rope),
    /// A tokenizer table.
    Tokens(TokenTable),
    /// A zero-initialised buffer.
    Buffer(Buffer),
}

impl Part {
    /// The header field holding this part's address (None for the header itself).
    pub fn field(self) -> Option<usize> {
        Some(match self {
            Part::Header => return None,
            Part::Weight(w) => match w {
                Weight::Emb => h::EMB,
                Weight::Wq => h::WQ,
                Weight::Wk => h::WK,
                Weight::Wv => h::WV,
                Weight::Wo => h::WO,
                Weight::W1 => h::W1,
                Weight::W2 => h::W2,
                Weight::W3 => h::W3,
                Weight::Wcls => h::WCLS,
            },
            Part::Norm(n) => match n {
                Norm::Att => h::RMS_ATT,
                Norm::Ffn => h::RMS_FFN,
                Norm::Final => h::RMS_FINAL,
            },
            Part::Rope(Rope::Cos) => h::ROPE_COS,
            Part::Rope(Rope::Sin) => h::ROPE_SIN,
            Part::Tokens(t) => match t {
                TokenTable::Off => h::TOK_OFF,
                TokenTable::Len => h::TOK_LEN,
                TokenTable::Bytes => h::TOK_BYTES,
                TokenTable::Score => h::TOK_SCORE,
                TokenTable::Sorted => h::TOK_SORTED,
            },
            Part::Buffer(b) => match b {
                Buffer::X => h::X,
                Buffer::Xb => h::XB,
                Buffer::Xb2 => h::XB2,
                Buffer::Hb => h::HB,
                Buffer::Hb2 => h::HB2,
                Buffer::Q => h::Q,
                Buffer::Att => h::ATT,
                Buffer::Logits => h::LOGITS,
                Buffer::KeyCache => h::KEY_CACHE,
                Buffer::ValueCache => h::VALUE_CACHE,
                Buffer::Qy => h::QY,
                Buffer::Qsx => h::QSX,
                Buffer::Heap => h::HEAP,
                Buffer::PromptBytes => h::PROMPT_BYTES,
                Buffer::PromptTokens => h::PROMPT_TOKENS,
                Buffer::PairId => h::PAIR_ID,
                Buffer::PairScore => h::PAIR_SCORE,
            },
        })
    }

    /// The part's name in reports: its header field name (`WQ`, `KEY_CACHE`, ...).
    pub fn name(self) -> &'static str {
        match self.field() {
            None => "HEADER",
            Some(f) => h::HEADER_FIELDS
                .iter()
                .find(|&&(_, i)| i == f)
                .map_or("?", |&(n, _)| n),
        }
    }
}

/// How a part's items are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// The header's exact numbers ([`Plan::header`]).
    Header,
    /// One f32 per item, as its shortest decimal ([`super::quantize::f32_to_image`]).
    Float,
    /// Q8_0 rows of this shape: per group a scale item then int8 four to an item.
    Q8(RowShape),
    /// W8A8 row pairs of this shape: per group two scales then one item per column
    /// holding both rows' int8 (an odd last row pairs with a zero row).
    W8a8(RowShape),
    /// f64 values of cos/sin.
    Trig,
    /// Small non-negative integers (offsets, lengths, bytes, ids).
    Ints,
    /// Zeros: not written to project.json; the project allocates them when it starts.
    Zeros,
}

/// One planned part: what, where, how many items and how encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Which part.
    pub part: Part,
    /// First item (offset from the image start).
    pub start: usize,
    /// Items.
    pub items: usize,
    /// Rows of a weight matrix (1 for everything else).
    pub rows: usize,
    /// Values per row before encoding (the items of non-matrix parts).
    pub row_len: usize,
    /// How the items are written.
    pub encoding: Encoding,
}

/// The whole layout of one image.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Every part in image order, the header first; zero-filled buffers last.
    pub slots: Vec<Slot>,
    /// Total items of the image (stored and allocated).
    pub total: usize,
    /// Items stored in the project (everything before the first buffer).
    pub stored: usize,
    /// Context length of the image.
    pub seq: usize,
    /// Q8_0 / W8A8 shape of rows of `dim` inputs (None in the float layout).
    pub d_shape: Option<RowShape>,
    /// Q8_0 / W8A8 shape of rows of `hidden_dim` inputs (None in the float layout).
    pub f_shape: Option<RowShape>,
}

/// Positions per step of `att_mix`: it reads a head's scores (and value rows) on from the
/// last position to a multiple of this, the scores there zero.
pub const ATT_MIX_STEP: usize = 8;

/// What a row of `n` (values or groups) that its kernel takes `step` at a time reads: `n`,
/// or `n` rounded up to a multiple of `step` when the tail is long (step - n mod step <= n /
/// 8, the C `reads_to_step`). Such a row's last step reads past its end, times zeros: one
/// kernel serves rows with and without a tail.
fn long_tail_reads(n: usize, step: usize) -> usize {
    let t = n % step;
    if t != 0 && step - t <= n / 8 {
        n.next_multiple_of(step)
    } else {
        n
    }
}

/// Inputs a float matvec row of `n` reads ([`long_tail_reads`] in steps of 16): the plan pads
/// every float input vector with zeros to it.
pub fn float_row_reads(n: usize) -> usize {
    long_tail_reads(n, 16)
}

/// Groups a Q8_0 group-4 row of `ngroups` groups reads (four groups a step); the transformed
/// input has zeros for the groups past the end.
pub fn q8_g1_groups_read(ngroups: usize) -> usize {
    long_tail_reads(ngroups, 4)
}

/// Columns past its end a W8A8 group-32 row of `n` reads (its last group read as a full
/// one), times zeros in xq.
pub fn w8a8_g32_reads_past(n: usize) -> usize {
    long_tail_reads(n, 32) - n
}

/// Checks that the program can run these dimensions with this layout.
pub fn check_layout(c: &Config, layout: &Layout) -> Result<(), PackError> {
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
    // a group longer than a row covers the whole row (one group per row)
    let max = c.dim.max(c.hidden_dim);
    if layout.quant != Quant::Float && (layout.group == 0 || layout.group > max) {
        return Err(PackError::BadGroup {
            group: layout.group,
            max,
        });
    }
    if layout.quant == Quant::W8a8 {
        if layout.group > crate::preset::W8A8_MAX_GROUP {
            return Err(PackError::BadW8a8(format!(
                "group size {} is invalid: expected 1 ..= {} (a lane sum of group x 127 x 127 \
                 must stay below 2^23)",
                layout.group,
                crate::preset::W8A8_MAX_GROUP
            )));
        }
        if c.hidden_dim % 2 != 0 {
            return Err(PackError::BadW8a8(format!(
                "hidden_dim {} is odd: rows are packed in pairs, so it must be even",
                c.hidden_dim
            )));
        }
    }
    if c.seq_len == 0 {
        return Err(PackError::BadDims("seq_len is 0".into()));
    }
    if let Some(seq) = layout.seq {
        if seq == 0 || seq > c.seq_len {
            return Err(PackError::BadSeq {
                seq,
                max: c.seq_len,
            });
        }
    }
    if layout.prompt_cap == 0 || layout.prompt_cap > 65536 {
        return Err(PackError::BadPromptCap(layout.prompt_cap));
    }
    Ok(())
}

impl Plan {
    /// Plans the image of a model with `config`, a tokenizer holding `token_bytes` bytes in
    /// all (C strings, up to each first NUL), and `layout`. Checked before anything is
    /// allocated: [`PackError::TooLarge`] when 32-bit addresses cannot reach it all.
    pub fn new(c: &Config, token_bytes: usize, layout: &Layout) -> Result<Plan, PackError> {
        check_layout(c, layout)?;
        let seq = layout.seq.unwrap_or(c.seq_len);
        let (dim, hid, nl, kv, v) = (c.dim, c.hidden_dim, c.n_layers, c.kv_dim(), c.vocab_size);
        let (d_shape, f_shape) = match layout.quant {
            Quant::Q8 => (
                Some(RowShape::q8(dim, layout.group)),
                Some(RowShape::q8(hid, layout.group)),
            ),
            Quant::W8a8 => (
                Some(RowShape::w8a8(dim, layout.group)),
                Some(RowShape::w8a8(hid, layout.group)),
            ),
            Quant::Float => (None, None),
        };
        let quant = layout.quant;
        let m = |a: usize, b: usize| a.saturating_mul(b);
        let cap = layout.prompt_cap;
        let mut plan = Plan {
            slots: Vec::with_capacity(40),
            total: 0,
            stored: 0,
            seq,
            d_shape,
            f_shape,
        };
        plan.push(Part::Header, 1, HEADER_SIZE, Encoding::Header);
        let weight = |plan: &mut Plan, w: Weight, rows: usize| {
            let (n, shape) = if w == Weight::W2 {
                (hid, f_shape)
            } else {
                (dim, d_shape)
            };
            let enc = match (quant, shape) {
                (Quant::W8a8, Some(s)) => Encoding::W8a8(s),
                (_, Some(s)) => Encoding::Q8(s),
                (_, None) => Encoding::Float,
            };
            plan.push(Part::Weight(w), rows, n, enc);
        };
        weight(&mut plan, Weight::Emb, v);
        plan.push(Part::Norm(Norm::Att), 1, m(nl, dim), Encoding::Float);
        weight(&mut plan, Weight::Wq, m(nl, dim));
        weight(&mut plan, Weight::Wk, m(nl, kv));
        weight(&mut plan, Weight::Wv, m(nl, kv));
        weight(&mut plan, Weight::Wo, m(nl, dim));
        plan.push(Part::Norm(Norm::Ffn), 1, m(nl, dim), Encoding::Float);
        weight(&mut plan, Weight::W1, m(nl, hid));
        weight(&mut plan, Weight::W2, m(nl, dim));
        weight(&mut plan, Weight::W3, m(nl, hid));
        plan.push(Part::Norm(Norm::Final), 1, dim, Encoding::Float);
        if !c.shared_classifier {
            weight(&mut plan, Weight::Wcls, v);
        }
        let half = c.head_size() / 2;
        plan.push(Part::Rope(Rope::Cos), 1, m(seq, half), Encoding::Trig);
        plan.push(Part::Rope(Rope::Sin), 1, m(seq, half), Encoding::Trig);
        for (t, n, enc) in [
            (TokenTable::Off, v, Encoding::Ints),
            (TokenTable::Len, v, Encoding::Ints),
            (TokenTable::Bytes, token_bytes, Encoding::Ints),
            (TokenTable::Score, v, Encoding::Float),
            (TokenTable::Sorted, v, Encoding::Ints),
        ] {
            plan.push(Part::Tokens(t), 1, n, enc);
        }
        plan.stored = plan.total;
        let (qy, qsx) = match (d_shape, f_shape) {
            (Some(d), Some(f)) if quant == Quant::W8a8 => {
                let past = |n: usize| match layout.group {
                    32 => n + w8a8_g32_reads_past(n),
                    _ => n,
                };
                (past(dim).max(past(hid)), d.ngroups.max(f.ngroups))
            }
            // group 4: room for the zero groups a row reads past its end
            (Some(d), Some(f)) if d.group_items == 1 => {
                let groups = q8_g1_groups_read(d.ngroups).max(q8_g1_groups_read(f.ngroups));
                (4 * groups, groups)
            }
            (Some(d), Some(f)) => (d.pad_len().max(f.pad_len()), d.ngroups.max(f.ngroups)),
            _ => (0, 0),
        };
        // the inputs of float matvecs: zeros up to what a row reads (float_row_reads)
        let input = |n: usize| match quant {
            Quant::Float => float_row_reads(n),
            _ => n,
        };
        for (b, n) in [
            (Buffer::X, input(dim)),
            (Buffer::Xb, input(dim)),
            (Buffer::Xb2, dim),
            (Buffer::Hb, input(hid)),
            (Buffer::Hb2, hid),
            (Buffer::Q, dim),
            // att_mix reads each head's scores on to a multiple of 8: 7 more for the last
            (
                Buffer::Att,
                m(c.n_heads, seq).saturating_add(ATT_MIX_STEP - 1),
            ),
            (Buffer::Logits, v),
            (Buffer::KeyCache, m(m(nl, seq), kv)),
            // att_mix reads value rows on to a multiple of 8 positions past the last layer's
            (
                Buffer::ValueCache,
                m(m(nl, seq), kv).saturating_add((ATT_MIX_STEP - 1).saturating_mul(kv)),
            ),
            (Buffer::Qy, qy),
            (Buffer::Qsx, qsx),
            (Buffer::Heap, v),
            (Buffer::PromptBytes, cap),
            (Buffer::PromptTokens, cap + 3),
            (Buffer::PairId, cap + 3),
            (Buffer::PairScore, cap + 3),
        ] {
            plan.push(Part::Buffer(b), 1, n, Encoding::Zeros);
        }
        if plan.total > MAX_ITEMS {
            return Err(PackError::TooLarge { items: plan.total });
        }
        Ok(plan)
    }

    fn push(&mut self, part: Part, rows: usize, row_len: usize, encoding: Encoding) {
        let items = match encoding {
            Encoding::Q8(s) => rows.saturating_mul(s.row_items()),
            Encoding::W8a8(s) => rows.div_ceil(2).saturating_mul(s.pair_items()),
            _ => rows.saturating_mul(row_len),
        };
        self.slots.push(Slot {
            part,
            start: self.total,
            items,
            rows,
            row_len,
            encoding,
        });
        self.total = self.total.saturating_add(items);
    }

    /// Whether project.json stores the zero-filled buffers (else the project allocates them
    /// when it starts). Both the build and the estimate ask this one function.
    /// TurboWarp has no list length cap: it always allocates. Vanilla Scratch's `add to list`
    /// stops at [`VANILLA_LIST_LIMIT`] items, so a vanilla build allocates only when the whole
    /// memory list (with the program's own items, under [`PROGRAM_ITEMS_MARGIN`]) stays below it.
    pub fn stores_zeros(&self, target: crate::preset::Target) -> bool {
        match target {
            crate::preset::Target::TurboWarp => false,
            crate::preset::Target::Scratch => {
                self.total.saturating_add(PROGRAM_ITEMS_MARGIN) > VANILLA_LIST_LIMIT
            }
        }
    }

    /// The slot of `part`, if the plan has it.
    pub fn slot(&self, part: Part) -> Option<&Slot> {
        self.slots.iter().find(|s| s.part == part)
    }

    /// The header items of this plan (every address, dimension and default).
    pub fn header(&self, c: &Config, layout: &Layout) -> Vec<f64> {
        let mut items = vec![0f64; HEADER_SIZE];
        for s in &self.slots {
            if let Some(f) = s.part.field() {
                items[f] = s.start as f64;
            }
        }
        if c.shared_classifier {
            items[h::WCLS] = items[h::EMB];
        }
        let quantized = layout.quant != Quant::Float;
        let w8a8 = layout.quant == Quant::W8a8;
        // W8A8: items per row = half a row pair (n is even: dim always, hidden checked), so
        // `layer * rows * row_items` still addresses a layer's matrix (rows are even there)
        let row_items = |s: Option<RowShape>, n: usize| {
            s.map_or(n, |s| {
                if w8a8 {
                    s.pair_items() / 2
                } else {
                    s.row_items()
                }
            })
        };
        let quant_code = match layout.quant {
            Quant::Float => 0,
            Quant::Q8 => 1,
            Quant::W8a8 => 2,
        };
        for (i, v) in [
            (h::DIM, c.dim),
            (h::HIDDEN, c.hidden_dim),
            (h::LAYERS, c.n_layers),
            (h::HEADS, c.n_heads),
            (h::KV_HEADS, c.n_kv_heads),
            (h::VOCAB, c.vocab_size),
            (h::SEQ, self.seq),
            (h::HEAD_SIZE, c.head_size()),
            (h::KV_DIM, c.kv_dim()),
            (h::QUANT, quant_code),
            (h::GROUP, if quantized { layout.group } else { 0 }),
            (h::D_ROW_ITEMS, row_items(self.d_shape, c.dim)),
            (h::F_ROW_ITEMS, row_items(self.f_shape, c.hidden_dim)),
            (h::PROMPT_CAP, layout.prompt_cap),
            (h::BOS, 1),
            (h::DEF_STEPS, layout.sampling.steps),
            (h::DEF_TOPK, layout.sampling.topk),
            (h::IMAGE_ITEMS, self.total),
            (h::SPACE, 32),
        ] {
            items[i] = v as f64;
        }
        for (base, s) in [(h::D_NGROUPS, self.d_shape), (h::F_NGROUPS, self.f_shape)] {
            if let Some(s) = s {
                items[base] = s.ngroups as f64;
                items[base + 1] = s.group_items as f64;
                items[base + 2] = s.last_items as f64;
                items[base + 3] = s.last_len as f64;
                items[base + 4] = if w8a8 { s.n } else { s.pad_len() } as f64;
            }
        }
        items[h::MAGIC] = IMAGE_MAGIC;
        items[h::VERSION] = IMAGE_VERSION;
        items[h::RMS_EPS] = 1e-5;
        items[h::PM_MOD] = 2147483647.0;
        items[h::PM_MULT] = 48271.0;
        items[h::DEF_TEMPERATURE] = layout.sampling.temperature;
        items[h::DEF_TOPP] = layout.sampling.topp;
        items[h::DEF_SEED] = layout.sampling.seed as f64;
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_address_field_belongs_to_one_part() {
        let c = Config {
            shared_classifier: false,
            ..crate::model::testing::STORIES_260K
        };
        let plan = Plan::new(&c, 1500, &Layout::default()).unwrap();
        let mut fields: Vec<usize> = plan.slots.iter().filter_map(|s| s.part.field()).collect();
        fields.sort();
        fields.dedup();
        assert_eq!(fields.len(), plan.slots.len() - 1);
        // parts are contiguous, buffers last
        let mut at = 0;
        for s in &plan.slots {
            assert_eq!(s.start, at, "{:?}", s.part);
            at += s.items;
            assert_eq!(
                s.encoding == Encoding::Zeros,
                s.start >= plan.stored,
                "{:?}",
                s.part
            );
        }
        assert_eq!(at, plan.total);
        assert_eq!(
            plan.slot(Part::Buffer(Buffer::X)).unwrap().start,
            plan.stored
        );
        assert_eq!(Part::Buffer(Buffer::KeyCache).name(), "KEY_CACHE");
    }
}
