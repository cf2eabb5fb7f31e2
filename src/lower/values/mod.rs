//! Value representation: which SSA values are dead, which are inlined as reporter
//! expressions at their single use, which live in variables, and which phis share a
//! variable with their incoming values (so the phi copy disappears).
//!
//! [`analyse`] chains seven phases, each in its own module:
//! 1. [`promote`]: allocas that become plain variables;
//! 2. [`pairs`]: i64 values kept as two 32-bit words;
//! 3. [`live`]: instructions that must be emitted;
//! 4. [`uses`]: where each live value is used;
//! 5. [`inline`]: values inlined as reporters, and their anchors;
//! 6. [`var_live`]: block-level liveness of the values held in variables;
//! 7. [`coalesce`]: phis and their incoming values sharing a variable.

use std::collections::{HashMap, HashSet};

use super::cfg::Cfg;
use super::loops::Counted;
use super::ops::local;
use crate::llvm::Function;

mod coalesce;
mod inline;
mod live;
mod pairs;
mod promote;
mod uses;
mod var_live;

/// Where an instruction sits: block index and instruction index (`usize::MAX` for the
/// terminator position).
pub(crate) type Pos = (usize, usize);

/// How one SSA value is represented in Scratch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repr {
    /// Never used; its instruction is dropped (if it has no side effects).
    Dead,
    /// Evaluated as a reporter expression where it is used.
    Inline,
    /// Stored in the variable of this coalescing class.
    Var(usize),
}

/// The analysis results for one function.
#[derive(Debug, Clone, Default)]
pub(crate) struct Values {
    /// Definition position of each local (parameters are absent).
    pub(crate) def: HashMap<String, Pos>,
    /// Representation of each instruction result.
    pub(crate) repr: HashMap<String, Repr>,
    /// Number of variable classes (`Repr::Var(k)` has `k < classes`).
    pub(crate) classes: usize,
    /// Allocas promoted to plain variables (their only uses are loads and stores).
    pub(crate) promoted: HashSet<String>,
    /// Instructions that must be emitted (live: side effects or used by live code).
    pub(crate) live: HashSet<Pos>,
    /// Variable classes live on entry to each block.
    pub(crate) live_in_classes: Vec<HashSet<usize>>,
    /// i64 values kept as two 32-bit words (lo, hi): loaded from memory and only stored,
    /// passed through phis, truncated or shifted right by 32 (struct copies at -O2).
    pub(crate) pairs: HashSet<String>,
}

/// Analyses `f`; the latches of `counted` loops no longer test their condition (it became
/// a `repeat` count computed in the preheader).
/// `remat_loads` (TurboWarp): a load used several times within one statement is read again
/// at each use instead of being stored in a variable (a variable write costs more there than
/// a list read).
pub(crate) fn analyse(
    f: &Function,
    cfg: &Cfg,
    counted: &HashMap<usize, Counted>,
    remat_loads: bool,
) -> Values {
    let counted_latches: HashSet<usize> = counted.values().map(|c| c.latch).collect();
    // trip counts: used at the end of the preheader, always kept in a variable
    let trips: Vec<(String, usize)> = counted
        .values()
        .filter_map(|c| local(&c.trip).map(|n| (n.to_string(), c.preheader)))
        .collect();
    let def = definitions(f);
    let promoted = promote::promoted_allocas(f);
    let pairs = pairs::word_pairs(f, &promoted);
    let live = live::live_instructions(f, cfg, &def, &counted_latches, &trips, &promoted);
    let uses = uses::use_sites(f, &live, &counted_latches, &trips);
    let (mut repr, anchor) = inline::representations(f, &live, &promoted, &uses, remat_loads);
    let vl = var_live::VarLiveness::new(f, cfg, &def, &repr, &uses, &anchor);
    let (classes, live_in_classes) = coalesce::coalesce(f, &live, &vl, &mut repr);
    Values {
        def,
        repr,
        classes,
        promoted,
        live,
        live_in_classes,
        pairs,
    }
}

/// The definition position of each instruction result.
fn definitions(f: &Function) -> HashMap<String, Pos> {
    let mut def = HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, ins) in b.instrs.iter().enumerate() {
            if let Some(r) = &ins.result {
                def.insert(r.clone(), (bi, ii));
            }
        }
    }
    def
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::lower::test_ir::DOT;

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
