//! The tokens of a yacc/bison file.
//!
//! The lexer works on the whole file at once and never fails: a malformed piece (an
//! unterminated comment, string or action, a stray character) is reported as an error and
//! skipped, so that the reader can go on and report every problem.

use crate::Span;

/// One token of a grammar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A name: letters, digits, `_`, `.` and `-` (not starting with a digit or `-`).
    Ident(String),
    /// A name followed by a colon (`expr:`), which starts a rule. The colon is consumed; a
    /// bracketed name (`expr[e]:`) in between is skipped.
    IdColon(String),
    /// A character literal, as written: `'+'`, `'\n'`.
    Char(String),
    /// A string literal, as written: `"+"`.
    Str(String),
    /// A decimal or hexadecimal number.
    Int(u64),
    /// A `<type>` tag (or `<*>`, `<>`).
    Tag,
    /// A `{ ... }` action or code block (also `%?{ ... }` and `%{ ... %}`).
    Code,
    /// A `[name]` named reference.
    Bracket,
    /// A directive such as `%token`, with its name without the `%`.
    Directive(String),
    /// `%%`.
    Sep,
    /// `|`.
    Pipe,
    /// `;`.
    Semi,
    /// `:` not preceded by a name.
    Colon,
    /// `=`, as in bison's `%define` and `%token` syntax extensions.
    Eq,
    /// End of input (or the start of the epilogue after the second `%%`).
    Eof,
}

impl Tok {
    /// How the token reads in an error message.
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("`{s}`"),
            Tok::IdColon(s) => format!("`{s}:`"),
            Tok::Char(s) | Tok::Str(s) => s.clone(),
            Tok::Int(n) => format!("`{n}`"),
            Tok::Tag => "a `<type>` tag".into(),
            Tok::Code => "a `{...}` block".into(),
            Tok::Bracket => "a `[name]` reference".into(),
            Tok::Directive(d) => format!("`%{d}`"),
            Tok::Sep => "`%%`".into(),
            Tok::Pipe => "`|`".into(),
            Tok::Semi => "`;`".into(),
            Tok::Colon => "`:`".into(),
            Tok::Eq => "`=`".into(),
            Tok::Eof => "the end of the grammar".into(),
        }
    }
}

/// A lexing error: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LexError {
    pub(crate) span: Span,
    pub(crate) message: String,
}

/// Tokenizes `src` up to the epilogue.
pub(crate) fn tokenize(src: &str) -> (Vec<(Tok, Span)>, Vec<LexError>) {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        toks: Vec::new(),
        errors: Vec::new(),
        seps: 0,
    };
    lx.run();
    (lx.toks, lx.errors)
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    toks: Vec<(Tok, Span)>,
    errors: Vec<LexError>,
    seps: u32,
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'.'
}

fn is_id_continue(c: u8) -> bool {
    is_id_start(c) || c.is_ascii_digit() || c == b'-'
}

impl Lexer<'_> {
    fn peek(&self, k: usize) -> Option<u8> {
        self.b.get(self.pos + k).copied()
    }

    fn error(&mut self, start: usize, end: usize, message: impl Into<String>) {
        self.errors.push(LexError {
            span: Span::new(start, end),
            message: message.into(),
        });
    }

    fn push(&mut self, tok: Tok, start: usize) {
        self.toks.push((tok, Span::new(start, self.pos)));
    }

    /// Skips blanks and comments. Returns false at the end of input.
    fn skip_trivia(&mut self) -> bool {
        loop {
            match self.peek(0) {
                None => return false,
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.peek(1) == Some(b'*') => {
                    let start = self.pos;
                    match self.src[self.pos + 2..].find("*/") {
                        Some(i) => self.pos += 2 + i + 2,
                        None => {
                            self.pos = self.b.len();
                            self.error(start, start + 2, "unterminated comment: `/*` without `*/`");
                        }
                    }
                }
                Some(b'/') if self.peek(1) == Some(b'/') => {
                    while let Some(c) = self.peek(0) {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some(_) => return true,
            }
        }
    }

    /// The next char (at a char boundary), for error messages.
    fn current_char(&self) -> char {
        self.src[self.pos..].chars().next().unwrap_or('\0')
    }

    fn run(&mut self) {
        while self.skip_trivia() {
            let start = self.pos;
            let c = self.b[self.pos];
            match c {
                b'%' => {
                    if self.lex_percent(start) {
                        return;
                    }
                }
                b'{' => {
                    self.skip_braced(start);
                    self.push(Tok::Code, start);
                }
                b'<' => self.lex_tag(start),
                b'[' => {
                    self.pos += 1;
                    while let Some(c) = self.peek(0) {
                        if !is_id_continue(c) {
                            break;
                        }
                        self.pos += 1;
                    }
                    if self.peek(0) == Some(b']') {
                        self.pos += 1;
                        self.push(Tok::Bracket, start);
                    } else {
                        self.error(start, self.pos, "unterminated `[name]`: expected `]`");
                    }
                }
                b'\'' => {
                    if let Some(text) = self.lex_quoted(b'\'', start) {
                        self.push(Tok::Char(text), start);
                    }
                }
                b'"' => {
                    if let Some(text) = self.lex_quoted(b'"', start) {
                        self.push(Tok::Str(text), start);
                    }
                }
                b'|' => {
                    self.pos += 1;
                    self.push(Tok::Pipe, start);
                }
                b';' => {
                    self.pos += 1;
                    self.push(Tok::Semi, start);
                }
                b':' => {
                    self.pos += 1;
                    self.push(Tok::Colon, start);
                }
                b'=' => {
                    self.pos += 1;
                    self.push(Tok::Eq, start);
                }
                b'0'..=b'9' => self.lex_int(start),
                c if is_id_start(c) => self.lex_ident(start),
                _ => {
                    let ch = self.current_char();
                    self.pos += ch.len_utf8();
                    self.error(start, self.pos, format!("unexpected character `{ch}`"));
                }
            }
        }
        self.toks
            .push((Tok::Eof, Span::new(self.b.len(), self.b.len())));
    }

    /// Lexes what starts with `%`. Returns true when the epilogue starts.
    fn lex_percent(&mut self, start: usize) -> bool {
        match self.peek(1) {
            Some(b'%') => {
                self.pos += 2;
                self.seps += 1;
                if self.seps == 2 {
                    // The epilogue is C code we do not read.
                    self.toks.push((Tok::Eof, Span::new(start, start + 2)));
                    return true;
                }
                self.push(Tok::Sep, start);
            }
            Some(b'{') => {
                match self.src[self.pos + 2..].find("%}") {
                    Some(i) => self.pos += 2 + i + 2,
                    None => {
                        self.pos = self.b.len();
                        self.error(start, start + 2, "unterminated prologue: `%{` without `%}`");
                    }
                }
                self.push(Tok::Code, start);
            }
            Some(b'?') if self.peek(2) == Some(b'{') => {
                self.pos += 2;
                self.skip_braced(self.pos);
                self.push(Tok::Code, start);
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                self.pos += 1;
                while let Some(c) = self.peek(0) {
                    if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
                        break;
                    }
                    self.pos += 1;
                }
                let name = self.src[start + 1..self.pos].to_string();
                self.push(Tok::Directive(name), start);
            }
            _ => {
                self.pos += 1;
                self.error(
                    start,
                    self.pos,
                    "stray `%`: expected a directive such as `%token`",
                );
            }
        }
        false
    }

    fn lex_int(&mut self, start: usize) {
        let (digits_start, radix) =
            if self.peek(0) == Some(b'0') && matches!(self.peek(1), Some(b'x' | b'X')) {
                self.pos += 2;
                (self.pos, 16)
            } else {
                (self.pos, 10)
            };
        while let Some(c) = self.peek(0) {
            if !(c as char).is_digit(radix) {
                break;
            }
            self.pos += 1;
        }
        match u64::from_str_radix(&self.src[digits_start..self.pos], radix) {
            Ok(n) => self.push(Tok::Int(n), start),
            Err(_) => self.error(start, self.pos, "invalid number"),
        }
    }

    fn lex_ident(&mut self, start: usize) {
        while let Some(c) = self.peek(0) {
            if !is_id_continue(c) {
                break;
            }
            self.pos += 1;
        }
        let name = self.src[start..self.pos].to_string();
        let end = self.pos;
        if name == "_" && self.translatable_alias(start) {
            return;
        }
        // `name:` or `name[ref]:` starts a rule.
        let save = self.pos;
        let errors = self.errors.len();
        self.skip_trivia();
        if self.peek(0) == Some(b'[') {
            let mut p = self.pos + 1;
            while p < self.b.len() && is_id_continue(self.b[p]) {
                p += 1;
            }
            if self.b.get(p) == Some(&b']') {
                self.pos = p + 1;
                self.skip_trivia();
            }
        }
        if self.peek(0) == Some(b':') {
            self.pos += 1;
            self.toks.push((Tok::IdColon(name), Span::new(start, end)));
        } else {
            // Problems in the trivia are reported when it is lexed for good.
            self.errors.truncate(errors);
            self.pos = save;
            self.push(Tok::Ident(name), start);
        }
    }

    /// bison's translatable alias `_("text")`, read as the string `"text"`. Returns false
    /// (having moved nothing) when `_` is not followed by `(`.
    fn translatable_alias(&mut self, start: usize) -> bool {
        let save = self.pos;
        let errors = self.errors.len();
        self.skip_trivia();
        if self.peek(0) != Some(b'(') {
            self.errors.truncate(errors);
            self.pos = save;
            return false;
        }
        self.pos += 1;
        self.skip_trivia();
        let str_start = self.pos;
        let text = if self.peek(0) == Some(b'"') {
            self.lex_quoted(b'"', str_start)
        } else {
            self.error(start, self.pos, "expected a string in `_(\"...\")`");
            // Skip the bad argument, up to the `)` on this line.
            while self.peek(0).is_some_and(|c| c != b')' && c != b'\n') {
                self.pos += 1;
            }
            None
        };
        self.skip_trivia();
        if self.peek(0) == Some(b')') {
            self.pos += 1;
            if let Some(text) = text {
                self.push(Tok::Str(text), start);
            }
        } else if text.is_some() {
            self.error(start, self.pos, "expected `)` to close `_(\"...\")`");
        }
        true
    }

    fn lex_tag(&mut self, start: usize) {
        // `<type>`, where the type may itself hold `<...>` (C++ templates) and `->`.
        let mut depth = 0usize;
        let mut p = self.pos;
        while p < self.b.len() {
            match self.b[p] {
                b'<' => depth += 1,
                b'>' if p > 0 && self.b[p - 1] == b'-' && depth > 0 && p - 1 > start => {}
                b'>' => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos = p + 1;
                        self.push(Tok::Tag, start);
                        return;
                    }
                }
                b'\n' | b';' | b'%' | b'{' | b'}' => break,
                _ => {}
            }
            p += 1;
        }
        self.pos += 1;
        self.error(start, start + 1, "unterminated `<type>` tag: expected `>`");
    }

    /// Lexes a `'c'` or `"text"` literal; returns its text as written, quotes included.
    fn lex_quoted(&mut self, quote: u8, start: usize) -> Option<String> {
        self.pos += 1;
        let body_start = self.pos;
        loop {
            match self.peek(0) {
                None | Some(b'\n') => {
                    let what = if quote == b'\'' {
                        "character literal"
                    } else {
                        "string"
                    };
                    self.error(
                        start,
                        self.pos,
                        format!("unterminated {what}: missing `{}`", quote as char),
                    );
                    return None;
                }
                Some(b'\\') => {
                    self.pos += 1;
                    if self.peek(0).is_some_and(|c| c != b'\n') {
                        self.pos += self.current_char().len_utf8();
                    }
                }
                Some(c) if c == quote => break,
                Some(_) => self.pos += self.current_char().len_utf8(),
            }
        }
        let body = &self.src[body_start..self.pos];
        self.pos += 1;
        let text = self.src[start..self.pos].to_string();
        if let Err(msg) = check_escapes(body) {
            self.error(start, self.pos, format!("{msg} in {text}"));
            return None;
        }
        if quote == b'\'' {
            match char_count(body) {
                0 => {
                    self.error(start, self.pos, "empty character literal `''`");
                    return None;
                }
                1 => {}
                _ => {
                    self.error(
                        start,
                        self.pos,
                        format!("character literal {text} holds more than one character"),
                    );
                    return None;
                }
            }
        }
        Some(text)
    }

    /// Skips a `{ ... }` block starting at `self.pos` (on the `{`), with nested braces,
    /// strings, character literals and comments inside.
    fn skip_braced(&mut self, start: usize) {
        let mut depth = 0usize;
        while let Some(c) = self.peek(0) {
            match c {
                b'{' => {
                    depth += 1;
                    self.pos += 1;
                }
                b'}' => {
                    self.pos += 1;
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                b'"' | b'\'' => {
                    // C strings and chars; an unterminated one ends at the line's end, as a
                    // stray `'` in code (`don't` in a comment-less action) must not eat the
                    // whole file.
                    self.pos += 1;
                    while let Some(d) = self.peek(0) {
                        if d == b'\\' {
                            self.pos += 2;
                            continue;
                        }
                        if d == b'\n' {
                            break;
                        }
                        self.pos += 1;
                        if d == c {
                            break;
                        }
                    }
                }
                b'/' if self.peek(1) == Some(b'*') => match self.src[self.pos + 2..].find("*/") {
                    Some(i) => self.pos += 2 + i + 2,
                    None => self.pos = self.b.len(),
                },
                b'/' if self.peek(1) == Some(b'/') => {
                    while self.peek(0).is_some_and(|c| c != b'\n') {
                        self.pos += 1;
                    }
                }
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.b.len());
        self.error(start, start + 1, "unterminated `{` block: missing `}`");
    }
}

/// Checks the escape sequences of a literal's body.
fn check_escapes(body: &str) -> Result<(), String> {
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            continue;
        }
        match it.next() {
            Some('n' | 't' | 'r' | 'a' | 'b' | 'f' | 'v' | '\\' | '\'' | '"' | '?') => {}
            Some('0'..='7') => {
                // Octal escapes take up to three digits.
                for _ in 0..2 {
                    if it.peek().is_some_and(|d| ('0'..='7').contains(d)) {
                        it.next();
                    }
                }
            }
            Some('x') => {
                if !it.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                    return Err("`\\x` without hexadecimal digits".into());
                }
                while it.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                    it.next();
                }
            }
            Some('u' | 'U') => {
                while it.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                    it.next();
                }
            }
            Some(other) => return Err(format!("invalid escape `\\{other}`")),
            None => return Err("a `\\` at the end of a literal".into()),
        }
    }
    Ok(())
}

/// The number of characters a literal's body denotes (an escape counts as one).
fn char_count(body: &str) -> usize {
    let mut n = 0;
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        n += 1;
        if c != '\\' {
            continue;
        }
        match it.next() {
            Some('0'..='7') => {
                for _ in 0..2 {
                    if it.peek().is_some_and(|d| ('0'..='7').contains(d)) {
                        it.next();
                    }
                }
            }
            Some('x' | 'u' | 'U') => {
                while it.peek().is_some_and(|d| d.is_ascii_hexdigit()) {
                    it.next();
                }
            }
            _ => {}
        }
    }
    n
}
