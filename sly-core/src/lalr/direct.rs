//! The plan of a directly executed parser (`#[parser(codegen = "direct")]`): what the code
//! generated for each state does with each terminal, read off the packed tables so that it
//! takes exactly their decisions.
//!
//! The generated code is a loop over a `match` on the current state. Each state's arm matches
//! the lookahead terminal: a shift pushes the token and goes on in the target state, a
//! reduction runs its action, pops its states and goes to the state its left-hand side leads
//! to from the state below (a `match` per nonterminal). What a state does right after a shift
//! into it, before the next token is read, is known when the code is generated
//! ([`Then`]): a state whose only action is a reduction reduces at once, any other returns and
//! waits for the next token, as the tables' `need_token` column says.
//!
//! Everything rare goes back to the tables from the stack as it stands ([`Step::Tables`]):
//! syntax errors and `error` recovery, acceptance, and shifting `$end` in grammars that name
//! it. The tables decide those exactly as before, so the two modes behave alike. A state with
//! more than [`MAX_ARMS`] arms looks its step up in the tables too.

use super::pack::PackedTables;
use crate::lex::LexError;
use crate::parse::table::{Act, ParseTables};
use crate::parse::{DirectStep, LrParser, Machine};
use crate::span::Span;

/// What a state does with a lookahead terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Shift the token and go to the state, then do what [`DirectPlan::then`] says for it.
    Shift(usize),
    /// Reduce by the production.
    Reduce(usize),
    /// Return and wait for the next token (only on the `need_token` column).
    Read,
    /// Go on with the tables: a syntax error, acceptance, or a shift of `$end`.
    Tables,
}

/// What a state does right after a shift into it, before the next token is read (the tables'
/// `need_token` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Then {
    /// Reduce by the production, without lookahead.
    Reduce(usize),
    /// Return and wait for the next token.
    Read,
    /// Go on with the tables.
    Tables,
}

/// The most arms a state's code may have; a state with more (one that shifts many keywords,
/// each to a state of its own) looks its step up in the tables instead, which keeps the code
/// small for grammars with hundreds of keywords.
pub const MAX_ARMS: usize = 16;

/// One state's code: arms for the terminals whose step is not the default, then the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatePlan {
    /// Whether the state gets code of its own (at most [`MAX_ARMS`] arms); if not, the code
    /// looks its step up in the tables.
    pub coded: bool,
    /// The terminals (ascending) of each arm and their step; no arm has the default's step.
    pub arms: Vec<(Vec<usize>, Step)>,
    /// The step of every other terminal.
    pub default: Step,
}

/// One nonterminal's gotos: the states (ascending) that go to each target, then the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GotoPlan {
    /// The states of each arm and the state they go to.
    pub arms: Vec<(Vec<usize>, usize)>,
    /// The target from every other state.
    pub default: usize,
}

/// The plan of a whole parser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectPlan {
    /// The `need_token` column: the terminal number that asks a state what it does before a
    /// token is read.
    pub need: usize,
    /// Per state.
    pub states: Vec<StatePlan>,
    /// What each state does right after a shift into it.
    pub then: Vec<Then>,
    /// Per nonterminal.
    pub gotos: Vec<GotoPlan>,
    /// The right-hand side length of each production.
    pub prod_len: Vec<usize>,
    /// The left-hand side nonterminal of each production.
    pub prod_lhs: Vec<usize>,
}

impl DirectPlan {
    /// The plan of `tables`.
    pub fn build(tables: &PackedTables) -> DirectPlan {
        let names: Vec<&str> = tables.terminal_names.iter().map(String::as_str).collect();
        let t = tables.view(&names);
        let need = t.need_token();
        let ns = tables.default_action.len();
        let step = |s: usize, term: usize| -> Step {
            match t.action(s, term) {
                // `$end` and `error` are never shifted here: `error` only by recovery, and
                // `$end` (in grammars that name it) is read again after its shift.
                Act::Shift(to) if term > 1 && term < need => Step::Shift(to),
                Act::Reduce(p) => Step::Reduce(p),
                Act::Error if term == need => Step::Read,
                _ => Step::Tables,
            }
        };
        let states = (0..ns)
            .map(|s| {
                // A terminal out of range takes the default action, as in the tables.
                let default = match Act::decode(tables.default_action[s] as usize) {
                    Act::Reduce(p) => Step::Reduce(p),
                    _ => Step::Tables,
                };
                let mut arms: Vec<(Vec<usize>, Step)> = Vec::new();
                for term in 0..=need {
                    let st = step(s, term);
                    if st == default {
                        continue;
                    }
                    match arms.iter_mut().find(|(_, a)| *a == st) {
                        Some((terms, _)) => terms.push(term),
                        None => arms.push((vec![term], st)),
                    }
                }
                StatePlan {
                    coded: arms.len() <= MAX_ARMS,
                    arms,
                    default,
                }
            })
            .collect();
        let then = (0..ns)
            .map(|s| match t.action(s, need) {
                Act::Reduce(p) => Then::Reduce(p),
                Act::Error => Then::Read,
                _ => Then::Tables,
            })
            .collect();
        let gotos = (0..tables.goto_default.len())
            .map(|nt| {
                let default = tables.goto_default[nt] as usize;
                let mut arms: Vec<(Vec<usize>, usize)> = Vec::new();
                for s in 0..ns {
                    let to = t.goto(s, nt);
                    if to == default {
                        continue;
                    }
                    match arms.iter_mut().find(|(_, a)| *a == to) {
                        Some((states, _)) => states.push(s),
                        None => arms.push((vec![s], to)),
                    }
                }
                GotoPlan { arms, default }
            })
            .collect();
        DirectPlan {
            need,
            states,
            then,
            gotos,
            prod_len: tables.prod_len.iter().map(|&n| n as usize).collect(),
            prod_lhs: tables.prod_lhs.iter().map(|&n| n as usize).collect(),
        }
    }

    /// The step of `state` on `term`, as the generated code takes it (for a state without code
    /// of its own, as [`Machine::direct_step`](crate::parse::Machine::direct_step) reads it from
    /// the tables: the same step).
    pub fn step(&self, state: usize, term: usize) -> Step {
        let plan = &self.states[state];
        plan.arms
            .iter()
            .find(|(terms, _)| terms.binary_search(&term).is_ok())
            .map_or(plan.default, |(_, st)| *st)
    }

    /// The state reached from `state` on nonterminal `nt`.
    pub fn goto(&self, state: usize, nt: usize) -> usize {
        let plan = &self.gotos[nt];
        plan.arms
            .iter()
            .find(|(states, _)| states.binary_search(&state).is_ok())
            .map_or(plan.default, |(_, to)| *to)
    }

    /// Whether the plan takes the tables' decision on every state and terminal (terminals out
    /// of range included), and their goto on every state and nonterminal.
    pub fn agrees_with<T: crate::parse::table::TableInt>(&self, t: &ParseTables<'_, T>) -> bool {
        let ns = self.states.len();
        let steps_agree = (0..ns).all(|s| {
            (0..=self.need + 2)
                .chain([usize::MAX - 2, usize::MAX])
                .all(|term| {
                    let want = match t.action(s, term) {
                        Act::Shift(to) if term > 1 && term < self.need => Some(to),
                        Act::Shift(_) | Act::Accept => None,
                        Act::Reduce(p) => return self.step(s, term) == Step::Reduce(p),
                        Act::Error if term == self.need => return self.step(s, term) == Step::Read,
                        Act::Error => None,
                    };
                    match (want, self.step(s, term)) {
                        (Some(to), Step::Shift(got)) => {
                            to == got
                                && self.then[to]
                                    == match t.action(to, self.need) {
                                        Act::Reduce(p) => Then::Reduce(p),
                                        Act::Error => Then::Read,
                                        _ => Then::Tables,
                                    }
                        }
                        (None, Step::Tables) => true,
                        _ => false,
                    }
                })
        });
        let gotos_agree =
            (0..self.gotos.len()).all(|nt| (0..ns).all(|s| self.goto(s, nt) == t.goto(s, nt)));
        steps_agree && gotos_agree
    }
}

/// Feeds one token as the code generated for `plan` does, then the tokens of `rest`, making
/// the same [`Machine`] calls in the same order, for tests that run a plan without a proc
/// macro (an `LrParser::feed_direct` that calls this). A state keeps its code only where
/// `coded` says so too; the others look their step up, as the generated code does for wide
/// states.
#[allow(clippy::too_many_arguments)]
pub fn interpret<'s, P: LrParser<'s>>(
    plan: &DirectPlan,
    coded: impl Fn(usize) -> bool,
    m: &mut Machine<P::Values, P::Output>,
    p: &mut P,
    term: usize,
    token: Option<P::Token>,
    span: Span,
    rest: &mut dyn Iterator<Item = Result<(P::Token, Span), LexError>>,
) {
    let (mut term, mut token, mut span) = (term, token, span);
    'token: loop {
        let mut state = m.direct_begin();
        'step: loop {
            let prod = 'reduce: {
                let step = if plan.states[state].coded && coded(state) {
                    plan.step(state, term)
                } else {
                    match m.direct_step::<P>(state, term) {
                        DirectStep::Shift(to) => Step::Shift(to),
                        DirectStep::Reduce(prod) => Step::Reduce(prod),
                        DirectStep::Read => Step::Read,
                        DirectStep::Tables => Step::Tables,
                    }
                };
                let to = match step {
                    Step::Shift(to) => to,
                    Step::Reduce(prod) => break 'reduce prod,
                    Step::Read => break 'step,
                    Step::Tables => {
                        m.direct_cold(p, term, token.take(), span);
                        break 'step;
                    }
                };
                m.direct_shift::<P>(term, to, token.take(), span);
                match plan.then[to] {
                    Then::Reduce(prod) => {
                        term = plan.need;
                        break 'reduce prod;
                    }
                    Then::Read => break 'step,
                    Then::Tables => {
                        m.direct_cold(p, plan.need, None, span);
                        break 'step;
                    }
                }
            };
            let len = plan.prod_len[prod];
            let at = m.direct_reduce_span::<P>(prod, len);
            m.direct_reduce_action(p, prod, len, at);
            let below = m.direct_reduce_end::<P>(len, at);
            state = plan.goto(below, plan.prod_lhs[prod]);
            m.direct_goto(state);
        }
        loop {
            if m.direct_done() {
                return;
            }
            match rest.next() {
                None => return,
                Some(Ok((tok, at))) => {
                    term = Machine::<P::Values, P::Output>::direct_terminal::<P>(&tok);
                    token = Some(tok);
                    span = at;
                    continue 'token;
                }
                Some(Err(e)) => m.direct_lex_error(p, e),
            }
        }
    }
}
