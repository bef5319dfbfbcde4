//! A JSON grammar parsing to a value tree, with SLY's EBNF lists: `{ ... }` gives a `Vec` and
//! `[ ... ]` an `Option`.

use sly::{Lexer, Span, Spanned, parser};

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+")]
pub enum J<'s> {
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token("true")]
    True,
    #[token("false")]
    False,
    #[token("null")]
    Null,
    #[regex(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    Number(f64),
    #[regex(r#""([^"\\]|\\.)*""#)]
    Str(&'s str),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

fn unquote(s: &str) -> String {
    let inner = &s[1..s.len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// An object member.
type Member = (String, Value);

#[derive(Default)]
pub struct Json {
    /// Spans of every object key, to check `Spanned` parameters.
    key_spans: Vec<Span>,
}

/// The grammar, once for each code generation.
macro_rules! json_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = J<'s>, start = value, codegen = $codegen)]
        impl<'s> $name {
            #[rule("LBrace [ member { Comma member } ] RBrace")]
            fn value(
                &mut self,
                _: J,
                members: Option<(Member, Vec<(J<'s>, Member)>)>,
                _: J,
            ) -> Value {
                let mut out = Vec::new();
                if let Some((first, rest)) = members {
                    out.push(first);
                    out.extend(rest.into_iter().map(|(_, m)| m));
                }
                Value::Object(out)
            }

            #[rule("LBracket [ value { Comma value } ] RBracket")]
            fn value(&mut self, _: J, items: Option<(Value, Vec<(J<'s>, Value)>)>, _: J) -> Value {
                let mut out = Vec::new();
                if let Some((first, rest)) = items {
                    out.push(first);
                    out.extend(rest.into_iter().map(|(_, v)| v));
                }
                Value::Array(out)
            }

            #[rule("Str")]
            fn value(&mut self, s: &'s str) -> Value {
                Value::Str(unquote(s))
            }

            #[rule("Number")]
            fn value(&mut self, n: f64) -> Value {
                Value::Number(n)
            }

            #[rule("True", "False")]
            fn value(&mut self, t: J<'s>) -> Value {
                Value::Bool(t == J::True)
            }

            #[rule("Null")]
            fn value(&mut self, _: J) -> Value {
                Value::Null
            }

            #[rule("Str Colon value")]
            fn member(&mut self, key: Spanned<&'s str>, _: J, v: Value) -> Member {
                self.key_spans.push(key.span);
                (unquote(key.value), v)
            }
        }
    };
}

json_grammar!(Json, "table");
crate::direct_twin!(DirectJson, Json);
json_grammar!(DirectJson, "direct");

fn parse(src: &str) -> Result<Value, sly::ParseError> {
    Json::default().parse(J::lexer(src))
}

#[test]
fn parses_nested_documents() {
    let v =
        parse(r#"{"a": [1, 2.5, -3e2], "b": {"c": null, "d": [true, false, []]}, "e": "x\"y"}"#)
            .unwrap();
    assert_eq!(
        v,
        Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Number(1.0),
                    Value::Number(2.5),
                    Value::Number(-300.0)
                ])
            ),
            (
                "b".into(),
                Value::Object(vec![
                    ("c".into(), Value::Null),
                    (
                        "d".into(),
                        Value::Array(vec![
                            Value::Bool(true),
                            Value::Bool(false),
                            Value::Array(vec![])
                        ])
                    ),
                ])
            ),
            ("e".into(), Value::Str("x\"y".into())),
        ])
    );
}

#[test]
fn empty_containers_and_scalars() {
    assert_eq!(parse("{}").unwrap(), Value::Object(vec![]));
    assert_eq!(parse("[]").unwrap(), Value::Array(vec![]));
    assert_eq!(parse("null").unwrap(), Value::Null);
    assert_eq!(parse(r#""""#).unwrap(), Value::Str(String::new()));
}

#[test]
fn spanned_parameters_get_their_spans() {
    let src = r#"{"k": 1, "long": 2}"#;
    let mut p = Json::default();
    p.parse(J::lexer(src)).unwrap();
    assert_eq!(p.key_spans, vec![Span::new(1, 4), Span::new(9, 15)]);
}

#[test]
fn errors_name_what_was_expected() {
    let err = parse(r#"{"a": 1,}"#).unwrap_err();
    assert_eq!(err.found(), Some("RBrace"));
    assert_eq!(err.expected(), ["Str"]);
    let err = parse("[1 2]").unwrap_err();
    assert_eq!(err.span(), Span::new(3, 4));
    assert_eq!(err.expected(), ["Comma", "RBracket"]);
    let err = parse("[1,").unwrap_err();
    assert!(err.is_end_of_input());
}

#[test]
fn large_arrays_parse_iteratively() {
    let n = 200_000;
    let src = format!("[{}]", vec!["1"; n].join(","));
    match parse(&src).unwrap() {
        Value::Array(v) => assert_eq!(v.len(), n),
        other => panic!("{other:?}"),
    }
}

#[test]
fn direct_code_runs_like_the_tables() {
    use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
    let make = || DirectJson(Json::default());
    let observe = |p: &DirectJson| format!("{:?}", p.key_spans);
    let big = format!("[{}]", vec!["{\"k\": [1, 2]}"; 500].join(","));
    for src in [
        r#"{"a": [1, 2.5, -3e2], "b": {"c": null, "d": [true, false, []]}, "e": "x\"y"}"#,
        "{}",
        "[]",
        "null",
        r#""""#,
        r#"{"k": 1, "long": 2}"#,
        r#"{"a": 1,}"#,
        "[1 2]",
        "[1,",
        "{\"a\" 1}",
        "[1, @]",
        big.as_str(),
    ] {
        same_in_both_modes(make, &lexed(J::lexer(src)), observe);
    }
    let alphabet = [
        J::LBrace,
        J::RBrace,
        J::LBracket,
        J::RBracket,
        J::Comma,
        J::Colon,
        J::True,
        J::Null,
        J::Number(1.0),
        J::Str("\"k\""),
    ];
    for input in random_streams(&alphabet, 11, 3000, 14) {
        same_in_both_modes(make, &input, observe);
    }
}
