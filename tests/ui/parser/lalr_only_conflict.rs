use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = " ")]
pub enum T {
    #[token("a")]
    A,
    #[token("b")]
    B,
    #[token("c")]
    C,
    #[token("d")]
    D,
    #[token("e")]
    E,
}

pub struct P;

// Bison's manual's "mysterious conflicts": LALR(1) merges the states after `A C` and `B C`,
// where `lr = "ielr"` keeps them apart (tests/it/parser_lr_modes.rs).
#[parser(tokens = T)]
impl P {
    #[rule("A x D", "B y D", "A y E", "B x E")]
    fn s(&mut self, _: T, _: (), _: T) {}

    #[rule("C")]
    fn x(&mut self, _: T) {}

    #[rule("C")]
    fn y(&mut self, _: T) {}
}

fn main() {}
