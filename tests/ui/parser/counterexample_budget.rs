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

#[parser(tokens = Tok, counterexample_budget = 0)]
impl P {
    #[rule("expr Plus expr")]
    fn expr(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }

    #[rule("Num")]
    fn expr(&mut self, n: i64) -> i64 {
        n
    }
}

// No search steps: two inputs that agree up to the conflict stand for the ambiguity.
fn main() {}
