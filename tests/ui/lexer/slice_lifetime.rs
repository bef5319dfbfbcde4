use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex("[a-z]+")]
    Name(&'static str),
}

fn main() {}
