//! Property tests: derived lexers against a naive oracle.
//!
//! The oracle compiles every pattern alone with the `regex` crate, anchored at the current
//! position, takes the longest match, and breaks ties as the guide says: a `#[token]` beats a
//! `#[regex]`, then the higher priority, then the earlier declaration. At a position where
//! nothing matches, each pattern's own DFA (built alone with `regex-automata`) reads as far as
//! the text can still be the start of a match: when some pattern reads past the first char,
//! the text up to the farthest one (to a char boundary) is one "unterminated" error and lexing
//! resumes after it, else the first char is one error. Inputs are random strings over the
//! patterns' alphabets.
//!
//! `regex` finds leftmost-first matches; every pattern below has at most one match end at a
//! given start for which leftmost-first and longest agree (greedy loops over disjoint
//! classes, strings and comments that cannot contain their terminator), so `find` anchored
//! with `^` gives each pattern's longest match.

use std::sync::LazyLock;

use proptest::prelude::*;
use regex::Regex;
use regex_automata::dfa::{Automaton, StartKind, dense};
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
use sly::{Lexer, Span};

/// One pattern as the oracle sees it.
struct Pat {
    /// The variant name, or `None` for a skip.
    name: Option<&'static str>,
    re: Regex,
    /// The pattern alone as an anchored DFA, for how far a text can be a match's start.
    prefix: dense::DFA<Vec<u32>>,
    is_token: bool,
    priority: i32,
}

impl Pat {
    /// The end of the longest prefix of `text` that some match of the pattern starts with.
    fn viable_end(&self, text: &[u8]) -> usize {
        let config = start::Config::new().anchored(Anchored::Yes);
        let mut s = self.prefix.start_state(&config).unwrap();
        for (i, &b) in text.iter().enumerate() {
            s = self.prefix.next_state(s, b);
            if self.prefix.is_dead_state(s) {
                return i;
            }
        }
        text.len()
    }
}

/// Shorthands for building pattern lists in declaration order.
fn token(name: &'static str, text: &str) -> Pat {
    pat(Some(name), &regex::escape(text), true, 0, false)
}
fn token_ci(name: &'static str, text: &str) -> Pat {
    pat(Some(name), &regex::escape(text), true, 0, true)
}
fn regex(name: &'static str, re: &str) -> Pat {
    pat(Some(name), re, false, 0, false)
}
fn regex_p(name: &'static str, re: &str, priority: i32) -> Pat {
    pat(Some(name), re, false, priority, false)
}
fn skip(re: &str) -> Pat {
    pat(None, re, false, 0, false)
}
fn pat(name: Option<&'static str>, re: &str, is_token: bool, priority: i32, ci: bool) -> Pat {
    let flags = if ci { "(?i)" } else { "" };
    let prefix = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(StartKind::Anchored),
        )
        .build(&format!("{flags}(?:{re})"))
        .unwrap();
    Pat {
        name,
        re: Regex::new(&format!("^{flags}(?:{re})")).unwrap(),
        prefix,
        is_token,
        priority,
    }
}

/// What a lexer produced: a token's variant name or `!` for an error, with the span.
type Item = (String, Span);

fn oracle(pats: &[Pat], src: &str) -> Vec<Item> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < src.len() {
        let mut best: Option<(usize, usize)> = None; // (length, pattern index)
        for (i, p) in pats.iter().enumerate() {
            let Some(m) = p.re.find(&src[pos..]) else {
                continue;
            };
            let len = m.end();
            let better = match best {
                None => true,
                Some((blen, bi)) => {
                    let b = &pats[bi];
                    len > blen
                        || (len == blen
                            && (p.is_token, p.priority, std::cmp::Reverse(i))
                                > (b.is_token, b.priority, std::cmp::Reverse(bi)))
                }
            };
            if better && len > 0 {
                best = Some((len, i));
            }
        }
        match best {
            Some((len, i)) => {
                if let Some(name) = pats[i].name {
                    out.push((name.to_string(), Span::new(pos, pos + len)));
                }
                pos += len;
            }
            None => {
                let c = src[pos..].chars().next().unwrap();
                let mut end = pats
                    .iter()
                    .map(|p| pos + p.viable_end(&src.as_bytes()[pos..]))
                    .max()
                    .unwrap_or(pos);
                while !src.is_char_boundary(end) {
                    end -= 1;
                }
                let end = end.max(pos + c.len_utf8());
                out.push(("!".to_string(), Span::new(pos, end)));
                pos = end;
            }
        }
    }
    out
}

fn run<'s, T>(lexer: sly::Lexer<'s, T>) -> Vec<Item>
where
    T: sly::__private::LexSpec<'s> + std::fmt::Debug,
{
    lexer
        .map(|r| match r {
            Ok((t, span)) => {
                let name = format!("{t:?}");
                let name = name.split('(').next().unwrap_or_default().to_string();
                (name, span)
            }
            Err(e) => ("!".to_string(), e.span()),
        })
        .collect()
}

fn input(alphabet: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(alphabet), 0..max).prop_map(|v| v.concat())
}

// ---------------------------------------------------------------------------------------------
// 1. SQL-like: case-insensitive keywords against identifiers, and comparison operators.

#[derive(Lexer, Debug, Clone, Copy, PartialEq)]
#[sly(skip = r"[ \t\n]+")]
enum Sql {
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Ident,
    #[token("select", ignore_case)]
    Select,
    #[token("from", ignore_case)]
    From,
    #[token("where", ignore_case)]
    Where,
    #[token("and", ignore_case)]
    And,
    #[token("or", ignore_case)]
    Or,
    #[token("in", ignore_case)]
    In,
    #[token("is", ignore_case)]
    Is,
    #[token("not", ignore_case)]
    Not,
    #[regex("[0-9]+")]
    Number,
    #[token("=")]
    Assign,
    #[token("==")]
    Eq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token("<>")]
    Ne,
    #[token("!=")]
    NotEq,
    #[token(">=")]
    Ge,
    #[token(">")]
    Gt,
}

static SQL_PATS: LazyLock<Vec<Pat>> = LazyLock::new(sql_oracle);

fn sql_oracle() -> Vec<Pat> {
    vec![
        skip(r"[ \t\n]+"),
        regex("Ident", "[A-Za-z_][A-Za-z0-9_]*"),
        token_ci("Select", "select"),
        token_ci("From", "from"),
        token_ci("Where", "where"),
        token_ci("And", "and"),
        token_ci("Or", "or"),
        token_ci("In", "in"),
        token_ci("Is", "is"),
        token_ci("Not", "not"),
        regex("Number", "[0-9]+"),
        token("Assign", "="),
        token("Eq", "=="),
        token("Lt", "<"),
        token("Le", "<="),
        token("Ne", "<>"),
        token("NotEq", "!="),
        token("Ge", ">="),
        token("Gt", ">"),
    ]
}

const SQL_ALPHABET: &[&str] = &[
    "select", "SELECT", "SeLeCt", "from", "FROM", "where", "and", "AND", "or", "in", "is", "IS",
    "not", "s", "e", "l", "c", "t", "f", "r", "o", "m", "n", "d", "i", "S", "N", "_", "0", "9",
    "1", " ", " ", "\t", "\n", "=", "==", "<", ">", "!", "<=", "<>", "!=", ">=", "@", "é",
];

// ---------------------------------------------------------------------------------------------
// 2. The calculator of the design notes (tests/design/section1.rs), with comments and a payload.

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+", skip = r"#[^\n]*")]
enum Calc<'s> {
    #[regex(r"[0-9]+")]
    Number(u64),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name(&'s str),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("**")]
    Power,
    #[token("/")]
    Divide,
    #[token("=")]
    Assign,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    // A token that a skip pattern (`#` comments) also matches, and that it can outgrow.
    #[token("#!")]
    Shebang,
}

static CALC_PATS: LazyLock<Vec<Pat>> = LazyLock::new(calc_oracle);

fn calc_oracle() -> Vec<Pat> {
    vec![
        skip(r"[ \t\r\n]+"),
        skip(r"#[^\n]*"),
        regex("Number", "[0-9]+"),
        regex("Name", "[A-Za-z_][A-Za-z0-9_]*"),
        token("Plus", "+"),
        token("Minus", "-"),
        token("Times", "*"),
        token("Power", "**"),
        token("Divide", "/"),
        token("Assign", "="),
        token("LParen", "("),
        token("RParen", ")"),
        token("Shebang", "#!"),
    ]
}

const CALC_ALPHABET: &[&str] = &[
    "0",
    "1",
    "42",
    "x",
    "y_1",
    "Z",
    "_",
    "+",
    "-",
    "*",
    "/",
    "=",
    "(",
    ")",
    " ",
    "\n",
    "\t",
    "#",
    "# c",
    "?",
    "é",
    "99999999999999999999",
];

// ---------------------------------------------------------------------------------------------
// 3. Overlapping regexes with priorities, literals inside regexes, Unicode, strings and
//    block comments (the DFA must back up to the last accepting position).

#[derive(Lexer, Debug, Clone, Copy, PartialEq)]
#[sly(skip = r"[ ]+", skip = r"/\*([^*]|\*+[^*/])*\*+/")]
enum Mix {
    #[regex("[a-c]+")]
    Abc,
    #[regex("[b-d]+", priority = 1)]
    Bcd,
    #[regex("a+b", priority = 1)]
    AsB,
    #[token("ab")]
    Ab,
    #[token("abcd")]
    Abcd,
    #[regex("(ab)+[cd]", priority = -1)]
    AbsC,
    #[regex(r"\p{Greek}+")]
    Greek,
    #[token("é")]
    E,
    #[regex(r#""([^"\\]|\\.)*""#)]
    Str,
    #[token("/")]
    Slash,
    #[token("*")]
    Star,
    // A token that starts with what the whitespace skip matches.
    #[regex("[ ]+x")]
    SpaceX,
}

static MIX_PATS: LazyLock<Vec<Pat>> = LazyLock::new(mix_oracle);

fn mix_oracle() -> Vec<Pat> {
    vec![
        skip("[ ]+"),
        skip(r"/\*([^*]|\*+[^*/])*\*+/"),
        regex("Abc", "[a-c]+"),
        regex_p("Bcd", "[b-d]+", 1),
        regex_p("AsB", "a+b", 1),
        token("Ab", "ab"),
        token("Abcd", "abcd"),
        regex_p("AbsC", "(ab)+[cd]", -1),
        regex("Greek", r"\p{Greek}+"),
        token("E", "é"),
        regex("Str", r#""([^"\\]|\\.)*""#),
        token("Slash", "/"),
        token("Star", "*"),
        regex("SpaceX", "[ ]+x"),
    ]
}

const MIX_ALPHABET: &[&str] = &[
    "a", "b", "c", "d", "ab", "abc", " ", "α", "β", "é", "e", "\"", "\\", "/", "*", "/*", "*/", "x",
];

/// Long string and comment bodies, which the derived lexer scans eight bytes at a time: runs
/// longer than a word, ended by a quote, an escape, a non-ASCII char or the end of the input
/// at every offset.
const BODY_ALPHABET: &[&str] = &[
    "abcdefgh", "abc", "a", " ", "\"", "\\", "\\\"", "é", "α", "/*", "*/", "*", "/",
];

/// Comment bodies of the calculator set (`#[^\n]*`), long and short.
const COMMENT_ALPHABET: &[&str] = &["#", "x1 = 2 * y", "7", " ", "\n", "é", "#\n", "++++++++"];

/// The calculator lexer's items, named as the oracle names them.
fn calc_items(src: &str) -> Vec<Item> {
    run(Calc::lexer(src))
        .into_iter()
        .map(|(name, span)| {
            // A number too large for u64 is a lexing error at the token; the oracle does not
            // know payloads, so it names it `Number`.
            if name == "!" && src[span.range()].bytes().all(|b| b.is_ascii_digit()) {
                ("Number".to_string(), span)
            } else {
                (name, span)
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn long_bodies_match_oracle(src in input(BODY_ALPHABET, 120)) {
        prop_assert_eq!(run(Mix::lexer(&src)), oracle(&MIX_PATS, &src), "input {:?}", src);
    }

    #[test]
    fn long_comments_match_oracle(src in input(COMMENT_ALPHABET, 120)) {
        prop_assert_eq!(calc_items(&src), oracle(&CALC_PATS, &src), "input {:?}", src);
    }

    #[test]
    fn sql_matches_oracle(src in input(SQL_ALPHABET, 30)) {
        prop_assert_eq!(run(Sql::lexer(&src)), oracle(&SQL_PATS, &src), "input {:?}", src);
    }

    #[test]
    fn calc_matches_oracle(src in input(CALC_ALPHABET, 30)) {
        prop_assert_eq!(calc_items(&src), oracle(&CALC_PATS, &src), "input {:?}", src);
    }

    #[test]
    fn mix_matches_oracle(src in input(MIX_ALPHABET, 30)) {
        prop_assert_eq!(run(Mix::lexer(&src)), oracle(&MIX_PATS, &src), "input {:?}", src);
    }
}

/// Long inputs full of string and comment openers that mostly do not close: walks that back up
/// by 64 bytes or more, which the lexer remembers to keep maximal munch linear. The memo must
/// not change a single match.
const OPENERS: &[&str] = &[
    "a", "a", " ", "\\\"", "\\\"", "/*", "/*", "*", "/", "é", "\\",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn mix_matches_oracle_on_long_unclosed_inputs(src in input(OPENERS, 400)) {
        prop_assert_eq!(run(Mix::lexer(&src)), oracle(&MIX_PATS, &src), "input {:?}", src);
    }
}

#[test]
fn oracle_sanity() {
    let got = oracle(&sql_oracle(), "SELECT selected <>= @");
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Select", "Ident", "Ne", "Assign", "!"]);
}
