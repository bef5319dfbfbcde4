//! LALR(1) lookaheads by DeRemer and Pennello's relations.
//!
//! F. DeRemer and T. Pennello, "Efficient Computation of LALR(1) Look-Ahead Sets", TOPLAS 4(4),
//! 1982. For every nonterminal transition `(p, A)` of the LR(0) automaton:
//! - `DR(p, A)`: terminals shifted right after `A` (from the state `A` leads to);
//! - `(p, A) reads (r, C)` when `p -A-> r -C->` and `C` is nullable; `Read = DR ∪ Read` over
//!   `reads`;
//! - `(p, A) includes (p', B)` when `B -> β A γ`, `γ` nullable and `p' -β-> p`; `Follow = Read ∪
//!   Follow` over `includes`;
//! - `(q, A -> ω) lookback (p, A)` when `p -ω-> q`; the lookahead of reducing `A -> ω` in `q` is the
//!   union of `Follow(p, A)` over its lookbacks.
//!
//! Both unions over relations are solved by the `digraph` algorithm (a Tarjan-style SCC walk),
//! which gives every member of a cycle the same set.
//!
//! Take `S -> L = R | R; L -> * R | id; R -> L`: in the state reached by `L` from the start,
//! `R -> L .` looks back at `(0, R)`, whose Follow is `{$end}` (through `includes (0, S)`), so
//! it does not clash with the shift on `=`, which SLR's `FOLLOW(R) ∋ =` would.

use super::bitset::BitSet;
use super::lr0::Lr0;
use crate::grammar::{Grammar, Symbol};
use crate::ids::StateId;
use std::collections::HashMap;

/// Nullable nonterminals.
pub(crate) fn nullable(g: &Grammar) -> Vec<bool> {
    let mut nullable = vec![false; g.num_nonterminals()];
    let mut changed = true;
    while changed {
        changed = false;
        for p in g.productions.iter().filter(|p| p.useful) {
            if !nullable[p.lhs.index()]
                && p.rhs.iter().all(|s| match s {
                    Symbol::Term(_) => false,
                    Symbol::Nonterm(n) => nullable[n.index()],
                })
            {
                nullable[p.lhs.index()] = true;
                changed = true;
            }
        }
    }
    nullable
}

/// LALR(1) lookahead sets of every reduction, parallel to `lr0.reductions`.
pub(crate) fn lookaheads(g: &Grammar, lr0: &Lr0) -> Vec<Vec<BitSet>> {
    lalr(g, lr0).lookaheads
}

/// What the LALR(1) computation finds.
pub(crate) struct Lalr {
    /// `Follow(p, A)` of every nonterminal transition, numbered state by state and, within a
    /// state, in the order of its transitions.
    pub follow: Vec<BitSet>,
    /// The lookahead sets of every reduction, parallel to `lr0.reductions`.
    pub lookaheads: Vec<Vec<BitSet>>,
}

/// The LALR(1) follow sets of the nonterminal transitions and lookahead sets of the reductions.
pub(crate) fn lalr(g: &Grammar, lr0: &Lr0) -> Lalr {
    let nt = g.num_terminals();
    let nullable = nullable(g);

    // Number the nonterminal transitions.
    let mut trans_index: HashMap<(StateId, u32), usize> = HashMap::new();
    let mut trans: Vec<(StateId, StateId)> = Vec::new(); // (from, to)
    for (s, ts) in lr0.transitions.iter().enumerate() {
        for &(sym, to) in ts {
            if let Symbol::Nonterm(n) = sym {
                trans_index.insert((StateId::from(s), n.0), trans.len());
                trans.push((StateId::from(s), to));
            }
        }
    }
    let nx = trans.len();

    // DR and reads.
    let mut read: Vec<BitSet> = Vec::with_capacity(nx);
    let mut reads: Vec<Vec<usize>> = vec![Vec::new(); nx];
    for (x, &(_, to)) in trans.iter().enumerate() {
        let mut dr = BitSet::new(nt);
        for &(sym, _) in &lr0.transitions[to.index()] {
            match sym {
                Symbol::Term(t) => {
                    dr.insert(t.index());
                }
                Symbol::Nonterm(c) => {
                    if nullable[c.index()] {
                        reads[x].push(trans_index[&(to, c.0)]);
                    }
                }
            }
        }
        read.push(dr);
    }
    digraph(&reads, &mut read);

    // includes and lookback, by walking every production from every transition on its lhs.
    let mut includes: Vec<Vec<usize>> = vec![Vec::new(); nx];
    let red_base: Vec<usize> = lr0
        .reductions
        .iter()
        .scan(0usize, |acc, r| {
            let b = *acc;
            *acc += r.len();
            Some(b)
        })
        .collect();
    let nred = red_base.last().copied().unwrap_or(0) + lr0.reductions.last().map_or(0, Vec::len);
    let mut lookback: Vec<Vec<usize>> = vec![Vec::new(); nred];
    let goto = |s: StateId, sym: Symbol| -> StateId {
        let ts = &lr0.transitions[s.index()];
        let i = ts
            .binary_search_by(|(x, _)| x.cmp(&sym))
            .expect("LR(0) transition exists for every prefix of a production");
        ts[i].1
    };
    let mut path: Vec<StateId> = Vec::new();
    for (x, &(from, _)) in trans.iter().enumerate() {
        let lhs = match lr0.accessing[trans[x].1.index()] {
            Some(Symbol::Nonterm(n)) => n,
            _ => unreachable!("a nonterminal transition enters on a nonterminal"),
        };
        for &p in &g.prods_of[lhs.index()] {
            let prod = &g.productions[p.index()];
            if !prod.useful {
                continue;
            }
            path.clear();
            let mut s = from;
            path.push(s);
            for &sym in &prod.rhs {
                s = goto(s, sym);
                path.push(s);
            }
            // lookback: (s, p) -> x
            let q = s.index();
            let slot = lr0.reductions[q]
                .iter()
                .position(|&r| r == p)
                .expect("the walk of a production ends in a state that reduces it");
            lookback[red_base[q] + slot].push(x);
            // includes: for A at position i with a nullable suffix, (path[i], A) includes x.
            for i in (0..prod.rhs.len()).rev() {
                match prod.rhs[i] {
                    Symbol::Nonterm(a) => {
                        let y = trans_index[&(path[i], a.0)];
                        includes[y].push(x);
                        if !nullable[a.index()] {
                            break;
                        }
                    }
                    Symbol::Term(_) => break,
                }
            }
        }
    }
    let mut follow = read;
    digraph(&includes, &mut follow);

    let lookaheads = lr0
        .reductions
        .iter()
        .enumerate()
        .map(|(q, reds)| {
            (0..reds.len())
                .map(|slot| {
                    let mut la = BitSet::new(nt);
                    for &x in &lookback[red_base[q] + slot] {
                        la.union_with(&follow[x]);
                    }
                    la
                })
                .collect()
        })
        .collect();
    Lalr { follow, lookaheads }
}

/// Solves `F(x) = F'(x) ∪ ⋃ { F(y) | x R y }` in place, iteratively (no recursion, so deep
/// relations cannot overflow the stack).
pub(crate) fn digraph(rel: &[Vec<usize>], f: &mut [BitSet]) {
    const DONE: usize = usize::MAX;
    let n = rel.len();
    // `low[x]`: 0 = unvisited, DONE = finished, else the lowest stack depth reachable.
    let mut low = vec![0usize; n];
    let mut own = vec![0usize; n];
    let mut stack: Vec<usize> = Vec::new();
    // Call stack of (node, next edge index).
    let mut calls: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if low[root] != 0 {
            continue;
        }
        stack.push(root);
        low[root] = stack.len();
        own[root] = stack.len();
        calls.push((root, 0));
        while let Some(&mut (x, ref mut e)) = calls.last_mut() {
            if let Some(&y) = rel[x].get(*e) {
                *e += 1;
                if low[y] == 0 {
                    stack.push(y);
                    low[y] = stack.len();
                    own[y] = stack.len();
                    calls.push((y, 0));
                } else {
                    low[x] = low[x].min(low[y]);
                    union_into(f, x, y);
                }
                continue;
            }
            // Every edge of x is done.
            calls.pop();
            if low[x] == own[x] {
                loop {
                    let top = stack.pop().expect("x is on the stack");
                    low[top] = DONE;
                    if top == x {
                        break;
                    }
                    f[top] = f[x].clone();
                }
            }
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[x]);
                union_into(f, parent, x);
            }
        }
    }
}

/// `f[x] |= f[y]`.
fn union_into(f: &mut [BitSet], x: usize, y: usize) {
    use core::cmp::Ordering;
    match x.cmp(&y) {
        Ordering::Less => {
            let (a, b) = f.split_at_mut(y);
            a[x].union_with(&b[0]);
        }
        Ordering::Greater => {
            let (a, b) = f.split_at_mut(x);
            b[0].union_with(&a[y]);
        }
        Ordering::Equal => {}
    }
}
