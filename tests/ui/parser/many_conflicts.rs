use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("/")]
    Divide,
}

pub struct P;

// No precedence at all: four conflicting states; three are shown, the fourth is counted.
#[parser(tokens = Tok)]
impl P {
    #[rule("e Plus e", "e Minus e", "e Times e", "e Divide e")]
    fn e(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }

    #[rule("Num")]
    fn e(&mut self, n: i64) -> i64 {
        n
    }
}

fn main() {}
