use sly::{parser, Lexer};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
pub enum Tok {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
}

pub struct P;

// The conflict is the only error: the calls below do not add any.
#[parser(tokens = Tok)]
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

fn main() {
    let v: i64 = P.parse(Tok::lexer("1 + 2")).unwrap();
    let all = P.parse_all(Tok::lexer("1 + 2"));
    println!("{v} {:?}", all.value);
}
