//! Hostile grammars and token streams through the sly-core API: random grammars (valid or not)
//! never panic table construction; arbitrary terminal sequences never panic the LR driver; for
//! random conflict-free grammars, derived sentences parse into trees whose leaves are the
//! sentence, mutated sentences are accepted exactly when an Earley recognizer written here
//! accepts them, and the LALR(1), IELR(1) and canonical LR(1) tables give the same trees and
//! the same errors; and the plan of directly executed parsers (`codegen = "direct"`) runs
//! exactly as the tables do.
//!
//! The driver runs over tables built at run time through a hand-written `LrParser` whose values
//! are parse trees. `LrParser::tables` takes no `self`, so the tables of the grammar under test
//! sit in a thread-local set before each parse.

use std::cell::Cell;
use std::collections::HashSet;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use sly_core::Span;
use sly_core::diag::Origin;
use sly_core::grammar::{Assoc, Grammar, GrammarBuilder, Symbol};
use sly_core::lalr::direct::{DirectPlan, interpret};
use sly_core::lalr::pack::PackedTables;
use sly_core::lalr::{Automaton, Limits, LrType};
use sly_core::lex::LexError;
use sly_core::parse::table::ParseTables;
use sly_core::parse::{LrParser, Machine, PushParser, parse, parse_all, parse_all_tables};
use sly_testkit::rng::{Random, XorShift64Star};

// ---------------------------------------------------------------------------------------------
// A tree-building parser over run-time tables.

thread_local! {
    static TABLES: Cell<Option<&'static ParseTables<'static, u32>>> = const { Cell::new(None) };
}

/// Builds the automaton and tables of `g`, leaks them and makes them current on this thread.
fn install(g: &Grammar) -> Automaton {
    let a = Automaton::build(g);
    install_automaton(g, &a);
    a
}

/// Packs the automaton `a` of `g`, leaks its tables and makes them current on this thread.
fn install_automaton(g: &Grammar, a: &Automaton) {
    let p: &'static PackedTables = Box::leak(Box::new(PackedTables::build(g, a)));
    let names: &'static [&'static str] = Box::leak(
        p.terminal_names
            .iter()
            .map(|s| &*Box::leak(s.clone().into_boxed_str()))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let t: &'static ParseTables<'static, u32> = Box::leak(Box::new(p.view(names)));
    TABLES.with(|c| c.set(Some(t)));
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tree {
    /// A shifted token: its terminal id.
    Leaf(usize),
    /// A reduction: the production and its children.
    Node(usize, Vec<Tree>),
    /// A shifted `error`.
    Error(Span),
}

impl Tree {
    fn leaves(&self, out: &mut Vec<usize>) {
        match self {
            Tree::Leaf(t) => out.push(*t),
            Tree::Node(_, kids) => kids.iter().for_each(|k| k.leaves(out)),
            Tree::Error(_) => {}
        }
    }
}

/// The tree parser; with `DIRECT`, its `feed_direct` runs the installed plan as the code of
/// `#[parser(codegen = "direct")]` runs it (`interpret`).
#[derive(Default)]
struct Trees<const DIRECT: bool> {
    reductions: usize,
}

type TreeParser = Trees<false>;
type DirectTreeParser = Trees<true>;

impl<const D: bool> LrParser<'static> for Trees<D> {
    type Token = usize;
    type Values = Vec<Tree>;
    type Output = Tree;
    type Int = u32;
    const DIRECT: bool = D;

    fn tables() -> &'static ParseTables<'static, u32> {
        TABLES.with(Cell::get).expect("no tables installed")
    }

    fn terminal(t: &usize) -> usize {
        *t
    }

    fn push_token(values: &mut Vec<Tree>, t: usize) {
        values.push(Tree::Leaf(t));
    }

    fn push_error(values: &mut Vec<Tree>, span: Span) {
        values.push(Tree::Error(span));
    }

    fn reduce(&mut self, prod: usize, values: &mut Vec<Tree>, spans: &[Span], _: Span) {
        let n = Self::tables().prod_len[prod] as usize;
        assert_eq!(spans.len(), n, "production {prod}");
        assert!(
            values.len() >= n,
            "production {prod} pops {n} of {}",
            values.len()
        );
        self.reductions += 1;
        let kids = values.split_off(values.len() - n);
        values.push(Tree::Node(prod, kids));
    }

    fn pop_value(values: &mut Vec<Tree>, _state: usize) {
        values.pop();
    }

    fn take_output(values: &mut Vec<Tree>) -> Option<Tree> {
        values.pop()
    }

    fn feed_direct(
        m: &mut Machine<Vec<Tree>, Tree>,
        p: &mut Self,
        term: usize,
        token: Option<usize>,
        span: Span,
        rest: &mut dyn Iterator<Item = Result<(usize, Span), LexError>>,
    ) {
        let plan = PLAN.with(Cell::get).expect("no plan installed");
        let coded = CODED.with(Cell::get);
        interpret(
            plan,
            |s| coded >> (s % 64) & 1 == 1,
            m,
            p,
            term,
            token,
            span,
            rest,
        );
    }
}

/// Terminal ids as tokens, each spanning one byte at its position.
fn tokens(terms: &[usize]) -> Vec<(usize, Span)> {
    terms
        .iter()
        .enumerate()
        .map(|(i, &t)| (t, Span::new(i, i + 1)))
        .collect()
}

/// Checks that `tree` is a derivation of `sym` in `g`: every node's children are its
/// production's right-hand side, symbol by symbol.
fn check_tree(g: &Grammar, tree: &Tree, sym: Symbol) {
    match (tree, sym) {
        (Tree::Leaf(t), Symbol::Term(want)) => assert_eq!(*t, want.index()),
        (Tree::Node(p, kids), Symbol::Nonterm(want)) => {
            let prod = g.production((*p).into());
            assert_eq!(prod.lhs, want, "production {p} under the wrong nonterminal");
            assert_eq!(kids.len(), prod.rhs.len(), "production {p}");
            for (k, s) in kids.iter().zip(&prod.rhs) {
                check_tree(g, k, *s);
            }
        }
        other => panic!("tree does not match the grammar: {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Random grammars in a small shape: nonterminals S, A, B, C (S first, the start) over
// terminals a, b, c, d. A symbol number below 4 is a terminal; 4 and above a nonterminal.

const TERMS: [&str; 4] = ["a", "b", "c", "d"];
const NTS: [&str; 4] = ["S", "A", "B", "C"];

/// Per nonterminal, its alternatives; each alternative a list of symbol numbers.
type Shape = Vec<Vec<Vec<u8>>>;

fn shape() -> impl Strategy<Value = Shape> {
    vec(vec(vec(0u8..8, 0..=3), 1..=3), 1..=4)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Sym {
    T(usize),
    N(usize),
}

/// The shape as plain rules `(lhs, rhs)`, nonterminals numbered as in `NTS`.
fn rules_of(shape: &Shape) -> Vec<(usize, Vec<Sym>)> {
    let nts = shape.len();
    let mut rules = Vec::new();
    for (lhs, alts) in shape.iter().enumerate() {
        for alt in alts {
            let rhs = alt
                .iter()
                .map(|&s| {
                    if s < 4 {
                        Sym::T(s as usize)
                    } else {
                        Sym::N((s as usize - 4) % nts)
                    }
                })
                .collect();
            rules.push((lhs, rhs));
        }
    }
    rules
}

fn builder_of(rules: &[(usize, Vec<Sym>)]) -> GrammarBuilder {
    let mut b = GrammarBuilder::new();
    for t in TERMS {
        b.terminal(t, Origin::NONE);
    }
    b.start("S", Origin::NONE);
    for (lhs, rhs) in rules {
        let rhs: Vec<&str> = rhs
            .iter()
            .map(|s| match *s {
                Sym::T(t) => TERMS[t],
                Sym::N(n) => NTS[n],
            })
            .collect();
        b.rule_str(NTS[*lhs], &rhs, None);
    }
    b
}

/// An Earley recognizer over the plain rules, independent of sly's grammar analysis.
/// Epsilon rules are handled by advancing over nullable nonterminals at prediction time.
struct Earley<'r> {
    rules: &'r [(usize, Vec<Sym>)],
    nullable: Vec<bool>,
}

impl<'r> Earley<'r> {
    fn new(rules: &'r [(usize, Vec<Sym>)], nts: usize) -> Self {
        let mut nullable = vec![false; nts];
        loop {
            let mut changed = false;
            for (lhs, rhs) in rules {
                if !nullable[*lhs] && rhs.iter().all(|s| matches!(s, Sym::N(n) if nullable[*n])) {
                    nullable[*lhs] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Earley { rules, nullable }
    }

    fn accepts(&self, input: &[usize], start: usize) -> bool {
        // An item: (rule, dot, origin).
        let n = input.len();
        let mut sets: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); n + 1];
        let mut seen: Vec<HashSet<(usize, usize, usize)>> = vec![HashSet::new(); n + 1];
        let add = |sets: &mut Vec<Vec<_>>, seen: &mut Vec<HashSet<_>>, i: usize, it| {
            if seen[i].insert(it) {
                sets[i].push(it);
            }
        };
        for (r, (lhs, _)) in self.rules.iter().enumerate() {
            if *lhs == start {
                add(&mut sets, &mut seen, 0, (r, 0, 0));
            }
        }
        for i in 0..=n {
            let mut k = 0;
            while k < sets[i].len() {
                let (r, dot, origin) = sets[i][k];
                k += 1;
                let rhs = &self.rules[r].1;
                match rhs.get(dot) {
                    Some(Sym::N(b)) => {
                        for (r2, (lhs2, _)) in self.rules.iter().enumerate() {
                            if lhs2 == b {
                                add(&mut sets, &mut seen, i, (r2, 0, i));
                            }
                        }
                        if self.nullable[*b] {
                            add(&mut sets, &mut seen, i, (r, dot + 1, origin));
                        }
                    }
                    Some(Sym::T(t)) => {
                        if i < n && input[i] == *t {
                            add(&mut sets, &mut seen, i + 1, (r, dot + 1, origin));
                        }
                    }
                    None => {
                        let lhs = self.rules[r].0;
                        let mut j = 0;
                        while j < sets[origin].len() {
                            let (r2, dot2, origin2) = sets[origin][j];
                            j += 1;
                            if self.rules[r2].1.get(dot2) == Some(&Sym::N(lhs)) {
                                add(&mut sets, &mut seen, i, (r2, dot2 + 1, origin2));
                            }
                        }
                    }
                }
            }
        }
        sets[n].iter().any(|&(r, dot, origin)| {
            origin == 0 && self.rules[r].0 == start && dot == self.rules[r].1.len()
        })
    }
}

/// Derives a random sentence of nonterminal `start`, or `None` when it derives nothing.
/// Below `budget` expansions alternatives are picked at random; after it, the alternative of
/// least height, so every derivation ends.
fn derive(
    rules: &[(usize, Vec<Sym>)],
    nts: usize,
    start: usize,
    rng: &mut XorShift64Star,
) -> Option<Vec<usize>> {
    // height[n]: the least height of a derivation tree of n.
    let mut height = vec![usize::MAX; nts];
    loop {
        let mut changed = false;
        for (lhs, rhs) in rules {
            let h = rhs.iter().try_fold(1, |h: usize, s| match s {
                Sym::T(_) => Some(h),
                Sym::N(n) => (height[*n] != usize::MAX).then(|| h.max(height[*n] + 1)),
            });
            if let Some(h) = h
                && h < height[*lhs]
            {
                height[*lhs] = h;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    if height[start] == usize::MAX {
        return None;
    }
    let productive = |rhs: &Vec<Sym>| {
        rhs.iter()
            .all(|s| matches!(s, Sym::T(_)) || matches!(s, Sym::N(n) if height[*n] != usize::MAX))
    };
    let mut out = Vec::new();
    let mut expansions = 0;
    // A stack of symbols still to expand, leftmost on top.
    let mut stack = vec![Sym::N(start)];
    while let Some(s) = stack.pop() {
        match s {
            Sym::T(t) => out.push(t),
            Sym::N(n) => {
                expansions += 1;
                let alts: Vec<&Vec<Sym>> = rules
                    .iter()
                    .filter(|(l, rhs)| *l == n && productive(rhs))
                    .map(|(_, rhs)| rhs)
                    .collect();
                let rhs = if expansions < 40 {
                    alts[rng.below(alts.len())]
                } else {
                    let h = |rhs: &Vec<Sym>| {
                        rhs.iter()
                            .map(|s| match s {
                                Sym::T(_) => 0,
                                Sym::N(n) => height[*n],
                            })
                            .max()
                            .unwrap_or(0)
                    };
                    alts.iter().copied().min_by_key(|r| h(r)).unwrap()
                };
                stack.extend(rhs.iter().rev());
            }
        }
    }
    Some(out)
}

/// A conflict-free grammar of the shape, installed, with its terminal ids by `TERMS` index;
/// `None` when it does not build or has conflicts.
fn conflict_free(shape: &Shape) -> Option<(Grammar, Vec<usize>)> {
    let rules = rules_of(shape);
    let built = builder_of(&rules).build().ok()?;
    let g = built.grammar;
    let a = Automaton::build(&g);
    if a.shift_reduce_count() + a.reduce_reduce_count() != 0 {
        return None;
    }
    install(&g);
    let ids = TERMS
        .iter()
        .map(|t| g.terminal(t).unwrap().index())
        .collect();
    Some((g, ids))
}

#[test]
fn derived_sentences_parse_into_their_own_trees() {
    let mut runner = TestRunner::new(Config {
        cases: 1000,
        ..Config::default()
    });
    let used = Cell::new(0);
    runner
        .run(&(shape(), any::<u64>()), |(shape, seed)| {
            let Some((g, ids)) = conflict_free(&shape) else {
                return Ok(());
            };
            let rules = rules_of(&shape);
            let earley = Earley::new(&rules, shape.len());
            // xorshift64*, seeded from the strategy: failures reproduce and shrink with the seed.
            let mut rng = XorShift64Star::from_state(seed | 1);
            for _ in 0..4 {
                let sentence = derive(&rules, shape.len(), 0, &mut rng).expect("S is productive");
                prop_assert!(
                    earley.accepts(&sentence, 0),
                    "Earley rejects a derived sentence {sentence:?}"
                );
                let terms: Vec<usize> = sentence.iter().map(|&t| ids[t]).collect();
                let tree = parse(&mut TreeParser::default(), tokens(&terms));
                let tree = match tree {
                    Ok(t) => t,
                    Err(e) => {
                        return Err(TestCaseError::fail(format!("{sentence:?} rejected: {e}")));
                    }
                };
                check_tree(&g, &tree, Symbol::Nonterm(g.start));
                let mut leaves = Vec::new();
                tree.leaves(&mut leaves);
                prop_assert_eq!(leaves, terms);
            }
            used.set(used.get() + 1);
            Ok(())
        })
        .unwrap();
    // The property is about conflict-free grammars: enough of the random ones must be.
    assert!(
        used.get() >= 200,
        "only {} of 1000 grammars were conflict-free",
        used.get()
    );
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, usize),
    Delete(usize),
    Replace(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0..4usize).prop_map(|(i, t)| Mutation::Insert(i, t)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), 0..4usize).prop_map(|(i, t)| Mutation::Replace(i, t)),
    ]
}

fn apply(sentence: &mut Vec<usize>, m: &Mutation) {
    let n = sentence.len();
    match *m {
        Mutation::Insert(i, t) => sentence.insert(i % (n + 1), t),
        Mutation::Delete(i) if n > 0 => {
            sentence.remove(i % n);
        }
        Mutation::Replace(i, t) if n > 0 => sentence[i % n] = t,
        _ => {}
    }
}

#[test]
fn mutated_sentences_agree_with_an_earley_recognizer() {
    let mut runner = TestRunner::new(Config {
        cases: 1000,
        ..Config::default()
    });
    let (accepted, rejected) = (Cell::new(0), Cell::new(0));
    runner
        .run(
            &(shape(), any::<u64>(), vec(mutation(), 1..=3)),
            |(shape, seed, mutations)| {
                let Some((g, ids)) = conflict_free(&shape) else {
                    return Ok(());
                };
                let rules = rules_of(&shape);
                let earley = Earley::new(&rules, shape.len());
                let mut rng = XorShift64Star::from_state(seed | 1);
                let mut sentence =
                    derive(&rules, shape.len(), 0, &mut rng).expect("S is productive");
                for m in &mutations {
                    apply(&mut sentence, m);
                }
                let want = earley.accepts(&sentence, 0);
                let terms: Vec<usize> = sentence.iter().map(|&t| ids[t]).collect();
                let got = parse(&mut TreeParser::default(), tokens(&terms));
                prop_assert_eq!(
                    got.is_ok(),
                    want,
                    "{:?} after {:?}: {:?}",
                    sentence,
                    mutations,
                    got
                );
                match got {
                    Ok(tree) => {
                        check_tree(&g, &tree, Symbol::Nonterm(g.start));
                        let mut leaves = Vec::new();
                        tree.leaves(&mut leaves);
                        prop_assert_eq!(leaves, terms);
                        accepted.set(accepted.get() + 1);
                    }
                    Err(e) => {
                        // The error is at a token of the input or at its end.
                        let s = e.span();
                        prop_assert!(s.end <= terms.len(), "error span {:?} past the input", s);
                        rejected.set(rejected.get() + 1);
                    }
                }
                Ok(())
            },
        )
        .unwrap();
    // Both answers must come up, or the comparison proves little.
    assert!(
        accepted.get() >= 50 && rejected.get() >= 50,
        "accepted {}, rejected {}",
        accepted.get(),
        rejected.get()
    );
}

/// On random grammars without conflicts in IELR(1), derived and mutated sentences get the same
/// answer from the IELR(1) and canonical LR(1) tables (and from LALR(1)'s, when it has no
/// conflict either): the same tree, or the same error with the same expected terminals; and
/// the answer is the Earley recognizer's.
#[test]
fn lalr_ielr_and_canonical_tables_parse_alike() {
    let mut runner = TestRunner::new(Config {
        cases: 600,
        ..Config::default()
    });
    let (compared, rejected) = (Cell::new(0), Cell::new(0));
    runner
        .run(
            &(shape(), any::<u64>(), vec(mutation(), 0..=2)),
            |(shape, seed, mutations)| {
                let rules = rules_of(&shape);
                let Ok(built) = builder_of(&rules).build() else {
                    return Ok(());
                };
                let g = built.grammar;
                let limits = Limits::default();
                let automata: Vec<Automaton> = LrType::ALL
                    .iter()
                    .map(|&t| Automaton::build_with(&g, t, &limits).expect("small grammar"))
                    .filter(|a| a.shift_reduce_count() + a.reduce_reduce_count() == 0)
                    .collect();
                // IELR(1) and canonical LR(1) have the conflicts of LR(1): both or neither.
                let clean = automata.len();
                if clean < 2 {
                    return Ok(());
                }
                let ids: Vec<usize> = TERMS
                    .iter()
                    .map(|t| g.terminal(t).unwrap().index())
                    .collect();
                let earley = Earley::new(&rules, shape.len());
                let mut rng = XorShift64Star::from_state(seed | 1);
                let mut sentence =
                    derive(&rules, shape.len(), 0, &mut rng).expect("S is productive");
                for m in &mutations {
                    apply(&mut sentence, m);
                }
                let terms: Vec<usize> = sentence.iter().map(|&t| ids[t]).collect();
                let results: Vec<_> = automata
                    .iter()
                    .map(|a| {
                        install_automaton(&g, a);
                        parse(&mut TreeParser::default(), tokens(&terms))
                    })
                    .collect();
                for r in &results[1..] {
                    prop_assert_eq!(r, &results[0], "{:?} ({} constructions)", sentence, clean);
                }
                prop_assert_eq!(results[0].is_ok(), earley.accepts(&sentence, 0));
                if let Ok(tree) = &results[0] {
                    check_tree(&g, tree, Symbol::Nonterm(g.start));
                } else {
                    rejected.set(rejected.get() + 1);
                }
                compared.set(compared.get() + 1);
                Ok(())
            },
        )
        .unwrap();
    assert!(
        compared.get() >= 150 && rejected.get() >= 30,
        "compared {}, rejected {}",
        compared.get(),
        rejected.get()
    );
}

// ---------------------------------------------------------------------------------------------
// Arbitrary grammars, valid or not, through the whole pipeline.

const NAMES: [&str; 12] = [
    "S", "A", "B", "a", "b", "c", "error", "$end", "", "UMINUS", "é", "$accept",
];

#[derive(Debug, Clone)]
struct AnyGrammar {
    strict: bool,
    terminals: Vec<usize>,
    precedence: Vec<(u8, Vec<usize>)>,
    start: Option<usize>,
    rules: Vec<(usize, Vec<usize>, Option<usize>)>,
}

fn any_grammar() -> impl Strategy<Value = AnyGrammar> {
    let name = 0..NAMES.len();
    (
        any::<bool>(),
        vec(name.clone(), 0..5),
        vec((0u8..3, vec(name.clone(), 0..3)), 0..3),
        proptest::option::of(name.clone()),
        vec(
            (
                name.clone(),
                vec(name.clone(), 0..4),
                proptest::option::weighted(0.2, name),
            ),
            0..8,
        ),
    )
        .prop_map(|(strict, terminals, precedence, start, rules)| AnyGrammar {
            strict,
            terminals,
            precedence,
            start,
            rules,
        })
}

fn build_any(g: &AnyGrammar) -> GrammarBuilder {
    let mut b = GrammarBuilder::new();
    b.strict(g.strict);
    for &t in &g.terminals {
        b.terminal(NAMES[t], Origin::NONE);
    }
    for (assoc, names) in &g.precedence {
        let assoc = [Assoc::Left, Assoc::Right, Assoc::Nonassoc][*assoc as usize];
        b.precedence(assoc, names.iter().map(|&n| (NAMES[n], Origin::NONE)));
    }
    if let Some(s) = g.start {
        b.start(NAMES[s], Origin::NONE);
    }
    for (lhs, rhs, prec) in &g.rules {
        let rhs: Vec<&str> = rhs.iter().map(|&n| NAMES[n]).collect();
        b.rule_str(NAMES[*lhs], &rhs, prec.map(|p| NAMES[p]));
    }
    b
}

/// A terminal id for the driver: mostly in range, sometimes `$end`, `error` or past the last.
fn any_terminal() -> impl Strategy<Value = u16> {
    any::<u16>()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_grammars_never_panic_construction(g in any_grammar(), toks in vec(any_terminal(), 0..12)) {
        match build_any(&g).build() {
            Err(diags) => {
                prop_assert!(diags.has_errors(), "an Err without errors: {:?}", diags);
            }
            Ok(built) => {
                let a = install(&built.grammar);
                let _ = a.conflict_summary();
                for c in a.unresolved() {
                    let _ = c.items(&built.grammar, &a);
                }
                // Token numbers spread over the terminals, `$end` and `error` included.
                let n = built.grammar.num_terminals();
                let terms: Vec<usize> = toks.iter().map(|&t| t as usize % n).collect();
                drive(&terms)?;
            }
        }
    }

    /// A terminal id past the last (which generated code never produces, but a hand-written
    /// `LrParser` can) is a syntax error, not a panic.
    #[test]
    fn out_of_range_terminals_never_panic(g in any_grammar(), toks in vec(any_terminal(), 1..12)) {
        if let Ok(built) = build_any(&g).build() {
            install(&built.grammar);
            let n = built.grammar.num_terminals();
            let terms: Vec<usize> = toks.iter().map(|&t| t as usize % (n + 3)).collect();
            drive(&terms)?;
        }
    }
}

/// An input token that a hand-written `terminal` classifies as `$end`, `error` or the id
/// after the last terminal is a syntax error at that token, named after what it claimed to be.
#[test]
fn input_tokens_classified_as_end_or_error_are_named_in_the_error() {
    let g = builder_of(&[(0, vec![Sym::T(0), Sym::T(1)])])
        .build()
        .unwrap()
        .grammar;
    install(&g);
    let a = g.terminal("a").unwrap().index();
    let b = g.terminal("b").unwrap().index();
    // The id after the last terminal is the tables' "before a token" column: no terminal.
    let past = g.num_terminals();
    let past_name = format!("terminal #{past}");
    for (claimed, name) in [(0, "$end"), (1, "error"), (past, past_name.as_str())] {
        let err = parse(&mut TreeParser::default(), tokens(&[a, claimed, b])).unwrap_err();
        assert_eq!(err.span(), Span::new(1, 2));
        assert_eq!(err.found(), Some(name));
        assert_eq!(err.expected(), ["b"]);
    }
}

/// Runs terminals through `parse`, `parse_all` and the push parser over the installed tables.
fn drive(terms: &[usize]) -> Result<(), TestCaseError> {
    let _ = parse(&mut TreeParser::default(), tokens(terms));
    let out = parse_all(&mut TreeParser::default(), tokens(terms));
    for e in &out.errors {
        prop_assert!(e.span().end <= terms.len(), "error span {:?}", e.span());
    }
    let mut p = TreeParser::default();
    let mut push = PushParser::new(&mut p);
    for t in tokens(terms) {
        if !push.push(t) {
            break;
        }
    }
    let _ = push.finish_all();
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The plan of `codegen = "direct"`, run as the generated code runs it, against the tables.

thread_local! {
    static PLAN: Cell<Option<&'static DirectPlan>> = const { Cell::new(None) };
    /// Which states keep their code (bit `s % 64`); the others look their step up.
    static CODED: Cell<u64> = const { Cell::new(u64::MAX) };
}

/// Installs the plan of the grammar's current tables, checked against them entry by entry.
fn install_plan(g: &Grammar, a: &Automaton, coded: u64) -> Result<(), TestCaseError> {
    let plan: &'static DirectPlan =
        Box::leak(Box::new(DirectPlan::build(&PackedTables::build(g, a))));
    prop_assert!(plan.agrees_with(TreeParser::tables()));
    PLAN.with(|c| c.set(Some(plan)));
    CODED.with(|c| c.set(coded));
    Ok(())
}

/// Parses `terms` with the plan (pull and push) and with the tables: the same trees, the same
/// errors and the same number of actions run.
fn same_in_both_modes(terms: &[usize]) -> Result<(), TestCaseError> {
    let mut tables = DirectTreeParser::default();
    let want = parse_all_tables(&mut tables, tokens(terms));
    let mut direct = DirectTreeParser::default();
    let got = parse_all(&mut direct, tokens(terms));
    prop_assert_eq!(format!("{got:?}"), format!("{want:?}"), "{:?}", terms);
    prop_assert_eq!(direct.reductions, tables.reductions);
    let mut pushed = DirectTreeParser::default();
    let mut push = PushParser::new(&mut pushed);
    for t in tokens(terms) {
        if !push.push(t) {
            break;
        }
    }
    let got = push.finish_all();
    prop_assert_eq!(
        format!("{got:?}"),
        format!("{want:?}"),
        "{:?} pushed",
        terms
    );
    prop_assert_eq!(pushed.reductions, tables.reductions);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Any grammar that builds (with `error` rules, precedence, `$end` in rules), with token
    /// ids over its terminals and past them: the direct plan does what the tables do, for
    /// every choice of the states that keep their code.
    #[test]
    fn direct_plan_runs_like_the_tables_on_arbitrary_grammars(
        g in any_grammar(),
        toks in vec(any_terminal(), 0..14),
        coded in any::<u64>(),
    ) {
        if let Ok(built) = build_any(&g).build() {
            let a = install(&built.grammar);
            install_plan(&built.grammar, &a, coded)?;
            let n = built.grammar.num_terminals();
            let terms: Vec<usize> = toks.iter().map(|&t| t as usize % (n + 3)).collect();
            same_in_both_modes(&terms)?;
        }
    }
}

/// Random conflict-free grammars of the small shape, with derived sentences (accepted) and
/// mutated ones (mostly errors): the direct plan gives the trees and errors of the tables.
#[test]
fn direct_plan_runs_like_the_tables_on_derived_sentences() {
    let mut runner = TestRunner::new(Config {
        cases: 800,
        ..Config::default()
    });
    let (accepted, rejected) = (Cell::new(0), Cell::new(0));
    runner
        .run(
            &(shape(), any::<u64>(), vec(mutation(), 0..=2), any::<u64>()),
            |(shape, seed, mutations, coded)| {
                let rules = rules_of(&shape);
                let Ok(built) = builder_of(&rules).build() else {
                    return Ok(());
                };
                let g = built.grammar;
                let a = install(&g);
                // A grammar with conflicts may be cyclic (`A: B; B: A`), and then its
                // parser reduces without end on some inputs, in either mode.
                if a.shift_reduce_count() + a.reduce_reduce_count() != 0 {
                    return Ok(());
                }
                install_plan(&g, &a, coded)?;
                let ids: Vec<usize> = TERMS
                    .iter()
                    .map(|t| g.terminal(t).unwrap().index())
                    .collect();
                let mut rng = XorShift64Star::from_state(seed | 1);
                let Some(mut sentence) = derive(&rules, shape.len(), 0, &mut rng) else {
                    return Ok(());
                };
                for m in &mutations {
                    apply(&mut sentence, m);
                }
                let terms: Vec<usize> = sentence.iter().map(|&t| ids[t]).collect();
                same_in_both_modes(&terms)?;
                let ok = parse(&mut DirectTreeParser::default(), tokens(&terms)).is_ok();
                let count = if ok { &accepted } else { &rejected };
                count.set(count.get() + 1);
                Ok(())
            },
        )
        .unwrap();
    assert!(
        accepted.get() >= 100 && rejected.get() >= 50,
        "accepted {}, rejected {}",
        accepted.get(),
        rejected.get()
    );
}
