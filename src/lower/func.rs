//! One function's lowering: the state shared by instruction selection ([`super::select`])
//! and statement emission ([`super::emit`]), and the driver that runs the passes.

use std::collections::HashMap;

use super::cfg::Cfg;
use super::ctx::Ctx;
use super::expr::{St, VarId, E};
use super::loops::{prepare, Counted};
use super::memory::{ptr_of, size_align};
use super::ops::is_dynamic;
use super::structure::structure;
use super::values::{analyse, Repr, Values};
use super::LowerError;
use crate::llvm::{Function, Loc, Module, Op, ValueKind};

/// Bytes of static frame the memory allocas of `f` need.
pub(crate) fn frame_size(m: &Module, f: &Function) -> Result<u64, LowerError> {
    let mut size = 0u64;
    for b in &f.blocks {
        for ins in &b.instrs {
            if let Op::Alloca { ty, count, align } = &ins.op {
                let (s, a) = size_align(m, ty).map_err(|e| err_at(f, &b.name, ins.loc, &e))?;
                let n = match count {
                    None => 1,
                    Some(v) => match &v.kind {
                        ValueKind::Const(crate::llvm::Constant::Int { value, .. }) => *value as u64,
                        _ => continue, // variable length: allocated below `sp` at run time
                    },
                };
                let a = a.max(align.unwrap_or(1) as u64).max(4);
                size = size.div_ceil(a) * a + s * n;
            }
        }
    }
    for p in &f.params {
        if let Some(t) = &p.attrs.byval {
            let (s, a) = size_align(m, t).map_err(|e| err_at(f, &f.blocks[0].name, f.loc, &e))?;
            let a = a.max(4);
            size = size.div_ceil(a) * a + s;
        }
    }
    Ok(size.div_ceil(8) * 8)
}

/// A lowering error inside function `f`, block `block`.
pub(crate) fn err_at(f: &Function, block: &str, loc: Loc, msg: &str) -> LowerError {
    LowerError {
        function: format!("@{}", f.name),
        block: Some(block.to_string()),
        loc,
        message: msg.to_string(),
    }
}

/// Per-function lowering state.
pub(crate) struct FnLower<'c, 'm> {
    /// Module-wide state.
    pub(crate) ctx: &'c mut Ctx<'m>,
    /// The (rewritten) function.
    pub(crate) f: Function,
    /// Its CFG.
    pub(crate) cfg: Cfg,
    /// Value representation.
    pub(crate) vals: Values,
    /// Variable of each coalescing class.
    pub(crate) class_var: Vec<VarId>,
    /// High-word variable of each class holding i64 word pairs.
    pub(crate) class_hi: HashMap<usize, VarId>,
    /// Variable of each promoted alloca.
    pub(crate) promoted_var: HashMap<String, VarId>,
    /// Address (pointer form) of each memory alloca, relative to the frame base.
    pub(crate) alloca_off: HashMap<String, f64>,
    /// Whether this function is in a call-graph cycle.
    pub(crate) recursive: bool,
    /// Words of this function's frame when recursive (allocated below `sp`).
    pub(crate) frame_words: f64,
    /// Static frame base (pointer form) when not recursive.
    pub(crate) frame_base: f64,
    /// The escape flag variable of the structured lowering.
    pub(crate) esc: VarId,
    /// `sp` on entry, restored on return, when the function has variable-length allocas.
    pub(crate) saved_sp: Option<VarId>,
    /// Whether `esc` was used.
    pub(crate) esc_used: bool,
    /// Counted loops by header.
    pub(crate) counted: HashMap<usize, Counted>,
    /// Temporary variables (parallel copies, helpers), reused across the function.
    pub(crate) temps: Vec<VarId>,
    /// `sb3_image()`'s pointer value.
    pub(crate) image_item: u64,
    /// Index of each block by label.
    pub(crate) block_index: HashMap<String, usize>,
    /// Counted loops lowered without `repeat (n)`: latch block -> (countdown variable,
    /// whether the latch exits when its condition is true). The latch's own condition is
    /// dead (see [`super::values::analyse`]), so the countdown ends the loop instead.
    pub(crate) latch_count: HashMap<usize, (VarId, bool)>,
    /// Every countdown variable of `latch_count` (saved around recursive calls).
    pub(crate) countdown_vars: Vec<VarId>,
}

impl FnLower<'_, '_> {
    /// An error at instruction location `loc` in block `b`.
    pub(crate) fn err(&self, b: usize, loc: Loc, msg: impl AsRef<str>) -> LowerError {
        err_at(&self.f, &self.f.blocks[b].name, loc, msg.as_ref())
    }

    /// The `k`-th temporary variable of this function.
    pub(crate) fn temp(&mut self, k: usize) -> VarId {
        while self.temps.len() <= k {
            let n = self.temps.len();
            let v = self.ctx.new_var(format!("{}: tmp{n}", self.f.name), 0.0);
            self.temps.push(v);
        }
        self.temps[k]
    }

    /// The variable holding local `name`, if it has one.
    pub(crate) fn var_of(&self, name: &str) -> Option<VarId> {
        match self.vals.repr.get(name) {
            Some(Repr::Var(c)) => self.class_var.get(*c).copied(),
            _ => None,
        }
    }
}

/// Lowers one function into its custom block's body.
pub(crate) fn lower_function(
    ctx: &mut Ctx,
    f: &Function,
    image_item: u64,
) -> Result<Vec<St>, LowerError> {
    let cfg_of = |g: &Function| {
        Cfg::new(g).map_err(|l| {
            err_at(
                f,
                &f.blocks[0].name,
                f.loc,
                &format!("branch to unknown label %{l}"),
            )
        })
    };
    let cfg0 = cfg_of(f)?;
    let (f2, counted) = prepare(ctx.m, f, &cfg0);
    let cfg = cfg_of(&f2)?;
    let vals = analyse(&f2, &cfg, &counted, ctx.target == super::Target::TurboWarp);
    let recursive = ctx.recursive.contains(&f.name);
    let (class_var, class_hi) = class_vars(ctx, &f.name, &f2, &vals);
    if ctx.target == super::Target::TurboWarp {
        let whole = whole_classes(&f2, &vals, ctx.words_only);
        for (c, v) in class_var.iter().enumerate() {
            if whole[c] {
                ctx.whole_vars.insert(v.0);
            }
        }
        ctx.whole_vars.extend(class_hi.values().map(|v| v.0));
    }
    let Frame {
        promoted_var,
        alloca_off,
        has_dynamic,
        byval,
        off,
    } = frame(ctx, f, &f2, &vals)?;
    let frame_words = (off.div_ceil(8) * 8) as f64 / 4.0;
    let frame_base = ctx.frames.get(&f.name).map(|&a| ptr_of(a)).unwrap_or(0.0);
    let esc = ctx.new_var(format!("{}: esc", f.name), 0.0);
    let block_index = f2
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| (b.name.clone(), i))
        .collect();
    let saved_sp = if has_dynamic {
        Some(ctx.new_var(format!("{}: saved sp", f.name), 0.0))
    } else {
        None
    };
    let mut fl = FnLower {
        ctx,
        f: f2,
        cfg,
        vals,
        class_var,
        class_hi,
        promoted_var,
        alloca_off,
        recursive,
        frame_words,
        frame_base,
        esc,
        saved_sp,
        esc_used: false,
        counted,
        temps: vec![],
        image_item,
        block_index,
        latch_count: HashMap::new(),
        countdown_vars: vec![],
    };
    let mut body = Vec::new();
    if let Some(v) = fl.saved_sp {
        body.push(St::Set(v, E::Var(fl.ctx.sp)));
    }
    if fl.recursive && fl.frame_words > 0.0 {
        body.push(St::Change(fl.ctx.sp, E::Num(-fl.frame_words)));
    }
    for (name, off, size) in byval {
        let slot = if fl.recursive {
            super::expr::add(E::Var(fl.ctx.sp), E::Num(off))
        } else {
            E::Num(fl.frame_base + off)
        };
        let copy = super::runtime::memcpy(fl.ctx);
        body.push(St::Call(
            copy,
            vec![slot, E::Arg(name), E::Num(size as f64)],
        ));
    }
    if fl.cfg.reducible {
        let tree = structure(&fl.f, &fl.cfg);
        body.extend(fl.lower_tree(&tree)?);
    } else {
        body.extend(fl.lower_dispatch()?);
    }
    super::emit::strip_final_stop(&mut body);
    Ok(body)
}

/// Which coalescing classes hold only whole numbers: integers, and pointers when
/// `pointers_whole` (every pointer of the module is a whole number of words). A class's
/// members share one type; it is read off any operand naming a member.
fn whole_classes(f2: &Function, vals: &Values, pointers_whole: bool) -> Vec<bool> {
    let mut whole = vec![false; vals.classes];
    let mut mark = |v: &crate::llvm::Value| {
        let Some(n) = super::ops::local(v) else {
            return;
        };
        if let Some(Repr::Var(c)) = vals.repr.get(n) {
            match v.ty {
                crate::llvm::Type::Int(_) => whole[*c] = true,
                crate::llvm::Type::Ptr if pointers_whole => whole[*c] = true,
                _ => {}
            }
        }
    };
    for b in &f2.blocks {
        for ins in &b.instrs {
            if let Op::Phi { incoming, .. } = &ins.op {
                incoming.iter().for_each(|(v, _)| mark(v));
            } else {
                super::ops::operands(&ins.op)
                    .into_iter()
                    .for_each(&mut mark);
            }
        }
        super::ops::term_operands(&b.term, false)
            .into_iter()
            .for_each(&mut mark);
    }
    whole
}

/// One variable per coalescing class (named after its first member), and a high-word
/// variable per class holding i64 word pairs.
fn class_vars(
    ctx: &mut Ctx,
    fname: &str,
    f2: &Function,
    vals: &Values,
) -> (Vec<VarId>, HashMap<usize, VarId>) {
    let mut class_var = Vec::new();
    // name each class after one member
    let mut names: Vec<Option<String>> = vec![None; vals.classes];
    for b in &f2.blocks {
        for ins in &b.instrs {
            if let Some(r) = &ins.result {
                if let Some(Repr::Var(c)) = vals.repr.get(r) {
                    if names[*c].is_none() {
                        names[*c] = Some(r.clone());
                    }
                }
            }
        }
    }
    for n in names {
        let v = ctx.new_var(format!("{}:{}", fname, n.unwrap_or_default()), 0.0);
        class_var.push(v);
    }
    let mut class_hi = HashMap::new();
    let mut pairs: Vec<&String> = vals.pairs.iter().collect();
    pairs.sort_by_key(|p| (vals.def.get(*p), *p));
    for p in pairs {
        if let Some(Repr::Var(c)) = vals.repr.get(p) {
            if !class_hi.contains_key(c) {
                let v = ctx.new_var(format!("{}:{}.hi", fname, p), 0.0);
                class_hi.insert(*c, v);
            }
        }
    }
    (class_var, class_hi)
}

/// A function's static frame: promoted allocas' variables, the other allocas' and byval
/// copies' offsets.
struct Frame {
    /// Variable of each promoted alloca.
    promoted_var: HashMap<String, VarId>,
    /// Word offset of each memory alloca and byval copy.
    alloca_off: HashMap<String, f64>,
    /// Whether the function has variable-length allocas.
    has_dynamic: bool,
    /// Byval parameters: (name, word offset, bytes).
    byval: Vec<(String, f64, u64)>,
    /// Bytes of the frame.
    off: u64,
}

/// Lays out the frame of `f` (rewritten as `f2`).
fn frame(ctx: &mut Ctx, f: &Function, f2: &Function, vals: &Values) -> Result<Frame, LowerError> {
    let mut promoted_var = HashMap::new();
    let mut alloca_off = HashMap::new();
    let mut off = 0u64;
    let mut has_dynamic = false;
    for b in &f2.blocks {
        for ins in &b.instrs {
            if let (Some(r), Op::Alloca { ty, count, align }) = (&ins.result, &ins.op) {
                if is_dynamic(count) {
                    has_dynamic = true;
                    continue;
                }
                if vals.promoted.contains(r) {
                    let v = ctx.new_var(format!("{}:{}", f.name, r), 0.0);
                    promoted_var.insert(r.clone(), v);
                } else {
                    let (s, a) =
                        size_align(ctx.m, ty).map_err(|e| err_at(f, &b.name, ins.loc, &e))?;
                    let n = match count {
                        Some(crate::llvm::Value {
                            kind: ValueKind::Const(crate::llvm::Constant::Int { value, .. }),
                            ..
                        }) => *value as u64,
                        _ => 1,
                    };
                    let a = a.max(align.unwrap_or(1) as u64).max(4);
                    off = off.div_ceil(a) * a;
                    alloca_off.insert(r.clone(), off as f64 / 4.0);
                    off += s * n;
                }
            }
        }
    }
    // byval parameters: the callee's private copy lives in its frame
    let mut byval = Vec::new();
    for p in &f2.params {
        if let Some(t) = &p.attrs.byval {
            let (s, a) =
                size_align(ctx.m, t).map_err(|e| err_at(f, &f.blocks[0].name, f.loc, &e))?;
            let a = a.max(4);
            off = off.div_ceil(a) * a;
            alloca_off.insert(p.name.clone(), off as f64 / 4.0);
            byval.push((p.name.clone(), off as f64 / 4.0, s));
            off += s;
        }
    }
    Ok(Frame {
        promoted_var,
        alloca_off,
        has_dynamic,
        byval,
        off,
    })
}
