//! Catalogues of syntax error messages, after Menhir's `.messages` files.
//!
//! A catalogue pairs example inputs that end in a syntax error with the message a user should
//! read there. Each example is run through the parse tables: the state the parser is in when it
//! reads the token it cannot accept keys the message, so one message covers every input that
//! fails in that state. The file format:
//!
//! ```text
//! # Lines that start with `#` are comments.
//! stmt: Int Plus
//! stmt: Ident Assign Int Plus
//!
//! An operator needs a right-hand side: write a number, a name or a parenthesised expression
//! after it.
//!
//! stmt: RParen
//!
//! This `)` closes nothing.
//! ```
//!
//! An entry is one or more sentences (`start: TERMINAL ...`, the start symbol and terminal
//! names as the grammar writes them), a blank line, then the message (one or more lines), ended
//! by a blank line or the end of the file. A sentence must fail at its last terminal, or at the
//! end of the input right after it. A message may say `$found` (the token found) and
//! `$expected` (the tokens that would have been accepted).
//!
//! [`check`] resolves a catalogue against a grammar's tables; [`error_examples`] finds, for each
//! state where an error can be detected, a short input failing there, and [`entry_text`]
//! writes it as an entry to paste into a catalogue.
//!
//! # Examples
//! ```
//! use sly_core::diag::Origin;
//! use sly_core::grammar::GrammarBuilder;
//! use sly_core::lalr::{Automaton, pack::PackedTables};
//! use sly_core::messages;
//!
//! let mut b = GrammarBuilder::new();
//! for t in ["Int", "Plus"] {
//!     b.terminal(t, Origin::NONE);
//! }
//! b.rule_str("expr", &["expr", "Plus", "Int"], None);
//! b.rule_str("expr", &["Int"], None);
//! let g = b.build().expect("a valid grammar").grammar;
//! let a = Automaton::build(&g);
//! let tables = PackedTables::build(&g, &a);
//! let names: Vec<&str> = tables.terminal_names.iter().map(|s| s.as_str()).collect();
//! let t = tables.view(&names);
//!
//! let (cat, errors) = messages::parse("expr: Int Plus\n\nA number must follow `+`.\n");
//! assert!(errors.is_empty());
//! let keyed = messages::check(&cat, &g, &t).unwrap();
//! assert_eq!(keyed.len(), 1);
//! assert_eq!(cat.entries[keyed[0].entry].message, "A number must follow `+`.");
//!
//! // Every state where an error can be detected, with an input failing there.
//! let all = messages::error_examples(&t);
//! assert!(all.iter().any(|e| e.state == keyed[0].state));
//! ```

use crate::diag::closest_name;
use crate::grammar::Grammar;
use crate::lalr::Automaton;
use crate::parse::driver::{END, ERROR};
use crate::parse::table::{Act, ParseTables, TableInt};
use crate::report::item_text;
use std::fmt;

mod search;

/// A parsed catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

/// One entry: sentences sharing a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The example inputs.
    pub sentences: Vec<Sentence>,
    /// The message, its lines joined by `\n`.
    pub message: String,
}

/// One example input: `start: TERMINAL ...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Its line in the file, from 1.
    pub line: usize,
    /// The start symbol it names.
    pub start: String,
    /// Its terminals' names.
    pub terminals: Vec<String>,
}

/// A mistake in a catalogue, at a line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagesError {
    /// The line, from 1.
    pub line: usize,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for MessagesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads a catalogue: the entries it could read, and every malformed line (a sentence without
/// `:`, an entry without a message), so that the entries can be checked in the same run.
pub fn parse(text: &str) -> (Catalogue, Vec<MessagesError>) {
    enum At {
        /// Between entries, or reading an entry's sentences.
        Sentences,
        /// After the sentences' blank line, before the message.
        BeforeMessage,
        /// Reading the message.
        Message,
    }
    let mut entries: Vec<Entry> = Vec::new();
    let mut errors = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut message: Vec<&str> = Vec::new();
    let mut at = At::Sentences;
    let mut finish = |sentences: &mut Vec<Sentence>, message: &mut Vec<&str>| {
        entries.push(Entry {
            sentences: std::mem::take(sentences),
            message: message.join("\n"),
        });
        message.clear();
    };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        if line.starts_with('#') {
            continue;
        }
        let blank = line.trim().is_empty();
        match at {
            At::Sentences if blank => {
                if !sentences.is_empty() {
                    at = At::BeforeMessage;
                }
            }
            At::Sentences => match line.split_once(':') {
                Some((start, rest)) if is_name(start.trim()) => sentences.push(Sentence {
                    line: i + 1,
                    start: start.trim().to_string(),
                    terminals: rest.split_whitespace().map(str::to_string).collect(),
                }),
                _ => errors.push(MessagesError {
                    line: i + 1,
                    message: if sentences.is_empty() {
                        "expected a sentence, `start_symbol: TERMINAL TERMINAL ...`".to_string()
                    } else {
                        "expected a sentence, `start_symbol: TERMINAL TERMINAL ...`, or a blank line before the message".to_string()
                    },
                }),
            },
            At::BeforeMessage if blank => {}
            At::BeforeMessage | At::Message if !blank => {
                message.push(line);
                at = At::Message;
            }
            At::Message => {
                finish(&mut sentences, &mut message);
                at = At::Sentences;
            }
            At::BeforeMessage => unreachable!("blank lines are handled above"),
        }
    }
    match at {
        At::Message => finish(&mut sentences, &mut message),
        At::BeforeMessage | At::Sentences if !sentences.is_empty() => {
            errors.push(MessagesError {
                line: sentences[0].line,
                message: "this entry has no message: write it after the sentences and a blank line"
                    .to_string(),
            });
        }
        At::BeforeMessage | At::Sentences => {}
    }
    (Catalogue { entries }, errors)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// A state keyed by an entry: inputs failing in `state` get the message of entry `entry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyed {
    /// The state: the one the parser is in when it reads the token it cannot accept.
    pub state: usize,
    /// The entry's index in [`Catalogue::entries`].
    pub entry: usize,
}

/// Runs every sentence of `cat` through the tables of `g`: each must fail at its end, and two
/// entries with different messages must not fail in the same state.
///
/// Returns the states with their entries, sorted by state, each state once.
///
/// # Errors
/// Every sentence that names an unknown symbol, does not fail, or fails before its end, and
/// every state claimed by two messages.
pub fn check<T: TableInt>(
    cat: &Catalogue,
    g: &Grammar,
    t: &ParseTables<'_, T>,
) -> Result<Vec<Keyed>, Vec<MessagesError>> {
    let mut errors = Vec::new();
    let start = &g.nonterminals[g.start.index()].name;
    let inputs: Vec<&str> = g.terminals[2..].iter().map(|t| t.name.as_str()).collect();
    // Per state: the entry and the sentence's line that claimed it.
    let mut claimed: Vec<Option<(usize, usize)>> = vec![None; t.default_action.len()];
    for (e, entry) in cat.entries.iter().enumerate() {
        for s in &entry.sentences {
            let mut err = |message: String| {
                errors.push(MessagesError {
                    line: s.line,
                    message,
                })
            };
            if s.start != *start {
                err(format!(
                    "the sentence starts from `{}`, but the grammar's start symbol is `{start}`",
                    s.start
                ));
                continue;
            }
            let mut terms = Vec::with_capacity(s.terminals.len());
            for name in &s.terminals {
                match g.terminal(name).map(|id| id.index()) {
                    Some(id) if id != END && id != ERROR => terms.push(id),
                    Some(_) => err(format!(
                        "`{name}` is not a token of the input: a sentence names the tokens a user types, and ends where the input does"
                    )),
                    None => {
                        let hint = closest_name(name, inputs.iter().copied())
                            .map(|c| format!("; did you mean `{c}`?"))
                            .unwrap_or_default();
                        err(format!("unknown terminal `{name}`{hint}"));
                    }
                }
            }
            if terms.len() != s.terminals.len() {
                continue;
            }
            let state = match run(t, &terms) {
                Run::Accepted => {
                    err(
                        "the parser accepts this sentence: a sentence must end in a syntax error"
                            .to_string(),
                    );
                    continue;
                }
                Run::Loops { at } => {
                    let place = match s.terminals.get(at) {
                        Some(name) => {
                            format!("at `{name}`, terminal {} of {}", at + 1, terms.len())
                        }
                        None => "at the end of the input".to_string(),
                    };
                    err(format!(
                        "the parser reduces without end {place}: the grammar has a cycle of rules (such as `a: a`)"
                    ));
                    continue;
                }
                Run::Fails { at, .. } if at + 1 < terms.len() => {
                    err(format!(
                        "the parser fails at `{}`, terminal {} of {}, before the end of the sentence: end the sentence there",
                        s.terminals[at],
                        at + 1,
                        terms.len()
                    ));
                    continue;
                }
                Run::Fails { state, .. } => state,
            };
            match claimed[state] {
                Some((other, line))
                    if other != e && cat.entries[other].message != entry.message =>
                {
                    err(format!(
                        "this sentence fails in the same state as the sentence on line {line}, whose entry has another message: inputs failing there can get one message only; merge the two entries"
                    ));
                }
                Some(_) => {}
                None => claimed[state] = Some((e, s.line)),
            }
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    Ok(claimed
        .iter()
        .enumerate()
        .filter_map(|(state, c)| c.map(|(entry, _)| Keyed { state, entry }))
        .collect())
}

/// Reads a catalogue and checks it against the tables of `g`: its entries with the states
/// they key (see [`check`]).
///
/// # Errors
/// Every mistake of the file and of its sentences, in line order.
pub fn read<T: TableInt>(
    text: &str,
    g: &Grammar,
    t: &ParseTables<'_, T>,
) -> Result<(Catalogue, Vec<Keyed>), Vec<MessagesError>> {
    let (cat, mut errors) = parse(text);
    match check(&cat, g, t) {
        Ok(keyed) if errors.is_empty() => Ok((cat, keyed)),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }
}

/// The entries, ready to paste, for the states where an error can be found that `keyed` does
/// not cover (all of them when `keyed` is empty), in state order.
pub fn missing_entries<T: TableInt>(
    g: &Grammar,
    a: &Automaton,
    t: &ParseTables<'_, T>,
    keyed: &[Keyed],
) -> Vec<String> {
    error_examples(t)
        .iter()
        .filter(|e| !keyed.iter().any(|k| k.state == e.state))
        .map(|e| entry_text(g, a, e))
        .collect()
}

/// What running a sentence through the tables gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// A syntax error on the terminal at index `at` of the sentence (the sentence's length for
    /// the end of the input), read in `state`.
    Fails {
        /// The index of the terminal that fails.
        at: usize,
        /// The state the parser was in when it read that terminal.
        state: usize,
    },
    /// The sentence is a complete input.
    Accepted,
    /// The parser reduces without end at the terminal at index `at`: the grammar has a cycle
    /// of rules (`a: a`, or `a: b` and `b: a`) that a `%prec` kept in the tables.
    Loops {
        /// The index of the terminal.
        at: usize,
    },
}

/// Runs `terms` and then the end of the input through the tables, as the driver does.
pub fn run<T: TableInt>(t: &ParseTables<'_, T>, terms: &[usize]) -> Run {
    let (mut m, fed) = Sim::new(t);
    match fed {
        Fed::Accepted => return Run::Accepted,
        Fed::Loops => return Run::Loops { at: 0 },
        Fed::Shifted | Fed::Error => {}
    }
    for (at, &term) in terms.iter().chain(std::iter::once(&END)).enumerate() {
        let state = m.top();
        match m.feed(t, term) {
            Fed::Error => return Run::Fails { at, state },
            Fed::Accepted => return Run::Accepted,
            Fed::Loops => return Run::Loops { at },
            Fed::Shifted => {}
        }
    }
    // The end of the input neither failed nor was accepted: only a grammar that shifts `$end`
    // without end does this, and the driver reports it there.
    Run::Fails {
        at: terms.len(),
        state: m.top(),
    }
}

/// The driver's stack of states, without values.
#[derive(Debug, Clone)]
struct Sim {
    states: Vec<usize>,
}

enum Fed {
    Shifted,
    Accepted,
    Error,
    /// The reductions never end.
    Loops,
}

/// How many times the end of the input may be shifted in a row (as the driver allows).
const MAX_END_SHIFTS: usize = 64;

impl Sim {
    fn new<T: TableInt>(t: &ParseTables<'_, T>) -> (Sim, Fed) {
        let mut m = Sim { states: vec![0] };
        let fed = m.settle(t);
        (m, fed)
    }

    fn top(&self) -> usize {
        self.states.last().copied().unwrap_or(0)
    }

    fn reduce<T: TableInt>(&mut self, t: &ParseTables<'_, T>, prod: usize) -> bool {
        let len = t.prod_len[prod].get();
        if len >= self.states.len() {
            return false;
        }
        self.states.truncate(self.states.len() - len);
        let to = t.goto(self.top(), t.prod_lhs[prod].get());
        self.states.push(to);
        true
    }

    /// How many reductions may follow one another: an LR parser makes at most as many as its
    /// stack is deep plus its states; more means a cycle (`a: a`) that only rules such as
    /// `a: a %prec X` leave in the tables, where the parser would never stop.
    fn max_reductions<T: TableInt>(&self, t: &ParseTables<'_, T>) -> usize {
        (self.states.len() + t.default_action.len() + 16) * 4
    }

    /// The reductions that need no token.
    fn settle<T: TableInt>(&mut self, t: &ParseTables<'_, T>) -> Fed {
        for _ in 0..self.max_reductions(t) {
            match t.action(self.top(), t.need_token()) {
                Act::Reduce(p) => {
                    if !self.reduce(t, p) {
                        return Fed::Shifted;
                    }
                }
                Act::Accept => return Fed::Accepted,
                Act::Shift(_) | Act::Error => return Fed::Shifted,
            }
        }
        Fed::Loops
    }

    fn feed<T: TableInt>(&mut self, t: &ParseTables<'_, T>, term: usize) -> Fed {
        let mut end_shifts = 0;
        let mut reductions = self.max_reductions(t);
        loop {
            match t.action(self.top(), term) {
                Act::Shift(to) => {
                    self.states.push(to);
                    if term == END {
                        end_shifts += 1;
                        if end_shifts > MAX_END_SHIFTS {
                            return Fed::Error;
                        }
                        continue;
                    }
                    return self.settle(t);
                }
                Act::Reduce(p) => {
                    reductions = reductions.saturating_sub(1);
                    if reductions == 0 {
                        return Fed::Loops;
                    }
                    if !self.reduce(t, p) {
                        return Fed::Error;
                    }
                }
                Act::Accept => return Fed::Accepted,
                Act::Error => return Fed::Error,
            }
        }
    }
}

/// A shortest input that fails in a state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The state the parser is in when it reads the token it cannot accept.
    pub state: usize,
    /// The terminals read before that token.
    pub prefix: Vec<usize>,
    /// The token that fails: a terminal, or [`END`] for the end of the input.
    pub found: usize,
    /// The terminals that state would accept there (with [`END`] for the end of the input).
    pub expected: Vec<usize>,
}

impl Example {
    /// The example as a catalogue sentence's terminals: the prefix, then the failing terminal
    /// unless it is the end of the input.
    pub fn sentence(&self) -> Vec<usize> {
        let mut s = self.prefix.clone();
        if self.found != END {
            s.push(self.found);
        }
        s
    }
}

/// For every state where the parser can detect a syntax error, a short input that fails
/// there, in state order.
///
/// The states the parser reads tokens in are found exactly, each with an input that reaches
/// it (by summaries of what happens above each pushed state, in `messages/search.rs`); from
/// the stack that input leaves, every terminal and the end of the input are tried, and a state
/// is listed when one of them fails there.
pub fn error_examples<T: TableInt>(t: &ParseTables<'_, T>) -> Vec<Example> {
    let terminals: Vec<usize> = (0..t.num_terminals()).filter(|&u| u != ERROR).collect();
    let mut out = Vec::new();
    for (state, prefix) in search::reading_states(t) {
        let (mut m, fed) = Sim::new(t);
        let reached = matches!(fed, Fed::Shifted)
            && prefix.iter().all(|&u| matches!(m.feed(t, u), Fed::Shifted));
        debug_assert!(reached && m.top() == state, "state {state}: {prefix:?}");
        if !reached || m.top() != state {
            continue;
        }
        let mut found = None;
        let mut expected = Vec::new();
        for &u in &terminals {
            match m.clone().feed(t, u) {
                Fed::Error => {
                    found.get_or_insert(u);
                }
                Fed::Shifted | Fed::Accepted => expected.push(u),
                Fed::Loops => {}
            }
        }
        if let Some(found) = found {
            out.push(Example {
                state,
                prefix,
                found,
                expected,
            });
        }
    }
    out
}

/// `example` as a catalogue entry to paste: its sentence, comments that say where the parser
/// is and what it expects there, and a placeholder message.
pub fn entry_text(g: &Grammar, a: &Automaton, example: &Example) -> String {
    let names = |ts: &[usize]| -> Vec<&str> {
        ts.iter()
            .map(|&u| g.terminals[u].name.as_str())
            .map(|n| if n == "$end" { "end of input" } else { n })
            .collect()
    };
    let start = &g.nonterminals[g.start.index()].name;
    let sentence = names(&example.sentence()).join(" ");
    let mut s = if sentence.is_empty() {
        format!("{start}:\n")
    } else {
        format!("{start}: {sentence}\n")
    };
    let found = names(&[example.found])[0];
    s.push_str(&format!(
        "## Fails on {} in state {}, where the parser is at:\n",
        if example.found == END {
            found.to_string()
        } else {
            format!("`{found}`")
        },
        example.state
    ));
    if let Some(state) = a.states.get(example.state) {
        for item in &state.kernel {
            // Production 0 is `$accept: start $end`: said in words.
            let text = match (item.prod.index(), item.dot) {
                (0, 0) => "(the start of the input)".to_string(),
                (0, _) => format!("{start} . (then the end of the input)"),
                _ => item_text(g, *item),
            };
            s.push_str(&format!("##   {text}\n"));
        }
    }
    let expected = names(&example.expected);
    if !expected.is_empty() {
        s.push_str(&format!("## Expected: {}.\n", expected.join(", ")));
    }
    s.push_str("\n<YOUR SYNTAX ERROR MESSAGE HERE>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Origin;
    use crate::grammar::{Assoc, GrammarBuilder};
    use crate::lalr::pack::PackedTables;
    use std::collections::BTreeSet;

    fn grammar() -> (Grammar, Automaton, PackedTables) {
        let g = crate::parse::tests::calc_grammar();
        let a = Automaton::build(&g);
        let t = PackedTables::build(&g, &a);
        (g, a, t)
    }

    fn with_view<R>(f: impl FnOnce(&Grammar, &Automaton, &ParseTables<'_, u32>) -> R) -> R {
        let (g, a, t) = grammar();
        let names: Vec<&str> = t.terminal_names.iter().map(String::as_str).collect();
        f(&g, &a, &t.view(&names))
    }

    fn errors(text: &str) -> Vec<String> {
        with_view(|g, _, t| {
            let (cat, mut errs) = parse(text);
            if let Err(more) = check(&cat, g, t) {
                errs.extend(more);
            }
            errs.iter().map(ToString::to_string).collect()
        })
    }

    #[test]
    fn reads_entries_comments_and_multi_line_messages() {
        let text = "# a comment\nstmts: Num Plus\nstmts: LParen\r\n## generated\n\nFirst line,\nsecond line.\n\n\n\nstmts:\n\nEmpty.";
        let (cat, errs) = parse(text);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(cat.entries.len(), 2);
        let e = &cat.entries[0];
        assert_eq!(e.message, "First line,\nsecond line.");
        assert_eq!(
            e.sentences,
            [
                Sentence {
                    line: 2,
                    start: "stmts".into(),
                    terminals: vec!["Num".into(), "Plus".into()],
                },
                Sentence {
                    line: 3,
                    start: "stmts".into(),
                    terminals: vec!["LParen".into()],
                },
            ]
        );
        assert_eq!(cat.entries[1].sentences[0].terminals, Vec::<String>::new());
        assert_eq!(cat.entries[1].message, "Empty.");
    }

    #[test]
    fn malformed_entries_are_reported_with_their_lines() {
        let (cat, errs) = parse("stmts: Num Plus\nnot a sentence\n\nMessage.\n\nstmts: Num\n");
        assert_eq!(cat.entries.len(), 1);
        let errs: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(
            errs,
            [
                "line 2: expected a sentence, `start_symbol: TERMINAL TERMINAL ...`, or a blank line before the message",
                "line 6: this entry has no message: write it after the sentences and a blank line",
            ]
        );
        let (_, errs) = parse("A message without a sentence.\n");
        assert_eq!(
            errs[0].to_string(),
            "line 1: expected a sentence, `start_symbol: TERMINAL TERMINAL ...`"
        );
    }

    #[test]
    fn sentences_are_checked_against_the_tables() {
        assert_eq!(
            errors(
                "e: Num\nstmts: Nmu\nstmts: error Semi\nstmts: Num Semi\nstmts: RParen Num Num\n\nM.\n"
            ),
            [
                "line 1: the sentence starts from `e`, but the grammar's start symbol is `stmts`",
                "line 2: unknown terminal `Nmu`; did you mean `Num`?",
                "line 3: `error` is not a token of the input: a sentence names the tokens a user types, and ends where the input does",
                "line 4: the parser accepts this sentence: a sentence must end in a syntax error",
                "line 5: the parser fails at `RParen`, terminal 1 of 3, before the end of the sentence: end the sentence there",
            ]
        );
    }

    #[test]
    fn one_state_gets_one_message() {
        // `1 +` and `1 -` fail in different states; `1 + )` and `1 +` in the same one.
        assert!(errors("stmts: Num Plus\n\nA.\n\nstmts: Num Minus\n\nB.\n").is_empty());
        assert!(errors("stmts: Num Plus\n\nA.\n\nstmts: Num Plus RParen\n\nA.\n").is_empty());
        assert_eq!(
            errors("stmts: Num Plus\n\nA.\n\nstmts: Num Plus RParen\n\nB.\n"),
            [
                "line 5: this sentence fails in the same state as the sentence on line 1, whose entry has another message: inputs failing there can get one message only; merge the two entries"
            ]
        );
    }

    #[test]
    fn a_cycle_of_rules_is_named() {
        // `a: a` comes first, so it wins the reduce/reduce conflict with `s: a` at the end of
        // the input, and the parser would reduce by it for ever.
        let mut b = GrammarBuilder::new();
        b.terminal("T", Origin::NONE);
        b.precedence(Assoc::Left, [("H", Origin::NONE)]);
        b.rule_str("a", &["a"], Some("H"));
        b.rule_str("a", &["T"], None);
        b.rule_str("s", &["a"], None);
        b.start("s", Origin::NONE);
        let g = b.build().expect("a valid grammar").grammar;
        let a = Automaton::build(&g);
        let t = PackedTables::build(&g, &a);
        let names: Vec<&str> = t.terminal_names.iter().map(String::as_str).collect();
        let view = t.view(&names);
        assert_eq!(run(&view, &[2]), Run::Loops { at: 0 });
        let (cat, _) = parse("s: T\n\nNever.\n");
        let errs: Vec<String> = check(&cat, &g, &view)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errs,
            [
                "line 1: the parser reduces without end at `T`, terminal 1 of 1: the grammar has a cycle of rules (such as `a: a`)"
            ]
        );
        // The search for error states ends, and lists what it can reach.
        assert!(!error_examples(&view).is_empty());
    }

    /// Every state where some input of up to five tokens fails has an example, and every
    /// example fails where it says, at its end.
    #[test]
    fn error_examples_cover_every_failing_state() {
        with_view(|_, _, t| {
            let examples = error_examples(t);
            for e in &examples {
                let s = e.sentence();
                assert_eq!(
                    run(t, &s),
                    Run::Fails {
                        at: e.prefix.len(),
                        state: e.state
                    },
                    "{e:?}"
                );
            }
            let listed: BTreeSet<usize> = examples.iter().map(|e| e.state).collect();
            let inputs: Vec<usize> = (2..t.num_terminals()).collect();
            let mut failing = BTreeSet::new();
            let mut seqs: Vec<Vec<usize>> = vec![Vec::new()];
            for _ in 0..=5 {
                let mut longer = Vec::new();
                for s in &seqs {
                    if let Run::Fails { at, state } = run(t, s) {
                        failing.insert(state);
                        if at < s.len() {
                            continue;
                        }
                    }
                    for &u in &inputs {
                        let mut l = s.clone();
                        l.push(u);
                        longer.push(l);
                    }
                }
                seqs = longer;
            }
            assert_eq!(listed, failing);
        });
    }

    #[test]
    fn an_entry_to_paste_says_where_the_parser_is() {
        with_view(|g, a, t| {
            let examples = error_examples(t);
            let after_plus = examples
                .iter()
                .find(|e| {
                    e.prefix.len() == 2 && g.terminals[e.prefix[1]].name == "Plus" && e.found == END
                })
                .expect("an example ending in `+`");
            let text = entry_text(g, a, after_plus);
            assert_eq!(
                text,
                format!(
                    "stmts: Num Plus\n## Fails on end of input in state {}, where the parser is at:\n##   e: e Plus . e\n## Expected: Num, Minus, LParen.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n",
                    after_plus.state
                )
            );
            // The text is a valid entry for this grammar.
            let (cat, errs) = parse(&text);
            assert!(errs.is_empty());
            assert_eq!(check(&cat, g, t).map(|k| k[0].state), Ok(after_plus.state));
        });
    }
}
