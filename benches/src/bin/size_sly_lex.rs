//! Binary-size baseline: reads standard input and counts the calculator tokens of the sly lexer.

use sly_benches::calc_sly::Tok;
use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    match Tok::lexer(&src).collect::<Result<Vec<_>, _>>() {
        Ok(tokens) => println!("{}", tokens.len()),
        Err(e) => eprintln!("{e}"),
    }
}
