//! SQL parser throughput: a 10 MB script of queries with joins, nested conditions, `IN`,
//! `BETWEEN`, `LIKE`, aggregates, `GROUP BY`, `ORDER BY` and `LIMIT`, and `INSERT`, `UPDATE`
//! and `DELETE` statements, parsed into syntax trees two ways:
//!
//! - `sly`: `sly_grammars::sql`, a `#[derive(Lexer)]` DFA lexer and a `#[parser]` LALR(1)
//!   grammar building a borrowed AST;
//! - `sly-direct`: the same grammar generated with `codegen = "direct"`
//!   (`sly_grammars::sql::direct`);
//! - `sqlparser`: `sqlparser::parser::Parser::parse_sql` with `GenericDialect`.
//!
//! Both return one AST per statement; the counts are checked before anything is measured.
//! The input comes from the seeded generator `sly_benches::sql_gen::generate`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sly_benches::sql_gen;
use sqlparser::dialect::GenericDialect;
use sqlparser::parser::Parser;

const SIZE: usize = 10 * 1024 * 1024;
const SEED: u64 = 5;

fn ours(src: &str) -> usize {
    sly_grammars::sql::parse(src)
        .expect("sly parses the input")
        .len()
}

fn ours_direct(src: &str) -> usize {
    sly_grammars::sql::direct::parse(src)
        .expect("sly parses the input")
        .len()
}

fn theirs(src: &str) -> usize {
    Parser::parse_sql(&GenericDialect {}, src)
        .expect("sqlparser parses the input")
        .len()
}

fn parsers(c: &mut Criterion) {
    let src = sql_gen::generate(SEED, SIZE);
    let statements = src.matches(";\n").count();
    assert_eq!(ours(&src), statements, "sly's statement count");
    assert_eq!(
        ours_direct(&src),
        statements,
        "the direct parser's statement count"
    );
    assert_eq!(theirs(&src), statements, "sqlparser's statement count");
    eprintln!("sql input: {} bytes, {statements} statements", src.len());

    let mut g = c.benchmark_group("parser/sql");
    g.throughput(Throughput::Bytes(src.len() as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("sly", |b| b.iter(|| ours(black_box(&src))));
    g.bench_function("sly-direct", |b| b.iter(|| ours_direct(black_box(&src))));
    g.bench_function("sqlparser", |b| b.iter(|| theirs(black_box(&src))));
    g.finish();
}

criterion_group!(benches, parsers);
criterion_main!(benches);
