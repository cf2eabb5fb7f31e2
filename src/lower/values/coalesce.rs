//! Value analysis, phase 7: phi coalescing. A phi and its incoming values share one
//! variable (so the phi copy disappears) unless they interfere; each resulting class is
//! numbered in definition order of its first member.

use std::collections::{HashMap, HashSet};

use super::var_live::VarLiveness;
use super::{Pos, Repr};
use crate::llvm::{Function, Op};
use crate::lower::ops::local;

/// Numbers the variable classes into `repr`; returns the class count and the classes live
/// on entry to each block.
pub(crate) fn coalesce(
    f: &Function,
    live: &HashSet<Pos>,
    vl: &VarLiveness,
    repr: &mut HashMap<String, Repr>,
) -> (usize, Vec<HashSet<usize>>) {
    let nv = vl.names.len();
    let mut parent: Vec<usize> = (0..nv).collect();
    let mut members: Vec<Vec<usize>> = (0..nv).map(|k| vec![k]).collect();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            let (Some(r), Op::Phi { incoming, .. }) = (&ins.result, &ins.op) else {
                continue;
            };
            let Some(&x) = vl.index.get(r.as_str()) else {
                continue;
            };
            if !live.contains(&(bi, ii)) {
                continue;
            }
            for (v, _) in incoming {
                let Some(&y) = local(v).and_then(|n| vl.index.get(n)) else {
                    continue;
                };
                let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
                if rx == ry {
                    continue;
                }
                let clash = members[rx]
                    .iter()
                    .any(|&a| members[ry].iter().any(|&b| vl.interferes(a, b)));
                if !clash {
                    parent[ry] = rx;
                    let m = std::mem::take(&mut members[ry]);
                    members[rx].extend(m);
                }
            }
        }
    }
    let mut class_of: HashMap<usize, usize> = HashMap::new();
    for (k, name) in vl.names.iter().enumerate() {
        let r = find(&mut parent, k);
        let next = class_of.len();
        let c = *class_of.entry(r).or_insert(next);
        repr.insert(name.clone(), Repr::Var(c));
    }
    let live_in_classes = vl
        .live_in
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|(_, l)| **l)
                .filter_map(|(k, _)| match repr.get(&vl.names[k]) {
                    Some(Repr::Var(c)) => Some(*c),
                    _ => None,
                })
                .collect()
        })
        .collect();
    (class_of.len(), live_in_classes)
}

/// Union-find root of `x`, with path compression.
fn find(p: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while p[r] != r {
        r = p[r];
    }
    let mut y = x;
    while p[y] != r {
        let nx = p[y];
        p[y] = r;
        y = nx;
    }
    r
}
