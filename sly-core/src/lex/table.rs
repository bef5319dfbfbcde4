//! The tables of a derived lexer, as the runtime reads them.

/// The value of [`LexTables::accept`] for a state that accepts no rule.
pub const NO_RULE: u16 = u16::MAX;

/// The DFA of a lexer, as `static` arrays printed by `#[derive(Lexer)]`.
///
/// States are premultiplied: a state id is its index times [`stride`](Self::stride), so the
/// next state after byte `b` is `trans[state + byte_class[b]]` with no multiplication. State 0
/// is the dead state (no token can continue). States are ordered dead, rejecting, accepting,
/// so "does this state accept" is one comparison with [`accept_from`](Self::accept_from).
///
/// Every lexer state (PLY's states, the set of active rules) has its own start state in
/// [`starts`](Self::starts); all of them share one transition table.
#[derive(Debug, Clone, Copy)]
pub struct LexTables {
    /// Byte → byte class (`BYTE_CLASS`).
    pub byte_class: &'static [u8; 256],
    /// The number of byte classes, the length of a row of `trans`.
    pub stride: usize,
    /// Premultiplied transitions (`LEX_TRANS`).
    pub trans: &'static [u32],
    /// Per state index (`state / stride`): the rule it accepts, or [`NO_RULE`] (`LEX_ACCEPT`).
    pub accept: &'static [u16],
    /// The first premultiplied accepting state.
    pub accept_from: u32,
    /// Per lexer state: its premultiplied start state (`LEX_START`).
    pub starts: &'static [u32],
    /// Per lexer state: its name; index 0 is `"INITIAL"` (`LEX_STATE_NAMES`).
    pub state_names: &'static [&'static str],
    /// Per rule: the name of the variant it produces, or `"skip"` (`LEX_RULE_NAMES`).
    pub rule_names: &'static [&'static str],
}

impl LexTables {
    /// The index of the lexer state called `name`, if there is one.
    pub fn state_index(&self, name: &str) -> Option<usize> {
        self.state_names.iter().position(|&n| n == name)
    }
}
