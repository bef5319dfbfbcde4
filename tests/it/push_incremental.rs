//! The push parser asked what it would accept, without feeding it: `expected()` is exactly
//! the set of terminals `accepts` says yes to, and exactly what a syntax error there reports.

use sly::Span;
use sly_grammars::calc::{Calc, Tok};
use sly_testkit::rng::{Random, XorShift64Star};

/// One token of each variant, with its terminal name.
fn samples() -> Vec<(Tok<'static>, &'static str)> {
    vec![
        (Tok::Number(1), "Number"),
        (Tok::Name("x"), "Name"),
        (Tok::Plus, "Plus"),
        (Tok::Minus, "Minus"),
        (Tok::Times, "Times"),
        (Tok::Divide, "Divide"),
        (Tok::Assign, "Assign"),
        (Tok::LParen, "LParen"),
        (Tok::RParen, "RParen"),
    ]
}

/// A random valid statement of the calculator.
fn statement(rng: &mut XorShift64Star) -> String {
    fn expr(rng: &mut XorShift64Star, depth: u32, out: &mut String) {
        match rng.below(if depth > 3 { 2 } else { 5 }) {
            0 => out.push('7'),
            1 => out.push('y'),
            2 => {
                out.push('-');
                expr(rng, depth + 1, out);
            }
            3 => {
                out.push('(');
                expr(rng, depth + 1, out);
                out.push(')');
            }
            _ => {
                expr(rng, depth + 1, out);
                out.push_str(["+", "-", "*", "/"][rng.below(4)]);
                expr(rng, depth + 1, out);
            }
        }
    }
    let mut s = String::new();
    if rng.below(2) == 0 {
        s.push_str("x = ");
    }
    expr(rng, 0, &mut s);
    s
}

#[test]
fn expected_is_what_accepts_says_and_what_an_error_reports() {
    let mut rng = XorShift64Star::new(7);
    let mut checked = 0;
    for _ in 0..150 {
        let src = statement(&mut rng);
        let tokens: Vec<(Tok, Span)> = Tok::lexer(&src).collect::<Result<_, _>>().unwrap();
        for cut in 0..=tokens.len() {
            let mut calc = Calc::default();
            let mut p = calc.push_parser();
            for t in &tokens[..cut] {
                assert!(p.push(t.clone()));
            }
            let expected = p.expected();
            // `accepts` says yes to exactly the expected terminals (`$end` aside).
            for (tok, name) in samples() {
                assert_eq!(
                    p.accepts(&tok),
                    expected.contains(&name),
                    "{src:?} after {cut}: {name}"
                );
            }
            assert!(!expected.is_empty());
            // An unacceptable token gets an error that reports the same set.
            let Some((bad, _)) = samples().into_iter().find(|(t, _)| !p.accepts(t)) else {
                continue;
            };
            let at = tokens[..cut].last().map_or(0, |t| t.1.end);
            p.push((bad, Span::new(at, at)));
            let err = p.finish().unwrap_err();
            let reported: Vec<&str> = err.expected().iter().map(String::as_str).collect();
            assert_eq!(reported, expected, "{src:?} after {cut}");
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn a_line_that_needs_more_input_can_be_told_from_an_error() {
    let needs_more = |src: &str| {
        let mut calc = Calc::default();
        let mut p = calc.push_parser();
        for item in Tok::lexer(src) {
            if !p.push(item) {
                return None;
            }
        }
        if !p.errors().is_empty() {
            return None;
        }
        Some(!p.expected().contains(&"$end"))
    };
    assert_eq!(needs_more("x = (1 +"), Some(true));
    assert_eq!(needs_more("x = (1 + 2)"), Some(false));
    assert_eq!(needs_more("x = )"), None);
}

#[test]
fn a_checkpoint_resumes_as_if_the_prefix_had_been_fed_again() {
    let prefix = "x = (1 + y";
    let endings = [") * 2", " - 3)", ")) bad", ""];
    fn lex(s: &str) -> Vec<(Tok<'_>, Span)> {
        Tok::lexer(s).collect::<Result<Vec<_>, _>>().unwrap()
    }
    let mut calc = Calc::default();
    let mut p = calc.push_parser();
    for t in lex(prefix) {
        p.push(t);
    }
    let saved = p.checkpoint();
    drop(p);
    for ending in endings {
        // Resumed from the checkpoint...
        let mut calc = Calc::default();
        let mut resumed = sly::PushParser::resume(&mut calc, saved.clone());
        let offset = prefix.len();
        for (t, span) in lex(ending) {
            resumed.push((t, Span::new(span.start + offset, span.end + offset)));
        }
        let expected_then = resumed.expected();
        let got = resumed.finish_all();
        // ...and fresh, fed the whole input.
        let whole = format!("{prefix}{ending}");
        let mut calc = Calc::default();
        let mut fresh = calc.push_parser();
        for t in lex(&whole) {
            fresh.push(t);
        }
        assert_eq!(fresh.expected(), expected_then, "{whole:?}");
        let want = fresh.finish_all();
        assert_eq!(got.value, want.value, "{whole:?}");
        assert_eq!(got.errors, want.errors, "{whole:?}");
    }
    // Rewinding forgets what came after the checkpoint.
    let mut calc = Calc::default();
    let mut p = calc.push_parser();
    for t in lex(prefix) {
        p.push(t);
    }
    let saved = p.checkpoint();
    p.push((Tok::Times, Span::new(10, 11)));
    assert_eq!(p.expected(), ["Name", "Minus", "LParen", "Number"]);
    p.rewind(saved);
    assert_eq!(p.expected(), ["Plus", "Minus", "Times", "Divide", "RParen"]);
}
