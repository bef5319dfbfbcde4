use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = " ")]
pub enum T {
    #[token("x")]
    X,
    #[token(",")]
    Comma,
}

pub struct P;

// `item` may be empty, so `list: list item` lets `list` derive itself: `x` has a parse with
// any number of empty items.
#[parser(tokens = T)]
impl P {
    #[rule("list")]
    fn start(&mut self, _: ()) {}

    #[rule("list item")]
    fn list(&mut self, _: (), _: ()) {}

    #[rule("X")]
    fn list(&mut self, _: T) {}

    #[rule("")]
    fn item(&mut self) {}

    #[rule("Comma")]
    fn item(&mut self, _: T) {}
}

fn main() {}
