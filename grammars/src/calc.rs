//! SLY's calculator: assignments, names, `+ - * /`, unary minus and parentheses, evaluated
//! while parsing.
//!
//! The parser's actions run as rules are reduced, before the parser has seen the rest of the
//! line, so they only compute values: the `statement` rule builds a [`Stmt`], and
//! [`Calc::eval`] carries out an assignment only after the whole line has parsed and evaluated.
//! A line with a syntax error changes nothing.
//!
//! ```
//! use sly_grammars::calc::{Calc, Tok};
//! let mut calc = Calc::default();
//! assert_eq!(calc.eval("x = 3 * (4 + 5)"), Ok(None));
//! assert_eq!(calc.eval("x + 1"), Ok(Some(28)));
//! assert_eq!(calc.eval("-x / 2"), Ok(Some(-13)));
//! assert!(calc.eval("x = 1 = 2").is_err()); // a syntax error: `x` keeps its value
//! assert_eq!(calc.eval("x"), Ok(Some(27)));
//! ```

use sly::{Lexer, Span, parser};
use std::collections::HashMap;

/// The calculator's tokens.
#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+", skip = r"#[^\n]*")]
pub enum Tok<'s> {
    /// An integer literal.
    #[regex(r"[0-9]+", name = "number")]
    Number(i64),
    /// A variable name.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", name = "name")]
    Name(&'s str),
    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Times,
    /// `/`
    #[token("/")]
    Divide,
    /// `=`
    #[token("=")]
    Assign,
    /// `(`
    #[token("(")]
    LParen,
    /// `)`
    #[token(")")]
    RParen,
}

/// An evaluation problem found while parsing (the parse itself succeeded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError {
    /// What went wrong.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// A statement of one line, as the parser builds it; [`Calc::eval`] carries it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stmt {
    /// `name = expr`, with the expression's value.
    Assign(String, i64),
    /// An expression, with its value.
    Expr(i64),
}

/// The calculator: its variables, and the first evaluation error of the current statement.
#[derive(Debug, Default)]
pub struct Calc {
    /// Variables assigned so far.
    pub names: HashMap<String, i64>,
    problem: Option<EvalError>,
}

/// The grammar, once for each code generation.
#[rustfmt::skip]
macro_rules! calc_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(
            tokens = Tok<'s>,
            start = statement,
            precedence(left(Plus, Minus), left(Times, Divide), right(UMINUS)),
            messages = "src/calc.messages",
            messages_complete = true,
            codegen = $codegen,
        )]
        impl $name {
            // No side effect here: this action runs before the parser knows whether the rest of
            // the line parses (`x = 1 = 2` reduces `x = 1` first). `eval` assigns afterwards.
            #[rule("Name Assign expr")]
            fn statement(&mut self, name: &str, _: Tok, value: i64) -> Stmt {
                Stmt::Assign(name.to_string(), value)
            }

            #[rule("expr")]
            fn statement(&mut self, value: i64) -> Stmt {
                Stmt::Expr(value)
            }

            #[rule(
                "expr Plus expr",
                "expr Minus expr",
                "expr Times expr",
                "expr Divide expr"
            )]
            fn expr(&mut self, a: i64, op: Tok, b: i64, at: Span) -> i64 {
                let r = match op {
                    Tok::Plus => a.checked_add(b),
                    Tok::Minus => a.checked_sub(b),
                    Tok::Times => a.checked_mul(b),
                    _ if b == 0 => {
                        self.fail("division by zero", at);
                        return 0;
                    }
                    _ => a.checked_div(b),
                };
                r.unwrap_or_else(|| {
                    self.fail("integer overflow", at);
                    0
                })
            }

            #[rule("Minus expr %prec UMINUS")]
            fn expr(&mut self, _: Tok, e: i64, at: Span) -> i64 {
                e.checked_neg().unwrap_or_else(|| {
                    self.fail("integer overflow", at);
                    0
                })
            }

            #[rule("LParen expr RParen")]
            fn expr(&mut self, _: Tok, e: i64, _: Tok) -> i64 {
                e
            }

            #[rule("Number")]
            fn expr(&mut self, n: i64) -> i64 {
                n
            }

            #[rule("Name")]
            fn expr(&mut self, name: &str, at: Span) -> i64 {
                match self.names.get(name) {
                    Some(&v) => v,
                    None => {
                        self.fail(&format!("undefined name `{name}`"), at);
                        0
                    }
                }
            }
        }
    };
}

calc_grammar!(Calc, "table");
/// The same calculator with the parser generated with `codegen = "direct"` (code per state
/// instead of the table-driven loop): it behaves exactly as [`Calc`], which it derefs to.
#[derive(Debug, Default)]
pub struct DirectCalc(pub Calc);

impl core::ops::Deref for DirectCalc {
    type Target = Calc;
    fn deref(&self) -> &Calc {
        &self.0
    }
}

impl core::ops::DerefMut for DirectCalc {
    fn deref_mut(&mut self) -> &mut Calc {
        &mut self.0
    }
}

calc_grammar!(DirectCalc, "direct");

impl Calc {
    fn fail(&mut self, message: &str, span: Span) {
        if self.problem.is_none() {
            self.problem = Some(EvalError {
                message: message.to_string(),
                span,
            });
        }
    }

    /// Evaluates one statement: `Ok(Some(v))` for an expression, `Ok(None)` for an
    /// assignment.
    ///
    /// # Errors
    /// A syntax or lexing error, or an evaluation error (undefined name, division by zero,
    /// overflow) as a message with its span. A statement with any error has no effect: the
    /// assignment is made only after the whole line has parsed and evaluated.
    pub fn eval(&mut self, src: &str) -> Result<Option<i64>, CalcError> {
        self.problem = None;
        let stmt = self.parse(Tok::lexer(src));
        self.carry_out(stmt)
    }

    /// Carries out a parsed statement (see [`eval`](Self::eval)).
    fn carry_out(&mut self, stmt: Result<Stmt, sly::ParseError>) -> Result<Option<i64>, CalcError> {
        let stmt = stmt.map_err(CalcError::Parse)?;
        if let Some(p) = self.problem.take() {
            return Err(CalcError::Eval(p));
        }
        Ok(match stmt {
            Stmt::Assign(name, value) => {
                self.names.insert(name, value);
                None
            }
            Stmt::Expr(value) => Some(value),
        })
    }
}

impl DirectCalc {
    /// [`Calc::eval`], with the parser generated with `codegen = "direct"`.
    ///
    /// # Errors
    /// As [`Calc::eval`].
    pub fn eval(&mut self, src: &str) -> Result<Option<i64>, CalcError> {
        self.0.problem = None;
        let stmt = self.parse(Tok::lexer(src));
        self.0.carry_out(stmt)
    }
}

/// Why a statement gave no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcError {
    /// It did not parse.
    Parse(sly::ParseError),
    /// It parsed but could not be evaluated.
    Eval(EvalError),
}

impl CalcError {
    /// The error shifted by `offset` bytes and rendered against `src` with `line:col` and a
    /// caret.
    pub fn render(&self, src: &str, offset: usize) -> String {
        match self {
            CalcError::Parse(e) => e.clone().with_offset(offset).render(src),
            CalcError::Eval(e) => sly::render_at(
                src,
                Span::new(e.span.start + offset, e.span.end + offset),
                &e.message,
            ),
        }
    }
}
