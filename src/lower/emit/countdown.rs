//! Counted loops that cannot be a `repeat (n)` (their exit is not a plain break after the
//! latch): the latch's own test is dead (see [`crate::lower::values::analyse`]), so a
//! countdown from the trip count ends the loop.

use super::super::expr::*;
use super::super::func::FnLower;
use super::super::loops::Counted;
use super::super::structure::Node;
use super::super::LowerError;
use super::{set, Esc, Fall};
use crate::llvm::Terminator;

impl FnLower<'_, '_> {
    /// A counted loop in the general form: `set left to n; repeat until <esc > 0> {..}`
    /// where the latch does `change left by -1` and exits when `left = 0`.
    pub(super) fn countdown_loop(
        &mut self,
        h: usize,
        c: &Counted,
        body: &[Node],
    ) -> Result<(Vec<St>, Esc), LowerError> {
        let cid = self.cont_id(h);
        let trip = self.num(&c.trip)?;
        let left = self.ctx.new_var(
            format!("{}: left{}", self.f.name, self.countdown_vars.len()),
            0.0,
        );
        self.countdown_vars.push(left);
        let Terminator::CondBr { then, .. } = &self.f.blocks[c.latch].term else {
            return Err(self.err(
                c.latch,
                self.f.blocks[c.latch].term_loc,
                "internal: counted loop latch without a conditional branch",
            ));
        };
        let exit_on_true = self
            .block_index
            .get(then)
            .is_none_or(|&t| !self.cfg.in_loop(t, h));
        self.latch_count.insert(c.latch, (left, exit_on_true));
        let (mut s, mut e) = self.seq(body, Some(Fall::Continue(h)))?;
        self.latch_count.remove(&c.latch);
        self.reset(cid, &mut e, &mut s);
        self.esc_used = true;
        let mut v: Vec<St> = set(left, trip).into_iter().collect();
        v.push(St::RepeatUntil(
            cmp(Cmp::Gt, E::Var(self.esc), E::Num(0.0)),
            s,
        ));
        Ok((v, e))
    }
}
