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

// Every mistake in the catalogue is reported in one build, each naming its line. (The path is
// relative to the crate trybuild builds, in `target/tests/trybuild/sly`.)
#[parser(tokens = T, messages = "../../../../tests/ui/parser/messages_errors.messages")]
impl P {
    #[rule("e Plus A")]
    fn e(&mut self, _: (), _: T, _: T) {}

    #[rule("A")]
    fn e(&mut self, _: T) {}
}

fn main() {}
