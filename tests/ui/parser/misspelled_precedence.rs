use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[a-z]+")]
    Ident,
    #[token("||")]
    OrOr,
    #[token("&&")]
    AndAnd,
}

pub struct P;

// `Oror` is not a terminal and no `%prec` uses it: a misspelling, reported as such instead of
// the conflicts that `OrOr` without a precedence would cause.
#[parser(tokens = Tok, precedence(left(Oror), left(AndAnd), right(NEVER_USED)))]
impl P {
    #[rule("e OrOr e", "e AndAnd e")]
    fn e(&mut self, _: (), _: Tok, _: ()) {}

    #[rule("Ident")]
    fn e(&mut self, _: Tok) {}
}

fn main() {}
