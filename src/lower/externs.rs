//! Calls: defined functions (custom blocks, with a save stack for recursion), the `sb3_*`
//! externs of `prebuilt_ir/scratch.h`, and LLVM intrinsics.
//!
//! The extern table ([`EXTERNS`]) is the lowering's half of the ABI: add a row (and the
//! declaration in scratch.h) to add an extern.

use super::expr::*;
use super::func::FnLower;
use super::int_forms::bits_of;
use super::ops::dropped_call;
use super::values::Repr;
use super::LowerError;
use crate::llvm::{Callee, Instr, Op, Value};

/// How an extern is lowered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExternKind {
    /// Appends its number argument to the stage list `out`.
    OutNumber,
    /// Appends the character with the argument's code (0..255) to `out`.
    OutChar,
    /// Returns the pointer to the model image.
    ImageBase,
    /// Returns wall-clock seconds (`days since 2000` * 86400).
    Timer,
    /// `sb3_setting(which)`: a stage slider.
    Setting,
    /// `sb3_prompt_length()`: asks for the prompt.
    PromptLength,
    /// `sb3_prompt_char(i)`: a prompt character's code.
    PromptChar,
    /// `sb3_emit_token(token, skip)`: appends to the story.
    EmitToken,
    /// `sb3_status(code)`: sets `status`.
    Status,
    /// `sb3_report(tokens, seconds)`: progress figures.
    Report,
}

/// The `sb3_*` externs: name and lowering.
pub(crate) const EXTERNS: &[(&str, ExternKind)] = &[
    ("sb3_out_int", ExternKind::OutNumber),
    ("sb3_out_double", ExternKind::OutNumber),
    ("sb3_out_char", ExternKind::OutChar),
    ("sb3_image", ExternKind::ImageBase),
    ("sb3_timer", ExternKind::Timer),
    ("sb3_setting", ExternKind::Setting),
    ("sb3_prompt_length", ExternKind::PromptLength),
    ("sb3_prompt_char", ExternKind::PromptChar),
    ("sb3_emit_token", ExternKind::EmitToken),
    ("sb3_status", ExternKind::Status),
    ("sb3_report", ExternKind::Report),
];

fn extern_kind(name: &str) -> Option<ExternKind> {
    EXTERNS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
}

/// The intrinsic family of an `llvm.*` name (`llvm.fabs.f32` → `fabs`).
fn intrinsic(name: &str) -> Option<&str> {
    name.strip_prefix("llvm.")
        .map(|r| r.split('.').next().unwrap_or(r))
}

/// The reporter of a pure call (math intrinsics, `sb3_image`).
pub(crate) fn pure_call_expr(
    fl: &mut FnLower,
    name: &str,
    args: &[Value],
) -> Result<Result<E, LowerError>, String> {
    if extern_kind(name) == Some(ExternKind::ImageBase) {
        return Ok(Ok(E::Num(fl.image_item as f64)));
    }
    let mut a = Vec::new();
    for v in args {
        match fl.num(v) {
            Ok(e) => a.push(e),
            Err(e) => return Ok(Err(e)),
        }
    }
    let arg = |k: usize| {
        a.get(k)
            .cloned()
            .ok_or_else(|| format!("{name}: missing argument {k}"))
    };
    let bits = args.first().map(|v| bits_of(&v.ty)).unwrap_or(32);
    let half_sum = |x: E, y: E, plus: bool| -> E {
        let d = math(MathFn::Abs, sub(x.clone(), y.clone()));
        let s = add(x, y);
        div(if plus { add(s, d) } else { sub(s, d) }, E::Num(2.0))
    };
    Ok(Ok(match intrinsic(name).unwrap_or("") {
        "fabs" => math(MathFn::Abs, arg(0)?),
        "sqrt" => math(MathFn::Sqrt, arg(0)?),
        "exp" => math(MathFn::Exp, arg(0)?),
        "floor" => math(MathFn::Floor, arg(0)?),
        "ceil" => math(MathFn::Ceiling, arg(0)?),
        "trunc" => super::int_forms::trunc_float(arg(0)?),
        "abs" => math(MathFn::Abs, arg(0)?),
        "smax" => half_sum(arg(0)?, arg(1)?, true),
        "smin" => half_sum(arg(0)?, arg(1)?, false),
        "umax" => super::int_forms::wrap(
            bits,
            half_sum(
                super::int_forms::unsigned(bits, arg(0)?),
                super::int_forms::unsigned(bits, arg(1)?),
                true,
            ),
        ),
        "umin" => super::int_forms::wrap(
            bits,
            half_sum(
                super::int_forms::unsigned(bits, arg(0)?),
                super::int_forms::unsigned(bits, arg(1)?),
                false,
            ),
        ),
        "fshl" | "fshr" => {
            // fshl: the low n-s bits of a move up by s, the top s bits of b fill in below;
            // fshr: the low s bits of a move to the top, b moves down by s
            let (ua, ub) = (
                super::int_forms::unsigned(bits, arg(0)?),
                super::int_forms::unsigned(bits, arg(1)?),
            );
            let n = bits as f64;
            let s = modulo(super::int_forms::unsigned(bits, arg(2)?), E::Num(n));
            let pow = |k: E| match k.as_num() {
                Some(v) => E::Num(2f64.powf(v)),
                None => item(fl.ctx.pow2, add(k, E::Num(1.0))),
            };
            let (keep, up, down) = if intrinsic(name) == Some("fshl") {
                (sub(E::Num(n), s.clone()), s.clone(), sub(E::Num(n), s))
            } else {
                (s.clone(), sub(E::Num(n), s.clone()), s)
            };
            let hi = mul(modulo(ua, pow(keep)), pow(up));
            let lo = math(MathFn::Floor, div(ub, pow(down)));
            super::int_forms::wrap(bits, add(hi, lo))
        }
        // -ffp-contract=off means clang does not form these; if seen: multiply, then add
        "fmuladd" | "fma" => {
            float_bin(Arith::Add, float_bin(Arith::Mul, arg(0)?, arg(1)?), arg(2)?)
        }
        "copysign" => mul(
            math(MathFn::Abs, arg(0)?),
            add(
                mul(
                    bool_to_num(cmp(Cmp::Lt, arg(1)?, E::Num(0.0))),
                    E::Num(-2.0),
                ),
                E::Num(1.0),
            ),
        ),
        _ => return Err(format!("intrinsic @{name} is not supported")),
    }))
}

impl FnLower<'_, '_> {
    /// The statements of the call at `(b, ii)`.
    pub(crate) fn call(
        &mut self,
        b: usize,
        ii: usize,
        out: &mut Vec<St>,
    ) -> Result<(), LowerError> {
        let ins = self.f.blocks[b].instrs[ii].clone();
        let Op::Call { callee, args, .. } = &ins.op else {
            return Ok(());
        };
        let name = match callee {
            Callee::Direct(n) => n.clone(),
            Callee::Indirect(_) => {
                return Err(self.err(
                    b,
                    ins.loc,
                    "calls through function pointers are not supported",
                ))
            }
            Callee::InlineAsm(_) => {
                return Err(self.err(b, ins.loc, "inline assembly is not supported"))
            }
        };
        let result_var = ins.result.as_ref().and_then(|r| self.var_of(r));
        if dropped_call(&name) {
            return Ok(());
        }
        if let Some(&proc) = self.ctx.fn_proc.get(&name) {
            return self.call_defined(proc, &name, args, result_var, out);
        }
        if let Some(kind) = extern_kind(&name) {
            return self.call_extern(kind, (b, &ins), &name, result_var, out);
        }
        self.call_intrinsic((b, ii, &ins), &name, result_var, out)
    }

    /// A call of a defined function (saving this function's variables around a
    /// recursive call).
    fn call_defined(
        &mut self,
        proc: ProcId,
        name: &str,
        args: &[Value],
        result_var: Option<VarId>,
        out: &mut Vec<St>,
    ) -> Result<(), LowerError> {
        let mut a = Vec::new();
        for v in args {
            a.push(self.num(v)?);
        }
        let save = self.recursive && self.ctx.recursive.contains(name);
        let saved: Vec<VarId> = if save {
            self.saved_vars(result_var)
        } else {
            vec![]
        };
        for &v in &saved {
            out.push(St::Push(self.ctx.stack, E::Var(v)));
        }
        out.push(St::Call(proc, a));
        for &v in saved.iter().rev() {
            out.push(St::Set(v, item(self.ctx.stack, E::Text("last".into()))));
            out.push(St::Delete(self.ctx.stack, E::Text("last".into())));
        }
        if let Some(rv) = result_var {
            out.push(St::Set(rv, E::Var(self.ctx.ret_var[name])));
        }
        Ok(())
    }

    /// A call of an `sb3_*` extern of the ABI.
    fn call_extern(
        &mut self,
        kind: ExternKind,
        (b, ins): (usize, &Instr),
        name: &str,
        result_var: Option<VarId>,
        out: &mut Vec<St>,
    ) -> Result<(), LowerError> {
        let Op::Call { args, .. } = &ins.op else {
            return Ok(());
        };
        match kind {
            ExternKind::OutNumber => {
                let mut v = self.num(args.first().ok_or_else(|| {
                    self.err(b, ins.loc, format!("@{name} needs one argument"))
                })?)?;
                if v.as_num().is_some()
                    || (name == "sb3_out_int" && !matches!(v, E::Bin(Arith::Add, ..)))
                {
                    // a literal in `add [..] to list` is stored as text by vanilla Scratch;
                    // an integer computed as -0 (e.g. 0 * -1) prints as 0: `+ 0` does both
                    v = E::Bin(Arith::Add, Box::new(v), Box::new(E::Num(0.0)));
                }
                out.push(St::Push(self.ctx.out, v));
            }
            ExternKind::OutChar => {
                let v = self.num(args.first().ok_or_else(|| {
                    self.err(b, ins.loc, format!("@{name} needs one argument"))
                })?)?;
                let chars = self.ctx.chars();
                let code = super::int_forms::unsigned(8, v);
                out.push(St::Push(self.ctx.out, item(chars, add(code, E::Num(1.0)))));
            }
            ExternKind::Setting
            | ExternKind::PromptLength
            | ExternKind::PromptChar
            | ExternKind::EmitToken
            | ExternKind::Status
            | ExternKind::Report => {
                let mut a = Vec::new();
                for v in args {
                    a.push(self.num(v)?);
                }
                let arg = |k: usize| a.get(k).cloned().unwrap_or(E::Num(0.0));
                let r = result_var.unwrap_or(self.esc);
                use super::model_abi as abi;
                let stmts = match kind {
                    ExternKind::Setting => abi::setting(self.ctx, arg(0), r),
                    ExternKind::PromptLength => abi::prompt_length(self.ctx, r),
                    ExternKind::PromptChar => abi::prompt_char(self.ctx, arg(0), r),
                    ExternKind::EmitToken => abi::emit_token(self.ctx, arg(0), arg(1)),
                    ExternKind::Status => abi::status(self.ctx, arg(0)),
                    _ => abi::report(self.ctx, arg(0), arg(1)),
                };
                if result_var.is_none()
                    && matches!(
                        kind,
                        ExternKind::Setting | ExternKind::PromptLength | ExternKind::PromptChar
                    )
                {
                    // result unused: still ask (prompt) but keep `esc` intact
                    out.extend(
                        stmts
                            .into_iter()
                            .filter(|s| !matches!(s, St::Set(v, _) if *v == self.esc)),
                    );
                } else {
                    out.extend(stmts);
                }
            }
            ExternKind::Timer => {
                if let Some(rv) = result_var {
                    out.push(St::Set(rv, mul(E::Days, E::Num(86400.0))));
                }
            }
            ExternKind::ImageBase => {
                if let Some(rv) = result_var {
                    out.push(St::Set(rv, E::Num(self.image_item as f64)));
                }
            }
        }
        Ok(())
    }

    /// A call of an LLVM intrinsic (memory helpers, stack save/restore, bit counts, pure
    /// math whose result is kept in a variable).
    fn call_intrinsic(
        &mut self,
        (b, ii, ins): (usize, usize, &Instr),
        name: &str,
        result_var: Option<VarId>,
        out: &mut Vec<St>,
    ) -> Result<(), LowerError> {
        let Op::Call { args, .. } = &ins.op else {
            return Ok(());
        };
        match intrinsic(name) {
        Some("memcpy" | "memmove" | "memset") => {
            let mut a = Vec::new();
            for v in args.iter().take(3) {
                a.push(self.num(v)?);
            }
            let helper = if name.starts_with("llvm.memset") {
                super::runtime::memset(self.ctx)
            } else {
                super::runtime::memcpy(self.ctx)
            };
            out.push(St::Call(helper, a));
            Ok(())
        }
        Some("stacksave") => {
            if let Some(rv) = result_var {
                out.push(St::Set(rv, E::Var(self.ctx.sp)));
            }
            Ok(())
        }
        Some("stackrestore") => {
            let p = self.num(&args[0])?;
            out.push(St::Set(self.ctx.sp, p));
            Ok(())
        }
        Some(k @ ("ctpop" | "ctlz" | "cttz")) => {
            let x = self.num(&args[0])?;
            let bits = bits_of(&args[0].ty);
            if bits > 32 {
                return Err(self.err(b, ins.loc, format!("@{name}: 64-bit bit counting is not supported")));
            }
            let mode = match k {
                "ctpop" => 1.0,
                "ctlz" => 2.0,
                _ => 3.0,
            };
            let (helper, result) = super::runtime::bitcount(self.ctx);
            out.push(St::Call(helper, vec![x, E::Num(bits as f64), E::Num(mode)]));
            if let Some(rv) = result_var {
                out.push(St::Set(rv, E::Var(result)));
            }
            Ok(())
        }
        Some(_) if super::ops::pure_call(name) => {
            if let (Some(rv), Some(r)) = (result_var, ins.result.as_ref()) {
                if matches!(self.vals.repr.get(r), Some(Repr::Var(_))) {
                    let e = self.inst_expr(b, ii)?;
                    out.extend(super::emit::set(rv, e));
                }
            }
            Ok(())
        }
        _ => Err(self.err(
            b,
            ins.loc,
            format!("unknown extern @{name}: not in the ABI (prebuilt_ir/scratch.h) and not a supported intrinsic"),
        )),
    }
    }

    /// Variables to save around a recursive call: every variable of this function.
    fn saved_vars(&self, except: Option<VarId>) -> Vec<VarId> {
        let mut v: Vec<VarId> = self.class_var.clone();
        v.extend(self.promoted_var.values().copied());
        v.push(self.esc);
        v.extend(self.saved_sp);
        v.extend(self.countdown_vars.iter().copied());
        v.sort();
        v.dedup();
        v.retain(|x| Some(*x) != except);
        v
    }
}
