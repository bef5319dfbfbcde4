use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
    #[token("*")]
    Times,
}

#[derive(Default)]
pub struct P;

#[parser(tokens = Tok, start = expr)]
impl P {
    #[rule("Num")]
    fn expr(&mut self, n: i64) -> i64 {
        n
    }

    #[rule("Num Times")]
    fn lost(&mut self, n: i64, _: Tok) -> i64 {
        n
    }

    #[rule("endless Plus")]
    fn endless(&mut self, e: i64, _: Tok) -> i64 {
        e
    }

    #[rule("endless")]
    fn expr(&mut self, e: i64) -> i64 {
        e
    }
}

fn main() {}
