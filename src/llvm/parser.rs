//! The parser's state and the token-level helpers every part of it uses.
//!
//! The grammar is split by concern: [`super::parse_module`] (top level),
//! [`super::parse_function`] (bodies), [`super::parse_const`] (constants),
//! [`super::parse_type`] (types). All of them are `impl Parser` blocks over this state.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::ir::{Loc, Module, Type};
use super::lexer::{LexError, Lexer, Tok, Token};

/// A parse failure: where and what was found versus expected.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{loc}: {message}")]
pub struct ParseError {
    /// Where in the text (1-based line and byte column).
    pub loc: Loc,
    /// What was wrong.
    pub message: String,
}

impl From<LexError> for ParseError {
    fn from(e: LexError) -> Self {
        ParseError {
            loc: e.loc,
            message: e.message,
        }
    }
}

/// FNV-1a: names in a module are short, and SipHash's DoS resistance buys nothing here.
#[derive(Default)]
pub(super) struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by names.
pub(super) type NameMap<K, V> = HashMap<K, V, BuildHasherDefault<NameHasher>>;
/// A set of names.
pub(super) type NameSet<K> = HashSet<K, BuildHasherDefault<NameHasher>>;

/// Result type of the parser.
pub type PResult<T> = Result<T, ParseError>;

/// Per-function bookkeeping, checked when the function's closing `}` is reached.
pub(super) struct FuncState<'a> {
    /// Every local defined so far (parameters and results) and its type.
    pub defs: NameMap<Cow<'a, str>, (Type, Loc)>,
    /// Every use of a local, with the type it was used at.
    pub uses: Vec<(&'a str, Type, Loc)>,
    /// Every label used as a branch target or phi predecessor.
    pub label_uses: Vec<(&'a str, Loc)>,
    /// The next number for unnamed values (`%0`, `%1`, ...).
    pub next_unnamed: u64,
    /// The function's return type (checked by `ret`).
    pub ret: Type,
}

impl Default for FuncState<'_> {
    fn default() -> Self {
        FuncState {
            defs: NameMap::default(),
            uses: Vec::new(),
            label_uses: Vec::new(),
            next_unnamed: 0,
            ret: Type::Void,
        }
    }
}

/// The whole parser state.
pub(super) struct Parser<'a> {
    /// The lexer, positioned after [`Parser::tok`].
    pub lex: Lexer<'a>,
    /// The current (lookahead) token.
    pub tok: Token<'a>,
    /// The module being built.
    pub module: Module,
    /// Every `@name` defined, and where.
    pub global_defs: NameMap<&'a str, Loc>,
    /// Every `@name` used, and where (checked at the end).
    pub global_uses: Vec<(&'a str, Loc)>,
    /// Every named type used, and where (checked at the end).
    pub type_uses: Vec<(&'a str, Loc)>,
    /// `attributes #N = { ... }` groups, as attribute strings.
    pub attr_groups: NameMap<&'a str, Vec<String>>,
    /// Attribute group references of each defined function (index into `module.functions`).
    pub fn_attr_refs: Vec<(usize, &'a str, Loc)>,
    /// The function being parsed.
    pub func: FuncState<'a>,
    /// How deeply types and constants are nested right now (see [`MAX_NESTING`]).
    pub depth: u32,
}

/// How deeply types and constants may nest. Clang's C output stays far below; the limit keeps
/// hostile input from overflowing the stack (fatal in wasm).
pub const MAX_NESTING: u32 = 100;

impl<'a> Parser<'a> {
    /// A parser at the first token of `src`.
    pub fn new(src: &'a str) -> PResult<Self> {
        let mut lex = Lexer::new(src);
        let tok = lex.next_token()?;
        Ok(Parser {
            lex,
            tok,
            module: Module::default(),
            global_defs: NameMap::default(),
            global_uses: Vec::new(),
            type_uses: Vec::new(),
            attr_groups: NameMap::default(),
            fn_attr_refs: Vec::new(),
            func: FuncState::default(),
            depth: 0,
        })
    }

    /// Runs `f` one nesting level deeper, failing if that is more than [`MAX_NESTING`].
    pub fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_NESTING {
            return Err(self.error_at(
                self.loc(),
                format!("types or constants nested too deeply (limit {MAX_NESTING})"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// The current token.
    pub fn peek(&self) -> Tok<'a> {
        self.tok.tok
    }

    /// The token after the current one, without consuming anything.
    pub fn peek2(&self) -> PResult<Tok<'a>> {
        let mut lx = self.lex;
        Ok(lx.next_token()?.tok)
    }

    /// Where the current token starts.
    pub fn loc(&self) -> Loc {
        self.tok.loc
    }

    /// Consumes the current token and returns it.
    pub fn bump(&mut self) -> PResult<Token<'a>> {
        let t = self.tok;
        self.tok = self.lex.next_token()?;
        Ok(t)
    }

    /// Drops the rest of the current token's line and moves to the next line's first token.
    pub fn skip_rest_of_line(&mut self) -> PResult<()> {
        self.lex.skip_line();
        self.tok = self.lex.next_token()?;
        Ok(())
    }

    /// An error at the current token: "expected {what}, found {token}".
    pub fn unexpected(&self, what: &str) -> ParseError {
        ParseError {
            loc: self.tok.loc,
            message: format!("expected {what}, found {}", self.tok.tok.describe()),
        }
    }

    /// An error at `loc` with a message.
    pub fn error_at(&self, loc: Loc, message: impl Into<String>) -> ParseError {
        ParseError {
            loc,
            message: message.into(),
        }
    }

    /// Consumes punctuator `c` if it is next.
    pub fn eat_punct(&mut self, c: u8) -> PResult<bool> {
        if self.tok.tok == Tok::Punct(c) {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consumes punctuator `c` or fails naming what the construct needed.
    pub fn expect_punct(&mut self, c: u8, context: &str) -> PResult<()> {
        if self.eat_punct(c)? {
            Ok(())
        } else {
            Err(self.unexpected(&format!("'{}' {context}", c as char)))
        }
    }

    /// Consumes the word `w` if it is next.
    pub fn eat_word(&mut self, w: &str) -> PResult<bool> {
        if self.tok.tok == Tok::Word(w) {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consumes the word `w` or fails.
    pub fn expect_word(&mut self, w: &str, context: &str) -> PResult<()> {
        if self.eat_word(w)? {
            Ok(())
        } else {
            Err(self.unexpected(&format!("'{w}' {context}")))
        }
    }

    /// Consumes a quoted string.
    pub fn expect_str(&mut self, context: &str) -> PResult<&'a str> {
        match self.tok.tok {
            Tok::Str(s) => {
                self.bump()?;
                Ok(s)
            }
            _ => Err(self.unexpected(&format!("a quoted string {context}"))),
        }
    }

    /// Consumes a non-negative integer that fits in u64.
    pub fn expect_u64(&mut self, context: &str) -> PResult<u64> {
        match self.tok.tok {
            Tok::Int(s) if !s.starts_with('-') => match s.parse::<u64>() {
                Ok(v) => {
                    self.bump()?;
                    Ok(v)
                }
                Err(_) => {
                    Err(self.error_at(self.loc(), format!("number '{s}' is too large {context}")))
                }
            },
            _ => Err(self.unexpected(&format!("a non-negative integer {context}"))),
        }
    }

    /// Consumes `N` of `align N`, which must be a power of two.
    pub fn expect_align(&mut self) -> PResult<u32> {
        let loc = self.loc();
        let v = self.expect_u64("after 'align'")?;
        if v == 0 || !v.is_power_of_two() || v > (1 << 31) {
            return Err(self.error_at(
                loc,
                format!("alignment {v} is not a power of two up to 2^31"),
            ));
        }
        Ok(v as u32)
    }

    /// Skips a balanced `( ... )`, `[ ... ]` or `{ ... }` group starting at the current
    /// token (which must be the opener); returns the byte range it covered.
    pub fn skip_group(&mut self) -> PResult<(usize, usize)> {
        let start = self.tok.start;
        let open_loc = self.loc();
        let mut stack: Vec<u8> = Vec::new();
        loop {
            let t = self.bump()?;
            match t.tok {
                Tok::Punct(b'(') => stack.push(b')'),
                Tok::Punct(b'[') => stack.push(b']'),
                Tok::Punct(b'{') => stack.push(b'}'),
                Tok::Punct(c @ (b')' | b']' | b'}')) => {
                    if stack.pop() != Some(c) {
                        return Err(self.error_at(t.loc, format!("unbalanced '{}'", c as char)));
                    }
                    if stack.is_empty() {
                        return Ok((start, t.end));
                    }
                }
                Tok::Eof => {
                    return Err(self.error_at(open_loc, "unclosed bracket: reached end of file"));
                }
                _ => {}
            }
            if stack.is_empty() {
                return Err(self.error_at(open_loc, "expected an opening bracket"));
            }
        }
    }

    /// Skips a metadata value: `!12`, `!{...}`, `!"str"`, `!DIThing(...)`.
    pub fn skip_metadata_value(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Meta(_) => {
                self.bump()?;
                if self.peek() == Tok::Punct(b'(') {
                    self.skip_group()?;
                }
                Ok(())
            }
            Tok::Bang => {
                self.bump()?;
                match self.peek() {
                    Tok::Punct(b'{') | Tok::Punct(b'(') => {
                        self.skip_group()?;
                        Ok(())
                    }
                    Tok::Str(_) => {
                        self.bump()?;
                        Ok(())
                    }
                    _ => Err(self.unexpected("metadata after '!'")),
                }
            }
            _ => Err(self.unexpected("a metadata value ('!N')")),
        }
    }

    /// Skips `, !name !value` attachments (`!tbaa`, `!llvm.loop`, `!range`, `!dbg`...).
    pub fn skip_attachments(&mut self) -> PResult<()> {
        while self.peek() == Tok::Punct(b',') && matches!(self.peek2()?, Tok::Meta(_)) {
            self.bump()?;
            self.bump()?;
            self.skip_metadata_value()?;
        }
        Ok(())
    }

    /// Records a use of `@name` to check that it is defined somewhere in the module.
    pub fn use_global(&mut self, name: &'a str, loc: Loc) {
        self.global_uses.push((name, loc));
    }
}
