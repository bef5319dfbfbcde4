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

/// The grammar, once for each code generation.
#[rustfmt::skip]
macro_rules! p_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = Tok<'s>, precedence(left(Or), left(And), left(Ne, NotEq), left(Plus, Minus), left(Times, Divide, Rem), right(Pow)), codegen = $codegen)]
        impl $name {
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
    };
}

p_grammar!(P, "table");
crate::direct_twin!(DirectP, P);
p_grammar!(DirectP, "direct");

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

// The calculator's catalogue (`grammars/src/calc.messages`): its common mistakes, rendered.

fn calc_error(src: &str) -> String {
    match sly_grammars::calc::Calc::default().eval(src) {
        Err(e) => e.render(src, 0),
        Ok(v) => panic!("`{src}` parsed: {v:?}"),
    }
}

#[test]
fn the_calculator_says_what_went_wrong_in_its_own_words() {
    assert_eq!(
        calc_error("3 +"),
        "1:4: An operator needs a number, a name or a parenthesised expression after it; found end of input.\n  |\n1 | 3 +\n  |    ^\n"
    );
    assert_eq!(
        calc_error("x = "),
        "1:4: `=` needs a value: write an expression after it.\n  |\n1 | x = \n  |    ^\n"
    );
    assert_eq!(
        calc_error(")"),
        "1:1: A statement starts with a number, a name, `-` or `(`; found `)`.\n  |\n1 | )\n  | ^\n"
    );
    assert_eq!(
        calc_error("2 ** 3"),
        "1:4: After `*` comes a number, a name or a parenthesised expression; found `*`. No `**` here.\n  |\n1 | 2 ** 3\n  |    ^\n"
    );
    assert_eq!(
        calc_error("(1 + 2"),
        "1:7: Unexpected end of input after this expression: expected one of `+`, `-`, `*`, `/`, or `)`.\n  |\n1 | (1 + 2\n  |       ^\n"
    );
    assert_eq!(
        calc_error("(1"),
        "1:3: This `(` is not closed: expected an operator or `)`, found end of input.\n  |\n1 | (1\n  |   ^\n"
    );
    assert_eq!(
        calc_error("1)"),
        "1:2: Expected an operator or the end of the statement after this expression; found `)`.\n  |\n1 | 1)\n  |  ^\n"
    );
    assert_eq!(
        calc_error("1 + 2)"),
        "1:6: Unexpected `)` after this expression: expected one of end of input, `+`, `-`, `*`, or `/`.\n  |\n1 | 1 + 2)\n  |      ^\n"
    );
}

#[test]
fn a_catalogued_error_keeps_what_programs_read() {
    use sly_grammars::calc::CalcError;
    let Err(CalcError::Parse(e)) = sly_grammars::calc::Calc::default().eval("3 +") else {
        panic!("`3 +` is a syntax error");
    };
    assert!(e.is_catalogued());
    assert_eq!(
        e.message(),
        "An operator needs a number, a name or a parenthesised expression after it; found end of input."
    );
    assert!(e.is_end_of_input());
    assert_eq!(e.expected(), ["Name", "Minus", "LParen", "Number"]);
    assert_eq!(e.expected_display(), ["name", "`-`", "`(`", "number"]);
    assert_eq!(
        e.to_string(),
        "An operator needs a number, a name or a parenthesised expression after it; found end of input. at 3..3"
    );
}

/// The catalogue is complete (`messages_complete = true`): every syntax error the calculator
/// can meet gets a message from it, which random token strings check.
#[test]
fn every_calculator_syntax_error_is_catalogued() {
    use sly_grammars::calc::{Calc, CalcError};
    use sly_testkit::rng::{Random, XorShift64Star};
    let words = ["1", "x", "+", "-", "*", "/", "=", "(", ")"];
    let mut rng = XorShift64Star::new(14);
    let mut errors = 0;
    for _ in 0..20_000 {
        let n = rng.below(8);
        let src: Vec<&str> = (0..n).map(|_| *rng.pick(&words)).collect();
        let src = src.join(" ");
        if let Err(CalcError::Parse(e)) = Calc::default().eval(&src) {
            errors += 1;
            assert!(e.is_catalogued(), "`{src}`: {}", e.render(&src));
        }
    }
    assert!(errors > 10_000, "only {errors} errors");
}

// A partial catalogue: `$found` and `$expected` filled in, the generic message elsewhere.

pub struct Q;

/// The grammar, once for each code generation.
#[rustfmt::skip]
macro_rules! q_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(
            tokens = Tok<'s>,
            start = prog,
            messages = "tests/it/error_messages.messages",
            precedence(left(Plus)), codegen = $codegen)]
        impl $name {
            #[rule("{ stmt }")]
            fn prog(&mut self, _: Vec<()>) {}

            #[rule("e Semi")]
            fn stmt(&mut self, _: (), _: Tok) {}

            #[rule("error Semi")]
            fn stmt(&mut self, _: sly::Span, _: Tok) {}

            #[rule("e Plus e")]
            fn e(&mut self, _: (), _: Tok, _: ()) {}

            #[rule("Num")]
            fn e(&mut self, _: i64) {}
        }
    };
}

q_grammar!(Q, "table");
crate::direct_twin!(DirectQ, Q);
q_grammar!(DirectQ, "direct");

#[test]
fn catalogue_messages_name_the_found_and_expected_tokens() {
    let e = Q.parse(Tok::lexer("1 + ;")).unwrap_err();
    assert!(e.is_catalogued());
    assert_eq!(
        e.render("1 + ;"),
        "1:5: After `+` comes a number, not `;` (expected number).\n  |\n1 | 1 + ;\n  |     ^\n"
    );
    assert_eq!(
        Q.parse(Tok::lexer("1 +")).unwrap_err().message(),
        "After `+` comes a number, not end of input (expected number)."
    );
    // A state the catalogue does not cover: the generic message.
    let e = Q.parse(Tok::lexer("1 2")).unwrap_err();
    assert!(!e.is_catalogued());
    assert_eq!(e.message(), "unexpected number, expected `;` or `+`");
    assert_eq!(
        e.render("1 2"),
        "1:3: unexpected `2` (number), expected `;` or `+`\n  |\n1 | 1 2\n  |   ^\n"
    );
    // Errors found while recovering carry their messages too.
    let all = Q.parse_all(Tok::lexer("1 + ; 2; 3 3; 4;"));
    let messages: Vec<String> = all.errors.iter().map(|e| e.message()).collect();
    assert_eq!(
        messages,
        [
            "After `+` comes a number, not `;` (expected number).",
            "unexpected number, expected `;` or `+`"
        ]
    );
}

#[test]
fn direct_code_reports_the_same_errors_and_messages() {
    use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
    for src in [
        "+",
        "while 1 2",
        "x",
        "x y",
        "x + ",
        "1; 2",
        "1 <> 2 != 3 ^ 4;",
        "while x | y & z;",
    ] {
        same_in_both_modes(|| DirectP(P), &lexed(Tok::lexer(src)), |_| String::new());
    }
    for src in [
        "1 + ;",
        "1 +",
        "1 2",
        "1 + ; 2; 3 3; 4;",
        "; ;",
        "1 + 2 + 3;",
    ] {
        let got = same_in_both_modes(|| DirectQ(Q), &lexed(Tok::lexer(src)), |_| String::new());
        assert!(
            !src.contains("+ ;") || got.contains("After `+` comes a number"),
            "{got}"
        );
    }
    let alphabet = [
        Tok::Num(1),
        Tok::Word("w"),
        Tok::While,
        Tok::Plus,
        Tok::Pow,
        Tok::Ne,
        Tok::Semi,
    ];
    for input in random_streams(&alphabet, 23, 3000, 12) {
        same_in_both_modes(|| DirectP(P), &input, |_| String::new());
        same_in_both_modes(|| DirectQ(Q), &input, |_| String::new());
    }
}
