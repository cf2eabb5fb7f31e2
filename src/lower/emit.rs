//! Structured tree → Scratch statements.
//!
//! Loops become `repeat (n)` when counted ([`super::loops`]; a counted loop that cannot take
//! that form counts down its trip count instead, its latch test being dead), `repeat until <exit>` when
//! the exit test is at the top and costs no statements, else `repeat until <esc > 0>` with
//! an escape flag. Breaks and continues that are not plain fall-through set `esc` to the
//! label's number; code after a statement that may escape is guarded by `if <esc = 0>`;
//! the labelled block or loop that is the target clears it. Returns are `stop this script`.

use std::collections::BTreeSet;

use super::expr::*;
use super::func::FnLower;
use super::structure::Node;
use super::values::Repr;
use super::LowerError;
use crate::llvm::{Op, Terminator, Type};

mod countdown;
mod loop_forms;

type Esc = BTreeSet<usize>;

/// What falling off the end of a sequence does.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fall {
    Break(usize),
    Continue(usize),
}

/// The block a loop's fall-through breaks to, if it breaks.
fn break_target(fall: Option<Fall>) -> Option<usize> {
    match fall {
        Some(Fall::Break(y)) => Some(y),
        _ => None,
    }
}

/// Removes a trailing `stop this script` (falling off a custom block returns anyway).
pub(crate) fn strip_final_stop(body: &mut Vec<St>) {
    match body.last_mut() {
        Some(St::StopThisScript) => {
            body.pop();
        }
        Some(St::IfElse(_, a, b)) => {
            strip_final_stop(a);
            strip_final_stop(b);
        }
        Some(St::If(_, a)) => strip_final_stop(a),
        _ => {}
    }
}

/// Largest loop body (in blocks) that the bottom-test rotation writes twice.
const ROTATE_LIMIT: usize = 60;

/// Blocks in a statement list (the size measure of [`ROTATE_LIMIT`]).
fn size(stmts: &[St]) -> usize {
    stmts
        .iter()
        .map(|s| match s {
            St::Set(_, e)
            | St::Change(_, e)
            | St::Push(_, e)
            | St::Delete(_, e)
            | St::Ask(e)
            | St::SwitchCostume(e) => 1 + e.cost(),
            St::Replace(_, a, b) => 1 + a.cost() + b.cost(),
            St::DeleteAll(_) | St::StopThisScript => 1,
            St::If(c, a) | St::Repeat(c, a) | St::RepeatUntil(c, a) => 1 + c.cost() + size(a),
            St::IfElse(c, a, b) => 1 + c.cost() + size(a) + size(b),
            St::Forever(a) => 1 + size(a),
            St::Call(_, args) => 1 + args.iter().map(E::cost).sum::<usize>(),
        })
        .sum()
}

/// Whether a statement list reads or writes variable `v`.
fn touches(stmts: &[St], v: VarId) -> bool {
    stmts.iter().any(|s| match s {
        St::Set(x, e) | St::Change(x, e) => *x == v || e.reads_var(v),
        St::Replace(_, a, b) => a.reads_var(v) || b.reads_var(v),
        St::Push(_, e) | St::Delete(_, e) | St::Ask(e) | St::SwitchCostume(e) => e.reads_var(v),
        St::DeleteAll(_) | St::StopThisScript => false,
        St::If(c, a) | St::Repeat(c, a) | St::RepeatUntil(c, a) => c.reads_var(v) || touches(a, v),
        St::IfElse(c, a, b) => c.reads_var(v) || touches(a, v) || touches(b, v),
        St::Forever(a) => touches(a, v),
        St::Call(_, args) => args.iter().any(|e| e.reads_var(v)),
    })
}

/// `set v to e`, as `change v by x` when `e` is `v + x`; nothing when `e` is `v`.
pub(crate) fn set(v: VarId, e: E) -> Option<St> {
    match &e {
        E::Var(x) if *x == v => None,
        E::Bin(Arith::Add, a, b) if **a == E::Var(v) && !b.is_bool() => {
            Some(St::Change(v, (**b).clone()))
        }
        E::Bin(Arith::Add, a, b) if **b == E::Var(v) && !a.is_bool() => {
            Some(St::Change(v, (**a).clone()))
        }
        E::Bin(Arith::Sub, a, b) if **a == E::Var(v) && b.as_num().is_some() => {
            Some(St::Change(v, E::Num(-b.as_num().unwrap_or(0.0))))
        }
        _ => Some(St::Set(v, e)),
    }
}

fn subst(e: &E, from: VarId, to: VarId) -> E {
    match e {
        E::Var(x) if *x == from => E::Var(to),
        E::Item(l, i) => E::Item(*l, Box::new(subst(i, from, to))),
        E::Math(f, a) => E::Math(*f, Box::new(subst(a, from, to))),
        E::Not(a) => E::Not(Box::new(subst(a, from, to))),
        E::Bin(o, a, b) => E::Bin(
            *o,
            Box::new(subst(a, from, to)),
            Box::new(subst(b, from, to)),
        ),
        E::Cmp(o, a, b) => E::Cmp(
            *o,
            Box::new(subst(a, from, to)),
            Box::new(subst(b, from, to)),
        ),
        E::And(a, b) => E::And(Box::new(subst(a, from, to)), Box::new(subst(b, from, to))),
        E::Or(a, b) => E::Or(Box::new(subst(a, from, to)), Box::new(subst(b, from, to))),
        E::LetterOf(a, b) => {
            E::LetterOf(Box::new(subst(a, from, to)), Box::new(subst(b, from, to)))
        }
        E::Join(a, b) => E::Join(Box::new(subst(a, from, to)), Box::new(subst(b, from, to))),
        E::LengthOf(a) => E::LengthOf(Box::new(subst(a, from, to))),
        E::ItemNum(l, a) => E::ItemNum(*l, Box::new(subst(a, from, to))),
        other => other.clone(),
    }
}

/// Sequentializes a parallel copy `dst_i := src_i` (all sources read before any write).
pub(crate) fn parallel_copy(mut pairs: Vec<(VarId, E)>, temp: VarId) -> Vec<St> {
    pairs.retain(|(d, s)| *s != E::Var(*d));
    let mut out = Vec::new();
    while !pairs.is_empty() {
        let ready = (0..pairs.len()).find(|&i| {
            !pairs
                .iter()
                .enumerate()
                .any(|(j, (_, s))| j != i && s.reads_var(pairs[i].0))
        });
        match ready {
            Some(i) => {
                let (d, s) = pairs.remove(i);
                out.extend(set(d, s));
            }
            None => {
                let d = pairs[0].0;
                out.push(St::Set(temp, E::Var(d)));
                for (_, s) in pairs.iter_mut() {
                    *s = subst(s, d, temp);
                }
            }
        }
    }
    out
}

impl FnLower<'_, '_> {
    fn label_id(&self, y: usize) -> usize {
        y + 1
    }

    fn cont_id(&self, h: usize) -> usize {
        self.f.blocks.len() + h + 1
    }

    fn esc_is(&mut self, id: usize) -> E {
        self.esc_used = true;
        cmp(Cmp::Eq, E::Var(self.esc), E::Num(id as f64))
    }

    fn reset(&mut self, id: usize, esc: &mut Esc, out: &mut Vec<St>) {
        if esc.remove(&id) {
            if esc.is_empty() {
                out.push(St::Set(self.esc, E::Num(0.0)));
            } else {
                let c = self.esc_is(id);
                out.push(St::If(c, vec![St::Set(self.esc, E::Num(0.0))]));
            }
        }
    }

    /// Lowers a function's structured tree.
    pub(crate) fn lower_tree(&mut self, tree: &[Node]) -> Result<Vec<St>, LowerError> {
        let (stmts, _) = self.seq(tree, None)?;
        Ok(stmts)
    }

    fn seq(&mut self, nodes: &[Node], fall: Option<Fall>) -> Result<(Vec<St>, Esc), LowerError> {
        let mut out = Vec::new();
        let mut esc = Esc::new();
        for (i, n) in nodes.iter().enumerate() {
            let last = i + 1 == nodes.len();
            let (s, e) = self.node(n, if last { fall } else { None })?;
            out.extend(s);
            if !e.is_empty() && !last {
                esc.extend(e);
                let (rest, e2) = self.seq(&nodes[i + 1..], fall)?;
                if !rest.is_empty() {
                    let c = cmp(Cmp::Eq, E::Var(self.esc), E::Num(0.0));
                    out.push(St::If(c, rest));
                }
                esc.extend(e2);
                return Ok((out, esc));
            }
            esc.extend(e);
        }
        Ok((out, esc))
    }

    fn node(&mut self, n: &Node, fall: Option<Fall>) -> Result<(Vec<St>, Esc), LowerError> {
        Ok(match n {
            Node::Code(b) => (self.code(*b)?, Esc::new()),
            Node::Copies(x, y) => (self.copies(*x, *y)?, Esc::new()),
            Node::If { block, then, els } => {
                let Terminator::CondBr { cond, .. } = self.f.blocks[*block].term.clone() else {
                    return Err(self.err(
                        *block,
                        self.f.blocks[*block].term_loc,
                        "internal: if without a conditional branch",
                    ));
                };
                // a counted loop's latch outside `repeat (n)`: its condition is dead, the
                // loop's countdown decides instead
                let mut pre = Vec::new();
                let c = match self.latch_count.get(block).copied() {
                    Some((left, exit_on_true)) => {
                        pre.push(St::Change(left, E::Num(-1.0)));
                        let done = cmp(Cmp::Eq, E::Var(left), E::Num(0.0));
                        if exit_on_true {
                            done
                        } else {
                            not(done)
                        }
                    }
                    None => self.cond(&cond)?,
                };
                let (t, mut e1) = self.seq(then, fall)?;
                let (f, e2) = self.seq(els, fall)?;
                e1.extend(e2);
                let mut s = pre;
                s.extend(match (const_bool(&c), t.is_empty(), f.is_empty()) {
                    (Some(true), _, _) => t,
                    (Some(false), _, _) => f,
                    (_, true, true) => vec![],
                    (_, false, true) => vec![St::If(c, t)],
                    (_, true, false) => vec![St::If(not(c), f)],
                    _ => vec![St::IfElse(c, t, f)],
                });
                (s, e1)
            }
            Node::Switch {
                block,
                arms,
                default,
            } => {
                let Terminator::Switch { value, cases, .. } = self.f.blocks[*block].term.clone()
                else {
                    return Err(self.err(
                        *block,
                        self.f.blocks[*block].term_loc,
                        "internal: switch expected",
                    ));
                };
                let v = self.num(&value)?;
                let mut esc = Esc::new();
                let (mut acc, e) = self.seq(default, fall)?;
                esc.extend(e);
                for (ks, code) in arms.iter().rev() {
                    let mut c: Option<E> = None;
                    for &k in ks {
                        let cv = super::memory::const_value(self.ctx.m, &self.ctx.lay, &cases[k].0)
                            .map_err(|m| self.err(*block, self.f.blocks[*block].term_loc, m))?;
                        let t = cmp(Cmp::Eq, v.clone(), E::Num(cv));
                        c = Some(match c {
                            None => t,
                            Some(p) => or(p, t),
                        });
                    }
                    let (s, e) = self.seq(code, fall)?;
                    esc.extend(e);
                    let c = c.unwrap_or_else(|| num_to_bool(E::Num(0.0)));
                    acc = if acc.is_empty() {
                        vec![St::If(c, s)]
                    } else {
                        vec![St::IfElse(c, s, acc)]
                    };
                }
                (acc, esc)
            }
            Node::Labeled(y, body) => {
                let (mut s, mut e) = self.seq(body, Some(Fall::Break(*y)))?;
                let id = self.label_id(*y);
                self.reset(id, &mut e, &mut s);
                (s, e)
            }
            Node::Loop(h, body) => self.lower_loop(*h, body, fall)?,
            Node::Break(y) => {
                if fall == Some(Fall::Break(*y)) {
                    (vec![], Esc::new())
                } else {
                    self.esc_used = true;
                    let id = self.label_id(*y);
                    (
                        vec![St::Set(self.esc, E::Num(id as f64))],
                        [id].into_iter().collect(),
                    )
                }
            }
            Node::Continue(h) => {
                if fall == Some(Fall::Continue(*h)) {
                    (vec![], Esc::new())
                } else {
                    self.esc_used = true;
                    let id = self.cont_id(*h);
                    (
                        vec![St::Set(self.esc, E::Num(id as f64))],
                        [id].into_iter().collect(),
                    )
                }
            }
            Node::Return(b) => (self.ret(*b)?, Esc::new()),
            Node::Unreachable => (vec![St::StopThisScript], Esc::new()),
        })
    }

    fn ret(&mut self, b: usize) -> Result<Vec<St>, LowerError> {
        let mut out = Vec::new();
        if let Terminator::Ret(Some(v)) = self.f.blocks[b].term.clone() {
            let e = self.num(&v)?;
            let rv = self.ctx.ret_var[&self.f.name];
            out.extend(set(rv, e));
        }
        if self.recursive && self.frame_words > 0.0 {
            out.push(St::Change(self.ctx.sp, E::Num(self.frame_words)));
        }
        if let Some(v) = self.saved_sp {
            out.push(St::Set(self.ctx.sp, E::Var(v)));
        }
        out.push(St::StopThisScript);
        Ok(out)
    }

    /// The phi copies of edge `x -> y`.
    pub(crate) fn copies(&mut self, x: usize, y: usize) -> Result<Vec<St>, LowerError> {
        let xname = self.f.blocks[x].name.clone();
        let mut pairs = Vec::new();
        for ii in 0..self.f.blocks[y].instrs.len() {
            let ins = self.f.blocks[y].instrs[ii].clone();
            let (Some(r), Op::Phi { incoming, ty }) = (&ins.result, &ins.op) else {
                continue;
            };
            if !self.vals.live.contains(&(y, ii)) {
                continue;
            }
            let Some(dst) = self.var_of(r) else { continue };
            let Some((v, _)) = incoming.iter().find(|(_, l)| *l == xname) else {
                return Err(self.err(
                    y,
                    ins.loc,
                    format!("phi has no value for predecessor %{xname}"),
                ));
            };
            if self.vals.pairs.contains(r) {
                let (lo, hi) = self.val_pair(v)?.unwrap_or((E::Num(0.0), E::Num(0.0)));
                let c = match self.vals.repr.get(r) {
                    Some(Repr::Var(c)) => *c,
                    _ => continue,
                };
                pairs.push((dst, lo));
                if let Some(&h) = self.class_hi.get(&c) {
                    pairs.push((h, hi));
                }
                continue;
            }
            let mut src = self.val(v)?;
            if *ty == Type::Int(1) {
                src = bool_to_num(src);
            }
            pairs.push((dst, src));
        }
        let t = self.temp(0);
        Ok(parallel_copy(pairs, t))
    }

    /// The statements of block `b`'s live, non-inlined instructions.
    pub(crate) fn code(&mut self, b: usize) -> Result<Vec<St>, LowerError> {
        let mut out = Vec::new();
        for ii in 0..self.f.blocks[b].instrs.len() {
            if !self.vals.live.contains(&(b, ii)) {
                continue;
            }
            let ins = self.f.blocks[b].instrs[ii].clone();
            match &ins.op {
                Op::Alloca {
                    ty, count: Some(n), ..
                } if super::ops::is_dynamic(&Some(n.clone())) => {
                    // variable-length array: below `sp`, 16-byte aligned
                    let size = super::memory::size_align(self.ctx.m, ty)
                        .map_err(|e| self.err(b, ins.loc, e))?
                        .0 as f64;
                    let words = mul(
                        math(
                            MathFn::Ceiling,
                            div(mul(self.num(n)?, E::Num(size)), E::Num(16.0)),
                        ),
                        E::Num(4.0),
                    );
                    let sp = self.ctx.sp;
                    out.push(St::Change(sp, sub(E::Num(0.0), words)));
                    if let Some(v) = ins.result.as_ref().and_then(|r| self.var_of(r)) {
                        out.push(St::Set(v, E::Var(sp)));
                    }
                }
                Op::Phi { .. } | Op::Alloca { .. } => {}
                Op::Store { value, ptr, align } => {
                    self.store(b, &ins, value, ptr, *align, &mut out)?
                }
                Op::Call { .. } => self.call(b, ii, &mut out)?,
                Op::Select {
                    cond,
                    then,
                    otherwise,
                } => {
                    let Some(r) = &ins.result else { continue };
                    let Some(v) = self.var_of(r) else { continue };
                    let (t, o) = (self.num(then)?, self.num(otherwise)?);
                    if let (Some(x), Some(y)) = (t.as_num(), o.as_num()) {
                        let c = self.num(cond)?;
                        out.extend(set(v, add(E::Num(y), mul(c, E::Num(x - y)))));
                    } else {
                        let c = self.cond(cond)?;
                        let a: Vec<St> = set(v, t).into_iter().collect();
                        let bb: Vec<St> = set(v, o).into_iter().collect();
                        out.push(match (a.is_empty(), bb.is_empty()) {
                            (true, _) => St::If(not(c), bb),
                            (_, true) => St::If(c, a),
                            _ => St::IfElse(c, a, bb),
                        });
                    }
                }
                Op::Binary {
                    op:
                        op
                        @ (crate::llvm::BinOp::And | crate::llvm::BinOp::Or | crate::llvm::BinOp::Xor),
                    flags,
                    ty,
                    lhs,
                    rhs,
                } if !super::int_forms::bitwise_fast(
                    *op,
                    *flags,
                    super::int_forms::bits_of(ty),
                    lhs,
                    rhs,
                ) =>
                {
                    let Some(r) = &ins.result else { continue };
                    let Some(v) = self.var_of(r) else { continue };
                    let bits = super::int_forms::bits_of(ty);
                    if bits > 32 {
                        return Err(self.err(
                            b,
                            ins.loc,
                            format!(
                                "{op:?} on i{bits} is not supported (64-bit bitwise operations)"
                            ),
                        ));
                    }
                    let (x, y) = (self.num(lhs)?, self.num(rhs)?);
                    let code = match op {
                        crate::llvm::BinOp::And => 1.0,
                        crate::llvm::BinOp::Or => 2.0,
                        _ => 3.0,
                    };
                    let (helper, result) = super::runtime::bitwise(self.ctx);
                    out.push(St::Call(
                        helper,
                        vec![x, y, E::Num(code), E::Num(bits as f64)],
                    ));
                    out.extend(set(v, super::int_forms::wrap(bits, E::Var(result))));
                }
                Op::Load { ptr, .. }
                    if ins
                        .result
                        .as_ref()
                        .is_some_and(|r| self.vals.pairs.contains(r)) =>
                {
                    let r = ins.result.clone().unwrap_or_default();
                    if let Some(Repr::Var(c)) = self.vals.repr.get(&r).copied() {
                        let p = self.val(ptr)?;
                        let lo = self.class_var[c];
                        out.push(St::Set(lo, item(self.ctx.mem, p.clone())));
                        if let Some(&h) = self.class_hi.get(&c) {
                            out.push(St::Set(h, item(self.ctx.mem, add(p, E::Num(1.0)))));
                        }
                    }
                }
                _ => {
                    let Some(r) = &ins.result else { continue };
                    if let Some(Repr::Var(_)) = self.vals.repr.get(r) {
                        let v = self.var_of(r).unwrap_or(self.esc);
                        let e = bool_to_num(self.inst_expr(b, ii)?);
                        out.extend(set(v, e));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The fallback for irreducible control flow: a state machine in a `forever` loop.
    pub(crate) fn lower_dispatch(&mut self) -> Result<Vec<St>, LowerError> {
        let state = self.esc;
        let mut chain: Vec<St> = Vec::new();
        for &b in self.cfg.rpo.clone().iter().rev() {
            let mut s = self.code(b)?;
            let term = self.f.blocks[b].term.clone();
            let goto = |me: &mut Self, t: &str| -> Result<Vec<St>, LowerError> {
                let y = me.block_index[t];
                let mut v = me.copies(b, y)?;
                v.push(St::Set(state, E::Num(y as f64 + 1.0)));
                Ok(v)
            };
            match &term {
                Terminator::Ret(_) => s.extend(self.ret(b)?),
                Terminator::Unreachable => s.push(St::StopThisScript),
                Terminator::Br(l) => s.extend(goto(self, l)?),
                Terminator::CondBr {
                    cond,
                    then,
                    otherwise,
                } => {
                    let c = self.cond(cond)?;
                    let t = goto(self, then)?;
                    let o = goto(self, otherwise)?;
                    s.push(St::IfElse(c, t, o));
                }
                Terminator::Switch {
                    value,
                    default,
                    cases,
                } => {
                    let v = self.num(value)?;
                    let mut acc = goto(self, default)?;
                    for (c, l) in cases.iter().rev() {
                        let cv = super::memory::const_value(self.ctx.m, &self.ctx.lay, c)
                            .map_err(|m| self.err(b, self.f.blocks[b].term_loc, m))?;
                        let arm = goto(self, l)?;
                        acc = vec![St::IfElse(cmp(Cmp::Eq, v.clone(), E::Num(cv)), arm, acc)];
                    }
                    s.extend(acc);
                }
            }
            let c = cmp(Cmp::Eq, E::Var(state), E::Num(b as f64 + 1.0));
            chain = if chain.is_empty() {
                vec![St::If(c, s)]
            } else {
                vec![St::IfElse(c, s, chain)]
            };
        }
        Ok(vec![St::Set(state, E::Num(1.0)), St::Forever(chain)])
    }
}
