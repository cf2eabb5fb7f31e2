//! Integer forms: C integer semantics on signed canonical iN numbers as Scratch arithmetic
//! (wrap-around, unsigned view, truncation, C remainder, the cheap forms of and/or/xor).
//! Pure expression builders: used by instruction selection and by value analysis (which
//! inlines a bitwise operation only when it has a cheap form).

use super::expr::*;
use crate::llvm::ArithFlags;
use crate::llvm::{BinOp, Constant, Type, Value, ValueKind};

/// The bit width of an integer type (pointers count as 32).
pub(crate) fn bits_of(t: &Type) -> u32 {
    match t {
        Type::Int(b) => *b,
        _ => 32,
    }
}

/// Wraps `e` into signed canonical iN form.
pub(crate) fn wrap(bits: u32, e: E) -> E {
    if bits >= 53 {
        return e;
    }
    if bits == 1 {
        return modulo(bool_to_num(e), E::Num(2.0));
    }
    let half = 2f64.powi(bits as i32 - 1);
    if range(&e).is_some_and(|(lo, hi)| lo >= -half && hi < half) {
        return e;
    }
    sub(
        modulo(add(e, E::Num(half)), E::Num(half * 2.0)),
        E::Num(half),
    )
}

/// The unsigned value of a signed canonical iN number.
pub(crate) fn unsigned(bits: u32, e: E) -> E {
    if bits == 1 {
        return bool_to_num(e);
    }
    if bits >= 53 {
        return e;
    }
    let m = 2f64.powi(bits as i32);
    if range(&e).is_some_and(|(lo, hi)| lo >= 0.0 && hi < m) {
        return e;
    }
    // unsigned(wrap(x)) = x mod 2^bits
    if let E::Bin(Arith::Sub, a, h) = &e {
        if let (E::Bin(Arith::Mod, inner, mm), Some(hv)) = (&**a, h.as_num()) {
            if mm.as_num() == Some(m) && hv * 2.0 == m {
                if let E::Bin(Arith::Add, x, h2) = &**inner {
                    if h2.as_num() == Some(hv) {
                        return modulo((**x).clone(), E::Num(m));
                    }
                }
            }
        }
    }
    modulo(e, E::Num(m))
}

/// Truncation toward zero: `floor(x) + (x < 0 and x mod 1 > 0)`.
pub(crate) fn trunc(x: E) -> E {
    if let Some(v) = x.as_num() {
        return E::Num(v.trunc());
    }
    add(
        math(MathFn::Floor, x.clone()),
        and(
            cmp(Cmp::Lt, x.clone(), E::Num(0.0)),
            cmp(Cmp::Gt, modulo(x, E::Num(1.0)), E::Num(0.0)),
        ),
    )
}

/// Float truncation keeping the sign of zero (C `trunc(-0.1)` is -0):
/// `(abs x - (abs x mod 1)) * (1 - 2 * (x < 0))`.
pub(crate) fn trunc_float(x: E) -> E {
    if let Some(v) = x.as_num() {
        return E::Num(v.trunc());
    }
    let a = math(MathFn::Abs, x.clone());
    let whole = E::Bin(
        Arith::Sub,
        Box::new(a.clone()),
        Box::new(modulo(a, E::Num(1.0))),
    );
    let sgn = E::Bin(
        Arith::Sub,
        Box::new(E::Num(1.0)),
        Box::new(E::Bin(
            Arith::Mul,
            Box::new(E::Num(2.0)),
            Box::new(cmp(Cmp::Lt, x, E::Num(0.0))),
        )),
    );
    E::Bin(Arith::Mul, Box::new(whole), Box::new(sgn))
}

/// The sign of x as -1, 0 or 1: `(x > 0) - (x < 0)`.
pub(crate) fn sign(x: E) -> E {
    E::Bin(
        Arith::Sub,
        Box::new(cmp(Cmp::Gt, x.clone(), E::Num(0.0))),
        Box::new(cmp(Cmp::Lt, x, E::Num(0.0))),
    )
}

/// C remainder (sign of the dividend): `(abs a mod abs b) * sign(a)`.
pub(crate) fn c_rem(a: E, b: E) -> E {
    let bb = match b.as_num() {
        Some(v) => E::Num(v.abs()),
        None => math(MathFn::Abs, b),
    };
    if let Some(v) = a.as_num() {
        if v >= 0.0 {
            return modulo(a, bb);
        }
    }
    mul(modulo(math(MathFn::Abs, a.clone()), bb), sign(a))
}

/// `Some(p)` when `v` is 2^p.
pub(crate) fn power_of_two(v: f64) -> Option<u32> {
    if v >= 1.0 && v.fract() == 0.0 && (v as u64).is_power_of_two() {
        Some((v as u64).trailing_zeros())
    } else {
        None
    }
}

/// Whether `op` (and/or/xor on iN) has a cheap arithmetic form (a constant operand of a
/// suitable shape); otherwise it needs the bit-loop helper.
pub(crate) fn bitwise_fast(
    op: BinOp,
    flags: crate::llvm::ArithFlags,
    bits: u32,
    lhs: &Value,
    rhs: &Value,
) -> bool {
    let k = |v: &Value| match &v.kind {
        ValueKind::Const(Constant::Int { bits, value }) => {
            E::Num(super::memory::signed(*bits, *value))
        }
        _ => E::Var(VarId(0)),
    };
    bits == 1 || bitwise(op, flags, bits, k(lhs), k(rhs)).is_some()
}

/// The arithmetic form of a bitwise operation, when there is a cheap one.
pub(crate) fn bitwise(
    op: BinOp,
    flags: crate::llvm::ArithFlags,
    bits: u32,
    a: E,
    c: E,
) -> Option<E> {
    {
        let modulus = 2f64.powi(bits as i32);
        let (x, k) = match (a.as_num(), c.as_num()) {
            (_, Some(k)) => (a.clone(), Some(k)),
            (Some(k), _) => (c.clone(), Some(k)),
            _ => (a.clone(), None),
        };
        if let Some(k) = k {
            let uk = if k < 0.0 { k + modulus } else { k };
            match op {
                BinOp::And => {
                    if uk == modulus - 1.0 {
                        return Some(x);
                    }
                    if let Some(p) = power_of_two(uk + 1.0) {
                        return Some(modulo(x, E::Num(2f64.powi(p as i32))));
                    }
                    if let Some(p) = power_of_two(modulus - uk) {
                        let m = E::Num(2f64.powi(p as i32));
                        return Some(sub(x.clone(), modulo(x, m)));
                    }
                    if uk == 0.0 {
                        return Some(E::Num(0.0));
                    }
                }
                BinOp::Or => {
                    if uk == 0.0 {
                        return Some(x);
                    }
                    if flags.exact {
                        return Some(add(x, E::Num(k)));
                    }
                    if let Some(p) = power_of_two(uk + 1.0) {
                        // set the low p bits: x - (x mod 2^p) + (2^p - 1)
                        let m = E::Num(2f64.powi(p as i32));
                        return Some(wrap(bits, add(sub(x.clone(), modulo(x, m)), E::Num(uk))));
                    }
                }
                BinOp::Xor => {
                    if uk == modulus - 1.0 {
                        return Some(sub(E::Num(-1.0), x));
                    }
                    if uk == 0.0 {
                        return Some(x);
                    }
                }
                _ => {}
            }
        } else if op == BinOp::Or && flags.exact {
            return Some(add(a, c));
        }
        None
    }
}

/// `a * c` on iN: exact 32-bit products split one factor into 16-bit halves when the
/// double product could lose bits.
pub(crate) fn mul_form(flags: ArithFlags, bits: u32, a: E, c: E) -> E {
    let big = bits >= 53;
    let small = |e: &E| e.as_num().is_some_and(|v| v.abs() <= 2f64.powi(21));
    if flags.nsw || big {
        mul(a, c)
    } else if bits <= 26 || small(&a) || small(&c) {
        wrap(bits, mul(a, c))
    } else {
        // exact 32-bit product: split a into 16-bit halves
        let ua = unsigned(32, a);
        let hi = math(MathFn::Floor, div(ua.clone(), E::Num(65536.0)));
        let lo = modulo(ua, E::Num(65536.0));
        let uc = unsigned(32, c);
        let part = mul(
            modulo(mul(hi, uc.clone()), E::Num(65536.0)),
            E::Num(65536.0),
        );
        wrap(32, add(part, mul(lo, uc)))
    }
}

/// Integer division and remainder (signed and unsigned) on iN.
pub(crate) fn div_rem_form(op: BinOp, flags: ArithFlags, bits: u32, a: E, c: E) -> E {
    match op {
        BinOp::SDiv => {
            if flags.exact {
                div(a, c)
            } else {
                let q = trunc(div(a, c));
                if bits >= 53 {
                    q
                } else {
                    wrap(bits, q)
                }
            }
        }
        BinOp::UDiv => {
            let q = math(
                MathFn::Floor,
                div(unsigned(bits, a), unsigned(bits, c.clone())),
            );
            if c.as_num().is_some_and(|v| v >= 2.0) || bits >= 53 {
                q
            } else {
                wrap(bits, q)
            }
        }
        BinOp::SRem => c_rem(a, c),
        BinOp::URem => {
            let r = modulo(unsigned(bits, a), unsigned(bits, c.clone()));
            if c.as_num().is_some_and(|v| v >= 1.0) || bits >= 53 {
                r
            } else {
                wrap(bits, r)
            }
        }
        _ => unreachable!("div_rem_form on {op:?}"),
    }
}

/// Shifts on iN; a shift by a variable amount reads 2^k from the `pow2` list.
pub(crate) fn shift_form(op: BinOp, flags: ArithFlags, bits: u32, a: E, c: E, pow2: ListId) -> E {
    match op {
        BinOp::Shl => match c.as_num() {
            Some(k) => {
                let p = mul(a, E::Num(2f64.powi(k as i32)));
                if flags.nsw {
                    p
                } else {
                    wrap(bits, p)
                }
            }
            None => {
                let p = mul(a, item(pow2, add(c, E::Num(1.0))));
                if flags.nsw {
                    p
                } else {
                    wrap(bits, p)
                }
            }
        },
        BinOp::AShr => match c.as_num() {
            Some(0.0) => a,
            Some(k) => math(MathFn::Floor, div(a, E::Num(2f64.powi(k as i32)))),
            None => math(MathFn::Floor, div(a, item(pow2, add(c, E::Num(1.0))))),
        },
        BinOp::LShr => match c.as_num() {
            Some(0.0) => a,
            Some(k) => math(
                MathFn::Floor,
                div(unsigned(bits, a), E::Num(2f64.powi(k as i32))),
            ),
            None => wrap(
                bits,
                math(
                    MathFn::Floor,
                    div(unsigned(bits, a), item(pow2, add(c, E::Num(1.0)))),
                ),
            ),
        },
        _ => unreachable!("shift_form on {op:?}"),
    }
}
