#![doc = include_str!("guide.md")]
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

// The README's examples run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use sly_core::{LineCol, LineIndex, Span, Spanned, render_at};

pub use sly_core::lex::{Filter, LexError, LexErrorKind, Lexer};
pub use sly_core::parse::{ParseError, Parsed, PushParser};

/// The runtime trace of shifts, reductions and recovery steps (cargo feature `trace`).
#[cfg(feature = "trace")]
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
/// See the crate documentation for a walk-through.
pub use sly_derive::parser;

/// Names used by the code that the macros generate. Not public API: it may change in any
/// release.
#[doc(hidden)]
pub mod __private {
    pub use sly_core::lex::{
        CallbackResult, LexError, LexSpec, LexTables, Lexer, NO_RULE, Outcome, ScanMemo, call,
        parsed,
    };
    pub use sly_core::parse::table::ParseTables;
    pub use sly_core::parse::{
        LrParser, ParseError, Parsed, PushParser, TokenItem, parse, parse_all,
    };
    pub use sly_core::{Span, Spanned};
    pub use std::vec::Vec;
}
