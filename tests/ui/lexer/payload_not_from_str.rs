use sly::Lexer;

struct Point {
    x: i32,
}

#[derive(Lexer)]
enum Tok {
    #[regex("[0-9]+")]
    At(Point),
}

fn main() {}
