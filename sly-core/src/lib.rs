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
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

pub mod lex;
mod span;

pub use lex::{Filter, LexError, Lexer};
pub use span::{LineCol, LineIndex, Span, Spanned, render_at};

#[cfg(feature = "build")]
pub mod diag;
#[cfg(feature = "build")]
pub mod grammar;
#[cfg(feature = "build")]
pub mod ids;
#[cfg(feature = "build")]
pub mod lalr;
pub mod parse;
#[cfg(feature = "build")]
pub mod report;
#[cfg(feature = "build")]
pub mod yacc;
