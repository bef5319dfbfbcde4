//! The calculator AST shared by the three parsers of the parser benchmark, and a seeded
//! generator of calculator programs.
//!
//! A program is a list of statements, each ended by `;`: an assignment `name = expr` or an
//! expression. Expressions have `+ - * /` (left-associative, `* /` above `+ -`), unary minus
//! (above both), parentheses, names and integers.

use std::fmt::Write as _;

use sly_testkit::rng::{Random, XorShift64Star};

/// An expression; names borrow from the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr<'s> {
    Num(i64),
    Var(&'s str),
    Neg(Box<Expr<'s>>),
    Bin(Box<Expr<'s>>, Op, Box<Expr<'s>>),
}

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

/// A statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stmt<'s> {
    Assign(&'s str, Expr<'s>),
    Expr(Expr<'s>),
}

impl<'s> Expr<'s> {
    pub fn bin(l: Expr<'s>, op: Op, r: Expr<'s>) -> Self {
        Expr::Bin(Box::new(l), op, Box::new(r))
    }

    pub fn negate(e: Expr<'s>) -> Self {
        Expr::Neg(Box::new(e))
    }
}

/// The number of nodes of a program (statements and expression nodes), a cheap checksum.
pub fn count_nodes(program: &[Stmt<'_>]) -> usize {
    fn expr(e: &Expr<'_>) -> usize {
        match e {
            Expr::Num(_) | Expr::Var(_) => 1,
            Expr::Neg(e) => 1 + expr(e),
            Expr::Bin(l, _, r) => 1 + expr(l) + expr(r),
        }
    }
    program
        .iter()
        .map(|s| match s {
            Stmt::Assign(_, e) | Stmt::Expr(e) => 1 + expr(e),
        })
        .sum()
}

/// A number in `0..n` from the upper half of the next random bits, as this generator has
/// always drawn them: the same seed keeps giving the same program.
fn below(rng: &mut XorShift64Star, n: u64) -> u64 {
    (rng.next_u64() >> 32) % n
}

const NAMES: &[&str] = &[
    "x", "y", "z", "a", "b", "n", "i", "j", "k", "tmp", "sum", "total", "count", "width", "height",
    "offset", "value", "result", "x1", "y2", "_acc", "rate",
];

const OPS: &[&str] = &["+", "-", "*", "/"];

fn space(rng: &mut XorShift64Star, out: &mut String) {
    if below(rng, 4) != 0 {
        out.push(' ');
    }
}

fn expr(rng: &mut XorShift64Star, out: &mut String, depth: u32) {
    let leaf = depth == 0 || below(rng, 10) < 3;
    if leaf {
        if below(rng, 2) == 0 {
            let digits = 1 + below(rng, 6) as u32;
            let n = below(rng, 10u64.pow(digits));
            let _ = write!(out, "{n}");
        } else {
            out.push_str(NAMES[below(rng, NAMES.len() as u64) as usize]);
        }
        return;
    }
    match below(rng, 10) {
        0 => {
            out.push('-');
            expr(rng, out, depth - 1);
        }
        1 | 2 => {
            out.push('(');
            expr(rng, out, depth - 1);
            out.push(')');
        }
        _ => {
            expr(rng, out, depth - 1);
            space(rng, out);
            out.push_str(OPS[below(rng, 4) as usize]);
            space(rng, out);
            expr(rng, out, depth - 1);
        }
    }
}

/// A calculator program of at least `min_len` bytes (one statement more than needed), from
/// `seed`. Statements are separated by `;` and a newline.
pub fn generate(seed: u64, min_len: usize) -> String {
    let mut rng = XorShift64Star::new(seed);
    let mut out = String::with_capacity(min_len + 256);
    while out.len() < min_len {
        if below(&mut rng, 10) < 3 {
            out.push_str(NAMES[below(&mut rng, NAMES.len() as u64) as usize]);
            out.push_str(" = ");
        }
        let depth = 1 + below(&mut rng, 6) as u32;
        expr(&mut rng, &mut out, depth);
        out.push_str(";\n");
    }
    out
}

/// Inputs whose trees the three parsers must agree on: precedence, associativity, unary
/// minus, parentheses, assignments and names that start expressions.
pub const TRICKY: &[&str] = &[
    "",
    "1;",
    "x;",
    "x = 1;",
    "1 - 2 - 3;",
    "1 / 2 / 3;",
    "1 - 2 + 3;",
    "1 * 2 / 3 * 4;",
    "1 + 2 * 3;",
    "1 * 2 + 3;",
    "(1 + 2) * 3;",
    "1 - (2 - 3);",
    "-1;",
    "--1;",
    "-x * y;",
    "x * -y;",
    "-x - -y;",
    "a - -b * -c / d;",
    "-(a + b) * c;",
    "x = -y + z * (a - b) / c;",
    "x + y = 3;",
    "x y;",
    "x = y = 1;",
    "1 + ;",
    "(1;",
    "1);",
    "1",
    "x = ;",
    "= 1;",
    "a;b;c = a * b;\n-c;",
    "((((x))));",
    "x - y * z - w / v + u;",
];
