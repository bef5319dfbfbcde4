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
/// Two more ranges speed up the loop: states `loop_from..loop_to` have a transition to
/// themselves, so the driver scans the bytes that keep them there in a tight loop whose
/// iterations do not depend on each other; states from `final_from` on accept and have no live
/// transition, so the driver stops there without reading one more byte.
///
/// Every lexer state (PLY's states, the set of active rules) has its own start state in
/// [`starts`](Self::starts); all of them share one transition table.
#[derive(Debug, Clone, Copy)]
pub struct LexTables<'a> {
    /// Byte → byte class (`BYTE_CLASS`).
    pub byte_class: &'a [u8; 256],
    /// The number of byte classes, the length of a row of `trans`.
    pub stride: usize,
    /// Premultiplied transitions (`LEX_TRANS`).
    pub trans: &'a [u32],
    /// Per state index (`state / stride`): the rule it accepts, or [`NO_RULE`] (`LEX_ACCEPT`).
    pub accept: &'a [u16],
    /// The first premultiplied accepting state.
    pub accept_from: u32,
    /// The first premultiplied final state (accepting, every transition dead).
    pub final_from: u32,
    /// The first premultiplied state with a self-loop.
    pub loop_from: u32,
    /// One past the last premultiplied state with a self-loop.
    pub loop_to: u32,
    /// Per lexer state: its premultiplied start state (`LEX_START`).
    pub starts: &'a [u32],
    /// Per lexer state: its name; index 0 is `"INITIAL"` (`LEX_STATE_NAMES`).
    pub state_names: &'a [&'a str],
    /// Per rule: the name of the variant it produces, or `"skip"` (`LEX_RULE_NAMES`).
    pub rule_names: &'a [&'a str],
}

impl LexTables<'_> {
    /// The index of the lexer state called `name`, if there is one.
    pub fn state_index(&self, name: &str) -> Option<usize> {
        self.state_names.iter().position(|&n| n == name)
    }

    /// Runs the DFA on `bytes` from `pos`, starting in the premultiplied state `start`.
    /// Returns the accepting state of the longest match (0 when nothing matches) and the end
    /// of that match.
    #[inline(always)]
    pub fn longest_match(&self, start: u32, bytes: &[u8], pos: usize) -> (usize, usize) {
        let mut s = start as usize;
        let mut pos = pos;
        let mut last = 0;
        let mut last_end = pos;
        while let Some(&b) = bytes.get(pos) {
            s = self.trans[s + self.byte_class[b as usize] as usize] as usize;
            pos += 1;
            if s >= self.accept_from as usize {
                last = s;
                last_end = pos;
                if s >= self.final_from as usize {
                    break;
                }
            } else if s == 0 {
                break;
            }
            if s.wrapping_sub(self.loop_from as usize) < (self.loop_to - self.loop_from) as usize {
                // `s` is loop-invariant here, so the loads of one byte do not wait for the
                // previous byte's: this runs at memory speed, not at DFA-step latency.
                while let Some(&b) = bytes.get(pos) {
                    if self.trans[s + self.byte_class[b as usize] as usize] as usize != s {
                        break;
                    }
                    pos += 1;
                }
                if s >= self.accept_from as usize {
                    last_end = pos;
                }
            }
        }
        (last, last_end)
    }
}
