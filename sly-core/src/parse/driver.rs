//! The table-driven LR driver shared by every generated parser, with yacc's `error` recovery.
//!
//! Generated code implements [`LrParser`] (tables, token classification and the semantic
//! actions); everything else — shifting, reducing, error reporting and recovery — lives here.
//! The driver consumes one token at a time, so the pull interface ([`parse`], [`parse_all`])
//! and the push interface ([`PushParser`]) are the same machine.
//!
//! Recovery follows yacc and SLY: on a syntax error the error is reported (unless the parser
//! is still recovering from the last one), states are popped until one can shift the `error`
//! terminal, `error` is shifted, and then tokens that cannot follow are discarded. Three tokens
//! must be shifted before a new error is reported.

use super::error::{ParseError, Parsed};
use super::table::{Act, ParseTables, TableInt};
use crate::lex::LexError;
use crate::span::Span;

/// The terminal number of the end of input.
pub const END: usize = 0;
/// The terminal number of `error`.
pub const ERROR: usize = 1;

/// Stand-ins for input tokens that a hand-written `terminal` classifies as `$end` or `error`:
/// no terminal of the grammar (out of range, so a syntax error), named after what they claimed
/// to be in the error.
const INPUT_END: usize = usize::MAX;
const INPUT_ERROR: usize = usize::MAX - 1;
/// Stand-in for an input token classified as [`ParseTables::need_token`], which is no
/// terminal either.
const INPUT_NEED: usize = usize::MAX - 2;

/// How many times the end of the input may be shifted in a row, for grammars that name `$end`
/// in their rules.
const MAX_END_SHIFTS: usize = 64;

/// What a generated parser provides to the driver.
///
/// Implemented by `#[parser]`; not meant to be implemented by hand.
pub trait LrParser<'s>: Sized {
    /// The token type.
    type Token;
    /// Whether any action reads spans (a `Span` or `Spanned` parameter, or an `error` rule):
    /// when not, the driver keeps no span stack.
    const USES_SPANS: bool = true;
    /// The value stacks: `#[parser]` keeps one stack per distinct symbol type, so values
    /// move without an enum tag to check and at their own size.
    type Values: Default;
    /// The start symbol's type.
    type Output;
    /// The table integer type.
    type Int: TableInt;

    /// The parse tables.
    fn tables() -> &'static ParseTables<'static, Self::Int>;
    /// The terminal number of a token.
    fn terminal(token: &Self::Token) -> usize;
    /// Pushes a shifted token's value.
    fn push_token(values: &mut Self::Values, token: Self::Token);
    /// Pushes the value of a shifted `error` terminal, spanning what it replaced (also pushed
    /// for a shifted `$end`, which comes without a token).
    fn push_error(values: &mut Self::Values, span: Span);
    /// Runs the action of production `prod`: pops the values of its right-hand side (`spans`
    /// are their spans, `span` the whole) and pushes the result.
    fn reduce(&mut self, prod: usize, values: &mut Self::Values, spans: &[Span], span: Span);
    /// Pops the value of the symbol that led into `state`, discarded by error recovery.
    fn pop_value(values: &mut Self::Values, state: usize);
    /// Pops the start symbol's value, on acceptance.
    fn take_output(values: &mut Self::Values) -> Option<Self::Output>;
    /// Called on every reported error, before recovery.
    fn on_error(&mut self, _error: &ParseError) {}
    /// Whether the parser was generated with `codegen = "direct"`: then
    /// [`feed_direct`](Self::feed_direct) feeds tokens instead of the table-driven loop.
    const DIRECT: bool = false;
    /// Feeds one token with the code generated per state (`codegen = "direct"`), taking the
    /// same decisions as the tables, then the tokens of `rest` until it ends or parsing stops;
    /// see [`Machine`]. The default runs the tables.
    #[doc(hidden)]
    #[inline(always)]
    fn feed_direct(
        machine: &mut Machine<Self::Values, Self::Output>,
        parser: &mut Self,
        term: usize,
        token: Option<Self::Token>,
        span: Span,
        rest: &mut dyn Iterator<Item = Result<(Self::Token, Span), LexError>>,
    ) {
        machine.feed_tables(parser, term, token, span);
        for item in rest {
            if machine.done {
                break;
            }
            match item {
                Ok((tok, span)) => machine.feed_token::<Self, true>(parser, tok, span),
                Err(e) => machine.lex_error(parser, e),
            }
        }
    }
    /// The message of the parser's catalogue (`messages = "..."`) for a syntax error read in
    /// `state`, if it has one.
    fn message(_state: usize) -> Option<&'static str> {
        None
    }
}

/// Something a parser accepts as a token: `(Tok, Span)` or a lexer's
/// `Result<(Tok, Span), LexError>`.
pub trait TokenItem<T> {
    /// The token with its span, or the lexing error.
    fn into_token(self) -> Result<(T, Span), LexError>;
}

impl<T> TokenItem<T> for (T, Span) {
    #[inline(always)]
    fn into_token(self) -> Result<(T, Span), LexError> {
        Ok(self)
    }
}

impl<T> TokenItem<T> for Result<(T, Span), LexError> {
    #[inline(always)]
    fn into_token(self) -> Result<(T, Span), LexError> {
        self
    }
}

/// A step of the code `codegen = "direct"` generates, for a state it looks up in the tables.
/// Not public API.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectStep {
    /// Shift the token and go to the state.
    Shift(usize),
    /// Reduce by the production.
    Reduce(usize),
    /// Wait for the next token.
    Read,
    /// Go on with the tables.
    Tables,
}

/// The parser's stacks and recovery state.
///
/// Public only for the code `codegen = "direct"` generates, which calls its `direct_*`
/// methods; not meant to be used otherwise.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct Machine<V, O> {
    states: Vec<u32>,
    values: V,
    spans: Vec<Span>,
    errors: Vec<ParseError>,
    /// Tokens still to shift before a new error is reported (yacc's `yyerrstatus`).
    recovering: u8,
    /// Where the last token ended.
    last_end: usize,
    /// The final value, once accepted.
    accepted: Option<O>,
    /// Whether parsing stopped (accepted or gave up).
    done: bool,
    /// The stack as it was when the current token was first looked at is
    /// `states[..low]` followed by `undo` reversed: reductions on a token that turns out to be
    /// an error must not hide what the parser expected before them.
    low: usize,
    undo: Vec<u32>,
}

impl<V: Default, O> Machine<V, O> {
    fn new() -> Self {
        Machine {
            states: vec![0],
            values: V::default(),
            spans: Vec::new(),
            errors: Vec::new(),
            recovering: 0,
            last_end: 0,
            accepted: None,
            done: false,
            low: 1,
            undo: Vec::new(),
        }
    }

    #[inline(always)]
    fn top(&self) -> usize {
        *self.states.last().unwrap_or(&0) as usize
    }

    /// Reduces by `prod` and returns the new top state.
    #[inline(always)]
    fn reduce<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        prod: usize,
    ) -> usize {
        let t = P::tables();
        self.reduce_pop(p, prod, t.prod_len[prod].get());
        let to = t.goto(self.top(), t.prod_lhs[prod].get());
        self.states.push(to as u32);
        to
    }

    /// Runs the action of `prod`, whose right-hand side has `len` symbols, and pops their
    /// states; returns the state below them, which the left-hand side goes from. The same
    /// three steps as the code `codegen = "direct"` generates, with the action looked up.
    #[inline(always)]
    fn reduce_pop<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        prod: usize,
        len: usize,
    ) -> usize {
        let span = self.direct_reduce_span::<P>(prod, len);
        self.direct_reduce_action(p, prod, len, span);
        self.reduce_end::<P, true>(len, span)
    }

    /// Direct code: whether parsing has stopped (accepted, or gave up).
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_done(&self) -> bool {
        self.done
    }

    /// Direct code: the terminal of an input token (with the stand-ins for tokens classified
    /// as `$end`, `error` or `need_token`).
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_terminal<'s, P: LrParser<'s, Values = V, Output = O>>(tok: &P::Token) -> usize {
        Self::input_terminal::<P>(tok)
    }

    /// Direct code: a lexing error in the input.
    #[doc(hidden)]
    #[cold]
    #[inline(never)]
    pub fn direct_lex_error<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        e: LexError,
    ) {
        self.lex_error(p, e);
    }

    /// Direct code: starts feeding a token; returns the state it is read in.
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_begin(&mut self) -> usize {
        self.low = self.states.len();
        self.undo.clear();
        self.top()
    }

    /// Direct code: shifts the input token (never `$end` or `error`), terminal `term`, and goes
    /// to state `to`.
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_shift<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        term: usize,
        to: usize,
        token: Option<P::Token>,
        span: Span,
    ) {
        #[cfg(feature = "trace")]
        super::trace::emit(format_args!(
            "shift {}, go to state {to}",
            P::tables().terminal_names[term]
        ));
        let _ = term;
        self.states.push(to as u32);
        match token {
            Some(tok) => P::push_token(&mut self.values, tok),
            None => P::push_error(&mut self.values, span),
        }
        if P::USES_SPANS {
            self.spans.push(span);
        }
        self.last_end = span.end;
        if self.recovering > 0 {
            self.recovering -= 1;
        }
        self.low = 0;
    }

    /// Direct code: starts a reduction by `prod`, whose right-hand side has `len` symbols;
    /// returns the span of the whole (empty when no action reads spans).
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_reduce_span<'s, P: LrParser<'s, Values = V, Output = O>>(
        &self,
        prod: usize,
        len: usize,
    ) -> Span {
        #[cfg(feature = "trace")]
        super::trace::emit(format_args!(
            "reduce by production {prod} in state {}",
            self.top()
        ));
        let _ = prod;
        if P::USES_SPANS {
            let base = self.spans.len() - len;
            if len == 0 {
                let at = self.spans.last().map_or(0, |s| s.end);
                Span::new(at, at)
            } else {
                Span::new(self.spans[base].start, self.spans[self.spans.len() - 1].end)
            }
        } else {
            Span::default()
        }
    }

    /// Direct code: the value stacks and the spans of the `len` symbols being reduced, for
    /// the action.
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_values<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        len: usize,
    ) -> (&mut V, &[Span]) {
        let spans: &[Span] = if P::USES_SPANS {
            &self.spans[self.spans.len() - len..]
        } else {
            &[]
        };
        (&mut self.values, spans)
    }

    /// Runs the action of `prod` through [`LrParser::reduce`]: the table mode's reductions,
    /// and code that interprets a plan rather than spelling the actions out (see
    /// `sly_core::lalr::direct::interpret`).
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_reduce_action<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        prod: usize,
        len: usize,
        span: Span,
    ) {
        let spans: &[Span] = if P::USES_SPANS {
            &self.spans[self.spans.len() - len..]
        } else {
            &[]
        };
        p.reduce(prod, &mut self.values, spans, span);
    }

    /// Direct code: ends a reduction of `len` symbols spanning `span`: pops their states and
    /// returns the state below, whose goto on the left-hand side the caller pushes with
    /// [`direct_goto`](Self::direct_goto).
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_reduce_end<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        len: usize,
        span: Span,
    ) -> usize {
        self.reduce_end::<P, false>(len, span)
    }

    /// Ends a reduction of `len` symbols spanning `span`, with the record of replaced states
    /// kept inline (`INLINE_UNDO`: the tables' one loop) or out of line (code per production).
    #[inline(always)]
    fn reduce_end<'s, P: LrParser<'s, Values = V, Output = O>, const INLINE_UNDO: bool>(
        &mut self,
        len: usize,
        span: Span,
    ) -> usize {
        if P::USES_SPANS {
            let base = self.spans.len() - len;
            self.spans.truncate(base);
            self.spans.push(span);
        }
        let keep = self.states.len() - len;
        if INLINE_UNDO {
            // One or two states at a time, so a plain loop beats a copy and a reversal.
            while keep < self.low {
                self.low -= 1;
                self.undo.push(self.states[self.low]);
            }
        } else if keep < self.low {
            self.save_undo(keep);
        }
        self.states.truncate(keep);
        self.top()
    }

    /// Remembers the states above `keep` that the current token's reductions replace (see
    /// `undo`), deepest last, out of line: the code of each production in direct mode stays
    /// straight.
    #[inline(never)]
    fn save_undo(&mut self, keep: usize) {
        while keep < self.low {
            self.low -= 1;
            self.undo.push(self.states[self.low]);
        }
    }

    /// Direct code: the step of a state without code of its own, read from the tables.
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_step<'s, P: LrParser<'s, Values = V, Output = O>>(
        &self,
        state: usize,
        term: usize,
    ) -> DirectStep {
        let t = P::tables();
        let need = t.need_token();
        match t.action(state, term) {
            Act::Shift(to) if term > ERROR && term < need => DirectStep::Shift(to),
            Act::Reduce(prod) => DirectStep::Reduce(prod),
            Act::Error if term == need => DirectStep::Read,
            _ => DirectStep::Tables,
        }
    }

    /// Direct code: pushes the state a goto leads to.
    #[doc(hidden)]
    #[inline(always)]
    pub fn direct_goto(&mut self, to: usize) {
        self.states.push(to as u32);
    }

    /// Direct code: goes on with the current token from the stack as it is, with the tables:
    /// for syntax errors and recovery, acceptance and shifting `$end`, which the tables do
    /// exactly as the code generated per state would.
    #[doc(hidden)]
    #[cold]
    #[inline(never)]
    pub fn direct_cold<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        term: usize,
        token: Option<P::Token>,
        span: Span,
    ) {
        self.run_tables(p, term, token, span);
    }

    /// Whether the parser, as it was before reducing on the current token, would shift or
    /// accept `term` (after any reductions): the exact expected set, default reductions
    /// notwithstanding.
    fn would_accept<'s, P: LrParser<'s, Values = V, Output = O>>(&self, term: usize) -> bool {
        let depth = self.low.min(self.states.len());
        let extra: Vec<usize> = self.undo.iter().rev().map(|&s| s as usize).collect();
        self.accepts_from::<P>(depth, extra, term)
    }

    /// Whether the parser, as it is now between two tokens, would shift or accept `term`
    /// (after any reductions).
    fn accepts_now<'s, P: LrParser<'s, Values = V, Output = O>>(&self, term: usize) -> bool {
        !self.done && self.accepts_from::<P>(self.states.len(), Vec::new(), term)
    }

    /// Whether the stack `states[..depth]` followed by `extra` would shift or accept `term`.
    fn accepts_from<'s, P: LrParser<'s, Values = V, Output = O>>(
        &self,
        mut depth: usize,
        mut extra: Vec<usize>,
        term: usize,
    ) -> bool {
        let t = P::tables();
        // An LR automaton reduces at most (stack depth + states) times before shifting;
        // bound the walk all the same.
        for _ in 0..(self.states.len() + t.action_base.len() + 16) * 4 {
            let top = match extra.last() {
                Some(&s) => s,
                None => self.states[depth - 1] as usize,
            };
            match t.action(top, term) {
                Act::Shift(_) | Act::Accept => return true,
                Act::Error => return false,
                Act::Reduce(prod) => {
                    let mut n = t.prod_len[prod].get();
                    let from_extra = n.min(extra.len());
                    extra.truncate(extra.len() - from_extra);
                    n -= from_extra;
                    if n >= depth {
                        return false;
                    }
                    depth -= n;
                    let below = match extra.last() {
                        Some(&s) => s,
                        None => self.states[depth - 1] as usize,
                    };
                    extra.push(t.goto(below, t.prod_lhs[prod].get()));
                }
            }
        }
        false
    }

    fn report<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        term: usize,
        span: Span,
    ) {
        let t = P::tables();
        let accepted: Vec<usize> = (0..t.num_terminals())
            .filter(|&u| u != ERROR && self.would_accept::<P>(u))
            .collect();
        let shown = |u: usize| {
            t.terminal_display
                .get(u)
                .or(t.terminal_names.get(u))
                .map_or_else(|| format!("terminal #{u}"), |s| s.to_string())
        };
        let expected = accepted
            .iter()
            .map(|&u| t.terminal_names[u].to_string())
            .collect();
        let expected_shown = accepted.iter().map(|&u| shown(u)).collect();
        let (id, name) = match term {
            INPUT_END => (END, t.terminal_names.get(END)),
            INPUT_ERROR => (ERROR, t.terminal_names.get(ERROR)),
            INPUT_NEED => (t.need_token(), None),
            _ => (term, t.terminal_names.get(term)),
        };
        let found = (term != END).then(|| match name {
            Some(name) => (name.to_string(), shown(id)),
            None => (format!("terminal #{id}"), format!("terminal #{id}")),
        });
        let mut err = ParseError::syntax_shown(span, found, expected, expected_shown);
        // The catalogue is keyed by the state the token was read in, before the reductions it
        // caused.
        let read_in = match self.undo.first() {
            Some(&s) => s as usize,
            None => self.states[..self.low.min(self.states.len())]
                .last()
                .map_or(0, |&s| s as usize),
        };
        if let Some(m) = P::message(read_in) {
            err = err.with_catalogue_message(m);
        }
        p.on_error(&err);
        self.errors.push(err);
    }

    /// Pops states until one shifts `error`, then shifts it; `false` when none does.
    fn shift_error<'s, P: LrParser<'s, Values = V, Output = O>>(&mut self, mut span: Span) -> bool {
        let t = P::tables();
        self.recovering = 3;
        // The error is reported: what the stack was before this token no longer matters, and
        // popping below it would leave the record pointing past the stack.
        self.low = self.states.len();
        self.undo.clear();
        loop {
            if let Act::Shift(to) = t.action(self.top(), ERROR) {
                #[cfg(feature = "trace")]
                super::trace::emit(format_args!("shift error, go to state {to}"));
                self.states.push(to as u32);
                P::push_error(&mut self.values, span);
                if P::USES_SPANS {
                    self.spans.push(span);
                }
                return true;
            }
            if self.states.len() <= 1 {
                return false;
            }
            if let Some(s) = self.states.pop() {
                P::pop_value(&mut self.values, s as usize);
            }
            self.low = self.states.len();
            if let Some(s) = self.spans.pop() {
                span = s.join(span);
            }
        }
    }

    fn abort(&mut self) {
        self.done = true;
        self.states.truncate(1);
        self.values = V::default();
        self.spans.clear();
    }

    /// Feeds one input token. `$end` and `error` stand for the end of the input and for
    /// recovery: a token classified as either (by a hand-written `terminal`) is no terminal of
    /// the grammar, a syntax error like any id out of range. `TABLES` runs the tables even for
    /// a parser generated with `codegen = "direct"`.
    #[inline(always)]
    fn feed_token<'s, P: LrParser<'s, Values = V, Output = O>, const TABLES: bool>(
        &mut self,
        p: &mut P,
        tok: P::Token,
        span: Span,
    ) {
        let term = Self::input_terminal::<P>(&tok);
        self.feed::<P, TABLES>(p, term, Some(tok), span);
    }

    /// The terminal of an input token, with the stand-ins for `$end`, `error` and
    /// `need_token`.
    #[inline(always)]
    fn input_terminal<'s, P: LrParser<'s, Values = V, Output = O>>(tok: &P::Token) -> usize {
        match P::terminal(tok) {
            END => INPUT_END,
            ERROR => INPUT_ERROR,
            term if term == P::tables().need_token() => INPUT_NEED,
            term => term,
        }
    }

    /// [`feed`](Self::feed) in a function of its own, shared by the entry points other than
    /// the loop of [`parse_all`] (the reductions before the first token, the end of the input,
    /// a pushed token): each would otherwise inline its own copy of the parser's actions, and a
    /// large grammar's actions are a large function to optimize and to carry.
    #[inline(never)]
    fn feed_outlined<'s, P: LrParser<'s, Values = V, Output = O>, const TABLES: bool>(
        &mut self,
        p: &mut P,
        term: usize,
        token: Option<P::Token>,
        span: Span,
    ) {
        self.feed::<P, TABLES>(p, term, token, span);
    }

    /// Feeds one token (`term` is its terminal, `token` is `None` for the end of input), or
    /// with `term` the table's `need_token` and no token, makes the reductions that need no
    /// lookahead: with the code generated per state when the parser has it and `TABLES` is
    /// false, else with the tables.
    #[inline(always)]
    fn feed<'s, P: LrParser<'s, Values = V, Output = O>, const TABLES: bool>(
        &mut self,
        p: &mut P,
        term: usize,
        token: Option<P::Token>,
        span: Span,
    ) {
        if P::DIRECT && !TABLES {
            P::feed_direct(self, p, term, token, span, &mut core::iter::empty());
        } else {
            self.feed_tables(p, term, token, span);
        }
    }

    /// [`feed`](Self::feed) with the tables.
    #[doc(hidden)]
    #[inline(always)]
    pub fn feed_tables<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        term: usize,
        token: Option<P::Token>,
        span: Span,
    ) {
        self.low = self.states.len();
        self.undo.clear();
        self.run_tables(p, term, token, span);
    }

    /// Goes on with the current token from the stack as it is, with the tables: the shifts,
    /// reductions, acceptance and error recovery of [`feed`](Self::feed) after its start.
    #[inline(always)]
    fn run_tables<'s, P: LrParser<'s, Values = V, Output = O>>(
        &mut self,
        p: &mut P,
        term: usize,
        mut token: Option<P::Token>,
        span: Span,
    ) {
        let t = P::tables();
        let need = t.need_token();
        let mut term = term;
        let mut end_shifts = 0;
        let mut top = self.top();
        loop {
            match t.action(top, term) {
                Act::Shift(to) => {
                    #[cfg(feature = "trace")]
                    super::trace::emit(format_args!(
                        "shift {}, go to state {to}",
                        t.terminal_names[term]
                    ));
                    self.states.push(to as u32);
                    top = to;
                    match token.take() {
                        Some(tok) => P::push_token(&mut self.values, tok),
                        // Only `$end` comes without a token: an error value stands for it.
                        None => P::push_error(&mut self.values, span),
                    }
                    if P::USES_SPANS {
                        self.spans.push(span);
                    }
                    if term == END {
                        // A grammar that names `$end` in a rule shifts it: like bison, the
                        // end of the input is read again, so the loop goes on with it.
                        end_shifts += 1;
                        if end_shifts > MAX_END_SHIFTS {
                            // A grammar that shifts `$end` without end (`s: $end s`).
                            self.report(p, term, span);
                            self.abort();
                            return;
                        }
                        continue;
                    }
                    self.last_end = span.end;
                    if self.recovering > 0 {
                        self.recovering -= 1;
                    }
                    // The token is in: the reductions that follow need no record of the stack
                    // before it, and stop at the first state that wants the next token.
                    self.low = 0;
                    term = need;
                }
                Act::Reduce(prod) => top = self.reduce(p, prod),
                Act::Accept => {
                    self.accepted = P::take_output(&mut self.values);
                    self.done = true;
                    return;
                }
                Act::Error if term == need => return,
                Act::Error => {
                    if self.recovering == 0 {
                        self.report(p, term, span);
                    }
                    if self.recovering == 3 {
                        // The token just failed again after recovery: discard it.
                        if term == END {
                            self.abort();
                            return;
                        }
                        #[cfg(feature = "trace")]
                        super::trace::emit(format_args!("discard terminal {term}"));
                        if !self.shift_error::<P>(span) {
                            self.abort();
                        }
                        return;
                    }
                    let at = Span::new(span.start, span.start);
                    if !self.shift_error::<P>(at) {
                        self.abort();
                        return;
                    }
                    top = self.top();
                }
            }
        }
    }

    /// A lexing error: reported, then handled as a syntax error on a token that fits nowhere.
    fn lex_error<'s, P: LrParser<'s, Values = V, Output = O>>(&mut self, p: &mut P, e: LexError) {
        let span = e.span();
        let err = ParseError::from(e);
        p.on_error(&err);
        self.errors.push(err);
        if self.recovering == 3 {
            // Already discarding tokens: this one goes too.
            return;
        }
        if !self.shift_error::<P>(span) {
            self.abort();
        }
    }

    /// Makes the reductions that come before the first token.
    fn start<'s, P: LrParser<'s, Values = V, Output = O>, const TABLES: bool>(
        &mut self,
        p: &mut P,
    ) {
        self.feed_outlined::<P, TABLES>(p, P::tables().need_token(), None, Span::default());
    }

    fn finish<'s, P: LrParser<'s, Values = V, Output = O>, const TABLES: bool>(
        &mut self,
        p: &mut P,
    ) -> Parsed<P::Output> {
        if !self.done {
            let at = Span::new(self.last_end, self.last_end);
            self.feed_outlined::<P, TABLES>(p, END, None, at);
        }
        Parsed {
            value: self.accepted.take(),
            errors: core::mem::take(&mut self.errors),
        }
    }
}

/// Parses `tokens`, recovering from errors with the grammar's `error` rules, and returns the
/// value (if the input could be parsed) with every error found.
pub fn parse_all<'s, P, I>(parser: &mut P, tokens: I) -> Parsed<P::Output>
where
    P: LrParser<'s>,
    I: IntoIterator,
    I::Item: TokenItem<P::Token>,
{
    run::<P, I, false>(parser, tokens)
}

/// [`parse_all`] with the tables, also for a parser generated with `codegen = "direct"`: the
/// table mode of the same grammar, for tests that compare the two. Not public API.
#[doc(hidden)]
pub fn parse_all_tables<'s, P, I>(parser: &mut P, tokens: I) -> Parsed<P::Output>
where
    P: LrParser<'s>,
    I: IntoIterator,
    I::Item: TokenItem<P::Token>,
{
    run::<P, I, true>(parser, tokens)
}

/// The loop of [`parse_all`]; `TABLES` runs the tables even where the parser has code per
/// state.
#[inline(always)]
fn run<'s, P, I, const TABLES: bool>(parser: &mut P, tokens: I) -> Parsed<P::Output>
where
    P: LrParser<'s>,
    I: IntoIterator,
    I::Item: TokenItem<P::Token>,
{
    let mut m = Machine::new();
    if P::DIRECT && !TABLES {
        // The generated code reads the tokens itself: one call for the whole input.
        let mut items = tokens.into_iter().map(TokenItem::into_token);
        let need = P::tables().need_token();
        P::feed_direct(&mut m, parser, need, None, Span::default(), &mut items);
        return m.finish::<P, TABLES>(parser);
    }
    m.start::<P, TABLES>(parser);
    for item in tokens {
        match item.into_token() {
            Ok((tok, span)) => {
                m.feed_token::<P, TABLES>(parser, tok, span);
            }
            Err(e) => m.lex_error(parser, e),
        }
        if m.done {
            break;
        }
    }
    m.finish::<P, TABLES>(parser)
}

/// Parses `tokens` and returns the value, or the first error.
///
/// Error rules still run (and the error hook sees every error), but any error makes the
/// result an `Err`; use [`parse_all`] to keep the values of a recovered parse.
///
/// # Errors
/// The first lexing or syntax error.
pub fn parse<'s, P, I>(parser: &mut P, tokens: I) -> Result<P::Output, ParseError>
where
    P: LrParser<'s>,
    I: IntoIterator,
    I::Item: TokenItem<P::Token>,
{
    parse_all(parser, tokens).into_result()
}

/// A saved state of a [`PushParser`]: its stacks, values and errors, to resume from any number
/// of times ([`PushParser::resume`], [`PushParser::rewind`]), as a REPL trying a continuation
/// does.
///
/// Taking one clones the parser's stacks (every value on them: the cost grows with the depth
/// of the input read so far, not its length), so it needs the values of every nonterminal and
/// the tokens to be `Clone`. The parser type's own fields (`&mut self` in the actions) are not
/// part of it.
#[derive(Debug, Clone)]
pub struct Checkpoint<V, O> {
    machine: Machine<V, O>,
}

/// `T: Clone` as a bound that generated code can state for any `T` (the derived `Clone` of the
/// value stacks applies when every value type is `Clone`). Not public API.
#[doc(hidden)]
#[derive(Debug)]
pub struct CloneIf<'a, T>(core::marker::PhantomData<(&'a (), T)>);

/// Clones a `T` through [`CloneIf`]. Not public API.
#[doc(hidden)]
pub trait CloneVia<T> {
    /// `t.clone()`.
    fn clone_it(t: &T) -> T;
}

impl<T: Clone> CloneVia<T> for CloneIf<'_, T> {
    #[inline]
    fn clone_it(t: &T) -> T {
        t.clone()
    }
}

/// A parser fed one token at a time, for input that arrives in pieces.
#[derive(Debug)]
pub struct PushParser<'p, 's, P: LrParser<'s>> {
    parser: &'p mut P,
    machine: Machine<P::Values, P::Output>,
}

impl<'p, 's, P: LrParser<'s>> PushParser<'p, 's, P> {
    /// A push parser running `parser`'s actions.
    pub fn new(parser: &'p mut P) -> Self {
        let mut machine = Machine::new();
        machine.start::<P, false>(parser);
        PushParser { parser, machine }
    }

    /// Feeds one token (or a lexer's item); returns `false` once parsing has stopped (after
    /// an unrecoverable error), when further tokens are ignored.
    pub fn push(&mut self, item: impl TokenItem<P::Token>) -> bool {
        if self.machine.done {
            return false;
        }
        match item.into_token() {
            Ok((tok, span)) => {
                let term = Machine::<P::Values, P::Output>::input_terminal::<P>(&tok);
                self.machine
                    .feed_outlined::<P, false>(self.parser, term, Some(tok), span);
            }
            Err(e) => self.machine.lex_error(self.parser, e),
        }
        !self.machine.done
    }

    /// The errors found so far.
    pub fn errors(&self) -> &[ParseError] {
        &self.machine.errors
    }

    /// The parser's state now, to resume from later, any number of times.
    pub fn checkpoint(&self) -> Checkpoint<P::Values, P::Output>
    where
        P::Values: Clone,
        P::Output: Clone,
    {
        Checkpoint {
            machine: self.machine.clone(),
        }
    }

    /// A push parser running `parser`'s actions from `checkpoint`, as if it had been fed what
    /// the parser that took it was fed.
    pub fn resume(parser: &'p mut P, checkpoint: Checkpoint<P::Values, P::Output>) -> Self {
        PushParser {
            parser,
            machine: checkpoint.machine,
        }
    }

    /// Goes back to `checkpoint`: what was fed since is forgotten (but not what the actions
    /// did to the parser type's fields).
    pub fn rewind(&mut self, checkpoint: Checkpoint<P::Values, P::Output>) {
        self.machine = checkpoint.machine;
    }

    /// The names of the terminals the parser would accept now, without feeding anything:
    /// exactly the set a syntax error here would report (`$end` when the input may end here),
    /// in terminal order. Empty once parsing has stopped. For completion menus and REPLs that
    /// ask whether a line needs more input.
    ///
    /// # Examples
    /// ```
    /// use sly::{parser, Lexer};
    ///
    /// #[derive(Lexer, Debug, Clone, PartialEq)]
    /// #[sly(skip = " ")]
    /// pub enum Tok {
    ///     #[regex("[0-9]+", name = "number")]
    ///     Num(i64),
    ///     #[token("+")]
    ///     Plus,
    /// }
    ///
    /// pub struct Sum;
    ///
    /// #[parser(tokens = Tok, precedence(left(Plus)))]
    /// impl Sum {
    ///     #[rule("e Plus e")]
    ///     fn e(&mut self, a: i64, _: Tok, b: i64) -> i64 {
    ///         a + b
    ///     }
    ///
    ///     #[rule("Num")]
    ///     fn e(&mut self, n: i64) -> i64 {
    ///         n
    ///     }
    /// }
    ///
    /// let mut sum = Sum;
    /// let mut p = sum.push_parser();
    /// assert_eq!(p.expected(), ["Num"]);
    /// assert_eq!(p.expected_display(), ["number"]);
    /// p.push((Tok::Num(1), sly::Span::new(0, 1)));
    /// assert_eq!(p.expected(), ["$end", "Plus"]);
    /// assert!(p.accepts(&Tok::Plus) && !p.accepts(&Tok::Num(2)));
    /// p.push((Tok::Plus, sly::Span::new(2, 3)));
    /// assert_eq!(p.expected_display(), ["number"]); // the input needs more
    /// ```
    pub fn expected(&self) -> Vec<&'static str> {
        let t = P::tables();
        self.acceptable()
            .filter_map(|u| t.terminal_names.get(u).copied())
            .collect()
    }

    /// The terminals of [`expected`](Self::expected) as messages show them: literal tokens
    /// in backquotes, named ones by name, the end of input in words.
    pub fn expected_display(&self) -> Vec<&'static str> {
        let t = P::tables();
        self.acceptable()
            .filter_map(|u| {
                t.terminal_display
                    .get(u)
                    .or(t.terminal_names.get(u))
                    .copied()
            })
            .collect()
    }

    /// Whether feeding `token` now would shift it (after any reductions) rather than be a
    /// syntax error; the parser does not change.
    pub fn accepts(&self, token: &P::Token) -> bool {
        let term = P::terminal(token);
        term != ERROR && term != END && self.machine.accepts_now::<P>(term)
    }

    /// The terminals acceptable now, in terminal order (never `error`).
    fn acceptable(&self) -> impl Iterator<Item = usize> + '_ {
        let t = P::tables();
        (0..t.num_terminals()).filter(move |&u| u != ERROR && self.machine.accepts_now::<P>(u))
    }

    /// Ends the input; returns the value and every error.
    pub fn finish_all(mut self) -> Parsed<P::Output> {
        self.machine.finish::<P, false>(self.parser)
    }

    /// Ends the input; returns the value, or the first error.
    ///
    /// # Errors
    /// The first lexing or syntax error.
    pub fn finish(self) -> Result<P::Output, ParseError> {
        self.finish_all().into_result()
    }
}
