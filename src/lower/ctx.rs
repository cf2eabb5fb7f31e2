//! The shared context of the lowering: module-wide state (memory layout, declared
//! variables, lists and custom blocks, helper procedures) that every function's lowering
//! and the runtime helpers add to.

use std::collections::{HashMap, HashSet};

use super::expr::{ListId, ProcId, VarId};
use super::memory::Layout;
use super::program::{ListDecl, ProcDecl, VarDecl};
use crate::llvm::Module;
use crate::scratch::Value;

/// Module-wide state shared by the function lowerings.
pub(crate) struct Ctx<'m> {
    /// The module.
    pub(crate) m: &'m Module,
    /// Globals' addresses and the initial memory.
    pub(crate) lay: Layout,
    /// Declared variables.
    pub(crate) vars: Vec<VarDecl>,
    /// Declared lists.
    pub(crate) lists: Vec<ListDecl>,
    /// Custom blocks.
    pub(crate) procs: Vec<ProcDecl>,
    /// The memory list.
    pub(crate) mem: ListId,
    /// The stage list `out`.
    pub(crate) out: ListId,
    /// The save stack for recursion.
    pub(crate) stack: ListId,
    /// Powers of two 2^0..2^63 (item k+1 is 2^k).
    pub(crate) pow2: ListId,
    /// The character table (item c+1 is the character with code c).
    pub(crate) chars: Option<ListId>,
    /// Procedure of each defined function.
    pub(crate) fn_proc: HashMap<String, ProcId>,
    /// Return-value variable of each defined function.
    pub(crate) ret_var: HashMap<String, VarId>,
    /// Functions in a call-graph cycle.
    pub(crate) recursive: HashSet<String>,
    /// Static frame (byte address) of each non-recursive function's memory allocas.
    pub(crate) frames: HashMap<String, u64>,
    /// Stack pointer variable (pointer form), for recursive functions' frames.
    pub(crate) sp: VarId,
    /// Runtime helper procedures created so far, by name.
    pub(crate) helpers: HashMap<&'static str, ProcId>,
    /// The stage variable `status`.
    pub(crate) status: VarId,
    /// Whether the sprite needs the letter-case costumes ([`super::char_table::CharTable::costume_names`]).
    pub(crate) case_costumes: bool,
    /// The VM the project is for (TurboWarp gets number-typed variables and indices).
    pub(crate) target: super::Target,
    /// Variables that only ever hold whole numbers (integer or, when every pointer of the
    /// module is word-aligned, pointer values): for TurboWarp their `set`s are kept whole
    /// in V8's eyes ([`super::blocks_out`]).
    pub(crate) whole_vars: HashSet<usize>,
    /// Whether every pointer of the module is a whole number of words (no byte-sized
    /// memory access, every address offset a multiple of 4): pointers are then whole list
    /// positions. Checked for the TurboWarp target only (false for Scratch, which never asks).
    pub(crate) words_only: bool,
}

impl Ctx<'_> {
    /// Declares a sprite variable and returns its id.
    pub(crate) fn new_var(&mut self, name: String, value: f64) -> VarId {
        let k = self.vars.len();
        self.vars.push(VarDecl {
            id: format!("v{k}"),
            name,
            value: Value::Number(value),
            stage: false,
        });
        VarId(k)
    }

    /// Declares a list.
    pub(crate) fn new_list(&mut self, name: &str, items: Vec<Value>, stage: bool) -> ListId {
        let k = self.lists.len();
        self.lists.push(ListDecl {
            id: format!("l{k}"),
            name: name.to_string(),
            items,
            stage,
        });
        ListId(k)
    }

    /// Declares a custom block (body filled later).
    pub(crate) fn new_proc(&mut self, name: &str, args: &[String], warp: bool) -> ProcId {
        let k = self.procs.len();
        // `%` starts an argument slot in a proccode: keep it out of the name
        let label = name.replace('%', "_");
        let proccode = std::iter::once(label)
            .chain(args.iter().map(|_| "%s".to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        let arg_ids = (0..args.len()).map(|i| format!("p{k}a{i}")).collect();
        self.procs.push(ProcDecl {
            proccode,
            arg_names: args.to_vec(),
            arg_ids,
            warp,
            body: vec![],
        });
        ProcId(k)
    }

    /// The character table list (`chars`, see [`super::char_table`]), created on first use.
    pub(crate) fn chars(&mut self) -> ListId {
        if let Some(l) = self.chars {
            return l;
        }
        let items = super::char_table::char_table()
            .chars
            .iter()
            .map(|c| Value::Text(c.clone()))
            .collect();
        let l = self.new_list("chars", items, false);
        self.chars = Some(l);
        l
    }
}
