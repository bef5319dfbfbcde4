//! The SQL corpora by area (`tests/sql/<area>.sql`, statements written from the PostgreSQL
//! documentation): every statement parses, prints, and parses again to the same tree, and
//! printing is a fixpoint; a sample of each area is checked against its exact printed form.

use sly_grammars::sql;

const AREAS: &[(&str, &str)] = &[
    ("windows", include_str!("../sql/windows.sql")),
    ("dml", include_str!("../sql/dml.sql")),
    ("ddl", include_str!("../sql/ddl.sql")),
    ("session", include_str!("../sql/session.sql")),
    ("queries", include_str!("../sql/queries.sql")),
    ("create", include_str!("../sql/create.sql")),
    ("literals", include_str!("../sql/literals.sql")),
    ("expressions", include_str!("../sql/expressions.sql")),
    ("maintenance", include_str!("../sql/maintenance.sql")),
];

/// Parses `src` statement by statement, each one a line ending in `;`.
fn round_trip(area: &str, src: &str) -> usize {
    let stmts = sql::parse(src).unwrap_or_else(|e| panic!("{area}.sql:\n{}", e.render(src)));
    let lines = src.lines().filter(|l| l.ends_with(';')).count();
    assert_eq!(stmts.len(), lines, "{area}.sql: one statement a line");
    for stmt in &stmts {
        let text = &src[stmt.span.range()];
        let printed = stmt.to_string();
        let again = sql::parse(&printed).unwrap_or_else(|e| {
            panic!(
                "{area}.sql: the printed form of\n  {text}\ndoes not parse:\n{}",
                e.render(&printed)
            )
        });
        assert_eq!(again.len(), 1, "{printed}");
        assert_eq!(again[0], *stmt, "\n  source: {text}\n printed: {printed}");
        assert_eq!(again[0].to_string(), printed, "printing is a fixpoint");
    }
    stmts.len()
}

#[test]
fn every_area_round_trips() {
    for (area, src) in AREAS {
        let n = round_trip(area, src);
        assert!(n >= 15, "{area}.sql has only {n} statements");
    }
}

fn check(cases: &[(&str, &str)]) {
    for (src, want) in cases {
        let stmts = sql::parse(src).unwrap_or_else(|e| panic!("{}", e.render(src)));
        assert_eq!(stmts.len(), 1, "{src}");
        assert_eq!(stmts[0].to_string(), *want, "{src}");
    }
}

#[test]
fn windows_print_exactly() {
    check(&[
        (
            "select rank() over (partition by d order by s desc) from e",
            "SELECT rank() OVER (PARTITION BY d ORDER BY s DESC) FROM e",
        ),
        (
            "select sum(x) over w from t window w as (order by y rows between unbounded preceding and current row exclude ties)",
            "SELECT sum(x) OVER w FROM t WINDOW w AS (ORDER BY y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES)",
        ),
        (
            "select sum(x) over (w range 1 preceding) from t",
            "SELECT sum(x) OVER (w RANGE 1 PRECEDING) FROM t",
        ),
        (
            "select count(*) filter (where a>1) over () from t",
            "SELECT count(*) FILTER (WHERE a > 1) OVER () FROM t",
        ),
        (
            "select percentile_cont(0.5) within group (order by x) from t",
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM t",
        ),
        (
            "select string_agg(distinct a, ',' order by a) from t",
            "SELECT string_agg(DISTINCT a, ',' ORDER BY a) FROM t",
        ),
    ]);
}

#[test]
fn casts_and_predicates_print_exactly() {
    check(&[
        ("select a :: int :: text", "SELECT a::int::text"),
        ("select -a::int[][]", "SELECT -a::int[][]"),
        (
            "select (a+b)::numeric(10,2)",
            "SELECT (a + b)::numeric(10, 2)",
        ),
        ("select a ilike 'x%'", "SELECT a ILIKE 'x%'"),
        (
            "select a not similar to 'x' escape '#'",
            "SELECT a NOT SIMILAR TO 'x' ESCAPE '#'",
        ),
        ("select a is not unknown", "SELECT a IS NOT UNKNOWN"),
        ("select a is false", "SELECT a IS FALSE"),
    ]);
    // `::` binds tighter than unary minus and every binary operator.
    let stmts = sql::parse("SELECT -a::int + b::int").unwrap();
    let sql::ast::StatementKind::Query(q) = &stmts[0].kind else {
        panic!("not a query")
    };
    let sql::ast::SetExpr::Select(s) = &q.body else {
        panic!("not a select")
    };
    let sql::ast::SelectItem::Expr { expr, .. } = &s.items[0] else {
        panic!("not an expression")
    };
    let sql::ast::ExprKind::Binary { left, .. } = &expr.kind else {
        panic!("not a sum: {expr:?}")
    };
    assert!(matches!(left.kind, sql::ast::ExprKind::Unary { .. }));
}

#[test]
fn data_changes_print_exactly() {
    check(&[
        (
            "insert into users (email) values ('a@b') on conflict ((lower(email))) do nothing",
            "INSERT INTO users (email) VALUES ('a@b') ON CONFLICT ((lower(email))) DO NOTHING",
        ),
        (
            "insert into t (a, b) values (1, 2) on conflict (a,(b+1)) where a>0 do update set b = excluded.b where t.b <> excluded.b",
            "INSERT INTO t (a, b) VALUES (1, 2) ON CONFLICT (a, (b + 1)) WHERE a > 0 DO UPDATE SET b = excluded.b WHERE t.b <> excluded.b",
        ),
        (
            "insert into t (a) values (1) on conflict (lower(a), s.f(a, 1)) do nothing",
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (lower(a), s.f(a, 1)) DO NOTHING",
        ),
        (
            "insert into t (a) values (1) on conflict on constraint t_a_key do nothing",
            "INSERT INTO t (a) VALUES (1) ON CONFLICT ON CONSTRAINT t_a_key DO NOTHING",
        ),
        (
            "insert into t(a) values (1) on conflict (a) do update set a = excluded.a + 1 where t.a < 9 returning a",
            "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = excluded.a + 1 WHERE t.a < 9 RETURNING a",
        ),
        (
            "insert into t values (default, 2) on conflict on constraint t_pkey do nothing",
            "INSERT INTO t VALUES (DEFAULT, 2) ON CONFLICT ON CONSTRAINT t_pkey DO NOTHING",
        ),
        (
            "insert into t default values returning *",
            "INSERT INTO t DEFAULT VALUES RETURNING *",
        ),
        (
            "update t x set a = u.a from u where x.id = u.id returning x.a b",
            "UPDATE t AS x SET a = u.a FROM u WHERE x.id = u.id RETURNING x.a AS b",
        ),
        (
            "delete from t x using u where x.id = u.id returning *",
            "DELETE FROM t AS x USING u WHERE x.id = u.id RETURNING *",
        ),
        (
            "values (1,'a'),(2,'b') order by 1",
            "VALUES (1, 'a'), (2, 'b') ORDER BY 1",
        ),
        (
            "select * from (values (1)) as v(a)",
            "SELECT * FROM (VALUES (1)) AS v (a)",
        ),
    ]);
    // An insert of rows alone keeps them as rows; with a tail they are a query.
    let stmts = sql::parse("INSERT INTO t VALUES (1); INSERT INTO t VALUES (1) LIMIT 1").unwrap();
    let kinds: Vec<bool> = stmts
        .iter()
        .map(|s| match &s.kind {
            sql::ast::StatementKind::Insert(i) => {
                matches!(i.source, sql::ast::InsertSource::Values(_))
            }
            _ => panic!("not an insert"),
        })
        .collect();
    assert_eq!(kinds, [true, false]);
}

#[test]
fn definitions_print_exactly() {
    check(&[
        (
            "create unique index concurrently if not exists i on s.t using btree (lower(a) desc, b) include (c) where d",
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t USING btree (lower(a) DESC, b) INCLUDE (c) WHERE d",
        ),
        (
            "alter table t add c int, drop d cascade, alter e set data type text using e::text, rename f to g",
            "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d CASCADE, ALTER COLUMN e TYPE text USING e::text, RENAME COLUMN f TO g",
        ),
        (
            "drop materialized view if exists v cascade",
            "DROP MATERIALIZED VIEW IF EXISTS v CASCADE",
        ),
        (
            "truncate table a, b restart identity",
            "TRUNCATE a, b RESTART IDENTITY",
        ),
    ]);
}

#[test]
fn session_statements_print_exactly() {
    check(&[
        (
            "begin work isolation level repeatable read read only",
            "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
        ),
        ("commit transaction", "COMMIT"),
        ("rollback to sp", "ROLLBACK TO SAVEPOINT sp"),
        ("release sp", "RELEASE SAVEPOINT sp"),
        (
            "grant select (a), delete on table t to u with grant option",
            "GRANT SELECT (a), DELETE ON TABLE t TO u WITH GRANT OPTION",
        ),
        (
            "revoke all on all tables in schema s from r",
            "REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA s FROM r",
        ),
        ("set search_path = a, b", "SET search_path TO a, b"),
        ("set local x to on", "SET LOCAL x TO on"),
        ("set time zone 'UTC'", "SET TIME ZONE 'UTC'"),
        ("show time zone", "SHOW TIME ZONE"),
        ("reset all", "RESET ALL"),
        (
            "explain (analyze, format json) select 1",
            "EXPLAIN (ANALYZE, format json) SELECT 1",
        ),
        (
            "explain analyze verbose delete from t",
            "EXPLAIN ANALYZE VERBOSE DELETE FROM t",
        ),
    ]);
}

#[test]
fn non_reserved_keywords_are_names_and_reserved_ones_are_not() {
    for kw in sql::NON_RESERVED_KEYWORDS {
        let lower = kw.to_ascii_lowercase();
        let src = format!("SELECT {lower}, t.{kw} AS {kw} FROM {lower} AS t ({kw})");
        let stmts = sql::parse(&src).unwrap_or_else(|e| panic!("{}", e.render(&src)));
        assert_eq!(stmts[0].to_string(), src);
    }
    for kw in sql::RESERVED_KEYWORDS {
        let src = format!("SELECT 1 AS {kw}");
        assert!(sql::parse(&src).is_err(), "{kw} is a name");
        // Quoted, it is a name.
        let src = format!("SELECT 1 AS \"{kw}\"");
        assert!(sql::parse(&src).is_ok(), "{src}");
    }
    // Every keyword is in one list or the other.
    for kw in sql::RESERVED_KEYWORDS
        .iter()
        .chain(sql::NON_RESERVED_KEYWORDS)
    {
        let tok = sql::Tok::lexer(kw).next();
        assert!(
            matches!(tok, Some(Ok((t, _))) if !matches!(t, sql::Tok::Ident(_))),
            "{kw} is no keyword"
        );
    }
}

#[test]
fn query_clauses_print_exactly() {
    check(&[
        (
            "select distinct on (a) a, b from t order by a, b desc",
            "SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b DESC",
        ),
        ("select 1 offset 2 limit 3", "SELECT 1 LIMIT 3 OFFSET 2"),
        ("select 1 limit all", "SELECT 1"),
        (
            "select * from jobs limit 1 for update of jobs skip locked",
            "SELECT * FROM jobs LIMIT 1 FOR UPDATE OF jobs SKIP LOCKED",
        ),
        (
            "select * from a cross join lateral f(a.x) b",
            "SELECT * FROM a CROSS JOIN LATERAL f(a.x) AS b",
        ),
        ("select a[1], a[:2], a[1:]", "SELECT a[1], a[:2], a[1:]"),
        (
            "select * from t where id = any($1)",
            "SELECT * FROM t WHERE id = ANY ($1)",
        ),
        ("select array[1,2]", "SELECT ARRAY[1, 2]"),
        (
            "select a at time zone 'UTC' collate \"C\"",
            "SELECT a AT TIME ZONE 'UTC' COLLATE \"C\"",
        ),
    ]);
}

#[test]
fn named_parameters_and_slices_print_exactly() {
    check(&[
        (
            "select * from t where id = :id and u = :user_id",
            "SELECT * FROM t WHERE id = :id AND u = :user_id",
        ),
        ("select :a::int, -:b", "SELECT :a::int, -:b"),
        (
            "select a[1:n], a[lo:hi], a[:n], a[1 : n], a[1:]",
            "SELECT a[1:n], a[lo:hi], a[:n], a[1:n], a[1:]",
        ),
        (
            "select a[1:n+1], a[:n-1], a[2:array_length(a,1)]",
            "SELECT a[1: n + 1], a[: n - 1], a[2: array_length(a, 1)]",
        ),
        ("select a[(:i)], a[1: :hi]", "SELECT a[(:i)], a[1: :hi]"),
        (
            "select array[:a, :b], f(:a) from t limit :n",
            "SELECT ARRAY[:a, :b], f(:a) FROM t LIMIT :n",
        ),
    ]);
    let stmts = sql::parse("SELECT a[:n], a[(:n)], :n").unwrap();
    let sql::ast::StatementKind::Query(q) = &stmts[0].kind else {
        panic!("not a query")
    };
    let sql::ast::SetExpr::Select(s) = &q.body else {
        panic!("not a select")
    };
    let kinds: Vec<_> = s
        .items
        .iter()
        .map(|item| match item {
            sql::ast::SelectItem::Expr { expr, .. } => match &expr.kind {
                sql::ast::ExprKind::Slice { .. } => "slice",
                sql::ast::ExprKind::Subscript { .. } => "subscript",
                sql::ast::ExprKind::Parameter(":n") => "parameter",
                _ => "other",
            },
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["slice", "subscript", "parameter"]);
}

#[test]
fn ceil_and_floor_to_a_unit_print_exactly() {
    check(&[
        ("select ceil(ts to day)", "SELECT CEIL(ts TO DAY)"),
        (
            "select Floor(a + 1 to second)",
            "SELECT FLOOR(a + 1 TO SECOND)",
        ),
        // Without `TO` they are calls; as names they are columns.
        ("select ceil(x), FLOOR(y)", "SELECT ceil(x), FLOOR(y)"),
        ("select ceil from t", "SELECT ceil FROM t"),
        // `TO` goes on with an interval's qualifier.
        (
            "select ceil(interval '1' year to month)",
            "SELECT ceil(INTERVAL '1' YEAR TO MONTH)",
        ),
    ]);
}

#[test]
fn like_any_all_of_a_subquery_prints_exactly() {
    check(&[
        (
            "select * from t where a like any (select p from q)",
            "SELECT * FROM t WHERE a LIKE ANY (SELECT p FROM q)",
        ),
        // Doubled parentheses hold the query in parentheses, as after `= ANY`.
        (
            "select * from t where a not ilike all ((select p from q))",
            "SELECT * FROM t WHERE a NOT ILIKE ALL ((SELECT p FROM q))",
        ),
        // A list whose one pattern is a scalar subquery keeps its own parentheses.
        (
            "select a like any ((select p from q), 'x')",
            "SELECT a LIKE ANY ((SELECT p FROM q), 'x')",
        ),
    ]);
    let tree = |src: &str| format!("{:?}", sql::parse(src).unwrap());
    assert!(tree("select a like any ((select p from q))").contains("LikeAnyAllQuery"));
    assert!(!tree("select a like any ((select p from q), 'x')").contains("LikeAnyAllQuery"));
}

#[test]
fn rollup_and_cube_print_exactly() {
    check(&[
        (
            "select a from t group by rollup(a, (b, c))",
            "SELECT a FROM t GROUP BY ROLLUP (a, (b, c))",
        ),
        (
            "select a from t group by a, cube(b, c)",
            "SELECT a FROM t GROUP BY a, CUBE (b, c)",
        ),
        (
            "select a from t group by grouping sets (rollup(a), ())",
            "SELECT a FROM t GROUP BY GROUPING SETS (ROLLUP (a), ())",
        ),
        // Outside `GROUP BY` they are calls and names.
        ("select cube(1, 2), rollup", "SELECT cube(1, 2), rollup"),
    ]);
    let tree = |src: &str| format!("{:?}", sql::parse(src).unwrap());
    assert!(tree("select a from t group by rollup(a)").contains("kind: Rollup"));
    assert!(tree("select a from t group by cube(a)").contains("kind: Cube"));
    assert!(!tree("select cube(a) from t").contains("kind: Cube"));
}

#[test]
fn select_into_prints_exactly() {
    check(&[
        (
            "select * into temp table t2 from t",
            "SELECT * INTO TEMPORARY TABLE t2 FROM t",
        ),
        (
            "select a into unlogged s.t from t",
            "SELECT a INTO UNLOGGED s.t FROM t",
        ),
        (
            "select a into table t from u",
            "SELECT a INTO TABLE t FROM u",
        ),
        // Followed by a clause, `TEMP` is the new table's name.
        ("select a into temp from t", "SELECT a INTO temp FROM t"),
    ]);
}

#[test]
fn creations_print_exactly() {
    check(&[
        (
            "create temp table t (id int generated by default as identity primary key, p int references q on delete cascade on update set null)",
            "CREATE TEMPORARY TABLE t (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, p int REFERENCES q ON DELETE CASCADE ON UPDATE SET NULL)",
        ),
        (
            "create table t (a timestamp with time zone, b character varying(3))",
            "CREATE TABLE t (a TIMESTAMP WITH TIME ZONE, b CHARACTER VARYING(3))",
        ),
        ("create table t as select 1", "CREATE TABLE t AS SELECT 1"),
        (
            "create or replace materialized view if not exists v (a) as select 1",
            "CREATE OR REPLACE MATERIALIZED VIEW IF NOT EXISTS v (a) AS SELECT 1",
        ),
        (
            "create sequence s increment 2 start 5 no cycle",
            "CREATE SEQUENCE s INCREMENT BY 2 START WITH 5 NO CYCLE",
        ),
        (
            "create type t as enum ('a','b')",
            "CREATE TYPE t AS ENUM ('a', 'b')",
        ),
        (
            "create schema authorization joe",
            "CREATE SCHEMA AUTHORIZATION joe",
        ),
    ]);
}

#[test]
fn literals_print_exactly() {
    check(&[
        ("select e'a\\'b', n'x''y'", "SELECT E'a\\'b', N'x''y'"),
        ("select x'1f'", "SELECT X'1f'"),
        ("select $f$ a $ b $f$, $$$$", "SELECT $f$ a $ b $f$, $$$$"),
        ("select uuid '00'", "SELECT uuid '00'"),
        (
            "select interval '1 2' day to hour",
            "SELECT INTERVAL '1 2' DAY TO HOUR",
        ),
    ]);
    // A number run into a name is an error, not a number and an alias.
    let e = sql::parse("SELECT 0x1F").unwrap_err();
    assert!(e.lex_error().is_some());
    assert_eq!(
        e.render("SELECT 0x1F"),
        "1:8: invalid `NumericJunk` token: trailing junk after numeric literal\n  |\n1 | SELECT 0x1F\n  |        ^^^^\n"
    );
    assert!(sql::parse("SELECT 1e10, 2E-3").is_ok());
    let src = "SELECT $$ never closed";
    let e = sql::parse(src).unwrap_err();
    assert!(e.lex_error().is_some(), "{e}");
    assert_eq!(
        e.render(src),
        "1:8: invalid `DollarStr` token: unterminated dollar-quoted string\n  |\n1 | SELECT $$ never closed\n  |        ^^\n"
    );
}

#[test]
fn expression_forms_print_exactly() {
    check(&[
        ("select substring(a for 2)", "SELECT SUBSTRING(a FOR 2)"),
        (
            "select overlay(a placing 'x' from 2 for 3)",
            "SELECT OVERLAY(a PLACING 'x' FROM 2 FOR 3)",
        ),
        ("select try_cast(a as int)", "SELECT TRY_CAST(a AS int)"),
        (
            "select * from t where (a,b) in ((1,2))",
            "SELECT * FROM t WHERE (a, b) IN ((1, 2))",
        ),
        (
            "select (x).y, (a,b) overlaps (c,d)",
            "SELECT (x).y, (a, b) OVERLAPS (c, d)",
        ),
        (
            "with d as not materialized (delete from t returning *) select * from d",
            "WITH d AS NOT MATERIALIZED (DELETE FROM t RETURNING *) SELECT * FROM d",
        ),
        (
            "with s as (select 1) insert into t table s",
            "WITH s AS (SELECT 1) INSERT INTO t TABLE s",
        ),
    ]);
}

#[test]
fn merge_copy_and_maintenance_print_exactly() {
    check(&[
        (
            "copy t from stdin with csv header",
            "COPY t FROM STDIN CSV HEADER",
        ),
        ("copy t to stdout with binary", "COPY t TO STDOUT BINARY"),
        (
            "copy t from 'f' delimiter ',' null 'x' csv header quote '\"' escape '\\' force not null a, b",
            "COPY t FROM 'f' DELIMITER ',' NULL 'x' CSV HEADER QUOTE '\"' ESCAPE '\\' FORCE NOT NULL a, b",
        ),
        (
            "copy t to stdout with csv force quote * delimiter as e'\\t'",
            "COPY t TO STDOUT CSV FORCE QUOTE * DELIMITER E'\\t'",
        ),
        (
            "copy t from stdin with (format csv, header true)",
            "COPY t FROM STDIN (format csv, header TRUE)",
        ),
        (
            "merge into t using s on t.id = s.id when matched and s.x then update set a = s.a when not matched then insert (id) values (s.id)",
            "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.x THEN UPDATE SET a = s.a WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)",
        ),
        (
            "copy t (a) from stdin with (format csv, header)",
            "COPY t (a) FROM STDIN (format csv, header)",
        ),
        (
            "create extension if not exists x with schema s",
            "CREATE EXTENSION IF NOT EXISTS x SCHEMA s",
        ),
        ("vacuum full analyze t", "VACUUM FULL ANALYZE t"),
        (
            "select a from t group by grouping sets ((a), ())",
            "SELECT a FROM t GROUP BY GROUPING SETS ((a), ())",
        ),
        ("select t.from from t", "SELECT t.from FROM t"),
    ]);
}

#[test]
fn most_non_reserved_keywords_are_aliases_without_as() {
    check(&[
        (
            "select kind type, payload data, n level from t current",
            "SELECT kind AS type, payload AS data, n AS level FROM t AS current",
        ),
        ("update t x set a = 1", "UPDATE t AS x SET a = 1"),
        ("delete from t comment", "DELETE FROM t AS comment"),
    ]);
    // The ones that could go on with the expression are not.
    for src in [
        "SELECT x day FROM t",
        "SELECT x at FROM t",
        "SELECT f() over FROM t",
    ] {
        assert!(sql::parse(src).is_err(), "{src}");
    }
}

#[test]
fn other_operators_bind_as_in_postgresql() {
    check(&[
        (
            "select d->'a'->>'b' from t where d @> '{}' and x ~* 'y'",
            "SELECT d -> 'a' ->> 'b' FROM t WHERE d @> '{}' AND x ~* 'y'",
        ),
        ("select 2^3", "SELECT 2 ^ 3"),
    ]);
    // `->>` binds tighter than `=` and looser than `+`; `^` tighter than `*`.
    let stmts = sql::parse("SELECT d ->> 'a' = 'b', a ^ 2 * 3").unwrap();
    let sql::ast::StatementKind::Query(q) = &stmts[0].kind else {
        panic!("not a query")
    };
    let sql::ast::SetExpr::Select(s) = &q.body else {
        panic!("not a select")
    };
    let ops: Vec<sql::ast::BinaryOp> = s
        .items
        .iter()
        .map(|i| match i {
            sql::ast::SelectItem::Expr {
                expr:
                    sql::ast::Expr {
                        kind: sql::ast::ExprKind::Binary { op, .. },
                        ..
                    },
                ..
            } => *op,
            _ => panic!("not a binary expression"),
        })
        .collect();
    assert_eq!(ops, [sql::ast::BinaryOp::Eq, sql::ast::BinaryOp::Multiply]);
}

#[test]
fn backquoted_names_are_opt_in() {
    let src = "SELECT `a b`, t.`c``d` FROM `my table` AS t";
    let e = sql::parse(src).unwrap_err();
    assert!(e.lex_error().is_some());
    assert_eq!(
        e.render(src),
        "1:8: invalid `BackquotedIdent` token: backquoted names are off: quote names with `\"`, or turn on `Options::backquoted_identifiers`\n  |\n1 | SELECT `a b`, t.`c``d` FROM `my table` AS t\n  |        ^^^^^\n"
    );
    let options = sql::Options::default().backquoted_identifiers(true);
    let stmts = sql::parse_with(src, &options).unwrap_or_else(|e| panic!("{}", e.render(src)));
    let printed = stmts[0].to_string();
    assert_eq!(printed, "SELECT \"a b\", t.\"c`d\" FROM \"my table\" AS t");
    // The printed form is standard: it parses without the option, to the same tree.
    assert_eq!(sql::parse(&printed).unwrap(), stmts);
}

/// `src` rebuilt token by token, with a comment between any two tokens and the reserved
/// keywords in lower case (the others may be names, whose case is kept).
fn relaid(src: &str) -> String {
    let mut out = String::new();
    for tok in sql::Tok::lexer(src) {
        let (tok, span) = tok.expect("the corpus lexes");
        let text = &src[span.range()];
        let reserved = text.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
            && !matches!(tok, sql::Tok::Ident(_))
            && sql::RESERVED_KEYWORDS.contains(&text.to_ascii_uppercase().as_str());
        if reserved {
            out.push_str(&text.to_ascii_lowercase());
        } else {
            out.push_str(text);
        }
        out.push_str(" /* c */\n");
    }
    out
}

#[test]
fn every_area_reads_the_same_in_lower_case_with_comments_between_tokens() {
    for (area, src) in AREAS {
        let relaid = relaid(src);
        let again =
            sql::parse(&relaid).unwrap_or_else(|e| panic!("{area}:\n{}", e.render(&relaid)));
        assert_eq!(again, sql::parse(src).unwrap(), "{area}");
    }
}

#[test]
#[cfg(target_pointer_width = "64")]
fn expressions_stay_small() {
    // Every expression moves through the parser's value stacks, often several times: a
    // larger `Expr` slows every statement down, so rare large variants hold boxes or slices.
    assert!(std::mem::size_of::<sql::ast::Expr>() <= 64);
    assert!(std::mem::size_of::<sql::ast::Function>() <= 64);
    // Every statement kind holds a box: the script's list of statements stays compact.
    assert!(std::mem::size_of::<sql::ast::StatementKind>() <= 16);
}
