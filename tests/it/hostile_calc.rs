//! Hostile input for the calculator: arbitrary text into its lexer and parser, arbitrary token
//! sequences into the generated parser, and a million levels of nesting in an AST whose
//! `Drop` does not recurse.

use proptest::collection::vec;
use proptest::prelude::*;
use sly::{LexError, Lexer, Span, parser};
use sly_grammars::calc::{Calc, CalcError, Tok};

/// Every lexed item's span: within the input, on char boundaries, in order and disjoint.
fn check_lexer(src: &str) -> Result<(), TestCaseError> {
    let mut last = 0;
    for item in Tok::lexer(src) {
        let span = match &item {
            Ok((_, s)) => *s,
            Err(e) => {
                let s = e.span();
                // One error is one unexpected char or one invalid token, and its text is there.
                prop_assert_eq!(e.text(src), &src[s.start..s.end]);
                let _ = e.render(src);
                s
            }
        };
        prop_assert!(span.start >= last, "{:?} starts before {}", span, last);
        prop_assert!(span.start < span.end && span.end <= src.len(), "{:?}", span);
        prop_assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
        last = span.end;
    }
    Ok(())
}

/// A parse or evaluation error's span lies within the input, on char boundaries, and renders.
fn check_parser(src: &str) -> Result<(), TestCaseError> {
    let mut calc = Calc::default();
    let r = calc.eval(src);
    if let Err(e) = &r {
        let span = match e {
            CalcError::Parse(p) => p.span(),
            CalcError::Eval(v) => v.span,
        };
        prop_assert!(
            span.start <= span.end && span.end <= src.len(),
            "{:?}",
            span
        );
        prop_assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
        let text = e.render(src, 0);
        prop_assert!(!text.is_empty());
    }
    // The push parser agrees with the pull parser on the same tokens.
    let pulled = Calc::default().parse(Tok::lexer(src));
    let mut c = Calc::default();
    let mut push = c.push_parser();
    for item in Tok::lexer(src) {
        if !push.push(item) {
            break;
        }
    }
    prop_assert_eq!(pulled, push.finish());
    Ok(())
}

/// Text made of the calculator's own pieces and a few strangers, so that parses get deep.
fn calc_like() -> impl Strategy<Value = String> {
    let pieces = vec![
        "1",
        "42",
        "x",
        "y_2",
        "+",
        "-",
        "*",
        "/",
        "(",
        ")",
        "=",
        " ",
        "\n",
        "# c\n",
        "#",
        "é",
        "$",
        "\t",
        "99999999999999999999",
        "0",
    ];
    vec(proptest::sample::select(pieces), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_lexes_within_its_bounds(src in any::<String>()) {
        check_lexer(&src)?;
    }

    #[test]
    fn calc_like_text_lexes_within_its_bounds(src in calc_like()) {
        check_lexer(&src)?;
    }

    #[test]
    fn arbitrary_text_parses_or_fails_within_its_bounds(src in any::<String>()) {
        check_parser(&src)?;
    }

    #[test]
    fn calc_like_text_parses_or_fails_within_its_bounds(src in calc_like()) {
        check_parser(&src)?;
    }

    /// Tokens in any order with any spans (even backwards or past any input), and lexing
    /// errors among them: the parser returns, and reports at most one error per item.
    #[test]
    fn arbitrary_token_sequences_never_panic(items in vec(any_item(), 0..30)) {
        let r = Calc::default().parse(items.clone());
        if let Err(e) = &r {
            let spans: Vec<Span> = items.iter().map(|i| match i {
                Ok((_, s)) => *s,
                Err(e) => e.span(),
            }).collect();
            // The error is at one of the items, or at the end of the input.
            prop_assert!(spans.contains(&e.span()) || e.is_end_of_input(), "{:?} not among {:?}", e, spans);
        }
        let all = Calc::default().parse_all(items.clone());
        prop_assert!(all.errors.len() <= items.len() + 1);
        prop_assert_eq!(all.into_result(), r);
    }
}

fn any_tok() -> impl Strategy<Value = Tok<'static>> {
    prop_oneof![
        any::<i64>().prop_map(Tok::Number),
        proptest::sample::select(vec!["x", "", "é", "a b"]).prop_map(Tok::Name),
        Just(Tok::Plus),
        Just(Tok::Minus),
        Just(Tok::Times),
        Just(Tok::Divide),
        Just(Tok::Assign),
        Just(Tok::LParen),
        Just(Tok::RParen),
    ]
}

fn any_span() -> impl Strategy<Value = Span> {
    (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Span::new(a, b))
}

fn any_item() -> impl Strategy<Value = Result<(Tok<'static>, Span), LexError>> {
    prop_oneof![
        8 => (any_tok(), any_span()).prop_map(Ok),
        1 => (any_span(), any::<char>()).prop_map(|(s, c)| Err(LexError::unexpected_char(s, c))),
    ]
}

// ---------------------------------------------------------------------------------------------
// A million levels of nesting in an AST of boxes.

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \n]+")]
enum T {
    #[regex("[0-9]+")]
    Num(i64),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
}

/// An AST whose `Drop` walks the tree with a heap stack: the compiler's drop glue for a
/// `Box` tree recurses once per level, and a million levels overflow any thread's stack.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// Moves the children out (leaving leaves behind) onto `out`.
    fn take_children(&mut self, out: &mut Vec<Expr>) {
        match self {
            Expr::Num(_) => {}
            Expr::Neg(e) => out.push(std::mem::replace(&mut **e, Expr::Num(0))),
            Expr::Add(a, b) => {
                out.push(std::mem::replace(&mut **a, Expr::Num(0)));
                out.push(std::mem::replace(&mut **b, Expr::Num(0)));
            }
        }
    }

    /// The depth and the sum of the leaves (signs ignored), without recursion.
    fn depth_and_leaf_sum(&self) -> (usize, i64) {
        let mut depth = 0;
        let mut sum = 0;
        let mut stack = vec![(self, 1)];
        while let Some((e, d)) = stack.pop() {
            depth = depth.max(d);
            match e {
                Expr::Num(n) => sum += n,
                Expr::Neg(e) => stack.push((e, d + 1)),
                Expr::Add(a, b) => {
                    stack.push((a, d + 1));
                    stack.push((b, d + 1));
                }
            }
        }
        (depth, sum)
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        let mut stack = Vec::new();
        self.take_children(&mut stack);
        while let Some(mut e) = stack.pop() {
            e.take_children(&mut stack);
            // `e` is dropped here with leaves for children: one level of glue, no recursion.
        }
    }
}

#[derive(Default)]
struct Ast;

/// The grammar, once for each code generation.
macro_rules! ast_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(tokens = T, start = expr, precedence(left(Plus), right(UMINUS)), codegen = $codegen)]
        impl $name {
            #[rule("expr Plus expr")]
            fn expr(&mut self, a: Expr, _: T, b: Expr) -> Expr {
                Expr::Add(Box::new(a), Box::new(b))
            }

            #[rule("Minus expr %prec UMINUS")]
            fn expr(&mut self, _: T, e: Expr) -> Expr {
                Expr::Neg(Box::new(e))
            }

            #[rule("LParen expr RParen")]
            fn expr(&mut self, _: T, e: Expr, _: T) -> Expr {
                e
            }

            #[rule("Num")]
            fn expr(&mut self, n: i64) -> Expr {
                Expr::Num(n)
            }
        }
    };
}

ast_grammar!(Ast, "table");
crate::direct_twin!(DirectAst, Ast);
ast_grammar!(DirectAst, "direct");

const DEEP: usize = 1_000_000;

#[test]
fn a_million_nested_negations_build_and_drop() {
    let src = format!("{}7", "- ".repeat(DEEP));
    let e = Ast.parse(T::lexer(&src)).unwrap();
    assert_eq!(e.depth_and_leaf_sum(), (DEEP + 1, 7));
    drop(e);
}

#[test]
fn a_million_nested_right_additions_build_and_drop() {
    // 1 + (1 + (1 + ... (1 + 1)...)): a right spine a million deep.
    let src = format!("{}1{}", "1 + (".repeat(DEEP), ")".repeat(DEEP));
    let e = Ast.parse(T::lexer(&src)).unwrap();
    assert_eq!(e.depth_and_leaf_sum(), (DEEP + 1, DEEP as i64 + 1));
}

#[test]
fn a_million_open_parentheses_fail_and_free_the_stack() {
    // The parser's stacks hold a million values when the input ends: the error is reported
    // and they are freed without recursion.
    let src = format!("{}- 1 + 2", "(- ".repeat(DEEP));
    let err = Ast.parse(T::lexer(&src)).unwrap_err();
    assert!(err.is_end_of_input(), "{err}");
    assert_eq!(err.expected(), ["Plus", "RParen"]);
}

#[test]
fn direct_code_takes_a_million_nested_negations_and_parentheses() {
    let src = format!("{}7", "- ".repeat(DEEP));
    let e = DirectAst(Ast).parse(T::lexer(&src)).unwrap();
    assert_eq!(e.depth_and_leaf_sum(), (DEEP + 1, 7));
    let src = format!("{}1{}", "1 + (".repeat(DEEP), ")".repeat(DEEP));
    let e = DirectAst(Ast).parse(T::lexer(&src)).unwrap();
    assert_eq!(e.depth_and_leaf_sum(), (DEEP + 1, DEEP as i64 + 1));
    let src = format!("{}- 1 + 2", "(- ".repeat(DEEP));
    let err = DirectAst(Ast).parse(T::lexer(&src)).unwrap_err();
    assert!(err.is_end_of_input(), "{err}");
    assert_eq!(err.expected(), ["Plus", "RParen"]);
}

#[test]
fn direct_code_runs_like_the_tables() {
    use crate::codegen_direct::{lexed, random_streams, same_in_both_modes};
    let make = || DirectAst(Ast);
    let observe = |_: &DirectAst| String::new();
    for src in [
        "1 + 2",
        "- - 3",
        "(1 + (2))",
        "(",
        ")",
        "1 +",
        "1 2",
        "((- 1) + 2) + 3",
    ] {
        same_in_both_modes(make, &lexed(T::lexer(src)), observe);
    }
    let alphabet = [T::Num(1), T::Plus, T::Minus, T::LParen, T::RParen];
    for input in random_streams(&alphabet, 21, 3000, 16) {
        same_in_both_modes(make, &input, observe);
    }
}

/// The same tree shape with the compiler's drop glue.
#[allow(dead_code)]
enum NaiveExpr {
    Num(i64),
    Neg(Box<NaiveExpr>),
}

/// Run in a child process by `a_naive_box_tree_overflows_the_stack_on_drop`; does nothing
/// unless that test asked for it.
#[test]
#[ignore = "run in a child process by a_naive_box_tree_overflows_the_stack_on_drop"]
fn naive_deep_drop_child() {
    if std::env::var_os("SLY_NAIVE_DEEP_DROP").is_none() {
        return;
    }
    let mut e = NaiveExpr::Num(7);
    for _ in 0..DEEP {
        e = NaiveExpr::Neg(Box::new(e));
    }
    drop(e);
    println!("dropped without overflow");
}

/// Why `Expr` has its own `Drop`: without it, dropping the same million-deep tree overflows
/// the stack and aborts the process.
#[test]
fn a_naive_box_tree_overflows_the_stack_on_drop() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            // The test's name in this binary: its path below the crate root.
            "hostile_calc::naive_deep_drop_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SLY_NAIVE_DEEP_DROP", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{stdout}\n{stderr}");
    assert!(stderr.contains("overflowed its stack"), "{stderr}");
    assert!(!stdout.contains("dropped without overflow"), "{stdout}");
}
