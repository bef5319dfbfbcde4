//! A reader of yacc/bison grammar files.
//!
//! [`parse`] reads the declarations and the rules of a `.y` file and feeds them to a
//! [`GrammarBuilder`], so that the grammar can be checked and its automaton built exactly as
//! bison would build it. `%define lr.type lalr|ielr|canonical-lr` chooses the construction
//! ([`YaccGrammar::lr_type`]). Everything that only matters to bison's C output (actions, the
//! prologue and epilogue, `%union`, `%code`, the other `%define`s, `%destructor`, ...) is read
//! and skipped.
//!
//! What the reader understands, as bison does:
//! - `%token` (with `<type>`, token numbers and string aliases: after `%token PLUS "+"`, a rule
//!   may write `"+"` for `PLUS`), `%left`, `%right`, `%nonassoc`, `%precedence` (one precedence
//!   level each, lowest first; the names in them are terminals), `%start`, `%expect N`,
//!   `%expect-rr N`;
//! - rules `name: a b | c ;` (the `;` is optional), `%empty`, `%prec`, character literals such
//!   as `'+'` (terminals named as written), string literals, `error`;
//! - actions `{ ... }`: skipped, except that an action followed by more symbols is a mid-rule
//!   action and becomes a fresh nonterminal `$@N` with one empty rule, added before the rule
//!   that contains it and numbered from 1 across the file, as bison does;
//! - `/* */` and `//` comments, `%{ ... %}`, the epilogue after the second `%%`.
//!
//! Every element handed to the builder carries an [`Origin`] that indexes a table of file
//! positions kept in the [`YaccGrammar`], so that the builder's diagnostics can be shown as
//! `file:line:col: ...`.
//!
//! # Examples
//! ```
//! let src = "%token NUM\n%left '+'\n%%\nexpr: expr '+' expr | NUM ;\n";
//! let yacc = sly_core::yacc::parse(src).map_err(|e| format!("{e:?}"))?;
//! let built = yacc.build()?;
//! assert_eq!(built.grammar.productions.len(), 3); // with `$accept: expr $end`
//! assert!(built.grammar.terminal("'+'").is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod lexer;
#[cfg(test)]
mod tests;

use crate::diag::{Diagnostic, Diagnostics, Origin, Severity};
use crate::grammar::{Assoc, Built, GrammarBuilder};
use crate::lalr::LrType;
use crate::{LineCol, LineIndex, Span};
use core::fmt;
use indexmap::IndexMap;
use lexer::Tok;

/// A problem found while reading a grammar file, with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YaccError {
    /// The byte range of the offending text.
    pub span: Span,
    /// Its line and column.
    pub pos: LineCol,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
}

impl YaccError {
    /// Displays the error as `file:line:col: error: message`.
    pub fn display_in<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        DisplayIn {
            file,
            pos: Some(self.pos),
            severity: "error",
            message: &self.message,
        }
    }
}

impl fmt::Display for YaccError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.pos, self.message)
    }
}

impl std::error::Error for YaccError {}

struct DisplayIn<'a> {
    file: &'a str,
    pos: Option<LineCol>,
    severity: &'a str,
    message: &'a str,
}

impl fmt::Display for DisplayIn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{}:{p}: {}: {}", self.file, self.severity, self.message),
            None => write!(f, "{}: {}: {}", self.file, self.severity, self.message),
        }
    }
}

/// A grammar read from a yacc/bison file, ready to be built.
#[derive(Debug, Clone)]
pub struct YaccGrammar {
    /// The grammar, with every declaration and rule of the file.
    pub builder: GrammarBuilder,
    /// The value of `%expect N`: the number of shift/reduce conflicts the author expects.
    pub expect: Option<usize>,
    /// The value of `%expect-rr N`: the number of reduce/reduce conflicts the author expects.
    pub expect_rr: Option<usize>,
    /// The construction chosen by `%define lr.type`, if the file chooses one (bison's
    /// default, and sly's, is LALR(1)).
    pub lr_type: Option<LrType>,
    /// The start symbol named by `%start`, if any.
    pub start: Option<String>,
    /// The number of mid-rule actions turned into `$@N` nonterminals.
    pub mid_rule_actions: usize,
    /// Things read but ignored that may change the meaning.
    pub warnings: Vec<YaccError>,
    positions: Vec<(Span, LineCol)>,
}

impl YaccGrammar {
    /// Builds and checks the grammar (see [`GrammarBuilder::build`]).
    ///
    /// # Errors
    /// The builder's diagnostics: undefined symbols, clashes, a start symbol without rules...
    /// Show them with [`render`](Self::render).
    pub fn build(&self) -> Result<Built, Diagnostics> {
        self.builder.build()
    }

    /// The line and column an origin stands for, if it came from this file.
    pub fn position(&self, origin: Origin) -> Option<LineCol> {
        self.positions.get(origin.0 as usize).map(|p| p.1)
    }

    /// The byte range an origin stands for, if it came from this file.
    pub fn span(&self, origin: Origin) -> Option<Span> {
        self.positions.get(origin.0 as usize).map(|p| p.0)
    }

    /// Renders one diagnostic as `file:line:col: error: message`, followed by one
    /// `file:line:col: note: ...` line per related location.
    pub fn render(&self, file: &str, d: &Diagnostic) -> String {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = DisplayIn {
            file,
            pos: self.position(d.origin),
            severity,
            message: &d.message,
        }
        .to_string();
        for (origin, note) in &d.related {
            out.push('\n');
            out.push_str(
                &DisplayIn {
                    file,
                    pos: self.position(*origin),
                    severity: "note",
                    message: note,
                }
                .to_string(),
            );
        }
        out
    }

    /// Renders every diagnostic with [`render`](Self::render), one per line (or more with
    /// notes), each line ending with a newline.
    pub fn render_all(&self, file: &str, diags: &Diagnostics) -> String {
        let mut out = String::new();
        for d in diags.iter() {
            out.push_str(&self.render(file, d));
            out.push('\n');
        }
        out
    }
}

/// What `lr.type` accepts, after what was found instead (`None`: no plain value).
pub fn lr_type_expected(found: Option<&str>) -> String {
    let found = match found {
        Some(v) => format!("`{v}`"),
        None => "no value".to_string(),
    };
    format!("{found}, expected `lalr`, `ielr` or `canonical-lr`")
}

/// Reads a yacc/bison grammar file.
///
/// Never panics, whatever the input.
///
/// # Errors
/// Every syntax error found in the file, in order, each with its line and column. Problems
/// with the grammar itself (undefined symbols and the like) are found later, by
/// [`YaccGrammar::build`].
///
/// # Examples
/// ```
/// let errs = sly_core::yacc::parse("%token A\n%%\ns: A %prec ;\n").unwrap_err();
/// assert_eq!(errs[0].display_in("g.y").to_string(),
///            "g.y:3:12: error: expected a symbol after `%prec`, found `;`");
/// ```
pub fn parse(src: &str) -> Result<YaccGrammar, Vec<YaccError>> {
    let (toks, lex_errors) = lexer::tokenize(src);
    let mut r = Reader {
        src,
        index: LineIndex::new(src),
        toks,
        i: 0,
        errors: Vec::new(),
        warnings: Vec::new(),
        positions: Vec::new(),
        terminals: Vec::new(),
        aliases: IndexMap::new(),
        precedence: Vec::new(),
        start: None,
        expect: None,
        expect_rr: None,
        lr_type: None,
        rules: Vec::new(),
        first_lhs: None,
        mid_rules: 0,
    };
    for e in lex_errors {
        r.error(e.span, e.message);
    }
    r.grammar_file();
    r.errors.sort_by_key(|e| e.span.start);
    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    Ok(r.finish())
}

struct RawRule {
    lhs: (String, Origin),
    rhs: Vec<(String, Origin)>,
    prec: Option<(String, Origin)>,
    origin: Origin,
}

struct Reader<'a> {
    src: &'a str,
    index: LineIndex,
    toks: Vec<(Tok, Span)>,
    i: usize,
    errors: Vec<YaccError>,
    warnings: Vec<YaccError>,
    positions: Vec<(Span, LineCol)>,
    /// Names declared as terminals, in order (string literals not yet resolved).
    terminals: Vec<(String, Origin)>,
    /// `"+"` -> `PLUS`.
    aliases: IndexMap<String, (String, Span)>,
    precedence: Vec<(Assoc, Vec<(String, Origin)>)>,
    start: Option<(String, Origin)>,
    expect: Option<usize>,
    expect_rr: Option<usize>,
    lr_type: Option<LrType>,
    rules: Vec<RawRule>,
    first_lhs: Option<(String, Origin)>,
    mid_rules: usize,
}

/// What a symbol list declares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Token,
    Prec(Assoc),
    /// `%type`, `%nterm`: symbols only named, for their types.
    Typed,
}

impl Reader<'_> {
    fn peek(&self) -> &Tok {
        // The token list always ends with `Eof`, and `bump` never moves past it.
        &self.toks[self.i.min(self.toks.len() - 1)].0
    }

    fn span(&self) -> Span {
        self.toks[self.i.min(self.toks.len() - 1)].1
    }

    fn bump(&mut self) -> (Tok, Span) {
        let t = self.toks[self.i.min(self.toks.len() - 1)].clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        let pos = self.index.line_col(self.src, span.start);
        self.errors.push(YaccError {
            span,
            pos,
            message: message.into(),
        });
    }

    fn warning(&mut self, span: Span, message: impl Into<String>) {
        let pos = self.index.line_col(self.src, span.start);
        self.warnings.push(YaccError {
            span,
            pos,
            message: message.into(),
        });
    }

    fn origin(&mut self, span: Span) -> Origin {
        let pos = self.index.line_col(self.src, span.start);
        self.positions.push((span, pos));
        Origin(self.positions.len() as u32 - 1)
    }

    fn grammar_file(&mut self) {
        // Declarations, up to the first `%%`.
        loop {
            let (tok, span) = self.bump();
            match tok {
                Tok::Sep => break,
                Tok::Eof => {
                    // An unterminated comment or prologue has already said why.
                    if self.errors.is_empty() {
                        self.error(span, "missing `%%`: a grammar file needs a rules section");
                    }
                    return;
                }
                Tok::Code | Tok::Semi => {}
                Tok::Directive(d) => self.directive(&d, span),
                other => self.error(
                    span,
                    format!(
                        "unexpected {} in the declarations: expected a directive such as `%token`",
                        other.describe()
                    ),
                ),
            }
        }
        // Rules, up to the second `%%` or the end.
        let mut any_rule = false;
        loop {
            let span = self.span();
            match self.peek().clone() {
                Tok::Eof => break,
                Tok::IdColon(lhs) => {
                    self.bump();
                    any_rule = true;
                    self.rule(lhs, span);
                }
                Tok::Semi => {
                    self.bump();
                }
                Tok::Directive(d) => {
                    self.bump();
                    self.directive(&d, span);
                }
                other => {
                    self.bump();
                    let hint = match other {
                        Tok::Ident(ref name) => {
                            format!(" (a rule is written `{name}: ...`)")
                        }
                        _ => String::new(),
                    };
                    self.error(
                        span,
                        format!(
                            "unexpected {}: expected a rule such as `name: ...`{hint}",
                            other.describe()
                        ),
                    );
                    // Skip to the next rule.
                    while !matches!(self.peek(), Tok::Eof | Tok::IdColon(_) | Tok::Semi) {
                        self.bump();
                    }
                }
            }
        }
        if !any_rule && self.errors.is_empty() {
            let span = self.span();
            self.error(span, "the grammar has no rules");
        }
    }

    fn directive(&mut self, name: &str, span: Span) {
        let norm = name.replace('_', "-");
        match norm.as_str() {
            "token" | "term" => self.symbol_list(ListKind::Token),
            "left" => self.symbol_list(ListKind::Prec(Assoc::Left)),
            "right" => self.symbol_list(ListKind::Prec(Assoc::Right)),
            "nonassoc" | "binary" => self.symbol_list(ListKind::Prec(Assoc::Nonassoc)),
            "precedence" => self.symbol_list(ListKind::Prec(Assoc::Precedence)),
            "type" | "nterm" => self.symbol_list(ListKind::Typed),
            "start" => {
                let (tok, s) = self.bump();
                match tok {
                    Tok::Ident(n) => {
                        if let Some((prev, _)) = &self.start {
                            let msg = format!("`%start` given twice (`{prev}` then `{n}`)");
                            self.error(span, msg);
                        }
                        let o = self.origin(s);
                        self.start = Some((n, o));
                    }
                    other => {
                        self.error(
                            s,
                            format!(
                                "expected a nonterminal after `%start`, found {}",
                                other.describe()
                            ),
                        );
                        self.put_back(&other);
                    }
                }
            }
            "expect" | "expect-rr" => {
                let (tok, s) = self.bump();
                match tok {
                    Tok::Int(n) => {
                        let n = usize::try_from(n).unwrap_or(usize::MAX);
                        if norm == "expect" {
                            self.expect = Some(n);
                        } else {
                            self.expect_rr = Some(n);
                        }
                    }
                    other => {
                        self.error(
                            s,
                            format!(
                                "expected a number after `%{name}`, found {}",
                                other.describe()
                            ),
                        );
                        self.put_back(&other);
                    }
                }
            }
            "no-default-prec" => self.error(
                span,
                "`%no-default-prec` is not supported: rules take the precedence of their last terminal",
            ),
            "define" => {
                let key = match self.peek().clone() {
                    Tok::Ident(k) => {
                        self.bump();
                        k
                    }
                    Tok::Str(k) => {
                        self.bump();
                        k.trim_matches('"').to_string()
                    }
                    other => {
                        let s = self.span();
                        self.error(
                            s,
                            format!(
                                "expected a variable name after `%define`, found {}",
                                other.describe()
                            ),
                        );
                        return;
                    }
                };
                if matches!(self.peek(), Tok::Eq) {
                    self.bump();
                }
                let value_span = self.span();
                let value = match self.peek().clone() {
                    Tok::Ident(v) | Tok::Str(v) => {
                        self.bump();
                        Some(v.trim_matches('"').to_string())
                    }
                    Tok::Code | Tok::Int(_) => {
                        self.bump();
                        None
                    }
                    _ => None,
                };
                match (key.as_str(), value.as_deref()) {
                    ("lr.type", v) => match v.and_then(LrType::from_bison_name) {
                        Some(t) => self.lr_type = Some(t),
                        None => self.error(
                            value_span,
                            format!(
                                "invalid value for `%define lr.type`: {}",
                                lr_type_expected(v)
                            ),
                        ),
                    },
                    ("lr.keep-unreachable-state", v) if v != Some("false") => self.warning(
                        value_span,
                        "`%define lr.keep-unreachable-state` is ignored: sly removes the states \
                         that precedence makes unreachable, as bison does by default",
                    ),
                    ("lr.default-reduction", v) if v != Some("most") => self.warning(
                        value_span,
                        "`%define lr.default-reduction` is ignored: sly's tables reduce by \
                         default in every state where one reduction is most frequent, as \
                         bison's `most`",
                    ),
                    _ => {}
                }
            }
            "code" | "union" => {
                if matches!(self.peek(), Tok::Ident(_)) {
                    self.bump();
                }
                self.expect_code(name);
            }
            "initial-action" => self.expect_code(name),
            "param" | "parse-param" | "lex-param" => {
                self.expect_code(name);
                while matches!(self.peek(), Tok::Code) {
                    self.bump();
                }
            }
            "destructor" | "printer" => {
                self.expect_code(name);
                // The symbols and tags it applies to.
                while matches!(
                    self.peek(),
                    Tok::Ident(_) | Tok::Char(_) | Tok::Str(_) | Tok::Tag
                ) {
                    self.bump();
                }
            }
            "debug" | "defines" | "header" | "error-verbose" | "file-prefix" | "glr-parser"
            | "language" | "locations" | "name-prefix" | "no-lines" | "nondeterministic-parser"
            | "output" | "pure-parser" | "require" | "skeleton" | "token-table" | "verbose"
            | "yacc" | "default-prec" | "fixed-output-files" | "output-file" => {
                // Options of bison's output: their arguments, if any, are plain values.
                while matches!(
                    self.peek(),
                    Tok::Ident(_) | Tok::Str(_) | Tok::Int(_) | Tok::Eq | Tok::Code
                ) {
                    self.bump();
                }
            }
            "prec" | "empty" | "dprec" | "merge" => {
                self.error(
                    span,
                    format!("`%{name}` can only appear in a rule, after the `:`"),
                );
                while matches!(
                    self.peek(),
                    Tok::Ident(_) | Tok::Char(_) | Tok::Str(_) | Tok::Int(_) | Tok::Tag
                ) {
                    self.bump();
                }
            }
            _ => {
                self.error(span, format!("unknown directive `%{name}`"));
                while matches!(
                    self.peek(),
                    Tok::Ident(_) | Tok::Str(_) | Tok::Int(_) | Tok::Eq | Tok::Code | Tok::Tag
                ) {
                    self.bump();
                }
            }
        }
    }

    /// After a wrong argument was read: gives back a token that starts something else.
    fn put_back(&mut self, tok: &Tok) {
        if matches!(
            tok,
            Tok::Directive(_) | Tok::Sep | Tok::Semi | Tok::IdColon(_) | Tok::Pipe
        ) {
            self.i -= 1;
        }
    }

    fn expect_code(&mut self, directive: &str) {
        let (tok, s) = self.bump();
        if tok != Tok::Code {
            self.error(
                s,
                format!(
                    "expected a `{{...}}` block after `%{directive}`, found {}",
                    tok.describe()
                ),
            );
            self.put_back(&tok);
        }
    }

    /// The symbols of `%token`, `%left`, `%type`...: names, literals, `<type>` tags, token
    /// numbers and string aliases.
    fn symbol_list(&mut self, kind: ListKind) {
        let mut level: Vec<(String, Origin)> = Vec::new();
        // The last token name declared by `%token`, which a string may alias.
        let mut last_token: Option<String> = None;
        loop {
            let span = self.span();
            match self.peek().clone() {
                Tok::Tag => {
                    self.bump();
                }
                Tok::Ident(name) => {
                    self.bump();
                    if name == "error" && kind == ListKind::Token {
                        last_token = None;
                        continue;
                    }
                    let o = self.origin(span);
                    match kind {
                        ListKind::Token => self.terminals.push((name.clone(), o)),
                        ListKind::Prec(_) => {
                            self.terminals.push((name.clone(), o));
                            level.push((name.clone(), o));
                        }
                        ListKind::Typed => {}
                    }
                    last_token = Some(name);
                }
                Tok::Int(_) => {
                    self.bump();
                    if kind == ListKind::Typed || last_token.is_none() {
                        self.error(span, "a token number must follow a token name");
                    }
                }
                Tok::Char(c) => {
                    self.bump();
                    let o = self.origin(span);
                    match kind {
                        ListKind::Token => self.terminals.push((c, o)),
                        ListKind::Prec(_) => {
                            self.terminals.push((c.clone(), o));
                            level.push((c, o));
                        }
                        ListKind::Typed => {}
                    }
                    last_token = None;
                }
                Tok::Str(s) => {
                    self.bump();
                    match (kind, last_token.take()) {
                        (ListKind::Token, Some(name)) => {
                            if let Some((prev, _)) = self.aliases.get(&s) {
                                if *prev != name {
                                    let msg = format!(
                                        "string {s} is an alias of both `{prev}` and `{name}`"
                                    );
                                    self.error(span, msg);
                                }
                            } else {
                                self.aliases.insert(s, (name, span));
                            }
                        }
                        (ListKind::Prec(_), _) => {
                            let o = self.origin(span);
                            self.terminals.push((s.clone(), o));
                            level.push((s, o));
                        }
                        (ListKind::Token, None) => {
                            let o = self.origin(span);
                            self.terminals.push((s, o));
                        }
                        (ListKind::Typed, _) => {}
                    }
                }
                _ => break,
            }
        }
        if let ListKind::Prec(assoc) = kind {
            self.precedence.push((assoc, level));
        }
    }

    /// One rule: `lhs: alt | alt ... ;`, the `lhs:` already read.
    fn rule(&mut self, lhs: String, lhs_span: Span) {
        let lhs_origin = self.origin(lhs_span);
        if self.first_lhs.is_none() {
            self.first_lhs = Some((lhs.clone(), lhs_origin));
        }
        let mut alt = Alt::new(lhs_origin, lhs_origin);
        loop {
            let span = self.span();
            match self.peek().clone() {
                Tok::Ident(name) | Tok::Char(name) | Tok::Str(name) => {
                    self.bump();
                    self.flush_mid_rule(&mut alt);
                    let o = self.origin(span);
                    alt.rhs.push((name, o));
                    alt.first.get_or_insert(o);
                    self.skip_bracket();
                }
                Tok::Code => {
                    self.bump();
                    self.flush_mid_rule(&mut alt);
                    alt.action = Some(span);
                    self.skip_bracket();
                }
                Tok::Directive(d) => match d.as_str() {
                    "prec" => {
                        self.bump();
                        let (tok, s) = self.bump();
                        match tok {
                            Tok::Ident(n) | Tok::Char(n) | Tok::Str(n) => {
                                if alt.prec.is_some() {
                                    self.error(span, "only one `%prec` is allowed per rule");
                                }
                                let o = self.origin(s);
                                alt.prec = Some((n, o));
                            }
                            other => {
                                self.error(
                                    s,
                                    format!(
                                        "expected a symbol after `%prec`, found {}",
                                        other.describe()
                                    ),
                                );
                                self.put_back(&other);
                            }
                        }
                    }
                    "empty" => {
                        self.bump();
                        if alt.empty.is_some() {
                            self.error(span, "`%empty` given twice in one rule");
                        }
                        alt.empty = Some(span);
                    }
                    "dprec" | "expect" | "expect-rr" => {
                        self.bump();
                        let (tok, s) = self.bump();
                        if !matches!(tok, Tok::Int(_)) {
                            self.error(
                                s,
                                format!("expected a number after `%{d}`, found {}", tok.describe()),
                            );
                            self.put_back(&tok);
                        }
                    }
                    "merge" => {
                        self.bump();
                        let (tok, s) = self.bump();
                        if !matches!(tok, Tok::Tag) {
                            self.error(
                                s,
                                format!(
                                    "expected a `<function>` after `%merge`, found {}",
                                    tok.describe()
                                ),
                            );
                            self.put_back(&tok);
                        }
                    }
                    _ => {
                        // A declaration after the rules: the rule ends here.
                        self.end_alt(&lhs, alt);
                        return;
                    }
                },
                Tok::Pipe => {
                    self.bump();
                    let next = Alt::new(lhs_origin, self.origin(span));
                    let done = std::mem::replace(&mut alt, next);
                    self.end_alt(&lhs, done);
                }
                Tok::Semi => {
                    self.bump();
                    self.end_alt(&lhs, alt);
                    return;
                }
                Tok::IdColon(_) | Tok::Eof | Tok::Sep => {
                    self.end_alt(&lhs, alt);
                    return;
                }
                Tok::Bracket => {
                    self.bump();
                    self.error(
                        span,
                        "a `[name]` reference must follow a symbol or an action",
                    );
                }
                other @ (Tok::Tag | Tok::Int(_) | Tok::Colon | Tok::Eq) => {
                    self.bump();
                    self.error(
                        span,
                        format!(
                            "unexpected {} in the rule for `{lhs}`: expected a symbol, an action, `|` or `;`",
                            other.describe()
                        ),
                    );
                }
            }
        }
    }

    fn skip_bracket(&mut self) {
        if matches!(self.peek(), Tok::Bracket) {
            self.bump();
        }
    }

    /// An action followed by more symbols is a mid-rule action: it becomes `$@N: %empty`.
    fn flush_mid_rule(&mut self, alt: &mut Alt) {
        let Some(span) = alt.action.take() else {
            return;
        };
        self.mid_rules += 1;
        let name = format!("$@{}", self.mid_rules);
        let o = self.origin(span);
        self.rules.push(RawRule {
            lhs: (name.clone(), o),
            rhs: Vec::new(),
            prec: None,
            origin: o,
        });
        alt.rhs.push((name, o));
        alt.first.get_or_insert(o);
    }

    fn end_alt(&mut self, lhs: &str, alt: Alt) {
        if let (Some(span), false) = (alt.empty, alt.rhs.is_empty()) {
            self.error(span, "`%empty` in a rule that is not empty");
        }
        self.rules.push(RawRule {
            lhs: (lhs.to_string(), alt.lhs_origin),
            origin: alt.first.unwrap_or(alt.sep_origin),
            rhs: alt.rhs,
            prec: alt.prec,
        });
    }

    /// Resolves string aliases and hands everything to a builder.
    fn finish(mut self) -> YaccGrammar {
        let aliases = std::mem::take(&mut self.aliases);
        let resolve = |name: String| -> String {
            if name.starts_with('"') {
                if let Some((target, _)) = aliases.get(&name) {
                    return target.clone();
                }
            }
            name
        };
        let mut b = GrammarBuilder::new();
        for (name, o) in std::mem::take(&mut self.terminals) {
            b.terminal(resolve(name), o);
        }
        // Literals used in rules are terminals, declared or not.
        for r in &self.rules {
            for (name, o) in r.rhs.iter().chain(r.prec.iter()) {
                if name.starts_with('\'') || name.starts_with('"') {
                    b.terminal(resolve(name.clone()), *o);
                }
            }
        }
        for (assoc, names) in std::mem::take(&mut self.precedence) {
            b.precedence(assoc, names.into_iter().map(|(n, o)| (resolve(n), o)));
        }
        if let Some((name, o)) = self.start.clone().or(self.first_lhs.clone()) {
            b.start(name, o);
        }
        for r in std::mem::take(&mut self.rules) {
            b.rule(
                r.lhs.0,
                r.lhs.1,
                r.rhs.into_iter().map(|(n, o)| (resolve(n), o)).collect(),
                r.prec.map(|(n, o)| (resolve(n), o)),
                r.origin,
            );
        }
        YaccGrammar {
            builder: b,
            expect: self.expect,
            expect_rr: self.expect_rr,
            lr_type: self.lr_type,
            start: self.start.map(|s| s.0),
            mid_rule_actions: self.mid_rules,
            warnings: self.warnings,
            positions: self.positions,
        }
    }
}

/// One alternative being read.
struct Alt {
    lhs_origin: Origin,
    /// The `name:` or `|` that starts it.
    sep_origin: Origin,
    rhs: Vec<(String, Origin)>,
    prec: Option<(String, Origin)>,
    /// A pending action: mid-rule if more symbols follow.
    action: Option<Span>,
    empty: Option<Span>,
    /// The first element, for the production's origin.
    first: Option<Origin>,
}

impl Alt {
    fn new(lhs_origin: Origin, sep_origin: Origin) -> Self {
        Alt {
            lhs_origin,
            sep_origin,
            rhs: Vec::new(),
            prec: None,
            action: None,
            empty: None,
            first: None,
        }
    }
}
