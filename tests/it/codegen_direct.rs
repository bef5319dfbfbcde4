//! `#[parser(codegen = "direct")]`: the grammars of this suite are compiled a second time with
//! code per state (the `Direct...` twins beside each, made with `direct_twin!`), and each twin
//! is run three ways on the same inputs: with its code, pulled and pushed, and with the tables
//! of the same grammar (`parse_all_tables`, the table mode's driver). Values, errors with their
//! expected sets, recovery and what the actions did to the parser must be identical.
//!
//! Each module with a grammar checks its own twin with [`same_in_both_modes`] on the inputs of
//! its tests and on random token strings ([`random_streams`]); the calculator and SQL
//! grammars of `sly-grammars` are checked here. The plan the code is printed from is checked
//! against the tables on random grammars in `hostile_grammars`.

use std::fmt::Debug;

use sly::__private::{LrParser, PushParser, TokenItem, parse_all, parse_all_tables};
use sly::Span;
use sly_testkit::rng::{Random, XorShift64Star};

/// Parses `items` with a parser from `make` with its code (pulled, then pushed one token at a
/// time) and with its tables, and checks that the results and `observe` of the parsers agree.
/// Returns the result, for checks of its own.
pub fn same_in_both_modes<'s, P, I>(
    make: impl Fn() -> P,
    items: &[I],
    observe: impl Fn(&P) -> String,
) -> String
where
    P: LrParser<'s>,
    P::Output: Debug,
    I: TokenItem<P::Token> + Clone,
{
    assert!(P::DIRECT, "a parser generated with `codegen = \"direct\"`");
    let mut tables = make();
    let want = format!("{:?}", parse_all_tables(&mut tables, items.iter().cloned()));
    let mut direct = make();
    let got = format!("{:?}", parse_all(&mut direct, items.iter().cloned()));
    assert_eq!(got, want, "pulled");
    assert_eq!(observe(&direct), observe(&tables), "pulled: the parsers");
    let mut pushed = make();
    let mut push = PushParser::new(&mut pushed);
    for item in items.iter().cloned() {
        if !push.push(item) {
            break;
        }
    }
    let got = format!("{:?}", push.finish_all());
    assert_eq!(got, want, "pushed");
    assert_eq!(observe(&pushed), observe(&tables), "pushed: the parsers");
    want
}

/// `count` random strings of up to `max_len` tokens from `alphabet`, each token spanning one
/// byte at its position.
pub fn random_streams<T: Clone>(
    alphabet: &[T],
    seed: u64,
    count: usize,
    max_len: usize,
) -> Vec<Vec<(T, Span)>> {
    let mut rng = XorShift64Star::from_state(seed | 1);
    (0..count)
        .map(|_| {
            let n = rng.below(max_len + 1);
            (0..n)
                .map(|i| (rng.pick(alphabet).clone(), Span::new(i, i + 1)))
                .collect()
        })
        .collect()
}

/// For parsers whose actions change nothing in them: nothing to compare.
pub fn nothing<P>(_: &P) -> String {
    String::new()
}

/// A lexer's items, errors included.
pub fn lexed<I: IntoIterator>(lexer: I) -> Vec<I::Item> {
    lexer.into_iter().collect()
}

mod calculator {
    use super::*;
    use sly_grammars::calc::{Calc, DirectCalc, Tok};

    fn observe(c: &DirectCalc) -> String {
        let mut names: Vec<_> = c.names.iter().collect();
        names.sort();
        format!("{names:?}")
    }

    #[test]
    fn the_calculator_runs_alike() {
        let sources = [
            "1 + 2 * 3",
            "x = 4",
            "-(1 - 2) * 3 / 4",
            "3 +",
            "x = ",
            ")",
            "1)",
            "2 ** 3",
            "(1",
            "(1 + 2",
            "1 + 2)",
            "1 / 0",
            "y",
            "9223372036854775807 + 1",
            "1 $ 2",
            "",
        ];
        for src in sources {
            same_in_both_modes(
                || DirectCalc(Calc::default()),
                &lexed(Tok::lexer(src)),
                observe,
            );
        }
        let alphabet = [
            Tok::Number(1),
            Tok::Number(0),
            Tok::Name("x"),
            Tok::Plus,
            Tok::Minus,
            Tok::Times,
            Tok::Divide,
            Tok::Assign,
            Tok::LParen,
            Tok::RParen,
        ];
        for input in random_streams(&alphabet, 7, 3000, 12) {
            same_in_both_modes(|| DirectCalc(Calc::default()), &input, observe);
        }
    }

    #[test]
    fn the_direct_calculator_evaluates() {
        let mut c = DirectCalc(Calc::default());
        assert_eq!(c.eval("x = 6 * 7"), Ok(None));
        assert_eq!(c.eval("x - 2"), Ok(Some(40)));
        let err = c.eval("1 +").unwrap_err().render("1 +", 0);
        let mut t = Calc::default();
        assert_eq!(err, t.eval("1 +").unwrap_err().render("1 +", 0));
    }
}

mod sql {
    use super::*;
    use sly_grammars::sql::{self, DirectSqlParser, Tok};

    /// Every statement of the SQL corpus files, whole files at a time: the direct parser with
    /// its code and with its tables, on the lexer's tokens; and the module's entry points with
    /// either parser.
    #[test]
    fn the_sql_corpus_parses_alike() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sql");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "sql") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            let got = same_in_both_modes(
                || DirectSqlParser::new(&src),
                &lexed(Tok::lexer(&src)),
                nothing,
            );
            assert!(got.contains("errors: []"), "{}: {got:.300}", path.display());
            assert_eq!(
                sql::direct::parse_recovering(&src),
                sql::parse_recovering(&src),
                "{}",
                path.display()
            );
            files += 1;
        }
        assert!(files >= 10, "{files} corpus files");
    }

    #[test]
    fn broken_sql_recovers_alike() {
        for src in [
            "SELECT 1; SELECT FROM t; SELECT 3",
            "SELECT a, FROM t",
            "SELECT (1 + 2 FROM t",
            "INSERT t VALUES (1)",
            "SELECT 1 +",
            "SELECT 'unterminated",
            "SELECT a[1:n], :p FROM t WHERE x = $1 AND y = ?",
            "CREATE TABLE t (a int,)",
            "",
        ] {
            same_in_both_modes(
                || DirectSqlParser::new(src),
                &lexed(Tok::lexer(src)),
                nothing,
            );
            assert_eq!(
                sql::direct::parse_recovering(src),
                sql::parse_recovering(src)
            );
            assert_eq!(sql::direct::parse(src), sql::parse(src));
        }
        let alphabet = [
            Tok::Select,
            Tok::From,
            Tok::Where,
            Tok::Ident("a"),
            Tok::Integer("1"),
            Tok::Comma,
            Tok::Semi,
            Tok::LParen,
            Tok::RParen,
            Tok::Plus,
            Tok::Star,
            Tok::Eq,
            Tok::And,
            Tok::Group,
            Tok::By,
            Tok::As,
        ];
        for input in random_streams(&alphabet, 37, 3000, 16) {
            same_in_both_modes(|| DirectSqlParser::new(""), &input, nothing);
        }
    }
}
