use sly::Lexer;

#[derive(Lexer, Debug)]
pub enum Tok {
    #[regex("(a|b)*a(a|b){20}")]
    Word,
}

fn main() {}
