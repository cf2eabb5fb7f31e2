//! The loop forms: `repeat (n)` for counted loops, `repeat until <exit>` when the exit test
//! is at the top, else a rotated or escape-flag loop (see the parent module's doc).

use super::super::expr::*;
use super::super::func::FnLower;
use super::super::structure::Node;
use super::super::LowerError;
use super::*;

impl FnLower<'_, '_> {
    /// A loop: the cheapest form that fits (see the module doc), else the escape flag.
    pub(super) fn lower_loop(
        &mut self,
        h: usize,
        body: &[Node],
        fall: Option<Fall>,
    ) -> Result<(Vec<St>, Esc), LowerError> {
        if let Some(r) = self.repeat_loop(h, body, fall)? {
            return Ok(r);
        }
        // a counted loop not lowered as `repeat (n)` above: its latch condition is dead, so
        // a countdown from the trip count ends it (in the general form below)
        if let Some(c) = self.counted.get(&h).cloned() {
            return self.countdown_loop(h, &c, body);
        }
        if let Some(r) = self.rotated_loop(h, body, fall)? {
            return Ok(r);
        }
        if let Some(r) = self.top_test_loop(h, body, fall)? {
            return Ok(r);
        }
        // general: escape flag
        let cid = self.cont_id(h);
        let (mut s, mut e) = self.seq(body, Some(Fall::Continue(h)))?;
        self.reset(cid, &mut e, &mut s);
        if e.is_empty() {
            return Ok((vec![St::Forever(s)], e));
        }
        self.esc_used = true;
        Ok((
            vec![St::RepeatUntil(
                cmp(Cmp::Gt, E::Var(self.esc), E::Num(0.0)),
                s,
            )],
            e,
        ))
    }

    /// A counted loop as `repeat (n)` (its exit may also break further out than the loop's
    /// follower, e.g. straight to the function's return: then `esc` is set after the `repeat`).
    fn repeat_loop(
        &mut self,
        h: usize,
        body: &[Node],
        fall: Option<Fall>,
    ) -> Result<Option<(Vec<St>, Esc)>, LowerError> {
        let cid = self.cont_id(h);
        if let (Some(c), Some(Node::If { block, then, els })) =
            (self.counted.get(&h).cloned(), body.last())
        {
            let exit_label = |arm: &Vec<Node>| match arm.last() {
                Some(Node::Break(z)) if arm.len() <= 2 => Some(*z),
                _ => None,
            };
            let y = exit_label(then)
                .or_else(|| exit_label(els))
                .unwrap_or(usize::MAX);
            let is_exit = |arm: &Vec<Node>| exit_label(arm) == Some(y);
            let is_back = |arm: &Vec<Node>| arm.iter().all(|n| matches!(n, Node::Copies(..)));
            let arms = if is_exit(then) && is_back(els) {
                Some((then, els))
            } else if is_exit(els) && is_back(then) {
                Some((els, then))
            } else {
                None
            };
            if let (true, Some((exit, back))) = (*block == c.latch, arms) {
                let (mut s, mut e) = self.seq(&body[..body.len() - 1], None)?;
                self.reset(cid, &mut e, &mut s);
                let mut exit_copies = Vec::new();
                for n in exit {
                    if let Node::Copies(x, z) = n {
                        exit_copies.extend(self.copies(*x, *z)?);
                    }
                }
                let mut back_copies = Vec::new();
                for n in back {
                    if let Node::Copies(x, z) = n {
                        back_copies.extend(self.copies(*x, *z)?);
                    }
                }
                let safe = exit_copies.iter().all(|st| match st {
                    St::Set(v, _) | St::Change(v, _) => {
                        !touches(&s, *v) && !touches(&back_copies, *v)
                    }
                    _ => false,
                });
                // exit copies whose sources the back-edge copies do not change can run once,
                // after the loop; the others run at the end of every iteration
                let written: Vec<VarId> = back_copies
                    .iter()
                    .filter_map(|st| match st {
                        St::Set(v, _) | St::Change(v, _) => Some(*v),
                        _ => None,
                    })
                    .collect();
                let after_ok = exit_copies.iter().all(|st| match st {
                    St::Set(_, e) => !written.iter().any(|w| e.reads_var(*w)),
                    St::Change(v, e) => {
                        !written.contains(v) && !written.iter().any(|w| e.reads_var(*w))
                    }
                    _ => false,
                });
                // the back-edge copies run once more than in the IR (also on the last
                // iteration): only harmless if nothing live after the loop reads them
                let mut live_after: Vec<VarId> = self
                    .vals
                    .live_in_classes
                    .get(y)
                    .map(|s| {
                        s.iter()
                            .filter_map(|c| self.class_var.get(*c).copied())
                            .collect()
                    })
                    .unwrap_or_default();
                // the exit block's phis take their values on the exit edge, before any back copy
                for ins in &self.f.blocks[y].instrs {
                    if let (Some(r), Op::Phi { .. }) = (&ins.result, &ins.op) {
                        live_after.extend(self.var_of(r));
                    }
                }
                let back_ok = !written.iter().any(|w| live_after.contains(w));
                if e.is_empty() && safe && back_ok {
                    let trip = self.num(&c.trip)?;
                    let mut after = Vec::new();
                    if after_ok {
                        after = exit_copies;
                    } else {
                        s.extend(exit_copies);
                    }
                    s.extend(back_copies);
                    let mut v = vec![St::Repeat(trip, s)];
                    v.extend(after);
                    let (b, be) = self.node(&Node::Break(y), fall)?;
                    v.extend(b);
                    return Ok(Some((v, be)));
                }
                if e.is_empty() {
                    // the last iteration takes the exit instead of the back edge: peel it
                    // (repeat (n - 1) { body; back copies }; body; exit copies)
                    let trip = self.num(&c.trip)?;
                    let (mut last, mut e2) = self.seq(&body[..body.len() - 1], None)?;
                    self.reset(cid, &mut e2, &mut last);
                    let mut exit_copies = Vec::new();
                    for n in exit {
                        if let Node::Copies(x, z) = n {
                            exit_copies.extend(self.copies(*x, *z)?);
                        }
                    }
                    s.extend(back_copies);
                    let mut v = vec![St::Repeat(sub(trip, E::Num(1.0)), s)];
                    v.extend(last);
                    v.extend(exit_copies);
                    let (b, be) = self.node(&Node::Break(y), fall)?;
                    v.extend(b);
                    return Ok(Some((v, be)));
                }
            }
        }
        Ok(None)
    }

    /// Exit test at the bottom: rotate, `S; repeat until <exit> { back copies; S }`, with
    /// the body S written twice (only when it is small).
    fn rotated_loop(
        &mut self,
        h: usize,
        body: &[Node],
        fall: Option<Fall>,
    ) -> Result<Option<(Vec<St>, Esc)>, LowerError> {
        let cid = self.cont_id(h);
        let exit_to = break_target(fall);
        if let (Some(y), Some(Node::If { block, then, els })) = (exit_to, body.last()) {
            let is_exit = |arm: &Vec<Node>| {
                matches!(arm.last(), Some(Node::Break(z)) if *z == y) && arm.len() <= 2
            };
            let is_back = |arm: &Vec<Node>| arm.iter().all(|n| matches!(n, Node::Copies(..)));
            let arms = if is_exit(then) && is_back(els) {
                Some((then, els, true))
            } else if is_exit(els) && is_back(then) {
                Some((els, then, false))
            } else {
                None
            };
            if let Some((exit, back, exit_on_true)) = arms {
                let (mut s1, mut e1) = self.seq(&body[..body.len() - 1], None)?;
                self.reset(cid, &mut e1, &mut s1);
                if e1.is_empty() && size(&s1) <= ROTATE_LIMIT {
                    let Terminator::CondBr { cond, .. } = self.f.blocks[*block].term.clone() else {
                        unreachable!()
                    };
                    let c = self.cond(&cond)?;
                    let exit_when = if exit_on_true { c } else { not(c) };
                    let mut exit_copies = Vec::new();
                    for n in exit {
                        if let Node::Copies(x, z) = n {
                            exit_copies.extend(self.copies(*x, *z)?);
                        }
                    }
                    let mut again = Vec::new();
                    for n in back {
                        if let Node::Copies(x, z) = n {
                            again.extend(self.copies(*x, *z)?);
                        }
                    }
                    let (mut s2, mut e2) = self.seq(&body[..body.len() - 1], None)?;
                    self.reset(cid, &mut e2, &mut s2);
                    again.extend(s2);
                    let mut v = s1;
                    v.push(St::RepeatUntil(exit_when, again));
                    v.extend(exit_copies);
                    return Ok(Some((v, Esc::new())));
                }
            }
        }
        Ok(None)
    }

    /// Exit test at the top, computed without statements: `repeat until <exit>`.
    fn top_test_loop(
        &mut self,
        h: usize,
        body: &[Node],
        fall: Option<Fall>,
    ) -> Result<Option<(Vec<St>, Esc)>, LowerError> {
        let cid = self.cont_id(h);
        let exit_to = break_target(fall);
        if let (Some(y), [Node::Code(hb), Node::If { block, then, els }]) = (exit_to, body) {
            let head = self.code(*hb)?;
            let only_break = |arm: &Vec<Node>| arm.len() == 1 && arm[0] == Node::Break(y);
            if *hb == h && *block == h && head.is_empty() && (only_break(then) || only_break(els)) {
                let Terminator::CondBr { cond, .. } = self.f.blocks[h].term.clone() else {
                    unreachable!()
                };
                let c = self.cond(&cond)?;
                let (exit_when, other) = if only_break(then) {
                    (c, els)
                } else {
                    (not(c), then)
                };
                let (mut s, mut e) = self.seq(other, Some(Fall::Continue(h)))?;
                self.reset(cid, &mut e, &mut s);
                let until = if e.is_empty() {
                    exit_when
                } else {
                    self.esc_used = true;
                    or(exit_when, cmp(Cmp::Gt, E::Var(self.esc), E::Num(0.0)))
                };
                return Ok(Some((vec![St::RepeatUntil(until, s)], e)));
            }
        }
        Ok(None)
    }
}
