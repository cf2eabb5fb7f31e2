//! Non-terminator instructions: arithmetic, comparisons, casts, select, phi, memory,
//! getelementptr, calls, aggregates, freeze.

use super::ir::{
    ArithFlags, BinOp, Callee, Constant, FloatPred, IntPred, Loc, Op, Type, Value, ValueKind,
};
use super::lexer::Tok;
use super::parse_const::{bin_op, cast_op, is_float_op, is_float_type};
use super::parse_type::is_type_word;
use super::parser::{PResult, Parser};

fn int_pred(w: &str) -> Option<IntPred> {
    Some(match w {
        "eq" => IntPred::Eq,
        "ne" => IntPred::Ne,
        "ugt" => IntPred::Ugt,
        "uge" => IntPred::Uge,
        "ult" => IntPred::Ult,
        "ule" => IntPred::Ule,
        "sgt" => IntPred::Sgt,
        "sge" => IntPred::Sge,
        "slt" => IntPred::Slt,
        "sle" => IntPred::Sle,
        _ => return None,
    })
}

fn float_pred(w: &str) -> Option<FloatPred> {
    Some(match w {
        "false" => FloatPred::False,
        "oeq" => FloatPred::Oeq,
        "ogt" => FloatPred::Ogt,
        "oge" => FloatPred::Oge,
        "olt" => FloatPred::Olt,
        "ole" => FloatPred::Ole,
        "one" => FloatPred::One,
        "ord" => FloatPred::Ord,
        "ueq" => FloatPred::Ueq,
        "ugt" => FloatPred::Ugt,
        "uge" => FloatPred::Uge,
        "ult" => FloatPred::Ult,
        "ule" => FloatPred::Ule,
        "une" => FloatPred::Une,
        "uno" => FloatPred::Uno,
        "true" => FloatPred::True,
        _ => return None,
    })
}

fn is_fast_math_flag(w: &str) -> bool {
    matches!(
        w,
        "nnan" | "ninf" | "nsz" | "arcp" | "contract" | "afn" | "reassoc" | "fast"
    )
}

/// LLVM instructions we know but do not support (C on our target does not produce them).
fn is_unsupported_opcode(w: &str) -> bool {
    matches!(
        w,
        "invoke"
            | "resume"
            | "indirectbr"
            | "callbr"
            | "catchswitch"
            | "catchret"
            | "cleanupret"
            | "landingpad"
            | "catchpad"
            | "cleanuppad"
            | "va_arg"
            | "atomicrmw"
            | "cmpxchg"
            | "fence"
            | "extractelement"
            | "insertelement"
            | "shufflevector"
    )
}

impl<'a> Parser<'a> {
    /// Skips fast-math flags (`nnan`, `fast`, ...).
    fn skip_fast_math(&mut self) -> PResult<()> {
        while matches!(self.peek(), Tok::Word(w) if is_fast_math_flag(w)) {
            self.bump()?;
        }
        Ok(())
    }

    /// Optional `, align N` after a memory instruction.
    fn parse_opt_align(&mut self) -> PResult<Option<u32>> {
        if self.peek() == Tok::Punct(b',') && self.peek2()? == Tok::Word("align") {
            self.bump()?;
            self.bump()?;
            return Ok(Some(self.expect_align()?));
        }
        Ok(None)
    }

    /// `T v` whose type must satisfy `ok`, else an error naming `what`.
    fn typed_value_where(&mut self, ok: impl Fn(&Type) -> bool, what: &str) -> PResult<Value> {
        let loc = self.loc();
        let v = self.parse_typed_value()?;
        if !ok(self.resolve(&v.ty)) {
            return Err(self.error_at(
                loc,
                format!("expected {what}, found a value of type '{}'", v.ty),
            ));
        }
        Ok(v)
    }

    /// One non-terminator instruction; returns it and its result type (`Void` if none).
    pub(super) fn parse_instr(&mut self, opcode: &'a str, loc: Loc) -> PResult<(Op, Type)> {
        self.bump()?;
        if let Some(op) = bin_op(opcode) {
            return self.parse_binary(op, opcode);
        }
        if let Some(op) = cast_op(opcode) {
            while matches!(self.peek(), Tok::Word("nuw" | "nsw" | "nneg")) {
                self.bump()?;
            }
            let value = self.parse_typed_value()?;
            self.expect_word("to", &format!("in '{opcode}'"))?;
            let to = self.parse_type()?;
            self.check_cast(opcode, &value.ty, &to, loc)?;
            return Ok((
                Op::Cast {
                    op,
                    value,
                    to: to.clone(),
                },
                to,
            ));
        }
        match opcode {
            "icmp" => {
                let Some(pred) = (match self.peek() {
                    Tok::Word(w) => int_pred(w),
                    _ => None,
                }) else {
                    return Err(self.unexpected("an icmp predicate (eq, ne, slt, ult, ...)"));
                };
                self.bump()?;
                let lhs = self.typed_value_where(
                    |t| matches!(t, Type::Int(_) | Type::Ptr),
                    "an integer or pointer",
                )?;
                self.expect_punct(b',', "between operands")?;
                let rhs = self.parse_value(lhs.ty.clone())?;
                Ok((Op::ICmp { pred, lhs, rhs }, Type::Int(1)))
            }
            "fcmp" => {
                self.skip_fast_math()?;
                let Some(pred) = (match self.peek() {
                    Tok::Word(w) => float_pred(w),
                    _ => None,
                }) else {
                    return Err(self.unexpected("an fcmp predicate (oeq, olt, une, uno, ...)"));
                };
                self.bump()?;
                let lhs = self.typed_value_where(is_float_type, "a floating-point value")?;
                self.expect_punct(b',', "between operands")?;
                let rhs = self.parse_value(lhs.ty.clone())?;
                Ok((Op::FCmp { pred, lhs, rhs }, Type::Int(1)))
            }
            "fneg" => {
                self.skip_fast_math()?;
                let value = self.typed_value_where(is_float_type, "a floating-point value")?;
                let ty = value.ty.clone();
                Ok((Op::FNeg { value }, ty))
            }
            "select" => self.parse_select(),
            "phi" => self.parse_phi(),
            "alloca" => self.parse_alloca(),
            "load" => {
                if self.peek() == Tok::Word("atomic") {
                    return Err(self.error_at(self.loc(), "atomic loads are not supported"));
                }
                self.eat_word("volatile")?;
                let ty = self.parse_type()?;
                self.expect_punct(b',', "after the loaded type")?;
                let ptr = self.typed_value_where(|t| *t == Type::Ptr, "a 'ptr' address")?;
                let align = self.parse_opt_align()?;
                Ok((
                    Op::Load {
                        ty: ty.clone(),
                        ptr,
                        align,
                    },
                    ty,
                ))
            }
            "store" => {
                if self.peek() == Tok::Word("atomic") {
                    return Err(self.error_at(self.loc(), "atomic stores are not supported"));
                }
                self.eat_word("volatile")?;
                let value = self.parse_typed_value()?;
                self.expect_punct(b',', "after the stored value")?;
                let ptr = self.typed_value_where(|t| *t == Type::Ptr, "a 'ptr' address")?;
                let align = self.parse_opt_align()?;
                Ok((Op::Store { value, ptr, align }, Type::Void))
            }
            "getelementptr" => self.parse_gep(),
            "tail" | "musttail" | "notail" => {
                self.expect_word("call", &format!("after '{opcode}'"))?;
                self.parse_call()
            }
            "call" => self.parse_call(),
            "extractvalue" => {
                let agg = self.parse_typed_value()?;
                let indices = self.parse_const_indices()?;
                let ty = self.aggregate_member(&agg.ty, &indices, loc)?;
                Ok((Op::ExtractValue { agg, indices }, ty))
            }
            "insertvalue" => self.parse_insertvalue(loc),
            "freeze" => {
                let value = self.parse_typed_value()?;
                let ty = value.ty.clone();
                Ok((Op::Freeze { value }, ty))
            }
            w if is_unsupported_opcode(w) => {
                Err(self.error_at(loc, format!("instruction '{w}' is not supported")))
            }
            w => Err(self.error_at(loc, format!("unknown instruction '{w}'"))),
        }
    }

    /// `add nsw i32 %a, %b`, `fmul fast float ...`: a binary operator after its opcode.
    fn parse_binary(&mut self, op: BinOp, opcode: &str) -> PResult<(Op, Type)> {
        let mut flags = ArithFlags::default();
        loop {
            match self.peek() {
                Tok::Word("nsw") => flags.nsw = true,
                Tok::Word("nuw") => flags.nuw = true,
                Tok::Word("exact" | "disjoint") => flags.exact = true,
                Tok::Word(w) if is_fast_math_flag(w) => {}
                _ => break,
            }
            self.bump()?;
        }
        let tloc = self.loc();
        let ty = self.parse_type()?;
        let ok = if is_float_op(op) {
            is_float_type(&ty)
        } else {
            matches!(ty, Type::Int(_))
        };
        if let Type::Vector(..) = ty {
            return Err(self.error_at(
                tloc,
                format!("vector operations are not supported ('{opcode}' on '{ty}')"),
            ));
        }
        if !ok {
            let want = if is_float_op(op) {
                "a floating-point type"
            } else {
                "an integer type"
            };
            return Err(self.error_at(tloc, format!("'{opcode}' needs {want}, found '{ty}'")));
        }
        let lhs = self.parse_value(ty.clone())?;
        self.expect_punct(b',', "between operands")?;
        let rhs = self.parse_value(ty.clone())?;
        Ok((
            Op::Binary {
                op,
                flags,
                ty: ty.clone(),
                lhs,
                rhs,
            },
            ty,
        ))
    }

    /// `select i1 %c, T %a, T %b`.
    fn parse_select(&mut self) -> PResult<(Op, Type)> {
        self.skip_fast_math()?;
        let cond = self.typed_value_where(|t| *t == Type::Int(1), "an 'i1' condition")?;
        self.expect_punct(b',', "after the select condition")?;
        let then = self.parse_typed_value()?;
        self.expect_punct(b',', "between select values")?;
        let oloc = self.loc();
        let otherwise = self.parse_typed_value()?;
        if otherwise.ty != then.ty {
            return Err(self.error_at(
                oloc,
                format!(
                    "select values differ in type: '{}' and '{}'",
                    then.ty, otherwise.ty
                ),
            ));
        }
        let ty = then.ty.clone();
        Ok((
            Op::Select {
                cond,
                then,
                otherwise,
            },
            ty,
        ))
    }

    /// `phi T [ %v, %bb ], ...`.
    fn parse_phi(&mut self) -> PResult<(Op, Type)> {
        self.skip_fast_math()?;
        let ty = self.parse_type()?;
        let mut incoming = Vec::new();
        loop {
            self.expect_punct(b'[', "to open a phi incoming pair")?;
            let v = self.parse_value(ty.clone())?;
            self.expect_punct(b',', "between a phi value and its block")?;
            let l = self.parse_bare_label()?;
            self.expect_punct(b']', "to close a phi incoming pair")?;
            incoming.push((v, l));
            if !(self.peek() == Tok::Punct(b',') && self.peek2()? == Tok::Punct(b'[')) {
                break;
            }
            self.bump()?;
        }
        Ok((
            Op::Phi {
                ty: ty.clone(),
                incoming,
            },
            ty,
        ))
    }

    /// `alloca T[, T n][, align N]`.
    fn parse_alloca(&mut self) -> PResult<(Op, Type)> {
        self.eat_word("inalloca")?;
        let ty = self.parse_type()?;
        let (mut count, mut align) = (None, None);
        while self.peek() == Tok::Punct(b',') && !matches!(self.peek2()?, Tok::Meta(_)) {
            self.bump()?;
            match self.peek() {
                Tok::Word("align") => {
                    self.bump()?;
                    align = Some(self.expect_align()?);
                }
                Tok::Word("addrspace") => {
                    self.bump()?;
                    self.skip_group()?;
                }
                _ => {
                    count = Some(
                        self.typed_value_where(|t| matches!(t, Type::Int(_)), "an integer count")?,
                    )
                }
            }
        }
        Ok((Op::Alloca { ty, count, align }, Type::Ptr))
    }

    /// `getelementptr [inbounds] T, ptr %p, i32 %i...`.
    fn parse_gep(&mut self) -> PResult<(Op, Type)> {
        let mut inbounds = false;
        while let Tok::Word(w @ ("inbounds" | "nuw" | "nusw")) = self.peek() {
            inbounds |= w == "inbounds";
            self.bump()?;
        }
        let source = self.parse_type()?;
        self.expect_punct(b',', "after the getelementptr source type")?;
        let base = self.typed_value_where(|t| *t == Type::Ptr, "a 'ptr' base")?;
        let mut indices = Vec::new();
        while self.peek() == Tok::Punct(b',') && !matches!(self.peek2()?, Tok::Meta(_)) {
            self.bump()?;
            indices
                .push(self.typed_value_where(|t| matches!(t, Type::Int(_)), "an integer index")?);
        }
        Ok((
            Op::Gep {
                source,
                base,
                indices,
                inbounds,
            },
            Type::Ptr,
        ))
    }

    /// `insertvalue {..} %agg, T %v, N...` (the member type must match).
    fn parse_insertvalue(&mut self, loc: Loc) -> PResult<(Op, Type)> {
        let agg = self.parse_typed_value()?;
        self.expect_punct(b',', "after the aggregate")?;
        let vloc = self.loc();
        let value = self.parse_typed_value()?;
        let indices = self.parse_const_indices()?;
        let member = self.aggregate_member(&agg.ty, &indices, loc)?;
        if member != value.ty {
            return Err(self.error_at(
                vloc,
                format!(
                    "inserted value has type '{}', the member is '{member}'",
                    value.ty
                ),
            ));
        }
        let ty = agg.ty.clone();
        Ok((
            Op::InsertValue {
                agg,
                value,
                indices,
            },
            ty,
        ))
    }

    /// `, N, N...` after extractvalue/insertvalue operands.
    fn parse_const_indices(&mut self) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        while self.peek() == Tok::Punct(b',') && matches!(self.peek2()?, Tok::Int(_)) {
            self.bump()?;
            let loc = self.loc();
            let v = self.expect_u64("as an aggregate index")?;
            out.push(
                u32::try_from(v).map_err(|_| self.error_at(loc, "aggregate index too large"))?,
            );
        }
        if out.is_empty() {
            return Err(self.unexpected("', N' aggregate index"));
        }
        Ok(out)
    }

    /// The type reached by following constant `indices` into aggregate type `ty`.
    fn aggregate_member(&self, ty: &Type, indices: &[u32], loc: Loc) -> PResult<Type> {
        self.module.member_type(ty, indices).ok_or_else(|| {
            self.error_at(
                loc,
                format!("indices {indices:?} are not valid for type '{ty}'"),
            )
        })
    }

    fn check_cast(&self, opcode: &str, from: &Type, to: &Type, loc: Loc) -> PResult<()> {
        let int = |t: &Type| matches!(t, Type::Int(_));
        let fl = is_float_type;
        let ptr = |t: &Type| *t == Type::Ptr;
        let ok = match opcode {
            "trunc" => matches!((from, to), (Type::Int(a), Type::Int(b)) if a > b),
            "zext" | "sext" => matches!((from, to), (Type::Int(a), Type::Int(b)) if a < b),
            "fptrunc" | "fpext" => fl(from) && fl(to) && from != to,
            "fptoui" | "fptosi" => fl(from) && int(to),
            "uitofp" | "sitofp" => int(from) && fl(to),
            "ptrtoint" => ptr(from) && int(to),
            "inttoptr" => int(from) && ptr(to),
            "addrspacecast" => ptr(from) && ptr(to),
            _ => {
                !matches!(from, Type::Void | Type::Label | Type::Metadata)
                    && !matches!(to, Type::Void | Type::Label)
            }
        };
        if ok {
            Ok(())
        } else {
            Err(self.error_at(
                loc,
                format!("invalid cast '{opcode}' from '{from}' to '{to}'"),
            ))
        }
    }

    /// After `call`: `[fmf] [cconv] [ret attrs] T callee(args) [#N]`.
    fn parse_call(&mut self) -> PResult<(Op, Type)> {
        self.skip_fast_math()?;
        let mut ret_attrs = Default::default();
        loop {
            match self.peek() {
                Tok::Word("ccc" | "fastcc" | "coldcc" | "tailcc") => {
                    self.bump()?;
                }
                Tok::Word("cc") => {
                    self.bump()?;
                    self.expect_u64("after 'cc'")?;
                }
                Tok::Word("addrspace") => {
                    self.bump()?;
                    self.skip_group()?;
                }
                Tok::Word(w) if !is_type_word(w) => {
                    let before = self.tok.start;
                    self.parse_param_attrs(&mut ret_attrs)?;
                    if self.tok.start == before {
                        return Err(self.unexpected("the call's return type"));
                    }
                }
                _ => break,
            }
        }
        let tloc = self.loc();
        let ty = self.parse_type()?;
        let ret = match &ty {
            Type::Function { ret, .. } => (**ret).clone(),
            t => t.clone(),
        };
        let callee = match self.peek() {
            Tok::Global(n) => {
                self.use_global(n, self.loc());
                self.bump()?;
                Callee::Direct(n.to_string())
            }
            Tok::Local(_) => Callee::Indirect(self.parse_value(Type::Ptr)?),
            Tok::Word("asm") => {
                self.bump()?;
                while matches!(
                    self.peek(),
                    Tok::Word("sideeffect" | "alignstack" | "inteldialect" | "unwind")
                ) {
                    self.bump()?;
                }
                let text = self.expect_str("as the inline asm text")?.to_string();
                self.expect_punct(b',', "after the inline asm text")?;
                self.expect_str("as the inline asm constraints")?;
                Callee::InlineAsm(text)
            }
            _ => return Err(self.unexpected("a callee '@name' or '%ptr'")),
        };
        self.expect_punct(b'(', "to open the call arguments")?;
        let mut args = Vec::new();
        if !self.eat_punct(b')')? {
            loop {
                let aty = self.parse_type()?;
                if aty == Type::Metadata {
                    if matches!(self.peek(), Tok::Meta(_) | Tok::Bang) {
                        self.skip_metadata_value()?;
                    } else {
                        self.parse_typed_value()?;
                    }
                    args.push(Value {
                        ty: Type::Metadata,
                        kind: ValueKind::Const(Constant::Undef(Type::Metadata)),
                    });
                } else {
                    let mut attrs = Default::default();
                    self.parse_param_attrs(&mut attrs)?;
                    args.push(self.parse_value(aty)?);
                }
                if self.eat_punct(b')')? {
                    break;
                }
                self.expect_punct(b',', "or ')' between call arguments")?;
            }
        }
        if let Type::Function {
            params, varargs, ..
        } = &ty
        {
            let n = params.len();
            if args.len() < n || (!varargs && args.len() != n) {
                return Err(self.error_at(
                    tloc,
                    format!(
                        "call passes {} arguments to a function type with {n}",
                        args.len()
                    ),
                ));
            }
        }
        while let Tok::AttrRef(_) = self.peek() {
            self.bump()?;
        }
        if self.peek() == Tok::Punct(b'[') {
            return Err(self.error_at(self.loc(), "operand bundles on calls are not supported"));
        }
        Ok((
            Op::Call {
                ret: ret.clone(),
                callee,
                args,
            },
            ret,
        ))
    }
}
