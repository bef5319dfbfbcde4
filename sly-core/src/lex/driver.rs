//! The lexer driver: one generic loop over the tables of any derived lexer.

use core::fmt;
use core::marker::PhantomData;

use super::error::LexError;
use super::table::{LexTables, NO_RULE, ScanMemo};
use crate::Span;

/// A token enum with a derived lexer: its tables and the code that builds a token from a match.
///
/// `#[derive(Lexer)]` implements it; there is no need to implement it by hand.
pub trait LexSpec<'s>: Sized {
    /// The DFA and the names of states and rules.
    const TABLES: LexTables<'static>;

    /// Builds the token for a match of rule `rule`; the lexer's [`slice`](Lexer::slice) and
    /// [`span`](Lexer::span) are the match.
    fn action(rule: u16, lex: &mut Lexer<'s, Self>) -> Outcome<Self>;

    /// The next item of the lexer: [`LexerInternals::next_generic`], which walks with
    /// [`longest_match`](Self::longest_match) and builds the token with
    /// [`action`](Self::action). `#[derive(Lexer)]` replaces it with generated code that runs
    /// the action where the walk accepts, with the same results.
    #[inline(always)]
    fn next_token(lex: &mut Lexer<'s, Self>) -> Option<Result<(Self, Span), LexError>> {
        lex.next_generic()
    }

    /// [`LexTables::longest_match`] on [`TABLES`](Self::TABLES), with the rule matched instead
    /// of the state ([`LexTables::rule_of`]): `(token_start, rule, end)`, [`NO_RULE`] when no
    /// token starts at `token_start`. `#[derive(Lexer)]` replaces it with generated code for
    /// the first states of each lexer state, with the same results.
    #[inline(always)]
    fn longest_match(
        start: u32,
        bytes: &[u8],
        pos: usize,
        memo: &mut ScanMemo,
    ) -> (usize, u16, usize) {
        Self::TABLES.rule_of(Self::TABLES.longest_match(start, bytes, pos, memo))
    }
}

/// What to do with a match: the result of a rule's action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    /// Produce this value.
    Emit(T),
    /// Discard the match and go on.
    Skip,
    /// Report a lexing error spanning the match, with a reason when there is one.
    Error(Option<String>),
}

impl<T> Outcome<T> {
    /// Maps the emitted value.
    #[inline]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Outcome<U> {
        match self {
            Outcome::Emit(t) => Outcome::Emit(f(t)),
            Outcome::Skip => Outcome::Skip,
            Outcome::Error(e) => Outcome::Error(e),
        }
    }
}

/// A callback's verdict on a match when it may also discard it: return `Filter::Skip` to drop
/// the match like a `skip` pattern does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filter<P> {
    /// Produce the token with this payload.
    Emit(P),
    /// Produce nothing; lexing goes on after the match.
    Skip,
}

/// The types a callback may return for a variant whose payload is `P` (`()` for a unit
/// variant, a tuple for several fields).
///
/// - `P`: the payload;
/// - `Option<P>`: `None` is a lexing error at the token;
/// - `Result<P, E>` with `E: Display`: `Err(e)` is a lexing error whose message includes `e`;
/// - [`Filter<P>`]: `Filter::Skip` discards the match;
/// - `bool` for a unit variant: `false` is a lexing error.
#[diagnostic::on_unimplemented(
    message = "a lexer callback cannot return `{Self}` for a payload of type `{P}`",
    note = "return `{P}`, `Option<{P}>`, `Result<{P}, E>` with `E: Display`, or `sly::Filter<{P}>`"
)]
pub trait CallbackResult<P> {
    /// Turns the callback's value into an [`Outcome`].
    fn into_outcome(self) -> Outcome<P>;
}

impl<P> CallbackResult<P> for P {
    #[inline]
    fn into_outcome(self) -> Outcome<P> {
        Outcome::Emit(self)
    }
}

impl<P> CallbackResult<P> for Option<P> {
    #[inline]
    fn into_outcome(self) -> Outcome<P> {
        match self {
            Some(p) => Outcome::Emit(p),
            None => Outcome::Error(None),
        }
    }
}

impl<P, E: fmt::Display> CallbackResult<P> for Result<P, E> {
    #[inline]
    fn into_outcome(self) -> Outcome<P> {
        match self {
            Ok(p) => Outcome::Emit(p),
            Err(e) => Outcome::Error(Some(e.to_string())),
        }
    }
}

impl<P> CallbackResult<P> for Filter<P> {
    #[inline]
    fn into_outcome(self) -> Outcome<P> {
        match self {
            Filter::Emit(p) => Outcome::Emit(p),
            Filter::Skip => Outcome::Skip,
        }
    }
}

impl CallbackResult<()> for bool {
    #[inline]
    fn into_outcome(self) -> Outcome<()> {
        if self {
            Outcome::Emit(())
        } else {
            Outcome::Error(None)
        }
    }
}

/// A lexer over a string: an iterator of tokens with their spans.
///
/// Made by the `lexer` function that `#[derive(Lexer)]` adds to the token enum
/// (`Tok::lexer(src)`). Each item is `Ok((token, span))`, or a [`LexError`] for a character
/// that starts no token (lexing resumes at the next character) or a token whose payload
/// failed (lexing resumes after it). The lexer allocates nothing per token.
///
/// Callbacks receive `&mut Lexer` while a token is being built: [`slice`](Self::slice) and
/// [`span`](Self::span) are the match; [`bump`](Self::bump) extends it; [`begin`](Self::begin),
/// [`push_state`](Self::push_state) and [`pop_state`](Self::pop_state) switch the lexer state,
/// that is the set of active rules, for the tokens after this one.
pub struct Lexer<'s, T> {
    src: &'s str,
    /// Where the next token starts; during a callback, the end of the current match.
    pos: usize,
    /// Where the current token starts.
    token_start: usize,
    /// The premultiplied start state of the current lexer state.
    start: u32,
    /// The current lexer state.
    state: u16,
    /// Lexer states saved by `push_state`.
    stack: Vec<u16>,
    /// Where earlier walks found nothing to accept.
    memo: ScanMemo,
    _tok: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Lexer<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexer")
            .field("pos", &self.pos)
            .field("token_start", &self.token_start)
            .field("state", &self.state)
            .field("stack", &self.stack)
            .finish_non_exhaustive()
    }
}

impl<T> Clone for Lexer<'_, T> {
    fn clone(&self) -> Self {
        Lexer {
            src: self.src,
            pos: self.pos,
            token_start: self.token_start,
            start: self.start,
            state: self.state,
            stack: self.stack.clone(),
            memo: self.memo,
            _tok: PhantomData,
        }
    }
}

impl<'s, T: LexSpec<'s>> Lexer<'s, T> {
    /// A lexer at the start of `src`, in the initial lexer state.
    pub fn new(src: &'s str) -> Self {
        Lexer {
            src,
            pos: 0,
            token_start: 0,
            start: T::TABLES.starts[0],
            state: 0,
            stack: Vec::new(),
            memo: ScanMemo::default(),
            _tok: PhantomData,
        }
    }

    /// The whole source text.
    #[inline]
    pub fn source(&self) -> &'s str {
        self.src
    }

    /// The text of the current token (in a callback: the match, extended by any
    /// [`bump`](Self::bump)).
    #[inline]
    pub fn slice(&self) -> &'s str {
        &self.src[self.token_start..self.pos]
    }

    /// The span of the current token.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.token_start, self.pos)
    }

    /// The text after the current token.
    #[inline]
    pub fn remainder(&self) -> &'s str {
        &self.src[self.pos..]
    }

    /// Extends the current token by `n` bytes, so that the next token starts after them.
    ///
    /// # Panics
    /// If that would go past the end of the source or into the middle of a character.
    pub fn bump(&mut self, n: usize) {
        let to = self.pos + n;
        assert!(
            self.src.is_char_boundary(to),
            "Lexer::bump({n}) from {} does not end on a char boundary of the source",
            self.pos
        );
        self.pos = to;
    }

    /// The name of the current lexer state (`"INITIAL"` at first).
    pub fn state(&self) -> &'static str {
        T::TABLES.state_names[self.state as usize]
    }

    /// How many states [`push_state`](Self::push_state) has saved.
    pub fn state_depth(&self) -> usize {
        self.stack.len()
    }

    /// Switches to the lexer state `name` (PLY's and SLY's `begin`): from the next token on,
    /// only the rules declared with `state = "name"` are active.
    ///
    /// # Panics
    /// If the lexer declares no state called `name` (a bug in the program, not in its input).
    pub fn begin(&mut self, name: &str) {
        let i = Self::state_id(name);
        self.set_state(i);
    }

    /// Saves the current lexer state and switches to `name`; [`pop_state`](Self::pop_state)
    /// returns to the saved one. Nesting (comments in comments, strings in interpolations)
    /// is a stack of states.
    ///
    /// # Panics
    /// If the lexer declares no state called `name`.
    pub fn push_state(&mut self, name: &str) {
        let i = Self::state_id(name);
        self.stack.push(self.state);
        self.set_state(i);
    }

    /// Returns to the state saved by the last [`push_state`](Self::push_state). Returns
    /// `false`, and stays in the current state, when no state is saved.
    pub fn pop_state(&mut self) -> bool {
        match self.stack.pop() {
            Some(i) => {
                self.set_state(i);
                true
            }
            None => false,
        }
    }

    fn state_id(name: &str) -> u16 {
        match T::TABLES.state_index(name) {
            Some(i) => i as u16,
            None => panic!(
                "unknown lexer state `{name}`; the lexer declares {:?}",
                T::TABLES.state_names
            ),
        }
    }

    #[inline]
    fn set_state(&mut self, i: u16) {
        self.state = i;
        self.start = T::TABLES.starts[i as usize];
    }
}

impl<'s, T: LexSpec<'s>> Iterator for Lexer<'s, T> {
    type Item = Result<(T, Span), LexError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        T::next_token(self)
    }
}

/// The lexer's item: a token with its span, or an error.
type Item<T> = Option<Result<(T, Span), LexError>>;

/// The pieces of the token loop that code generated by `#[derive(Lexer)]` calls, kept out of
/// [`Lexer`]'s own methods. Not public API: it may change in any release.
///
/// Generated code calls them with fully qualified syntax
/// (`::sly::__private::LexerInternals::set_match(lex, ..)`), so no name in the user's scope can
/// stand in for them.
#[doc(hidden)]
pub trait LexerInternals {
    /// The token type.
    type Token;

    /// The token loop over [`LexSpec::longest_match`] and [`LexSpec::action`]: what
    /// [`LexSpec::next_token`] does unless the derive generates it.
    fn next_generic(&mut self) -> Item<Self::Token>;

    /// Where the next token starts.
    fn next_start(&self) -> usize;

    /// The premultiplied start state of the current lexer state.
    fn start_state(&self) -> u32;

    /// The memo of failed walks, for the table walk's slow path.
    fn memo(&mut self) -> &mut ScanMemo;

    /// Whether the memo of failed walks covers the input ahead: the next walk must consult
    /// it, with [`next_remembered`](Self::next_remembered).
    fn memo_covers(&self) -> bool;

    /// One step of the token loop with the walk that consults the memo: the item, or `None`
    /// when the match was skipped and the loop goes on.
    fn next_remembered(&mut self) -> Option<Item<Self::Token>>;

    /// Records a match of `token_start..end` before its action runs.
    fn set_match(&mut self, token_start: usize, end: usize);

    /// The error for a match of `rule` whose action failed.
    fn action_error(&self, rule: u16, reason: Option<String>) -> Item<Self::Token>;

    /// Runs the action of a walk's result `(token_start, rule, end)` ([`NO_RULE`]: no token
    /// starts there): the item, or `None` when the match was skipped.
    fn dispatch(&mut self, start: usize, rule: u16, end: usize) -> Option<Item<Self::Token>>;
}

impl<'s, T: LexSpec<'s>> LexerInternals for Lexer<'s, T> {
    type Token = T;

    #[inline(always)]
    fn next_generic(&mut self) -> Item<T> {
        loop {
            if self.pos >= self.src.len() {
                return None;
            }
            let step = if self.memo.covers(self.pos) {
                self.next_remembered()
            } else {
                let bytes = self.src.as_bytes();
                let (start, rule, end) =
                    T::longest_match(self.start, bytes, self.pos, &mut self.memo);
                self.dispatch(start, rule, end)
            };
            if let Some(item) = step {
                return item;
            }
        }
    }

    #[inline(always)]
    fn next_start(&self) -> usize {
        self.pos
    }

    #[inline(always)]
    fn start_state(&self) -> u32 {
        self.start
    }

    #[inline(always)]
    fn memo(&mut self) -> &mut ScanMemo {
        &mut self.memo
    }

    #[inline(always)]
    fn memo_covers(&self) -> bool {
        self.memo.covers(self.pos)
    }

    #[cold]
    #[inline(never)]
    fn next_remembered(&mut self) -> Option<Item<T>> {
        let (start, rule, end) = self.walk_remembered();
        self.dispatch(start, rule, end)
    }

    #[inline(always)]
    fn set_match(&mut self, token_start: usize, end: usize) {
        self.token_start = token_start;
        self.pos = end;
    }

    #[cold]
    #[inline(never)]
    fn action_error(&self, rule: u16, reason: Option<String>) -> Item<T> {
        Some(Err(self.invalid_token(rule, reason)))
    }

    #[inline(always)]
    fn dispatch(&mut self, start: usize, rule: u16, end: usize) -> Option<Item<T>> {
        self.token_start = start;
        if rule == NO_RULE {
            return Some(self.unexpected_char(start));
        }
        self.pos = end;
        match T::action(rule, self) {
            Outcome::Emit(tok) => Some(Some(Ok((tok, self.span())))),
            Outcome::Skip => None,
            Outcome::Error(reason) => Some(self.action_error(rule, reason)),
        }
    }
}

impl<'s, T: LexSpec<'s>> Lexer<'s, T> {
    /// No token starts at `start`: reports one character and resumes after it (or, when the
    /// input ended after a skip, ends). Out of line, so that the token loop stays small.
    #[cold]
    #[inline(never)]
    fn unexpected_char(&mut self, start: usize) -> Option<Result<(T, Span), LexError>> {
        self.pos = start;
        let c = self.src[start..].chars().next()?;
        self.pos = start + c.len_utf8();
        let t = &T::TABLES;
        // Text that starts a token and stops before its end is one error, and lexing resumes
        // where it stopped: an unclosed string is not lexed again as code.
        if let Some((end, why, rules)) = t.unterminated(self.start, self.src.as_bytes(), start) {
            self.pos = end;
            let names = rules
                .iter()
                .filter_map(|&r| t.rule_names.get(usize::from(r)).copied())
                .collect();
            return Some(Err(LexError::unterminated(
                Span::new(start, end),
                names,
                why,
            )));
        }
        Some(Err(LexError::unexpected_char(
            Span::new(start, self.pos),
            c,
        )))
    }

    /// The walk while the memo covers the input ahead: out of line, as it is rare.
    #[cold]
    #[inline(never)]
    fn walk_remembered(&mut self) -> (usize, u16, usize) {
        let bytes = self.src.as_bytes();
        let t = &T::TABLES;
        t.rule_of(t.longest_match_slow(self.start, bytes, self.pos, &mut self.memo))
    }

    /// The error for a match of `rule` whose action failed.
    #[cold]
    #[inline(never)]
    fn invalid_token(&self, rule: u16, reason: Option<String>) -> LexError {
        let name = T::TABLES.rule_names[rule as usize];
        LexError::invalid_token(self.span(), name, reason)
    }
}

impl<'s, T: LexSpec<'s>> core::iter::FusedIterator for Lexer<'s, T> {}

/// Calls a callback with the lexer; gives closures their parameter type.
#[doc(hidden)]
#[inline(always)]
pub fn call<'s, T, R>(f: impl FnOnce(&mut Lexer<'s, T>) -> R, lex: &mut Lexer<'s, T>) -> R {
    f(lex)
}

/// The outcome of a `FromStr` conversion of the matched text.
#[doc(hidden)]
#[inline]
pub fn parsed<P, E: fmt::Display>(result: Result<P, E>) -> Outcome<P> {
    match result {
        Ok(p) => Outcome::Emit(p),
        Err(e) => Outcome::Error(Some(e.to_string())),
    }
}
