//! The top level of a module: `source_filename`, `target` lines, named types, globals,
//! aliases, attribute groups, declarations and definitions. Metadata lines are skipped.

use super::ir::{
    Alias, Constant, Declaration, Function, Global, Loc, Module, Param, ParamAttrs, Type,
};
use super::lexer::Tok;
use super::parse_type::is_type_word;
use super::parser::{PResult, ParseError, Parser};

/// Parses a whole `.ll` file.
pub fn parse_module(text: &str) -> Result<Module, ParseError> {
    let mut p = Parser::new(text)?;
    p.parse_top_level()?;
    p.finish()
}

/// Linkage, visibility and similar words before `global`/`constant`/`alias`.
fn is_global_prefix_word(w: &str) -> bool {
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

/// Words that start a top-level entity (so a declaration's trailing attributes stop there).
fn is_top_level_word(w: &str) -> bool {
    matches!(
        w,
        "define"
            | "declare"
            | "attributes"
            | "target"
            | "source_filename"
            | "module"
            | "uselistorder"
    )
}

/// What a function header yields.
pub(super) struct Header<'a> {
    pub name: &'a str,
    pub ret: Type,
    pub params: Vec<(Param, Loc)>,
    pub varargs: bool,
    pub attrs: Vec<String>,
    pub attr_refs: Vec<(&'a str, Loc)>,
    pub loc: Loc,
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

    fn define_global_name(&mut self, name: &'a str, loc: Loc) -> PResult<()> {
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

    /// One function attribute: `word`, `word(...)`, `"key"`, `"key"="value"`, `align N`.
    fn parse_one_fn_attr(&mut self, attrs: &mut Vec<String>) -> PResult<()> {
        match self.peek() {
            Tok::Word(w) => {
                let start = self.tok.start;
                self.bump()?;
                if self.peek() == Tok::Punct(b'(') {
                    let (_, end) = self.skip_group()?;
                    attrs.push(self.lex.source()[start..end].to_string());
                } else if matches!(w, "align" | "alignstack") && matches!(self.peek(), Tok::Int(_))
                {
                    let n = self.bump()?;
                    attrs.push(format!("{w} {}", self.lex.source()[n.start..n.end].trim()));
                } else {
                    attrs.push(w.to_string());
                }
            }
            Tok::Str(k) => {
                self.bump()?;
                if self.eat_punct(b'=')? {
                    let v = self.expect_str("as the attribute value")?;
                    attrs.push(format!("{k}={v}"));
                } else {
                    attrs.push(k.to_string());
                }
            }
            _ => return Err(self.unexpected("an attribute")),
        }
        Ok(())
    }

    /// Return/parameter attributes before a type or after it; byval/sret/align/ext are kept.
    pub(super) fn parse_param_attrs(&mut self, attrs: &mut ParamAttrs) -> PResult<()> {
        while let Tok::Word(w) = self.peek() {
            if is_type_word(w) || is_value_word(w) {
                break;
            }
            self.bump()?;
            match w {
                "byval" | "sret" | "byref" | "preallocated" | "inalloca" | "elementtype" => {
                    if self.peek() == Tok::Punct(b'(') {
                        self.bump()?;
                        let t = self.parse_type()?;
                        self.expect_punct(b')', &format!("to close '{w}('"))?;
                        match w {
                            "byval" => attrs.byval = Some(t),
                            "sret" => attrs.sret = Some(t),
                            _ => {}
                        }
                    }
                }
                "align" => {
                    if self.eat_punct(b'(')? {
                        attrs.align = Some(self.expect_align()?);
                        self.expect_punct(b')', "to close 'align('")?;
                    } else {
                        attrs.align = Some(self.expect_align()?);
                    }
                }
                "signext" => attrs.signext = true,
                "zeroext" => attrs.zeroext = true,
                _ => {
                    if self.peek() == Tok::Punct(b'(') {
                        self.skip_group()?;
                    }
                }
            }
        }
        Ok(())
    }

    /// `define`/`declare` header through the closing `)` of the parameters and any trailing
    /// attributes (stopping at `{` for definitions).
    pub(super) fn parse_fn_header(&mut self, is_define: bool) -> PResult<Header<'a>> {
        let kw_line = self.loc().line;
        self.bump()?;
        // Linkage, visibility, calling convention, return attributes.
        let mut ret_attrs = ParamAttrs::default();
        loop {
            match self.peek() {
                Tok::Word(w)
                    if is_global_prefix_word(w)
                        || matches!(w, "ccc" | "fastcc" | "coldcc" | "tailcc") =>
                {
                    self.bump()?;
                }
                Tok::Word("cc") => {
                    self.bump()?;
                    self.expect_u64("after 'cc'")?;
                }
                Tok::Word(w) if !is_type_word(w) => {
                    let before = self.tok.start;
                    self.parse_param_attrs(&mut ret_attrs)?;
                    if self.tok.start == before {
                        return Err(self.unexpected("the function's return type"));
                    }
                }
                _ => break,
            }
            if self.peek() == Tok::Punct(b'(') && !self.at_type_start() {
                self.skip_group()?;
            }
        }
        if !self.at_type_start() {
            return Err(self.unexpected("the function's return type"));
        }
        let ret = self.parse_type()?;
        let loc = self.loc();
        let Tok::Global(name) = self.peek() else {
            return Err(self.unexpected("the function name '@name'"));
        };
        self.bump()?;
        self.expect_punct(b'(', "to open the parameter list")?;
        let mut params = Vec::new();
        let mut varargs = false;
        if !self.eat_punct(b')')? {
            loop {
                if self.peek() == Tok::Ellipsis {
                    self.bump()?;
                    varargs = true;
                    self.expect_punct(b')', "after '...'")?;
                    break;
                }
                let ploc = self.loc();
                let ty = self.parse_type()?;
                let mut attrs = ParamAttrs::default();
                self.parse_param_attrs(&mut attrs)?;
                let pname = match self.peek() {
                    Tok::Local(n) => {
                        self.bump()?;
                        n.to_string()
                    }
                    _ => String::new(),
                };
                params.push((
                    Param {
                        name: pname,
                        ty,
                        attrs,
                    },
                    ploc,
                ));
                if self.eat_punct(b')')? {
                    break;
                }
                self.expect_punct(b',', "or ')' between parameters")?;
            }
        }
        let mut attrs = Vec::new();
        let mut attr_refs = Vec::new();
        loop {
            match self.peek() {
                Tok::Punct(b'{') if is_define => break,
                Tok::AttrRef(id) => {
                    attr_refs.push((id, self.loc()));
                    self.bump()?;
                }
                Tok::Word("section" | "partition" | "gc") => {
                    self.bump()?;
                    self.expect_str("after 'section'/'gc'")?;
                }
                Tok::Word("comdat") => {
                    self.bump()?;
                    if self.peek() == Tok::Punct(b'(') {
                        self.skip_group()?;
                    }
                }
                Tok::Word("prefix" | "prologue" | "personality") => {
                    return Err(self.error_at(
                        self.loc(),
                        "'prefix', 'prologue' and 'personality' are not supported",
                    ))
                }
                Tok::Word(w) if !is_top_level_word(w) => self.parse_one_fn_attr(&mut attrs)?,
                Tok::Str(_) => self.parse_one_fn_attr(&mut attrs)?,
                Tok::Meta(_) if is_define || self.loc().line == kw_line => {
                    self.bump()?;
                    self.skip_metadata_value()?;
                }
                _ if is_define => return Err(self.unexpected("'{' to open the function body")),
                _ => break,
            }
        }
        attrs.retain(|a| a != "unnamed_addr" && a != "local_unnamed_addr");
        Ok(Header {
            name,
            ret,
            params,
            varargs,
            attrs,
            attr_refs,
            loc,
        })
    }

    fn parse_declare(&mut self) -> PResult<()> {
        let h = self.parse_fn_header(false)?;
        self.define_global_name(h.name, h.loc)?;
        self.module.declarations.push(Declaration {
            name: h.name.to_string(),
            ret: h.ret,
            params: h.params.into_iter().map(|(p, _)| p.ty).collect(),
            varargs: h.varargs,
            loc: h.loc,
        });
        Ok(())
    }

    fn parse_define(&mut self) -> PResult<()> {
        let h = self.parse_fn_header(true)?;
        self.define_global_name(h.name, h.loc)?;
        if h.varargs {
            return Err(self.error_at(
                h.loc,
                format!("variadic function '@{}' is not supported", h.name),
            ));
        }
        let index = self.module.functions.len();
        for (id, loc) in &h.attr_refs {
            self.fn_attr_refs.push((index, id, *loc));
        }
        let blocks_and_params = self.parse_body(&h)?;
        self.module.functions.push(Function {
            name: h.name.to_string(),
            ret: h.ret,
            params: blocks_and_params.0,
            attrs: h.attrs,
            blocks: blocks_and_params.1,
            loc: h.loc,
        });
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

/// Words that start a value (so they end an attribute list).
pub(super) fn is_value_word(w: &str) -> bool {
    matches!(
        w,
        "true"
            | "false"
            | "null"
            | "undef"
            | "poison"
            | "zeroinitializer"
            | "getelementptr"
            | "none"
            | "asm"
            | "blockaddress"
            | "dso_local_equivalent"
            | "no_cfi"
            | "splat"
    ) || super::parse_const::cast_op(w).is_some()
        || super::parse_const::bin_op(w).is_some()
}
