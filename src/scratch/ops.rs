//! Constructors for the blocks used most: variables, lists, operators, control, custom
//! blocks. They only build [`Block`] trees; nothing here checks scope (writing does).

use super::blocks::{Block, Input, Mutation, Script};
use super::project::{ListRef, Project, VarRef};

/// A number literal input.
pub fn num(x: f64) -> Input {
    Input::Number(x)
}

/// A text literal input.
pub fn text(s: impl Into<String>) -> Input {
    Input::Text(s.into())
}

/// A reporter block as an input.
pub fn rep(b: Block) -> Input {
    Input::Reporter(Box::new(b))
}

/// A boolean block as an input.
pub fn cond(b: Block) -> Input {
    Input::Boolean(Box::new(b))
}

impl VarRef {
    /// `(variable)` reporter.
    pub fn get(&self) -> Block {
        Block::new("data_variable").field_ref("VARIABLE", self.name.clone(), self.id.clone())
    }

    /// `(variable)` as an input.
    pub fn input(&self) -> Input {
        rep(self.get())
    }

    /// `set [variable] to (value)`.
    pub fn set(&self, value: Input) -> Block {
        Block::new("data_setvariableto")
            .input("VALUE", value)
            .field_ref("VARIABLE", self.name.clone(), self.id.clone())
    }

    /// `change [variable] by (delta)`.
    pub fn change(&self, delta: Input) -> Block {
        Block::new("data_changevariableby")
            .input("VALUE", delta)
            .field_ref("VARIABLE", self.name.clone(), self.id.clone())
    }
}

impl ListRef {
    fn with(&self, opcode: &'static str) -> Block {
        Block::new(opcode).field_ref("LIST", self.name.clone(), self.id.clone())
    }

    /// `(list)` contents reporter.
    pub fn contents(&self) -> Block {
        self.with("data_listcontents")
    }

    /// `(item (index) of [list])`.
    pub fn item(&self, index: Input) -> Block {
        self.with("data_itemoflist").input("INDEX", index)
    }

    /// `(length of [list])`.
    pub fn length(&self) -> Block {
        self.with("data_lengthoflist")
    }

    /// `add (item) to [list]`.
    pub fn add(&self, item: Input) -> Block {
        self.with("data_addtolist").input("ITEM", item)
    }

    /// `replace item (index) of [list] with (item)`.
    pub fn replace(&self, index: Input, item: Input) -> Block {
        self.with("data_replaceitemoflist")
            .input("INDEX", index)
            .input("ITEM", item)
    }

    /// `delete all of [list]`.
    pub fn delete_all(&self) -> Block {
        self.with("data_deletealloflist")
    }
}

/// A two-number operator (`operator_add`, `operator_subtract`, `operator_multiply`,
/// `operator_divide`, `operator_mod`, `operator_random`'s FROM/TO excepted).
pub fn arith(opcode: &'static str, a: Input, b: Input) -> Block {
    Block::new(opcode).input("NUM1", a).input("NUM2", b)
}

/// A comparison (`operator_lt`, `operator_equals`, `operator_gt`).
pub fn compare(opcode: &'static str, a: Input, b: Input) -> Block {
    Block::new(opcode).input("OPERAND1", a).input("OPERAND2", b)
}

/// `(op v of (x))` with op one of abs, floor, ceiling, sqrt, sin, cos, tan, asin, acos,
/// atan, ln, log, `e ^`, `10 ^`.
pub fn mathop(op: &str, x: Input) -> Block {
    Block::new("operator_mathop")
        .input("NUM", x)
        .field("OPERATOR", op)
}

/// `when green flag clicked`.
pub fn when_flag() -> Block {
    Block::new("event_whenflagclicked")
}

/// `repeat (times) { body }`.
pub fn repeat(times: Input, body: Vec<Block>) -> Block {
    Block::new("control_repeat")
        .input("TIMES", times)
        .input("SUBSTACK", Input::Substack(body))
}

/// `repeat until <condition> { body }`.
pub fn repeat_until(condition: Block, body: Vec<Block>) -> Block {
    Block::new("control_repeat_until")
        .input("CONDITION", cond(condition))
        .input("SUBSTACK", Input::Substack(body))
}

/// `if <condition> then { body }`.
pub fn if_then(condition: Block, body: Vec<Block>) -> Block {
    Block::new("control_if")
        .input("CONDITION", cond(condition))
        .input("SUBSTACK", Input::Substack(body))
}

/// `if <condition> then { yes } else { no }`.
pub fn if_else(condition: Block, yes: Vec<Block>, no: Vec<Block>) -> Block {
    Block::new("control_if_else")
        .input("CONDITION", cond(condition))
        .input("SUBSTACK", Input::Substack(yes))
        .input("SUBSTACK2", Input::Substack(no))
}

/// `stop [this script]` (inside a custom block: return from it).
pub fn stop_this_script() -> Block {
    Block::new("control_stop")
        .field("STOP_OPTION", "this script")
        .mutation(Mutation {
            has_next: Some(false),
            ..Mutation::default()
        })
}

/// A custom block's signature: build its definition, calls, and argument reporters from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Procedure {
    /// The prototype's mutation (proccode, argument ids/names/defaults, warp).
    pub mutation: Mutation,
}

impl Procedure {
    /// A custom block `name %s %s …` with one text/number argument per name; argument ids are
    /// fresh project ids. `warp`: run without screen refresh.
    pub fn new(project: &mut Project, name: &str, args: &[&str], warp: bool) -> Procedure {
        let mut proccode = name.to_string();
        for _ in args {
            proccode.push_str(" %s");
        }
        Procedure {
            mutation: Mutation {
                proccode,
                argument_ids: args.iter().map(|_| project.fresh_id("a")).collect(),
                argument_names: args.iter().map(|a| a.to_string()).collect(),
                argument_defaults: args.iter().map(|_| String::new()).collect(),
                warp,
                has_next: None,
            },
        }
    }

    /// The definition script: `define …` hat (with its prototype shadow) and then `body`.
    pub fn define(&self, x: f64, y: f64, body: Vec<Block>) -> Script {
        let mut prototype = Block::new("procedures_prototype").mutation(self.mutation.clone());
        for (id, name) in self
            .mutation
            .argument_ids
            .iter()
            .zip(&self.mutation.argument_names)
        {
            let shadow = Block::new("argument_reporter_string_number").field("VALUE", name.clone());
            prototype = prototype.input(id.clone(), Input::Shadow(Box::new(shadow)));
        }
        let hat = Block::new("procedures_definition")
            .input("custom_block", Input::Shadow(Box::new(prototype)));
        let mut blocks = vec![hat];
        blocks.extend(body);
        Script::new(x, y, blocks)
    }

    /// A call with one input per argument (missing ones are left empty).
    pub fn call(&self, args: Vec<Input>) -> Block {
        let mutation = Mutation {
            argument_names: Vec::new(),
            argument_defaults: Vec::new(),
            ..self.mutation.clone()
        };
        let mut call = Block::new("procedures_call").mutation(mutation);
        for (id, arg) in self.mutation.argument_ids.iter().zip(args) {
            call = call.input(id.clone(), arg);
        }
        call
    }

    /// The reporter of argument `i` (by name), for the definition's body.
    pub fn arg(&self, i: usize) -> Block {
        let name = self
            .mutation
            .argument_names
            .get(i)
            .cloned()
            .unwrap_or_default();
        Block::new("argument_reporter_string_number").field("VALUE", name)
    }
}
