//! Conflict counterexamples (`sly_core::lalr::counterexample`) on hundreds of random grammars,
//! each checked by the derivation-counting oracle of `sly_testkit::derivations`, and compared
//! with GNU Bison's counterexamples (`bison -r cex`): on the repository's grammars and the
//! classic cases we find a unifying counterexample for every conflict bison finds one for (both
//! number states alike).
//!
//! Needs `bison` on the PATH (`apt-get install -y bison`) for the comparison.

use crate::common::{repo_root, require_bison, temp_dir};
use sly_core::grammar::{Grammar, Symbol};
use sly_core::lalr::counterexample::{
    Budget, CexAction, Counterexample, Derivation, counterexamples,
};
use sly_core::lalr::{Automaton, Conflict};
use sly_testkit::derivations::{Cfg, Claim, Sym, Tree};
use sly_testkit::yacc::random_grammar;
use std::collections::BTreeSet;
use std::process::Command;

/// Seeds of the random grammars, as in the differential test against bison.
const RANDOM_GRAMMARS: u64 = 400;

fn sym(s: Symbol) -> Sym {
    match s {
        Symbol::Term(t) => Sym::T(t.0),
        Symbol::Nonterm(n) => Sym::N(n.0),
    }
}

fn tree(d: &Derivation) -> Tree {
    match d {
        Derivation::Leaf(s) => Tree::Leaf(sym(*s)),
        Derivation::Dot => Tree::Dot,
        Derivation::Node { prod, children } => {
            Tree::Node(prod.index(), children.iter().map(tree).collect())
        }
    }
}

/// The oracle's view of a conflict's counterexample.
fn check(g: &Grammar, c: &Conflict, cex: &Counterexample) -> Result<(), String> {
    let oracle = Cfg {
        productions: g
            .productions
            .iter()
            .map(|p| (p.lhs.0, p.rhs.iter().map(|&s| sym(s)).collect()))
            .collect(),
        nonterminals: g.num_nonterminals(),
        start: 0,
    };
    let action = |a: CexAction| match a {
        CexAction::Shift => None,
        CexAction::Reduce(p) => Some(p.index()),
    };
    oracle.check_claim(&Claim {
        lookahead: c.lookahead.0,
        shift_reduce: c.shift.is_some(),
        reductions: c.reductions.iter().map(|p| p.index()).collect(),
        unifying: cex.unifying,
        timed_out: cex.timed_out,
        trees: [tree(&cex.derivations[0]), tree(&cex.derivations[1])],
        actions: [action(cex.actions[0]), action(cex.actions[1])],
    })
}

/// What we find on one grammar: conflicts, unifying counterexamples, the (state, lookahead) of
/// those, and the search steps.
#[derive(Debug, Default)]
struct Ours {
    conflicts: usize,
    unifying: usize,
    timed_out: usize,
    unifying_conflicts: BTreeSet<(usize, String)>,
    steps: u64,
}

/// Our counterexamples of every conflict of `src` within `budget`, each checked by the oracle.
fn ours_within(src: &str, mut budget: Budget) -> Result<Ours, String> {
    let y = sly_core::yacc::parse(src).map_err(|e| format!("{e:?}"))?;
    let g = y.build().map_err(|d| y.render_all("g.y", &d))?.grammar;
    let a = Automaton::build(&g);
    let cexes = counterexamples(&g, &a, &mut budget);
    let mut out = Ours::default();
    for (c, cex) in a.unresolved().zip(&cexes) {
        check(&g, c, cex).map_err(|e| {
            format!(
                "{e}\n{c:?}\n{}{}\n{}",
                cex.display(&g, ""),
                cex.derivation_text(&g, 0),
                cex.derivation_text(&g, 1)
            )
        })?;
        out.conflicts += 1;
        out.steps += cex.steps;
        if cex.unifying {
            out.unifying += 1;
            out.unifying_conflicts.insert((
                c.state.index(),
                g.terminals[c.lookahead.index()].name.clone(),
            ));
        }
        if cex.timed_out {
            out.timed_out += 1;
        }
    }
    Ok(out)
}

/// [`ours_within`] the default budget.
fn ours(src: &str) -> Result<Ours, String> {
    ours_within(src, Budget::default())
}

/// Every counterexample of the random grammars checked by the oracle, with a quarter of the
/// default budget so that the test stays short in a debug build (the searches that run out
/// take most of the time).
#[test]
fn random_grammars_counterexamples_are_derivations() {
    let mut failures = Vec::new();
    let (mut conflicts, mut unifying, mut timed_out, mut steps) = (0, 0, 0, 0);
    let start = std::time::Instant::now();
    for seed in 0..RANDOM_GRAMMARS {
        let src = random_grammar(seed);
        match ours_within(&src, Budget::new(5_000, 50_000)) {
            Ok(o) => {
                conflicts += o.conflicts;
                unifying += o.unifying;
                timed_out += o.timed_out;
                steps += o.steps;
            }
            Err(e) => failures.push(format!("seed {seed}: {e}\n{src}")),
        }
    }
    println!(
        "random grammars: {conflicts} conflicts, {unifying} unifying, {timed_out} out of \
         budget, {steps} steps, {:.1} s with the checks",
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // The generator makes grammars with conflicts, many of them ambiguous.
    assert!(
        conflicts > 100 && unifying > conflicts / 4,
        "{unifying} of {conflicts}"
    );
}

/// What bison 3.8 reports with `-r cex` (its `.output` file): conflicts, one report per pair
/// of conflicting items, and the (state, token) of those with a unifying example (a
/// reduce/reduce report names all its tokens; its example is for the first).
#[derive(Debug, Default)]
struct Theirs {
    reports: usize,
    unifying: usize,
    unifying_conflicts: BTreeSet<(usize, String)>,
}

fn bison_counterexamples(file: &std::path::Path) -> Theirs {
    let report = file.with_extension("output");
    let _ = std::fs::remove_file(&report);
    Command::new("bison")
        .args([
            "-r",
            "cex",
            "-Wno-counterexamples",
            "-Wno-other",
            "-o",
            "/dev/null",
        ])
        .arg("--report-file")
        .arg(&report)
        .arg(file)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run bison");
    let text = std::fs::read_to_string(&report).expect("bison's report");
    let lines: Vec<&str> = text.lines().collect();
    let mut theirs = Theirs::default();
    let mut state = 0;
    for (i, line) in lines.iter().enumerate() {
        if let Some(n) = line.strip_prefix("State ").and_then(|n| n.parse().ok()) {
            state = n;
            continue;
        }
        let Some((_, rest)) = line.split_once(" conflict on token") else {
            continue;
        };
        let tokens = rest.trim_start_matches('s').trim().trim_end_matches(':');
        theirs.reports += 1;
        let example = lines[i + 1..]
            .iter()
            .find(|l| l.contains("xample: "))
            .copied()
            .unwrap_or("");
        if example.trim_start().starts_with("Example: ") {
            theirs.unifying += 1;
            if let Some(first) = tokens.split(", ").next() {
                theirs.unifying_conflicts.insert((state, first.to_string()));
            }
        }
    }
    theirs
}

/// The classic cases: dangling else, an ambiguous sum, a reduce/reduce ambiguity, and the
/// LR(1) grammar that LALR(1) merges into a reduce/reduce conflict.
const CLASSIC: &[(&str, &str)] = &[
    (
        "dangling-else",
        "%token IF E THEN ELSE X\n%%\nstmt: IF E THEN stmt | IF E THEN stmt ELSE stmt | X ;\n",
    ),
    ("sum", "%token ID\n%%\ne: e '+' e | ID ;\n"),
    (
        "reduce-reduce",
        "%token Ident\n%%\nexpr: atom | Ident ;\natom: Ident ;\n",
    ),
    (
        "lr1-not-lalr",
        "%token a b c d e\n%%\nS: a E c | a F d | b F c | b E d ;\nE: e ;\nF: e ;\n",
    ),
];

/// The grammars of `grammars/yacc/`, by file name.
fn repository_grammars() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(repo_root().join("grammars").join("yacc"))
        .expect("grammars/yacc")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "y"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            (
                f.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read_to_string(f).expect("read"),
            )
        })
        .collect()
}

/// Compares our counterexamples with bison's on a set of grammars, prints the figures, and
/// returns the conflicts bison gives a unifying counterexample and we do not.
fn compare(set: &str, grammars: &[(String, String)]) -> Vec<String> {
    let dir = temp_dir(&format!("bison-cex-{set}"));
    let mut missing = Vec::new();
    let (mut conflicts, mut ours_unifying, mut timed_out, mut steps) = (0, 0, 0, 0);
    let (mut reports, mut bison_unifying) = (0, 0);
    let (mut only_bison, mut only_ours) = (0, 0);
    for (name, src) in grammars {
        let file = dir.join(name);
        std::fs::write(&file, src).expect("write");
        let mine = ours(src).unwrap_or_else(|e| panic!("{name}: {e}"));
        let theirs = bison_counterexamples(&file);
        conflicts += mine.conflicts;
        ours_unifying += mine.unifying;
        timed_out += mine.timed_out;
        steps += mine.steps;
        reports += theirs.reports;
        bison_unifying += theirs.unifying;
        let lost: Vec<_> = theirs
            .unifying_conflicts
            .difference(&mine.unifying_conflicts)
            .collect();
        only_bison += lost.len();
        only_ours += mine
            .unifying_conflicts
            .difference(&theirs.unifying_conflicts)
            .count();
        if !lost.is_empty() {
            missing.push(format!(
                "{set}/{name}: bison unifies (state, token) {lost:?}, we do not"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "{set}: {} grammars; sly: {conflicts} conflicts, {ours_unifying} unifying, \
         {timed_out} out of budget, {steps} steps; bison: {reports} reports, \
         {bison_unifying} unifying; conflicts unifying for bison only: {only_bison}, \
         for sly only: {only_ours}",
        grammars.len()
    );
    missing
}

/// On the repository's grammars and the classic cases, a unifying counterexample for every
/// conflict bison has one for. Prints the figures
/// (`cargo test -p sly-cli counterexamples_against_bison -- --nocapture`).
#[test]
fn unifying_counterexamples_against_bison() {
    require_bison();
    let classic: Vec<(String, String)> = CLASSIC
        .iter()
        .map(|(n, s)| (format!("{n}.y"), s.to_string()))
        .collect();
    let mut missing = compare("grammars-yacc", &repository_grammars());
    missing.extend(compare("classic", &classic));
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The same comparison on the random grammars, for the figures only: bison spends up to five
/// seconds on each conflict it cannot unify, so this takes many minutes
/// (`cargo test -p sly-cli --release random_counterexamples_against_bison -- --ignored
/// --nocapture`).
#[test]
#[ignore = "a measurement that takes many minutes of bison's time"]
fn random_counterexamples_against_bison() {
    require_bison();
    let grammars: Vec<(String, String)> = (0..RANDOM_GRAMMARS)
        .map(|seed| (format!("r{seed}.y"), random_grammar(seed)))
        .collect();
    let missing = compare("random", &grammars);
    println!("{}", missing.join("\n"));
}

/// The time the counterexample search takes: on each grammar of `grammars/yacc/`, and on the
/// benchmark's 3,000-rule grammar (`sly_testkit::yacc::postgres_sized`) with conflicts made by
/// dropping precedence declarations. Run it in both profiles:
/// `cargo test -p sly-cli [--release] counterexample_search_time -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn counterexample_search_time() {
    let mut cases = repository_grammars();
    let big = sly_testkit::yacc::postgres_sized();
    cases.push(("postgres-sized".into(), big.clone()));
    // Precedence declarations turned into plain token declarations: the operators they
    // ordered now conflict.
    for dropped in [
        &["%left '*' '/' '%'\n"][..],
        &["%left '+' '-'\n", "%left '*' '/' '%'\n"][..],
        &[
            "%nonassoc '<' '>' '=' LE GE NE\n",
            "%left CONCAT\n",
            "%left '+' '-'\n",
            "%left '*' '/' '%'\n",
        ][..],
    ] {
        let mut src = big.clone();
        for d in dropped {
            assert!(src.contains(d), "{d}");
            let names: Vec<&str> = d
                .split_whitespace()
                .skip(1)
                .filter(|n| !n.starts_with('\''))
                .collect();
            let declared = if names.is_empty() {
                String::new()
            } else {
                format!("%token {}\n", names.join(" "))
            };
            src = src.replace(d, &declared);
        }
        cases.push((
            format!("postgres-sized, {} levels dropped", dropped.len()),
            src,
        ));
    }
    for (name, src) in cases {
        let y = sly_core::yacc::parse(&src).expect("parse");
        let g = y.build().expect("build").grammar;
        let a = Automaton::build(&g);
        let start = std::time::Instant::now();
        let mut budget = Budget::default();
        let cexes = counterexamples(&g, &a, &mut budget);
        let elapsed = start.elapsed();
        println!(
            "{name}: {} rules, {} states, {} conflicts, {} unifying, {} out of budget, \
             {} steps, {:.1} ms",
            g.productions.len(),
            a.states.len(),
            cexes.len(),
            cexes.iter().filter(|c| c.unifying).count(),
            cexes.iter().filter(|c| c.timed_out).count(),
            Budget::DEFAULT_TOTAL - budget.total,
            elapsed.as_secs_f64() * 1e3
        );
    }
}
