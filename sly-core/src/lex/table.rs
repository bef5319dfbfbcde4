//! The tables of a derived lexer, as the runtime reads them.

/// The value of [`LexTables::accept`] for a state that accepts no rule.
pub const NO_RULE: u16 = u16::MAX;

/// The DFA of a lexer, as `static` arrays printed by `#[derive(Lexer)]`.
///
/// States are premultiplied: a state id is its index times [`stride`](Self::stride), so the
/// next state after byte `b` is `trans[state + byte_class[b]]` with no multiplication. State 0
/// is the dead state (no token can continue). States are ordered dead, restart, rejecting,
/// accepting, so "does this state accept" is two comparisons, with
/// [`restart_to`](Self::restart_to) and [`accept_from`](Self::accept_from).
///
/// States from `final_from` on accept and have no live transition. States
/// `stride..restart_to` and `accept_from..token_from` accept plain skips (whitespace,
/// comments): when the longest match is one, the driver starts over after it without leaving
/// its loop.
///
/// Every lexer state (PLY's states, the set of active rules) has its own start state in
/// [`starts`](Self::starts); all of them share one transition table.
#[derive(Debug, Clone, Copy)]
pub struct LexTables<'a> {
    /// Byte → byte class (`BYTE_CLASS`).
    pub byte_class: &'a [u8; 256],
    /// The number of byte classes, the length of a row of `trans`.
    pub stride: usize,
    /// Premultiplied transitions (`LEX_TRANS`), padded with zeros to a power-of-two length,
    /// as `u16` when every id fits (half the cache footprint), else empty.
    pub trans: &'a [u16],
    /// The same as `u32`, for tables too large for `u16` ids; empty when `trans` is used.
    pub trans_wide: &'a [u32],
    /// Per state index (`state / stride`): the rule it accepts, or [`NO_RULE`] (`LEX_ACCEPT`).
    pub accept: &'a [u16],
    /// The first premultiplied accepting state after the rejecting ones (the restart states
    /// before them accept too).
    pub accept_from: u32,
    /// The end of the restart states `stride..restart_to`, right after the dead state: they
    /// accept a `skip` pattern without callback that cannot grow into a token, and their
    /// transitions continue into the next token where the skip ends, so the token starts
    /// after the last of them.
    pub restart_to: u32,
    /// The first premultiplied accepting state whose rule is not a plain skip; the states
    /// `accept_from..token_from` accept a `skip` pattern without a callback, and so do the
    /// restart states.
    pub token_from: u32,
    /// The first premultiplied final state (accepting a token, every transition dead).
    pub final_from: u32,
    /// Per state index: 0, or `k + 1` when the state has a self-loop and its stay table is
    /// `stay[256 * k..256 * (k + 1)]` (`LEX_LOOP`).
    pub loops: &'a [u8],
    /// Stay tables, 256 bytes each: 1 for the bytes that keep a state in itself (`LEX_STAY`).
    pub stay: &'a [u8],
    /// Per lexer state: its premultiplied start state (`LEX_START`).
    pub starts: &'a [u32],
    /// Per lexer state: its name; index 0 is `"INITIAL"` (`LEX_STATE_NAMES`).
    pub state_names: &'a [&'a str],
    /// Per rule: the name of the variant it produces, or `"skip"` (`LEX_RULE_NAMES`).
    pub rule_names: &'a [&'a str],
}

impl LexTables<'_> {
    /// The stay table of the premultiplied state `s`: `stay[b] == 1` when byte `b` leads
    /// back to `s`. Only states with a self-loop have one (at most 255 of them).
    #[inline(always)]
    fn stay_table(&self, s: usize) -> Option<&[u8; 256]> {
        let k = (*self.loops.get(s / self.stride)? as usize).checked_sub(1)?;
        self.stay.get(k * 256..)?.first_chunk::<256>()
    }

    /// A match as [`longest_match`](Self::longest_match) returns it, with the rule its state
    /// accepts instead of the state: `(token_start, rule, end)`, [`NO_RULE`] when nothing
    /// matched.
    #[inline(always)]
    pub fn rule_of(&self, (tok, s, end): (usize, usize, usize)) -> (usize, u16, usize) {
        let rule = self.accept.get(s / self.stride).copied();
        (tok, rule.unwrap_or(NO_RULE), end)
    }

    /// The first position from `p` whose byte leaves the premultiplied state `s` (or the end
    /// of `bytes`), by `s`'s stay table; `p` itself when `s` has none. For generated code,
    /// which calls it with a constant `s`.
    #[inline(always)]
    pub fn scan_loop(&self, s: usize, bytes: &[u8], p: usize) -> usize {
        match self.stay_table(s) {
            Some(stay) => scan_stay(stay, bytes, p),
            None => p,
        }
    }

    /// [`scan_loop`](Self::scan_loop) that also returns the byte it stopped at (`None` at the
    /// end of `bytes`): the byte the walk reads next, already loaded by the scan.
    #[inline(always)]
    pub fn scan_loop_at<'b>(&self, s: usize, bytes: &'b [u8], p: usize) -> (usize, Option<&'b u8>) {
        match self.stay_table(s) {
            Some(stay) => scan_stay_at(stay, bytes, p),
            None => (p, bytes.get(p)),
        }
    }

    /// The first position from `p` whose byte is not ASCII or is one of `except` (or the end
    /// of `bytes`): the scan of a self-loop on every ASCII byte but a few, such as a string
    /// body (`[^"\\]`) or a line comment (`[^\n]`), eight bytes per step with word
    /// arithmetic instead of a table load per byte. For generated code, which calls it only
    /// for states whose stay table is exactly that set.
    #[inline(always)]
    pub fn scan_ascii_except<const N: usize>(bytes: &[u8], mut p: usize, except: [u8; N]) -> usize {
        const LOW: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        while let Some(c) = bytes.get(p..).and_then(<[u8]>::first_chunk::<8>) {
            let w = u64::from_le_bytes(*c);
            // A byte of `w ^ (b * LOW)` is zero where the byte is `b`. `(x - LOW) & !x & HIGH`
            // marks the lowest zero byte of `x` exactly (bytes above it may be marked by the
            // borrow too, but the lowest mark of the union is always a real one), and `w`'s
            // own high bits mark the non-ASCII bytes.
            let mut hits = w;
            for b in except {
                let x = w ^ (b as u64 * LOW);
                hits |= x.wrapping_sub(LOW) & !x;
            }
            let hits = hits & HIGH;
            if hits != 0 {
                return p + (hits.trailing_zeros() / 8) as usize;
            }
            p += 8;
        }
        while let Some(&b) = bytes.get(p) {
            if b >= 0x80 || except.contains(&b) {
                break;
            }
            p += 1;
        }
        p
    }

    /// The premultiplied state after byte `b` in state `s`.
    ///
    /// `trans` has a power-of-two length (the builder pads it), so masking the index keeps it
    /// in bounds without a bounds check; for a valid state the mask changes nothing.
    #[inline(always)]
    fn step(&self, s: usize, b: u8) -> usize {
        // A stride of 256 means every byte is its own class (`byte_class` is the identity):
        // the byte is the column, one load fewer. The stride is a constant of the derived
        // lexer, so this branch folds away too.
        let class = if self.stride == 256 {
            b
        } else {
            self.byte_class[b as usize]
        };
        let i = s + class as usize;
        // Which table is in use is a constant of the derived lexer, so this branch folds away.
        if self.trans_wide.is_empty() {
            self.trans[i & self.trans.len().wrapping_sub(1)] as usize
        } else {
            self.trans_wide[i & self.trans_wide.len().wrapping_sub(1)] as usize
        }
    }

    /// The index of the lexer state called `name`, if there is one.
    pub fn state_index(&self, name: &str) -> Option<usize> {
        self.state_names.iter().position(|&n| n == name)
    }

    /// Runs the DFA on `bytes` from `pos`, starting in the premultiplied state `start`, and
    /// passes over plain skips. Returns `(token_start, state, end)`: where the first match that
    /// is not a plain skip starts, its accepting state (0 when nothing matches there: a lexing
    /// error, or the end of the input when `token_start == bytes.len()`), and its end.
    ///
    /// `memo` remembers where an earlier walk found nothing to accept, so that walks over the
    /// same text stop early (see [`ScanMemo`]); give every call of one lexer the same one.
    #[inline(always)]
    pub fn longest_match(
        &self,
        start: u32,
        bytes: &[u8],
        pos: usize,
        memo: &mut ScanMemo,
    ) -> (usize, usize, usize) {
        self.walk(start, pos, start as usize, pos, pos, bytes, memo)
    }

    /// [`longest_match`](Self::longest_match) from the middle of a walk begun in `start` at
    /// `pos`: the DFA is in the live state `s` at `p`, and the token starts at `tok`. Code that
    /// `#[derive(Lexer)]` generates for the first steps hands over to this for the rest.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    pub fn continue_walk(
        &self,
        start: u32,
        pos: usize,
        s: usize,
        p: usize,
        tok: usize,
        bytes: &[u8],
        memo: &mut ScanMemo,
    ) -> (usize, usize, usize) {
        self.walk(start, pos, s, p, tok, bytes, memo)
    }

    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        start: u32,
        pos: usize,
        mut s: usize,
        mut p: usize,
        mut tok: usize,
        bytes: &[u8],
        memo: &mut ScanMemo,
    ) -> (usize, usize, usize) {
        // The fast path: walk until the DFA dies, remembering only the state before the last
        // step and where the token starts (after the last state accepting a plain skip; the
        // tables continue from such states into the next token, see `build`). When the walk
        // ends in a state that accepts a token, that is the longest match; anything else
        // (backing up to an earlier accepting state, a skip before an error or the end of
        // the input) goes to `longest_match_slow`.
        let restart_to = self.restart_to as usize;
        let token_from = self.token_from as usize;
        // Only for live states: restart states come right after the dead state.
        let is_restart = |s: usize| s < restart_to;
        // Plain steps up to `limit`; a token longer than `LONG` bytes is long, and from then
        // on every step first skips what the state's self-loop keeps, with its stay table.
        let mut limit = bytes.len().min(p + LONG);
        'walk: loop {
            let window = &bytes[..limit];
            while let Some(&b) = window.get(p) {
                let next = self.step(s, b);
                if next == 0 {
                    break 'walk;
                }
                s = next;
                p += 1;
                tok = if is_restart(s) { p } else { tok };
            }
            if p >= bytes.len() {
                break;
            }
            if let Some(stay) = self.stay_table(s) {
                p = skip_stay(stay, bytes, p);
                tok = if is_restart(s) { p } else { tok };
            }
            limit = bytes.len().min(p + 1);
        }
        if s >= token_from {
            return (tok, s, p);
        }
        self.longest_match_slow(start, bytes, pos, memo)
    }

    /// [`longest_match`](Self::longest_match) with every accepting state remembered, for
    /// the walks that must back up (and for generated code whose walk must). It consults and
    /// updates `memo`, and the driver calls it directly while `memo` covers the input ahead.
    #[inline(never)]
    pub fn longest_match_slow(
        &self,
        start: u32,
        bytes: &[u8],
        pos: usize,
        memo: &mut ScanMemo,
    ) -> (usize, usize, usize) {
        let accept_from = self.accept_from as usize;
        let restart_to = self.restart_to as usize;
        let token_from = self.token_from as usize;
        let mut token_start = pos;
        loop {
            let mut s = start as usize;
            let mut pos = token_start;
            let mut last = 0;
            let mut last_end = pos;
            // The state at `last_end`, where the walk's failing part begins.
            let mut last_state = s;
            let mut tok = pos;
            let mut cut = false;
            while let Some(&b) = bytes.get(pos) {
                s = self.step(s, b);
                if s == 0 {
                    break;
                }
                pos += 1;
                if s >= accept_from || s < restart_to {
                    last = s;
                    last_end = pos;
                    last_state = s;
                    if s < restart_to {
                        tok = pos;
                    }
                } else if memo.fails(self, bytes, pos, s) {
                    // An earlier walk was in this state here and accepted nothing after it.
                    cut = true;
                    break;
                }
            }
            if !cut && pos - last_end >= MEMO_MIN && pos > memo.end {
                memo.remember(last_end, last_state, pos);
            }
            if last != 0 && last < token_from {
                // The longest match from `tok` is a plain skip (before an error or the end of
                // the input): start over after it.
                token_start = last_end;
                if token_start < bytes.len() {
                    continue;
                }
                return (token_start, 0, token_start);
            }
            return (tok, last, last_end);
        }
    }
}

/// Where a walk that matched nothing stopped: what [`LexTables::unterminated`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkEnd {
    /// At the end of the input.
    Input,
    /// At a line break (`\n` or `\r`).
    Line,
    /// At this character, which no pattern alive there accepts.
    Char(char),
}

impl LexTables<'_> {
    /// For a position `pos` where no token matches (lexer state `start`): when the DFA read
    /// more than one character before it died, say an unterminated string or comment, where
    /// it died, why, and the rules whose patterns were still alive there, in rule order.
    /// `None` when it died on the first character. Only for errors: it walks the tables.
    pub fn unterminated(
        &self,
        start: u32,
        bytes: &[u8],
        pos: usize,
    ) -> Option<(usize, WalkEnd, Vec<u16>)> {
        let mut s = start as usize;
        let mut p = pos;
        while let Some(&b) = bytes.get(p) {
            let next = self.step(s, b);
            if next == 0 {
                break;
            }
            s = next;
            p += 1;
        }
        // The walk may die inside a multi-byte char: the error ends before it.
        let p_char = (pos..=p)
            .rev()
            .find(|&i| bytes.get(i).is_none_or(|b| b & 0xC0 != 0x80))
            .unwrap_or(pos);
        if p_char <= pos + utf8_len(*bytes.get(pos)?) {
            return None;
        }
        let end = match bytes.get(p_char) {
            None => WalkEnd::Input,
            Some(b'\n' | b'\r') => WalkEnd::Line,
            Some(&b) => {
                let c = bytes
                    .get(p_char..p_char + utf8_len(b))
                    .and_then(|t| core::str::from_utf8(t).ok())
                    .and_then(|t| t.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                WalkEnd::Char(c)
            }
        };
        let p = p_char;
        // The rules accepted in the states reachable from `s`, each accepting state ending its
        // path: what the text read so far could still have become.
        let mut seen = vec![false; self.accept.len()];
        let mut queue = vec![s];
        seen[s / self.stride] = true;
        let mut alive: Vec<u16> = Vec::new();
        while let Some(q) = queue.pop() {
            let rule = self.accept.get(q / self.stride).copied().unwrap_or(NO_RULE);
            if rule != NO_RULE {
                if !alive.contains(&rule) {
                    alive.push(rule);
                }
                continue;
            }
            for b in 0..=255u8 {
                let n = self.step(q, b);
                if n != 0 && !seen[n / self.stride] {
                    seen[n / self.stride] = true;
                    queue.push(n);
                }
            }
        }
        alive.sort_unstable();
        Some((p, end, alive))
    }
}

/// The length of the UTF-8 sequence that `lead` starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// Walks shorter than this past their last accepting state are not remembered: backing up a
/// few bytes (`1.` before a name when numbers may be `1.5`) is common and cheap.
const MEMO_MIN: usize = 64;

/// Where an earlier walk of the DFA found nothing to accept, so that later walks over the same
/// text stop early: without it, text such as an unterminated string full of escaped quotes
/// (`"\"\"\"...`) or comment openers (`/* /* /* ...`) would be walked to its end from each
/// of its quotes or openers, a time quadratic in its length.
///
/// After a walk backs up by `MEMO_MIN` bytes or more, the memo keeps the part after its last
/// accepting state: the position and state it started from and where it ended. No accepting
/// state is reachable from any (state, position) pair on that path (the DFA is
/// deterministic), so a later walk that meets one can stop there and keep its own last
/// match. The memo follows the path with a cursor that only moves forward, so all the work of
/// consulting it is linear in the input, and it holds five words: no allocation.
/// This is the idea of Reps' "maximal-munch tokenization in linear time" (TOPLAS 1998),
/// kept to one path in constant space; it makes the usual cases linear (the lexer tests
/// include both above), not every contrived token set.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScanMemo {
    /// The start of the remembered path: the pairs on it are at positions `from + 1..=end`.
    from: usize,
    /// The end of the remembered path (0: none): the last position of a live state.
    end: usize,
    /// The cursor: a position on the path, from its start up to `end`.
    at: usize,
    /// The state of the path at `at`.
    state: usize,
}

impl ScanMemo {
    /// Whether the lexer should walk with [`LexTables::longest_match_slow`], which consults
    /// the memo, from `pos`: while the remembered path lies ahead.
    #[inline(always)]
    pub fn covers(&self, pos: usize) -> bool {
        pos < self.end
    }

    fn remember(&mut self, from: usize, state: usize, end: usize) {
        *self = ScanMemo {
            from,
            end,
            at: from,
            state,
        };
    }

    /// Whether the walk, in the rejecting state `s` at `pos`, is on the remembered path.
    #[inline]
    fn fails(&mut self, t: &LexTables<'_>, bytes: &[u8], pos: usize, s: usize) -> bool {
        if pos <= self.from || pos > self.end {
            return false;
        }
        while self.at < pos {
            self.state = t.step(self.state, bytes[self.at]);
            self.at += 1;
        }
        // A cursor already past `pos` (moved there by a walk that started earlier) cannot
        // tell; the walk asks again at its next position.
        self.at == pos && s == self.state
    }
}

/// How many bytes of one token the driver reads with plain table steps before it looks for
/// a self-loop to scan.
const LONG: usize = 8;

/// The first position from `pos` whose byte is not in `stay` (or the end of `bytes`).
#[inline(always)]
fn skip_stay(stay: &[u8; 256], bytes: &[u8], mut pos: usize) -> usize {
    // Eight bytes per test: each stay entry is 0 or 1, so the eight entries packed into a word
    // are all ones exactly when the whole chunk stays, and otherwise the lowest zero byte is
    // where the run ends (one branch per run instead of one per byte).
    const ALL: u64 = 0x0101_0101_0101_0101;
    while let Some(c) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
        let at = |i: usize| (stay[c[i] as usize] as u64) << (8 * i);
        let w = at(0) | at(1) | at(2) | at(3) | at(4) | at(5) | at(6) | at(7);
        if w != ALL {
            return pos + ((w ^ ALL).trailing_zeros() / 8) as usize;
        }
        pos += 8;
    }
    stay_tail(stay, bytes, pos)
}

/// The last few bytes of a stay scan, one at a time, where fewer than eight are left.
#[inline(always)]
fn stay_tail(stay: &[u8; 256], bytes: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = bytes.get(pos) {
        if stay[b as usize] == 0 {
            break;
        }
        pos += 1;
    }
    pos
}

/// The first position from `pos` whose byte is not in `stay` (or the end of `bytes`): four
/// bytes one by one, then eight bytes per bounds check, each with its own exit; cheaper than
/// [`skip_stay`] on short runs.
#[inline(always)]
fn scan_stay(stay: &[u8; 256], bytes: &[u8], mut pos: usize) -> usize {
    // Most runs are short (one blank, a short name): a few bytes one at a time first.
    for _ in 0..4 {
        match bytes.get(pos) {
            Some(&b) if stay[b as usize] != 0 => pos += 1,
            _ => return pos,
        }
    }
    scan_chunks(stay, bytes, pos)
}

/// [`scan_stay`] with the byte it stopped at (`None` at the end of `bytes`).
#[inline(always)]
fn scan_stay_at<'b>(stay: &[u8; 256], bytes: &'b [u8], mut pos: usize) -> (usize, Option<&'b u8>) {
    for _ in 0..4 {
        match bytes.get(pos) {
            Some(&b) if stay[b as usize] != 0 => pos += 1,
            other => return (pos, other),
        }
    }
    let end = scan_chunks(stay, bytes, pos);
    (end, bytes.get(end))
}

/// The rest of [`scan_stay`]: eight bytes per bounds check, then the tail.
#[inline(always)]
fn scan_chunks(stay: &[u8; 256], bytes: &[u8], mut pos: usize) -> usize {
    while let Some(c) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
        for (i, &b) in c.iter().enumerate() {
            if stay[b as usize] == 0 {
                return pos + i;
            }
        }
        pos += 8;
    }
    stay_tail(stay, bytes, pos)
}

#[cfg(test)]
mod tests {
    use super::LexTables;

    /// The byte-at-a-time definition of the word scan.
    fn naive(bytes: &[u8], mut p: usize, except: &[u8]) -> usize {
        while p < bytes.len() && bytes[p] < 0x80 && !except.contains(&bytes[p]) {
            p += 1;
        }
        p
    }

    /// The word scan of `text` from `from` stops where the byte scan does.
    fn check<const N: usize>(text: &[u8], from: usize, except: [u8; N]) {
        assert_eq!(
            LexTables::scan_ascii_except(text, from, except),
            naive(text, from, &except),
            "{text:?} from {from}, stops {except:?}"
        );
    }

    #[test]
    fn word_scan_stops_where_the_byte_scan_does() {
        // Every stop byte at every offset of a word and of the tail, after every byte that
        // can borrow into it (0x00, 0x01, the stop byte plus one, 0x7f), from every start.
        let stops = [b'"', b'\\', b'\n'];
        let fillers = [b'a', 0x00, 0x01, b'"' + 1, b'\\' + 1, 0x7f];
        let enders = [b'"', b'\\', b'\n', 0x80, 0xc3, 0xff];
        let mut cases = 0;
        for len in 0..20 {
            for &fill in &fillers {
                for &end in &enders {
                    for at in 0..=len {
                        let mut text = vec![fill; len];
                        if at < len {
                            text[at] = end;
                        }
                        for from in 0..=len {
                            check(&text, from, [stops[0]]);
                            check(&text, from, stops);
                            check(&text, from, []);
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert!(cases > 10_000);
    }

    #[test]
    fn word_scan_on_mixed_text() {
        // A pseudo-random walk over bytes that are mostly plain, with stops and non-ASCII.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut text = Vec::new();
        for _ in 0..4096 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push(match x % 16 {
                0 => b'"',
                1 => b'\\',
                2 => 0xe2,
                3 => (x >> 8) as u8,
                _ => b' ' + (x >> 16) as u8 % 90,
            });
        }
        for from in 0..text.len() {
            check(&text, from, [b'"', b'\\']);
        }
    }
}
