//! Hostile input for the SQL parser: recovery that loses nothing, arbitrary text, and
//! nesting a million levels deep (an error by default; parsed and dropped when unbounded).

use proptest::prelude::*;
use sly_grammars::sql;
use sly_grammars::sql::ast::{
    BinaryOp, Expr, ExprKind, Literal, SelectItem, SetExpr, Statement, StatementKind,
};

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
fn nesting_a_million_deep_is_an_error_by_default_not_a_crash() {
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

/// The only expression of a `SELECT` statement.
fn select_item<'a, 's>(stmt: &'a Statement<'s>) -> &'a Expr<'s> {
    let StatementKind::Query(q) = &stmt.kind else {
        panic!("not a query: {stmt:?}")
    };
    let SetExpr::Select(select) = &q.body else {
        panic!("not a SELECT")
    };
    match &select.items[..] {
        [SelectItem::Expr { expr, .. }] => expr,
        _ => panic!("not one item"),
    }
}

#[test]
fn a_million_nested_parentheses_parse_and_drop_without_a_limit() {
    let n = 1_000_000;
    let src = format!("SELECT {}1{}; SELECT 2", "(".repeat(n), ")".repeat(n));
    let stmts = sql::parse_with_max_depth(&src, None).unwrap();
    assert_eq!(stmts.len(), 2);
    // Walk down the chain of parentheses without recursion.
    let mut e = select_item(&stmts[0]);
    let mut depth = 0;
    while let ExprKind::Nested(inner) = &e.kind {
        depth += 1;
        e = inner;
    }
    assert_eq!(depth, n);
    assert_eq!(e.kind, ExprKind::Literal(Literal::Number("1")));
    assert_eq!(e.span, sly::Span::new(7 + n, 8 + n));
    assert_eq!(stmts[1].to_string(), "SELECT 2");
    drop(stmts);
}

#[test]
fn a_million_terms_in_one_sum_parse_and_drop_without_a_limit() {
    let n = 1_000_000;
    let src = format!("SELECT 1{}", " + 1".repeat(n));
    let (stmts, errors) = sql::parse_recovering_with_max_depth(&src, None);
    assert!(errors.is_empty());
    let mut e = select_item(&stmts[0]);
    let mut terms = 1;
    while let ExprKind::Binary { left, op, right } = &e.kind {
        assert_eq!(*op, BinaryOp::Plus);
        assert_eq!(right.kind, ExprKind::Literal(Literal::Number("1")));
        terms += 1;
        e = left;
    }
    assert_eq!(terms, n + 1);
    drop(stmts);
}

/// Statements whose trees nest through queries, set operations and joins rather than through
/// expressions; each is dropped at a depth the drop glue of the compiler could not reach on a
/// test thread's stack.
#[test]
fn deep_queries_set_operations_and_joins_drop_without_recursion() {
    let n = 200_000;
    let shapes = [
        // Derived tables in derived tables.
        format!(
            "SELECT * FROM {}t{}",
            "(SELECT * FROM ".repeat(n),
            ") AS d".repeat(n)
        ),
        // Scalar subqueries in scalar subqueries.
        format!("SELECT {}1{}", "(SELECT ".repeat(n), ")".repeat(n)),
        // Parenthesized queries.
        format!("{}SELECT 1{}", "(".repeat(n), ")".repeat(n)),
        // A chain of set operations.
        format!("SELECT 1{}", " UNION SELECT 1".repeat(n)),
        // A chain of joins.
        format!("SELECT * FROM t{}", " JOIN u ON a = b".repeat(n)),
        // EXISTS, IN and CASE in one another.
        format!(
            "SELECT {}1{}",
            "CASE WHEN EXISTS (SELECT 1 WHERE a IN (SELECT ".repeat(n / 4),
            ")) THEN 1 END".repeat(n / 4)
        ),
    ];
    for src in &shapes {
        let stmts = sql::parse_with_max_depth(src, None).unwrap();
        assert_eq!(stmts.len(), 1, "{}", &src[..60]);
        drop(stmts);
    }
}

#[test]
fn an_error_on_a_line_of_a_megabyte_renders_in_a_few_hundred_bytes() {
    // A million nested parentheses on one line, and a `)` where an operand belongs.
    let n = 1_000_000;
    let src = format!("SELECT {}1 + ){}", "(".repeat(n), ")".repeat(n));
    let err = sql::parse_with_max_depth(&src, None).unwrap_err();
    let at = "SELECT ".len() + n + "1 + ".len();
    assert_eq!(err.span(), sly::Span::new(at, at + 1));
    let out = err.render(&src);
    assert!(out.len() < 600, "{} bytes", out.len());
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("1:1000012: unexpected `)`"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[2],
        format!("1 | ...{}1 + {}...", "(".repeat(36), ")".repeat(80))
    );
    assert_eq!(lines[3], format!("  | {}^", " ".repeat(43)));
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
