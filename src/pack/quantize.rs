//! Q8_0 quantization per row, the four-per-item packing, and the f32 → image number rule.
//!
//! Rounding follows llama2.c's `export.py` (`quantize_q80`, PyTorch in f32): for each group,
//! `scale = max|w| / 127` in f32, `q = round(w / scale)` with the division in f32 and rounding
//! half to even (`torch.round`). A group that is all zeros gets scale 0 and q = 0 (PyTorch
//! would divide by zero).

/// How a row of `n` inputs is cut into Q8_0 groups and packed (see the module docs of
/// [`crate::pack`]): full groups of `group` values, a ragged last group, each group a scale
/// item followed by its values four to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowShape {
    /// Inputs per row.
    pub n: usize,
    /// Values per full group.
    pub group: usize,
    /// Groups per row.
    pub ngroups: usize,
    /// Packed items of a full group.
    pub group_items: usize,
    /// Packed items of the last group.
    pub last_items: usize,
    /// Values in the last group (`group` when it divides `n`).
    pub last_len: usize,
}

impl RowShape {
    /// The Q8_0 shape of a row of `n` values with groups of `group` (both ≥ 1, group ≤ n).
    pub fn q8(n: usize, group: usize) -> RowShape {
        let ngroups = n.div_ceil(group);
        let last_len = n - (ngroups - 1) * group;
        RowShape {
            n,
            group,
            ngroups,
            group_items: group.div_ceil(4),
            last_items: last_len.div_ceil(4),
            last_len,
        }
    }

    /// The W8A8 shape of a row of `n` values with groups of `group` (both ≥ 1, group ≤ n):
    /// one item per value (`group_items` = `group`, `last_items` = `last_len`).
    pub fn w8a8(n: usize, group: usize) -> RowShape {
        let s = RowShape::q8(n, group);
        RowShape {
            group_items: group,
            last_items: s.last_len,
            ..s
        }
    }

    /// Items a W8A8 row pair takes: two scales per group plus one item per column.
    pub fn pair_items(&self) -> usize {
        2 * self.ngroups + self.n
    }

    /// Items one packed row takes: a scale per group plus the packed values.
    pub fn row_items(&self) -> usize {
        self.ngroups + (self.ngroups - 1) * self.group_items + self.last_items
    }

    /// Length of the transformed input the program builds (four positions per item).
    pub fn pad_len(&self) -> usize {
        4 * ((self.ngroups - 1) * self.group_items + self.last_items)
    }

    /// Start and length of group `g` within the row.
    pub fn group_range(&self, g: usize) -> (usize, usize) {
        let len = if g + 1 == self.ngroups {
            self.last_len
        } else {
            self.group
        };
        (g * self.group, len)
    }
}

/// One quantized group: its f32 scale and int8 values (in -127..=127).
pub fn quantize_group(w: &[f32]) -> (f32, Vec<i8>) {
    let wmax = w.iter().fold(0f32, |m, v| m.max(v.abs()));
    if wmax == 0.0 {
        return (0.0, vec![0; w.len()]);
    }
    let scale = wmax / 127.0f32;
    let q = w
        .iter()
        .map(|&v| (v / scale).round_ties_even().clamp(-127.0, 127.0) as i8)
        .collect();
    (scale, q)
}

/// The list item holding four int8 values: offset binary `b = q + 128`,
/// `item = b0 + 256 b1 + 65536 b2 + 16777216 b3` (exact in a double, 0..2^32).
pub fn pack4(q: [i8; 4]) -> f64 {
    let b = q.map(|v| (v as i32 + 128) as f64);
    b[0] + 256.0 * b[1] + 65536.0 * b[2] + 16777216.0 * b[3]
}

/// Packs up to four values; missing positions are padding with byte 0 (not q = 0), so they
/// add `0 * x` in the program's dot product and their `x` is never needed.
pub fn pack_tail(q: &[i8]) -> f64 {
    let mut b = [0f64; 4];
    for (slot, &v) in b.iter_mut().zip(q) {
        *slot = (v as i32 + 128) as f64;
    }
    b[0] + 256.0 * b[1] + 65536.0 * b[2] + 16777216.0 * b[3]
}

/// 2^24: the W8A8 lane weight (row i+1's value is multiplied by it in a packed item).
pub const W8A8_LANE: f64 = 16777216.0;
/// 2^23: half a lane, added before the floor that splits a W8A8 sum.
pub const W8A8_HALF: f64 = 8388608.0;

/// The W8A8 item holding column values `qa` (row i) and `qb` (row i+1): `qa + 2^24 qb`
/// (an exact integer; both in -127..=127).
pub fn pack_pair(qa: i8, qb: i8) -> f64 {
    qa as f64 + W8A8_LANE * qb as f64
}

/// Splits an exact integer `s = a + 2^24 b` with `-2^23 <= a < 2^23` into `(a, b)` as the
/// program does: `b = floor((s + 2^23) * 2^-24)`, `a = s - 2^24 b`.
pub fn split_pair(s: f64) -> (f64, f64) {
    let b = ((s + W8A8_HALF) * INV_16777216).floor();
    (s - W8A8_LANE * b, b)
}

/// Appends one W8A8 row pair to `out`: per group the two scales, then one item per column.
/// `b` is None for the zero row an odd last row pairs with.
pub fn push_w8a8_pair(
    out: &mut Vec<f64>,
    shape: &RowShape,
    a: (&[f32], &[i8]),
    b: Option<(&[f32], &[i8])>,
) {
    for g in 0..shape.ngroups {
        let (start, len) = shape.group_range(g);
        out.push(f32_to_image(a.0[g]));
        out.push(b.map_or(0.0, |b| f32_to_image(b.0[g])));
        for k in start..start + len {
            // a v2 file may hold -128: clamp so every lane sum keeps its bound
            let qa = a.1[k].max(-127);
            let qb = b.map_or(0, |b| b.1[k].max(-127));
            out.push(pack_pair(qa, qb));
        }
    }
}

/// 2^-8, the constant the program multiplies a packed item by (exact in f32 and f64).
pub const INV_256: f64 = 1.0 / 256.0;
/// 2^-16.
pub const INV_65536: f64 = 1.0 / 65536.0;
/// 2^-24.
pub const INV_16777216: f64 = 1.0 / 16777216.0;

/// The four offset-binary bytes of a packed item, decoded the way the program does:
/// `f_k = floor(item / 256^k)`, `b_k = f_k - 256 f_(k+1)`.
pub fn unpack4(v: f64) -> [f64; 4] {
    let f1 = (v * INV_256).floor();
    let f2 = (v * INV_65536).floor();
    let f3 = (v * INV_16777216).floor();
    [v - 256.0 * f1, f1 - 256.0 * f2, f2 - 256.0 * f3, f3]
}

/// The number the image holds for an f32 weight: the shortest decimal that reads back as the
/// same f32, read as an f64. JSON then carries at most 9 significant digits per weight
/// (~3 MB for stories260K's float layout instead of ~5.3 MB for exact f32 values), and every
/// oracle computes with exactly these f64 values.
pub fn f32_to_image(v: f32) -> f64 {
    // Display for f32 prints the shortest round-tripping decimal; it always parses as f64.
    format!("{v}").parse::<f64>().unwrap_or(v as f64)
}

/// Appends one Q8_0 row to `out`: per group its scale then its packed values.
pub fn push_q8_row(out: &mut Vec<f64>, shape: &RowShape, scales: &[f32], q: &[i8]) {
    for (g, &scale) in scales.iter().enumerate().take(shape.ngroups) {
        let (start, len) = shape.group_range(g);
        out.push(f32_to_image(scale));
        for chunk in q[start..start + len].chunks(4) {
            out.push(pack_tail(chunk));
        }
    }
}

/// Quantizes one row of f32 values into (scales, q) with the given shape.
pub fn quantize_row(row: &[f32], shape: &RowShape) -> (Vec<f32>, Vec<i8>) {
    let mut scales = Vec::with_capacity(shape.ngroups);
    let mut q = Vec::with_capacity(row.len());
    for g in 0..shape.ngroups {
        let (start, len) = shape.group_range(g);
        let (s, qs) = quantize_group(&row[start..start + len]);
        scales.push(s);
        q.extend_from_slice(&qs);
    }
    (scales, q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_combination_round_trips_through_an_item() {
        // all 256 values in every position, with varied neighbours
        for v in -128i32..=127 {
            for pos in 0..4 {
                let mut q = [((v * 7) % 128) as i8, -127, 127, 0];
                q[pos] = v as i8;
                let item = pack4(q);
                assert!((0.0..4294967296.0).contains(&item) && item.fract() == 0.0);
                let b = unpack4(item);
                for k in 0..4 {
                    assert_eq!(b[k] - 128.0, q[k] as f64, "q={q:?} k={k}");
                }
            }
        }
    }

    #[test]
    fn padding_bytes_decode_as_zero() {
        let item = pack_tail(&[5, -3]);
        assert_eq!(unpack4(item), [133.0, 125.0, 0.0, 0.0]);
    }

    #[test]
    fn ragged_shapes_of_a_172_row() {
        let s = RowShape::q8(172, 32);
        assert_eq!(
            (s.ngroups, s.group_items, s.last_len, s.last_items),
            (6, 8, 12, 3)
        );
        assert_eq!(s.row_items(), 6 + 5 * 8 + 3);
        let s = RowShape::q8(172, 8);
        assert_eq!((s.ngroups, s.last_len), (22, 4));
        let s = RowShape::q8(172, 64);
        assert_eq!((s.ngroups, s.last_len, s.last_items), (3, 44, 11));
        let s = RowShape::q8(172, 43);
        assert_eq!(
            (s.ngroups, s.group_items, s.last_len, s.last_items),
            (4, 11, 43, 11)
        );
    }

    #[test]
    fn quantization_error_is_within_half_a_step() {
        let row: Vec<f32> = (0..172)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.013)
            .collect();
        for group in [1, 2, 4, 8, 32, 43, 64, 172] {
            let shape = RowShape::q8(172, group);
            let (scales, q) = quantize_row(&row, &shape);
            for (g, &s) in scales.iter().enumerate().take(shape.ngroups) {
                let (start, len) = shape.group_range(g);
                let max = row[start..start + len]
                    .iter()
                    .fold(0f32, |m, v| m.max(v.abs()));
                assert!(q[start..start + len].iter().any(|&v| v.abs() == 127) || max == 0.0);
                for j in start..start + len {
                    let err = (q[j] as f32 * s - row[j]).abs();
                    assert!(
                        err <= s * 0.5 * 1.0001,
                        "group {group} j {j} err {err} scale {s}"
                    );
                }
            }
        }
    }

    #[test]
    fn zero_group_has_zero_scale() {
        assert_eq!(quantize_group(&[0.0, 0.0, 0.0]), (0.0, vec![0, 0, 0]));
    }

    #[test]
    fn ties_round_to_even() {
        // max 127 -> scale 1, so w/scale is exact and halves round to even
        let (s, q) = quantize_group(&[127.0, 2.5, -2.5, 3.5, 0.5]);
        assert_eq!(s, 1.0);
        assert_eq!(q, vec![127, 2, -2, 4, 0]);
    }

    #[test]
    fn image_numbers_read_back_as_the_same_f32() {
        for v in [
            0.1f32,
            -1.0e-7,
            f32::MAX,
            f32::MIN_POSITIVE,
            1.0 / 3.0,
            1e-45,
        ] {
            let d = f32_to_image(v);
            assert_eq!(d as f32, v);
            assert!(format!("{d}").len() <= format!("{v}").len());
        }
    }
}
