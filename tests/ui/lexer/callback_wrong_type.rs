use sly::Lexer;

#[derive(Lexer)]
enum Tok {
    #[regex("[0-9]+", |lex| lex.slice().len())]
    Number(String),
}

fn main() {}
