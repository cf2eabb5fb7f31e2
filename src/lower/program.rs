//! The module-level lowering: memory layout, declarations (variables, lists, custom
//! blocks), the green-flag script, and the [`Program`] that comes out.

use std::collections::{HashMap, HashSet};

use super::ctx::Ctx;
use super::expr::{item, ListId, St, VarId, E};
use super::memory::{layout_globals, ptr_of};
use super::{func, LowerError, LowerOptions};
use crate::llvm::{Callee, Module, Op};
use crate::scratch::blocks::Script;
use crate::scratch::Value;

/// A variable the project must declare.
#[derive(Debug, Clone, PartialEq)]
pub struct VarDecl {
    /// Unique id (used in `project.json`).
    pub id: String,
    /// Name shown in Scratch.
    pub name: String,
    /// Initial value (a number, or a text such as the default prompt).
    pub value: Value,
    /// Declared on the stage (global) rather than the sprite.
    pub stage: bool,
}

/// A list the project must declare.
#[derive(Debug, Clone, PartialEq)]
pub struct ListDecl {
    /// Unique id.
    pub id: String,
    /// Name shown in Scratch.
    pub name: String,
    /// Initial items.
    pub items: Vec<Value>,
    /// Declared on the stage rather than the sprite.
    pub stage: bool,
}

/// A custom block definition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ProcDecl {
    /// The proccode, e.g. `matvec %s %s`.
    pub(crate) proccode: String,
    /// Argument names (also the argument reporter names).
    pub(crate) arg_names: Vec<String>,
    /// Argument ids.
    pub(crate) arg_ids: Vec<String>,
    /// Run without screen refresh.
    pub(crate) warp: bool,
    /// The body.
    pub(crate) body: Vec<St>,
}

/// The lowered program: everything one sprite needs, plus stage declarations.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The sprite's scripts (custom block definitions and the green-flag script).
    pub scripts: Vec<Script>,
    /// Variables (sprite and stage).
    pub variables: Vec<VarDecl>,
    /// Lists (sprite and stage); `memory` holds the initial memory up to the image.
    pub lists: Vec<ListDecl>,
    /// Index in `lists` of the memory list.
    pub memory_list: usize,
    /// 1-based memory item where the model image begins (`sb3_image()`'s pointer value).
    pub image_item: u64,
    /// Whether the sprite needs the letter-case costumes (`sb3_prompt_char`).
    pub case_costumes: bool,
}

impl Program {
    /// The memory list's initial items (before the image).
    pub fn memory(&self) -> &[Value] {
        &self.lists[self.memory_list].items
    }

    /// Appends the model image (or any data) at `image_item` to the memory list.
    pub fn append_image(&mut self, words: &[f64]) {
        let items = &mut self.lists[self.memory_list].items;
        items.extend(words.iter().map(|&w| Value::Number(w)));
    }

    /// Total blocks in all scripts (a size measure).
    pub fn block_count(&self) -> usize {
        self.scripts
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| b.count())
            .sum()
    }
}

/// Functions that are in a call-graph cycle (including self-recursion).
fn recursive_functions(m: &Module) -> HashSet<String> {
    let names: Vec<&str> = m.functions.iter().map(|f| f.name.as_str()).collect();
    let idx: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let n = names.len();
    let mut reach = vec![vec![false; n]; n];
    for (i, f) in m.functions.iter().enumerate() {
        for b in &f.blocks {
            for ins in &b.instrs {
                if let Op::Call {
                    callee: Callee::Direct(c),
                    ..
                } = &ins.op
                {
                    if let Some(&j) = idx.get(c.as_str()) {
                        reach[i][j] = true;
                    }
                }
            }
        }
    }
    for k in 0..n {
        for i in 0..n {
            if reach[i][k] {
                let via = reach[k].clone();
                for (r, v) in reach[i].iter_mut().zip(via) {
                    *r |= v;
                }
            }
        }
    }
    (0..n)
        .filter(|&i| reach[i][i])
        .map(|i| names[i].to_string())
        .collect()
}

/// Lowers a whole module: every defined function becomes a custom block; the green flag
/// initialises `out` and `status`, runs `main`, then sets `status` to `done`.
pub fn lower_module(m: &Module, opts: &LowerOptions) -> Result<Program, LowerError> {
    if !m.functions.iter().any(|f| f.name == "main") {
        return Err(LowerError::module(
            "no `main` function: the general-program ABI starts at `int main(void)`",
        ));
    }
    let mut lay = layout_globals(m)?;
    let globals_items = (lay.end / 4) as usize;
    let recursive = recursive_functions(m);
    // static frames for memory allocas of non-recursive functions
    let mut frames = HashMap::new();
    for f in &m.functions {
        if recursive.contains(&f.name) {
            continue;
        }
        frames.insert(f.name.clone(), lay.end);
        lay.end += func::frame_size(m, f)?;
        lay.end = lay.end.div_ceil(8) * 8;
    }
    let stack_bytes = opts.stack_items as u64 * 4;
    let stack_top = lay.end + stack_bytes;
    let image_addr = stack_top.div_ceil(16) * 16;
    let mem_items = (image_addr / 4 - 1) as usize;
    // only TurboWarp's lowering asks (whole-number pointers, `blocks_out::needs_whole`)
    let words_only = opts.target == super::Target::TurboWarp
        && stack_top % 4 == 0
        && super::words::words_only(m, &lay, &frames);
    let memory: Vec<Value> = lay
        .image
        .to_items(mem_items)
        .into_iter()
        .map(Value::Number)
        .collect();
    let mut ctx = Ctx {
        m,
        lay,
        vars: vec![],
        lists: vec![],
        procs: vec![],
        mem: ListId(0),
        out: ListId(0),
        stack: ListId(0),
        pow2: ListId(0),
        chars: None,
        fn_proc: HashMap::new(),
        ret_var: HashMap::new(),
        recursive,
        frames,
        sp: VarId(0),
        helpers: HashMap::new(),
        status: VarId(0),
        case_costumes: false,
        whole_vars: HashSet::new(),
        words_only,
        target: opts.target,
    };
    ctx.mem = ctx.new_list("memory", memory, false);
    ctx.out = ctx.new_list("out", vec![], true);
    ctx.stack = ctx.new_list("save stack", vec![], false);
    ctx.pow2 = ctx.new_list(
        "pow2",
        (0..64).map(|k| Value::Number(2f64.powi(k))).collect(),
        false,
    );
    ctx.sp = ctx.new_var("sp".into(), ptr_of(stack_top));
    ctx.status = VarId(ctx.vars.len());
    ctx.vars.push(VarDecl {
        id: "status".into(),
        name: "status".into(),
        value: Value::Text(String::new()),
        stage: true,
    });
    let image_item = image_addr / 4;
    for f in &m.functions {
        let warp = !f.attrs.iter().any(|a| a.contains("sb3_nowarp"));
        let args: Vec<String> = f.params.iter().map(|p| p.name.clone()).collect();
        let p = ctx.new_proc(&f.name, &args, warp);
        ctx.fn_proc.insert(f.name.clone(), p);
        let rv = ctx.new_var(format!("{}: ret", f.name), 0.0);
        ctx.ret_var.insert(f.name.clone(), rv);
    }
    for f in &m.functions {
        let body = func::lower_function(&mut ctx, f, image_item)?;
        let p = ctx.fn_proc[&f.name];
        ctx.procs[p.0].body = body;
    }
    // green flag: reset out and the save stack, status, run main, done
    let main = ctx.fn_proc["main"];
    // a program that reports its own status (sb3_status) says when it is done
    let own_status = m.declarations.iter().any(|d| d.name == "sb3_status");
    let mut green = vec![
        St::DeleteAll(ctx.out),
        St::DeleteAll(ctx.stack),
        St::Set(ctx.sp, E::Num(ptr_of(stack_top))),
    ];
    // globals start from their initial values on every run: copy them from `memory init`
    let init_items: Vec<Value> =
        ctx.lists[ctx.mem.0].items[..globals_items.min(mem_items)].to_vec();
    if !init_items.is_empty() {
        // in a warp custom block: a loop in the green-flag script would yield every iteration
        let n = init_items.len();
        let init = ctx.new_list("memory init", init_items, false);
        let k = ctx.new_var("rt init index".into(), 0.0);
        let p = ctx.new_proc("rt init memory", &[], true);
        ctx.procs[p.0].body = vec![
            St::Set(k, E::Num(0.0)),
            St::Repeat(
                E::Num(n as f64),
                vec![
                    St::Change(k, E::Num(1.0)),
                    St::Replace(ctx.mem, E::Var(k), item(init, E::Var(k))),
                ],
            ),
        ];
        green.push(St::Call(p, vec![]));
    }
    if let Some(k) = ctx
        .lists
        .iter()
        .position(|l| l.name == super::model_abi::TOKEN_IDS)
    {
        green.push(St::DeleteAll(ListId(k)));
    }
    if let Some(k) = ctx
        .vars
        .iter()
        .position(|v| v.stage && v.name == super::model_abi::STORY)
    {
        green.push(St::Set(VarId(k), E::Text(String::new())));
    }
    green.push(St::Set(
        ctx.status,
        E::Text(if own_status { "ready" } else { "running" }.into()),
    ));
    green.push(St::Call(main, vec![]));
    if !own_status {
        green.push(St::Set(ctx.status, E::Text("done".into())));
    }
    let scripts = super::blocks_out::scripts(&ctx, &green);
    Ok(Program {
        scripts,
        variables: ctx.vars,
        lists: ctx.lists,
        memory_list: ctx.mem.0,
        image_item,
        case_costumes: ctx.case_costumes,
    })
}
