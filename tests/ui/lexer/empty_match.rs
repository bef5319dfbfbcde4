use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex("[0-9]*")]
    Digits,
}

fn main() {}
