//! The grammar engine and runtime of sly.
//!
//! Most users depend on the `sly` facade crate instead; this crate holds everything that can be
//! tested without a procedural macro.
//!
//! # Glossary
//! - **token**: a value produced by a lexer at run time (`Tok::Number(42)` with its [`Span`]).
//! - **terminal**: a grammar symbol that tokens are classified into (`Number`).
//! - **nonterminal**: a grammar symbol defined by rules (`expr`).
//! - **rule** / **production**: `expr: expr Plus expr` is one production; a rule attribute may
//!   hold several alternatives, each a production.
//! - **item**: a production with a dot marking how much of it has been seen (`expr: expr . Plus expr`).
//! - **state**: a set of items; the states and their transitions form the LR(0) automaton.
//! - **lookahead**: the terminal after the handle that decides whether to reduce.
//!
//! # Which type do I want
//! - Building a grammar from a program: `grammar::GrammarBuilder` (feature `build`).
//! - Reading a yacc/bison file: `yacc::parse` (feature `build`).
//! - The LALR(1) automaton, its conflicts and a report: `lalr::Automaton` (feature `build`).
//! - Positions at run time: [`Span`], [`Spanned`], [`LineIndex`].
//!
//! # Cargo features
//!
//! - `build` (off by default): the grammar analysis and table construction (`grammar`,
//!   `lalr`, `lex::build`, `yacc`, `report`, `diag`, `ids`), with `regex-automata`,
//!   `regex-syntax` and `indexmap`. `sly-derive` and `sly-cli` enable it; the runtime does not
//!   need it.
//! - `trace` (off by default): generated parsers print every shift, reduction and recovery
//!   step (`parse::trace`); `sly`'s feature `trace` turns it on.
//!
//! # How the code is laid out
//!
//! Modules marked *build* compile only with the cargo feature `build`, which the macros
//! (`sly-derive`) and the command-line tool (`sly-cli`) enable; a program that only runs
//! parsers compiles the rest, the runtime.
//!
//! The lexer, from `#[derive(Lexer)]` to tokens:
//!
//! | stage | where |
//! | --- | --- |
//! | attributes → a plain description of the rules | `sly-derive`: `lexer/ast.rs` |
//! | rules → one DFA per lexer state (`regex-automata`) → integer tables | `lex::build` (*build*) |
//! | tables → `static` arrays, the first steps of the walk as Rust code, the actions | `sly-derive`: `lexer/expand.rs`, `lexer/walk.rs` |
//! | the token loop, longest match, errors, lexer states | [`lex`]: `table.rs` (the table walk), `driver.rs` ([`Lexer`]) |
//!
//! The parser, from `#[parser]` to values:
//!
//! | stage | where |
//! | --- | --- |
//! | attribute and rule methods → a grammar model with typed actions | `sly-derive`: `parser/args.rs`, `parser/model.rs` |
//! | rule strings, EBNF, names → a checked `grammar::Grammar` | `grammar` (*build*): `rule_syntax.rs`, `builder.rs`, `validate.rs` |
//! | grammar → LR(0) automaton → LALR(1) lookaheads → actions and conflicts | `lalr` (*build*): `lr0.rs`, `lookahead.rs`, `mod.rs` |
//! | automaton → packed tables (default reductions, row displacement) | `lalr::pack` (*build*) |
//! | tables → `static` arrays, typed value stacks, the `LrParser` glue | `sly-derive`: `parser/expand.rs` |
//! | the LR loop, error recovery, the push parser, syntax errors | [`parse`]: `table.rs` ([`parse::table::ParseTables`]), `driver.rs`, `error.rs` |
//!
//! Beside them, *build* too: `yacc` reads bison files into the same `grammar` model,
//! `report` prints the automaton (`debugfile`, `sly states`, `sly dot`), `diag` carries
//! diagnostics with their origins back to the macros, which turn them into compile errors at
//! the attribute.
//!
//! # Example
//!
//! The analysis of the macros, called directly: a grammar, its automaton and its tables.
//!
//! ```
//! # #[cfg(feature = "build")]
//! # {
//! use sly_core::diag::Origin;
//! use sly_core::grammar::GrammarBuilder;
//! use sly_core::lalr::{pack::PackedTables, Automaton};
//!
//! let mut b = GrammarBuilder::new();
//! for t in ["NUM", "PLUS"] {
//!     b.terminal(t, Origin::NONE);
//! }
//! b.precedence(sly_core::grammar::Assoc::Left, [("PLUS", Origin::NONE)]);
//! b.rule_str("expr", &["expr", "PLUS", "expr"], None);
//! b.rule_str("expr", &["NUM"], None);
//! let grammar = b.build().expect("a valid grammar").grammar;
//! let automaton = Automaton::build(&grammar);
//! assert_eq!(automaton.states.len(), 6); // as bison counts them
//! assert_eq!(automaton.shift_reduce_count(), 0); // settled by `%left PLUS`
//! let tables = PackedTables::build(&grammar, &automaton);
//! assert!(tables.size_in_bytes() > 0);
//! # }
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

pub mod lex;
mod span;

pub use lex::{Filter, LexError, Lexer};
pub use span::{LineCol, LineIndex, Span, Spanned, render_at};

#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod diag;
#[cfg(feature = "build")]
mod fast_hash;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod grammar;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod ids;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod lalr;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod messages;
pub mod parse;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod report;
#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod yacc;
