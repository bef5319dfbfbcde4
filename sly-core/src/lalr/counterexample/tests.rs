//! Counterexamples checked by an independent oracle: every unifying example must have two
//! derivation trees from the start symbol, counted by `sly_testkit::derivations` over the plain
//! grammar; every nonunifying one must be two sentential forms, each derived at least once.

use super::*;
use crate::grammar::Grammar;
use crate::lalr::Automaton;

// The oracle's one copy lives in the support crate, which sly-core's manifest does not
// depend on; the file is compiled in here.
#[path = "../../../../testkit/src/derivations.rs"]
mod derivations;

use derivations::{Cfg, Claim, Sym, Tree};

fn grammar(src: &str) -> Grammar {
    let y = crate::yacc::parse(src).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
    y.build()
        .unwrap_or_else(|d| panic!("{}\n{src}", y.render_all("g.y", &d)))
        .grammar
}

fn sym(s: Symbol) -> Sym {
    match s {
        Symbol::Term(t) => Sym::T(t.0),
        Symbol::Nonterm(n) => Sym::N(n.0),
    }
}

/// The grammar as the oracle sees it, production for production, from `$accept`. Useless
/// productions stay (so that production numbers agree): nothing useful derives from them.
fn cfg(g: &Grammar) -> Cfg {
    Cfg {
        productions: g
            .productions
            .iter()
            .map(|p| (p.lhs.0, p.rhs.iter().map(|&s| sym(s)).collect()))
            .collect(),
        nonterminals: g.num_nonterminals(),
        start: 0,
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

/// Checks one counterexample of conflict `c` against the oracle.
fn check(g: &Grammar, c: &Conflict, cex: &Counterexample) -> Result<(), String> {
    let action = |a: CexAction| match a {
        CexAction::Shift => None,
        CexAction::Reduce(p) => Some(p.index()),
    };
    cfg(g).check_claim(&Claim {
        lookahead: c.lookahead.0,
        shift_reduce: c.shift.is_some(),
        reductions: c.reductions.iter().map(|p| p.index()).collect(),
        unifying: cex.unifying,
        timed_out: cex.timed_out,
        trees: [tree(&cex.derivations[0]), tree(&cex.derivations[1])],
        actions: [action(cex.actions[0]), action(cex.actions[1])],
    })
}

/// Every unresolved conflict of `src` with its counterexample, checked by the oracle.
fn checked(src: &str, budget: &mut Budget) -> (Grammar, Vec<(Conflict, Counterexample)>) {
    let g = grammar(src);
    let a = Automaton::build(&g);
    let cexes = counterexamples(&g, &a, budget);
    let conflicts: Vec<Conflict> = a.unresolved().cloned().collect();
    assert_eq!(conflicts.len(), cexes.len());
    for (c, cex) in conflicts.iter().zip(&cexes) {
        if let Err(e) = check(&g, c, cex) {
            panic!(
                "{e}\nconflict {c:?}\n{}\n{}\n{}",
                cex.display(&g, ""),
                cex.derivation_text(&g, 0),
                cex.derivation_text(&g, 1)
            );
        }
    }
    let pairs = conflicts.into_iter().zip(cexes).collect();
    (g, pairs)
}

fn unifying_count(pairs: &[(Conflict, Counterexample)]) -> usize {
    pairs.iter().filter(|(_, c)| c.unifying).count()
}

const DANGLING: &str = "%token IF E THEN ELSE X\n%%\n\
    stmt: IF E THEN stmt | IF E THEN stmt ELSE stmt | X ;\n";

#[test]
fn dangling_else() {
    let (g, pairs) = checked(DANGLING, &mut Budget::default());
    let [(_, cex)] = &pairs[..] else {
        panic!("{pairs:?}")
    };
    assert!(cex.unifying && !cex.timed_out);
    assert_eq!(
        cex.examples(&g),
        [
            "IF E THEN IF E THEN stmt • ELSE stmt",
            "IF E THEN IF E THEN stmt • ELSE stmt"
        ]
        .map(String::from)
    );
    assert_eq!(
        cex.derivation_text(&g, 0),
        "stmt ::=[ IF E THEN stmt ::=[ IF E THEN stmt • ELSE stmt ] ]"
    );
    assert_eq!(
        cex.derivation_text(&g, 1),
        "stmt ::=[ IF E THEN stmt ::=[ IF E THEN stmt • ] ELSE stmt ]"
    );
    assert_eq!(cex.action_names(), ["shift", "reduce 1"]);
    assert_eq!(
        cex.display(&g, "").to_string(),
        "  Example: IF E THEN IF E THEN stmt • ELSE stmt
  Shift derivation
    stmt
    ↳ 1: IF E THEN stmt
                   ↳ 2: IF E THEN stmt • ELSE stmt
  Reduce derivation
    stmt
    ↳ 2: IF E THEN stmt                  ELSE stmt
                   ↳ 1: IF E THEN stmt •
"
    );
}

#[test]
fn ambiguous_sum() {
    let (g, pairs) = checked("%token ID\n%%\ne: e '+' e | ID ;\n", &mut Budget::default());
    let [(_, cex)] = &pairs[..] else {
        panic!("{pairs:?}")
    };
    assert!(cex.unifying);
    assert_eq!(cex.examples(&g)[0], "e '+' e • '+' e");
    assert_eq!(cex.action_names(), ["shift", "reduce 1"]);
}

#[test]
fn reduce_reduce_unifying() {
    let (g, pairs) = checked(
        "%token Ident\n%%\nexpr: atom | Ident ;\natom: Ident ;\n",
        &mut Budget::default(),
    );
    let [(_, cex)] = &pairs[..] else {
        panic!("{pairs:?}")
    };
    assert!(cex.unifying);
    assert_eq!(cex.action_names(), ["reduce 2", "reduce 3"]);
    assert_eq!(
        cex.display(&g, "").to_string(),
        "  Example: Ident •
  First reduce derivation
    expr
    ↳ 2: Ident •
  Second reduce derivation
    expr
    ↳ 1: atom
         ↳ 3: Ident •
"
    );
}

#[test]
fn lr1_not_lalr_is_nonunifying() {
    let (g, pairs) = checked(
        "%token a b c d e\n%%\nS: a E c | a F d | b F c | b E d ;\nE: e ;\nF: e ;\n",
        &mut Budget::default(),
    );
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    for (_, cex) in &pairs {
        assert!(!cex.unifying, "{}", cex.display(&g, ""));
        assert_eq!(cex.action_names(), ["reduce 5", "reduce 6"]);
    }
    // The merged state is reached after `a e` and after `b e`; each reduction is right after
    // only one of them.
    let [first, second] = pairs[0].1.examples(&g);
    assert_eq!(first.split(" • ").count(), 2);
    assert_ne!(first, second);
}

/// Grammars of bison's own test suite (tests/counterexample.at), with the number of conflicts
/// (by state and lookahead) that bison 3.8 gives a unifying counterexample (bison reports each
/// pair of conflicting items: two shift items on one token are two reports of one conflict).
const BISON_SUITE: &[(&str, &str, usize)] = &[
    (
        "unifying s/r",
        "%token A B C\n%%\ns: a x | y c;\na: A;\nc: C;\nx: B | B C;\ny: A | A B;\n",
        1,
    ),
    (
        "deep unifying s/r",
        "%token A B C\n%%\ns: ac | a bc;\nac: A ac C | b;\nb: B | B b;\na: A | A a;\nbc: B bc C | B C;\n",
        1,
    ),
    (
        "nullable symbols",
        "%token A B X Y\n%%\ns: ax by | A xby;\nax: A x;\nx: %empty | X x;\nby: B y;\n\
         y: %empty | Y y;\nxby: B | X xby Y;\n",
        1,
    ),
    (
        "nonunifying ambiguous",
        "%token A B C D E\n%%\ng: s | x;\ns: A x E | A x D E;\nx: b cd | bc;\nb: B;\ncd: C D;\nbc: B C;\n",
        0,
    ),
    (
        "nonunifying unambiguous",
        "%token A B\n%%\ns: t | s t;\nt: x | y;\nx: A;\ny: A A B;\n",
        0,
    ),
    (
        "s/r after first token",
        "%token A B X Y\n%%\na: r t | s;\nr: b;\nb: B;\nt: A xx | A x xy;\ns: b A xx y;\n\
         x: X;\nxx: X X;\nxy: X Y;\ny: Y;\n",
        1,
    ),
    ("unifying r/r", "%token A\n%%\na : A b ;\nb : A | b;\n", 1),
    (
        "nonunifying r/r lr(1)",
        "%token A B C D\n%%\ns: a A | B a C | b C | B b A;\na: D;\nb: D;\n",
        0,
    ),
    (
        "nonunifying r/r lr(2)",
        "%token H J K X\n%%\ns: a J;\na: H i;\ni: X | i J K;\n",
        0,
    ),
    (
        "prepend",
        "%token N A B C D\n%%\ns: n | n C;\nn: N n D | N n C | N a B | N b;\na: A;\nb: A B C | A B D;\n",
        1,
    ),
];

#[test]
fn bison_test_suite() {
    for &(name, src, bison) in BISON_SUITE {
        let (_, pairs) = checked(src, &mut Budget::default());
        let ours = unifying_count(&pairs);
        assert!(ours >= bison, "{name}: {ours} unifying, bison {bison}");
    }
}

/// Every conflict of the repository's grammar files.
#[test]
fn repository_grammars() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../grammars/yacc");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("grammars/yacc")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "y"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    let mut conflicts = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read");
        let (_, pairs) = checked(&src, &mut Budget::default());
        conflicts += pairs.len();
    }
    assert!(conflicts > 0);
}

/// Empty rules, cycles, useless parts, precedence: counterexamples stay valid, and the search
/// ends, whatever the budget.
#[test]
fn awkward_grammars_and_budgets() {
    let grammars = [
        "%token X\n%%\ns: a | X ;\na: a | X ;\n",
        "%token X\n%%\ns: a s | %empty ;\na: %empty | X ;\n",
        "%token X Y\n%%\ns: s s | X | %empty ;\nlost: Y lost ;\n",
        "%token X\n%%\ns: a b ;\na: %empty | X ;\nb: %empty | X ;\n",
        "%token X Y\n%left X\n%%\ns: s X s | s Y s | X ;\n",
        "%token A B\n%%\ns: A | s error B | error ;\n",
        DANGLING,
    ];
    for src in grammars {
        for per_conflict in [0, 1, 7, 100, Budget::DEFAULT_PER_CONFLICT] {
            let mut budget = Budget::new(per_conflict, per_conflict * 3);
            let (g, pairs) = checked(src, &mut budget);
            for (_, cex) in &pairs {
                assert!(cex.steps <= per_conflict, "{src}");
                if per_conflict == 0 {
                    assert!(!cex.unifying && cex.timed_out, "{}", cex.display(&g, ""));
                }
            }
        }
    }
}

#[test]
fn budget_is_shared_and_deterministic() {
    let src = "%token ID\n%%\ne: e '+' e | e '*' e | e '-' e | ID ;\n";
    let g = grammar(src);
    let a = Automaton::build(&g);
    let mut budget = Budget::default();
    let first = counterexamples(&g, &a, &mut budget);
    let spent: u64 = first.iter().map(|c| c.steps).sum();
    assert_eq!(budget.total, Budget::DEFAULT_TOTAL - spent);
    assert_eq!(first, counterexamples(&g, &a, &mut Budget::default()));
    // A total that runs out leaves the later conflicts nonunifying.
    let mut small = Budget::new(Budget::DEFAULT_PER_CONFLICT, first[0].steps);
    let second = counterexamples(&g, &a, &mut small);
    assert!(second[0].unifying);
    assert!(second[1..].iter().all(|c| !c.unifying && c.timed_out));
    assert_eq!(small.total, 0);
}

#[test]
fn conflict_free_grammars_cost_nothing() {
    let g = grammar("%token ID\n%left '+'\n%%\ne: e '+' e | ID ;\n");
    let a = Automaton::build(&g);
    let mut budget = Budget::default();
    assert!(counterexamples(&g, &a, &mut budget).is_empty());
    assert_eq!(budget, Budget::default());
}

#[test]
fn a_conflict_of_another_automaton_does_not_panic() {
    let g = grammar(DANGLING);
    let a = Automaton::build(&g);
    let mut c = a.unresolved().next().cloned().expect("a conflict");
    for state in [crate::ids::StateId(0), crate::ids::StateId(9999)] {
        c.state = state;
        let cex = counterexample(&g, &a, &c, &mut Budget::default());
        assert!(!cex.unifying && cex.steps == 0);
        assert_eq!(cex.examples(&g), ["•", "•"].map(String::from));
    }
    c.reductions = vec![ProdId(777)];
    let cex = counterexample(&g, &a, &c, &mut Budget::default());
    assert_eq!(cex.derivations, [Derivation::Dot, Derivation::Dot]);
}
