use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = " ")]
pub enum T {
    #[token("a")]
    A,
}

pub struct P;

#[parser(tokens = T, codegen = "recursive")]
impl P {
    #[rule("A")]
    fn s(&mut self, _: T) {}
}

fn main() {}
