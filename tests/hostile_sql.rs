//! Hostile input for the SQL parser: recovery that loses nothing, arbitrary text, and
//! nesting far beyond the supported depth.

use proptest::prelude::*;
use sly_grammars::sql;

#[test]
fn a_thousand_statements_with_ten_broken() {
    let broken: Vec<usize> = (0..10).map(|i| 37 + i * 97).collect();
    let mut src = String::new();
    let mut want = Vec::new();
    for i in 0..1000 {
        let line = src.matches('\n').count() + 1;
        if broken.contains(&i) {
            // A different mistake each time; the error is at the marked text.
            let (stmt, at) = match i % 3 {
                0 => (format!("SELECT a, FROM t{i};"), "FROM"),
                1 => (format!("UPDATE t{i} SET = 1;"), "= 1"),
                _ => (format!("SELECT * FROM t{i} WHERE (a = 1;"), ";"),
            };
            want.push((line, stmt.find(at).unwrap() + 1));
            src.push_str(&stmt);
        } else {
            match i % 4 {
                0 => src.push_str(&format!("SELECT a, b FROM t{i} WHERE a BETWEEN 1 AND {i};")),
                1 => src.push_str(&format!("INSERT INTO t VALUES ({i}, 'x''y');")),
                2 => src.push_str(&format!("-- comment\nDELETE FROM t WHERE id = {i};")),
                _ => src.push_str(&format!(
                    "SELECT count(*) FROM t JOIN u ON t.id = u.id GROUP BY t.k HAVING count(*) > {i};"
                )),
            }
        }
        src.push('\n');
    }
    let (stmts, errors) = sql::parse_recovering(&src);
    assert_eq!(stmts.len(), 990);
    assert_eq!(errors.len(), 10);
    let idx = sly::LineIndex::new(&src);
    let got: Vec<(usize, usize)> = errors
        .iter()
        .map(|e| {
            let lc = idx.line_col(&src, e.span().start);
            (lc.line, lc.col)
        })
        .collect();
    assert_eq!(got, want);
    // The statements kept are the valid ones, in order.
    let deletes = stmts
        .iter()
        .filter(|s| s.to_string().starts_with("DELETE"))
        .count();
    assert_eq!(deletes, 250 - broken.iter().filter(|i| *i % 4 == 2).count());
}

#[test]
fn nesting_a_million_deep_is_an_error_not_a_crash() {
    let n = 1_000_000;
    let src = format!("SELECT {}1{}; SELECT 2", "(".repeat(n), ")".repeat(n));
    let (stmts, errors) = sql::parse_recovering(&src);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .contains(&format!("nests deeper than {} levels", sql::MAX_DEPTH))
    );
    assert_eq!(stmts.len(), 1);
    assert_eq!(stmts[0].to_string(), "SELECT 2");
}

fn sqlish() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "SELECT",
        "select",
        "FROM",
        "WHERE",
        "a",
        "t.b",
        "*",
        ",",
        "(",
        ")",
        ";",
        "=",
        "<>",
        "AND",
        "OR",
        "NOT",
        "IN",
        "BETWEEN",
        "LIKE",
        "'s''q'",
        "'open",
        "\"q\"",
        "1.5e3",
        "$1",
        "?",
        "--c\n",
        "/*",
        "*/",
        "CASE",
        "WHEN",
        "THEN",
        "END",
        "GROUP",
        "BY",
        "é",
        "\u{0}",
        "JOIN",
        "ON",
        "INSERT",
        "INTO",
        "VALUES",
        "CREATE",
        "TABLE",
        "DECIMAL(15,2)",
        "UNION",
        "ALL",
    ]);
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_sql_never_panics_and_errors_lie_within(src in sqlish()) {
        let (_, errors) = sql::parse_recovering(&src);
        for e in &errors {
            prop_assert!(e.span().start <= e.span().end && e.span().end <= src.len(), "{e}");
            prop_assert!(src.is_char_boundary(e.span().start) && src.is_char_boundary(e.span().end));
            let _ = e.render(&src);
        }
        // The plain parse fails exactly when the recovering one reports something.
        prop_assert_eq!(sql::parse(&src).is_err(), !errors.is_empty());
    }

    #[test]
    fn arbitrary_text_never_panics(src in "\\PC{0,200}") {
        let (_, errors) = sql::parse_recovering(&src);
        for e in &errors {
            prop_assert!(e.span().end <= src.len());
        }
    }
}
