//! Table construction: reading a yacc file, checking the grammar, and building the automaton
//! with its resolved actions, for the SQL grammar of `grammars/yacc/sql.y` (344 rules, 665
//! LALR(1) states) and for a generated grammar of PostgreSQL's size (3,000 rules), with each
//! LR(1) construction: LALR(1), IELR(1) and canonical LR(1).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use sly_core::lalr::{Automaton, Limits, LrType};

const SQL: &str = include_str!("../../grammars/yacc/sql.y");

/// `TABLES_PROFILE=<grammar>/<construction>/<builds>` (e.g. `sql/ielr/10`, `generated-3000/lalr/2`;
/// constructions as bison names them): builds the automaton `builds` times and exits, for
/// instruction counts under callgrind (subtract a run with 0 builds to leave out reading the
/// grammar).
fn profile(spec: &str) {
    let parts: Vec<&str> = spec.split('/').collect();
    let [grammar, construction, builds] = parts[..] else {
        panic!("TABLES_PROFILE={spec}: expected <grammar>/<construction>/<builds>");
    };
    let builds: usize = builds.parse().expect("builds: a number");
    let src = match grammar {
        "sql" => SQL.to_string(),
        "generated-3000" => sly_benches::yacc_gen::postgres_sized(),
        _ => panic!("unknown grammar {grammar}"),
    };
    let g = sly_core::yacc::parse(&src)
        .expect("the grammar reads")
        .build()
        .expect("the grammar builds")
        .grammar;
    let lr_type = LrType::ALL
        .into_iter()
        .find(|t| t.bison_name() == construction)
        .unwrap_or_else(|| panic!("unknown construction {construction}"));
    let mut states = 0;
    for _ in 0..builds {
        let a = Automaton::build_with(&g, lr_type, &Limits::default()).expect("within the limits");
        states = a.states.len();
    }
    println!("{spec}: {states} states");
}

fn tables(c: &mut Criterion) {
    if let Ok(spec) = std::env::var("TABLES_PROFILE") {
        profile(&spec);
        std::process::exit(0);
    }
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
