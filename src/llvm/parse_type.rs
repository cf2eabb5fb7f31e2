//! Types: `iN`, floats, `ptr`, arrays, vectors, structs, named types, function types.

use super::ir::Type;
use super::lexer::Tok;
use super::parser::{PResult, Parser};

/// Largest integer width we accept (constants are stored in a `u128`).
pub const MAX_INT_BITS: u32 = 128;
/// Largest array or vector length we accept.
pub const MAX_ELEMENTS: u64 = 1 << 40;

/// Whether a bare word spells a type.
pub fn is_type_word(w: &str) -> bool {
    matches!(
        w,
        "void"
            | "half"
            | "bfloat"
            | "float"
            | "double"
            | "x86_fp80"
            | "fp128"
            | "ppc_fp128"
            | "ptr"
            | "label"
            | "metadata"
            | "token"
            | "x86_amx"
            | "x86_mmx"
            | "target"
            | "opaque"
    ) || (w.len() > 1 && w.starts_with('i') && w.as_bytes()[1..].iter().all(u8::is_ascii_digit))
}

impl<'a> Parser<'a> {
    /// Whether the current token can start a type.
    pub fn at_type_start(&self) -> bool {
        match self.peek() {
            Tok::Word(w) => is_type_word(w),
            Tok::Local(_) => true,
            Tok::Punct(b'[' | b'{' | b'<') => true,
            _ => false,
        }
    }

    /// Parses a type, including a trailing function signature (`i32 (ptr, ...)`).
    pub fn parse_type(&mut self) -> PResult<Type> {
        self.nested(Self::parse_type_inner)
    }

    fn parse_type_inner(&mut self) -> PResult<Type> {
        let base = self.parse_base_type()?;
        if self.peek() == Tok::Punct(b'(') {
            return self.parse_fn_type_rest(base);
        }
        if self.peek() == Tok::Punct(b'*') {
            return Err(self.error_at(
                self.loc(),
                "typed pointers ('T*') are not supported: LLVM 19 uses 'ptr'",
            ));
        }
        Ok(base)
    }

    /// `( T, T, ... )` after a return type.
    fn parse_fn_type_rest(&mut self, ret: Type) -> PResult<Type> {
        self.expect_punct(b'(', "to start a function type's parameters")?;
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
                params.push(self.parse_type()?);
                if self.eat_punct(b')')? {
                    break;
                }
                self.expect_punct(b',', "or ')' in a function type")?;
            }
        }
        Ok(Type::Function {
            ret: Box::new(ret),
            params,
            varargs,
        })
    }

    fn parse_base_type(&mut self) -> PResult<Type> {
        let loc = self.loc();
        match self.peek() {
            Tok::Word(w) => {
                let ty = match w {
                    "void" => Type::Void,
                    "half" => Type::Half,
                    "float" => Type::Float,
                    "double" => Type::Double,
                    "label" => Type::Label,
                    "metadata" => Type::Metadata,
                    "ptr" => {
                        self.bump()?;
                        if self.eat_word("addrspace")? {
                            self.expect_punct(b'(', "after 'addrspace'")?;
                            self.expect_u64("as the address space")?;
                            self.expect_punct(b')', "to close 'addrspace('")?;
                        }
                        return Ok(Type::Ptr);
                    }
                    _ if w.starts_with('i')
                        && w.len() > 1
                        && w.as_bytes()[1..].iter().all(u8::is_ascii_digit) =>
                    {
                        let bits: u64 = w[1..].parse().unwrap_or(u64::MAX);
                        if bits == 0 || bits > MAX_INT_BITS as u64 {
                            return Err(self.error_at(
                                loc,
                                format!("invalid integer type '{w}': expected a width from 1 to {MAX_INT_BITS}"),
                            ));
                        }
                        Type::Int(bits as u32)
                    }
                    "bfloat" | "x86_fp80" | "fp128" | "ppc_fp128" | "token" | "x86_amx"
                    | "x86_mmx" | "target" | "opaque" => {
                        return Err(self.error_at(loc, format!("type '{w}' is not supported")));
                    }
                    _ => return Err(self.unexpected("a type")),
                };
                self.bump()?;
                Ok(ty)
            }
            Tok::Local(name) => {
                self.bump()?;
                self.type_uses.push((name, loc));
                Ok(Type::Named(name.to_string()))
            }
            Tok::Punct(b'[') => {
                self.bump()?;
                let (n, elem) = self.parse_sized_elem("array")?;
                self.expect_punct(b']', "to close the array type")?;
                Ok(Type::Array(n, Box::new(elem)))
            }
            Tok::Punct(b'{') => {
                self.bump()?;
                let fields = self.parse_struct_fields()?;
                Ok(Type::Struct {
                    fields,
                    packed: false,
                })
            }
            Tok::Punct(b'<') => {
                self.bump()?;
                if self.eat_punct(b'{')? {
                    let fields = self.parse_struct_fields()?;
                    self.expect_punct(b'>', "to close the packed struct type '<{ ... }>'")?;
                    return Ok(Type::Struct {
                        fields,
                        packed: true,
                    });
                }
                let (n, elem) = self.parse_sized_elem("vector")?;
                self.expect_punct(b'>', "to close the vector type")?;
                Ok(Type::Vector(n, Box::new(elem)))
            }
            _ => Err(self.unexpected("a type")),
        }
    }

    /// `N x T` inside `[...]` or `<...>`.
    fn parse_sized_elem(&mut self, what: &str) -> PResult<(u64, Type)> {
        let loc = self.loc();
        let n = self.expect_u64(&format!("as the {what} length"))?;
        if n > MAX_ELEMENTS {
            return Err(self.error_at(
                loc,
                format!("{what} length {n} is too large (limit {MAX_ELEMENTS})"),
            ));
        }
        self.expect_word("x", &format!("after the {what} length"))?;
        let elem = self.parse_type()?;
        if matches!(
            elem,
            Type::Void | Type::Label | Type::Metadata | Type::Function { .. }
        ) {
            return Err(self.error_at(loc, format!("invalid {what} element type '{elem}'")));
        }
        Ok((n, elem))
    }

    /// Fields after `{`, through the closing `}`.
    fn parse_struct_fields(&mut self) -> PResult<Vec<Type>> {
        let mut fields = Vec::new();
        if self.eat_punct(b'}')? {
            return Ok(fields);
        }
        loop {
            fields.push(self.parse_type()?);
            if self.eat_punct(b'}')? {
                return Ok(fields);
            }
            self.expect_punct(b',', "or '}' between struct fields")?;
        }
    }

    /// Follows [`Type::Named`] to its definition (unknown names stay as they are).
    pub fn resolve<'t>(&'t self, ty: &'t Type) -> &'t Type {
        self.module.resolve_type(ty)
    }
}
