//! Value analysis, phase 3: which instructions must be emitted (side effects, or used by
//! live code; cycles included). A store to a promoted alloca whose loads are all dead is
//! itself dead.

use std::collections::{HashMap, HashSet};

use super::Pos;
use crate::llvm::{Function, Op};
use crate::lower::cfg::Cfg;
use crate::lower::ops::{has_side_effects, local, operands, term_operands};

/// The live instructions of `f`. `counted_latches` no longer test their condition; the
/// `trips` (trip count, preheader) are used at the end of their preheader.
pub(crate) fn live_instructions(
    f: &Function,
    cfg: &Cfg,
    def: &HashMap<String, Pos>,
    counted_latches: &HashSet<usize>,
    trips: &[(String, usize)],
    promoted: &HashSet<String>,
) -> HashSet<Pos> {
    let mut live = HashSet::new();
    let mut work: Vec<Pos> = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        if cfg.rpo_index[bi] == usize::MAX {
            continue;
        }
        for (ii, ins) in b.instrs.iter().enumerate() {
            if has_side_effects(&ins.op) {
                work.push((bi, ii));
            }
        }
        for v in term_operands(&b.term, counted_latches.contains(&bi)) {
            if let Some(p) = local(v).and_then(|n| def.get(n)) {
                work.push(*p);
            }
        }
    }
    for (t, _) in trips {
        if let Some(p) = def.get(t) {
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        if !live.insert(p) {
            continue;
        }
        let ins = &f.blocks[p.0].instrs[p.1];
        for v in operands(&ins.op) {
            if let Some(d) = local(v).and_then(|n| def.get(n)) {
                if !live.contains(d) {
                    work.push(*d);
                }
            }
        }
    }
    remove_dead_stores(f, &mut live, promoted);
    live
}

/// Drops the stores to promoted allocas that no live load reads.
fn remove_dead_stores(f: &Function, live: &mut HashSet<Pos>, promoted: &HashSet<String>) {
    let loaded: HashSet<&str> = f
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(bi, b)| {
            b.instrs
                .iter()
                .enumerate()
                .map(move |(ii, i)| ((bi, ii), i))
        })
        .filter(|(p, _)| live.contains(p))
        .filter_map(|(_, i)| match &i.op {
            Op::Load { ptr, .. } => local(ptr),
            _ => None,
        })
        .collect();
    let dead_stores: Vec<Pos> = live
        .iter()
        .copied()
        .filter(|&(bi, ii)| match &f.blocks[bi].instrs[ii].op {
            Op::Store { ptr, .. } => {
                local(ptr).is_some_and(|p| promoted.contains(p) && !loaded.contains(p))
            }
            _ => false,
        })
        .collect();
    for p in dead_stores {
        live.remove(&p);
    }
}
