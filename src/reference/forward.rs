//! The transformer forward pass on the image's memory, mirroring `forward()` and its helpers
//! in `prebuilt_ir/llama2_scratch.c` operation for operation.

use super::RefError;
use crate::pack::header::{self as h, Header};
use crate::pack::plan::{float_row_reads, q8_g1_groups_read, w8a8_g32_reads_past, ATT_MIX_STEP};
use crate::pack::quantize::{split_pair, INV_16777216, INV_256, INV_65536};
use crate::pack::Image;

/// Mirrors the C `Shape`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shape {
    n: usize,
    row_items: usize,
    ngroups: usize,
    group_items: usize,
    last_items: usize,
    last_len: usize,
    group_len: usize,
}

impl Shape {
    /// Values in group `g` (the last group may be shorter).
    fn len_of(&self, g: usize) -> usize {
        if g + 1 == self.ngroups {
            self.last_len
        } else {
            self.group_len
        }
    }

    /// Packed items of group `g` (Q8_0).
    fn items_of(&self, g: usize) -> usize {
        if g + 1 == self.ngroups {
            self.last_items
        } else {
            self.group_items
        }
    }
}

/// The program's memory (a copy of the image) and the values `load_header` reads.
pub(super) struct Machine {
    pub mem: Vec<f64>,
    pub dim: usize,
    pub hidden: usize,
    pub n_layers: usize,
    pub n_heads: usize,
    pub n_kv: usize,
    pub vocab: usize,
    pub seq: usize,
    pub head_size: usize,
    pub kv_dim: usize,
    pub quant: bool,
    /// The W8A8 layout (header QUANT 2; `quant` is true too).
    pub w8a8: bool,
    pub bos: usize,
    sh_d: Shape,
    sh_f: Shape,
    a: [usize; h::HEADER_SIZE],
    pub prompt_cap: usize,
    rms_eps: f64,
    pub pm_mod: f64,
    pub pm_mult: f64,
    pub rng: f64,
}

/// [`Machine::q8_item`] with the four transformed inputs `ys` given (zeros for a group read
/// past a row's end: the sign of each zero product kept as Scratch keeps it).
fn q8_item_with(s: Option<f64>, v: f64, ys: [f64; 4]) -> f64 {
    let f1 = (v * INV_256).floor();
    let f2 = (v * INV_65536).floor();
    let f3 = (v * INV_16777216).floor();
    let first = v * ys[0];
    let s = match s {
        Some(s) => s + first,
        None => first,
    };
    s + f1 * ys[1] + f2 * ys[2] + f3 * ys[3]
}

impl Machine {
    /// Mirrors `load_header()`; also checks every region the program touches is in range.
    pub fn new(image: &Image) -> Result<Machine, RefError> {
        let hd = Header::read(&image.items)?;
        let mut a = [0usize; h::HEADER_SIZE];
        for (i, slot) in a.iter_mut().enumerate() {
            *slot = hd.int(i);
        }
        let shape = |n: usize, k: usize| Shape {
            n,
            row_items: a[k],
            ngroups: a[k + 1],
            group_items: a[k + 2],
            last_items: a[k + 3],
            last_len: a[k + 4],
            group_len: a[h::GROUP],
        };
        let m = Machine {
            mem: image.items.clone(),
            dim: a[h::DIM],
            hidden: a[h::HIDDEN],
            n_layers: a[h::LAYERS],
            n_heads: a[h::HEADS],
            n_kv: a[h::KV_HEADS],
            vocab: a[h::VOCAB],
            seq: a[h::SEQ],
            head_size: a[h::HEAD_SIZE],
            kv_dim: a[h::KV_DIM],
            quant: a[h::QUANT] != 0,
            w8a8: a[h::QUANT] == 2,
            bos: a[h::BOS],
            sh_d: shape(a[h::DIM], h::D_ROW_ITEMS),
            sh_f: shape(a[h::HIDDEN], h::F_ROW_ITEMS),
            a,
            prompt_cap: a[h::PROMPT_CAP],
            rms_eps: hd.num(h::RMS_EPS),
            pm_mod: hd.num(h::PM_MOD),
            pm_mult: hd.num(h::PM_MULT),
            rng: 1.0,
        };
        m.check_ranges()?;
        Ok(m)
    }

    fn check_ranges(&self) -> Result<(), RefError> {
        let (d, f, l, s, kv) = (self.dim, self.hidden, self.n_layers, self.seq, self.kv_dim);
        let (dr, fr) = (self.sh_d.row_items, self.sh_f.row_items);
        if self.n_kv == 0 || self.n_heads % self.n_kv != 0 || self.head_size * self.n_heads != d {
            return Err(RefError::OutOfRange("head counts".into()));
        }
        // a float row with a long tail reads past its end: so does a matrix's last row
        let past = |s: Shape| match (self.quant, self.w8a8) {
            (false, _) => float_row_reads(s.n) - s.n,
            (true, true) if s.group_len == 32 => w8a8_g32_reads_past(s.n),
            // one-item groups: a group past the row is a [scale, item] pair
            (true, false) if s.group_items == 1 => 2 * (q8_g1_groups_read(s.ngroups) - s.ngroups),
            _ => 0,
        };
        let (pd, pf) = (past(self.sh_d), past(self.sh_f));
        let regions = [
            (h::EMB, self.vocab * dr),
            (h::WQ, l * d * dr + pd),
            (h::WK, l * kv * dr + pd),
            (h::WV, l * kv * dr + pd),
            (h::WO, l * d * dr + pd),
            (h::W1, l * f * dr + pd),
            (h::W2, l * d * fr + pf),
            (h::W3, l * f * dr + pd),
            (h::WCLS, self.vocab * dr + pd),
            (h::RMS_ATT, l * d),
            (h::RMS_FFN, l * d),
            (h::RMS_FINAL, d),
            (h::ROPE_COS, s * self.head_size / 2),
            (h::ROPE_SIN, s * self.head_size / 2),
            (h::KEY_CACHE, l * s * kv),
            (h::VALUE_CACHE, l * s * kv + (ATT_MIX_STEP - 1) * kv),
            (h::ATT, self.n_heads * s + ATT_MIX_STEP - 1),
            (h::LOGITS, self.vocab),
            (h::HEAP, self.vocab),
            (h::TOK_OFF, self.vocab),
            (h::TOK_LEN, self.vocab),
            (h::TOK_SORTED, self.vocab),
            (h::TOK_SCORE, self.vocab),
            (h::PROMPT_BYTES, self.prompt_cap),
            (h::PROMPT_TOKENS, self.prompt_cap + 3),
            (h::PAIR_ID, self.prompt_cap + 3),
            (h::PAIR_SCORE, self.prompt_cap + 3),
        ];
        if self.w8a8 {
            for s in [self.sh_d, self.sh_f] {
                let full = s
                    .ngroups
                    .checked_sub(1)
                    .ok_or(RefError::OutOfRange("0 groups".into()))?;
                let consistent = 2 * s.row_items == 2 * s.ngroups + s.n
                    && full * s.group_len + s.last_len == s.n
                    && s.last_len >= 1
                    && s.group_len <= crate::preset::W8A8_MAX_GROUP
                    && s.last_len <= s.group_len
                    && self.a[h::QY] + s.n <= self.mem.len()
                    && self.a[h::QSX] + s.ngroups <= self.mem.len();
                if !consistent {
                    return Err(RefError::OutOfRange(format!(
                        "inconsistent W8A8 row shape {s:?}"
                    )));
                }
            }
            // an odd vocabulary's last row pair is whole: half a pair more than vocab * dr
            for k in [h::EMB, h::WCLS] {
                if self.a[k] + self.vocab.div_ceil(2) * 2 * dr > self.mem.len() {
                    return Err(RefError::OutOfRange("W8A8 vocab rows".into()));
                }
            }
        } else if self.quant {
            for s in [self.sh_d, self.sh_f] {
                let full = s
                    .ngroups
                    .checked_sub(1)
                    .ok_or(RefError::OutOfRange("0 groups".into()))?;
                let consistent = s.row_items == s.ngroups + full * s.group_items + s.last_items
                    && full * s.group_len + s.last_len == s.n
                    && s.group_len <= 4 * s.group_items
                    && s.last_len <= 4 * s.last_items
                    && self.a[h::QY] + 4 * (full * s.group_items + s.last_items) <= self.mem.len()
                    && self.a[h::QSX] + s.ngroups <= self.mem.len();
                if !consistent {
                    return Err(RefError::OutOfRange(format!(
                        "inconsistent Q8_0 row shape {s:?}"
                    )));
                }
            }
        } else if self.sh_d.row_items != d || self.sh_f.row_items != f {
            return Err(RefError::OutOfRange(
                "float row lengths differ from dim/hidden".into(),
            ));
        }
        for (field, len) in regions {
            if self.a[field] + len > self.mem.len() {
                let name = h::HEADER_FIELDS[field].0;
                return Err(RefError::OutOfRange(format!("{name} + {len} items")));
            }
        }
        Ok(())
    }

    /// Address of the region named by header field `k` (`at(k)` in C).
    pub fn at(&self, k: usize) -> usize {
        self.a[k]
    }

    /// Token `t`'s bytes as stored in the image.
    pub fn token_bytes(&self, t: usize) -> Result<Vec<u8>, RefError> {
        if t >= self.vocab {
            return Err(RefError::OutOfRange(format!("token {t}")));
        }
        let off = self.a[h::TOK_BYTES] + self.mem[self.a[h::TOK_OFF] + t] as usize;
        let len = self.mem[self.a[h::TOK_LEN] + t] as usize;
        let bytes = self
            .mem
            .get(off..off + len)
            .ok_or(RefError::OutOfRange("token bytes".into()))?;
        Ok(bytes.iter().map(|&b| b as u8).collect())
    }

    /// `matvec_float`.
    fn matvec_float(&mut self, out: usize, x: usize, mut w: usize, n: usize, d: usize) {
        // a long tail reads on into the next row, times zeros after x's n values (the C
        // kernel reads the padding the plan gives x; here it is 0, as the plan means it)
        let reads = float_row_reads(n);
        for i in 0..d {
            let mut acc = 0.0;
            for j in 0..reads {
                let xj = if j < n { self.mem[x + j] } else { 0.0 };
                acc += self.mem[w + j] * xj;
            }
            self.mem[out + i] = acc;
            w += n;
        }
    }

    /// `q8_prepare`.
    fn q8_prepare(&mut self, mut x: usize, s: Shape) {
        let mut y = self.a[h::QY];
        let qsx = self.a[h::QSX];
        for g in 0..s.ngroups {
            let len = s.len_of(g);
            let items = s.items_of(g);
            let mut sum = 0.0;
            for t in 0..len {
                sum += self.mem[x + t];
            }
            self.mem[qsx + g] = 128.0 * sum;
            for j in 0..items {
                let t = 4 * j;
                let get = |k: usize| {
                    if t + k < len {
                        self.mem[x + t + k]
                    } else {
                        0.0
                    }
                };
                let (x0, x1, x2, x3) = (get(0), get(1), get(2), get(3));
                self.mem[y] = x0;
                self.mem[y + 1] = x1 - 256.0 * x0;
                self.mem[y + 2] = x2 - 256.0 * x1;
                self.mem[y + 3] = x3 - 256.0 * x2;
                y += 4;
            }
            x += len;
        }
    }

    /// `q8_group`.
    fn q8_group(&self, p: usize, mut y: usize, items: usize) -> f64 {
        let mem = &self.mem;
        let mut s = 0.0;
        for j in 0..items {
            let v = mem[p + j];
            let f1 = (v * INV_256).floor();
            let f2 = (v * INV_65536).floor();
            let f3 = (v * INV_16777216).floor();
            s = s + v * mem[y] + f1 * mem[y + 1] + f2 * mem[y + 2] + f3 * mem[y + 3];
            y += 4;
        }
        s
    }

    /// `matvec_q8`.
    fn matvec_q8(&mut self, out: usize, mut w: usize, s: Shape, d: usize) {
        let full = s.ngroups - 1;
        let gi = s.group_items;
        let (qy, qsx) = (self.a[h::QY], self.a[h::QSX]);
        for i in 0..d {
            let mut acc = 0.0;
            let mut y = qy;
            for g in 0..full {
                let dot = self.q8_group(w + 1, y, gi);
                acc += self.mem[w] * (dot - self.mem[qsx + g]);
                w += gi + 1;
                y += 4 * gi;
            }
            let dot = self.q8_group(w + 1, y, s.last_items);
            acc += self.mem[w] * (dot - self.mem[qsx + full]);
            w += s.last_items + 1;
            self.mem[out + i] = acc;
        }
    }

    /// One packed item's four products, `v*y0 + f1*y1 + f2*y2 + f3*y3` left to right, as
    /// the unrolled group bodies of `matvec_q8_g1` / `matvec_q8_g2` write them; `s` is the
    /// sum so far (`None` for the first item: the C sum is not started from 0).
    fn q8_item(&self, s: Option<f64>, v: f64, y: usize) -> f64 {
        let mem = &self.mem;
        q8_item_with(s, v, [mem[y], mem[y + 1], mem[y + 2], mem[y + 3]])
    }

    /// `matvec_q8_g1`.
    fn matvec_q8_g1(&mut self, out: usize, mut w: usize, ngroups: usize, d: usize) {
        let (qy, qsx) = (self.a[h::QY], self.a[h::QSX]);
        // a long tail reads on into the next row's pairs, with y and qsx zero there
        let reads = q8_g1_groups_read(ngroups);
        for i in 0..d {
            let mut acc = 0.0;
            let mut y = qy;
            for g in 0..reads {
                let (dot, sx) = if g < ngroups {
                    (self.q8_item(None, self.mem[w + 1], y), self.mem[qsx + g])
                } else {
                    (q8_item_with(None, self.mem[w + 1], [0.0; 4]), 0.0)
                };
                acc += self.mem[w] * (dot - sx);
                w += 2;
                y += 4;
            }
            // the row pointer moved on by the groups read past: back to the next row
            w -= 2 * (reads - ngroups);
            self.mem[out + i] = acc;
        }
    }

    /// `matvec_q8_g2`.
    fn matvec_q8_g2(&mut self, out: usize, mut w: usize, s: Shape, d: usize) {
        let full = s.ngroups - 1;
        let (qy, qsx) = (self.a[h::QY], self.a[h::QSX]);
        for i in 0..d {
            let mut acc = 0.0;
            let mut y = qy;
            for g in 0..full {
                let a = self.q8_item(None, self.mem[w + 1], y);
                let dot = self.q8_item(Some(a), self.mem[w + 2], y + 4);
                acc += self.mem[w] * (dot - self.mem[qsx + g]);
                w += 3;
                y += 8;
            }
            let dot = self.q8_group(w + 1, y, s.last_items);
            acc += self.mem[w] * (dot - self.mem[qsx + full]);
            w += s.last_items + 1;
            self.mem[out + i] = acc;
        }
    }

    /// `w8a8_prepare`: per group sx = max|x| / 127 into QSX, xq = floor(x * (127 / max) +
    /// 0.5) into QY (0 for an all-zero group).
    fn w8a8_prepare(&mut self, mut x: usize, s: Shape) {
        let mut xq = self.a[h::QY];
        let qsx = self.a[h::QSX];
        for g in 0..s.ngroups {
            let len = s.len_of(g);
            let mut max = 0.0;
            for t in 0..len {
                let a = self.mem[x + t].abs();
                if a > max {
                    max = a;
                }
            }
            let inv = if max > 0.0 { 127.0 / max } else { 0.0 };
            self.mem[qsx + g] = max / 127.0;
            for t in 0..len {
                self.mem[xq + t] = (self.mem[x + t] * inv + 0.5).floor();
            }
            x += len;
            xq += len;
        }
    }

    /// `matvec_w8a8` and `matvec_w8a8_g32` (the same arithmetic: a group's sum is an exact
    /// integer whatever the order of its additions).
    fn matvec_w8a8(&mut self, out: usize, mut w: usize, s: Shape, d: usize) {
        let (qy, qsx) = (self.a[h::QY], self.a[h::QSX]);
        for i in (0..d).step_by(2) {
            let (mut acc_a, mut acc_b) = (0.0, 0.0);
            let mut xq = qy;
            for g in 0..s.ngroups {
                let len = s.len_of(g);
                // a short last group of 32 reads on past the pair, times zeros
                let reads = match (s.group_len, g + 1 == s.ngroups) {
                    (32, true) => len + w8a8_g32_reads_past(s.n),
                    _ => len,
                };
                let mut sum = 0.0;
                for k in 0..reads {
                    let xk = if k < len { self.mem[xq + k] } else { 0.0 };
                    sum += self.mem[w + 2 + k] * xk;
                }
                let (a, b) = split_pair(sum);
                let sx = self.mem[qsx + g];
                acc_a += self.mem[w] * sx * a;
                acc_b += self.mem[w + 1] * sx * b;
                w += len + 2;
                xq += len;
            }
            self.mem[out + i] = acc_a;
            if i + 1 < d {
                self.mem[out + i + 1] = acc_b;
            }
        }
    }

    /// `embed_w8a8`: lane token mod 2 of row pair token / 2, value = scale * q.
    fn embed_w8a8(&mut self, mut out: usize, token: usize) {
        let sd = self.sh_d;
        let lane = token % 2;
        let mut w = self.a[h::EMB] + (token / 2) * (2 * sd.row_items);
        for g in 0..sd.ngroups {
            let len = sd.len_of(g);
            let scale = self.mem[w + lane];
            for j in 0..len {
                let (a, b) = split_pair(self.mem[w + 2 + j]);
                self.mem[out + j] = scale * if lane == 1 { b } else { a };
            }
            w += len + 2;
            out += len;
        }
    }

    fn matvec(&mut self, out: usize, x: usize, w: usize, s: Shape, d: usize) {
        if self.w8a8 {
            self.matvec_w8a8(out, w, s, d)
        } else if self.quant {
            match s.group_items {
                1 => self.matvec_q8_g1(out, w, s.ngroups, d),
                2 => self.matvec_q8_g2(out, w, s, d),
                // C's matvec_q8_g8 (8 items) sums a full group without the leading `0 +`:
                // the same value, since acc starts at +0 and a -0 term cannot change it
                _ => self.matvec_q8(out, w, s, d),
            }
        } else {
            self.matvec_float(out, x, w, s.n, d)
        }
    }

    fn prepare(&mut self, x: usize, s: Shape) {
        if self.w8a8 {
            self.w8a8_prepare(x, s)
        } else if self.quant {
            self.q8_prepare(x, s)
        }
    }

    /// `embed`.
    fn embed(&mut self, mut out: usize, token: usize) {
        if self.w8a8 {
            return self.embed_w8a8(out, token);
        }
        let sd = self.sh_d;
        let mut w = self.a[h::EMB] + token * sd.row_items;
        if !self.quant {
            for j in 0..self.dim {
                self.mem[out + j] = self.mem[w + j];
            }
            return;
        }
        for g in 0..sd.ngroups {
            let len = sd.len_of(g);
            let items = sd.items_of(g);
            let scale = self.mem[w];
            let mut t = 0;
            for j in 0..items {
                let v = self.mem[w + 1 + j];
                let f1 = (v * INV_256).floor();
                let f2 = (v * INV_65536).floor();
                let f3 = (v * INV_16777216).floor();
                let vals = [
                    v - 256.0 * f1 - 128.0,
                    f1 - 256.0 * f2 - 128.0,
                    f2 - 256.0 * f3 - 128.0,
                    f3 - 128.0,
                ];
                for (k, b) in vals.into_iter().enumerate() {
                    if t + k < len {
                        self.mem[out + t + k] = scale * b;
                    }
                }
                t += 4;
            }
            w += items + 1;
            out += len;
        }
    }

    /// `rmsnorm`.
    fn rmsnorm(&mut self, o: usize, x: usize, weight: usize, n: usize) {
        let mut ss = 0.0;
        for j in 0..n {
            ss += self.mem[x + j] * self.mem[x + j];
        }
        ss /= n as f64;
        ss += self.rms_eps;
        ss = 1.0 / ss.sqrt();
        for j in 0..n {
            self.mem[o + j] = self.mem[weight + j] * (ss * self.mem[x + j]);
        }
    }

    /// `softmax`.
    pub fn softmax(&mut self, x: usize, n: usize) {
        let mut max = self.mem[x];
        for i in 1..n {
            if self.mem[x + i] > max {
                max = self.mem[x + i];
            }
        }
        let mut sum = 0.0;
        for i in 0..n {
            self.mem[x + i] = (self.mem[x + i] - max).exp();
            sum += self.mem[x + i];
        }
        for i in 0..n {
            self.mem[x + i] /= sum;
        }
    }

    /// `rope`.
    fn rope(&mut self, mut v: usize, heads: usize, c: usize, s: usize) {
        let half = self.head_size / 2;
        for _ in 0..heads {
            for k in 0..half {
                let v0 = self.mem[v + 2 * k];
                let v1 = self.mem[v + 2 * k + 1];
                let (ck, sk) = (self.mem[c + k], self.mem[s + k]);
                self.mem[v + 2 * k] = v0 * ck - v1 * sk;
                self.mem[v + 2 * k + 1] = v0 * sk + v1 * ck;
            }
            v += self.head_size;
        }
    }

    /// `attention`.
    fn attention(&mut self, layer: usize, pos: usize) {
        let (hs, kv_dim, seq) = (self.head_size, self.kv_dim, self.seq);
        let kv_mul = self.n_heads / self.n_kv;
        let scale = (hs as f64).sqrt();
        let kc = self.a[h::KEY_CACHE] + layer * seq * kv_dim;
        let vc = self.a[h::VALUE_CACHE] + layer * seq * kv_dim;
        for head in 0..self.n_heads {
            let q = self.a[h::Q] + head * hs;
            let att = self.a[h::ATT] + head * seq;
            let off = (head / kv_mul) * hs;
            let mut k = kc + off;
            for t in 0..=pos {
                let mut score = 0.0;
                for i in 0..hs {
                    score += self.mem[q + i] * self.mem[k + i];
                }
                self.mem[att + t] = score / scale;
                k += kv_dim;
            }
            self.softmax(att, pos + 1);
            let xb = self.a[h::XB] + head * hs;
            for i in 0..hs {
                self.mem[xb + i] = 0.0;
            }
            let mut v = vc + off;
            // on past pos to a multiple of 8, as att_mix: zero scores times later rows
            for t in 0..(pos + 1).next_multiple_of(ATT_MIX_STEP) {
                let a = if t <= pos { self.mem[att + t] } else { 0.0 };
                for i in 0..hs {
                    self.mem[xb + i] += a * self.mem[v + i];
                }
                v += kv_dim;
            }
        }
    }

    /// `forward`: logits for `token` at `pos` into the LOGITS buffer.
    pub fn forward(&mut self, token: usize, pos: usize) -> Result<(), RefError> {
        if token >= self.vocab || pos >= self.seq {
            return Err(RefError::OutOfRange(format!(
                "token {token} at position {pos}"
            )));
        }
        let (sd, sf) = (self.sh_d, self.sh_f);
        let (dim, hid, kv_dim, seq) = (self.dim, self.hidden, self.kv_dim, self.seq);
        let (dr, fr) = (sd.row_items, sf.row_items);
        let [x, xb, xb2, hb, hb2, q] =
            [h::X, h::XB, h::XB2, h::HB, h::HB2, h::Q].map(|k| self.a[k]);
        self.embed(x, token);
        let rc = self.a[h::ROPE_COS] + pos * (self.head_size / 2);
        let rs = self.a[h::ROPE_SIN] + pos * (self.head_size / 2);
        for l in 0..self.n_layers {
            let kslot = self.a[h::KEY_CACHE] + (l * seq + pos) * kv_dim;
            let vslot = self.a[h::VALUE_CACHE] + (l * seq + pos) * kv_dim;
            self.rmsnorm(xb, x, self.a[h::RMS_ATT] + l * dim, dim);
            self.prepare(xb, sd);
            self.matvec(q, xb, self.a[h::WQ] + l * dim * dr, sd, dim);
            self.matvec(kslot, xb, self.a[h::WK] + l * kv_dim * dr, sd, kv_dim);
            self.matvec(vslot, xb, self.a[h::WV] + l * kv_dim * dr, sd, kv_dim);
            self.rope(q, self.n_heads, rc, rs);
            self.rope(kslot, self.n_kv, rc, rs);
            self.attention(l, pos);
            self.prepare(xb, sd);
            self.matvec(xb2, xb, self.a[h::WO] + l * dim * dr, sd, dim);
            for i in 0..dim {
                self.mem[x + i] += self.mem[xb2 + i];
            }
            self.rmsnorm(xb, x, self.a[h::RMS_FFN] + l * dim, dim);
            self.prepare(xb, sd);
            self.matvec(hb, xb, self.a[h::W1] + l * hid * dr, sd, hid);
            self.matvec(hb2, xb, self.a[h::W3] + l * hid * dr, sd, hid);
            for i in 0..hid {
                let mut val = self.mem[hb + i];
                val *= 1.0 / (1.0 + (-val).exp());
                self.mem[hb + i] = val * self.mem[hb2 + i];
            }
            self.prepare(hb, sf);
            self.matvec(xb, hb, self.a[h::W2] + l * dim * fr, sf, dim);
            for i in 0..dim {
                self.mem[x + i] += self.mem[xb + i];
            }
        }
        self.rmsnorm(x, x, self.a[h::RMS_FINAL], dim);
        self.prepare(x, sd);
        self.matvec(self.a[h::LOGITS], x, self.a[h::WCLS], sd, self.vocab);
        Ok(())
    }
}
