use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex("[0-9]+:[0-9]+")]
    Ratio(u32, u32),
}

fn main() {}
