//! Driver tests over a hand-written `LrParser` for a calculator grammar.

use super::*;
use crate::diag::Origin;
use crate::grammar::{Assoc, GrammarBuilder};
use crate::lalr::Automaton;
use crate::lalr::pack::PackedTables;
use crate::parse::table::ParseTables;
use crate::span::Span;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Plus,
    Minus,
    Times,
    LParen,
    RParen,
    Semi,
}

const TERMS: [&str; 7] = ["Num", "Plus", "Minus", "Times", "LParen", "RParen", "Semi"];

// Productions, in order (0 is `$accept`).
const RULES: &[(&str, &[&str], Option<&str>)] = &[
    ("stmts", &["stmts", "stmt"], None),     // 1
    ("stmts", &[], None),                    // 2
    ("stmt", &["e", "Semi"], None),          // 3
    ("stmt", &["error", "Semi"], None),      // 4
    ("e", &["e", "Plus", "e"], None),        // 5
    ("e", &["e", "Minus", "e"], None),       // 6
    ("e", &["e", "Times", "e"], None),       // 7
    ("e", &["Minus", "e"], Some("UMINUS")),  // 8
    ("e", &["LParen", "e", "RParen"], None), // 9
    ("e", &["Num"], None),                   // 10
];

/// Statements of sums and products with parentheses, unary minus and `error` recovery (also
/// the grammar of the catalogue tests).
pub(crate) fn calc_grammar() -> crate::grammar::Grammar {
    let mut b = GrammarBuilder::new();
    for t in TERMS {
        b.terminal(t, Origin::NONE);
    }
    b.precedence(
        Assoc::Left,
        [("Plus", Origin::NONE), ("Minus", Origin::NONE)],
    );
    b.precedence(Assoc::Left, [("Times", Origin::NONE)]);
    b.precedence(Assoc::Right, [("UMINUS", Origin::NONE)]);
    for (lhs, rhs, prec) in RULES {
        b.rule_str(lhs, rhs, *prec);
    }
    b.build().expect("a valid grammar").grammar
}

fn tables() -> &'static ParseTables<'static, u32> {
    static T: OnceLock<ParseTables<'static, u32>> = OnceLock::new();
    T.get_or_init(|| {
        let g = calc_grammar();
        let a = Automaton::build(&g);
        assert_eq!(a.shift_reduce_count() + a.reduce_reduce_count(), 0);
        let p: &'static PackedTables = Box::leak(Box::new(PackedTables::build(&g, &a)));
        let names: &'static [&'static str] = Box::leak(
            p.terminal_names
                .iter()
                .map(|s| &*Box::leak(s.clone().into_boxed_str()))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        p.view(names)
    })
}

#[derive(Debug)]
enum Val {
    Tok(Tok),
    Int(i64),
    List(Vec<Result<i64, Span>>),
    Err(Span),
}

/// The calculator; with `DIRECT`, its `feed_direct` runs the plan of its tables as the code
/// of `codegen = "direct"` does.
#[derive(Default)]
struct Calculator<const DIRECT: bool> {
    hook_calls: usize,
}

type Calc = Calculator<false>;
type DirectCalc = Calculator<true>;

impl<const D: bool> LrParser<'static> for Calculator<D> {
    type Token = Tok;
    type Values = Vec<Val>;
    type Output = Vec<Result<i64, Span>>;
    const DIRECT: bool = D;
    type Int = u32;

    fn tables() -> &'static ParseTables<'static, u32> {
        tables()
    }

    fn terminal(t: &Tok) -> usize {
        2 + match t {
            Tok::Num(_) => 0,
            Tok::Plus => 1,
            Tok::Minus => 2,
            Tok::Times => 3,
            Tok::LParen => 4,
            Tok::RParen => 5,
            Tok::Semi => 6,
        }
    }

    fn push_token(values: &mut Vec<Val>, t: Tok) {
        values.push(Val::Tok(t));
    }

    fn push_error(values: &mut Vec<Val>, span: Span) {
        values.push(Val::Err(span));
    }

    fn reduce(&mut self, prod: usize, values: &mut Vec<Val>, spans: &[Span], _span: Span) {
        let v = Self::action(prod, values, spans);
        values.push(v);
    }

    fn pop_value(values: &mut Vec<Val>, _state: usize) {
        values.pop();
    }

    fn take_output(values: &mut Vec<Val>) -> Option<Self::Output> {
        match values.pop()? {
            Val::List(l) => Some(l),
            _ => unreachable!(),
        }
    }

    fn on_error(&mut self, _e: &ParseError) {
        self.hook_calls += 1;
    }

    fn feed_direct(
        m: &mut Machine<Vec<Val>, Self::Output>,
        p: &mut Self,
        term: usize,
        token: Option<Tok>,
        span: Span,
        rest: &mut dyn Iterator<Item = Result<(Tok, Span), crate::lex::LexError>>,
    ) {
        crate::lalr::direct::interpret(plan(), |_| true, m, p, term, token, span, rest);
    }
}

impl<const D: bool> Calculator<D> {
    /// The value of production `prod`, out of the top of `values`.
    fn action(prod: usize, values: &mut Vec<Val>, spans: &[Span]) -> Val {
        let n = RULES[prod - 1].1.len();
        assert_eq!(spans.len(), n);
        let args: Vec<Val> = values.drain(values.len() - n..).collect();
        let int = |v: &Val| match v {
            Val::Int(i) => *i,
            Val::Tok(Tok::Num(i)) => *i,
            other => panic!("not an int: {other:?}"),
        };
        match prod {
            1 => {
                let mut it = args.into_iter();
                let (Some(Val::List(mut l)), Some(Val::Int(i))) = (it.next(), it.next()) else {
                    unreachable!()
                };
                l.push(Ok(i));
                Val::List(l)
            }
            2 => Val::List(Vec::new()),
            3 => Val::Int(int(&args[0])),
            4 => match args[0] {
                // Error statements are marked with a negative span start.
                Val::Err(s) => Val::Int(-1_000_000 - s.start as i64),
                _ => unreachable!(),
            },
            5 => Val::Int(int(&args[0]) + int(&args[2])),
            6 => Val::Int(int(&args[0]) - int(&args[2])),
            7 => Val::Int(int(&args[0]) * int(&args[2])),
            8 => Val::Int(-int(&args[1])),
            9 => Val::Int(int(&args[1])),
            10 => Val::Int(int(&args[0])),
            _ => unreachable!(),
        }
    }
}

/// A tiny lexer for the tests: single-char tokens and integers, spaces skipped.
fn lex(src: &str) -> Vec<(Tok, Span)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let tok = match b[i] {
            b' ' => {
                i += 1;
                continue;
            }
            b'0'..=b'9' => {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                out.push((
                    Tok::Num(src[start..i].parse().unwrap()),
                    Span::new(start, i),
                ));
                continue;
            }
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Times,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b';' => Tok::Semi,
            c => panic!("bad test input {c}"),
        };
        i += 1;
        out.push((tok, Span::new(start, i)));
    }
    out
}

fn values(r: &[Result<i64, Span>]) -> Vec<i64> {
    r.iter().map(|v| *v.as_ref().unwrap()).collect()
}

#[test]
fn evaluates_with_precedence_and_associativity() {
    let out = parse(
        &mut Calc::default(),
        lex("1 + 2 * 3; 10 - 4 - 3; -2 * 3; (1 + 2) * -3;"),
    )
    .unwrap();
    assert_eq!(values(&out), vec![7, 3, -6, -9]);
}

#[test]
fn empty_input_is_the_empty_list() {
    assert_eq!(parse(&mut Calc::default(), lex("")).unwrap(), vec![]);
}

#[test]
fn syntax_error_has_exact_expected_set() {
    let src = "1 + * 2;";
    let err = parse(&mut Calc::default(), lex(src)).unwrap_err();
    assert_eq!(err.span(), Span::new(4, 5));
    assert_eq!(err.found(), Some("Times"));
    assert_eq!(err.expected(), ["Num", "Minus", "LParen"]);
    assert_eq!(
        err.render(src),
        "1:5: unexpected `*` (Times), expected one of Num, Minus, or LParen\n  |\n1 | 1 + * 2;\n  |     ^\n"
    );
}

#[test]
fn expected_set_excludes_terminals_that_fail_after_default_reductions() {
    // After `1`, the state reducing `e: Num .` reduces by default on anything; the exact set
    // after `(1` is the operators and `)`, not `;`.
    let err = parse(&mut Calc::default(), lex("(1;")).unwrap_err();
    assert_eq!(err.found(), Some("Semi"));
    assert_eq!(err.expected(), ["Plus", "Minus", "Times", "RParen"]);
}

#[test]
fn end_of_input_error() {
    let err = parse(&mut Calc::default(), lex("1 +")).unwrap_err();
    assert!(err.is_end_of_input());
    assert_eq!(err.span(), Span::new(3, 3));
    assert_eq!(
        err.to_string(),
        "unexpected end of input, expected one of Num, Minus, or LParen at 3..3"
    );
}

#[test]
fn recovers_with_error_rules_and_keeps_valid_values() {
    let src = "1 + 1; 2 * * 3; 4; ) ) 5; 6;";
    let mut calc = Calc::default();
    let out = parse_all(&mut calc, lex(src));
    let v = out.value.unwrap();
    assert_eq!(v.len(), 5);
    assert_eq!(v[0], Ok(2));
    assert!(v[1].unwrap() <= -1_000_000);
    assert_eq!(v[2], Ok(4));
    assert!(v[3].unwrap() <= -1_000_000);
    assert_eq!(v[4], Ok(6));
    let spans: Vec<Span> = out.errors.iter().map(|e| e.span()).collect();
    assert_eq!(spans, vec![Span::new(11, 12), Span::new(19, 20)]);
    assert_eq!(calc.hook_calls, 2);
}

#[test]
fn unrecoverable_error_gives_no_value() {
    // The error at the end of input: `2 + 3` needs a `;`, and so would an `error` statement.
    let out = parse_all(&mut Calc::default(), lex("1 + ; 2 + 3"));
    assert!(out.value.is_none());
    assert_eq!(out.errors.len(), 2);
    assert!(out.errors[1].is_end_of_input());
}

#[test]
fn errors_within_three_tokens_of_the_last_are_not_reported() {
    // `;` and `2` are shifted after the first error: the missing `;` at the end is silent.
    let out = parse_all(&mut Calc::default(), lex("1 + ; 2"));
    assert!(out.value.is_none());
    assert_eq!(out.errors.len(), 1);
}

#[test]
fn push_interface_matches_pull() {
    let src = "1 + 2; 3 * (4 - 5); * 2; 7;";
    let pulled = parse_all(&mut Calc::default(), lex(src));
    let mut calc = Calc::default();
    let mut push = PushParser::new(&mut calc);
    for t in lex(src) {
        assert!(push.push(t));
    }
    let pushed = push.finish_all();
    assert_eq!(pulled.value, pushed.value);
    assert_eq!(pulled.errors, pushed.errors);
}

#[test]
fn deep_nesting_does_not_overflow() {
    let n = 1_000_000;
    let mut toks = Vec::with_capacity(2 * n + 2);
    for i in 0..n {
        toks.push((Tok::LParen, Span::new(i, i + 1)));
    }
    toks.push((Tok::Num(42), Span::new(n, n + 1)));
    for i in 0..n {
        toks.push((Tok::RParen, Span::new(n + 1 + i, n + 2 + i)));
    }
    toks.push((Tok::Semi, Span::new(2 * n + 1, 2 * n + 2)));
    assert_eq!(
        values(&parse(&mut Calc::default(), toks).unwrap()),
        vec![42]
    );
}

#[test]
fn lexing_errors_are_reported_and_recovered() {
    let toks: Vec<Result<(Tok, Span), crate::lex::LexError>> = vec![
        Ok((Tok::Num(1), Span::new(0, 1))),
        Err(crate::lex::LexError::unexpected_char(Span::new(2, 3), '$')),
        Ok((Tok::Semi, Span::new(3, 4))),
        Ok((Tok::Num(2), Span::new(5, 6))),
        Ok((Tok::Semi, Span::new(6, 7))),
    ];
    let out = parse_all(&mut Calc::default(), toks);
    assert_eq!(out.errors.len(), 1);
    assert!(out.errors[0].lex_error().is_some());
    let v = out.value.unwrap();
    assert_eq!(v.len(), 2);
    assert_eq!(v[1], Ok(2));
}

#[cfg(feature = "trace")]
#[test]
fn trace_reports_every_step() {
    use std::sync::{Arc, Mutex};
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let out = lines.clone();
    // The sink is global and tests run in parallel: keep this thread's lines only.
    let me = std::thread::current().id();
    trace::set_sink(Some(Box::new(move |l: &str| {
        if std::thread::current().id() == me {
            out.lock().unwrap().push(l.to_string());
        }
    })));
    let r = parse(&mut Calc::default(), lex("2;"));
    trace::set_sink(None);
    assert_eq!(values(&r.unwrap()), vec![2]);
    let lines = lines.lock().unwrap();
    let shifts: Vec<&String> = lines.iter().filter(|l| l.starts_with("shift")).collect();
    assert_eq!(shifts.len(), 2, "{lines:?}");
    assert!(shifts[0].starts_with("shift Num, go to state"));
    assert!(shifts[1].starts_with("shift Semi, go to state"));
    // stmts: ε; e: Num; stmt: e Semi; stmts: stmts stmt.
    let reduces: Vec<&String> = lines.iter().filter(|l| l.starts_with("reduce")).collect();
    assert_eq!(reduces.len(), 4, "{lines:?}");
    assert!(reduces[0].starts_with("reduce by production 2 "));
    assert!(reduces[1].starts_with("reduce by production 10 "));
}

/// Random token sequences of up to `max_len - 1` tokens, from xorshift64 seeded with `seed`.
fn random_sequences(seed: u64, max_len: u64) -> impl FnMut() -> Vec<Tok> {
    const TOKS: [Tok; 7] = [
        Tok::Num(1),
        Tok::Plus,
        Tok::Minus,
        Tok::Times,
        Tok::LParen,
        Tok::RParen,
        Tok::Semi,
    ];
    let mut x = seed;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    move || {
        let n = next() % max_len;
        (0..n).map(|_| TOKS[(next() % 7) as usize]).collect()
    }
}

#[test]
fn random_token_sequences_never_panic_with_error_rules() {
    let mut random = random_sequences(0x1234_5678_9abc_def1, 24);
    for _ in 0..3000 {
        let toks = random();
        let n = toks.len();
        let seq: Vec<(Tok, Span)> = toks
            .into_iter()
            .enumerate()
            .map(|(i, t)| (t, Span::new(i, i + 1)))
            .collect();
        let out = parse_all(&mut Calc::default(), seq.clone());
        // Either a value, or an error that says why not; every error lies within the input.
        assert!(out.value.is_some() || !out.errors.is_empty(), "{seq:?}");
        for e in &out.errors {
            assert!(e.span().end <= n, "{seq:?}: {e}");
        }
        if out.errors.is_empty() {
            // An error-free parse evaluates every statement.
            assert!(out.value.unwrap().iter().all(|v| v.is_ok()));
        }
    }
}

/// The calculator with a catalogue that names each state: the message of an error says which
/// state the driver keyed it by.
#[derive(Default)]
struct Keyed(Calc);

fn state_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        (0..tables().default_action.len())
            .map(|s| format!("state {s}"))
            .collect()
    })
}

impl LrParser<'static> for Keyed {
    type Token = Tok;
    type Values = Vec<Val>;
    type Output = Vec<Result<i64, Span>>;
    type Int = u32;

    fn tables() -> &'static ParseTables<'static, u32> {
        tables()
    }
    fn terminal(t: &Tok) -> usize {
        Calc::terminal(t)
    }
    fn push_token(values: &mut Vec<Val>, t: Tok) {
        Calc::push_token(values, t);
    }
    fn push_error(values: &mut Vec<Val>, span: Span) {
        Calc::push_error(values, span);
    }
    fn reduce(&mut self, prod: usize, values: &mut Vec<Val>, spans: &[Span], span: Span) {
        self.0.reduce(prod, values, spans, span);
    }
    fn pop_value(values: &mut Vec<Val>, state: usize) {
        Calc::pop_value(values, state);
    }
    fn take_output(values: &mut Vec<Val>) -> Option<Self::Output> {
        Calc::take_output(values)
    }
    fn message(state: usize) -> Option<&'static str> {
        state_names().get(state).map(String::as_str)
    }
}

/// The state a catalogue entry is checked against at compile time (`messages::run`) is the
/// state the driver keys the message by at run time, on random inputs.
#[test]
fn catalogue_states_agree_with_the_driver() {
    use crate::messages::{Run, run};
    let mut random = random_sequences(0x0dd_ba11_cafe_f00d, 12);
    let mut failures = 0;
    for _ in 0..5000 {
        let seq = random();
        let terms: Vec<usize> = seq.iter().map(Calc::terminal).collect();
        let spanned = seq
            .iter()
            .enumerate()
            .map(|(i, &t)| (t, Span::new(i, i + 1)));
        let got = parse(&mut Keyed::default(), spanned);
        match (run(tables(), &terms), got) {
            (Run::Accepted, Ok(_)) => {}
            (Run::Fails { at, state }, Err(e)) => {
                failures += 1;
                assert!(e.is_catalogued());
                assert_eq!(e.message(), format!("state {state}"), "{seq:?}");
                assert_eq!(e.span().start, at, "{seq:?}");
            }
            (run, got) => panic!("{seq:?}: {run:?} but {got:?}"),
        }
    }
    assert!(failures > 1000);
}

fn plan() -> &'static crate::lalr::direct::DirectPlan {
    static P: OnceLock<crate::lalr::direct::DirectPlan> = OnceLock::new();
    P.get_or_init(|| {
        let g = calc_grammar();
        let a = Automaton::build(&g);
        crate::lalr::direct::DirectPlan::build(&PackedTables::build(&g, &a))
    })
}

#[test]
fn direct_plan_parses_and_recovers_like_the_tables() {
    assert!(plan().agrees_with(tables()));
    for src in [
        "1 + 2; 3 * (4 - 5); * 2; 7;",
        "1 + ; 2",
        "((1);",
        ");;",
        "",
        "- - 3 * 2;",
    ] {
        let mut d = DirectCalc::default();
        let got = parse_all(&mut d, lex(src));
        let mut t = DirectCalc::default();
        let want = parse_all_tables(&mut t, lex(src));
        assert_eq!(got.value, want.value, "{src}");
        assert_eq!(got.errors, want.errors, "{src}");
        assert_eq!(d.hook_calls, t.hook_calls, "{src}");
    }
}

#[cfg(feature = "trace")]
#[test]
fn direct_plan_traces_every_step_as_the_tables_do() {
    use std::sync::{Arc, Mutex};
    let traced = |direct: bool| {
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let out = lines.clone();
        let me = std::thread::current().id();
        trace::set_sink(Some(Box::new(move |l: &str| {
            if std::thread::current().id() == me {
                out.lock().unwrap().push(l.to_string());
            }
        })));
        // One error reported; `* 4` fails again within three tokens, silently.
        let src = "1 + 2 * (3; * 4; 5;";
        let out = if direct {
            parse_all(&mut DirectCalc::default(), lex(src))
        } else {
            parse_all_tables(&mut DirectCalc::default(), lex(src))
        };
        trace::set_sink(None);
        assert_eq!(out.errors.len(), 1);
        let lines = lines.lock().unwrap().clone();
        lines
    };
    let direct = traced(true);
    assert!(direct.len() > 20, "{direct:?}");
    assert_eq!(direct, traced(false));
}
