//! Binary size of the hand-written calculator parser: reads standard input, parses it by
//! recursive descent over the sly lexer, and prints the number of AST nodes.

use sly_benches::{calc_ast, calc_hand};
use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    match calc_hand::parse(&src) {
        Ok(program) => println!("{}", calc_ast::count_nodes(&program)),
        Err(e) => eprintln!("{e:?}"),
    }
}
