use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
}

pub struct P;

// A misspelled terminal whose parameter takes the payload, and one that is used nowhere else:
// no name to suggest.
#[parser(tokens = Tok)]
impl P {
    #[rule("expr Plus Nmu")]
    fn expr(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }

    #[rule("Num", "Bang")]
    fn expr(&mut self, n: i64) -> i64 {
        n
    }
}

fn main() {}
