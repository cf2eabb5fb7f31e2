//! The benchmark's ceiling: a float matrix-vector product written by hand in Scratch blocks,
//! as well as we know how, to compare compiled C against (issue "benchmark": multiply-adds
//! per second of compiled code as a fraction of this).
//!
//! `W` (64x64, row-major) and `x` (64) are stage lists filled at build time; `y` (64) gets
//! `W·x`. The work runs inside "run without screen refresh" custom blocks: `bench (reps)`
//! repeats `matvec` `reps` times, so TurboWarp runs it all in one frame and vanilla Scratch
//! yields only every 500 ms. Its inner loop is four blocks per multiply-add plus the loop:
//!
//! ```text
//! repeat 64: change acc by ((item (k) of W) * (item (j) of x)); change k by 1; change j by 1
//! ```
//!
//! Output (`out`): `[checksum, seconds, multiply_adds]`, where checksum is the sum of `y`
//! after the last run and seconds is measured with `days since 2000` (wall-clock time in
//! both VMs; Scratch's `timer` only advances between frames). Then `status` = `done`. The
//! compiled-C side of the benchmark writes the same three items.

use super::blocks::{Block, Script};
use super::ops::{arith, num, rep, repeat, text, when_flag, Procedure};
use super::project::{Owner, Project, Value};

/// Rows and columns of the matrix.
pub const N: usize = 64;

/// The hand-built benchmark project and what it must print.
#[derive(Debug, Clone)]
pub struct MatvecBench {
    /// The project.
    pub project: Project,
    /// The checksum (sum of `y`) the project must put first in `out`, computed with the
    /// same double arithmetic in the same order.
    pub checksum: f64,
    /// Multiply-adds performed (`reps * 64 * 64`), the third item of `out`.
    pub multiply_adds: f64,
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

/// Builds the ceiling project running `reps` matrix-vector products (2048 gives ~8.4 M
/// multiply-adds).
pub fn matvec_ceiling(reps: u32) -> MatvecBench {
    let w = bench_values(N * N, 1);
    let xv = bench_values(N, 2);
    let mut p = Project::new();
    let sprite = p.add_sprite("Bench");
    let status = p.add_variable(Owner::Stage, "status", "");
    let out = p.add_list(Owner::Stage, "out", vec![]);
    let wl = p.add_list(
        Owner::Stage,
        "W",
        w.iter().map(|v| Value::Number(*v)).collect(),
    );
    let xl = p.add_list(
        Owner::Stage,
        "x",
        xv.iter().map(|v| Value::Number(*v)).collect(),
    );
    let yl = p.add_list(Owner::Stage, "y", vec![Value::Number(0.0); N]);
    let k = p.add_variable(Owner::Stage, "k", 0);
    let j = p.add_variable(Owner::Stage, "j", 0);
    let i = p.add_variable(Owner::Stage, "i", 0);
    let acc = p.add_variable(Owner::Stage, "acc", 0);
    let t0 = p.add_variable(Owner::Stage, "t0", 0);
    let seconds = p.add_variable(Owner::Stage, "seconds", 0);
    let sum = p.add_variable(Owner::Stage, "sum", 0);

    let matvec = Procedure::new(&mut p, "matvec", &[], true);
    let body = vec![
        k.set(num(1.0)),
        i.set(num(0.0)),
        repeat(
            num(N as f64),
            vec![
                i.change(num(1.0)),
                acc.set(num(0.0)),
                j.set(num(1.0)),
                repeat(
                    num(N as f64),
                    vec![
                        acc.change(rep(arith(
                            "operator_multiply",
                            rep(wl.item(k.input())),
                            rep(xl.item(j.input())),
                        ))),
                        k.change(num(1.0)),
                        j.change(num(1.0)),
                    ],
                ),
                yl.replace(i.input(), acc.input()),
            ],
        ),
    ];
    let bench = Procedure::new(&mut p, "bench", &["reps"], true);
    let bench_body = vec![repeat(rep(bench.arg(0)), vec![matvec.call(vec![])])];
    let checksum = Procedure::new(&mut p, "checksum", &[], true);
    let checksum_body = vec![
        sum.set(num(0.0)),
        i.set(num(0.0)),
        repeat(
            num(N as f64),
            vec![i.change(num(1.0)), sum.change(rep(yl.item(i.input())))],
        ),
    ];
    let days = || rep(Block::new("sensing_dayssince2000"));
    let main = vec![
        when_flag(),
        status.set(text("")),
        out.delete_all(),
        t0.set(days()),
        bench.call(vec![num(reps as f64)]),
        seconds.set(rep(arith(
            "operator_multiply",
            rep(arith("operator_subtract", days(), t0.input())),
            num(86400.0),
        ))),
        checksum.call(vec![]),
        out.add(sum.input()),
        out.add(seconds.input()),
        out.add(rep(arith(
            "operator_multiply",
            num(reps as f64),
            num((N * N) as f64),
        ))),
        status.set(text("done")),
    ];
    let scripts = &mut p.sprites[sprite].scripts;
    scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: main,
    });
    scripts.push(matvec.define(500.0, 0.0, body));
    scripts.push(bench.define(500.0, 500.0, bench_body));
    scripts.push(checksum.define(0.0, 500.0, checksum_body));

    // The same arithmetic in Rust: acc starts at 0, adds each rounded product in order.
    let mut y = [0.0f64; N];
    for (row, yr) in y.iter_mut().enumerate() {
        let mut a = 0.0;
        for col in 0..N {
            a += w[row * N + col] * xv[col];
        }
        *yr = a;
    }
    let checksum = if reps == 0 {
        0.0
    } else {
        y.iter().fold(0.0, |s, v| s + v)
    };
    MatvecBench {
        project: p,
        checksum,
        multiply_adds: reps as f64 * (N * N) as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceiling_project_writes_and_knows_its_answer() {
        let bench = matvec_ceiling(3);
        assert_eq!(bench.multiply_adds, 3.0 * 4096.0);
        assert!(bench.checksum.is_finite() && bench.checksum != 0.0);
        let values = bench_values(N * N, 1);
        assert!(values
            .iter()
            .all(|v| (-1.0..1.0).contains(v) && (*v as f32) as f64 == *v));
        let json = crate::scratch::project_json_string(&bench.project).unwrap();
        assert!(json.contains("\"proccode\":\"bench %s\""));
    }
}
