//! A readable text form of block trees (scratchblocks-like), for debugging and reports.

use crate::scratch::blocks::{Block, Input, Script};

fn input(i: &Input) -> String {
    match i {
        Input::Number(n) => format!("({n})"),
        Input::Text(t) => format!("[{t}]"),
        Input::Reporter(b) => format!("({})", reporter(b)),
        Input::Boolean(b) => format!("<{}>", reporter(b)),
        Input::Substack(_) => "{...}".into(),
        Input::Shadow(b) => reporter(b),
        Input::Broadcast { name, .. } => format!("[{name} v]"),
    }
}

fn get(b: &Block, n: &str) -> String {
    b.get_input(n).map(input).unwrap_or_else(|| "()".into())
}

fn field(b: &Block, n: &str) -> String {
    b.fields
        .iter()
        .find(|(k, _)| k == n)
        .map(|(_, f)| f.value.clone())
        .unwrap_or_default()
}

fn reporter(b: &Block) -> String {
    let op = b.opcode.as_ref();
    match op {
        "data_variable" => field(b, "VARIABLE"),
        "argument_reporter_string_number" => format!("arg {}", field(b, "VALUE")),
        "data_itemoflist" => format!("item {} of {}", get(b, "INDEX"), field(b, "LIST")),
        "data_lengthoflist" => format!("length of {}", field(b, "LIST")),
        "operator_add" => format!("{} + {}", get(b, "NUM1"), get(b, "NUM2")),
        "operator_subtract" => format!("{} - {}", get(b, "NUM1"), get(b, "NUM2")),
        "operator_multiply" => format!("{} * {}", get(b, "NUM1"), get(b, "NUM2")),
        "operator_divide" => format!("{} / {}", get(b, "NUM1"), get(b, "NUM2")),
        "operator_mod" => format!("{} mod {}", get(b, "NUM1"), get(b, "NUM2")),
        "operator_mathop" => format!("{} of {}", field(b, "OPERATOR"), get(b, "NUM")),
        "operator_round" => format!("round {}", get(b, "NUM")),
        "operator_lt" => format!("{} < {}", get(b, "OPERAND1"), get(b, "OPERAND2")),
        "operator_gt" => format!("{} > {}", get(b, "OPERAND1"), get(b, "OPERAND2")),
        "operator_equals" => format!("{} = {}", get(b, "OPERAND1"), get(b, "OPERAND2")),
        "operator_and" => format!("{} and {}", get(b, "OPERAND1"), get(b, "OPERAND2")),
        "operator_or" => format!("{} or {}", get(b, "OPERAND1"), get(b, "OPERAND2")),
        "operator_not" => format!("not {}", get(b, "OPERAND")),
        "operator_join" => format!("join {} {}", get(b, "STRING1"), get(b, "STRING2")),
        "procedures_prototype" => b
            .mutation
            .as_ref()
            .map(|m| m.proccode.clone())
            .unwrap_or_default(),
        other => other.to_string(),
    }
}

fn stack(blocks: &[Block], depth: usize, out: &mut String) {
    for b in blocks {
        let pad = "  ".repeat(depth);
        let op = b.opcode.as_ref();
        let sub = |n: &str| match b.get_input(n) {
            Some(Input::Substack(s)) => s.clone(),
            _ => vec![],
        };
        let line = match op {
            "data_setvariableto" => format!("set {} to {}", field(b, "VARIABLE"), get(b, "VALUE")),
            "data_changevariableby" => {
                format!("change {} by {}", field(b, "VARIABLE"), get(b, "VALUE"))
            }
            "data_replaceitemoflist" => format!(
                "replace item {} of {} with {}",
                get(b, "INDEX"),
                field(b, "LIST"),
                get(b, "ITEM")
            ),
            "data_addtolist" => format!("add {} to {}", get(b, "ITEM"), field(b, "LIST")),
            "data_deleteoflist" => format!("delete {} of {}", get(b, "INDEX"), field(b, "LIST")),
            "data_deletealloflist" => format!("delete all of {}", field(b, "LIST")),
            "control_if" | "control_if_else" => format!("if {} then", get(b, "CONDITION")),
            "control_repeat" => format!("repeat {}", get(b, "TIMES")),
            "control_repeat_until" => format!("repeat until {}", get(b, "CONDITION")),
            "control_forever" => "forever".into(),
            "control_stop" => "stop this script".into(),
            "procedures_call" => {
                let m = b.mutation.clone().unwrap_or_default();
                let args: Vec<String> = m.argument_ids.iter().map(|id| get(b, id)).collect();
                format!("call {} {}", m.proccode, args.join(" "))
            }
            "procedures_definition" => format!("define {}", get(b, "custom_block")),
            other => other.to_string(),
        };
        out.push_str(&format!("{pad}{line}\n"));
        match op {
            "control_if_else" => {
                stack(&sub("SUBSTACK"), depth + 1, out);
                out.push_str(&format!("{pad}else\n"));
                stack(&sub("SUBSTACK2"), depth + 1, out);
                out.push_str(&format!("{pad}end\n"));
            }
            "control_if" | "control_repeat" | "control_repeat_until" | "control_forever" => {
                stack(&sub("SUBSTACK"), depth + 1, out);
                out.push_str(&format!("{pad}end\n"));
            }
            _ => {}
        }
    }
}

/// The scripts as indented text, one block per line.
pub fn scripts_text(scripts: &[Script]) -> String {
    let mut out = String::new();
    for s in scripts {
        stack(&s.blocks, 0, &mut out);
        out.push('\n');
    }
    out
}
