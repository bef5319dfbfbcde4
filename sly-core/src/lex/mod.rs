//! The lexer runtime, and (feature `build`) the construction of its tables.
//!
//! `#[derive(Lexer)]` compiles the patterns of a token enum into one DFA at compile time
//! (module `build`, feature `build`) and prints it as `static` integer arrays ([`LexTables`]).
//! At run time, [`Lexer`] walks those arrays: longest match, ties broken as the derive documents, one
//! [`LexError`] per character that starts no token. No regex is compiled at run time, and
//! this module does not depend on a regex engine unless the `build` feature is on.
//!
//! # Lexer states
//! Every rule belongs to one or more lexer states (PLY's states, flex's start conditions);
//! rules without a state belong to `"INITIAL"`. Each lexer state has its own start state in the
//! shared DFA, so switching state costs one store. Callbacks switch with
//! [`Lexer::begin`], [`Lexer::push_state`] and [`Lexer::pop_state`].

#[cfg(feature = "build")]
#[cfg_attr(docsrs, doc(cfg(feature = "build")))]
pub mod build;
mod driver;
mod error;
mod kinds;
mod table;

pub use driver::{CallbackResult, Filter, LexSpec, Lexer, LexerInternals, Outcome, call, parsed};
pub use error::{LexError, LexErrorKind};
pub use kinds::{TokenKinds, TokenPayload, display_of, has_kind, kind_index};
pub use table::{LexTables, NO_RULE, ScanMemo, WalkEnd};
