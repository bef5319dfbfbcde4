use sly::Lexer;

// `Keyword`'s regex only matches `if`, which the literal `If` wins; `Word` comes after
// `Name` with the same pattern and the same priority, so `Name` wins everywhere.
#[derive(Lexer)]
#[sly(skip = " ")]
enum Tok<'s> {
    #[token("if")]
    If,
    #[regex("if")]
    Keyword,
    #[regex("[a-z]+")]
    Name(&'s str),
    #[regex("[a-z]+")]
    Word(&'s str),
    #[regex("[a-z]+", priority = 1)]
    Preferred(&'s str),
}

fn main() {}
