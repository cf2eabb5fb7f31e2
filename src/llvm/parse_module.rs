//! The top level of a module: `source_filename`, `target` lines, named types, globals,
//! aliases, attribute groups, declarations and definitions. Metadata lines are skipped.

use super::ir::{Alias, Constant, Global, Loc, Module, Type};
use super::lexer::Tok;
use super::parser::{PResult, ParseError, Parser};

/// Parses a whole `.ll` file. Metadata and debug records are skipped; a malformed or
/// unsupported construct gives a [`ParseError`] whose `Display` is `line:col: message`.
///
/// ```
/// let m = llm2sb3::llvm::parse_module("define i32 @main() {\nentry:\n  ret i32 0\n}\n").unwrap();
/// assert_eq!(m.functions[0].blocks[0].name, "entry");
/// let e = llm2sb3::llvm::parse_module("define i32 @main() {\n  retrun i32 0\n}\n").unwrap_err();
/// assert_eq!(e.to_string(), "2:3: unknown instruction 'retrun'");
/// ```
pub fn parse_module(text: &str) -> Result<Module, ParseError> {
    let mut p = Parser::new(text)?;
    p.parse_top_level()?;
    p.finish()
}

/// Linkage, visibility and similar words before `global`/`constant`/`alias`.
pub(super) fn is_global_prefix_word(w: &str) -> bool {
    matches!(
        w,
        "private"
            | "internal"
            | "external"
            | "available_externally"
            | "linkonce"
            | "weak"
            | "common"
            | "appending"
            | "extern_weak"
            | "linkonce_odr"
            | "weak_odr"
            | "dso_local"
            | "dso_preemptable"
            | "default"
            | "hidden"
            | "protected"
            | "dllimport"
            | "dllexport"
            | "unnamed_addr"
            | "local_unnamed_addr"
            | "externally_initialized"
            | "thread_local"
            | "addrspace"
    )
}

impl<'a> Parser<'a> {
    fn parse_top_level(&mut self) -> PResult<()> {
        loop {
            match self.peek() {
                Tok::Eof => return Ok(()),
                Tok::Word("source_filename") => {
                    self.bump()?;
                    self.expect_punct(b'=', "after 'source_filename'")?;
                    self.expect_str("as the source file name")?;
                }
                Tok::Word("target") => {
                    self.bump()?;
                    let which = self.peek();
                    if !matches!(which, Tok::Word("datalayout" | "triple")) {
                        return Err(self.unexpected("'datalayout' or 'triple' after 'target'"));
                    }
                    self.bump()?;
                    self.expect_punct(b'=', "after 'target datalayout/triple'")?;
                    let s = self.expect_str("as the target string")?.to_string();
                    if which == Tok::Word("triple") {
                        self.module.triple = Some(s);
                    } else {
                        self.module.datalayout = Some(s);
                    }
                }
                Tok::Word("module") => {
                    self.bump()?;
                    self.expect_word("asm", "after 'module'")?;
                    self.expect_str("as the module asm text")?;
                }
                Tok::Word("attributes") => self.parse_attr_group()?,
                Tok::Word("define") => self.parse_define()?,
                Tok::Word("declare") => self.parse_declare()?,
                Tok::Local(name) => self.parse_named_type(name)?,
                Tok::Global(name) => self.parse_global(name)?,
                Tok::Comdat(_) | Tok::Meta(_) | Tok::Bang | Tok::Word("uselistorder") => self.skip_rest_of_line()?,
                _ => {
                    return Err(self.unexpected(
                        "a top-level entity (define, declare, @global, %type, attributes, target, metadata)",
                    ))
                }
            }
        }
    }

    /// `%name = type { ... }` or `%name = type opaque`.
    fn parse_named_type(&mut self, name: &'a str) -> PResult<()> {
        let loc = self.loc();
        self.bump()?;
        self.expect_punct(b'=', "after a type name")?;
        self.expect_word(
            "type",
            "after '%name =' (only named types are allowed at the top level)",
        )?;
        let ty = if self.eat_word("opaque")? {
            Type::Named(name.to_string())
        } else {
            self.parse_type()?
        };
        if self.module.types.insert(name.to_string(), ty).is_some() {
            return Err(self.error_at(loc, format!("redefinition of type '%{name}'")));
        }
        Ok(())
    }

    pub(super) fn define_global_name(&mut self, name: &'a str, loc: Loc) -> PResult<()> {
        if let Some(prev) = self.global_defs.insert(name, loc) {
            return Err(self.error_at(
                loc,
                format!("redefinition of '@{name}' (first defined at {prev})"),
            ));
        }
        Ok(())
    }

    /// `@name = [linkage...] global|constant T [init] [, section ".."] [, align N] ...` or an alias.
    fn parse_global(&mut self, name: &'a str) -> PResult<()> {
        let loc = self.loc();
        self.bump()?;
        self.expect_punct(b'=', "after a global name")?;
        self.define_global_name(name, loc)?;
        let mut external = false;
        while let Tok::Word(w) = self.peek() {
            if !is_global_prefix_word(w) {
                break;
            }
            external |= matches!(w, "external" | "extern_weak");
            self.bump()?;
            if self.peek() == Tok::Punct(b'(') {
                self.skip_group()?;
            }
        }
        let is_constant = match self.peek() {
            Tok::Word("global") => false,
            Tok::Word("constant") => true,
            Tok::Word("alias") => return self.parse_alias_rest(name, loc),
            Tok::Word("ifunc") => return Err(self.error_at(self.loc(), "'ifunc' is not supported")),
            _ => return Err(self.unexpected("'global', 'constant' or 'alias'")),
        };
        self.bump()?;
        let ty = self.parse_type()?;
        if matches!(
            ty,
            Type::Void | Type::Label | Type::Metadata | Type::Function { .. }
        ) {
            return Err(self.error_at(loc, format!("invalid type '{ty}' for a global variable")));
        }
        let init = if external {
            None
        } else {
            Some(self.parse_const(&ty)?)
        };
        let mut align = None;
        while self.peek() == Tok::Punct(b',') {
            if let Tok::Meta(_) = self.peek2()? {
                self.skip_attachments()?;
                break;
            }
            self.bump()?;
            match self.peek() {
                Tok::Word("section" | "partition" | "code_model") => {
                    self.bump()?;
                    self.expect_str("after 'section'")?;
                }
                Tok::Word("align") => {
                    self.bump()?;
                    align = Some(self.expect_align()?);
                }
                Tok::Word("comdat") => {
                    self.bump()?;
                    if self.peek() == Tok::Punct(b'(') {
                        self.skip_group()?;
                    }
                }
                Tok::Word(
                    "no_sanitize_address"
                    | "no_sanitize_hwaddress"
                    | "sanitize_memtag"
                    | "sanitize_address_dyninit",
                ) => {
                    self.bump()?;
                }
                _ => {
                    return Err(
                        self.unexpected("'section', 'align', 'comdat' or metadata after ','")
                    )
                }
            }
        }
        self.module.globals.push(Global {
            name: name.to_string(),
            ty,
            is_constant,
            init,
            align,
            loc,
        });
        Ok(())
    }

    /// After `@name = ... alias`: `T, ptr @target`.
    fn parse_alias_rest(&mut self, name: &'a str, loc: Loc) -> PResult<()> {
        self.bump()?;
        let ty = self.parse_type()?;
        self.expect_punct(b',', "after the alias's value type")?;
        let (tty, target) = self.parse_typed_const()?;
        if tty != Type::Ptr {
            return Err(self.error_at(loc, format!("alias target must be a 'ptr', found '{tty}'")));
        }
        self.module.aliases.push(Alias {
            name: name.to_string(),
            ty,
            target,
            loc,
        });
        Ok(())
    }

    /// `attributes #N = { ... }`
    fn parse_attr_group(&mut self) -> PResult<()> {
        self.bump()?;
        let Tok::AttrRef(id) = self.peek() else {
            return Err(self.unexpected("'#N' after 'attributes'"));
        };
        let loc = self.loc();
        self.bump()?;
        self.expect_punct(b'=', "after the attribute group id")?;
        self.expect_punct(b'{', "to open the attribute group")?;
        let mut attrs = Vec::new();
        while !self.eat_punct(b'}')? {
            if self.peek() == Tok::Eof {
                return Err(self.unexpected("'}' to close the attribute group"));
            }
            self.parse_one_fn_attr(&mut attrs)?;
        }
        if self.attr_groups.insert(id, attrs).is_some() {
            return Err(self.error_at(loc, format!("redefinition of attribute group '#{id}'")));
        }
        Ok(())
    }

    /// Checks what can only be checked once everything is read, and resolves attribute
    /// groups and `@llvm.global.annotations`.
    fn finish(mut self) -> PResult<Module> {
        for (name, loc) in &self.global_uses {
            if !self.global_defs.contains_key(name) {
                return Err(self.error_at(*loc, format!("use of undefined global '@{name}'")));
            }
        }
        for (name, loc) in &self.type_uses {
            if !self.module.types.contains_key(*name) {
                return Err(self.error_at(*loc, format!("use of undefined type '%{name}'")));
            }
        }
        for (index, id, loc) in std::mem::take(&mut self.fn_attr_refs) {
            let Some(group) = self.attr_groups.get(id) else {
                return Err(self.error_at(loc, format!("undefined attribute group '#{id}'")));
            };
            let f = &mut self.module.functions[index];
            f.attrs.extend(group.iter().cloned());
        }
        self.apply_annotations();
        Ok(self.module)
    }

    /// Appends each `annotate("...")` string in `@llvm.global.annotations` to the attributes
    /// of the function it names.
    fn apply_annotations(&mut self) {
        let Some(g) = self
            .module
            .globals
            .iter()
            .find(|g| g.name == "llvm.global.annotations")
        else {
            return;
        };
        let Some(Constant::Array { elems, .. }) = &g.init else {
            return;
        };
        let mut found = Vec::new();
        for e in elems {
            let Constant::Struct { fields, .. } = e else {
                continue;
            };
            let (Some(f), Some(s)) = (
                fields.first().and_then(strip_casts),
                fields.get(1).and_then(strip_casts),
            ) else {
                continue;
            };
            let text = self
                .module
                .globals
                .iter()
                .find(|g| g.name == s)
                .and_then(|g| match &g.init {
                    Some(Constant::Bytes(b)) => {
                        let b = b.strip_suffix(&[0]).unwrap_or(b);
                        Some(String::from_utf8_lossy(b).into_owned())
                    }
                    _ => None,
                });
            if let Some(text) = text {
                found.push((f.to_string(), text));
            }
        }
        for (fname, text) in found {
            if let Some(f) = self.module.functions.iter_mut().find(|f| f.name == fname) {
                f.attrs.push(text);
            }
        }
    }
}

/// The global named by a constant, looking through casts.
fn strip_casts(c: &Constant) -> Option<&str> {
    match c {
        Constant::GlobalRef(n) => Some(n),
        Constant::Expr(e) => match &**e {
            super::ir::ConstExpr::Cast { value, .. } => strip_casts(value),
            _ => None,
        },
        _ => None,
    }
}
