use std::collections::HashMap;
use sly::{parser, Lexer, Span};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+", skip = r"#[^\n]*")]
pub enum Tok<'s> {
    #[regex(r"[0-9]+")]                  // payload parsed with FromStr
    Number(i64),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]  // &str payload: the matched slice, zero-copy
    Name(&'s str),
    #[token("+")] Plus,
    #[token("-")] Minus,
    #[token("*")] Times,
    #[token("/")] Divide,
    #[token("=")] Assign,
    #[token("(")] LParen,
    #[token(")")] RParen,
}

#[derive(Default)]
pub struct Calc {
    names: HashMap<String, i64>,
}

#[parser(
    tokens = Tok<'s>,
    start = statement,
    precedence(left(Plus, Minus), left(Times, Divide), right(UMINUS)),
)]
impl Calc {
    #[rule("Name Assign expr")]
    fn statement(&mut self, name: &str, _: Tok, value: i64) -> Option<i64> {
        self.names.insert(name.to_string(), value);
        None
    }

    #[rule("expr")]
    fn statement(&mut self, value: i64) -> Option<i64> {
        Some(value)
    }

    #[rule("expr Plus expr", "expr Minus expr", "expr Times expr", "expr Divide expr")]
    fn expr(&mut self, a: i64, op: Tok, b: i64) -> i64 {
        match op {
            Tok::Plus => a + b,
            Tok::Minus => a - b,
            Tok::Times => a * b,
            _ => a / b,
        }
    }

    #[rule("Minus expr %prec UMINUS")]
    fn expr(&mut self, _: Tok, e: i64) -> i64 {
        -e
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
        self.names.get(name).copied().unwrap_or_else(|| {
            eprintln!("undefined name {name:?} at bytes {}..{}", at.start, at.end);
            0
        })
    }
}

fn main() {
    let mut calc = Calc::default();
    match calc.parse(Tok::lexer("x = 3 + 4 * -2")) {
        Ok(value) => println!("{value:?}"),
        Err(err) => eprintln!("{}", err.render("x = 3 + 4 * -2")),
    }
}
