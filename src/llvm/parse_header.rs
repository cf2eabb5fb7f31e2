//! Function headers (`define`/`declare`), their parameter and return attributes, and
//! function attributes (inline and in `attributes #N` groups).

use super::ir::{Declaration, Function, Loc, Param, ParamAttrs, Type};
use super::lexer::Tok;
use super::parse_module::is_global_prefix_word;
use super::parse_type::is_type_word;
use super::parser::{PResult, Parser};

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
    /// One function attribute: `word`, `word(...)`, `"key"`, `"key"="value"`, `align N`.
    pub(super) fn parse_one_fn_attr(&mut self, attrs: &mut Vec<String>) -> PResult<()> {
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
                // `declare !dbg !12 void @f()`: debug info attached to a declaration.
                Tok::Meta(_) => {
                    self.bump()?;
                    self.skip_metadata_value()?;
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

    pub(super) fn parse_declare(&mut self) -> PResult<()> {
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

    pub(super) fn parse_define(&mut self) -> PResult<()> {
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
