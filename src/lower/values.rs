//! Value representation: which SSA values are dead, which are inlined as reporter
//! expressions at their single use, which live in variables, and which phis share a
//! variable with their incoming values (so the phi copy disappears).

use std::collections::{HashMap, HashSet};

use super::cfg::Cfg;
use crate::llvm::{Callee, Function, Op, Terminator, Type, Value, ValueKind};

/// Where an instruction sits: block index and instruction index (`usize::MAX` for the
/// terminator position).
pub type Pos = (usize, usize);

/// How one SSA value is represented in Scratch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// Never used; its instruction is dropped (if it has no side effects).
    Dead,
    /// Evaluated as a reporter expression where it is used.
    Inline,
    /// Stored in the variable of this coalescing class.
    Var(usize),
}

/// The analysis results for one function.
#[derive(Debug, Clone, Default)]
pub struct Values {
    /// Definition position of each local (parameters are absent).
    pub def: HashMap<String, Pos>,
    /// Representation of each instruction result.
    pub repr: HashMap<String, Repr>,
    /// Number of variable classes (`Repr::Var(k)` has `k < classes`).
    pub classes: usize,
    /// Allocas promoted to plain variables (their only uses are loads and stores).
    pub promoted: HashSet<String>,
    /// Instructions that must be emitted (live: side effects or used by live code).
    pub live: HashSet<Pos>,
    /// Variable classes live on entry to each block.
    pub live_in_classes: Vec<HashSet<usize>>,
    /// i64 values kept as two 32-bit words (lo, hi): loaded from memory and only stored,
    /// passed through phis, truncated or shifted right by 32 (struct copies at -O2).
    pub pairs: HashSet<String>,
}

/// Whether a call has no side effects (pure intrinsics that become reporters).
pub fn pure_call(name: &str) -> bool {
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
pub fn dropped_call(name: &str) -> bool {
    name.starts_with("llvm.lifetime.")
        || name.starts_with("llvm.dbg.")
        || name.starts_with("llvm.assume")
        || name.starts_with("llvm.experimental.noalias")
}

fn local(v: &Value) -> Option<&str> {
    match &v.kind {
        ValueKind::Local(n) => Some(n),
        _ => None,
    }
}

/// The locals an instruction reads, in operand order.
pub fn operands(op: &Op) -> Vec<&Value> {
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
pub fn term_operands(t: &Terminator, counted: bool) -> Vec<&Value> {
    match t {
        Terminator::Ret(Some(v)) => vec![v],
        Terminator::CondBr { cond, .. } if !counted => vec![cond],
        Terminator::Switch { value, .. } => vec![value],
        _ => vec![],
    }
}

fn has_side_effects(op: &Op) -> bool {
    match op {
        Op::Alloca { count, .. } => super::func::is_dynamic(count),
        Op::Store { .. } => true,
        Op::Call {
            callee: Callee::Direct(n),
            ..
        } => !pure_call(n) && !dropped_call(n),
        Op::Call { .. } => true,
        _ => false,
    }
}

fn is_scalar(t: &Type) -> bool {
    matches!(
        t,
        Type::Int(_) | Type::Float | Type::Double | Type::Half | Type::Ptr
    )
}

/// Analyses `f`; the latches of `counted` loops no longer test their condition (it became
/// a `repeat` count computed in the preheader).
/// `remat_loads`: a load used several times within one statement (TurboWarp) is read again
/// at each use instead of being stored in a variable (a variable write costs more there than
/// a list read).
pub fn analyse(
    f: &Function,
    cfg: &Cfg,
    counted: &HashMap<usize, super::loops::Counted>,
    remat_loads: bool,
) -> Values {
    let counted_latches: HashSet<usize> = counted.values().map(|c| c.latch).collect();
    // trip counts: used at the end of the preheader, always kept in a variable
    let trips: Vec<(String, usize)> = counted
        .values()
        .filter_map(|c| local(&c.trip).map(|n| (n.to_string(), c.preheader)))
        .collect();
    let mut vals = Values::default();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            if let Some(r) = &ins.result {
                vals.def.insert(r.clone(), (bi, ii));
            }
        }
    }
    // promoted allocas: scalar type, only used as the address of loads/stores of that type
    let mut alloca_ok: HashMap<String, bool> = HashMap::new();
    for b in &f.blocks {
        for ins in &b.instrs {
            if let (
                Some(r),
                Op::Alloca {
                    ty, count: None, ..
                },
            ) = (&ins.result, &ins.op)
            {
                alloca_ok.insert(r.clone(), is_scalar(ty));
            }
        }
    }
    let alloca_ty: HashMap<String, Type> = f
        .blocks
        .iter()
        .flat_map(|b| b.instrs.iter())
        .filter_map(|i| match (&i.result, &i.op) {
            (Some(r), Op::Alloca { ty, .. }) => Some((r.clone(), ty.clone())),
            _ => None,
        })
        .collect();
    for b in &f.blocks {
        for ins in &b.instrs {
            match &ins.op {
                Op::Load { ty, ptr, .. } => {
                    if let Some(p) = local(ptr) {
                        if alloca_ty.get(p).is_some_and(|t| t != ty) {
                            alloca_ok.insert(p.to_string(), false);
                        }
                    }
                }
                Op::Store { value, ptr, .. } => {
                    if let Some(p) = local(value) {
                        alloca_ok.insert(p.to_string(), false).map(|_| ());
                        if !alloca_ty.contains_key(p) {
                            alloca_ok.remove(p);
                        }
                    }
                    if let Some(p) = local(ptr) {
                        if alloca_ty.get(p).is_some_and(|t| *t != value.ty) {
                            alloca_ok.insert(p.to_string(), false);
                        }
                    }
                }
                Op::Call {
                    callee: Callee::Direct(n),
                    ..
                } if dropped_call(n) => {}
                op => {
                    for v in operands(op) {
                        if let Some(p) = local(v) {
                            if alloca_ok.contains_key(p) {
                                alloca_ok.insert(p.to_string(), false);
                            }
                        }
                    }
                }
            }
        }
        for v in term_operands(&b.term, false) {
            if let Some(p) = local(v) {
                if alloca_ok.contains_key(p) {
                    alloca_ok.insert(p.to_string(), false);
                }
            }
        }
    }
    vals.promoted = alloca_ok
        .into_iter()
        .filter(|(_, ok)| *ok)
        .map(|(k, _)| k)
        .collect();
    vals.pairs = super::pairs::word_pairs(f, &vals.promoted);

    // liveness of instructions (dead code removal, cycles included)
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
            if let Some(p) = local(v).and_then(|n| vals.def.get(n)) {
                work.push(*p);
            }
        }
    }
    for (t, _) in &trips {
        if let Some(p) = vals.def.get(t) {
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        if !vals.live.insert(p) {
            continue;
        }
        let ins = &f.blocks[p.0].instrs[p.1];
        for v in operands(&ins.op) {
            if let Some(d) = local(v).and_then(|n| vals.def.get(n)) {
                if !vals.live.contains(d) {
                    work.push(*d);
                }
            }
        }
    }
    // a store to a promoted alloca whose loads are all dead is itself dead
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
        .filter(|(p, _)| vals.live.contains(p))
        .filter_map(|(_, i)| match &i.op {
            Op::Load { ptr, .. } => local(ptr),
            _ => None,
        })
        .collect();
    let dead_stores: Vec<Pos> = vals
        .live
        .iter()
        .copied()
        .filter(|&(bi, ii)| match &f.blocks[bi].instrs[ii].op {
            Op::Store { ptr, .. } => {
                local(ptr).is_some_and(|p| vals.promoted.contains(p) && !loaded.contains(p))
            }
            _ => false,
        })
        .collect();
    for p in dead_stores {
        vals.live.remove(&p);
    }

    // use counts and positions (anchors computed below)
    let mut uses: HashMap<String, Vec<(Pos, bool)>> = HashMap::new(); // (position, is_phi_use)
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            if !vals.live.contains(&(bi, ii)) {
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

    for (t, pre) in &trips {
        uses.entry(t.clone())
            .or_default()
            .push(((*pre, usize::MAX), true));
    }
    // inline decisions, last instruction first so that anchors are known
    let mut anchor: HashMap<String, Pos> = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for ii in (0..b.instrs.len()).rev() {
            let ins = &b.instrs[ii];
            let Some(r) = &ins.result else { continue };
            if !vals.live.contains(&(bi, ii)) {
                vals.repr.insert(r.clone(), Repr::Dead);
                continue;
            }
            let us = uses.get(r).cloned().unwrap_or_default();
            if let Op::Alloca { count, .. } = &ins.op {
                if !super::func::is_dynamic(count) {
                    vals.repr.insert(r.clone(), Repr::Inline);
                    continue;
                }
            }
            let inlinable_op = match &ins.op {
                Op::Phi { .. } | Op::Alloca { .. } | Op::Store { .. } | Op::Select { .. } => false,
                Op::Call {
                    callee: Callee::Direct(n),
                    ..
                } => pure_call(n),
                Op::Call { .. } => false,
                Op::Binary {
                    op:
                        op
                        @ (crate::llvm::BinOp::And | crate::llvm::BinOp::Or | crate::llvm::BinOp::Xor),
                    flags,
                    ty,
                    lhs,
                    rhs,
                } => super::select::bitwise_fast(*op, *flags, super::select::bits_of(ty), lhs, rhs),
                _ => true,
            };
            let mut inline = false;
            let anchor_of = |user: Pos, anchor: &HashMap<String, Pos>| {
                if user.1 == usize::MAX {
                    user
                } else {
                    let ures = f.blocks[bi].instrs[user.1].result.as_ref();
                    match ures.and_then(|u| anchor.get(u)) {
                        Some(a) if vals.repr.get(ures.unwrap()) == Some(&Repr::Inline) => *a,
                        _ => user,
                    }
                }
            };
            // several uses, all inside one statement: a load may be read again at each
            let remat = remat_loads
                && matches!(ins.op, Op::Load { .. })
                && (2..=4).contains(&us.len())
                && us.iter().all(|(p, phi)| !phi && p.0 == bi)
                && us
                    .iter()
                    .all(|(p, _)| anchor_of(*p, &anchor) == anchor_of(us[0].0, &anchor));
            if inlinable_op && (us.len() == 1 || remat) && !us[0].1 && us[0].0 .0 == bi {
                let user_anchor = anchor_of(us[0].0, &anchor);
                inline = match &ins.op {
                    Op::Load { ptr, .. } => {
                        let promoted = local(ptr).filter(|p| vals.promoted.contains(*p));
                        let end = user_anchor.1.min(b.instrs.len());
                        !(ii + 1..end).any(|k| {
                            vals.live.contains(&(bi, k))
                                && match &b.instrs[k].op {
                                    Op::Store { ptr: sp, .. } => match promoted {
                                        Some(p) => local(sp) == Some(p),
                                        None => {
                                            !local(sp).is_some_and(|x| vals.promoted.contains(x))
                                        }
                                    },
                                    Op::Call {
                                        callee: Callee::Direct(n),
                                        ..
                                    } => {
                                        !pure_call(n)
                                            && !dropped_call(n)
                                            && !n.starts_with("sb3_out")
                                    }
                                    Op::Call { .. } => true,
                                    _ => false,
                                }
                        })
                    }
                    _ => true,
                };
                if inline {
                    anchor.insert(r.clone(), user_anchor);
                }
            }
            vals.repr.insert(
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

    // liveness of variable values (uses at anchors), block level
    let n = f.blocks.len();
    let is_var = |name: &str, vals: &Values| matches!(vals.repr.get(name), Some(Repr::Var(_)));
    // effective uses: name -> positions (after following inline chains)
    let mut eff_uses: HashMap<String, Vec<Pos>> = HashMap::new();
    for (name, us) in &uses {
        for (pos, is_phi) in us {
            let p = if *is_phi {
                *pos
            } else if pos.1 == usize::MAX {
                *pos
            } else {
                let user = f.blocks[pos.0].instrs[pos.1].result.as_ref();
                match user {
                    Some(u) if vals.repr.get(u) == Some(&Repr::Inline) => {
                        anchor.get(u).copied().unwrap_or(*pos)
                    }
                    _ => *pos,
                }
            };
            eff_uses.entry(name.clone()).or_default().push(p);
        }
    }
    let var_names: Vec<String> = vals
        .repr
        .iter()
        .filter(|(k, _)| is_var(k, &vals))
        .map(|(k, _)| k.clone())
        .collect();
    let idx: HashMap<&str, usize> = var_names
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let nv = var_names.len();
    // upward-exposed uses and defs per block
    let mut gen = vec![vec![false; nv]; n];
    let mut kill = vec![vec![false; nv]; n];
    for (name, ps) in &eff_uses {
        if let Some(&k) = idx.get(name.as_str()) {
            let d = vals.def[name];
            for p in ps {
                if !(p.0 == d.0 && p.1 > d.1) {
                    gen[p.0][k] = true;
                }
            }
        }
    }
    for (k, name) in var_names.iter().enumerate() {
        kill[vals.def[name].0][k] = true;
    }
    // values read by phis of successors, per predecessor block
    let mut phi_out = vec![vec![false; nv]; n];
    for (name, us) in &uses {
        if let Some(&k) = idx.get(name.as_str()) {
            for (p, is_phi) in us {
                if *is_phi {
                    phi_out[p.0][k] = true;
                }
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
    // a is live just after position p (inside block p.0)?
    let live_after = |a: usize, p: Pos| -> bool {
        let name = &var_names[a];
        let d = vals.def[name];
        if d.0 == p.0 && d.1 > p.1 {
            return false; // defined later in the same block (not yet live)
        }
        if d.0 != p.0 && !live_in[p.0][a] {
            // not live into the block: live after p only if defined before p in it (no)
            return false;
        }
        live_out[p.0][a] || eff_uses[name].iter().any(|u| u.0 == p.0 && u.1 > p.1)
    };
    let phi_pos = |name: &str| -> bool {
        matches!(
            f.blocks[vals.def[name].0].instrs[vals.def[name].1].op,
            Op::Phi { .. }
        )
    };
    let interferes = |a: usize, b: usize| -> bool {
        let (da, db) = (vals.def[&var_names[a]], vals.def[&var_names[b]]);
        let (pa, pb) = (phi_pos(&var_names[a]), phi_pos(&var_names[b]));
        if pa && pb && da.0 == db.0 {
            return true;
        }
        // live at the other's definition (phis are defined at block start)
        let at = |x: usize, d: Pos, is_phi: bool| -> bool {
            if is_phi {
                live_in[d.0][x]
            } else {
                live_after(x, d)
            }
        };
        at(a, db, pb) || at(b, da, pa)
    };
    // union-find coalescing over phis
    let mut parent: Vec<usize> = (0..nv).collect();
    fn find(p: &mut Vec<usize>, x: usize) -> usize {
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
    let mut members: Vec<Vec<usize>> = (0..nv).map(|k| vec![k]).collect();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            let (Some(r), Op::Phi { incoming, .. }) = (&ins.result, &ins.op) else {
                continue;
            };
            let Some(&x) = idx.get(r.as_str()) else {
                continue;
            };
            if !vals.live.contains(&(bi, ii)) {
                continue;
            }
            for (v, _) in incoming {
                let Some(&y) = local(v).and_then(|n| idx.get(n)) else {
                    continue;
                };
                let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
                if rx == ry {
                    continue;
                }
                let clash = members[rx]
                    .iter()
                    .any(|&a| members[ry].iter().any(|&b| interferes(a, b)));
                if !clash {
                    parent[ry] = rx;
                    let m = std::mem::take(&mut members[ry]);
                    members[rx].extend(m);
                }
            }
        }
    }
    let mut class_of: HashMap<usize, usize> = HashMap::new();
    for (k, name) in var_names.iter().enumerate() {
        let r = find(&mut parent, k);
        let next = class_of.len();
        let c = *class_of.entry(r).or_insert(next);
        vals.repr.insert(name.clone(), Repr::Var(c));
    }
    vals.classes = class_of.len();
    vals.live_in_classes = live_in
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|(_, l)| **l)
                .filter_map(|(k, _)| match vals.repr.get(&var_names[k]) {
                    Some(Repr::Var(c)) => Some(*c),
                    _ => None,
                })
                .collect()
        })
        .collect();
    vals
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOT: &str = r#"
define float @dot(ptr %a, ptr %b, i32 %n) {
entry:
  br label %body
body:
  %j = phi i32 [ 0, %entry ], [ %inc, %body ]
  %s = phi float [ 0.0, %entry ], [ %add, %body ]
  %pa = getelementptr float, ptr %a, i32 %j
  %x = load float, ptr %pa
  %pb = getelementptr float, ptr %b, i32 %j
  %y = load float, ptr %pb
  %m = fmul float %x, %y
  %add = fadd float %s, %m
  %inc = add nsw i32 %j, 1
  %c = icmp eq i32 %inc, %n
  br i1 %c, label %exit, label %body
exit:
  ret float %add
}
"#;

    fn analysed(text: &str) -> (Function, Values) {
        let m = crate::llvm::parse_module(text).unwrap();
        let f = m.functions[0].clone();
        let cfg = Cfg::new(&f).unwrap();
        let v = analyse(&f, &cfg, &HashMap::new(), false);
        (f, v)
    }

    #[test]
    fn single_use_values_are_inlined_and_phis_coalesced() {
        let (_, v) = analysed(DOT);
        for name in ["pa", "x", "pb", "y", "m", "c"] {
            assert_eq!(v.repr[name], Repr::Inline, "{name}");
        }
        // the accumulator and its update share one variable: `change s by (x * y)`
        assert_eq!(v.repr["s"], v.repr["add"]);
        assert!(matches!(v.repr["s"], Repr::Var(_)));
        // the counter's other uses (the address reporters) are anchored at %add, before %inc
        // is defined, so j and inc share a variable too: `change j by 1`
        assert_eq!(v.repr["j"], v.repr["inc"]);
    }

    #[test]
    fn interfering_values_keep_separate_variables() {
        // %j is still needed after %inc is computed (used by the store), so no coalescing
        let (_, v) = analysed(
            r#"
define void @f(ptr %p, i32 %n) {
entry:
  br label %body
body:
  %j = phi i32 [ 0, %entry ], [ %inc, %body ]
  %inc = add nsw i32 %j, 1
  %q = getelementptr i32, ptr %p, i32 %inc
  store i32 %j, ptr %q
  %c = icmp eq i32 %inc, %n
  br i1 %c, label %exit, label %body
exit:
  ret void
}
"#,
        );
        assert_ne!(v.repr["j"], v.repr["inc"]);
    }

    #[test]
    fn loads_are_not_moved_past_stores() {
        let (_, v) = analysed(
            r#"
define i32 @f(ptr %p) {
entry:
  %x = load i32, ptr %p
  store i32 7, ptr %p
  %y = add i32 %x, 1
  ret i32 %y
}
"#,
        );
        assert!(matches!(v.repr["x"], Repr::Var(_)));
    }
}
