//! Binary-size baseline: reads standard input and counts the calculator tokens of the logos
//! lexer.

use logos::Logos;
use sly_benches::calc_lalrpop::Token;
use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    match Token::lexer(&src).collect::<Result<Vec<_>, _>>() {
        Ok(tokens) => println!("{}", tokens.len()),
        Err(()) => eprintln!("lexing error"),
    }
}
