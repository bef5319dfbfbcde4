// Every mistake of one enum is reported in the same build.
use sly::Lexer;

#[derive(Lexer)]
#[sly(skip = "[ ]*")]
enum Tok {
    #[token("=")]
    Assign,
    #[regex("(")]
    Open,
    #[token("=")]
    Eq,
    #[regex(r"\bx")]
    X,
    #[token("y", colour = "blue")]
    Y,
    #[regex("[0-9]+")]
    Pair(u8, u8),
}

fn main() {}
