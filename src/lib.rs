#![doc = include_str!("guide.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

pub use sly_core::{LineCol, LineIndex, Span, Spanned, render_at};

pub use sly_core::lex::{Filter, LexError, LexErrorKind, Lexer, WalkEnd};
pub use sly_core::parse::{Checkpoint, ParseError, Parsed, PushParser};

/// The runtime trace of shifts, reductions and recovery steps (cargo feature `trace`).
///
/// ```
/// use std::sync::{Arc, Mutex};
/// let lines = Arc::new(Mutex::new(Vec::new()));
/// let out = lines.clone();
/// sly::trace::set_sink(Some(Box::new(move |l: &str| out.lock().unwrap().push(l.to_string()))));
/// // ... parse something: every step lands in `lines` ...
/// sly::trace::set_sink(None);
/// ```
#[cfg(feature = "trace")]
#[cfg_attr(docsrs, doc(cfg(feature = "trace")))]
pub use sly_core::parse::trace;

/// Derives a lexer for an enum of tokens: `Tok::lexer(src)` returns a [`Lexer`](struct@Lexer), an iterator
/// of `Result<(Tok, Span), LexError>`.
///
/// The patterns are compiled into one DFA while the macro expands; the program gets `static`
/// tables and does no regex compilation at run time.
///
/// # Attributes
///
/// | attribute | on | meaning |
/// | --- | --- | --- |
/// | `#[token("text")]` | variant | matches the literal text |
/// | `#[regex("re")]` | variant | matches a regular expression (the `regex` crate's syntax, Unicode-aware; no look-around, anchors or word boundaries) |
/// | `ignore_case` | `token`, `regex`, `sly` | matches letters in either case |
/// | `priority = N` | `token`, `regex`, `sly` | breaks ties between matches of equal length and kind; higher wins (default 0) |
/// | `callback = f` or a bare `f` | `token`, `regex`, `sly` | a path or closure `fn(&mut Lexer<'s, Tok>) -> R` that computes the payload (see below) |
/// | `state = "name"` (repeatable) | `token`, `regex`, `sly` | the lexer states in which the pattern is active; default `"INITIAL"` |
/// | `name = "text"` | `token`, `regex` | how syntax errors show the token (`"number"`); default: the first literal of the variant in backquotes (`` `+` ``), else the variant name |
/// | `#[sly(skip = "re")]` (repeatable) | enum | matches and discards (whitespace, comments); `state`, `callback`, `ignore_case` and `priority` in the same `#[sly(...)]` apply to its `skip`s |
/// | `#[sly(crate = path)]` | enum | where the `sly` crate is, when it is renamed or re-exported |
///
/// Several `#[token]`/`#[regex]` may sit on one variant. Variants without one are allowed;
/// the lexer never produces them.
///
/// # Matching
/// The longest match wins. At equal length, a `#[token]` beats a `#[regex]`, then the higher
/// `priority`, then the pattern declared first (the enum's `skip`s come before the
/// variants). So `#[token("if")]` beats an identifier regex on `if` but not on `iff`, and `==`
/// lexes as one token whatever the order of `=` and `==`.
///
/// A character that starts no token gives one [`LexError`] and lexing resumes at the next
/// character.
///
/// # Payloads
/// A variant with one field and no callback gets it from the matched text: `&'s str` is the
/// slice (zero-copy; the enum then has a lifetime `'s`), any other type goes through
/// [`FromStr`](core::str::FromStr) (`String`, `char`, `i64`, `f64`, your own types); a failed
/// conversion is a [`LexError`] spanning the token, and lexing goes on after it.
///
/// A callback receives `&mut Lexer` ([`Lexer::slice`], [`Lexer::span`], [`Lexer::bump`],
/// [`Lexer::begin`], [`Lexer::push_state`], [`Lexer::pop_state`]) and returns the payload `P`
/// (`()` for a unit variant, a tuple for several fields), `Option<P>` or `Result<P, E>` with
/// `E: Display` (`None`/`Err` is a lexing error at the token), `Filter<P>` (`Filter::Skip`
/// drops the match), or `bool` for a unit variant.
///
/// # Lexer states
/// As PLY's states and SLY's `begin()`: each pattern is active in the states its `state = ...`
/// names (`"INITIAL"` when none). A callback switches state for the following tokens with
/// [`Lexer::begin`], or nests with [`Lexer::push_state`] / [`Lexer::pop_state`]; this lexes
/// nested comments and strings with interpolation (see `examples/lexer_states.rs`).
///
/// # Compile errors
/// Each at the offending attribute, all in one build: an invalid regex (with `regex-syntax`'s
/// message), a pattern matching the empty string or nothing, look-around and word boundaries,
/// a literal given twice in one state, an unknown key, a variant with several fields and no
/// callback, a payload type with no conversion from text, and the derive on a non-enum.
///
/// # Example
/// ```
/// use sly::{Lexer, Span};
///
/// #[derive(Lexer, Debug, Clone, PartialEq)]
/// #[sly(skip = r"[ \t\r\n]+", skip = r"#[^\n]*")]
/// pub enum Tok<'s> {
///     #[regex(r"[0-9]+")]
///     Number(i64),
///     #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
///     Name(&'s str),
///     #[token("if", ignore_case)]
///     If,
///     #[token("=")]
///     Assign,
///     #[token("==")]
///     Eq,
///     #[regex(r#""[^"]*""#, |lex| lex.slice().len() - 2)]
///     Str(usize),
/// }
///
/// let toks: Vec<_> = Tok::lexer("IF x == 42 # done\n\"abc\"").collect::<Result<_, _>>()?;
/// assert_eq!(
///     toks,
///     [
///         (Tok::If, Span::new(0, 2)),
///         (Tok::Name("x"), Span::new(3, 4)),
///         (Tok::Eq, Span::new(5, 7)),
///         (Tok::Number(42), Span::new(8, 10)),
///         (Tok::Str(3), Span::new(18, 23)),
///     ]
/// );
///
/// let mut lex = Tok::lexer("x = @ 99999999999999999999");
/// assert_eq!(lex.nth(2).unwrap().unwrap_err().to_string(), "unexpected character `@`");
/// let err = lex.next().unwrap().unwrap_err();
/// assert_eq!(err.span(), Span::new(6, 26));
/// assert_eq!(err.to_string(), "invalid `Number` token: number too large to fit in target type");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub use sly_derive::Lexer;

/// Turns an `impl` block whose methods carry `#[rule("...")]` into a typed LALR(1) parser,
/// with tables computed while the macro expands.
///
/// The crate documentation walks through rules, precedence, error recovery and EBNF; this is
/// the reference.
///
/// # Arguments
///
/// | argument | meaning |
/// | --- | --- |
/// | `tokens = Tok<'s>` | required: the token enum, with its lifetime parameter when it has one (`tokens = Tok` when it has none); its variant names are the terminals |
/// | `start = name` | the start symbol, whose type `parse` returns; default: the nonterminal of the first `#[rule]` method |
/// | `precedence(left(A, B), right(C), nonassoc(D), precedence(E))` | precedence levels, lowest first, with yacc's associativities (`precedence` is bison's `%precedence`: a level without associativity); names that are not terminals are markers for `%prec` |
/// | `expect = N` | accept exactly `N` unresolved shift/reduce conflicts, resolved by shifting (bison's `%expect`); any other count is a compile error |
/// | `lr = "lalr"`, `"ielr"` or `"canonical"` | the LR(1) construction, as bison's `%define lr.type`: `"lalr"` (the default) merges states with equal items, which can create reduce/reduce conflicts an LR(1) parser does not have; `"ielr"` (IELR(1)) splits only the states whose merge changes an action, so it has LR(1)'s conflicts with about LALR(1)'s tables; `"canonical"` never merges states with different lookaheads (the largest tables); see "When LALR(1) is not enough" in the crate documentation |
/// | `codegen = "table"` or `"direct"` | how the parser runs: `"table"` (the default) drives compact tables with one shared loop; `"direct"` generates code for each state (a `match` on the state, one on the lookahead, each action spelled out where it is reduced), with the same behaviour in every respect, errors and recovery included; today it runs in fewer instructions on small grammars but not in less time, and costs compile time and binary size; see "Directly executed parsers" in the crate documentation |
/// | `counterexample_budget = N` | the search steps per conflict (default 20,000; ten times as many for all the conflicts of the grammar) for a counterexample shown in the conflict's error: an ambiguous sentence with its two parses when one is found, else two inputs that agree up to the conflict; steps, not time, so every machine reports the same |
/// | `debugfile = "path"` | writes the automaton (grammar, states with their items, actions and conflicts, as bison's `.output` and PLY's `parser.out`) to `path`, relative to the directory of the crate's `Cargo.toml` (`CARGO_MANIFEST_DIR`), when the macro expands; missing directories are created |
/// | `messages = "path"` | a catalogue of syntax error messages (Menhir's `.messages` format), relative to the directory of the crate's `Cargo.toml`: example inputs ending in a syntax error, each entry's message used for every error found in the state its inputs fail in; checked when the macro expands, and tracked so that editing the file rebuilds the parser; see "Error messages" in the crate documentation |
/// | `messages_complete = true` | every state where a syntax error can be found must have a message: the others are a compile error listing, for each, a short failing input as an entry ready to paste |
/// | `crate = path` | where the `sly` crate is, when it is renamed or re-exported (default `::sly`) |
///
/// # Attributes on methods
///
/// | attribute | meaning |
/// | --- | --- |
/// | `#[rule("a B c", ...)]` | the method is the action of each production given; the method name is the nonterminal, several methods may share it; `""` is the empty rule; `%prec NAME` may end a production; `{ ... }` (zero or more, a `Vec`) and `[ ... ]` (optional, an `Option`) are SLY's EBNF |
/// | `#[on_error]` | on at most one method `fn(&mut self, &ParseError)`: called with each syntax error as it is found, also during recovery |
///
/// Parameters follow `&mut self`, one per symbol: a terminal gives the whole token (parameter
/// of the token type, its lifetime may be elided) or the payload of its one-field variant; a
/// nonterminal gives its value; [`Spanned<T>`] adds the symbol's span; `error` gives the
/// [`Span`] it replaced; a last extra [`Span`] parameter gets the span of the whole
/// production. Every method of one nonterminal returns the same type.
///
/// # What it generates
///
/// On the parser type, `pub` methods:
/// - `parse(tokens) -> Result<T, ParseError>`: `tokens` is the lexer or any iterator of
///   `(Tok, Span)` or `Result<(Tok, Span), LexError>`; the first error ends the parse;
/// - `parse_all(tokens) -> Parsed<T>`: recovers with the grammar's `error` rules and returns
///   every error with the value, if any;
/// - `push_parser() -> PushParser`: fed one token at a time, then `finish()`.
///
/// Grammar mistakes are compile errors at the rule string or argument that causes them, all
/// in one build: unknown symbols, a parameter count that does not match the rule, methods of
/// one nonterminal with different return types, unreachable or unproductive nonterminals,
/// unresolved conflicts (with the state's items, the lookahead and an input that reaches
/// it).
///
/// # Example
/// ```
/// use sly::{parser, Lexer, Span};
///
/// #[derive(Lexer, Debug, Clone, PartialEq)]
/// #[sly(skip = " ")]
/// pub enum Tok {
///     #[regex("[0-9]+")]
///     Num(i64),
///     #[token("+")]
///     Plus,
///     #[token("-")]
///     Minus,
///     #[token(";")]
///     Semi,
/// }
///
/// pub struct Sums;
///
/// #[parser(tokens = Tok, start = sums, precedence(left(Plus, Minus), right(NEG)))]
/// impl Sums {
///     #[rule("{ sum Semi }")]
///     fn sums(&mut self, list: Vec<(i64, Tok)>) -> Vec<i64> {
///         list.into_iter().map(|(v, _)| v).collect()
///     }
///
///     #[rule("sum Plus sum", "sum Minus sum")]
///     fn sum(&mut self, a: i64, op: Tok, b: i64) -> i64 {
///         if op == Tok::Plus { a + b } else { a - b }
///     }
///
///     #[rule("Minus sum %prec NEG")]
///     fn sum(&mut self, _: Tok, v: i64) -> i64 {
///         -v
///     }
///
///     #[rule("Num")]
///     fn sum(&mut self, n: i64, at: Span) -> i64 {
///         assert!(at.len() > 0);
///         n
///     }
/// }
///
/// assert_eq!(Sums.parse(Tok::lexer("1 + 2; -3 - 4;"))?, [3, -7]);
/// let err = Sums.parse(Tok::lexer("1 +;")).unwrap_err();
/// assert_eq!(err.span(), Span::new(3, 4));
/// # Ok::<(), sly::ParseError>(())
/// ```
pub use sly_derive::parser;

/// Names used by the code that the macros generate. Not public API: it may change in any
/// release.
#[doc(hidden)]
pub mod __private {
    pub use sly_core::lex::{
        CallbackResult, LexError, LexSpec, LexTables, Lexer, LexerInternals, NO_RULE, Outcome,
        ScanMemo, TokenKinds, TokenPayload, call, display_of, has_kind, kind_index, parsed,
    };
    pub use sly_core::parse::table::ParseTables;
    pub use sly_core::parse::{
        CloneIf, CloneVia, DirectStep, LrParser, Machine, ParseError, Parsed, PushParser,
        TokenItem, parse, parse_all, parse_all_tables,
    };
    pub use sly_core::{Span, Spanned};
    pub use std::vec::Vec;
}
