//! The model project a person gets: the lowered inference program (src/lower) plus what
//! makes it a story teller on the stage.
//!
//! - The memory list gets the packed image appended at the program's `image_item`.
//! - The sprite list `token texts` gets every token's display text.
//! - The stage settings (`steps`, `temperature`, `top-k`, `top-p`, `seed`) and `prompt` start
//!   at the preset's values; sliders show the settings, readouts show `state`
//!   (Ready → Thinking… → Done), `tokens` and `tokens per second`.
//! - The lowered green-flag script (run `main`) is re-hatted to `when I receive [tell a
//!   story]`; the green flag, the space key and a click on the sprite broadcast it (a
//!   broadcast restarts a run in progress). `main` asks for the prompt (empty answer: the
//!   preset's prompt).
//! - A display script streams the story into the sprite's speech bubble as tokens arrive
//!   (Scratch cuts bubbles at 330 characters, so a long story shows its last 300).
//! - In an `.sb3` the lowered program runs in a hidden sprite of its own ([`stage`]), so the
//!   editor opens on the light storyteller sprite; monitors and layout: [`stage`].

use crate::lower::model_abi::{PROMPT, SETTINGS, STORY, TOKENS, TOKENS_PER_SECOND, TOKEN_TEXTS};
use crate::lower::Program;
use crate::preset::Preset;
use crate::scratch::blocks::{Block, Input, Script};
use crate::scratch::ops::{self, cond, num, rep, text, Procedure};
use crate::scratch::{BroadcastRef, Owner, Project, Value, VarRef};

pub mod stage;

/// Name of the story-teller sprite.
pub const SPRITE_NAME: &str = "Storyteller";
/// The broadcast that starts a run.
pub const START_MESSAGE: &str = "tell a story";
/// Stage variable with the human-readable status (Ready, Thinking…, Done).
pub const STATE: &str = "state";
/// Characters of the story tail shown in the speech bubble once it is longer than Scratch's
/// bubble limit (330).
pub const BUBBLE_TAIL: usize = 300;
/// Seconds between two updates of the speech bubble at most: in TurboWarp a bubble update
/// (text layout, canvas, texture) costs several ms, so a fast story (several tokens per
/// frame) updates it 10 times a second, not every frame; a token slower than this is still
/// shown as soon as it is generated.
pub const BUBBLE_SECONDS: f64 = 0.1;

/// Why the model project could not be assembled (the lowered program does not have the
/// model ABI's variables and lists, i.e. the shipped IR and the lowering disagree).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum UiError {
    /// A variable or list the model ABI promises is missing.
    #[error("the lowered inference program has no {what} named {name:?} (the model ABI in prebuilt_ir/scratch.h)")]
    Missing {
        /// "stage variable", "sprite list", ...
        what: &'static str,
        /// Its name.
        name: String,
    },
    /// The memory list does not end where the image must begin.
    #[error(
        "the memory list has {got} items before the image, expected {expected} (image_item - 1)"
    )]
    ImageOffset {
        /// Items found.
        got: usize,
        /// Items expected.
        expected: u64,
    },
    /// No green-flag script to start the run from.
    #[error("the lowered inference program has no green-flag script")]
    NoEntry,
}

/// What the model project needs beside the lowered program.
pub struct ModelParts<'a> {
    /// The packed memory image.
    pub image: &'a [f64],
    /// Display text of every token, by id.
    pub token_texts: Vec<String>,
    /// The build preset (initial slider values, prompt).
    pub preset: &'a Preset,
    /// Vocabulary size (top-k slider maximum).
    pub vocab_size: usize,
    /// Context length of the image (steps slider maximum).
    pub seq: usize,
    /// Everything in one sprite (a `.sprite3` carries one sprite); otherwise the lowered
    /// program runs in a hidden sprite of its own.
    pub one_sprite: bool,
    /// Items the memory list must hold when a run starts, when the image's zero-filled
    /// buffers are not stored (a warp `allocate memory` adds zeros up to it); None: stored.
    pub allocate_to: Option<u64>,
}

/// Assembles the model project from a lowered program and the model's parts.
pub fn model_project(program: &Program, parts: ModelParts) -> Result<Project, UiError> {
    let mut proj = crate::lower::program_to_project(program, SPRITE_NAME);
    let sprites = stage::arrange_sprites(&mut proj, SPRITE_NAME, !parts.one_sprite);
    let sprite = sprites.storyteller;
    append_image(&mut proj, program, parts.image)?;
    fill_token_texts(&mut proj, parts.token_texts)?;
    let p = parts.preset;
    let mut settings = Vec::new();
    for (name, value) in SETTINGS.iter().zip(p.slider_values()) {
        settings.push(set_stage_var(&mut proj, name, Value::Number(value))?);
    }
    set_stage_var(&mut proj, PROMPT, Value::Text(p.prompt.clone()))?;
    let story = set_stage_var(&mut proj, STORY, Value::Text(String::new()))?;
    let tokens = set_stage_var(&mut proj, TOKENS, Value::Number(0.0))?;
    let rate = set_stage_var(&mut proj, TOKENS_PER_SECOND, Value::Number(0.0))?;
    let status = set_stage_var(&mut proj, "status", Value::Text("ready".into()))?;
    let state = add_var(&mut proj, Owner::Stage, STATE, "Ready".into());

    let seed_max = (p.seed as f64).max(1000.0);
    let ranges = [
        (0.0, parts.seq as f64, true),
        (0.0, 2.0, false),
        (0.0, parts.vocab_size as f64, true),
        (0.0, 1.0, false),
        (0.0, seed_max, true),
    ];
    let sliders: Vec<_> = settings.into_iter().zip(ranges).collect();
    stage::place_monitors(&mut proj, &[&state, &tokens, &rate], &sliders);

    let start = proj.add_broadcast(START_MESSAGE);
    rehat_entry(&mut proj, sprites.machinery, &start)?;
    if let Some(items) = parts.allocate_to {
        allocate_at_start(&mut proj, program, sprites.machinery, items)?;
    }
    let broadcast = || {
        Block::new("event_broadcast").input(
            "BROADCAST_INPUT",
            Input::Broadcast {
                name: start.name.clone(),
                id: start.id.clone(),
            },
        )
    };
    let shown = add_var(
        &mut proj,
        Owner::Sprite(sprite),
        "shown length",
        Value::Number(0.0),
    );
    let tail = add_var(
        &mut proj,
        Owner::Sprite(sprite),
        "bubble text",
        Value::Text(String::new()),
    );
    let letter = add_var(
        &mut proj,
        Owner::Sprite(sprite),
        "bubble letter",
        Value::Number(0.0),
    );
    let shown_at = add_var(
        &mut proj,
        Owner::Sprite(sprite),
        "next bubble at",
        Value::Number(0.0),
    );
    let show = Procedure::new(&mut proj, "show the story", &[], true);
    let mut scripts = vec![
        Script::new(600.0, 0.0, vec![ops::when_flag(), broadcast()]),
        Script::new(
            600.0,
            120.0,
            vec![
                Block::new("event_whenkeypressed").field("KEY_OPTION", "space"),
                broadcast(),
            ],
        ),
        Script::new(
            600.0,
            240.0,
            vec![Block::new("event_whenthisspriteclicked"), broadcast()],
        ),
        display_script(&start, &story, &status, &state, [&shown, &shown_at], &show),
        show.define(1100.0, 0.0, show_story_body(&story, &tail, &letter)),
    ];
    proj.sprites[sprite].scripts.append(&mut scripts);
    stage::clean_up_all(&mut proj);
    Ok(proj)
}

/// Adds a variable with an id of our own (`ui…`: the lowering names its ids `s…`, `v…`, `l…`).
fn add_var(proj: &mut Project, owner: Owner, name: &str, value: Value) -> VarRef {
    let id = proj.fresh_id("ui");
    if let Some(t) = proj.target_mut(owner) {
        t.variables.push(crate::scratch::Variable {
            id: id.clone(),
            name: name.into(),
            value,
        });
    }
    VarRef {
        name: name.into(),
        id,
    }
}

fn append_image(proj: &mut Project, program: &Program, image: &[f64]) -> Result<(), UiError> {
    let id = &program.lists[program.memory_list].id;
    let list = proj
        .sprites
        .iter_mut()
        .chain(std::iter::once(&mut proj.stage))
        .flat_map(|t| t.lists.iter_mut())
        .find(|l| &l.id == id)
        .ok_or_else(|| UiError::Missing {
            what: "list",
            name: "memory".into(),
        })?;
    let expected = program.image_item.saturating_sub(1);
    if list.items.len() as u64 != expected {
        return Err(UiError::ImageOffset {
            got: list.items.len(),
            expected,
        });
    }
    list.items.reserve_exact(image.len());
    list.items.extend(image.iter().map(|&x| Value::Number(x)));
    Ok(())
}

fn fill_token_texts(proj: &mut Project, texts: Vec<String>) -> Result<(), UiError> {
    let list = proj
        .sprites
        .iter_mut()
        .flat_map(|t| t.lists.iter_mut())
        .find(|l| l.name == TOKEN_TEXTS)
        .ok_or_else(|| UiError::Missing {
            what: "sprite list",
            name: TOKEN_TEXTS.into(),
        })?;
    list.items = texts.into_iter().map(Value::Text).collect();
    Ok(())
}

/// Sets the stage variable `name` (which the lowering declared) and returns a reference to it.
fn set_stage_var(proj: &mut Project, name: &str, value: Value) -> Result<VarRef, UiError> {
    let v = proj
        .stage
        .variables
        .iter_mut()
        .find(|v| v.name == name)
        .ok_or_else(|| UiError::Missing {
            what: "stage variable",
            name: name.into(),
        })?;
    v.value = value;
    Ok(VarRef {
        name: v.name.clone(),
        id: v.id.clone(),
    })
}

/// Replaces the hat of the lowered green-flag script by `when I receive [tell a story]`.
fn rehat_entry(proj: &mut Project, sprite: usize, start: &BroadcastRef) -> Result<(), UiError> {
    let script = proj.sprites[sprite]
        .scripts
        .iter_mut()
        .find(|s| {
            s.blocks
                .first()
                .is_some_and(|b| b.opcode == "event_whenflagclicked")
        })
        .ok_or(UiError::NoEntry)?;
    script.blocks_mut()[0] = Block::new("event_whenbroadcastreceived").field_ref(
        "BROADCAST_OPTION",
        start.name.clone(),
        start.id.clone(),
    );
    Ok(())
}

/// Inserts `allocate memory` (warp: add 0 to memory until it holds `items` items) right after
/// the entry's hat, so the buffers and KV cache cost nothing in project.json.
fn allocate_at_start(
    proj: &mut Project,
    program: &Program,
    sprite: usize,
    items: u64,
) -> Result<(), UiError> {
    let l = &program.lists[program.memory_list];
    let memory = crate::scratch::ListRef {
        name: l.name.clone(),
        id: l.id.clone(),
    };
    let alloc = Procedure::new(proj, "allocate memory", &[], true);
    let missing = ops::arith("operator_subtract", num(items as f64), rep(memory.length()));
    let body = vec![ops::repeat(rep(missing), vec![memory.add(num(0.0))])];
    let target = &mut proj.sprites[sprite];
    let entry = target
        .scripts
        .iter_mut()
        .find(|s| {
            s.blocks
                .first()
                .is_some_and(|b| b.opcode == "event_whenbroadcastreceived")
        })
        .ok_or(UiError::NoEntry)?;
    entry.blocks_mut().insert(1, alloc.call(vec![]));
    target.scripts.push(alloc.define(1100.0, 600.0, body));
    Ok(())
}

fn eq(a: Input, b: Input) -> Block {
    ops::compare("operator_equals", a, b)
}

fn length_of(v: &VarRef) -> Block {
    Block::new("operator_length").input("STRING", v.input())
}

/// `when I receive [tell a story]`: forever mirror `status` into `state` and, when the story
/// grew, show it in the speech bubble, at most once per [`BUBBLE_SECONDS`] (and once more at
/// `done`). `shown` = [length shown, timer value from which the next update may come].
fn display_script(
    start: &BroadcastRef,
    story: &VarRef,
    status: &VarRef,
    state: &VarRef,
    [shown, shown_at]: [&VarRef; 2],
    show: &Procedure,
) -> Script {
    let state_of = |code: &str, label: &str, rest: Vec<Block>| {
        vec![ops::if_else(
            eq(status.input(), text(code)),
            vec![state.set(text(label))],
            rest,
        )]
    };
    let mirror = state_of(
        "thinking",
        "Thinking…",
        state_of(
            "done",
            "Done",
            state_of(
                "error",
                "Error: the image does not match the program",
                vec![state.set(text("Ready"))],
            ),
        ),
    );
    let mut body = mirror;
    let timer = || Block::new("sensing_timer");
    let grew =
        Block::new("operator_not").input("OPERAND", cond(eq(rep(length_of(story)), shown.input())));
    let due = Block::new("operator_or")
        .input(
            "OPERAND1",
            cond(ops::compare("operator_gt", rep(timer()), shown_at.input())),
        )
        .input("OPERAND2", cond(eq(status.input(), text("done"))));
    body.push(ops::if_then(
        Block::new("operator_and")
            .input("OPERAND1", cond(grew))
            .input("OPERAND2", cond(due)),
        vec![
            shown.set(rep(length_of(story))),
            shown_at.set(rep(ops::arith(
                "operator_add",
                rep(timer()),
                num(BUBBLE_SECONDS),
            ))),
            show.call(vec![]),
        ],
    ));
    let forever = Block::new("control_forever").input("SUBSTACK", Input::Substack(body));
    Script::new(
        600.0,
        360.0,
        vec![
            Block::new("event_whenbroadcastreceived").field_ref(
                "BROADCAST_OPTION",
                start.name.clone(),
                start.id.clone(),
            ),
            shown.set(num(0.0)),
            shown_at.set(num(0.0)),
            forever,
        ],
    )
}

/// `show the story` (warp): say the story, or "…" and its last [`BUBBLE_TAIL`] characters.
fn show_story_body(story: &VarRef, tail: &VarRef, letter: &VarRef) -> Vec<Block> {
    let say = |what: Input| Block::new("looks_say").input("MESSAGE", what);
    let join = |a: Input, b: Input| {
        Block::new("operator_join")
            .input("STRING1", a)
            .input("STRING2", b)
    };
    let letter_of = Block::new("operator_letter_of")
        .input("LETTER", letter.input())
        .input("STRING", story.input());
    vec![ops::if_else(
        ops::compare("operator_gt", rep(length_of(story)), num(330.0)),
        vec![
            tail.set(text("…")),
            letter.set(rep(ops::arith(
                "operator_subtract",
                rep(length_of(story)),
                num(BUBBLE_TAIL as f64),
            ))),
            ops::repeat(
                num(BUBBLE_TAIL as f64),
                vec![
                    letter.change(num(1.0)),
                    tail.set(rep(join(tail.input(), rep(letter_of)))),
                ],
            ),
            say(tail.input()),
        ],
        vec![say(story.input())],
    )]
}
