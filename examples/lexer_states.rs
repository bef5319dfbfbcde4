//! Lexer states: nested `/* /* */ */` comments and strings with escapes and `${...}`
//! interpolation, lexed by one derived lexer whose callbacks push and pop states.
//!
//! ```sh
//! cargo run --example lexer_states
//! cargo run --example lexer_states -- 'say "hi ${name + "!"}" /* note /* nested */ */'
//! ```
//!
//! The states, as in PLY (`t_comment_...`) or SLY (`begin()`):
//! - `INITIAL`: code. `/*` pushes `comment`, `"` pushes `string`.
//! - `comment`: everything is skipped; `/*` pushes `comment` again and `*/` pops, so comments
//!   nest.
//! - `string`: text and escapes are tokens; `${` pushes `interp`, `"` pops.
//! - `interp`: code inside a string; `{` pushes `interp` so that braces balance, `}` pops.

use sly::{Lexer, LineIndex};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+", state = "INITIAL", state = "interp")]
#[sly(skip = r"/\*", state = "INITIAL", state = "interp", callback = |lex| lex.push_state("comment"))]
#[sly(skip = r"/\*", state = "comment", callback = |lex| lex.push_state("comment"))]
#[sly(skip = r"\*/", state = "comment", callback = |lex| { lex.pop_state(); })]
#[sly(skip = r"[^*/]+|\*|/", state = "comment")]
pub enum Tok<'s> {
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", state = "INITIAL", state = "interp")]
    Ident(&'s str),
    #[regex(r"[0-9]+", state = "INITIAL", state = "interp")]
    Number(i64),
    #[token("+", state = "INITIAL", state = "interp")]
    Plus,
    #[token("{")]
    #[token("{", state = "interp", callback = |lex| lex.push_state("interp"))]
    LBrace,
    #[token("}")]
    RBrace,
    /// The `}` that closes an interpolation.
    #[token("}", state = "interp", callback = |lex| { lex.pop_state(); })]
    InterpEnd,
    #[token("\"", state = "INITIAL", state = "interp", callback = |lex| lex.push_state("string"))]
    StrStart,
    #[token("\"", state = "string", callback = |lex| { lex.pop_state(); })]
    StrEnd,
    /// Literal text inside a string.
    #[regex(r#"[^"\\$]+|\$"#, state = "string")]
    Text(&'s str),
    /// An escape inside a string, as the char it stands for.
    #[regex(r#"\\[nt"\\$]"#, state = "string", callback = unescape)]
    Escape(char),
    #[token("${", state = "string", callback = |lex| lex.push_state("interp"))]
    InterpStart,
}

fn unescape(lex: &mut sly::Lexer<'_, Tok<'_>>) -> char {
    match lex.slice().as_bytes()[1] {
        b'n' => '\n',
        b't' => '\t',
        other => other as char,
    }
}

fn main() {
    let src = std::env::args().nth(1).unwrap_or_else(|| {
        r#"greet /* a /* nested */ comment */ "hello ${name + "!"}\n" + {x}"#.to_string()
    });
    let index = LineIndex::new(&src);
    let mut lexer = Tok::lexer(&src);
    for item in lexer.by_ref() {
        match item {
            Ok((tok, span)) => {
                println!(
                    "{:>6}  {:<16} {:?}",
                    index.line_col(&src, span.start).to_string(),
                    format!("{tok:?}"),
                    &src[span.range()]
                );
            }
            Err(err) => eprint!("{}", err.render(&src)),
        }
    }
    if lexer.state() != "INITIAL" {
        eprintln!(
            "input ended inside a {} ({} open)",
            lexer.state(),
            lexer.state_depth()
        );
    }
}
