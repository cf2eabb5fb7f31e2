//! Dropping custom blocks a project never runs: a build knows facts the shared program
//! reads at run time (e.g. the weight layout, which picks one matrix-vector product), so
//! the calls it can never take are removed, then every definition nothing calls any more.
//! Fewer blocks: a shorter compile in TurboWarp at the green flag, a faster load.

use std::collections::{BTreeSet, HashSet};

use super::program::Program;
use crate::scratch::blocks::{Block, Input, Script};

/// The name of a proccode: its first word (`matvec_q8 %s %s` -> `matvec_q8`).
fn proc_name(proccode: &str) -> &str {
    proccode.split(' ').next().unwrap_or(proccode)
}

/// The proccode a definition script defines, if it is one.
fn defined(script: &Script) -> Option<&str> {
    let first = script.blocks.first()?;
    if first.opcode != "procedures_definition" {
        return None;
    }
    match first.get_input("custom_block") {
        Some(Input::Shadow(proto)) => proto.mutation.as_ref().map(|m| m.proccode.as_str()),
        _ => None,
    }
}

/// Removes, in a stack and every stack nested in it, the calls to procedures named in `dead`.
fn drop_calls(stack: &mut Vec<Block>, dead: &[&str]) -> usize {
    let before = stack.len();
    stack.retain(|b| {
        b.opcode != "procedures_call"
            || !b
                .mutation
                .as_ref()
                .is_some_and(|m| dead.contains(&proc_name(&m.proccode)))
    });
    let mut removed = before - stack.len();
    for b in stack.iter_mut() {
        for (_, input) in b.inputs.iter_mut() {
            if let Input::Substack(s) = input {
                removed += drop_calls(s, dead);
            }
        }
    }
    removed
}

/// Adds to `out` the names of the procedures called in a stack and every stack nested in it.
fn called_in(stack: &[Block], out: &mut BTreeSet<String>) {
    for b in stack {
        b.visit(&mut |b| {
            if b.opcode == "procedures_call" {
                if let Some(m) = &b.mutation {
                    out.insert(proc_name(&m.proccode).to_string());
                }
            }
        });
    }
}

impl Program {
    /// A copy where the definition of `caller` calls, of the procedures it calls, only
    /// those named in `keep` ([`Program::without_calls`] of the others). Errors when
    /// `caller` is not defined or does not call one of `keep`.
    pub fn keeping_calls(&self, caller: &str, keep: &[&str]) -> Result<Program, String> {
        let def = &self.scripts[self.definition(caller)?];
        let mut called = BTreeSet::new();
        called_in(&def.blocks, &mut called);
        if let Some(k) = keep.iter().find(|k| !called.contains(**k)) {
            return Err(format!("{caller:?} does not call {k:?}"));
        }
        let dead: Vec<&str> = called
            .iter()
            .map(String::as_str)
            .filter(|c| !keep.contains(c))
            .collect();
        if dead.is_empty() {
            return Ok(self.clone());
        }
        self.without_calls(caller, &dead)
    }

    /// A copy where the definition of `caller` no longer calls the procedures named in
    /// `dead`, without every definition no script calls any more and without those
    /// definitions' own variables. Errors when `caller`
    /// is not defined or calls none of `dead` (the program and the build disagree).
    pub fn without_calls(&self, caller: &str, dead: &[&str]) -> Result<Program, String> {
        let mut p = self.clone();
        let k = p.definition(caller)?;
        if drop_calls(p.scripts[k].blocks_mut(), dead) == 0 {
            return Err(format!("{caller:?} calls none of {dead:?}"));
        }
        let mut dropped = Vec::new();
        loop {
            let mut called = BTreeSet::new();
            for s in &p.scripts {
                called_in(&s.blocks, &mut called);
            }
            let before = p.scripts.len();
            p.scripts.retain(|s| {
                let keep = defined(s).is_none_or(|c| called.contains(proc_name(c)));
                if !keep {
                    if let Some(c) = defined(s) {
                        dropped.push(proc_name(c).to_string());
                    }
                }
                keep
            });
            if p.scripts.len() == before {
                p.drop_variables_of(&dropped);
                return Ok(p);
            }
        }
    }

    /// The index in `scripts` of the definition of the custom block named `name`.
    fn definition(&self, name: &str) -> Result<usize, String> {
        self.scripts
            .iter()
            .position(|s| defined(s).is_some_and(|c| proc_name(c) == name))
            .ok_or_else(|| format!("the program defines no custom block {name:?}"))
    }

    /// Removes the sprite variables of the dropped custom blocks `procs` (named
    /// `<proc>:…` by the lowering) that no remaining block reads or sets.
    fn drop_variables_of(&mut self, procs: &[String]) {
        let mut used = HashSet::new();
        for s in &self.scripts {
            for b in s.blocks.iter() {
                b.visit(&mut |b| {
                    for (_, f) in &b.fields {
                        if let Some(id) = &f.id {
                            used.insert(id.clone());
                        }
                    }
                });
            }
        }
        let owned = |name: &str| {
            procs.iter().any(|p| {
                name.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with(':'))
            })
        };
        self.variables
            .retain(|v| v.stage || used.contains(&v.id) || !owned(&v.name));
    }
}
