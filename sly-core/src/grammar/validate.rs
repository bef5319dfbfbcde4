//! The checks of a grammar: one function per rule of validity, each reporting to the
//! [`Diagnostics`] sink, in the spirit of serde_derive's `internals/check.rs`.
//!
//! [`GrammarBuilder::build`](super::GrammarBuilder::build) resolves the names first, then runs
//! the checks in a fixed order, which is the order of the diagnostics. The checks of names run
//! on the [`Resolved`] model and find only errors; the grammar is made when they pass. The
//! checks of usefulness then run on the [`Grammar`] itself, after the analyses of bison's
//! `reduce.c` ([`productive`], [`mark_useful`]).

use super::builder::{PrecRef, PrecTarget, Resolved};
use super::{ACCEPT, Grammar, Production, Symbol};
use crate::diag::{DiagKind, Diagnostic, Diagnostics, Origin};
use crate::ids::{NontermId, ProdId, TermId};
use indexmap::IndexMap;

/// An error in strict mode, else a warning (bison's way).
fn error_if_strict(strict: bool, kind: DiagKind, origin: Origin, msg: String) -> Diagnostic {
    if strict {
        Diagnostic::error(kind, origin, msg)
    } else {
        Diagnostic::warning(kind, origin, msg)
    }
}

/// Checks that no rule defines a terminal.
pub(super) fn rules_of_terminals(r: &Resolved<'_>, diags: &mut Diagnostics) {
    for rule in &r.rules {
        let Err(t) = rule.lhs else {
            continue;
        };
        diags.push(
            Diagnostic::error(
                DiagKind::SymbolClash,
                rule.raw.lhs_origin,
                format!("`{}` is a terminal and cannot have rules", rule.raw.lhs),
            )
            .with_related(r.terminals[t.index()].origin, "declared as a terminal here"),
        );
    }
}

/// Checks that each name of the precedence table is declared once and is not a nonterminal.
pub(super) fn precedence_declarations(r: &Resolved<'_>, diags: &mut Diagnostics) {
    for p in &r.precedence {
        let name = p.name;
        match p.target {
            PrecTarget::Duplicate(first) => diags.push(
                Diagnostic::error(
                    DiagKind::DuplicatePrecedence,
                    p.origin,
                    format!("precedence of `{name}` is declared twice"),
                )
                .with_related(first, "first declared here"),
            ),
            PrecTarget::Nonterminal => diags.push(Diagnostic::error(
                DiagKind::SymbolClash,
                p.origin,
                format!("`{name}` is a nonterminal and cannot have a precedence"),
            )),
            PrecTarget::Terminal | PrecTarget::Marker => {}
        }
    }
}

/// Checks that the declared start symbol has rules, or that there are rules at all.
pub(super) fn start_symbol(r: &Resolved<'_>, diags: &mut Diagnostics) {
    if r.start.is_some() {
        return;
    }
    match r.start_decl {
        Some((name, origin)) => diags.push(Diagnostic::error(
            DiagKind::BadStart,
            *origin,
            format!("the start symbol `{name}` has no rules"),
        )),
        // Rules that all define terminals were reported already.
        None if diags.is_empty() => diags.push(Diagnostic::error(
            DiagKind::BadStart,
            Origin::NONE,
            "the grammar has no rules",
        )),
        None => {}
    }
}

/// Checks that every right-hand-side symbol and every `%prec` name of a rule is defined.
pub(super) fn undefined_symbols(r: &Resolved<'_>, diags: &mut Diagnostics) {
    // A rule that defines a terminal was reported as such; its names are not looked at.
    for rule in r.rules.iter().filter(|rule| rule.lhs.is_ok()) {
        for ((name, origin), sym) in rule.raw.rhs.iter().zip(&rule.rhs) {
            if sym.is_some() {
                continue;
            }
            let msg = if r.markers.iter().any(|m| &m.name == name) {
                format!(
                    "`{name}` is a precedence marker, not a terminal: it can only follow `%prec`"
                )
            } else {
                let known = r
                    .terminals
                    .iter()
                    .skip(2)
                    .map(|t| t.name.as_str())
                    .chain(r.nonterminals.iter().skip(1).map(|n| n.name.as_str()));
                let hint = crate::diag::closest_name(name, known)
                    .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
                format!(
                    "unknown symbol `{name}` in rule for `{}`: it is neither a terminal nor has rules{hint}",
                    rule.raw.lhs
                )
            };
            diags.push(Diagnostic::error(DiagKind::UndefinedSymbol, *origin, msg));
        }
        if let (Some(PrecRef::Unknown), Some((name, origin))) = (&rule.prec, &rule.raw.prec) {
            diags.push(Diagnostic::error(
                DiagKind::UnknownPrecedence,
                *origin,
                format!(
                    "`%prec {name}`: `{name}` is neither a terminal nor declared in the precedence table"
                ),
            ));
        }
    }
}

/// Checks that every name of the precedence table that is not a terminal (a marker) is used by
/// some rule's `%prec`: anything else is a misspelled terminal, which would silently have no
/// precedence.
pub(super) fn unused_markers(r: &Resolved<'_>, diags: &mut Diagnostics) {
    for m in &r.markers {
        let used = r
            .rules
            .iter()
            .any(|rule| matches!(&rule.raw.prec, Some((name, _)) if *name == m.name));
        if used {
            continue;
        }
        let hint = crate::diag::closest_name(&m.name, r.terminals.iter().map(|t| t.name.as_str()))
            .map_or_else(String::new, |t| format!("; did you mean `{t}`?"));
        diags.push(Diagnostic::error(
            DiagKind::UnusedPrecedence,
            m.origin,
            format!(
                "`{}` in the precedence table is neither a terminal nor used by a `%prec`{hint}",
                m.name
            ),
        ));
    }
}

/// Checks that no production is written twice (an error in strict mode).
pub(super) fn duplicate_productions(g: &Grammar, strict: bool, diags: &mut Diagnostics) {
    let mut seen: IndexMap<(NontermId, &[Symbol]), usize> = IndexMap::new();
    for (i, p) in g.productions.iter().enumerate() {
        let Some(&first) = seen.get(&(p.lhs, p.rhs.as_slice())) else {
            seen.insert((p.lhs, p.rhs.as_slice()), i);
            continue;
        };
        let msg = format!(
            "duplicate production `{}`",
            g.display_production(ProdId::from(i), None)
        );
        diags.push(
            error_if_strict(strict, DiagKind::DuplicateProduction, p.origin, msg)
                .with_related(g.productions[first].origin, "first written here"),
        );
    }
}

/// Whether each symbol of `p`'s right-hand side is productive.
fn rhs_productive(p: &Production, productive: &[bool]) -> bool {
    p.rhs.iter().all(|s| match s {
        Symbol::Term(_) => true,
        Symbol::Nonterm(n) => productive[n.index()],
    })
}

/// Whether production `p` takes part in some derivation of a sentence from its left-hand side.
fn derives(p: &Production, productive: &[bool]) -> bool {
    productive[p.lhs.index()] && rhs_productive(p, productive)
}

/// The productive nonterminals, those that derive some string of terminals, by fixpoint (as
/// bison's `reduce.c`); `$accept` counts as productive.
pub(super) fn productive(g: &Grammar) -> Vec<bool> {
    let mut productive = vec![false; g.nonterminals.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for p in &g.productions[1..] {
            if !productive[p.lhs.index()] && rhs_productive(p, &productive) {
                productive[p.lhs.index()] = true;
                changed = true;
            }
        }
    }
    // No right-hand side names `$accept`, so this changes no other nonterminal.
    productive[ACCEPT.index()] = true;
    productive
}

/// Checks that the start symbol derives some sentence; false when it does not, and then no
/// other check means anything.
pub(super) fn start_is_productive(
    g: &Grammar,
    productive: &[bool],
    diags: &mut Diagnostics,
) -> bool {
    let start = &g.nonterminals[g.start.index()];
    if productive[g.start.index()] {
        return true;
    }
    diags.push(Diagnostic::error(
        DiagKind::BadStart,
        start.origin,
        format!("the start symbol `{}` derives no sentence", start.name),
    ));
    false
}

/// The nonterminals reachable from `$accept` through productions that derive a sentence.
fn reachable(g: &Grammar, productive: &[bool]) -> Vec<bool> {
    let mut reachable = vec![false; g.nonterminals.len()];
    reachable[ACCEPT.index()] = true;
    let mut stack = vec![ACCEPT];
    while let Some(n) = stack.pop() {
        for &pid in &g.prods_of[n.index()] {
            let p = g.production(pid);
            if !derives(p, productive) {
                continue;
            }
            for s in &p.rhs {
                if let Symbol::Nonterm(m) = *s
                    && !reachable[m.index()]
                {
                    reachable[m.index()] = true;
                    stack.push(m);
                }
            }
        }
    }
    reachable
}

/// Sets which nonterminals and productions are useful (productive and reachable) and which
/// terminals a useful production uses.
pub(super) fn mark_useful(g: &mut Grammar, productive: &[bool]) {
    let reachable = reachable(g, productive);
    for (i, nt) in g.nonterminals.iter_mut().enumerate().skip(1) {
        nt.useful = productive[i] && reachable[i];
    }
    for p in g.productions.iter_mut() {
        p.useful = g.nonterminals[p.lhs.index()].useful && derives(p, productive);
        if !p.useful {
            continue;
        }
        for s in &p.rhs {
            if let Symbol::Term(t) = s {
                g.terminals[t.index()].used = true;
            }
        }
    }
}

/// Checks that every nonterminal is productive and reachable from the start symbol (an error
/// in strict mode).
pub(super) fn useless_nonterminals(
    g: &Grammar,
    productive: &[bool],
    strict: bool,
    diags: &mut Diagnostics,
) {
    for (i, nt) in g.nonterminals.iter().enumerate().skip(1) {
        if nt.useful {
            continue;
        }
        let (kind, why) = if !productive[i] {
            (
                DiagKind::Unproductive,
                "derives no finite string of terminals",
            )
        } else {
            (
                DiagKind::Unreachable,
                "cannot be reached from the start symbol",
            )
        };
        let msg = format!("nonterminal `{}` is useless: it {why}", nt.name);
        diags.push(error_if_strict(strict, kind, nt.origin, msg));
    }
}

/// Checks that every production of a useful nonterminal is useful (a warning: bison's "rule
/// useless in grammar").
pub(super) fn useless_rules(g: &Grammar, diags: &mut Diagnostics) {
    for (i, p) in g.productions.iter().enumerate() {
        if !p.useful && g.nonterminals[p.lhs.index()].useful {
            diags.push(Diagnostic::warning(
                DiagKind::Unproductive,
                p.origin,
                format!(
                    "rule useless in grammar: `{}`",
                    g.display_production(ProdId::from(i), None)
                ),
            ));
        }
    }
}

/// Checks that every declared terminal is used by a useful production or named by `%prec`
/// (a warning).
pub(super) fn unused_terminals(g: &Grammar, prec_terms: &[TermId], diags: &mut Diagnostics) {
    for (i, t) in g.terminals.iter().enumerate().skip(2) {
        if !t.used && !prec_terms.contains(&TermId::from(i)) {
            diags.push(Diagnostic::warning(
                DiagKind::UnusedTerminal,
                t.origin,
                format!("terminal `{}` is not used in any rule", t.name),
            ));
        }
    }
}

/// Checks that no nonterminal derives itself (`a: a`, or `a: b` and `b: a`, or `a: a b` with
/// `b` empty): such a grammar is infinitely ambiguous, and a parser whose tables keep one of
/// those reductions (a `%prec` can) reduces without end. One diagnostic per cycle, at the
/// first of its rules; an error in strict mode.
pub(super) fn derivation_cycles(g: &Grammar, strict: bool, diags: &mut Diagnostics) {
    let nullable = crate::lalr::lookahead::nullable(g);
    let is_nullable = |s: &Symbol| matches!(s, Symbol::Nonterm(n) if nullable[n.index()]);
    // `edges[a]`: (b, production) where the production `a: ... b ...` has only nullable
    // symbols around `b`, so that `a` derives `b`.
    let mut edges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); g.num_nonterminals()];
    for (i, p) in g.productions.iter().enumerate().skip(1) {
        if !p.useful {
            continue;
        }
        for (j, sym) in p.rhs.iter().enumerate() {
            let Symbol::Nonterm(b) = sym else { continue };
            let others_nullable =
                p.rhs[..j].iter().all(is_nullable) && p.rhs[j + 1..].iter().all(is_nullable);
            if others_nullable {
                edges[p.lhs.index()].push((b.index(), i));
            }
        }
    }
    let mut reported = vec![false; g.num_nonterminals()];
    for a in 0..g.num_nonterminals() {
        if reported[a] {
            continue;
        }
        let Some(cycle) = cycle_through(&edges, a) else {
            continue;
        };
        let rules: Vec<String> = cycle
            .iter()
            .map(|&p| format!("`{}`", g.display_production(ProdId::from(p), None)))
            .collect();
        for &p in &cycle {
            reported[g.productions[p].lhs.index()] = true;
        }
        let name = &g.nonterminals[a].name;
        let rules = match rules.as_slice() {
            [one] => format!("the rule {one} lets `{name}` derive itself"),
            [init @ .., last] => format!(
                "the rules {} and {last} let `{name}` derive itself",
                init.join(", ")
            ),
            [] => continue,
        };
        // The other symbols of those rules derive nothing here: they can be empty.
        let on_cycle = |sym: &Symbol| {
            cycle
                .iter()
                .any(|&p| *sym == Symbol::Nonterm(g.productions[p].lhs))
        };
        let mut empty: Vec<String> = Vec::new();
        for &p in &cycle {
            for sym in &g.productions[p].rhs {
                let n = format!("`{}`", g.symbol_name(*sym));
                if is_nullable(sym) && !on_cycle(sym) && !empty.contains(&n) {
                    empty.push(n);
                }
            }
        }
        let why = match empty.as_slice() {
            [] => String::new(),
            [one] => format!(" ({one} can be empty)"),
            [init @ .., last] => format!(" ({} and {last} can be empty)", init.join(", ")),
        };
        let msg = format!(
            "{rules}{why}: the grammar is ambiguous without end, and a parser that reduces by these rules never stops"
        );
        diags.push(error_if_strict(
            strict,
            DiagKind::Cycle,
            g.productions[cycle[0]].origin,
            msg,
        ));
    }
}

/// The productions of a shortest cycle of `edges` from `a` back to `a`, if there is one.
fn cycle_through(edges: &[Vec<(usize, usize)>], a: usize) -> Option<Vec<usize>> {
    let mut came_from: Vec<Option<(usize, usize)>> = vec![None; edges.len()];
    let mut queue = std::collections::VecDeque::from([a]);
    while let Some(x) = queue.pop_front() {
        for &(y, prod) in &edges[x] {
            if y == a {
                let mut cycle = vec![prod];
                let mut at = x;
                while at != a {
                    let (from, p) = came_from[at]?;
                    cycle.push(p);
                    at = from;
                }
                cycle.reverse();
                return Some(cycle);
            }
            if y != a && came_from[y].is_none() {
                came_from[y] = Some((x, prod));
                queue.push_back(y);
            }
        }
    }
    None
}
