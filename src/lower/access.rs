//! Memory access: loads and stores (words, sub-word bytes and half-words, i64 as two
//! words), and address arithmetic (`getelementptr`) in the pointer representation of
//! [`super::memory`].

use super::expr::*;
use super::func::FnLower;
use super::int_forms::{unsigned, wrap};
use super::memory::{resolve, size_align};
use super::ops::local;
use super::values::Repr;
use super::LowerError;
use crate::llvm::{Constant, Op, Type, Value, ValueKind};

impl FnLower<'_, '_> {
    /// The reporter loading a `ty` from `ptr`.
    pub(crate) fn load_expr(
        &mut self,
        ty: &Type,
        ptr: &Value,
        align: Option<u32>,
    ) -> Result<Result<E, LowerError>, String> {
        if let Some(n) = local(ptr) {
            if let Some(&v) = self.promoted_var.get(n) {
                return Ok(Ok(E::Var(v)));
            }
        }
        let p = match self.val(ptr) {
            Ok(p) => p,
            Err(e) => return Ok(Err(e)),
        };
        let mem = self.ctx.mem;
        Ok(Ok(match ty {
            Type::Int(64) => {
                // two little-endian words; exact while |value| < 2^53
                add(
                    unsigned(32, item(mem, p.clone())),
                    mul(item(mem, add(p, E::Num(1.0))), E::Num(4294967296.0)),
                )
            }
            Type::Int(32) | Type::Float | Type::Double | Type::Ptr => item(mem, p),
            Type::Int(w @ (1 | 8 | 16)) => {
                let width = if *w == 1 { 8 } else { *w };
                let aligned =
                    align.unwrap_or(1) >= 4 || p.as_num().is_some_and(|v| v.fract() == 0.0);
                let word = item(mem, p.clone());
                let raw = if aligned {
                    word
                } else {
                    let shift = item(
                        self.ctx.pow2,
                        add(mul(modulo(p, E::Num(1.0)), E::Num(32.0)), E::Num(1.0)),
                    );
                    math(MathFn::Floor, div(word, shift))
                };
                if *w == 1 {
                    modulo(raw, E::Num(2.0))
                } else {
                    wrap(width, raw)
                }
            }
            other => {
                return Err(format!(
                    "load of {other:?} is not supported (one item holds one 32-bit word)"
                ))
            }
        }))
    }

    /// The pointer a `getelementptr` computes: base plus each index times its stride / 4.
    pub(crate) fn gep(
        &mut self,
        source: &Type,
        base: &Value,
        indices: &[Value],
    ) -> Result<Result<E, LowerError>, String> {
        let m = self.ctx.m;
        let mut p = match self.val(base) {
            Ok(p) => p,
            Err(e) => return Ok(Err(e)),
        };
        let mut t = source.clone();
        for (k, idx) in indices.iter().enumerate() {
            let i = match self.num(idx) {
                Ok(i) => i,
                Err(e) => return Ok(Err(e)),
            };
            let size = if k == 0 {
                size_align(m, &t)?.0
            } else {
                match resolve(m, &t).clone() {
                    Type::Array(_, e) => {
                        t = *e;
                        size_align(m, &t)?.0
                    }
                    st @ Type::Struct { .. } => {
                        let fi = i.as_num().ok_or("struct index must be a constant")? as usize;
                        let off = super::memory::field_offset(m, &st, fi)?;
                        let Type::Struct { fields, .. } = st else {
                            unreachable!()
                        };
                        t = fields[fi].clone();
                        p = add(p, E::Num(off as f64 / 4.0));
                        continue;
                    }
                    other => return Err(format!("cannot index into {other:?}")),
                }
            };
            p = add(p, mul(i, E::Num(size as f64 / 4.0)));
        }
        Ok(Ok(p))
    }
}

impl FnLower<'_, '_> {
    /// The (low, high) words of an i64 word-pair value, or `None` if `v` is numeric.
    pub(crate) fn val_pair(&mut self, v: &Value) -> Result<Option<(E, E)>, LowerError> {
        match &v.kind {
            ValueKind::Const(Constant::Int { value, .. }) if v.ty == Type::Int(64) => {
                let x = *value as u64;
                Ok(Some((
                    E::Num((x as u32 as i32) as f64),
                    E::Num(((x >> 32) as u32 as i32) as f64),
                )))
            }
            ValueKind::Const(_) => Ok(None),
            ValueKind::Local(n) => {
                if !self.vals.pairs.contains(n) {
                    return Ok(None);
                }
                match self.vals.repr.get(n).copied() {
                    Some(Repr::Var(c)) => {
                        let lo = self.class_var[c];
                        let hi = self.class_hi.get(&c).copied().unwrap_or(lo);
                        Ok(Some((E::Var(lo), E::Var(hi))))
                    }
                    Some(Repr::Inline) => {
                        let (b, i) = self.vals.def[n];
                        match self.f.blocks[b].instrs[i].op.clone() {
                            Op::Load { ptr, .. } => {
                                let p = self.val(&ptr)?;
                                Ok(Some((
                                    item(self.ctx.mem, p.clone()),
                                    item(self.ctx.mem, add(p, E::Num(1.0))),
                                )))
                            }
                            _ => Ok(None),
                        }
                    }
                    _ => Ok(Some((E::Num(0.0), E::Num(0.0)))),
                }
            }
        }
    }

    /// The statements of a `store` (sub-word stores always go through the `rt store` helper,
    /// whatever the alignment).
    pub(crate) fn store(
        &mut self,
        b: usize,
        ins: &crate::llvm::Instr,
        value: &Value,
        ptr: &Value,
        _align: Option<u32>,
        out: &mut Vec<St>,
    ) -> Result<(), LowerError> {
        let v = self.num(value)?;
        if let Some(&var) = local(ptr).and_then(|n| self.promoted_var.get(n)) {
            out.extend(super::emit::set(var, v));
            return Ok(());
        }
        let p = self.val(ptr)?;
        match &value.ty {
            Type::Int(64) => {
                let (lo, hi) = match self.val_pair(value)? {
                    Some(pair) => pair,
                    None => (
                        wrap(32, modulo(v.clone(), E::Num(4294967296.0))),
                        math(MathFn::Floor, div(v, E::Num(4294967296.0))),
                    ),
                };
                // the high word first into a temporary: the source may overlap the target
                let t = self.temp(1);
                out.push(St::Set(t, hi));
                out.push(St::Replace(self.ctx.mem, p.clone(), lo));
                out.push(St::Replace(self.ctx.mem, add(p, E::Num(1.0)), E::Var(t)));
            }
            Type::Int(32) | Type::Float | Type::Double | Type::Ptr => {
                out.push(St::Replace(self.ctx.mem, p, v));
            }
            Type::Int(w @ (1 | 8 | 16)) => {
                let width = if *w == 16 { 65536.0 } else { 256.0 };
                let helper = super::runtime::store_sub(self.ctx);
                out.push(St::Call(helper, vec![p, v, E::Num(width)]));
            }
            other => {
                return Err(self.err(
                    b,
                    ins.loc,
                    format!("store of {other:?} is not supported (one item holds one 32-bit word)"),
                ))
            }
        }
        Ok(())
    }
}
