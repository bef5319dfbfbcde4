//! LR(1) construction: the LR(0) automaton, lookaheads by DeRemer and Pennello (LALR(1)), states
//! split by lookaheads (IELR(1) and canonical LR(1), see [`LrType`]), and parse actions with
//! yacc's conflict resolution.
//!
//! The result is an [`Automaton`]: every state with its items, transitions, reductions and
//! lookaheads, the resolved action of every (state, terminal) pair, default reductions, and a
//! record of every conflict, resolved or not. [`Automaton::build`] builds the LALR(1) automaton;
//! [`Automaton::build_with`] any of the three. It agrees with GNU Bison's automaton for the same
//! grammar and the same `%define lr.type`: the same states (bison counts the state reached by
//! shifting `$end`, and so do we), the same conflicts, resolved the same way:
//! - a production's precedence is its `%prec` symbol's, else its last terminal's;
//! - a shift/reduce conflict where both the production and the terminal have a precedence is
//!   resolved by it: the higher wins; at equal levels `%left` reduces, `%right` shifts,
//!   `%nonassoc` makes the terminal an error, `%precedence` leaves the conflict;
//! - otherwise shift wins over reduce and the earlier production wins a reduce/reduce
//!   conflict; these are counted as conflicts (and reported).
//!
//! # Examples
//! ```
//! use sly_core::grammar::GrammarBuilder;
//! use sly_core::lalr::Automaton;
//! use sly_core::diag::Origin;
//!
//! // Dangling else: one shift/reduce conflict, resolved by shifting.
//! let mut b = GrammarBuilder::new();
//! for t in ["IF", "ELSE", "X"] {
//!     b.terminal(t, Origin::NONE);
//! }
//! b.rule_str("s", &["IF", "s"], None);
//! b.rule_str("s", &["IF", "s", "ELSE", "s"], None);
//! b.rule_str("s", &["X"], None);
//! let g = b.build()?.grammar;
//! let a = Automaton::build(&g);
//! assert_eq!(a.shift_reduce_count(), 1);
//! assert_eq!(a.reduce_reduce_count(), 0);
//! # Ok::<(), sly_core::diag::Diagnostics>(())
//! ```

pub mod bitset;
pub mod counterexample;
pub mod direct;
mod ielr;
pub(crate) mod lookahead;
mod lr0;
pub mod pack;

use crate::grammar::{Assoc, Grammar, Symbol};
use crate::ids::{NontermId, ProdId, StateId, TermId};
use bitset::BitSet;
use core::fmt;

/// An LR(0) item: a production with a dot before position `dot` of its right-hand side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Item {
    /// The production.
    pub prod: ProdId,
    /// How many symbols of it have been seen.
    pub dot: u32,
}

impl Item {
    /// Displays the item as `lhs: a . b`.
    pub fn display<'g>(&self, g: &'g Grammar) -> crate::grammar::DisplayProduction<'g> {
        g.display_production(self.prod, Some(self.dot as usize))
    }
}

/// One state of the automaton.
#[derive(Debug, Clone)]
pub struct State {
    /// The kernel items, sorted.
    pub kernel: Vec<Item>,
    /// All items: the kernel, then the closure's items in production order.
    pub items: Vec<Item>,
    /// The symbol every transition into this state is on (`None` for state 0).
    pub accessing: Option<Symbol>,
    /// Transitions, sorted by symbol (terminals first).
    pub transitions: Vec<(Symbol, StateId)>,
    /// Completed productions with their LALR(1) lookaheads (as computed, before conflict
    /// resolution), in production order.
    pub reductions: Vec<(ProdId, Vec<TermId>)>,
}

/// What the parser does in a state on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Shift the terminal and go to the state.
    Shift(StateId),
    /// Reduce by the production.
    Reduce(ProdId),
    /// The input is accepted (reducing `$accept: start $end`).
    Accept,
    /// A syntax error (explicit: made by `%nonassoc`).
    Error,
}

/// How a conflict was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// The shift was kept.
    Shift,
    /// The reduction by this production was kept.
    Reduce(ProdId),
    /// Neither: the terminal is an error here (`%nonassoc`).
    Error,
}

/// A conflict between actions for one terminal in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The state.
    pub state: StateId,
    /// The lookahead terminal.
    pub lookahead: TermId,
    /// The shift involved, if any.
    pub shift: Option<StateId>,
    /// The productions that could be reduced.
    pub reductions: Vec<ProdId>,
    /// What the table does.
    pub resolution: Resolution,
    /// Whether precedence settled it (such conflicts are not counted, as in bison).
    pub by_precedence: bool,
}

impl Conflict {
    /// Whether it is a shift/reduce conflict (else reduce/reduce).
    pub fn is_shift_reduce(&self) -> bool {
        self.shift.is_some()
    }

    /// Its kind as bison words it: `shift/reduce` or `reduce/reduce`.
    pub fn kind_name(&self) -> &'static str {
        if self.is_shift_reduce() {
            "shift/reduce"
        } else {
            "reduce/reduce"
        }
    }

    /// The production whose items are involved, with dots: the shift items (dot before the
    /// lookahead) and the reduce items (dot at the end).
    pub fn items(&self, g: &Grammar, a: &Automaton) -> Vec<Item> {
        let st = &a.states[self.state.index()];
        let mut out: Vec<Item> = Vec::new();
        if self.shift.is_some() {
            out.extend(st.items.iter().copied().filter(|it| {
                g.production(it.prod).rhs.get(it.dot as usize)
                    == Some(&Symbol::Term(self.lookahead))
            }));
        }
        for &p in &self.reductions {
            out.push(Item {
                prod: p,
                dot: g.production(p).rhs.len() as u32,
            });
        }
        out
    }
}

/// Which LR(1) construction builds the automaton, as bison's `%define lr.type` chooses it.
///
/// All three accept the same language when the grammar has no conflicts; they differ in the
/// states they build and so in the conflicts they see:
/// - LALR(1) merges the states of the LR(0) automaton that share their items (its cores), and
///   so their lookaheads: the smallest automaton, but the merge can create reduce/reduce
///   conflicts that no LR(1) parser has (bison's manual calls them "mysterious conflicts");
/// - IELR(1) (Denny and Malloy) starts from LALR(1) and splits only the merged states whose
///   merge changes a parse action: an LR(1) parser's actions with about LALR(1)'s states;
/// - canonical LR(1) (Knuth) never merges states with different lookaheads: the most states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LrType {
    /// LALR(1), the default.
    #[default]
    Lalr,
    /// IELR(1).
    Ielr,
    /// Canonical LR(1).
    Canonical,
}

impl LrType {
    /// The three constructions, from the one that builds the fewest states.
    pub const ALL: [LrType; 3] = [LrType::Lalr, LrType::Ielr, LrType::Canonical];

    /// Bison's name for it, the value of `%define lr.type`: `lalr`, `ielr` or `canonical-lr`.
    pub fn bison_name(self) -> &'static str {
        match self {
            LrType::Lalr => "lalr",
            LrType::Ielr => "ielr",
            LrType::Canonical => "canonical-lr",
        }
    }

    /// The construction bison's name stands for (see [`bison_name`](Self::bison_name)).
    pub fn from_bison_name(name: &str) -> Option<LrType> {
        LrType::ALL.into_iter().find(|t| t.bison_name() == name)
    }
}

impl fmt::Display for LrType {
    /// Writes `LALR(1)`, `IELR(1)` or `canonical LR(1)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LrType::Lalr => "LALR(1)",
            LrType::Ielr => "IELR(1)",
            LrType::Canonical => "canonical LR(1)",
        })
    }
}

/// Bounds on the work of [`Automaton::build_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most states the automaton may have (default [`Limits::DEFAULT_MAX_STATES`]).
    pub max_states: usize,
}

impl Limits {
    /// The default bound on states: far above what LALR(1) and IELR(1) build for large
    /// grammars (the benchmarks' grammar of PostgreSQL's size, 3,000 rules, has 6,902 states,
    /// and 24,985 in canonical LR(1)), and well below what exhausts memory.
    pub const DEFAULT_MAX_STATES: usize = 200_000;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_states: Limits::DEFAULT_MAX_STATES,
        }
    }
}

/// The automaton needs more states than [`Limits::max_states`] allows: its construction
/// stopped when it reached that count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateLimit {
    /// The construction that stopped.
    pub lr_type: LrType,
    /// The limit, which is the number of states it had built.
    pub limit: usize,
}

impl fmt::Display for StateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} automaton has more states than the limit of {}: its construction stopped at {} states",
            self.lr_type, self.limit, self.limit
        )
    }
}

impl std::error::Error for StateLimit {}

/// The LR(1) automaton of a grammar (LALR(1) unless [`Automaton::build_with`] chose another
/// construction), with resolved actions.
#[derive(Debug, Clone)]
pub struct Automaton {
    /// The states; state 0 is the initial state.
    pub states: Vec<State>,
    /// The explicit action of each state on each terminal that has one, sorted by terminal.
    /// Terminals not listed take the state's default reduction, or are errors.
    pub actions: Vec<Vec<(TermId, Action)>>,
    /// The default reduction of each state (bison's `$default`), used for every terminal
    /// without an explicit action. Production 0 here means accept.
    pub default_reductions: Vec<Option<ProdId>>,
    /// Every conflict, resolved by precedence or not, by state then terminal.
    pub conflicts: Vec<Conflict>,
    /// The state reached by shifting `$end`, where the input is accepted.
    pub final_state: StateId,
}

impl Automaton {
    /// Builds the LALR(1) automaton of `grammar`.
    ///
    /// Never panics on a grammar made by [`GrammarBuilder`](crate::grammar::GrammarBuilder).
    pub fn build(g: &Grammar) -> Automaton {
        let items = lr0::Items::new(g);
        let lr0 = match lr0::build(g, &items, usize::MAX) {
            Ok(lr0) => lr0,
            Err(_) => unreachable!("no automaton reaches usize::MAX states"),
        };
        let las = lookahead::lookaheads(g, &lr0);
        Automaton::resolve(g, &items, &lr0, &las)
    }

    /// Builds the automaton of `grammar` with the construction `lr_type`: LALR(1) (what
    /// [`build`](Self::build) does), IELR(1) or canonical LR(1), as bison's `%define lr.type`
    /// chooses. Precedence, conflicts, default reductions and the removal of unreachable states
    /// work the same way in all three.
    ///
    /// # Errors
    /// [`StateLimit`] when the automaton would have more states than `limits.max_states`: the
    /// construction stops there rather than exhaust memory (canonical LR(1) automata of large
    /// grammars can be huge).
    ///
    /// # Examples
    /// ```
    /// use sly_core::diag::Origin;
    /// use sly_core::grammar::GrammarBuilder;
    /// use sly_core::lalr::{Automaton, Limits, LrType};
    ///
    /// // LR(1) but not LALR(1): merging the states after `a e` and `b e` mixes their lookaheads.
    /// let mut b = GrammarBuilder::new();
    /// for t in ["a", "b", "c", "d", "e"] {
    ///     b.terminal(t, Origin::NONE);
    /// }
    /// b.rule_str("S", &["a", "E", "c"], None);
    /// b.rule_str("S", &["a", "F", "d"], None);
    /// b.rule_str("S", &["b", "F", "c"], None);
    /// b.rule_str("S", &["b", "E", "d"], None);
    /// b.rule_str("E", &["e"], None);
    /// b.rule_str("F", &["e"], None);
    /// let g = b.build()?.grammar;
    /// let lalr = Automaton::build(&g);
    /// assert_eq!(lalr.reduce_reduce_count(), 2);
    /// let ielr = Automaton::build_with(&g, LrType::Ielr, &Limits::default())?;
    /// assert_eq!((ielr.states.len(), ielr.reduce_reduce_count()), (15, 0));
    /// let lr1 = Automaton::build_with(&g, LrType::Canonical, &Limits::default())?;
    /// assert_eq!((lr1.states.len(), lr1.reduce_reduce_count()), (15, 0));
    /// // A limit below what the construction needs stops it.
    /// let err = Automaton::build_with(&g, LrType::Canonical, &Limits { max_states: 10 });
    /// assert_eq!(err.unwrap_err().limit, 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build_with(
        g: &Grammar,
        lr_type: LrType,
        limits: &Limits,
    ) -> Result<Automaton, StateLimit> {
        let items = lr0::Items::new(g);
        let stop = |_| StateLimit {
            lr_type,
            limit: limits.max_states,
        };
        let lr0 = lr0::build(g, &items, limits.max_states).map_err(stop)?;
        match lr_type {
            LrType::Lalr => {
                let las = lookahead::lookaheads(g, &lr0);
                Ok(Automaton::resolve(g, &items, &lr0, &las))
            }
            LrType::Ielr | LrType::Canonical => {
                let split =
                    ielr::split(g, &items, &lr0, lr_type, limits.max_states).map_err(stop)?;
                let states = split.lr0.as_ref().unwrap_or(&lr0);
                Ok(Automaton::resolve(g, &items, states, &split.lookaheads))
            }
        }
    }

    /// Resolves the actions of an automaton whose reductions have their lookaheads, removes
    /// the states that precedence makes unreachable, and gathers the result.
    // States and terminals index several parallel arrays at once.
    #[allow(clippy::needless_range_loop)]
    fn resolve(g: &Grammar, items: &lr0::Items, lr0: &lr0::Lr0, las: &[Vec<BitSet>]) -> Automaton {
        let nt = g.num_terminals();

        let mut states = Vec::with_capacity(lr0.kernels.len());
        let mut actions = Vec::with_capacity(lr0.kernels.len());
        let mut defaults = Vec::with_capacity(lr0.kernels.len());
        let mut conflicts = Vec::new();
        let mut final_state = StateId(0);

        for s in 0..lr0.kernels.len() {
            let sid = StateId::from(s);
            let trans = &lr0.transitions[s];
            let reds = &lr0.reductions[s];
            let mut la: Vec<BitSet> = las[s].clone();

            if reds.first() == Some(&ProdId(0)) {
                final_state = sid;
            }

            // Shifts on terminals, still enabled.
            let mut shift_to: Vec<Option<StateId>> = vec![None; nt];
            let mut shift_set = BitSet::new(nt);
            for &(sym, to) in trans {
                if let Symbol::Term(t) = sym {
                    shift_to[t.index()] = Some(to);
                    shift_set.insert(t.index());
                }
            }
            let has_token_shift = !shift_set.is_empty();
            let mut explicit_error = BitSet::new(nt);

            // Precedence resolution, reduction by reduction (as bison's set_conflicts).
            for (i, &p) in reds.iter().enumerate() {
                let Some(rprec) = g.production(p).prec else {
                    continue;
                };
                if !la[i].intersects(&shift_set) {
                    continue;
                }
                let tokens: Vec<usize> = la[i].iter().filter(|&t| shift_set.contains(t)).collect();
                for t in tokens {
                    let Some(tprec) = g.terminals[t].prec else {
                        continue;
                    };
                    let resolution = if tprec.level < rprec.level {
                        Some(Resolution::Reduce(p))
                    } else if tprec.level > rprec.level {
                        Some(Resolution::Shift)
                    } else {
                        match tprec.assoc {
                            Assoc::Left => Some(Resolution::Reduce(p)),
                            Assoc::Right => Some(Resolution::Shift),
                            Assoc::Nonassoc => Some(Resolution::Error),
                            Assoc::Precedence => None,
                        }
                    };
                    let Some(resolution) = resolution else {
                        continue;
                    };
                    match resolution {
                        Resolution::Reduce(_) => shift_set.remove(t),
                        Resolution::Shift => la[i].remove(t),
                        Resolution::Error => {
                            shift_set.remove(t);
                            la[i].remove(t);
                            explicit_error.insert(t);
                        }
                    }
                    conflicts.push(Conflict {
                        state: sid,
                        lookahead: TermId::from(t),
                        shift: shift_to[t],
                        reductions: vec![p],
                        resolution,
                        by_precedence: true,
                    });
                }
            }

            // The remaining conflicts, and the action row.
            let mut row: Vec<(TermId, Action)> = Vec::new();
            let mut reducers: Vec<ProdId> = Vec::new();
            for t in 0..nt {
                reducers.clear();
                for (i, &p) in reds.iter().enumerate() {
                    if la[i].contains(t) {
                        reducers.push(p);
                    }
                }
                let shift = if shift_set.contains(t) {
                    shift_to[t]
                } else {
                    None
                };
                if reducers.len() + usize::from(shift.is_some()) >= 2 {
                    conflicts.push(Conflict {
                        state: sid,
                        lookahead: TermId::from(t),
                        shift,
                        reductions: reducers.clone(),
                        resolution: match shift {
                            Some(_) => Resolution::Shift,
                            None => Resolution::Reduce(reducers[0]),
                        },
                        by_precedence: false,
                    });
                }
                let action = if explicit_error.contains(t) {
                    Some(Action::Error)
                } else if let Some(to) = shift {
                    Some(Action::Shift(to))
                } else {
                    reducers.first().map(|&p| Action::Reduce(p))
                };
                if let Some(a) = action {
                    row.push((TermId::from(t), a));
                }
            }

            // Default reduction, as bison chooses it.
            let shifts_error = shift_to[crate::grammar::ERROR.index()].is_some();
            let consistent = reds.len() <= 1 && !(reds.len() == 1 && has_token_shift);
            let default = if reds.is_empty() || shifts_error {
                None
            } else if consistent {
                Some(reds[0])
            } else {
                let mut best: Option<(ProdId, usize)> = None;
                for &p in reds {
                    let count = row.iter().filter(|(_, a)| *a == Action::Reduce(p)).count();
                    if count > best.map_or(0, |b| b.1) {
                        best = Some((p, count));
                    }
                }
                best.map(|b| b.0)
            };
            if let Some(d) = default {
                row.retain(|(_, a)| *a != Action::Reduce(d));
            }

            // Shifts that precedence removed are no longer transitions.
            let transitions = trans
                .iter()
                .copied()
                .filter(|&(sym, _)| match sym {
                    Symbol::Term(t) => shift_set.contains(t.index()),
                    Symbol::Nonterm(_) => true,
                })
                .collect();
            states.push(State {
                kernel: lr0.kernels[s].iter().map(|&i| items.item(i)).collect(),
                items: lr0.closures[s].iter().map(|&i| items.item(i)).collect(),
                accessing: lr0.accessing[s],
                transitions,
                reductions: reds
                    .iter()
                    .zip(&las[s])
                    .map(|(&p, la)| (p, la.iter().map(TermId::from).collect()))
                    .collect(),
            });
            actions.push(row);
            defaults.push(default);
        }

        let mut a = Automaton {
            states,
            actions,
            default_reductions: defaults,
            conflicts,
            final_state,
        };
        a.remove_unreachable_states();
        a
    }

    /// Removes the states that no transition reaches once precedence has removed shifts, and
    /// renumbers the rest in order, as bison does (its `lr.keep-unreachable-state` is false by
    /// default). Their conflicts go with them.
    fn remove_unreachable_states(&mut self) {
        let n = self.states.len();
        let mut seen = vec![false; n];
        seen[0] = true;
        let mut stack = vec![0usize];
        while let Some(s) = stack.pop() {
            for &(_, to) in &self.states[s].transitions {
                if !seen[to.index()] {
                    seen[to.index()] = true;
                    stack.push(to.index());
                }
            }
        }
        if seen.iter().all(|&k| k) {
            return;
        }
        let mut new_id = vec![StateId(u32::MAX); n];
        let mut next = 0u32;
        for (s, &k) in seen.iter().enumerate() {
            if k {
                new_id[s] = StateId(next);
                next += 1;
            }
        }
        fn keep<T>(v: &mut Vec<T>, seen: &[bool]) {
            let mut i = 0;
            v.retain(|_| {
                i += 1;
                seen[i - 1]
            });
        }
        keep(&mut self.states, &seen);
        keep(&mut self.actions, &seen);
        keep(&mut self.default_reductions, &seen);
        for st in &mut self.states {
            for (_, to) in &mut st.transitions {
                *to = new_id[to.index()];
            }
        }
        for row in &mut self.actions {
            for (_, act) in row.iter_mut() {
                if let Action::Shift(to) = act {
                    *to = new_id[to.index()];
                }
            }
        }
        self.conflicts.retain(|c| seen[c.state.index()]);
        for c in &mut self.conflicts {
            c.state = new_id[c.state.index()];
            if let Some(to) = &mut c.shift {
                *to = new_id[to.index()];
            }
        }
        self.final_state = new_id[self.final_state.index()];
    }

    /// The number of unresolved shift/reduce conflicts, counted as bison counts them: one per
    /// (state, terminal) where a shift and a reduction remain.
    pub fn shift_reduce_count(&self) -> usize {
        self.unresolved().filter(|c| c.shift.is_some()).count()
    }

    /// The number of unresolved reduce/reduce conflicts, counted as bison counts them: for each
    /// (state, terminal), one less than the number of reductions that remain.
    pub fn reduce_reduce_count(&self) -> usize {
        self.unresolved()
            .map(|c| c.reductions.len().saturating_sub(1))
            .sum()
    }

    /// The conflicts that precedence did not settle.
    pub fn unresolved(&self) -> impl Iterator<Item = &Conflict> {
        self.conflicts.iter().filter(|c| !c.by_precedence)
    }

    /// The action in `state` on `terminal`, defaults applied.
    pub fn action(&self, state: StateId, terminal: TermId) -> Action {
        let row = &self.actions[state.index()];
        match row.binary_search_by_key(&terminal, |(t, _)| *t) {
            Ok(i) => row[i].1,
            Err(_) => match self.default_reductions[state.index()] {
                Some(ProdId(0)) => Action::Accept,
                Some(p) => Action::Reduce(p),
                None => Action::Error,
            },
        }
    }

    /// The state reached from `state` on nonterminal `nt`.
    pub fn goto(&self, state: StateId, nt: NontermId) -> Option<StateId> {
        self.transition(state, Symbol::Nonterm(nt))
    }

    /// The state reached from `state` on `symbol`.
    pub fn transition(&self, state: StateId, symbol: Symbol) -> Option<StateId> {
        let ts = &self.states[state.index()].transitions;
        ts.binary_search_by(|(s, _)| s.cmp(&symbol))
            .ok()
            .map(|i| ts[i].1)
    }

    /// The default reduction of `state`, if any.
    pub fn default_reduction(&self, state: StateId) -> Option<ProdId> {
        self.default_reductions[state.index()]
    }

    /// A shortest sequence of symbols that leads from state 0 to `state`.
    pub fn access_path(&self, state: StateId) -> Vec<Symbol> {
        let n = self.states.len();
        let mut pred: Vec<Option<(StateId, Symbol)>> = vec![None; n];
        let mut seen = vec![false; n];
        seen[0] = true;
        let mut queue = std::collections::VecDeque::from([StateId(0)]);
        while let Some(s) = queue.pop_front() {
            if s == state {
                break;
            }
            for &(sym, to) in &self.states[s.index()].transitions {
                if !seen[to.index()] {
                    seen[to.index()] = true;
                    pred[to.index()] = Some((s, sym));
                    queue.push_back(to);
                }
            }
        }
        let mut path = Vec::new();
        let mut s = state;
        while let Some((p, sym)) = pred[s.index()] {
            path.push(sym);
            s = p;
        }
        path.reverse();
        path
    }

    /// A shortest string of terminals that reaches `state`: [`access_path`](Self::access_path)
    /// with every nonterminal replaced by one of its shortest sentences.
    pub fn example_input(&self, g: &Grammar, state: StateId) -> Vec<TermId> {
        let shortest = shortest_sentences(g);
        let mut out = Vec::new();
        for sym in self.access_path(state) {
            match sym {
                Symbol::Term(t) => out.push(t),
                Symbol::Nonterm(n) => out.extend(shortest[n.index()].iter().copied()),
            }
        }
        out
    }

    /// Displays the automaton's conflicts summary as bison does: `conflicts: 1 shift/reduce`.
    pub fn conflict_summary(&self) -> ConflictSummary {
        ConflictSummary {
            shift_reduce: self.shift_reduce_count(),
            reduce_reduce: self.reduce_reduce_count(),
        }
    }
}

/// Conflict counts, displayed as bison's summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConflictSummary {
    /// Unresolved shift/reduce conflicts.
    pub shift_reduce: usize,
    /// Unresolved reduce/reduce conflicts.
    pub reduce_reduce: usize,
}

impl fmt::Display for ConflictSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.shift_reduce, self.reduce_reduce) {
            (0, 0) => f.write_str("no conflicts"),
            (s, 0) => write!(f, "conflicts: {s} shift/reduce"),
            (0, r) => write!(f, "conflicts: {r} reduce/reduce"),
            (s, r) => write!(f, "conflicts: {s} shift/reduce, {r} reduce/reduce"),
        }
    }
}

/// One shortest terminal string derived from each useful nonterminal (empty for useless ones).
pub fn shortest_sentences(g: &Grammar) -> Vec<Vec<TermId>> {
    let nn = g.num_nonterminals();
    let mut best: Vec<Option<Vec<TermId>>> = vec![None; nn];
    let mut changed = true;
    while changed {
        changed = false;
        for p in g.productions.iter().filter(|p| p.useful) {
            let mut s = Vec::new();
            let mut ok = true;
            for sym in &p.rhs {
                match sym {
                    Symbol::Term(t) => s.push(*t),
                    Symbol::Nonterm(n) => match &best[n.index()] {
                        Some(v) => s.extend(v.iter().copied()),
                        None => {
                            ok = false;
                            break;
                        }
                    },
                }
            }
            if ok
                && best[p.lhs.index()]
                    .as_ref()
                    .is_none_or(|b| s.len() < b.len())
            {
                best[p.lhs.index()] = Some(s);
                changed = true;
            }
        }
    }
    best.into_iter().map(Option::unwrap_or_default).collect()
}

#[cfg(test)]
mod tests;
