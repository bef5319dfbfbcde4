//! Unresolved conflicts as compile errors: one error per conflicting state, with its
//! lookaheads, its competing rules, an input that reaches it and the advice that fits its kind.

use super::args::Args;
use super::model::Places;
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use sly_core::grammar::{END, Grammar};
use sly_core::ids::StateId;
use sly_core::lalr::counterexample::{Budget, CexAction, Counterexample, Searcher};
use sly_core::lalr::{Automaton, Conflict, Item, Limits, LrType, Resolution};

/// How many conflicting states are shown in full; the others are counted in one more error.
const SHOWN_STATES: usize = 3;

/// Reports the conflicts that `expect` and `expect_rr` do not account for. Returns whether the
/// grammar may be built (every unresolved conflict is declared).
pub fn check(cx: &Ctxt, args: &Args, g: &Grammar, a: &Automaton, places: &Places) -> bool {
    let sr = a.shift_reduce_count();
    let rr = a.reduce_reduce_count();
    let sr_ok = sr == args.expect.map_or(0, |e| e.0);
    let rr_ok = rr == args.expect_rr.map_or(0, |e| e.0);
    if sr_ok && rr_ok {
        return true;
    }
    // The conflicts to show, grouped by state in state order: only the kinds whose count is
    // off (a declared count that matches is the user's choice).
    let mut states: Vec<(StateId, Vec<&Conflict>)> = Vec::new();
    for c in a.unresolved() {
        if (c.is_shift_reduce() && sr_ok) || (!c.is_shift_reduce() && rr_ok) {
            continue;
        }
        match states.last_mut() {
            Some((s, list)) if *s == c.state => list.push(c),
            _ => states.push((c.state, vec![c])),
        }
    }
    // Reduce/reduce conflicts that only LALR(1)'s merging of states makes: IELR(1) has fewer.
    let ielr_helps = rr > 0
        && args.lr.is_none_or(|(lr, _)| lr == LrType::Lalr)
        && Automaton::build_with(g, LrType::Ielr, &Limits::default())
            .is_ok_and(|i| i.reduce_reduce_count() < rr);
    // A counterexample for the first conflict of each state shown, within the budget.
    let per_conflict = args
        .counterexample_budget
        .unwrap_or(Budget::DEFAULT_PER_CONFLICT);
    let mut budget = Budget::new(per_conflict, per_conflict.saturating_mul(10));
    let searcher = Searcher::new(g, a);
    for (_, conflicts) in states.iter().take(SHOWN_STATES) {
        let p = *conflicts[0]
            .reductions
            .last()
            .expect("a conflict involves a reduction");
        let cex = searcher.counterexample(conflicts[0], &mut budget);
        let mut message = format!(
            "{}\n{}",
            counterexample_sentence(g, &cex),
            state_message(g, a, conflicts, sr, rr, &counterexample_trees(g, &cex)),
        );
        if ielr_helps && conflicts.iter().any(|c| !c.is_shift_reduce()) {
            message.push_str("\n  help: LR(1) has fewer of these reduce/reduce conflicts than LALR(1), which merges states: `lr = \"ielr\"` builds LR(1) tables of LALR(1)'s size");
        }
        cx.error_at(places.span(g.production(p).origin), message);
    }
    if states.len() > SHOWN_STATES {
        let more = states.len() - SHOWN_STATES;
        let span = args
            .expect
            .or(args.expect_rr)
            .map_or_else(Span::call_site, |e| e.1);
        cx.error_at(
            span,
            format!(
                "{more} more state{} of this grammar {} conflicts; in all the grammar has {}: `debugfile = \"parser.out\"` writes every state with its conflicts",
                if more == 1 { "" } else { "s" },
                if more == 1 { "has" } else { "have" },
                counts(sr, rr),
            ),
        );
    }
    if let Some((n, span)) = args.expect.filter(|_| !sr_ok) {
        cx.error_at(
            span,
            format!("`expect = {n}` but the grammar has {}", counts(sr, rr)),
        );
    }
    if let Some((n, span)) = args.expect_rr.filter(|_| !rr_ok) {
        cx.error_at(
            span,
            format!("`expect_rr = {n}` but the grammar has {}", counts(sr, rr)),
        );
    }
    false
}

/// The first line of a conflict's error: the grammar's ambiguity, or the two inputs the parser
/// cannot tell apart, in one sentence.
fn counterexample_sentence(g: &Grammar, cex: &Counterexample) -> String {
    let [first, second] = cex.examples(g).map(|e| without_end(&e));
    let plain = |s: &str| s.replace(" • ", " ").replace("• ", "").replace(" •", "");
    if cex.unifying {
        format!(
            "the grammar is ambiguous: `{}` has two parses",
            plain(&first)
        )
    } else {
        let stopped = if cex.timed_out {
            format!(
                " (no ambiguous example was found within {} search steps)",
                cex.steps
            )
        } else {
            String::new()
        };
        format!("one token of lookahead cannot tell `{first}` from `{second}` at `•`{stopped}")
    }
}

/// The counterexample's two derivations, each after the action that makes it.
fn counterexample_trees(g: &Grammar, cex: &Counterexample) -> String {
    let actions: Vec<String> = cex
        .actions
        .iter()
        .map(|a| match a {
            CexAction::Shift => "shift:".to_string(),
            CexAction::Reduce(p) => format!("reduce `{}`:", g.display_production(*p, None)),
        })
        .collect();
    let width = actions.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    (0..2)
        .map(|i| {
            let tree = cex.derivation_text(g, i);
            // A derivation from the augmented start is shown from the start symbol.
            let tree = tree
                .strip_prefix("$accept ::=[ ")
                .and_then(|t| t.strip_suffix(" $end ]"))
                .map_or(tree.clone(), str::to_string);
            format!("\n  {:width$}  {tree}", actions[i])
        })
        .collect()
}

/// A sentential form without the end marker the augmented grammar adds.
fn without_end(form: &str) -> String {
    form.strip_suffix(" $end").unwrap_or(form).to_string()
}

/// `2 shift/reduce conflicts and 1 reduce/reduce conflict`.
fn counts(sr: usize, rr: usize) -> String {
    let one =
        |n: usize, kind: &str| format!("{n} {kind} conflict{}", if n == 1 { "" } else { "s" });
    match (sr, rr) {
        (s, 0) => one(s, "shift/reduce"),
        (0, r) => one(r, "reduce/reduce"),
        (s, r) => format!("{} and {}", one(s, "shift/reduce"), one(r, "reduce/reduce")),
    }
}

/// A terminal as messages name it: its grammar name in backquotes, the end of input in words.
fn terminal_text(g: &Grammar, t: sly_core::ids::TermId) -> String {
    if t == END {
        "end of input".to_string()
    } else {
        format!("`{}`", g.terminals[t.index()].name)
    }
}

/// `a`, `a and b`, `a, b and c` (or with `or`).
fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// The error of one conflicting state.
fn state_message(
    g: &Grammar,
    a: &Automaton,
    conflicts: &[&Conflict],
    sr: usize,
    rr: usize,
    trees: &str,
) -> String {
    let first = conflicts[0];
    let has_sr = conflicts.iter().any(|c| c.is_shift_reduce());
    let has_rr = conflicts.iter().any(|c| !c.is_shift_reduce());
    let kind = match (has_sr, has_rr) {
        (true, false) => "shift/reduce conflict",
        (false, true) => "reduce/reduce conflict",
        _ => "shift/reduce and reduce/reduce conflicts",
    };
    let lookaheads: Vec<String> = conflicts
        .iter()
        .map(|c| terminal_text(g, c.lookahead))
        .collect();
    // The items that shift first, then those that reduce, each once.
    let mut items: Vec<Item> = Vec::new();
    for c in conflicts {
        for it in c.items(g, a) {
            if !items.contains(&it) {
                items.push(it);
            }
        }
    }
    items.sort_by_key(|it| it.dot as usize == g.production(it.prod).rhs.len());
    let item_lines: Vec<String> = items
        .iter()
        .map(|it| format!("    {}", it.display(g)))
        .collect();
    let input = sly_core::report::example_input(g, a, first);
    let la = terminal_text(g, first.lookahead);
    let reached = if input.is_empty() {
        format!("at the start of the input, with {la} next")
    } else {
        format!("after `{input}`, with {la} next")
    };
    let rule = |p| format!("`{}`", g.display_production(p, None));
    let choices: Vec<String> = first
        .shift
        .map(|_| format!("shift {la}"))
        .into_iter()
        .chain(
            first
                .reductions
                .iter()
                .map(|&p| format!("reduce by {}", rule(p))),
        )
        .collect();
    let chosen = match first.resolution {
        Resolution::Shift => "shift".to_string(),
        Resolution::Reduce(p) if first.is_shift_reduce() => format!("reduce by {}", rule(p)),
        Resolution::Reduce(p) => format!("reduce by {}, the earlier rule", rule(p)),
        Resolution::Error => "report an error".to_string(),
    };
    let mut help = Vec::new();
    if has_sr {
        help.push(format!(
            "  help: for a shift/reduce conflict, say which operator binds tighter or how it associates with `precedence(left(...), right(...), ...)`, give the rule a `%prec NAME`, or accept the grammar's shift/reduce conflicts as yacc resolves them (by shifting) with `expect = {sr}`"
        ));
    }
    if has_rr {
        help.push(format!(
            "  help: precedence cannot settle a reduce/reduce conflict: rewrite the rules so that only one of them applies here (the same text must not derive from two rules in the same place), or accept the grammar's reduce/reduce conflicts as yacc resolves them (by the earlier rule) with `expect_rr = {rr}`"
        ));
    }
    format!(
        "{kind} in state {} on {}:\n{}\n  {reached}, the parser can {}; yacc would {chosen}{trees}\n{}",
        first.state.index(),
        list(&lookaheads, "and"),
        item_lines.join("\n"),
        list(&choices, "or"),
        help.join("\n"),
    )
}
