//! `#[parser]` arguments: `expect`, `debugfile`, the default start symbol, and a trailing
//! `Span` parameter.

use sly::{Lexer, Span, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \n]+")]
pub enum T {
    #[token("if")]
    If,
    #[token("then")]
    Then,
    #[token("else")]
    Else,
    #[regex("[a-z]")]
    Var(char),
}

#[derive(Debug, PartialEq)]
pub enum S {
    If(char, Box<S>, Option<Box<S>>),
    Var(char, Span),
}

pub struct Dangling;

// The dangling else: one shift/reduce conflict, accepted and resolved by shifting, so `else`
// binds to the nearest `if`.
/// The grammar, once for each code generation.
macro_rules! dangling_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = T, expect = 1, debugfile = "target/sly-test-dangling.out", codegen = $codegen)]
        impl $name {
            #[rule("If Var Then stmt")]
            fn stmt(&mut self, _: T, c: char, _: T, s: S) -> S {
                S::If(c, Box::new(s), None)
            }

            #[rule("If Var Then stmt Else stmt")]
            fn stmt(&mut self, _: T, c: char, _: T, a: S, _: T, b: S) -> S {
                S::If(c, Box::new(a), Some(Box::new(b)))
            }

            #[rule("Var")]
            fn stmt(&mut self, v: char, at: Span) -> S {
                S::Var(v, at)
            }
        }
    };
}

dangling_grammar!(Dangling, "table");
crate::direct_twin!(DirectDangling, Dangling);
dangling_grammar!(DirectDangling, "direct");

#[test]
fn expect_accepts_the_conflicts_and_shifts() {
    let s = Dangling
        .parse(T::lexer("if a then if b then x else y"))
        .unwrap();
    assert_eq!(
        s,
        S::If(
            'a',
            Box::new(S::If(
                'b',
                Box::new(S::Var('x', Span::new(20, 21))),
                Some(Box::new(S::Var('y', Span::new(27, 28))))
            )),
            None
        )
    );
}

#[test]
fn debugfile_is_written_at_compile_time() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/sly-test-dangling.out");
    let text = std::fs::read_to_string(path).expect("the macro wrote the debug file");
    assert!(text.contains("State 0"), "{text}");
    assert!(
        text.contains("stmt: If Var Then stmt . Else stmt"),
        "{text}"
    );
    assert!(text.contains("shift/reduce"), "{text}");
}

pub struct Optional;

// `""` is the empty rule; the start symbol defaults to the first rule's nonterminal.
/// The grammar, once for each code generation.
macro_rules! optional_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = T, codegen = $codegen)]
        impl $name {
            #[rule("maybe_else Var")]
            fn pair(&mut self, e: bool, v: char) -> (bool, char) {
                (e, v)
            }

            #[rule("Else")]
            fn maybe_else(&mut self, _: T) -> bool {
                true
            }

            #[rule("")]
            fn maybe_else(&mut self, at: Span) -> bool {
                assert!(at.is_empty());
                false
            }
        }
    };
}

optional_grammar!(Optional, "table");
crate::direct_twin!(DirectOptional, Optional);
optional_grammar!(DirectOptional, "direct");

#[test]
fn empty_rules_and_the_default_start_symbol() {
    assert_eq!(Optional.parse(T::lexer("else x")), Ok((true, 'x')));
    assert_eq!(Optional.parse(T::lexer("y")), Ok((false, 'y')));
    let err = Optional.parse(T::lexer("")).unwrap_err();
    assert_eq!(err.expected(), ["Var", "Else"]);
}

pub struct Raw;

// Raw identifiers name nonterminals by their plain name.
/// The grammar, once for each code generation.
macro_rules! raw_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = T, start = r#type, codegen = $codegen)]
        impl $name {
            #[rule("Var")]
            fn r#type(&mut self, v: char) -> char {
                v.to_ascii_uppercase()
            }
        }
    };
}

raw_grammar!(Raw, "table");
crate::direct_twin!(DirectRaw, Raw);
raw_grammar!(DirectRaw, "direct");

#[test]
fn raw_identifiers_as_nonterminals() {
    assert_eq!(Raw.parse(T::lexer("q")), Ok('Q'));
}

#[test]
fn direct_code_runs_like_the_tables() {
    use crate::codegen_direct::{lexed, nothing, random_streams, same_in_both_modes};
    let sources = [
        "if a then if b then x else y",
        "if a then x else if b then y else z",
        "else x",
        "y",
        "",
        "q",
        "if if",
        "then else",
        "x y",
    ];
    for src in sources {
        same_in_both_modes(|| DirectDangling(Dangling), &lexed(T::lexer(src)), nothing);
        same_in_both_modes(|| DirectOptional(Optional), &lexed(T::lexer(src)), nothing);
        same_in_both_modes(|| DirectRaw(Raw), &lexed(T::lexer(src)), nothing);
    }
    let alphabet = [T::If, T::Then, T::Else, T::Var('a')];
    for input in random_streams(&alphabet, 13, 2000, 12) {
        same_in_both_modes(|| DirectDangling(Dangling), &input, nothing);
        same_in_both_modes(|| DirectOptional(Optional), &input, nothing);
        same_in_both_modes(|| DirectRaw(Raw), &input, nothing);
    }
}

/// `expect_rr`: a reduce/reduce conflict accepted and resolved as yacc does, by the earlier
/// rule; and the token type written without its lifetime inside an EBNF parameter type, in
/// an `impl` without `<'s>`.
mod expect_rr_and_elided_lifetimes {
    use sly::{Lexer, parser};

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(skip = " ")]
    pub enum Tok<'s> {
        #[regex("[a-z]+")]
        Word(&'s str),
        #[token(",")]
        Comma,
    }

    pub struct P;

    // A word is an `item` directly (rule 2) and through `name` (rule 3): in the state after a
    // word, both reductions apply on every lookahead.
    /// The grammar, once for each code generation.
    macro_rules! p_grammar {
        ($name:ident, $codegen:tt) => {
            #[parser(tokens = Tok<'s>, start = list, expect_rr = 2, codegen = $codegen)]
            impl $name {
                #[rule("item { Comma item }")]
                fn list(&mut self, first: String, rest: Vec<(Tok, String)>) -> Vec<String> {
                    let mut v = vec![first];
                    v.extend(rest.into_iter().map(|(_, s)| s));
                    v
                }

                #[rule("Word")]
                fn item(&mut self, w: &str) -> String {
                    format!("item {w}")
                }

                #[rule("name")]
                fn item(&mut self, n: String) -> String {
                    n
                }

                #[rule("Word")]
                fn name(&mut self, w: &str) -> String {
                    format!("name {w}")
                }
            }
        };
    }

    p_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    p_grammar!(DirectP, "direct");

    #[test]
    fn the_earlier_rule_wins_the_reduce_reduce_conflict() {
        assert_eq!(
            P.parse(Tok::lexer("a, b")),
            Ok(vec!["item a".to_string(), "item b".to_string()])
        );
    }

    #[test]
    fn direct_code_runs_like_the_tables() {
        use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
        for src in ["a, b", "a", "", ", a", "a b", "a,"] {
            same_in_both_modes(|| DirectP(P), &lexed(Tok::lexer(src)), |_| String::new());
        }
        for input in random_streams(&[Tok::Word("w"), Tok::Comma], 17, 1000, 10) {
            same_in_both_modes(|| DirectP(P), &input, |_| String::new());
        }
    }
}
