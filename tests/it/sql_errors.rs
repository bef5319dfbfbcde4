//! SQL syntax errors: the line, column, token found and tokens expected of typical mistakes,
//! their rendering with a caret, and recovery in scripts with broken statements.

use sly::ParseError;
use sly_grammars::sql;

/// The single error of `src`, with its 1-based line and column.
fn error(src: &str) -> (usize, usize, ParseError) {
    let e = match sql::parse(src) {
        Ok(s) => panic!("{src:?} parsed: {s:?}"),
        Err(e) => e,
    };
    let lc = sly::LineIndex::new(src).line_col(src, e.span().start);
    (lc.line, lc.col, e)
}

/// Checks position, found token and the exact expected set.
fn check(src: &str, line: usize, col: usize, found: Option<&str>, expected: &[&str]) {
    let (l, c, e) = error(src);
    assert_eq!((l, c), (line, col), "{src:?}: {}", e.render(src));
    assert_eq!(e.found(), found, "{src:?}");
    assert_eq!(e.expected(), expected, "{src:?}");
}

/// Checks position, found token and the expected set, in any order: the order of names that
/// are keywords follows the grammar's terminals.
fn check_set(src: &str, line: usize, col: usize, found: Option<&str>, expected: &[&str]) {
    let (l, c, e) = error(src);
    assert_eq!((l, c), (line, col), "{src:?}: {}", e.render(src));
    assert_eq!(e.found(), found, "{src:?}");
    let mut got: Vec<&str> = e.expected().iter().map(|s| s.as_str()).collect();
    let mut expected = expected.to_vec();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected, "{src:?}");
}

/// Checks position and found token, and that `some` are expected and `none` are not.
fn check_some(
    src: &str,
    line: usize,
    col: usize,
    found: Option<&str>,
    some: &[&str],
    none: &[&str],
) {
    let (l, c, e) = error(src);
    assert_eq!((l, c), (line, col), "{src:?}: {}", e.render(src));
    assert_eq!(e.found(), found, "{src:?}");
    for s in some {
        assert!(
            e.expected().iter().any(|x| x == s),
            "{src:?}: {s} not in {:?}",
            e.expected()
        );
    }
    for s in none {
        assert!(
            !e.expected().iter().any(|x| x == s),
            "{src:?}: {s} in {:?}",
            e.expected()
        );
    }
}

/// The terminals that may stand for a name: plain and quoted names and the non-reserved
/// keywords, whose terminals are the keywords' names with an initial capital (`PercentKw` for
/// `PERCENT`).
fn names() -> Vec<String> {
    // A backquoted name is a terminal of the grammar even where `Options` turns it into a
    // lexing error.
    let mut names = vec![
        "Ident".to_string(),
        "QuotedIdent".to_string(),
        "BackquotedIdent".to_string(),
    ];
    for kw in sql::NON_RESERVED_KEYWORDS {
        // `Percent` is the terminal of `%`.
        if *kw == "PERCENT" {
            names.push("PercentKw".to_string());
            continue;
        }
        let (first, rest) = kw.split_at(1);
        names.push(format!("{first}{}", rest.to_ascii_lowercase()));
    }
    names
}

#[test]
fn missing_select_list() {
    check_some(
        "SELECT FROM t",
        1,
        8,
        Some("From"),
        &[
            "Star", "Distinct", "Ident", "Integer", "Case", "LParen", "Not", "Minus",
        ],
        &["From", "Select"],
    );
}

#[test]
fn missing_table_after_from() {
    let mut expected = vec!["LParen", "Lateral"];
    let names = names();
    expected.extend(names.iter().map(String::as_str));
    // The names come in terminal order: the keywords that are names were declared apart.
    let (l, c, e) = error("SELECT a\nFROM;");
    assert_eq!((l, c, e.found()), (2, 5, Some("Semi")));
    let mut got: Vec<&str> = e.expected().iter().map(|s| s.as_str()).collect();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
}

#[test]
fn trailing_comma_in_select_list() {
    check_some(
        "SELECT a, FROM t",
        1,
        11,
        Some("From"),
        &["Star", "Ident", "Integer"],
        &["Distinct", "From"],
    );
}

#[test]
fn missing_operand() {
    check_some(
        "SELECT a FROM t WHERE a =",
        1,
        26,
        None,
        &["Any", "All", "Some", "Ident", "Integer", "Str", "LParen"],
        &["Semi"],
    );
}

#[test]
fn two_words_after_an_expression() {
    check_set(
        "SELECT a b c FROM t",
        1,
        12,
        Some("Ident"),
        &[
            "$end",
            "Semi",
            "For",
            "Union",
            "Intersect",
            "Except",
            "Window",
            "Comma",
            "Into",
            "Group",
            "From",
            "Where",
            "Having",
            "Order",
            "Offset",
            "Limit",
            "Fetch",
        ],
    );
}

#[test]
fn unclosed_parenthesis() {
    let (l, c, e) = error("SELECT (a\n  FROM t");
    assert_eq!((l, c, e.found()), (2, 3, Some("From")));
    assert!(e.expected().iter().any(|x| x == "RParen"));
    assert!(e.expected().iter().any(|x| x == "Plus"));
}

#[test]
fn group_without_by() {
    check("SELECT a FROM t GROUP a", 1, 23, Some("Ident"), &["By"]);
}

#[test]
fn values_without_parentheses() {
    check(
        "INSERT INTO t VALUES 1, 2",
        1,
        22,
        Some("Integer"),
        &["LParen"],
    );
}

#[test]
fn insert_without_into() {
    check("INSERT t VALUES (1)", 1, 8, Some("Ident"), &["Into"]);
}

#[test]
fn assignment_without_equals() {
    check("UPDATE t SET a 1", 1, 16, Some("Integer"), &["Eq"]);
}

#[test]
fn delete_without_from() {
    check("DELETE t", 1, 8, Some("Ident"), &["From"]);
}

#[test]
fn drop_what() {
    check_set(
        "DROP t",
        1,
        6,
        Some("Ident"),
        &[
            "Extension",
            "Index",
            "Schema",
            "Sequence",
            "Type",
            "Materialized",
            "Table",
            "View",
        ],
    );
}

#[test]
fn trailing_comma_in_create_table() {
    let names = names();
    let mut expected: Vec<&str> = names.iter().map(String::as_str).collect();
    expected.extend(["Constraint", "Primary", "Unique", "Check", "Foreign"]);
    check_set("CREATE TABLE t (a INT,)", 1, 23, Some("RParen"), &expected);
}

#[test]
fn join_without_condition() {
    // After the table: its alias (a name, or a keyword that cannot go on with what precedes
    // it), a `.`, a call's `(`, or the join's condition.
    let names = names();
    let not_aliases = [
        "At", "Over", "Filter", "Within", "Sets", "Without", "Varying", "Year", "Month", "Day",
        "Hour", "Minute", "Second",
    ];
    let mut expected: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|n| !not_aliases.contains(n))
        .collect();
    expected.extend(["LParen", "As", "On", "Dot", "Using"]);
    check_set(
        "SELECT * FROM a JOIN b WHERE x",
        1,
        24,
        Some("Where"),
        &expected,
    );
}

#[test]
fn between_without_and() {
    check_set(
        "SELECT a FROM t WHERE a BETWEEN 1",
        1,
        34,
        None,
        &[
            "And",
            "Star",
            "Concat",
            "Plus",
            "Minus",
            "Slash",
            "Percent",
            "DoubleColon",
            "LBracket",
            "Caret",
            "Arrow",
            "LongArrow",
            "HashArrow",
            "HashLongArrow",
            "AtArrow",
            "ArrowAt",
            "AmpAmp",
            "Tilde",
            "TildeStar",
            "BangTilde",
            "BangTildeStar",
            "Pipe",
            "Amp",
            "Hash",
            "ShiftLeftOp",
            "ShiftRightOp",
        ],
    );
}

#[test]
fn case_without_end() {
    check_some(
        "SELECT CASE WHEN a THEN 1",
        1,
        26,
        None,
        &["When", "Else", "End", "Plus"],
        &["Semi"],
    );
}

#[test]
fn chained_comparison_is_not_associative() {
    check_some(
        "SELECT a FROM t WHERE a = 1 = 2",
        1,
        29,
        Some("Eq"),
        &["And", "Or", "Plus", "Order", "Semi", "$end"],
        &["Eq", "Lt"],
    );
}

#[test]
fn reserved_word_as_a_name() {
    check_some(
        "SELECT a FROM select",
        1,
        15,
        Some("Select"),
        &["Ident", "QuotedIdent", "LParen"],
        &["Select"],
    );
    // Quoted, it is a name.
    assert!(sql::parse("SELECT a FROM \"select\"").is_ok());
}

#[test]
fn bare_alias_cannot_be_a_keyword() {
    check_some(
        "SELECT x day FROM t",
        1,
        10,
        Some("Day"),
        &["As", "Ident", "From"],
        &[],
    );
    assert!(sql::parse("SELECT x AS day FROM t").is_ok());
}

#[test]
fn unterminated_string_is_a_lexing_error() {
    let (l, c, e) = error("SELECT 'abc FROM t");
    assert_eq!((l, c), (1, 8));
    assert!(e.lex_error().is_some());
}

#[test]
fn rendered_with_a_caret() {
    let src = "SELECT a\nFROM t\nWHERE a = = 1";
    let e = sql::parse(src).unwrap_err();
    let text = e.render(src);
    assert!(
        text.starts_with("3:11: unexpected `=`, expected one of "),
        "{text}"
    );
    assert!(
        text.ends_with("  |\n3 | WHERE a = = 1\n  |           ^\n"),
        "{text}"
    );
}

#[test]
fn broken_statements_are_reported_and_the_others_kept() {
    let mut src = String::new();
    let mut broken_lines = Vec::new();
    for i in 0..30 {
        let stmt = match i {
            4 => "SELECT a, FROM t".to_string(),
            11 => "UPDATE t SET a 1 WHERE b = 2".to_string(),
            12 => "INSERT INTO t VALUES (1, 2".to_string(),
            25 => "SELECT CASE WHEN x THEN 1 FROM t".to_string(),
            _ => format!("SELECT c{i} FROM t WHERE k = {i}"),
        };
        if matches!(i, 4 | 11 | 12 | 25) {
            broken_lines.push(i + 1);
        }
        src.push_str(&stmt);
        src.push_str(";\n");
    }
    // The last one has no `;` and is broken too.
    src.push_str("DELETE FROM");
    broken_lines.push(31);

    let (stmts, errors) = sql::parse_recovering(&src);
    assert_eq!(stmts.len(), 26);
    for (s, i) in stmts
        .iter()
        .zip((0..30).filter(|i| ![4, 11, 12, 25].contains(i)))
    {
        assert_eq!(s.to_string(), format!("SELECT c{i} FROM t WHERE k = {i}"));
    }
    let idx = sly::LineIndex::new(&src);
    let lines: Vec<usize> = errors
        .iter()
        .map(|e| idx.line_col(&src, e.span().start).line)
        .collect();
    assert_eq!(lines, broken_lines);
    let found: Vec<Option<&str>> = errors.iter().map(|e| e.found()).collect();
    assert_eq!(
        found,
        [
            Some("From"),
            Some("Integer"),
            Some("Semi"),
            Some("From"),
            None
        ]
    );
    assert_eq!(errors[1].expected(), ["Eq"]);
}

#[test]
fn recovering_parse_of_a_valid_script_equals_the_plain_parse() {
    let src = include_str!("../sql/corpus.sql");
    let (stmts, errors) = sql::parse_recovering(src);
    assert!(errors.is_empty());
    assert_eq!(stmts, sql::parse(src).unwrap());
}

#[test]
fn lexing_errors_inside_a_script() {
    let (stmts, errors) = sql::parse_recovering("SELECT 1; SELECT { FROM t; SELECT 3");
    assert_eq!(stmts.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].span().start, 17);
    assert!(errors[0].lex_error().is_some());
}

/// Parses, prints, clones, compares, formats with `Debug` and drops `src` (on the test's own
/// thread, whose stack is 2 MiB).
fn exercise(src: &str) {
    let stmts = sql::parse(src).unwrap_or_else(|e| panic!("{e}"));
    let printed = sql::print(&stmts);
    let again = sql::parse(&printed).unwrap();
    assert_eq!(again, stmts.clone());
    assert!(format!("{stmts:?}").len() > src.len());
}

#[test]
fn deep_statements_within_the_limit_work() {
    let n = sql::MAX_DEPTH - 10;
    exercise(&format!("SELECT {}1", "1 + ".repeat(n)));
    exercise(&format!("SELECT {}1{}", "(".repeat(n), ")".repeat(n)));
    exercise(&format!(
        "SELECT {}1{}",
        "-(".repeat(n / 2),
        ")".repeat(n / 2)
    ));
    exercise(&format!(
        "SELECT {}1{}",
        "(SELECT ".repeat(n / 2),
        ")".repeat(n / 2)
    ));
    exercise(&format!(
        "SELECT {}1{}",
        "CASE WHEN x THEN ".repeat(n / 3),
        " END".repeat(n / 3)
    ));
    // A long chain of conditions nests one level per `OR`.
    let ors: Vec<String> = (0..n).map(|i| format!("a = {i}")).collect();
    exercise(&format!("SELECT * FROM t WHERE {}", ors.join(" OR ")));
    // Wide is not deep: long lists are fine.
    let list = vec!["1 + 2"; 50_000].join(", ");
    exercise(&format!("SELECT a FROM t WHERE a IN ({list})"));
    let rows = vec!["(1, -2, 'x')"; 20_000].join(", ");
    exercise(&format!("INSERT INTO t VALUES {rows}"));
}

#[test]
fn deeper_statements_are_errors_not_crashes() {
    let n = 100_000;
    for src in [
        format!("SELECT {}1", "1 + ".repeat(n)),
        format!("SELECT {}1{}", "(".repeat(n), ")".repeat(n)),
        format!("SELECT {}x", "NOT ".repeat(n)),
        format!("SELECT {}1{}", "(SELECT ".repeat(n), ")".repeat(n)),
        format!(
            "SELECT {}1{}",
            "CASE WHEN x THEN ".repeat(n),
            " END".repeat(n)
        ),
    ] {
        let e = sql::parse(&src).unwrap_err();
        let lex = e.lex_error().expect("a nesting error");
        assert!(
            lex.to_string()
                .contains(&format!("nests deeper than {} levels", sql::MAX_DEPTH)),
            "{lex}"
        );
    }
    // The statements after a too deep one are still read.
    let src = format!("SELECT {}1; SELECT 2", "1 + ".repeat(n));
    let (stmts, errors) = sql::parse_recovering(&src);
    assert_eq!(errors.len(), 1);
    assert_eq!(stmts.len(), 1);
    assert_eq!(stmts[0].to_string(), "SELECT 2");
}
