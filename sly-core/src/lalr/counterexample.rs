//! Counterexamples of conflicts: an input that the two conflicting actions parse differently.
//!
//! The algorithm is Isradisaikul and Myers' (C. Isradisaikul, A. C. Myers, "Finding
//! Counterexamples from Parsing Conflicts", PLDI 2015), as GNU Bison 3.8 runs it for
//! `-Wcounterexamples`:
//!
//! 1. The *state-item graph*: one node per item of every state, with an edge for each
//!    transition (`A: α . X β` in `p` to `A: α X . β` in `goto(p, X)`) and for each
//!    production step (`A: α . B β` to `B: . γ` in the same state).
//! 2. The *lookahead-sensitive shortest path* from `$accept: . start $end` in state 0 to the
//!    conflict's reduce item: a breadth-first search over pairs (state-item, precise lookahead
//!    set), where a production step from `A: α . B β` with lookaheads `L` gives `B: . γ` the
//!    lookaheads `FIRST(β L)`. The path reaches the reduce item with the conflict's terminal
//!    among its lookaheads, so the example it gives really reaches the conflict.
//! 3. The *product parser*: a best-first search over pairs of parser configurations, one for
//!    each conflicting action, both starting at the conflict item. A configuration is a path in
//!    the state-item graph (its head extends leftwards, its tail rightwards) with the partial
//!    derivations of the symbols it has seen. Both configurations shift the same symbols (so
//!    that they parse the same sentential form), reduce, take production steps, or grow
//!    leftwards by reverse transitions through the same states, each step with a cost
//!    (production steps are dear, so short derivations come first). When both have reduced
//!    the conflict item's production and each holds one derivation of the same nonterminal,
//!    the two trees are a *unifying* counterexample: one sentential form, two derivations, so
//!    the grammar is ambiguous.
//! 4. When the search runs out of steps (its [`Budget`]) or of configurations, the example is
//!    *nonunifying*: two sentential forms of `$accept` that share the prefix before the
//!    conflict point (the path of step 2) and continue differently, one with each action.
//!
//! The search counts steps, not time, so the same grammar gives the same counterexamples on
//! every machine, and it always ends: each step expands one configuration, and the budget caps
//! the steps.
//!
//! Where this differs from bison: the shortest path is an A* search (the distance to the
//! conflict item, lookaheads ignored, is its estimate), so large grammars reach their conflicts
//! in few steps; a unifying counterexample may end at any nonterminal both derivations reach
//! (bison also asks for the same item around it); an empty derivation shows the number of the
//! empty production (bison shows the enclosing one's); the one-line notation writes `::=[`.
//! Like bison, configurations with the same head, tail and length count as one, and the
//! configurations grow leftwards only through states of the shortest path.
//!
//! Take the dangling else, `stmt: IF e THEN stmt | IF e THEN stmt ELSE stmt | X`. In the state
//! after `IF e THEN stmt`, `ELSE` is both shifted (item `stmt: IF e THEN stmt . ELSE stmt`) and
//! a lookahead of `stmt: IF e THEN stmt .`. The product parser starts from these two items,
//! walks back over `stmt THEN e IF` in both, then reduces the second one to `stmt`; now both
//! are at `stmt: IF e THEN stmt . ELSE stmt` (one inside another `IF`), they shift `ELSE` and
//! `stmt`, reduce, and meet: `IF e THEN IF e THEN stmt • ELSE stmt` has two derivations.
//!
//! # Examples
//! ```
//! use sly_core::lalr::Automaton;
//! use sly_core::lalr::counterexample::{Budget, counterexample};
//!
//! let src = "%token IF E THEN ELSE X\n%%\n\
//!            stmt: IF E THEN stmt | IF E THEN stmt ELSE stmt | X ;\n";
//! let g = sly_core::yacc::parse(src).map_err(|e| format!("{e:?}"))?.build()?.grammar;
//! let a = Automaton::build(&g);
//! let conflict = a.unresolved().next().ok_or("a conflict")?;
//! let cex = counterexample(&g, &a, conflict, &mut Budget::default());
//! assert!(cex.unifying);
//! let [shift, reduce] = cex.examples(&g);
//! assert_eq!(shift, "IF E THEN IF E THEN stmt • ELSE stmt");
//! assert_eq!(shift, reduce);
//! assert_eq!(
//!     cex.derivation_text(&g, 1),
//!     "stmt ::=[ IF E THEN stmt ::=[ IF E THEN stmt • ] ELSE stmt ]"
//! );
//! assert_eq!(cex.actions[1].to_string(), "reduce 1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::bitset::BitSet;
use super::{Automaton, Conflict, Item};
use crate::grammar::{END, Grammar, Symbol};
use crate::ids::{ProdId, StateId, TermId};
use core::fmt;
use std::cell::{OnceCell, RefCell};
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};
use std::rc::Rc;

/// What a counterexample search may spend, in steps: configurations expanded by the product
/// parser plus nodes visited by the shortest-path searches.
///
/// Counting steps rather than time makes the result the same on every machine. Each conflict
/// gets at most `per_conflict` steps and all the conflicts of a grammar at most `total`; a
/// search that runs out falls back to a nonunifying counterexample and says so
/// ([`Counterexample::timed_out`]). What a search spends is taken off `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// The most steps one conflict may take.
    pub per_conflict: u64,
    /// The steps left for all the conflicts still to search.
    pub total: u64,
}

impl Budget {
    /// The default steps per conflict. The unifying counterexamples of the repository's
    /// grammars, of bison's test suite and of the classic conflicts take a few hundred steps;
    /// those of the 3,000-rule benchmark grammar (`sly_testkit::yacc::postgres_sized`) with
    /// precedence levels dropped about 5,000. A step costs about 15 µs in a debug build and
    /// 3 µs in a release build (measured by `sly-cli`'s ignored test
    /// `counterexample_search_time`).
    pub const DEFAULT_PER_CONFLICT: u64 = 20_000;
    /// The default steps for all the conflicts of a grammar: the benchmark grammar with one
    /// precedence level dropped has 108 conflicts, and their search takes 3 s in a debug build
    /// (a proc macro's), 0.5 s in a release build.
    pub const DEFAULT_TOTAL: u64 = 200_000;

    /// A budget of `per_conflict` steps per conflict and `total` in all.
    pub const fn new(per_conflict: u64, total: u64) -> Budget {
        Budget {
            per_conflict,
            total,
        }
    }

    /// The steps the next conflict may take.
    fn allowance(&self) -> u64 {
        self.per_conflict.min(self.total)
    }

    fn spend(&mut self, steps: u64) {
        self.total = self.total.saturating_sub(steps);
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(Budget::DEFAULT_PER_CONFLICT, Budget::DEFAULT_TOTAL)
    }
}

/// A derivation tree of a counterexample, with the conflict point in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Derivation {
    /// A symbol of the sentential form, not derived further (a nonterminal here stands for
    /// any of its sentences).
    Leaf(Symbol),
    /// The conflict point, `•`: where the parser stands with the conflict's lookahead next.
    Dot,
    /// A production applied: its left-hand side derives the children (in order, one per
    /// right-hand-side symbol, and the [`Dot`](Derivation::Dot) among them if it falls inside).
    Node {
        /// The production.
        prod: ProdId,
        /// The derivations of its right-hand side, and the dot.
        children: Vec<Derivation>,
    },
}

impl Derivation {
    /// The symbol this derivation derives: a leaf's symbol, a node's left-hand side (`None` for
    /// the dot).
    pub fn symbol(&self, g: &Grammar) -> Option<Symbol> {
        match self {
            Derivation::Leaf(s) => Some(*s),
            Derivation::Dot => None,
            Derivation::Node { prod, .. } => Some(Symbol::Nonterm(g.production(*prod).lhs)),
        }
    }

    /// The sentential form this derivation derives, left to right, with `None` for the dot.
    pub fn leaves(&self) -> Vec<Option<Symbol>> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(d) = stack.pop() {
            match d {
                Derivation::Leaf(s) => out.push(Some(*s)),
                Derivation::Dot => out.push(None),
                Derivation::Node { children, .. } => stack.extend(children.iter().rev()),
            }
        }
        out
    }

    /// Displays the derivation on one line, as bison does: `stmt ::=[ IF e THEN stmt • ]`.
    pub fn display<'a>(&'a self, g: &'a Grammar) -> DisplayDerivation<'a> {
        DisplayDerivation { d: self, g }
    }

    /// Whether two derivations are the same tree once their dots are taken out.
    fn same_tree(&self, other: &Derivation) -> bool {
        fn strip(ds: &[Derivation]) -> impl Iterator<Item = &Derivation> {
            ds.iter().filter(|d| !matches!(d, Derivation::Dot))
        }
        match (self, other) {
            (Derivation::Leaf(a), Derivation::Leaf(b)) => a == b,
            (
                Derivation::Node {
                    prod: p,
                    children: a,
                },
                Derivation::Node {
                    prod: q,
                    children: b,
                },
            ) => {
                p == q
                    && strip(a).count() == strip(b).count()
                    && strip(a).zip(strip(b)).all(|(x, y)| x.same_tree(y))
            }
            _ => false,
        }
    }
}

/// Display adapter of [`Derivation::display`].
#[derive(Debug)]
pub struct DisplayDerivation<'a> {
    d: &'a Derivation,
    g: &'a Grammar,
}

impl fmt::Display for DisplayDerivation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn write(d: &Derivation, g: &Grammar, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match d {
                Derivation::Leaf(s) => f.write_str(g.symbol_name(*s)),
                Derivation::Dot => f.write_str(DOT),
                Derivation::Node { prod, children } => {
                    let lhs = g.production(*prod).lhs;
                    write!(f, "{} ::=[", g.nonterminals[lhs.index()].name)?;
                    for c in children {
                        f.write_str(" ")?;
                        write(c, g, f)?;
                    }
                    f.write_str(" ]")
                }
            }
        }
        write(self.d, self.g, f)
    }
}

/// One of the two conflicting actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CexAction {
    /// Shifting the lookahead.
    Shift,
    /// Reducing by the production.
    Reduce(ProdId),
}

impl fmt::Display for CexAction {
    /// `shift`, or `reduce N` with the production's number (rule 0 is `$accept: start $end`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CexAction::Shift => f.write_str("shift"),
            CexAction::Reduce(p) => write!(f, "reduce {}", p.0),
        }
    }
}

/// A counterexample of one conflict: two derivations, one using each conflicting action.
///
/// For a shift/reduce conflict the shift comes first; for a reduce/reduce conflict, the
/// earlier production.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterexample {
    /// Whether both derivations derive the same sentential form from the same nonterminal (the
    /// grammar is then ambiguous). Otherwise they are two sentential forms of `$accept` that
    /// agree up to the conflict point, when the conflict allows it (a reduce/reduce conflict
    /// that only LALR's merging of states makes may have none such).
    pub unifying: bool,
    /// Whether the search ran out of its budget before it could find a unifying example.
    pub timed_out: bool,
    /// The derivation with each action.
    pub derivations: [Derivation; 2],
    /// The action each derivation takes at the conflict point.
    pub actions: [CexAction; 2],
    /// The steps the search took.
    pub steps: u64,
}

/// The conflict point.
const DOT: &str = "•";
/// What bison's trees show for an empty right-hand side.
const EMPTY: &str = "ε";
/// What bison's trees show under a nonterminal.
const DOWN_ARROW: &str = "↳ ";

impl Counterexample {
    /// The sentential form of each derivation: symbols separated by single spaces, `•` at the
    /// conflict point. Both are the same for a unifying counterexample.
    pub fn examples(&self, g: &Grammar) -> [String; 2] {
        let form = |d: &Derivation| {
            d.leaves()
                .iter()
                .map(|s| s.map_or(DOT, |s| g.symbol_name(s)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        [form(&self.derivations[0]), form(&self.derivations[1])]
    }

    /// Derivation `i` (0 or 1) on one line, bracketed as bison prints it with `YYFLAT=1` (which
    /// writes `→ [` where we write `::=[`):
    /// `stmt ::=[ IF e THEN stmt ::=[ IF e THEN stmt • ] ELSE stmt ]`.
    ///
    /// # Panics
    /// When `i` is not 0 or 1.
    pub fn derivation_text(&self, g: &Grammar, i: usize) -> String {
        self.derivations[i].display(g).to_string()
    }

    /// The actions as text: `shift` or `reduce N`.
    pub fn action_names(&self) -> [String; 2] {
        [self.actions[0].to_string(), self.actions[1].to_string()]
    }

    /// Displays the counterexample as bison's `-Wcounterexamples` does, each line started by
    /// `prefix`: `Example:` (or `First example:` and `Second example:`), then `Shift derivation`
    /// and `Reduce derivation` (or `First reduce derivation` and `Second reduce derivation`),
    /// each over its tree drawn with `↳` under every nonterminal.
    pub fn display<'a>(&'a self, g: &'a Grammar, prefix: &'a str) -> DisplayCounterexample<'a> {
        DisplayCounterexample {
            cex: self,
            g,
            prefix,
        }
    }
}

/// Display adapter of [`Counterexample::display`].
#[derive(Debug)]
pub struct DisplayCounterexample<'a> {
    cex: &'a Counterexample,
    g: &'a Grammar,
    prefix: &'a str,
}

impl fmt::Display for DisplayCounterexample<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (cex, g, prefix) = (self.cex, self.g, self.prefix);
        let examples = cex.examples(g);
        let shift_reduce = cex.actions[0] == CexAction::Shift;
        let labels = if shift_reduce {
            ["Shift derivation", "Reduce derivation"]
        } else {
            ["First reduce derivation", "Second reduce derivation"]
        };
        let parts = examples.iter().zip(labels).zip(&cex.derivations);
        for (i, ((example, label), derivation)) in parts.enumerate() {
            if !cex.unifying {
                let which = if i == 0 { "First" } else { "Second" };
                writeln!(f, "{prefix}  {which} example: {example}")?;
            } else if i == 0 {
                writeln!(f, "{prefix}  Example: {example}")?;
            }
            writeln!(f, "{prefix}  {label}")?;
            for line in tree_lines(derivation, g) {
                writeln!(f, "{prefix}    {line}")?;
            }
        }
        Ok(())
    }
}

/// The width of a text in columns (every character one column, as in bison's examples).
fn width(s: &str) -> usize {
    s.chars().count()
}

/// The width bison gives a derivation drawn as a tree.
fn tree_width(d: &Derivation, g: &Grammar) -> usize {
    match d {
        Derivation::Leaf(s) => width(g.symbol_name(*s)),
        Derivation::Dot => width(DOT),
        Derivation::Node { prod, children } => {
            let lhs = &g.nonterminals[g.production(*prod).lhs.index()].name;
            let mut w = width(DOWN_ARROW) + format!("{}: ", prod.0).len();
            if children.is_empty() {
                w += width(EMPTY);
            } else {
                if only_dot(children) {
                    // `ε •`: bison shows that the production derives nothing.
                    w += width(EMPTY) + 1;
                }
                w += children.iter().map(|c| tree_width(c, g)).sum::<usize>();
                w += children.len() - 1;
            }
            w.max(width(lhs))
        }
    }
}

/// Whether the children of a node are the dot alone (an empty production reduced at the
/// conflict point).
fn only_dot(children: &[Derivation]) -> bool {
    matches!(children, [Derivation::Dot])
}

fn tree_depth(d: &Derivation) -> usize {
    match d {
        Derivation::Node { children, .. } => 1 + children.iter().map(tree_depth).max().unwrap_or(1),
        _ => 1,
    }
}

/// A line of a tree being drawn: text, and blanks not yet written (so that no line ends with
/// spaces).
struct Line {
    text: String,
    padding: usize,
}

impl Line {
    /// Writes `s` when `cond`, else leaves its width blank. Returns its width.
    fn put(&mut self, cond: bool, s: &str) -> usize {
        let w = width(s);
        if cond && !s.trim().is_empty() {
            self.text.extend(core::iter::repeat_n(' ', self.padding));
            self.padding = 0;
            self.text.push_str(s);
        } else {
            self.padding += w;
        }
        w
    }
}

/// Draws row `depth` of the tree of `d`; returns the width taken.
fn draw_row(d: &Derivation, g: &Grammar, depth: usize, line: &mut Line) -> usize {
    match d {
        Derivation::Leaf(s) => line.put(depth == 0, g.symbol_name(*s)),
        Derivation::Dot => line.put(depth == 0, DOT),
        Derivation::Node { prod, children } => {
            let w = tree_width(d, g);
            let mut used = 0;
            if depth == 0 {
                let lhs = &g.nonterminals[g.production(*prod).lhs.index()].name;
                used += line.put(true, lhs);
            } else {
                used += line.put(depth == 1, DOWN_ARROW);
                used += line.put(depth == 1, &format!("{}: ", prod.0));
                if children.is_empty() {
                    used += line.put(depth == 1, EMPTY);
                } else {
                    if only_dot(children) {
                        used += line.put(depth == 1, EMPTY);
                        used += line.put(depth == 1, " ");
                    }
                    for (i, c) in children.iter().enumerate() {
                        if i > 0 {
                            used += line.put(depth == 1, " ");
                        }
                        used += draw_row(c, g, depth - 1, line);
                    }
                }
            }
            line.padding += w - used;
            w
        }
    }
}

/// The lines of a derivation drawn as bison 3.8 draws it:
///
/// ```text
/// stmt
/// ↳ 1: IF e THEN stmt
///                ↳ 2: IF e THEN stmt • ELSE stmt
/// ```
fn tree_lines(d: &Derivation, g: &Grammar) -> Vec<String> {
    (0..tree_depth(d))
        .map(|depth| {
            let mut line = Line {
                text: String::new(),
                padding: 0,
            };
            draw_row(d, g, depth, &mut line);
            line.text
        })
        .collect()
}

/// The counterexample of `conflict`, found with `budget` (and taken from it).
///
/// To search several conflicts of one automaton, a [`Searcher`] shares the work of preparing
/// the state-item graph; [`counterexamples`] does it for every unresolved conflict.
///
/// Never panics on a conflict of `a`, built from `g`, and always ends.
///
/// # Examples
/// ```
/// use sly_core::lalr::Automaton;
/// use sly_core::lalr::counterexample::{Budget, counterexample};
///
/// // A reduce/reduce conflict: `Ident` is an `expr` in two ways.
/// let src = "%token Ident\n%%\nexpr: atom | Ident ;\natom: Ident ;\n";
/// let g = sly_core::yacc::parse(src).map_err(|e| format!("{e:?}"))?.build()?.grammar;
/// let a = Automaton::build(&g);
/// let conflict = a.unresolved().next().ok_or("a conflict")?;
/// let cex = counterexample(&g, &a, conflict, &mut Budget::default());
/// assert!(cex.unifying);
/// assert_eq!(cex.examples(&g)[0], "Ident •");
/// assert_eq!(cex.derivation_text(&g, 0), "expr ::=[ Ident • ]");
/// assert_eq!(cex.derivation_text(&g, 1), "expr ::=[ atom ::=[ Ident • ] ]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn counterexample(
    g: &Grammar,
    a: &Automaton,
    conflict: &Conflict,
    budget: &mut Budget,
) -> Counterexample {
    Searcher::new(g, a).counterexample(conflict, budget)
}

/// The counterexamples of every unresolved conflict of `a`, in the order of
/// [`Automaton::unresolved`], all within one `budget`.
///
/// A grammar without unresolved conflicts costs nothing. Never panics; always ends.
pub fn counterexamples(g: &Grammar, a: &Automaton, budget: &mut Budget) -> Vec<Counterexample> {
    if a.unresolved().next().is_none() {
        return Vec::new();
    }
    let searcher = Searcher::new(g, a);
    a.unresolved()
        .map(|c| searcher.counterexample(c, budget))
        .collect()
}

/// "No state-item": a transition that precedence removed, or a missing item.
const NONE: u32 = u32::MAX;

/// The cost of a production step, or of growing a configuration by a reverse production.
const PRODUCTION_COST: u64 = 50;
/// The cost of shifting a symbol in both configurations.
const SHIFT_COST: u64 = 2;
/// The cost of growing both configurations leftwards by one symbol.
const UNSHIFT_COST: u64 = 2;
/// The cost of a reduction.
const REDUCE_COST: u64 = 1;

/// The counterexample search of one automaton: the state-item graph, built state by state as
/// the searches reach them, and the grammar's FIRST sets.
#[derive(Debug)]
pub struct Searcher<'a> {
    g: &'a Grammar,
    a: &'a Automaton,
    nullable: Vec<bool>,
    /// FIRST of each nonterminal, as terminals.
    first: Vec<BitSet>,
    /// For each nullable nonterminal, a production that derives the empty string without
    /// going round a cycle.
    null_prod: Vec<Option<ProdId>>,
    /// The state-item number of the first item of each state (and the total at the end).
    offsets: Vec<u32>,
    /// The state of each state-item.
    state_of: Vec<u32>,
    /// The states with a transition to each state.
    preds: Vec<Vec<u32>>,
    /// Each state's part of the graph, once a search has needed it.
    graph: Vec<OnceCell<StateGraph>>,
    /// The last [`distances_to`](Self::distances_to) computed, with its target.
    distances: RefCell<Option<(u32, Rc<Vec<u32>>)>>,
}

/// The edges of one state's items.
#[derive(Debug)]
struct StateGraph {
    /// The state-item each item's transition leads to, or [`NONE`].
    trans: Vec<u32>,
    /// The dot-0 items the closure added, by left-hand side: `(nonterminal, state-item)`.
    by_lhs: Vec<(u32, u32)>,
    /// The items with a nonterminal after the dot, by that nonterminal.
    by_next: Vec<(u32, u32)>,
}

/// A node of the derivations under construction, in an arena shared by one search.
#[derive(Debug, Clone)]
enum Node {
    Leaf(Symbol),
    Dot,
    Rule(ProdId, Box<[u32]>),
}

/// One side of the product parser: a path of state-items and the derivations of what it has
/// seen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Side {
    /// State-items from the head (leftmost) to the tail (where the parser stands).
    items: Vec<u32>,
    /// Derivations in the arena, left to right; the dot is one of them until it is reduced
    /// into a node.
    derivs: Vec<u32>,
    /// 0 inside the conflict item's production, more inside productions entered after it,
    /// negative once it is reduced.
    depth: i32,
}

/// A configuration of the product parser waiting in the queue: its cost, and where it waits
/// in [`Search::waiting`] (also the order it came in).
#[derive(Debug)]
struct Queued {
    cost: u64,
    seq: u64,
}

impl PartialEq for Queued {
    fn eq(&self, other: &Self) -> bool {
        (self.cost, self.seq) == (other.cost, other.seq)
    }
}

impl Eq for Queued {}

impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Queued {
    /// The cheapest first, then the oldest (`BinaryHeap` is a max-heap).
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        (other.cost, other.seq).cmp(&(self.cost, self.seq))
    }
}

/// The product parser's search of one conflict.
struct Search<'s, 'a> {
    s: &'s Searcher<'a>,
    nodes: Vec<Node>,
    queue: BinaryHeap<Queued>,
    /// The configurations of the queue, taken out when they leave it.
    waiting: Vec<Option<[Side; 2]>>,
    seen: HashSet<[u32; 10]>,
    /// States of the shortest path: reverse transitions stay among them.
    guide: Vec<bool>,
}

impl<'a> Searcher<'a> {
    /// Prepares the search of `a`'s conflicts: FIRST sets and the numbering of state-items.
    /// The graph's edges are computed state by state, when a search reaches the state.
    pub fn new(g: &'a Grammar, a: &'a Automaton) -> Searcher<'a> {
        let nn = g.num_nonterminals();
        let nt = g.num_terminals();
        let useful = || g.productions.iter().enumerate().filter(|(_, p)| p.useful);

        let mut nullable = vec![false; nn];
        let mut null_prod = vec![None; nn];
        let mut changed = true;
        while changed {
            changed = false;
            for (i, p) in useful() {
                if null_prod[p.lhs.index()].is_none()
                    && p.rhs.iter().all(|s| match s {
                        Symbol::Term(_) => false,
                        Symbol::Nonterm(n) => null_prod[n.index()].is_some(),
                    })
                {
                    null_prod[p.lhs.index()] = Some(ProdId::from(i));
                    nullable[p.lhs.index()] = true;
                    changed = true;
                }
            }
        }

        let mut first = vec![BitSet::new(nt); nn];
        let mut changed = true;
        while changed {
            changed = false;
            for (_, p) in useful() {
                for s in &p.rhs {
                    match *s {
                        Symbol::Term(t) => {
                            changed |= first[p.lhs.index()].insert(t.index());
                            break;
                        }
                        Symbol::Nonterm(n) => {
                            if n != p.lhs {
                                let f = first[n.index()].clone();
                                changed |= first[p.lhs.index()].union_with(&f);
                            }
                            if !nullable[n.index()] {
                                break;
                            }
                        }
                    }
                }
            }
        }

        let mut offsets = Vec::with_capacity(a.states.len() + 1);
        let mut total = 0u32;
        let mut preds = vec![Vec::new(); a.states.len()];
        let mut state_of = Vec::new();
        for (s, st) in a.states.iter().enumerate() {
            offsets.push(total);
            total = total.saturating_add(st.items.len() as u32);
            state_of.extend(core::iter::repeat_n(s as u32, st.items.len()));
            for &(_, to) in &st.transitions {
                preds[to.index()].push(s as u32);
            }
        }
        offsets.push(total);
        let graph = (0..a.states.len()).map(|_| OnceCell::new()).collect();
        Searcher {
            g,
            a,
            nullable,
            first,
            null_prod,
            offsets,
            state_of,
            preds,
            graph,
            distances: RefCell::new(None),
        }
    }

    /// The counterexample of `conflict` (a conflict of this searcher's automaton), found with
    /// `budget` and taken from it. Never panics; always ends.
    pub fn counterexample(&self, conflict: &Conflict, budget: &mut Budget) -> Counterexample {
        let allowance = budget.allowance();
        let mut steps = 0u64;
        let cex = self.search(conflict, allowance, &mut steps);
        budget.spend(steps);
        cex
    }

    fn search(&self, c: &Conflict, allowance: u64, steps: &mut u64) -> Counterexample {
        let t = c.lookahead;
        let state = c.state.index();
        let first_reduce = c.reductions.first().copied().unwrap_or(ProdId(0));
        let second = c.reductions.get(1).copied().unwrap_or(first_reduce);
        let actions = if c.shift.is_some() {
            [CexAction::Shift, CexAction::Reduce(first_reduce)]
        } else {
            [CexAction::Reduce(first_reduce), CexAction::Reduce(second)]
        };
        let foreign = Counterexample {
            unifying: false,
            timed_out: false,
            derivations: [Derivation::Dot, Derivation::Dot],
            actions,
            steps: 0,
        };
        let known = |p: ProdId| p.index() < self.g.productions.len();
        if state >= self.a.states.len()
            || t.index() >= self.g.num_terminals()
            || !known(first_reduce)
            || !known(second)
        {
            // Not a conflict of this automaton: say what little we can.
            return foreign;
        }
        let si_of = |p: ProdId| {
            let item = Item {
                prod: p,
                dot: self.g.production(p).rhs.len() as u32,
            };
            self.find_local(state, item)
                .map_or(NONE, |i| self.offsets[state] + i)
        };
        let reduce_si = si_of(first_reduce);
        // The other item: the first shift item on the lookahead, or the second reduction.
        let other_si = if c.shift.is_some() {
            let st = &self.a.states[state];
            let k = st.items.iter().position(|it| {
                self.g.production(it.prod).rhs.get(it.dot as usize) == Some(&Symbol::Term(t))
            });
            k.map_or(NONE, |k| self.offsets[state] + k as u32)
        } else {
            si_of(second)
        };
        if reduce_si == NONE || other_si == NONE {
            return foreign;
        }

        // The shortest lookahead-sensitive path to the (first) reduce item, and a path to the
        // other item through the same states when there is one: the nonunifying
        // counterexample, should the product parser find nothing.
        let precise = self.lssi_path(reduce_si, t, allowance, steps);
        let mut timed_out = precise.is_none();
        let path = precise.unwrap_or_else(|| self.plain_path(reduce_si));
        let states = self.path_states(&path);
        let other_path = if c.shift.is_some() {
            // Without lookaheads the search is small (the states are given): no budget.
            self.path_through(&states, other_si, None, u64::MAX, &mut 0)
        } else {
            self.path_through(&states, other_si, Some(t), allowance, steps)
                .or_else(|| self.lssi_path(other_si, t, allowance, steps))
        };
        let other_path = other_path.unwrap_or_else(|| {
            timed_out = true;
            self.plain_path(other_si)
        });

        if !timed_out {
            let (first_si, second_si) = if c.shift.is_some() {
                (other_si, reduce_si)
            } else {
                (reduce_si, other_si)
            };
            let mut guide = vec![false; self.a.states.len()];
            for &si in &path {
                guide[self.state_of(si)] = true;
            }
            let mut search = Search {
                s: self,
                nodes: Vec::new(),
                queue: BinaryHeap::new(),
                waiting: Vec::new(),
                seen: HashSet::new(),
                guide,
            };
            match search.run(first_si, second_si, allowance, steps) {
                Outcome::Found(derivations) => {
                    return Counterexample {
                        unifying: true,
                        timed_out: false,
                        derivations,
                        actions,
                        steps: *steps,
                    };
                }
                Outcome::OutOfBudget => timed_out = true,
                Outcome::Exhausted => {}
            }
        }

        let lead = self.leads(t);
        let reduce_d = self.derivation_from_path(&path, t, &lead);
        let other_d = self.derivation_from_path(&other_path, t, &lead);
        let derivations = if c.shift.is_some() {
            [other_d, reduce_d]
        } else {
            [reduce_d, other_d]
        };
        Counterexample {
            unifying: false,
            timed_out,
            derivations,
            actions,
            steps: *steps,
        }
    }

    // --- The state-item graph ---

    fn state_of(&self, si: u32) -> usize {
        self.state_of[si as usize] as usize
    }

    fn item(&self, si: u32) -> Item {
        let s = self.state_of(si);
        self.a.states[s].items[(si - self.offsets[s]) as usize]
    }

    /// The symbol after the dot of a state-item.
    fn next(&self, si: u32) -> Option<Symbol> {
        let it = self.item(si);
        self.g.production(it.prod).rhs.get(it.dot as usize).copied()
    }

    /// The index of `item` among the items of state `s`.
    fn find_local(&self, s: usize, item: Item) -> Option<u32> {
        let st = &self.a.states[s];
        let nk = st.kernel.len().min(st.items.len());
        if let Ok(i) = st.items[..nk].binary_search(&item) {
            return Some(i as u32);
        }
        if item.dot == 0 {
            if let Ok(i) = st.items[nk..].binary_search(&item) {
                return Some((nk + i) as u32);
            }
        }
        None
    }

    fn graph(&self, s: usize) -> &StateGraph {
        self.graph[s].get_or_init(|| {
            let st = &self.a.states[s];
            let base = self.offsets[s];
            let mut trans = vec![NONE; st.items.len()];
            let mut by_lhs = Vec::new();
            let mut by_next = Vec::new();
            for (k, it) in st.items.iter().enumerate() {
                let p = self.g.production(it.prod);
                if let Some(&sym) = p.rhs.get(it.dot as usize) {
                    if let Some(to) = self.a.transition(StateId::from(s), sym) {
                        let next = Item {
                            prod: it.prod,
                            dot: it.dot + 1,
                        };
                        if let Some(j) = self.find_local(to.index(), next) {
                            trans[k] = self.offsets[to.index()] + j;
                        }
                    }
                    if let Symbol::Nonterm(n) = sym {
                        by_next.push((n.0, base + k as u32));
                    }
                }
                if it.dot == 0 && k >= st.kernel.len() {
                    by_lhs.push((p.lhs.0, base + k as u32));
                }
            }
            by_lhs.sort_unstable();
            by_next.sort_unstable();
            StateGraph {
                trans,
                by_lhs,
                by_next,
            }
        })
    }

    /// Where the transition of a state-item leads, or [`NONE`].
    fn trans(&self, si: u32) -> u32 {
        let s = self.state_of(si);
        self.graph(s).trans[(si - self.offsets[s]) as usize]
    }

    /// The production steps of a state-item: the dot-0 items of the nonterminal after its dot.
    fn prods(&self, si: u32) -> &[(u32, u32)] {
        let Some(Symbol::Nonterm(n)) = self.next(si) else {
            return &[];
        };
        let s = self.state_of(si);
        range(&self.graph(s).by_lhs, n.0)
    }

    /// The state-items with a production step to `si` (a dot-0 item).
    fn reverse_prods(&self, si: u32) -> &[(u32, u32)] {
        let it = self.item(si);
        if it.dot != 0 {
            return &[];
        }
        let lhs = self.g.production(it.prod).lhs;
        let s = self.state_of(si);
        range(&self.graph(s).by_next, lhs.0)
    }

    /// The state-item in state `q` whose transition leads to `si`.
    fn reverse_trans_in(&self, si: u32, q: usize) -> u32 {
        let it = self.item(si);
        if it.dot == 0 {
            return NONE;
        }
        let prev = Item {
            prod: it.prod,
            dot: it.dot - 1,
        };
        match self.find_local(q, prev) {
            Some(j) if self.trans(self.offsets[q] + j) == si => self.offsets[q] + j,
            _ => NONE,
        }
    }

    /// The start state-item, `$accept: . start $end` in state 0.
    fn start(&self) -> u32 {
        self.offsets[0]
    }

    // --- FIRST sets ---

    /// The terminals that can begin `syms`, and whether `syms` derives the empty string.
    fn first_of(&self, syms: &[Symbol]) -> (BitSet, bool) {
        let mut set = BitSet::new(self.g.num_terminals());
        for s in syms {
            match *s {
                Symbol::Term(t) => {
                    set.insert(t.index());
                    return (set, false);
                }
                Symbol::Nonterm(n) => {
                    set.union_with(&self.first[n.index()]);
                    if !self.nullable[n.index()] {
                        return (set, false);
                    }
                }
            }
        }
        (set, true)
    }

    /// Whether something that begins with `a` can begin what begins with `b` (for two symbols
    /// the two configurations have next).
    fn compatible(&self, a: Symbol, b: Symbol) -> bool {
        match (a, b) {
            _ if a == b => true,
            (Symbol::Term(t), Symbol::Nonterm(n)) | (Symbol::Nonterm(n), Symbol::Term(t)) => {
                self.first[n.index()].contains(t.index())
            }
            (Symbol::Nonterm(m), Symbol::Nonterm(n)) => {
                self.first[m.index()].intersects(&self.first[n.index()])
            }
            _ => false,
        }
    }

    // --- Shortest paths ---

    /// For each state-item, the fewest edges from it to `target` in the state-item graph
    /// (`u32::MAX` when there is no way): a breadth-first search over the reverse edges. The
    /// last one computed is kept, since the conflicts of one state share their reduce item.
    fn distances_to(&self, target: u32) -> Rc<Vec<u32>> {
        if let Some((t, d)) = &*self.distances.borrow() {
            if *t == target {
                return Rc::clone(d);
            }
        }
        let total = self.offsets.last().copied().unwrap_or(0) as usize;
        let mut dist = vec![u32::MAX; total];
        dist[target as usize] = 0;
        let mut queue = VecDeque::from([target]);
        while let Some(si) = queue.pop_front() {
            let d = dist[si as usize] + 1;
            let mut visit = |p: u32, queue: &mut VecDeque<u32>| {
                if p != NONE && dist[p as usize] == u32::MAX {
                    dist[p as usize] = d;
                    queue.push_back(p);
                }
            };
            if self.item(si).dot > 0 {
                for &q in &self.preds[self.state_of(si)] {
                    visit(self.reverse_trans_in(si, q as usize), &mut queue);
                }
            } else {
                for &(_, p) in self.reverse_prods(si) {
                    visit(p, &mut queue);
                }
            }
        }
        let dist = Rc::new(dist);
        *self.distances.borrow_mut() = Some((target, Rc::clone(&dist)));
        dist
    }

    /// The shortest lookahead-sensitive path from the start to `target` with `t` among the
    /// precise lookaheads there, or `None` when the steps run out.
    ///
    /// The search is an A* over (state-item, lookahead set) with every edge of length 1 and,
    /// as the estimate of what is left, the distance to the target with lookaheads ignored:
    /// it cannot overestimate and is consistent, so the path is a shortest one, and in large
    /// grammars the search goes straight to the conflict instead of visiting every item as
    /// near to the start.
    fn lssi_path(
        &self,
        target: u32,
        t: TermId,
        allowance: u64,
        steps: &mut u64,
    ) -> Option<Vec<u32>> {
        self.shortest_path(target, Some(t), allowance, steps)
    }

    /// A shortest path from the start to `target`, lookaheads ignored. There always is one:
    /// every item of a reachable state is reachable.
    fn plain_path(&self, target: u32) -> Vec<u32> {
        self.shortest_path(target, None, u64::MAX, &mut 0)
            .unwrap_or_else(|| vec![target])
    }

    /// [`lssi_path`](Self::lssi_path), or without `lookahead` a shortest path that ignores
    /// lookaheads.
    fn shortest_path(
        &self,
        target: u32,
        lookahead: Option<TermId>,
        allowance: u64,
        steps: &mut u64,
    ) -> Option<Vec<u32>> {
        if *steps >= allowance {
            return None;
        }
        let dist = self.distances_to(target);
        let estimate = |si: u32| dist[si as usize];
        let mut lookaheads: Vec<BitSet> = Vec::new();
        let mut la_ids: HashMap<BitSet, u32> = HashMap::new();
        let mut intern = |set: BitSet, lookaheads: &mut Vec<BitSet>| -> u32 {
            *la_ids.entry(set).or_insert_with_key(|set| {
                lookaheads.push(set.clone());
                (lookaheads.len() - 1) as u32
            })
        };
        let mut end = BitSet::new(self.g.num_terminals());
        if lookahead.is_some() {
            end.insert(END.index());
        }
        let la0 = intern(end, &mut lookaheads);
        if estimate(self.start()) == u32::MAX {
            return None;
        }
        // (state-item, lookahead set, parent node)
        let mut nodes: Vec<(u32, u32, u32)> = vec![(self.start(), la0, NONE)];
        let mut best: HashMap<(u32, u32), u32> = HashMap::from([((self.start(), la0), 0)]);
        // Least estimated total first, then the longest path so far (deepest first), then the
        // oldest.
        let mut queue: BinaryHeap<(core::cmp::Reverse<u32>, u32, core::cmp::Reverse<u32>)> =
            BinaryHeap::new();
        queue.push((
            core::cmp::Reverse(estimate(self.start())),
            0,
            core::cmp::Reverse(0),
        ));
        while let Some((_, g, core::cmp::Reverse(n))) = queue.pop() {
            let (si, la, _) = nodes[n as usize];
            if best.get(&(si, la)).is_some_and(|&b| b < g) {
                continue;
            }
            if *steps >= allowance {
                return None;
            }
            *steps += 1;
            if si == target && lookahead.is_none_or(|t| lookaheads[la as usize].contains(t.index()))
            {
                return Some(unwind(&nodes, n));
            }
            let mut succ: Vec<(u32, u32)> = Vec::new();
            let next = self.trans(si);
            if next != NONE {
                succ.push((next, la));
            }
            let prods = self.prods(si);
            if !prods.is_empty() {
                let fla = if lookahead.is_some() {
                    let it = self.item(si);
                    let rest = &self.g.production(it.prod).rhs[it.dot as usize + 1..];
                    let (mut follow, nullable) = self.first_of(rest);
                    if nullable {
                        follow.union_with(&lookaheads[la as usize]);
                    }
                    intern(follow, &mut lookaheads)
                } else {
                    la0
                };
                succ.extend(prods.iter().map(|&(_, p)| (p, fla)));
            }
            for (m, mla) in succ {
                let h = estimate(m);
                if h == u32::MAX || best.get(&(m, mla)).is_some_and(|&b| b <= g + 1) {
                    continue;
                }
                best.insert((m, mla), g + 1);
                nodes.push((m, mla, n));
                let id = (nodes.len() - 1) as u32;
                queue.push((core::cmp::Reverse(g + 1 + h), g + 1, core::cmp::Reverse(id)));
            }
        }
        None
    }

    /// The states a path goes through, one per transition, starting with state 0.
    fn path_states(&self, path: &[u32]) -> Vec<usize> {
        let mut states = vec![0];
        for (i, &si) in path.iter().enumerate() {
            if i > 0 && self.item(si).dot > 0 {
                states.push(self.state_of(si));
            }
        }
        states
    }

    /// A shortest path from the start to `target` that goes through `states` (so that its
    /// symbols before the dot are those of the path the states come from); with `lookahead`,
    /// one that reaches `target` with that terminal among its precise lookaheads.
    fn path_through(
        &self,
        states: &[usize],
        target: u32,
        lookahead: Option<TermId>,
        allowance: u64,
        steps: &mut u64,
    ) -> Option<Vec<u32>> {
        let last = states.len() - 1;
        let nt = self.g.num_terminals();
        let mut lookaheads: Vec<BitSet> = Vec::new();
        let mut la_ids: HashMap<BitSet, u32> = HashMap::new();
        let mut intern = |set: BitSet, lookaheads: &mut Vec<BitSet>| -> u32 {
            *la_ids.entry(set).or_insert_with_key(|set| {
                lookaheads.push(set.clone());
                (lookaheads.len() - 1) as u32
            })
        };
        let mut end = BitSet::new(nt);
        if lookahead.is_some() {
            end.insert(END.index());
        }
        let la0 = intern(end, &mut lookaheads);
        // (state-item, position in `states`, lookahead set, parent)
        let mut nodes: Vec<(u32, u32, u32, u32)> = vec![(self.start(), 0, la0, NONE)];
        let mut seen: HashSet<(u32, u32, u32)> = HashSet::from([(self.start(), 0, la0)]);
        let mut queue = VecDeque::from([0u32]);
        while let Some(n) = queue.pop_front() {
            if *steps >= allowance {
                return None;
            }
            *steps += 1;
            let (si, j, la, _) = nodes[n as usize];
            if si == target
                && j as usize == last
                && lookahead.is_none_or(|t| lookaheads[la as usize].contains(t.index()))
            {
                let path = unwind(
                    &nodes
                        .iter()
                        .map(|&(s, _, _, p)| (s, 0, p))
                        .collect::<Vec<_>>(),
                    n,
                );
                return Some(path);
            }
            let next = self.trans(si);
            if next != NONE
                && (j as usize) < last
                && self.state_of(next) == states[j as usize + 1]
                && seen.insert((next, j + 1, la))
            {
                nodes.push((next, j + 1, la, n));
                queue.push_back((nodes.len() - 1) as u32);
            }
            let prods = self.prods(si);
            if !prods.is_empty() {
                let fla = if lookahead.is_some() {
                    let it = self.item(si);
                    let rest = &self.g.production(it.prod).rhs[it.dot as usize + 1..];
                    let (mut follow, nullable) = self.first_of(rest);
                    if nullable {
                        follow.union_with(&lookaheads[la as usize]);
                    }
                    intern(follow, &mut lookaheads)
                } else {
                    la0
                };
                for &(_, p) in prods {
                    if seen.insert((p, j, fla)) {
                        nodes.push((p, j, fla, n));
                        queue.push_back((nodes.len() - 1) as u32);
                    }
                }
            }
        }
        None
    }

    // --- Derivations from a path (nonunifying counterexamples) ---

    /// A derivation of the empty string from a nullable nonterminal.
    fn null_tree(&self, n: usize) -> Derivation {
        match self.null_prod[n] {
            Some(p) => Derivation::Node {
                prod: p,
                children: self
                    .g
                    .production(p)
                    .rhs
                    .iter()
                    .map(|s| match s {
                        Symbol::Nonterm(m) => self.null_tree(m.index()),
                        Symbol::Term(_) => Derivation::Leaf(*s),
                    })
                    .collect(),
            },
            None => Derivation::Leaf(Symbol::Nonterm(crate::ids::NontermId::from(n))),
        }
    }

    /// For each nonterminal whose FIRST holds `t`, a production and the position in it of the
    /// symbol that begins with `t` (the symbols before it are nullable): the first step of a
    /// shortest derivation of a form that begins with `t`.
    fn leads(&self, t: TermId) -> Vec<Option<(ProdId, usize)>> {
        let nn = self.g.num_nonterminals();
        let mut dist = vec![u32::MAX; nn];
        let mut lead = vec![None; nn];
        let mut changed = true;
        while changed {
            changed = false;
            for (i, p) in self.g.productions.iter().enumerate() {
                if !p.useful {
                    continue;
                }
                for (k, s) in p.rhs.iter().enumerate() {
                    let cand = match *s {
                        Symbol::Term(x) if x == t => Some(1),
                        Symbol::Term(_) => break,
                        Symbol::Nonterm(m) if dist[m.index()] != u32::MAX => {
                            Some(dist[m.index()].saturating_add(1))
                        }
                        Symbol::Nonterm(m) if self.nullable[m.index()] => None,
                        Symbol::Nonterm(_) => break,
                    };
                    if let Some(d) = cand {
                        if d < dist[p.lhs.index()] {
                            dist[p.lhs.index()] = d;
                            lead[p.lhs.index()] = Some((ProdId::from(i), k));
                            changed = true;
                        }
                        break;
                    }
                }
            }
        }
        lead
    }

    /// A derivation of nonterminal `n` whose sentential form begins with `t`.
    fn expand_to(&self, n: usize, lead: &[Option<(ProdId, usize)>]) -> Derivation {
        let Some((p, k)) = lead[n] else {
            return Derivation::Leaf(Symbol::Nonterm(crate::ids::NontermId::from(n)));
        };
        let rhs = &self.g.production(p).rhs;
        let mut children = Vec::with_capacity(rhs.len());
        for (i, s) in rhs.iter().enumerate() {
            children.push(match *s {
                Symbol::Nonterm(m) if i < k => self.null_tree(m.index()),
                Symbol::Nonterm(m) if i == k => self.expand_to(m.index(), lead),
                _ => Derivation::Leaf(*s),
            });
        }
        Derivation::Node { prod: p, children }
    }

    /// Completes a path from the start to a conflict item into a derivation from `$accept`:
    /// the symbols before the dot as the path shifted them, the conflict point, then `t` (the
    /// symbols that follow derive it first, nullable ones the empty string), then the rest of
    /// every production the path is inside.
    fn derivation_from_path(
        &self,
        path: &[u32],
        t: TermId,
        lead: &[Option<(ProdId, usize)>],
    ) -> Derivation {
        // One frame per production the path enters: (production, dot at its last item).
        let mut frames: Vec<(ProdId, usize)> = Vec::new();
        for (i, &si) in path.iter().enumerate() {
            let it = self.item(si);
            match frames.last_mut() {
                Some(f) if i > 0 && it.dot > 0 => f.1 = it.dot as usize,
                _ => frames.push((it.prod, it.dot as usize)),
            }
        }
        let mut pending = true;
        let suffix = |syms: &[Symbol], out: &mut Vec<Derivation>, pending: &mut bool| {
            for &s in syms {
                if !*pending {
                    out.push(Derivation::Leaf(s));
                    continue;
                }
                match s {
                    Symbol::Term(_) => {
                        out.push(Derivation::Leaf(s));
                        *pending = false;
                    }
                    Symbol::Nonterm(n) if self.first[n.index()].contains(t.index()) => {
                        out.push(self.expand_to(n.index(), lead));
                        *pending = false;
                    }
                    Symbol::Nonterm(n) if self.nullable[n.index()] => {
                        out.push(self.null_tree(n.index()));
                    }
                    Symbol::Nonterm(_) => {
                        out.push(Derivation::Leaf(s));
                        *pending = false;
                    }
                }
            }
        };
        let mut inner: Option<Derivation> = None;
        for &(prod, dot) in frames.iter().rev() {
            let rhs = &self.g.production(prod).rhs;
            let dot = dot.min(rhs.len());
            let mut children: Vec<Derivation> =
                rhs[..dot].iter().map(|&s| Derivation::Leaf(s)).collect();
            match inner.take() {
                None => {
                    children.push(Derivation::Dot);
                    suffix(&rhs[dot..], &mut children, &mut pending);
                }
                Some(d) => {
                    children.push(d);
                    suffix(
                        &rhs[(dot + 1).min(rhs.len())..],
                        &mut children,
                        &mut pending,
                    );
                }
            }
            inner = Some(Derivation::Node { prod, children });
        }
        inner.unwrap_or(Derivation::Dot)
    }
}

/// The sorted pairs of `v` whose key is `key`.
fn range(v: &[(u32, u32)], key: u32) -> &[(u32, u32)] {
    let lo = v.partition_point(|&(k, _)| k < key);
    let hi = v.partition_point(|&(k, _)| k <= key);
    &v[lo..hi]
}

/// The state-items of the path that ends at node `n` of a breadth-first search, from the
/// start.
fn unwind(nodes: &[(u32, u32, u32)], mut n: u32) -> Vec<u32> {
    let mut path = Vec::new();
    while n != NONE {
        let (si, _, parent) = nodes[n as usize];
        path.push(si);
        n = parent;
    }
    path.reverse();
    path
}

/// How the product parser's search ended.
enum Outcome {
    Found([Derivation; 2]),
    OutOfBudget,
    Exhausted,
}

impl Search<'_, '_> {
    fn node(&mut self, n: Node) -> u32 {
        self.nodes.push(n);
        (self.nodes.len() - 1) as u32
    }

    fn tree(&self, id: u32) -> Derivation {
        match &self.nodes[id as usize] {
            Node::Leaf(s) => Derivation::Leaf(*s),
            Node::Dot => Derivation::Dot,
            Node::Rule(p, children) => Derivation::Node {
                prod: *p,
                children: children.iter().map(|&c| self.tree(c)).collect(),
            },
        }
    }

    /// Queues a configuration unless one alike was queued before (at no higher cost, since
    /// costs come out of the queue in order). Alike, as in bison: the same head, tail and
    /// length on each side. This forgets the middle of the paths, so it may drop a
    /// configuration that the one kept does not replace; without it, reverse production steps
    /// through left-recursive items (`e: . e '+' e`, `e: . e '*' e`, ...) multiply the
    /// configurations exponentially.
    fn push(&mut self, sides: [Side; 2], cost: u64) {
        let key = |s: &Side| {
            [
                s.items.first().copied().unwrap_or(NONE),
                s.items.last().copied().unwrap_or(NONE),
                s.items.len() as u32,
                s.derivs.len() as u32,
                s.depth.clamp(-1, 1) as u32,
            ]
        };
        let (a, b) = (key(&sides[0]), key(&sides[1]));
        let mut k = [0u32; 10];
        k[..5].copy_from_slice(&a);
        k[5..].copy_from_slice(&b);
        if self.seen.insert(k) {
            self.queue.push(Queued {
                cost,
                seq: self.waiting.len() as u64,
            });
            self.waiting.push(Some(sides));
        }
    }

    fn run(&mut self, first: u32, second: u32, allowance: u64, steps: &mut u64) -> Outcome {
        let dot = self.node(Node::Dot);
        let side = |si: u32| Side {
            items: vec![si],
            derivs: vec![dot],
            depth: 0,
        };
        self.push([side(first), side(second)], 0);
        while let Some(q) = self.queue.pop() {
            let Some(sides) = self.waiting.get_mut(q.seq as usize).and_then(Option::take) else {
                continue;
            };
            if *steps >= allowance {
                return Outcome::OutOfBudget;
            }
            *steps += 1;
            if let Some(found) = self.unified(&sides) {
                return Outcome::Found(found);
            }
            self.expand(q.cost, sides);
        }
        Outcome::Exhausted
    }

    /// Two derivations of the same nonterminal, each holding its conflict item reduced, and
    /// different trees: a unifying counterexample.
    fn unified(&self, sides: &[Side; 2]) -> Option<[Derivation; 2]> {
        let [a, b] = sides;
        if a.depth >= 0 || b.depth >= 0 || a.derivs.len() != 1 || b.derivs.len() != 1 {
            return None;
        }
        let (Node::Rule(p, _), Node::Rule(q, _)) = (
            &self.nodes[a.derivs[0] as usize],
            &self.nodes[b.derivs[0] as usize],
        ) else {
            return None;
        };
        let g = self.s.g;
        if g.production(*p).lhs != g.production(*q).lhs {
            return None;
        }
        let (d0, d1) = (self.tree(a.derivs[0]), self.tree(b.derivs[0]));
        if d0.same_tree(&d1) {
            return None;
        }
        Some([d0, d1])
    }

    fn expand(&mut self, cost: u64, sides: [Side; 2]) {
        let s = self.s;
        let [a, b] = &sides;
        let ta = *a.items.last().unwrap_or(&NONE);
        let tb = *b.items.last().unwrap_or(&NONE);
        if ta == NONE || tb == NONE {
            return;
        }
        match (s.next(ta), s.next(tb)) {
            (Some(xa), Some(xb)) => {
                if xa == xb {
                    let ca = self.shift(a, xa);
                    let cb = self.shift(b, xb);
                    for sa in &ca {
                        for sb in &cb {
                            self.push([sa.clone(), sb.clone()], cost + SHIFT_COST);
                        }
                    }
                }
                for (i, other) in [(0, xb), (1, xa)] {
                    for next in self.produce(&sides[i], other) {
                        let mut both = sides.clone();
                        both[i] = next;
                        self.push(both, cost + PRODUCTION_COST);
                    }
                }
            }
            (na, nb) => {
                let ra = na.is_none() && self.ready(a);
                let rb = nb.is_none() && self.ready(b);
                if !ra && !rb {
                    self.prepend(cost, &sides);
                    return;
                }
                let cost = cost + REDUCE_COST;
                let reduced_a = if ra { self.reduce(a, nb) } else { Vec::new() };
                let reduced_b = if rb { self.reduce(b, na) } else { Vec::new() };
                for (side, extra) in &reduced_a {
                    self.push([side.clone(), b.clone()], cost + extra);
                }
                for (side, extra) in &reduced_b {
                    self.push([a.clone(), side.clone()], cost + extra);
                }
                for (sa, ea) in &reduced_a {
                    for (sb, eb) in &reduced_b {
                        self.push([sa.clone(), sb.clone()], cost + REDUCE_COST + ea + eb);
                    }
                }
            }
        }
    }

    /// Whether the path of `side` holds the whole production of its (complete) tail item.
    fn ready(&self, side: &Side) -> bool {
        let s = self.s;
        side.items
            .last()
            .is_some_and(|&tail| side.items.len() > s.g.production(s.item(tail).prod).rhs.len())
    }

    /// `side` after shifting `x`, then each of the configurations that also shift the nullable
    /// nonterminals after it (deriving the empty string).
    fn shift(&mut self, side: &Side, x: Symbol) -> Vec<Side> {
        let tail = *side.items.last().unwrap_or(&NONE);
        let next = self.s.trans(tail);
        if next == NONE {
            return Vec::new();
        }
        let mut out = side.clone();
        out.items.push(next);
        let leaf = self.node(Node::Leaf(x));
        out.derivs.push(leaf);
        let mut all = vec![out];
        self.nullable_closure(&mut all);
        all
    }

    /// Adds to `all` the configurations that go on from its last one over nullable
    /// nonterminals.
    fn nullable_closure(&mut self, all: &mut Vec<Side>) {
        let s = self.s;
        loop {
            let Some(last) = all.last() else { return };
            let tail = *last.items.last().unwrap_or(&NONE);
            let Some(Symbol::Nonterm(n)) = s.next(tail) else {
                return;
            };
            if !s.nullable[n.index()] {
                return;
            }
            let next = s.trans(tail);
            if next == NONE {
                return;
            }
            let mut side = last.clone();
            side.items.push(next);
            let tree = s.null_tree(n.index());
            let id = self.intern_tree(&tree);
            side.derivs.push(id);
            all.push(side);
        }
    }

    fn intern_tree(&mut self, d: &Derivation) -> u32 {
        match d {
            Derivation::Leaf(s) => self.node(Node::Leaf(*s)),
            Derivation::Dot => self.node(Node::Dot),
            Derivation::Node { prod, children } => {
                let ids: Vec<u32> = children.iter().map(|c| self.intern_tree(c)).collect();
                self.node(Node::Rule(*prod, ids.into_boxed_slice()))
            }
        }
    }

    /// The production steps of `side` whose right-hand side can begin like `other`, the other
    /// configuration's next symbol.
    fn produce(&mut self, side: &Side, other: Symbol) -> Vec<Side> {
        let s = self.s;
        let tail = *side.items.last().unwrap_or(&NONE);
        let mut out = Vec::new();
        for &(_, p) in s.prods(tail) {
            let rhs = &s.g.production(s.item(p).prod).rhs;
            if rhs.is_empty() {
                // Empty productions are taken by the nullable closure.
                continue;
            }
            let mut ok = false;
            for &sym in rhs {
                if s.compatible(sym, other) {
                    ok = true;
                    break;
                }
                match sym {
                    Symbol::Nonterm(n) if s.nullable[n.index()] => {}
                    _ => break,
                }
            }
            if !ok {
                continue;
            }
            let mut next = side.clone();
            next.items.push(p);
            if next.depth >= 0 {
                next.depth += 1;
            }
            let mut all = vec![next];
            self.nullable_closure(&mut all);
            out.extend(all);
        }
        out
    }

    /// The reductions of `side` (its tail is a complete item and its path holds the whole
    /// production), each with its extra cost. `other` is the other configuration's next
    /// symbol: what comes after the reduced nonterminal must be able to begin with it.
    fn reduce(&mut self, side: &Side, other: Option<Symbol>) -> Vec<(Side, u64)> {
        let s = self.s;
        let tail = *side.items.last().unwrap_or(&NONE);
        let it = s.item(tail);
        let prod = s.g.production(it.prod);
        let len = prod.rhs.len();
        let lhs = prod.lhs;
        // The reduction must allow what comes next.
        if let Some(x) = other {
            let st = &s.a.states[s.state_of(tail)];
            let la = st
                .reductions
                .iter()
                .find(|(p, _)| *p == it.prod)
                .map(|(_, la)| la.as_slice())
                .unwrap_or(&[]);
            let ok = match x {
                Symbol::Term(t) => la.contains(&t),
                Symbol::Nonterm(n) => {
                    s.nullable[n.index()]
                        || la.iter().any(|t| s.first[n.index()].contains(t.index()))
                }
            };
            if !ok {
                return Vec::new();
            }
        }

        // The derivation: the production's symbols (and the dot, inside its production or
        // right before it).
        let mut derivs = side.derivs.clone();
        let mut children: Vec<u32> = Vec::new();
        let mut symbols = 0;
        while symbols < len {
            let Some(d) = derivs.pop() else { break };
            if !matches!(self.nodes[d as usize], Node::Dot) {
                symbols += 1;
            }
            children.push(d);
        }
        if side.depth == 0 {
            if let Some(&d) = derivs.last() {
                if matches!(self.nodes[d as usize], Node::Dot) {
                    derivs.pop();
                    children.push(d);
                }
            }
        }
        children.reverse();
        let node = self.node(Node::Rule(it.prod, children.into_boxed_slice()));
        derivs.push(node);
        let depth = side.depth - 1;

        let keep = side.items.len() - len - 1;
        let mut out = Vec::new();
        if keep > 0 {
            let parent = side.items[keep - 1];
            let goto = s.trans(parent);
            if goto == NONE {
                return out;
            }
            let mut items = side.items[..keep].to_vec();
            items.push(goto);
            let mut all = vec![Side {
                items,
                derivs,
                depth,
            }];
            self.nullable_closure(&mut all);
            out.extend(all.into_iter().map(|side| (side, 0)));
        } else {
            // The production began at the head: grow the path by a reverse production.
            let head = side.items[0];
            for &(_, parent) in s.reverse_prods(head) {
                let pit = s.item(parent);
                let rest = &s.g.production(pit.prod).rhs[pit.dot as usize + 1..];
                if let Some(x) = other {
                    let (first, nullable) = s.first_of(rest);
                    let ok = nullable
                        || match x {
                            Symbol::Term(t) => first.contains(t.index()),
                            Symbol::Nonterm(n) => {
                                rest.first() == Some(&x) || first.intersects(&s.first[n.index()])
                            }
                        };
                    if !ok {
                        continue;
                    }
                }
                let goto = s.trans(parent);
                if goto == NONE || s.next(parent) != Some(Symbol::Nonterm(lhs)) {
                    continue;
                }
                let mut all = vec![Side {
                    items: vec![parent, goto],
                    derivs: derivs.clone(),
                    depth,
                }];
                self.nullable_closure(&mut all);
                out.extend(all.into_iter().map(|side| (side, PRODUCTION_COST)));
            }
        }
        out
    }

    /// Grows both configurations leftwards: by reverse production steps where a head is a
    /// dot-0 item, else by one symbol, through the same state (one on the shortest path).
    fn prepend(&mut self, cost: u64, sides: &[Side; 2]) {
        let s = self.s;
        let [a, b] = sides;
        let (ha, hb) = (a.items[0], b.items[0]);
        let prod_a = s.item(ha).dot == 0;
        let prod_b = s.item(hb).dot == 0;
        if prod_a || prod_b {
            // Reverse production steps stay in the state.
            let grow = |side: &Side, is_prod: bool| -> Vec<Side> {
                if !is_prod {
                    return vec![side.clone()];
                }
                s.reverse_prods(side.items[0])
                    .iter()
                    .map(|&(_, p)| {
                        let mut next = side.clone();
                        next.items.insert(0, p);
                        next
                    })
                    .collect()
            };
            let cost = cost + PRODUCTION_COST * (u64::from(prod_a) + u64::from(prod_b));
            let ga = grow(a, prod_a);
            let gb = grow(b, prod_b);
            for sa in &ga {
                for sb in &gb {
                    self.push([sa.clone(), sb.clone()], cost);
                }
            }
            return;
        }
        // Both heads have a symbol before the dot, the same one (the state's accessing
        // symbol).
        let state = s.state_of(ha);
        let Some(sym) = s.a.states[state].accessing else {
            return;
        };
        for &p in &s.preds[state] {
            let p = p as usize;
            if !self.guide[p] {
                continue;
            }
            let (pa, pb) = (s.reverse_trans_in(ha, p), s.reverse_trans_in(hb, p));
            if pa == NONE || pb == NONE {
                continue;
            }
            let mut na = a.clone();
            let mut nb = b.clone();
            na.items.insert(0, pa);
            nb.items.insert(0, pb);
            let la = self.node(Node::Leaf(sym));
            na.derivs.insert(0, la);
            nb.derivs.insert(0, la);
            self.push([na, nb], cost + UNSHIFT_COST);
        }
    }
}

#[cfg(test)]
mod tests;
