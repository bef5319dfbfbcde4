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
#[parser(tokens = T, expect = 1, debugfile = "target/sly-test-dangling.out")]
impl Dangling {
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
#[parser(tokens = T)]
impl Optional {
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

#[test]
fn empty_rules_and_the_default_start_symbol() {
    assert_eq!(Optional.parse(T::lexer("else x")), Ok((true, 'x')));
    assert_eq!(Optional.parse(T::lexer("y")), Ok((false, 'y')));
    let err = Optional.parse(T::lexer("")).unwrap_err();
    assert_eq!(err.expected(), ["Var", "Else"]);
}

pub struct Raw;

// Raw identifiers name nonterminals by their plain name.
#[parser(tokens = T, start = r#type)]
impl Raw {
    #[rule("Var")]
    fn r#type(&mut self, v: char) -> char {
        v.to_ascii_uppercase()
    }
}

#[test]
fn raw_identifiers_as_nonterminals() {
    assert_eq!(Raw.parse(T::lexer("q")), Ok('Q'));
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
    #[parser(tokens = Tok<'s>, start = list, expect_rr = 2)]
    impl P {
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

    #[test]
    fn the_earlier_rule_wins_the_reduce_reduce_conflict() {
        assert_eq!(
            P.parse(Tok::lexer("a, b")),
            Ok(vec!["item a".to_string(), "item b".to_string()])
        );
    }
}
