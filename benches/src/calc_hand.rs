//! The calculator by hand: recursive descent with precedence climbing over the sly token
//! stream of [`calc_sly`](crate::calc_sly), building the same AST.

use crate::calc_ast::{Expr, Op, Stmt};
use crate::calc_sly::Tok;
use sly::{LexError, Span};

/// Why a program did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandError {
    Lex(LexError),
    /// An unexpected token (or end of input) at the span.
    Syntax(Span),
}

struct Parser<'s> {
    lex: sly::Lexer<'s, Tok<'s>>,
    /// The lookahead token, `None` at the end of input.
    tok: Option<Tok<'s>>,
    span: Span,
}

/// Binary operators with their binding power; all are left-associative.
#[inline]
fn binop(tok: &Option<Tok<'_>>) -> Option<(Op, u8)> {
    match tok {
        Some(Tok::Plus) => Some((Op::Add, 1)),
        Some(Tok::Minus) => Some((Op::Sub, 1)),
        Some(Tok::Times) => Some((Op::Mul, 2)),
        Some(Tok::Divide) => Some((Op::Div, 2)),
        _ => None,
    }
}

impl<'s> Parser<'s> {
    #[inline]
    fn bump(&mut self) -> Result<(), HandError> {
        match self.lex.next() {
            None => {
                self.tok = None;
                self.span = Span::new(self.span.end, self.span.end);
            }
            Some(Ok((t, s))) => {
                self.tok = Some(t);
                self.span = s;
            }
            Some(Err(e)) => return Err(HandError::Lex(e)),
        }
        Ok(())
    }

    fn error<T>(&self) -> Result<T, HandError> {
        Err(HandError::Syntax(self.span))
    }

    fn expect(&mut self, want: &Tok<'_>) -> Result<(), HandError> {
        if self.tok.as_ref() == Some(want) {
            self.bump()
        } else {
            self.error()
        }
    }

    fn program(&mut self) -> Result<Vec<Stmt<'s>>, HandError> {
        let mut list = Vec::new();
        while self.tok.is_some() {
            list.push(self.statement()?);
            self.expect(&Tok::Semi)?;
        }
        Ok(list)
    }

    fn statement(&mut self) -> Result<Stmt<'s>, HandError> {
        if let Some(Tok::Name(name)) = self.tok {
            self.bump()?;
            if let Some(Tok::Assign) = self.tok {
                self.bump()?;
                return Ok(Stmt::Assign(name, self.expr()?));
            }
            return Ok(Stmt::Expr(self.climb(Expr::Var(name), 0)?));
        }
        Ok(Stmt::Expr(self.expr()?))
    }

    fn expr(&mut self) -> Result<Expr<'s>, HandError> {
        let lhs = self.unary()?;
        self.climb(lhs, 0)
    }

    /// Extends `lhs` with binary operators binding at least `min`.
    fn climb(&mut self, mut lhs: Expr<'s>, min: u8) -> Result<Expr<'s>, HandError> {
        while let Some((op, prec)) = binop(&self.tok)
            && prec >= min
        {
            self.bump()?;
            let mut rhs = self.unary()?;
            while let Some((_, next)) = binop(&self.tok)
                && next > prec
            {
                rhs = self.climb(rhs, prec + 1)?;
            }
            lhs = Expr::bin(lhs, op, rhs);
        }
        Ok(lhs)
    }

    /// A unary minus or an atom.
    fn unary(&mut self) -> Result<Expr<'s>, HandError> {
        let e = match self.tok {
            Some(Tok::Minus) => {
                self.bump()?;
                return Ok(Expr::negate(self.unary()?));
            }
            Some(Tok::Number(n)) => Expr::Num(n),
            Some(Tok::Name(name)) => Expr::Var(name),
            Some(Tok::LParen) => {
                self.bump()?;
                let e = self.expr()?;
                if self.tok != Some(Tok::RParen) {
                    return self.error();
                }
                e
            }
            _ => return self.error(),
        };
        self.bump()?;
        Ok(e)
    }
}

/// Lexes and parses a program.
///
/// # Errors
/// The first lexing or syntax error.
pub fn parse(src: &str) -> Result<Vec<Stmt<'_>>, HandError> {
    let mut p = Parser {
        lex: Tok::lexer(src),
        tok: None,
        span: Span::new(0, 0),
    };
    p.bump()?;
    p.program()
}
