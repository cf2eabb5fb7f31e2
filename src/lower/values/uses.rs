//! Value analysis, phase 4: where each live value is used. A phi's use sits at the end of
//! the incoming block; a trip count's at the end of its preheader.

use std::collections::{HashMap, HashSet};

use super::Pos;
use crate::llvm::{Function, Op};
use crate::lower::ops::{local, operands, term_operands};

/// The uses of each local: (position, whether it is a phi-like use at a block's end).
pub(crate) type Uses = HashMap<String, Vec<(Pos, bool)>>;

/// The uses of each local by live instructions and terminators of `f`.
pub(crate) fn use_sites(
    f: &Function,
    live: &HashSet<Pos>,
    counted_latches: &HashSet<usize>,
    trips: &[(String, usize)],
) -> Uses {
    let mut uses: Uses = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            if !live.contains(&(bi, ii)) {
                continue;
            }
            if let Op::Phi { incoming, .. } = &ins.op {
                for (v, pred) in incoming {
                    if let Some(n) = local(v) {
                        let pi = f.blocks.iter().position(|b| &b.name == pred).unwrap_or(0);
                        uses.entry(n.to_string())
                            .or_default()
                            .push(((pi, usize::MAX), true));
                    }
                }
            } else {
                for v in operands(&ins.op) {
                    if let Some(n) = local(v) {
                        uses.entry(n.to_string())
                            .or_default()
                            .push(((bi, ii), false));
                    }
                }
            }
        }
        for v in term_operands(&b.term, counted_latches.contains(&bi)) {
            if let Some(n) = local(v) {
                uses.entry(n.to_string())
                    .or_default()
                    .push(((bi, usize::MAX), false));
            }
        }
    }
    for (t, pre) in trips {
        uses.entry(t.clone())
            .or_default()
            .push(((*pre, usize::MAX), true));
    }
    uses
}
