use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex("[a-z")]
    Name,
    #[regex("(x")]
    Group,
}

fn main() {}
