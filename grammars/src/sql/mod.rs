//! A SQL parser: lexer, LALR(1) grammar, typed syntax tree and printer.
//!
//! It reads the SQL of analytic and application workloads: queries with common table
//! expressions, joins, grouping, set operations and subqueries; `INSERT`, `UPDATE` and
//! `DELETE`; `CREATE TABLE`, `CREATE VIEW` and `DROP`. A script is statements separated by
//! `;`; keywords match in any case; `--` and `/* */` comments may stand wherever whitespace
//! may.
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
//! # Reserved words
//!
//! These keywords are reserved: they cannot be names unless quoted (`"order"`).
//!
//! `ALL AND ANY AS ASC BETWEEN BOTH BY CASE CAST CHECK CONSTRAINT CREATE CROSS DEFAULT DELETE
//! DESC DISTINCT DOUBLE DROP ELSE END ESCAPE EXCEPT EXISTS EXTRACT FALSE FETCH FOR FOREIGN
//! FROM FULL GROUP HAVING IF IN INNER INSERT INTERSECT INTERVAL INTO IS JOIN LEADING LEFT LIKE
//! LIMIT NATURAL NOT NULL OFFSET ON OR ORDER OUTER POSITION PRIMARY RECURSIVE REFERENCES
//! RIGHT SELECT SET SOME SUBSTRING TABLE THEN TRAILING TRIM TRUE UNION UNIQUE UPDATE USING
//! VALUES VIEW WHEN WHERE WITH`
//!
//! These keywords are not reserved and may be used as names: `DATE TIME TIMESTAMP YEAR MONTH
//! DAY HOUR MINUTE SECOND FIRST LAST NEXT NULLS ROW ROWS ONLY KEY PRECISION`. As in
//! PostgreSQL, an alias written without `AS` must be a plain name, not one of these
//! keywords: `SELECT x AS day` but not `SELECT x day`.

pub mod ast;
mod depth;
mod lexer;
mod parser;
mod print;

pub use print::print;

pub use depth::MAX_DEPTH;
pub use lexer::Tok;
pub use parser::SqlParser;

use ast::Statement;
use depth::DepthGuard;
use sly::ParseError;

/// Parses a script: statements separated by `;` (empty statements are skipped).
///
/// # Errors
/// The first syntax or lexing error, or a statement nested deeper than [`MAX_DEPTH`].
pub fn parse(src: &str) -> Result<Vec<Statement<'_>>, ParseError> {
    SqlParser::new(src).parse(DepthGuard::new(Tok::lexer(src)))
}

/// Parses a script and recovers from errors: a broken statement is skipped up to the next
/// `;`, its first error is reported, and every statement that parsed is returned, in order.
/// Statements nested deeper than [`MAX_DEPTH`] are errors too.
///
/// ```
/// let (stmts, errors) = sly_grammars::sql::parse_recovering("SELECT 1; SELECT FROM t; SELECT 3");
/// assert_eq!(stmts.len(), 2);
/// assert_eq!(errors.len(), 1);
/// assert_eq!(errors[0].found(), Some("From"));
/// ```
pub fn parse_recovering(src: &str) -> (Vec<Statement<'_>>, Vec<ParseError>) {
    // The script is cut at each `;` (strings and comments are single tokens, so a `;` token
    // always ends a statement) and every piece, its `;` included, is parsed on its own. This
    // stands in for an `error` rule (`entry: error`), which the LR driver of sly-core cannot
    // run yet: its recovery panics when it pops more than one state and then reduces.
    let mut parser = SqlParser::new(src);
    let mut stmts = Vec::new();
    let mut errors = Vec::new();
    let mut lexer = DepthGuard::new(Tok::lexer(src)).peekable();
    while lexer.peek().is_some() {
        let mut piece = Vec::new();
        for item in lexer.by_ref() {
            let end = matches!(item, Ok((Tok::Semi, _)));
            piece.push(item);
            if end {
                break;
            }
        }
        match parser.parse(piece) {
            Ok(s) => stmts.extend(s),
            Err(e) => errors.push(e),
        }
    }
    (stmts, errors)
}
