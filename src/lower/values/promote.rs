//! Value analysis, phase 1: allocas promoted to plain variables (scalar type, only used as
//! the address of loads and stores of that type).

use std::collections::{HashMap, HashSet};

use crate::llvm::{Callee, Function, Op, Type};
use crate::lower::ops::{dropped_call, is_scalar, local, operands, term_operands};

/// The allocas of `f` that can live in a variable instead of memory.
pub(crate) fn promoted_allocas(f: &Function) -> HashSet<String> {
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
                        alloca_ok.insert(p.to_string(), false);
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
    alloca_ok
        .into_iter()
        .filter(|(_, ok)| *ok)
        .map(|(k, _)| k)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_allocas_used_only_by_loads_and_stores_are_promoted() {
        let m = crate::llvm::parse_module(
            r#"
define i32 @f(ptr %q) {
entry:
  %a = alloca i32
  %b = alloca i32
  %c = alloca [4 x i32]
  store i32 1, ptr %a
  store i32 2, ptr %b
  store ptr %b, ptr %q
  %x = load i32, ptr %a
  ret i32 %x
}
"#,
        )
        .unwrap();
        let p = promoted_allocas(&m.functions[0]);
        assert!(p.contains("a"), "{p:?}");
        assert!(!p.contains("b"), "its address escapes: {p:?}");
        assert!(!p.contains("c"), "an array is not a scalar: {p:?}");
    }
}
