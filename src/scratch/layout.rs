//! Script layout on a sprite's workspace, the way the editor's "Clean up blocks" lays it: one
//! column at the left, each script below the previous one with a gap, so no script is drawn
//! on top of another. Heights are estimated from the block trees with the editor's block
//! metrics (workspace units), rounded up, so the column errs on the side of space.

use super::blocks::{Block, Input, Script};
use super::project::Target;

/// Gap between two scripts of the column (the editor's clean-up leaves about one stack
/// block's height).
pub const GAP: f64 = 48.0;
/// Height of a stack block with plain inputs.
const STACK: f64 = 48.0;
/// Height of a reporter or boolean with plain inputs.
const REPORTER: f64 = 40.0;
/// Height of a plain input (number or text field, menu).
const FIELD: f64 = 32.0;
/// What one level of nesting adds around the tallest input.
const NEST: f64 = 8.0;
/// Extra height of a hat's rounded cap.
const HAT_CAP: f64 = 28.0;
/// Height of a custom block's `define` hat with its prototype.
const DEFINE: f64 = 104.0;
/// Height of an empty C-block mouth.
const EMPTY_MOUTH: f64 = 24.0;
/// Height of a C block's middle (`else`) and bottom arms.
const ARM: f64 = 32.0;

/// Estimated drawn height of a script, in workspace units.
pub fn script_height(script: &Script) -> f64 {
    stack_height(&script.blocks)
}

/// Lays `target`'s scripts in one column at `x`, from `y` down, in their current order,
/// [`GAP`] apart.
pub fn clean_up(target: &mut Target, x: f64, y: f64) {
    let mut cursor = y;
    for script in &mut target.scripts {
        script.x = x;
        script.y = cursor;
        cursor += script_height(script) + GAP;
    }
}

fn stack_height(blocks: &[Block]) -> f64 {
    blocks.iter().map(block_height).sum()
}

/// Height of a block in a stack: its row (grown by tall inputs), its mouths, its arms.
fn block_height(b: &Block) -> f64 {
    let mut row = STACK.max(tallest_input(b) + NEST);
    let opcode: &str = &b.opcode;
    if opcode == "procedures_definition" {
        row = DEFINE;
    } else if is_hat(opcode) {
        row += HAT_CAP;
    }
    let mouths: Vec<f64> = b
        .inputs
        .iter()
        .filter_map(|(_, i)| match i {
            Input::Substack(s) => Some(stack_height(s).max(EMPTY_MOUTH)),
            _ => None,
        })
        .collect();
    let expected_mouths = match opcode {
        "control_if_else" => 2,
        "control_if"
        | "control_repeat"
        | "control_repeat_until"
        | "control_while"
        | "control_forever"
        | "control_for_each" => 1,
        _ => 0,
    };
    let mouth_count = mouths.len().max(expected_mouths);
    if mouth_count == 0 {
        return row;
    }
    let filled: f64 = mouths.iter().sum();
    let empty = (mouth_count - mouths.len()) as f64 * EMPTY_MOUTH;
    row + filled + empty + ARM * mouth_count as f64
}

/// Height of a reporter or boolean block.
fn reporter_height(b: &Block) -> f64 {
    REPORTER.max(tallest_input(b) + NEST)
}

fn tallest_input(b: &Block) -> f64 {
    b.inputs
        .iter()
        .map(|(_, i)| match i {
            Input::Reporter(r) | Input::Boolean(r) => reporter_height(r),
            Input::Shadow(s) if s.opcode == "procedures_prototype" => reporter_height(s),
            Input::Number(_) | Input::Text(_) | Input::Shadow(_) | Input::Broadcast { .. } => FIELD,
            Input::Substack(_) => 0.0,
        })
        .fold(0.0, f64::max)
}

fn is_hat(opcode: &str) -> bool {
    opcode.starts_with("event_when") || opcode == "control_start_as_clone"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::ops;

    fn say(what: Input) -> Block {
        Block::new("looks_say").input("MESSAGE", what)
    }

    #[test]
    fn heights_grow_with_nesting_mouths_and_hats() {
        let plain = Script {
            x: 0.0,
            y: 0.0,
            blocks: vec![say(Input::Text("hi".into()))].into(),
        };
        assert_eq!(script_height(&plain), STACK);
        let join = |a: Input| {
            Input::Reporter(Box::new(
                Block::new("operator_join")
                    .input("STRING1", a)
                    .input("STRING2", Input::Text("b".into())),
            ))
        };
        let nested = say(join(join(Input::Text("a".into()))));
        assert!(
            block_height(&nested) > STACK,
            "two reporters deep grow the row"
        );
        let hat = Script {
            x: 0.0,
            y: 0.0,
            blocks: vec![ops::when_flag(), say(Input::Text("hi".into()))].into(),
        };
        assert!(
            script_height(&hat) > 2.0 * STACK,
            "a hat is taller than a stack block"
        );
        let forever = Block::new("control_forever").input(
            "SUBSTACK",
            Input::Substack(vec![say(Input::Text("a".into())); 3]),
        );
        assert!(
            block_height(&forever) >= 4.0 * STACK,
            "a mouth holds its blocks"
        );
        let empty_if = Block::new("control_if_else");
        assert!(block_height(&empty_if) >= STACK + 2.0 * EMPTY_MOUTH + 2.0 * ARM);
    }

    #[test]
    fn clean_up_stacks_scripts_without_overlap() {
        let mut t = Target::sprite("s");
        for n in 1..5 {
            t.scripts.push(Script {
                x: 100.0,
                y: 0.0,
                blocks: vec![say(Input::Text("x".into())); n].into(),
            });
        }
        clean_up(&mut t, 0.0, 0.0);
        for w in t.scripts.windows(2) {
            assert_eq!(w[0].x, 0.0);
            assert!(w[1].y >= w[0].y + script_height(&w[0]) + GAP);
        }
    }
}
