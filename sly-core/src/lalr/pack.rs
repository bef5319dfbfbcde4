//! Packing an [`Automaton`] into compact parse tables.
//!
//! Default reductions remove most entries; what remains is packed by row displacement
//! (first fit, densest rows first), with identical rows sharing one base. The result is plain
//! data: code generation prints it as static arrays, and
//! [`ParseTables`] reads it.

use crate::grammar::{END, Grammar, Symbol};
use crate::lalr::{Action, Automaton};
use crate::parse::table::{Act, ParseTables};
use std::collections::HashMap;

/// The integer width chosen for a table set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Every value fits in 16 bits (below `u16::MAX`, the empty marker).
    U16,
    /// 32 bits are needed.
    U32,
}

/// Packed parse tables as plain vectors (values widened to `u32`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedTables {
    /// See [`ParseTables::action_base`]; `u32::MAX` is the empty marker.
    pub action_base: Vec<u32>,
    /// See [`ParseTables::action_check`].
    pub action_check: Vec<u32>,
    /// See [`ParseTables::action_value`].
    pub action_value: Vec<u32>,
    /// See [`ParseTables::default_action`].
    pub default_action: Vec<u32>,
    /// See [`ParseTables::goto_base`].
    pub goto_base: Vec<u32>,
    /// See [`ParseTables::goto_check`].
    pub goto_check: Vec<u32>,
    /// See [`ParseTables::goto_value`].
    pub goto_value: Vec<u32>,
    /// See [`ParseTables::goto_default`].
    pub goto_default: Vec<u32>,
    /// See [`ParseTables::prod_lhs`].
    pub prod_lhs: Vec<u32>,
    /// See [`ParseTables::prod_len`].
    pub prod_len: Vec<u32>,
    /// See [`ParseTables::dense_action`]: empty unless the grammar is small.
    pub dense_action: Vec<u32>,
    /// See [`ParseTables::dense_goto`]: empty unless the grammar is small.
    pub dense_goto: Vec<u32>,
    /// Terminal names.
    pub terminal_names: Vec<String>,
}

const EMPTY: u32 = u32::MAX;

/// Grammars whose action (or goto) table has at most this many cells also get it unpacked:
/// a lookup is then one load instead of three dependent ones, for at most 4 KB at `u16`.
pub const DENSE_CELLS: usize = 2048;

impl PackedTables {
    /// Packs the automaton of `grammar`.
    ///
    /// The shift on `$end` into the final state becomes an accept action, so a parser never
    /// reads past the end of its input.
    pub fn build(g: &Grammar, a: &Automaton) -> PackedTables {
        let ns = a.states.len();
        let encode = |act: Action| -> u32 {
            match act {
                Action::Shift(s) => Act::Shift(s.index()),
                Action::Reduce(p) if p.index() == 0 => Act::Accept,
                Action::Reduce(p) => Act::Reduce(p.index()),
                Action::Accept => Act::Accept,
                Action::Error => Act::Error,
            }
            .encode() as u32
        };

        // Action rows.
        let mut rows: Vec<Vec<(u32, u32)>> = Vec::with_capacity(ns);
        let mut default_action = Vec::with_capacity(ns);
        for s in 0..ns {
            let row = a.actions[s]
                .iter()
                .map(|&(t, act)| {
                    let act = match act {
                        Action::Shift(to) if t == END && to == a.final_state => Action::Accept,
                        other => other,
                    };
                    (t.0, encode(act))
                })
                .collect();
            rows.push(row);
            default_action.push(match a.default_reductions[s] {
                Some(p) => encode(Action::Reduce(p)),
                None => 0,
            });
        }
        // The column after the last terminal is the parser's question "what now, before
        // reading a token?": a state that decides without lookahead (its only action is its
        // default reduction) answers with that reduction, any other with an error, which the
        // driver reads as "read a token". Lookahead-free rows stay empty, so the other rows
        // spell their answer out.
        let nt = g.terminals.len();
        for (row, &default) in rows.iter_mut().zip(&default_action) {
            let lookahead_free = row.is_empty() && default > 2;
            if !lookahead_free {
                row.push((nt as u32, 0));
            }
        }
        let (action_base, action_check, action_value) = pack(&rows);

        // Goto columns, one per nonterminal, indexed by state.
        let nn = g.num_nonterminals();
        let mut cols: Vec<Vec<(u32, u32)>> = vec![Vec::new(); nn];
        for (s, st) in a.states.iter().enumerate() {
            for &(sym, to) in &st.transitions {
                if let Symbol::Nonterm(n) = sym {
                    cols[n.index()].push((s as u32, to.0));
                }
            }
        }
        let mut goto_default = Vec::with_capacity(nn);
        for col in cols.iter_mut() {
            let mut freq: HashMap<u32, usize> = HashMap::new();
            for &(_, to) in col.iter() {
                *freq.entry(to).or_default() += 1;
            }
            // Most common target; ties go to the lowest state, for deterministic output.
            let def = freq
                .iter()
                .max_by_key(|&(&to, &n)| (n, core::cmp::Reverse(to)))
                .map_or(0, |(&to, _)| to);
            goto_default.push(def);
            col.retain(|&(_, to)| to != def);
        }
        let (goto_base, goto_check, goto_value) = pack(&cols);

        let width = nt + 1;
        let dense_action = if ns * width <= DENSE_CELLS {
            let mut d = vec![0; ns * width];
            for s in 0..ns {
                d[s * width..(s + 1) * width].fill(default_action[s]);
                for &(t, v) in &rows[s] {
                    d[s * width + t as usize] = v;
                }
            }
            d
        } else {
            Vec::new()
        };
        let dense_goto = if ns * nn <= DENSE_CELLS {
            let mut d = vec![0; ns * nn];
            for s in 0..ns {
                for n in 0..nn {
                    d[s * nn + n] = goto_default[n];
                }
            }
            for (n, col) in cols.iter().enumerate() {
                for &(s, to) in col {
                    d[s as usize * nn + n] = to;
                }
            }
            d
        } else {
            Vec::new()
        };

        PackedTables {
            action_base,
            action_check,
            action_value,
            default_action,
            goto_base,
            goto_check,
            goto_value,
            goto_default,
            prod_lhs: g.productions.iter().map(|p| p.lhs.0).collect(),
            prod_len: g.productions.iter().map(|p| p.rhs.len() as u32).collect(),
            dense_action,
            dense_goto,
            terminal_names: g.terminals.iter().map(|t| t.name.clone()).collect(),
        }
    }

    /// The names of the arrays of [`arrays`](Self::arrays), which are also the names of the
    /// [`ParseTables`] fields that hold them.
    pub const ARRAY_NAMES: [&'static str; 12] = [
        "action_base",
        "action_check",
        "action_value",
        "default_action",
        "goto_base",
        "goto_check",
        "goto_value",
        "goto_default",
        "prod_lhs",
        "prod_len",
        "dense_action",
        "dense_goto",
    ];

    /// The arrays in the order of [`ParseTables`]' fields (see
    /// [`ARRAY_NAMES`](Self::ARRAY_NAMES)).
    pub fn arrays(&self) -> [&[u32]; 12] {
        [
            &self.action_base,
            &self.action_check,
            &self.action_value,
            &self.default_action,
            &self.goto_base,
            &self.goto_check,
            &self.goto_value,
            &self.goto_default,
            &self.prod_lhs,
            &self.prod_len,
            &self.dense_action,
            &self.dense_goto,
        ]
    }

    /// The narrowest integer width that holds every value.
    pub fn width(&self) -> Width {
        let fits = self
            .arrays()
            .iter()
            .all(|a| a.iter().all(|&v| v == EMPTY || v < u16::MAX as u32));
        if fits { Width::U16 } else { Width::U32 }
    }

    /// The size of the arrays in bytes at the chosen width.
    pub fn size_in_bytes(&self) -> usize {
        let n: usize = self.arrays().iter().map(|a| a.len()).sum();
        n * match self.width() {
            Width::U16 => 2,
            Width::U32 => 4,
        }
    }

    /// The tables narrowed to `u16`, or `None` when some value does not fit.
    pub fn to_u16(&self) -> Option<[Vec<u16>; 12]> {
        if self.width() != Width::U16 {
            return None;
        }
        Some(self.arrays().map(|a| {
            a.iter()
                .map(|&v| if v == EMPTY { u16::MAX } else { v as u16 })
                .collect()
        }))
    }

    /// Borrows the tables for lookups at `u32` width (for tests and tools).
    pub fn view<'a>(&'a self, names: &'a [&'a str]) -> ParseTables<'a, u32> {
        ParseTables {
            action_base: &self.action_base,
            action_check: &self.action_check,
            action_value: &self.action_value,
            default_action: &self.default_action,
            goto_base: &self.goto_base,
            goto_check: &self.goto_check,
            goto_value: &self.goto_value,
            goto_default: &self.goto_default,
            prod_lhs: &self.prod_lhs,
            prod_len: &self.prod_len,
            dense_action: &self.dense_action,
            dense_goto: &self.dense_goto,
            terminal_names: names,
            terminal_display: names,
        }
    }
}

/// Row-displacement packing of sparse rows `(column, value)`; returns (base, check, value).
/// Empty rows get base `EMPTY`; identical rows share a base; other rows get distinct bases, so
/// a check holding the column is enough to tell rows apart.
fn pack(rows: &[Vec<(u32, u32)>]) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    let mut base = vec![EMPTY; rows.len()];
    let mut check: Vec<u32> = Vec::new();
    let mut value: Vec<u32> = Vec::new();
    let mut used_base: Vec<bool> = Vec::new();
    let mut same: HashMap<&[(u32, u32)], u32> = HashMap::new();
    let mut order: Vec<usize> = (0..rows.len()).filter(|&r| !rows[r].is_empty()).collect();
    order.sort_by_key(|&r| (core::cmp::Reverse(rows[r].len()), r));
    let mut first_free = 0usize;
    for r in order {
        let row = &rows[r];
        if let Some(&b) = same.get(row.as_slice()) {
            base[r] = b;
            continue;
        }
        let min_col = row[0].0 as usize;
        let mut b = first_free.saturating_sub(min_col);
        loop {
            let free_base = used_base.get(b).is_none_or(|u| !u);
            if free_base
                && row
                    .iter()
                    .all(|&(c, _)| check.get(b + c as usize).is_none_or(|&x| x == EMPTY))
            {
                break;
            }
            b += 1;
        }
        for &(c, v) in row {
            let i = b + c as usize;
            if i >= check.len() {
                check.resize(i + 1, EMPTY);
                value.resize(i + 1, 0);
            }
            check[i] = c;
            value[i] = v;
        }
        if b >= used_base.len() {
            used_base.resize(b + 1, false);
        }
        used_base[b] = true;
        base[r] = b as u32;
        same.insert(row.as_slice(), b as u32);
        while check.get(first_free).is_some_and(|&x| x != EMPTY) {
            first_free += 1;
        }
    }
    (base, check, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Origin;
    use crate::grammar::{Assoc, GrammarBuilder};
    use crate::ids::{NontermId, StateId, TermId};

    fn calc() -> Grammar {
        let mut b = GrammarBuilder::new();
        for t in ["NUM", "PLUS", "MINUS", "TIMES", "LP", "RP"] {
            b.terminal(t, Origin::NONE);
        }
        b.precedence(
            Assoc::Left,
            [("PLUS", Origin::NONE), ("MINUS", Origin::NONE)],
        );
        b.precedence(Assoc::Left, [("TIMES", Origin::NONE)]);
        b.precedence(Assoc::Right, [("UMINUS", Origin::NONE)]);
        b.rule_str("e", &["e", "PLUS", "e"], None);
        b.rule_str("e", &["e", "MINUS", "e"], None);
        b.rule_str("e", &["e", "TIMES", "e"], None);
        b.rule_str("e", &["MINUS", "e"], Some("UMINUS"));
        b.rule_str("e", &["LP", "e", "RP"], None);
        b.rule_str("e", &["NUM"], None);
        b.build().unwrap().grammar
    }

    #[test]
    fn packed_lookups_equal_the_automaton() {
        let g = calc();
        let a = Automaton::build(&g);
        let p = PackedTables::build(&g, &a);
        let names: Vec<&str> = p.terminal_names.iter().map(String::as_str).collect();
        // Both lookups: the dense tables of this small grammar, and the comb alone.
        assert!(!p.dense_action.is_empty() && !p.dense_goto.is_empty());
        let dense = p.view(&names);
        let comb = ParseTables {
            dense_action: &[],
            dense_goto: &[],
            ..dense
        };
        let mut lookahead_free = 0;
        for (t, s) in [dense, comb]
            .iter()
            .flat_map(|t| (0..a.states.len()).map(move |s| (t, s)))
        {
            for term in 0..g.num_terminals() {
                let want = match a.action(StateId::from(s), TermId::from(term)) {
                    Action::Shift(to) if term == 0 && to == a.final_state => Act::Accept,
                    Action::Shift(to) => Act::Shift(to.index()),
                    Action::Reduce(p) if p.index() == 0 => Act::Accept,
                    Action::Reduce(p) => Act::Reduce(p.index()),
                    Action::Accept => Act::Accept,
                    Action::Error => Act::Error,
                };
                assert_eq!(t.action(s, term), want, "state {s}, terminal {term}");
            }
            // Before a token: the default reduction of a state with no other action, else
            // "read a token".
            let only_default = a.actions[s].is_empty();
            let want = match a.default_reductions[s] {
                Some(p) if only_default && p.index() > 0 => Act::Reduce(p.index()),
                _ => Act::Error,
            };
            assert_eq!(t.action(s, t.need_token()), want, "state {s}, no token");
            lookahead_free += usize::from(want != Act::Error);
            for n in 1..g.num_nonterminals() {
                if let Some(to) = a.goto(StateId::from(s), NontermId::from(n)) {
                    assert_eq!(t.goto(s, n), to.index());
                }
            }
        }
        // Both answers occur, in both tables.
        assert!(lookahead_free > 0 && lookahead_free < a.states.len() * 2);
        assert_eq!(p.width(), Width::U16);
        let dense_bytes = 2 * (p.dense_action.len() + p.dense_goto.len());
        let comb_bytes = p.size_in_bytes() - dense_bytes;
        assert!(comb_bytes < 400, "{comb_bytes} bytes");
        assert!(p.to_u16().is_some());
    }

    #[test]
    fn gotos_of_many_nonterminals_stay_apart() {
        // Several nonterminals, some whose every goto is the default (an empty column).
        let mut b = GrammarBuilder::new();
        for t in ["PLUS", "TIMES", "LP", "RP", "ID", "LB", "RB", "COMMA"] {
            b.terminal(t, Origin::NONE);
        }
        b.rule_str("s", &["e"], None);
        b.rule_str("s", &["LB", "opt", "RB"], None);
        b.rule_str("opt", &[], None);
        b.rule_str("opt", &["e", "rest"], None);
        b.rule_str("rest", &[], None);
        b.rule_str("rest", &["rest", "COMMA", "e"], None);
        b.rule_str("e", &["e", "PLUS", "t"], None);
        b.rule_str("e", &["t"], None);
        b.rule_str("t", &["t", "TIMES", "f"], None);
        b.rule_str("t", &["f"], None);
        b.rule_str("f", &["LP", "e", "RP"], None);
        b.rule_str("f", &["ID"], None);
        let g = b.build().unwrap().grammar;
        let a = Automaton::build(&g);
        let p = PackedTables::build(&g, &a);
        let names: Vec<&str> = p.terminal_names.iter().map(String::as_str).collect();
        let t = p.view(&names);
        let mut checked = 0;
        for s in 0..a.states.len() {
            for n in 1..g.num_nonterminals() {
                if let Some(to) = a.goto(StateId::from(s), NontermId::from(n)) {
                    assert_eq!(t.goto(s, n), to.index(), "state {s}, nonterminal {n}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10);
    }

    #[test]
    fn act_encoding_round_trips() {
        for act in [
            Act::Error,
            Act::Accept,
            Act::Shift(0),
            Act::Shift(7),
            Act::Reduce(1),
            Act::Reduce(9),
        ] {
            assert_eq!(Act::decode(act.encode()), act);
        }
    }
}
