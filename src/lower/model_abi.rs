//! The Scratch side of the model ABI (the model section of prebuilt_ir/scratch.h): which
//! stage variables and lists the externs read and write. The pipeline finds them by these
//! names (to set initial values from the preset, fill the token texts, add monitors).

use super::ctx::Ctx;
use super::expr::*;
use crate::scratch::Value;

/// Stage variables read by `sb3_setting(k)`, index `k` (the sliders).
pub const SETTINGS: [&str; 5] = ["steps", "temperature", "top-k", "top-p", "seed"];
/// Stage variable holding the default prompt (used when the `ask` answer is empty).
pub const PROMPT: &str = "prompt";
/// Stage variable the story is appended to (`sb3_emit_token`).
pub const STORY: &str = "story";
/// Stage list receiving each emitted token id.
pub const TOKEN_IDS: &str = "token ids";
/// Sprite list of token display texts: item `t + 1` is token `t`'s text (filled by the pipeline).
pub const TOKEN_TEXTS: &str = "token texts";
/// Stage variable: tokens emitted so far (`sb3_report`).
pub const TOKENS: &str = "tokens";
/// Stage variable: tokens per second (`sb3_report`).
pub const TOKENS_PER_SECOND: &str = "tokens per second";
/// `status` values for `sb3_status(code)`.
pub const STATUS_NAMES: [&str; 4] = ["ready", "thinking", "done", "error"];
/// Sprite list: item `k` is the code of the letter named by costume `k + 1` (the letter-case
/// costumes of `char_table`).
pub(crate) const CASE_CODES: &str = "case codes";

impl Ctx<'_> {
    /// The stage variable named `name`, created with `value` on first use.
    pub(crate) fn stage_var(&mut self, name: &str, value: Value) -> VarId {
        if let Some(k) = self.vars.iter().position(|v| v.stage && v.name == name) {
            return VarId(k);
        }
        let k = self.vars.len();
        self.vars.push(super::program::VarDecl {
            id: format!("s{k}"),
            name: name.to_string(),
            value,
            stage: true,
        });
        VarId(k)
    }

    /// The sprite variable named `name`, created on first use.
    pub(crate) fn sprite_var(&mut self, name: &str) -> VarId {
        if let Some(k) = self.vars.iter().position(|v| !v.stage && v.name == name) {
            return VarId(k);
        }
        self.new_var(name.to_string(), 0.0)
    }

    /// The list named `name`, created empty on first use.
    pub(crate) fn named_list(&mut self, name: &str, stage: bool) -> ListId {
        if let Some(k) = self.lists.iter().position(|l| l.name == name) {
            return ListId(k);
        }
        self.new_list(name, vec![], stage)
    }
}

/// `sb3_setting(which)` into `r`.
pub(crate) fn setting(ctx: &mut Ctx, which: E, r: VarId) -> Vec<St> {
    let vars: Vec<VarId> = SETTINGS
        .iter()
        .map(|n| ctx.stage_var(n, Value::Number(0.0)))
        .collect();
    if let Some(k) = which.as_num() {
        let v = vars.get(k as usize).copied();
        return vec![St::Set(
            r,
            v.map(|v| add(E::Var(v), E::Num(0.0)))
                .map(bool_to_num)
                .unwrap_or(E::Num(0.0)),
        )];
    }
    let mut acc = vec![St::Set(r, E::Num(0.0))];
    for (k, v) in vars.iter().enumerate().rev() {
        acc = vec![St::IfElse(
            cmp(Cmp::Eq, which.clone(), E::Num(k as f64)),
            vec![St::Set(r, E::Var(*v))],
            acc,
        )];
    }
    acc
}

/// `sb3_prompt_length()` into `r`: asks, falls back to the default prompt.
pub(crate) fn prompt_length(ctx: &mut Ctx, r: VarId) -> Vec<St> {
    let prompt = ctx.stage_var(PROMPT, Value::Text(String::new()));
    let text = ctx.sprite_var("prompt text");
    vec![
        St::Ask(E::Text(
            "What should the story be about? (empty: the preset's prompt)".into(),
        )),
        St::IfElse(
            cmp(Cmp::Eq, E::Answer, E::Text(String::new())),
            vec![St::Set(text, E::Var(prompt))],
            vec![St::Set(text, E::Answer)],
        ),
        St::Set(r, E::LengthOf(Box::new(E::Var(text)))),
    ]
}

/// `sb3_prompt_char(i)` into `r`: the code of the (i+1)-th letter, -1 if it is not in the
/// character table ([`super::char_table`]): `item # of` finds its case class, a costume
/// named after the letter (exact match) tells the class members apart.
pub(crate) fn prompt_char(ctx: &mut Ctx, i: E, r: VarId) -> Vec<St> {
    let text = ctx.sprite_var("prompt text");
    let ch = ctx.sprite_var("rt char");
    ctx.case_costumes = true;
    let chars = ctx.chars();
    let codes = super::char_table::char_table()
        .cased
        .iter()
        .map(|&c| Value::Number(c as u32 as f64))
        .collect();
    let case_codes = match ctx.lists.iter().position(|l| l.name == CASE_CODES) {
        Some(k) => ListId(k),
        None => ctx.new_list(CASE_CODES, codes, false),
    };
    vec![
        St::Set(
            ch,
            E::LetterOf(Box::new(add(i, E::Num(1.0))), Box::new(E::Var(text))),
        ),
        St::Set(r, sub(E::ItemNum(chars, Box::new(E::Var(ch))), E::Num(1.0))),
        St::If(
            cmp(
                Cmp::Gt,
                E::Var(r),
                E::Num(super::char_table::FIRST_CASED as f64 - 1.0),
            ),
            vec![
                St::SwitchCostume(E::Text("costume1".into())),
                St::SwitchCostume(E::Var(ch)),
                St::If(
                    cmp(Cmp::Gt, E::CostumeNumber, E::Num(1.0)),
                    vec![St::Set(
                        r,
                        item(case_codes, sub(E::CostumeNumber, E::Num(1.0))),
                    )],
                ),
                St::SwitchCostume(E::Text("costume1".into())),
            ],
        ),
    ]
}

/// `sb3_emit_token(token, skip)`: appends the token's text (minus `skip` letters) to the story.
pub(crate) fn emit_token(ctx: &mut Ctx, token: E, skip: E) -> Vec<St> {
    let story = ctx.stage_var(STORY, Value::Text(String::new()));
    let ids = ctx.named_list(TOKEN_IDS, true);
    let texts = ctx.named_list(TOKEN_TEXTS, false);
    let (t, t2, k) = (
        ctx.sprite_var("rt token text"),
        ctx.sprite_var("rt token rest"),
        ctx.sprite_var("rt letter"),
    );
    vec![
        St::Set(t, item(texts, add(token.clone(), E::Num(1.0)))),
        St::If(
            cmp(Cmp::Gt, skip.clone(), E::Num(0.0)),
            vec![
                St::Set(t2, E::Text(String::new())),
                St::Set(k, skip.clone()),
                St::Repeat(
                    sub(E::LengthOf(Box::new(E::Var(t))), skip),
                    vec![
                        St::Change(k, E::Num(1.0)),
                        St::Set(
                            t2,
                            E::Join(
                                Box::new(E::Var(t2)),
                                Box::new(E::LetterOf(Box::new(E::Var(k)), Box::new(E::Var(t)))),
                            ),
                        ),
                    ],
                ),
                St::Set(t, E::Var(t2)),
            ],
        ),
        St::Set(story, E::Join(Box::new(E::Var(story)), Box::new(E::Var(t)))),
        St::Push(ids, add(token, E::Num(0.0))),
    ]
}

/// `sb3_status(code)`.
pub(crate) fn status(ctx: &mut Ctx, code: E) -> Vec<St> {
    let st = ctx.status;
    if let Some(c) = code.as_num() {
        let name = STATUS_NAMES.get(c as usize).copied().unwrap_or("error");
        return vec![St::Set(st, E::Text(name.into()))];
    }
    let mut acc = vec![St::Set(st, E::Text("error".into()))];
    for (k, n) in STATUS_NAMES.iter().enumerate().rev() {
        acc = vec![St::IfElse(
            cmp(Cmp::Eq, code.clone(), E::Num(k as f64)),
            vec![St::Set(st, E::Text((*n).into()))],
            acc,
        )];
    }
    acc
}

/// `sb3_report(tokens, seconds)`.
pub(crate) fn report(ctx: &mut Ctx, tokens: E, seconds: E) -> Vec<St> {
    let (tv, rate) = (
        ctx.stage_var(TOKENS, Value::Number(0.0)),
        ctx.stage_var(TOKENS_PER_SECOND, Value::Number(0.0)),
    );
    vec![
        St::Set(tv, tokens.clone()),
        St::If(
            cmp(Cmp::Gt, seconds.clone(), E::Num(0.0)),
            vec![St::Set(
                rate,
                div(
                    math(MathFn::Round, mul(div(tokens, seconds), E::Num(100.0))),
                    E::Num(100.0),
                ),
            )],
        ),
    ]
}

impl super::Program {
    /// Sets the sliders' stage variables ([`SETTINGS`] order: steps, temperature, top-k,
    /// top-p, seed) and fills [`TOKEN_TEXTS`], as a built project starts: for running the
    /// inference program directly (`lower::sim`).
    pub fn set_run_inputs(&mut self, settings: [f64; 5], token_texts: Vec<String>) {
        for v in self.variables.iter_mut().filter(|v| v.stage) {
            if let Some(k) = SETTINGS.iter().position(|s| *s == v.name) {
                v.value = Value::Number(settings[k]);
            }
        }
        if let Some(l) = self.lists.iter_mut().find(|l| l.name == TOKEN_TEXTS) {
            l.items = token_texts.into_iter().map(Value::Text).collect();
        }
    }
}
