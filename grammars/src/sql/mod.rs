//! A SQL parser: lexer, LALR(1) grammar, typed syntax tree and printer.
//!
//! It reads the SQL that applications and analytic workloads send, in PostgreSQL's dialect
//! where dialects differ. A script is statements separated by `;`; keywords match in any
//! case; `--` and `/* */` comments may stand wherever whitespace may.
//!
//! ```
//! use sly_grammars::sql;
//! let stmts = sql::parse("select a, count(*) from t where b between 1 and 10 group by a")?;
//! assert_eq!(
//!     stmts[0].to_string(),
//!     "SELECT a, count(*) FROM t WHERE b BETWEEN 1 AND 10 GROUP BY a"
//! );
//! # Ok::<(), sly::ParseError>(())
//! ```
//!
//! # Statements
//!
//! - Queries: `SELECT [DISTINCT [ON (...)]]` with `INTO [TEMPORARY | UNLOGGED] [TABLE] name`
//!   (PostgreSQL), `FROM` (tables, derived tables and set-returning functions, `LATERAL`, joins
//!   of every kind), `WHERE`, `GROUP BY` (with `GROUPING SETS`, `ROLLUP` and `CUBE`; `GROUP BY
//!   ALL`), `HAVING`, `WINDOW`; `VALUES`; `TABLE name`; `WITH [RECURSIVE]`, with `[NOT]
//!   MATERIALIZED` and data-modifying common table expressions; `UNION | INTERSECT | EXCEPT
//!   [ALL | DISTINCT]`; `ORDER BY`, `LIMIT [ALL]`, `OFFSET`, `FETCH FIRST [n [PERCENT]] ROWS
//!   ONLY | WITH TIES`; `FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF ...] [NOWAIT | SKIP
//!   LOCKED]`; parenthesized queries.
//! - Data changes: `[WITH ...] INSERT INTO ... [AS alias] VALUES | query | DEFAULT VALUES [ON
//!   CONFLICT [(column | call | (expr), ...) [WHERE ...] | ON CONSTRAINT name] DO NOTHING | DO
//!   UPDATE SET ... [WHERE ...]] [RETURNING ...]`; `[WITH ...] UPDATE ... SET
//!   ... [FROM ...] [WHERE ...] [RETURNING ...]`; `[WITH ...] DELETE FROM ... [USING ...]
//!   [WHERE ...] [RETURNING ...]`; `MERGE INTO ... USING ... ON ... WHEN [NOT] MATCHED ...`;
//!   `TRUNCATE`; `COPY ... FROM | TO 'file' | STDIN | STDOUT [[WITH] (options)]`, and the options
//!   of the syntax from before PostgreSQL 9.0, which PostgreSQL still reads: `[WITH] BINARY |
//!   FREEZE | CSV | HEADER | DELIMITER | NULL | QUOTE | ESCAPE [AS] 'c' | ENCODING 'name' |
//!   FORCE QUOTE columns | * | FORCE [NOT] NULL columns ...`.
//! - Definitions: `CREATE [TEMPORARY] TABLE` (column and table constraints, identity and
//!   generated columns, foreign key actions) and `CREATE TABLE ... AS query`, `CREATE [OR
//!   REPLACE] [MATERIALIZED] VIEW`, `CREATE [UNIQUE] INDEX [CONCURRENTLY]`, `CREATE SCHEMA`,
//!   `CREATE SEQUENCE`, `CREATE TYPE ... AS ENUM`, `CREATE EXTENSION`, `ALTER TABLE` (add,
//!   drop, alter and rename columns, add, drop and rename constraints, rename the table),
//!   `ALTER TABLE ... OWNER TO | SET SCHEMA`, `ALTER VIEW | MATERIALIZED VIEW | INDEX |
//!   SEQUENCE | TYPE ... RENAME TO | OWNER TO | SET SCHEMA`, `DROP TABLE | VIEW | MATERIALIZED
//!   VIEW | INDEX | SCHEMA | SEQUENCE | TYPE | EXTENSION [IF EXISTS] ... [CASCADE | RESTRICT]`,
//!   `COMMENT ON`.
//! - Transactions: `BEGIN`, `START TRANSACTION` (with isolation levels and access modes),
//!   `COMMIT`, `ROLLBACK`, `SAVEPOINT`, `RELEASE [SAVEPOINT]`, `ROLLBACK TO [SAVEPOINT]`, `SET
//!   TRANSACTION`.
//! - Privileges: `GRANT` and `REVOKE` of privileges on tables, schemas and sequences, and of
//!   roles.
//! - Session: `SET [SESSION | LOCAL] name {TO | =} value`, `SET TIME ZONE`, `SHOW`, `RESET`,
//!   `EXPLAIN [ANALYZE] [VERBOSE]` and `EXPLAIN (options)` of queries and data changes,
//!   `PREPARE`, `EXECUTE`, `DEALLOCATE`, `LISTEN`, `NOTIFY`, `UNLISTEN`, `DO`, `ANALYZE`,
//!   `VACUUM`.
//!
//! Expressions include window calls (`OVER (PARTITION BY ... ORDER BY ... ROWS | RANGE | GROUPS
//! ... [EXCLUDE ...])`, `OVER name`), aggregate calls with `DISTINCT`, `ORDER BY`, `WITHIN
//! GROUP` and `FILTER`, `::` casts (array types too), `TRY_CAST`, `[NOT] LIKE | ILIKE | SIMILAR
//! TO [ANY | ALL (patterns | subquery)]`, `IS [NOT] TRUE | FALSE | UNKNOWN | NULL`, `IS [NOT]
//! DISTINCT FROM`, `op ANY | ALL (subquery | array)`, row values and `OVERLAPS`, `ARRAY[...]`,
//! subscripts and slices, `(e).field`, `AT TIME ZONE`, `COLLATE`, PostgreSQL's operators `->
//! ->> #> #>> @> <@ && ~ ~* !~ !~* ^ | & # << >>`, `CASE`, `CAST`, `EXTRACT`, `SUBSTRING`,
//! `OVERLAY`, `POSITION`, `TRIM`, `CEIL | FLOOR (x TO unit)`, subqueries with `IN`, `EXISTS`,
//! `ANY` and `ALL`. Constants: numbers, `'...'`, `E'...'`, `N'...'`, `X'...'` and
//! `$tag$...$tag$` strings, constants typed by a type name (`DATE '...'`, `uuid '...'`) and
//! `INTERVAL '...' [unit [TO unit]]`; parameters `$1`, `?` and `:name` (see below). A number run into a name
//! (`0x1F`) is a lexing error. Names may be quoted with backquotes, as in MySQL, where
//! [`Options::backquoted_identifiers`] says so ([`parse_with`]); by default a backquote is a
//! lexing error.
//!
//! # Named parameters and slices
//!
//! `:name` is one token, a named parameter, wherever it stands: `WHERE id = :id`. The lexer
//! cannot tell it from the `:` of a slice run into a name (`a[1:n]`), since that would need
//! to know what comes before the `:`, so the grammar tells them apart inside brackets:
//!
//! - `a[lo:hi]`, `a[1:n + 1]`, `a[1:f(x)]`: after a lower bound, a named parameter is the
//!   slice's `:` and the start of the upper bound, which may go on with operators, `::`,
//!   subscripts, a call's arguments or a `.` and a name (rules `slice_upper`); `a[1: expr]`,
//!   with a space, takes any expression.
//! - `a[:n]`, `a[:n - 1]`: a bracket whose expression starts with a named parameter is a slice
//!   with no lower bound, as in PostgreSQL; `a[(:n)]` subscripts by the parameter.
//!
//! These rules add no conflicts: after a lower bound only a slice may go on with a named
//! parameter, and `a[:n]` is told from `a[:n - 1]` after the bracket's expression is read.
//! The printer writes a space after a slice's `:` when the upper bound starts with a word or a
//! `:` and is not a bare name (`a[1: n + 1]`), so what it prints reads back the same.
//!
//! # Keywords
//!
//! These keywords are reserved ([`RESERVED_KEYWORDS`]): they cannot be names unless quoted
//! (`"order"`).
//!
//! `ALL ANALYZE AND ANY ARRAY AS ASC AUTHORIZATION BETWEEN BOTH BY CASE CAST CHECK COLLATE COLUMN
//! CONCURRENTLY CONSTRAINT CREATE CROSS DEFAULT DELETE DESC DISTINCT DO DOUBLE DROP ELSE END
//! ESCAPE EXCEPT EXISTS EXTRACT FALSE FETCH FOR FOREIGN FROM FULL GRANT GROUP HAVING IF ILIKE IN
//! INNER INSERT INTERSECT INTERVAL INTO IS JOIN LATERAL LEADING LEFT LIKE LIMIT NATURAL NOT NULL
//! OF OFFSET ON OR ORDER OUTER OVERLAPS OVERLAY PLACING POSITION PRIMARY RECURSIVE REFERENCES
//! RETURNING REVOKE RIGHT SELECT SET SIMILAR SOME SUBSTRING TABLE THEN TO TRAILING TRIM TRUE
//! TRY_CAST UNBOUNDED UNION UNIQUE UPDATE USING VALUES VIEW WHEN WHERE WINDOW WITH`
//!
//! These keywords are not reserved ([`NON_RESERVED_KEYWORDS`]) and may be used as names:
//!
//! `ACTION ADD ALTER ALWAYS AT BEGIN BINARY CACHE CASCADE CEIL CHARACTER COMMENT COMMIT COMMITTED
//! CONFLICT CONTINUE COPY CSV CUBE CURRENT CYCLE DATA DATE DAY DEALLOCATE DELIMITER ENCODING ENUM
//! EXCLUDE EXECUTE EXPLAIN EXTENSION FILTER FIRST FLOOR FOLLOWING FORCE FREEZE GENERATED GROUPING
//! GROUPS HEADER HOUR IDENTITY INCLUDE INCREMENT INDEX ISOLATION KEY LANGUAGE LAST LEVEL LISTEN
//! LOCAL LOCKED MATCHED MATERIALIZED MAXVALUE MERGE MINUTE MINVALUE MONTH NEXT NO NOTHING NOTIFY
//! NOWAIT NULLS ONLY OPTION OTHERS OVER OWNER PARTITION PERCENT PRECEDING PRECISION PREPARE
//! PRIVILEGES QUOTE RANGE READ RELEASE RENAME REPEATABLE REPLACE RESET RESTART RESTRICT ROLLBACK
//! ROLLUP ROW ROWS SAVEPOINT SCHEMA SECOND SEQUENCE SERIALIZABLE SESSION SETS SHARE SHOW SKIP START
//! STDIN STDOUT STORED TABLES TEMP TEMPORARY TIES TIME TIMESTAMP TRANSACTION TRUNCATE TYPE
//! UNCOMMITTED UNKNOWN UNLISTEN UNLOGGED VACUUM VARYING VERBOSE WITHIN WITHOUT WORK WRITE YEAR
//! ZONE`
//!
//! An alias written without `AS` may be a plain name or a non-reserved keyword, as
//! PostgreSQL's bare labels may, except the keywords that could go on with the expression
//! before it: `AT`, `FILTER`, `OVER`, `WITHIN`, `SETS`, `VARYING`, `WITHOUT` and the interval
//! units `YEAR MONTH DAY HOUR MINUTE SECOND` (`SELECT x AS day`, not `SELECT x day`). The
//! name of the window a window specification refines (`OVER (w ORDER BY a)`) must be a
//! plain name. `UNBOUNDED` is reserved, which PostgreSQL's is not, so that `UNBOUNDED
//! PRECEDING` has one reading.

pub mod ast;
mod depth;
mod lexer;
mod parser;
mod print;
mod teardown;

pub use print::print;

/// The reserved keywords, in upper case: names only when quoted (`"order"`).
pub const RESERVED_KEYWORDS: &[&str] = &[
    "ALL",
    "ANALYZE",
    "AND",
    "ANY",
    "ARRAY",
    "AS",
    "ASC",
    "AUTHORIZATION",
    "BETWEEN",
    "BOTH",
    "BY",
    "CASE",
    "CAST",
    "CHECK",
    "COLLATE",
    "COLUMN",
    "CONCURRENTLY",
    "CONSTRAINT",
    "CREATE",
    "CROSS",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DISTINCT",
    "DO",
    "DOUBLE",
    "DROP",
    "ELSE",
    "END",
    "ESCAPE",
    "EXCEPT",
    "EXISTS",
    "EXTRACT",
    "FALSE",
    "FETCH",
    "FOR",
    "FOREIGN",
    "FROM",
    "FULL",
    "GRANT",
    "GROUP",
    "HAVING",
    "IF",
    "ILIKE",
    "IN",
    "INNER",
    "INSERT",
    "INTERSECT",
    "INTERVAL",
    "INTO",
    "IS",
    "JOIN",
    "LATERAL",
    "LEADING",
    "LEFT",
    "LIKE",
    "LIMIT",
    "NATURAL",
    "NOT",
    "NULL",
    "OF",
    "OFFSET",
    "ON",
    "OR",
    "ORDER",
    "OUTER",
    "OVERLAPS",
    "OVERLAY",
    "PLACING",
    "POSITION",
    "PRIMARY",
    "RECURSIVE",
    "REFERENCES",
    "RETURNING",
    "REVOKE",
    "RIGHT",
    "SELECT",
    "SET",
    "SIMILAR",
    "SOME",
    "SUBSTRING",
    "TABLE",
    "THEN",
    "TO",
    "TRAILING",
    "TRIM",
    "TRUE",
    "TRY_CAST",
    "UNBOUNDED",
    "UNION",
    "UNIQUE",
    "UPDATE",
    "USING",
    "VALUES",
    "VIEW",
    "WHEN",
    "WHERE",
    "WINDOW",
    "WITH",
];

/// The keywords that are not reserved, in upper case: names wherever a name may stand, but not
/// aliases without `AS`.
pub const NON_RESERVED_KEYWORDS: &[&str] = &[
    "ACTION",
    "ADD",
    "ALTER",
    "ALWAYS",
    "AT",
    "BEGIN",
    "BINARY",
    "CACHE",
    "CASCADE",
    "CEIL",
    "CHARACTER",
    "COMMENT",
    "COMMIT",
    "COMMITTED",
    "CONFLICT",
    "CONTINUE",
    "COPY",
    "CSV",
    "CUBE",
    "CURRENT",
    "CYCLE",
    "DATA",
    "DATE",
    "DAY",
    "DEALLOCATE",
    "DELIMITER",
    "ENCODING",
    "ENUM",
    "EXCLUDE",
    "EXECUTE",
    "EXPLAIN",
    "EXTENSION",
    "FILTER",
    "FIRST",
    "FLOOR",
    "FOLLOWING",
    "FORCE",
    "FREEZE",
    "GENERATED",
    "GROUPING",
    "GROUPS",
    "HEADER",
    "HOUR",
    "IDENTITY",
    "INCLUDE",
    "INCREMENT",
    "INDEX",
    "ISOLATION",
    "KEY",
    "LANGUAGE",
    "LAST",
    "LEVEL",
    "LISTEN",
    "LOCAL",
    "LOCKED",
    "MATCHED",
    "MATERIALIZED",
    "MAXVALUE",
    "MERGE",
    "MINUTE",
    "MINVALUE",
    "MONTH",
    "NEXT",
    "NO",
    "NOTHING",
    "NOTIFY",
    "NOWAIT",
    "NULLS",
    "ONLY",
    "OPTION",
    "OTHERS",
    "OVER",
    "OWNER",
    "PARTITION",
    "PERCENT",
    "PRECEDING",
    "PRECISION",
    "PREPARE",
    "PRIVILEGES",
    "QUOTE",
    "RANGE",
    "READ",
    "RELEASE",
    "RENAME",
    "REPEATABLE",
    "REPLACE",
    "RESET",
    "RESTART",
    "RESTRICT",
    "ROLLBACK",
    "ROLLUP",
    "ROW",
    "ROWS",
    "SAVEPOINT",
    "SCHEMA",
    "SECOND",
    "SEQUENCE",
    "SERIALIZABLE",
    "SESSION",
    "SETS",
    "SHARE",
    "SHOW",
    "SKIP",
    "START",
    "STDIN",
    "STDOUT",
    "STORED",
    "TABLES",
    "TEMP",
    "TEMPORARY",
    "TIES",
    "TIME",
    "TIMESTAMP",
    "TRANSACTION",
    "TRUNCATE",
    "TYPE",
    "UNCOMMITTED",
    "UNKNOWN",
    "UNLISTEN",
    "UNLOGGED",
    "VACUUM",
    "VARYING",
    "VERBOSE",
    "WITHIN",
    "WITHOUT",
    "WORK",
    "WRITE",
    "YEAR",
    "ZONE",
];

pub use depth::MAX_DEPTH;
pub use lexer::Tok;
#[cfg(feature = "direct")]
pub use parser::DirectSqlParser;
pub use parser::SqlParser;

use ast::Statement;
use depth::DepthGuard;
use sly::ParseError;

/// Parses a script: statements separated by `;` (empty statements are skipped).
///
/// # Errors
/// The first syntax or lexing error, or a statement nested deeper than [`MAX_DEPTH`].
pub fn parse(src: &str) -> Result<Vec<Statement<'_>>, ParseError> {
    parse_with_max_depth(src, Some(MAX_DEPTH))
}

/// Parses a script with a nesting bound of the caller's choice; `None` accepts any depth.
///
/// Parsing and dropping a tree take constant stack space however deep it is; printing it,
/// and its `Clone`, `Debug` and `PartialEq`, recurse once per level, so a caller that lifts the
/// bound walks deep trees with its own iterative code (or on a thread with a large stack).
///
/// ```
/// use sly_grammars::sql;
/// let deep = format!("SELECT {}1{}", "(".repeat(5000), ")".repeat(5000));
/// assert!(sql::parse(&deep).is_err());
/// let stmts = sql::parse_with_max_depth(&deep, None)?;
/// assert_eq!(stmts.len(), 1);
/// # Ok::<(), sly::ParseError>(())
/// ```
///
/// # Errors
/// The first syntax or lexing error, or a statement nested deeper than `max_depth`.
pub fn parse_with_max_depth(
    src: &str,
    max_depth: Option<usize>,
) -> Result<Vec<Statement<'_>>, ParseError> {
    let options = Options {
        max_depth,
        ..Options::default()
    };
    parse_with(src, &options)
}

/// What the parser accepts beyond its default dialect.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The nesting bound; `None` accepts any depth (see [`parse_with_max_depth`]). Default:
    /// `Some(MAX_DEPTH)`.
    pub max_depth: Option<usize>,
    /// Whether `` `name` `` is a quoted name, as in MySQL. Default: `false`, and a backquote is
    /// a lexing error, as in PostgreSQL and standard SQL.
    pub backquoted_identifiers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_depth: Some(MAX_DEPTH),
            backquoted_identifiers: false,
        }
    }
}

impl Options {
    /// The default options with backquoted names on or off.
    pub fn backquoted_identifiers(mut self, on: bool) -> Self {
        self.backquoted_identifiers = on;
        self
    }
}

/// Parses a script with `options`.
///
/// ```
/// use sly_grammars::sql::{self, Options};
/// assert!(sql::parse("SELECT `a` FROM t").is_err());
/// let options = Options::default().backquoted_identifiers(true);
/// let stmts = sql::parse_with("SELECT `a` FROM t", &options)?;
/// assert_eq!(stmts[0].to_string(), "SELECT \"a\" FROM t");
/// # Ok::<(), sly::ParseError>(())
/// ```
///
/// # Errors
/// The first syntax or lexing error, or a statement nested deeper than the bound.
pub fn parse_with<'s>(src: &'s str, options: &Options) -> Result<Vec<Statement<'s>>, ParseError> {
    let tokens = token_stream(src, options.backquoted_identifiers, options.max_depth);
    SqlParser::new(src)
        .parse(tokens)
        .map_err(|e| at_end(e, src.len()))
}

/// The entry points of this module with the parser generated with `codegen = "direct"`
/// ([`DirectSqlParser`], cargo feature `direct`): the same results, errors and recovery.
#[cfg(feature = "direct")]
pub mod direct {
    use super::*;

    /// [`parse_with`](super::parse_with), with [`DirectSqlParser`].
    ///
    /// # Errors
    /// As [`parse_with`](super::parse_with).
    pub fn parse_with<'s>(
        src: &'s str,
        options: &Options,
    ) -> Result<Vec<Statement<'s>>, ParseError> {
        let tokens = token_stream(src, options.backquoted_identifiers, options.max_depth);
        DirectSqlParser::new(src)
            .parse(tokens)
            .map_err(|e| at_end(e, src.len()))
    }

    /// [`parse`](super::parse), with [`DirectSqlParser`].
    ///
    /// # Errors
    /// As [`parse`](super::parse).
    pub fn parse(src: &str) -> Result<Vec<Statement<'_>>, ParseError> {
        parse_with(src, &Options::default())
    }

    /// [`parse_recovering`](super::parse_recovering), with [`DirectSqlParser`].
    pub fn parse_recovering(src: &str) -> (Vec<Statement<'_>>, Vec<ParseError>) {
        let out = DirectSqlParser::new(src).parse_all(token_stream(src, false, Some(MAX_DEPTH)));
        recovered(out, src)
    }
}

/// Turns backquoted names into lexing errors unless they are on.
struct Backquotes<I> {
    inner: I,
    on: bool,
}

impl<I> Backquotes<I> {
    fn new(inner: I, on: bool) -> Self {
        Backquotes { inner, on }
    }
}

impl<'s, I> Iterator for Backquotes<I>
where
    I: Iterator<Item = Result<(Tok<'s>, sly::Span), sly::LexError>>,
{
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        if let Ok((Tok::BackquotedIdent(_), span)) = &item
            && !self.on
        {
            let reason = "backquoted names are off: quote names with `\"`, or turn on \
                          `Options::backquoted_identifiers`";
            return Some(Err(sly::LexError::invalid_token(
                *span,
                "BackquotedIdent",
                Some(reason.to_string()),
            )));
        }
        Some(item)
    }
}

/// Parses a script and recovers from errors with the grammar's `error` rule: a broken
/// statement is skipped up to the next `;`, its first error is reported, and every statement
/// that parsed is returned, in order. Statements nested deeper than [`MAX_DEPTH`] are errors
/// too.
///
/// ```
/// let (stmts, errors) = sly_grammars::sql::parse_recovering("SELECT 1; SELECT FROM t; SELECT 3");
/// assert_eq!(stmts.len(), 2);
/// assert_eq!(errors.len(), 1);
/// assert_eq!(errors[0].found(), Some("From"));
/// ```
pub fn parse_recovering(src: &str) -> (Vec<Statement<'_>>, Vec<ParseError>) {
    parse_recovering_with_max_depth(src, Some(MAX_DEPTH))
}

/// [`parse_recovering`] with a nesting bound of the caller's choice; `None` accepts any depth
/// (see [`parse_with_max_depth`]).
pub fn parse_recovering_with_max_depth(
    src: &str,
    max_depth: Option<usize>,
) -> (Vec<Statement<'_>>, Vec<ParseError>) {
    let out = SqlParser::new(src).parse_all(token_stream(src, false, max_depth));
    recovered(out, src)
}

/// The tokens every entry point parses: the lexer's, with backquoted names refused unless
/// `backquotes`, statements deeper than `max_depth` cut short, and a final `;` supplied.
fn token_stream(
    src: &str,
    backquotes: bool,
    max_depth: Option<usize>,
) -> impl Iterator<Item = Result<(Tok<'_>, sly::Span), sly::LexError>> {
    let tokens = Backquotes::new(Tok::lexer(src), backquotes);
    FinalSemi::new(DepthGuard::new(tokens, max_depth), src.len())
}

/// The statements and errors of a recovering parse of `src`.
fn recovered<'s>(
    out: sly::Parsed<Vec<Statement<'s>>>,
    src: &str,
) -> (Vec<Statement<'s>>, Vec<ParseError>) {
    let errors = out
        .errors
        .into_iter()
        .map(|e| at_end(e, src.len()))
        .collect();
    (out.value.unwrap_or_default(), errors)
}

/// Ends a token stream with a `;` when the script does not end with one, so that the last
/// statement needs none and a broken last statement still recovers at a `;`.
struct FinalSemi<I> {
    inner: I,
    end: usize,
    /// Whether the last token was a `;` (true at the start: an empty script needs none).
    after_semi: bool,
    done: bool,
}

impl<I> FinalSemi<I> {
    fn new(inner: I, end: usize) -> Self {
        FinalSemi {
            inner,
            end,
            after_semi: true,
            done: false,
        }
    }
}

impl<'s, I> Iterator for FinalSemi<I>
where
    I: Iterator<Item = Result<(Tok<'s>, sly::Span), sly::LexError>>,
{
    type Item = I::Item;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.inner.next() {
            Some(item) => {
                self.after_semi = matches!(item, Ok((Tok::Semi, _)));
                Some(item)
            }
            None => {
                self.done = true;
                (!self.after_semi).then(|| Ok((Tok::Semi, sly::Span::new(self.end, self.end))))
            }
        }
    }
}

/// Undoes [`FinalSemi`] in an error: an error on the added `;` is an error at the end of the
/// input, and wherever a `;` may come, so may the end of the input (`$end`).
fn at_end(e: ParseError, end: usize) -> ParseError {
    if e.lex_error().is_some() {
        return e;
    }
    let on_added_semi = e.found() == Some("Semi") && e.span() == sly::Span::new(end, end);
    let semi_expected = e.expected().iter().any(|t| t == "Semi");
    if !on_added_semi && !semi_expected {
        return e;
    }
    let mut expected = Vec::with_capacity(e.expected().len() + 1);
    if semi_expected {
        expected.push("$end".to_string());
    }
    expected.extend(e.expected().iter().cloned());
    let found = if on_added_semi {
        None
    } else {
        e.found().map(str::to_string)
    };
    ParseError::syntax(e.span(), found, expected)
}
