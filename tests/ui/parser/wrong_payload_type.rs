use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
}

pub struct P;

// `Num` carries an `i64`: its parameter is that, or the whole `Tok`.
#[parser(tokens = Tok)]
impl P {
    #[rule("Num")]
    fn expr(&mut self, n: u8) -> i64 {
        n.into()
    }
}

fn main() {}
