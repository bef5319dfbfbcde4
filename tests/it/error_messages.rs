//! Syntax errors in the words a user types: literal tokens as written, regex tokens by their
//! `name = "..."` or variant name, the end of input in words, each once, long lists counted.

use sly::{Lexer, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = " ")]
pub enum Tok<'s> {
    #[regex("[0-9]+", name = "number")]
    Num(i64),
    #[regex("[a-z]+")]
    Word(&'s str),
    #[token("while", name = "`while` (a loop)")]
    While,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("/")]
    Divide,
    #[token("%")]
    Rem,
    #[token("^")]
    Pow,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    // Two spellings of one operator: shown once.
    #[token("<>")]
    Ne,
    #[token("!=", name = "`<>`")]
    NotEq,
    #[token(";")]
    Semi,
}

pub struct P;

#[parser(tokens = Tok<'s>, precedence(left(Or), left(And), left(Ne, NotEq), left(Plus, Minus), left(Times, Divide, Rem), right(Pow)))]
impl P {
    #[rule("e Semi")]
    fn stmt(&mut self, _: (), _: Tok) {}

    #[rule("While e Semi")]
    fn stmt(&mut self, _: Tok, _: (), _: Tok) {}

    #[rule(
        "e Plus e",
        "e Minus e",
        "e Times e",
        "e Divide e",
        "e Rem e",
        "e Pow e",
        "e And e",
        "e Or e",
        "e Ne e",
        "e NotEq e"
    )]
    fn e(&mut self, _: (), _: Tok, _: ()) {}

    #[rule("Num")]
    fn e(&mut self, _: i64) {}

    #[rule("Word")]
    fn e(&mut self, _: &str) {}
}

fn message(src: &str) -> String {
    let e = P.parse(Tok::lexer(src)).unwrap_err();
    e.render(src).lines().next().unwrap().to_string()
}

#[test]
fn literal_tokens_show_as_written_and_regex_tokens_by_name() {
    assert_eq!(
        message("+"),
        "1:1: unexpected `+`, expected one of `while` (a loop), number, or Word"
    );
    // Terminals come in grammar order (as the rules first use them); `<>` once.
    assert_eq!(
        message("while 1 2"),
        "1:9: unexpected `2` (number), expected one of `;`, `+`, `-`, `*`, `/`, `%`, `^`, `&`, or 2 more"
    );
    assert_eq!(
        message("x"),
        "1:2: unexpected end of input, expected one of `;`, `+`, `-`, `*`, `/`, `%`, `^`, `&`, or 2 more"
    );
}

#[test]
fn names_for_programs_and_for_people() {
    let e = P.parse(Tok::lexer("x y")).unwrap_err();
    assert_eq!(e.found(), Some("Word"));
    assert_eq!(
        e.expected(),
        [
            "Semi", "Plus", "Minus", "Times", "Divide", "Rem", "Pow", "And", "Or", "Ne", "NotEq"
        ]
    );
    assert_eq!(
        e.expected_display(),
        [
            "`;`", "`+`", "`-`", "`*`", "`/`", "`%`", "`^`", "`&`", "`|`", "`<>`", "`<>`"
        ]
    );
    // In the message, `<>` comes once: ten texts, eight shown and two counted.
    assert_eq!(
        message("x y"),
        "1:3: unexpected `y` (Word), expected one of `;`, `+`, `-`, `*`, `/`, `%`, `^`, `&`, or 2 more"
    );
    let e = P.parse(Tok::lexer("x + ")).unwrap_err();
    assert_eq!(e.expected(), ["Num", "Word"]);
    assert_eq!(e.expected_display(), ["number", "Word"]);
    assert!(message("x +").ends_with("unexpected end of input, expected number or Word"));
    let e = P.parse(Tok::lexer("1; 2")).unwrap_err();
    assert_eq!(e.expected(), ["$end"]);
    assert_eq!(e.expected_display(), ["end of input"]);
    assert_eq!(
        message("1; 2"),
        "1:4: unexpected `2` (number), expected end of input"
    );
}
