//! Parses a SQL script and prints each statement in normalized form, one per line ending in
//! `;`, or with `--ast` its syntax tree.
//!
//! ```text
//! cargo run -p sly-grammars --example sql -- FILE.sql
//! cargo run -p sly-grammars --example sql -- --ast FILE.sql
//! echo 'select 1' | cargo run -p sly-grammars --example sql
//! ```
//!
//! Every error is printed with its line, column and a caret under the source line; the exit
//! status is 0 when everything parsed and 1 otherwise (2 when the file cannot be read).

use std::io::Read;
use std::process::ExitCode;

use sly_grammars::sql;

fn main() -> ExitCode {
    let mut ast = false;
    let mut file = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--ast" => ast = true,
            "-h" | "--help" => {
                println!("usage: sql [--ast] [FILE.sql]  (standard input when no file is given)");
                return ExitCode::SUCCESS;
            }
            _ if file.is_none() => file = Some(arg),
            _ => {
                eprintln!("sql: one file at most; usage: sql [--ast] [FILE.sql]");
                return ExitCode::from(2);
            }
        }
    }
    let (name, src) = match &file {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(s) => (path.as_str(), s),
            Err(e) => {
                eprintln!("sql: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        },
        None => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("sql: cannot read standard input: {e}");
                return ExitCode::from(2);
            }
            ("<stdin>", s)
        }
    };
    let (stmts, errors) = sql::parse_recovering(&src);
    for s in &stmts {
        if ast {
            println!("{s:#?}");
        } else {
            println!("{s};");
        }
    }
    for e in &errors {
        eprint!("{name}:{}", e.render(&src));
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
