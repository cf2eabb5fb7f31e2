//! Instruction selection: integer, float, compare, cast and memory operations as Scratch
//! reporters, with exact C integer semantics.
//!
//! Integers are kept in *signed canonical form*: an iN value is the number in
//! [-2^(N-1), 2^(N-1)); i1 is 0/1 (or a boolean reporter until stored). Wrap-around code is
//! only emitted where the result can leave the range (`nsw` means it cannot).

use super::expr::*;
use super::func::FnLower;
use super::int_forms::*;
use super::memory::const_value;
use super::values::Repr;
use super::LowerError;
use crate::llvm::{BinOp, CastOp, Constant, FloatPred, IntPred, Op, Type, Value, ValueKind};

impl FnLower<'_, '_> {
    /// The reporter for an operand (i1 may be a boolean reporter).
    pub(crate) fn val(&mut self, v: &Value) -> Result<E, LowerError> {
        match &v.kind {
            ValueKind::Const(c) => self.const_expr(c, &v.ty),
            ValueKind::Local(n) => {
                if self.promoted_var.contains_key(n) {
                    return Err(LowerError::module(format!(
                        "address of promoted local %{n} used as a value"
                    )));
                }
                if let Some(off) = self.alloca_off.get(n).copied() {
                    return Ok(if self.recursive {
                        add(E::Var(self.ctx.sp), E::Num(off))
                    } else {
                        E::Num(self.frame_base + off)
                    });
                }
                match self.vals.repr.get(n).copied() {
                    None => Ok(E::Arg(n.clone())),
                    Some(Repr::Var(_)) => Ok(E::Var(self.var_of(n).unwrap_or(self.esc))),
                    Some(Repr::Inline) => {
                        let (b, i) = self.vals.def[n];
                        self.inst_expr(b, i)
                    }
                    Some(Repr::Dead) => Ok(E::Num(0.0)),
                }
            }
        }
    }

    /// An operand as a number (booleans become 0/1).
    pub(crate) fn num(&mut self, v: &Value) -> Result<E, LowerError> {
        Ok(bool_to_num(self.val(v)?))
    }

    /// An operand as a boolean reporter.
    pub(crate) fn cond(&mut self, v: &Value) -> Result<E, LowerError> {
        Ok(num_to_bool(self.val(v)?))
    }

    fn const_expr(&mut self, c: &Constant, ty: &Type) -> Result<E, LowerError> {
        match c {
            Constant::Undef(_) | Constant::Poison(_) | Constant::Zero(_)
                if !matches!(ty, Type::Ptr) =>
            {
                Ok(E::Num(0.0))
            }
            _ => const_value(self.ctx.m, &self.ctx.lay, c)
                .map(E::Num)
                .map_err(|e| self.err(0, self.f.loc, e)),
        }
    }

    /// The reporter computing a pure instruction.
    pub(crate) fn inst_expr(&mut self, b: usize, i: usize) -> Result<E, LowerError> {
        let ins = self.f.blocks[b].instrs[i].clone();
        let loc = ins.loc;
        let e = match &ins.op {
            Op::Binary {
                op,
                flags,
                ty,
                lhs,
                rhs,
            } => {
                if matches!(
                    op,
                    BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv | BinOp::FRem
                ) {
                    let (a, c) = (self.num(lhs)?, self.num(rhs)?);
                    match op {
                        BinOp::FAdd => float_bin(Arith::Add, a, c),
                        BinOp::FSub => float_bin(Arith::Sub, a, c),
                        BinOp::FMul => float_bin(Arith::Mul, a, c),
                        BinOp::FDiv => float_bin(Arith::Div, a, c),
                        _ => c_rem(a, c),
                    }
                } else {
                    self.int_binary(*op, *flags, bits_of(ty), lhs, rhs)
                        .map_err(|m| self.err(b, loc, m))??
                }
            }
            Op::FNeg { value } => {
                let a = self.num(value)?;
                match a.as_num() {
                    Some(v) => E::Num(-v),
                    None => E::Bin(Arith::Mul, Box::new(a), Box::new(E::Num(-1.0))),
                }
            }
            Op::ICmp { pred, lhs, rhs } => self.icmp(*pred, lhs, rhs)?,
            Op::FCmp { pred, lhs, rhs } => {
                let (a, c) = (self.num(lhs)?, self.num(rhs)?);
                match pred {
                    FloatPred::Oeq | FloatPred::Ueq => cmp(Cmp::Eq, a, c),
                    FloatPred::One | FloatPred::Une => not(cmp(Cmp::Eq, a, c)),
                    FloatPred::Olt | FloatPred::Ult => cmp(Cmp::Lt, a, c),
                    FloatPred::Ogt | FloatPred::Ugt => cmp(Cmp::Gt, a, c),
                    FloatPred::Ole | FloatPred::Ule => not(cmp(Cmp::Gt, a, c)),
                    FloatPred::Oge | FloatPred::Uge => not(cmp(Cmp::Lt, a, c)),
                    FloatPred::Ord | FloatPred::True => num_to_bool(E::Num(1.0)),
                    FloatPred::Uno | FloatPred::False => num_to_bool(E::Num(0.0)),
                }
            }
            Op::Cast { op, value, to } => self
                .cast(*op, value, to)
                .map_err(|m| self.err(b, loc, m))??,
            Op::Select {
                cond,
                then,
                otherwise,
            } => {
                // only constant arms reach here (others are statements)
                let c = self.num(cond)?;
                let (t, o) = (self.num(then)?, self.num(otherwise)?);
                match (t.as_num(), o.as_num()) {
                    (Some(x), Some(y)) => add(E::Num(y), mul(c, E::Num(x - y))),
                    _ => {
                        return Err(self.err(
                            b,
                            loc,
                            "select with variable arms used as an expression",
                        ))
                    }
                }
            }
            Op::Load { ty, ptr, align } => self
                .load_expr(ty, ptr, *align)
                .map_err(|m| self.err(b, loc, m))??,
            Op::Gep {
                source,
                base,
                indices,
                ..
            } => self
                .gep(source, base, indices)
                .map_err(|m| self.err(b, loc, m))??,
            Op::Freeze { value } => self.val(value)?,
            Op::Call {
                callee: crate::llvm::Callee::Direct(name),
                args,
                ..
            } => {
                let name = name.clone();
                super::externs::pure_call_expr(self, &name, args)
                    .map_err(|m| self.err(b, loc, m))??
            }
            Op::Phi { .. } | Op::Alloca { .. } | Op::Store { .. } | Op::Call { .. } => {
                return Err(self.err(b, loc, "internal: not an expression"))
            }
            Op::ExtractValue { .. } | Op::InsertValue { .. } => {
                return Err(self.err(
                    b,
                    loc,
                    "aggregate values (extractvalue/insertvalue) are not supported",
                ))
            }
        };
        Ok(e)
    }

    fn int_binary(
        &mut self,
        op: BinOp,
        flags: crate::llvm::ArithFlags,
        bits: u32,
        lhs: &Value,
        rhs: &Value,
    ) -> Result<Result<E, LowerError>, String> {
        if bits > 64 {
            return Err(format!("i{bits} arithmetic is not supported"));
        }
        if op == BinOp::LShr {
            if let (Ok(Some((_, hi))), Some(k)) = (
                self.val_pair(lhs),
                self.val(rhs).ok().and_then(|e| e.as_num()),
            ) {
                if k >= 32.0 {
                    return Ok(Ok(math(
                        MathFn::Floor,
                        div(unsigned(32, hi), E::Num(2f64.powi(k as i32 - 32))),
                    )));
                }
            }
        }
        let (a, c) = match (self.val(lhs), self.val(rhs)) {
            (Ok(a), Ok(c)) => (a, c),
            (Err(e), _) | (_, Err(e)) => return Ok(Err(e)),
        };
        if bits == 1 {
            let (x, y) = (num_to_bool(a.clone()), num_to_bool(c.clone()));
            return Ok(Ok(match op {
                BinOp::And | BinOp::Mul => and(x, y),
                BinOp::Or => or(x, y),
                BinOp::Xor | BinOp::Add | BinOp::Sub => {
                    not(cmp(Cmp::Eq, bool_to_num(a), bool_to_num(c)))
                }
                _ => return Err(format!("{op:?} on i1 is not supported")),
            }));
        }
        let (a, c) = (bool_to_num(a), bool_to_num(c));
        let big = bits >= 53;
        let r = match op {
            BinOp::Add => {
                let s = add(a, c);
                if flags.nsw || big {
                    s
                } else {
                    wrap(bits, s)
                }
            }
            BinOp::Sub => {
                let s = sub(a, c);
                if flags.nsw || big {
                    s
                } else {
                    wrap(bits, s)
                }
            }
            BinOp::Mul => mul_form(flags, bits, a, c),
            BinOp::SDiv | BinOp::UDiv | BinOp::SRem | BinOp::URem => {
                div_rem_form(op, flags, bits, a, c)
            }
            BinOp::Shl | BinOp::AShr | BinOp::LShr => {
                shift_form(op, flags, bits, a, c, self.ctx.pow2)
            }
            BinOp::And | BinOp::Or | BinOp::Xor => {
                if big {
                    return Err(format!(
                        "{op:?} on i{bits} is not supported (64-bit bitwise operations)"
                    ));
                }
                return match bitwise(op, flags, bits, a, c) {
                    Some(e) => Ok(Ok(e)),
                    None => Err("internal: general bitwise operation in an expression".into()),
                };
            }
            _ => return Err(format!("{op:?} is not an integer operation")),
        };
        Ok(Ok(r))
    }
}

impl FnLower<'_, '_> {
    fn icmp(&mut self, pred: IntPred, lhs: &Value, rhs: &Value) -> Result<E, LowerError> {
        let bits = bits_of(&lhs.ty);
        let (mut a, mut c) = (self.num(lhs)?, self.num(rhs)?);
        let unsigned_pred = matches!(
            pred,
            IntPred::Ugt | IntPred::Uge | IntPred::Ult | IntPred::Ule
        );
        if unsigned_pred && bits >= 53 && !matches!(lhs.ty, Type::Ptr) {
            // 64-bit: negative values are the huge ones; order by (sign, value)
            let ult = |x: E, y: E| -> E {
                let (xn, yn) = (
                    cmp(Cmp::Lt, x.clone(), E::Num(0.0)),
                    cmp(Cmp::Lt, y.clone(), E::Num(0.0)),
                );
                match y.as_num() {
                    Some(v) if v >= 0.0 => and(not(xn), cmp(Cmp::Lt, x, y)),
                    Some(_) => or(not(xn), cmp(Cmp::Lt, x, y)),
                    None => or(
                        and(
                            cmp(Cmp::Eq, bool_to_num(xn.clone()), bool_to_num(yn.clone())),
                            cmp(Cmp::Lt, x, y),
                        ),
                        and(not(xn), yn),
                    ),
                }
            };
            return Ok(match pred {
                IntPred::Ult => ult(a, c),
                IntPred::Ugt => ult(c, a),
                IntPred::Ule => not(ult(c, a)),
                _ => not(ult(a, c)),
            });
        }
        if unsigned_pred && !matches!(lhs.ty, Type::Ptr) {
            a = unsigned(bits, a);
            c = unsigned(bits, c);
        }
        Ok(match pred {
            IntPred::Eq => cmp(Cmp::Eq, a, c),
            IntPred::Ne => not(cmp(Cmp::Eq, a, c)),
            IntPred::Slt | IntPred::Ult => cmp(Cmp::Lt, a, c),
            IntPred::Sgt | IntPred::Ugt => cmp(Cmp::Gt, a, c),
            IntPred::Sle | IntPred::Ule => not(cmp(Cmp::Gt, a, c)),
            IntPred::Sge | IntPred::Uge => not(cmp(Cmp::Lt, a, c)),
        })
    }

    fn cast(
        &mut self,
        op: CastOp,
        value: &Value,
        to: &Type,
    ) -> Result<Result<E, LowerError>, String> {
        let from = value.ty.clone();
        if op == CastOp::Trunc {
            match self.val_pair(value) {
                Ok(Some((lo, _))) => {
                    return Ok(Ok(if bits_of(to) == 32 {
                        lo
                    } else {
                        wrap(bits_of(to), lo)
                    }))
                }
                Ok(None) => {}
                Err(e) => return Ok(Err(e)),
            }
        }
        let x = match self.val(value) {
            Ok(x) => x,
            Err(e) => return Ok(Err(e)),
        };
        let fb = bits_of(&from);
        let tb = bits_of(to);
        Ok(Ok(match op {
            CastOp::Trunc => {
                if tb == 1 {
                    modulo(bool_to_num(x), E::Num(2.0))
                } else if fb >= 53 {
                    // reduce first: x + 2^(n-1) could round when |x| is near 2^53
                    wrap(tb, modulo(x, E::Num(2f64.powi(tb as i32))))
                } else {
                    wrap(tb, bool_to_num(x))
                }
            }
            CastOp::ZExt => unsigned(fb, x),
            CastOp::SExt => {
                if fb == 1 {
                    sub(E::Num(0.0), bool_to_num(x))
                } else {
                    x
                }
            }
            CastOp::FPToSI => trunc(x),
            CastOp::FPToUI => wrap(tb, trunc(x)),
            CastOp::SIToFP => {
                if fb == 1 {
                    sub(E::Num(0.0), bool_to_num(x))
                } else {
                    no_neg_zero(x)
                }
            }
            CastOp::UIToFP => no_neg_zero(unsigned(fb, x)),
            CastOp::FPTrunc | CastOp::FPExt => x,
            CastOp::PtrToInt => mul(x, E::Num(4.0)),
            CastOp::IntToPtr => div(bool_to_num(x), E::Num(4.0)),
            CastOp::BitCast | CastOp::AddrSpaceCast => {
                let scalar_same =
                    from == *to || (matches!(from, Type::Ptr) && matches!(to, Type::Ptr));
                if !scalar_same {
                    return Err(format!("bitcast from {from:?} to {to:?} reinterprets bits, which Scratch numbers cannot"));
                }
                x
            }
        }))
    }
}

/// An integer about to become a float: `x + 0` turns a -0 (from `0 * -1`, say) into 0,
/// unless `x` cannot be -0.
fn no_neg_zero(x: E) -> E {
    let safe = match &x {
        E::Num(_) => true,
        E::Bin(Arith::Add | Arith::Sub, a, b) => {
            a.as_num().is_some_and(|v| v != 0.0) || b.as_num().is_some_and(|v| v != 0.0)
        }
        _ => false,
    };
    if safe {
        x
    } else {
        E::Bin(Arith::Add, Box::new(x), Box::new(E::Num(0.0)))
    }
}
