//! The calculator of [`calc_sly`](crate::calc_sly) generated with `codegen = "direct"`: the
//! same grammar and actions, with code per state instead of the table-driven loop.

use crate::calc_ast::{Expr, Op, Stmt};
use crate::calc_sly::{Tok, calc_grammar};
use sly::{ParseError, parser};

/// The parser; it keeps no state.
#[derive(Debug, Default)]
pub struct DirectCalcParser;

calc_grammar!(DirectCalcParser, "direct");

/// Lexes and parses a program.
///
/// # Errors
/// The first lexing or syntax error.
pub fn parse(src: &str) -> Result<Vec<Stmt<'_>>, ParseError> {
    DirectCalcParser.parse(Tok::lexer(src))
}
