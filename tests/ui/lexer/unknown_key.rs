use sly::Lexer;

#[derive(Lexer)]
#[sly(skip = " ", ignore = "\t")]
enum Tok {
    #[token("+", priorty = 2)]
    Plus,
}

fn main() {}
