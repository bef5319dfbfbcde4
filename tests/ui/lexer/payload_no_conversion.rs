use sly::Lexer;

#[derive(Lexer)]
enum Tok<'s> {
    #[regex("[a-z]+")]
    Bytes(&'s [u8]),
}

fn main() {}
