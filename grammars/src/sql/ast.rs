//! The typed syntax tree of the SQL grammar.
//!
//! Text is borrowed from the source where it can be (`'s`): names, numbers and strings without
//! escapes are slices of the input. Statements and expressions carry the [`Span`] of their
//! text; their `PartialEq` compares structure only and ignores spans, so that two parses of
//! differently laid out text compare equal when they mean the same.
//!
//! Parentheses written in the source are kept as [`ExprKind::Nested`] and
//! [`SetExpr::Query`]; the printer writes them back and adds none of its own, so a tree built
//! by hand must hold a `Nested` wherever the text needs parentheses.

use std::borrow::Cow;

use sly::Span;

/// A name: a column, table, alias, function or type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident<'s> {
    /// The name, with the doubled quotes of a quoted identifier undone.
    pub value: Cow<'s, str>,
    /// Whether it was written between double quotes (and is then case-sensitive).
    pub quoted: bool,
}

impl<'s> Ident<'s> {
    /// An unquoted name.
    pub fn new(value: impl Into<Cow<'s, str>>) -> Self {
        Ident {
            value: value.into(),
            quoted: false,
        }
    }
}

/// A possibly qualified name: `t`, `s.t`, `db.s.t`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectName<'s>(pub Vec<Ident<'s>>);

/// One statement of a script.
#[derive(Debug, Clone)]
pub struct Statement<'s> {
    /// What it is.
    pub kind: StatementKind<'s>,
    /// Its text, without the `;` that ends it.
    pub span: Span,
}

impl PartialEq for Statement<'_> {
    /// Structural equality: spans are ignored.
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

/// The kinds of statements.
#[derive(Debug, Clone, PartialEq)]
pub enum StatementKind<'s> {
    /// `SELECT ...`, `WITH ...`, set operations.
    Query(Box<Query<'s>>),
    /// `INSERT INTO ...`
    Insert(Box<Insert<'s>>),
    /// `UPDATE ... SET ...`
    Update(Box<Update<'s>>),
    /// `DELETE FROM ...`
    Delete(Box<Delete<'s>>),
    /// `CREATE TABLE ...`
    CreateTable(Box<CreateTable<'s>>),
    /// `CREATE [TEMPORARY] TABLE ... AS query`
    CreateTableAs(Box<CreateTableAs<'s>>),
    /// `CREATE [OR REPLACE] [MATERIALIZED] VIEW ... AS ...`
    CreateView(Box<CreateView<'s>>),
    /// `CREATE SCHEMA ...`
    CreateSchema(Box<CreateSchema<'s>>),
    /// `CREATE [TEMPORARY] SEQUENCE ...`
    CreateSequence(Box<CreateSequence<'s>>),
    /// `CREATE TYPE name AS ENUM (...)`
    CreateType(Box<CreateType<'s>>),
    /// `DROP TABLE | VIEW | INDEX | ... [IF EXISTS] names [CASCADE | RESTRICT]`
    Drop(Box<DropObjects<'s>>),
    /// `CREATE [UNIQUE] INDEX ...`
    CreateIndex(Box<CreateIndex<'s>>),
    /// `ALTER TABLE ...`
    AlterTable(Box<AlterTable<'s>>),
    /// `ALTER VIEW | MATERIALIZED VIEW | INDEX | SEQUENCE | TYPE ... RENAME TO | SET SCHEMA |
    /// OWNER TO ...`
    AlterObject(Box<AlterObject<'s>>),
    /// `TRUNCATE [TABLE] names ...`
    Truncate(Box<Truncate<'s>>),
    /// `BEGIN`, `COMMIT`, `ROLLBACK`, `SAVEPOINT`, ...
    Transaction(Box<Transaction<'s>>),
    /// `GRANT ...`
    Grant(Box<Grant<'s>>),
    /// `REVOKE ...`
    Revoke(Box<Revoke<'s>>),
    /// `SET [SESSION | LOCAL] name {TO | =} value, ...`, `SET TIME ZONE value`
    SetVariable(Box<SetVariable<'s>>),
    /// `SET [SESSION | LOCAL] TRANSACTION modes`
    SetTransaction(Box<Vec<TransactionMode>>),
    /// `SHOW name | ALL | TIME ZONE`
    Show(Box<VariableName<'s>>),
    /// `RESET name | ALL | TIME ZONE`
    Reset(Box<VariableName<'s>>),
    /// `EXPLAIN [ANALYZE] [VERBOSE] statement`, `EXPLAIN (options) statement`
    Explain(Box<Explain<'s>>),
    /// `MERGE INTO ... USING ... ON ... WHEN ...`
    Merge(Box<Merge<'s>>),
    /// `COPY ... FROM | TO ...`
    Copy(Box<Copy<'s>>),
    /// `CREATE EXTENSION ...`
    CreateExtension(Box<CreateExtension<'s>>),
    /// `ANALYZE [tables]`
    Analyze(Box<Vec<ObjectName<'s>>>),
    /// `VACUUM [FULL] [ANALYZE] [tables]`
    Vacuum(Box<Vacuum<'s>>),
    /// `DO [LANGUAGE name] 'code'`: an anonymous code block.
    Do(Box<Do<'s>>),
    /// `COMMENT ON object name IS 'text' | NULL`
    Comment(Box<Comment<'s>>),
    /// `LISTEN channel`
    Listen(Box<Ident<'s>>),
    /// `NOTIFY channel [, 'payload']`
    Notify(Box<Notify<'s>>),
    /// `UNLISTEN channel | *` (`None` for `*`)
    Unlisten(Option<Box<Ident<'s>>>),
    /// `PREPARE name [(types)] AS statement`
    Prepare(Box<Prepare<'s>>),
    /// `EXECUTE name [(args)]`
    Execute(Box<Execute<'s>>),
    /// `DEALLOCATE [PREPARE] name | ALL` (`None` for `ALL`)
    Deallocate(Option<Box<Ident<'s>>>),
}

/// A query: common table expressions, a body, and its ordering and row limits.
#[derive(Debug, Clone, PartialEq)]
pub struct Query<'s> {
    /// `WITH [RECURSIVE] ...`
    pub with: Option<With<'s>>,
    /// The select or set operation.
    pub body: SetExpr<'s>,
    /// `ORDER BY ...` (empty when absent).
    pub order_by: Vec<OrderBy<'s>>,
    /// `LIMIT n`
    pub limit: Option<Expr<'s>>,
    /// `OFFSET m [ROWS]`
    pub offset: Option<Expr<'s>>,
    /// `FETCH FIRST [n [PERCENT]] ROWS ONLY | WITH TIES`
    pub fetch: Option<Fetch<'s>>,
    /// `FOR UPDATE | SHARE ...` clauses (empty when absent).
    pub locking: Vec<Locking<'s>>,
}

/// `FETCH FIRST [n [PERCENT]] ROWS ONLY | WITH TIES`
#[derive(Debug, Clone, PartialEq)]
pub struct Fetch<'s> {
    /// The count (one when absent).
    pub count: Option<Expr<'s>>,
    /// `PERCENT`: the count is a percentage of the rows.
    pub percent: bool,
    /// `WITH TIES` (else `ONLY`).
    pub with_ties: bool,
}

/// `FOR strength [OF tables] [NOWAIT | SKIP LOCKED]`
#[derive(Debug, Clone, PartialEq)]
pub struct Locking<'s> {
    /// The lock taken.
    pub strength: LockStrength,
    /// `OF tables` (empty when absent).
    pub of: Vec<ObjectName<'s>>,
    /// `NOWAIT` or `SKIP LOCKED`.
    pub wait: Option<LockWait>,
}

/// The locks of `FOR ...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStrength {
    /// `UPDATE`
    Update,
    /// `NO KEY UPDATE`
    NoKeyUpdate,
    /// `SHARE`
    Share,
    /// `KEY SHARE`
    KeyShare,
}

/// What a locking clause does with rows locked by others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockWait {
    /// `NOWAIT`
    Nowait,
    /// `SKIP LOCKED`
    SkipLocked,
}

impl<'s> Query<'s> {
    /// A query made of `body` alone.
    pub fn from_body(body: SetExpr<'s>) -> Self {
        Query {
            with: None,
            body,
            order_by: Vec::new(),
            limit: None,
            offset: None,
            fetch: None,
            locking: Vec::new(),
        }
    }
}

/// `WITH [RECURSIVE] cte, ...`
#[derive(Debug, Clone, PartialEq)]
pub struct With<'s> {
    /// `RECURSIVE`
    pub recursive: bool,
    /// The common table expressions, in order.
    pub ctes: Vec<Cte<'s>>,
}

/// `name [(columns)] AS [[NOT] MATERIALIZED] (query | data change)`
#[derive(Debug, Clone, PartialEq)]
pub struct Cte<'s> {
    /// The table's name.
    pub name: Ident<'s>,
    /// Its column names (empty when absent).
    pub columns: Vec<Ident<'s>>,
    /// `Some(true)` for `MATERIALIZED`, `Some(false)` for `NOT MATERIALIZED`.
    pub materialized: Option<bool>,
    /// Its rows.
    pub body: CteBody<'s>,
}

/// What a common table expression holds.
#[derive(Debug, Clone, PartialEq)]
pub enum CteBody<'s> {
    /// A query.
    Query(Box<Query<'s>>),
    /// `INSERT ... [RETURNING ...]`
    Insert(Box<Insert<'s>>),
    /// `UPDATE ... [RETURNING ...]`
    Update(Box<Update<'s>>),
    /// `DELETE ... [RETURNING ...]`
    Delete(Box<Delete<'s>>),
}

/// The body of a query.
#[derive(Debug, Clone, PartialEq)]
pub enum SetExpr<'s> {
    /// `SELECT ...`
    Select(Box<Select<'s>>),
    /// A parenthesized query.
    Query(Box<Query<'s>>),
    /// `TABLE name`: all of a table's rows.
    Table(ObjectName<'s>),
    /// `VALUES (...), (...)`: rows of expressions.
    Values(Vec<Vec<Expr<'s>>>),
    /// `left UNION | INTERSECT | EXCEPT [ALL] right`
    SetOp {
        /// Which operation.
        op: SetOp,
        /// `ALL` (`DISTINCT`, the default, is `false`).
        all: bool,
        /// The left operand.
        left: Box<SetExpr<'s>>,
        /// The right operand.
        right: Box<SetExpr<'s>>,
    },
}

/// Set operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetOp {
    /// `UNION`
    Union,
    /// `INTERSECT`
    Intersect,
    /// `EXCEPT`
    Except,
}

/// `SELECT [DISTINCT] items [FROM ...] [WHERE ...] [GROUP BY ...] [HAVING ...]`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Select<'s> {
    /// `DISTINCT` (`ALL`, the default, is `false`).
    pub distinct: bool,
    /// `DISTINCT ON (exprs)` (empty when absent).
    pub distinct_on: Vec<Expr<'s>>,
    /// The select list.
    pub items: Vec<SelectItem<'s>>,
    /// `INTO [TEMPORARY | UNLOGGED] [TABLE] name` (PostgreSQL): the rows make a new table.
    pub into: Option<Box<SelectInto<'s>>>,
    /// `FROM` items, separated by commas (empty when absent).
    pub from: Vec<TableRef<'s>>,
    /// `WHERE`
    pub selection: Option<Expr<'s>>,
    /// `GROUP BY` (empty when absent).
    pub group_by: Vec<Expr<'s>>,
    /// `GROUP BY ALL`: by every select item that is not an aggregate.
    pub group_by_all: bool,
    /// `HAVING`
    pub having: Option<Expr<'s>>,
    /// `WINDOW name AS (spec), ...` (empty when absent).
    pub windows: Vec<NamedWindow<'s>>,
}

/// `INTO [TEMPORARY | UNLOGGED] [TABLE] name` in a `SELECT`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectInto<'s> {
    /// `TEMPORARY` (or `TEMP`) or `UNLOGGED`.
    pub persistence: Option<Persistence>,
    /// Whether `TABLE` was written.
    pub table: bool,
    /// The new table.
    pub name: ObjectName<'s>,
}

/// How a table made by `SELECT ... INTO` is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// `TEMPORARY` or `TEMP`: dropped at the end of the session.
    Temporary,
    /// `UNLOGGED`: not written to the write-ahead log.
    Unlogged,
}

/// `name AS (window specification)` in a `WINDOW` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedWindow<'s> {
    /// The window's name.
    pub name: Ident<'s>,
    /// Its definition.
    pub spec: WindowSpec<'s>,
}

/// `([existing] [PARTITION BY ...] [ORDER BY ...] [frame])`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WindowSpec<'s> {
    /// The window this one refines.
    pub existing: Option<Ident<'s>>,
    /// `PARTITION BY` (empty when absent).
    pub partition_by: Vec<Expr<'s>>,
    /// `ORDER BY` (empty when absent).
    pub order_by: Vec<OrderBy<'s>>,
    /// `ROWS | RANGE | GROUPS ...`
    pub frame: Option<WindowFrame<'s>>,
}

/// `ROWS | RANGE | GROUPS {start | BETWEEN start AND end} [EXCLUDE ...]`
#[derive(Debug, Clone, PartialEq)]
pub struct WindowFrame<'s> {
    /// How the bounds count.
    pub units: FrameUnits,
    /// The first row.
    pub start: FrameBound<'s>,
    /// The last row, when written with `BETWEEN`.
    pub end: Option<FrameBound<'s>>,
    /// `EXCLUDE ...`
    pub exclude: Option<FrameExclude>,
}

/// The units of a window frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameUnits {
    /// `ROWS`
    Rows,
    /// `RANGE`
    Range,
    /// `GROUPS`
    Groups,
}

/// One end of a window frame.
#[derive(Debug, Clone, PartialEq)]
pub enum FrameBound<'s> {
    /// `UNBOUNDED PRECEDING`
    UnboundedPreceding,
    /// `offset PRECEDING`
    Preceding(Box<Expr<'s>>),
    /// `CURRENT ROW`
    CurrentRow,
    /// `offset FOLLOWING`
    Following(Box<Expr<'s>>),
    /// `UNBOUNDED FOLLOWING`
    UnboundedFollowing,
}

/// `EXCLUDE ...` in a window frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameExclude {
    /// `EXCLUDE CURRENT ROW`
    CurrentRow,
    /// `EXCLUDE GROUP`
    Group,
    /// `EXCLUDE TIES`
    Ties,
    /// `EXCLUDE NO OTHERS`
    NoOthers,
}

/// `OVER name` or `OVER (spec)`
#[derive(Debug, Clone, PartialEq)]
pub enum Over<'s> {
    /// `OVER name`
    Named(Ident<'s>),
    /// `OVER (spec)`
    Spec(WindowSpec<'s>),
}

/// One item of a select list.
#[derive(Debug, Clone, PartialEq)]
pub enum SelectItem<'s> {
    /// `expr [AS alias]`
    Expr {
        /// The value.
        expr: Expr<'s>,
        /// Its alias.
        alias: Option<Ident<'s>>,
    },
    /// `*`
    Wildcard,
    /// `t.*`
    QualifiedWildcard(ObjectName<'s>),
}

/// An item of a `FROM` clause.
#[derive(Debug, Clone, PartialEq)]
pub enum TableRef<'s> {
    /// `name [[AS] alias [(columns)]]`
    Table {
        /// The table.
        name: ObjectName<'s>,
        /// Its alias.
        alias: Option<TableAlias<'s>>,
    },
    /// `[LATERAL] (query) [[AS] alias [(columns)]]`
    Derived {
        /// `LATERAL`
        lateral: bool,
        /// The subquery.
        query: Box<Query<'s>>,
        /// Its alias.
        alias: Option<TableAlias<'s>>,
    },
    /// `[LATERAL] function(args) [[AS] alias [(columns)]]`: a set-returning function.
    Function {
        /// `LATERAL`
        lateral: bool,
        /// The call.
        function: Box<Function<'s>>,
        /// Its alias.
        alias: Option<TableAlias<'s>>,
    },
    /// `left [kind] JOIN right [ON ... | USING (...)]`
    Join {
        /// The left side (a join itself when joins are chained).
        left: Box<TableRef<'s>>,
        /// The kind of join.
        kind: JoinKind,
        /// The right side: a table or derived table.
        right: Box<TableRef<'s>>,
        /// `ON` or `USING`, when given.
        constraint: JoinConstraint<'s>,
    },
}

/// `alias [(c1, c2, ...)]`
#[derive(Debug, Clone, PartialEq)]
pub struct TableAlias<'s> {
    /// The alias.
    pub name: Ident<'s>,
    /// Column aliases (empty when absent).
    pub columns: Vec<Ident<'s>>,
}

/// Kinds of joins. `OUTER` is implied by `LEFT`, `RIGHT` and `FULL`; `JOIN` is `INNER JOIN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinKind {
    /// `[INNER] JOIN`
    Inner,
    /// `LEFT [OUTER] JOIN`
    Left,
    /// `RIGHT [OUTER] JOIN`
    Right,
    /// `FULL [OUTER] JOIN`
    Full,
    /// `CROSS JOIN`
    Cross,
    /// `NATURAL [INNER] JOIN`
    Natural,
    /// `NATURAL LEFT [OUTER] JOIN`
    NaturalLeft,
    /// `NATURAL RIGHT [OUTER] JOIN`
    NaturalRight,
    /// `NATURAL FULL [OUTER] JOIN`
    NaturalFull,
}

/// How a join matches rows.
#[derive(Debug, Clone, PartialEq)]
pub enum JoinConstraint<'s> {
    /// `ON condition`
    On(Expr<'s>),
    /// `USING (c1, c2, ...) [AS alias]`
    Using {
        /// The columns.
        columns: Vec<Ident<'s>>,
        /// A name for the joined columns.
        alias: Option<Ident<'s>>,
    },
    /// Nothing: cross and natural joins.
    None,
}

/// `expr [ASC | DESC] [NULLS FIRST | LAST]`
#[derive(Debug, Clone, PartialEq)]
pub struct OrderBy<'s> {
    /// The sort key.
    pub expr: Expr<'s>,
    /// `Some(true)` for `ASC`, `Some(false)` for `DESC`.
    pub asc: Option<bool>,
    /// `Some(true)` for `NULLS FIRST`, `Some(false)` for `NULLS LAST`.
    pub nulls_first: Option<bool>,
}

/// An expression with its span.
#[derive(Debug, Clone)]
pub struct Expr<'s> {
    /// What it is.
    pub kind: ExprKind<'s>,
    /// Its text.
    pub span: Span,
}

impl PartialEq for Expr<'_> {
    /// Structural equality: spans are ignored.
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

impl<'s> Expr<'s> {
    /// An expression with `span`.
    pub fn new(kind: ExprKind<'s>, span: Span) -> Self {
        Expr { kind, span }
    }
}

/// The kinds of expressions.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind<'s> {
    /// A column or other name: `x`.
    Identifier(Ident<'s>),
    /// A qualified name: `t.x`, `s.t.x`.
    CompoundIdentifier(Vec<Ident<'s>>),
    /// A constant.
    Literal(Literal<'s>),
    /// `?`, `$1` or `:name`, as written.
    Parameter(&'s str),
    /// `NOT e`, `-e`, `+e`
    Unary {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        expr: Box<Expr<'s>>,
    },
    /// `left op right`
    Binary {
        /// The left operand.
        left: Box<Expr<'s>>,
        /// The operator.
        op: BinaryOp,
        /// The right operand.
        right: Box<Expr<'s>>,
    },
    /// `e IS [NOT] TRUE | FALSE | UNKNOWN`
    IsBool {
        /// The operand.
        expr: Box<Expr<'s>>,
        /// `IS NOT`
        negated: bool,
        /// `Some(true)` for `TRUE`, `Some(false)` for `FALSE`, `None` for `UNKNOWN`.
        value: Option<bool>,
    },
    /// `e IS [NOT] NULL`
    IsNull {
        /// The operand.
        expr: Box<Expr<'s>>,
        /// `IS NOT NULL`
        negated: bool,
    },
    /// `a IS [NOT] DISTINCT FROM b`
    IsDistinctFrom {
        /// The left operand.
        left: Box<Expr<'s>>,
        /// `IS NOT DISTINCT FROM`
        negated: bool,
        /// The right operand.
        right: Box<Expr<'s>>,
    },
    /// `e [NOT] BETWEEN low AND high`
    Between {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// `NOT BETWEEN`
        negated: bool,
        /// The lower bound.
        low: Box<Expr<'s>>,
        /// The upper bound.
        high: Box<Expr<'s>>,
    },
    /// `e [NOT] IN (a, b, ...)`
    InList {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// `NOT IN`
        negated: bool,
        /// The list.
        list: Vec<Expr<'s>>,
    },
    /// `e [NOT] IN (query)`
    InSubquery {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// `NOT IN`
        negated: bool,
        /// The subquery.
        query: Box<Query<'s>>,
    },
    /// `e [NOT] LIKE | ILIKE | SIMILAR TO pattern [ESCAPE c]`
    Like {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// Which operator.
        op: PatternOp,
        /// `NOT LIKE`
        negated: bool,
        /// The pattern.
        pattern: Box<Expr<'s>>,
        /// The escape character.
        escape: Option<Box<Expr<'s>>>,
    },
    /// `left op ANY | ALL (query)`; `SOME` is read as `ANY`.
    AnyAll {
        /// The left operand.
        left: Box<Expr<'s>>,
        /// The comparison.
        op: BinaryOp,
        /// `ALL` (else `ANY`).
        all: bool,
        /// The subquery.
        query: Box<Query<'s>>,
    },
    /// `CASE [operand] WHEN ... THEN ... [ELSE ...] END`
    Case {
        /// The operand of a simple `CASE`.
        operand: Option<Box<Expr<'s>>>,
        /// `WHEN condition THEN result` pairs.
        whens: Vec<(Expr<'s>, Expr<'s>)>,
        /// `ELSE result`
        else_result: Option<Box<Expr<'s>>>,
    },
    /// `CAST(e AS type)`, `e::type`
    Cast {
        /// How it is written.
        style: CastStyle,
        /// The value.
        expr: Box<Expr<'s>>,
        /// The target type.
        data_type: Box<DataType<'s>>,
    },
    /// `name(args)`, `name(*)`, `name(DISTINCT args)`
    Function(Box<Function<'s>>),
    /// `EXTRACT(field FROM e)`
    Extract {
        /// The field: `YEAR`, `MONTH`, ... as written.
        field: Ident<'s>,
        /// The value.
        expr: Box<Expr<'s>>,
    },
    /// `SUBSTRING(e FROM start [FOR length])`
    Substring {
        /// The string.
        expr: Box<Expr<'s>>,
        /// The first position.
        from: Option<Box<Expr<'s>>>,
        /// The length.
        length: Option<Box<Expr<'s>>>,
    },
    /// `OVERLAY(e PLACING replacement FROM start [FOR length])`
    Overlay {
        /// The string.
        expr: Box<Expr<'s>>,
        /// What replaces the part.
        placing: Box<Expr<'s>>,
        /// The part's first position.
        from: Box<Expr<'s>>,
        /// The part's length.
        length: Option<Box<Expr<'s>>>,
    },
    /// `(a, b, ...)`: a row of two or more values; `()`, the empty grouping set, has none.
    Row(Vec<Expr<'s>>),
    /// `GROUPING SETS (set, ...)`, `ROLLUP (e, ...)` or `CUBE (e, ...)` in `GROUP BY`. One
    /// variant for the three: every variant enlarges the stack frame of the recursive
    /// `Clone` of a debug build, which [`MAX_DEPTH`](super::MAX_DEPTH) levels must fit.
    GroupingSets {
        /// Which of the three.
        kind: GroupingKind,
        /// The sets, or the elements they are made of.
        items: Vec<Expr<'s>>,
    },
    /// `(e).field`
    FieldAccess {
        /// The composite value.
        expr: Box<Expr<'s>>,
        /// The field.
        field: Ident<'s>,
    },
    /// `CEIL(e TO unit)` or `FLOOR(e TO unit)`: a date or time rounded up or down to a unit.
    RoundTo {
        /// `FLOOR` rather than `CEIL`.
        floor: bool,
        /// What is rounded.
        expr: Box<Expr<'s>>,
        /// To what.
        unit: IntervalUnit,
    },
    /// `POSITION(needle IN haystack)`
    Position {
        /// What is searched.
        needle: Box<Expr<'s>>,
        /// Where.
        haystack: Box<Expr<'s>>,
    },
    /// `TRIM([LEADING | TRAILING | BOTH] [what] FROM e)` and `TRIM(e)`
    Trim {
        /// Which end.
        side: Option<TrimSide>,
        /// The characters trimmed.
        what: Option<Box<Expr<'s>>>,
        /// The string.
        expr: Box<Expr<'s>>,
    },
    /// `DEFAULT`: the column's default, in `VALUES` and `SET`.
    Default,
    /// `e [NOT] LIKE | ILIKE | SIMILAR TO ANY | ALL (patterns)`
    LikeAnyAll {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// Which operator.
        op: PatternOp,
        /// `NOT LIKE`
        negated: bool,
        /// `ALL` (else `ANY`).
        all: bool,
        /// The patterns: an array or a list.
        patterns: Vec<Expr<'s>>,
    },
    /// `e [NOT] LIKE | ILIKE | SIMILAR TO ANY | ALL (query)`: the patterns are the query's
    /// rows.
    LikeAnyAllQuery {
        /// The tested value.
        expr: Box<Expr<'s>>,
        /// Which operator.
        op: PatternOp,
        /// `NOT LIKE`
        negated: bool,
        /// `ALL` (else `ANY`).
        all: bool,
        /// The subquery.
        query: Box<Query<'s>>,
    },
    /// `left op ANY | ALL (array)`; `SOME` is read as `ANY`.
    AnyAllArray {
        /// The left operand.
        left: Box<Expr<'s>>,
        /// The comparison.
        op: BinaryOp,
        /// `ALL` (else `ANY`).
        all: bool,
        /// The array.
        right: Box<Expr<'s>>,
    },
    /// `ARRAY[a, b, ...]`
    Array(Vec<Expr<'s>>),
    /// `ARRAY(query)`
    ArraySubquery(Box<Query<'s>>),
    /// `e[index]`
    Subscript {
        /// The array.
        expr: Box<Expr<'s>>,
        /// The index.
        index: Box<Expr<'s>>,
    },
    /// `e[lower:upper]`, either bound omitted.
    Slice {
        /// The array.
        expr: Box<Expr<'s>>,
        /// The first index.
        lower: Option<Box<Expr<'s>>>,
        /// The last index.
        upper: Option<Box<Expr<'s>>>,
    },
    /// `e AT TIME ZONE zone`
    AtTimeZone {
        /// The timestamp.
        expr: Box<Expr<'s>>,
        /// The zone.
        zone: Box<Expr<'s>>,
    },
    /// `e COLLATE collation`
    Collate {
        /// The string.
        expr: Box<Expr<'s>>,
        /// The collation.
        collation: ObjectName<'s>,
    },
    /// `EXISTS (query)`
    Exists(Box<Query<'s>>),
    /// A scalar subquery `(query)`.
    Subquery(Box<Query<'s>>),
    /// `(e)`
    Nested(Box<Expr<'s>>),
}

/// How a cast is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CastStyle {
    /// `CAST(e AS type)`
    Cast,
    /// `e::type`
    DoubleColon,
    /// `TRY_CAST(e AS type)`: `NULL` where the cast fails.
    TryCast,
}

/// The pattern-matching operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternOp {
    /// `LIKE`
    Like,
    /// `ILIKE`
    ILike,
    /// `SIMILAR TO`
    SimilarTo,
}

/// A function call: `name([DISTINCT] args [ORDER BY ...]) [WITHIN GROUP (ORDER BY ...)]
/// [FILTER (WHERE ...)] [OVER ...]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function<'s> {
    /// The function's name.
    pub name: ObjectName<'s>,
    /// `DISTINCT` before the arguments.
    pub distinct: bool,
    /// The arguments.
    pub args: FunctionArgs<'s>,
    /// The clauses of an aggregate or window call; `None` for a plain call, the common case,
    /// which so allocates no room for them.
    pub clauses: Option<Box<CallClauses<'s>>>,
}

/// The clauses of an aggregate or window call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallClauses<'s> {
    /// `ORDER BY` after the arguments (empty when absent).
    pub order_by: Vec<OrderBy<'s>>,
    /// `WITHIN GROUP (ORDER BY ...)` (empty when absent).
    pub within_group: Vec<OrderBy<'s>>,
    /// `FILTER (WHERE condition)`
    pub filter: Option<Expr<'s>>,
    /// `OVER window`: a window function call.
    pub over: Option<Over<'s>>,
}

/// The arguments of a function call.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionArgs<'s> {
    /// `(*)`, as in `COUNT(*)`.
    Star,
    /// `(a, b, ...)`, perhaps empty.
    List(Vec<Expr<'s>>),
}

/// Constants.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal<'s> {
    /// An integer, decimal or exponent literal, as written.
    Number(&'s str),
    /// `'text'`, with the doubled quotes undone.
    String(Cow<'s, str>),
    /// `E'text'`: the text between the quotes as written, backslash escapes kept.
    EscapeString(&'s str),
    /// `N'text'`, with the doubled quotes undone.
    NationalString(Cow<'s, str>),
    /// `X'1F'`: the hexadecimal digits.
    HexString(&'s str),
    /// `$tag$text$tag$`
    DollarString {
        /// The tag between the dollars (empty for `$$`).
        tag: &'s str,
        /// The text between the delimiters.
        value: &'s str,
    },
    /// `type 'text'`: a constant of a type named by a plain name (`uuid '...'`,
    /// `timestamptz '...'`).
    TypedString {
        /// The type's name, a plain name as written. (A slice rather than an [`Ident`]
        /// keeps `Literal`, and so every `Expr`, small.)
        type_name: &'s str,
        /// The text between the quotes.
        value: Cow<'s, str>,
    },
    /// `TRUE` or `FALSE`.
    Boolean(bool),
    /// `NULL`
    Null,
    /// `DATE '...'`, `TIME '...'`, `TIMESTAMP '...'`
    Typed {
        /// Which type.
        kind: TypedKind,
        /// The text between the quotes.
        value: Cow<'s, str>,
    },
    /// `INTERVAL '...' [unit [(precision)]]`
    Interval {
        /// The text between the quotes.
        value: Cow<'s, str>,
        /// The unit.
        unit: Option<IntervalUnit>,
        /// The precision after the unit.
        precision: Option<&'s str>,
        /// The last unit of a range: `DAY TO SECOND`.
        to: Option<IntervalUnit>,
    },
}

/// The types of typed literals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedKind {
    /// `DATE`
    Date,
    /// `TIME`
    Time,
    /// `TIMESTAMP`
    Timestamp,
}

/// Units of `INTERVAL` literals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntervalUnit {
    /// `YEAR`
    Year,
    /// `MONTH`
    Month,
    /// `DAY`
    Day,
    /// `HOUR`
    Hour,
    /// `MINUTE`
    Minute,
    /// `SECOND`
    Second,
}

/// The kinds of grouping element that list grouping sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupingKind {
    /// `GROUPING SETS (set, ...)`: the sets listed.
    Sets,
    /// `ROLLUP (e, ...)`: the set of each prefix of the list, the empty one too.
    Rollup,
    /// `CUBE (e, ...)`: the set of each subset of the list.
    Cube,
}

/// Sides of `TRIM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrimSide {
    /// `LEADING`
    Leading,
    /// `TRAILING`
    Trailing,
    /// `BOTH`
    Both,
}

/// Prefix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `NOT`
    Not,
    /// `-`
    Minus,
    /// `+`
    Plus,
}

/// Infix operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    /// `OR`
    Or,
    /// `AND`
    And,
    /// `=`
    Eq,
    /// `<>` (also written `!=`)
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtEq,
    /// `>`
    Gt,
    /// `>=`
    GtEq,
    /// `||`
    Concat,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Multiply,
    /// `/`
    Divide,
    /// `%`
    Modulo,
    /// `OVERLAPS`
    Overlaps,
    /// `->`
    JsonGet,
    /// `->>`
    JsonGetText,
    /// `#>`
    JsonPath,
    /// `#>>`
    JsonPathText,
    /// `@>`
    Contains,
    /// `<@`
    ContainedBy,
    /// `&&`
    Overlap,
    /// `~`
    RegexMatch,
    /// `~*`
    RegexIMatch,
    /// `!~`
    NotRegexMatch,
    /// `!~*`
    NotRegexIMatch,
    /// `|`
    BitOr,
    /// `&`
    BitAnd,
    /// `#`
    BitXor,
    /// `<<`
    ShiftLeft,
    /// `>>`
    ShiftRight,
    /// `^`
    Power,
}

/// A column or cast type: `INT`, `VARCHAR(25)`, `DECIMAL(15, 2)`, `DOUBLE PRECISION`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataType<'s> {
    /// The type's name.
    pub name: TypeName<'s>,
    /// Its parameters, as written (empty when absent).
    pub params: Vec<&'s str>,
    /// The number of `[]` after it: the dimensions of an array type.
    pub array_dims: usize,
}

/// A type's name.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeName<'s> {
    /// `DOUBLE PRECISION`
    DoublePrecision,
    /// `CHARACTER VARYING`
    CharacterVarying,
    /// `TIME | TIMESTAMP WITH | WITHOUT TIME ZONE`
    TimeZoned {
        /// `TIMESTAMP` (else `TIME`).
        timestamp: bool,
        /// `WITH TIME ZONE` (else `WITHOUT`).
        with_time_zone: bool,
    },
    /// Any other name, as written.
    Named(Ident<'s>),
}

/// `INSERT INTO table [(columns)] VALUES (...), ... | query | DEFAULT VALUES [ON CONFLICT ...]
/// [RETURNING ...]`
#[derive(Debug, Clone, PartialEq)]
pub struct Insert<'s> {
    /// `WITH ...` before it.
    pub with: Option<With<'s>>,
    /// The table.
    pub table: ObjectName<'s>,
    /// `AS alias`
    pub alias: Option<Ident<'s>>,
    /// The column list (empty when absent).
    pub columns: Vec<Ident<'s>>,
    /// The rows.
    pub source: InsertSource<'s>,
    /// `ON CONFLICT ...`
    pub on_conflict: Option<OnConflict<'s>>,
    /// `RETURNING ...` (empty when absent).
    pub returning: Vec<SelectItem<'s>>,
}

/// Where inserted rows come from.
#[derive(Debug, Clone, PartialEq)]
pub enum InsertSource<'s> {
    /// `VALUES (...), (...)`
    Values(Vec<Vec<Expr<'s>>>),
    /// A query.
    Query(Box<Query<'s>>),
    /// `DEFAULT VALUES`
    DefaultValues,
}

/// `ON CONFLICT [target] DO NOTHING | DO UPDATE SET ... [WHERE ...]`
#[derive(Debug, Clone, PartialEq)]
pub struct OnConflict<'s> {
    /// Which conflicts.
    pub target: Option<ConflictTarget<'s>>,
    /// What to do.
    pub action: ConflictAction<'s>,
}

/// The conflicts `ON CONFLICT` handles.
#[derive(Debug, Clone, PartialEq)]
pub enum ConflictTarget<'s> {
    /// `(key, ...) [WHERE condition]`: the keys of a unique index.
    Index {
        /// The keys: columns ([`ExprKind::Identifier`]), calls ([`ExprKind::Function`]) and
        /// expressions in parentheses ([`ExprKind::Nested`]): `(a, lower(b), (c + 1))`.
        keys: Vec<Expr<'s>>,
        /// The predicate of a partial index.
        selection: Option<Expr<'s>>,
    },
    /// `ON CONSTRAINT name`
    Constraint(Ident<'s>),
}

/// What `ON CONFLICT` does.
#[derive(Debug, Clone, PartialEq)]
pub enum ConflictAction<'s> {
    /// `DO NOTHING`
    Nothing,
    /// `DO UPDATE SET c = e, ... [WHERE ...]`
    Update {
        /// `column = value` pairs.
        assignments: Vec<(Ident<'s>, Expr<'s>)>,
        /// `WHERE`
        selection: Option<Expr<'s>>,
    },
}

/// `UPDATE table [[AS] alias] SET c = e, ... [FROM ...] [WHERE ...] [RETURNING ...]`
#[derive(Debug, Clone, PartialEq)]
pub struct Update<'s> {
    /// `WITH ...` before it.
    pub with: Option<With<'s>>,
    /// The table.
    pub table: ObjectName<'s>,
    /// Its alias.
    pub alias: Option<Ident<'s>>,
    /// `column = value` pairs.
    pub assignments: Vec<(Ident<'s>, Expr<'s>)>,
    /// `FROM` items (empty when absent).
    pub from: Vec<TableRef<'s>>,
    /// `WHERE`
    pub selection: Option<Expr<'s>>,
    /// `RETURNING ...` (empty when absent).
    pub returning: Vec<SelectItem<'s>>,
}

/// `DELETE FROM table [[AS] alias] [USING ...] [WHERE ...] [RETURNING ...]`
#[derive(Debug, Clone, PartialEq)]
pub struct Delete<'s> {
    /// `WITH ...` before it.
    pub with: Option<With<'s>>,
    /// The table.
    pub table: ObjectName<'s>,
    /// Its alias.
    pub alias: Option<Ident<'s>>,
    /// `USING` items (empty when absent).
    pub using: Vec<TableRef<'s>>,
    /// `WHERE`
    pub selection: Option<Expr<'s>>,
    /// `RETURNING ...` (empty when absent).
    pub returning: Vec<SelectItem<'s>>,
}

/// `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(columns)] AS query`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTableAs<'s> {
    /// `TEMPORARY` (or `TEMP`)
    pub temporary: bool,
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The table.
    pub name: ObjectName<'s>,
    /// Its column names (empty when absent).
    pub columns: Vec<Ident<'s>>,
    /// The rows.
    pub query: Box<Query<'s>>,
}

/// `CREATE SCHEMA [IF NOT EXISTS] [name] [AUTHORIZATION role]`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSchema<'s> {
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The schema (the role's name when absent).
    pub name: Option<Ident<'s>>,
    /// `AUTHORIZATION role`
    pub authorization: Option<Ident<'s>>,
}

/// `CREATE [TEMPORARY] SEQUENCE [IF NOT EXISTS] name [options]`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSequence<'s> {
    /// `TEMPORARY` (or `TEMP`)
    pub temporary: bool,
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The sequence.
    pub name: ObjectName<'s>,
    /// Its options, in order.
    pub options: Vec<SequenceOption<'s>>,
}

/// An option of `CREATE SEQUENCE`.
#[derive(Debug, Clone, PartialEq)]
pub enum SequenceOption<'s> {
    /// `INCREMENT [BY] n`
    Increment(Expr<'s>),
    /// `MINVALUE n`, or `NO MINVALUE` (`None`)
    MinValue(Option<Expr<'s>>),
    /// `MAXVALUE n`, or `NO MAXVALUE` (`None`)
    MaxValue(Option<Expr<'s>>),
    /// `START [WITH] n`
    Start(Expr<'s>),
    /// `CACHE n`
    Cache(Expr<'s>),
    /// `CYCLE` (`true`) or `NO CYCLE`
    Cycle(bool),
}

/// `CREATE TYPE name AS ENUM ('label', ...)`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateType<'s> {
    /// The type.
    pub name: ObjectName<'s>,
    /// Its labels, in order.
    pub labels: Vec<Cow<'s, str>>,
}

/// `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (elements)`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTable<'s> {
    /// `TEMPORARY` (or `TEMP`)
    pub temporary: bool,
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The table.
    pub name: ObjectName<'s>,
    /// Column definitions and table constraints, in order.
    pub elements: Vec<TableElement<'s>>,
}

/// An element of `CREATE TABLE`.
#[derive(Debug, Clone, PartialEq)]
pub enum TableElement<'s> {
    /// A column.
    Column(ColumnDef<'s>),
    /// A table constraint.
    Constraint(TableConstraint<'s>),
}

/// `name type constraints...`
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnDef<'s> {
    /// The column's name.
    pub name: Ident<'s>,
    /// Its type.
    pub data_type: DataType<'s>,
    /// Its constraints, in order.
    pub constraints: Vec<ColumnConstraint<'s>>,
}

/// `[CONSTRAINT name] kind` after a column's type.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnConstraint<'s> {
    /// The constraint's name.
    pub name: Option<Ident<'s>>,
    /// What it requires.
    pub kind: ColumnConstraintKind<'s>,
}

/// Column constraints.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnConstraintKind<'s> {
    /// `NOT NULL`
    NotNull,
    /// `NULL`
    Null,
    /// `DEFAULT e`
    Default(Expr<'s>),
    /// `PRIMARY KEY`
    PrimaryKey,
    /// `UNIQUE`
    Unique,
    /// `REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action]`
    References {
        /// The referenced table.
        table: ObjectName<'s>,
        /// The referenced columns (empty when absent).
        columns: Vec<Ident<'s>>,
        /// What deletes and updates of the referenced rows do.
        actions: RefActions,
    },
    /// `CHECK (e)`
    Check(Expr<'s>),
    /// `GENERATED ALWAYS | BY DEFAULT AS IDENTITY`
    Identity {
        /// `ALWAYS` (else `BY DEFAULT`).
        always: bool,
    },
    /// `GENERATED ALWAYS AS (e) STORED`
    Generated(Expr<'s>),
}

/// `[ON DELETE action] [ON UPDATE action]` of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RefActions {
    /// `ON DELETE`
    pub on_delete: Option<RefAction>,
    /// `ON UPDATE`
    pub on_update: Option<RefAction>,
}

/// What a foreign key does when the row it references goes or changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefAction {
    /// `NO ACTION`
    NoAction,
    /// `RESTRICT`
    Restrict,
    /// `CASCADE`
    Cascade,
    /// `SET NULL`
    SetNull,
    /// `SET DEFAULT`
    SetDefault,
}

/// `[CONSTRAINT name] kind` as an element of `CREATE TABLE`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableConstraint<'s> {
    /// The constraint's name.
    pub name: Option<Ident<'s>>,
    /// What it requires.
    pub kind: TableConstraintKind<'s>,
}

/// Table constraints.
#[derive(Debug, Clone, PartialEq)]
pub enum TableConstraintKind<'s> {
    /// `PRIMARY KEY (columns)`
    PrimaryKey(Vec<Ident<'s>>),
    /// `UNIQUE (columns)`
    Unique(Vec<Ident<'s>>),
    /// `FOREIGN KEY (columns) REFERENCES table [(columns)]`
    ForeignKey {
        /// The referencing columns.
        columns: Vec<Ident<'s>>,
        /// The referenced table.
        table: ObjectName<'s>,
        /// The referenced columns (empty when absent).
        referred: Vec<Ident<'s>>,
        /// What deletes and updates of the referenced rows do.
        actions: RefActions,
    },
    /// `CHECK (e)`
    Check(Expr<'s>),
}

/// `CREATE [OR REPLACE] [MATERIALIZED] VIEW [IF NOT EXISTS] name [(columns)] AS query`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateView<'s> {
    /// `OR REPLACE`
    pub or_replace: bool,
    /// `MATERIALIZED`
    pub materialized: bool,
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The view.
    pub name: ObjectName<'s>,
    /// Its column names (empty when absent).
    pub columns: Vec<Ident<'s>>,
    /// Its query.
    pub query: Box<Query<'s>>,
}

/// `DROP object [IF EXISTS] names [CASCADE | RESTRICT]`
#[derive(Debug, Clone, PartialEq)]
pub struct DropObjects<'s> {
    /// What is dropped.
    pub object: ObjectType,
    /// `IF EXISTS`
    pub if_exists: bool,
    /// The names.
    pub names: Vec<ObjectName<'s>>,
    /// `CASCADE | RESTRICT`
    pub behavior: Option<DropBehavior>,
}

/// `MERGE INTO table [[AS] alias] USING source ON condition WHEN ...`
#[derive(Debug, Clone, PartialEq)]
pub struct Merge<'s> {
    /// The target table.
    pub table: ObjectName<'s>,
    /// Its alias.
    pub alias: Option<Ident<'s>>,
    /// The rows merged in.
    pub source: TableRef<'s>,
    /// How source rows match target rows.
    pub on: Expr<'s>,
    /// The `WHEN` clauses, in order.
    pub clauses: Vec<MergeClause<'s>>,
}

/// `WHEN [NOT] MATCHED [AND condition] THEN action`
#[derive(Debug, Clone, PartialEq)]
pub struct MergeClause<'s> {
    /// `MATCHED` (else `NOT MATCHED`).
    pub matched: bool,
    /// `AND condition`
    pub condition: Option<Expr<'s>>,
    /// What is done.
    pub action: MergeAction<'s>,
}

/// The actions of `MERGE`.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeAction<'s> {
    /// `UPDATE SET c = e, ...`
    Update(Vec<(Ident<'s>, Expr<'s>)>),
    /// `DELETE`
    Delete,
    /// `INSERT [(columns)] VALUES (...)`
    Insert {
        /// The columns (empty when absent).
        columns: Vec<Ident<'s>>,
        /// The values.
        values: Vec<Expr<'s>>,
    },
    /// `INSERT DEFAULT VALUES`
    InsertDefaultValues,
    /// `DO NOTHING`
    DoNothing,
}

/// `COPY table [(columns)] | (query) FROM | TO 'file' | STDIN | STDOUT [[WITH] (options) |
/// [WITH] legacy options]`
#[derive(Debug, Clone, PartialEq)]
pub struct Copy<'s> {
    /// What is copied.
    pub source: CopySource<'s>,
    /// `TO` (else `FROM`).
    pub to: bool,
    /// Where from or to.
    pub target: CopyTarget<'s>,
    /// The options in parentheses (empty when absent).
    pub options: Vec<(Ident<'s>, Option<Expr<'s>>)>,
    /// The options without parentheses, in the syntax from before PostgreSQL 9.0 (empty when
    /// absent): `WITH CSV HEADER`.
    pub legacy_options: Vec<CopyLegacyOption<'s>>,
}

/// An option of `COPY` written without parentheses, as PostgreSQL documents the syntax from
/// before its 9.0 and still reads: `COPY t FROM STDIN WITH CSV HEADER`.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyLegacyOption<'s> {
    /// `BINARY`
    Binary,
    /// `FREEZE`
    Freeze,
    /// `DELIMITER [AS] 'c'`
    Delimiter(Literal<'s>),
    /// `NULL [AS] 'text'`
    Null(Literal<'s>),
    /// `CSV`
    Csv,
    /// `HEADER`
    Header,
    /// `QUOTE [AS] 'c'`
    Quote(Literal<'s>),
    /// `ESCAPE [AS] 'c'`
    Escape(Literal<'s>),
    /// `FORCE QUOTE columns`; empty for `FORCE QUOTE *`.
    ForceQuote(Vec<Ident<'s>>),
    /// `FORCE NOT NULL columns`
    ForceNotNull(Vec<Ident<'s>>),
    /// `FORCE NULL columns`
    ForceNull(Vec<Ident<'s>>),
    /// `ENCODING 'name'`
    Encoding(Literal<'s>),
}

/// What `COPY` copies.
#[derive(Debug, Clone, PartialEq)]
pub enum CopySource<'s> {
    /// A table and some of its columns.
    Table {
        /// The table.
        name: ObjectName<'s>,
        /// The columns (empty when absent).
        columns: Vec<Ident<'s>>,
    },
    /// `(query)`
    Query(Box<Query<'s>>),
}

/// Where `COPY` reads or writes.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyTarget<'s> {
    /// `'file name'`
    File(Cow<'s, str>),
    /// `STDIN`
    Stdin,
    /// `STDOUT`
    Stdout,
}

/// `CREATE EXTENSION [IF NOT EXISTS] name [[WITH] SCHEMA schema]`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateExtension<'s> {
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The extension.
    pub name: Ident<'s>,
    /// `SCHEMA schema`
    pub schema: Option<Ident<'s>>,
}

/// `VACUUM [FULL] [ANALYZE] [tables]`
#[derive(Debug, Clone, PartialEq)]
pub struct Vacuum<'s> {
    /// `FULL`
    pub full: bool,
    /// `ANALYZE`
    pub analyze: bool,
    /// The tables (empty: all).
    pub tables: Vec<ObjectName<'s>>,
}

/// `DO [LANGUAGE name] 'code'`
#[derive(Debug, Clone, PartialEq)]
pub struct Do<'s> {
    /// `LANGUAGE name`
    pub language: Option<Ident<'s>>,
    /// The code: a string constant, often dollar-quoted.
    pub code: Expr<'s>,
}

/// `NOTIFY channel [, 'payload']`
#[derive(Debug, Clone, PartialEq)]
pub struct Notify<'s> {
    /// The channel.
    pub channel: Ident<'s>,
    /// The payload.
    pub payload: Option<Expr<'s>>,
}

/// `EXECUTE name [(args)]`
#[derive(Debug, Clone, PartialEq)]
pub struct Execute<'s> {
    /// The prepared statement.
    pub name: Ident<'s>,
    /// Its arguments (empty when absent).
    pub args: Vec<Expr<'s>>,
}

/// `COMMENT ON object name IS 'text' | NULL`
#[derive(Debug, Clone, PartialEq)]
pub struct Comment<'s> {
    /// The kind of object: `TABLE`, `COLUMN`, `INDEX`, ...
    pub object: CommentObject,
    /// Its name (for a column, qualified by its table).
    pub name: ObjectName<'s>,
    /// The comment; `None` for `NULL`, which removes it.
    pub text: Option<Cow<'s, str>>,
}

/// The objects `COMMENT ON` applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentObject {
    /// `TABLE`
    Table,
    /// `COLUMN`
    Column,
    /// `VIEW`
    View,
    /// `INDEX`
    Index,
    /// `SCHEMA`
    Schema,
    /// `SEQUENCE`
    Sequence,
    /// `TYPE`
    Type,
    /// `EXTENSION`
    Extension,
    /// `MATERIALIZED VIEW`
    MaterializedView,
}

/// `PREPARE name [(types)] AS statement`
#[derive(Debug, Clone, PartialEq)]
pub struct Prepare<'s> {
    /// The statement's name.
    pub name: Ident<'s>,
    /// The types of its parameters (empty when absent).
    pub types: Vec<DataType<'s>>,
    /// The statement: a query, `INSERT`, `UPDATE` or `DELETE`.
    pub statement: Box<Statement<'s>>,
}

/// The kinds of objects `DROP` drops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectType {
    /// `TABLE`
    Table,
    /// `VIEW`
    View,
    /// `MATERIALIZED VIEW`
    MaterializedView,
    /// `INDEX`
    Index,
    /// `SCHEMA`
    Schema,
    /// `SEQUENCE`
    Sequence,
    /// `TYPE`
    Type,
    /// `EXTENSION`
    Extension,
}

/// `CASCADE` or `RESTRICT` after `DROP`, `TRUNCATE` and `REVOKE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropBehavior {
    /// `CASCADE`
    Cascade,
    /// `RESTRICT`
    Restrict,
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON table [USING method]
/// (keys) [INCLUDE (columns)] [WHERE predicate]`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateIndex<'s> {
    /// `UNIQUE`
    pub unique: bool,
    /// `CONCURRENTLY`
    pub concurrently: bool,
    /// `IF NOT EXISTS`
    pub if_not_exists: bool,
    /// The index's name.
    pub name: Option<Ident<'s>>,
    /// The table.
    pub table: ObjectName<'s>,
    /// `USING method`
    pub using: Option<Ident<'s>>,
    /// The keys: expressions with their order.
    pub keys: Vec<OrderBy<'s>>,
    /// `INCLUDE (columns)` (empty when absent).
    pub include: Vec<Ident<'s>>,
    /// `WHERE`: the predicate of a partial index.
    pub predicate: Option<Expr<'s>>,
}

/// `ALTER TABLE [IF EXISTS] name action, ...`
#[derive(Debug, Clone, PartialEq)]
pub struct AlterTable<'s> {
    /// `IF EXISTS`
    pub if_exists: bool,
    /// The table.
    pub name: ObjectName<'s>,
    /// The changes, in order.
    pub actions: Vec<AlterTableAction<'s>>,
}

/// One change of `ALTER TABLE`.
#[derive(Debug, Clone, PartialEq)]
pub enum AlterTableAction<'s> {
    /// `ADD [COLUMN] [IF NOT EXISTS] column`
    AddColumn {
        /// `IF NOT EXISTS`
        if_not_exists: bool,
        /// The column.
        column: ColumnDef<'s>,
    },
    /// `ADD [CONSTRAINT name] constraint`
    AddConstraint(TableConstraint<'s>),
    /// `DROP [COLUMN] [IF EXISTS] name [CASCADE | RESTRICT]`
    DropColumn {
        /// `IF EXISTS`
        if_exists: bool,
        /// The column.
        name: Ident<'s>,
        /// `CASCADE | RESTRICT`
        behavior: Option<DropBehavior>,
    },
    /// `DROP CONSTRAINT [IF EXISTS] name [CASCADE | RESTRICT]`
    DropConstraint {
        /// `IF EXISTS`
        if_exists: bool,
        /// The constraint.
        name: Ident<'s>,
        /// `CASCADE | RESTRICT`
        behavior: Option<DropBehavior>,
    },
    /// `ALTER [COLUMN] name change`
    AlterColumn {
        /// The column.
        name: Ident<'s>,
        /// The change.
        change: AlterColumn<'s>,
    },
    /// `RENAME [COLUMN] old TO new`
    RenameColumn {
        /// The old name.
        old: Ident<'s>,
        /// The new name.
        new: Ident<'s>,
    },
    /// `RENAME CONSTRAINT old TO new`
    RenameConstraint {
        /// The old name.
        old: Ident<'s>,
        /// The new name.
        new: Ident<'s>,
    },
    /// `RENAME TO name`
    RenameTable(ObjectName<'s>),
    /// `OWNER TO role`
    OwnerTo(Ident<'s>),
    /// `SET SCHEMA schema`
    SetSchema(Ident<'s>),
}

/// `ALTER object [IF EXISTS] name RENAME TO new | SET SCHEMA schema | OWNER TO role`
#[derive(Debug, Clone, PartialEq)]
pub struct AlterObject<'s> {
    /// The kind of object.
    pub object: ObjectType,
    /// `IF EXISTS`
    pub if_exists: bool,
    /// The object.
    pub name: ObjectName<'s>,
    /// The change: `RenameTable` (the new name), `SetSchema` or `OwnerTo`.
    pub action: AlterTableAction<'s>,
}

/// What `ALTER COLUMN` changes.
#[derive(Debug, Clone, PartialEq)]
pub enum AlterColumn<'s> {
    /// `SET DEFAULT e`
    SetDefault(Expr<'s>),
    /// `DROP DEFAULT`
    DropDefault,
    /// `SET NOT NULL`
    SetNotNull,
    /// `DROP NOT NULL`
    DropNotNull,
    /// `[SET DATA] TYPE type [USING e]`
    Type {
        /// The new type.
        data_type: DataType<'s>,
        /// How old values convert.
        using: Option<Expr<'s>>,
    },
}

/// `TRUNCATE [TABLE] names [RESTART | CONTINUE IDENTITY] [CASCADE | RESTRICT]`
#[derive(Debug, Clone, PartialEq)]
pub struct Truncate<'s> {
    /// The tables.
    pub names: Vec<ObjectName<'s>>,
    /// `Some(true)` for `RESTART IDENTITY`, `Some(false)` for `CONTINUE IDENTITY`.
    pub restart_identity: Option<bool>,
    /// `CASCADE | RESTRICT`
    pub behavior: Option<DropBehavior>,
}

/// Transaction control.
#[derive(Debug, Clone, PartialEq)]
pub enum Transaction<'s> {
    /// `BEGIN [WORK | TRANSACTION] [modes]`
    Begin(Vec<TransactionMode>),
    /// `START TRANSACTION [modes]`
    Start(Vec<TransactionMode>),
    /// `COMMIT [WORK | TRANSACTION]`
    Commit,
    /// `ROLLBACK [WORK | TRANSACTION]`
    Rollback,
    /// `ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name`
    RollbackTo(Ident<'s>),
    /// `SAVEPOINT name`
    Savepoint(Ident<'s>),
    /// `RELEASE [SAVEPOINT] name`
    Release(Ident<'s>),
}

/// A mode of a transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransactionMode {
    /// `ISOLATION LEVEL level`
    IsolationLevel(IsolationLevel),
    /// `READ ONLY`
    ReadOnly,
    /// `READ WRITE`
    ReadWrite,
}

/// Isolation levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IsolationLevel {
    /// `SERIALIZABLE`
    Serializable,
    /// `REPEATABLE READ`
    RepeatableRead,
    /// `READ COMMITTED`
    ReadCommitted,
    /// `READ UNCOMMITTED`
    ReadUncommitted,
}

/// The privileges of `GRANT` and `REVOKE`.
#[derive(Debug, Clone, PartialEq)]
pub enum Privileges<'s> {
    /// `ALL [PRIVILEGES]`
    All,
    /// A list; without an object, role names.
    List(Vec<Privilege<'s>>),
}

/// `name [(columns)]`: `SELECT`, `INSERT (a, b)`, `USAGE`, a role's name, ...
#[derive(Debug, Clone, PartialEq)]
pub struct Privilege<'s> {
    /// The privilege, in upper case for keywords, else as written.
    pub name: Ident<'s>,
    /// The columns it is limited to (empty when absent).
    pub columns: Vec<Ident<'s>>,
}

/// What `GRANT` and `REVOKE` apply to.
#[derive(Debug, Clone, PartialEq)]
pub enum GrantObject<'s> {
    /// `[TABLE] names`
    Tables(Vec<ObjectName<'s>>),
    /// `ALL TABLES IN SCHEMA names`
    AllTablesInSchema(Vec<ObjectName<'s>>),
    /// `SCHEMA names`
    Schemas(Vec<ObjectName<'s>>),
    /// `SEQUENCE names`
    Sequences(Vec<ObjectName<'s>>),
}

/// `GRANT privileges [ON object] TO grantees [WITH GRANT OPTION]`; without `ON`, the
/// privileges are roles granted to the grantees.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant<'s> {
    /// What is granted.
    pub privileges: Privileges<'s>,
    /// On what.
    pub object: Option<GrantObject<'s>>,
    /// To whom.
    pub grantees: Vec<Ident<'s>>,
    /// `WITH GRANT OPTION`
    pub with_grant_option: bool,
}

/// `REVOKE [GRANT OPTION FOR] privileges [ON object] FROM grantees [CASCADE | RESTRICT]`
#[derive(Debug, Clone, PartialEq)]
pub struct Revoke<'s> {
    /// `GRANT OPTION FOR`
    pub grant_option_for: bool,
    /// What is revoked.
    pub privileges: Privileges<'s>,
    /// On what.
    pub object: Option<GrantObject<'s>>,
    /// From whom.
    pub grantees: Vec<Ident<'s>>,
    /// `CASCADE | RESTRICT`
    pub behavior: Option<DropBehavior>,
}

/// The name of a run-time parameter in `SET`, `SHOW` and `RESET`.
#[derive(Debug, Clone, PartialEq)]
pub enum VariableName<'s> {
    /// A parameter: `search_path`, `app.user_id`.
    Name(ObjectName<'s>),
    /// `TIME ZONE`
    TimeZone,
    /// `ALL` (`SHOW ALL`, `RESET ALL`)
    All,
}

/// `SET [SESSION | LOCAL] name {TO | =} value, ...`
#[derive(Debug, Clone, PartialEq)]
pub struct SetVariable<'s> {
    /// `LOCAL` (`SESSION`, the default, is `false`).
    pub local: bool,
    /// The parameter.
    pub name: VariableName<'s>,
    /// Its values: constants, names, `DEFAULT`.
    pub values: Vec<Expr<'s>>,
}

/// `EXPLAIN [ANALYZE] [VERBOSE] statement` or `EXPLAIN (option [value], ...) statement`
#[derive(Debug, Clone, PartialEq)]
pub struct Explain<'s> {
    /// `ANALYZE`
    pub analyze: bool,
    /// `VERBOSE`
    pub verbose: bool,
    /// The options in parentheses (empty when absent).
    pub options: Vec<(Ident<'s>, Option<Expr<'s>>)>,
    /// The statement explained: a query, `INSERT`, `UPDATE` or `DELETE`.
    pub statement: Box<Statement<'s>>,
}
