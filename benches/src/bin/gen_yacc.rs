//! Writes a generated yacc grammar: `gen_yacc [MIN_RULES] [OUT.y]` (default: 3000 rules, to
//! stdout). Used to time `sly check` against `bison -v` on a grammar of PostgreSQL's size.

use std::io::Write as _;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let min_rules = match args.next().map(|a| a.parse::<usize>()) {
        None => 3000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("gen_yacc: MIN_RULES must be a number: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let text = sly_benches::yacc_gen::grammar(min_rules);
    let result = match args.next() {
        Some(path) => std::fs::write(&path, text),
        None => std::io::stdout().write_all(text.as_bytes()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_yacc: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
