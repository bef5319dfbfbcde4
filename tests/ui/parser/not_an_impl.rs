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
fn expr() {}

fn main() {}
