//! Lexer throughput: sly's `#[derive(Lexer)]` and logos on the same token sets and inputs.
//!
//! Three token sets: (a) calculator tokens, (b) SQL with case-insensitive keywords, comments
//! and strings, (c) long identifiers and string literals. Inputs are 10 MB or more, made by
//! the seeded generators of `sly_benches::lexer_input`. Both lexers build the same payloads
//! (`i64` numbers, `&str` slices) and both report spans.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use logos::Logos;
use sly::Lexer;
use sly_benches::lexer_input;

const SIZE: usize = 10 * 1024 * 1024;

mod calc {
    use super::*;

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(skip = r"[ \t\r\n]+")]
    pub enum SlyTok<'s> {
        #[regex("[0-9]+")]
        Number(i64),
        #[regex("[A-Za-z_][A-Za-z0-9_]*")]
        Name(&'s str),
        #[token("+")]
        Plus,
        #[token("-")]
        Minus,
        #[token("*")]
        Times,
        #[token("/")]
        Divide,
        #[token("=")]
        Assign,
        #[token("(")]
        LParen,
        #[token(")")]
        RParen,
    }

    #[derive(Logos, Debug, Clone, PartialEq)]
    #[logos(skip r"[ \t\r\n]+")]
    pub enum LogosTok<'s> {
        #[regex("[0-9]+", |lex| lex.slice().parse().ok())]
        Number(i64),
        #[regex("[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice())]
        Name(&'s str),
        #[token("+")]
        Plus,
        #[token("-")]
        Minus,
        #[token("*")]
        Times,
        #[token("/")]
        Divide,
        #[token("=")]
        Assign,
        #[token("(")]
        LParen,
        #[token(")")]
        RParen,
    }
}

mod sql {
    use super::*;

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(
        skip = r"[ \t\r\n]+",
        skip = r"--[^\n]*",
        skip = r"/\*([^*]|\*+[^*/])*\*+/"
    )]
    pub enum SlyTok<'s> {
        #[token("select", ignore_case)]
        Select,
        #[token("from", ignore_case)]
        From,
        #[token("where", ignore_case)]
        Where,
        #[token("and", ignore_case)]
        And,
        #[token("or", ignore_case)]
        Or,
        #[token("not", ignore_case)]
        Not,
        #[token("insert", ignore_case)]
        Insert,
        #[token("into", ignore_case)]
        Into,
        #[token("values", ignore_case)]
        Values,
        #[token("update", ignore_case)]
        Update,
        #[token("set", ignore_case)]
        Set,
        #[token("delete", ignore_case)]
        Delete,
        #[token("create", ignore_case)]
        Create,
        #[token("table", ignore_case)]
        Table,
        #[token("join", ignore_case)]
        Join,
        #[token("on", ignore_case)]
        On,
        #[token("as", ignore_case)]
        As,
        #[token("order", ignore_case)]
        Order,
        #[token("by", ignore_case)]
        By,
        #[token("group", ignore_case)]
        Group,
        #[token("limit", ignore_case)]
        Limit,
        #[token("null", ignore_case)]
        Null,
        #[token("is", ignore_case)]
        Is,
        #[token("in", ignore_case)]
        In,
        #[token("like", ignore_case)]
        Like,
        #[token("between", ignore_case)]
        Between,
        #[token("inner", ignore_case)]
        Inner,
        #[token("left", ignore_case)]
        Left,
        #[token("having", ignore_case)]
        Having,
        #[token("distinct", ignore_case)]
        Distinct,
        #[regex("[A-Za-z_][A-Za-z0-9_]*")]
        Ident(&'s str),
        #[regex("[0-9]+")]
        Number(i64),
        #[regex("'([^']|'')*'")]
        Str(&'s str),
        #[token("=")]
        #[token("==")]
        Eq,
        #[token("<>")]
        #[token("!=")]
        Ne,
        #[token("<")]
        Lt,
        #[token("<=")]
        Le,
        #[token(">")]
        Gt,
        #[token(">=")]
        Ge,
        #[token("+")]
        Plus,
        #[token("-")]
        Minus,
        #[token("*")]
        Star,
        #[token("/")]
        Slash,
        #[token(",")]
        Comma,
        #[token(";")]
        Semi,
        #[token("(")]
        LParen,
        #[token(")")]
        RParen,
        #[token(".")]
        Dot,
    }

    #[derive(Logos, Debug, Clone, PartialEq)]
    #[logos(skip r"[ \t\r\n]+")]
    #[logos(skip(r"--[^\n]*", allow_greedy = true))]
    #[logos(skip r"/\*([^*]|\*+[^*/])*\*+/")]
    pub enum LogosTok<'s> {
        #[token("select", ignore(case))]
        Select,
        #[token("from", ignore(case))]
        From,
        #[token("where", ignore(case))]
        Where,
        #[token("and", ignore(case))]
        And,
        #[token("or", ignore(case))]
        Or,
        #[token("not", ignore(case))]
        Not,
        #[token("insert", ignore(case))]
        Insert,
        #[token("into", ignore(case))]
        Into,
        #[token("values", ignore(case))]
        Values,
        #[token("update", ignore(case))]
        Update,
        #[token("set", ignore(case))]
        Set,
        #[token("delete", ignore(case))]
        Delete,
        #[token("create", ignore(case))]
        Create,
        #[token("table", ignore(case))]
        Table,
        #[token("join", ignore(case))]
        Join,
        #[token("on", ignore(case))]
        On,
        #[token("as", ignore(case))]
        As,
        #[token("order", ignore(case))]
        Order,
        #[token("by", ignore(case))]
        By,
        #[token("group", ignore(case))]
        Group,
        #[token("limit", ignore(case))]
        Limit,
        #[token("null", ignore(case))]
        Null,
        #[token("is", ignore(case))]
        Is,
        #[token("in", ignore(case))]
        In,
        #[token("like", ignore(case))]
        Like,
        #[token("between", ignore(case))]
        Between,
        #[token("inner", ignore(case))]
        Inner,
        #[token("left", ignore(case))]
        Left,
        #[token("having", ignore(case))]
        Having,
        #[token("distinct", ignore(case))]
        Distinct,
        #[regex("[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice())]
        Ident(&'s str),
        #[regex("[0-9]+", |lex| lex.slice().parse().ok())]
        Number(i64),
        #[regex("'([^']|'')*'", |lex| lex.slice())]
        Str(&'s str),
        #[token("=")]
        #[token("==")]
        Eq,
        #[token("<>")]
        #[token("!=")]
        Ne,
        #[token("<")]
        Lt,
        #[token("<=")]
        Le,
        #[token(">")]
        Gt,
        #[token(">=")]
        Ge,
        #[token("+")]
        Plus,
        #[token("-")]
        Minus,
        #[token("*")]
        Star,
        #[token("/")]
        Slash,
        #[token(",")]
        Comma,
        #[token(";")]
        Semi,
        #[token("(")]
        LParen,
        #[token(")")]
        RParen,
        #[token(".")]
        Dot,
    }
}

mod long {
    use super::*;

    #[derive(Lexer, Debug, Clone, PartialEq)]
    #[sly(skip = r"[ \t\r\n]+")]
    pub enum SlyTok<'s> {
        #[regex("[A-Za-z_][A-Za-z0-9_]*")]
        Ident(&'s str),
        #[regex(r#""([^"\\]|\\.)*""#)]
        Str(&'s str),
        #[token(",")]
        Comma,
    }

    #[derive(Logos, Debug, Clone, PartialEq)]
    #[logos(skip r"[ \t\r\n]+")]
    pub enum LogosTok<'s> {
        #[regex("[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice())]
        Ident(&'s str),
        #[regex(r#""([^"\\]|\\.)*""#, |lex| lex.slice())]
        Str(&'s str),
        #[token(",")]
        Comma,
    }
}

/// Lexes `src` with sly; returns the number of tokens (errors included).
fn run_sly<'s, T>(lexer: sly::Lexer<'s, T>) -> usize
where
    T: sly::__private::LexSpec<'s>,
{
    let mut n = 0;
    for item in lexer {
        black_box(&item);
        n += 1;
    }
    n
}

/// Lexes `src` with logos; returns the number of tokens (errors included).
fn run_logos<'s, T>(mut lexer: logos::Lexer<'s, T>) -> usize
where
    T: logos::Logos<'s>,
    T::Error: core::fmt::Debug,
{
    let mut n = 0;
    while let Some(item) = lexer.next() {
        black_box((&item, lexer.span()));
        n += 1;
    }
    n
}

fn check<'s, A, B>(name: &str, sly_lexer: sly::Lexer<'s, A>, logos_lexer: logos::Lexer<'s, B>)
where
    A: sly::__private::LexSpec<'s> + core::fmt::Debug,
    B: logos::Logos<'s>,
{
    let mut sly_count = 0;
    for item in sly_lexer {
        assert!(item.is_ok(), "{name}: sly error {item:?}");
        sly_count += 1;
    }
    let mut logos_count = 0;
    for item in logos_lexer {
        assert!(item.is_ok(), "{name}: logos error");
        logos_count += 1;
    }
    assert_eq!(sly_count, logos_count, "{name}: token counts differ");
}

/// `LEXER_PROFILE=<set>/<lexer>/<passes>` (e.g. `calc/sly/3`): lexes `passes` times over 1 MB of
/// the set's input and exits, for instruction counts under callgrind (subtract a run with 0
/// passes to leave out the input generation).
fn profile(spec: &str) {
    let parts: Vec<&str> = spec.split('/').collect();
    let [set, which, passes] = parts[..] else {
        panic!("LEXER_PROFILE={spec}: expected <set>/<lexer>/<passes>");
    };
    let passes: usize = passes.parse().expect("passes: a number");
    let size = 1024 * 1024;
    let src = match set {
        "calc" => lexer_input::calc(1, size),
        "sql" => lexer_input::sql(2, size),
        "long" => lexer_input::long_tokens(3, size),
        _ => panic!("unknown set {set}"),
    };
    let mut n = 0;
    for _ in 0..passes {
        n += match (set, which) {
            ("calc", "sly") => run_sly(calc::SlyTok::lexer(&src)),
            ("calc", "logos") => run_logos(calc::LogosTok::lexer(&src)),
            ("sql", "sly") => run_sly(sql::SlyTok::lexer(&src)),
            ("sql", "logos") => run_logos(sql::LogosTok::lexer(&src)),
            ("long", "sly") => run_sly(long::SlyTok::lexer(&src)),
            ("long", "logos") => run_logos(long::LogosTok::lexer(&src)),
            _ => panic!("unknown lexer {which}"),
        };
    }
    println!("{spec}: {n} tokens");
}

fn bench(c: &mut Criterion) {
    if let Ok(spec) = std::env::var("LEXER_PROFILE") {
        profile(&spec);
        std::process::exit(0);
    }
    let calc_src = lexer_input::calc(1, SIZE);
    let sql_src = lexer_input::sql(2, SIZE);
    let long_src = lexer_input::long_tokens(3, SIZE);
    check(
        "calc",
        calc::SlyTok::lexer(&calc_src),
        calc::LogosTok::lexer(&calc_src),
    );
    check(
        "sql",
        sql::SlyTok::lexer(&sql_src),
        sql::LogosTok::lexer(&sql_src),
    );
    check(
        "long",
        long::SlyTok::lexer(&long_src),
        long::LogosTok::lexer(&long_src),
    );

    let mut g = c.benchmark_group("lexer");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    g.throughput(Throughput::BytesDecimal(calc_src.len() as u64));
    g.bench_function("calc/sly", |b| {
        b.iter(|| run_sly(calc::SlyTok::lexer(&calc_src)))
    });
    g.bench_function("calc/logos", |b| {
        b.iter(|| run_logos(calc::LogosTok::lexer(&calc_src)))
    });

    g.throughput(Throughput::BytesDecimal(sql_src.len() as u64));
    g.bench_function("sql/sly", |b| {
        b.iter(|| run_sly(sql::SlyTok::lexer(&sql_src)))
    });
    g.bench_function("sql/logos", |b| {
        b.iter(|| run_logos(sql::LogosTok::lexer(&sql_src)))
    });

    g.throughput(Throughput::BytesDecimal(long_src.len() as u64));
    g.bench_function("long/sly", |b| {
        b.iter(|| run_sly(long::SlyTok::lexer(&long_src)))
    });
    g.bench_function("long/logos", |b| {
        b.iter(|| run_logos(long::LogosTok::lexer(&long_src)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
