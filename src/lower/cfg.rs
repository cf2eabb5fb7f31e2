//! Control-flow graph analyses of one function: successors and predecessors, reverse
//! post-order, dominators (Cooper–Harvey–Kennedy), natural loops and reducibility.

use std::collections::HashMap;

use crate::llvm::{Function, Terminator};

/// The CFG of a function, blocks numbered as in `Function::blocks`.
#[derive(Debug, Clone)]
pub(crate) struct Cfg {
    /// Successors of each block (duplicates removed, in terminator order).
    pub(crate) succs: Vec<Vec<usize>>,
    /// Predecessors of each block (reachable ones only).
    pub(crate) preds: Vec<Vec<usize>>,
    /// Reachable blocks in reverse post-order (entry first).
    pub(crate) rpo: Vec<usize>,
    /// Position of each block in `rpo` (`usize::MAX` if unreachable).
    pub(crate) rpo_index: Vec<usize>,
    /// Immediate dominator of each reachable block (the entry's is itself).
    pub(crate) idom: Vec<usize>,
    /// For each block, the header of the innermost loop containing it, if any.
    pub(crate) loop_of: Vec<Option<usize>>,
    /// Loop headers, with the blocks of each loop (header included).
    pub(crate) loops: HashMap<usize, Vec<usize>>,
    /// Parent loop header of each loop header.
    pub(crate) loop_parent: HashMap<usize, Option<usize>>,
    /// Whether every retreating edge goes to a dominator (the CFG is reducible).
    pub(crate) reducible: bool,
}

/// Successor labels of a terminator, in order, duplicates kept.
pub(crate) fn term_targets(t: &Terminator) -> Vec<&str> {
    match t {
        Terminator::Ret(_) | Terminator::Unreachable => vec![],
        Terminator::Br(l) => vec![l.as_str()],
        Terminator::CondBr {
            then, otherwise, ..
        } => vec![then.as_str(), otherwise.as_str()],
        Terminator::Switch { default, cases, .. } => {
            let mut v = vec![default.as_str()];
            v.extend(cases.iter().map(|(_, l)| l.as_str()));
            v
        }
    }
}

impl Cfg {
    /// Builds the CFG; `Err(label)` names a branch target that does not exist.
    pub(crate) fn new(f: &Function) -> Result<Cfg, String> {
        let n = f.blocks.len();
        let index: HashMap<&str, usize> = f
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.name.as_str(), i))
            .collect();
        let mut succs = vec![Vec::new(); n];
        for (i, b) in f.blocks.iter().enumerate() {
            for t in term_targets(&b.term) {
                let j = *index.get(t).ok_or_else(|| t.to_string())?;
                if !succs[i].contains(&j) {
                    succs[i].push(j);
                }
            }
        }
        Ok(Cfg::from_succs(succs))
    }

    /// Builds the analyses from successor lists (block 0 is the entry).
    pub(crate) fn from_succs(succs: Vec<Vec<usize>>) -> Cfg {
        let n = succs.len();
        // iterative DFS post-order
        let mut post = Vec::with_capacity(n);
        let mut seen = vec![false; n];
        let mut stack: Vec<(usize, usize)> = Vec::new();
        if n > 0 {
            seen[0] = true;
            stack.push((0, 0));
        }
        while let Some(&mut (b, ref mut k)) = stack.last_mut() {
            if *k < succs[b].len() {
                let s = succs[b][*k];
                *k += 1;
                if !seen[s] {
                    seen[s] = true;
                    stack.push((s, 0));
                }
            } else {
                post.push(b);
                stack.pop();
            }
        }
        let rpo: Vec<usize> = post.iter().rev().copied().collect();
        let mut rpo_index = vec![usize::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            rpo_index[b] = i;
        }
        let mut preds = vec![Vec::new(); n];
        for &b in &rpo {
            for &s in &succs[b] {
                preds[s].push(b);
            }
        }
        // dominators
        let mut idom = vec![usize::MAX; n];
        if n > 0 {
            idom[0] = 0;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for &b in rpo.iter().skip(1) {
                let mut new = usize::MAX;
                for &p in &preds[b] {
                    if idom[p] == usize::MAX {
                        continue;
                    }
                    new = if new == usize::MAX {
                        p
                    } else {
                        intersect(&idom, &rpo_index, p, new)
                    };
                }
                if new != idom[b] {
                    idom[b] = new;
                    changed = true;
                }
            }
        }
        let mut cfg = Cfg {
            succs,
            preds,
            rpo,
            rpo_index,
            idom,
            loop_of: vec![None; n],
            loops: HashMap::new(),
            loop_parent: HashMap::new(),
            reducible: true,
        };
        cfg.find_loops();
        cfg
    }

    /// Whether `a` dominates `b`.
    pub(crate) fn dominates(&self, a: usize, b: usize) -> bool {
        if self.rpo_index[b] == usize::MAX {
            return false;
        }
        let mut x = b;
        loop {
            if x == a {
                return true;
            }
            if x == 0 || self.idom[x] == x || self.idom[x] == usize::MAX {
                return false;
            }
            x = self.idom[x];
        }
    }

    /// Whether the edge `from -> to` is a back edge (to a dominating loop header).
    pub(crate) fn is_back_edge(&self, from: usize, to: usize) -> bool {
        self.rpo_index[to] <= self.rpo_index[from] && self.dominates(to, from)
    }

    /// Whether `b` belongs to the loop headed by `h`.
    pub(crate) fn in_loop(&self, b: usize, h: usize) -> bool {
        let mut l = self.loop_of[b];
        while let Some(x) = l {
            if x == h {
                return true;
            }
            l = self.loop_parent.get(&x).copied().flatten();
        }
        false
    }

    /// Loop headers containing `b`, innermost first.
    pub(crate) fn loops_containing(&self, b: usize) -> Vec<usize> {
        let mut v = Vec::new();
        let mut l = self.loop_of[b];
        while let Some(x) = l {
            v.push(x);
            l = self.loop_parent.get(&x).copied().flatten();
        }
        v
    }

    fn find_loops(&mut self) {
        let n = self.succs.len();
        // headers in RPO order so outer loops come first
        let mut bodies: Vec<(usize, Vec<usize>)> = Vec::new();
        for &h in &self.rpo {
            let latches: Vec<usize> = self.preds[h]
                .iter()
                .copied()
                .filter(|&p| self.rpo_index[h] <= self.rpo_index[p])
                .collect();
            if latches.is_empty() {
                continue;
            }
            if latches.iter().any(|&p| !self.dominates(h, p)) {
                self.reducible = false;
            }
            let latches: Vec<usize> = latches
                .into_iter()
                .filter(|&p| self.dominates(h, p))
                .collect();
            if latches.is_empty() {
                continue;
            }
            let mut body = vec![h];
            let mut inb = vec![false; n];
            inb[h] = true;
            let mut work = latches;
            while let Some(b) = work.pop() {
                if inb[b] {
                    continue;
                }
                inb[b] = true;
                body.push(b);
                for &p in &self.preds[b] {
                    if !inb[p] {
                        work.push(p);
                    }
                }
            }
            bodies.push((h, body));
        }
        // outer loops first: innermost assignment wins by processing in order
        for (h, body) in &bodies {
            let parent = self.loop_of[*h];
            self.loop_parent.insert(*h, parent);
            for &b in body {
                self.loop_of[b] = Some(*h);
            }
        }
        // fix parents: a header's parent is the innermost loop containing it other than itself
        for (h, _) in &bodies {
            let mut parent = None;
            for (h2, body2) in &bodies {
                if h2 != h && body2.contains(h) {
                    match parent {
                        None => parent = Some(*h2),
                        Some(p) => {
                            if self.loops_body_len(&bodies, *h2) < self.loops_body_len(&bodies, p) {
                                parent = Some(*h2)
                            }
                        }
                    }
                }
            }
            self.loop_parent.insert(*h, parent);
        }
        for (h, body) in bodies {
            self.loops.insert(h, body);
        }
        // innermost loop of each block: the smallest loop containing it
        for b in 0..n {
            let mut best: Option<usize> = None;
            for (h, body) in &self.loops {
                if body.contains(&b) && best.is_none_or(|x| self.loops[&x].len() > body.len()) {
                    best = Some(*h);
                }
            }
            self.loop_of[b] = best;
        }
    }

    fn loops_body_len(&self, bodies: &[(usize, Vec<usize>)], h: usize) -> usize {
        bodies
            .iter()
            .find(|(x, _)| *x == h)
            .map(|(_, b)| b.len())
            .unwrap_or(0)
    }
}

fn intersect(idom: &[usize], rpo_index: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while rpo_index[a] > rpo_index[b] {
            a = idom[a];
        }
        while rpo_index[b] > rpo_index[a] {
            b = idom[b];
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_loops_and_dominators() {
        // 0 -> 1; 1 -> 2; 2 -> 2 | 3; 3 -> 1 | 4
        let cfg = Cfg::from_succs(vec![vec![1], vec![2], vec![2, 3], vec![1, 4], vec![]]);
        assert!(cfg.reducible);
        assert_eq!(cfg.idom[4], 3);
        assert_eq!(cfg.loop_of[2], Some(2));
        assert_eq!(cfg.loop_of[3], Some(1));
        assert_eq!(cfg.loop_parent[&2], Some(1));
        assert!(cfg.in_loop(2, 1));
        assert!(!cfg.in_loop(4, 1));
        assert!(cfg.is_back_edge(3, 1));
        assert!(!cfg.is_back_edge(1, 2));
    }

    #[test]
    fn irreducible_is_detected() {
        // 0 -> 1 | 2; 1 -> 2; 2 -> 1 | 3
        let cfg = Cfg::from_succs(vec![vec![1, 2], vec![2], vec![1, 3], vec![]]);
        assert!(!cfg.reducible);
    }
}
