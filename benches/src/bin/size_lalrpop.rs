//! Binary size of a LALRPOP calculator parser: reads standard input, parses it with LALRPOP
//! over the logos lexer, and prints the number of AST nodes.

use sly_benches::{calc_ast, calc_lalrpop};
use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    match calc_lalrpop::parse(&calc_lalrpop::ProgramParser::new(), &src) {
        Ok(program) => println!("{}", calc_ast::count_nodes(&program)),
        Err(e) => eprintln!("{e:?}"),
    }
}
