use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
    #[token(",")]
    Comma,
}

pub struct P;

// An unknown symbol, a parameter count, a return type, an EBNF tuple and a precedence name:
// every one of them in the same build.
#[parser(tokens = Tok, precedence(left(Pluss)))]
impl P {
    #[rule("e Plus e")]
    fn e(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }

    #[rule("Num Num")]
    fn e(&mut self, n: i64) -> i64 {
        n
    }

    #[rule("Num")]
    fn e(&mut self, n: i64) -> u8 {
        n as u8
    }

    #[rule("e { Comma e }")]
    fn list(&mut self, first: i64, rest: Vec<i64>) -> Vec<i64> {
        let _ = rest;
        vec![first]
    }

    #[rule("lst Comma")]
    fn list(&mut self, l: Vec<i64>, _: Tok) -> Vec<i64> {
        l
    }
}

fn main() {}
