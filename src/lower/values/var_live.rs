//! Value analysis, phase 6: liveness of the values kept in variables, block by block
//! (uses counted at their anchors, after following inline chains), and the interference
//! test that coalescing needs.

use std::collections::HashMap;

use super::uses::Uses;
use super::{Pos, Repr};
use crate::llvm::{Function, Op};
use crate::lower::cfg::Cfg;

/// Liveness of the variable-held values of one function.
pub(crate) struct VarLiveness {
    /// The values held in variables, in definition order (index = variable number here).
    pub(crate) names: Vec<String>,
    /// Index of each name in `names`.
    pub(crate) index: HashMap<String, usize>,
    /// Definition position of each.
    def: Vec<Pos>,
    /// Whether each is a phi (defined at its block's start).
    is_phi: Vec<bool>,
    /// Effective use positions of each (after following inline chains).
    eff_uses: Vec<Vec<Pos>>,
    /// Live on entry to each block, per value.
    pub(crate) live_in: Vec<Vec<bool>>,
    /// Live on exit from each block, per value.
    live_out: Vec<Vec<bool>>,
}

impl VarLiveness {
    /// Solves liveness over `cfg` for the values `repr` keeps in variables.
    pub(crate) fn new(
        f: &Function,
        cfg: &Cfg,
        def: &HashMap<String, Pos>,
        repr: &HashMap<String, Repr>,
        uses: &Uses,
        anchor: &HashMap<String, Pos>,
    ) -> VarLiveness {
        // in definition order: class numbers (and so variable ids) must not depend on the
        // HashMap's per-process iteration order
        let mut names: Vec<String> = repr
            .iter()
            .filter(|(_, r)| matches!(r, Repr::Var(_)))
            .map(|(k, _)| k.clone())
            .collect();
        names.sort_by_key(|k| def[k]);
        let index: HashMap<String, usize> = names
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        let eff_uses: Vec<Vec<Pos>> = names
            .iter()
            .map(|name| effective_uses(f, repr, anchor, uses.get(name)))
            .collect();
        let def: Vec<Pos> = names.iter().map(|n| def[n]).collect();
        let is_phi = def
            .iter()
            .map(|d| matches!(f.blocks[d.0].instrs[d.1].op, Op::Phi { .. }))
            .collect();
        let mut vl = VarLiveness {
            names,
            index,
            def,
            is_phi,
            eff_uses,
            live_in: vec![],
            live_out: vec![],
        };
        vl.solve(cfg, f.blocks.len(), uses);
        vl
    }

    /// Iterates the backward dataflow equations to their fixed point.
    fn solve(&mut self, cfg: &Cfg, n: usize, uses: &Uses) {
        let nv = self.names.len();
        // upward-exposed uses and defs per block
        let mut gen = vec![vec![false; nv]; n];
        let mut kill = vec![vec![false; nv]; n];
        for k in 0..nv {
            let d = self.def[k];
            for p in &self.eff_uses[k] {
                if !(p.0 == d.0 && p.1 > d.1) {
                    gen[p.0][k] = true;
                }
            }
            kill[d.0][k] = true;
        }
        // values read by phis of successors, per predecessor block
        let mut phi_out = vec![vec![false; nv]; n];
        for (k, name) in self.names.iter().enumerate() {
            for (p, is_phi) in uses.get(name).into_iter().flatten() {
                if *is_phi {
                    phi_out[p.0][k] = true;
                }
            }
        }
        let mut live_in = vec![vec![false; nv]; n];
        let mut live_out = vec![vec![false; nv]; n];
        let mut changed = true;
        while changed {
            changed = false;
            for &b in cfg.rpo.iter().rev() {
                let mut out = phi_out[b].clone();
                for &s in &cfg.succs[b] {
                    for k in 0..nv {
                        if live_in[s][k] {
                            out[k] = true;
                        }
                    }
                }
                let mut inn = out.clone();
                for k in 0..nv {
                    if kill[b][k] {
                        inn[k] = false;
                    }
                    if gen[b][k] {
                        inn[k] = true;
                    }
                }
                if inn != live_in[b] || out != live_out[b] {
                    live_in[b] = inn;
                    live_out[b] = out;
                    changed = true;
                }
            }
        }
        self.live_in = live_in;
        self.live_out = live_out;
    }

    /// Whether value `a` is live just after position `p` (inside block `p.0`).
    fn live_after(&self, a: usize, p: Pos) -> bool {
        let d = self.def[a];
        if d.0 == p.0 && d.1 > p.1 {
            return false; // defined later in the same block (not yet live)
        }
        if d.0 != p.0 && !self.live_in[p.0][a] {
            // not live into the block: live after p only if defined before p in it (no)
            return false;
        }
        self.live_out[p.0][a] || self.eff_uses[a].iter().any(|u| u.0 == p.0 && u.1 > p.1)
    }

    /// Whether values `a` and `b` cannot share a variable: one is live where the other is
    /// defined, or both are phis of one block.
    pub(crate) fn interferes(&self, a: usize, b: usize) -> bool {
        let (da, db) = (self.def[a], self.def[b]);
        let (pa, pb) = (self.is_phi[a], self.is_phi[b]);
        if pa && pb && da.0 == db.0 {
            return true;
        }
        // live at the other's definition (phis are defined at block start)
        let at = |x: usize, d: Pos, is_phi: bool| -> bool {
            if is_phi {
                self.live_in[d.0][x]
            } else {
                self.live_after(x, d)
            }
        };
        at(a, db, pb) || at(b, da, pa)
    }
}

/// The positions where a value is really read: a use by an inlined instruction counts at
/// that instruction's anchor.
fn effective_uses(
    f: &Function,
    repr: &HashMap<String, Repr>,
    anchor: &HashMap<String, Pos>,
    uses: Option<&Vec<(Pos, bool)>>,
) -> Vec<Pos> {
    uses.into_iter()
        .flatten()
        .map(|(pos, is_phi)| {
            if *is_phi || pos.1 == usize::MAX {
                *pos
            } else {
                let user = f.blocks[pos.0].instrs[pos.1].result.as_ref();
                match user {
                    Some(u) if repr.get(u) == Some(&Repr::Inline) => {
                        anchor.get(u).copied().unwrap_or(*pos)
                    }
                    _ => *pos,
                }
            }
        })
        .collect()
}
