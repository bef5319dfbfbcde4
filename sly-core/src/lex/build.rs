//! Building lexer tables: patterns → one DFA per lexer state → plain integer tables.
//!
//! This module runs inside the `#[derive(Lexer)]` macro (feature `build`). It
//!
//! 1. parses every pattern with `regex-syntax` (literals are escaped first) and rejects what a
//!    lexer cannot use: invalid syntax, patterns that match the empty string or nothing at all,
//!    look-around assertions, and duplicate literals;
//! 2. builds, for each lexer state, an anchored dense DFA with `regex-automata` in
//!    [`MatchKind::All`] mode, so the DFA keeps running past a match and every pattern that
//!    matches a prefix is known;
//! 3. removes the DFA's one-byte match delay: with no look-around, whether the text read so far
//!    matches does not depend on the next byte, so the match patterns of the end-of-input
//!    transition of a state are exactly the patterns that match the text read so far;
//! 4. picks one winner per state with the tie rules ([`rank`]), merges the states of all lexer
//!    states into one table, minimizes it (Moore's partition refinement), orders the states
//!    dead / restart / rejecting / accepting, computes byte classes and premultiplies state ids.
//!
//! The result, [`LexTablesBuf`], is what the macro prints as `static` arrays. Nothing here is
//! needed at run time.

use std::collections::HashMap;
use std::fmt;

use regex_automata::dfa::{Automaton, StartKind, dense};
use regex_automata::nfa::thompson;
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
use regex_syntax::hir::{Hir, Look};

use super::table::{LexTables, NO_RULE, ScanMemo};

/// The name of the lexer state every lexer starts in.
pub const INITIAL_STATE: &str = "INITIAL";

/// What a rule matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// `#[token("...")]`: the exact text.
    Token(String),
    /// `#[regex("...")]` or `skip = "..."`: a regular expression in the `regex-syntax` dialect.
    Regex(String),
}

impl Pattern {
    /// The pattern's source text.
    pub fn text(&self) -> &str {
        match self {
            Pattern::Token(s) | Pattern::Regex(s) => s,
        }
    }

    /// Whether this is a literal (`#[token]`).
    pub fn is_token(&self) -> bool {
        matches!(self, Pattern::Token(_))
    }
}

/// One pattern of a lexer, as written in one attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    /// What it matches.
    pub pattern: Pattern,
    /// Match ASCII and Unicode letters without regard to case.
    pub ignore_case: bool,
    /// Breaks ties between matches of equal length and kind; higher wins. Default 0.
    pub priority: i32,
    /// The lexer states in which the rule is active; empty means [`INITIAL_STATE`] only.
    pub states: Vec<String>,
    /// A plain skip: its matches are discarded with no code to run, so the driver may skip
    /// them without leaving its DFA loop.
    pub discard: bool,
}

impl RuleSpec {
    /// A rule active in the initial state, with priority 0 and case-sensitive.
    pub fn new(pattern: Pattern) -> Self {
        RuleSpec {
            pattern,
            ignore_case: false,
            priority: 0,
            states: Vec::new(),
            discard: false,
        }
    }
}

/// A problem with a lexer specification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexBuildError {
    /// What went wrong.
    pub kind: LexBuildErrorKind,
    /// The index of the offending rule, or `None` when it concerns the whole lexer.
    pub rule: Option<usize>,
    /// The message, lowercase, without a trailing period.
    pub message: String,
    /// Other rules involved, each with a short note ("first defined here").
    pub related: Vec<(usize, String)>,
}

/// The kinds of [`LexBuildError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexBuildErrorKind {
    /// `regex-syntax` rejected the pattern.
    InvalidRegex,
    /// The pattern matches the empty string, so the lexer could loop without progress.
    MatchesEmpty,
    /// The pattern can never match.
    MatchesNothing,
    /// Look-around assertions, anchors and word boundaries.
    Unsupported,
    /// Two literals with the same text in the same lexer state.
    DuplicateLiteral,
    /// Every text the pattern matches, another pattern matches too and wins: it can never
    /// produce its token.
    Shadowed,
    /// The DFA could not be built (too large).
    Dfa,
}

impl fmt::Display for LexBuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LexBuildError {}

/// Lexer tables as built, ready to be printed as `static` arrays by the macro.
///
/// The layout is the one [`LexTables`] reads at run time; see there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexTablesBuf {
    /// Byte → byte class.
    pub byte_class: [u8; 256],
    /// The number of byte classes: the length of one row of `trans`.
    pub stride: usize,
    /// Premultiplied transitions: `trans[state + byte_class[b]]` is the next state. State 0 is
    /// the dead state.
    pub trans: Vec<u32>,
    /// Per state index (`state / stride`): the rule accepted there, or [`NO_RULE`].
    pub accept: Vec<u16>,
    /// The first premultiplied id of an accepting state after the rejecting ones; every state
    /// from there on accepts, and so do the restart states.
    pub accept_from: u32,
    /// The end of the restart states `stride..restart_to` (right after the dead state): they
    /// accept a plain skip ([`RuleSpec::discard`]) that cannot grow into a token, and continue
    /// into the next token where the skip ends.
    pub restart_to: u32,
    /// The first premultiplied id of an accepting state whose rule is not a plain skip;
    /// `accept_from..token_from` accept other plain skips.
    pub token_from: u32,
    /// The first premultiplied id of a final state: accepting, with every transition dead.
    pub final_from: u32,
    /// Per state index: 0, or `k + 1` when the state loops on some bytes and its stay table is
    /// `stay[256 * k..256 * (k + 1)]`.
    pub loops: Vec<u8>,
    /// Stay tables: for each looping state, 256 entries, 1 where the byte leads back to it.
    pub stay: Vec<u8>,
    /// Per lexer state: the premultiplied start state.
    pub starts: Vec<u32>,
    /// Per lexer state: its name; index 0 is [`INITIAL_STATE`].
    pub state_names: Vec<String>,
}

impl LexTablesBuf {
    /// The number of DFA states, the dead state included.
    pub fn state_count(&self) -> usize {
        self.accept.len()
    }

    /// Runs the tables on `input` from lexer state `state` and returns the longest match as
    /// `(rule, length)`, as the runtime driver does, after any plain skips. For tests.
    pub fn longest_match(&self, state: usize, input: &[u8]) -> Option<(usize, usize)> {
        let names: Vec<&str> = self.state_names.iter().map(String::as_str).collect();
        let view = LexTables {
            byte_class: &self.byte_class,
            stride: self.stride,
            trans: &[],
            trans_wide: &self.trans,
            accept: &self.accept,
            accept_from: self.accept_from,
            restart_to: self.restart_to,
            token_from: self.token_from,
            final_from: self.final_from,
            loops: &self.loops,
            stay: &self.stay,
            starts: &self.starts,
            state_names: &names,
            rule_names: &[],
        };
        match view.longest_match(self.starts[state], input, 0, &mut ScanMemo::default()) {
            (_, 0, _) => None,
            (start, s, end) => Some((self.accept[s / self.stride] as usize, end - start)),
        }
    }
}

/// The order in which rules win ties at equal match length: a literal beats a regex, then the
/// higher priority wins, then the earlier declaration. Smaller sorts first (wins).
pub fn rank(rules: &[RuleSpec], i: usize) -> (bool, i64, usize) {
    let r = &rules[i];
    (!r.pattern.is_token(), -(r.priority as i64), i)
}

/// Parses one rule's pattern into an `Hir` and checks that a lexer can use it.
///
/// # Errors
/// Invalid syntax (with regex-syntax's message), a pattern matching the empty string or
/// nothing, and look-around assertions.
pub fn parse_rule(rule: &RuleSpec) -> Result<Hir, (LexBuildErrorKind, String)> {
    let source = match &rule.pattern {
        Pattern::Token(s) => regex_syntax::escape(s),
        Pattern::Regex(s) => s.clone(),
    };
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(rule.ignore_case)
        .unicode(true)
        .utf8(true)
        .build()
        .parse(&source)
        .map_err(|e| {
            (
                LexBuildErrorKind::InvalidRegex,
                format!("invalid regex: {e}"),
            )
        })?;
    if let Some(look) = hir.properties().look_set().iter().next() {
        return Err((LexBuildErrorKind::Unsupported, unsupported_look(look)));
    }
    match hir.properties().minimum_len() {
        Some(0) => Err((
            LexBuildErrorKind::MatchesEmpty,
            format!(
                "pattern `{}` matches the empty string; a token must consume at least one character",
                rule.pattern.text()
            ),
        )),
        None => Err((
            LexBuildErrorKind::MatchesNothing,
            format!("pattern `{}` can never match", rule.pattern.text()),
        )),
        Some(_) => Ok(hir),
    }
}

fn unsupported_look(look: Look) -> String {
    let what = match look {
        Look::WordUnicode | Look::WordUnicodeNegate => {
            "Unicode word boundaries (`\\b`, `\\B`) are not supported in lexer patterns"
        }
        Look::WordAscii | Look::WordAsciiNegate => {
            "word boundaries (`(?-u:\\b)`) are not supported in lexer patterns"
        }
        Look::Start | Look::End | Look::StartLF | Look::EndLF | Look::StartCRLF | Look::EndCRLF => {
            "anchors (`^`, `$`, `\\A`, `\\z`) are not supported in lexer patterns"
        }
        _ => "look-around assertions are not supported in lexer patterns",
    };
    format!(
        "{what}: a token is matched from its first character, without looking at the text around it"
    )
}

/// Builds the tables of a lexer from its rules.
///
/// Lexer states are named by the rules' `states`; [`INITIAL_STATE`] always exists and comes
/// first, the others follow in order of first use.
///
/// # Errors
/// Every problem found, one [`LexBuildError`] each; a non-empty list.
///
/// # Examples
/// ```
/// use sly_core::lex::build::{build_tables, Pattern, RuleSpec};
/// let rules = vec![
///     RuleSpec::new(Pattern::Token("=".into())),
///     RuleSpec::new(Pattern::Token("==".into())),
///     RuleSpec::new(Pattern::Regex("[a-z]+".into())),
/// ];
/// let t = build_tables(&rules).map_err(|e| format!("{e:?}"))?;
/// assert_eq!(t.longest_match(0, b"==="), Some((1, 2)));
/// assert_eq!(t.longest_match(0, b"abc="), Some((2, 3)));
/// assert_eq!(t.longest_match(0, b"+"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn build_tables(rules: &[RuleSpec]) -> Result<LexTablesBuf, Vec<LexBuildError>> {
    let mut errors = Vec::new();
    if rules.len() >= NO_RULE as usize {
        errors.push(LexBuildError {
            kind: LexBuildErrorKind::Dfa,
            rule: None,
            message: format!("too many patterns (at most {})", NO_RULE - 1),
            related: Vec::new(),
        });
        return Err(errors);
    }

    // Lexer states, INITIAL first.
    let mut state_names: Vec<String> = vec![INITIAL_STATE.to_string()];
    let mut rule_states: Vec<Vec<usize>> = Vec::with_capacity(rules.len());
    for rule in rules {
        let mut ids = Vec::new();
        if rule.states.is_empty() {
            ids.push(0);
        }
        for name in &rule.states {
            let id = match state_names.iter().position(|n| n == name) {
                Some(i) => i,
                None => {
                    state_names.push(name.clone());
                    state_names.len() - 1
                }
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        rule_states.push(ids);
    }

    let mut hirs: Vec<Option<Hir>> = Vec::with_capacity(rules.len());
    for (i, rule) in rules.iter().enumerate() {
        match parse_rule(rule) {
            Ok(h) => hirs.push(Some(h)),
            Err((kind, message)) => {
                errors.push(LexBuildError {
                    kind,
                    rule: Some(i),
                    message,
                    related: Vec::new(),
                });
                hirs.push(None);
            }
        }
    }

    // Duplicate literals (same text, same case mode, a lexer state in common).
    let mut seen: HashMap<(String, bool), Vec<usize>> = HashMap::new();
    for (i, rule) in rules.iter().enumerate() {
        if let Pattern::Token(text) = &rule.pattern {
            let key = if rule.ignore_case {
                (text.to_lowercase(), true)
            } else {
                (text.clone(), false)
            };
            let earlier = seen.entry(key).or_default();
            if let Some(&first) = earlier
                .iter()
                .find(|&&j| rule_states[j].iter().any(|s| rule_states[i].contains(s)))
            {
                errors.push(LexBuildError {
                    kind: LexBuildErrorKind::DuplicateLiteral,
                    rule: Some(i),
                    message: format!(
                        "the literal {text:?} is already a token; each literal may appear once per lexer state"
                    ),
                    related: vec![(first, "first defined here".to_string())],
                });
            }
            earlier.push(i);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // One DFA per lexer state, flattened into one state list; state 0 is dead.
    let mut wins = Wins {
        won: vec![false; rules.len()],
        beaten_by: vec![Vec::new(); rules.len()],
    };
    let mut trans: Vec<[u32; 256]> = vec![[0; 256]];
    let mut accept: Vec<u16> = vec![NO_RULE];
    let mut restart: Vec<bool> = vec![false];
    let mut starts = Vec::with_capacity(state_names.len());
    for (st, state_name) in state_names.iter().enumerate() {
        let members: Vec<usize> = (0..rules.len())
            .filter(|&r| rule_states[r].contains(&st))
            .collect();
        if members.is_empty() {
            // A state named only to be entered: it matches nothing.
            starts.push(0);
            continue;
        }
        let member_hirs: Vec<&Hir> = members.iter().filter_map(|&r| hirs[r].as_ref()).collect();
        match add_dfa(
            rules,
            &members,
            &member_hirs,
            &mut trans,
            &mut accept,
            &mut restart,
            &mut wins,
        ) {
            Ok(start) => starts.push(start),
            Err(message) => {
                errors.push(LexBuildError {
                    kind: LexBuildErrorKind::Dfa,
                    rule: None,
                    message: format!(
                        "the DFA of lexer state `{state_name}` could not be built: {message}"
                    ),
                    related: Vec::new(),
                });
                starts.push(0);
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // A pattern that matches text but wins nowhere can never produce its token.
    for (i, rule) in rules.iter().enumerate() {
        let winners = &wins.beaten_by[i];
        if wins.won[i] || winners.is_empty() {
            continue;
        }
        let names: Vec<String> = winners
            .iter()
            .map(|&w| format!("`{}`", rules[w].pattern.text()))
            .collect();
        let (who, verb) = match &names[..] {
            [one] => (one.clone(), "matches it too and wins"),
            [init @ .., last] => (
                format!("{} or {last}", init.join(", ")),
                "match it too and win",
            ),
            [] => unreachable!("checked non-empty"),
        };
        errors.push(LexBuildError {
            kind: LexBuildErrorKind::Shadowed,
            rule: Some(i),
            message: format!(
                "the pattern `{}` can never produce a token: wherever it matches, {who} {verb} (at equal length a `#[token]` beats a `#[regex]`, then the higher `priority`, then the pattern declared first)",
                rule.pattern.text(),
            ),
            related: winners
                .iter()
                .map(|&w| (w, format!("`{}` wins over it", rules[w].pattern.text())))
                .collect(),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let discard: Vec<bool> = rules.iter().map(|r| r.discard).collect();
    Ok(finish(
        &discard,
        &restart,
        trans,
        accept,
        starts,
        state_names,
    ))
}

/// Which patterns win somewhere, and for the others one pattern that beat them.
struct Wins {
    /// Whether the pattern is the winner of some DFA state.
    won: Vec<bool>,
    /// The patterns that won states where this one matched too, in the order met.
    beaten_by: Vec<Vec<usize>>,
}

/// Builds the DFA of one lexer state and appends its states; returns its start state.
/// The most memory regex-automata may use for one lexer state's NFA, and for its DFA while
/// determinizing it: far above real lexers (a SQL lexer with a hundred keywords needs well under
/// a tenth of it), low enough that a pattern whose DFA explodes fails in seconds.
const DFA_SIZE_LIMIT: usize = 2 << 20;
/// The most DFA states one lexer state may have.
const DFA_STATE_LIMIT: usize = 10_000;

fn add_dfa(
    rules: &[RuleSpec],
    members: &[usize],
    hirs: &[&Hir],
    trans: &mut Vec<[u32; 256]>,
    accept: &mut Vec<u16>,
    restart: &mut Vec<bool>,
    wins: &mut Wins,
) -> Result<u32, String> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .which_captures(thompson::WhichCaptures::None)
                .nfa_size_limit(Some(DFA_SIZE_LIMIT))
                .shrink(false),
        )
        .build_many_from_hir(hirs)
        .map_err(|e| e.to_string())?;
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Anchored)
                .dfa_size_limit(Some(DFA_SIZE_LIMIT))
                .determinize_size_limit(Some(DFA_SIZE_LIMIT))
                .minimize(false),
        )
        .build_from_nfa(&nfa)
        .map_err(|e| {
            format!("{e} (the patterns' DFA would be too large: simplify the patterns, e.g. bounded repetitions of alternatives)")
        })?;
    let start = dfa
        .start_state(&start::Config::new().anchored(Anchored::Yes))
        .map_err(|e| e.to_string())?;

    // Breadth-first over the DFA, numbering states as they are found.
    let base = trans.len() as u32;
    let mut ids: HashMap<regex_automata::util::primitives::StateID, u32> = HashMap::new();
    let mut queue = vec![start];
    ids.insert(start, base);
    let mut next = 0;
    while next < queue.len() {
        if queue.len() > DFA_STATE_LIMIT {
            return Err(format!(
                "the patterns' DFA has more than the limit of {DFA_STATE_LIMIT} states: simplify the patterns"
            ));
        }
        let sid = queue[next];
        next += 1;
        let mut row = [0u32; 256];
        for b in 0..=255u8 {
            let t = dfa.next_state(sid, b);
            if dfa.is_dead_state(t) || dfa.is_quit_state(t) {
                continue;
            }
            let n = ids.len() as u32;
            let id = *ids.entry(t).or_insert_with(|| {
                queue.push(t);
                base + n
            });
            row[b as usize] = id;
        }
        trans.push(row);
        // The delayed match: what matches the text read so far shows after end of input.
        let eoi = dfa.next_eoi_state(sid);
        let mut best: Option<usize> = None;
        if dfa.is_match_state(eoi) {
            for k in 0..dfa.match_len(eoi) {
                let rule = members[dfa.match_pattern(eoi, k).as_usize()];
                if best.is_none_or(|b| rank(rules, rule) < rank(rules, b)) {
                    best = Some(rule);
                }
            }
            if let Some(winner) = best {
                wins.won[winner] = true;
                for k in 0..dfa.match_len(eoi) {
                    let rule = members[dfa.match_pattern(eoi, k).as_usize()];
                    if rule != winner && !wins.beaten_by[rule].contains(&winner) {
                        wins.beaten_by[rule].push(winner);
                    }
                }
            }
        }
        accept.push(best.map_or(NO_RULE, |r| r as u16));
    }
    // The start state never accepts: no pattern matches the empty string.
    accept[base as usize] = NO_RULE;
    // Where a plain skip's match ends (no transition leads on to an accepting state), the
    // next token starts: such a state continues with the start state's transitions instead
    // of dying, so that the driver passes over whitespace and comments without leaving its
    // loop. Only "restart" states get this: states accepting a plain skip from which no token
    // can be reached, so that the driver knows the token starts after the last of them.
    let end = trans.len();
    let reaches = |targets: &dyn Fn(usize) -> bool| {
        let mut yes = vec![false; end];
        loop {
            let mut changed = false;
            for i in base as usize..end {
                if !yes[i] && (targets(i) || trans[i].iter().any(|&t| yes[t as usize])) {
                    yes[i] = true;
                    changed = true;
                }
            }
            if !changed {
                return yes;
            }
        }
    };
    let live = reaches(&|i| accept[i] != NO_RULE);
    let to_token = reaches(&|i| accept[i] != NO_RULE && !rules[accept[i] as usize].discard);
    let start_row = trans[base as usize];
    for i in base as usize..end {
        let is_restart = accept[i] != NO_RULE && rules[accept[i] as usize].discard && !to_token[i];
        restart.push(is_restart);
        if is_restart {
            for (t, &from_start) in trans[i].iter_mut().zip(&start_row) {
                if !live[*t as usize] {
                    *t = from_start;
                }
            }
        }
    }
    Ok(base)
}

/// The most states a DFA may have to get 256-wide rows (premultiplied ids up to
/// `256 * 256 - 1` fit in `u16`).
const FULL_ROWS_MAX_STATES: usize = 256;

/// Minimizes, renumbers (dead, restart, rejecting, accepting), computes byte classes, premultiplies.
fn finish(
    discard: &[bool],
    restart: &[bool],
    trans: Vec<[u32; 256]>,
    accept: Vec<u16>,
    starts: Vec<u32>,
    state_names: Vec<String>,
) -> LexTablesBuf {
    let n = trans.len();
    // Moore's algorithm: start from the partition by accepted rule (the dead state shares its
    // block with every state that can never accept again), refine until stable.
    let mut block: Vec<u32> = {
        let mut ids: HashMap<(u16, bool), u32> = HashMap::new();
        ids.insert((NO_RULE, false), 0);
        let mut out = Vec::with_capacity(n);
        for (&a, &r) in accept.iter().zip(restart) {
            let len = ids.len() as u32;
            out.push(*ids.entry((a, r)).or_insert(len));
        }
        out
    };
    // States that can never reach an accepting state are equivalent to the dead state; the
    // refinement finds that out by itself only if they start in the dead state's block, which
    // they do (block 0 holds every non-accepting state at first).
    let mut count = block.iter().copied().max().map_or(0, |m| m + 1);
    loop {
        let mut ids: HashMap<(u32, Vec<u32>), u32> = HashMap::new();
        let mut next = Vec::with_capacity(n);
        // Keep the dead state's signature first so that its block stays 0.
        for s in 0..n {
            let sig: Vec<u32> = trans[s].iter().map(|&t| block[t as usize]).collect();
            let len = ids.len() as u32;
            next.push(*ids.entry((block[s], sig)).or_insert(len));
        }
        let new_count = ids.len() as u32;
        block = next;
        if new_count == count {
            break;
        }
        count = new_count;
    }
    let dead_block = block[0];

    // One representative per block; order: dead, rejecting, accepting (each by first state).
    let mut reps: Vec<usize> = Vec::new();
    let mut rep_of_block: HashMap<u32, usize> = HashMap::new();
    for (s, &b) in block.iter().enumerate() {
        rep_of_block.entry(b).or_insert_with(|| {
            reps.push(s);
            s
        });
    }
    // Order the states so that what the driver tests is a range of ids: dead | restart
    // (accepting a plain skip that cannot grow into a token; first, so that the test on every
    // step is one comparison) | rejecting | accepting another plain skip | accepting a token |
    // final (accepting a token, every transition dead).
    let is_final = |s: usize| trans[s].iter().all(|&t| block[t as usize] == dead_block);
    let live: Vec<usize> = reps
        .iter()
        .copied()
        .filter(|&s| block[s] != dead_block)
        .collect();
    let rejecting = |s: &usize| accept[*s] == NO_RULE;
    let discards = |s: &usize| !rejecting(s) && discard[accept[*s] as usize];
    let tokens = |s: &usize| !rejecting(s) && !discard[accept[*s] as usize];
    let mut order: Vec<usize> = Vec::with_capacity(reps.len());
    order.push(0);
    order.extend(live.iter().copied().filter(|s| discards(s) && restart[*s]));
    let first_rejecting = order.len();
    order.extend(live.iter().copied().filter(rejecting));
    let first_accepting = order.len();
    order.extend(live.iter().copied().filter(|s| discards(s) && !restart[*s]));
    let first_token = order.len();
    order.extend(live.iter().copied().filter(|s| tokens(s) && !is_final(*s)));
    let first_final = order.len();
    order.extend(live.iter().copied().filter(|s| tokens(s) && is_final(*s)));
    let mut new_index: HashMap<u32, u32> = HashMap::new();
    for (i, &s) in order.iter().enumerate() {
        new_index.insert(block[s], i as u32);
    }

    // Byte classes: bytes whose columns agree in every state.
    let mut byte_class = [0u8; 256];
    let mut class_of_column: HashMap<Vec<u32>, u8> = HashMap::new();
    let mut class_bytes: Vec<u8> = Vec::new();
    for b in 0..256 {
        let column: Vec<u32> = order
            .iter()
            .map(|&s| new_index[&block[trans[s][b] as usize]])
            .collect();
        let len = class_of_column.len();
        let c = *class_of_column.entry(column).or_insert_with(|| {
            class_bytes.push(b as u8);
            len as u8
        });
        byte_class[b] = c;
    }
    // Small DFAs get a full row of 256 transitions per state (every byte its own class), so
    // that a step is one load instead of two (see `LexTables::step`); `u16` ids still fit.
    if order.len() <= FULL_ROWS_MAX_STATES {
        for (b, c) in byte_class.iter_mut().enumerate() {
            *c = b as u8;
        }
        class_bytes = (0..=255).collect();
    }
    let stride = class_bytes.len();

    let mut out_trans = Vec::with_capacity(order.len() * stride);
    let mut out_accept = Vec::with_capacity(order.len());
    let mut loops = Vec::with_capacity(order.len());
    let mut stay = Vec::new();
    for &s in &order {
        let row: Vec<u8> = (0..256)
            .map(|b| u8::from(s != 0 && block[trans[s][b] as usize] == block[s]))
            .collect();
        if row.contains(&1) && stay.len() < 255 * 256 {
            stay.extend_from_slice(&row);
            loops.push((stay.len() / 256) as u8);
        } else {
            loops.push(0);
        }
        for &b in &class_bytes {
            let t = new_index[&block[trans[s][b as usize] as usize]];
            out_trans.push(t * stride as u32);
        }
        out_accept.push(accept[s]);
    }
    let starts = starts
        .iter()
        .map(|&s| new_index[&block[s as usize]] * stride as u32)
        .collect();
    LexTablesBuf {
        byte_class,
        stride,
        trans: {
            // A power-of-two length lets the driver mask indexes instead of checking them.
            out_trans.resize(out_trans.len().next_power_of_two(), 0);
            out_trans
        },
        accept: out_accept,
        accept_from: (first_accepting * stride) as u32,
        restart_to: (first_rejecting * stride) as u32,
        token_from: (first_token * stride) as u32,
        final_from: (first_final * stride) as u32,
        loops,
        stay,
        starts,
        state_names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::WalkEnd;

    fn tok(s: &str) -> RuleSpec {
        RuleSpec::new(Pattern::Token(s.into()))
    }
    fn re(s: &str) -> RuleSpec {
        RuleSpec::new(Pattern::Regex(s.into()))
    }

    #[test]
    fn longest_match_and_ties() {
        let rules = vec![re("[a-z]+"), tok("if"), tok("="), tok("==")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"if"), Some((1, 2)));
        assert_eq!(t.longest_match(0, b"iff"), Some((0, 3)));
        assert_eq!(t.longest_match(0, b"i"), Some((0, 1)));
        assert_eq!(t.longest_match(0, b"=="), Some((3, 2)));
        assert_eq!(t.longest_match(0, b"=a"), Some((2, 1)));
        assert_eq!(t.longest_match(0, b"9"), None);
    }

    #[test]
    fn priority_then_order() {
        // Each pattern wins somewhere (`0`, `1`), or it would be an error of its own.
        let mut hi = re("[a-z]+");
        hi.priority = 2;
        let rules = vec![re("[a-c]+|0"), hi, re("[a-z]|1")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"ab"), Some((1, 2)));
        assert_eq!(t.longest_match(0, b"a"), Some((1, 1)));
        let rules = vec![re("[a-c]+"), re("[a-z]+")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"ab"), Some((0, 2)));
        assert_eq!(t.longest_match(0, b"az"), Some((1, 2)));
    }

    #[test]
    fn no_match_delay_at_end_of_input() {
        let t = build_tables(&[re("[0-9]+")]).unwrap();
        assert_eq!(t.longest_match(0, b"123"), Some((0, 3)));
        assert_eq!(t.longest_match(0, b"1"), Some((0, 1)));
    }

    #[test]
    fn backtracks_to_last_accept() {
        let t = build_tables(&[tok("a"), tok("abc")]).unwrap();
        assert_eq!(t.longest_match(0, b"abd"), Some((0, 1)));
        assert_eq!(t.longest_match(0, b"abc"), Some((1, 3)));
    }

    #[test]
    fn ignore_case_and_unicode() {
        let mut kw = tok("select");
        kw.ignore_case = true;
        let rules = vec![kw, re(r"\p{L}+"), re(r"\w+")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"SeLeCt"), Some((0, 6)));
        assert_eq!(t.longest_match(0, "été".as_bytes()), Some((1, 5)));
        assert_eq!(t.longest_match(0, "é1".as_bytes()), Some((2, 3)));
    }

    #[test]
    fn lexer_states_are_separate() {
        let mut body = re(r"[^*]+");
        body.states = vec!["comment".into()];
        let mut end = tok("*/");
        end.states = vec!["comment".into()];
        let rules = vec![tok("/*"), re("[a-z]+"), body, end];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.state_names, vec!["INITIAL", "comment"]);
        assert_eq!(t.longest_match(0, b"abc"), Some((1, 3)));
        assert_eq!(t.longest_match(1, b"abc*/"), Some((2, 3)));
        assert_eq!(t.longest_match(1, b"*/"), Some((3, 2)));
        assert_eq!(t.longest_match(0, b"*/"), None);
    }

    #[test]
    fn errors_are_all_reported() {
        let rules = vec![
            re("(abc"),
            re("a*"),
            re(r"\bfoo"),
            re("^x"),
            tok("+"),
            tok("+"),
            re(r"[a&&b]"),
        ];
        let errs = build_tables(&rules).unwrap_err();
        let kinds: Vec<_> = errs.iter().map(|e| (e.rule, e.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (Some(0), LexBuildErrorKind::InvalidRegex),
                (Some(1), LexBuildErrorKind::MatchesEmpty),
                (Some(2), LexBuildErrorKind::Unsupported),
                (Some(3), LexBuildErrorKind::Unsupported),
                (Some(6), LexBuildErrorKind::MatchesNothing),
                (Some(5), LexBuildErrorKind::DuplicateLiteral),
            ]
        );
        assert!(errs[0].message.contains("unclosed group"), "{}", errs[0]);
        assert!(errs[2].message.contains("Unicode word boundaries"));
        assert_eq!(errs[5].related, vec![(4, "first defined here".to_string())]);
    }

    #[test]
    fn patterns_that_never_win_are_errors_naming_the_winner() {
        // `if` as a regex loses to the literal on its only text; `[a-z]+` declared twice
        // loses to the first; a skip of `x` loses to the token `x`.
        let mut skip_x = re("x");
        skip_x.discard = true;
        let rules = vec![
            tok("if"),
            re("if"),
            re("[a-z]+"),
            re("[a-z]+"),
            tok("x"),
            skip_x,
        ];
        let errs = build_tables(&rules).unwrap_err();
        let got: Vec<_> = errs
            .iter()
            .map(|e| (e.rule, e.kind, e.related.clone()))
            .collect();
        let shadowed = |r: usize, winners: &[(usize, &str)]| {
            let related = winners
                .iter()
                .map(|&(w, text)| (w, format!("`{text}` wins over it")))
                .collect::<Vec<_>>();
            (Some(r), LexBuildErrorKind::Shadowed, related)
        };
        // The second `[a-z]+` loses to the first, and to the literals on their texts.
        assert_eq!(
            got,
            [
                shadowed(1, &[(0, "if")]),
                shadowed(3, &[(2, "[a-z]+"), (4, "x"), (0, "if")]),
                shadowed(5, &[(4, "x")])
            ]
        );
        assert_eq!(
            errs[0].message,
            "the pattern `if` can never produce a token: wherever it matches, `if` matches it too and wins (at equal length a `#[token]` beats a `#[regex]`, then the higher `priority`, then the pattern declared first)"
        );
        // Beaten by several patterns in different places: all named.
        let errs = build_tables(&[tok("ab"), re("[a-c]+"), re("a+b")]).unwrap_err();
        assert_eq!(
            errs[0].message,
            "the pattern `a+b` can never produce a token: wherever it matches, `ab` or `[a-c]+` match it too and win (at equal length a `#[token]` beats a `#[regex]`, then the higher `priority`, then the pattern declared first)"
        );
        assert_eq!(errs[0].related.len(), 2);
        // Winning somewhere is enough: the identifier wins on `iff`, the keyword on `if`.
        assert!(build_tables(&[tok("if"), re("[a-z]+")]).is_ok());
        // A pattern that only wins in another lexer state is not shadowed.
        let mut in_b = re("[a-z]+");
        in_b.states = vec!["b".into()];
        let mut also_b = tok("if");
        also_b.states = vec!["INITIAL".into(), "b".into()];
        assert!(build_tables(&[tok("if"), also_b.clone(), in_b]).is_err()); // duplicate `if`
        let mut first = re("[a-z]+");
        first.states = vec!["INITIAL".into()];
        let mut second = re("[a-z]+");
        second.states = vec!["b".into()];
        assert!(build_tables(&[first, second]).is_ok());
    }

    #[test]
    fn a_walk_that_dies_after_the_first_char_names_the_open_tokens() {
        let mut comment = re(r"/\*([^*]|\*+[^*/])*\*+/");
        comment.discard = true;
        let rules = vec![re(r#""[^"\n]*""#), comment, tok("/"), re("[a-z]+")];
        let t = build_tables(&rules).unwrap();
        let run = |src: &str| unterminated(&t, src);
        assert_eq!(run("\"abc"), Some((4, WalkEnd::Input, vec![0])));
        assert_eq!(run("\"ab\ncd\""), Some((3, WalkEnd::Line, vec![0])));
        assert_eq!(run("/* never closed"), Some((15, WalkEnd::Input, vec![1])));
        // One char only: not unterminated (`"` then the end).
        assert_eq!(run("\""), None);
        // A multi-byte char counts as one.
        assert_eq!(run("\"é"), Some((3, WalkEnd::Input, vec![0])));
        // Dies on a character that cannot continue it: named.
        let t = build_tables(&[re(r"[0-9]+\.[0-9]+")]).unwrap();
        assert_eq!(
            unterminated(&t, "1.x"),
            Some((2, WalkEnd::Char('x'), vec![0]))
        );
        assert_eq!(
            unterminated(&t, "1.é"),
            Some((2, WalkEnd::Char('é'), vec![0]))
        );
    }

    /// [`LexTables::unterminated`] from the start of `src` in the initial state.
    fn unterminated(t: &LexTablesBuf, src: &str) -> Option<(usize, WalkEnd, Vec<u16>)> {
        let names: Vec<&str> = t.state_names.iter().map(String::as_str).collect();
        let view = LexTables {
            byte_class: &t.byte_class,
            stride: t.stride,
            trans: &[],
            trans_wide: &t.trans,
            accept: &t.accept,
            accept_from: t.accept_from,
            restart_to: t.restart_to,
            token_from: t.token_from,
            final_from: t.final_from,
            loops: &t.loops,
            stay: &t.stay,
            starts: &t.starts,
            state_names: &names,
            rule_names: &[],
        };
        view.unterminated(t.starts[0], src.as_bytes(), 0)
    }

    #[test]
    fn plain_skips_are_skipped_inside_the_dfa_walk() {
        let mut ws = re("[ ]+");
        ws.discard = true;
        let rules = vec![ws, tok("ab"), tok("abcd")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"   ab"), Some((1, 2)));
        assert_eq!(t.longest_match(0, b" abc "), Some((1, 2)));
        assert_eq!(t.longest_match(0, b"  abcd"), Some((2, 4)));
        assert_eq!(t.longest_match(0, b"   "), None);
        assert_eq!(t.longest_match(0, b"  a"), None);
    }

    #[test]
    fn a_skip_that_is_the_prefix_of_a_token() {
        let mut ws = re("[ ]+");
        ws.discard = true;
        let rules = vec![ws, re("[ ]+x"), tok("y")];
        let t = build_tables(&rules).unwrap();
        assert_eq!(t.longest_match(0, b"  x"), Some((1, 3)));
        assert_eq!(t.longest_match(0, b"  y"), Some((2, 1)));
        assert_eq!(t.longest_match(0, b" y x"), Some((2, 1)));
    }

    #[test]
    fn long_tokens_are_scanned_exactly() {
        let mut ws = re("[ ]+");
        ws.discard = true;
        let rules = vec![ws, re("[a-z]+"), re(r#""([^"\\]|\\.)*""#), tok("a1")];
        let t = build_tables(&rules).unwrap();
        for n in 1..70 {
            let ident = "q".repeat(n);
            assert_eq!(t.longest_match(0, ident.as_bytes()), Some((1, n)));
            let spaced = format!("{}{ident} x", " ".repeat(n % 11));
            assert_eq!(t.longest_match(0, spaced.as_bytes()), Some((1, n)));
            let body: String = (0..n)
                .map(|i| if i % 7 == 3 { "\\\"" } else { "b" })
                .collect();
            let string = format!("\"{body}\"  zz");
            assert_eq!(
                t.longest_match(0, string.as_bytes()),
                Some((2, string.len() - 4)),
                "{string}"
            );
            // Unterminated: nothing matches at the quote.
            let open = format!("\"{body}");
            assert_eq!(t.longest_match(0, open.as_bytes()), None, "{open}");
        }
        // Backing up inside a long run: `a1` is a token, `a` then digits is not.
        assert_eq!(t.longest_match(0, b"   a1"), Some((3, 2)));
        assert_eq!(t.longest_match(0, b"   a2"), Some((1, 1)));
    }

    #[test]
    fn same_rules_same_tables() {
        let rules = || {
            let mut kw = tok("select");
            kw.ignore_case = true;
            let mut ws = re(r"\s+");
            ws.discard = true;
            vec![
                ws,
                kw,
                re(r"\w+"),
                re(r"[0-9]+\.[0-9]+"),
                tok("<="),
                tok("<"),
            ]
        };
        assert_eq!(
            build_tables(&rules()).unwrap(),
            build_tables(&rules()).unwrap()
        );
    }

    #[test]
    fn same_literal_in_different_states_is_fine() {
        let mut b = tok("}");
        b.states = vec!["str".into()];
        assert!(build_tables(&[tok("}"), b]).is_ok());
    }

    #[test]
    fn minimization_merges_equivalent_states() {
        // `[ab]c|bc` style alternatives collapse; the identifier DFA needs 3 states plus dead.
        let t = build_tables(&[re("[a-z][a-z0-9]*")]).unwrap();
        assert_eq!(t.state_count(), 3);
        // Small enough for full rows: every byte is its own class.
        assert_eq!(t.stride, 256);
        assert!(
            t.byte_class
                .iter()
                .enumerate()
                .all(|(b, &c)| c as usize == b)
        );
    }

    #[test]
    fn large_dfas_use_byte_classes() {
        // 301 states: too many for full rows, so bytes are grouped into classes (`a`, the rest).
        let t = build_tables(&[re("a{300}")]).unwrap();
        assert_eq!(t.state_count(), 302);
        assert_eq!(t.stride, 2);
        assert_eq!(
            t.longest_match(0, "a".repeat(300).as_bytes()),
            Some((0, 300))
        );
        assert_eq!(t.longest_match(0, "a".repeat(299).as_bytes()), None);
    }
}
