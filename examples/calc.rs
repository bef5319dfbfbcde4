//! SLY's calculator as a REPL on standard input.
//!
//! ```sh
//! cargo run --example calc
//! printf 'x = 3 * (4 + 5)\nx + 1\n' | cargo run --example calc   # prints 28
//! ```
//!
//! Each line is a statement: an assignment (`x = 3 * 4`, prints nothing) or an expression
//! (prints its value). Errors go to standard error with line, column and a caret, and the
//! REPL goes on with the next line.

use std::io::{BufRead, IsTerminal, Write};

use sly_grammars::calc::Calc;

fn main() {
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut calc = Calc::default();
    // Every line read so far, so that errors show their line number in the session.
    let mut session = String::new();
    let mut input = stdin.lock();
    loop {
        if interactive {
            print!("calc > ");
            let _ = std::io::stdout().flush();
        }
        let mut line = String::new();
        match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("error reading input: {e}");
                std::process::exit(1);
            }
        }
        let offset = session.len();
        session.push_str(&line);
        let text = line.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        match calc.eval(text) {
            Ok(Some(v)) => println!("{v}"),
            Ok(None) => {}
            Err(e) => eprint!("{}", e.render(&session, offset)),
        }
    }
    if interactive {
        println!();
    }
}
