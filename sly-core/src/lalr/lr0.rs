//! The LR(0) automaton: canonical collection of item sets, built by kernels.
//!
//! Items are numbered densely (`item = first_item[prod] + dot`). A state is identified by its
//! sorted kernel; its closure adds, for each nonterminal after a dot, every production that can
//! begin a leftmost derivation from it (precomputed once per nonterminal, as bison's `fderives`).

use super::Item;
use super::bitset::BitSet;
use crate::grammar::{Grammar, Symbol};
use crate::ids::{ProdId, StateId};
use std::collections::HashMap;

/// Dense item numbering for a grammar.
#[derive(Debug)]
pub(crate) struct Items {
    /// First item index of each production.
    pub first: Vec<u32>,
    /// Production of each item.
    pub prod: Vec<ProdId>,
    /// Dot position of each item.
    pub dot: Vec<u32>,
    /// Symbol after the dot of each item, if any.
    pub next: Vec<Option<Symbol>>,
}

impl Items {
    pub fn new(g: &Grammar) -> Self {
        let mut items = Items {
            first: Vec::with_capacity(g.productions.len()),
            prod: Vec::new(),
            dot: Vec::new(),
            next: Vec::new(),
        };
        for (pi, p) in g.productions.iter().enumerate() {
            items.first.push(items.prod.len() as u32);
            for dot in 0..=p.rhs.len() {
                items.prod.push(ProdId::from(pi));
                items.dot.push(dot as u32);
                items.next.push(p.rhs.get(dot).copied());
            }
        }
        items
    }

    pub fn item(&self, i: u32) -> Item {
        Item {
            prod: self.prod[i as usize],
            dot: self.dot[i as usize],
        }
    }
}

/// The raw LR(0) collection; after IELR(1) or canonical LR(1) splitting, several states may
/// share a kernel.
#[derive(Debug, Clone)]
pub(crate) struct Lr0 {
    /// Kernel items of each state, sorted.
    pub kernels: Vec<Vec<u32>>,
    /// The symbol on which each state is entered.
    pub accessing: Vec<Option<Symbol>>,
    /// Transitions of each state, sorted by symbol (terminals first).
    pub transitions: Vec<Vec<(Symbol, StateId)>>,
    /// Completed productions of each state, in production order.
    pub reductions: Vec<Vec<ProdId>>,
    /// Closure of each state (kernel first, then added items in item order).
    pub closures: Vec<Vec<u32>>,
}

/// For each nonterminal, the productions (as a set) whose dot-0 items its closure adds.
fn first_derives(g: &Grammar) -> Vec<BitSet> {
    let nn = g.num_nonterminals();
    // `left[a]`: nonterminals that can start a production of `a` (direct left corners).
    let mut reach: Vec<BitSet> = vec![BitSet::new(nn); nn];
    for (a, reach_a) in reach.iter_mut().enumerate() {
        reach_a.insert(a);
    }
    for p in g.productions.iter().filter(|p| p.useful) {
        if let Some(Symbol::Nonterm(b)) = p.rhs.first() {
            reach[p.lhs.index()].insert(b.index());
        }
    }
    // Transitive closure (Warshall over bit rows).
    for k in 0..nn {
        let row_k = reach[k].clone();
        for row in reach.iter_mut() {
            if row.contains(k) {
                row.union_with(&row_k);
            }
        }
    }
    let np = g.productions.len();
    reach
        .iter()
        .map(|r| {
            let mut set = BitSet::new(np);
            for b in r.iter() {
                for &p in &g.prods_of[b] {
                    if g.productions[p.index()].useful {
                        set.insert(p.index());
                    }
                }
            }
            set
        })
        .collect()
}

/// Builds the LR(0) automaton, or returns `Err(max_states)` when it would have more states.
pub(crate) fn build(g: &Grammar, items: &Items, max_states: usize) -> Result<Lr0, usize> {
    let fderives = first_derives(g);
    let np = g.productions.len();
    let nsym = g.num_terminals() + g.num_nonterminals();
    let sym_index = |s: Symbol| match s {
        Symbol::Term(t) => t.index(),
        Symbol::Nonterm(n) => g.num_terminals() + n.index(),
    };

    let mut lr0 = Lr0 {
        kernels: vec![vec![items.first[0]]],
        accessing: vec![None],
        transitions: Vec::new(),
        reductions: Vec::new(),
        closures: Vec::new(),
    };
    let mut by_kernel: HashMap<Vec<u32>, StateId> = HashMap::new();
    by_kernel.insert(lr0.kernels[0].clone(), StateId(0));

    // Scratch space reused across states.
    let mut prodset = BitSet::new(np);
    let mut kernel_of: Vec<Vec<u32>> = vec![Vec::new(); nsym];
    let mut symbols: Vec<Symbol> = Vec::new();

    let mut s = 0;
    while s < lr0.kernels.len() {
        // Closure: kernel items, then dot-0 items of productions derived from after-dot
        // nonterminals, in production order.
        prodset.clear();
        for &i in &lr0.kernels[s] {
            if let Some(Symbol::Nonterm(n)) = items.next[i as usize] {
                prodset.union_with(&fderives[n.index()]);
            }
        }
        let mut closure = lr0.kernels[s].clone();
        // Kernel items have their dot past 0 (but for `$accept: . start $end`, which no
        // closure adds), so the two parts never overlap.
        closure.extend(prodset.iter().map(|p| items.first[p]));

        // Transitions and reductions.
        let mut reductions = Vec::new();
        for &i in &closure {
            match items.next[i as usize] {
                Some(sym) => {
                    let k = &mut kernel_of[sym_index(sym)];
                    if k.is_empty() {
                        symbols.push(sym);
                    }
                    k.push(i + 1);
                }
                None => reductions.push(items.prod[i as usize]),
            }
        }
        reductions.sort();
        symbols.sort();
        let mut transitions = Vec::with_capacity(symbols.len());
        for &sym in &symbols {
            let mut kernel = core::mem::take(&mut kernel_of[sym_index(sym)]);
            kernel.sort_unstable();
            kernel.dedup();
            let next = match by_kernel.get(&kernel) {
                Some(&t) => t,
                None => {
                    if lr0.kernels.len() >= max_states {
                        return Err(max_states);
                    }
                    let t = StateId::from(lr0.kernels.len());
                    by_kernel.insert(kernel.clone(), t);
                    lr0.kernels.push(kernel);
                    lr0.accessing.push(Some(sym));
                    t
                }
            };
            transitions.push((sym, next));
        }
        symbols.clear();
        lr0.transitions.push(transitions);
        lr0.reductions.push(reductions);
        lr0.closures.push(closure);
        s += 1;
    }
    Ok(lr0)
}
