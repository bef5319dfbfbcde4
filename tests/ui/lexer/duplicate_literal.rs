use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[token("+")]
    Plus,
    #[token("+")]
    Add,
}

fn main() {}
