//! Hostile sizes for the lexer: a 10 MB string literal, a 10 MB unterminated one, and (once
//! sly-core limits the DFA's size) a regex whose DFA would not fit.

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
fn a_10_mb_unterminated_string_is_one_error_then_words() {
    let src = format!("\"{}", "abc ".repeat(TEN_MB / 4));
    let mut lexer = S::lexer(&src);
    let err = lexer.next().unwrap().unwrap_err();
    assert_eq!(err.span(), Span::new(0, 1));
    assert_eq!(err.char(), Some('"'));
    let mut words = 0;
    for item in lexer {
        assert_eq!(item.unwrap().0, S::Word("abc"));
        words += 1;
    }
    assert_eq!(words, TEN_MB / 4);
}

/// A string opened and never closed, whose every quote is escaped: each quote starts a scan to
/// the end of the input that fails, so maximal munch with restart is quadratic. 40 KB took
/// 54 s in a debug build (10 KB: 19 s, 80 KB: 369 s).
#[test]
#[ignore = "the lexer rescans after each failed match: quadratic on this input (see the doc)"]
fn escaped_quotes_without_an_end_lex_in_linear_time() {
    let src = format!("\"{}", "\\\"".repeat(20_000));
    let start = std::time::Instant::now();
    let items = S::lexer(&src).count();
    assert_eq!(items, 40_001);
    let t = start.elapsed();
    assert!(t.as_secs() < 2, "40 KB took {t:?}");
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
