use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok<'s> {
    #[regex(r"[a-z]+")]
    Ident(&'s str),
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
}

pub struct P;

// `Ident` is an `expr` directly and through `atom`: every place that reduces it has two
// rules to choose from, one error per state, with the advice that fits.
#[parser(tokens = Tok<'s>)]
impl<'s> P {
    #[rule("atom")]
    fn expr(&mut self, a: &'s str) -> &'s str {
        a
    }

    #[rule("Ident")]
    fn expr(&mut self, a: &'s str) -> &'s str {
        a
    }

    #[rule("LParen expr RParen")]
    fn expr(&mut self, _: Tok, e: &'s str, _: Tok) -> &'s str {
        e
    }

    #[rule("Ident")]
    fn atom(&mut self, a: &'s str) -> &'s str {
        a
    }
}

fn main() {}
