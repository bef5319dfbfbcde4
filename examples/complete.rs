//! What may come next: the calculator's push parser asked, without feeding it, which tokens
//! it would accept after a partial line, as a completion menu would; and a REPL that reads a
//! statement over several lines, asking for more input while the statement is unfinished and
//! reporting an error as soon as one is certain.
//!
//! ```sh
//! cargo run --example complete -- 'x = (3 +'       # the completion menu after a partial line
//! printf 'x = (1 +\n2)\nx * 2\n' | cargo run --example complete   # multi-line statements
//! ```

use std::io::BufRead;

use sly_grammars::calc::{Calc, Tok};

/// The state of a statement read so far.
enum Status {
    /// It is complete: the input may end here, or go on with these tokens.
    Complete(Vec<&'static str>),
    /// It is fine so far but cannot end yet; the tokens that may come next.
    NeedsMore(Vec<&'static str>),
    /// It has an error, rendered against the text.
    Error(String),
}

/// Feeds `src` to a fresh push parser and asks it what it would accept next.
fn status(src: &str) -> Status {
    let mut calc = Calc::default();
    let mut parser = calc.push_parser();
    for item in Tok::lexer(src) {
        parser.push(item);
        if let Some(e) = parser.errors().first() {
            return Status::Error(e.render(src));
        }
    }
    let mut next = parser.expected_display();
    if next.contains(&"end of input") {
        next.retain(|t| *t != "end of input");
        Status::Complete(next)
    } else {
        Status::NeedsMore(next)
    }
}

fn main() {
    if let Some(line) = std::env::args().nth(1) {
        match status(&line) {
            Status::Complete(more) => println!("complete; or go on with: {}", more.join("  ")),
            Status::NeedsMore(next) => println!("next: {}", next.join("  ")),
            Status::Error(e) => eprint!("{e}"),
        }
        return;
    }
    // A REPL whose statements may span lines: a line that leaves the statement unfinished
    // asks for more (`...`), instead of reporting "unexpected end of input".
    let mut calc = Calc::default();
    let mut pending = String::new();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        pending.push_str(&line);
        pending.push('\n');
        match status(&pending) {
            Status::NeedsMore(next) => {
                println!("... (next: {})", next.join(" "));
                continue;
            }
            Status::Error(e) => eprint!("{e}"),
            Status::Complete(_) => match calc.eval(&pending) {
                Ok(Some(v)) => println!("{v}"),
                Ok(None) => {}
                Err(e) => eprint!("{}", e.render(&pending, 0)),
            },
        }
        pending.clear();
    }
    if !pending.trim().is_empty() {
        eprintln!("the input ended inside a statement");
    }
}
