//! The calculator with LALRPOP (grammar in `calc_grammar.lalrpop`, built by `build.rs`) over a
//! logos lexer, building the AST of [`calc_ast`](crate::calc_ast).

use crate::calc_ast::Stmt;
use logos::Logos;

lalrpop_util::lalrpop_mod!(grammar, "/calc_grammar.rs");

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(skip r"[ \t\r\n]+")]
pub enum Token<'s> {
    #[regex("[0-9]+", |lex| lex.slice().parse().ok())]
    Number(i64),
    #[regex("[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice())]
    Name(&'s str),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("/")]
    Divide,
    #[token("=")]
    Assign,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token(";")]
    Semi,
}

/// A LALRPOP parse error over these tokens.
pub type Error<'s> = lalrpop_util::ParseError<usize, Token<'s>, ()>;

/// The parser; build it once (it holds no tables of its own, but LALRPOP's API asks for it).
pub use grammar::ProgramParser;

/// Lexes and parses a program.
///
/// # Errors
/// The first lexing or syntax error.
pub fn parse<'s>(parser: &ProgramParser, src: &'s str) -> Result<Vec<Stmt<'s>>, Error<'s>> {
    let tokens = Token::lexer(src)
        .spanned()
        .map(|(tok, span)| tok.map(|t| (span.start, t, span.end)));
    parser.parse(tokens)
}
