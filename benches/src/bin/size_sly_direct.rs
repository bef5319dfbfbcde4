//! Binary size of the sly calculator parser generated with `codegen = "direct"`: reads
//! standard input, parses it with the sly lexer and `#[parser]` grammar, and prints the number
//! of AST nodes.

use sly_benches::{calc_ast, calc_sly_direct};
use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    match calc_sly_direct::parse(&src) {
        Ok(program) => println!("{}", calc_ast::count_nodes(&program)),
        Err(e) => eprintln!("{e}"),
    }
}
