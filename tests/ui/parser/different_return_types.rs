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

#[parser(tokens = Tok)]
impl P {
    #[rule("expr Plus Num")]
    fn expr(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }

    #[rule("Num")]
    fn expr(&mut self, n: i64) -> i32 {
        n as i32
    }
}

fn main() {}
