//! IELR(1) and canonical LR(1): the LR(0) automaton's states split by their lookaheads.
//!
//! Both follow the construction of GNU Bison (`src/ielr.c`), which implements J. E. Denny and
//! B. A. Malloy, "The IELR(1) algorithm for generating minimal LR(1) parser tables for
//! non-LR(1) grammars with conflict resolution", Science of Computer Programming 75(11), 2010,
//! in four phases:
//!
//! 0. The LALR(1) automaton (for canonical LR(1), the LR(0) automaton alone).
//! 1. Auxiliary tables. For every nonterminal transition (goto) `(p, A)`: its *always follows*,
//!    the part of `Follow(p, A)` that does not depend on how `p` was reached (the terminals
//!    that follow `A` inside `p`'s own items, through nullable symbols), and its *follow kernel
//!    items*, the kernel items of `p` whose lookaheads flow into `Follow(p, A)`.
//! 2. Annotations (IELR(1) only). In each LALR(1) state where two actions compete for a
//!    terminal (a conflict, whether precedence resolves it or not) there is an *inadequacy*;
//!    each of its actions has a *contribution*: the kernel items whose lookaheads bring the
//!    terminal to that action, or "always" when the state brings it by itself. Annotations are
//!    carried back to predecessor states, kernel item by kernel item, as far as lookaheads can
//!    make a difference. An inadequacy whose winning action (its *dominant contribution*)
//!    cannot change, whatever the lookaheads, is dropped; so is one whose winner is the same
//!    on every path to its state, because the terminal reaches the kernel items of enough
//!    contributions from the always follows of the gotos where their productions start (as
//!    in the precedence-resolved conflicts of expression grammars, which would otherwise be
//!    carried back through every state that starts an expression). Bison annotates those too,
//!    but they never split a state, so dropping them changes nothing but the time taken. The
//!    inadequacies of a state on several terminals with the same actions are carried back
//!    together, as one group of annotations for each set of terminals that the lookaheads of
//!    the predecessors do not tell apart.
//! 3. Splitting. The states are recomputed from state 0, carrying the lookaheads of their
//!    kernel items: only the terminals some annotation of the state cares about (every
//!    terminal for canonical LR(1)). A successor joins an existing state of its core (an
//!    *isocore*) when the two agree on the dominant contribution of every annotation (for
//!    canonical LR(1): when their lookaheads are equal); otherwise it becomes a new state.
//!    Lookaheads that grow on a state already computed flow on to its successors, which may
//!    split in turn.
//! 4. The lookaheads of the reductions: LALR(1) over the split automaton (for canonical LR(1),
//!    straight from the kernel items' lookaheads).
//!
//! States are processed in bison's order (new states are numbered after the existing ones,
//! successors in transition order, an isocore joins the first compatible state of its ring),
//! so that where the order could matter, the same states are split as in bison.
//!
//! Take bison's manual's example `S: a A d | b B d | a B e | b A e; A: c; B: c`. LALR(1) merges
//! the states reached by `a c` and `b c` (both hold `A: c .` and `B: c .`), so both reductions
//! see `d` and `e`: two reduce/reduce conflicts. Phase 2 annotates the merged state: on `d`,
//! reducing by `A: c` contributes when its kernel item carries `d`, and so does reducing by
//! `B: c` (likewise on `e`). In phase 3 the successor on `c` of the state after `a` carries
//! `A: c . {d}` and `B: c . {e}`, and that of the state after `b` carries `A: c . {e}` and
//! `B: c . {d}`. On `d`, the first one reduces `A` and the second `B`: they cannot share a
//! state, the second becomes a new one, and no conflict is left.

use super::LrType;
use super::bitset::BitSet;
use super::lookahead;
use super::lr0::{Items, Lr0};
use crate::fast_hash::FastHash;
use crate::grammar::{Assoc, Grammar, Prec, Symbol};
use crate::ids::{NontermId, StateId};
use std::collections::HashMap;

/// The split automaton.
pub(crate) struct Split {
    /// Its states, when splitting changed the LR(0) automaton (`None`: it did not).
    pub lr0: Option<Lr0>,
    /// The lookaheads of every reduction, parallel to the states' reductions.
    pub lookaheads: Vec<Vec<BitSet>>,
}

/// Builds the IELR(1) or canonical LR(1) automaton from the LR(0) one, or returns
/// `Err(max_states)` when it would need more states than that.
pub(crate) fn split(
    g: &Grammar,
    items: &Items,
    lr0: &Lr0,
    lr_type: LrType,
    max_states: usize,
) -> Result<Split, usize> {
    let aux = Aux::new(g, items, lr0, lr_type == LrType::Ielr);
    if lr_type == LrType::Canonical {
        let mut s = Splitter::new(g, items, lr0, &aux, None, max_states);
        s.run()?;
        let lookaheads = s.canonical_lookaheads();
        return Ok(Split {
            lr0: Some(s.automaton()),
            lookaheads,
        });
    }
    let lalr = lookahead::lalr(g, lr0);
    let predecessors = predecessors(lr0);
    let annotations =
        Annotator::new(g, items, lr0, &aux, &lalr.follow, &predecessors).run(&lalr.lookaheads);
    if annotations.per_state.iter().all(Vec::is_empty) {
        // No state can split: the automaton is the LALR(1) one.
        return Ok(Split {
            lr0: None,
            lookaheads: lalr.lookaheads,
        });
    }
    let mut s = Splitter::new(g, items, lr0, &aux, Some(&annotations), max_states);
    s.run()?;
    if s.nodes.len() == lr0.kernels.len() {
        // No state split: the automaton, and so its lookaheads, are the LALR(1) ones.
        return Ok(Split {
            lr0: None,
            lookaheads: lalr.lookaheads,
        });
    }
    let split = s.automaton();
    let lookaheads = lookahead::lookaheads(g, &split);
    Ok(Split {
        lr0: Some(split),
        lookaheads,
    })
}

/// The number of inadequacies that phase 2 annotates in the LALR(1) automaton of `g`.
#[cfg(test)]
pub(super) fn annotated_inadequacies(g: &Grammar) -> usize {
    let items = Items::new(g);
    let lr0 = super::lr0::build(g, &items, usize::MAX).expect("no limit on states");
    let aux = Aux::new(g, &items, &lr0, true);
    let lalr = lookahead::lalr(g, &lr0);
    let predecessors = predecessors(&lr0);
    Annotator::new(g, &items, &lr0, &aux, &lalr.follow, &predecessors)
        .run(&lalr.lookaheads)
        .inadequacies
        .len()
}

/// The states with a transition to each state.
fn predecessors(lr0: &Lr0) -> Vec<Vec<usize>> {
    let mut predecessors = vec![Vec::new(); lr0.kernels.len()];
    for (s, ts) in lr0.transitions.iter().enumerate() {
        for &(_, to) in ts {
            predecessors[to.index()].push(s);
        }
    }
    predecessors
}

/// The position of item `item` in the kernel of `state`.
fn kernel_pos(lr0: &Lr0, state: usize, item: u32) -> usize {
    lr0.kernels[state]
        .binary_search(&item)
        .expect("the item before a kernel item's dot is in each predecessor's kernel")
}

// ---------------------------------------------------------------------------------------------
// Phase 1.

/// The gotos of the LR(0) automaton, numbered as `lookahead` numbers them (state by state, in
/// transition order), with their always follows and follow kernel items.
struct Aux {
    /// The number of each state's first goto.
    goto_base: Vec<usize>,
    /// The index, in each state's transitions, of its first nonterminal transition.
    nt_start: Vec<usize>,
    /// For each goto, the kernel items (positions) of its source state whose lookaheads are
    /// part of its follows.
    follow_kernel_items: Vec<BitSet>,
    /// For each goto, the terminals that follow it whatever the lookaheads of its source.
    always_follows: Vec<BitSet>,
}

impl Aux {
    /// The tables of the LR(0) automaton `lr0`; `as_bison`: see [`sees_lookahead`].
    fn new(g: &Grammar, items: &Items, lr0: &Lr0, as_bison: bool) -> Aux {
        let ns = lr0.kernels.len();
        let nullable = lookahead::nullable(g);
        let mut aux = Aux {
            goto_base: Vec::with_capacity(ns),
            nt_start: Vec::with_capacity(ns),
            follow_kernel_items: Vec::new(),
            always_follows: Vec::new(),
        };
        // (from, to, nonterminal) of each goto.
        let mut gotos: Vec<(usize, usize, NontermId)> = Vec::new();
        for (s, ts) in lr0.transitions.iter().enumerate() {
            let start = ts.partition_point(|(sym, _)| matches!(sym, Symbol::Term(_)));
            aux.nt_start.push(start);
            aux.goto_base.push(gotos.len());
            for &(sym, to) in &ts[start..] {
                if let Symbol::Nonterm(n) = sym {
                    gotos.push((s, to.index(), n));
                }
            }
        }

        let sees_lookahead = sees_lookahead(g, items, &nullable, as_bison);

        // Internal follow edges: `Follow(p, B)` includes `Follow(p, A)` when `A: B γ` with `γ`
        // nullable; `edges[(p, B)]` lists `(p, A)`.
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); gotos.len()];
        for (x, &(p, _, a)) in gotos.iter().enumerate() {
            for &r in &g.prods_of[a.index()] {
                let prod = g.production(r);
                if !prod.useful || !sees_lookahead.contains(items.first[r.index()] as usize) {
                    continue;
                }
                if let Some(&Symbol::Nonterm(b)) = prod.rhs.first() {
                    let source = aux.goto(lr0, p, b);
                    if source != x {
                        edges[source].push(x);
                    }
                }
            }
        }

        let max_kernel = lr0.kernels.iter().map(Vec::len).max().unwrap_or(0);
        let mut fki = vec![BitSet::new(max_kernel); gotos.len()];
        for (x, &(p, _, a)) in gotos.iter().enumerate() {
            for (j, &it) in lr0.kernels[p].iter().enumerate() {
                if items.next[it as usize] == Some(Symbol::Nonterm(a))
                    && sees_lookahead.contains(it as usize)
                {
                    fki[x].insert(j);
                }
            }
        }
        lookahead::digraph(&edges, &mut fki);

        // Always follows: the terminals shifted after the goto, what nullable successors
        // read, and what the internal edges bring.
        let nt = g.num_terminals();
        let mut always = vec![BitSet::new(nt); gotos.len()];
        for (x, &(_, to, _)) in gotos.iter().enumerate() {
            for &(sym, _) in &lr0.transitions[to] {
                match sym {
                    Symbol::Term(t) => {
                        always[x].insert(t.index());
                    }
                    Symbol::Nonterm(c) if nullable[c.index()] => {
                        let y = aux.goto(lr0, to, c);
                        edges[x].push(y);
                    }
                    Symbol::Nonterm(_) => {}
                }
            }
        }
        lookahead::digraph(&edges, &mut always);
        aux.follow_kernel_items = fki;
        aux.always_follows = always;
        aux
    }

    /// The number of the goto from `state` on `n`.
    fn goto(&self, lr0: &Lr0, state: usize, n: NontermId) -> usize {
        let ts = &lr0.transitions[state][self.nt_start[state]..];
        let i = ts
            .binary_search_by(|(sym, _)| sym.cmp(&Symbol::Nonterm(n)))
            .expect("the goto exists: an item of the state has the nonterminal after its dot");
        self.goto_base[state] + i
    }
}

/// The items whose next symbol is a nonterminal followed only by nullable ones: the follows
/// of a goto on that nonterminal include the item's lookaheads.
///
/// Items are numbered as bison numbers its item array (`ritem`): production after production,
/// each with one item per dot position, the last standing for the production's end, and the
/// set is found as bison finds it, by a walk backwards from the end of that array.
///
/// With `as_bison`, the walk also reproduces a flaw of bison 3.8: after it has taken the
/// useless rules out of the grammar, bison shortens the array's length by their size without
/// moving them to the end, so that when a useless rule comes before useful ones, the walk
/// leaves out as many items at the end (and may start inside a production) and misses some
/// items that see the lookahead. IELR(1) uses this set only to decide which states to split
/// (the reductions' lookaheads are LALR(1)'s over the split automaton, right in any case), so
/// it reproduces the flaw and builds bison's automaton. Canonical LR(1) takes its lookaheads
/// from these tables, where the flaw makes bison's parser reject valid input, so it walks the
/// whole array. Without useless rules (as in every grammar the derive macros accept) both are
/// the whole array.
fn sees_lookahead(g: &Grammar, items: &Items, nullable: &[bool], as_bison: bool) -> BitSet {
    let mut set = BitSet::new(items.prod.len());
    let left_out: usize = if as_bison {
        g.productions
            .iter()
            .filter(|p| !p.useful)
            .map(|p| p.rhs.len() + 1)
            .sum()
    } else {
        0
    };
    let nonterminal = |i: isize| match items.next[i as usize] {
        Some(Symbol::Nonterm(n)) => Some(n),
        _ => None,
    };
    let end = |i: isize| items.next[i as usize].is_none();
    let mut i = (items.prod.len() - left_out) as isize - 1;
    while 0 < i {
        i -= 1;
        while i >= 0 && nonterminal(i).is_some_and(|n| nullable[n.index()]) {
            set.insert(i as usize);
            i -= 1;
        }
        if i >= 0 && nonterminal(i).is_some() {
            set.insert(i as usize);
            i -= 1;
        }
        while i > 0 && !end(i) {
            i -= 1;
        }
    }
    set
}

// ---------------------------------------------------------------------------------------------
// Phase 2.

/// Two or more actions competing for a terminal in an LALR(1) state.
struct Inadequacy {
    /// The LR(0) state where it shows.
    state: usize,
    /// The terminal.
    token: usize,
    /// The reductions involved, as indices into the state's reductions, in order.
    reductions: Vec<usize>,
    /// Whether a shift is involved too (its contribution comes last).
    shift: bool,
}

/// An inadequacy seen from a state: for each of its contributions (its reductions, then its
/// shift), whether the state always makes it, else the kernel items (positions) of the state
/// whose lookaheads make it when they hold the inadequacy's terminal.
///
/// One block of words holds it all: a flag per contribution ("always"), then the item set of
/// each contribution, `width` words each. [`Annotations`] keeps the blocks of all annotations
/// end to end; an `Annotation` is one being built.
#[derive(Debug, Clone, Default)]
struct Annotation {
    head: Head,
    bits: Vec<u64>,
}

/// What an annotation is about, and the shape of its block of words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Head {
    inadequacy: u32,
    contributions: u32,
    width: u32,
}

/// An annotation, borrowed.
#[derive(Clone, Copy)]
struct AnnRef<'a> {
    head: Head,
    bits: &'a [u64],
}

impl Head {
    /// The number of words of its block.
    fn words(&self) -> usize {
        (self.contributions as usize).div_ceil(64)
            + self.contributions as usize * self.width as usize
    }

    fn items_start(&self, ci: usize) -> usize {
        (self.contributions as usize).div_ceil(64) + ci * self.width as usize
    }
}

impl Annotation {
    /// Makes it an annotation of `inadequacy` in a state with `kernel` items, with no
    /// contribution, reusing its memory.
    fn reset(&mut self, inadequacy: usize, contributions: usize, kernel: usize) {
        let width = kernel.div_ceil(64);
        let flags = contributions.div_ceil(64);
        self.head = Head {
            inadequacy: inadequacy as u32,
            contributions: contributions as u32,
            width: width as u32,
        };
        self.bits.clear();
        self.bits.resize(flags + contributions * width, 0);
    }

    fn as_ref(&self) -> AnnRef<'_> {
        AnnRef {
            head: self.head,
            bits: &self.bits,
        }
    }

    fn always(&self, ci: usize) -> bool {
        self.as_ref().always(ci)
    }

    fn set_always(&mut self, ci: usize) {
        self.bits[ci / 64] |= 1 << (ci % 64);
        self.items_mut(ci).fill(0);
    }

    fn items(&self, ci: usize) -> &[u64] {
        let start = self.head.items_start(ci);
        &self.bits[start..start + self.head.width as usize]
    }

    fn items_mut(&mut self, ci: usize) -> &mut [u64] {
        let start = self.head.items_start(ci);
        &mut self.bits[start..start + self.head.width as usize]
    }
}

impl<'a> AnnRef<'a> {
    /// Whether the state always makes contribution `ci`.
    fn always(&self, ci: usize) -> bool {
        self.bits[ci / 64] & (1 << (ci % 64)) != 0
    }

    /// The kernel items that make contribution `ci`, as bits.
    fn items(&self, ci: usize) -> &'a [u64] {
        let start = self.head.items_start(ci);
        &self.bits[start..start + self.head.width as usize]
    }
}

/// The elements of a set of small integers stored as bits.
fn bits(words: &[u64]) -> impl Iterator<Item = usize> + '_ {
    words.iter().enumerate().flat_map(|(wi, &w)| {
        let mut w = w;
        core::iter::from_fn(move || {
            if w == 0 {
                return None;
            }
            let b = w.trailing_zeros() as usize;
            w &= w - 1;
            Some(wi * 64 + b)
        })
    })
}

fn set_bit(words: &mut [u64], i: usize) {
    words[i / 64] |= 1 << (i % 64);
}

/// What phase 2 finds: the inadequacies, and the annotations of every LR(0) state.
struct Annotations {
    inadequacies: Vec<Inadequacy>,
    /// Every annotation: its head and where its block of words starts in `bits`.
    heads: Vec<(Head, usize)>,
    bits: Vec<u64>,
    /// The annotations of each LR(0) state, as indices into `heads`.
    per_state: Vec<Vec<u32>>,
}

/// Which action of an inadequacy wins, given the lookaheads of a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dominant {
    /// No contribution is made (or, when split-stability is required, none is stable).
    None,
    /// `%nonassoc` makes the terminal an error.
    Error,
    /// The contribution with this index wins.
    Contribution(usize),
}

/// The kernel item lookaheads that a dominant contribution is computed for.
#[derive(Clone, Copy)]
enum Lookaheads<'a> {
    /// Every terminal on every item.
    Full,
    /// These (`None`: none at all).
    Kernel(Option<&'a [BitSet]>),
}

impl Annotations {
    /// Annotation `i`.
    fn get(&self, i: u32) -> AnnRef<'_> {
        let (head, start) = self.heads[i as usize];
        AnnRef {
            head,
            bits: &self.bits[start..start + head.words()],
        }
    }

    /// The action of `ann`'s inadequacy that wins with the lookaheads `las` (see
    /// [`Competing::dominant`]).
    fn dominant(
        &self,
        g: &Grammar,
        lr0: &Lr0,
        ann: AnnRef<'_>,
        las: Lookaheads<'_>,
        split_stable: bool,
    ) -> Dominant {
        let inad = &self.inadequacies[ann.head.inadequacy as usize];
        let competing = Competing {
            state: inad.state,
            token: inad.token,
            reductions: &inad.reductions,
            shift: inad.shift,
        };
        competing.dominant(g, lr0, ann, las, split_stable)
    }
}

/// The actions of an inadequacy, borrowed.
#[derive(Clone, Copy)]
struct Competing<'a> {
    state: usize,
    token: usize,
    reductions: &'a [usize],
    shift: bool,
}

impl Competing<'_> {
    /// The action that wins with the lookaheads `las`, given the contributions `ann`, as bison
    /// resolves conflicts: by precedence, then shift over reduce, then the earliest reduction.
    /// With `split_stable`, only a winner that no lookahead can change counts.
    fn dominant(
        self,
        g: &Grammar,
        lr0: &Lr0,
        ann: AnnRef<'_>,
        las: Lookaheads<'_>,
        split_stable: bool,
    ) -> Dominant {
        let token = self.token;
        let makes = |ci: usize| {
            ann.always(ci)
                || match las {
                    Lookaheads::Full => ann.items(ci).iter().any(|&w| w != 0),
                    Lookaheads::Kernel(None) => false,
                    Lookaheads::Kernel(Some(l)) => {
                        bits(ann.items(ci)).any(|j| l[j].contains(token))
                    }
                }
        };
        if self.shift {
            let shift = self.reductions.len();
            let Some(tprec) = g.terminals[token].prec else {
                return Dominant::Contribution(shift);
            };
            let mut stable_over_shift = false;
            let mut stable_error = false;
            let mut rr: Option<usize> = None;
            for (ci, &ri) in self.reductions.iter().enumerate() {
                let p = lr0.reductions[self.state][ri];
                let rprec = g.production(p).prec.map_or(0, |p| p.level);
                // The shift beats this reduction anyway.
                if rprec != 0
                    && (rprec < tprec.level
                        || (rprec == tprec.level && tprec.assoc == Assoc::Right))
                {
                    continue;
                }
                if !makes(ci) {
                    continue;
                }
                if rprec == tprec.level && tprec.assoc == Assoc::Nonassoc {
                    if stable_over_shift {
                        return Dominant::None;
                    }
                    if !split_stable || ann.always(ci) {
                        return Dominant::Error;
                    }
                    stable_error = true;
                }
                let first = *rr.get_or_insert(ci);
                if rprec != 0 {
                    // This reduction beats the shift.
                    if stable_error {
                        return Dominant::None;
                    }
                    if !split_stable {
                        return Dominant::Contribution(first);
                    }
                    if !ann.always(first) {
                        return Dominant::None;
                    }
                    if ann.always(ci) {
                        return Dominant::Contribution(first);
                    }
                    stable_over_shift = true;
                }
            }
            if stable_over_shift || stable_error {
                return Dominant::None;
            }
            return Dominant::Contribution(shift);
        }
        // Reduce/reduce: the earliest production wins.
        for ci in 0..ann.head.contributions as usize {
            if makes(ci) {
                if split_stable && !ann.always(ci) {
                    return Dominant::None;
                }
                return Dominant::Contribution(ci);
            }
        }
        Dominant::None
    }
}

/// The inadequacies of one state whose terminals have the same actions: they are annotated
/// together.
struct Class {
    state: usize,
    reductions: Vec<usize>,
    shift: bool,
    /// Its first group: those after it in a state's list are its own.
    first_group: u32,
    /// The number of the inadequacy of each terminal (`u32::MAX`: none).
    inadequacy: Vec<u32>,
}

/// The annotations of a class's inadequacies on a set of terminals, in one state, which all
/// have the same contributions.
#[derive(Clone, Copy)]
struct Group {
    class: u32,
    state: u32,
    /// The shape of its block of words (`inadequacy` is unused).
    head: Head,
    /// Where its terminals start in `Annotator::tokens` (one terminal set each).
    tokens: usize,
    /// Where its block of words starts in `Annotator::bits`.
    bits: usize,
}

/// For each contribution of a class, the terminals for which a state makes it always, and for
/// each kernel item, those for which the item's lookaheads make it: the annotations of a set
/// of terminals, before they are sorted into groups.
#[derive(Default)]
struct Makers {
    /// Words per terminal set.
    tw: usize,
    /// Kernel items of the state.
    kernel: usize,
    contributions: usize,
    /// `contributions` terminal sets.
    always: Vec<u64>,
    /// For each contribution and kernel item, where its terminal set is in `items`
    /// (`u32::MAX`: it has none).
    slot: Vec<u32>,
    /// Terminal sets, `tw` words each.
    items: Vec<u64>,
    /// For each contribution, the items with a terminal set, as bits.
    touched: Vec<u64>,
}

impl Makers {
    fn reset(&mut self, tw: usize, contributions: usize, kernel: usize) {
        self.tw = tw;
        self.kernel = kernel;
        self.contributions = contributions;
        self.always.clear();
        self.always.resize(contributions * tw, 0);
        self.slot.clear();
        self.slot.resize(contributions * kernel, u32::MAX);
        self.items.clear();
        self.touched.clear();
        self.touched.resize(contributions * kernel.div_ceil(64), 0);
    }

    fn always_mut(&mut self, ci: usize) -> &mut [u64] {
        &mut self.always[ci * self.tw..(ci + 1) * self.tw]
    }

    fn touched(&self, ci: usize) -> &[u64] {
        let w = self.kernel.div_ceil(64);
        &self.touched[ci * w..(ci + 1) * w]
    }

    /// The terminals of item `j` for contribution `ci` (one of the touched ones).
    fn item(&self, ci: usize, j: usize) -> &[u64] {
        let at = self.slot[ci * self.kernel + j] as usize;
        &self.items[at..at + self.tw]
    }

    /// Adds `tokens & set` to the terminals of item `j` for contribution `ci`.
    fn add_item(&mut self, ci: usize, j: usize, tokens: &[u64], set: Option<&[u64]>) {
        let w = self.kernel.div_ceil(64);
        set_bit(&mut self.touched[ci * w..(ci + 1) * w], j);
        let slot = &mut self.slot[ci * self.kernel + j];
        if *slot == u32::MAX {
            *slot = self.items.len() as u32;
            self.items.resize(self.items.len() + self.tw, 0);
        }
        let at = *slot as usize;
        let dst = &mut self.items[at..at + self.tw];
        match set {
            Some(set) => {
                for ((d, &t), &s) in dst.iter_mut().zip(tokens).zip(set) {
                    *d |= t & s;
                }
            }
            None => {
                for (d, &t) in dst.iter_mut().zip(tokens) {
                    *d |= t;
                }
            }
        }
    }

    /// Splits the terminal sets `parts` (`tw` words each) so that the terminals of each part
    /// have the same annotation.
    fn partition(&self, parts: &mut Vec<u64>) {
        let tw = self.tw;
        let mut refine = |by: &[u64]| {
            if by.iter().all(|&w| w == 0) {
                return;
            }
            for i in 0..parts.len() / tw {
                let part = &parts[i * tw..(i + 1) * tw];
                let inside = part.iter().zip(by).any(|(&p, &b)| p & b != 0);
                let outside = part.iter().zip(by).any(|(&p, &b)| p & !b != 0);
                if inside && outside {
                    for k in 0..tw {
                        let w = parts[i * tw + k];
                        parts[i * tw + k] = w & by[k];
                        parts.push(w & !by[k]);
                    }
                }
            }
        };
        for ci in 0..self.contributions {
            refine(&self.always[ci * tw..(ci + 1) * tw]);
            for j in bits(self.touched(ci)) {
                refine(self.item(ci, j));
            }
        }
    }

    /// The annotation of terminal `t` (of class `class`), into `ann`.
    fn annotation(&self, class: usize, t: usize, ann: &mut Annotation) {
        ann.reset(class, self.contributions, self.kernel);
        let has = |set: &[u64]| set[t / 64] & (1 << (t % 64)) != 0;
        for ci in 0..self.contributions {
            if has(&self.always[ci * self.tw..(ci + 1) * self.tw]) {
                ann.set_always(ci);
                continue;
            }
            for j in bits(self.touched(ci)) {
                if has(self.item(ci, j)) {
                    set_bit(ann.items_mut(ci), j);
                }
            }
        }
    }
}

/// Phase 2's working state.
///
/// The conflicts of a state on several terminals with the same actions are often carried back
/// along the same items, as in the reduce/reduce conflicts of merged states. They are annotated
/// together: a *group* stands for the annotations of the inadequacies of a class on a set of
/// terminals, all with the same contributions, and is carried back once for all of them. It
/// splits where its terminals part ways (when a predecessor brings some of them and not the
/// others). Phase 3 receives one annotation per terminal.
struct Annotator<'a> {
    g: &'a Grammar,
    items: &'a Items,
    lr0: &'a Lr0,
    aux: &'a Aux,
    /// LALR(1) `Follow` of every goto.
    follow: &'a [BitSet],
    /// The states with a transition to each state.
    predecessors: &'a [Vec<usize>],
    /// The LALR(1) lookaheads of kernel items, computed on demand.
    item_lookaheads: Vec<Vec<Option<BitSet>>>,
    /// The part of them that every path brings, computed on demand (see
    /// [`Annotator::compute_always_lookaheads`]).
    always_lookaheads: Vec<Vec<Option<BitSet>>>,
    /// Words per terminal set.
    tw: usize,
    inadequacies: Vec<Inadequacy>,
    classes: Vec<Class>,
    groups: Vec<Group>,
    /// The terminals of every group.
    tokens: Vec<u64>,
    /// The annotation words of every group.
    bits: Vec<u64>,
    /// The groups of each state.
    per_state: Vec<Vec<u32>>,
    /// Groups whose predecessors' groups are still to be computed.
    work: Vec<u32>,
    /// The group being carried back: its terminals and annotation.
    current_tokens: Vec<u64>,
    current: Annotation,
    makers: Makers,
    parts: Vec<u64>,
    unstable: Vec<u64>,
    scratch: Annotation,
}

impl<'a> Annotator<'a> {
    fn new(
        g: &'a Grammar,
        items: &'a Items,
        lr0: &'a Lr0,
        aux: &'a Aux,
        follow: &'a [BitSet],
        predecessors: &'a [Vec<usize>],
    ) -> Self {
        let ns = lr0.kernels.len();
        Annotator {
            g,
            items,
            lr0,
            aux,
            follow,
            predecessors,
            item_lookaheads: vec![Vec::new(); ns],
            always_lookaheads: vec![Vec::new(); ns],
            tw: g.num_terminals().div_ceil(64),
            inadequacies: Vec::new(),
            classes: Vec::new(),
            groups: Vec::new(),
            tokens: Vec::new(),
            bits: Vec::new(),
            per_state: vec![Vec::new(); ns],
            work: Vec::new(),
            current_tokens: Vec::new(),
            current: Annotation::default(),
            makers: Makers::default(),
            parts: Vec::new(),
            unstable: Vec::new(),
            scratch: Annotation::default(),
        }
    }

    /// Annotates every state, given the LALR(1) lookaheads of the reductions.
    fn run(mut self, lookaheads: &[Vec<BitSet>]) -> Annotations {
        let (g, lr0) = (self.g, self.lr0);
        let nt = g.num_terminals();
        for (s, las) in lookaheads.iter().enumerate() {
            let reds = &lr0.reductions[s];
            let mut shifts = BitSet::new(nt);
            for &(sym, _) in &lr0.transitions[s] {
                if let Symbol::Term(t) = sym {
                    shifts.insert(t.index());
                }
            }
            // A state with one reduction and no shift needs no lookahead (bison's
            // "consistent" states).
            if reds.len() <= 1 && (reds.is_empty() || shifts.is_empty()) {
                continue;
            }
            let mut conflicted = BitSet::new(nt);
            let mut tokens = shifts.clone();
            for la in las {
                let mut both = tokens.clone();
                both.intersect_with(la);
                conflicted.union_with(&both);
                tokens.union_with(la);
            }
            // The classes of the conflicts, in the order of their first terminal.
            let mut classes: Vec<(Vec<usize>, bool, BitSet)> = Vec::new();
            for token in conflicted.iter() {
                let reductions: Vec<usize> = (0..las.len())
                    .filter(|&ri| las[ri].contains(token))
                    .collect();
                let shift = shifts.contains(token);
                match classes
                    .iter_mut()
                    .find(|c| c.0 == reductions && c.1 == shift)
                {
                    Some(c) => {
                        c.2.insert(token);
                    }
                    None => {
                        let mut set = BitSet::new(nt);
                        set.insert(token);
                        classes.push((reductions, shift, set));
                    }
                }
            }
            for (reductions, shift, tokens) in classes {
                self.class(s, reductions, shift, &tokens);
            }
        }
        self.expand()
    }

    /// Annotates state `s` with its inadequacies on `tokens`, which all have the actions
    /// `reductions` (and the shift, with `shift`), if lookaheads can change them, and carries
    /// the annotations back to the predecessors.
    fn class(&mut self, s: usize, reductions: Vec<usize>, shift: bool, tokens: &BitSet) {
        let (g, items, lr0, aux) = (self.g, self.items, self.lr0, self.aux);
        let class = self.classes.len();
        let count = reductions.len() + usize::from(shift);
        let tw = self.tw;
        let mut makers = std::mem::take(&mut self.makers);
        makers.reset(tw, count, lr0.kernels[s].len());
        let t = tokens.words();
        for (ci, &ri) in reductions.iter().enumerate() {
            let p = lr0.reductions[s][ri];
            let prod = g.production(p);
            if prod.rhs.is_empty() {
                let x = aux.goto(lr0, s, prod.lhs);
                self.lhs_makers(&mut makers, ci, s, x, t);
            } else {
                // The reduction's own kernel item.
                let item = items.first[p.index()] + prod.rhs.len() as u32;
                makers.add_item(ci, kernel_pos(lr0, s, item), t, None);
            }
        }
        if shift {
            makers.always_mut(count - 1).copy_from_slice(t);
        }
        self.classes.push(Class {
            state: s,
            reductions,
            shift,
            first_group: self.groups.len() as u32,
            inadequacy: vec![u32::MAX; g.num_terminals()],
        });
        let mut parts = std::mem::take(&mut self.parts);
        parts.clear();
        parts.extend_from_slice(t);
        makers.partition(&mut parts);
        let mut ann = std::mem::take(&mut self.scratch);
        let mut kept = vec![0u64; tw];
        let mut unstable = vec![0u64; tw];
        for part in parts.chunks(tw) {
            let first = bits(part).next().expect("parts are not empty");
            makers.annotation(class, first, &mut ann);
            // A reduction that the state does not always make could be left out.
            let potential = (0..self.classes[class].reductions.len()).any(|ci| !ann.always(ci));
            // Unless its resolution is the same whatever the lookaheads.
            if !potential || !self.unstable(class, part, &ann, &mut unstable) {
                continue;
            }
            kept.fill(0);
            for token in bits(&unstable) {
                if !self.resolved_on_every_path(class, token, &ann) {
                    set_bit(&mut kept, token);
                    let c = &mut self.classes[class];
                    c.inadequacy[token] = self.inadequacies.len() as u32;
                    self.inadequacies.push(Inadequacy {
                        state: s,
                        token,
                        reductions: c.reductions.clone(),
                        shift,
                    });
                }
            }
            self.insert(s, class, &mut kept, &ann);
        }
        self.parts = parts;
        self.makers = makers;
        self.scratch = ann;
        while let Some(a) = self.work.pop() {
            self.predecessor_groups(a as usize);
        }
    }

    /// Puts in `out` the terminals of `tokens` whose inadequacy of class `class` can be
    /// resolved differently by lookaheads, with the contributions `ann`; returns whether there
    /// are any. Of the terminal, only its precedence matters, and only with a shift.
    fn unstable(&self, class: usize, tokens: &[u64], ann: &Annotation, out: &mut Vec<u64>) -> bool {
        let (g, lr0) = (self.g, self.lr0);
        let depends = |token: usize| {
            self.competing(class, token)
                .dominant(g, lr0, ann.as_ref(), Lookaheads::Full, true)
                == Dominant::None
        };
        out.clear();
        out.extend_from_slice(tokens);
        let first = bits(tokens).next().expect("tokens are not empty");
        if !self.classes[class].shift {
            return depends(first);
        }
        // The precedences seen, and whether their terminals are unstable.
        let mut seen: Vec<(Option<Prec>, bool)> = Vec::new();
        let mut any = false;
        for token in bits(tokens) {
            let prec = g.terminals[token].prec;
            let keep = match seen.iter().find(|(p, _)| *p == prec) {
                Some(&(_, keep)) => keep,
                None => {
                    let keep = depends(token);
                    seen.push((prec, keep));
                    keep
                }
            };
            if keep {
                any = true;
            } else {
                out[token / 64] &= !(1 << (token % 64));
            }
        }
        any
    }

    /// The actions of class `class`'s inadequacy on `token`.
    fn competing(&self, class: usize, token: usize) -> Competing<'_> {
        let c = &self.classes[class];
        Competing {
            state: c.state,
            token,
            reductions: &c.reductions,
            shift: c.shift,
        }
    }

    /// Records the annotations `ann` of class `class`'s inadequacies on `tokens` in `s`, but
    /// for the terminals that already have it there.
    fn insert(&mut self, s: usize, class: usize, tokens: &mut [u64], ann: &Annotation) {
        let first = self.classes[class].first_group;
        let tw = self.tw;
        for &gi in self.per_state[s].iter().rev() {
            if gi < first {
                break;
            }
            let other = self.groups[gi as usize];
            let len = ann.bits.len();
            if other.head == ann.head && self.bits[other.bits..other.bits + len] == ann.bits[..] {
                for (t, &o) in tokens
                    .iter_mut()
                    .zip(&self.tokens[other.tokens..other.tokens + tw])
                {
                    *t &= !o;
                }
            }
        }
        if tokens.iter().all(|&w| w == 0) {
            return;
        }
        let id = self.groups.len() as u32;
        self.groups.push(Group {
            class: class as u32,
            state: s as u32,
            head: ann.head,
            tokens: self.tokens.len(),
            bits: self.bits.len(),
        });
        self.tokens.extend_from_slice(tokens);
        self.bits.extend_from_slice(&ann.bits);
        self.per_state[s].push(id);
        self.work.push(id);
    }

    /// Carries group `a` back to each predecessor of its state.
    fn predecessor_groups(&mut self, a: usize) {
        let (g, items, lr0, aux) = (self.g, self.items, self.lr0, self.aux);
        let group = self.groups[a];
        let tw = self.tw;
        let mut ann = std::mem::take(&mut self.current);
        let len = group.head.words();
        ann.head = group.head;
        ann.bits.clear();
        ann.bits
            .extend_from_slice(&self.bits[group.bits..group.bits + len]);
        let mut t = std::mem::take(&mut self.current_tokens);
        t.clear();
        t.extend_from_slice(&self.tokens[group.tokens..group.tokens + tw]);
        let s = group.state as usize;
        let class = group.class as usize;
        let count = ann.head.contributions as usize;
        let mut makers = std::mem::take(&mut self.makers);
        let mut parts = std::mem::take(&mut self.parts);
        let mut node = std::mem::take(&mut self.scratch);
        let mut unstable = std::mem::take(&mut self.unstable);
        let predecessors = self.predecessors;
        for &p in &predecessors[s] {
            makers.reset(tw, count, lr0.kernels[p].len());
            for ci in 0..count {
                if ann.always(ci) {
                    makers.always_mut(ci).copy_from_slice(&t);
                    continue;
                }
                for j in bits(ann.items(ci)) {
                    let item = lr0.kernels[s][j];
                    if items.dot[item as usize] == 1 {
                        // The item's lookaheads are the follows of its lhs in `p`.
                        let lhs = g.production(items.prod[item as usize]).lhs;
                        let x = aux.goto(lr0, p, lhs);
                        self.lhs_makers(&mut makers, ci, p, x, &t);
                    } else {
                        let pj = kernel_pos(lr0, p, item - 1);
                        self.compute_item_lookaheads(p, pj);
                        let la = self.item_lookaheads[p][pj].as_ref().expect("computed");
                        makers.add_item(ci, pj, &t, Some(la.words()));
                    }
                }
            }
            parts.clear();
            parts.extend_from_slice(&t);
            makers.partition(&mut parts);
            for part in parts.chunks(tw) {
                let first = bits(part).next().expect("parts are not empty");
                makers.annotation(class, first, &mut node);
                let potential =
                    (0..count).any(|ci| !node.always(ci) && node.items(ci).iter().any(|&w| w != 0));
                if potential && self.unstable(class, part, &node, &mut unstable) {
                    self.insert(p, class, &mut unstable, &node);
                }
            }
        }
        self.unstable = unstable;
        self.makers = makers;
        self.parts = parts;
        self.scratch = node;
        self.current = ann;
        self.current_tokens = t;
    }

    /// How the terminals `t` reach the lookaheads of the reductions to the lhs of goto `x` of
    /// `s` (contribution `ci`): always (the goto's always follows), or through the kernel items
    /// of `s` whose lookaheads hold them.
    fn lhs_makers(&mut self, makers: &mut Makers, ci: usize, s: usize, x: usize, t: &[u64]) {
        let aux = self.aux;
        for (d, (&a, &b)) in makers
            .always_mut(ci)
            .iter_mut()
            .zip(t.iter().zip(aux.always_follows[x].words()))
        {
            *d |= a & b;
        }
        for j in aux.follow_kernel_items[x].iter() {
            self.compute_item_lookaheads(s, j);
            let la = self.item_lookaheads[s][j].as_ref().expect("computed");
            makers.add_item(ci, j, t, Some(la.words()));
        }
    }

    /// The annotations of every state, one per inadequacy and set of contributions.
    fn expand(self) -> Annotations {
        let mut out = Annotations {
            inadequacies: self.inadequacies,
            heads: Vec::new(),
            bits: Vec::new(),
            per_state: vec![Vec::new(); self.per_state.len()],
        };
        let tw = self.tw;
        let count = |gi: u32| bits(&self.tokens[self.groups[gi as usize].tokens..][..tw]).count();
        let total: usize = self
            .groups
            .iter()
            .enumerate()
            .map(|(gi, _)| count(gi as u32))
            .sum();
        out.heads.reserve(total);
        out.bits.reserve(total * 3);
        for (s, groups) in self.per_state.iter().enumerate() {
            out.per_state[s].reserve(groups.iter().map(|&gi| count(gi)).sum());
            for &gi in groups {
                let group = self.groups[gi as usize];
                let class = &self.classes[group.class as usize];
                let words = &self.bits[group.bits..group.bits + group.head.words()];
                for token in bits(&self.tokens[group.tokens..group.tokens + tw]) {
                    let head = Head {
                        inadequacy: class.inadequacy[token],
                        ..group.head
                    };
                    out.per_state[s].push(out.heads.len() as u32);
                    out.heads.push((head, out.bits.len()));
                    out.bits.extend_from_slice(words);
                }
            }
        }
        out
    }

    /// Whether the resolution of the inadequacy of class `class` on `token`, whose contributions
    /// `ann` annotates in the class's state, is the same on every path to that state, because
    /// `token` is in the lookaheads of the kernel items of enough contributions on every path.
    ///
    /// An annotation records a contribution as made always only when the state itself brings
    /// the token. Here a contribution also counts as always made when the token reaches its
    /// kernel items from the always follows of the gotos where their productions start,
    /// whatever the path ([`Annotator::compute_always_lookaheads`]). In phase 3 such an item
    /// carries the token in every state of its core, so the inadequacy's dominant contribution
    /// is the same in all of them and it can split none: its annotations would only cost time.
    fn resolved_on_every_path(&mut self, class: usize, token: usize, ann: &Annotation) -> bool {
        let (g, items, lr0) = (self.g, self.items, self.lr0);
        let s = self.classes[class].state;
        let mut sure = ann.clone();
        let mut more = false;
        for ci in 0..self.classes[class].reductions.len() {
            if sure.always(ci) {
                continue;
            }
            let ri = self.classes[class].reductions[ci];
            let p = lr0.reductions[s][ri];
            let prod = g.production(p);
            let always = if prod.rhs.is_empty() {
                let x = self.aux.goto(lr0, s, prod.lhs);
                self.aux.follow_kernel_items[x]
                    .iter()
                    .any(|j| self.always_has(s, j, token))
            } else {
                let item = items.first[p.index()] + prod.rhs.len() as u32;
                self.always_has(s, kernel_pos(lr0, s, item), token)
            };
            if always {
                sure.set_always(ci);
                more = true;
            }
        }
        more && self
            .competing(class, token)
            .dominant(g, lr0, sure.as_ref(), Lookaheads::Full, true)
            != Dominant::None
    }

    /// Whether `token` is in the lookaheads of kernel item `j` of `s` on every path to `s`.
    fn always_has(&mut self, s: usize, j: usize, token: usize) -> bool {
        if self.always_lookaheads[s].is_empty() {
            self.always_lookaheads[s] = vec![None; self.lr0.kernels[s].len()];
        }
        if self.always_lookaheads[s][j].is_none() {
            self.compute_always_lookaheads(s, j);
        }
        self.always_lookaheads[s][j]
            .as_ref()
            .is_some_and(|set| set.contains(token))
    }

    /// The terminals in the lookaheads of kernel item `j` of `s` on every path to `s`, as far
    /// as the always follows of gotos show them: for an item `A: X . α`, those of the goto on
    /// `A` from every predecessor; further right, those of the item before in every
    /// predecessor.
    fn compute_always_lookaheads(&mut self, s: usize, j: usize) {
        let (g, items, lr0, aux) = (self.g, self.items, self.lr0, self.aux);
        let item = lr0.kernels[s][j];
        let predecessors = self.predecessors;
        let mut set: Option<BitSet> = None;
        // `$accept: . start $end` and `$accept: start . $end` have none.
        if item > 1 && !predecessors[s].is_empty() {
            if items.dot[item as usize] == 1 {
                let lhs = g.production(items.prod[item as usize]).lhs;
                for &p in &predecessors[s] {
                    let follows = &aux.always_follows[aux.goto(lr0, p, lhs)];
                    match &mut set {
                        None => set = Some(follows.clone()),
                        Some(set) => set.intersect_with(follows),
                    }
                }
            } else {
                // The dot moves back one symbol in every predecessor: no cycle.
                for &p in &predecessors[s] {
                    let pj = kernel_pos(lr0, p, item - 1);
                    if self.always_lookaheads[p].is_empty() {
                        self.always_lookaheads[p] = vec![None; lr0.kernels[p].len()];
                    }
                    if self.always_lookaheads[p][pj].is_none() {
                        self.compute_always_lookaheads(p, pj);
                    }
                    let before = self.always_lookaheads[p][pj]
                        .as_ref()
                        .expect("just computed");
                    match &mut set {
                        None => set = Some(before.clone()),
                        Some(set) => set.intersect_with(before),
                    }
                }
            }
        }
        self.always_lookaheads[s][j] = Some(set.unwrap_or_else(|| BitSet::new(g.num_terminals())));
    }

    fn compute_item_lookaheads(&mut self, s: usize, j: usize) {
        if self.item_lookaheads[s].is_empty() {
            self.item_lookaheads[s] = vec![None; self.lr0.kernels[s].len()];
        }
        if self.item_lookaheads[s][j].is_some() {
            return;
        }
        let mut set = BitSet::new(self.g.num_terminals());
        let item = self.lr0.kernels[s][j];
        let predecessors = self.predecessors;
        // `$accept: . start $end` and `$accept: start . $end` have none.
        if item > 1 {
            let prod = self.items.prod[item as usize];
            if self.items.dot[item as usize] == 1 {
                let lhs = self.g.production(prod).lhs;
                for &p in &predecessors[s] {
                    set.union_with(&self.follow[self.aux.goto(self.lr0, p, lhs)]);
                }
            } else {
                // The dot moves back one symbol in every predecessor: no cycle.
                for &p in &predecessors[s] {
                    let pj = kernel_pos(self.lr0, p, item - 1);
                    self.compute_item_lookaheads(p, pj);
                    if let Some(more) = &self.item_lookaheads[p][pj] {
                        set.union_with(more);
                    }
                }
            }
        }
        self.item_lookaheads[s][j] = Some(set);
    }
}

// ---------------------------------------------------------------------------------------------
// Phase 3.

/// Whether a state's kernel lookaheads (`None`: all empty) are `las`.
fn same_lookaheads(have: Option<&[BitSet]>, las: &[BitSet]) -> bool {
    match have {
        Some(have) => have == las,
        None => las.iter().all(BitSet::is_empty),
    }
}

/// A state of the split automaton.
struct Node {
    /// The LR(0) state whose items it has.
    core: usize,
    /// Whether it was computed as a successor of some state.
    recomputed: bool,
    /// The next state of the ring of states with its core.
    next_isocore: usize,
    /// The lookaheads of its kernel items (`None`: all empty).
    lookaheads: Option<Vec<BitSet>>,
    /// For IELR(1), the dominant contribution of each annotation of its core with these
    /// lookaheads, once computed.
    dominants: Option<Vec<Dominant>>,
    /// The targets of its transitions, parallel to the core's.
    transitions: Vec<usize>,
}

struct Splitter<'a> {
    g: &'a Grammar,
    items: &'a Items,
    lr0: &'a Lr0,
    aux: &'a Aux,
    /// IELR(1)'s annotations; `None` for canonical LR(1).
    annotations: Option<&'a Annotations>,
    /// For IELR(1): per core, the terminals worth tracking on each kernel item (none at all
    /// when the core has no annotation).
    filters: Vec<Vec<BitSet>>,
    nodes: Vec<Node>,
    /// For canonical LR(1): the state of each core and kernel lookaheads.
    by_lookaheads: HashMap<(usize, Vec<BitSet>), usize, FastHash>,
    max_states: usize,
}

impl<'a> Splitter<'a> {
    fn new(
        g: &'a Grammar,
        items: &'a Items,
        lr0: &'a Lr0,
        aux: &'a Aux,
        annotations: Option<&'a Annotations>,
        max_states: usize,
    ) -> Self {
        let nt = g.num_terminals();
        let mut filters = Vec::new();
        if let Some(a) = annotations {
            filters = a
                .per_state
                .iter()
                .enumerate()
                .map(|(s, anns)| {
                    if anns.is_empty() {
                        return Vec::new();
                    }
                    let mut f = vec![BitSet::new(nt); lr0.kernels[s].len()];
                    for &ai in anns {
                        let ann = a.get(ai);
                        let token = a.inadequacies[ann.head.inadequacy as usize].token;
                        for ci in 0..ann.head.contributions as usize {
                            for j in bits(ann.items(ci)) {
                                f[j].insert(token);
                            }
                        }
                    }
                    f
                })
                .collect();
        }
        let nodes = (0..lr0.kernels.len())
            .map(|s| Node {
                core: s,
                recomputed: false,
                next_isocore: s,
                lookaheads: None,
                dominants: None,
                transitions: lr0.transitions[s].iter().map(|(_, t)| t.index()).collect(),
            })
            .collect();
        Splitter {
            g,
            items,
            lr0,
            aux,
            annotations,
            filters,
            nodes,
            by_lookaheads: HashMap::default(),
            max_states,
        }
    }

    /// Recomputes every state from state 0, splitting where lookaheads require it.
    fn run(&mut self) -> Result<(), usize> {
        let mut s = 0;
        while s < self.nodes.len() {
            for i in 0..self.nodes[s].transitions.len() {
                self.successor(s, i)?;
            }
            s += 1;
        }
        Ok(())
    }

    /// Recomputes the successor of `s` by its transition `i`, then lets any lookaheads that
    /// grew flow on (depth first, as bison's recursion does).
    fn successor(&mut self, s: usize, i: usize) -> Result<(), usize> {
        let t = self.nodes[s].transitions[i];
        if let Some(a) = self.annotations {
            if a.per_state[self.nodes[t].core].is_empty() {
                // Nothing to track: the successor is the state itself.
                self.nodes[t].recomputed = true;
                return Ok(());
            }
        }
        let mut stack: Vec<(usize, usize)> = Vec::new();
        let las = self.successor_lookaheads(s, t);
        if let Some(x) = self.place(s, i, las)? {
            stack.push((x, 0));
        }
        while let Some(top) = stack.last_mut() {
            let (x, i) = *top;
            let Some(&t2) = self.nodes[x].transitions.get(i) else {
                stack.pop();
                continue;
            };
            // Successors not computed yet get these lookaheads when the main loop reaches
            // them; so do the ones after them.
            if !self.nodes[t2].recomputed {
                stack.pop();
                continue;
            }
            top.1 += 1;
            let las = self.successor_lookaheads(x, t2);
            if let Some(y) = self.place(x, i, las)? {
                stack.push((y, 0));
            }
        }
        Ok(())
    }

    /// The lookaheads that the kernel items of `t`, a successor of `s`, get from `s` (only the
    /// tracked ones).
    fn successor_lookaheads(&self, s: usize, t: usize) -> Vec<BitSet> {
        let nt = self.g.num_terminals();
        let core = self.nodes[t].core;
        let filter = self.annotations.map(|_| &self.filters[core]);
        let from = &self.nodes[s];
        let mut out = vec![BitSet::new(nt); self.lr0.kernels[core].len()];
        for (j, &item) in self.lr0.kernels[core].iter().enumerate() {
            if item <= 1 || filter.is_some_and(|f| f.get(j).is_none_or(BitSet::is_empty)) {
                continue;
            }
            if self.items.dot[item as usize] == 1 {
                let lhs = self.g.production(self.items.prod[item as usize]).lhs;
                self.goto_follows(from, lhs, &mut out[j]);
            } else if let Some(las) = &from.lookaheads {
                out[j].union_with(&las[kernel_pos(self.lr0, from.core, item - 1)]);
            }
            if let Some(f) = filter {
                out[j].intersect_with(&f[j]);
            }
        }
        out
    }

    /// Adds to `out` the follows of the goto on `n` from `node`, given its lookaheads.
    fn goto_follows(&self, node: &Node, n: NontermId, out: &mut BitSet) {
        let x = self.aux.goto(self.lr0, node.core, n);
        out.union_with(&self.aux.always_follows[x]);
        if let Some(las) = &node.lookaheads {
            for j in self.aux.follow_kernel_items[x].iter() {
                out.union_with(&las[j]);
            }
        }
    }

    /// Places the successor of `s` by transition `i`, with kernel lookaheads `las`: in a
    /// compatible state of its core, or in a new one. Returns the state whose lookaheads grew
    /// after it had been computed, if any: they must flow on to its successors.
    fn place(&mut self, s: usize, i: usize, las: Vec<BitSet>) -> Result<Option<usize>, usize> {
        let t = self.nodes[s].transitions[i];
        let Some(annotations) = self.annotations else {
            return self.place_canonical(s, i, t, las);
        };
        let (g, lr0) = (self.g, self.lr0);
        let core = self.nodes[t].core;
        // Lookaheads equal to the state's own: the state is compatible and does not grow.
        if self.nodes[t].recomputed && same_lookaheads(self.nodes[t].lookaheads.as_deref(), &las) {
            return Ok(None);
        }
        let anns = &annotations.per_state[core];
        let dominants = |las: Option<&[BitSet]>| -> Vec<Dominant> {
            anns.iter()
                .map(|&a| {
                    annotations.dominant(g, lr0, annotations.get(a), Lookaheads::Kernel(las), false)
                })
                .collect()
        };
        let mut wanted: Option<Vec<Dominant>> = None;
        // The first state of the ring, from `t`, that is not computed yet or agrees on every
        // annotation's dominant contribution.
        let mut x = t;
        let mut last = t;
        let found = loop {
            if !self.nodes[x].recomputed {
                break Some(x);
            }
            let wanted = wanted.get_or_insert_with(|| dominants(Some(&las)));
            let node = &mut self.nodes[x];
            let have = node
                .dominants
                .get_or_insert_with(|| dominants(node.lookaheads.as_deref()));
            let compatible = wanted
                .iter()
                .zip(have.iter())
                .all(|(&w, &d)| w == Dominant::None || d == Dominant::None || d == w);
            if compatible {
                break Some(x);
            }
            last = x;
            x = node.next_isocore;
            if x == t {
                break None;
            }
        };
        let has_lookaheads = las.iter().any(|l| !l.is_empty());
        let Some(x) = found else {
            let id = self.new_state(t, has_lookaheads.then_some(las))?;
            self.nodes[id].next_isocore = t;
            self.nodes[id].dominants = wanted;
            self.nodes[last].next_isocore = id;
            self.nodes[s].transitions[i] = id;
            return Ok(None);
        };
        self.nodes[s].transitions[i] = x;
        let mut grew = false;
        if has_lookaheads {
            let node = &mut self.nodes[x];
            let mine = node
                .lookaheads
                .get_or_insert_with(|| vec![BitSet::new(g.num_terminals()); las.len()]);
            for (have, mut new) in mine.iter_mut().zip(las) {
                new.subtract(have);
                if !new.is_empty() {
                    have.union_with(&new);
                    grew = true;
                }
            }
            if grew {
                node.dominants = None;
            }
        }
        let node = &mut self.nodes[x];
        if !node.recomputed {
            // The main loop computes its successors later.
            node.recomputed = true;
            Ok(None)
        } else {
            Ok(grew.then_some(x))
        }
    }

    /// [`place`](Self::place) for canonical LR(1): states of a core merge only when their
    /// kernel lookaheads are equal.
    fn place_canonical(
        &mut self,
        s: usize,
        i: usize,
        t: usize,
        las: Vec<BitSet>,
    ) -> Result<Option<usize>, usize> {
        let core = self.nodes[t].core;
        // A core's first state is the only one of its ring until it is computed.
        let x = if !self.nodes[t].recomputed {
            self.nodes[t].recomputed = true;
            self.nodes[t].lookaheads = Some(las.clone());
            self.by_lookaheads.insert((core, las), t);
            t
        } else {
            let key = (core, las);
            match self.by_lookaheads.get(&key) {
                Some(&x) => x,
                None => {
                    let id = self.new_state(t, Some(key.1.clone()))?;
                    self.by_lookaheads.insert(key, id);
                    id
                }
            }
        };
        self.nodes[s].transitions[i] = x;
        Ok(None)
    }

    /// A new state with `t`'s core and transitions.
    fn new_state(&mut self, t: usize, lookaheads: Option<Vec<BitSet>>) -> Result<usize, usize> {
        if self.nodes.len() >= self.max_states {
            return Err(self.max_states);
        }
        let id = self.nodes.len();
        let node = Node {
            core: self.nodes[t].core,
            recomputed: true,
            next_isocore: id,
            lookaheads,
            dominants: None,
            transitions: self.nodes[t].transitions.clone(),
        };
        self.nodes.push(node);
        Ok(id)
    }

    /// The split automaton.
    fn automaton(&self) -> Lr0 {
        let lr0 = self.lr0;
        Lr0 {
            kernels: self
                .nodes
                .iter()
                .map(|n| lr0.kernels[n.core].clone())
                .collect(),
            accessing: self.nodes.iter().map(|n| lr0.accessing[n.core]).collect(),
            transitions: self
                .nodes
                .iter()
                .map(|n| {
                    lr0.transitions[n.core]
                        .iter()
                        .zip(&n.transitions)
                        .map(|(&(sym, _), &to)| (sym, StateId::from(to)))
                        .collect()
                })
                .collect(),
            reductions: self
                .nodes
                .iter()
                .map(|n| lr0.reductions[n.core].clone())
                .collect(),
            closures: self
                .nodes
                .iter()
                .map(|n| lr0.closures[n.core].clone())
                .collect(),
        }
    }

    /// Canonical LR(1)'s reduction lookaheads: those of the reduced kernel item, or for an
    /// empty production, the follows of its lhs in the state.
    fn canonical_lookaheads(&self) -> Vec<Vec<BitSet>> {
        let nt = self.g.num_terminals();
        self.nodes
            .iter()
            .map(|node| {
                self.lr0.reductions[node.core]
                    .iter()
                    .map(|&p| {
                        let prod = self.g.production(p);
                        let mut la = BitSet::new(nt);
                        if prod.rhs.is_empty() {
                            self.goto_follows(node, prod.lhs, &mut la);
                        } else if let Some(las) = &node.lookaheads {
                            let item = self.items.first[p.index()] + prod.rhs.len() as u32;
                            la.union_with(&las[kernel_pos(self.lr0, node.core, item)]);
                        }
                        la
                    })
                    .collect()
            })
            .collect()
    }
}
