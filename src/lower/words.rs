//! Whether every pointer of a module is a whole number of words. A pointer is a list
//! position, `byte address / 4`, so a pointer into the middle of a word is a fraction. A
//! module whose globals, frames and address arithmetic all stay on word boundaries has
//! only whole pointers; TurboWarp's lowering then keeps pointer variables whole numbers in
//! V8's eyes (`round`, see `blocks_out`), which a fraction would break.
//!
//! The test is conservative: any byte- or half-word access, `inttoptr`, variable-length
//! alloca, pointer from an unknown external, or address offset not provably a multiple of
//! 4 makes the answer `false`.

use std::collections::{HashMap, HashSet};

use super::memory::{const_value, field_offset, resolve, size_align, Layout};
use crate::llvm::{BinOp, Callee, CastOp, Constant, Function, Module, Op, Type, Value, ValueKind};

/// External functions that return a pointer to a whole word.
const WORD_POINTER_EXTERNS: [&str; 1] = ["sb3_image"];

/// Whether every pointer value `m` can compute is a whole number of words (see the module
/// doc). `lay` is the module's global layout; `frames` the static frame addresses.
pub(crate) fn words_only(m: &Module, lay: &Layout, frames: &HashMap<String, u64>) -> bool {
    // a global's address matters where code or data takes it: constant operands and
    // initializers are checked below (`llvm.*` globals are metadata, never read)
    if frames.values().any(|a| a % 4 != 0) {
        return false;
    }
    let inits_whole = m
        .globals
        .iter()
        .filter(|g| !g.name.starts_with("llvm."))
        .filter_map(|g| g.init.as_ref())
        .all(|c| constant_whole(m, lay, c));
    let externs_whole = m
        .declarations
        .iter()
        .all(|d| d.ret != Type::Ptr || WORD_POINTER_EXTERNS.contains(&d.name.as_str()));
    inits_whole && externs_whole && m.functions.iter().all(|f| function_whole(m, lay, f))
}

/// Whether the pointers a constant holds (addresses of globals, constant GEPs) are whole.
fn constant_whole(m: &Module, lay: &Layout, c: &Constant) -> bool {
    match c {
        Constant::Array { elems, .. } => elems.iter().all(|e| constant_whole(m, lay, e)),
        Constant::Struct { fields, .. } => fields.iter().all(|e| constant_whole(m, lay, e)),
        Constant::GlobalRef(_) | Constant::Expr(_) => {
            const_value(m, lay, c).is_ok_and(|v| v.fract() == 0.0)
        }
        _ => true,
    }
}

/// Whether every memory access of `f` is word-sized and every address it computes whole.
fn function_whole(m: &Module, lay: &Layout, f: &Function) -> bool {
    let defs: HashMap<&str, &Op> = f
        .blocks
        .iter()
        .flat_map(|b| &b.instrs)
        .filter_map(|i| i.result.as_deref().map(|r| (r, &i.op)))
        .collect();
    let offsets = Offsets {
        defs: &defs,
        budget: std::cell::Cell::new(0),
    };
    let const_whole = |v: &Value| match &v.kind {
        ValueKind::Const(c) => constant_whole(m, lay, c),
        _ => true,
    };
    f.blocks.iter().all(|b| {
        super::ops::term_operands(&b.term, false)
            .into_iter()
            .all(const_whole)
            && b.instrs.iter().all(|ins| {
                super::ops::operands(&ins.op).into_iter().all(const_whole)
                    && op_whole(m, &offsets, &ins.op)
            })
    })
}

/// Whether one instruction keeps pointers whole (its constant operands are checked apart).
fn op_whole(m: &Module, offsets: &Offsets, op: &Op) -> bool {
    let word_sized = |t: &Type| size_align(m, t).is_ok_and(|(s, _)| s % 4 == 0);
    match op {
        Op::Load { ty, .. } => word_sized(ty),
        Op::Store { value, .. } => word_sized(&value.ty),
        Op::Alloca { count, .. } => !super::ops::is_dynamic(count),
        Op::Cast { op, .. } => *op != CastOp::IntToPtr,
        Op::Gep {
            source, indices, ..
        } => gep_whole(m, offsets, source, indices),
        Op::Call {
            callee: Callee::Direct(name),
            ret,
            ..
        } => {
            *ret != Type::Ptr
                || m.functions.iter().any(|f| &f.name == name)
                || WORD_POINTER_EXTERNS.contains(&name.as_str())
        }
        Op::Call { ret, .. } => *ret != Type::Ptr,
        _ => true,
    }
}

/// Whether a GEP's byte offset is a multiple of 4 for every value of its indices.
fn gep_whole(m: &Module, offsets: &Offsets, source: &Type, indices: &[Value]) -> bool {
    let mut t = source.clone();
    for (k, idx) in indices.iter().enumerate() {
        let scale = if k == 0 {
            size_align(m, &t).map(|(s, _)| s)
        } else {
            match resolve(m, &t).clone() {
                Type::Array(_, e) => {
                    t = *e;
                    size_align(m, &t).map(|(s, _)| s)
                }
                st @ Type::Struct { .. } => {
                    let Some(fi) = const_int(idx) else {
                        return false;
                    };
                    let Type::Struct { fields, .. } = &st else {
                        unreachable!()
                    };
                    let (Ok(off), Some(ft)) =
                        (field_offset(m, &st, fi as usize), fields.get(fi as usize))
                    else {
                        return false;
                    };
                    if off % 4 != 0 {
                        return false;
                    }
                    t = ft.clone();
                    continue;
                }
                _ => return false,
            }
        };
        let Ok(scale) = scale else {
            return false;
        };
        // scale * idx is a multiple of 4 when idx is a multiple of 4 / gcd(scale, 4)
        let need = 4 / gcd(scale, 4);
        offsets.budget.set(VISIT_BUDGET);
        if need > 1 && !offsets.multiple_of(idx, need, &mut HashSet::new()) {
            return false;
        }
    }
    true
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// An integer constant operand's value (sign-extended from its width).
fn const_int(v: &Value) -> Option<i128> {
    match &v.kind {
        ValueKind::Const(Constant::Int { bits, value }) => {
            let bits = (*bits).clamp(1, 128);
            let shift = 128 - bits;
            Some(((*value as i128) << shift) >> shift)
        }
        _ => None,
    }
}

/// Values [`Offsets::multiple_of`] may visit for one address before it answers "no" (shared
/// operands make the walk exponential in a chain of sums; a real offset takes a handful).
const VISIT_BUDGET: usize = 4096;

/// The integer values of one function, by their defining instruction.
struct Offsets<'a> {
    defs: &'a HashMap<&'a str, &'a Op>,
    /// Visits left for the address being checked.
    budget: std::cell::Cell<usize>,
}

impl Offsets<'_> {
    /// Whether integer `v` is always a multiple of `q` (2 or 4). A value met again while it
    /// is being decided (a phi of an induction variable) is assumed to be, as the rest of
    /// the cycle must then show.
    fn multiple_of(&self, v: &Value, q: u64, seen: &mut HashSet<String>) -> bool {
        if let Some(c) = const_int(v) {
            return c.rem_euclid(q as i128) == 0;
        }
        let ValueKind::Local(n) = &v.kind else {
            return false;
        };
        let left = self.budget.get();
        if left == 0 {
            return false;
        }
        self.budget.set(left - 1);
        if !seen.insert(n.clone()) {
            return true;
        }
        let r = self.def_multiple_of(n, q, seen);
        seen.remove(n); // only values still being decided are assumed
        r
    }

    /// [`Self::multiple_of`] for the local `n`, by its defining instruction.
    fn def_multiple_of(&self, n: &str, q: u64, seen: &mut HashSet<String>) -> bool {
        let Some(op) = self.defs.get(n) else {
            return false; // a parameter
        };
        let mut m = |v: &Value| self.multiple_of(v, q, seen);
        match op {
            Op::Binary {
                op: BinOp::Mul,
                lhs,
                rhs,
                ..
            } => m(lhs) || m(rhs),
            Op::Binary {
                op: BinOp::Shl,
                lhs,
                rhs,
                ..
            } => {
                const_int(rhs).is_some_and(|s| (1i128 << s.clamp(0, 64)) % q as i128 == 0) || m(lhs)
            }
            // q is a power of two: its low bits are zero in both, so in the sum, difference
            // and bitwise or; in a bitwise and when zero in either
            Op::Binary {
                op: BinOp::Add | BinOp::Sub | BinOp::Or,
                lhs,
                rhs,
                ..
            } => m(lhs) && m(rhs),
            Op::Binary {
                op: BinOp::And,
                lhs,
                rhs,
                ..
            } => m(lhs) || m(rhs),
            Op::Select {
                then, otherwise, ..
            } => m(then) && m(otherwise),
            Op::Phi { incoming, .. } => incoming.iter().all(|(v, _)| m(v)),
            Op::Cast {
                op: CastOp::SExt | CastOp::ZExt | CastOp::Trunc,
                value,
                ..
            } => m(value),
            Op::Freeze { value } => m(value),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> bool {
        let m = crate::llvm::parse_module(text).expect("parses");
        let lay = super::super::memory::layout_globals(&m).expect("lays out");
        words_only(&m, &lay, &HashMap::new())
    }

    fn walk(offset: &str, access: &str) -> String {
        format!(
            "define {access} @f(ptr %p, i32 %i) {{\nentry:\n  %o = {offset}\n  %q = getelementptr inbounds i8, ptr %p, i32 %o\n  %v = load {access}, ptr %q\n  ret {access} %v\n}}\n"
        )
    }

    #[test]
    fn the_inference_program_has_only_whole_pointers() {
        assert!(whole(crate::pipeline::INFERENCE_IR));
    }

    #[test]
    fn word_offsets_keep_pointers_whole() {
        assert!(whole(crate::lower::test_ir::DOT));
        assert!(whole(&walk("shl i32 %i, 2", "float")));
        assert!(whole(&walk("mul i32 %i, 12", "i32")));
        assert!(whole(&walk("add i32 8, 4", "float")));
    }

    #[test]
    fn a_long_chain_of_shared_sums_is_answered_quickly() {
        // %a(k+1) = %a(k) + %a(k): 2^60 paths through the sums, a budget of visits
        let mut body = String::from("  %a0 = shl i32 %i, 2\n");
        for k in 0..60 {
            body += &format!("  %a{} = add i32 %a{k}, %a{k}\n", k + 1);
        }
        let text = format!(
            "define float @f(ptr %p, i32 %i) {{\nentry:\n{body}  %q = getelementptr inbounds i8, ptr %p, i32 %a60\n  %v = load float, ptr %q\n  ret float %v\n}}\n"
        );
        // every sum is a multiple of 4, but the walk gives up (conservatively) long before
        // 2^60 visits: without the budget this test would not end
        assert!(!whole(&text));
    }

    #[test]
    fn byte_offsets_and_byte_accesses_do_not() {
        assert!(
            !whole(&walk("add i32 %i, 0", "float")),
            "an unknown byte offset"
        );
        assert!(!whole(&walk("shl i32 %i, 1", "float")), "a half-word step");
        assert!(
            !whole(&walk("add i32 0, 5", "float")),
            "a constant byte offset"
        );
        assert!(!whole(&walk("shl i32 %i, 2", "i8")), "a byte access");
        let string = "@s = private constant [3 x i8] c\"ab\\00\"\n@t = private constant [1 x i8] c\"\\00\"\ndefine ptr @main() {\nentry:\n  ret ptr @t\n}\n";
        assert!(!whole(string), "the address of a global at an odd address");
    }
}
