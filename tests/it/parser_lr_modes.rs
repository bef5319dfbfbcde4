//! `#[parser(lr = "...")]`: IELR(1) and canonical LR(1) parsers.
//!
//! Bison's manual's grammar of "mysterious conflicts" (`S: a A d | b B d | a B e | b A e;
//! A: c; B: c`) has two reduce/reduce conflicts under LALR(1), so that with the default
//! `lr = "lalr"` it does not compile (`tests/ui/parser/lalr_only_conflict.rs`); IELR(1) and
//! canonical LR(1) split the merged state and parse every sentence. A conflict-free grammar
//! built in all three modes parses, reports errors (with the same expected terminals),
//! recovers, runs through the push parser and writes its debug file alike.

use sly::{Lexer, ParseError, Span, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \n]+")]
pub enum T {
    #[token("a")]
    A,
    #[token("b")]
    B,
    #[token("c")]
    C,
    #[token("d")]
    D,
    #[token("e")]
    E,
    #[token(";")]
    Semi,
}

/// The manual's grammar, as a `;`-separated list with error recovery; each sentence gives its
/// first token, which of `x` and `y` reduced the `c`, and its last token.
macro_rules! mysterious {
    ($name:ident, $($lr:tt)*) => {
        #[derive(Default)]
        pub struct $name {
            errors: usize,
        }

        #[parser(tokens = T, $($lr)*)]
        impl $name {
            #[rule("stmt")]
            fn stmts(&mut self, s: String) -> Vec<String> {
                vec![s]
            }

            #[rule("stmts Semi stmt")]
            fn stmts(&mut self, mut v: Vec<String>, _: T, s: String) -> Vec<String> {
                v.push(s);
                v
            }

            #[rule("A x D", "B y D", "A y E", "B x E")]
            fn stmt(&mut self, first: T, m: &'static str, last: T) -> String {
                format!("{first:?} {m} {last:?}")
            }

            #[rule("error")]
            fn stmt(&mut self, _bad: Span) -> String {
                "error".to_string()
            }

            #[rule("C")]
            fn x(&mut self, _: T) -> &'static str {
                "x"
            }

            #[rule("C")]
            fn y(&mut self, _: T) -> &'static str {
                "y"
            }

            #[on_error]
            fn count(&mut self, _: &ParseError) {
                self.errors += 1;
            }
        }
    };
}

mysterious!(MysteriousIelr, lr = "ielr");
mysterious!(
    MysteriousCanonical,
    lr = "canonical",
    debugfile = "target/sly-test-canonical.out"
);
mysterious!(MysteriousIelrDirect, lr = "ielr", codegen = "direct");
mysterious!(
    MysteriousCanonicalDirect,
    lr = "canonical",
    codegen = "direct"
);

#[test]
fn ielr_parses_the_sentences_that_lalr_merges() {
    // After `a c` and after `b c`, LALR(1) has one state that reduces both `x` and `y` on both
    // `d` and `e`; IELR(1) has one state for each.
    for (src, want) in [
        ("a c d", "A x D"),
        ("b c d", "B y D"),
        ("a c e", "A y E"),
        ("b c e", "B x E"),
    ] {
        assert_eq!(
            MysteriousIelr::default().parse(T::lexer(src)),
            Ok(vec![want.to_string()]),
            "{src}"
        );
        assert_eq!(
            MysteriousCanonical::default().parse(T::lexer(src)),
            Ok(vec![want.to_string()]),
            "{src}"
        );
    }
    let all = "a c d; b c d; a c e; b c e";
    let want = ["A x D", "B y D", "A y E", "B x E"];
    assert_eq!(
        MysteriousIelr::default().parse(T::lexer(all)),
        Ok(want.map(String::from).to_vec())
    );
}

#[test]
fn split_states_report_exact_expected_terminals_and_recover() {
    for src in ["a c c", "b c a", "a d"] {
        let e1 = MysteriousIelr::default().parse(T::lexer(src)).unwrap_err();
        let e2 = MysteriousCanonical::default()
            .parse(T::lexer(src))
            .unwrap_err();
        assert_eq!(e1, e2, "{src}");
    }
    let err = MysteriousIelr::default()
        .parse(T::lexer("a c c"))
        .unwrap_err();
    assert_eq!(err.span(), Span::new(4, 5));
    assert_eq!(err.expected(), ["D", "E"]);
    let err = MysteriousIelr::default().parse(T::lexer("b")).unwrap_err();
    assert!(err.is_end_of_input());
    assert_eq!(err.expected(), ["C"]);

    // Recovery: a broken sentence becomes `error`, the others keep their values. (An error
    // on a token that cannot follow `error` pops the list too, as in yacc.)
    let src = "a c; b c e; a; a c e";
    let mut p = MysteriousIelr::default();
    let out = p.parse_all(T::lexer(src));
    assert_eq!(out.errors.len(), 2);
    assert_eq!(out.errors[0].expected(), ["D", "E"]);
    assert_eq!(out.errors[1].expected(), ["C"]);
    assert_eq!(p.errors, 2);
    let want = ["error", "B x E", "error", "A y E"];
    assert_eq!(out.value, Some(want.map(String::from).to_vec()));
    let mut p = MysteriousCanonical::default();
    let out2 = p.parse_all(T::lexer(src));
    assert_eq!(out2.value, out.value);
    assert_eq!(out2.errors, out.errors);
}

#[test]
fn split_states_work_with_the_push_parser() {
    for src in ["a c d; b c e", "b c d; a c", "a c e; x"] {
        let pulled = MysteriousIelr::default().parse(T::lexer(src));
        let mut p = MysteriousIelr::default();
        let mut push = p.push_parser();
        for item in T::lexer(src) {
            if !push.push(item) {
                break;
            }
        }
        assert_eq!(push.finish(), pulled, "{src}");
    }
}

#[test]
fn canonical_debugfile_is_written() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/sly-test-canonical.out");
    let text = std::fs::read_to_string(path).expect("the macro wrote the debug file");
    // Two states reduce `x: C` and `y: C`, one per context, each on its own lookahead.
    assert!(
        text.contains("    8 x: C .  [D]\n    9 y: C .  [E]\n"),
        "{text}"
    );
    assert!(
        text.contains("    8 x: C .  [E]\n    9 y: C .  [D]\n"),
        "{text}"
    );
    assert!(text.contains("\nno conflicts\n"), "{text}");
}

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \n]+")]
pub enum Tok {
    #[regex("[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token(";")]
    Semi,
}

/// A calculator over `;`-separated expressions, with precedence and recovery.
macro_rules! calc {
    ($name:ident, $($lr:tt)*) => {
        pub struct $name;

        #[parser(tokens = Tok, precedence(left(Plus, Minus), left(Times), right(UMINUS)) $($lr)*)]
        impl $name {
            #[rule("{ stmt }")]
            fn stmts(&mut self, v: Vec<Option<i64>>) -> Vec<Option<i64>> {
                v
            }

            #[rule("e Semi")]
            fn stmt(&mut self, v: i64, _: Tok) -> Option<i64> {
                Some(v)
            }

            #[rule("error Semi")]
            fn stmt(&mut self, _: Span, _: Tok) -> Option<i64> {
                None
            }

            #[rule("e Plus e", "e Minus e", "e Times e")]
            fn e(&mut self, a: i64, op: Tok, b: i64) -> i64 {
                match op {
                    Tok::Plus => a + b,
                    Tok::Minus => a - b,
                    _ => a * b,
                }
            }

            #[rule("Minus e %prec UMINUS")]
            fn e(&mut self, _: Tok, a: i64) -> i64 {
                -a
            }

            #[rule("LParen e RParen")]
            fn e(&mut self, _: Tok, a: i64, _: Tok) -> i64 {
                a
            }

            #[rule("Num")]
            fn e(&mut self, n: i64) -> i64 {
                n
            }
        }
    };
}

calc!(CalcLalr,);
calc!(CalcIelr, , lr = "ielr");
calc!(CalcCanonical, , lr = "canonical", debugfile = "target/sly-test-calc-canonical.out");
calc!(CalcLalrDirect, , codegen = "direct");
calc!(CalcIelrDirect, , lr = "ielr", codegen = "direct");
calc!(CalcCanonicalDirect, , lr = "canonical", codegen = "direct");

#[test]
fn the_three_constructions_parse_alike() {
    for src in [
        "1 + 2 * 3; -(4 - 5) * 6;",
        "1 - 2 - 3; 2 * -3 + 1;",
        "1 + ; 2;",
        "(1 + 2; 3 * 4;",
        "1 2; ) ; 7;",
        "",
        "1 +",
        "((((1))))",
        "- - - 1;",
    ] {
        let lalr = CalcLalr.parse_all(Tok::lexer(src));
        let ielr = CalcIelr.parse_all(Tok::lexer(src));
        let canonical = CalcCanonical.parse_all(Tok::lexer(src));
        assert_eq!(lalr.value, ielr.value, "{src}");
        assert_eq!(lalr.errors, ielr.errors, "{src}");
        assert_eq!(lalr.value, canonical.value, "{src}");
        // Canonical LR(1) detects an error no later than LALR(1), with the same expected
        // terminals once default reductions are done.
        assert_eq!(lalr.errors.len(), canonical.errors.len(), "{src}");
        for (a, b) in lalr.errors.iter().zip(&canonical.errors) {
            assert_eq!(a.span(), b.span(), "{src}");
            assert_eq!(a.expected(), b.expected(), "{src}");
        }
        let mut c = CalcCanonical;
        let mut push = c.push_parser();
        for item in Tok::lexer(src) {
            if !push.push(item) {
                break;
            }
        }
        assert_eq!(push.finish_all().value, lalr.value, "{src}");
    }
    assert_eq!(
        CalcIelr.parse(Tok::lexer("1 + 2 * 3; -(4 - 5) * 6;")),
        Ok(vec![Some(7), Some(6)])
    );
}

#[test]
fn direct_code_runs_like_the_tables_in_every_construction() {
    use crate::codegen_direct::{lexed, nothing, random_streams, same_in_both_modes};
    let errors = |p: &MysteriousIelrDirect| p.errors.to_string();
    let errors_canonical = |p: &MysteriousCanonicalDirect| p.errors.to_string();
    for src in [
        "a c d; b c d; a c e; b c e",
        "a c d; b; b c e",
        "c",
        "a c d d",
        "",
    ] {
        same_in_both_modes(MysteriousIelrDirect::default, &lexed(T::lexer(src)), errors);
        same_in_both_modes(
            MysteriousCanonicalDirect::default,
            &lexed(T::lexer(src)),
            errors_canonical,
        );
    }
    let alphabet = [T::A, T::B, T::C, T::D, T::E, T::Semi];
    for input in random_streams(&alphabet, 29, 2000, 12) {
        same_in_both_modes(MysteriousIelrDirect::default, &input, errors);
        same_in_both_modes(MysteriousCanonicalDirect::default, &input, errors_canonical);
    }
    for src in ["1 + 2 * 3; -(4 - 5) * 6;", "1 + ; 2;", "(1;", "1 2 3;", ""] {
        same_in_both_modes(|| CalcLalrDirect, &lexed(Tok::lexer(src)), nothing);
        same_in_both_modes(|| CalcIelrDirect, &lexed(Tok::lexer(src)), nothing);
        same_in_both_modes(|| CalcCanonicalDirect, &lexed(Tok::lexer(src)), nothing);
    }
    let alphabet = [
        Tok::Num(2),
        Tok::Plus,
        Tok::Minus,
        Tok::Times,
        Tok::LParen,
        Tok::RParen,
        Tok::Semi,
    ];
    for input in random_streams(&alphabet, 31, 2000, 14) {
        same_in_both_modes(|| CalcLalrDirect, &input, nothing);
        same_in_both_modes(|| CalcIelrDirect, &input, nothing);
        same_in_both_modes(|| CalcCanonicalDirect, &input, nothing);
    }
}
