//! Scratch statements and reporters → block trees ([`crate::scratch::blocks`]), and the
//! scripts of the sprite (custom block definitions and the green-flag script).

use super::ctx::Ctx;
use super::expr::*;
use crate::scratch::blocks::{Block, Input, Mutation, Script};

/// A number as Scratch writes it in a text field (`Infinity`, `NaN` included).
pub(crate) fn num_text(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if v == 0.0 && v.is_sign_negative() {
        "-0".into()
    } else {
        format!("{v}")
    }
}

struct Out<'a, 'm> {
    ctx: &'a Ctx<'m>,
}

impl Out<'_, '_> {
    fn var(&self, v: VarId) -> Block {
        let d = &self.ctx.vars[v.0];
        Block::new("data_variable").field_ref("VARIABLE", d.name.clone(), d.id.clone())
    }

    fn list_field(&self, b: Block, l: ListId) -> Block {
        let d = &self.ctx.lists[l.0];
        b.field_ref("LIST", d.name.clone(), d.id.clone())
    }

    /// A reporter in a round number slot.
    fn num_in(&self, e: &E) -> Input {
        match e {
            E::Num(v) if v.is_finite() && !(*v == 0.0 && v.is_sign_negative()) => Input::Number(*v),
            E::Num(v) => Input::Text(num_text(*v)),
            E::Text(t) => Input::Text(t.clone()),
            other => Input::Reporter(Box::new(self.reporter(other))),
        }
    }

    /// A list index. For TurboWarp a bare variable or argument becomes `(v + 0)`: its
    /// compiler reads a list directly (`list.value[i - 1]`) only at an index it knows is a
    /// number, and calls the slower `listGet` for a variable's value.
    fn index_in(&self, e: &E) -> Input {
        if self.ctx.target == super::Target::TurboWarp && matches!(e, E::Var(_) | E::Arg(_)) {
            return self.num_in(&E::Bin(
                Arith::Add,
                Box::new(e.clone()),
                Box::new(E::Num(0.0)),
            ));
        }
        self.num_in(e)
    }

    /// The value of `set` (`other`: a stage variable or a runtime one, which may hold text).
    /// For TurboWarp, a variable of a function's values (`f:name`, always a number) set
    /// from a variable, an argument or a memory item gets `(value - 0)`: its compiler types
    /// a variable as a number only when every `set` of it is arithmetic or a number, and then
    /// drops the conversions around each read (`toNotNaN(+v)`, `| 0` on list indices).
    fn set_value_in(&self, other: bool, e: &E) -> Input {
        let untyped = match e {
            E::Arg(_) => true,
            E::Var(src) => !self.ctx.vars[src.0].stage,
            E::Item(l, _) => *l == self.ctx.mem,
            _ => false,
        };
        if self.ctx.target == super::Target::TurboWarp && !other && untyped {
            // `- 0`, not `+ 0`: -0 - 0 is -0, -0 + 0 is +0
            return self.num_in(&E::Bin(
                Arith::Sub,
                Box::new(e.clone()),
                Box::new(E::Num(0.0)),
            ));
        }
        self.text_in(e)
    }

    /// Whether, for TurboWarp, `set v to e` needs `round`: `v` holds only whole numbers but
    /// `e` may reach V8 as a fraction-typed number (a product with 0.25, a list item, an
    /// argument). V8 then boxes every store of `v` and of the pointers stepped from it in a
    /// loop (measured 27% slower matvecs); a whole number keeps them small integers.
    /// `round` of a whole number is the same number.
    fn needs_whole(&self, v: VarId, e: &E) -> bool {
        self.ctx.target == super::Target::TurboWarp
            && self.ctx.whole_vars.contains(&v.0)
            && !self.stays_whole(e)
    }

    /// Whether V8 sees `e` as a small integer when its variables hold small integers.
    fn stays_whole(&self, e: &E) -> bool {
        match e {
            E::Num(v) => {
                v.fract() == 0.0 && v.abs() < 1073741824.0 && !(*v == 0.0 && v.is_sign_negative())
            }
            E::Var(v) => self.ctx.whole_vars.contains(&v.0),
            E::Bin(Arith::Add | Arith::Sub | Arith::Mul, a, b) => {
                self.stays_whole(a) && self.stays_whole(b)
            }
            E::Math(MathFn::Round | MathFn::Floor | MathFn::Ceiling, _) => true,
            _ => false,
        }
    }

    /// A reporter in a round text slot.
    fn text_in(&self, e: &E) -> Input {
        match e {
            E::Num(v) => Input::Text(num_text(*v)),
            E::Text(t) => Input::Text(t.clone()),
            other => Input::Reporter(Box::new(self.reporter(other))),
        }
    }

    /// A boolean in a hexagonal slot.
    fn bool_in(&self, e: &E) -> Input {
        let b = if e.is_bool() {
            e.clone()
        } else {
            num_to_bool(e.clone())
        };
        Input::Boolean(Box::new(self.reporter(&b)))
    }

    fn reporter(&self, e: &E) -> Block {
        match e {
            E::Num(_) | E::Text(_) => {
                // a literal where a block is required: `(literal + 0)` would change text; use join
                Block::new("operator_join")
                    .input("STRING1", self.text_in(e))
                    .input("STRING2", Input::Text(String::new()))
            }
            E::Var(v) => self.var(*v),
            E::Arg(n) => Block::new("argument_reporter_string_number").field("VALUE", n.clone()),
            E::Item(l, i) => self.list_field(
                Block::new("data_itemoflist").input("INDEX", self.index_in(i)),
                *l,
            ),
            E::Days => Block::new("sensing_dayssince2000"),
            E::Answer => Block::new("sensing_answer"),
            E::CostumeNumber => {
                Block::new("looks_costumenumbername").field("NUMBER_NAME", "number")
            }
            E::LetterOf(i, t) => Block::new("operator_letter_of")
                .input("LETTER", self.num_in(i))
                .input("STRING", self.text_in(t)),
            E::LengthOf(t) => Block::new("operator_length").input("STRING", self.text_in(t)),
            E::Join(a, b) => Block::new("operator_join")
                .input("STRING1", self.text_in(a))
                .input("STRING2", self.text_in(b)),
            E::ItemNum(l, v) => self.list_field(
                Block::new("data_itemnumoflist").input("ITEM", self.text_in(v)),
                *l,
            ),
            E::Bin(op, a, b) => {
                let opcode = match op {
                    Arith::Add => "operator_add",
                    Arith::Sub => "operator_subtract",
                    Arith::Mul => "operator_multiply",
                    Arith::Div => "operator_divide",
                    Arith::Mod => "operator_mod",
                };
                Block::new(opcode)
                    .input("NUM1", self.num_in(a))
                    .input("NUM2", self.num_in(b))
            }
            E::Math(MathFn::Round, a) => Block::new("operator_round").input("NUM", self.num_in(a)),
            E::Math(f, a) => {
                let name = match f {
                    MathFn::Abs => "abs",
                    MathFn::Floor => "floor",
                    MathFn::Ceiling => "ceiling",
                    MathFn::Sqrt => "sqrt",
                    MathFn::Exp => "e ^",
                    MathFn::Round => "round",
                };
                Block::new("operator_mathop")
                    .input("NUM", self.num_in(a))
                    .field("OPERATOR", name)
            }
            E::Cmp(c, a, b) => {
                let opcode = match c {
                    Cmp::Lt => "operator_lt",
                    Cmp::Gt => "operator_gt",
                    Cmp::Eq => "operator_equals",
                };
                Block::new(opcode)
                    .input("OPERAND1", self.text_in(a))
                    .input("OPERAND2", self.text_in(b))
            }
            E::And(a, b) => Block::new("operator_and")
                .input("OPERAND1", self.bool_in(a))
                .input("OPERAND2", self.bool_in(b)),
            E::Or(a, b) => Block::new("operator_or")
                .input("OPERAND1", self.bool_in(a))
                .input("OPERAND2", self.bool_in(b)),
            E::Not(a) => Block::new("operator_not").input("OPERAND", self.bool_in(a)),
        }
    }

    fn stack(&self, stmts: &[St]) -> Vec<Block> {
        stmts.iter().map(|s| self.stmt(s)).collect()
    }

    fn call_mutation(&self, p: ProcId) -> Mutation {
        let d = &self.ctx.procs[p.0];
        Mutation {
            proccode: d.proccode.clone(),
            argument_ids: d.arg_ids.clone(),
            warp: d.warp,
            ..Default::default()
        }
    }

    fn stmt(&self, s: &St) -> Block {
        match s {
            St::Set(v, e) => {
                let kept;
                let e = if self.needs_whole(*v, e) {
                    kept = E::Math(MathFn::Round, Box::new(e.clone()));
                    &kept
                } else {
                    e
                };
                let d = &self.ctx.vars[v.0];
                Block::new("data_setvariableto")
                    .input(
                        "VALUE",
                        self.set_value_in(d.stage || !d.name.contains(':'), e),
                    )
                    .field_ref("VARIABLE", d.name.clone(), d.id.clone())
            }
            St::Change(v, e) if self.needs_whole(*v, e) => self.stmt(&St::Set(
                *v,
                E::Bin(Arith::Add, Box::new(E::Var(*v)), Box::new(e.clone())),
            )),
            St::Change(v, e) => {
                let d = &self.ctx.vars[v.0];
                Block::new("data_changevariableby")
                    .input("VALUE", self.num_in(e))
                    .field_ref("VARIABLE", d.name.clone(), d.id.clone())
            }
            St::Replace(l, i, e) => self.list_field(
                Block::new("data_replaceitemoflist")
                    .input("INDEX", self.index_in(i))
                    .input("ITEM", self.text_in(e)),
                *l,
            ),
            St::Push(l, e) => self.list_field(
                Block::new("data_addtolist").input("ITEM", self.text_in(e)),
                *l,
            ),
            St::Delete(l, i) => self.list_field(
                Block::new("data_deleteoflist").input("INDEX", self.num_in(i)),
                *l,
            ),
            St::DeleteAll(l) => self.list_field(Block::new("data_deletealloflist"), *l),
            St::If(c, a) => Block::new("control_if")
                .input("CONDITION", self.bool_in(c))
                .input("SUBSTACK", Input::Substack(self.stack(a))),
            St::IfElse(c, a, b) => Block::new("control_if_else")
                .input("CONDITION", self.bool_in(c))
                .input("SUBSTACK", Input::Substack(self.stack(a)))
                .input("SUBSTACK2", Input::Substack(self.stack(b))),
            St::Repeat(n, a) => Block::new("control_repeat")
                .input("TIMES", self.num_in(n))
                .input("SUBSTACK", Input::Substack(self.stack(a))),
            St::RepeatUntil(c, a) => Block::new("control_repeat_until")
                .input("CONDITION", self.bool_in(c))
                .input("SUBSTACK", Input::Substack(self.stack(a))),
            St::Forever(a) => {
                Block::new("control_forever").input("SUBSTACK", Input::Substack(self.stack(a)))
            }
            St::Call(p, args) => {
                let m = self.call_mutation(*p);
                let mut b = Block::new("procedures_call");
                for (id, e) in m.argument_ids.iter().zip(args) {
                    b = b.input(id.clone(), self.text_in(e));
                }
                b.mutation(m)
            }
            St::Ask(q) => Block::new("sensing_askandwait").input("QUESTION", self.text_in(q)),
            St::SwitchCostume(c) => {
                let menu = match c {
                    E::Text(t) => Block::new("looks_costume").field("COSTUME", t.clone()),
                    _ => Block::new("looks_costume").field("COSTUME", "blank"),
                };
                let b = Block::new("looks_switchcostumeto");
                match c {
                    E::Text(_) => b.input("COSTUME", Input::Shadow(Box::new(menu))),
                    other => b.input("COSTUME", Input::Reporter(Box::new(self.reporter(other)))),
                }
            }
            St::StopThisScript => Block::new("control_stop")
                .field("STOP_OPTION", "this script")
                .mutation(Mutation {
                    has_next: Some(false),
                    ..Default::default()
                }),
        }
    }

    fn definition(&self, p: ProcId) -> Vec<Block> {
        let d = &self.ctx.procs[p.0];
        let mut proto = Block::new("procedures_prototype");
        for (id, name) in d.arg_ids.iter().zip(&d.arg_names) {
            proto = proto.input(
                id.clone(),
                Input::Shadow(Box::new(
                    Block::new("argument_reporter_string_number").field("VALUE", name.clone()),
                )),
            );
        }
        proto = proto.mutation(Mutation {
            proccode: d.proccode.clone(),
            argument_ids: d.arg_ids.clone(),
            argument_names: d.arg_names.clone(),
            argument_defaults: d.arg_names.iter().map(|_| String::new()).collect(),
            warp: d.warp,
            has_next: None,
        });
        let mut v = vec![Block::new("procedures_definition")
            .input("custom_block", Input::Shadow(Box::new(proto)))];
        v.extend(self.stack(&d.body));
        v
    }
}

/// The sprite's scripts: one definition per custom block, then the green-flag script.
pub(crate) fn scripts(ctx: &Ctx, green: &[St]) -> Vec<Script> {
    let o = Out { ctx };
    let mut out = Vec::new();
    let mut top = vec![Block::new("event_whenflagclicked")];
    top.extend(o.stack(green));
    out.push(Script::new(0.0, 0.0, top));
    for k in 0..ctx.procs.len() {
        out.push(Script::new(
            0.0,
            400.0 * (k as f64 + 1.0),
            o.definition(ProcId(k)),
        ));
    }
    out
}
