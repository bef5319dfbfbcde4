//! The SQL corpus: every statement parses, prints, and parses again to the same tree (spans
//! aside: `Statement` and `Expr` compare by structure); the spans of statements cover their
//! text; keywords in any case and comments between any two tokens change nothing.

use sly_grammars::sql::{self, Tok, ast::Statement};

const CORPUS: &str = include_str!("../sql/corpus.sql");

fn corpus() -> Vec<Statement<'static>> {
    match sql::parse(CORPUS) {
        Ok(stmts) => stmts,
        Err(e) => panic!("the corpus does not parse:\n{}", e.render(CORPUS)),
    }
}

#[test]
fn corpus_has_enough_statements() {
    let n = corpus().len();
    assert!(n >= 150, "only {n} statements");
    assert_eq!(n, CORPUS.lines().filter(|l| l.ends_with(';')).count());
}

#[test]
fn every_statement_round_trips_through_the_printer() {
    for stmt in corpus() {
        let printed = stmt.to_string();
        let again = match sql::parse(&printed) {
            Ok(s) => s,
            Err(e) => panic!(
                "the printed form of\n  {}\ndoes not parse:\n{}",
                &CORPUS[stmt.span.range()],
                e.render(&printed)
            ),
        };
        assert_eq!(again.len(), 1, "{printed}");
        assert_eq!(
            again[0],
            stmt,
            "\n  source: {}\n printed: {printed}",
            &CORPUS[stmt.span.range()]
        );
        // Printing is a fixpoint.
        assert_eq!(again[0].to_string(), printed);
    }
}

#[test]
fn statement_spans_cover_their_text() {
    for stmt in corpus() {
        let text = &CORPUS[stmt.span.range()];
        assert!(
            !text.ends_with(';') && !text.starts_with(char::is_whitespace),
            "{text:?}"
        );
        let alone = sql::parse(text).unwrap_or_else(|e| panic!("{}", e.render(text)));
        assert_eq!(alone, [stmt], "{text}");
    }
}

#[test]
fn expression_spans_cover_their_text() {
    let src = "SELECT a + b * 2, CASE WHEN x THEN 1 END FROM t WHERE NOT c IN (1, 2)";
    let stmts = sql::parse(src).unwrap();
    let sql::ast::StatementKind::Query(q) = &stmts[0].kind else {
        panic!("not a query")
    };
    let sql::ast::SetExpr::Select(s) = &q.body else {
        panic!("not a select")
    };
    let texts: Vec<&str> = s
        .items
        .iter()
        .map(|i| match i {
            sql::ast::SelectItem::Expr { expr, .. } => &src[expr.span.range()],
            _ => "",
        })
        .collect();
    assert_eq!(texts, ["a + b * 2", "CASE WHEN x THEN 1 END"]);
    let w = s.selection.as_ref().unwrap();
    assert_eq!(&src[w.span.range()], "NOT c IN (1, 2)");
    let sql::ast::ExprKind::Unary { expr, .. } = &w.kind else {
        panic!("not NOT")
    };
    assert_eq!(&src[expr.span.range()], "c IN (1, 2)");
}

#[test]
fn printing_the_corpus_gives_one_statement_per_line() {
    let stmts = corpus();
    let out = sql::print(&stmts);
    assert_eq!(out.lines().count(), stmts.len());
    assert!(out.lines().all(|l| l.ends_with(';')));
    assert_eq!(sql::parse(&out).unwrap(), stmts);
}

/// The corpus rebuilt token by token with `sep(i)` between tokens and `case` applied to
/// reserved keywords (the non-reserved ones may be names, whose case is kept).
fn rebuilt(sep: impl Fn(usize) -> String, case: impl Fn(usize, &str) -> String) -> String {
    let mut out = String::new();
    for (i, tok) in Tok::lexer(CORPUS).enumerate() {
        let (tok, span) = tok.expect("the corpus lexes");
        let text = &CORPUS[span.range()];
        out.push_str(&sep(i));
        let keyword = text.chars().all(|c| c.is_ascii_alphabetic())
            && !matches!(tok, Tok::Ident(_))
            && !sql::NON_RESERVED_KEYWORDS.contains(&text.to_ascii_uppercase().as_str());
        if keyword {
            out.push_str(&case(i, text));
        } else {
            out.push_str(text);
        }
    }
    out
}

fn mixed(i: usize, word: &str) -> String {
    word.chars()
        .enumerate()
        .map(|(j, c)| {
            if (i + j) % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[test]
fn keywords_in_any_case() {
    let reference = corpus();
    let lower = rebuilt(|_| " ".into(), |_, w| w.to_ascii_lowercase());
    assert!(lower.contains("select a from t where a = 1"));
    assert_eq!(sql::parse(&lower).unwrap(), reference);
    let upper = rebuilt(|_| " ".into(), |_, w| w.to_ascii_uppercase());
    assert_eq!(sql::parse(&upper).unwrap(), reference);
    let mixed = rebuilt(|_| " ".into(), mixed);
    assert!(mixed.contains("SeLeCt"), "{}", &mixed[..200]);
    assert_eq!(sql::parse(&mixed).unwrap(), reference);
}

#[test]
fn comments_wherever_whitespace_may_be() {
    let reference = corpus();
    let commented = rebuilt(
        |i| match i % 4 {
            0 => "/* block */".into(),
            1 => " -- line comment\n".into(),
            2 => "\n\t/* multi\n line * / ** */\n".into(),
            _ => "/**/ ".into(),
        },
        |_, w| w.to_string(),
    );
    let stmts = sql::parse(&commented).unwrap_or_else(|e| panic!("{}", e.render(&commented)));
    assert_eq!(stmts, reference);
    // Comments at the very start and end, and between statements.
    let src = "-- head\n/* a */ SELECT /* b */ 1 -- c\n; -- d\n /* e */ SELECT 2 /* f */";
    assert_eq!(sql::parse(src).unwrap().len(), 2);
}

#[test]
fn the_printer_normalizes() {
    let cases = [
        ("select a from t x", "SELECT a FROM t AS x"),
        ("select a b from t", "SELECT a AS b FROM t"),
        ("select all a from t", "SELECT a FROM t"),
        (
            "select a from t inner join u on t.i = u.i",
            "SELECT a FROM t JOIN u ON t.i = u.i",
        ),
        (
            "select a from t left outer join u using (i)",
            "SELECT a FROM t LEFT JOIN u USING (i)",
        ),
        (
            "select a from t natural full outer join u",
            "SELECT a FROM t NATURAL FULL JOIN u",
        ),
        ("select 1 where a != b", "SELECT 1 WHERE a <> b"),
        (
            "select 1 where a = some (select 1)",
            "SELECT 1 WHERE a = ANY (SELECT 1)",
        ),
        (
            "select 1 union distinct select 2",
            "SELECT 1 UNION SELECT 2",
        ),
        ("select 1 offset 2 row", "SELECT 1 OFFSET 2"),
        (
            "select 1 offset 2 fetch next 1 row only",
            "SELECT 1 OFFSET 2 ROWS FETCH FIRST 1 ROWS ONLY",
        ),
        ("select substring(s, 1, 2)", "SELECT SUBSTRING(s, 1, 2)"),
        ("select 'it''s', \"a\"\"b\"", "SELECT 'it''s', \"a\"\"b\""),
        ("select - - 1, -(-1)", "SELECT - -1, -(-1)"),
        ("select   a\n--c\n+/*x*/b", "SELECT a + b"),
        (
            "insert into t(a,b) values(1,2),(3,4)",
            "INSERT INTO t (a, b) VALUES (1, 2), (3, 4)",
        ),
        ("update t x set a=1", "UPDATE t AS x SET a = 1"),
        (
            "create table t(a decimal(15,2) constraint c not null)",
            "CREATE TABLE t (a decimal(15, 2) CONSTRAINT c NOT NULL)",
        ),
        ("drop view if exists a,b", "DROP VIEW IF EXISTS a, b"),
    ];
    for (src, want) in cases {
        let stmts = sql::parse(src).unwrap_or_else(|e| panic!("{}", e.render(src)));
        assert_eq!(stmts.len(), 1);
        assert_eq!(stmts[0].to_string(), want, "{src}");
    }
    // The quoted text of strings and names is unescaped in the tree.
    let stmts = sql::parse("select 'it''s' as \"a\"\"b\"").unwrap();
    let sql::ast::StatementKind::Query(q) = &stmts[0].kind else {
        panic!("not a query")
    };
    let sql::ast::SetExpr::Select(s) = &q.body else {
        panic!("not a select")
    };
    let sql::ast::SelectItem::Expr { expr, alias } = &s.items[0] else {
        panic!("not an expression")
    };
    assert_eq!(
        expr.kind,
        sql::ast::ExprKind::Literal(sql::ast::Literal::String("it's".into()))
    );
    assert_eq!(
        alias.as_ref().map(|a| (&*a.value, a.quoted)),
        Some(("a\"b", true))
    );
}
