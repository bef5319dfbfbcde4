//! Parser throughput: lexing, parsing and building the AST of a 10 MB calculator program
//! three ways, all producing `Vec<calc_ast::Stmt>`:
//!
//! - `sly`: a `#[derive(Lexer)]` lexer and a `#[parser]` grammar with precedence;
//! - `sly-direct`: the same grammar generated with `codegen = "direct"`;
//! - `lalrpop+logos`: LALRPOP's table-driven parser over a logos lexer;
//! - `hand-written`: recursive descent with precedence climbing over the sly lexer.
//!
//! The input comes from the seeded generator `sly_benches::calc_ast::generate`. A second
//! group times the two lexers alone on the same input.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use logos::Logos;
use sly_benches::calc_ast::{self, count_nodes};
use sly_benches::{calc_hand, calc_lalrpop, calc_sly, calc_sly_direct};

const SIZE: usize = 10 * 1024 * 1024;
const SEED: u64 = 4;

fn parsers(c: &mut Criterion) {
    let src = calc_ast::generate(SEED, SIZE);
    let lalrpop = calc_lalrpop::ProgramParser::new();

    // The three agree before anything is measured.
    let ours = calc_sly::parse(&src).expect("sly parses the input");
    let nodes = count_nodes(&ours);
    assert_eq!(
        ours,
        calc_lalrpop::parse(&lalrpop, &src).expect("LALRPOP parses the input")
    );
    assert_eq!(
        ours,
        calc_hand::parse(&src).expect("the hand-written parser parses the input")
    );
    assert_eq!(
        ours,
        calc_sly_direct::parse(&src).expect("the direct parser parses the input")
    );
    drop(ours);
    eprintln!(
        "calc input: {} bytes, {nodes} AST nodes, {} statements",
        src.len(),
        src.matches(';').count()
    );

    let mut g = c.benchmark_group("parser/calc");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("sly", |b| {
        b.iter(|| calc_sly::parse(black_box(&src)).map(|p| p.len()))
    });
    g.bench_function("sly-direct", |b| {
        b.iter(|| calc_sly_direct::parse(black_box(&src)).map(|p| p.len()))
    });
    g.bench_function("lalrpop+logos", |b| {
        b.iter(|| calc_lalrpop::parse(&lalrpop, black_box(&src)).map(|p| p.len()))
    });
    g.bench_function("hand-written", |b| {
        b.iter(|| calc_hand::parse(black_box(&src)).map(|p| p.len()))
    });
    g.finish();

    // The lexers alone on the same input, to split the times above.
    let mut g = c.benchmark_group("parser/calc-lex-only");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("sly", |b| {
        b.iter(|| {
            calc_sly::Tok::lexer(black_box(&src))
                .filter(Result::is_ok)
                .count()
        })
    });
    g.bench_function("logos", |b| {
        b.iter(|| {
            calc_lalrpop::Token::lexer(black_box(&src))
                .filter(Result::is_ok)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, parsers);
criterion_main!(benches);
