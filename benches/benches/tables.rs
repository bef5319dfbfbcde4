//! Table construction: reading a yacc file, checking the grammar, and building the automaton
//! with its resolved actions, for the SQL grammar of `grammars/yacc/sql.y` (344 rules, 665
//! LALR(1) states) and for a generated grammar of PostgreSQL's size (3,000 rules), with each
//! LR(1) construction: LALR(1), IELR(1) and canonical LR(1).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sly_core::lalr::{Automaton, Limits, LrType};

const SQL: &str = include_str!("../../grammars/yacc/sql.y");

fn tables(c: &mut Criterion) {
    let mut group = c.benchmark_group("tables");
    group.measurement_time(Duration::from_secs(5));
    let limits = Limits::default();

    let sql = sly_core::yacc::parse(SQL)
        .expect("sql.y reads")
        .build()
        .expect("sql.y builds")
        .grammar;
    group.bench_function("sql/lalr", |b| b.iter(|| Automaton::build(black_box(&sql))));
    for t in [LrType::Ielr, LrType::Canonical] {
        group.bench_function(format!("sql/{}", t.bison_name()), |b| {
            b.iter(|| Automaton::build_with(black_box(&sql), t, &limits))
        });
    }
    group.bench_function("sql/read+check+lalr", |b| {
        b.iter(|| {
            let y = sly_core::yacc::parse(black_box(SQL)).expect("sql.y reads");
            let g = y.build().expect("sql.y builds").grammar;
            Automaton::build(&g)
        })
    });

    let big_src = sly_benches::yacc_gen::postgres_sized();
    let big = sly_core::yacc::parse(&big_src)
        .expect("the generated grammar reads")
        .build()
        .expect("the generated grammar builds")
        .grammar;
    group.sample_size(10);
    group.bench_function("generated-3000/lalr", |b| {
        b.iter(|| Automaton::build(black_box(&big)))
    });
    for t in [LrType::Ielr, LrType::Canonical] {
        group.bench_function(format!("generated-3000/{}", t.bison_name()), |b| {
            b.iter(|| Automaton::build_with(black_box(&big), t, &limits))
        });
    }
    group.finish();
}

criterion_group!(benches, tables);
criterion_main!(benches);
