//! The compact LR tables a generated parser carries, and their lookups.
//!
//! Actions are packed by row displacement (a "comb"): the explicit entries of state `s` sit at
//! `action_base[s] + terminal`, checked by `action_check` holding the terminal; any other
//! terminal takes `default_action[s]`. Gotos are packed the same way by nonterminal column,
//! with the most common target of each nonterminal as its default. Every array holds one
//! integer type `T` (`u16` when every value fits, else `u32`).
//!
//! After the last terminal comes one more column, [`ParseTables::need_token`]: what a state
//! does before the next token is read.
//!
//! An action is one integer: `0` is a syntax error, an odd `v` shifts to state `v >> 1`, an
//! even `v > 0` reduces by production `(v >> 1) - 1`, and reducing production 0 (`v == 2`)
//! accepts.

/// An unsigned integer type tables are stored in.
pub trait TableInt: Copy + Eq + core::fmt::Debug + 'static {
    /// The largest value, used as the "empty" marker.
    const EMPTY: Self;
    /// Widens to `usize`.
    fn get(self) -> usize;
}

impl TableInt for u16 {
    const EMPTY: Self = u16::MAX;
    #[inline(always)]
    fn get(self) -> usize {
        self as usize
    }
}

impl TableInt for u32 {
    const EMPTY: Self = u32::MAX;
    #[inline(always)]
    fn get(self) -> usize {
        self as usize
    }
}

/// A decoded parse action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Act {
    /// Shift and go to the state.
    Shift(usize),
    /// Reduce by the production (never production 0).
    Reduce(usize),
    /// Accept the input.
    Accept,
    /// A syntax error.
    Error,
}

impl Act {
    /// Decodes an action integer.
    #[inline(always)]
    pub fn decode(v: usize) -> Act {
        if v == 0 {
            Act::Error
        } else if v & 1 == 1 {
            Act::Shift(v >> 1)
        } else if v == 2 {
            Act::Accept
        } else {
            Act::Reduce((v >> 1) - 1)
        }
    }

    /// Encodes an action as an integer.
    pub fn encode(self) -> usize {
        match self {
            Act::Error => 0,
            Act::Shift(s) => (s << 1) | 1,
            Act::Accept => 2,
            Act::Reduce(p) => (p + 1) << 1,
        }
    }
}

/// The parse tables of one grammar, borrowed from static arrays in generated code.
#[derive(Debug, Clone, Copy)]
pub struct ParseTables<'a, T: TableInt> {
    /// Row start of each state in the action comb, or `EMPTY` when the row has no entry.
    pub action_base: &'a [T],
    /// The terminal owning each comb slot, or `EMPTY`.
    pub action_check: &'a [T],
    /// The action in each comb slot.
    pub action_value: &'a [T],
    /// The action for terminals without an entry, per state.
    pub default_action: &'a [T],
    /// Column start of each nonterminal in the goto comb, or `EMPTY` when every goto of the
    /// nonterminal is its default.
    pub goto_base: &'a [T],
    /// The state owning each goto slot, or `EMPTY`.
    pub goto_check: &'a [T],
    /// The target state in each goto slot.
    pub goto_value: &'a [T],
    /// The most common target of each nonterminal.
    pub goto_default: &'a [T],
    /// The left-hand side nonterminal of each production.
    pub prod_lhs: &'a [T],
    /// The right-hand side length of each production.
    pub prod_len: &'a [T],
    /// Empty, or for a small grammar the action of every state on every terminal and on
    /// [`need_token`](Self::need_token), row by row (`state * (terminals + 1) + terminal`,
    /// defaults filled in): one load per lookup.
    pub dense_action: &'a [T],
    /// Empty, or for a small grammar the goto of every state on every nonterminal, row by row
    /// (`state * nonterminals + nonterminal`, defaults filled in).
    pub dense_goto: &'a [T],
    /// Terminal names, indexed by terminal id (`$end` and `error` first).
    pub terminal_names: &'a [&'a str],
    /// How messages show each terminal, indexed by terminal id: a literal token in backquotes
    /// (`` `+` ``), a token's display name (`number`), else its name; `end of input` for
    /// `$end`.
    pub terminal_display: &'a [&'a str],
}

impl<T: TableInt> ParseTables<'_, T> {
    /// The action in `state` on `terminal`.
    #[inline(always)]
    pub fn action(&self, state: usize, terminal: usize) -> Act {
        // Whether the dense table is there is a property of the grammar: the branch is
        // predictable.
        if !self.dense_action.is_empty() {
            // One column per terminal, then the one of [`need_token`](Self::need_token).
            let width = self.terminal_names.len() + 1;
            if terminal < width {
                if let Some(v) = self.dense_action.get(state * width + terminal) {
                    return Act::decode(v.get());
                }
            }
            return Act::decode(self.default_action[state].get());
        }
        let base = self.action_base[state];
        if base != T::EMPTY {
            // A terminal out of range (from a hand-written token classifier) finds no entry.
            let i = base.get().saturating_add(terminal);
            if let Some(&c) = self.action_check.get(i) {
                if c.get() == terminal {
                    return Act::decode(self.action_value[i].get());
                }
            }
        }
        Act::decode(self.default_action[state].get())
    }

    /// The pseudo-terminal that asks a state what to do before a token is read: its action
    /// is the state's default reduction when that is its only action (it decides without
    /// lookahead), else an error, meaning "read a token". It follows the last terminal.
    #[inline(always)]
    pub fn need_token(&self) -> usize {
        self.terminal_names.len()
    }

    /// The state reached from `state` after reducing to nonterminal `nt`.
    #[inline(always)]
    pub fn goto(&self, state: usize, nt: usize) -> usize {
        if !self.dense_goto.is_empty() {
            let nn = self.goto_default.len();
            if let Some(v) = self.dense_goto.get(state * nn + nt) {
                return v.get();
            }
        }
        let base = self.goto_base[nt];
        if base != T::EMPTY {
            let i = base.get() + state;
            if let Some(&c) = self.goto_check.get(i) {
                if c.get() == state {
                    return self.goto_value[i].get();
                }
            }
        }
        self.goto_default[nt].get()
    }

    /// The number of terminals.
    pub fn num_terminals(&self) -> usize {
        self.terminal_names.len()
    }

    /// The total size of the arrays in bytes (names excluded).
    pub fn size_in_bytes(&self) -> usize {
        let n = self.action_base.len()
            + self.action_check.len()
            + self.action_value.len()
            + self.default_action.len()
            + self.goto_base.len()
            + self.goto_check.len()
            + self.goto_value.len()
            + self.goto_default.len()
            + self.prod_lhs.len()
            + self.prod_len.len();
        n * core::mem::size_of::<T>()
    }
}
