use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = " ")]
pub enum T {
    #[token("a")]
    A,
    #[token("+")]
    Plus,
}

pub struct P;

// `messages_complete = true`: the states without a message are listed, each with a shortest
// input that fails there, as entries to paste into the catalogue.
#[parser(
    tokens = T,
    messages = "../../../../tests/ui/parser/messages_incomplete.messages",
    messages_complete = true
)]
impl P {
    #[rule("e Plus A")]
    fn e(&mut self, _: (), _: T, _: T) {}

    #[rule("A")]
    fn e(&mut self, _: T) {}
}

fn main() {}
