//! CFG → structured tree: loops, labelled blocks, conditionals, breaks and continues.
//!
//! The translation follows the dominator tree (after Ramsey, "Beyond Relooper", 2022): a
//! block that several forward edges reach (a merge node) is emitted after a labelled
//! block that its predecessors break out of; a loop header becomes a loop that branches
//! back to it continue. Unlike WebAssembly, Scratch has no labelled breaks, so code that
//! leaves a loop is emitted *after* the loop (each loop exit hangs below the outermost
//! loop it leaves) and the remaining breaks are cheap to lower: most vanish as fall
//! through; [`super::emit`] turns the rest into flags.

use std::collections::HashMap;

use super::cfg::Cfg;
use crate::llvm::{Function, Op, Terminator};

/// One node of the structured tree.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    /// The non-phi instructions of a basic block.
    Code(usize),
    /// The phi copies of the edge `from -> to`.
    Copies(usize, usize),
    /// A two-way branch on the condition of block `block`'s `br i1`.
    If {
        /// The block whose terminator is the branch.
        block: usize,
        /// Taken when the condition holds.
        then: Vec<Node>,
        /// Taken otherwise.
        els: Vec<Node>,
    },
    /// A `switch` of block `block`: arms by the indices of their cases, then the default.
    Switch {
        /// The block whose terminator is the switch.
        block: usize,
        /// (indices into the case list, code) per distinct non-default target.
        arms: Vec<(Vec<usize>, Vec<Node>)>,
        /// The default arm.
        default: Vec<Node>,
    },
    /// A loop headed by block `h`; the body repeats until a break or return leaves it.
    Loop(usize, Vec<Node>),
    /// A labelled sequence; `Break(y)` inside jumps to the code following it (block `y`).
    Labeled(usize, Vec<Node>),
    /// Jump to block `y`, emitted right after the enclosing `Labeled(y)`.
    Break(usize),
    /// Jump back to the header `h` of an enclosing loop.
    Continue(usize),
    /// The `ret` of block `b`.
    Return(usize),
    /// `unreachable`.
    Unreachable,
}

struct Builder<'a> {
    f: &'a Function,
    cfg: &'a Cfg,
    merge: Vec<bool>,
    attached: HashMap<usize, Vec<usize>>,
    is_attached: Vec<bool>,
    children: Vec<Vec<usize>>,
    has_phis: Vec<bool>,
}

/// Builds the structured tree of a reducible function.
pub(crate) fn structure(f: &Function, cfg: &Cfg) -> Vec<Node> {
    let n = f.blocks.len();
    let mut merge = vec![false; n];
    for &b in &cfg.rpo {
        let fwd = cfg.preds[b]
            .iter()
            .filter(|&&p| !cfg.is_back_edge(p, b))
            .count();
        merge[b] = fwd >= 2;
    }
    let mut children = vec![Vec::new(); n];
    for &b in cfg.rpo.iter().skip(1) {
        children[cfg.idom[b]].push(b);
    }
    let mut attached: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut is_attached = vec![false; n];
    for &y in cfg.rpo.iter().skip(1) {
        let d = cfg.idom[y];
        let outer = cfg
            .loops_containing(d)
            .into_iter()
            .rfind(|&h| !cfg.in_loop(y, h));
        if let Some(h) = outer {
            attached.entry(h).or_default().push(y);
            is_attached[y] = true;
        }
    }
    for v in attached.values_mut() {
        v.sort_by_key(|&y| cfg.rpo_index[y]);
    }
    let has_phis = f
        .blocks
        .iter()
        .map(|b| b.instrs.iter().any(|i| matches!(i.op, Op::Phi { .. })))
        .collect();
    let b = Builder {
        f,
        cfg,
        merge,
        attached,
        is_attached,
        children,
        has_phis,
    };
    let mut tree = b.do_tree(0);
    strip_tail(&mut tree, None);
    tree
}

impl Builder<'_> {
    fn do_tree(&self, x: usize) -> Vec<Node> {
        let mut ys: Vec<usize> = self.children[x]
            .iter()
            .copied()
            .filter(|&y| self.merge[y] && !self.is_attached[y])
            .collect();
        ys.sort_by_key(|&y| self.cfg.rpo_index[y]);
        let body = self.node_within(x, &ys);
        if !self.cfg.loops.contains_key(&x) {
            return body;
        }
        let mut res = vec![Node::Loop(x, body)];
        for &y in self.attached.get(&x).map(|v| v.as_slice()).unwrap_or(&[]) {
            let mut next = vec![Node::Labeled(y, res)];
            next.extend(self.do_tree(y));
            res = next;
        }
        res
    }

    fn node_within(&self, x: usize, ys: &[usize]) -> Vec<Node> {
        if let Some((&y, rest)) = ys.split_last() {
            let mut v = vec![Node::Labeled(y, self.node_within(x, rest))];
            v.extend(self.do_tree(y));
            return v;
        }
        let mut v = vec![Node::Code(x)];
        let idx = |l: &str| self.f.blocks.iter().position(|b| b.name == l).unwrap_or(0);
        match &self.f.blocks[x].term {
            Terminator::Ret(_) => v.push(Node::Return(x)),
            Terminator::Unreachable => v.push(Node::Unreachable),
            Terminator::Br(l) => v.extend(self.do_branch(x, idx(l))),
            Terminator::CondBr {
                then, otherwise, ..
            } => {
                let (t, e) = (idx(then), idx(otherwise));
                v.push(Node::If {
                    block: x,
                    then: self.do_branch(x, t),
                    els: self.do_branch(x, e),
                });
            }
            Terminator::Switch { default, cases, .. } => {
                let mut targets: Vec<(usize, Vec<usize>)> = Vec::new();
                let d = idx(default);
                for (k, (_, l)) in cases.iter().enumerate() {
                    let t = idx(l);
                    if t == d {
                        continue;
                    }
                    match targets.iter_mut().find(|(x, _)| *x == t) {
                        Some((_, ks)) => ks.push(k),
                        None => targets.push((t, vec![k])),
                    }
                }
                let arms = targets
                    .into_iter()
                    .map(|(t, ks)| (ks, self.do_branch(x, t)))
                    .collect();
                v.push(Node::Switch {
                    block: x,
                    arms,
                    default: self.do_branch(x, d),
                });
            }
        }
        v
    }

    fn do_branch(&self, x: usize, y: usize) -> Vec<Node> {
        let mut v = Vec::new();
        if self.has_phis[y] {
            v.push(Node::Copies(x, y));
        }
        if self.cfg.is_back_edge(x, y) {
            v.push(Node::Continue(y));
        } else if self.merge[y] || self.is_attached[y] {
            v.push(Node::Break(y));
        } else {
            v.extend(self.do_tree(y));
        }
        v
    }
}

/// What falling off the end of a sequence means.
#[derive(Clone, Copy, PartialEq)]
enum Fall {
    Break(usize),
    Continue(usize),
}

/// Removes breaks and continues that only do what falling through does.
fn strip_tail(seq: &mut Vec<Node>, fall: Option<Fall>) {
    let n = seq.len();
    for (i, node) in seq.iter_mut().enumerate() {
        let last = i + 1 == n;
        let f = if last { fall } else { None };
        match node {
            Node::If { then, els, .. } => {
                strip_tail(then, f);
                strip_tail(els, f);
            }
            Node::Switch { arms, default, .. } => {
                for (_, a) in arms.iter_mut() {
                    strip_tail(a, f);
                }
                strip_tail(default, f);
            }
            Node::Loop(h, body) => strip_tail(body, Some(Fall::Continue(*h))),
            Node::Labeled(y, body) => strip_tail(body, Some(Fall::Break(*y))),
            _ => {}
        }
    }
    if let Some(last) = seq.last() {
        let drop = match (last, fall) {
            (Node::Break(y), Some(Fall::Break(z))) => *y == z,
            (Node::Continue(h), Some(Fall::Continue(g))) => *h == g,
            _ => false,
        };
        if drop {
            seq.pop();
        }
    }
}

/// Whether `seq` contains a `Break(y)` (at any depth).
#[cfg(test)]
fn breaks_to(seq: &[Node], y: usize) -> bool {
    seq.iter().any(|n| match n {
        Node::Break(z) => *z == y,
        Node::If { then, els, .. } => breaks_to(then, y) || breaks_to(els, y),
        Node::Switch { arms, default, .. } => {
            arms.iter().any(|(_, a)| breaks_to(a, y)) || breaks_to(default, y)
        }
        Node::Loop(_, b) | Node::Labeled(_, b) => breaks_to(b, y),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llvm::{Block, Constant, Function, Terminator, Type, Value, ValueKind};

    fn func(edges: &[&[usize]]) -> Function {
        let cond = Value {
            ty: Type::Int(1),
            kind: ValueKind::Const(Constant::Int { bits: 1, value: 1 }),
        };
        let blocks = edges
            .iter()
            .enumerate()
            .map(|(i, e)| Block {
                name: format!("b{i}"),
                instrs: vec![],
                term: match e.len() {
                    0 => Terminator::Ret(None),
                    1 => Terminator::Br(format!("b{}", e[0])),
                    _ => Terminator::CondBr {
                        cond: cond.clone(),
                        then: format!("b{}", e[0]),
                        otherwise: format!("b{}", e[1]),
                    },
                },
                term_loc: Default::default(),
            })
            .collect();
        Function {
            name: "f".into(),
            ret: Type::Void,
            params: vec![],
            attrs: vec![],
            blocks,
            loc: Default::default(),
        }
    }

    fn tree(edges: &[&[usize]]) -> Vec<Node> {
        let f = func(edges);
        let cfg = Cfg::from_succs(edges.iter().map(|e| e.to_vec()).collect());
        structure(&f, &cfg)
    }

    #[test]
    fn diamond_needs_no_breaks() {
        // 0 -> 1 | 2 -> 3
        let t = tree(&[&[1, 2], &[3], &[3], &[]]);
        assert_eq!(
            t,
            vec![
                Node::Labeled(
                    3,
                    vec![
                        Node::Code(0),
                        Node::If {
                            block: 0,
                            then: vec![Node::Code(1)],
                            els: vec![Node::Code(2)]
                        }
                    ]
                ),
                Node::Code(3),
                Node::Return(3)
            ]
        );
    }

    #[test]
    fn rotated_loop_exit_follows_loop() {
        // 0 -> 1 | 3 (guard); 1 -> 2 (preheader); 2 -> 2 | 3 (self loop); 3 ret
        let t = tree(&[&[1, 3], &[2], &[2, 3], &[]]);
        // the loop continues on `then` (edge 2->2, a tail continue, stripped)
        assert_eq!(
            t,
            vec![
                Node::Labeled(
                    3,
                    vec![
                        Node::Code(0),
                        Node::If {
                            block: 0,
                            then: vec![
                                Node::Code(1),
                                Node::Loop(
                                    2,
                                    vec![
                                        Node::Code(2),
                                        Node::If {
                                            block: 2,
                                            then: vec![],
                                            els: vec![Node::Break(3)]
                                        }
                                    ]
                                )
                            ],
                            els: vec![]
                        }
                    ]
                ),
                Node::Code(3),
                Node::Return(3)
            ]
        );
    }

    #[test]
    fn single_exit_loop_continuation_is_after_the_loop() {
        // 0 -> 1; 1 -> 2 | 3; 2 -> 1; 3 -> 4 (exit, one predecessor); 4 ret
        let t = tree(&[&[1], &[2, 3], &[1], &[4], &[]]);
        assert_eq!(
            t,
            vec![
                Node::Code(0),
                Node::Labeled(
                    3,
                    vec![Node::Loop(
                        1,
                        vec![
                            Node::Code(1),
                            Node::If {
                                block: 1,
                                then: vec![Node::Code(2)],
                                els: vec![Node::Break(3)]
                            }
                        ]
                    )]
                ),
                Node::Code(3),
                Node::Code(4),
                Node::Return(4)
            ]
        );
    }

    #[test]
    fn break_out_of_nested_loops() {
        // 0 -> 1; 1 (outer header) -> 2; 2 (inner header) -> 3 | 5; 3 -> 2 | 4; 4 -> 1 | 6; 5 ret (break out of both); 6 ret
        let t = tree(&[&[1], &[2], &[3, 5], &[2, 4], &[1, 6], &[], &[]]);
        // the exit 5 hangs below the outer loop, not inside it
        let outer_pos = t
            .iter()
            .position(|n| matches!(n, Node::Labeled(..)))
            .unwrap();
        assert!(breaks_to(&t[outer_pos..outer_pos + 1], 5));
        // 5 follows the outer loop (inside the label 6 block), 6 comes last
        let Node::Labeled(6, inner) = &t[1] else {
            panic!("expected label 6: {t:?}")
        };
        assert!(matches!(&inner[0], Node::Labeled(5, l) if matches!(l[0], Node::Loop(1, _))));
        assert_eq!(inner[1], Node::Code(5));
        assert_eq!(t[2], Node::Code(6));
    }
}
