//! Flattens block trees into `project.json`'s block map: one entry per block, keyed by a
//! deterministic id, linked by `parent`/`next`, with inputs in Scratch's array forms.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::blocks::{Block, Input, Mutation, Script};
use super::error::WriteError;
use super::json::{push_key, push_num, push_str};

/// Deepest nesting of blocks (inputs and substacks) the writer accepts.
pub const MAX_DEPTH: usize = 2000;

/// Writes the entries of one target's `blocks` object (without the braces).
pub struct BlockWriter<'a> {
    out: &'a mut String,
    next_id: &'a mut u64,
    wrote_any: bool,
    target_name: &'a str,
    costume_name: &'a str,
    backdrop_name: &'a str,
}

/// What a shared script's text depends on besides its blocks' content: the blocks are named
/// by their address, kept alive by the cache entry (so the address cannot be reused and the
/// blocks cannot change: `Script::blocks_mut` copies shared blocks).
#[derive(PartialEq, Eq, Hash)]
struct ScriptKey {
    blocks: usize,
    x: u64,
    y: u64,
    first_id: u64,
    names: [String; 3],
}

/// A written shared script.
struct WrittenScript {
    _blocks: Arc<Vec<Block>>,
    text: String,
    ids: u64,
}

/// Written shared scripts, up to [`SCRIPT_TEXT_BYTES`] of text (then started afresh).
#[derive(Default)]
struct ScriptTexts {
    entries: HashMap<ScriptKey, WrittenScript>,
    bytes: usize,
}

/// Most text kept by [`ScriptTexts`] (a model project's program is ~1.5 MB per target).
const SCRIPT_TEXT_BYTES: usize = 64 << 20;

impl ScriptTexts {
    fn insert(&mut self, key: ScriptKey, blocks: &Arc<Vec<Block>>, text: String, ids: u64) {
        if self.bytes + text.len() > SCRIPT_TEXT_BYTES {
            self.entries.clear();
            self.bytes = 0;
        }
        self.bytes += text.len();
        let entry = WrittenScript {
            _blocks: Arc::clone(blocks),
            text,
            ids,
        };
        if let Some(old) = self.entries.insert(key, entry) {
            self.bytes -= old.text.len();
        }
    }
}

thread_local! {
    static SCRIPT_TEXT: RefCell<ScriptTexts> = RefCell::new(ScriptTexts::default());
}

/// A child to write after its parent's entry: a stack (with preallocated ids) or one block.
enum Pending<'b> {
    Stack(&'b [Block], Vec<String>),
    Block(&'b Block, String, bool),
    Menu(Block, String),
}

impl<'a> BlockWriter<'a> {
    /// A writer appending to `out`, drawing ids from `next_id` (shared by all targets, so ids
    /// are unique project-wide). The names fill the menus under reporters put in
    /// `switch costume to` / `switch backdrop to`.
    pub fn new(
        out: &'a mut String,
        next_id: &'a mut u64,
        target_name: &'a str,
        costume_name: &'a str,
        backdrop_name: &'a str,
    ) -> Self {
        BlockWriter {
            out,
            next_id,
            wrote_any: false,
            target_name,
            costume_name,
            backdrop_name,
        }
    }

    fn new_id(&mut self) -> String {
        let id = block_id(*self.next_id);
        *self.next_id += 1;
        id
    }

    /// Writes one top-level script. A script whose blocks are shared (made from the lowered
    /// program, which lives as long as the process) is written once and its text reused: the
    /// text depends only on the blocks, the position, the first id and the writer's names.
    pub fn script(&mut self, script: &Script) -> Result<(), WriteError> {
        if Arc::strong_count(&script.blocks) < 2 {
            return self.write_script(script);
        }
        let key = ScriptKey {
            blocks: Arc::as_ptr(&script.blocks) as usize,
            x: script.x.to_bits(),
            y: script.y.to_bits(),
            first_id: *self.next_id,
            names: [self.target_name, self.costume_name, self.backdrop_name].map(String::from),
        };
        let hit = SCRIPT_TEXT.with(|c| {
            c.borrow()
                .entries
                .get(&key)
                .map(|e| self.push_written(&e.text, e.ids))
        });
        if hit.is_some() {
            return Ok(());
        }
        let mut text = String::new();
        let mut next = *self.next_id;
        BlockWriter::new(
            &mut text,
            &mut next,
            self.target_name,
            self.costume_name,
            self.backdrop_name,
        )
        .write_script(script)?;
        let ids = next - *self.next_id;
        self.push_written(&text, ids);
        SCRIPT_TEXT.with(|c| c.borrow_mut().insert(key, &script.blocks, text, ids));
        Ok(())
    }

    /// Appends a script's already written entries, which used `ids` ids.
    fn push_written(&mut self, text: &str, ids: u64) {
        if !text.is_empty() {
            if self.wrote_any {
                self.out.push(',');
            }
            self.out.push_str(text);
            self.wrote_any = true;
        }
        *self.next_id += ids;
    }

    fn write_script(&mut self, script: &Script) -> Result<(), WriteError> {
        let ids: Vec<String> = script.blocks.iter().map(|_| self.new_id()).collect();
        let x = if script.x.is_finite() { script.x } else { 0.0 };
        let y = if script.y.is_finite() { script.y } else { 0.0 };
        self.stack(&script.blocks, &ids, None, Some((x, y)), 0)
    }

    fn stack(
        &mut self,
        blocks: &[Block],
        ids: &[String],
        parent: Option<&str>,
        top: Option<(f64, f64)>,
        depth: usize,
    ) -> Result<(), WriteError> {
        for (i, block) in blocks.iter().enumerate() {
            let parent_id = if i == 0 {
                parent
            } else {
                Some(ids[i - 1].as_str())
            };
            let next = ids.get(i + 1).map(String::as_str);
            self.block(
                block,
                &ids[i],
                parent_id,
                next,
                if i == 0 { top } else { None },
                false,
                depth,
            )?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn block(
        &mut self,
        b: &Block,
        id: &str,
        parent: Option<&str>,
        next: Option<&str>,
        top: Option<(f64, f64)>,
        shadow: bool,
        depth: usize,
    ) -> Result<(), WriteError> {
        if depth > MAX_DEPTH {
            return Err(WriteError::TooDeep {
                target: self.target_name.to_string(),
                limit: MAX_DEPTH,
            });
        }
        if self.wrote_any {
            self.out.push(',');
        }
        self.wrote_any = true;
        push_key(self.out, id);
        self.out.push_str("{\"opcode\":");
        push_str(self.out, &b.opcode);
        self.out.push_str(",\"next\":");
        push_opt(self.out, next);
        self.out.push_str(",\"parent\":");
        push_opt(self.out, parent);
        self.out.push_str(",\"inputs\":{");
        let mut pending = Vec::new();
        let mut first = true;
        for (name, input) in &b.inputs {
            if matches!(input, Input::Substack(s) if s.is_empty()) {
                continue;
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            push_key(self.out, name);
            self.input(&b.opcode, name, input, &mut pending);
        }
        self.out.push_str("},\"fields\":{");
        for (i, (name, field)) in b.fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_key(self.out, name);
            self.out.push('[');
            push_str(self.out, &field.value);
            self.out.push(',');
            push_opt(self.out, field.id.as_deref());
            self.out.push(']');
        }
        self.out.push_str("},\"shadow\":");
        self.out.push_str(if shadow { "true" } else { "false" });
        self.out.push_str(",\"topLevel\":");
        match top {
            Some((x, y)) => {
                self.out.push_str("true,\"x\":");
                push_num(self.out, x);
                self.out.push_str(",\"y\":");
                push_num(self.out, y);
            }
            None => self.out.push_str("false"),
        }
        if let Some(m) = &b.mutation {
            self.out.push_str(",\"mutation\":");
            push_mutation(self.out, &b.opcode, m);
        }
        self.out.push('}');
        for p in pending {
            match p {
                Pending::Stack(blocks, ids) => {
                    self.stack(blocks, &ids, Some(id), None, depth + 1)?
                }
                Pending::Block(child, child_id, is_shadow) => {
                    self.block(child, &child_id, Some(id), None, None, is_shadow, depth + 1)?
                }
                Pending::Menu(menu, menu_id) => {
                    self.block(&menu, &menu_id, Some(id), None, None, true, depth + 1)?
                }
            }
        }
        Ok(())
    }

    fn input<'b>(
        &mut self,
        opcode: &str,
        name: &str,
        input: &'b Input,
        pending: &mut Vec<Pending<'b>>,
    ) {
        match input {
            Input::Number(x) => {
                self.out.push_str("[1,[4,");
                push_str(self.out, &super::number::js_number_string_signed_zero(*x));
                self.out.push_str("]]");
            }
            Input::Text(s) => {
                self.out.push_str("[1,[10,");
                push_str(self.out, s);
                self.out.push_str("]]");
            }
            Input::Reporter(r) => {
                self.out.push_str("[3,");
                if let Some((code, var_name, var_id)) = compact(r) {
                    self.out.push('[');
                    self.out.push_str(code);
                    self.out.push(',');
                    push_str(self.out, var_name);
                    self.out.push(',');
                    push_str(self.out, var_id);
                    self.out.push(']');
                } else {
                    let child = self.new_id();
                    push_str(self.out, &child);
                    pending.push(Pending::Block(r, child, false));
                }
                self.out.push(',');
                match obscured_shadow(opcode, name) {
                    Obscured::Text => self.out.push_str("[10,\"\"]"),
                    Obscured::Number => self.out.push_str("[4,\"\"]"),
                    Obscured::Menu(menu_opcode, field) => {
                        let value = if field == "COSTUME" {
                            self.costume_name
                        } else {
                            self.backdrop_name
                        };
                        let menu = Block::new(menu_opcode).field(field, value);
                        let menu_id = self.new_id();
                        push_str(self.out, &menu_id);
                        pending.push(Pending::Menu(menu, menu_id));
                    }
                }
                self.out.push(']');
            }
            Input::Boolean(r) => {
                let child = self.new_id();
                self.out.push_str("[2,");
                push_str(self.out, &child);
                self.out.push(']');
                pending.push(Pending::Block(r, child, false));
            }
            Input::Substack(blocks) => {
                let ids: Vec<String> = blocks.iter().map(|_| self.new_id()).collect();
                self.out.push_str("[2,");
                push_str(self.out, &ids[0]);
                self.out.push(']');
                pending.push(Pending::Stack(blocks, ids));
            }
            Input::Shadow(s) => {
                let child = self.new_id();
                self.out.push_str("[1,");
                push_str(self.out, &child);
                self.out.push(']');
                pending.push(Pending::Block(s, child, true));
            }
            Input::Broadcast { name, id } => {
                self.out.push_str("[1,[11,");
                push_str(self.out, name);
                self.out.push(',');
                push_str(self.out, id);
                self.out.push_str("]]");
            }
        }
    }
}

/// The obscured shadow written under a reporter: what the slot shows when the reporter is
/// dragged out in the editor (the VM ignores it).
enum Obscured {
    Text,
    Number,
    Menu(&'static str, &'static str),
}

fn obscured_shadow(opcode: &str, input: &str) -> Obscured {
    match (opcode, input) {
        ("looks_switchcostumeto", "COSTUME") => Obscured::Menu("looks_costume", "COSTUME"),
        ("looks_switchbackdropto" | "looks_switchbackdroptoandwait", "BACKDROP") => {
            Obscured::Menu("looks_backdrops", "BACKDROP")
        }
        ("data_changevariableby", "VALUE") => Obscured::Number,
        (
            _,
            "NUM" | "NUM1" | "NUM2" | "TIMES" | "INDEX" | "LETTER" | "FROM" | "TO" | "X" | "Y"
            | "DX" | "DY" | "STEPS" | "DEGREES" | "SECS" | "SIZE" | "CHANGE" | "DIRECTION"
            | "VOLUME" | "TEMPO",
        ) if !opcode.starts_with("procedures_") => Obscured::Number,
        _ => Obscured::Text,
    }
}

/// The compact form of a plain variable or list reporter: `[12, name, id]` / `[13, name, id]`.
fn compact(b: &Block) -> Option<(&'static str, &str, &str)> {
    let (code, field) = match &*b.opcode {
        "data_variable" => ("12", "VARIABLE"),
        "data_listcontents" => ("13", "LIST"),
        _ => return None,
    };
    if !b.inputs.is_empty() || b.fields.len() != 1 || b.mutation.is_some() {
        return None;
    }
    let f = b.get_field(field)?;
    Some((code, &f.value, f.id.as_deref()?))
}

fn push_opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.push_str("null"),
    }
}

/// A list of strings as the JSON text Scratch keeps inside mutation attributes.
fn json_string_array(items: &[String]) -> String {
    let mut s = String::from("[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        push_str(&mut s, item);
    }
    s.push(']');
    s
}

fn push_mutation(out: &mut String, opcode: &str, m: &Mutation) {
    out.push_str("{\"tagName\":\"mutation\",\"children\":[]");
    let procedure = matches!(
        opcode,
        "procedures_prototype" | "procedures_call" | "procedures_definition"
    );
    if procedure || !m.proccode.is_empty() {
        out.push_str(",\"proccode\":");
        push_str(out, &m.proccode);
        out.push_str(",\"argumentids\":");
        push_str(out, &json_string_array(&m.argument_ids));
        if opcode != "procedures_call" {
            out.push_str(",\"argumentnames\":");
            push_str(out, &json_string_array(&m.argument_names));
            out.push_str(",\"argumentdefaults\":");
            push_str(out, &json_string_array(&m.argument_defaults));
        }
        out.push_str(",\"warp\":");
        out.push_str(if m.warp { "\"true\"" } else { "\"false\"" });
    }
    if let Some(has_next) = m.has_next {
        out.push_str(",\"hasnext\":");
        out.push_str(if has_next { "\"true\"" } else { "\"false\"" });
    }
    out.push('}');
}

/// Characters of a block id after its first (Scratch's own id alphabet, minus `"` and `\\`).
const ID_SOUP: &[u8] =
    b"!#$%()*+,-./:;=?@[]^_`{|}~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/// First character of a block id: a symbol, never a letter, digit or `_`.
const ID_MARK: &[u8] = b"!#$%()*+,-./:;=?@[]^`{|}~";

/// The `n`-th block id of a project: a symbol, then `n / 25` in base 87 over Scratch's own
/// id alphabet (`!a`, `#a`, …, `~~~`): short (2-4 characters for a model project's blocks:
/// ids recur several times per block in project.json, so 20-character ids cost ~0.4 MB),
/// distinct for distinct `n`, and never equal to a toolbox block's id (`of`,
/// `motion_movesteps`) nor to a variable, list or broadcast id (letters and digits only).
pub fn block_id(n: u64) -> String {
    let marks = ID_MARK.len() as u64;
    let mut id = String::with_capacity(4);
    id.push(ID_MARK[(n % marks) as usize] as char);
    let base = ID_SOUP.len() as u64;
    let mut rest = n / marks;
    loop {
        id.push(ID_SOUP[(rest % base) as usize] as char);
        rest /= base;
        if rest == 0 {
            break;
        }
    }
    id
}

/// `n` in base 36 (lower-case letters and digits).
pub fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8_lossy(&digits).into_owned()
}

#[cfg(test)]
mod block_id_tests {
    use super::block_id;
    use std::collections::HashSet;

    #[test]
    fn block_ids_are_distinct_short_and_never_alphanumeric_ids() {
        let mut seen = HashSet::new();
        for n in 0..200_000u64 {
            let id = block_id(n);
            assert!((2..=4).contains(&id.len()), "{id}");
            let first = id.chars().next().unwrap();
            assert!(!first.is_ascii_alphanumeric() && first != '_', "{id}");
            assert!(!id.contains('"') && !id.contains('\\'), "{id}");
            assert!(seen.insert(id.clone()), "duplicate {id}");
        }
        assert_eq!(block_id(7), block_id(7));
    }
}
