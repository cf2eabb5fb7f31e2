//! Queries on IR instructions shared by the passes: the locals an instruction reads,
//! which calls are pure or dropped, which instructions have side effects.

use crate::llvm::{Callee, Op, Terminator, Type, Value, ValueKind};

/// Whether an alloca's element count is not a constant (a variable-length array).
pub(crate) fn is_dynamic(count: &Option<Value>) -> bool {
    matches!(count, Some(v) if !matches!(v.kind, ValueKind::Const(_)))
}

/// Whether a call has no side effects (pure intrinsics that become reporters).
pub(crate) fn pure_call(name: &str) -> bool {
    let n = name.strip_prefix("llvm.").unwrap_or("");
    [
        "fabs.",
        "sqrt.",
        "exp.",
        "floor.",
        "ceil.",
        "trunc.",
        "smin.",
        "smax.",
        "umin.",
        "umax.",
        "abs.",
        "copysign.",
        "minnum.",
        "maxnum.",
        "round.",
        "rint.",
        "nearbyint.",
        "fmuladd.",
        "fma.",
        "fshl.",
        "fshr.",
    ]
    .iter()
    .any(|p| n.starts_with(p))
        || matches!(name, "sb3_image")
}

/// Calls that are dropped entirely.
pub(crate) fn dropped_call(name: &str) -> bool {
    name.starts_with("llvm.lifetime.")
        || name.starts_with("llvm.dbg.")
        || name.starts_with("llvm.assume")
        || name.starts_with("llvm.experimental.noalias")
}

/// The name of `v` if it is a local (`%name`).
pub(crate) fn local(v: &Value) -> Option<&str> {
    match &v.kind {
        ValueKind::Local(n) => Some(n),
        _ => None,
    }
}

/// The locals an instruction reads, in operand order.
pub(crate) fn operands(op: &Op) -> Vec<&Value> {
    match op {
        Op::Binary { lhs, rhs, .. } | Op::ICmp { lhs, rhs, .. } | Op::FCmp { lhs, rhs, .. } => {
            vec![lhs, rhs]
        }
        Op::FNeg { value } | Op::Cast { value, .. } | Op::Freeze { value } => vec![value],
        Op::Select {
            cond,
            then,
            otherwise,
        } => vec![cond, then, otherwise],
        Op::Phi { incoming, .. } => incoming.iter().map(|(v, _)| v).collect(),
        Op::Alloca { count, .. } => count.iter().collect(),
        Op::Load { ptr, .. } => vec![ptr],
        Op::Store { value, ptr, .. } => vec![value, ptr],
        Op::Gep { base, indices, .. } => std::iter::once(base).chain(indices.iter()).collect(),
        Op::Call { args, callee, .. } => {
            let mut v: Vec<&Value> = args.iter().collect();
            if let Callee::Indirect(p) = callee {
                v.push(p);
            }
            v
        }
        Op::ExtractValue { agg, .. } => vec![agg],
        Op::InsertValue { agg, value, .. } => vec![agg, value],
    }
}

/// The locals a terminator reads (`counted` drops a counted loop latch's condition).
pub(crate) fn term_operands(t: &Terminator, counted: bool) -> Vec<&Value> {
    match t {
        Terminator::Ret(Some(v)) => vec![v],
        Terminator::CondBr { cond, .. } if !counted => vec![cond],
        Terminator::Switch { value, .. } => vec![value],
        _ => vec![],
    }
}

/// Whether an instruction must run even if its result is unused.
pub(crate) fn has_side_effects(op: &Op) -> bool {
    match op {
        Op::Alloca { count, .. } => is_dynamic(count),
        Op::Store { .. } => true,
        Op::Call {
            callee: Callee::Direct(n),
            ..
        } => !pure_call(n) && !dropped_call(n),
        Op::Call { .. } => true,
        _ => false,
    }
}

/// Whether a value of type `t` fits one variable.
pub(crate) fn is_scalar(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(_) | Type::Float | Type::Double | Type::Half | Type::Ptr
    )
}
