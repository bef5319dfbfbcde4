use super::*;
use crate::diag::Origin;
use crate::grammar::{Assoc, END, GrammarBuilder};

/// Builds a grammar from `lhs: a B c | d; ...` text: names starting with an uppercase letter are
/// terminals, `error` is the error terminal, `%empty` alone is the empty alternative.
fn grammar(text: &str, prec: &[(Assoc, &[&str])]) -> Grammar {
    let mut b = GrammarBuilder::new();
    for word in text.split_whitespace() {
        if word.starts_with(|c: char| c.is_ascii_uppercase()) {
            b.terminal(word.trim_end_matches(';'), Origin::NONE);
        }
    }
    for (assoc, names) in prec {
        b.precedence(*assoc, names.iter().map(|n| (*n, Origin::NONE)));
    }
    for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        let (lhs, alts) = rule.split_once(':').expect("rule has a colon");
        for alt in alts.split('|') {
            let mut syms: Vec<&str> = alt.split_whitespace().filter(|s| *s != "%empty").collect();
            let mut p = None;
            if let Some(i) = syms.iter().position(|s| *s == "%prec") {
                p = Some(syms[i + 1]);
                syms.truncate(i);
            }
            b.rule_str(lhs.trim(), &syms, p);
        }
    }
    b.build().expect("test grammar is valid").grammar
}

fn counts(a: &Automaton) -> (usize, usize, usize) {
    (
        a.states.len(),
        a.shift_reduce_count(),
        a.reduce_reduce_count(),
    )
}

const EXPR: &str = "e: e PLUS t | t; t: t TIMES f | f; f: LP e RP | ID";

#[test]
fn expression_grammar() {
    // bison -v: 13 states (with the one after `$end`), no conflicts.
    let g = grammar(EXPR, &[]);
    let a = Automaton::build(&g);
    assert_eq!(counts(&a), (13, 0, 0));
    assert!(a.conflicts.is_empty());
    // State 0 shifts `(` and ID and has gotos on e, t, f.
    let s0 = &a.states[0];
    assert_eq!(s0.items.len(), 7);
    assert_eq!(s0.transitions.len(), 5);
}

#[test]
fn lalr_not_slr() {
    let g = grammar("s: l EQ r | r; l: STAR r | ID; r: l", &[]);
    let a = Automaton::build(&g);
    // bison -v: 11 states, no conflict (SLR would have one in the state after `l`).
    assert_eq!(counts(&a), (11, 0, 0));
}

#[test]
fn lr1_not_lalr_reports_reduce_reduce() {
    let g = grammar("s: A e C | A f D | B f C | B e D; e: E; f: E", &[]);
    let a = Automaton::build(&g);
    // bison -v: 14 states, 2 reduce/reduce.
    assert_eq!(counts(&a), (14, 0, 2));
    // One merged state reduces both `e: E .` and `f: E .` on C and on D; the earlier rule wins.
    let c: Vec<_> = a.unresolved().collect();
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].state, c[1].state);
    let e = g.nonterminal("e").unwrap();
    let e_rule = g.prods_of[e.index()][0];
    assert!(c.iter().all(|c| c.resolution == Resolution::Reduce(e_rule)));
}

#[test]
fn dangling_else() {
    let g = grammar("s: IF s | IF s ELSE s | X", &[]);
    let a = Automaton::build(&g);
    // bison -v: 8 states, 1 shift/reduce.
    assert_eq!(counts(&a), (8, 1, 0));
    let c = a.unresolved().next().unwrap();
    assert_eq!(g.terminals[c.lookahead.index()].name, "ELSE");
    assert_eq!(c.resolution, Resolution::Shift);
    let items: Vec<String> = c
        .items(&g, &a)
        .iter()
        .map(|i| i.display(&g).to_string())
        .collect();
    assert_eq!(items, vec!["s: IF s . ELSE s", "s: IF s ."]);
    // An input reaching the state: IF X.
    let input: Vec<&str> = a
        .example_input(&g, c.state)
        .iter()
        .map(|t| g.terminals[t.index()].name.as_str())
        .collect();
    assert_eq!(input, vec!["IF", "X"]);
}

const CALC: &str = "statement: NAME EQ expr | expr; \
    expr: expr PLUS expr | expr MINUS expr | expr TIMES expr | expr DIVIDE expr \
        | MINUS expr %prec UMINUS | LP expr RP | NUMBER | NAME";

#[test]
fn sly_calc_without_precedence_has_conflicts() {
    let g = grammar(&CALC.replace("%prec UMINUS", ""), &[]);
    let a = Automaton::build(&g);
    // bison -v on the same grammar: 22 states, 20 shift/reduce conflicts.
    assert_eq!(counts(&a), (22, 20, 0));
}

#[test]
fn sly_calc_with_precedence_has_none() {
    let prec: &[(Assoc, &[&str])] = &[
        (Assoc::Left, &["PLUS", "MINUS"]),
        (Assoc::Left, &["TIMES", "DIVIDE"]),
        (Assoc::Right, &["UMINUS"]),
    ];
    let g = grammar(CALC, prec);
    let a = Automaton::build(&g);
    assert_eq!(counts(&a), (22, 0, 0));
    assert_eq!(a.conflicts.len(), 20);
    assert!(a.conflicts.iter().all(|c| c.by_precedence));
    // `1 - 2 - 3` reduces the first minus before shifting the second (left associative);
    // `1 - 2 * 3` shifts `*`.
    let minus = g.terminal("MINUS").unwrap();
    let times = g.terminal("TIMES").unwrap();
    let sub = g
        .productions
        .iter()
        .position(|p| p.rhs.len() == 3 && p.rhs[1] == Symbol::Term(minus))
        .unwrap();
    let st = a
        .states
        .iter()
        .position(|s| s.kernel.iter().any(|i| i.prod.index() == sub && i.dot == 3))
        .map(StateId::from)
        .unwrap();
    assert_eq!(a.action(st, minus), Action::Reduce(ProdId::from(sub)));
    assert!(matches!(a.action(st, times), Action::Shift(_)));
}

#[test]
fn nonassoc_makes_an_error_entry() {
    let g = grammar("e: e LT e | N", &[(Assoc::Nonassoc, &["LT"])]);
    let a = Automaton::build(&g);
    assert_eq!(counts(&a), (6, 0, 0));
    let c = &a.conflicts[0];
    assert_eq!(c.resolution, Resolution::Error);
    assert_eq!(a.action(c.state, c.lookahead), Action::Error);
}

#[test]
fn precedence_directive_leaves_equal_levels_in_conflict() {
    let g = grammar("e: e OP e | N", &[(Assoc::Precedence, &["OP"])]);
    let a = Automaton::build(&g);
    assert_eq!(counts(&a), (6, 1, 0));
}

#[test]
fn nullable_heavy_grammar() {
    let g = grammar(
        "s: a b c D; a: %empty | A; b: %empty | a B; c: %empty | b C | a",
        &[],
    );
    let a = Automaton::build(&g);
    // bison -v: 13 states, 2 shift/reduce, 2 reduce/reduce.
    assert_eq!(counts(&a), (13, 2, 2));
    // Every reduction's lookaheads are a subset of what can follow its nonterminal.
    for st in &a.states {
        for (p, la) in &st.reductions {
            if p.index() != 0 {
                assert!(!la.is_empty(), "reduction {p:?} has no lookahead");
            }
        }
    }
}

#[test]
fn final_state_is_counted_and_accepts() {
    let g = grammar("s: X", &[]);
    let a = Automaton::build(&g);
    // 0: $accept: . s $end; 1: s: X .; 2: $accept: s . $end; 3: $accept: s $end .
    assert_eq!(a.states.len(), 4);
    assert_eq!(a.default_reduction(a.final_state), Some(ProdId(0)));
    assert_eq!(a.action(a.final_state, END), Action::Accept);
}

#[test]
fn left_and_right_recursion() {
    let g = grammar("s: l Y r; l: l X | X; r: X r | X", &[]);
    let a = Automaton::build(&g);
    // bison -v: 10 states, no conflicts.
    assert_eq!(counts(&a), (10, 0, 0));
}

fn counts_with(g: &Grammar, lr_type: LrType) -> (usize, usize, usize) {
    counts(&Automaton::build_with(g, lr_type, &Limits::default()).expect("within the limit"))
}

#[test]
fn build_with_lalr_is_build() {
    for (text, prec) in [
        (EXPR, &[][..]),
        ("s: IF s | IF s ELSE s | X", &[]),
        (
            "s: a b c D; a: %empty | A; b: %empty | a B; c: %empty | b C | a",
            &[],
        ),
        ("e: e LT e | N", &[(Assoc::Nonassoc, &["LT"][..])]),
    ] {
        let g = grammar(text, prec);
        let a = Automaton::build(&g);
        let b = Automaton::build_with(&g, LrType::Lalr, &Limits::default()).unwrap();
        assert_eq!(a.actions, b.actions, "{text}");
        assert_eq!(a.conflicts, b.conflicts, "{text}");
        assert_eq!(a.default_reductions, b.default_reductions, "{text}");
    }
}

#[test]
fn lr1_not_lalr_splits_in_ielr_and_canonical() {
    let g = grammar("s: A e C | A f D | B f C | B e D; e: E; f: E", &[]);
    // bison -v -Dlr.type=ielr and -Dlr.type=canonical-lr: 15 states, no conflict.
    assert_eq!(counts_with(&g, LrType::Ielr), (15, 0, 0));
    assert_eq!(counts_with(&g, LrType::Canonical), (15, 0, 0));
    // IELR(1) adds the new state after the others: the state after `A E` keeps its number and
    // reduces `e` on C and `f` on D; the new one, after `B E`, the other way round.
    let a = Automaton::build_with(&g, LrType::Ielr, &Limits::default()).unwrap();
    let (c, d) = (g.terminal("C").unwrap(), g.terminal("D").unwrap());
    let e_rule = g.prods_of[g.nonterminal("e").unwrap().index()][0];
    let f_rule = g.prods_of[g.nonterminal("f").unwrap().index()][0];
    let after = |first: &str| {
        let s1 = a.transition(StateId(0), Symbol::Term(g.terminal(first).unwrap()));
        let e = Symbol::Term(g.terminal("E").unwrap());
        a.transition(s1.unwrap(), e).unwrap()
    };
    let (ae, be) = (after("A"), after("B"));
    assert_eq!(be, StateId(14));
    assert_eq!(a.action(ae, c), Action::Reduce(e_rule));
    assert_eq!(a.action(ae, d), Action::Reduce(f_rule));
    assert_eq!(a.action(be, c), Action::Reduce(f_rule));
    assert_eq!(a.action(be, d), Action::Reduce(e_rule));
}

#[test]
fn ielr_is_lalr_when_merging_changes_no_action() {
    let prec: &[(Assoc, &[&str])] = &[
        (Assoc::Left, &["PLUS", "MINUS"]),
        (Assoc::Left, &["TIMES", "DIVIDE"]),
        (Assoc::Right, &["UMINUS"]),
    ];
    for (text, prec) in [
        (EXPR, &[][..]),
        (CALC, prec),
        ("s: IF s | IF s ELSE s | X", &[]),
        ("s: l EQ r | r; l: STAR r | ID; r: l", &[]),
    ] {
        let g = grammar(text, prec);
        let lalr = Automaton::build(&g);
        let ielr = Automaton::build_with(&g, LrType::Ielr, &Limits::default()).unwrap();
        assert_eq!(lalr.actions, ielr.actions, "{text}");
        assert_eq!(counts(&lalr), counts(&ielr), "{text}");
    }
}

#[test]
fn ielr_annotates_only_conflicts_whose_resolution_depends_on_the_path() {
    let prec: &[(Assoc, &[&str])] = &[
        (Assoc::Left, &["PLUS", "MINUS"]),
        (Assoc::Left, &["TIMES", "DIVIDE"]),
        (Assoc::Right, &["UMINUS"]),
    ];
    // Where precedence makes a reduction win, as `expr: expr PLUS expr .` over shifting
    // `PLUS`, the terminal follows `expr` wherever the production starts (from
    // `expr: expr . PLUS expr`): the reduction wins on every path, and no state needs to split.
    assert_eq!(ielr::annotated_inadequacies(&grammar(CALC, prec)), 0);
    // The state after `C` merges `a: C .` and `b: C .`, whose lookaheads `D` and `E` depend on
    // whether `A` or `B` came before: both conflicts are annotated.
    let manual = grammar("s: A a D | B b D | A b E | B a E; a: C; b: C", &[]);
    assert_eq!(ielr::annotated_inadequacies(&manual), 2);
}

#[test]
fn canonical_lr1_splits_by_lookahead() {
    // bison -v -Dlr.type=canonical-lr.
    assert_eq!(
        counts_with(&grammar(EXPR, &[]), LrType::Canonical),
        (23, 0, 0)
    );
    // The dangling else's conflict is left in the one state that has `else` as lookahead.
    let g = grammar("s: IF s | IF s ELSE s | X", &[]);
    assert_eq!(counts_with(&g, LrType::Canonical), (13, 1, 0));
    let g = grammar("s: l EQ r | r; l: STAR r | ID; r: l", &[]);
    assert_eq!(counts_with(&g, LrType::Canonical), (15, 0, 0));
}

#[test]
fn the_state_limit_stops_every_construction() {
    let g = grammar(EXPR, &[]);
    for (lr_type, limit) in [
        (LrType::Lalr, 12),
        (LrType::Ielr, 12),
        (LrType::Canonical, 22),
    ] {
        let err = Automaton::build_with(&g, lr_type, &Limits { max_states: limit }).unwrap_err();
        assert_eq!(err, StateLimit { lr_type, limit });
    }
    assert!(Automaton::build_with(&g, LrType::Canonical, &Limits { max_states: 23 }).is_ok());
    let err = StateLimit {
        lr_type: LrType::Canonical,
        limit: 21,
    };
    assert_eq!(
        err.to_string(),
        "the canonical LR(1) automaton has more states than the limit of 21: its construction stopped at 21 states"
    );
}

#[test]
fn lr_type_names() {
    for t in LrType::ALL {
        assert_eq!(LrType::from_bison_name(t.bison_name()), Some(t));
    }
    assert_eq!(LrType::from_bison_name("canonical"), None);
    assert_eq!(LrType::default(), LrType::Lalr);
    assert_eq!(LrType::Ielr.to_string(), "IELR(1)");
}

#[test]
fn canonical_lr1_keeps_the_lookaheads_that_useless_rules_hide_from_bison() {
    // `a` is unproductive, so `s: a` is useless; it comes before the useful rules. Bison 3.8
    // then misses that `s: A . s` passes its lookahead to `s`, and its canonical LR(1) parser
    // rejects `A A`; sly's reduces `s: %empty` on `$end` after `A A`, as LR(1) does.
    let g = grammar("s: a | A s | %empty; a: a", &[]);
    let c = Automaton::build_with(&g, LrType::Canonical, &Limits::default()).unwrap();
    let a = Symbol::Term(g.terminal("A").unwrap());
    let s1 = c.transition(StateId(0), a).unwrap();
    let s2 = c.transition(s1, a).unwrap();
    let empty = g.prods_of[g.nonterminal("s").unwrap().index()]
        .iter()
        .copied()
        .find(|&p| g.production(p).rhs.is_empty())
        .unwrap();
    assert_eq!(c.action(s2, END), Action::Reduce(empty));
    // IELR(1) builds bison's automaton, whose LALR(1) lookaheads are right anyway.
    let i = Automaton::build_with(&g, LrType::Ielr, &Limits::default()).unwrap();
    let s1 = i.transition(StateId(0), a).unwrap();
    assert_eq!(i.action(s1, END), Action::Reduce(empty));
}
