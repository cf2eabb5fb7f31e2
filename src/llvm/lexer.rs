//! Tokens of LLVM textual IR, with their 1-based line and column.
//!
//! The lexer borrows the source text: names, numbers and strings are slices of it, so a
//! token costs no allocation. Comments (`; ...`) and whitespace are skipped.

use super::ir::Loc;

/// What a token is. Slices are the raw spelling, without sigils or quotes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'a> {
    /// End of the text.
    Eof,
    /// A bare word: keyword, type name (`i32`, `ptr`), attribute, `x` in `[4 x i32]`.
    Word(&'a str),
    /// A label definition `name:` / `12:` / `"quoted":`.
    Label(&'a str),
    /// `%name`, `%12`, `%"quoted"`.
    Local(&'a str),
    /// `@name`, `@"quoted"`.
    Global(&'a str),
    /// `#12`: an attribute group reference.
    AttrRef(&'a str),
    /// `#dbg_value` and other debug records (the word after `#`).
    DbgRecord(&'a str),
    /// `!name` or `!12` (metadata name or reference).
    Meta(&'a str),
    /// A `!` not followed by a name (as in `!{` or `!"str"`).
    Bang,
    /// `$name` (comdat).
    Comdat(&'a str),
    /// An integer literal, possibly negative.
    Int(&'a str),
    /// A decimal float literal (`1.5`, `-2.0e+10`).
    Float(&'a str),
    /// A hexadecimal float literal, spelled as in the source (`0x3FF0000000000000`, `0xH3C00`).
    HexFloat(&'a str),
    /// A quoted string `"..."` (escapes not decoded).
    Str(&'a str),
    /// A byte string `c"..."` (escapes not decoded).
    CStr(&'a str),
    /// `...`
    Ellipsis,
    /// A one-character punctuator: `= , ( ) [ ] { } < > * : |`.
    Punct(u8),
}

impl Tok<'_> {
    /// A short description for error messages ("found ...").
    pub fn describe(&self) -> String {
        match self {
            Tok::Eof => "end of file".to_string(),
            Tok::Word(w) => format!("'{w}'"),
            Tok::Label(l) => format!("label '{l}:'"),
            Tok::Local(n) => format!("'%{n}'"),
            Tok::Global(n) => format!("'@{n}'"),
            Tok::AttrRef(n) => format!("'#{n}'"),
            Tok::DbgRecord(n) => format!("'#{n}'"),
            Tok::Meta(n) => format!("'!{n}'"),
            Tok::Bang => "'!'".to_string(),
            Tok::Comdat(n) => format!("'${n}'"),
            Tok::Int(s) | Tok::Float(s) | Tok::HexFloat(s) => format!("number '{s}'"),
            Tok::Str(s) => format!("string \"{}\"", shorten(s)),
            Tok::CStr(s) => format!("string c\"{}\"", shorten(s)),
            Tok::Ellipsis => "'...'".to_string(),
            Tok::Punct(c) => format!("'{}'", *c as char),
        }
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 24 {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(24).collect::<String>())
    }
}

/// A token with where it starts and its byte range in the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token<'a> {
    /// The token.
    pub tok: Tok<'a>,
    /// Line and column of its first character.
    pub loc: Loc,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// A lexing failure: where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    /// Where the bad token starts.
    pub loc: Loc,
    /// What was wrong.
    pub message: String,
}

/// The lexer state; `Copy`, so the parser can look ahead by copying it.
#[derive(Debug, Clone, Copy)]
pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'$' | b'.' | b'_')
}

fn is_word_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'$' | b'.' | b'_')
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `src`.
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            pos: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The whole source text.
    pub fn source(&self) -> &'a str {
        self.src
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn at(&self, i: usize) -> u8 {
        self.bytes().get(i).copied().unwrap_or(0)
    }

    fn loc_of(&self, pos: usize) -> Loc {
        // Byte columns: cheap on very long lines (big array initializers), and LLVM escapes
        // non-ASCII characters in everything but quoted names.
        Loc {
            line: self.line,
            col: (pos - self.line_start) as u32 + 1,
        }
    }

    fn err(&self, pos: usize, message: String) -> LexError {
        LexError {
            loc: self.loc_of(pos),
            message,
        }
    }

    /// Skips whitespace and comments.
    fn skip_trivia(&mut self) {
        let b = self.bytes();
        while self.pos < b.len() {
            match b[self.pos] {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b';' => {
                    while self.pos < b.len() && b[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    /// Skips the rest of the current line (used for metadata and debug records).
    pub fn skip_line(&mut self) {
        let b = self.bytes();
        while self.pos < b.len() && b[self.pos] != b'\n' {
            self.pos += 1;
        }
    }

    /// Reads a quoted string starting at `self.pos` (which is the opening quote); returns
    /// the contents and moves past the closing quote. Strings may not span lines.
    fn quoted(&mut self) -> Result<&'a str, LexError> {
        self.quoted_from(self.pos)
    }

    /// As [`Lexer::quoted`], reporting an unterminated string at `token_start`.
    fn quoted_from(&mut self, token_start: usize) -> Result<&'a str, LexError> {
        let open = self.pos;
        let b = self.bytes();
        let mut i = open + 1;
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\n' {
                return Err(self.err(
                    token_start,
                    "unterminated string: expected '\"' before end of line".into(),
                ));
            }
            i += 1;
        }
        if i >= b.len() {
            return Err(self.err(
                token_start,
                "unterminated string: expected '\"' before end of file".into(),
            ));
        }
        self.pos = i + 1;
        Ok(&self.src[open + 1..i])
    }

    /// Reads `[-a-zA-Z$._0-9]*` from `self.pos`.
    fn ident(&mut self) -> &'a str {
        let start = self.pos;
        let b = self.bytes();
        while self.pos < b.len() && is_ident_char(b[self.pos]) {
            self.pos += 1;
        }
        &self.src[start..self.pos]
    }

    /// A name after a sigil (`%`, `@`, `!`...): quoted, identifier or number.
    fn sigil_name(&mut self, sigil: char) -> Result<&'a str, LexError> {
        let start = self.pos - 1;
        if self.at(self.pos) == b'"' {
            return self.quoted();
        }
        let name = self.ident();
        if name.is_empty() {
            return Err(self.err(start, format!("expected a name after '{sigil}'")));
        }
        Ok(name)
    }

    /// The next token.
    pub fn next_token(&mut self) -> Result<Token<'a>, LexError> {
        self.skip_trivia();
        let start = self.pos;
        let loc = self.loc_of(start);
        let tok = self.lex_one(start)?;
        Ok(Token {
            tok,
            loc,
            start,
            end: self.pos,
        })
    }

    fn lex_one(&mut self, start: usize) -> Result<Tok<'a>, LexError> {
        let c = self.at(start);
        if start >= self.src.len() {
            return Ok(Tok::Eof);
        }
        self.pos = start + 1;
        let tok = match c {
            b'%' => Tok::Local(self.sigil_name('%')?),
            b'@' => Tok::Global(self.sigil_name('@')?),
            b'$' if is_ident_char(self.at(self.pos)) || self.at(self.pos) == b'"' => {
                Tok::Comdat(self.sigil_name('$')?)
            }
            b'#' => {
                if self.at(self.pos).is_ascii_digit() {
                    Tok::AttrRef(self.ident())
                } else {
                    let w = self.ident();
                    if w.is_empty() {
                        return Err(
                            self.err(start, "expected a number or a record name after '#'".into())
                        );
                    }
                    Tok::DbgRecord(w)
                }
            }
            b'!' => {
                let n = self.at(self.pos);
                if is_ident_char(n) || n == b'\\' {
                    let s = self.pos;
                    while self.pos < self.src.len()
                        && (is_ident_char(self.at(self.pos)) || self.at(self.pos) == b'\\')
                    {
                        self.pos += 1;
                    }
                    Tok::Meta(&self.src[s..self.pos])
                } else {
                    Tok::Bang
                }
            }
            b'"' => {
                self.pos = start;
                let s = self.quoted()?;
                if self.at(self.pos) == b':' {
                    self.pos += 1;
                    Tok::Label(s)
                } else {
                    Tok::Str(s)
                }
            }
            b'.' if self.at(self.pos) == b'.' && self.at(self.pos + 1) == b'.' => {
                self.pos += 2;
                Tok::Ellipsis
            }
            b'c' if self.at(self.pos) == b'"' => Tok::CStr(self.quoted()?),
            b'0'..=b'9' | b'-' => {
                self.pos = start;
                self.number(start)?
            }
            c if is_word_start(c) => {
                self.pos = start;
                let w = self.ident();
                if self.at(self.pos) == b':' {
                    self.pos += 1;
                    Tok::Label(w)
                } else {
                    Tok::Word(w)
                }
            }
            b'=' | b',' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b'*' | b':'
            | b'|' => Tok::Punct(c),
            _ => {
                let ch = self.src[start..].chars().next().unwrap_or('?');
                return Err(self.err(
                    start,
                    format!("unexpected character '{}'", ch.escape_default()),
                ));
            }
        };
        Ok(tok)
    }

    /// Integer, decimal float or hex float; a number followed by ':' is a label.
    fn number(&mut self, start: usize) -> Result<Tok<'a>, LexError> {
        let b = self.bytes();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if !self.at(i).is_ascii_digit() {
                // `-name:` style labels are legal identifiers in LLVM.
                if is_ident_char(self.at(i)) {
                    let w = self.ident();
                    if self.at(self.pos) == b':' {
                        self.pos += 1;
                        return Ok(Tok::Label(w));
                    }
                    return Ok(Tok::Word(w));
                }
                return Err(self.err(start, "expected a digit after '-'".into()));
            }
        }
        if self.at(i) == b'0' && self.at(i + 1) == b'x' {
            let mut j = i + 2;
            if matches!(self.at(j), b'K' | b'L' | b'M' | b'H' | b'R') {
                j += 1;
            }
            let digits = j;
            while self.at(j).is_ascii_hexdigit() {
                j += 1;
            }
            if j == digits {
                return Err(self.err(start, "expected hexadecimal digits after '0x'".into()));
            }
            self.pos = j;
            return Ok(Tok::HexFloat(&self.src[start..j]));
        }
        while self.at(i).is_ascii_digit() {
            i += 1;
        }
        let mut is_float = false;
        if self.at(i) == b'.' {
            is_float = true;
            i += 1;
            while self.at(i).is_ascii_digit() {
                i += 1;
            }
            if matches!(self.at(i), b'e' | b'E') {
                let mut j = i + 1;
                if matches!(self.at(j), b'+' | b'-') {
                    j += 1;
                }
                if self.at(j).is_ascii_digit() {
                    while self.at(j).is_ascii_digit() {
                        j += 1;
                    }
                    i = j;
                }
            }
        }
        // Identifiers may start with digits in labels (`12:`) and names like `1abc` are not
        // produced by LLVM; treat a trailing identifier char as part of a word.
        if !is_float && (is_ident_char(self.at(i)) && self.at(i) != b'.') {
            self.pos = start;
            let w = self.ident();
            if self.at(self.pos) == b':' {
                self.pos += 1;
                return Ok(Tok::Label(w));
            }
            return Ok(Tok::Word(w));
        }
        self.pos = i;
        if !is_float && self.at(i) == b':' {
            self.pos += 1;
            return Ok(Tok::Label(&self.src[start..i]));
        }
        let s = &self.src[start..i];
        Ok(if is_float { Tok::Float(s) } else { Tok::Int(s) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        let mut lx = Lexer::new(src);
        let mut out = Vec::new();
        loop {
            let t = lx.next_token().unwrap();
            if t.tok == Tok::Eof {
                return out;
            }
            out.push(t.tok);
        }
    }

    #[test]
    fn lexes_instruction_line() {
        let t = toks("  %add = add nsw i32 %0, -5 ; comment\n");
        assert_eq!(
            t,
            vec![
                Tok::Local("add"),
                Tok::Punct(b'='),
                Tok::Word("add"),
                Tok::Word("nsw"),
                Tok::Word("i32"),
                Tok::Local("0"),
                Tok::Punct(b','),
                Tok::Int("-5"),
            ]
        );
    }

    #[test]
    fn lexes_labels_numbers_and_strings() {
        let t = toks("entry:\n12:\n\"a b\":\nc\"hi\\00\" 1.5e+10 0x3FF0000000000000 0xH3C00 !tbaa !12 !{ #0 #dbg_value ...");
        assert_eq!(
            t,
            vec![
                Tok::Label("entry"),
                Tok::Label("12"),
                Tok::Label("a b"),
                Tok::CStr("hi\\00"),
                Tok::Float("1.5e+10"),
                Tok::HexFloat("0x3FF0000000000000"),
                Tok::HexFloat("0xH3C00"),
                Tok::Meta("tbaa"),
                Tok::Meta("12"),
                Tok::Bang,
                Tok::Punct(b'{'),
                Tok::AttrRef("0"),
                Tok::DbgRecord("dbg_value"),
                Tok::Ellipsis,
            ]
        );
    }

    #[test]
    fn reports_locations() {
        let mut lx = Lexer::new("a\n  bb \"x");
        assert_eq!(lx.next_token().unwrap().loc, Loc { line: 1, col: 1 });
        assert_eq!(lx.next_token().unwrap().loc, Loc { line: 2, col: 3 });
        let e = lx.next_token().unwrap_err();
        assert_eq!(e.loc, Loc { line: 2, col: 6 });
        assert!(e.message.contains("unterminated string"), "{}", e.message);
    }

    #[test]
    fn rejects_stray_characters() {
        let mut lx = Lexer::new("  ^");
        let e = lx.next_token().unwrap_err();
        assert_eq!(e.loc, Loc { line: 1, col: 3 });
    }
}
