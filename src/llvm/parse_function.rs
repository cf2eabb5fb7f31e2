//! Function bodies: blocks, terminators, and the per-function checks (every local defined
//! once, with the type it is used at; every branch target defined). Instructions are in
//! [`super::parse_instr`].

use std::borrow::Cow;

use super::ir::{Block, Instr, Loc, Param, Terminator, Type};
use super::lexer::Tok;
use super::parse_header::Header;
use super::parser::{FuncState, NameSet, PResult, Parser};

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

impl<'a> Parser<'a> {
    /// Checks that a numbered name (`%7`, `7:`) is not below the next number, and advances it.
    fn check_numbered(&mut self, name: &str, loc: Loc, what: &str) -> PResult<()> {
        // LLVM 19 allows gaps in the numbering but not going backwards.
        if is_number(name) {
            let want = self.func.next_unnamed;
            match name.parse::<u64>() {
                Ok(n) if n >= want && n < u64::MAX => self.func.next_unnamed = n + 1,
                _ => {
                    return Err(self.error_at(
                        loc,
                        format!(
                            "{what} expected to be numbered '%{want}' or greater, found '%{name}'"
                        ),
                    ))
                }
            }
        }
        Ok(())
    }

    fn define_local(&mut self, name: Cow<'a, str>, ty: Type, loc: Loc) -> PResult<()> {
        if let Some((_, prev)) = self.func.defs.get(name.as_ref()) {
            return Err(self.error_at(
                loc,
                format!("redefinition of '%{name}' (first defined at {prev})"),
            ));
        }
        self.func.defs.insert(name, (ty, loc));
        Ok(())
    }

    /// `{ blocks }` of a definition; returns the parameters (numbered if unnamed) and blocks.
    pub(super) fn parse_body(&mut self, h: &Header<'a>) -> PResult<(Vec<Param>, Vec<Block>)> {
        self.func = FuncState {
            ret: h.ret.clone(),
            ..FuncState::default()
        };
        let mut params = Vec::with_capacity(h.params.len());
        for (p, loc) in &h.params {
            let mut p = p.clone();
            if p.name.is_empty() {
                p.name = self.func.next_unnamed.to_string();
                self.func.next_unnamed += 1;
            } else {
                self.check_numbered(&p.name, *loc, "parameter")?;
            }
            self.define_local(Cow::Owned(p.name.clone()), p.ty.clone(), *loc)?;
            params.push(p);
        }
        self.expect_punct(b'{', "to open the function body")?;
        let mut blocks: Vec<Block> = Vec::new();
        let mut labels: NameSet<Cow<'a, str>> = NameSet::default();
        loop {
            let loc = self.loc();
            let name: Cow<'a, str> = match self.peek() {
                Tok::Punct(b'}') if !blocks.is_empty() => {
                    self.bump()?;
                    break;
                }
                Tok::Label(l) => {
                    self.bump()?;
                    self.check_numbered(l, loc, "label")?;
                    Cow::Borrowed(l)
                }
                Tok::Eof => return Err(self.unexpected("a basic block or '}' to end the function")),
                Tok::Punct(b'}') => {
                    return Err(
                        self.error_at(loc, format!("function '@{}' has no basic blocks", h.name))
                    )
                }
                _ => {
                    let n = self.func.next_unnamed;
                    self.func.next_unnamed += 1;
                    Cow::Owned(n.to_string())
                }
            };
            if labels.contains(name.as_ref()) {
                return Err(self.error_at(loc, format!("redefinition of label '%{name}'")));
            }
            let block = self.parse_block(name.to_string())?;
            labels.insert(name);
            blocks.push(block);
        }
        self.check_function(&labels)?;
        Ok((params, blocks))
    }

    /// Every local use matches its definition's type; every label exists.
    fn check_function(&mut self, labels: &NameSet<Cow<'a, str>>) -> PResult<()> {
        let func = std::mem::take(&mut self.func);
        for (name, ty, loc) in &func.uses {
            match func.defs.get(*name) {
                None => {
                    return Err(self.error_at(*loc, format!("use of undefined value '%{name}'")))
                }
                Some((def_ty, _)) if def_ty != ty => {
                    return Err(self.error_at(
                        *loc,
                        format!("'%{name}' has type '{def_ty}' but is used as '{ty}'"),
                    ))
                }
                _ => {}
            }
        }
        for (name, loc) in &func.label_uses {
            if !labels.contains(*name) {
                return Err(self.error_at(*loc, format!("use of undefined label '%{name}'")));
            }
        }
        Ok(())
    }

    fn parse_block(&mut self, name: String) -> PResult<Block> {
        let mut instrs = Vec::new();
        loop {
            let loc = self.loc();
            let result = match self.peek() {
                Tok::DbgRecord(_) => {
                    self.skip_rest_of_line()?;
                    continue;
                }
                Tok::Label(_) | Tok::Punct(b'}') | Tok::Eof => {
                    return Err(self.error_at(
                        loc,
                        format!(
                            "block '%{name}' does not end with a terminator: expected ret, br, switch or unreachable before {}",
                            self.tok.tok.describe()
                        ),
                    ))
                }
                // No instruction starts with a local, so `%x` here must be `%x = ...`.
                Tok::Local(n) => {
                    self.bump()?;
                    self.expect_punct(b'=', &format!("after '%{n}' to name an instruction's result"))?;
                    Some(n)
                }
                _ => None,
            };
            let op_loc = self.loc();
            let Tok::Word(opcode) = self.peek() else {
                return Err(self.unexpected("an instruction"));
            };
            if matches!(opcode, "ret" | "br" | "switch" | "unreachable") {
                if let Some(r) = result {
                    return Err(
                        self.error_at(loc, format!("terminator '{opcode}' cannot define '%{r}'"))
                    );
                }
                self.bump()?;
                let term = self.parse_terminator(opcode)?;
                self.skip_attachments()?;
                return Ok(Block {
                    name,
                    instrs,
                    term,
                    term_loc: op_loc,
                });
            }
            let (op, ty) = self.parse_instr(opcode, op_loc)?;
            self.skip_attachments()?;
            let result = match result {
                Some(r) => {
                    if ty == Type::Void {
                        return Err(self.error_at(
                            loc,
                            format!("'%{r}' names an instruction that produces no value"),
                        ));
                    }
                    self.check_numbered(r, loc, "value")?;
                    self.define_local(Cow::Borrowed(r), ty, loc)?;
                    Some(r.to_string())
                }
                None if ty != Type::Void => {
                    let n = self.func.next_unnamed;
                    self.func.next_unnamed += 1;
                    let s = n.to_string();
                    self.define_local(Cow::Owned(s.clone()), ty, loc)?;
                    Some(s)
                }
                None => None,
            };
            instrs.push(Instr { result, op, loc });
        }
    }

    /// `label %name`, recorded for the end-of-function check.
    fn parse_label_ref(&mut self) -> PResult<String> {
        self.expect_word("label", "before a branch target")?;
        self.parse_bare_label()
    }

    pub(super) fn parse_bare_label(&mut self) -> PResult<String> {
        let Tok::Local(l) = self.peek() else {
            return Err(self.unexpected("a label '%name'"));
        };
        self.func.label_uses.push((l, self.loc()));
        self.bump()?;
        Ok(l.to_string())
    }

    fn parse_terminator(&mut self, opcode: &str) -> PResult<Terminator> {
        match opcode {
            "unreachable" => Ok(Terminator::Unreachable),
            "ret" => {
                let loc = self.loc();
                if self.eat_word("void")? {
                    if self.func.ret != Type::Void {
                        return Err(self.error_at(
                            loc,
                            format!("'ret void' in a function returning '{}'", self.func.ret),
                        ));
                    }
                    return Ok(Terminator::Ret(None));
                }
                let v = self.parse_typed_value()?;
                if v.ty != self.func.ret {
                    return Err(self.error_at(
                        loc,
                        format!(
                            "returns '{}' but the function returns '{}'",
                            v.ty, self.func.ret
                        ),
                    ));
                }
                Ok(Terminator::Ret(Some(v)))
            }
            "br" => {
                if self.peek() == Tok::Word("label") {
                    return Ok(Terminator::Br(self.parse_label_ref()?));
                }
                let loc = self.loc();
                let cond = self.parse_typed_value()?;
                if cond.ty != Type::Int(1) {
                    return Err(self.error_at(
                        loc,
                        format!("branch condition must be 'i1', found '{}'", cond.ty),
                    ));
                }
                self.expect_punct(b',', "after the branch condition")?;
                let then = self.parse_label_ref()?;
                self.expect_punct(b',', "between branch targets")?;
                let otherwise = self.parse_label_ref()?;
                Ok(Terminator::CondBr {
                    cond,
                    then,
                    otherwise,
                })
            }
            _ => {
                let loc = self.loc();
                let value = self.parse_typed_value()?;
                if !matches!(value.ty, Type::Int(_)) {
                    return Err(self.error_at(
                        loc,
                        format!("switch value must be an integer, found '{}'", value.ty),
                    ));
                }
                self.expect_punct(b',', "after the switch value")?;
                let default = self.parse_label_ref()?;
                self.expect_punct(b'[', "to open the switch cases")?;
                let mut cases = Vec::new();
                while !self.eat_punct(b']')? {
                    let cloc = self.loc();
                    let (ty, c) = self.parse_typed_const()?;
                    if ty != value.ty {
                        return Err(self.error_at(
                            cloc,
                            format!("case has type '{ty}', expected '{}'", value.ty),
                        ));
                    }
                    self.expect_punct(b',', "after a case value")?;
                    cases.push((c, self.parse_label_ref()?));
                }
                Ok(Terminator::Switch {
                    value,
                    default,
                    cases,
                })
            }
        }
    }
}
