use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex(r"\bif\b")]
    If,
    #[regex("^#")]
    Hash,
    #[regex("a(?=b)")]
    LookAhead,
}

fn main() {}
