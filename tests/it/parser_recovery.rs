//! Error recovery with `error` rules, as yacc and SLY do it: every error is reported at its
//! place and the valid statements still produce their values.

use sly::{Lexer, ParseError, Span, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+")]
pub enum T<'s> {
    #[regex(r"[0-9]+")]
    Num(i64),
    #[regex(r"[a-z]+")]
    Name(&'s str),
    #[token("=")]
    Eq,
    #[token("+")]
    Plus,
    #[token("*")]
    Star,
    #[token(";")]
    Semi,
}

#[derive(Debug, PartialEq)]
pub enum Stmt {
    Let(String, i64),
    Bad(Span),
}

#[derive(Default)]
pub struct Script {
    hook: Vec<Span>,
}

/// The grammar, once for each code generation.
macro_rules! script_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = T<'s>, precedence(left(Plus), left(Star)), codegen = $codegen)]
        impl $name {
            #[rule("{ stmt }")]
            fn script(&mut self, stmts: Vec<Stmt>) -> Vec<Stmt> {
                stmts
            }

            #[rule("Name Eq expr Semi")]
            fn stmt(&mut self, name: &str, _: T, v: i64, _: T) -> Stmt {
                Stmt::Let(name.to_string(), v)
            }

            #[rule("error Semi")]
            fn stmt(&mut self, bad: Span, _: T) -> Stmt {
                Stmt::Bad(bad)
            }

            #[rule("expr Plus expr")]
            fn expr(&mut self, a: i64, _: T, b: i64) -> i64 {
                a + b
            }

            #[rule("expr Star expr")]
            fn expr(&mut self, a: i64, _: T, b: i64) -> i64 {
                a * b
            }

            #[rule("Num")]
            fn expr(&mut self, n: i64) -> i64 {
                n
            }

            #[on_error]
            fn report(&mut self, e: &ParseError) {
                self.hook.push(e.span());
            }
        }
    };
}

script_grammar!(Script, "table");
crate::direct_twin!(DirectScript, Script);
script_grammar!(DirectScript, "direct");

#[test]
fn three_broken_statements_among_a_hundred() {
    let broken = [17, 50, 88];
    let mut src = String::new();
    let mut bad_at = Vec::new();
    for i in 0..100 {
        if broken.contains(&i) {
            let line = format!("v{} = {} + * 2;\n", "x".repeat(i % 3 + 1), i);
            bad_at.push(src.len() + line.find('*').unwrap());
            src.push_str(&line);
        } else {
            src.push_str(&format!("v = {i} * 2 + 1;\n"));
        }
    }
    let src = src.replace("vx", "x");
    let mut p = Script::default();
    let out = p.parse_all(T::lexer(&src));
    assert_eq!(out.errors.len(), 3);
    let idx = sly::LineIndex::new(&src);
    for (e, &line) in out.errors.iter().zip(&broken) {
        let lc = idx.line_col(&src, e.span().start);
        assert_eq!(lc.line, line + 1);
        assert_eq!(e.found(), Some("Star"));
        assert_eq!(e.expected(), ["Num"]);
    }
    let stmts = out.value.unwrap();
    assert_eq!(stmts.len(), 100);
    let good: Vec<i64> = stmts
        .iter()
        .filter_map(|s| match s {
            Stmt::Let(_, v) => Some(*v),
            Stmt::Bad(_) => None,
        })
        .collect();
    assert_eq!(good.len(), 97);
    let want: Vec<i64> = (0..100)
        .filter(|i| !broken.contains(i))
        .map(|i| i as i64 * 2 + 1)
        .collect();
    assert_eq!(good, want);
    assert_eq!(p.hook.len(), 3);
    // An error statement spans what it replaced, up to the token that ended recovery.
    for (s, &line) in stmts
        .iter()
        .filter(|s| matches!(s, Stmt::Bad(_)))
        .zip(&broken)
    {
        let Stmt::Bad(span) = s else { unreachable!() };
        assert_eq!(idx.line_col(&src, span.start).line, line + 1);
        assert!(src[span.range()].contains('*'), "{:?}", &src[span.range()]);
    }
}

#[test]
fn parse_reports_the_first_error_even_when_recovered() {
    let err = Script::default()
        .parse(T::lexer("a = 1; b = ; c = 2;"))
        .unwrap_err();
    assert_eq!(err.span(), Span::new(11, 12));
    assert_eq!(err.found(), Some("Semi"));
}

#[test]
fn unrecoverable_input_reports_and_gives_no_value() {
    let out = Script::default().parse_all(T::lexer("a = 1; b = 2"));
    assert!(out.value.is_none());
    assert_eq!(out.errors.len(), 1);
    assert!(out.errors[0].is_end_of_input());
    assert_eq!(out.errors[0].expected(), ["Semi", "Plus", "Star"]);
}

#[test]
fn lexing_errors_go_through_recovery() {
    let src = "a = 1; b = 2 # 3; c = 4;";
    let out = Script::default().parse_all(T::lexer(src));
    assert_eq!(out.errors.len(), 1);
    let lex = out.errors[0].lex_error().expect("a lexing error");
    assert_eq!(lex.span(), Span::new(13, 14));
    assert_eq!(
        out.errors[0].render(src),
        "1:14: unexpected character `#`\n  |\n1 | a = 1; b = 2 # 3; c = 4;\n  |              ^\n"
    );
    let v = out.value.unwrap();
    assert_eq!(v.len(), 3);
    assert_eq!(v[2], Stmt::Let("c".into(), 4));
}

#[test]
fn direct_code_runs_like_the_tables() {
    use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
    let make = || DirectScript(Script::default());
    let observe = |p: &DirectScript| format!("{:?}", p.hook);
    let mut long = String::new();
    for i in 0..100 {
        if [17, 50, 88].contains(&i) {
            long.push_str(&format!("x{i} = {i} + * 2;\n"));
        } else {
            long.push_str(&format!("v = {i} * 2 + 1;\n"));
        }
    }
    for src in [
        long.as_str(),
        "a = 1; b = ; c = 2;",
        "a = 1; b = 2",
        "a = 1; b = 2 # 3; c = 4;",
        "; ; a = 1;",
        "a = = = 1; b = 2;",
        "",
    ] {
        same_in_both_modes(make, &lexed(T::lexer(src)), observe);
    }
    let alphabet = [T::Num(2), T::Name("a"), T::Eq, T::Plus, T::Star, T::Semi];
    for input in random_streams(&alphabet, 5, 3000, 16) {
        same_in_both_modes(make, &input, observe);
    }
}

mod pops_below_the_token {
    use sly::{Lexer, Span, parser};

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(skip = " ")]
    pub enum T {
        #[token("a")]
        A,
        #[token("b")]
        B,
        #[token(";")]
        Semi,
    }

    pub struct P;

    // Recovery pops states that the reductions on the offending token had already replaced.
    /// The grammar, once for each code generation.
    macro_rules! pops_grammar {
        ($name:ident, $codegen:tt) => {
            #[parser(tokens = T, codegen = $codegen)]
            impl $name {
                #[rule("s")]
                fn list(&mut self, s: u8) -> Vec<u8> {
                    vec![s]
                }

                #[rule("list Semi s")]
                fn list(&mut self, mut l: Vec<u8>, _: T, s: u8) -> Vec<u8> {
                    l.push(s);
                    l
                }

                #[rule("A B B")]
                fn s(&mut self, _: T, _: T, _: T) -> u8 {
                    1
                }

                #[rule("error")]
                fn s(&mut self, _: Span) -> u8 {
                    2
                }
            }
        };
    }

    pops_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    pops_grammar!(DirectP, "direct");

    #[test]
    fn recovery_after_reductions_on_the_bad_token() {
        let out = P.parse_all(T::lexer("a b ; a b b"));
        assert_eq!(out.value, Some(vec![2, 1]));
        assert_eq!(out.errors.len(), 1);
        assert_eq!(out.errors[0].span(), Span::new(4, 5));
        assert_eq!(out.errors[0].expected(), ["B"]);
        for src in ["; ;", "a ; b", "b b b ; a b b ; a", "a b b ; ; a b b", ";"] {
            let out = P.parse_all(T::lexer(src));
            assert!(!out.errors.is_empty(), "{src}");
        }
    }

    #[test]
    fn direct_code_runs_like_the_tables() {
        use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
        for src in [
            "a b ; a b b",
            "; ;",
            "a ; b",
            "b b b ; a b b ; a",
            "a b b ; ; a b b",
            ";",
        ] {
            same_in_both_modes(|| DirectP(P), &lexed(T::lexer(src)), |_| String::new());
        }
        for input in random_streams(&[T::A, T::B, T::Semi], 3, 2000, 12) {
            same_in_both_modes(|| DirectP(P), &input, |_| String::new());
        }
    }
}

/// Recovery pops values of several types (tokens, `i64`s) from the middle of a rule; a value
/// left behind, or one popped too many, would turn up in a later reduction.
mod recovery_pops_each_value {
    use sly::{Lexer, Span, parser};

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(skip = " ")]
    pub enum T {
        #[regex("[0-9]+")]
        Num(i64),
        #[token("+")]
        Plus,
        #[token(",")]
        Comma,
        #[token("(")]
        LParen,
        #[token(")")]
        RParen,
        #[token("*")]
        Star,
    }

    pub struct P;

    /// The grammar, once for each code generation.
    macro_rules! pops_grammar {
        ($name:ident, $codegen:tt) => {
            #[parser(tokens = T, start = sum, codegen = $codegen)]
            impl $name {
                #[rule("sum Plus item")]
                fn sum(&mut self, a: i64, op: T, b: i64) -> i64 {
                    assert_eq!(op, T::Plus);
                    a + b
                }

                #[rule("item")]
                fn sum(&mut self, a: i64) -> i64 {
                    a
                }

                #[rule("Num")]
                fn item(&mut self, n: i64) -> i64 {
                    n
                }

                #[rule("LParen sum Comma sum RParen")]
                fn item(&mut self, open: T, a: i64, _: T, b: i64, close: T) -> i64 {
                    assert_eq!((open, close), (T::LParen, T::RParen));
                    a * b
                }

                #[rule("LParen error RParen")]
                fn item(&mut self, open: T, _: Span, close: T) -> i64 {
                    assert_eq!((open, close), (T::LParen, T::RParen));
                    -1
                }
            }
        };
    }

    pops_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    pops_grammar!(DirectP, "direct");

    #[test]
    fn values_under_the_error_are_the_ones_before_it() {
        for (src, want, errors) in [
            ("5 + (2, 3) + 1", 12, 0),
            ("5 + (1, *) + 2", 6, 1),
            ("5 + (1 + 4, 2 * 2) + 2", 6, 1),
            ("(7, 8 + (1, 2 +) ) + 100 + (2, 3 3) + 1", 149, 2),
        ] {
            let out = P.parse_all(T::lexer(src));
            assert_eq!(out.errors.len(), errors, "{src}: {:?}", out.errors);
            assert_eq!(out.value, Some(want), "{src}");
        }
    }

    #[test]
    fn direct_code_runs_like_the_tables() {
        use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
        for src in [
            "5 + (2, 3) + 1",
            "5 + (1, *) + 2",
            "5 + (1 + 4, 2 * 2) + 2",
            "(7, 8 + (1, 2 +) ) + 100 + (2, 3 3) + 1",
        ] {
            same_in_both_modes(|| DirectP(P), &lexed(T::lexer(src)), |_| String::new());
        }
        let alphabet = [T::Num(3), T::Plus, T::Comma, T::LParen, T::RParen, T::Star];
        for input in random_streams(&alphabet, 9, 3000, 14) {
            same_in_both_modes(|| DirectP(P), &input, |_| String::new());
        }
    }
}
