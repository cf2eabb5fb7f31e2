//! The matvec benchmark's ceiling: matrix-vector products written by hand in Scratch blocks,
//! in the fastest shapes we know per VM, to compare the compiled inference program's own
//! `matvec` (tests/bench/matvec_real.c) against. `cargo bench --bench matvec` runs both.
//!
//! Each case is a layout (float, or Q8_0 with a group size, packed as [`crate::pack`] packs a
//! row) and a shape (`rows` outputs of `cols` inputs). Every shape here and the compiled
//! program sum each row in the same order (`acc = acc + term`, term by term, from 0), so they
//! all print the same checksum, [`BenchData::checksum`].
//!
//! Shapes ([`Shape`]):
//! - [`Shape::Rows`] (TurboWarp's best): one row at a time; `unroll` products (float) or
//!   groups' terms (Q8_0) summed in ONE `set acc to (acc + … + …)` per loop iteration, every
//!   index `p + k` from one pointer, packed items re-read where used (TurboWarp's array reads
//!   are cheaper than a variable write). A variable write costs ~11 ns there; a read ~1 ns.
//! - [`Shape::Tiles`] (vanilla's best): `tile` rows at once, one column (float) or one packed
//!   item (Q8_0) per iteration, the input read once into variables and shared by the tile:
//!   `change a_k by ((item (p + k·stride) of W) * xj)`; blocks executed are the cost there.
//!
//! The work runs inside "run without screen refresh" custom blocks: `bench (reps)` repeats
//! `matvec` `reps` times. Output (`out`): `[checksum, seconds, multiply_adds]`, seconds from
//! `days since 2000`; then `status` = `done`.

use super::blocks::{Block, Input, Script};
use super::ops::{arith, mathop, num, rep, repeat, text, when_flag, Procedure};
use super::project::{ListRef, Owner, Project, Value, VarRef};
use crate::pack::plan::{float_row_reads, q8_g1_groups_read, w8a8_g32_reads_past};
use crate::pack::quantize::{
    push_q8_row, push_w8a8_pair, quantize_row, split_pair, RowShape, INV_16777216, INV_256,
    INV_65536, W8A8_HALF, W8A8_LANE,
};

/// How the weights are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One number per weight.
    Float,
    /// Q8_0 with this group size (a scale per group, four int8 values per item).
    Q8(usize),
    /// W8A8 with this group size (two rows per item, int8 activations; `pack`'s layout).
    W8a8(usize),
}

impl Layout {
    /// A short name (`float`, `q8g32`).
    pub fn label(self) -> String {
        match self {
            Layout::Float => "float".into(),
            Layout::Q8(g) => format!("q8g{g}"),
            Layout::W8a8(g) => format!("w8a8g{g}"),
        }
    }
}

/// A hand-written block shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One row at a time, `unroll` products (float) or groups (Q8_0) per expression.
    Rows {
        /// Products (float) or groups (Q8_0) per loop iteration.
        unroll: usize,
    },
    /// `tile` rows at a time sharing each input read.
    Tiles {
        /// Rows per tile (must divide the row count).
        tile: usize,
    },
}

impl Shape {
    /// A short name (`rows16`, `tiles16`).
    pub fn label(self) -> String {
        match self {
            Shape::Rows { unroll } => format!("rows{unroll}"),
            Shape::Tiles { tile } => format!("tiles{tile}"),
        }
    }
}

/// One benchmark case's data: weights as the image holds them, the input, the Q8_0
/// prepared input, and the expected result.
#[derive(Debug, Clone)]
pub struct BenchData {
    /// The layout.
    pub layout: Layout,
    /// Output rows.
    pub rows: usize,
    /// Inputs per row.
    pub cols: usize,
    /// The Q8_0 row shape (the float layout: one group of `cols`).
    pub shape: RowShape,
    /// Items per row in `w`.
    pub row_items: usize,
    /// Weights, `rows * row_items` items.
    pub w: Vec<f64>,
    /// The input (`cols`).
    pub x: Vec<f64>,
    /// Q8_0: the prepared input (`y`, four positions per packed item, as `q8_prepare`).
    pub y: Vec<f64>,
    /// Q8_0: `128 * (sum of each group's x)`.
    pub qsx: Vec<f64>,
    /// The product, summed as the program sums it.
    pub out: Vec<f64>,
    /// Sum of `out` in order (what every project prints first).
    pub checksum: f64,
}

/// Deterministic pseudo-random values in [-1, 1), exactly representable as f32 (Park-Miller).
pub fn bench_values(count: usize, seed: u64) -> Vec<f64> {
    let mut s = seed % 2_147_483_647;
    (0..count)
        .map(|_| {
            s = s * 48271 % 2_147_483_647;
            ((s % 65536) as f64 - 32768.0) / 32768.0
        })
        .collect()
}

/// The data of a `rows` x `cols` case in `layout`.
pub fn bench_data(layout: Layout, rows: usize, cols: usize) -> BenchData {
    let wf = bench_values(rows * cols, 1);
    let x = bench_values(cols, 2);
    let group = match layout {
        Layout::Float => cols,
        Layout::Q8(g) | Layout::W8a8(g) => g.min(cols),
    };
    if let Layout::W8a8(_) = layout {
        return w8a8_data(layout, rows, cols, &wf, x, RowShape::w8a8(cols, group));
    }
    let shape = RowShape::q8(cols, group);
    let mut w = Vec::new();
    let (mut y, mut qsx) = (Vec::new(), Vec::new());
    let row_items = match layout {
        Layout::Float => {
            w = wf.clone();
            cols
        }
        Layout::Q8(_) | Layout::W8a8(_) => {
            for r in 0..rows {
                let (scales, q) = quantized_row(&wf, r, &shape);
                push_q8_row(&mut w, &shape, &scales, &q);
            }
            (y, qsx) = prepare(&x, &shape);
            shape.row_items()
        }
    };
    let mut out = Vec::with_capacity(rows);
    for r in 0..rows {
        let wr = &w[r * row_items..(r + 1) * row_items];
        let mut acc = 0.0;
        match layout {
            Layout::Float => {
                for (a, b) in wr.iter().zip(&x) {
                    acc += a * b;
                }
            }
            Layout::Q8(_) | Layout::W8a8(_) => {
                let (mut p, mut q) = (0, 0);
                for (g, sx) in qsx.iter().enumerate() {
                    let items = if g + 1 == shape.ngroups {
                        shape.last_items
                    } else {
                        shape.group_items
                    };
                    let mut dot = 0.0;
                    for j in 0..items {
                        dot = q8_item(dot, wr[p + 1 + j], &y[q + 4 * j..]);
                    }
                    acc += wr[p] * (dot - sx);
                    p += items + 1;
                    q += 4 * items;
                }
            }
        }
        out.push(acc);
    }
    let checksum = out.iter().fold(0.0, |s, v| s + v);
    BenchData {
        layout,
        rows,
        cols,
        shape,
        row_items,
        w,
        x,
        y,
        qsx,
        out,
        checksum,
    }
}

/// Row `r` of the f64 weights `wf` (rows of `shape.n`), quantized per group as Q8_0.
fn quantized_row(wf: &[f64], r: usize, shape: &RowShape) -> (Vec<f32>, Vec<i8>) {
    let n = shape.n;
    let row: Vec<f32> = wf[r * n..(r + 1) * n].iter().map(|&v| v as f32).collect();
    quantize_row(&row, shape)
}

/// The W8A8 case: rows quantized and packed in pairs as [`crate::pack`] does, the input
/// quantized as `w8a8_prepare` (`y` = xq, `qsx` = per-group scale), `out` as the program.
fn w8a8_data(
    layout: Layout,
    rows: usize,
    cols: usize,
    wf: &[f64],
    x: Vec<f64>,
    shape: RowShape,
) -> BenchData {
    let row = |r: usize| quantized_row(wf, r, &shape);
    let mut w = Vec::new();
    for r in (0..rows).step_by(2) {
        let a = row(r);
        let b = (r + 1 < rows).then(|| row(r + 1));
        let b = b.as_ref().map(|b| (&b.0[..], &b.1[..]));
        push_w8a8_pair(&mut w, &shape, (&a.0, &a.1), b);
    }
    let (mut y, mut qsx) = (Vec::new(), Vec::new());
    for g in 0..shape.ngroups {
        let (start, len) = shape.group_range(g);
        let xs = &x[start..start + len];
        let max = xs
            .iter()
            .fold(0.0f64, |m, v| if v.abs() > m { v.abs() } else { m });
        let inv = if max > 0.0 { 127.0 / max } else { 0.0 };
        qsx.push(max / 127.0);
        y.extend(xs.iter().map(|v| (v * inv + 0.5).floor()));
    }
    let mut out = vec![0.0; rows];
    let mut p = 0;
    for i in (0..rows).step_by(2) {
        let (mut acc_a, mut acc_b) = (0.0, 0.0);
        for (g, sx) in qsx.iter().enumerate() {
            let (start, len) = shape.group_range(g);
            let sum = (0..len).fold(0.0, |s, k| s + w[p + 2 + k] * y[start + k]);
            let (a, b) = split_pair(sum);
            acc_a += w[p] * sx * a;
            acc_b += w[p + 1] * sx * b;
            p += len + 2;
        }
        out[i] = acc_a;
        if i + 1 < rows {
            out[i + 1] = acc_b;
        }
    }
    let checksum = out.iter().fold(0.0, |s, v| s + v);
    BenchData {
        layout,
        rows,
        cols,
        shape,
        row_items: shape.pair_items() / 2,
        w,
        x,
        y,
        qsx,
        out,
        checksum,
    }
}

/// `s + v*y0 + f1*y1 + f2*y2 + f3*y3`, left to right (`f_k = floor(v / 256^k)`).
fn q8_item(s: f64, v: f64, y: &[f64]) -> f64 {
    let f1 = (v * INV_256).floor();
    let f2 = (v * INV_65536).floor();
    let f3 = (v * INV_16777216).floor();
    s + v * y[0] + f1 * y[1] + f2 * y[2] + f3 * y[3]
}

/// `q8_prepare` of prebuilt_ir/llama2_scratch.c: the transformed input and the group sums.
fn prepare(x: &[f64], s: &RowShape) -> (Vec<f64>, Vec<f64>) {
    let (mut y, mut qsx) = (Vec::new(), Vec::new());
    for g in 0..s.ngroups {
        let (start, len) = s.group_range(g);
        let xs = &x[start..start + len];
        qsx.push(128.0 * xs.iter().fold(0.0, |a, v| a + v));
        let items = len.div_ceil(4);
        for j in 0..items {
            let get = |k: usize| xs.get(4 * j + k).copied().unwrap_or(0.0);
            y.extend([get(0), get(1) - 256.0 * get(0), get(2) - 256.0 * get(1)]);
            y.push(get(3) - 256.0 * get(2));
        }
    }
    (y, qsx)
}

/// The image tests/bench/matvec_real.c reads (its header is documented there).
pub fn harness_image(d: &BenchData, reps: u32) -> Vec<f64> {
    let s = &d.shape;
    // room for what rows read past their end, as the plan gives it (zeros)
    let groups = match d.layout {
        Layout::Q8(_) if s.group_items == 1 => q8_g1_groups_read(s.ngroups),
        _ => s.ngroups,
    };
    let (quant, qy_len, x_len) = match d.layout {
        Layout::Float => (0, s.pad_len(), float_row_reads(d.cols)),
        Layout::Q8(_) => (1, s.pad_len().max(4 * groups), d.cols),
        Layout::W8a8(32) => (2, d.cols + w8a8_g32_reads_past(d.cols), d.cols),
        Layout::W8a8(_) => (2, d.cols, d.cols),
    };
    let head = 16usize;
    let w_at = head;
    let x_at = w_at + d.w.len();
    let qy_at = x_at + x_len;
    let qsx_at = qy_at + qy_len.max(1);
    let out_at = qsx_at + groups;
    let mut m = vec![
        quant as f64,
        d.cols as f64,
        d.rows as f64,
        reps as f64,
        d.row_items as f64,
        s.ngroups as f64,
        s.group_items as f64,
        s.last_items as f64,
        s.last_len as f64,
        qy_len as f64,
        s.group as f64,
        w_at as f64,
        x_at as f64,
        qy_at as f64,
        qsx_at as f64,
        out_at as f64,
    ];
    m.extend(&d.w);
    m.extend(&d.x);
    m.resize(qy_at, 0.0);
    m.resize(out_at + d.rows, 0.0);
    m
}

/// A hand-built benchmark project and what it must print.
#[derive(Debug, Clone)]
pub struct HandBench {
    /// The project.
    pub project: Project,
    /// The checksum it must put first in `out`.
    pub checksum: f64,
    /// Multiply-adds performed.
    pub multiply_adds: f64,
}

fn add(a: Input, b: Input) -> Input {
    rep(arith("operator_add", a, b))
}
fn mul(a: Input, b: Input) -> Input {
    rep(arith("operator_multiply", a, b))
}
fn sub(a: Input, b: Input) -> Input {
    rep(arith("operator_subtract", a, b))
}
fn floor(a: Input) -> Input {
    rep(mathop("floor", a))
}
/// `item (p + k) of list` (`p` alone when `k` is 0 and `plain0`).
fn at(list: &ListRef, p: &VarRef, k: f64, plain0: bool) -> Input {
    if k == 0.0 && plain0 {
        rep(list.item(p.input()))
    } else {
        rep(list.item(add(p.input(), num(k))))
    }
}

/// The four products of a packed item `v` with `y[q..q+4]`, added to `s` left to right
/// (`s` None: not started from a sum).
fn item_terms(s: Option<Input>, v: &dyn Fn() -> Input, y: &dyn Fn(f64) -> Input) -> Input {
    let first = mul(v(), y(0.0));
    let mut e = match s {
        Some(s) => add(s, first),
        None => first,
    };
    for (k, c) in [INV_256, INV_65536, INV_16777216].into_iter().enumerate() {
        e = add(e, mul(floor(mul(v(), num(c))), y(k as f64 + 1.0)));
    }
    e
}

struct Lists {
    w: ListRef,
    x: ListRef,
    qsx: ListRef,
    out: ListRef,
}

/// Builds the hand-written project of `shape` running `reps` products of `data`.
pub fn hand_project(data: &BenchData, shape: Shape, reps: u32) -> HandBench {
    let mut p = Project::new();
    let sprite = p.add_sprite("Bench");
    let status = p.add_variable(Owner::Stage, "status", "");
    let outl = p.add_list(Owner::Stage, "out", vec![]);
    let nums = |v: &[f64]| v.iter().map(|x| Value::Number(*x)).collect::<Vec<_>>();
    let quant = !matches!(data.layout, Layout::Float);
    let lists = Lists {
        w: p.add_list(Owner::Stage, "W", nums(&data.w)),
        x: p.add_list(
            Owner::Stage,
            "x",
            nums(if quant { &data.y } else { &data.x }),
        ),
        qsx: p.add_list(Owner::Stage, "qsx", nums(&data.qsx)),
        out: p.add_list(Owner::Stage, "y", vec![Value::Number(0.0); data.rows]),
    };
    let body = match (shape, data.layout) {
        // W8A8 has one hand-written shape: a row pair at a time, a group per expression
        (_, Layout::W8a8(_)) => w8a8_body(&mut p, data, &lists),
        (Shape::Rows { unroll }, _) => rows_body(&mut p, data, &lists, unroll),
        (Shape::Tiles { tile }, _) => tiles_body(&mut p, data, &lists, tile),
    };
    let matvec = Procedure::new(&mut p, "matvec", &[], true);
    let bench = Procedure::new(&mut p, "bench", &["reps"], true);
    let bench_body = vec![repeat(rep(bench.arg(0)), vec![matvec.call(vec![])])];
    let (i, sum) = (
        p.add_variable(Owner::Stage, "ci", 0),
        p.add_variable(Owner::Stage, "sum", 0),
    );
    let (t0, seconds) = (
        p.add_variable(Owner::Stage, "t0", 0),
        p.add_variable(Owner::Stage, "seconds", 0),
    );
    let checksum = Procedure::new(&mut p, "checksum", &[], true);
    let checksum_body = vec![
        sum.set(num(0.0)),
        i.set(num(0.0)),
        repeat(
            num(data.rows as f64),
            vec![
                i.change(num(1.0)),
                sum.change(rep(lists.out.item(i.input()))),
            ],
        ),
    ];
    let days = || rep(Block::new("sensing_dayssince2000"));
    let macs = reps as f64 * (data.rows * data.cols) as f64;
    let main = vec![
        when_flag(),
        status.set(text("")),
        outl.delete_all(),
        t0.set(days()),
        bench.call(vec![num(reps as f64)]),
        seconds.set(mul(sub(days(), t0.input()), num(86400.0))),
        checksum.call(vec![]),
        outl.add(sum.input()),
        outl.add(seconds.input()),
        outl.add(mul(num(reps as f64), num((data.rows * data.cols) as f64))),
        status.set(text("done")),
    ];
    let scripts = &mut p.sprites[sprite].scripts;
    scripts.push(Script::new(0.0, 0.0, main));
    scripts.push(matvec.define(500.0, 0.0, body));
    scripts.push(bench.define(500.0, 500.0, bench_body));
    scripts.push(checksum.define(0.0, 500.0, checksum_body));
    HandBench {
        project: p,
        checksum: if reps == 0 { 0.0 } else { data.checksum },
        multiply_adds: macs,
    }
}

/// Items of Q8_0 group `g`.
fn group_items(s: &RowShape, g: usize) -> usize {
    if g + 1 == s.ngroups {
        s.last_items
    } else {
        s.group_items
    }
}

/// One row at a time, `unroll` products or groups per `set acc to (acc + …)`.
fn rows_body(p: &mut Project, d: &BenchData, l: &Lists, unroll: usize) -> Vec<Block> {
    let (wp, xp, gp, o, acc) = (
        p.add_variable(Owner::Stage, "p", 0),
        p.add_variable(Owner::Stage, "q", 0),
        p.add_variable(Owner::Stage, "g", 0),
        p.add_variable(Owner::Stage, "o", 0),
        p.add_variable(Owner::Stage, "acc", 0),
    );
    let mut row = vec![xp.set(num(1.0)), gp.set(num(1.0)), acc.set(num(0.0))];
    match d.layout {
        Layout::Float => {
            // `acc + w[p]*x[q] + w[p+1]*x[q+1] + …` for `n` products
            let chain = |n: usize| {
                let mut e = acc.input();
                for k in 0..n {
                    let k = k as f64;
                    e = add(e, mul(at(&l.w, &wp, k, false), at(&l.x, &xp, k, false)));
                }
                e
            };
            let (steps, tail) = (d.cols / unroll, d.cols % unroll);
            let step = unroll as f64;
            row.push(repeat(
                num(steps as f64),
                vec![
                    acc.set(chain(unroll)),
                    wp.change(num(step)),
                    xp.change(num(step)),
                ],
            ));
            if tail > 0 {
                row.push(acc.set(chain(tail)));
                row.push(wp.change(num(tail as f64)));
            }
        }
        Layout::Q8(_) | Layout::W8a8(_) => {
            let s = d.shape;
            // terms of groups g0..g0+n: acc + scale*(dot - qsx) each; offsets from p, q, g
            let chain = |g0: usize, n: usize| {
                let (mut e, mut wo, mut yo) = (acc.input(), 0.0, 0.0);
                for g in g0..g0 + n {
                    let items = group_items(&s, g);
                    let mut dot = None;
                    for j in 0..items {
                        let vo = wo + 1.0 + j as f64;
                        let v = || at(&l.w, &wp, vo, false);
                        let y0 = yo + 4.0 * j as f64;
                        let y = |k: f64| at(&l.x, &xp, y0 + k, false);
                        dot = Some(item_terms(dot, &v, &y));
                    }
                    let qs = at(&l.qsx, &gp, (g - g0) as f64, false);
                    let term = mul(at(&l.w, &wp, wo, false), sub(dot.unwrap_or(num(0.0)), qs));
                    e = add(e, term);
                    wo += 1.0 + items as f64;
                    yo += 4.0 * items as f64;
                }
                (e, wo, yo)
            };
            let full = s.ngroups - 1;
            let (steps, tail) = (full / unroll, full % unroll + 1);
            let (e, wo, yo) = chain(0, unroll.min(full));
            if steps > 0 {
                row.push(repeat(
                    num(steps as f64),
                    vec![
                        acc.set(e),
                        wp.change(num(wo)),
                        xp.change(num(yo)),
                        gp.change(num(unroll as f64)),
                    ],
                ));
            }
            let (e, wo, _) = chain(full - (tail - 1), tail);
            row.push(acc.set(e));
            row.push(wp.change(num(wo)));
        }
    }
    row.push(l.out.replace(o.input(), acc.input()));
    row.push(o.change(num(1.0)));
    vec![
        wp.set(num(1.0)),
        o.set(num(1.0)),
        repeat(num(d.rows as f64), row),
    ]
}

/// W8A8, a row pair at a time: per group `set s to (w[p+2]*x[q] + w[p+3]*x[q+1] + …)`
/// (the whole group in ONE expression), `set b to floor((s + 2^23) * 2^-24)`, then
/// `change a by (w[p] * sx) * (s - 2^24 b)` and `change b2 by (w[p+1] * sx) * b`.
fn w8a8_body(p: &mut Project, d: &BenchData, l: &Lists) -> Vec<Block> {
    let [wp, xp, gp, o, s, hi, acc_a, acc_b] =
        ["p", "q", "g", "o", "s", "hi", "acc", "acc2"].map(|n| p.add_variable(Owner::Stage, n, 0));
    let sh = d.shape;
    let group = |len: usize| {
        let mut e = mul(at(&l.w, &wp, 2.0, false), at(&l.x, &xp, 0.0, true));
        for k in 1..len {
            let k = k as f64;
            e = add(
                e,
                mul(at(&l.w, &wp, 2.0 + k, false), at(&l.x, &xp, k, false)),
            );
        }
        let sx = || rep(l.qsx.item(gp.input()));
        let lane_a = sub(s.input(), mul(num(W8A8_LANE), hi.input()));
        vec![
            s.set(e),
            hi.set(floor(mul(
                add(s.input(), num(W8A8_HALF)),
                num(INV_16777216),
            ))),
            acc_a.set(add(
                acc_a.input(),
                mul(mul(at(&l.w, &wp, 0.0, true), sx()), lane_a),
            )),
            acc_b.set(add(
                acc_b.input(),
                mul(mul(at(&l.w, &wp, 1.0, false), sx()), hi.input()),
            )),
            wp.change(num(len as f64 + 2.0)),
            xp.change(num(len as f64)),
            gp.change(num(1.0)),
        ]
    };
    let mut pair = vec![
        xp.set(num(1.0)),
        gp.set(num(1.0)),
        acc_a.set(num(0.0)),
        acc_b.set(num(0.0)),
    ];
    if sh.ngroups > 1 {
        pair.push(repeat(num((sh.ngroups - 1) as f64), group(sh.group)));
    }
    pair.extend(group(sh.last_len));
    pair.push(l.out.replace(o.input(), acc_a.input()));
    pair.push(l.out.replace(add(o.input(), num(1.0)), acc_b.input()));
    pair.push(o.change(num(2.0)));
    vec![
        wp.set(num(1.0)),
        o.set(num(1.0)),
        repeat(num(d.rows.div_ceil(2) as f64), pair),
    ]
}

/// `tile` rows at a time, one column (float) or packed item (Q8_0) per iteration.
fn tiles_body(p: &mut Project, d: &BenchData, l: &Lists, tile: usize) -> Vec<Block> {
    assert!(tile > 0 && d.rows % tile == 0, "tile must divide rows");
    let (wp, xp, gp, o, base) = (
        p.add_variable(Owner::Stage, "p", 0),
        p.add_variable(Owner::Stage, "q", 0),
        p.add_variable(Owner::Stage, "g", 0),
        p.add_variable(Owner::Stage, "o", 0),
        p.add_variable(Owner::Stage, "base", 0),
    );
    let a: Vec<VarRef> = (0..tile)
        .map(|k| p.add_variable(Owner::Stage, format!("a{k}"), 0))
        .collect();
    let stride = d.row_items as f64;
    let mut t: Vec<Block> = a.iter().map(|v| v.set(num(0.0))).collect();
    t.push(wp.set(base.input()));
    t.push(xp.set(num(1.0)));
    match d.layout {
        Layout::Float => {
            let xj = p.add_variable(Owner::Stage, "xj", 0);
            let mut col = vec![xj.set(rep(l.x.item(xp.input())))];
            for (k, ak) in a.iter().enumerate() {
                let wk = at(&l.w, &wp, k as f64 * stride, true);
                col.push(ak.change(mul(wk, xj.input())));
            }
            col.push(wp.change(num(1.0)));
            col.push(xp.change(num(1.0)));
            t.push(repeat(num(d.cols as f64), col));
        }
        Layout::Q8(_) | Layout::W8a8(_) => {
            let s = d.shape;
            let yv: Vec<VarRef> = (0..4)
                .map(|k| p.add_variable(Owner::Stage, format!("y{k}"), 0))
                .collect();
            let (v, qs) = (
                p.add_variable(Owner::Stage, "v", 0),
                p.add_variable(Owner::Stage, "qs", 0),
            );
            let dots: Vec<VarRef> = (0..tile)
                .map(|k| p.add_variable(Owner::Stage, format!("d{k}"), 0))
                .collect();
            t.push(gp.set(num(1.0)));
            // per group: zero the dots, one packed item per iteration, then the scales
            let group = |items: usize| {
                let mut b: Vec<Block> = dots.iter().map(|dk| dk.set(num(0.0))).collect();
                b.push(wp.change(num(1.0))); // past the scale
                let mut it: Vec<Block> = yv
                    .iter()
                    .enumerate()
                    .map(|(k, yk)| yk.set(at(&l.x, &xp, k as f64, true)))
                    .collect();
                for (k, dk) in dots.iter().enumerate() {
                    it.push(v.set(at(&l.w, &wp, k as f64 * stride, true)));
                    let vv = || v.input();
                    let yy = |c: f64| yv[c as usize].input();
                    it.push(dk.set(item_terms(Some(dk.input()), &vv, &yy)));
                }
                it.push(wp.change(num(1.0)));
                it.push(xp.change(num(4.0)));
                b.push(repeat(num(items as f64), it));
                b.push(qs.set(rep(l.qsx.item(gp.input()))));
                let back = -(items as f64) - 1.0;
                for (k, (ak, dk)) in a.iter().zip(&dots).enumerate() {
                    let scale = at(&l.w, &wp, back + k as f64 * stride, false);
                    b.push(ak.change(mul(scale, sub(dk.input(), qs.input()))));
                }
                b.push(gp.change(num(1.0)));
                b
            };
            if s.ngroups > 1 {
                t.push(repeat(num((s.ngroups - 1) as f64), group(s.group_items)));
            }
            t.extend(group(s.last_items));
        }
    }
    for (k, ak) in a.iter().enumerate() {
        let idx = if k == 0 {
            o.input()
        } else {
            add(o.input(), num(k as f64))
        };
        t.push(l.out.replace(idx, ak.input()));
    }
    t.push(o.change(num(tile as f64)));
    t.push(base.change(num(stride * tile as f64)));
    vec![
        base.set(num(1.0)),
        o.set(num(1.0)),
        repeat(num((d.rows / tile) as f64), t),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_know_their_answer_and_write() {
        for layout in [
            Layout::Float,
            Layout::Q8(4),
            Layout::Q8(32),
            Layout::W8a8(32),
        ] {
            let d = bench_data(layout, 16, 44);
            assert!(d.checksum.is_finite() && d.checksum != 0.0);
            assert_eq!(d.w.len(), 16 * d.row_items);
            for shape in [Shape::Rows { unroll: 4 }, Shape::Tiles { tile: 8 }] {
                let b = hand_project(&d, shape, 3);
                assert_eq!(b.multiply_adds, 3.0 * 16.0 * 44.0);
                let json = crate::scratch::project_json_string(&b.project).unwrap();
                assert!(json.contains("\"proccode\":\"bench %s\""));
            }
        }
    }

    #[test]
    fn w8a8_dot_is_close_to_the_float_product() {
        let d = bench_data(Layout::W8a8(32), 4, 172);
        let f = bench_data(Layout::Float, 4, 172);
        for (q, e) in d.out.iter().zip(&f.out) {
            assert!((q - e).abs() < 0.5, "{q} vs {e}");
        }
    }

    #[test]
    fn q8_dot_matches_dequantized_product() {
        let d = bench_data(Layout::Q8(32), 4, 172);
        let f = bench_data(Layout::Float, 4, 172);
        for (q, e) in d.out.iter().zip(&f.out) {
            assert!((q - e).abs() < 0.5, "{q} vs {e}");
        }
    }
}
