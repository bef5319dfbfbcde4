//! Text and Graphviz renderings of the LALR(1) automaton: what `sly states` and `sly dot`
//! print, and what the `#[parser]` macro writes to its `debugfile`.
//!
//! The text report follows bison's `.output` file: the numbered grammar, then every state with
//! its items (kernel first, then the closure), its actions on terminals, its gotos on
//! nonterminals, and its conflicts, whether precedence resolved them or not. Rule numbers are
//! production ids; rule 0 is `$accept: start $end`. States are counted as bison counts them,
//! including the state reached by shifting `$end`.
//!
//! # Examples
//! ```
//! use sly_core::{lalr::Automaton, report};
//!
//! let yacc = sly_core::yacc::parse("%%\ns: 'a' s | %empty ;\n").map_err(|e| format!("{e:?}"))?;
//! let g = yacc.build()?.grammar;
//! let a = Automaton::build(&g);
//! let text = report::states(&g, &a);
//! assert!(text.contains("State 0\n"));
//! assert!(text.contains("    1 s: 'a' s\n"));
//! let dot = report::dot(&g, &a);
//! assert!(dot.starts_with("digraph "));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::grammar::{Grammar, Symbol};
use crate::ids::{ProdId, StateId, TermId};
use crate::lalr::{Action, Automaton, Conflict, Item, Resolution};
use core::fmt::{self, Write as _};

/// The whole text report: grammar, conflict summary, then every state.
///
/// Never panics for an automaton built from `g`.
pub fn states(g: &Grammar, a: &Automaton) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_states(&mut out, g, a);
    out
}

/// Writes [`states`] to any [`fmt::Write`].
///
/// # Errors
/// Only those of the writer.
pub fn write_states(out: &mut impl fmt::Write, g: &Grammar, a: &Automaton) -> fmt::Result {
    let conflicted: Vec<StateId> = {
        let mut v: Vec<StateId> = a.unresolved().map(|c| c.state).collect();
        v.dedup();
        v
    };
    for &s in &conflicted {
        let sr = a
            .unresolved()
            .filter(|c| c.state == s && c.is_shift_reduce())
            .count();
        let rr: usize = a
            .unresolved()
            .filter(|c| c.state == s)
            .map(|c| c.reductions.len().saturating_sub(1))
            .sum();
        write!(out, "State {} conflicts:", s.0)?;
        match (sr, rr) {
            (s, 0) => writeln!(out, " {s} shift/reduce")?,
            (0, r) => writeln!(out, " {r} reduce/reduce")?,
            (s, r) => writeln!(out, " {s} shift/reduce, {r} reduce/reduce")?,
        }
    }
    if !conflicted.is_empty() {
        writeln!(out)?;
        writeln!(out)?;
    }

    write_grammar(out, g)?;
    writeln!(out)?;
    writeln!(out, "{}", a.conflict_summary())?;

    for s in 0..a.states.len() {
        writeln!(out)?;
        writeln!(out)?;
        write_state(out, g, a, StateId::from(s))?;
    }
    Ok(())
}

/// Writes the numbered productions, grouped by left-hand side as bison does, then the useless
/// ones.
fn write_grammar(out: &mut impl fmt::Write, g: &Grammar) -> fmt::Result {
    writeln!(out, "Grammar")?;
    let width = g
        .productions
        .len()
        .saturating_sub(1)
        .to_string()
        .len()
        .max(1)
        + 4;
    let mut last_lhs = None;
    for (i, p) in g.productions.iter().enumerate().filter(|(_, p)| p.useful) {
        let lhs = &g.nonterminals[p.lhs.index()].name;
        if last_lhs != Some(p.lhs) {
            writeln!(out)?;
            write!(out, "{i:>width$} {lhs}:")?;
        } else {
            write!(out, "{i:>width$} {:>w$}", "|", w = lhs.chars().count() + 1)?;
        }
        last_lhs = Some(p.lhs);
        write_rhs(out, g, &p.rhs)?;
        writeln!(out)?;
    }
    let useless: Vec<usize> = (0..g.productions.len())
        .filter(|&i| !g.productions[i].useful)
        .collect();
    if !useless.is_empty() {
        writeln!(out)?;
        writeln!(out, "Rules useless in grammar")?;
        writeln!(out)?;
        for i in useless {
            let p = &g.productions[i];
            write!(out, "{i:>width$} {}:", g.nonterminals[p.lhs.index()].name)?;
            write_rhs(out, g, &p.rhs)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn write_rhs(out: &mut impl fmt::Write, g: &Grammar, rhs: &[Symbol]) -> fmt::Result {
    if rhs.is_empty() {
        return out.write_str(" %empty");
    }
    for s in rhs {
        write!(out, " {}", g.symbol_name(*s))?;
    }
    Ok(())
}

/// Writes one state: items, actions, gotos, conflicts.
fn write_state(out: &mut impl fmt::Write, g: &Grammar, a: &Automaton, s: StateId) -> fmt::Result {
    let st = &a.states[s.index()];
    writeln!(out, "State {}", s.0)?;
    writeln!(out)?;
    let width = g
        .productions
        .len()
        .saturating_sub(1)
        .to_string()
        .len()
        .max(1)
        + 4;
    for item in &st.items {
        write!(out, "{:>width$} ", item.prod.0)?;
        write_item(out, g, *item)?;
        let lookaheads = st.reductions.iter().find(|(p, la)| {
            *p == item.prod && item.dot as usize == g.production(*p).rhs.len() && !la.is_empty()
        });
        if let Some((_, la)) = lookaheads {
            write!(out, "  [")?;
            write_terms(out, g, la)?;
            write!(out, "]")?;
        }
        writeln!(out)?;
    }

    // Actions on terminals: the explicit row, then the reductions that lost a conflict, then
    // the default.
    let row = &a.actions[s.index()];
    let conflicts: Vec<&Conflict> = a.conflicts.iter().filter(|c| c.state == s).collect();
    let name_width = row
        .iter()
        .map(|(t, _)| g.terminals[t.index()].name.chars().count())
        .chain(
            conflicts
                .iter()
                .map(|c| g.terminals[c.lookahead.index()].name.chars().count()),
        )
        .chain([8]) // `$default`
        .max()
        .unwrap_or(8);
    let mut wrote = false;
    let section = |out: &mut dyn fmt::Write, wrote: &mut bool| -> fmt::Result {
        if !*wrote {
            writeln!(out)?;
            *wrote = true;
        }
        Ok(())
    };
    for (t, act) in row {
        section(out, &mut wrote)?;
        let name = &g.terminals[t.index()].name;
        write!(out, "    {name:<name_width$}  ")?;
        match act {
            Action::Shift(to) => writeln!(out, "shift, and go to state {}", to.0)?,
            Action::Reduce(p) => writeln!(out, "{}", Reduce(g, *p))?,
            Action::Accept => writeln!(out, "accept")?,
            Action::Error => writeln!(out, "error (nonassociative)")?,
        }
    }
    for c in conflicts.iter().filter(|c| !c.by_precedence) {
        // Reductions that were not chosen, shown in brackets as bison does.
        for &p in &c.reductions {
            let kept = match c.resolution {
                Resolution::Reduce(q) => q == p,
                _ => false,
            };
            if !kept {
                section(out, &mut wrote)?;
                let name = &g.terminals[c.lookahead.index()].name;
                writeln!(out, "    {name:<name_width$}  [{}]", Reduce(g, p))?;
            }
        }
    }
    if let Some(p) = a.default_reductions[s.index()] {
        section(out, &mut wrote)?;
        if p == ProdId(0) {
            writeln!(out, "    {:<name_width$}  accept", "$default")?;
        } else {
            writeln!(out, "    {:<name_width$}  {}", "$default", Reduce(g, p))?;
        }
    }

    // Gotos.
    let gotos: Vec<_> = st
        .transitions
        .iter()
        .filter_map(|&(sym, to)| match sym {
            Symbol::Nonterm(n) => Some((n, to)),
            Symbol::Term(_) => None,
        })
        .collect();
    if !gotos.is_empty() {
        writeln!(out)?;
        let w = gotos
            .iter()
            .map(|(n, _)| g.nonterminals[n.index()].name.chars().count())
            .max()
            .unwrap_or(0);
        for (n, to) in gotos {
            writeln!(
                out,
                "    {:<w$}  go to state {}",
                g.nonterminals[n.index()].name,
                to.0
            )?;
        }
    }

    // Conflicts.
    if !conflicts.is_empty() {
        writeln!(out)?;
        for c in conflicts {
            writeln!(out, "    {}", describe_conflict(g, c))?;
        }
    }
    Ok(())
}

struct Reduce<'g>(&'g Grammar, ProdId);

impl fmt::Display for Reduce<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.0.production(self.1);
        write!(
            f,
            "reduce using rule {} ({})",
            self.1.0,
            self.0.nonterminals[p.lhs.index()].name
        )
    }
}

fn write_item(out: &mut impl fmt::Write, g: &Grammar, item: Item) -> fmt::Result {
    let p = g.production(item.prod);
    write!(out, "{}:", g.nonterminals[p.lhs.index()].name)?;
    for (i, s) in p.rhs.iter().enumerate() {
        if i == item.dot as usize {
            out.write_str(" .")?;
        }
        write!(out, " {}", g.symbol_name(*s))?;
    }
    if p.rhs.is_empty() {
        out.write_str(" %empty")?;
    }
    if item.dot as usize >= p.rhs.len() {
        out.write_str(" .")?;
    }
    Ok(())
}

fn write_terms(out: &mut impl fmt::Write, g: &Grammar, ts: &[TermId]) -> fmt::Result {
    for (i, t) in ts.iter().enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        out.write_str(&g.terminals[t.index()].name)?;
    }
    Ok(())
}

/// An item as text: `expr: expr . '+' expr`.
pub fn item_text(g: &Grammar, item: Item) -> String {
    let mut s = String::new();
    let _ = write_item(&mut s, g, item);
    s
}

/// One line describing a conflict: its kind, lookahead, the actions involved and how the table
/// settles it.
///
/// # Examples
/// A dangling else gives
/// `shift/reduce conflict on ELSE: shift to state 5 or reduce using rule 1 (s); shift chosen`.
pub fn describe_conflict(g: &Grammar, c: &Conflict) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "{} conflict on {}: ",
        c.kind_name(),
        g.terminals[c.lookahead.index()].name
    );
    let mut parts = Vec::new();
    if let Some(to) = c.shift {
        parts.push(format!("shift to state {}", to.0));
    }
    for &p in &c.reductions {
        parts.push(Reduce(g, p).to_string());
    }
    s.push_str(&parts.join(" or "));
    let chosen = match c.resolution {
        Resolution::Shift => "shift chosen".to_string(),
        Resolution::Reduce(p) => format!("rule {} chosen", p.0),
        Resolution::Error => "error chosen (%nonassoc)".to_string(),
    };
    if c.by_precedence {
        let _ = write!(s, "; resolved by precedence: {chosen}");
    } else {
        let _ = write!(s, "; {chosen}");
    }
    s
}

/// A shortest input that reaches a conflict, before its lookahead: the terminals' names
/// separated by spaces (empty when the conflict is in state 0).
///
/// The `#[parser]` macro's conflict errors and `sly check` show it.
pub fn example_input(g: &Grammar, a: &Automaton, c: &Conflict) -> String {
    let words: Vec<&str> = a
        .example_input(g, c.state)
        .iter()
        .map(|t| g.terminals[t.index()].name.as_str())
        .collect();
    words.join(" ")
}

/// The automaton as a Graphviz `digraph`: one box per state with its kernel items and
/// reductions, one edge per transition (dashed on nonterminals).
///
/// Never panics for an automaton built from `g`.
pub fn dot(g: &Grammar, a: &Automaton) -> String {
    let mut out = String::new();
    let _ = write_dot(&mut out, g, a);
    out
}

/// Writes [`dot`] to any [`fmt::Write`].
///
/// # Errors
/// Only those of the writer.
pub fn write_dot(out: &mut impl fmt::Write, g: &Grammar, a: &Automaton) -> fmt::Result {
    writeln!(out, "digraph \"automaton\" {{")?;
    writeln!(
        out,
        "  node [fontname = courier, shape = box, colorscheme = paired6];"
    )?;
    writeln!(out, "  edge [fontname = courier];")?;
    let conflicted: Vec<StateId> = a.unresolved().map(|c| c.state).collect();
    for (s, st) in a.states.iter().enumerate() {
        let mut label = format!("State {s}\\n");
        for item in &st.kernel {
            label.push_str(&escape_dot(&item_text(g, *item)));
            label.push_str("\\l");
        }
        for (p, _) in &st.reductions {
            if st
                .kernel
                .iter()
                .any(|k| k.prod == *p && k.dot as usize == g.production(*p).rhs.len())
            {
                continue;
            }
            // A reduction from the closure: an empty production.
            let item = Item { prod: *p, dot: 0 };
            label.push_str(&escape_dot(&item_text(g, item)));
            label.push_str("\\l");
        }
        let color = if conflicted.contains(&StateId::from(s)) {
            ", style = filled, fillcolor = 5"
        } else {
            ""
        };
        writeln!(out, "  {s} [label = \"{label}\"{color}];")?;
        for &(sym, to) in &st.transitions {
            let style = match sym {
                Symbol::Term(_) => "solid",
                Symbol::Nonterm(_) => "dashed",
            };
            writeln!(
                out,
                "  {s} -> {} [style = {style}, label = \"{}\"];",
                to.0,
                escape_dot(g.symbol_name(sym))
            )?;
        }
        for (p, la) in &st.reductions {
            if la.is_empty() && *p != ProdId(0) {
                continue;
            }
            let node = format!("\"R{s}.{}\"", p.0);
            if *p == ProdId(0) {
                writeln!(out, "  {node} [label = \"Acc\", shape = diamond];")?;
                writeln!(out, "  {s} -> {node} [style = solid];")?;
            } else {
                writeln!(out, "  {node} [label = \"R{}\", shape = diamond];", p.0)?;
                let mut las = String::new();
                let _ = write_terms(&mut las, g, la);
                writeln!(
                    out,
                    "  {s} -> {node} [style = solid, label = \"[{}]\"];",
                    escape_dot(&las)
                )?;
            }
        }
    }
    writeln!(out, "}}")
}

/// Escapes text for a double-quoted Graphviz string.
fn escape_dot(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(src: &str) -> (Grammar, Automaton) {
        let y = crate::yacc::parse(src).unwrap();
        let g = y.build().unwrap().grammar;
        let a = Automaton::build(&g);
        (g, a)
    }

    const CALC: &str = "%token NUM\n%left '+'\n%left '*'\n%%\n\
        e: e '+' e | e '*' e | '(' e ')' | NUM ;\n";

    #[test]
    fn grammar_section_is_numbered_like_bison() {
        let (g, a) = build(CALC);
        let text = states(&g, &a);
        assert!(
            text.starts_with(
                "Grammar\n\n    0 $accept: e $end\n\n    1 e: e '+' e\n    2  | e '*' e\n    3  | '(' e ')'\n    4  | NUM\n\nno conflicts\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn states_show_items_actions_gotos_and_resolved_conflicts() {
        let (g, a) = build(CALC);
        let text = states(&g, &a);
        assert_eq!(text.matches("\nState ").count(), a.states.len());
        let s0 = text.split("\n\n\nState 1\n").next().unwrap();
        let s0 = &s0[s0.find("State 0").unwrap()..];
        assert!(s0.contains("    0 $accept: . e $end\n"), "{s0}");
        assert!(s0.contains("    4 e: . NUM\n"), "{s0}");
        assert!(s0.contains("    NUM       shift, and go to state"), "{s0}");
        assert!(s0.contains("    e  go to state"), "{s0}");
        // The state of `e '+' e .` resolves both conflicts by precedence.
        assert!(
            text.contains("    1 e: e '+' e .  [$end, '+', '*', ')']\n"),
            "{text}"
        );
        assert!(text.contains(
            "shift/reduce conflict on '+': shift to state 6 or reduce using rule 1 (e); resolved by precedence: rule 1 chosen"
        ), "{text}");
        assert!(text.contains("$default  reduce using rule 1 (e)"), "{text}");
        assert!(text.contains("$default  accept"), "{text}");
    }

    #[test]
    fn unresolved_conflicts_are_listed_first() {
        let (g, a) = build("%token IF ELSE X\n%%\ns: IF s | IF s ELSE s | X ;\n");
        let text = states(&g, &a);
        let c = a.unresolved().next().unwrap();
        assert!(
            text.starts_with(&format!("State {} conflicts: 1 shift/reduce\n", c.state.0)),
            "{text}"
        );
        assert!(text.contains("conflicts: 1 shift/reduce\n"));
        assert!(
            text.contains("    ELSE      [reduce using rule 1 (s)]\n"),
            "{text}"
        );
        assert_eq!(
            describe_conflict(&g, c),
            format!(
                "shift/reduce conflict on ELSE: shift to state {} or reduce using rule 1 (s); shift chosen",
                c.shift.unwrap().0
            )
        );
    }

    #[test]
    fn reduce_reduce_and_nonassoc() {
        let (g, a) = build("%token A\n%%\ns: x | y ;\nx: A ;\ny: A ;\n");
        let c = a.unresolved().next().unwrap();
        assert_eq!(
            describe_conflict(&g, c),
            "reduce/reduce conflict on $end: reduce using rule 3 (x) or reduce using rule 4 (y); rule 3 chosen"
        );
        let (g, a) = build("%token N\n%nonassoc '<'\n%%\ne: e '<' e | N ;\n");
        let text = states(&g, &a);
        assert!(
            text.contains("    '<'       error (nonassociative)\n    $default  reduce"),
            "{text}"
        );
        assert!(text.contains("error chosen (%nonassoc)"), "{text}");
        let _ = g;
    }

    #[test]
    fn useless_rules_are_listed_apart() {
        let (g, a) = build("%token A B\n%%\ns: A ;\nlost: B ;\n");
        let text = states(&g, &a);
        assert!(
            text.contains("Rules useless in grammar\n\n    2 lost: B\n"),
            "{text}"
        );
    }

    #[test]
    fn dot_output() {
        let (g, a) = build("%%\ns: '\"' s | '\\\\' | %empty ;\n");
        let d = dot(&g, &a);
        assert!(d.starts_with("digraph \"automaton\" {\n"));
        assert!(d.ends_with("}\n"));
        assert!(d.contains("label = \"'\\\"'\""), "{d}");
        assert!(d.contains("label = \"'\\\\\\\\'\""), "{d}");
        assert!(d.contains("style = dashed, label = \"s\""), "{d}");
        assert!(d.contains("[label = \"Acc\", shape = diamond]"), "{d}");
        assert_eq!(d.matches(" [label = \"State ").count(), a.states.len());
    }
}
