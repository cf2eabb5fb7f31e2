//! Loop rewrites on a copy of the IR, before structuring:
//! - strength reduction: an address `gep T, base, iv` inside a loop becomes its own
//!   pointer induction variable (`q = phi [base + init, pre], [q + step, latch]`), so a load
//!   is `item (q) of memory` and the increment is one `change q by step`;
//! - counted loops: a loop whose only exit is `iv.next ==/!= n` at the latch, with a
//!   constant step of ±1, runs `(n - init) * step` times, known at loop entry, and becomes
//!   a `repeat` (its exit test and often the induction variable itself become dead).

use std::collections::HashMap;

use super::cfg::Cfg;
use super::ops::local;
use crate::llvm::{
    ArithFlags, BinOp, Constant, Function, Instr, IntPred, Loc, Module, Op, Terminator, Type,
    Value, ValueKind,
};

/// A loop that runs a number of times known at its entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Counted {
    /// The latch block (whose conditional branch is replaced by the count).
    pub(crate) latch: usize,
    /// The preheader block.
    pub(crate) preheader: usize,
    /// The trip count (a constant, a parameter, or an instruction in the preheader).
    pub(crate) trip: Value,
}

struct Iv {
    phi: String,
    init: Value,
    next: String,
    step: i64,
}

fn const_int(v: &Value) -> Option<i64> {
    match &v.kind {
        ValueKind::Const(Constant::Int { bits, value }) => {
            Some(super::memory::signed(*bits, *value) as i64)
        }
        _ => None,
    }
}

fn int(ty: &Type, v: i64) -> Value {
    let bits = match ty {
        Type::Int(b) => *b,
        _ => 32,
    };
    let mask = if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    Value {
        ty: ty.clone(),
        kind: ValueKind::Const(Constant::Int {
            bits,
            value: (v as i128 as u128) & mask,
        }),
    }
}

fn def_block(f: &Function) -> HashMap<String, (usize, usize)> {
    let mut m = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            if let Some(r) = &ins.result {
                m.insert(r.clone(), (bi, ii));
            }
        }
    }
    m
}

fn invariant(v: &Value, defs: &HashMap<String, (usize, usize)>, cfg: &Cfg, h: usize) -> bool {
    match local(v) {
        None => true,
        Some(n) => match defs.get(n) {
            None => true, // a parameter
            Some(&(b, _)) => !cfg.in_loop(b, h),
        },
    }
}

fn replace_uses(f: &mut Function, old: &str, new: &str) {
    let fix = |v: &mut Value| {
        if let ValueKind::Local(n) = &mut v.kind {
            if n == old {
                *n = new.to_string();
            }
        }
    };
    for b in &mut f.blocks {
        for ins in &mut b.instrs {
            visit_values(&mut ins.op, &fix);
        }
        match &mut b.term {
            Terminator::Ret(Some(v)) => fix(v),
            Terminator::CondBr { cond, .. } => fix(cond),
            Terminator::Switch { value, .. } => fix(value),
            _ => {}
        }
    }
}

fn visit_values(op: &mut Op, fix: &impl Fn(&mut Value)) {
    match op {
        Op::Binary { lhs, rhs, .. } | Op::ICmp { lhs, rhs, .. } | Op::FCmp { lhs, rhs, .. } => {
            fix(lhs);
            fix(rhs)
        }
        Op::FNeg { value } | Op::Cast { value, .. } | Op::Freeze { value } => fix(value),
        Op::Select {
            cond,
            then,
            otherwise,
        } => {
            fix(cond);
            fix(then);
            fix(otherwise)
        }
        Op::Phi { incoming, .. } => incoming.iter_mut().for_each(|(v, _)| fix(v)),
        Op::Alloca { count, .. } => count.iter_mut().for_each(fix),
        Op::Load { ptr, .. } => fix(ptr),
        Op::Store { value, ptr, .. } => {
            fix(value);
            fix(ptr)
        }
        Op::Gep { base, indices, .. } => {
            fix(base);
            indices.iter_mut().for_each(fix)
        }
        Op::Call { args, .. } => args.iter_mut().for_each(fix),
        Op::ExtractValue { agg, .. } => fix(agg),
        Op::InsertValue { agg, value, .. } => {
            fix(agg);
            fix(value)
        }
    }
}

fn ivs(
    f: &Function,
    cfg: &Cfg,
    h: usize,
    pre: usize,
    latch: usize,
    defs: &HashMap<String, (usize, usize)>,
) -> Vec<Iv> {
    let (pre_name, latch_name) = (&f.blocks[pre].name, &f.blocks[latch].name);
    let mut out = Vec::new();
    for ins in &f.blocks[h].instrs {
        let (
            Some(r),
            Op::Phi {
                incoming,
                ty: Type::Int(_),
            },
        ) = (&ins.result, &ins.op)
        else {
            continue;
        };
        if incoming.len() != 2 {
            continue;
        }
        let init = incoming
            .iter()
            .find(|(_, l)| l == pre_name)
            .map(|(v, _)| v.clone());
        let next = incoming
            .iter()
            .find(|(_, l)| l == latch_name)
            .and_then(|(v, _)| local(v).map(String::from));
        let (Some(init), Some(next)) = (init, next) else {
            continue;
        };
        let Some(&(nb, ni)) = defs.get(&next) else {
            continue;
        };
        if !cfg.in_loop(nb, h) {
            continue;
        }
        if let Op::Binary {
            op: BinOp::Add,
            lhs,
            rhs,
            ..
        } = &f.blocks[nb].instrs[ni].op
        {
            let step = if local(lhs) == Some(r) {
                const_int(rhs)
            } else if local(rhs) == Some(r) {
                const_int(lhs)
            } else {
                None
            };
            if let Some(step) = step {
                out.push(Iv {
                    phi: r.clone(),
                    init,
                    next,
                    step,
                });
            }
        }
    }
    out
}

/// One natural loop with a single latch and a single entry edge.
struct Lp<'a> {
    /// Header block.
    h: usize,
    /// The block entering the loop (preheader).
    pre: usize,
    /// The block branching back to the header.
    latch: usize,
    /// Blocks of the loop.
    body: &'a [usize],
}

/// Rewrites the loops of `f` (a copy is returned) and finds its counted loops.
pub(crate) fn prepare(m: &Module, f: &Function, cfg: &Cfg) -> (Function, HashMap<usize, Counted>) {
    let mut f = f.clone();
    let mut counted = HashMap::new();
    if !cfg.reducible {
        return (f, counted);
    }
    let mut fresh = 0usize;
    let mut headers: Vec<usize> = cfg.loops.keys().copied().collect();
    headers.sort();
    for h in headers {
        let body = &cfg.loops[&h];
        let latches: Vec<usize> = cfg.preds[h]
            .iter()
            .copied()
            .filter(|p| body.contains(p))
            .collect();
        let outside: Vec<usize> = cfg.preds[h]
            .iter()
            .copied()
            .filter(|p| !body.contains(p))
            .collect();
        if latches.len() != 1 || outside.len() != 1 {
            continue;
        }
        let lp = Lp {
            h,
            pre: outside[0],
            latch: latches[0],
            body,
        };
        let defs = def_block(&f);
        let ivs = ivs(&f, cfg, h, lp.pre, lp.latch, &defs);
        strength_reduce(m, &mut f, cfg, &lp, &ivs, &mut fresh);
        if let Some(c) = counted_loop(&mut f, cfg, &lp, &ivs, &mut fresh) {
            counted.insert(h, c);
        }
    }
    (f, counted)
}

/// Strength reduction: each address `gep T, base, iv` in a block that dominates the latch
/// becomes a pointer induction variable of its own.
fn strength_reduce(
    m: &Module,
    f: &mut Function,
    cfg: &Cfg,
    lp: &Lp,
    ivs: &[Iv],
    fresh: &mut usize,
) {
    let defs = def_block(f);
    let mut reduced: HashMap<(String, String, String), String> = HashMap::new();
    for &b in lp.body {
        if !cfg.dominates(b, lp.latch) {
            continue;
        }
        for ii in 0..f.blocks[b].instrs.len() {
            let ins = f.blocks[b].instrs[ii].clone();
            let (
                Some(r),
                Op::Gep {
                    source,
                    base,
                    indices,
                    ..
                },
            ) = (&ins.result, &ins.op)
            else {
                continue;
            };
            let (elem, idx) = match indices.as_slice() {
                [i] => (source.clone(), i),
                [z, i] if const_int(z) == Some(0) => match super::memory::resolve(m, source) {
                    Type::Array(_, e) => ((**e).clone(), i),
                    _ => continue,
                },
                _ => continue,
            };
            let Some(iv) = ivs.iter().find(|iv| local(idx) == Some(iv.phi.as_str())) else {
                continue;
            };
            if !invariant(base, &defs, cfg, lp.h) || super::memory::size_align(m, &elem).is_err() {
                continue;
            }
            let key = (format!("{base:?}"), iv.phi.clone(), format!("{elem:?}"));
            let q = match reduced.get(&key) {
                Some(q) => q.clone(),
                None => {
                    *fresh += 1;
                    let q = format!("{}.sr{fresh}", r);
                    let g = Gep {
                        elem: &elem,
                        base,
                        step_ty: &idx.ty,
                        loc: ins.loc,
                    };
                    pointer_iv(f, lp, iv, &g, &q);
                    reduced.insert(key, q.clone());
                    q
                }
            };
            replace_uses(f, r, &q);
        }
    }
}

/// The address being reduced: `gep elem, base, iv`.
struct Gep<'a> {
    elem: &'a Type,
    base: &'a Value,
    step_ty: &'a Type,
    loc: Loc,
}

/// Adds pointer induction variable `q = phi [base + init, pre], [q.next, latch]` with
/// `q.next = q + step` right after the integer induction variable's increment.
fn pointer_iv(f: &mut Function, lp: &Lp, iv: &Iv, g: &Gep, q: &str) {
    let (pre, latch, h) = (lp.pre, lp.latch, lp.h);
    let (elem, base) = (g.elem, g.base);
    let qn = format!("{q}.next");
    let q0 = match const_int(&iv.init) {
        Some(0) => base.clone(),
        _ => {
            let q0 = format!("{q}.init");
            let gep = Op::Gep {
                source: elem.clone(),
                base: base.clone(),
                indices: vec![iv.init.clone()],
                inbounds: false,
            };
            f.blocks[pre].instrs.push(Instr {
                result: Some(q0.clone()),
                op: gep,
                loc: g.loc,
            });
            Value {
                ty: Type::Ptr,
                kind: ValueKind::Local(q0),
            }
        }
    };
    let ptr_local = |n: &str| Value {
        ty: Type::Ptr,
        kind: ValueKind::Local(n.to_string()),
    };
    let phi = Op::Phi {
        ty: Type::Ptr,
        incoming: vec![
            (q0, f.blocks[pre].name.clone()),
            (ptr_local(&qn), f.blocks[latch].name.clone()),
        ],
    };
    f.blocks[h].instrs.insert(
        0,
        Instr {
            result: Some(q.to_string()),
            op: phi,
            loc: g.loc,
        },
    );
    let inc = Op::Gep {
        source: elem.clone(),
        base: ptr_local(q),
        indices: vec![int(g.step_ty, iv.step)],
        inbounds: false,
    };
    let (nb, _) = def_block(f)[&iv.next];
    let ni = f.blocks[nb]
        .instrs
        .iter()
        .position(|i| i.result.as_deref() == Some(iv.next.as_str()))
        .unwrap_or(0);
    f.blocks[nb].instrs.insert(
        ni + 1,
        Instr {
            result: Some(qn),
            op: inc,
            loc: g.loc,
        },
    );
}

/// The loop as a counted loop, if its only exit is the latch's test `iv(.next) ==/!= n`
/// with a step of ±1 and `n` invariant; the trip count is computed in the preheader.
fn counted_loop(
    f: &mut Function,
    cfg: &Cfg,
    lp: &Lp,
    ivs: &[Iv],
    fresh: &mut usize,
) -> Option<Counted> {
    let (h, latch, body) = (lp.h, lp.latch, lp.body);
    let exits_only_from_latch = body
        .iter()
        .all(|&b| b == latch || cfg.succs[b].iter().all(|s| body.contains(s)));
    if !exits_only_from_latch {
        return None;
    }
    let Terminator::CondBr {
        cond,
        then,
        otherwise,
    } = &f.blocks[latch].term
    else {
        return None;
    };
    let h_name = &f.blocks[h].name;
    let exit_on_true = if otherwise == h_name {
        true
    } else if then == h_name {
        false
    } else {
        return None;
    };
    let defs = def_block(f);
    let &(cb, ci) = local(cond).and_then(|c| defs.get(c))?;
    let Op::ICmp { pred, lhs, rhs } = &f.blocks[cb].instrs[ci].op else {
        return None;
    };
    let eq = match pred {
        IntPred::Eq => true,
        IntPred::Ne => false,
        _ => return None,
    };
    if eq != exit_on_true {
        return None;
    }
    // exit when iv.next == n (the test after the increment) or iv == n (before it)
    let found = ivs.iter().find_map(|iv| {
        for (a, b) in [(lhs, rhs), (rhs, lhs)] {
            if local(a) == Some(iv.next.as_str()) {
                return Some((iv, b, false));
            }
            if local(a) == Some(iv.phi.as_str()) {
                return Some((iv, b, true));
            }
        }
        None
    });
    let (iv, n, pre_inc) = found?;
    // without nsw/nuw, a loop that would only end after wrapping around 2^N is treated
    // as running (n - init) times: such a loop would not finish in Scratch anyway
    if !(iv.step == 1 || iv.step == -1) || !invariant(n, &defs, cfg, h) {
        return None;
    }
    let n = n.clone();
    let trip = trip_count(f, lp.pre, iv, &n, pre_inc, &defs, fresh);
    Some(Counted {
        latch,
        preheader: lp.pre,
        trip,
    })
}

/// The trip count of a counted loop: a constant, `n` itself, or `n - init` (plus one when
/// the test comes before the increment) computed at the end of the preheader.
fn trip_count(
    f: &mut Function,
    pre: usize,
    iv: &Iv,
    n: &Value,
    pre_inc: bool,
    defs: &HashMap<String, (usize, usize)>,
    fresh: &mut usize,
) -> Value {
    let extra = if pre_inc { 1 } else { 0 };
    let ty = iv.init.ty.clone();
    match (const_int(n), const_int(&iv.init)) {
        (Some(nv), Some(iv0)) => int(&ty, (nv - iv0) * iv.step + extra),
        (_, Some(0))
            if iv.step == 1
                && extra == 0
                && (local(n).is_none() || !defs.contains_key(local(n).unwrap_or(""))) =>
        {
            n.clone()
        }
        _ => {
            *fresh += 1;
            let name = format!("__trip{fresh}");
            let (a, b) = if iv.step == 1 {
                (n.clone(), iv.init.clone())
            } else {
                (iv.init.clone(), n.clone())
            };
            let op = Op::Binary {
                op: BinOp::Sub,
                flags: ArithFlags {
                    nsw: true,
                    ..Default::default()
                },
                ty: ty.clone(),
                lhs: a,
                rhs: b,
            };
            f.blocks[pre].instrs.push(Instr {
                result: Some(name.clone()),
                op,
                loc: Loc::default(),
            });
            let mut trip = Value {
                ty: ty.clone(),
                kind: ValueKind::Local(name),
            };
            if extra == 1 {
                let name2 = format!("__trip{fresh}.plus1");
                let op = Op::Binary {
                    op: BinOp::Add,
                    flags: ArithFlags {
                        nsw: true,
                        ..Default::default()
                    },
                    ty: ty.clone(),
                    lhs: trip,
                    rhs: int(&ty, 1),
                };
                f.blocks[pre].instrs.push(Instr {
                    result: Some(name2.clone()),
                    op,
                    loc: Loc::default(),
                });
                trip = Value {
                    ty: ty.clone(),
                    kind: ValueKind::Local(name2),
                };
            }
            trip
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_product_becomes_counted_with_pointer_induction_variables() {
        let m = crate::llvm::parse_module(crate::lower::test_ir::DOT).unwrap();
        let f = &m.functions[0];
        let cfg = Cfg::new(f).unwrap();
        let (g, counted) = prepare(&m, f, &cfg);
        let c = &counted[&1];
        assert_eq!(c.latch, 1);
        assert_eq!(c.trip.kind, ValueKind::Local("n".into()));
        // both loads now read new pointer phis in the header
        let phis = g.blocks[1]
            .instrs
            .iter()
            .filter(|i| matches!(i.op, Op::Phi { ty: Type::Ptr, .. }))
            .count();
        assert_eq!(phis, 2);
        let loads_from_phis = g.blocks[1].instrs.iter().all(|i| match &i.op {
            Op::Load { ptr, .. } => local(ptr).is_some_and(|p| p.contains(".sr")),
            _ => true,
        });
        assert!(loads_from_phis);
    }

    #[test]
    fn early_exit_loop_is_not_counted() {
        let text = r#"
define i32 @find(ptr %a, i32 %n) {
entry:
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %inc, %next ]
  %p = getelementptr i32, ptr %a, i32 %i
  %x = load i32, ptr %p
  %z = icmp eq i32 %x, 0
  br i1 %z, label %found, label %next
next:
  %inc = add nsw i32 %i, 1
  %c = icmp eq i32 %inc, %n
  br i1 %c, label %exit, label %body
found:
  ret i32 %i
exit:
  ret i32 -1
}
"#;
        let m = crate::llvm::parse_module(text).unwrap();
        let cfg = Cfg::new(&m.functions[0]).unwrap();
        let (_, counted) = prepare(&m, &m.functions[0], &cfg);
        assert!(counted.is_empty());
    }
}
