//! A small interpreter for the block trees this lowering emits, following scratch-vm's
//! casting rules (`Cast.toNumber`, `Cast.compare`, list index rules). It exists for tests
//! (run lowered programs without a browser) and to count the blocks a program executes,
//! the cost measure of vanilla Scratch.

use std::collections::HashMap;

use super::program::Program;
use crate::scratch::blocks::{Block, Input};
use crate::scratch::Value;

/// A Scratch value.
#[derive(Debug, Clone, PartialEq)]
pub enum V {
    /// A number.
    Num(f64),
    /// A string.
    Str(String),
    /// A boolean.
    Bool(bool),
}

/// JavaScript's `Number(v)` (NaN kept).
fn js_number(v: &V) -> f64 {
    match v {
        V::Num(n) => *n,
        V::Bool(b) => *b as u8 as f64,
        V::Str(s) => {
            let t = s.trim();
            if t.is_empty() {
                return 0.0;
            }
            match t {
                "Infinity" | "+Infinity" => f64::INFINITY,
                "-Infinity" => f64::NEG_INFINITY,
                _ => t
                    .parse::<f64>()
                    .ok()
                    .filter(|_| !t.contains(|c: char| c.is_alphabetic() && c != 'e' && c != 'E'))
                    .unwrap_or(f64::NAN),
            }
        }
    }
}

/// `Cast.toNumber`: NaN becomes 0.
pub fn to_number(v: &V) -> f64 {
    let n = js_number(v);
    if n.is_nan() {
        0.0
    } else {
        n
    }
}

fn to_bool(v: &V) -> bool {
    match v {
        V::Bool(b) => *b,
        V::Num(n) => *n != 0.0 && !n.is_nan(),
        V::Str(s) => !(s.is_empty() || s == "0" || s.eq_ignore_ascii_case("false")),
    }
}

/// How Scratch shows a value (JavaScript number formatting for the usual ranges).
pub fn to_text(v: &V) -> String {
    match v {
        V::Num(n) => {
            super::blocks_out::num_text(*n).replace("-0", if *n == 0.0 { "0" } else { "-0" })
        }
        V::Str(s) => s.clone(),
        V::Bool(b) => b.to_string(),
    }
}

fn compare(a: &V, b: &V) -> f64 {
    let (n1, n2) = (js_number(a), js_number(b));
    let ws = |v: &V| matches!(v, V::Str(s) if s.trim().is_empty());
    if n1.is_nan() || n2.is_nan() || (n1 == 0.0 && ws(a)) || (n2 == 0.0 && ws(b)) {
        let (s1, s2) = (to_text(a).to_lowercase(), to_text(b).to_lowercase());
        return match s1.cmp(&s2) {
            std::cmp::Ordering::Less => -1.0,
            std::cmp::Ordering::Equal => 0.0,
            std::cmp::Ordering::Greater => 1.0,
        };
    }
    if n1.is_infinite() && n2.is_infinite() && n1 == n2 {
        return 0.0;
    }
    n1 - n2
}

/// Why a run stopped early.
#[derive(Debug, Clone, PartialEq)]
pub enum SimError {
    /// More than the allowed number of blocks ran.
    TooManyBlocks(u64),
    /// A block the interpreter does not know.
    Unknown(String),
}

/// The interpreter state.
pub struct Sim<'p> {
    procs: HashMap<String, &'p [Block]>,
    /// Variables by id.
    pub vars: HashMap<String, V>,
    /// Lists by id.
    pub lists: HashMap<String, Vec<V>>,
    frames: Vec<HashMap<String, V>>,
    /// Blocks executed so far (statements and reporters; literals are free).
    pub steps: u64,
    limit: u64,
    list_names: HashMap<String, String>,
    proto_names: HashMap<String, Vec<String>>,
    /// The answer `ask and wait` gets.
    pub answer: String,
    costume: usize,
    /// Blocks executed per custom block (innermost running procedure), for profiling.
    pub profile: HashMap<String, u64>,
    current: Vec<String>,
}

enum Flow {
    Normal,
    Stop,
}

impl<'p> Sim<'p> {
    /// An interpreter for `p` that stops after `limit` blocks.
    pub fn new(p: &'p Program, limit: u64) -> Self {
        let mut procs = HashMap::new();
        let mut proto_names = HashMap::new();
        for s in &p.scripts {
            if let Some(def) = s
                .blocks
                .first()
                .filter(|b| b.opcode == "procedures_definition")
            {
                if let Some(Input::Shadow(proto)) = def.get_input("custom_block") {
                    if let Some(m) = &proto.mutation {
                        proto_names.insert(m.proccode.clone(), m.argument_names.clone());
                        procs.insert(m.proccode.clone(), &s.blocks[1..]);
                    }
                }
            }
        }
        let item = |i: &Value| match i {
            Value::Number(n) => V::Num(*n),
            Value::Text(t) => V::Str(t.clone()),
        };
        let vars = p
            .variables
            .iter()
            .map(|v| (v.id.clone(), item(&v.value)))
            .collect();
        let lists = p
            .lists
            .iter()
            .map(|l| (l.id.clone(), l.items.iter().map(item).collect()))
            .collect();
        let list_names = p
            .lists
            .iter()
            .map(|l| (l.name.clone(), l.id.clone()))
            .collect();
        Sim {
            procs,
            vars,
            lists,
            frames: vec![HashMap::new()],
            steps: 0,
            limit,
            list_names,
            proto_names,
            profile: HashMap::new(),
            answer: String::new(),
            costume: 1,
            current: vec!["(green flag)".into()],
        }
    }

    /// Runs the green-flag scripts of `p`.
    pub fn run(&mut self, p: &'p Program) -> Result<(), SimError> {
        for s in &p.scripts {
            if s.blocks
                .first()
                .is_some_and(|b| b.opcode == "event_whenflagclicked")
            {
                self.stack(&s.blocks[1..])?;
            }
        }
        Ok(())
    }

    /// The items of the list named `name`, as text.
    pub fn list_text(&self, name: &str) -> Vec<String> {
        let id = self.list_names.get(name).cloned().unwrap_or_default();
        self.lists
            .get(&id)
            .map(|l| l.iter().map(to_text).collect())
            .unwrap_or_default()
    }

    fn field<'b>(b: &'b Block, name: &str) -> Option<&'b crate::scratch::blocks::Field> {
        b.fields.iter().find(|(n, _)| n == name).map(|(_, f)| f)
    }

    fn field_id(b: &Block, name: &str) -> String {
        Self::field(b, name)
            .and_then(|f| f.id.clone())
            .unwrap_or_default()
    }

    fn tick(&mut self) -> Result<(), SimError> {
        self.steps += 1;
        if let Some(c) = self.current.last() {
            if let Some(n) = self.profile.get_mut(c) {
                *n += 1;
            } else {
                self.profile.insert(c.clone(), 1);
            }
        }
        if self.steps > self.limit {
            return Err(SimError::TooManyBlocks(self.limit));
        }
        Ok(())
    }

    fn input(&mut self, b: &Block, name: &str) -> Result<V, SimError> {
        match b.get_input(name) {
            None => Ok(V::Str(String::new())),
            Some(Input::Number(n)) => Ok(V::Num(*n)),
            Some(Input::Text(t)) => Ok(V::Str(t.clone())),
            Some(Input::Reporter(r)) | Some(Input::Boolean(r)) => self.eval(r),
            Some(other) => Err(SimError::Unknown(format!("input {name}: {other:?}"))),
        }
    }

    fn num(&mut self, b: &Block, name: &str) -> Result<f64, SimError> {
        Ok(to_number(&self.input(b, name)?))
    }

    fn list_index(&self, idx: &V, len: usize) -> Option<usize> {
        if let V::Str(s) = idx {
            if s == "last" {
                return if len > 0 { Some(len - 1) } else { None };
            }
        }
        let n = to_number(idx).floor();
        if n < 1.0 || n > len as f64 {
            None
        } else {
            Some(n as usize - 1)
        }
    }

    fn eval(&mut self, b: &Block) -> Result<V, SimError> {
        self.tick()?;
        let op = b.opcode.as_ref();
        Ok(match op {
            "data_variable" => self
                .vars
                .get(&Self::field_id(b, "VARIABLE"))
                .cloned()
                .unwrap_or(V::Num(0.0)),
            "argument_reporter_string_number" => {
                let n = Self::field(b, "VALUE")
                    .map(|f| f.value.clone())
                    .unwrap_or_default();
                self.frames
                    .last()
                    .and_then(|f| f.get(&n))
                    .cloned()
                    .unwrap_or(V::Num(0.0))
            }
            "data_itemoflist" => {
                let idx = self.input(b, "INDEX")?;
                let l = self
                    .lists
                    .get(&Self::field_id(b, "LIST"))
                    .map(|l| l.as_slice())
                    .unwrap_or(&[]);
                match self.list_index(&idx, l.len()) {
                    Some(i) => l[i].clone(),
                    None => V::Str(String::new()),
                }
            }
            "sensing_dayssince2000" => V::Num(0.0),
            "sensing_answer" => V::Str(self.answer.clone()),
            "looks_costumenumbername" => V::Num(self.costume as f64),
            "operator_letter_of" => {
                let i = self.num(b, "LETTER")?;
                let t = to_text(&self.input(b, "STRING")?);
                let chars: Vec<char> = t.chars().collect();
                let k = i.floor();
                V::Str(if k >= 1.0 && k as usize <= chars.len() {
                    chars[k as usize - 1].to_string()
                } else {
                    String::new()
                })
            }
            "operator_length" => V::Num(to_text(&self.input(b, "STRING")?).chars().count() as f64),
            "data_itemnumoflist" => {
                let v = self.input(b, "ITEM")?;
                let l = self
                    .lists
                    .get(&Self::field_id(b, "LIST"))
                    .cloned()
                    .unwrap_or_default();
                V::Num(
                    l.iter()
                        .position(|x| compare(x, &v) == 0.0)
                        .map(|k| k + 1)
                        .unwrap_or(0) as f64,
                )
            }
            "data_lengthoflist" => V::Num(
                self.lists
                    .get(&Self::field_id(b, "LIST"))
                    .map(|l| l.len())
                    .unwrap_or(0) as f64,
            ),
            "operator_add" | "operator_subtract" | "operator_multiply" | "operator_divide"
            | "operator_mod" => {
                let (x, y) = (self.num(b, "NUM1")?, self.num(b, "NUM2")?);
                V::Num(match op {
                    "operator_add" => x + y,
                    "operator_subtract" => x - y,
                    "operator_multiply" => x * y,
                    "operator_divide" => x / y,
                    _ => {
                        let r = x % y;
                        if r / y < 0.0 {
                            r + y
                        } else {
                            r
                        }
                    }
                })
            }
            "operator_round" => V::Num((self.num(b, "NUM")? + 0.5).floor()),
            "operator_mathop" => {
                let x = self.num(b, "NUM")?;
                let f = Self::field(b, "OPERATOR")
                    .map(|f| f.value.as_str())
                    .unwrap_or("");
                V::Num(match f {
                    "abs" => x.abs(),
                    "floor" => x.floor(),
                    "ceiling" => x.ceil(),
                    "sqrt" => x.sqrt(),
                    "e ^" => x.exp(),
                    "ln" => x.ln(),
                    other => return Err(SimError::Unknown(format!("mathop {other}"))),
                })
            }
            "operator_lt" | "operator_gt" | "operator_equals" => {
                let (x, y) = (self.input(b, "OPERAND1")?, self.input(b, "OPERAND2")?);
                let c = compare(&x, &y);
                V::Bool(match op {
                    "operator_lt" => c < 0.0,
                    "operator_gt" => c > 0.0,
                    _ => c == 0.0,
                })
            }
            "operator_and" => V::Bool(
                to_bool(&self.input(b, "OPERAND1")?) && to_bool(&self.input(b, "OPERAND2")?),
            ),
            "operator_or" => V::Bool(
                to_bool(&self.input(b, "OPERAND1")?) || to_bool(&self.input(b, "OPERAND2")?),
            ),
            "operator_not" => V::Bool(!to_bool(&self.input(b, "OPERAND")?)),
            "operator_join" => {
                V::Str(to_text(&self.input(b, "STRING1")?) + &to_text(&self.input(b, "STRING2")?))
            }
            other => return Err(SimError::Unknown(other.to_string())),
        })
    }

    fn stack(&mut self, blocks: &'p [Block]) -> Result<Flow, SimError> {
        for b in blocks {
            if let Flow::Stop = self.stmt(b)? {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Normal)
    }

    fn substack(&mut self, b: &'p Block, name: &str) -> Result<Flow, SimError> {
        match b.get_input(name) {
            Some(Input::Substack(s)) => self.stack(s),
            _ => Ok(Flow::Normal),
        }
    }

    fn stmt(&mut self, b: &'p Block) -> Result<Flow, SimError> {
        self.tick()?;
        let op = b.opcode.as_ref();
        match op {
            "data_setvariableto" => {
                let v = self.input(b, "VALUE")?;
                self.vars.insert(Self::field_id(b, "VARIABLE"), v);
            }
            "data_changevariableby" => {
                let d = self.num(b, "VALUE")?;
                let id = Self::field_id(b, "VARIABLE");
                let old = self.vars.get(&id).map(to_number).unwrap_or(0.0);
                self.vars.insert(id, V::Num(old + d));
            }
            "data_replaceitemoflist" => {
                let idx = self.input(b, "INDEX")?;
                let v = self.input(b, "ITEM")?;
                let id = Self::field_id(b, "LIST");
                let len = self.lists.get(&id).map(|l| l.len()).unwrap_or(0);
                if let Some(i) = self.list_index(&idx, len) {
                    if let Some(l) = self.lists.get_mut(&id) {
                        l[i] = v;
                    }
                }
            }
            "data_addtolist" => {
                let v = self.input(b, "ITEM")?;
                self.lists
                    .entry(Self::field_id(b, "LIST"))
                    .or_default()
                    .push(v);
            }
            "data_deleteoflist" => {
                let idx = self.input(b, "INDEX")?;
                let id = Self::field_id(b, "LIST");
                let len = self.lists.get(&id).map(|l| l.len()).unwrap_or(0);
                if let Some(i) = self.list_index(&idx, len) {
                    if let Some(l) = self.lists.get_mut(&id) {
                        l.remove(i);
                    }
                }
            }
            "data_deletealloflist" => {
                self.lists.insert(Self::field_id(b, "LIST"), Vec::new());
            }
            "control_if" => {
                if to_bool(&self.input(b, "CONDITION")?) {
                    return self.substack(b, "SUBSTACK");
                }
            }
            "control_if_else" => {
                let c = to_bool(&self.input(b, "CONDITION")?);
                return self.substack(b, if c { "SUBSTACK" } else { "SUBSTACK2" });
            }
            "control_repeat" => {
                let n = (self.num(b, "TIMES")? + 0.5).floor();
                let mut k = 0.0;
                while k < n {
                    if let Flow::Stop = self.substack(b, "SUBSTACK")? {
                        return Ok(Flow::Stop);
                    }
                    k += 1.0;
                }
            }
            "control_repeat_until" => {
                while !to_bool(&self.input(b, "CONDITION")?) {
                    if let Flow::Stop = self.substack(b, "SUBSTACK")? {
                        return Ok(Flow::Stop);
                    }
                }
            }
            "control_forever" => loop {
                if let Flow::Stop = self.substack(b, "SUBSTACK")? {
                    return Ok(Flow::Stop);
                }
                self.tick()?;
            },
            "control_stop" => return Ok(Flow::Stop),
            "sensing_askandwait" => {
                self.input(b, "QUESTION")?;
            }
            "looks_switchcostumeto" => {
                // costume 1 is the sprite's look; the letter-case costumes follow
                let name = match b.get_input("COSTUME") {
                    Some(Input::Shadow(menu)) => Self::field(menu, "COSTUME")
                        .map(|f| f.value.clone())
                        .unwrap_or_default(),
                    _ => to_text(&self.input(b, "COSTUME")?),
                };
                if name == "costume1" {
                    self.costume = 1;
                } else if let Some(k) = super::char_table::char_table()
                    .costume_names()
                    .position(|n| n == name)
                {
                    self.costume = k + 2;
                }
            }
            "procedures_call" => {
                let m = b.mutation.clone().unwrap_or_default();
                let body = *self
                    .procs
                    .get(&m.proccode)
                    .ok_or_else(|| SimError::Unknown(format!("procedure {}", m.proccode)))?;
                let mut frame = HashMap::new();
                // argument names come from the definition's prototype; ids map to names there
                let names = self.arg_names(&m.proccode);
                for (id, name) in m.argument_ids.iter().zip(names) {
                    let v = self.input(b, id)?;
                    frame.insert(name, v);
                }
                self.frames.push(frame);
                self.current.push(m.proccode.clone());
                let r = self.stack(body);
                self.current.pop();
                self.frames.pop();
                r?;
            }
            other => return Err(SimError::Unknown(other.to_string())),
        }
        Ok(Flow::Normal)
    }

    fn arg_names(&self, proccode: &str) -> Vec<String> {
        self.proto_names.get(proccode).cloned().unwrap_or_default()
    }
}
