use sly::Lexer;

#[derive(Lexer)]
struct Tok {
    text: String,
}

fn main() {}
