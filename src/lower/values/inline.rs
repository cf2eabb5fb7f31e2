//! Value analysis, phase 5: which live values are inlined as reporters at their single use
//! in the same block (for TurboWarp also loads used a few times in that block), and where each inlined value is finally evaluated (its anchor: the
//! first non-inlined user up the chain). Decided last instruction first, so that a user's
//! anchor is known. Loads are not moved past a store or call that may change memory.

use std::collections::{HashMap, HashSet};

use super::uses::Uses;
use super::{Pos, Repr};
use crate::llvm::{BinOp, Block, Callee, Function, Op, Value};
use crate::lower::int_forms::{bits_of, bitwise_fast};
use crate::lower::ops::{dropped_call, is_dynamic, local, pure_call};

/// The representation of each instruction result (`Repr::Var(usize::MAX)` until
/// coalescing numbers the classes) and the anchor of each inlined value.
pub(crate) fn representations(
    f: &Function,
    live: &HashSet<Pos>,
    promoted: &HashSet<String>,
    uses: &Uses,
    remat_loads: bool,
) -> (HashMap<String, Repr>, HashMap<String, Pos>) {
    let mut repr: HashMap<String, Repr> = HashMap::new();
    let mut anchor: HashMap<String, Pos> = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for ii in (0..b.instrs.len()).rev() {
            let ins = &b.instrs[ii];
            let Some(r) = &ins.result else { continue };
            if !live.contains(&(bi, ii)) {
                repr.insert(r.clone(), Repr::Dead);
                continue;
            }
            let us = uses.get(r).cloned().unwrap_or_default();
            if let Op::Alloca { count, .. } = &ins.op {
                if !is_dynamic(count) {
                    repr.insert(r.clone(), Repr::Inline);
                    continue;
                }
            }
            let mut inline = false;
            let anchor_of = |user: Pos| {
                if user.1 == usize::MAX {
                    user
                } else {
                    let ures = f.blocks[bi].instrs[user.1].result.as_ref();
                    match ures.and_then(|u| anchor.get(u)) {
                        Some(a) if repr.get(ures.unwrap()) == Some(&Repr::Inline) => *a,
                        _ => user,
                    }
                }
            };
            // a load with a few uses in its own block may be read again at each (they may lie
            // in several statements: the load is anchored at the last, so its address stays
            // live and memory unchanged until then; a list read costs less in TurboWarp than
            // the variable write and read it replaces)
            let remat = remat_loads
                && matches!(ins.op, Op::Load { .. })
                && (2..=4).contains(&us.len())
                && us.iter().all(|(p, phi)| !phi && p.0 == bi);
            if inlinable_op(&ins.op) && (us.len() == 1 || remat) && !us[0].1 && us[0].0 .0 == bi {
                let user_anchor = us
                    .iter()
                    .map(|(p, _)| anchor_of(*p))
                    .max_by_key(|a| a.1)
                    .unwrap_or(anchor_of(us[0].0));
                inline = match &ins.op {
                    Op::Load { ptr, .. } => {
                        let end = user_anchor.1.min(b.instrs.len());
                        load_can_move(b, (bi, ii), end, ptr, live, promoted)
                    }
                    _ => true,
                };
                if inline {
                    anchor.insert(r.clone(), user_anchor);
                }
            }
            repr.insert(
                r.clone(),
                if inline {
                    Repr::Inline
                } else {
                    Repr::Var(usize::MAX)
                },
            );
        }
    }
    // loads from promoted allocas read the variable directly: inline them only when
    // decided above; otherwise they are copied into their own variable.
    (repr, anchor)
}

/// Whether an instruction's result may become a reporter at all.
fn inlinable_op(op: &Op) -> bool {
    match op {
        Op::Phi { .. } | Op::Alloca { .. } | Op::Store { .. } | Op::Select { .. } => false,
        Op::Call {
            callee: Callee::Direct(n),
            ..
        } => pure_call(n),
        Op::Call { .. } => false,
        Op::Binary {
            op: op @ (BinOp::And | BinOp::Or | BinOp::Xor),
            flags,
            ty,
            lhs,
            rhs,
        } => bitwise_fast(*op, *flags, bits_of(ty), lhs, rhs),
        _ => true,
    }
}

/// Whether the load at `at` (from `ptr`) may be evaluated at instruction `end` of block
/// `b` instead: no live store to the same place (a promoted alloca's variable, or memory)
/// and no call that may write memory lies between.
fn load_can_move(
    b: &Block,
    at: Pos,
    end: usize,
    ptr: &Value,
    live: &HashSet<Pos>,
    promoted: &HashSet<String>,
) -> bool {
    let (bi, ii) = at;
    let promoted_ptr = local(ptr).filter(|p| promoted.contains(*p));
    !(ii + 1..end).any(|k| {
        live.contains(&(bi, k))
            && match &b.instrs[k].op {
                Op::Store { ptr: sp, .. } => match promoted_ptr {
                    Some(p) => local(sp) == Some(p),
                    None => !local(sp).is_some_and(|x| promoted.contains(x)),
                },
                Op::Call {
                    callee: Callee::Direct(n),
                    ..
                } => !pure_call(n) && !dropped_call(n) && !n.starts_with("sb3_out"),
                Op::Call { .. } => true,
                _ => false,
            }
    })
}
