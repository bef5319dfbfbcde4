//! The states the parser reads tokens in, found exactly, each with an input that gets it
//! there.

use crate::fast_hash::FastMap;
use crate::parse::driver::{END, ERROR};
use crate::parse::table::{Act, ParseTables, TableInt};
use std::collections::hash_map::Entry as Slot;

/// Every state the parser reads a token in, in state order, with an input that gets it there.
pub(super) fn reading_states<T: TableInt>(t: &ParseTables<'_, T>) -> Vec<(usize, Vec<usize>)> {
    Summaries::run(t).reading()
}

/// A mode of [`Summaries`]: making the reductions that need no token, or holding a terminal.
const SETTLE: usize = usize::MAX;

/// Two strings of [`Strings`] to concatenate, made one only when stored.
type Pair = (usize, usize);

/// Nothing read.
const NOTHING: Pair = (Strings::EMPTY, Strings::EMPTY);

/// `(k, nonterminal, mode)`: a reduction that pops a node's state and `k` states below it.
type Exit = (usize, usize, usize);

/// An [`Exit`] in 64 bits: `k` in 20, the nonterminal in 22, the mode in 22 (all ones for
/// [`SETTLE`]), so that the tables of exits, the largest of the search, stay small.
type Packed = u64;

fn pack((k, lhs, mode): Exit) -> Packed {
    debug_assert!(k < 1 << 20 && lhs < 1 << 22 && (mode == SETTLE || (mode as u64) < MODE_MASK));
    let mode = if mode == SETTLE {
        MODE_MASK
    } else {
        mode as u64
    };
    ((k as u64) << 44) | ((lhs as u64) << 22) | mode
}

fn unpack(e: Packed) -> Exit {
    let mode = e & MODE_MASK;
    let mode = if mode == MODE_MASK {
        SETTLE
    } else {
        mode as usize
    };
    ((e >> 44) as usize, ((e >> 22) & MODE_MASK) as usize, mode)
}

const MODE_MASK: u64 = (1 << 22) - 1;

/// Token strings built by concatenation, shared: the inputs that reach each state.
#[derive(Default)]
struct Strings {
    parts: Vec<Part>,
    lens: Vec<usize>,
}

#[derive(Clone, Copy)]
enum Part {
    Empty,
    Token(usize),
    Cat(usize, usize),
}

impl Strings {
    const EMPTY: usize = 0;

    /// The empty string, then each of `terminals` tokens alone.
    fn new(terminals: usize) -> Self {
        let mut parts = vec![Part::Empty];
        parts.extend((0..terminals).map(Part::Token));
        let mut lens = vec![1; terminals + 1];
        lens[0] = 0;
        Strings { parts, lens }
    }

    fn add(&mut self, part: Part, len: usize) -> usize {
        self.parts.push(part);
        self.lens.push(len);
        self.parts.len() - 1
    }

    fn token(u: usize) -> usize {
        1 + u
    }

    fn cat(&mut self, a: usize, b: usize) -> usize {
        match (self.lens[a], self.lens[b]) {
            (0, _) => b,
            (_, 0) => a,
            (x, y) => self.add(Part::Cat(a, b), x + y),
        }
    }

    fn expand(&self, s: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.lens[s]);
        let mut todo = vec![s];
        while let Some(s) = todo.pop() {
            match self.parts[s] {
                Part::Empty => {}
                Part::Token(u) => out.push(u),
                Part::Cat(a, b) => {
                    todo.push(b);
                    todo.push(a);
                }
            }
        }
        out
    }
}

/// The states the parser can be in when it reads a token, each with an input that gets it
/// there: exactly, whatever the contexts a merged LALR(1) state is reached in.
///
/// Computed by summaries, as interprocedural analyses summarize procedures: what happens above
/// a state pushed on the stack does not depend on the stack below it, until a reduction pops
/// it. So each node (a state, and a mode: "reductions without a token" or "holding terminal
/// `u`") is explored once, and its exits (reductions that pop its state and `k` states below,
/// to a nonterminal, leaving a mode) are applied in every context that pushed it. Work goes
/// shortest input first, so the inputs are short (shortest in most cases).
struct Summaries<'a, 't, T: TableInt> {
    t: &'a ParseTables<'t, T>,
    ids: FastMap<(usize, usize), usize>,
    /// Per node: `(state, mode)`.
    nodes: Vec<(usize, usize)>,
    /// Per node: the input that first reached it, from the start.
    reached_by: Vec<usize>,
    /// Per node: its exits, with the input read from its push to the exit.
    exits: Vec<FastMap<Packed, u32>>,
    /// Per node: the nodes it pushed, with the input read from its own push to theirs.
    children: Vec<FastMap<u32, u32>>,
    /// Per node: `(node, pushed)`: a node that pushed it (`true`), or that read a token into
    /// it on the same stack (`false`).
    parents: Vec<Vec<(usize, bool)>>,
    /// The nodes to expand and the exits to pass on, by the length of their input: shortest
    /// first.
    work: Buckets,
    strings: Strings,
}

#[derive(Clone, Copy)]
enum Work {
    Expand(usize),
    Exit(usize, Exit),
}

/// A queue by small integer priorities, lowest first.
#[derive(Default)]
struct Buckets {
    buckets: Vec<Vec<Work>>,
    /// No bucket below this one holds work.
    low: usize,
}

impl Buckets {
    fn push(&mut self, priority: usize, w: Work) {
        if priority >= self.buckets.len() {
            self.buckets.resize_with(priority + 1, Vec::new);
        }
        self.buckets[priority].push(w);
        self.low = self.low.min(priority);
    }

    fn pop(&mut self) -> Option<Work> {
        while let Some(b) = self.buckets.get_mut(self.low) {
            if let Some(w) = b.pop() {
                return Some(w);
            }
            self.low += 1;
        }
        None
    }
}

impl<'a, 't, T: TableInt> Summaries<'a, 't, T> {
    fn run(t: &'a ParseTables<'t, T>) -> Self {
        let mut s = Summaries {
            t,
            ids: FastMap::default(),
            nodes: Vec::new(),
            reached_by: Vec::new(),
            exits: Vec::new(),
            children: Vec::new(),
            parents: Vec::new(),
            work: Buckets::default(),
            strings: Strings::new(t.num_terminals()),
        };
        s.node(0, SETTLE, Strings::EMPTY);
        while let Some(w) = s.work.pop() {
            match w {
                Work::Expand(n) => s.expand(n),
                Work::Exit(n, e) => {
                    for i in 0..s.parents[n].len() {
                        let (parent, pushed) = s.parents[n][i];
                        s.apply(parent, n, pushed, e);
                    }
                }
            }
        }
        s
    }

    /// Every state the parser reads a token in, with an input that gets it there.
    fn reading(&self) -> Vec<(usize, Vec<usize>)> {
        let mut out: Vec<(usize, Vec<usize>)> = self
            .nodes
            .iter()
            .enumerate()
            .filter(|&(_, &(p, mode))| mode == SETTLE && self.reads(p))
            .map(|(n, &(p, _))| (p, self.strings.expand(self.reached_by[n])))
            .collect();
        out.sort_by_key(|&(p, _)| p);
        out
    }

    fn reads(&self, p: usize) -> bool {
        matches!(
            self.t.action(p, self.t.need_token()),
            Act::Shift(_) | Act::Error
        )
    }

    fn node(&mut self, state: usize, mode: usize, reached_by: usize) -> usize {
        if let Some(&n) = self.ids.get(&(state, mode)) {
            return n;
        }
        let n = self.nodes.len();
        self.ids.insert((state, mode), n);
        self.nodes.push((state, mode));
        self.reached_by.push(reached_by);
        self.exits.push(FastMap::default());
        self.children.push(FastMap::default());
        self.parents.push(Vec::new());
        if self.reduces_at_once(state, mode).is_none() {
            let len = self.strings.lens[reached_by];
            self.work.push(len, Work::Expand(n));
        }
        n
    }

    /// What a node does by itself: pushes, exits, or reads a token.
    fn expand(&mut self, n: usize) {
        let (p, mode) = self.nodes[n];
        let t = self.t;
        let term = if mode == SETTLE { t.need_token() } else { mode };
        match t.action(p, term) {
            Act::Reduce(prod) => {
                let (len, lhs) = (t.prod_len[prod].get(), t.prod_lhs[prod].get());
                if len == 0 {
                    self.push(n, t.goto(p, lhs), mode, NOTHING);
                } else {
                    self.exit(n, (len - 1, lhs, mode), NOTHING);
                }
            }
            Act::Shift(to) if mode != SETTLE => {
                // The end of the input is read again after it is shifted.
                let next = if mode == END { END } else { SETTLE };
                self.push(n, to, next, NOTHING);
            }
            Act::Shift(_) | Act::Error if mode == SETTLE => {
                for u in (0..t.num_terminals()).filter(|&u| u != ERROR) {
                    match t.action(p, u) {
                        // A shift is pushed from here; only a reduction needs a node holding
                        // the terminal.
                        Act::Shift(to) => {
                            let next = if u == END { END } else { SETTLE };
                            self.push(n, to, next, (Strings::token(u), Strings::EMPTY));
                        }
                        // A reduction that pops this state is an exit of this node, having
                        // read the token.
                        Act::Reduce(prod) if t.prod_len[prod].get() > 0 => {
                            let lhs = t.prod_lhs[prod].get();
                            let read = (Strings::token(u), Strings::EMPTY);
                            self.exit(n, (t.prod_len[prod].get() - 1, lhs, u), read);
                        }
                        Act::Reduce(_) => {
                            let by = self.strings.cat(self.reached_by[n], Strings::token(u));
                            let c = self.node(p, u, by);
                            self.link(n, c, false);
                        }
                        Act::Accept | Act::Error => {}
                    }
                }
            }
            Act::Shift(_) | Act::Accept | Act::Error => {}
        }
    }

    /// Node `n` pushes `state` in `mode`, having read `local` since its own push.
    fn push(&mut self, n: usize, state: usize, mode: usize, local: Pair) {
        let known = self.ids.get(&(state, mode)).copied();
        if known.is_some_and(|c| self.children[n].contains_key(&(c as u32))) {
            return;
        }
        let local = self.strings.cat(local.0, local.1);
        let c = match known {
            Some(c) => c,
            None => {
                let by = self.strings.cat(self.reached_by[n], local);
                self.node(state, mode, by)
            }
        };
        // Node and string numbers fit: memory would run out long before.
        self.children[n].insert(c as u32, local as u32);
        // Holding a terminal, a state that reduces by a production it ends only exits: that
        // exit is applied here, without a node of its own to expand.
        if let Some(e) = self.reduces_at_once(state, mode) {
            let read = (local, Strings::EMPTY);
            match e {
                (0, lhs, mode) => {
                    let to = self.t.goto(self.nodes[n].0, lhs);
                    self.push(n, to, mode, read);
                }
                (k, lhs, mode) => self.exit(n, (k - 1, lhs, mode), read),
            }
            return;
        }
        self.link(n, c, true);
    }

    /// The exit of a state holding terminal `mode` whose action pops it: a reduction by a
    /// production of length 1 or more.
    fn reduces_at_once(&self, state: usize, mode: usize) -> Option<Exit> {
        if mode == SETTLE {
            return None;
        }
        match self.t.action(state, mode) {
            Act::Reduce(prod) if self.t.prod_len[prod].get() > 0 => Some((
                self.t.prod_len[prod].get() - 1,
                self.t.prod_lhs[prod].get(),
                mode,
            )),
            _ => None,
        }
    }

    fn link(&mut self, parent: usize, child: usize, pushed: bool) {
        self.parents[child].push((parent, pushed));
        let known: Vec<Exit> = self.exits[child].keys().map(|&e| unpack(e)).collect();
        for e in known {
            self.apply(parent, child, pushed, e);
        }
    }

    /// An exit of `child`, seen from a node that pushed it or read a token into it.
    fn apply(&mut self, parent: usize, child: usize, pushed: bool, e: Exit) {
        let read = self.exits[child][&pack(e)] as usize;
        if !pushed {
            let (_, u) = self.nodes[child];
            self.exit(parent, e, (Strings::token(u), read));
            return;
        }
        let read = (self.children[parent][&(child as u32)] as usize, read);
        match e {
            (0, lhs, mode) => {
                let to = self.t.goto(self.nodes[parent].0, lhs);
                self.push(parent, to, mode, read);
            }
            (k, lhs, mode) => self.exit(parent, (k - 1, lhs, mode), read),
        }
    }

    fn exit(&mut self, n: usize, e: Exit, read: Pair) {
        if let Slot::Vacant(v) = self.exits[n].entry(pack(e)) {
            let read = self.strings.cat(read.0, read.1);
            // Four billion strings would take over a hundred gigabytes first.
            v.insert(read as u32);
            let len = self.strings.lens[self.reached_by[n]] + self.strings.lens[read];
            self.work.push(len, Work::Exit(n, e));
        }
    }
}
