//! Hostile sizes for the lexer: a 10 MB string literal, a 10 MB unterminated one, text that
//! makes maximal munch quadratic without a memo, and a regex whose DFA would not fit.

use sly::{Lexer, Span};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \n]+")]
enum S<'s> {
    #[regex(r#""([^"\\]|\\.)*""#)]
    Str(&'s str),
    #[regex("[a-z]+")]
    Word(&'s str),
    #[token("\\")]
    Backslash,
}

const TEN_MB: usize = 10 * 1024 * 1024;

#[test]
fn a_10_mb_string_literal_is_one_token() {
    let body = "abc \\\" é \\\\ ".repeat(TEN_MB / 14);
    let src = format!("x \"{body}\" y");
    let toks: Vec<_> = S::lexer(&src).collect::<Result<_, _>>().unwrap();
    assert_eq!(toks.len(), 3);
    assert_eq!(toks[0], (S::Word("x"), Span::new(0, 1)));
    assert_eq!(toks[1].1, Span::new(2, src.len() - 2));
    let S::Str(s) = toks[1].0 else {
        panic!("{:?}", toks[1].1)
    };
    assert_eq!(s.len(), body.len() + 2);
    assert_eq!(toks[2], (S::Word("y"), Span::new(src.len() - 1, src.len())));
}

#[test]
fn a_10_mb_unterminated_string_is_one_error() {
    let src = format!("x \"{}", "abc ".repeat(TEN_MB / 4));
    let items: Vec<_> = S::lexer(&src).collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0], Ok((S::Word("x"), Span::new(0, 1))));
    let err = items[1].clone().unwrap_err();
    assert_eq!(err.span(), Span::new(2, src.len()));
    assert_eq!(
        err.to_string(),
        "unterminated `Str`: the input ends inside it"
    );
}

/// Runs `f` on another thread and fails if it has not returned within `secs`: a guard
/// against hangs (a quadratic lexer takes hours on these inputs), not a speed measurement.
fn within<R: Send + 'static>(secs: u64, f: impl FnOnce() -> R + Send + 'static) -> R {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(secs))
        .unwrap_or_else(|_| panic!("no answer within {secs} s"))
}

/// A string opened and never closed, whose every quote is escaped: one error, found with one
/// walk to the end of the input and one more to name it; lexing does not start again inside
/// it, so each of its quotes does not start a walk of its own (a time quadratic in its length).
#[test]
fn escaped_quotes_without_an_end_lex_in_linear_time() {
    let n = 1_000_000;
    let items = within(120, move || {
        let src = format!("\"{}", "\\\"".repeat(n));
        S::lexer(&src)
            .map(|r| r.map(|(_, span)| span).map_err(|e| e.span()))
            .collect::<Vec<_>>()
    });
    assert_eq!(items, [Err(Span::new(0, 2 * n + 1))]);
}

#[derive(Lexer, Debug, Clone, Copy, PartialEq)]
#[sly(skip = " +")]
#[sly(skip = r"/\*([^*]|\*+[^*/])*\*+/")]
enum C {
    #[token("/")]
    Slash,
    #[token("*")]
    Star,
    #[regex("[a-z]+")]
    Word,
}

/// A comment opened again and again and never closed: each opener walks to the end of the
/// input and backs up to a `/`. Linear with the memo, quadratic without.
#[test]
fn comment_openers_without_an_end_lex_in_linear_time() {
    let n = 500_000;
    let toks = within(120, move || {
        let src = format!("a{}", " /* b".repeat(n));
        C::lexer(&src).collect::<Result<Vec<_>, _>>().unwrap()
    });
    assert_eq!(toks.len(), 1 + 3 * n);
    assert_eq!(
        toks[..4].iter().map(|t| t.0).collect::<Vec<_>>(),
        [C::Word, C::Slash, C::Star, C::Word]
    );
    assert_eq!(toks[3 * n], (C::Word, Span::new(5 * n, 5 * n + 1)));
}

/// The memo must not change what is matched: a comment that does end after many openers is
/// one skip; and after an unterminated comment's walk is remembered, the text it covered still
/// lexes as it should.
#[test]
fn remembered_walks_do_not_change_matches() {
    let src = format!("{} */ x /* y */ z", "/* ".repeat(100));
    let toks: Vec<C> = C::lexer(&src).map(|t| t.unwrap().0).collect();
    assert_eq!(toks, [C::Word, C::Word]);
    // An unterminated comment first: its walk is remembered; the text after the `/`, `*` it
    // leaves starts the same comment again, which this time ends.
    let src = format!("/*{}", "x".repeat(200));
    let toks: Vec<C> = C::lexer(&src).map(|t| t.unwrap().0).collect();
    assert_eq!(toks, [C::Slash, C::Star, C::Word]);
}

/// `(a|b)*a(a|b){20}` needs a DFA of 2^21 states: building it must stop at a size limit with
/// an error that names the size, not run for hours (`{14}` alone takes 34 s and `{20}` about
/// 64 times the states) and gigabytes.
#[test]
fn a_regex_whose_dfa_explodes_is_an_error_naming_the_size() {
    use sly_core::lex::build::{Pattern, RuleSpec, build_tables};
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rules = [RuleSpec::new(Pattern::Regex("(a|b)*a(a|b){20}".into()))];
        let _ = tx.send(build_tables(&rules).map(|t| t.state_count()));
    });
    let r = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("no answer within 60 s");
    let errors = r.expect_err("a DFA of 2^21 states was built");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = &errors[0].message;
    assert!(message.contains("limit"), "{message}");
    assert!(message.chars().any(|c| c.is_ascii_digit()), "{message}");
}
