//! Scratch blocks as trees: what the lowering builds and the writer flattens into
//! `project.json` (block ids, `parent`/`next` links, input arrays, shadows).

use std::borrow::Cow;
use std::sync::Arc;

/// A block's opcode or an input/field name: static for the common case, owned when built.
pub type Name = Cow<'static, str>;

/// One Scratch block (a hat, a stack block, a C block or a reporter).
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Opcode, e.g. `operator_add`, `data_setvariableto`, `procedures_call`.
    pub opcode: Name,
    /// Inputs by name (`NUM1`, `CONDITION`, `SUBSTACK`, or argument ids for calls).
    pub inputs: Vec<(Name, Input)>,
    /// Fields by name (`VARIABLE`, `LIST`, `OPERATOR`, `VALUE`, ...).
    pub fields: Vec<(Name, Field)>,
    /// Mutation (procedure prototypes and calls, `control_stop`).
    pub mutation: Option<Mutation>,
}

/// What fills a block input.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A number literal in a `math_number` shadow: `[1, [4, "1.5"]]`.
    Number(f64),
    /// A text literal in a `text` shadow: `[1, [10, "hi"]]`.
    Text(String),
    /// A reporter block covering the input's shadow: `[3, id, [10, ""]]`; a variable or
    /// list reporter (`data_variable`, `data_listcontents`) is written in compact form.
    Reporter(Box<Block>),
    /// A boolean reporter in a hexagonal slot (no shadow): `[2, id]`.
    Boolean(Box<Block>),
    /// A stack of blocks in a C block's mouth (no shadow): `[2, id]`; empty is omitted.
    Substack(Vec<Block>),
    /// A shadow block of its own (menus such as `looks_costume`, the procedure prototype
    /// under `procedures_definition`): `[1, id]`.
    Shadow(Box<Block>),
    /// A broadcast menu literal: `[1, [11, name, id]]`.
    Broadcast {
        /// Broadcast name.
        name: String,
        /// Broadcast id.
        id: String,
    },
}

/// A field value, with the id for variable, list and broadcast fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Displayed value (variable name, operator name, argument name, ...).
    pub value: String,
    /// Id of the referenced variable, list or broadcast, if any.
    pub id: Option<String>,
}

/// The mutation of a procedure prototype or call (and `control_stop`'s `hasnext`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mutation {
    /// e.g. `"matvec %s %s %s"`; one `%s` (text/number) or `%b` (boolean) per argument.
    pub proccode: String,
    /// Argument ids, in order.
    pub argument_ids: Vec<String>,
    /// Argument names (prototype only), in order.
    pub argument_names: Vec<String>,
    /// Argument defaults (prototype only), in order.
    pub argument_defaults: Vec<String>,
    /// "Run without screen refresh".
    pub warp: bool,
    /// For `control_stop`: whether blocks may follow (`"other scripts in sprite"`).
    pub has_next: Option<bool>,
}

/// A top-level stack of blocks on a target's workspace (usually starting with a hat).
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    /// Workspace x position.
    pub x: f64,
    /// Workspace y position.
    pub y: f64,
    /// The blocks in order, `next`-linked by the writer. Shared (a project made from the
    /// lowered program copies no blocks, and the writer reuses a shared script's JSON);
    /// change them through [`Script::blocks_mut`].
    pub blocks: Arc<Vec<Block>>,
}

impl Script {
    /// A script at (`x`, `y`) on the workspace.
    pub fn new(x: f64, y: f64, blocks: Vec<Block>) -> Self {
        Script {
            x,
            y,
            blocks: Arc::new(blocks),
        }
    }

    /// The blocks, to change (copied first when they are shared).
    pub fn blocks_mut(&mut self) -> &mut Vec<Block> {
        Arc::make_mut(&mut self.blocks)
    }
}

impl Block {
    /// A block with an opcode and nothing else.
    pub fn new(opcode: impl Into<Name>) -> Self {
        Block {
            opcode: opcode.into(),
            inputs: Vec::new(),
            fields: Vec::new(),
            mutation: None,
        }
    }

    /// Adds an input.
    pub fn input(mut self, name: impl Into<Name>, input: Input) -> Self {
        self.inputs.push((name.into(), input));
        self
    }

    /// Adds a field without id.
    pub fn field(mut self, name: impl Into<Name>, value: impl Into<String>) -> Self {
        self.fields.push((
            name.into(),
            Field {
                value: value.into(),
                id: None,
            },
        ));
        self
    }

    /// Adds a field that references a variable, list or broadcast by id.
    pub fn field_ref(
        mut self,
        name: impl Into<Name>,
        value: impl Into<String>,
        id: impl Into<String>,
    ) -> Self {
        self.fields.push((
            name.into(),
            Field {
                value: value.into(),
                id: Some(id.into()),
            },
        ));
        self
    }

    /// Sets the mutation.
    pub fn mutation(mut self, mutation: Mutation) -> Self {
        self.mutation = Some(mutation);
        self
    }

    /// The input named `name`, if present.
    pub fn get_input(&self, name: &str) -> Option<&Input> {
        self.inputs.iter().find(|(n, _)| n == name).map(|(_, i)| i)
    }

    /// Calls `f` on this block and every block below it (reporters, substacks and shadows),
    /// parents before children.
    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a Block)) {
        f(self);
        for (_, input) in &self.inputs {
            match input {
                Input::Reporter(b) | Input::Boolean(b) | Input::Shadow(b) => b.visit(f),
                Input::Substack(s) => s.iter().for_each(|b| b.visit(f)),
                Input::Number(_) | Input::Text(_) | Input::Broadcast { .. } => {}
            }
        }
    }

    /// The field named `name`, if present.
    pub fn get_field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, f)| f)
    }

    /// Number of blocks in this tree, counting nested reporters and substacks (not shadows).
    pub fn count(&self) -> usize {
        1 + self
            .inputs
            .iter()
            .map(|(_, i)| match i {
                Input::Reporter(b) | Input::Boolean(b) => b.count(),
                Input::Substack(s) => s.iter().map(Block::count).sum(),
                _ => 0,
            })
            .sum::<usize>()
    }
}
