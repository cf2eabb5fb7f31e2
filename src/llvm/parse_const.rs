//! Constants and operands: integers, floats (decimal and hex), `null`/`undef`/`poison`,
//! `zeroinitializer`, arrays, structs, `c"..."` strings, global addresses and constant
//! expressions (`getelementptr`, casts, binary operators).

use super::ir::{BinOp, CastOp, ConstExpr, Constant, Loc, Type, Value, ValueKind};
use super::lexer::Tok;
use super::parser::{PResult, Parser};

/// The cast instruction or constant expression spelled `w`.
pub fn cast_op(w: &str) -> Option<CastOp> {
    Some(match w {
        "trunc" => CastOp::Trunc,
        "zext" => CastOp::ZExt,
        "sext" => CastOp::SExt,
        "fptrunc" => CastOp::FPTrunc,
        "fpext" => CastOp::FPExt,
        "fptoui" => CastOp::FPToUI,
        "fptosi" => CastOp::FPToSI,
        "uitofp" => CastOp::UIToFP,
        "sitofp" => CastOp::SIToFP,
        "ptrtoint" => CastOp::PtrToInt,
        "inttoptr" => CastOp::IntToPtr,
        "bitcast" => CastOp::BitCast,
        "addrspacecast" => CastOp::AddrSpaceCast,
        _ => return None,
    })
}

/// The binary operator spelled `w`.
pub fn bin_op(w: &str) -> Option<BinOp> {
    Some(match w {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "udiv" => BinOp::UDiv,
        "sdiv" => BinOp::SDiv,
        "urem" => BinOp::URem,
        "srem" => BinOp::SRem,
        "shl" => BinOp::Shl,
        "lshr" => BinOp::LShr,
        "ashr" => BinOp::AShr,
        "and" => BinOp::And,
        "or" => BinOp::Or,
        "xor" => BinOp::Xor,
        "fadd" => BinOp::FAdd,
        "fsub" => BinOp::FSub,
        "fmul" => BinOp::FMul,
        "fdiv" => BinOp::FDiv,
        "frem" => BinOp::FRem,
        _ => return None,
    })
}

/// Whether `op` works on floats (`fadd`...), as opposed to integers.
pub fn is_float_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::FAdd | BinOp::FSub | BinOp::FMul | BinOp::FDiv | BinOp::FRem
    )
}

/// Whether the type is `half`, `float` or `double`.
pub fn is_float_type(t: &Type) -> bool {
    matches!(t, Type::Half | Type::Float | Type::Double)
}

/// Parses the spelling of an integer literal as a `bits`-wide value (two's complement).
pub fn int_value(s: &str, bits: u32) -> Result<u128, String> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let mag: u128 = digits
        .parse()
        .map_err(|_| format!("integer '{s}' does not fit in 128 bits"))?;
    let mask = if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    if neg {
        let limit = 1u128 << (bits.min(128) - 1);
        if mag > limit {
            return Err(format!("integer '{s}' does not fit in i{bits}"));
        }
        Ok(mag.wrapping_neg() & mask)
    } else {
        if mag > mask {
            return Err(format!("integer '{s}' does not fit in i{bits}"));
        }
        Ok(mag)
    }
}

/// Decodes an IEEE half-precision bit pattern.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    match exp {
        0 => sign * frac * 2f64.powi(-24),
        31 if frac == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        _ => sign * (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// Decodes `c"..."` escapes (`\\` and `\XX` hex pairs).
pub fn decode_cstring(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'\\') {
                out.push(b'\\');
                i += 2;
                continue;
            }
            let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
            match (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                _ => return Err(format!("bad escape at byte {i} of the string: expected '\\\\' or '\\' and two hex digits")),
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(out)
}

impl<'a> Parser<'a> {
    /// `T v` where `v` is a constant.
    pub fn parse_typed_const(&mut self) -> PResult<(Type, Constant)> {
        let ty = self.parse_type()?;
        let c = self.parse_const(&ty)?;
        Ok((ty, c))
    }

    /// `T v` where `v` is a local or a constant.
    pub fn parse_typed_value(&mut self) -> PResult<Value> {
        let ty = self.parse_type()?;
        self.parse_value(ty)
    }

    /// An operand of type `ty`: `%local` (checked against its definition when the function
    /// ends) or a constant.
    pub fn parse_value(&mut self, ty: Type) -> PResult<Value> {
        if let Tok::Local(name) = self.peek() {
            let loc = self.loc();
            self.bump()?;
            self.func.uses.push((name, ty.clone(), loc));
            return Ok(Value {
                ty,
                kind: ValueKind::Local(name.to_string()),
            });
        }
        let c = self.parse_const(&ty)?;
        Ok(Value {
            ty,
            kind: ValueKind::Const(c),
        })
    }

    fn type_mismatch(&self, loc: Loc, what: &str, ty: &Type) -> super::parser::ParseError {
        self.error_at(
            loc,
            format!("{what} is not a valid constant of type '{ty}'"),
        )
    }

    /// A constant of type `ty`.
    pub fn parse_const(&mut self, ty: &Type) -> PResult<Constant> {
        self.nested(|p| p.parse_const_inner(ty))
    }

    fn parse_const_inner(&mut self, ty: &Type) -> PResult<Constant> {
        let loc = self.loc();
        let rty = self.resolve(ty).clone();
        if let Type::Named(n) = &rty {
            // Report it where the type was written, not at the value.
            let at = self
                .type_uses
                .iter()
                .rev()
                .find(|(u, _)| u == n)
                .map_or(loc, |(_, l)| *l);
            return Err(self.error_at(at, format!("use of undefined type '%{n}'")));
        }
        match self.peek() {
            Tok::Int(s) => {
                let Type::Int(bits) = rty else {
                    return Err(self.type_mismatch(loc, &format!("integer '{s}'"), ty));
                };
                let value = int_value(s, bits).map_err(|m| self.error_at(loc, m))?;
                self.bump()?;
                Ok(Constant::Int { bits, value })
            }
            Tok::Float(s) | Tok::HexFloat(s) => {
                let hex = matches!(self.peek(), Tok::HexFloat(_));
                let c = self.float_const(s, hex, &rty, loc)?;
                self.bump()?;
                Ok(c)
            }
            Tok::Global(name) => {
                if rty != Type::Ptr {
                    return Err(self.type_mismatch(loc, &format!("the address '@{name}'"), ty));
                }
                self.bump()?;
                self.use_global(name, loc);
                Ok(Constant::GlobalRef(name.to_string()))
            }
            Tok::CStr(s) => {
                let bytes = decode_cstring(s).map_err(|m| self.error_at(loc, m))?;
                match &rty {
                    Type::Array(n, e) if **e == Type::Int(8) && *n == bytes.len() as u64 => {}
                    _ => {
                        return Err(self.error_at(
                            loc,
                            format!(
                                "string of {} bytes is not a valid constant of type '{ty}'",
                                bytes.len()
                            ),
                        ))
                    }
                }
                self.bump()?;
                Ok(Constant::Bytes(bytes))
            }
            Tok::Punct(b'[') => self.parse_array_const(ty, &rty),
            Tok::Punct(b'{') => self.parse_struct_const(ty, &rty, false),
            Tok::Punct(b'<') => {
                if self.peek2()? == Tok::Punct(b'{') {
                    self.bump()?;
                    self.parse_struct_const(ty, &rty, true)
                } else {
                    Err(self.error_at(loc, "vector constants are not supported"))
                }
            }
            Tok::Word(w) => self.parse_word_const(w, ty, &rty, loc),
            Tok::Local(n) => {
                Err(self.error_at(loc, format!("expected a constant, found local '%{n}'")))
            }
            _ => Err(self.unexpected(&format!("a constant of type '{ty}'"))),
        }
    }

    fn float_const(&self, s: &str, hex: bool, rty: &Type, loc: Loc) -> PResult<Constant> {
        if !is_float_type(rty) {
            return Err(self.type_mismatch(loc, &format!("floating-point number '{s}'"), rty));
        }
        let value = if hex {
            let digits = s
                .strip_prefix("0x")
                .ok_or_else(|| self.error_at(loc, format!("bad hex float '{s}'")))?;
            let kind = digits.as_bytes().first().copied().unwrap_or(b'0');
            match kind {
                b'H' => {
                    let bits = u16::from_str_radix(&digits[1..], 16)
                        .map_err(|_| self.error_at(loc, format!("bad half constant '{s}': expected 0xH and 4 hex digits")))?;
                    if *rty != Type::Half {
                        return Err(self.type_mismatch(loc, &format!("half constant '{s}'"), rty));
                    }
                    half_to_f64(bits)
                }
                b'K' | b'L' | b'M' | b'R' => {
                    return Err(self.error_at(
                        loc,
                        format!("float constant '{s}' (x86_fp80/fp128/ppc_fp128/bfloat form) is not supported"),
                    ))
                }
                _ => {
                    if digits.len() > 16 {
                        return Err(self.error_at(loc, format!("hex float '{s}' has more than 16 digits")));
                    }
                    let bits = u64::from_str_radix(digits, 16)
                        .map_err(|_| self.error_at(loc, format!("bad hex float '{s}'")))?;
                    f64::from_bits(bits)
                }
            }
        } else {
            s.parse::<f64>()
                .map_err(|_| self.error_at(loc, format!("bad float '{s}'")))?
        };
        if *rty == Type::Float && !value.is_nan() && (value as f32) as f64 != value {
            return Err(self.error_at(
                loc,
                format!("floating-point constant '{s}' is not exactly representable as 'float'"),
            ));
        }
        Ok(Constant::Float {
            ty: rty.clone(),
            value,
        })
    }

    fn parse_array_const(&mut self, ty: &Type, rty: &Type) -> PResult<Constant> {
        let loc = self.loc();
        let Type::Array(n, elem) = rty else {
            return Err(self.type_mismatch(loc, "an array '[...]'", ty));
        };
        self.bump()?;
        let mut elems = Vec::new();
        if !self.eat_punct(b']')? {
            loop {
                let eloc = self.loc();
                let (ety, c) = self.parse_typed_const()?;
                if ety != **elem {
                    return Err(self.error_at(
                        eloc,
                        format!("array element has type '{ety}', expected '{elem}'"),
                    ));
                }
                elems.push(c);
                if self.eat_punct(b']')? {
                    break;
                }
                self.expect_punct(b',', "or ']' between array elements")?;
            }
        }
        if elems.len() as u64 != *n {
            return Err(self.error_at(
                loc,
                format!(
                    "array constant has {} elements, its type '{ty}' needs {n}",
                    elems.len()
                ),
            ));
        }
        Ok(Constant::Array {
            elem: (**elem).clone(),
            elems,
        })
    }

    /// After `{` (or `<` of `<{`): fields through `}` (and `>`).
    fn parse_struct_const(&mut self, ty: &Type, rty: &Type, packed: bool) -> PResult<Constant> {
        let loc = self.loc();
        let fields_ty = match rty {
            Type::Struct { fields, packed: p } if *p == packed => fields,
            _ => {
                return Err(self.type_mismatch(
                    loc,
                    if packed {
                        "a packed struct '<{...}>'"
                    } else {
                        "a struct '{...}'"
                    },
                    ty,
                ))
            }
        };
        self.expect_punct(b'{', "to open a struct constant")?;
        let mut fields = Vec::with_capacity(fields_ty.len());
        if !self.eat_punct(b'}')? {
            loop {
                let floc = self.loc();
                let (fty, c) = self.parse_typed_const()?;
                match fields_ty.get(fields.len()) {
                    Some(want) if *want == fty => {}
                    Some(want) => {
                        return Err(self.error_at(
                            floc,
                            format!("struct field has type '{fty}', expected '{want}'"),
                        ))
                    }
                    None => {
                        return Err(
                            self.error_at(floc, format!("too many fields for struct type '{ty}'"))
                        )
                    }
                }
                fields.push(c);
                if self.eat_punct(b'}')? {
                    break;
                }
                self.expect_punct(b',', "or '}' between struct fields")?;
            }
        }
        if packed {
            self.expect_punct(b'>', "to close a packed struct constant '<{...}>'")?;
        }
        if fields.len() != fields_ty.len() {
            return Err(self.error_at(
                loc,
                format!(
                    "struct constant has {} fields, type '{ty}' has {}",
                    fields.len(),
                    fields_ty.len()
                ),
            ));
        }
        Ok(Constant::Struct {
            ty: ty.clone(),
            fields,
        })
    }

    fn parse_word_const(
        &mut self,
        w: &'a str,
        ty: &Type,
        rty: &Type,
        loc: Loc,
    ) -> PResult<Constant> {
        let simple = match w {
            "true" | "false" => {
                if *rty != Type::Int(1) {
                    return Err(self.type_mismatch(loc, &format!("'{w}'"), ty));
                }
                Some(Constant::Int {
                    bits: 1,
                    value: (w == "true") as u128,
                })
            }
            "null" => {
                if *rty != Type::Ptr {
                    return Err(self.type_mismatch(loc, "'null'", ty));
                }
                Some(Constant::Null)
            }
            "undef" => Some(Constant::Undef(ty.clone())),
            "poison" => Some(Constant::Poison(ty.clone())),
            "zeroinitializer" => Some(Constant::Zero(ty.clone())),
            _ => None,
        };
        if let Some(c) = simple {
            if matches!(rty, Type::Void | Type::Label | Type::Function { .. }) {
                return Err(self.type_mismatch(loc, &format!("'{w}'"), ty));
            }
            self.bump()?;
            return Ok(c);
        }
        if w == "getelementptr" {
            return self.parse_gep_const(ty, rty, loc);
        }
        if let Some(op) = cast_op(w) {
            self.bump()?;
            self.expect_punct(b'(', &format!("after '{w}' in a constant expression"))?;
            let (from, value) = self.parse_typed_const()?;
            self.expect_word("to", "in a constant cast")?;
            let to = self.parse_type()?;
            self.expect_punct(b')', "to close the constant cast")?;
            if to != *ty {
                return Err(
                    self.error_at(loc, format!("constant cast yields '{to}', expected '{ty}'"))
                );
            }
            return Ok(Constant::Expr(Box::new(ConstExpr::Cast {
                op,
                from,
                value,
                to,
            })));
        }
        if let Some(op) = bin_op(w) {
            self.bump()?;
            while matches!(self.peek(), Tok::Word("nuw" | "nsw" | "exact" | "disjoint")) {
                self.bump()?;
            }
            self.expect_punct(b'(', &format!("after '{w}' in a constant expression"))?;
            let (lty, lhs) = self.parse_typed_const()?;
            self.expect_punct(b',', "between constant operands")?;
            let rloc = self.loc();
            let (rty2, rhs) = self.parse_typed_const()?;
            self.expect_punct(b')', "to close the constant expression")?;
            if rty2 != lty {
                return Err(
                    self.error_at(rloc, format!("operand types differ: '{lty}' and '{rty2}'"))
                );
            }
            if lty != *ty {
                return Err(self.error_at(
                    loc,
                    format!("constant expression yields '{lty}', expected '{ty}'"),
                ));
            }
            return Ok(Constant::Expr(Box::new(ConstExpr::Binary {
                op,
                ty: lty,
                lhs,
                rhs,
            })));
        }
        if matches!(
            w,
            "blockaddress" | "dso_local_equivalent" | "no_cfi" | "splat" | "ptrauth"
        ) {
            return Err(self.error_at(loc, format!("constant '{w}' is not supported")));
        }
        Err(self.error_at(
            loc,
            format!("expected a constant of type '{ty}', found '{w}'"),
        ))
    }

    /// `getelementptr [inbounds|nuw|nusw|inrange(..)] (T, ptr base, T idx, ...)`.
    fn parse_gep_const(&mut self, ty: &Type, rty: &Type, loc: Loc) -> PResult<Constant> {
        if *rty != Type::Ptr {
            return Err(self.type_mismatch(loc, "a 'getelementptr' expression", ty));
        }
        self.bump()?;
        loop {
            match self.peek() {
                Tok::Word("inbounds" | "nuw" | "nusw") => {
                    self.bump()?;
                }
                Tok::Word("inrange") => {
                    self.bump()?;
                    if self.peek() == Tok::Punct(b'(') {
                        self.skip_group()?;
                    }
                }
                _ => break,
            }
        }
        self.expect_punct(b'(', "after 'getelementptr' in a constant expression")?;
        let source = self.parse_type()?;
        self.expect_punct(b',', "after the getelementptr source type")?;
        let bloc = self.loc();
        let (bty, base) = self.parse_typed_const()?;
        if bty != Type::Ptr {
            return Err(self.error_at(
                bloc,
                format!("getelementptr base must be 'ptr', found '{bty}'"),
            ));
        }
        let mut indices = Vec::new();
        while self.eat_punct(b',')? {
            self.eat_word("inrange")?;
            let iloc = self.loc();
            let (ity, c) = self.parse_typed_const()?;
            if !matches!(ity, Type::Int(_)) {
                return Err(self.error_at(
                    iloc,
                    format!("getelementptr index must be an integer, found '{ity}'"),
                ));
            }
            indices.push((ity, c));
        }
        self.expect_punct(b')', "to close the getelementptr expression")?;
        Ok(Constant::Expr(Box::new(ConstExpr::Gep {
            source,
            base,
            indices,
        })))
    }
}
