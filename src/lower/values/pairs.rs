//! Value analysis, phase 2: i64 word pairs. 64-bit values that are only moved (struct
//! copies that -O2 turns into `load i64`/`store i64`, split with `trunc`/`lshr 32`) are kept
//! as their two 32-bit words, exact even beyond 2^53, instead of as one number.

use std::collections::HashSet;

use crate::llvm::{Function, Op, Type, Value, ValueKind};
use crate::lower::ops::{local, operands, term_operands};

/// The i64 values that can stay word pairs: i64 loads and phis whose every use is a
/// store of the value, a phi in the set, a trunc, or an `lshr` by a constant >= 32.
pub(crate) fn word_pairs(f: &Function, promoted: &HashSet<String>) -> HashSet<String> {
    let mut cand: HashSet<String> = HashSet::new();
    for b in &f.blocks {
        for ins in &b.instrs {
            match (&ins.result, &ins.op) {
                (
                    Some(r),
                    Op::Load {
                        ty: Type::Int(64),
                        ptr,
                        ..
                    },
                ) if !local(ptr).is_some_and(|p| promoted.contains(p)) => {
                    cand.insert(r.clone());
                }
                (
                    Some(r),
                    Op::Phi {
                        ty: Type::Int(64), ..
                    },
                ) => {
                    cand.insert(r.clone());
                }
                _ => {}
            }
        }
    }
    loop {
        let mut bad: Vec<String> = Vec::new();
        for b in &f.blocks {
            for ins in &b.instrs {
                let ok_use = |v: &Value| local(v).is_none_or(|n| !cand.contains(n));
                match &ins.op {
                    Op::Store { value, ptr, .. } => {
                        if local(ptr).is_some_and(|n| cand.contains(n)) {
                            bad.extend(local(ptr).map(String::from));
                        }
                        let _ = value;
                    }
                    Op::Phi { incoming, .. } => {
                        let me_pair = ins.result.as_ref().is_some_and(|r| cand.contains(r));
                        for (v, _) in incoming {
                            if let Some(n) = local(v) {
                                if cand.contains(n) != me_pair {
                                    bad.push(n.to_string());
                                    if let Some(r) = &ins.result {
                                        bad.push(r.clone());
                                    }
                                }
                            } else if me_pair && !matches!(v.kind, ValueKind::Const(_)) {
                                bad.extend(ins.result.clone());
                            }
                        }
                    }
                    Op::Cast {
                        op: crate::llvm::CastOp::Trunc,
                        ..
                    } => {}
                    Op::Binary {
                        op: crate::llvm::BinOp::LShr,
                        rhs,
                        ..
                    } if matches!(&rhs.kind, ValueKind::Const(crate::llvm::Constant::Int { value, .. }) if *value >= 32) =>
                        {}
                    op => {
                        for v in operands(op) {
                            if !ok_use(v) {
                                bad.extend(local(v).map(String::from));
                            }
                        }
                    }
                }
            }
            for v in term_operands(&b.term, false) {
                if local(v).is_some_and(|n| cand.contains(n)) {
                    bad.extend(local(v).map(String::from));
                }
            }
        }
        let before = cand.len();
        for n in bad {
            cand.remove(&n);
        }
        if cand.len() == before {
            return cand;
        }
    }
}
