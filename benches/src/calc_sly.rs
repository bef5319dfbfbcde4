//! The calculator with sly: a derived lexer and a `#[parser]` grammar with precedence that
//! builds the AST of [`calc_ast`](crate::calc_ast).

use crate::calc_ast::{Expr, Op, Stmt};
use sly::{Lexer, ParseError, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+")]
pub enum Tok<'s> {
    #[regex(r"[0-9]+")]
    Number(i64),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
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

/// The parser; it keeps no state.
#[derive(Debug, Default)]
pub struct CalcParser;

/// The grammar, once for each code generation.
#[rustfmt::skip]
macro_rules! calc_grammar {
    ($parser:ident, $codegen:tt) => {
        #[parser(
            tokens = Tok<'s>,
            start = program,
            precedence(left(Plus, Minus), left(Times, Divide), right(UMINUS)),
            codegen = $codegen,
        )]
        impl<'s> $parser {
            #[rule("")]
            fn program(&mut self) -> Vec<Stmt<'s>> {
                Vec::new()
            }

            #[rule("program statement Semi")]
            fn program(&mut self, mut list: Vec<Stmt<'s>>, s: Stmt<'s>, _: Tok) -> Vec<Stmt<'s>> {
                list.push(s);
                list
            }

            #[rule("Name Assign expr")]
            fn statement(&mut self, name: &'s str, _: Tok, value: Expr<'s>) -> Stmt<'s> {
                Stmt::Assign(name, value)
            }

            #[rule("expr")]
            fn statement(&mut self, value: Expr<'s>) -> Stmt<'s> {
                Stmt::Expr(value)
            }

            #[rule(
                "expr Plus expr",
                "expr Minus expr",
                "expr Times expr",
                "expr Divide expr"
            )]
            fn expr(&mut self, a: Expr<'s>, op: Tok, b: Expr<'s>) -> Expr<'s> {
                let op = match op {
                    Tok::Plus => Op::Add,
                    Tok::Minus => Op::Sub,
                    Tok::Times => Op::Mul,
                    _ => Op::Div,
                };
                Expr::bin(a, op, b)
            }

            #[rule("Minus expr %prec UMINUS")]
            fn expr(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                Expr::negate(e)
            }

            #[rule("LParen expr RParen")]
            fn expr(&mut self, _: Tok, e: Expr<'s>, _: Tok) -> Expr<'s> {
                e
            }

            #[rule("Number")]
            fn expr(&mut self, n: i64) -> Expr<'s> {
                Expr::Num(n)
            }

            #[rule("Name")]
            fn expr(&mut self, name: &'s str) -> Expr<'s> {
                Expr::Var(name)
            }
        }
    };
}

pub(crate) use calc_grammar;

calc_grammar!(CalcParser, "table");

/// Lexes and parses a program.
///
/// # Errors
/// The first lexing or syntax error.
pub fn parse(src: &str) -> Result<Vec<Stmt<'_>>, ParseError> {
    CalcParser.parse(Tok::lexer(src))
}
