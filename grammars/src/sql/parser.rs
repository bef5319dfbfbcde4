//! The SQL grammar: an LALR(1) parser built by `#[sly::parser]`, producing the tree of
//! [`ast`](super::ast).

// Grammar actions take one parameter per symbol of their rule, and large values arrive boxed:
// each value is moved onto its type's stack and off it again, a copy of the whole value.
#![allow(clippy::too_many_arguments, clippy::boxed_local)]

use std::borrow::Cow;

use sly::{Span, parser};

use super::ast::*;
use super::lexer::Tok;

/// The SQL parser. It holds the source so that keywords used as names can be sliced from it.
///
/// Prefer [`sql::parse`](super::parse) and [`sql::parse_recovering`](super::parse_recovering):
/// they also bound the nesting depth of statements ([`MAX_DEPTH`](super::MAX_DEPTH), or a
/// bound of the caller's choice), which the generated `parse` methods do not.
#[derive(Debug, Clone)]
pub struct SqlParser<'s> {
    src: &'s str,
}

impl<'s> SqlParser<'s> {
    /// A parser for `src`; give [`Tok::lexer`] of the same text to its `parse` methods.
    pub fn new(src: &'s str) -> Self {
        SqlParser { src }
    }

    fn text(&self, at: Span) -> &'s str {
        self.src.get(at.range()).unwrap_or("")
    }
}

/// Boxes a value, or passes a box through.
fn bx<T>(v: impl Into<Box<T>>) -> Box<T> {
    v.into()
}

fn binop(t: Tok) -> BinaryOp {
    match t {
        Tok::Or => BinaryOp::Or,
        Tok::And => BinaryOp::And,
        Tok::Eq => BinaryOp::Eq,
        Tok::Ne => BinaryOp::NotEq,
        Tok::Lt => BinaryOp::Lt,
        Tok::Le => BinaryOp::LtEq,
        Tok::Gt => BinaryOp::Gt,
        Tok::Ge => BinaryOp::GtEq,
        Tok::Concat => BinaryOp::Concat,
        Tok::Arrow => BinaryOp::JsonGet,
        Tok::LongArrow => BinaryOp::JsonGetText,
        Tok::HashArrow => BinaryOp::JsonPath,
        Tok::HashLongArrow => BinaryOp::JsonPathText,
        Tok::AtArrow => BinaryOp::Contains,
        Tok::ArrowAt => BinaryOp::ContainedBy,
        Tok::AmpAmp => BinaryOp::Overlap,
        Tok::Tilde => BinaryOp::RegexMatch,
        Tok::TildeStar => BinaryOp::RegexIMatch,
        Tok::BangTilde => BinaryOp::NotRegexMatch,
        Tok::BangTildeStar => BinaryOp::NotRegexIMatch,
        Tok::Pipe => BinaryOp::BitOr,
        Tok::Amp => BinaryOp::BitAnd,
        Tok::Hash => BinaryOp::BitXor,
        Tok::ShiftLeftOp => BinaryOp::ShiftLeft,
        Tok::ShiftRightOp => BinaryOp::ShiftRight,
        Tok::Caret => BinaryOp::Power,
        Tok::Plus => BinaryOp::Plus,
        Tok::Minus => BinaryOp::Minus,
        Tok::Star => BinaryOp::Multiply,
        Tok::Slash => BinaryOp::Divide,
        Tok::Overlaps => BinaryOp::Overlaps,
        // The grammar calls this only with the operators above.
        _ => BinaryOp::Modulo,
    }
}

/// The text between the quotes of `'...'` or `"..."` with doubled quotes undone; borrowed
/// when there is nothing to undo.
pub(crate) fn unquote(raw: &str, quote: char) -> Cow<'_, str> {
    let inner = raw
        .strip_prefix(quote)
        .and_then(|r| r.strip_suffix(quote))
        .unwrap_or(raw);
    let pair = match quote {
        '"' => "\"\"",
        '`' => "``",
        _ => "''",
    };
    if inner.contains(pair) {
        Cow::Owned(inner.replace(pair, &pair[..1]))
    } else {
        Cow::Borrowed(inner)
    }
}

/// A list of one item with room for a few more.
fn list_of<T>(first: T) -> Vec<T> {
    let mut v = Vec::with_capacity(4);
    v.push(first);
    v
}

fn query_of(body: SetExpr<'_>) -> Box<Query<'_>> {
    Box::new(Query::from_body(body))
}

/// The options of `COPY`: in parentheses, or in the syntax from before PostgreSQL 9.0.
enum CopyOptions<'s> {
    Parenthesized(Vec<(Ident<'s>, Option<Expr<'s>>)>),
    Legacy(Vec<CopyLegacyOption<'s>>),
}

/// The parenthesized and the legacy options of a `COPY`.
type SplitCopyOptions<'s> = (
    Vec<(Ident<'s>, Option<Expr<'s>>)>,
    Vec<CopyLegacyOption<'s>>,
);

impl<'s> CopyOptions<'s> {
    fn split(self) -> SplitCopyOptions<'s> {
        match self {
            CopyOptions::Parenthesized(options) => (options, Vec::new()),
            CopyOptions::Legacy(options) => (Vec::new(), options),
        }
    }
}

/// The row-limiting tail of a query: `(limit, offset, fetch)`.
type Limits<'s> = Box<(Option<Expr<'s>>, Option<Expr<'s>>, Option<Fetch<'s>>)>;

fn with_tail<'s>(
    mut q: Box<Query<'s>>,
    order_by: Option<Vec<OrderBy<'s>>>,
    limits: Option<Limits<'s>>,
) -> Box<Query<'s>> {
    if let Some(o) = order_by {
        q.order_by = o;
    }
    if let Some(limits) = limits {
        let (limit, offset, fetch) = *limits;
        q.limit = limit;
        q.offset = offset;
        q.fetch = fetch;
    }
    q
}

// `expect = 1`: in `((SELECT 1))` as an expression, the `)` after the inner `(SELECT 1)`
// either closes a parenthesized query (shift) or ends a scalar subquery inside `( expr )`
// (reduce). Both readings mean the same; shifting, yacc's default, keeps one parenthesized
// query, as PostgreSQL does.
/// The grammar, once for each code generation.
#[rustfmt::skip]
macro_rules! sql_grammar {
    ($name:ident, $codegen:tt) => {
        #[parser(
            tokens = Tok<'s>,
            start = script,
            expect = 1,
            precedence(
                // `CEIL` and `FLOOR` are names too, so after `ceil` a `(` may open the arguments of
                // a call whose name is the keyword (reduce it to a name) or `CEIL(x TO unit)`
                // (shift). Ranking them below `(` shifts: the rules after `CEIL (` read plain calls
                // as well. `CUBE` and `ROLLUP` rank so for the same reason, as in PostgreSQL: where a
                // grouping element may stand, `rollup(a)` is `ROLLUP (a)`; elsewhere it is a call.
                nonassoc(Ceil, Floor, Cube, Rollup),
                nonassoc(LParen),
                // In `CEIL(INTERVAL '1' YEAR TO MONTH)` the `TO` goes on with the interval's
                // qualifier, as it would outside the call: a bare unit (`UNIT`) ranks below `TO`.
                // `CEIL((INTERVAL '1' YEAR) TO MONTH)` rounds an interval to a unit.
                nonassoc(UNIT),
                nonassoc(To),
                left(Union, Except),
                left(Intersect),
                left(Or),
                left(And),
                right(Not),
                nonassoc(Eq, Ne, Lt, Le, Gt, Ge, Is, In, Between, Like, Ilike, Similar, Overlaps),
                nonassoc(Escape),
                // PostgreSQL's other operators (`->>`, `@>`, `~`, ...) bind as `||` does: tighter
                // than comparisons, looser than arithmetic; `^` binds tighter than `*`.
                left(Concat, Arrow, LongArrow, HashArrow, HashLongArrow, AtArrow, ArrowAt, AmpAmp, Tilde, TildeStar, BangTilde, BangTildeStar, Pipe, Amp, Hash, ShiftLeftOp, ShiftRightOp),
                left(Plus, Minus),
                left(Star, Slash, Percent),
                left(Caret),
                // `a + b AT TIME ZONE z` is `a + (b AT TIME ZONE z)`, and `COLLATE` binds tighter
                // still, as in PostgreSQL.
                left(At),
                left(Collate),
                right(UMINUS),
                // `-a::int` is `-(a::int)`, as in PostgreSQL: the cast binds tighter than any
                // operator.
                left(DoubleColon),
                // Subscripts bind tightest: `-a[1]` is `-(a[1])`; after `a::int`, a `[` goes on
                // with the type (`a::int[]`), so a cast value is subscripted in parentheses, as in
                // PostgreSQL.
                left(LBracket),
            ),
            codegen = $codegen,
        )]
        impl<'s> $name<'s> {
            // ----- scripts and statements -----

            // A script is statements ending in `;`; the token stream gets a final `;` when the
            // text has none (see `FinalSemi`). A broken statement becomes `error Semi`: recovery
            // pops back to the statements before it, which `items` keeps, and discards tokens up to
            // the next `;`.
            #[rule("items")]
            fn script(&mut self, list: Vec<Statement<'s>>) -> Vec<Statement<'s>> {
                list
            }

            #[rule("")]
            fn items(&mut self) -> Vec<Statement<'s>> {
                Vec::new()
            }

            #[rule("items statement Semi")]
            fn items(
                &mut self,
                mut list: Vec<Statement<'s>>,
                s: Statement<'s>,
                _: Tok,
            ) -> Vec<Statement<'s>> {
                list.push(s);
                list
            }

            #[rule("items Semi")]
            fn items(&mut self, list: Vec<Statement<'s>>, _: Tok) -> Vec<Statement<'s>> {
                list
            }

            #[rule("items error Semi")]
            fn items(&mut self, list: Vec<Statement<'s>>, _broken: Span, _: Tok) -> Vec<Statement<'s>> {
                list
            }

            #[rule("query")]
            fn statement(&mut self, q: Box<Query<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Query(bx(q)),
                    span: at,
                }
            }

            #[rule("insert")]
            fn statement(&mut self, s: Box<Insert<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Insert(bx(s)),
                    span: at,
                }
            }

            #[rule("with_clause insert")]
            fn statement(&mut self, with: With<'s>, mut s: Box<Insert<'s>>, at: Span) -> Statement<'s> {
                s.with = Some(with);
                Statement {
                    kind: StatementKind::Insert(s),
                    span: at,
                }
            }

            #[rule("with_clause update")]
            fn statement(&mut self, with: With<'s>, mut s: Box<Update<'s>>, at: Span) -> Statement<'s> {
                s.with = Some(with);
                Statement {
                    kind: StatementKind::Update(s),
                    span: at,
                }
            }

            #[rule("with_clause delete")]
            fn statement(&mut self, with: With<'s>, mut s: Box<Delete<'s>>, at: Span) -> Statement<'s> {
                s.with = Some(with);
                Statement {
                    kind: StatementKind::Delete(s),
                    span: at,
                }
            }

            #[rule("update")]
            fn statement(&mut self, s: Box<Update<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Update(bx(s)),
                    span: at,
                }
            }

            #[rule("delete")]
            fn statement(&mut self, s: Box<Delete<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Delete(bx(s)),
                    span: at,
                }
            }

            #[rule("create_table")]
            fn statement(&mut self, s: Box<CreateTable<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateTable(bx(s)),
                    span: at,
                }
            }

            #[rule("create_table_as")]
            fn statement(&mut self, s: Box<CreateTableAs<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateTableAs(s),
                    span: at,
                }
            }

            #[rule("create_schema")]
            fn statement(&mut self, s: Box<CreateSchema<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateSchema(s),
                    span: at,
                }
            }

            #[rule("create_sequence")]
            fn statement(&mut self, s: Box<CreateSequence<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateSequence(s),
                    span: at,
                }
            }

            #[rule("create_type")]
            fn statement(&mut self, s: Box<CreateType<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateType(s),
                    span: at,
                }
            }

            #[rule("create_view")]
            fn statement(&mut self, s: Box<CreateView<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateView(bx(s)),
                    span: at,
                }
            }

            #[rule("drop")]
            fn statement(&mut self, s: Box<DropObjects<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Drop(bx(s)),
                    span: at,
                }
            }

            #[rule("create_index")]
            fn statement(&mut self, s: Box<CreateIndex<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateIndex(s),
                    span: at,
                }
            }

            #[rule("alter_table")]
            fn statement(&mut self, s: Box<AlterTable<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::AlterTable(s),
                    span: at,
                }
            }

            #[rule("alter_object")]
            fn statement(&mut self, s: Box<AlterObject<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::AlterObject(s),
                    span: at,
                }
            }

            #[rule("truncate")]
            fn statement(&mut self, s: Box<Truncate<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Truncate(s),
                    span: at,
                }
            }

            #[rule("transaction")]
            fn statement(&mut self, s: Box<Transaction<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Transaction(s),
                    span: at,
                }
            }

            #[rule("grant")]
            fn statement(&mut self, s: Box<Grant<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Grant(s),
                    span: at,
                }
            }

            #[rule("revoke")]
            fn statement(&mut self, s: Box<Revoke<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Revoke(s),
                    span: at,
                }
            }

            #[rule("set_stmt", "show_stmt")]
            fn statement(&mut self, kind: StatementKind<'s>, at: Span) -> Statement<'s> {
                Statement { kind, span: at }
            }

            #[rule("merge")]
            fn statement(&mut self, s: Box<Merge<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Merge(s),
                    span: at,
                }
            }

            #[rule("copy")]
            fn statement(&mut self, s: Box<Copy<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Copy(s),
                    span: at,
                }
            }

            #[rule("Create Extension [if_not_exists] ident [extension_schema]")]
            fn statement(
                &mut self,
                _: Tok,
                _: Tok,
                ine: Option<bool>,
                name: Ident<'s>,
                schema: Option<Ident<'s>>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::CreateExtension(Box::new(CreateExtension {
                        if_not_exists: ine.is_some(),
                        name,
                        schema,
                    })),
                    span: at,
                }
            }

            #[rule("Analyze [qname_list]")]
            fn statement(
                &mut self,
                _: Tok,
                tables: Option<Vec<ObjectName<'s>>>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Analyze(Box::new(tables.unwrap_or_default())),
                    span: at,
                }
            }

            #[rule("Vacuum [Full] [Analyze] [qname_list]")]
            fn statement(
                &mut self,
                _: Tok,
                full: Option<Tok<'s>>,
                analyze: Option<Tok<'s>>,
                tables: Option<Vec<ObjectName<'s>>>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Vacuum(Box::new(Vacuum {
                        full: full.is_some(),
                        analyze: analyze.is_some(),
                        tables: tables.unwrap_or_default(),
                    })),
                    span: at,
                }
            }

            #[rule("With Schema ident")]
            fn extension_schema(&mut self, _: Tok, _: Tok, schema: Ident<'s>) -> Ident<'s> {
                schema
            }

            #[rule("Schema ident")]
            fn extension_schema(&mut self, _: Tok, schema: Ident<'s>) -> Ident<'s> {
                schema
            }

            #[rule("Do Str", "Do DollarStr")]
            fn statement(&mut self, _: Tok, code: sly::Spanned<Tok<'s>>, at: Span) -> Statement<'s> {
                let code = code_literal(code);
                Statement {
                    kind: StatementKind::Do(Box::new(Do {
                        language: None,
                        code,
                    })),
                    span: at,
                }
            }

            #[rule("Do Language ident Str", "Do Language ident DollarStr")]
            fn statement(
                &mut self,
                _: Tok,
                _: Tok,
                language: Ident<'s>,
                code: sly::Spanned<Tok<'s>>,
                at: Span,
            ) -> Statement<'s> {
                let code = code_literal(code);
                Statement {
                    kind: StatementKind::Do(Box::new(Do {
                        language: Some(language),
                        code,
                    })),
                    span: at,
                }
            }

            #[rule(
                "Comment On comment_object qname Is Str",
                "Comment On comment_object qname Is Null"
            )]
            fn statement(
                &mut self,
                _: Tok,
                _: Tok,
                object: CommentObject,
                name: ObjectName<'s>,
                _: Tok,
                text: Tok<'s>,
                at: Span,
            ) -> Statement<'s> {
                let text = match text {
                    Tok::Str(s) => Some(unquote(s, '\'')),
                    _ => None,
                };
                Statement {
                    kind: StatementKind::Comment(Box::new(Comment { object, name, text })),
                    span: at,
                }
            }

            #[rule("Listen ident")]
            fn statement(&mut self, _: Tok, channel: Ident<'s>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Listen(Box::new(channel)),
                    span: at,
                }
            }

            #[rule("Notify ident")]
            fn statement(&mut self, _: Tok, channel: Ident<'s>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Notify(Box::new(Notify {
                        channel,
                        payload: None,
                    })),
                    span: at,
                }
            }

            #[rule("Notify ident Comma bexpr")]
            fn statement(
                &mut self,
                _: Tok,
                channel: Ident<'s>,
                _: Tok,
                payload: Expr<'s>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Notify(Box::new(Notify {
                        channel,
                        payload: Some(payload),
                    })),
                    span: at,
                }
            }

            #[rule("Unlisten ident")]
            fn statement(&mut self, _: Tok, channel: Ident<'s>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Unlisten(Some(Box::new(channel))),
                    span: at,
                }
            }

            #[rule("Unlisten Star")]
            fn statement(&mut self, _: Tok, _: Tok, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Unlisten(None),
                    span: at,
                }
            }

            #[rule("Prepare ident [prepare_types] As explainable")]
            fn statement(
                &mut self,
                _: Tok,
                name: Ident<'s>,
                types: Option<Vec<DataType<'s>>>,
                _: Tok,
                statement: Statement<'s>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Prepare(Box::new(Prepare {
                        name,
                        types: types.unwrap_or_default(),
                        statement: Box::new(statement),
                    })),
                    span: at,
                }
            }

            #[rule("Execute ident [execute_args]")]
            fn statement(
                &mut self,
                _: Tok,
                name: Ident<'s>,
                args: Option<Vec<Expr<'s>>>,
                at: Span,
            ) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Execute(Box::new(Execute {
                        name,
                        args: args.unwrap_or_default(),
                    })),
                    span: at,
                }
            }

            // `PREPARE` may be a statement's name: the forms are written out, so that the parser
            // sees the token after it before choosing.
            #[rule("Deallocate ident")]
            fn statement(&mut self, _: Tok, name: Ident<'s>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Deallocate(Some(Box::new(name))),
                    span: at,
                }
            }

            #[rule("Deallocate Prepare ident")]
            fn statement(&mut self, _: Tok, _: Tok, name: Ident<'s>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Deallocate(Some(Box::new(name))),
                    span: at,
                }
            }

            #[rule("Deallocate All")]
            fn statement(&mut self, _: Tok, _: Tok, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Deallocate(None),
                    span: at,
                }
            }

            #[rule("Deallocate Prepare All")]
            fn statement(&mut self, _: Tok, _: Tok, _: Tok, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Deallocate(None),
                    span: at,
                }
            }

            #[rule("LParen data_types RParen")]
            fn prepare_types(&mut self, _: Tok, types: Vec<DataType<'s>>, _: Tok) -> Vec<DataType<'s>> {
                types
            }

            #[rule("data_type")]
            fn data_types(&mut self, t: DataType<'s>) -> Vec<DataType<'s>> {
                vec![t]
            }

            #[rule("data_types Comma data_type")]
            fn data_types(
                &mut self,
                mut list: Vec<DataType<'s>>,
                _: Tok,
                t: DataType<'s>,
            ) -> Vec<DataType<'s>> {
                list.push(t);
                list
            }

            #[rule("LParen expr_list RParen")]
            fn execute_args(&mut self, _: Tok, args: Vec<Expr<'s>>, _: Tok) -> Vec<Expr<'s>> {
                args
            }

            #[rule(
                "Table",
                "Column",
                "View",
                "Index",
                "Schema",
                "Sequence",
                "Type",
                "Extension"
            )]
            fn comment_object(&mut self, t: Tok) -> CommentObject {
                match t {
                    Tok::Table => CommentObject::Table,
                    Tok::Column => CommentObject::Column,
                    Tok::View => CommentObject::View,
                    Tok::Index => CommentObject::Index,
                    Tok::Schema => CommentObject::Schema,
                    Tok::Sequence => CommentObject::Sequence,
                    Tok::Type => CommentObject::Type,
                    _ => CommentObject::Extension,
                }
            }

            #[rule("Materialized View")]
            fn comment_object(&mut self, _: Tok, _: Tok) -> CommentObject {
                CommentObject::MaterializedView
            }

            #[rule("explain")]
            fn statement(&mut self, s: Box<Explain<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Explain(s),
                    span: at,
                }
            }

            // ----- queries -----
            //
            // As in PostgreSQL's grammar, a query in parentheses is `select_with_parens` and every
            // other query is `select_no_parens`, so that `((SELECT 1))` has one parse.

            #[rule("select_no_parens")]
            fn query(&mut self, q: Box<Query<'s>>) -> Box<Query<'s>> {
                q
            }

            // The parentheses of a query standing alone are kept, so that it prints as written.
            #[rule("select_with_parens")]
            fn query(&mut self, q: Box<Query<'s>>) -> Box<Query<'s>> {
                query_of(SetExpr::Query(bx(q)))
            }

            #[rule("LParen select_no_parens RParen")]
            fn select_with_parens(&mut self, _: Tok, q: Box<Query<'s>>, _: Tok) -> Box<Query<'s>> {
                q
            }

            #[rule("LParen select_with_parens RParen")]
            fn select_with_parens(&mut self, _: Tok, q: Box<Query<'s>>, _: Tok) -> Box<Query<'s>> {
                query_of(SetExpr::Query(bx(q)))
            }

            #[rule("simple_select")]
            fn select_no_parens(&mut self, body: SetExpr<'s>) -> Box<Query<'s>> {
                query_of(body)
            }

            #[rule("select_clause order_by [limits] [locking]")]
            fn select_no_parens(
                &mut self,
                body: SetExpr<'s>,
                order: Vec<OrderBy<'s>>,
                limits: Option<Limits<'s>>,
                locking: Option<Vec<Locking<'s>>>,
            ) -> Box<Query<'s>> {
                let mut q = with_tail(query_of(body), Some(order), limits);
                q.locking = locking.unwrap_or_default();
                q
            }

            #[rule("select_clause limits [locking]")]
            fn select_no_parens(
                &mut self,
                body: SetExpr<'s>,
                limits: Limits<'s>,
                locking: Option<Vec<Locking<'s>>>,
            ) -> Box<Query<'s>> {
                let mut q = with_tail(query_of(body), None, Some(limits));
                q.locking = locking.unwrap_or_default();
                q
            }

            #[rule("select_clause locking")]
            fn select_no_parens(&mut self, body: SetExpr<'s>, locking: Vec<Locking<'s>>) -> Box<Query<'s>> {
                let mut q = query_of(body);
                q.locking = locking;
                q
            }

            #[rule("lock_clause")]
            fn locking(&mut self, l: Locking<'s>) -> Vec<Locking<'s>> {
                vec![l]
            }

            #[rule("locking lock_clause")]
            fn locking(&mut self, mut list: Vec<Locking<'s>>, l: Locking<'s>) -> Vec<Locking<'s>> {
                list.push(l);
                list
            }

            #[rule("For lock_strength [lock_of] [lock_wait]")]
            fn lock_clause(
                &mut self,
                _: Tok,
                strength: LockStrength,
                of: Option<Vec<ObjectName<'s>>>,
                wait: Option<LockWait>,
            ) -> Locking<'s> {
                Locking {
                    strength,
                    of: of.unwrap_or_default(),
                    wait,
                }
            }

            #[rule("Update")]
            fn lock_strength(&mut self, _: Tok) -> LockStrength {
                LockStrength::Update
            }

            #[rule("No Key Update")]
            fn lock_strength(&mut self, _: Tok, _: Tok, _: Tok) -> LockStrength {
                LockStrength::NoKeyUpdate
            }

            #[rule("Share")]
            fn lock_strength(&mut self, _: Tok) -> LockStrength {
                LockStrength::Share
            }

            #[rule("Key Share")]
            fn lock_strength(&mut self, _: Tok, _: Tok) -> LockStrength {
                LockStrength::KeyShare
            }

            #[rule("Of qname_list")]
            fn lock_of(&mut self, _: Tok, names: Vec<ObjectName<'s>>) -> Vec<ObjectName<'s>> {
                names
            }

            #[rule("Nowait")]
            fn lock_wait(&mut self, _: Tok) -> LockWait {
                LockWait::Nowait
            }

            #[rule("Skip Locked")]
            fn lock_wait(&mut self, _: Tok, _: Tok) -> LockWait {
                LockWait::SkipLocked
            }

            #[rule("with_clause select_clause [order_by] [limits] [locking]")]
            fn select_no_parens(
                &mut self,
                with: With<'s>,
                body: SetExpr<'s>,
                order: Option<Vec<OrderBy<'s>>>,
                limits: Option<Limits<'s>>,
                locking: Option<Vec<Locking<'s>>>,
            ) -> Box<Query<'s>> {
                let mut q = with_tail(query_of(body), order, limits);
                q.with = Some(with);
                q.locking = locking.unwrap_or_default();
                q
            }

            #[rule("simple_select")]
            fn select_clause(&mut self, body: SetExpr<'s>) -> SetExpr<'s> {
                body
            }

            #[rule("select_with_parens")]
            fn select_clause(&mut self, q: Box<Query<'s>>) -> SetExpr<'s> {
                SetExpr::Query(bx(q))
            }

            #[rule(
                "select_clause Union set_all select_clause",
                "select_clause Intersect set_all select_clause",
                "select_clause Except set_all select_clause"
            )]
            fn simple_select(
                &mut self,
                left: SetExpr<'s>,
                op: Tok,
                all: bool,
                right: SetExpr<'s>,
            ) -> SetExpr<'s> {
                let op = match op {
                    Tok::Union => SetOp::Union,
                    Tok::Intersect => SetOp::Intersect,
                    _ => SetOp::Except,
                };
                SetExpr::SetOp {
                    op,
                    all,
                    left: bx(left),
                    right: bx(right),
                }
            }

            #[rule("Values rows")]
            fn simple_select(&mut self, _: Tok, rows: Vec<Vec<Expr<'s>>>) -> SetExpr<'s> {
                SetExpr::Values(rows)
            }

            #[rule(
                "Select distinct select_list [select_into] [from] [where_clause] [group_by] [having] [window_clause]"
            )]
            fn simple_select(
                &mut self,
                _: Tok,
                (distinct, distinct_on): (bool, Vec<Expr<'s>>),
                items: Vec<SelectItem<'s>>,
                into: Option<Box<SelectInto<'s>>>,
                from: Option<Vec<TableRef<'s>>>,
                selection: Option<Expr<'s>>,
                group_by: Option<(Vec<Expr<'s>>, bool)>,
                having: Option<Expr<'s>>,
                windows: Option<Vec<NamedWindow<'s>>>,
            ) -> SetExpr<'s> {
                let (group_by, group_by_all) = group_by.unwrap_or_default();
                SetExpr::Select(bx(Select {
                    distinct,
                    distinct_on,
                    items,
                    into,
                    from: from.unwrap_or_default(),
                    selection,
                    group_by,
                    group_by_all,
                    having,
                    windows: windows.unwrap_or_default(),
                }))
            }

            // PostgreSQL's `SELECT ... INTO`: after `INTO`, `TEMP` or `UNLOGGED` followed by a name
            // or `TABLE` says how the table is kept; followed by `FROM`, `;` or another clause it is
            // the table's name (they are not reserved), which one token of lookahead tells apart.
            // The forms are written out: an empty `[table_persistence]` reduced before `TEMP` would
            // have to be decided before that token is seen.
            #[rule("Into qname")]
            fn select_into(&mut self, _: Tok, name: ObjectName<'s>) -> Box<SelectInto<'s>> {
                select_into(None, false, name)
            }

            #[rule("Into Table qname")]
            fn select_into(&mut self, _: Tok, _: Tok, name: ObjectName<'s>) -> Box<SelectInto<'s>> {
                select_into(None, true, name)
            }

            #[rule("Into table_persistence [Table] qname")]
            fn select_into(
                &mut self,
                _: Tok,
                persistence: Persistence,
                table: Option<Tok>,
                name: ObjectName<'s>,
            ) -> Box<SelectInto<'s>> {
                select_into(Some(persistence), table.is_some(), name)
            }

            #[rule("Temp", "Temporary", "Unlogged")]
            fn table_persistence(&mut self, t: Tok) -> Persistence {
                match t {
                    Tok::Unlogged => Persistence::Unlogged,
                    _ => Persistence::Temporary,
                }
            }

            // ----- windows -----

            #[rule("Window named_window")]
            fn window_clause(&mut self, _: Tok, w: NamedWindow<'s>) -> Vec<NamedWindow<'s>> {
                vec![w]
            }

            #[rule("window_clause Comma named_window")]
            fn window_clause(
                &mut self,
                mut list: Vec<NamedWindow<'s>>,
                _: Tok,
                w: NamedWindow<'s>,
            ) -> Vec<NamedWindow<'s>> {
                list.push(w);
                list
            }

            #[rule("ident As window_spec")]
            fn named_window(&mut self, name: Ident<'s>, _: Tok, spec: WindowSpec<'s>) -> NamedWindow<'s> {
                NamedWindow { name, spec }
            }

            // The window a specification refines must be a plain name: after `(`, a keyword such as
            // `ROWS` or `PARTITION` always opens a clause, as in PostgreSQL.
            #[rule("LParen [plain_name] [partition_by] [order_by] [frame] RParen")]
            fn window_spec(
                &mut self,
                _: Tok,
                existing: Option<Ident<'s>>,
                partition_by: Option<Vec<Expr<'s>>>,
                order_by: Option<Vec<OrderBy<'s>>>,
                frame: Option<WindowFrame<'s>>,
                _: Tok,
            ) -> WindowSpec<'s> {
                WindowSpec {
                    existing,
                    partition_by: partition_by.unwrap_or_default(),
                    order_by: order_by.unwrap_or_default(),
                    frame,
                }
            }

            #[rule("Partition By expr_list")]
            fn partition_by(&mut self, _: Tok, _: Tok, list: Vec<Expr<'s>>) -> Vec<Expr<'s>> {
                list
            }

            #[rule("frame_units frame_bound [frame_exclude]")]
            fn frame(
                &mut self,
                units: FrameUnits,
                start: FrameBound<'s>,
                exclude: Option<FrameExclude>,
            ) -> WindowFrame<'s> {
                WindowFrame {
                    units,
                    start,
                    end: None,
                    exclude,
                }
            }

            #[rule("frame_units Between frame_bound And frame_bound [frame_exclude]")]
            fn frame(
                &mut self,
                units: FrameUnits,
                _: Tok,
                start: FrameBound<'s>,
                _: Tok,
                end: FrameBound<'s>,
                exclude: Option<FrameExclude>,
            ) -> WindowFrame<'s> {
                WindowFrame {
                    units,
                    start,
                    end: Some(end),
                    exclude,
                }
            }

            #[rule("Rows", "Range", "Groups")]
            fn frame_units(&mut self, t: Tok) -> FrameUnits {
                match t {
                    Tok::Rows => FrameUnits::Rows,
                    Tok::Range => FrameUnits::Range,
                    _ => FrameUnits::Groups,
                }
            }

            // `UNBOUNDED` is reserved: were it a name, `UNBOUNDED PRECEDING` would also read as an
            // offset named `unbounded`.
            #[rule("Unbounded Preceding", "Unbounded Following")]
            fn frame_bound(&mut self, _: Tok, t: Tok) -> FrameBound<'s> {
                if t == Tok::Preceding {
                    FrameBound::UnboundedPreceding
                } else {
                    FrameBound::UnboundedFollowing
                }
            }

            #[rule("Current Row")]
            fn frame_bound(&mut self, _: Tok, _: Tok) -> FrameBound<'s> {
                FrameBound::CurrentRow
            }

            #[rule("bexpr Preceding", "bexpr Following")]
            fn frame_bound(&mut self, e: Expr<'s>, t: Tok) -> FrameBound<'s> {
                if t == Tok::Preceding {
                    FrameBound::Preceding(bx(e))
                } else {
                    FrameBound::Following(bx(e))
                }
            }

            #[rule("Exclude Current Row")]
            fn frame_exclude(&mut self, _: Tok, _: Tok, _: Tok) -> FrameExclude {
                FrameExclude::CurrentRow
            }

            #[rule("Exclude Group", "Exclude Ties")]
            fn frame_exclude(&mut self, _: Tok, t: Tok) -> FrameExclude {
                if t == Tok::Group {
                    FrameExclude::Group
                } else {
                    FrameExclude::Ties
                }
            }

            #[rule("Exclude No Others")]
            fn frame_exclude(&mut self, _: Tok, _: Tok, _: Tok) -> FrameExclude {
                FrameExclude::NoOthers
            }

            #[rule("Over ident")]
            fn over(&mut self, _: Tok, name: Ident<'s>) -> Over<'s> {
                Over::Named(name)
            }

            #[rule("Over window_spec")]
            fn over(&mut self, _: Tok, spec: WindowSpec<'s>) -> Over<'s> {
                Over::Spec(spec)
            }

            #[rule("")]
            fn set_all(&mut self) -> bool {
                false
            }

            #[rule("All")]
            fn set_all(&mut self, _: Tok) -> bool {
                true
            }

            #[rule("Distinct")]
            fn set_all(&mut self, _: Tok) -> bool {
                false
            }

            #[rule("")]
            fn distinct(&mut self) -> (bool, Vec<Expr<'s>>) {
                (false, Vec::new())
            }

            #[rule("All")]
            fn distinct(&mut self, _: Tok) -> (bool, Vec<Expr<'s>>) {
                (false, Vec::new())
            }

            #[rule("Distinct")]
            fn distinct(&mut self, _: Tok) -> (bool, Vec<Expr<'s>>) {
                (true, Vec::new())
            }

            #[rule("Distinct On LParen expr_list RParen")]
            fn distinct(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                on: Vec<Expr<'s>>,
                _: Tok,
            ) -> (bool, Vec<Expr<'s>>) {
                (true, on)
            }

            #[rule("With [Recursive] ctes")]
            fn with_clause(&mut self, _: Tok, rec: Option<Tok<'s>>, ctes: Vec<Cte<'s>>) -> With<'s> {
                With {
                    recursive: rec.is_some(),
                    ctes,
                }
            }

            #[rule("cte")]
            fn ctes(&mut self, c: Cte<'s>) -> Vec<Cte<'s>> {
                vec![c]
            }

            #[rule("ctes Comma cte")]
            fn ctes(&mut self, mut list: Vec<Cte<'s>>, _: Tok, c: Cte<'s>) -> Vec<Cte<'s>> {
                list.push(c);
                list
            }

            #[rule("ident [column_list] As [cte_materialized] cte_body")]
            fn cte(
                &mut self,
                name: Ident<'s>,
                columns: Option<Vec<Ident<'s>>>,
                _: Tok,
                materialized: Option<bool>,
                body: CteBody<'s>,
            ) -> Cte<'s> {
                Cte {
                    name,
                    columns: columns.unwrap_or_default(),
                    materialized,
                    body,
                }
            }

            #[rule("Materialized")]
            fn cte_materialized(&mut self, _: Tok) -> bool {
                true
            }

            #[rule("Not Materialized")]
            fn cte_materialized(&mut self, _: Tok, _: Tok) -> bool {
                false
            }

            #[rule("select_with_parens")]
            fn cte_body(&mut self, q: Box<Query<'s>>) -> CteBody<'s> {
                CteBody::Query(q)
            }

            #[rule("LParen insert RParen")]
            fn cte_body(&mut self, _: Tok, s: Box<Insert<'s>>, _: Tok) -> CteBody<'s> {
                CteBody::Insert(s)
            }

            #[rule("LParen update RParen")]
            fn cte_body(&mut self, _: Tok, s: Box<Update<'s>>, _: Tok) -> CteBody<'s> {
                CteBody::Update(s)
            }

            #[rule("LParen delete RParen")]
            fn cte_body(&mut self, _: Tok, s: Box<Delete<'s>>, _: Tok) -> CteBody<'s> {
                CteBody::Delete(s)
            }

            #[rule("Table qname")]
            fn simple_select(&mut self, _: Tok, name: ObjectName<'s>) -> SetExpr<'s> {
                SetExpr::Table(name)
            }

            // The items are rules of the list itself rather than a nonterminal of their own: a select
            // item is larger than any other value, and going through a stack of its own would copy it
            // twice.
            #[rule("expr")]
            fn select_list(&mut self, expr: Expr<'s>) -> Vec<SelectItem<'s>> {
                list_of(SelectItem::Expr { expr, alias: None })
            }

            #[rule("expr As ident")]
            fn select_list(&mut self, expr: Expr<'s>, _: Tok, alias: Ident<'s>) -> Vec<SelectItem<'s>> {
                vec![SelectItem::Expr {
                    expr,
                    alias: Some(alias),
                }]
            }

            #[rule("expr bare_alias")]
            fn select_list(&mut self, expr: Expr<'s>, alias: Ident<'s>) -> Vec<SelectItem<'s>> {
                vec![SelectItem::Expr {
                    expr,
                    alias: Some(alias),
                }]
            }

            #[rule("Star")]
            fn select_list(&mut self, _: Tok) -> Vec<SelectItem<'s>> {
                vec![SelectItem::Wildcard]
            }

            #[rule("ident Dot Star")]
            fn select_list(&mut self, id: Ident<'s>, _: Tok, _: Tok) -> Vec<SelectItem<'s>> {
                vec![SelectItem::QualifiedWildcard(ObjectName(vec![id]))]
            }

            #[rule("compound Dot Star")]
            fn select_list(&mut self, ids: Vec<Ident<'s>>, _: Tok, _: Tok) -> Vec<SelectItem<'s>> {
                vec![SelectItem::QualifiedWildcard(ObjectName(ids))]
            }

            #[rule("select_list Comma expr")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                expr: Expr<'s>,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::Expr { expr, alias: None });
                list
            }

            #[rule("select_list Comma expr As ident")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                expr: Expr<'s>,
                _: Tok,
                alias: Ident<'s>,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::Expr {
                    expr,
                    alias: Some(alias),
                });
                list
            }

            #[rule("select_list Comma expr bare_alias")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                expr: Expr<'s>,
                alias: Ident<'s>,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::Expr {
                    expr,
                    alias: Some(alias),
                });
                list
            }

            #[rule("select_list Comma Star")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                _: Tok,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::Wildcard);
                list
            }

            #[rule("select_list Comma ident Dot Star")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                id: Ident<'s>,
                _: Tok,
                _: Tok,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::QualifiedWildcard(ObjectName(vec![id])));
                list
            }

            #[rule("select_list Comma compound Dot Star")]
            fn select_list(
                &mut self,
                mut list: Vec<SelectItem<'s>>,
                _: Tok,
                ids: Vec<Ident<'s>>,
                _: Tok,
                _: Tok,
            ) -> Vec<SelectItem<'s>> {
                list.push(SelectItem::QualifiedWildcard(ObjectName(ids)));
                list
            }

            // An alias without `AS` is a name or a non-reserved keyword, as PostgreSQL's bare labels
            // are, except the keywords that may go on with the expression before it: `AT` (`AT TIME
            // ZONE`); `FILTER`, `OVER` and `WITHIN` after a call; the units after an interval
            // (`INTERVAL '1' DAY`); `VARYING` and `WITHOUT` after a type (`::character varying`,
            // `::time without time zone`); `SETS` after `GROUPING`.
            #[rule("plain_name")]
            fn bare_alias(&mut self, id: Ident<'s>) -> Ident<'s> {
                id
            }

            #[rule(
                "Date",
                "Time",
                "Timestamp",
                "First",
                "Last",
                "Next",
                "Nulls",
                "Row",
                "Rows",
                "Only",
                "Key",
                "Precision",
                "Current",
                "Exclude",
                "Following",
                "Groups",
                "No",
                "Others",
                "Partition",
                "Preceding",
                "Range",
                "Ties",
                "Unknown",
                "Conflict",
                "Nothing",
                "Begin",
                "Start",
                "Transaction",
                "Work",
                "Commit",
                "Rollback",
                "Savepoint",
                "Release",
                "Isolation",
                "Level",
                "Read",
                "Write",
                "Committed",
                "Uncommitted",
                "Repeatable",
                "Serializable",
                "Index",
                "Include",
                "Schema",
                "Sequence",
                "Type",
                "Cascade",
                "Restrict",
                "Alter",
                "Add",
                "Rename",
                "Truncate",
                "Restart",
                "Identity",
                "Continue",
                "Materialized",
                "Data",
                "Privileges",
                "Option",
                "Tables",
                "Show",
                "Reset",
                "Verbose",
                "Session",
                "Local",
                "Zone",
                "Explain",
                "Share",
                "Nowait",
                "Skip",
                "Locked",
                "Action",
                "Always",
                "Generated",
                "Stored",
                "Character",
                "Temp",
                "Temporary",
                "Replace",
                "Enum",
                "Increment",
                "Minvalue",
                "Maxvalue",
                "Cache",
                "Ceil",
                "Cube",
                "Rollup",
                "Floor",
                "Cycle",
                "Merge",
                "Matched",
                "Copy",
                "Stdin",
                "Stdout",
                "Extension",
                "Vacuum",
                "Grouping",
                "Comment",
                "Listen",
                "Notify",
                "Unlisten",
                "Unlogged",
                "Prepare",
                "Execute",
                "Deallocate",
                "Language",
                "PercentKw",
                "Owner",
                "Binary",
                "Csv",
                "Delimiter",
                "Encoding",
                "Force",
                "Freeze",
                "Header",
                "Quote"
            )]
            fn bare_alias(&mut self, _: Tok, at: Span) -> Ident<'s> {
                Ident::new(self.text(at))
            }

            #[rule("Ident")]
            fn plain_name(&mut self, name: &'s str) -> Ident<'s> {
                Ident::new(name)
            }

            #[rule("QuotedIdent")]
            fn plain_name(&mut self, raw: &'s str) -> Ident<'s> {
                Ident {
                    value: unquote(raw, '"'),
                    quoted: true,
                }
            }

            #[rule("BackquotedIdent")]
            fn plain_name(&mut self, raw: &'s str) -> Ident<'s> {
                Ident {
                    value: unquote(raw, '`'),
                    quoted: true,
                }
            }

            #[rule("From from_list")]
            fn from(&mut self, _: Tok, list: Vec<TableRef<'s>>) -> Vec<TableRef<'s>> {
                list
            }

            #[rule("table_ref")]
            fn from_list(&mut self, t: Box<TableRef<'s>>) -> Vec<TableRef<'s>> {
                vec![*t]
            }

            #[rule("from_list Comma table_ref")]
            fn from_list(
                &mut self,
                mut list: Vec<TableRef<'s>>,
                _: Tok,
                t: Box<TableRef<'s>>,
            ) -> Vec<TableRef<'s>> {
                list.push(*t);
                list
            }

            #[rule("table_primary")]
            fn table_ref(&mut self, t: Box<TableRef<'s>>) -> Box<TableRef<'s>> {
                t
            }

            #[rule("table_ref join_kind Join table_primary join_constraint")]
            fn table_ref(
                &mut self,
                left: Box<TableRef<'s>>,
                kind: JoinKind,
                _: Tok,
                right: Box<TableRef<'s>>,
                constraint: JoinConstraint<'s>,
            ) -> Box<TableRef<'s>> {
                Box::new(TableRef::Join {
                    left: bx(left),
                    kind,
                    right: bx(right),
                    constraint,
                })
            }

            #[rule("table_ref Cross Join table_primary")]
            fn table_ref(
                &mut self,
                left: Box<TableRef<'s>>,
                _: Tok,
                _: Tok,
                right: Box<TableRef<'s>>,
            ) -> Box<TableRef<'s>> {
                Box::new(TableRef::Join {
                    left: bx(left),
                    kind: JoinKind::Cross,
                    right: bx(right),
                    constraint: JoinConstraint::None,
                })
            }

            #[rule("table_ref Natural join_kind Join table_primary")]
            fn table_ref(
                &mut self,
                left: Box<TableRef<'s>>,
                _: Tok,
                kind: JoinKind,
                _: Tok,
                right: Box<TableRef<'s>>,
            ) -> Box<TableRef<'s>> {
                let kind = match kind {
                    JoinKind::Left => JoinKind::NaturalLeft,
                    JoinKind::Right => JoinKind::NaturalRight,
                    JoinKind::Full => JoinKind::NaturalFull,
                    _ => JoinKind::Natural,
                };
                Box::new(TableRef::Join {
                    left: bx(left),
                    kind,
                    right: bx(right),
                    constraint: JoinConstraint::None,
                })
            }

            #[rule("")]
            fn join_kind(&mut self) -> JoinKind {
                JoinKind::Inner
            }

            #[rule("Inner")]
            fn join_kind(&mut self, _: Tok) -> JoinKind {
                JoinKind::Inner
            }

            #[rule("Left [Outer]", "Right [Outer]", "Full [Outer]")]
            fn join_kind(&mut self, t: Tok, _: Option<Tok<'s>>) -> JoinKind {
                match t {
                    Tok::Left => JoinKind::Left,
                    Tok::Right => JoinKind::Right,
                    _ => JoinKind::Full,
                }
            }

            #[rule("On expr")]
            fn join_constraint(&mut self, _: Tok, e: Expr<'s>) -> JoinConstraint<'s> {
                JoinConstraint::On(e)
            }

            #[rule("Using column_list")]
            fn join_constraint(&mut self, _: Tok, columns: Vec<Ident<'s>>) -> JoinConstraint<'s> {
                JoinConstraint::Using {
                    columns,
                    alias: None,
                }
            }

            #[rule("Using column_list As ident")]
            fn join_constraint(
                &mut self,
                _: Tok,
                columns: Vec<Ident<'s>>,
                _: Tok,
                alias: Ident<'s>,
            ) -> JoinConstraint<'s> {
                JoinConstraint::Using {
                    columns,
                    alias: Some(alias),
                }
            }

            #[rule("qname [table_alias]")]
            fn table_primary(
                &mut self,
                name: ObjectName<'s>,
                alias: Option<TableAlias<'s>>,
            ) -> Box<TableRef<'s>> {
                Box::new(TableRef::Table { name, alias })
            }

            // The function's name is a `qname`, as a table's is: with `compound` (the name of a call
            // in an expression) the parser would have to choose between them at the first `.`.
            #[rule("qname LParen [expr_list] RParen [table_alias]")]
            fn table_primary(
                &mut self,
                name: ObjectName<'s>,
                _: Tok,
                args: Option<Vec<Expr<'s>>>,
                _: Tok,
                alias: Option<TableAlias<'s>>,
            ) -> Box<TableRef<'s>> {
                table_function(false, name, args, alias)
            }

            #[rule("Lateral qname LParen [expr_list] RParen [table_alias]")]
            fn table_primary(
                &mut self,
                _: Tok,
                name: ObjectName<'s>,
                _: Tok,
                args: Option<Vec<Expr<'s>>>,
                _: Tok,
                alias: Option<TableAlias<'s>>,
            ) -> Box<TableRef<'s>> {
                table_function(true, name, args, alias)
            }

            #[rule("select_with_parens [table_alias]")]
            fn table_primary(
                &mut self,
                q: Box<Query<'s>>,
                alias: Option<TableAlias<'s>>,
            ) -> Box<TableRef<'s>> {
                Box::new(TableRef::Derived {
                    lateral: false,
                    query: bx(q),
                    alias,
                })
            }

            #[rule("Lateral select_with_parens [table_alias]")]
            fn table_primary(
                &mut self,
                _: Tok,
                q: Box<Query<'s>>,
                alias: Option<TableAlias<'s>>,
            ) -> Box<TableRef<'s>> {
                Box::new(TableRef::Derived {
                    lateral: true,
                    query: bx(q),
                    alias,
                })
            }

            #[rule("As ident [column_list]")]
            fn table_alias(
                &mut self,
                _: Tok,
                name: Ident<'s>,
                columns: Option<Vec<Ident<'s>>>,
            ) -> TableAlias<'s> {
                TableAlias {
                    name,
                    columns: columns.unwrap_or_default(),
                }
            }

            #[rule("bare_alias [column_list]")]
            fn table_alias(&mut self, name: Ident<'s>, columns: Option<Vec<Ident<'s>>>) -> TableAlias<'s> {
                TableAlias {
                    name,
                    columns: columns.unwrap_or_default(),
                }
            }

            #[rule("Where expr")]
            fn where_clause(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Group By group_list")]
            fn group_by(&mut self, _: Tok, _: Tok, list: Vec<Expr<'s>>) -> (Vec<Expr<'s>>, bool) {
                (list, false)
            }

            #[rule("group_item")]
            fn group_list(&mut self, e: Expr<'s>) -> Vec<Expr<'s>> {
                list_of(e)
            }

            #[rule("group_list Comma group_item")]
            fn group_list(&mut self, mut list: Vec<Expr<'s>>, _: Tok, e: Expr<'s>) -> Vec<Expr<'s>> {
                list.push(e);
                list
            }

            #[rule("expr")]
            fn group_item(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("rollup_cube")]
            fn group_item(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Rollup LParen expr_list RParen", "Cube LParen expr_list RParen")]
            fn rollup_cube(&mut self, t: Tok, _: Tok, list: Vec<Expr<'s>>, _: Tok, at: Span) -> Expr<'s> {
                let kind = if t == Tok::Rollup {
                    GroupingKind::Rollup
                } else {
                    GroupingKind::Cube
                };
                Expr::new(ExprKind::GroupingSets { kind, items: list }, at)
            }

            #[rule("Group By All")]
            fn group_by(&mut self, _: Tok, _: Tok, _: Tok) -> (Vec<Expr<'s>>, bool) {
                (Vec::new(), true)
            }

            #[rule("Having expr")]
            fn having(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Order By order_list")]
            fn order_by(&mut self, _: Tok, _: Tok, list: Vec<OrderBy<'s>>) -> Vec<OrderBy<'s>> {
                list
            }

            #[rule("expr [asc_desc] [nulls_order]")]
            fn order_list(
                &mut self,
                expr: Expr<'s>,
                asc: Option<bool>,
                nulls_first: Option<bool>,
            ) -> Vec<OrderBy<'s>> {
                vec![OrderBy {
                    expr,
                    asc,
                    nulls_first,
                }]
            }

            #[rule("order_list Comma expr [asc_desc] [nulls_order]")]
            fn order_list(
                &mut self,
                mut list: Vec<OrderBy<'s>>,
                _: Tok,
                expr: Expr<'s>,
                asc: Option<bool>,
                nulls_first: Option<bool>,
            ) -> Vec<OrderBy<'s>> {
                list.push(OrderBy {
                    expr,
                    asc,
                    nulls_first,
                });
                list
            }

            #[rule("Asc", "Desc")]
            fn asc_desc(&mut self, t: Tok) -> bool {
                t == Tok::Asc
            }

            #[rule("Nulls First", "Nulls Last")]
            fn nulls_order(&mut self, _: Tok, t: Tok) -> bool {
                t == Tok::First
            }

            #[rule("limit")]
            fn limits(&mut self, n: Option<Expr<'s>>) -> Limits<'s> {
                Box::new((n, None, None))
            }

            #[rule("limit Offset expr [row_word]")]
            fn limits(
                &mut self,
                n: Option<Expr<'s>>,
                _: Tok,
                m: Expr<'s>,
                _: Option<Tok<'s>>,
            ) -> Limits<'s> {
                Box::new((n, Some(m), None))
            }

            #[rule("Offset expr [row_word] limit")]
            fn limits(
                &mut self,
                _: Tok,
                m: Expr<'s>,
                _: Option<Tok<'s>>,
                n: Option<Expr<'s>>,
            ) -> Limits<'s> {
                Box::new((n, Some(m), None))
            }

            // `LIMIT ALL` is no limit: the tree holds none.
            #[rule("Limit expr")]
            fn limit(&mut self, _: Tok, n: Expr<'s>) -> Option<Expr<'s>> {
                Some(n)
            }

            #[rule("Limit All")]
            fn limit(&mut self, _: Tok, _: Tok) -> Option<Expr<'s>> {
                None
            }

            #[rule("Offset expr [row_word] [fetch]")]
            fn limits(
                &mut self,
                _: Tok,
                m: Expr<'s>,
                _: Option<Tok<'s>>,
                fetch: Option<Fetch<'s>>,
            ) -> Limits<'s> {
                Box::new((None, Some(m), fetch))
            }

            #[rule("fetch")]
            fn limits(&mut self, fetch: Fetch<'s>) -> Limits<'s> {
                Box::new((None, None, Some(fetch)))
            }

            #[rule("Row", "Rows")]
            fn row_word(&mut self, t: Tok<'s>) -> Tok<'s> {
                t
            }

            #[rule("Fetch first_next [fetch_count] row_word fetch_end")]
            fn fetch(
                &mut self,
                _: Tok,
                _: Tok,
                count: Option<Expr<'s>>,
                _: Tok,
                with_ties: bool,
            ) -> Fetch<'s> {
                Fetch {
                    count,
                    percent: false,
                    with_ties,
                }
            }

            #[rule("Fetch first_next fetch_count PercentKw row_word fetch_end")]
            fn fetch(
                &mut self,
                _: Tok,
                _: Tok,
                count: Expr<'s>,
                _: Tok,
                _: Tok,
                with_ties: bool,
            ) -> Fetch<'s> {
                Fetch {
                    count: Some(count),
                    percent: true,
                    with_ties,
                }
            }

            #[rule("Only")]
            fn fetch_end(&mut self, _: Tok) -> bool {
                false
            }

            #[rule("With Ties")]
            fn fetch_end(&mut self, _: Tok, _: Tok) -> bool {
                true
            }

            #[rule("First", "Next")]
            fn first_next(&mut self, t: Tok<'s>) -> Tok<'s> {
                t
            }

            #[rule("Integer")]
            fn fetch_count(&mut self, n: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Literal(Literal::Number(n)), at)
            }

            #[rule("Param", "NamedParam")]
            fn fetch_count(&mut self, p: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Parameter(p), at)
            }

            // ----- expressions -----

            #[rule(
                "expr Or expr",
                "expr And expr",
                "expr Eq expr",
                "expr Ne expr",
                "expr Lt expr",
                "expr Le expr",
                "expr Gt expr",
                "expr Ge expr",
                "expr Concat expr",
                "expr Arrow expr",
                "expr LongArrow expr",
                "expr HashArrow expr",
                "expr HashLongArrow expr",
                "expr AtArrow expr",
                "expr ArrowAt expr",
                "expr AmpAmp expr",
                "expr Tilde expr",
                "expr TildeStar expr",
                "expr BangTilde expr",
                "expr BangTildeStar expr",
                "expr Pipe expr",
                "expr Amp expr",
                "expr Hash expr",
                "expr ShiftLeftOp expr",
                "expr ShiftRightOp expr",
                "expr Caret expr",
                "expr Plus expr",
                "expr Minus expr",
                "expr Star expr",
                "expr Slash expr",
                "expr Percent expr",
                "expr Overlaps expr"
            )]
            fn expr(&mut self, a: Expr<'s>, op: Tok, b: Expr<'s>, at: Span) -> Expr<'s> {
                binary(a, op, b, at)
            }

            #[rule("Not expr")]
            fn expr(&mut self, _: Tok, e: Expr<'s>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        expr: bx(e),
                    },
                    at,
                )
            }

            #[rule("Minus expr %prec UMINUS", "Plus expr %prec UMINUS")]
            fn expr(&mut self, op: Tok, e: Expr<'s>, at: Span) -> Expr<'s> {
                unary(op, e, at)
            }

            #[rule("expr Is Null")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::IsNull {
                        expr: bx(e),
                        negated: false,
                    },
                    at,
                )
            }

            #[rule("expr Is Not Null")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, _: Tok, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::IsNull {
                        expr: bx(e),
                        negated: true,
                    },
                    at,
                )
            }

            #[rule("expr Is True", "expr Is False", "expr Is Unknown")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, v: Tok, at: Span) -> Expr<'s> {
                is_bool(e, false, v, at)
            }

            #[rule("expr Is Not True", "expr Is Not False", "expr Is Not Unknown")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, _: Tok, v: Tok, at: Span) -> Expr<'s> {
                is_bool(e, true, v, at)
            }

            #[rule("expr DoubleColon data_type")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, ty: DataType<'s>, at: Span) -> Expr<'s> {
                double_colon(e, ty, at)
            }

            #[rule("expr Is Distinct From expr %prec Is")]
            fn expr(&mut self, a: Expr<'s>, _: Tok, _: Tok, _: Tok, b: Expr<'s>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::IsDistinctFrom {
                        left: bx(a),
                        negated: false,
                        right: bx(b),
                    },
                    at,
                )
            }

            #[rule("expr Is Not Distinct From expr %prec Is")]
            fn expr(
                &mut self,
                a: Expr<'s>,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                b: Expr<'s>,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::IsDistinctFrom {
                        left: bx(a),
                        negated: true,
                        right: bx(b),
                    },
                    at,
                )
            }

            #[rule("expr In LParen expr_list RParen")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                _: Tok,
                list: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::InList {
                        expr: bx(e),
                        negated: false,
                        list,
                    },
                    at,
                )
            }

            #[rule("expr Not In LParen expr_list RParen %prec In")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                _: Tok,
                _: Tok,
                list: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::InList {
                        expr: bx(e),
                        negated: true,
                        list,
                    },
                    at,
                )
            }

            #[rule("expr In select_with_parens")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::InSubquery {
                        expr: bx(e),
                        negated: false,
                        query: bx(q),
                    },
                    at,
                )
            }

            #[rule("expr Not In select_with_parens %prec In")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, _: Tok, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::InSubquery {
                        expr: bx(e),
                        negated: true,
                        query: bx(q),
                    },
                    at,
                )
            }

            #[rule("expr Between bexpr And expr %prec Between")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                lo: Expr<'s>,
                _: Tok,
                hi: Expr<'s>,
                at: Span,
            ) -> Expr<'s> {
                between(e, false, lo, hi, at)
            }

            #[rule("expr Not Between bexpr And expr %prec Between")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                _: Tok,
                lo: Expr<'s>,
                _: Tok,
                hi: Expr<'s>,
                at: Span,
            ) -> Expr<'s> {
                between(e, true, lo, hi, at)
            }

            #[rule("expr like_op expr %prec Like")]
            fn expr(&mut self, e: Expr<'s>, op: PatternOp, p: Expr<'s>, at: Span) -> Expr<'s> {
                like(e, op, false, p, None, at)
            }

            #[rule("expr Not like_op expr %prec Like")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, op: PatternOp, p: Expr<'s>, at: Span) -> Expr<'s> {
                like(e, op, true, p, None, at)
            }

            #[rule("expr like_op any_all LParen expr_list RParen %prec Like")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                op: PatternOp,
                all: bool,
                _: Tok,
                patterns: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                like_any_all(e, op, false, all, patterns, at)
            }

            #[rule("expr Not like_op any_all LParen expr_list RParen %prec Like")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                op: PatternOp,
                all: bool,
                _: Tok,
                patterns: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                like_any_all(e, op, true, all, patterns, at)
            }

            // After `LIKE ANY`, `((SELECT ...))` is the query in parentheses, as after `= ANY`: the
            // `)` is shifted (the conflict `expect` counts).
            #[rule("expr like_op any_all select_with_parens %prec Like")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                op: PatternOp,
                all: bool,
                q: Box<Query<'s>>,
                at: Span,
            ) -> Expr<'s> {
                like_any_all_query(e, op, false, all, q, at)
            }

            #[rule("expr Not like_op any_all select_with_parens %prec Like")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                op: PatternOp,
                all: bool,
                q: Box<Query<'s>>,
                at: Span,
            ) -> Expr<'s> {
                like_any_all_query(e, op, true, all, q, at)
            }

            #[rule("expr like_op expr Escape expr")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                op: PatternOp,
                p: Expr<'s>,
                _: Tok,
                c: Expr<'s>,
                at: Span,
            ) -> Expr<'s> {
                like(e, op, false, p, Some(c), at)
            }

            #[rule("expr Not like_op expr Escape expr")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                op: PatternOp,
                p: Expr<'s>,
                _: Tok,
                c: Expr<'s>,
                at: Span,
            ) -> Expr<'s> {
                like(e, op, true, p, Some(c), at)
            }

            #[rule("Like")]
            fn like_op(&mut self, _: Tok) -> PatternOp {
                PatternOp::Like
            }

            #[rule("Ilike")]
            fn like_op(&mut self, _: Tok) -> PatternOp {
                PatternOp::ILike
            }

            #[rule("Similar To")]
            fn like_op(&mut self, _: Tok, _: Tok) -> PatternOp {
                PatternOp::SimilarTo
            }

            #[rule(
                "expr Eq any_all select_with_parens %prec Eq",
                "expr Ne any_all select_with_parens %prec Eq",
                "expr Lt any_all select_with_parens %prec Eq",
                "expr Le any_all select_with_parens %prec Eq",
                "expr Gt any_all select_with_parens %prec Eq",
                "expr Ge any_all select_with_parens %prec Eq"
            )]
            fn expr(&mut self, a: Expr<'s>, op: Tok, all: bool, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::AnyAll {
                        left: bx(a),
                        op: binop(op),
                        all,
                        query: bx(q),
                    },
                    at,
                )
            }

            #[rule(
                "expr Eq any_all LParen expr RParen %prec Eq",
                "expr Ne any_all LParen expr RParen %prec Eq",
                "expr Lt any_all LParen expr RParen %prec Eq",
                "expr Le any_all LParen expr RParen %prec Eq",
                "expr Gt any_all LParen expr RParen %prec Eq",
                "expr Ge any_all LParen expr RParen %prec Eq"
            )]
            fn expr(
                &mut self,
                a: Expr<'s>,
                op: Tok,
                all: bool,
                _: Tok,
                b: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::AnyAllArray {
                        left: bx(a),
                        op: binop(op),
                        all,
                        right: bx(b),
                    },
                    at,
                )
            }

            #[rule("expr At Time Zone expr %prec At")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, _: Tok, _: Tok, z: Expr<'s>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::AtTimeZone {
                        expr: bx(e),
                        zone: bx(z),
                    },
                    at,
                )
            }

            #[rule("expr Collate qname")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, collation: ObjectName<'s>, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::Collate {
                        expr: bx(e),
                        collation,
                    },
                    at,
                )
            }

            #[rule("expr LBracket expr RBracket")]
            fn expr(&mut self, e: Expr<'s>, _: Tok, i: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                subscript(e, i, at)
            }

            #[rule("expr LBracket expr slice_upper RBracket %prec LBracket")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                lower: Expr<'s>,
                upper: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                slice(e, Some(lower), Some(upper), at)
            }

            #[rule("expr LBracket [expr] Colon [expr] RBracket %prec LBracket")]
            fn expr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                lower: Option<Expr<'s>>,
                _: Tok,
                upper: Option<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                slice(e, lower, upper, at)
            }

            // Names, numbers, strings and parameters, the most common operands, are rules of `expr`
            // (and of `bexpr`) rather than of `primary`: one reduction instead of three.
            #[rule("Ident")]
            fn expr(&mut self, name: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Identifier(Ident::new(name)), at)
            }

            #[rule("QuotedIdent")]
            fn expr(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                quoted_name(raw, at)
            }

            #[rule("Integer", "Decimal")]
            fn expr(&mut self, n: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Literal(Literal::Number(n)), at)
            }

            #[rule("Str")]
            fn expr(&mut self, s: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Literal(Literal::String(unquote(s, '\''))), at)
            }

            #[rule("Param", "NamedParam")]
            fn expr(&mut self, p: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Parameter(p), at)
            }

            #[rule("primary")]
            fn expr(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            // The upper bound of a slice written without a space after its `:`, `a[1:n]`, which
            // lexes as the lower bound and a named parameter: an expression whose first name is the
            // parameter's name. It reads the bounds people write (names, qualified names, calls,
            // operators and casts); `a[1: expr]` reads any expression.
            #[rule("NamedParam")]
            fn slice_upper(&mut self, p: &'s str, at: Span) -> Expr<'s> {
                colon_name(p, at)
            }

            #[rule("NamedParam Dot ident")]
            fn slice_upper(&mut self, p: &'s str, _: Tok, id: Ident<'s>, at: Span) -> Expr<'s> {
                let first = Ident::new(p.get(1..).unwrap_or(""));
                Expr::new(ExprKind::CompoundIdentifier(vec![first, id]), at)
            }

            #[rule("NamedParam LParen [expr_list] RParen")]
            fn slice_upper(
                &mut self,
                p: &'s str,
                _: Tok,
                args: Option<Vec<Expr<'s>>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                let name = ObjectName(vec![Ident::new(p.get(1..).unwrap_or(""))]);
                let f = function(
                    name,
                    false,
                    FunctionArgs::List(args.unwrap_or_default()),
                    Vec::new(),
                );
                Expr::new(ExprKind::Function(f), at)
            }

            #[rule(
                "slice_upper Concat expr",
                "slice_upper Arrow expr",
                "slice_upper LongArrow expr",
                "slice_upper HashArrow expr",
                "slice_upper HashLongArrow expr",
                "slice_upper Pipe expr",
                "slice_upper Amp expr",
                "slice_upper Hash expr",
                "slice_upper ShiftLeftOp expr",
                "slice_upper ShiftRightOp expr",
                "slice_upper Caret expr",
                "slice_upper Plus expr",
                "slice_upper Minus expr",
                "slice_upper Star expr",
                "slice_upper Slash expr",
                "slice_upper Percent expr"
            )]
            fn slice_upper(&mut self, a: Expr<'s>, op: Tok, b: Expr<'s>, at: Span) -> Expr<'s> {
                binary(a, op, b, at)
            }

            #[rule("slice_upper DoubleColon data_type")]
            fn slice_upper(&mut self, e: Expr<'s>, _: Tok, ty: DataType<'s>, at: Span) -> Expr<'s> {
                double_colon(e, ty, at)
            }

            #[rule("slice_upper LBracket expr RBracket")]
            fn slice_upper(&mut self, e: Expr<'s>, _: Tok, i: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                subscript(e, i, at)
            }

            #[rule("Any", "Some")]
            fn any_all(&mut self, _: Tok) -> bool {
                false
            }

            #[rule("All")]
            fn any_all(&mut self, _: Tok) -> bool {
                true
            }

            // The restricted expressions of PostgreSQL's `b_expr`: no boolean operators, no
            // comparisons, no IN, LIKE, BETWEEN or IS, so that the `AND` of `BETWEEN a AND b` and the
            // `NOT` of a following `NOT NULL` constraint cannot be read as operators.
            #[rule(
                "bexpr Concat bexpr",
                "bexpr Arrow bexpr",
                "bexpr LongArrow bexpr",
                "bexpr HashArrow bexpr",
                "bexpr HashLongArrow bexpr",
                "bexpr AtArrow bexpr",
                "bexpr ArrowAt bexpr",
                "bexpr AmpAmp bexpr",
                "bexpr Tilde bexpr",
                "bexpr TildeStar bexpr",
                "bexpr BangTilde bexpr",
                "bexpr BangTildeStar bexpr",
                "bexpr Pipe bexpr",
                "bexpr Amp bexpr",
                "bexpr Hash bexpr",
                "bexpr ShiftLeftOp bexpr",
                "bexpr ShiftRightOp bexpr",
                "bexpr Caret bexpr",
                "bexpr Plus bexpr",
                "bexpr Minus bexpr",
                "bexpr Star bexpr",
                "bexpr Slash bexpr",
                "bexpr Percent bexpr"
            )]
            fn bexpr(&mut self, a: Expr<'s>, op: Tok, b: Expr<'s>, at: Span) -> Expr<'s> {
                binary(a, op, b, at)
            }

            #[rule("Minus bexpr %prec UMINUS", "Plus bexpr %prec UMINUS")]
            fn bexpr(&mut self, op: Tok, e: Expr<'s>, at: Span) -> Expr<'s> {
                unary(op, e, at)
            }

            #[rule("bexpr LBracket expr RBracket")]
            fn bexpr(&mut self, e: Expr<'s>, _: Tok, i: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                subscript(e, i, at)
            }

            #[rule("bexpr LBracket expr slice_upper RBracket %prec LBracket")]
            fn bexpr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                lower: Expr<'s>,
                upper: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                slice(e, Some(lower), Some(upper), at)
            }

            #[rule("bexpr LBracket [expr] Colon [expr] RBracket %prec LBracket")]
            fn bexpr(
                &mut self,
                e: Expr<'s>,
                _: Tok,
                lower: Option<Expr<'s>>,
                _: Tok,
                upper: Option<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                slice(e, lower, upper, at)
            }

            #[rule("bexpr DoubleColon data_type")]
            fn bexpr(&mut self, e: Expr<'s>, _: Tok, ty: DataType<'s>, at: Span) -> Expr<'s> {
                double_colon(e, ty, at)
            }

            #[rule("Ident")]
            fn bexpr(&mut self, name: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Identifier(Ident::new(name)), at)
            }

            #[rule("QuotedIdent")]
            fn bexpr(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                quoted_name(raw, at)
            }

            #[rule("Integer", "Decimal")]
            fn bexpr(&mut self, n: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Literal(Literal::Number(n)), at)
            }

            #[rule("Str")]
            fn bexpr(&mut self, s: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Literal(Literal::String(unquote(s, '\''))), at)
            }

            #[rule("Param", "NamedParam")]
            fn bexpr(&mut self, p: &'s str, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Parameter(p), at)
            }

            #[rule("primary")]
            fn bexpr(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("True", "False", "Null")]
            fn primary(&mut self, t: Tok, at: Span) -> Expr<'s> {
                let lit = match t {
                    Tok::True => Literal::Boolean(true),
                    Tok::False => Literal::Boolean(false),
                    _ => Literal::Null,
                };
                Expr::new(ExprKind::Literal(lit), at)
            }

            #[rule("Date Str", "Time Str", "Timestamp Str")]
            fn primary(&mut self, t: Tok, s: &'s str, at: Span) -> Expr<'s> {
                let kind = match t {
                    Tok::Date => TypedKind::Date,
                    Tok::Time => TypedKind::Time,
                    _ => TypedKind::Timestamp,
                };
                Expr::new(
                    ExprKind::Literal(Literal::Typed {
                        kind,
                        value: unquote(s, '\''),
                    }),
                    at,
                )
            }

            #[rule("Interval Str [interval_qualifier]")]
            fn primary(
                &mut self,
                _: Tok,
                s: &'s str,
                q: Option<(IntervalUnit, Option<&'s str>)>,
                at: Span,
            ) -> Expr<'s> {
                let (unit, precision) = match q {
                    Some((u, p)) => (Some(u), p),
                    None => (None, None),
                };
                interval(s, unit, precision, None, at)
            }

            // `INTERVAL 1 DAY`, as MySQL and BigQuery write it, is `INTERVAL '1' DAY`.
            #[rule("Interval Integer interval_unit")]
            fn primary(&mut self, _: Tok, n: &'s str, unit: IntervalUnit, at: Span) -> Expr<'s> {
                interval(n, Some(unit), None, None, at)
            }

            #[rule("Interval Str interval_unit To interval_unit")]
            fn primary(
                &mut self,
                _: Tok,
                s: &'s str,
                unit: IntervalUnit,
                _: Tok,
                to: IntervalUnit,
                at: Span,
            ) -> Expr<'s> {
                interval(s, Some(unit), None, Some(to), at)
            }

            #[rule("EscapeStr")]
            fn primary(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                let value = raw.get(2..raw.len() - 1).unwrap_or("");
                Expr::new(ExprKind::Literal(Literal::EscapeString(value)), at)
            }

            #[rule("NationalStr")]
            fn primary(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                let value = unquote(raw.get(1..).unwrap_or(""), '\'');
                Expr::new(ExprKind::Literal(Literal::NationalString(value)), at)
            }

            #[rule("HexStr")]
            fn primary(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                let value = raw.get(2..raw.len() - 1).unwrap_or("");
                Expr::new(ExprKind::Literal(Literal::HexString(value)), at)
            }

            #[rule("DollarStr")]
            fn primary(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                // `$tag$` opens and closes the text: the tag is what lies between the first two `$`.
                let tag_len = raw[1..].find('$').unwrap_or(0);
                let tag = &raw[1..1 + tag_len];
                let value = raw.get(tag_len + 2..raw.len() - tag_len - 2).unwrap_or("");
                Expr::new(ExprKind::Literal(Literal::DollarString { tag, value }), at)
            }

            #[rule("Ident Str")]
            fn primary(&mut self, name: &'s str, s: &'s str, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::Literal(Literal::TypedString {
                        type_name: name,
                        value: unquote(s, '\''),
                    }),
                    at,
                )
            }

            #[rule("BackquotedIdent")]
            fn primary(&mut self, raw: &'s str, at: Span) -> Expr<'s> {
                Expr::new(
                    ExprKind::Identifier(Ident {
                        value: unquote(raw, '`'),
                        quoted: true,
                    }),
                    at,
                )
            }

            // Names that are keywords; plain and quoted names are rules of `expr` and `bexpr`.
            #[rule("kw_ident")]
            fn primary(&mut self, id: Ident<'s>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Identifier(id), at)
            }

            #[rule("compound")]
            fn primary(&mut self, ids: Vec<Ident<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::CompoundIdentifier(ids), at)
            }

            #[rule("func_app")]
            fn primary(&mut self, f: Box<Function<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Function(f), at)
            }

            // The clauses after a call are written out rather than as three optional parts, so that a
            // plain call, the common case, takes no reductions of empty rules.
            #[rule("func_app within_group [filter_clause] [over]")]
            fn primary(
                &mut self,
                mut f: Box<Function<'s>>,
                within: Vec<OrderBy<'s>>,
                filter: Option<Expr<'s>>,
                over: Option<Over<'s>>,
                at: Span,
            ) -> Expr<'s> {
                let c = f.clauses.get_or_insert_with(Box::default);
                c.within_group = within;
                c.filter = filter;
                c.over = over;
                Expr::new(ExprKind::Function(f), at)
            }

            #[rule("func_app filter_clause [over]")]
            fn primary(
                &mut self,
                mut f: Box<Function<'s>>,
                filter: Expr<'s>,
                over: Option<Over<'s>>,
                at: Span,
            ) -> Expr<'s> {
                let c = f.clauses.get_or_insert_with(Box::default);
                c.filter = Some(filter);
                c.over = over;
                Expr::new(ExprKind::Function(f), at)
            }

            #[rule("func_app over")]
            fn primary(&mut self, mut f: Box<Function<'s>>, over: Over<'s>, at: Span) -> Expr<'s> {
                f.clauses.get_or_insert_with(Box::default).over = Some(over);
                Expr::new(ExprKind::Function(f), at)
            }

            // `ceil(x)` and `floor(x)` after the `(` has been shifted (see the precedence of `CEIL`):
            // the same call as any other function's.
            #[rule("Ceil LParen expr_list RParen", "Floor LParen expr_list RParen")]
            fn func_app(
                &mut self,
                t: Tok,
                _: Tok,
                args: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Box<Function<'s>> {
                let len = if t == Tok::Ceil { 4 } else { 5 };
                let name = self.text(Span::new(at.start, at.start + len));
                function(
                    ObjectName(vec![Ident::new(name)]),
                    false,
                    FunctionArgs::List(args),
                    Vec::new(),
                )
            }

            #[rule(
                "Ceil LParen expr To interval_unit RParen",
                "Floor LParen expr To interval_unit RParen"
            )]
            fn primary(
                &mut self,
                t: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                unit: IntervalUnit,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                let floor = t == Tok::Floor;
                Expr::new(
                    ExprKind::RoundTo {
                        floor,
                        expr: bx(e),
                        unit,
                    },
                    at,
                )
            }

            #[rule("func_name LParen RParen")]
            fn func_app(&mut self, name: ObjectName<'s>, _: Tok, _: Tok) -> Box<Function<'s>> {
                function(name, false, FunctionArgs::List(Vec::new()), Vec::new())
            }

            #[rule("func_name LParen Star RParen")]
            fn func_app(&mut self, name: ObjectName<'s>, _: Tok, _: Tok, _: Tok) -> Box<Function<'s>> {
                function(name, false, FunctionArgs::Star, Vec::new())
            }

            #[rule("func_name LParen expr_list [order_by] RParen")]
            fn func_app(
                &mut self,
                name: ObjectName<'s>,
                _: Tok,
                args: Vec<Expr<'s>>,
                order: Option<Vec<OrderBy<'s>>>,
                _: Tok,
            ) -> Box<Function<'s>> {
                function(
                    name,
                    false,
                    FunctionArgs::List(args),
                    order.unwrap_or_default(),
                )
            }

            #[rule(
                "func_name LParen Distinct expr_list [order_by] RParen",
                "func_name LParen All expr_list [order_by] RParen"
            )]
            fn func_app(
                &mut self,
                name: ObjectName<'s>,
                _: Tok,
                d: Tok,
                args: Vec<Expr<'s>>,
                order: Option<Vec<OrderBy<'s>>>,
                _: Tok,
            ) -> Box<Function<'s>> {
                function(
                    name,
                    d == Tok::Distinct,
                    FunctionArgs::List(args),
                    order.unwrap_or_default(),
                )
            }

            #[rule("Within Group LParen order_by RParen")]
            fn within_group(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                order: Vec<OrderBy<'s>>,
                _: Tok,
            ) -> Vec<OrderBy<'s>> {
                order
            }

            #[rule("Filter LParen Where expr RParen")]
            fn filter_clause(&mut self, _: Tok, _: Tok, _: Tok, e: Expr<'s>, _: Tok) -> Expr<'s> {
                e
            }

            #[rule("Case [expr] when_list [else_clause] End")]
            fn primary(
                &mut self,
                _: Tok,
                operand: Option<Expr<'s>>,
                whens: Vec<(Expr<'s>, Expr<'s>)>,
                else_result: Option<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Case {
                        operand: operand.map(bx),
                        whens,
                        else_result: else_result.map(bx),
                    },
                    at,
                )
            }

            #[rule("Cast LParen expr As data_type RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                ty: DataType<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Cast {
                        style: CastStyle::Cast,
                        expr: bx(e),
                        data_type: bx(ty),
                    },
                    at,
                )
            }

            #[rule("Extract LParen ident From expr RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                field: Ident<'s>,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(ExprKind::Extract { field, expr: bx(e) }, at)
            }

            #[rule("Substring LParen expr From expr [substring_for] RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                from: Expr<'s>,
                length: Option<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Substring {
                        expr: bx(e),
                        from: Some(bx(from)),
                        length: length.map(bx),
                    },
                    at,
                )
            }

            #[rule("Substring LParen expr For expr RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                length: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Substring {
                        expr: bx(e),
                        from: None,
                        length: Some(bx(length)),
                    },
                    at,
                )
            }

            #[rule("Overlay LParen expr Placing expr From expr [substring_for] RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                placing: Expr<'s>,
                _: Tok,
                from: Expr<'s>,
                length: Option<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Overlay {
                        expr: bx(e),
                        placing: bx(placing),
                        from: bx(from),
                        length: length.map(bx),
                    },
                    at,
                )
            }

            #[rule("TryCast LParen expr As data_type RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                ty: DataType<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Cast {
                        style: CastStyle::TryCast,
                        expr: bx(e),
                        data_type: bx(ty),
                    },
                    at,
                )
            }

            #[rule("LParen expr Comma expr_list RParen")]
            fn primary(
                &mut self,
                _: Tok,
                first: Expr<'s>,
                _: Tok,
                rest: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                let mut items = Vec::with_capacity(rest.len() + 1);
                items.push(first);
                items.extend(rest);
                Expr::new(ExprKind::Row(items), at)
            }

            #[rule("LParen expr RParen Dot ident")]
            fn primary(
                &mut self,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                _: Tok,
                field: Ident<'s>,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(ExprKind::FieldAccess { expr: bx(e), field }, at)
            }

            // `SUBSTRING(s, start [, length])` is an ordinary call of the function `SUBSTRING`.
            #[rule("Substring LParen expr_list RParen")]
            fn primary(&mut self, kw: Tok, _: Tok, args: Vec<Expr<'s>>, _: Tok, at: Span) -> Expr<'s> {
                let _ = kw;
                let name = ObjectName(vec![Ident::new("SUBSTRING")]);
                let f = function(name, false, FunctionArgs::List(args), Vec::new());
                Expr::new(ExprKind::Function(f), at)
            }

            #[rule("Position LParen bexpr In expr RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                needle: Expr<'s>,
                _: Tok,
                hay: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::Position {
                        needle: bx(needle),
                        haystack: bx(hay),
                    },
                    at,
                )
            }

            #[rule("Trim LParen expr RParen")]
            fn primary(&mut self, _: Tok, _: Tok, e: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                trim(None, None, e, at)
            }

            #[rule("Trim LParen expr From expr RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                what: Expr<'s>,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                trim(None, Some(what), e, at)
            }

            #[rule("Trim LParen trim_side [expr] From expr RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                side: TrimSide,
                what: Option<Expr<'s>>,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                trim(Some(side), what, e, at)
            }

            #[rule("Default")]
            fn primary(&mut self, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Default, at)
            }

            #[rule("Grouping Sets LParen grouping_sets RParen")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                sets: Vec<Expr<'s>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(
                    ExprKind::GroupingSets {
                        kind: GroupingKind::Sets,
                        items: sets,
                    },
                    at,
                )
            }

            #[rule("Array LBracket [expr_list] RBracket")]
            fn primary(
                &mut self,
                _: Tok,
                _: Tok,
                items: Option<Vec<Expr<'s>>>,
                _: Tok,
                at: Span,
            ) -> Expr<'s> {
                Expr::new(ExprKind::Array(items.unwrap_or_default()), at)
            }

            #[rule("Array select_with_parens")]
            fn primary(&mut self, _: Tok, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::ArraySubquery(q), at)
            }

            #[rule("Exists select_with_parens")]
            fn primary(&mut self, _: Tok, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Exists(bx(q)), at)
            }

            #[rule("select_with_parens")]
            fn primary(&mut self, q: Box<Query<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Subquery(bx(q)), at)
            }

            #[rule("LParen expr RParen")]
            fn primary(&mut self, _: Tok, e: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Nested(bx(e)), at)
            }

            #[rule("When expr Then expr")]
            fn when_list(&mut self, _: Tok, c: Expr<'s>, _: Tok, r: Expr<'s>) -> Vec<(Expr<'s>, Expr<'s>)> {
                vec![(c, r)]
            }

            #[rule("when_list When expr Then expr")]
            fn when_list(
                &mut self,
                mut list: Vec<(Expr<'s>, Expr<'s>)>,
                _: Tok,
                c: Expr<'s>,
                _: Tok,
                r: Expr<'s>,
            ) -> Vec<(Expr<'s>, Expr<'s>)> {
                list.push((c, r));
                list
            }

            #[rule("Else expr")]
            fn else_clause(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("For expr")]
            fn substring_for(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Leading", "Trailing", "Both")]
            fn trim_side(&mut self, t: Tok) -> TrimSide {
                match t {
                    Tok::Leading => TrimSide::Leading,
                    Tok::Trailing => TrimSide::Trailing,
                    _ => TrimSide::Both,
                }
            }

            #[rule("interval_unit %prec UNIT")]
            fn interval_qualifier(&mut self, u: IntervalUnit) -> (IntervalUnit, Option<&'s str>) {
                (u, None)
            }

            #[rule("interval_unit LParen Integer RParen")]
            fn interval_qualifier(
                &mut self,
                u: IntervalUnit,
                _: Tok,
                p: &'s str,
                _: Tok,
            ) -> (IntervalUnit, Option<&'s str>) {
                (u, Some(p))
            }

            #[rule("Year", "Month", "Day", "Hour", "Minute", "Second")]
            fn interval_unit(&mut self, t: Tok) -> IntervalUnit {
                match t {
                    Tok::Year => IntervalUnit::Year,
                    Tok::Month => IntervalUnit::Month,
                    Tok::Day => IntervalUnit::Day,
                    Tok::Hour => IntervalUnit::Hour,
                    Tok::Minute => IntervalUnit::Minute,
                    _ => IntervalUnit::Second,
                }
            }

            #[rule("grouping_set")]
            fn grouping_sets(&mut self, e: Expr<'s>) -> Vec<Expr<'s>> {
                vec![e]
            }

            #[rule("grouping_sets Comma grouping_set")]
            fn grouping_sets(&mut self, mut list: Vec<Expr<'s>>, _: Tok, e: Expr<'s>) -> Vec<Expr<'s>> {
                list.push(e);
                list
            }

            #[rule("expr", "rollup_cube")]
            fn grouping_set(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("LParen RParen")]
            fn grouping_set(&mut self, _: Tok, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Row(Vec::new()), at)
            }

            #[rule("expr")]
            fn expr_list(&mut self, e: Expr<'s>) -> Vec<Expr<'s>> {
                list_of(e)
            }

            #[rule("expr_list Comma expr")]
            fn expr_list(&mut self, mut list: Vec<Expr<'s>>, _: Tok, e: Expr<'s>) -> Vec<Expr<'s>> {
                list.push(e);
                list
            }

            // ----- names and types -----

            #[rule("ident")]
            fn qname(&mut self, id: Ident<'s>) -> ObjectName<'s> {
                ObjectName(vec![id])
            }

            #[rule("ident Dot ident")]
            fn compound(&mut self, a: Ident<'s>, _: Tok, b: Ident<'s>) -> Vec<Ident<'s>> {
                let mut ids = Vec::with_capacity(3);
                ids.push(a);
                ids.push(b);
                ids
            }

            #[rule("compound Dot ident")]
            fn compound(&mut self, mut ids: Vec<Ident<'s>>, _: Tok, id: Ident<'s>) -> Vec<Ident<'s>> {
                ids.push(id);
                ids
            }

            // After a `.`, any keyword is a name, as in PostgreSQL: `t.from`, `t.interval`.
            #[rule("ident Dot reserved_label")]
            fn compound(&mut self, a: Ident<'s>, _: Tok, b: Ident<'s>) -> Vec<Ident<'s>> {
                let mut ids = Vec::with_capacity(3);
                ids.push(a);
                ids.push(b);
                ids
            }

            #[rule("compound Dot reserved_label")]
            fn compound(&mut self, mut ids: Vec<Ident<'s>>, _: Tok, id: Ident<'s>) -> Vec<Ident<'s>> {
                ids.push(id);
                ids
            }

            #[rule(
                "All",
                "Analyze",
                "And",
                "Any",
                "Array",
                "As",
                "Asc",
                "Authorization",
                "Between",
                "Both",
                "By",
                "Case",
                "Cast",
                "Check",
                "Collate",
                "Column",
                "Concurrently",
                "Constraint",
                "Create",
                "Cross",
                "Default",
                "Delete",
                "Desc",
                "Distinct",
                "Do",
                "Double",
                "Drop",
                "Else",
                "End",
                "Escape",
                "Except",
                "Exists",
                "Extract",
                "False",
                "Fetch",
                "For",
                "Foreign",
                "From",
                "Full",
                "Grant",
                "Group",
                "Having",
                "If",
                "Ilike",
                "In",
                "Inner",
                "Insert",
                "Intersect",
                "Interval",
                "Into",
                "Is",
                "Join",
                "Lateral",
                "Leading",
                "Left",
                "Like",
                "Limit",
                "Natural",
                "Not",
                "Null",
                "Of",
                "Offset",
                "On",
                "Or",
                "Order",
                "Outer",
                "Overlaps",
                "Overlay",
                "Placing",
                "Position",
                "Primary",
                "Recursive",
                "References",
                "Returning",
                "Revoke",
                "Right",
                "Select",
                "Set",
                "Similar",
                "Some",
                "Substring",
                "Table",
                "Then",
                "To",
                "Trailing",
                "Trim",
                "True",
                "TryCast",
                "Unbounded",
                "Union",
                "Unique",
                "Update",
                "Using",
                "Values",
                "View",
                "When",
                "Where",
                "Window",
                "With"
            )]
            fn reserved_label(&mut self, _: Tok, at: Span) -> Ident<'s> {
                Ident::new(self.text(at))
            }

            #[rule("ident")]
            fn func_name(&mut self, id: Ident<'s>) -> ObjectName<'s> {
                ObjectName(vec![id])
            }

            #[rule("compound")]
            fn func_name(&mut self, ids: Vec<Ident<'s>>) -> ObjectName<'s> {
                ObjectName(ids)
            }

            #[rule("qname Dot ident")]
            fn qname(&mut self, mut name: ObjectName<'s>, _: Tok, id: Ident<'s>) -> ObjectName<'s> {
                name.0.push(id);
                name
            }

            #[rule("qname Dot reserved_label")]
            fn qname(&mut self, mut name: ObjectName<'s>, _: Tok, id: Ident<'s>) -> ObjectName<'s> {
                name.0.push(id);
                name
            }

            #[rule("Ident")]
            fn ident(&mut self, name: &'s str) -> Ident<'s> {
                Ident::new(name)
            }

            #[rule("QuotedIdent")]
            fn ident(&mut self, raw: &'s str) -> Ident<'s> {
                Ident {
                    value: unquote(raw, '"'),
                    quoted: true,
                }
            }

            // The non-reserved keywords: they are names wherever a name may stand.
            #[rule(
                "Date",
                "Time",
                "Timestamp",
                "Year",
                "Month",
                "Day",
                "Hour",
                "Minute",
                "Second",
                "First",
                "Last",
                "Next",
                "Nulls",
                "Row",
                "Rows",
                "Only",
                "Key",
                "Precision",
                "Current",
                "Exclude",
                "Filter",
                "Following",
                "Groups",
                "No",
                "Others",
                "Over",
                "Partition",
                "Preceding",
                "Range",
                "Ties",
                "Unknown",
                "Within",
                "Conflict",
                "Nothing",
                "Begin",
                "Start",
                "Transaction",
                "Work",
                "Commit",
                "Rollback",
                "Savepoint",
                "Release",
                "Isolation",
                "Level",
                "Read",
                "Write",
                "Committed",
                "Uncommitted",
                "Repeatable",
                "Serializable",
                "Index",
                "Include",
                "Schema",
                "Sequence",
                "Type",
                "Cascade",
                "Restrict",
                "Alter",
                "Add",
                "Rename",
                "Truncate",
                "Restart",
                "Identity",
                "Continue",
                "Materialized",
                "Data",
                "Privileges",
                "Option",
                "Tables",
                "Show",
                "Reset",
                "Verbose",
                "Session",
                "Local",
                "Zone",
                "Explain",
                "Share",
                "Nowait",
                "Skip",
                "Locked",
                "At",
                "Action",
                "Always",
                "Generated",
                "Stored",
                "Character",
                "Varying",
                "Without",
                "Temp",
                "Temporary",
                "Replace",
                "Enum",
                "Increment",
                "Minvalue",
                "Maxvalue",
                "Cache",
                "Ceil",
                "Cube",
                "Rollup",
                "Floor",
                "Cycle",
                "Merge",
                "Matched",
                "Copy",
                "Stdin",
                "Stdout",
                "Extension",
                "Vacuum",
                "Grouping",
                "Sets",
                "Comment",
                "Listen",
                "Notify",
                "Unlisten",
                "Unlogged",
                "Prepare",
                "Execute",
                "Deallocate",
                "Language",
                "PercentKw",
                "Owner",
                "Binary",
                "Csv",
                "Delimiter",
                "Encoding",
                "Force",
                "Freeze",
                "Header",
                "Quote"
            )]
            fn kw_ident(&mut self, _: Tok, at: Span) -> Ident<'s> {
                Ident::new(self.text(at))
            }

            #[rule("kw_ident")]
            fn ident(&mut self, id: Ident<'s>) -> Ident<'s> {
                id
            }

            // A backquoted name is a quoted name: it prints between double quotes.
            #[rule("BackquotedIdent")]
            fn ident(&mut self, raw: &'s str) -> Ident<'s> {
                Ident {
                    value: unquote(raw, '`'),
                    quoted: true,
                }
            }

            #[rule("ident")]
            fn ident_list(&mut self, id: Ident<'s>) -> Vec<Ident<'s>> {
                vec![id]
            }

            #[rule("ident_list Comma ident")]
            fn ident_list(&mut self, mut list: Vec<Ident<'s>>, _: Tok, id: Ident<'s>) -> Vec<Ident<'s>> {
                list.push(id);
                list
            }

            #[rule("LParen ident_list RParen")]
            fn column_list(&mut self, _: Tok, list: Vec<Ident<'s>>, _: Tok) -> Vec<Ident<'s>> {
                list
            }

            #[rule("type_name")]
            fn data_type(&mut self, name: TypeName<'s>) -> DataType<'s> {
                DataType {
                    name,
                    params: Vec::new(),
                    array_dims: 0,
                }
            }

            #[rule("type_name LParen Integer RParen")]
            fn data_type(&mut self, name: TypeName<'s>, _: Tok, p: &'s str, _: Tok) -> DataType<'s> {
                DataType {
                    name,
                    params: vec![p],
                    array_dims: 0,
                }
            }

            #[rule("type_name LParen Integer Comma Integer RParen")]
            fn data_type(
                &mut self,
                name: TypeName<'s>,
                _: Tok,
                p: &'s str,
                _: Tok,
                q: &'s str,
                _: Tok,
            ) -> DataType<'s> {
                DataType {
                    name,
                    params: vec![p, q],
                    array_dims: 0,
                }
            }

            #[rule("data_type LBracket RBracket")]
            fn data_type(&mut self, mut ty: DataType<'s>, _: Tok, _: Tok) -> DataType<'s> {
                ty.array_dims += 1;
                ty
            }

            #[rule("ident")]
            fn type_name(&mut self, id: Ident<'s>) -> TypeName<'s> {
                TypeName::Named(id)
            }

            #[rule("Double Precision")]
            fn type_name(&mut self, _: Tok, _: Tok) -> TypeName<'s> {
                TypeName::DoublePrecision
            }

            #[rule("Character Varying")]
            fn type_name(&mut self, _: Tok, _: Tok) -> TypeName<'s> {
                TypeName::CharacterVarying
            }

            #[rule(
                "Timestamp With Time Zone",
                "Timestamp Without Time Zone",
                "Time With Time Zone",
                "Time Without Time Zone"
            )]
            fn type_name(&mut self, t: Tok, w: Tok, _: Tok, _: Tok) -> TypeName<'s> {
                TypeName::TimeZoned {
                    timestamp: t == Tok::Timestamp,
                    with_time_zone: w == Tok::With,
                }
            }

            // `INTERVAL` is reserved (it opens an interval literal) but is a type name too.
            #[rule("Interval")]
            fn type_name(&mut self, _: Tok, at: Span) -> TypeName<'s> {
                TypeName::Named(Ident::new(self.text(at)))
            }

            // ----- data changes -----

            #[rule("Insert Into insert_target insert_source [on_conflict] [returning]")]
            fn insert(
                &mut self,
                _: Tok,
                _: Tok,
                (table, alias): (ObjectName<'s>, Option<Ident<'s>>),
                source: InsertSource<'s>,
                on_conflict: Option<OnConflict<'s>>,
                returning: Option<Vec<SelectItem<'s>>>,
            ) -> Box<Insert<'s>> {
                Box::new(Insert {
                    with: None,
                    table,
                    alias,
                    columns: Vec::new(),
                    source,
                    on_conflict,
                    returning: returning.unwrap_or_default(),
                })
            }

            // Written out rather than `[column_list]`: after `INSERT INTO t` a `(` may open the column
            // list or a parenthesized query, and only the token after it tells which.
            #[rule("Insert Into insert_target column_list insert_source [on_conflict] [returning]")]
            fn insert(
                &mut self,
                _: Tok,
                _: Tok,
                (table, alias): (ObjectName<'s>, Option<Ident<'s>>),
                columns: Vec<Ident<'s>>,
                source: InsertSource<'s>,
                on_conflict: Option<OnConflict<'s>>,
                returning: Option<Vec<SelectItem<'s>>>,
            ) -> Box<Insert<'s>> {
                Box::new(Insert {
                    with: None,
                    table,
                    alias,
                    columns,
                    source,
                    on_conflict,
                    returning: returning.unwrap_or_default(),
                })
            }

            #[rule("qname")]
            fn insert_target(&mut self, name: ObjectName<'s>) -> (ObjectName<'s>, Option<Ident<'s>>) {
                (name, None)
            }

            #[rule("qname As ident")]
            fn insert_target(
                &mut self,
                name: ObjectName<'s>,
                _: Tok,
                alias: Ident<'s>,
            ) -> (ObjectName<'s>, Option<Ident<'s>>) {
                (name, Some(alias))
            }

            // `VALUES` rows are a query like any other; a query that is nothing but rows is kept as
            // `InsertSource::Values`, the form most inserts take.
            #[rule("query")]
            fn insert_source(&mut self, mut q: Box<Query<'s>>) -> InsertSource<'s> {
                let bare = q.with.is_none()
                    && q.order_by.is_empty()
                    && q.limit.is_none()
                    && q.offset.is_none()
                    && q.fetch.is_none();
                match &mut q.body {
                    SetExpr::Values(rows) if bare => InsertSource::Values(std::mem::take(rows)),
                    _ => InsertSource::Query(bx(q)),
                }
            }

            #[rule("Default Values")]
            fn insert_source(&mut self, _: Tok, _: Tok) -> InsertSource<'s> {
                InsertSource::DefaultValues
            }

            #[rule("On Conflict [conflict_target] Do Nothing")]
            fn on_conflict(
                &mut self,
                _: Tok,
                _: Tok,
                target: Option<ConflictTarget<'s>>,
                _: Tok,
                _: Tok,
            ) -> OnConflict<'s> {
                OnConflict {
                    target,
                    action: ConflictAction::Nothing,
                }
            }

            #[rule("On Conflict [conflict_target] Do Update Set assignments [where_clause]")]
            fn on_conflict(
                &mut self,
                _: Tok,
                _: Tok,
                target: Option<ConflictTarget<'s>>,
                _: Tok,
                _: Tok,
                _: Tok,
                assignments: Vec<(Ident<'s>, Expr<'s>)>,
                selection: Option<Expr<'s>>,
            ) -> OnConflict<'s> {
                OnConflict {
                    target,
                    action: ConflictAction::Update {
                        assignments,
                        selection,
                    },
                }
            }

            #[rule("LParen conflict_keys RParen [where_clause]")]
            fn conflict_target(
                &mut self,
                _: Tok,
                keys: Vec<Expr<'s>>,
                _: Tok,
                selection: Option<Expr<'s>>,
            ) -> ConflictTarget<'s> {
                ConflictTarget::Index { keys, selection }
            }

            #[rule("conflict_key")]
            fn conflict_keys(&mut self, key: Expr<'s>) -> Vec<Expr<'s>> {
                list_of(key)
            }

            #[rule("conflict_keys Comma conflict_key")]
            fn conflict_keys(&mut self, mut keys: Vec<Expr<'s>>, _: Tok, key: Expr<'s>) -> Vec<Expr<'s>> {
                keys.push(key);
                keys
            }

            // The keys of a unique index, as `CREATE INDEX` writes them: a column, a call, or any
            // expression in parentheses.
            #[rule("ident")]
            fn conflict_key(&mut self, id: Ident<'s>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Identifier(id), at)
            }

            #[rule("func_app")]
            fn conflict_key(&mut self, f: Box<Function<'s>>, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Function(f), at)
            }

            #[rule("LParen expr RParen")]
            fn conflict_key(&mut self, _: Tok, e: Expr<'s>, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Nested(bx(e)), at)
            }

            #[rule("On Constraint ident")]
            fn conflict_target(&mut self, _: Tok, _: Tok, name: Ident<'s>) -> ConflictTarget<'s> {
                ConflictTarget::Constraint(name)
            }

            #[rule("Returning select_list")]
            fn returning(&mut self, _: Tok, items: Vec<SelectItem<'s>>) -> Vec<SelectItem<'s>> {
                items
            }

            #[rule("LParen expr_list RParen")]
            fn rows(&mut self, _: Tok, row: Vec<Expr<'s>>, _: Tok) -> Vec<Vec<Expr<'s>>> {
                vec![row]
            }

            #[rule("rows Comma LParen expr_list RParen")]
            fn rows(
                &mut self,
                mut list: Vec<Vec<Expr<'s>>>,
                _: Tok,
                _: Tok,
                row: Vec<Expr<'s>>,
                _: Tok,
            ) -> Vec<Vec<Expr<'s>>> {
                list.push(row);
                list
            }

            #[rule("Update qname [update_alias] Set assignments [from] [where_clause] [returning]")]
            fn update(
                &mut self,
                _: Tok,
                table: ObjectName<'s>,
                alias: Option<Ident<'s>>,
                _: Tok,
                assignments: Vec<(Ident<'s>, Expr<'s>)>,
                from: Option<Vec<TableRef<'s>>>,
                selection: Option<Expr<'s>>,
                returning: Option<Vec<SelectItem<'s>>>,
            ) -> Box<Update<'s>> {
                Box::new(Update {
                    with: None,
                    table,
                    alias,
                    assignments,
                    from: from.unwrap_or_default(),
                    selection,
                    returning: returning.unwrap_or_default(),
                })
            }

            #[rule("As ident")]
            fn update_alias(&mut self, _: Tok, id: Ident<'s>) -> Ident<'s> {
                id
            }

            #[rule("bare_alias")]
            fn update_alias(&mut self, id: Ident<'s>) -> Ident<'s> {
                id
            }

            #[rule("ident Eq expr")]
            fn assignments(&mut self, c: Ident<'s>, _: Tok, e: Expr<'s>) -> Vec<(Ident<'s>, Expr<'s>)> {
                vec![(c, e)]
            }

            #[rule("assignments Comma ident Eq expr")]
            fn assignments(
                &mut self,
                mut list: Vec<(Ident<'s>, Expr<'s>)>,
                _: Tok,
                c: Ident<'s>,
                _: Tok,
                e: Expr<'s>,
            ) -> Vec<(Ident<'s>, Expr<'s>)> {
                list.push((c, e));
                list
            }

            #[rule("Delete From qname [update_alias] [delete_using] [where_clause] [returning]")]
            fn delete(
                &mut self,
                _: Tok,
                _: Tok,
                table: ObjectName<'s>,
                alias: Option<Ident<'s>>,
                using: Option<Vec<TableRef<'s>>>,
                selection: Option<Expr<'s>>,
                returning: Option<Vec<SelectItem<'s>>>,
            ) -> Box<Delete<'s>> {
                Box::new(Delete {
                    with: None,
                    table,
                    alias,
                    using: using.unwrap_or_default(),
                    selection,
                    returning: returning.unwrap_or_default(),
                })
            }

            #[rule("Using from_list")]
            fn delete_using(&mut self, _: Tok, list: Vec<TableRef<'s>>) -> Vec<TableRef<'s>> {
                list
            }

            // ----- indexes and changes to tables -----

            #[rule(
                "Create [Unique] Index [Concurrently] [if_not_exists] [ident] On qname [index_using] LParen order_list RParen [index_include] [where_clause]"
            )]
            fn create_index(
                &mut self,
                _: Tok,
                unique: Option<Tok<'s>>,
                _: Tok,
                concurrently: Option<Tok<'s>>,
                ine: Option<bool>,
                name: Option<Ident<'s>>,
                _: Tok,
                table: ObjectName<'s>,
                using: Option<Ident<'s>>,
                _: Tok,
                keys: Vec<OrderBy<'s>>,
                _: Tok,
                include: Option<Vec<Ident<'s>>>,
                predicate: Option<Expr<'s>>,
            ) -> Box<CreateIndex<'s>> {
                Box::new(CreateIndex {
                    unique: unique.is_some(),
                    concurrently: concurrently.is_some(),
                    if_not_exists: ine.is_some(),
                    name,
                    table,
                    using,
                    keys,
                    include: include.unwrap_or_default(),
                    predicate,
                })
            }

            #[rule("Using ident")]
            fn index_using(&mut self, _: Tok, method: Ident<'s>) -> Ident<'s> {
                method
            }

            #[rule("Include column_list")]
            fn index_include(&mut self, _: Tok, cols: Vec<Ident<'s>>) -> Vec<Ident<'s>> {
                cols
            }

            #[rule("Alter Table [if_exists] qname alter_actions")]
            fn alter_table(
                &mut self,
                _: Tok,
                _: Tok,
                ie: Option<bool>,
                name: ObjectName<'s>,
                actions: Vec<AlterTableAction<'s>>,
            ) -> Box<AlterTable<'s>> {
                Box::new(AlterTable {
                    if_exists: ie.is_some(),
                    name,
                    actions,
                })
            }

            #[rule("alter_action")]
            fn alter_actions(&mut self, a: Box<AlterTableAction<'s>>) -> Vec<AlterTableAction<'s>> {
                vec![*a]
            }

            #[rule("alter_actions Comma alter_action")]
            fn alter_actions(
                &mut self,
                mut list: Vec<AlterTableAction<'s>>,
                _: Tok,
                a: Box<AlterTableAction<'s>>,
            ) -> Vec<AlterTableAction<'s>> {
                list.push(*a);
                list
            }

            #[rule("Add [Column] [if_not_exists] column_def")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                ine: Option<bool>,
                column: Box<ColumnDef<'s>>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::AddColumn {
                    if_not_exists: ine.is_some(),
                    column: *column,
                })
            }

            #[rule("Add [constraint_name] table_constraint")]
            fn alter_action(
                &mut self,
                _: Tok,
                name: Option<Ident<'s>>,
                kind: TableConstraintKind<'s>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::AddConstraint(TableConstraint {
                    name,
                    kind,
                }))
            }

            #[rule("Drop [Column] [if_exists] ident [drop_behavior]")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                ie: Option<bool>,
                name: Ident<'s>,
                behavior: Option<DropBehavior>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::DropColumn {
                    if_exists: ie.is_some(),
                    name,
                    behavior,
                })
            }

            #[rule("Drop Constraint [if_exists] ident [drop_behavior]")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Tok,
                ie: Option<bool>,
                name: Ident<'s>,
                behavior: Option<DropBehavior>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::DropConstraint {
                    if_exists: ie.is_some(),
                    name,
                    behavior,
                })
            }

            #[rule("Alter [Column] ident alter_column")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                name: Ident<'s>,
                change: AlterColumn<'s>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::AlterColumn { name, change })
            }

            #[rule("Rename [Column] ident To ident")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                old: Ident<'s>,
                _: Tok,
                new: Ident<'s>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::RenameColumn { old, new })
            }

            #[rule("Rename Constraint ident To ident")]
            fn alter_action(
                &mut self,
                _: Tok,
                _: Tok,
                old: Ident<'s>,
                _: Tok,
                new: Ident<'s>,
            ) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::RenameConstraint { old, new })
            }

            #[rule("Rename To qname")]
            fn alter_action(&mut self, _: Tok, _: Tok, name: ObjectName<'s>) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::RenameTable(name))
            }

            #[rule("Owner To ident")]
            fn alter_action(&mut self, _: Tok, _: Tok, role: Ident<'s>) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::OwnerTo(role))
            }

            #[rule("Set Schema ident")]
            fn alter_action(&mut self, _: Tok, _: Tok, schema: Ident<'s>) -> Box<AlterTableAction<'s>> {
                Box::new(AlterTableAction::SetSchema(schema))
            }

            // Other objects take one change: a new name, schema or owner.
            #[rule("Alter alter_object_type [if_exists] qname Rename To qname")]
            fn alter_object(
                &mut self,
                _: Tok,
                object: ObjectType,
                ie: Option<bool>,
                name: ObjectName<'s>,
                _: Tok,
                _: Tok,
                new: ObjectName<'s>,
            ) -> Box<AlterObject<'s>> {
                Box::new(AlterObject {
                    object,
                    if_exists: ie.is_some(),
                    name,
                    action: AlterTableAction::RenameTable(new),
                })
            }

            #[rule(
                "Alter alter_object_type [if_exists] qname Owner To ident",
                "Alter alter_object_type [if_exists] qname Set Schema ident"
            )]
            fn alter_object(
                &mut self,
                _: Tok,
                object: ObjectType,
                ie: Option<bool>,
                name: ObjectName<'s>,
                what: Tok,
                _: Tok,
                target: Ident<'s>,
            ) -> Box<AlterObject<'s>> {
                let action = if what == Tok::Owner {
                    AlterTableAction::OwnerTo(target)
                } else {
                    AlterTableAction::SetSchema(target)
                };
                Box::new(AlterObject {
                    object,
                    if_exists: ie.is_some(),
                    name,
                    action,
                })
            }

            #[rule("View", "Index", "Sequence", "Type")]
            fn alter_object_type(&mut self, t: Tok) -> ObjectType {
                match t {
                    Tok::View => ObjectType::View,
                    Tok::Index => ObjectType::Index,
                    Tok::Sequence => ObjectType::Sequence,
                    _ => ObjectType::Type,
                }
            }

            #[rule("Materialized View")]
            fn alter_object_type(&mut self, _: Tok, _: Tok) -> ObjectType {
                ObjectType::MaterializedView
            }

            #[rule("Set Default bexpr")]
            fn alter_column(&mut self, _: Tok, _: Tok, e: Expr<'s>) -> AlterColumn<'s> {
                AlterColumn::SetDefault(e)
            }

            #[rule("Drop Default")]
            fn alter_column(&mut self, _: Tok, _: Tok) -> AlterColumn<'s> {
                AlterColumn::DropDefault
            }

            #[rule("Set Not Null", "Drop Not Null")]
            fn alter_column(&mut self, t: Tok, _: Tok, _: Tok) -> AlterColumn<'s> {
                if t == Tok::Set {
                    AlterColumn::SetNotNull
                } else {
                    AlterColumn::DropNotNull
                }
            }

            #[rule("Type data_type [alter_using]")]
            fn alter_column(
                &mut self,
                _: Tok,
                data_type: DataType<'s>,
                using: Option<Expr<'s>>,
            ) -> AlterColumn<'s> {
                AlterColumn::Type { data_type, using }
            }

            #[rule("Set Data Type data_type [alter_using]")]
            fn alter_column(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                data_type: DataType<'s>,
                using: Option<Expr<'s>>,
            ) -> AlterColumn<'s> {
                AlterColumn::Type { data_type, using }
            }

            #[rule("Using expr")]
            fn alter_using(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Truncate [Table] qname_list [restart_identity] [drop_behavior]")]
            fn truncate(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                names: Vec<ObjectName<'s>>,
                restart_identity: Option<bool>,
                behavior: Option<DropBehavior>,
            ) -> Box<Truncate<'s>> {
                Box::new(Truncate {
                    names,
                    restart_identity,
                    behavior,
                })
            }

            #[rule("Restart Identity", "Continue Identity")]
            fn restart_identity(&mut self, t: Tok, _: Tok) -> bool {
                t == Tok::Restart
            }

            #[rule("Cascade")]
            fn drop_behavior(&mut self, _: Tok) -> DropBehavior {
                DropBehavior::Cascade
            }

            #[rule("Restrict")]
            fn drop_behavior(&mut self, _: Tok) -> DropBehavior {
                DropBehavior::Restrict
            }

            // ----- transactions -----

            #[rule("Begin [work_transaction] [transaction_modes]")]
            fn transaction(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                modes: Option<Vec<TransactionMode>>,
            ) -> Box<Transaction<'s>> {
                Box::new(Transaction::Begin(modes.unwrap_or_default()))
            }

            #[rule("Start Transaction [transaction_modes]")]
            fn transaction(
                &mut self,
                _: Tok,
                _: Tok,
                modes: Option<Vec<TransactionMode>>,
            ) -> Box<Transaction<'s>> {
                Box::new(Transaction::Start(modes.unwrap_or_default()))
            }

            #[rule("Commit [work_transaction]")]
            fn transaction(&mut self, _: Tok, _: Option<Tok<'s>>) -> Box<Transaction<'s>> {
                Box::new(Transaction::Commit)
            }

            #[rule("Rollback [work_transaction]")]
            fn transaction(&mut self, _: Tok, _: Option<Tok<'s>>) -> Box<Transaction<'s>> {
                Box::new(Transaction::Rollback)
            }

            // `SAVEPOINT` may be a savepoint's name, so the forms with and without the keyword are
            // written out: an optional `[Savepoint]` would make the parser decide before seeing
            // whether a name follows it.
            #[rule("Rollback [work_transaction] To Savepoint ident")]
            fn transaction(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                _: Tok,
                _: Tok,
                name: Ident<'s>,
            ) -> Box<Transaction<'s>> {
                Box::new(Transaction::RollbackTo(name))
            }

            #[rule("Rollback [work_transaction] To ident")]
            fn transaction(
                &mut self,
                _: Tok,
                _: Option<Tok<'s>>,
                _: Tok,
                name: Ident<'s>,
            ) -> Box<Transaction<'s>> {
                Box::new(Transaction::RollbackTo(name))
            }

            #[rule("Savepoint ident")]
            fn transaction(&mut self, _: Tok, name: Ident<'s>) -> Box<Transaction<'s>> {
                Box::new(Transaction::Savepoint(name))
            }

            #[rule("Release Savepoint ident")]
            fn transaction(&mut self, _: Tok, _: Tok, name: Ident<'s>) -> Box<Transaction<'s>> {
                Box::new(Transaction::Release(name))
            }

            #[rule("Release ident")]
            fn transaction(&mut self, _: Tok, name: Ident<'s>) -> Box<Transaction<'s>> {
                Box::new(Transaction::Release(name))
            }

            #[rule("Work", "Transaction")]
            fn work_transaction(&mut self, t: Tok<'s>) -> Tok<'s> {
                t
            }

            #[rule("transaction_mode")]
            fn transaction_modes(&mut self, m: TransactionMode) -> Vec<TransactionMode> {
                vec![m]
            }

            #[rule("transaction_modes transaction_mode")]
            fn transaction_modes(
                &mut self,
                mut list: Vec<TransactionMode>,
                m: TransactionMode,
            ) -> Vec<TransactionMode> {
                list.push(m);
                list
            }

            #[rule("transaction_modes Comma transaction_mode")]
            fn transaction_modes(
                &mut self,
                mut list: Vec<TransactionMode>,
                _: Tok,
                m: TransactionMode,
            ) -> Vec<TransactionMode> {
                list.push(m);
                list
            }

            #[rule("Isolation Level isolation_level")]
            fn transaction_mode(&mut self, _: Tok, _: Tok, l: IsolationLevel) -> TransactionMode {
                TransactionMode::IsolationLevel(l)
            }

            #[rule("Read Only", "Read Write")]
            fn transaction_mode(&mut self, _: Tok, t: Tok) -> TransactionMode {
                if t == Tok::Only {
                    TransactionMode::ReadOnly
                } else {
                    TransactionMode::ReadWrite
                }
            }

            #[rule("Serializable")]
            fn isolation_level(&mut self, _: Tok) -> IsolationLevel {
                IsolationLevel::Serializable
            }

            #[rule("Repeatable Read")]
            fn isolation_level(&mut self, _: Tok, _: Tok) -> IsolationLevel {
                IsolationLevel::RepeatableRead
            }

            #[rule("Read Committed", "Read Uncommitted")]
            fn isolation_level(&mut self, _: Tok, t: Tok) -> IsolationLevel {
                if t == Tok::Committed {
                    IsolationLevel::ReadCommitted
                } else {
                    IsolationLevel::ReadUncommitted
                }
            }

            // ----- privileges -----

            #[rule("Grant privileges [grant_on] To ident_list [with_grant_option]")]
            fn grant(
                &mut self,
                _: Tok,
                privileges: Privileges<'s>,
                object: Option<GrantObject<'s>>,
                _: Tok,
                grantees: Vec<Ident<'s>>,
                wgo: Option<bool>,
            ) -> Box<Grant<'s>> {
                Box::new(Grant {
                    privileges,
                    object,
                    grantees,
                    with_grant_option: wgo.is_some(),
                })
            }

            #[rule("With Grant Option")]
            fn with_grant_option(&mut self, _: Tok, _: Tok, _: Tok) -> bool {
                true
            }

            #[rule("Revoke privileges [grant_on] From ident_list [drop_behavior]")]
            fn revoke(
                &mut self,
                _: Tok,
                privileges: Privileges<'s>,
                object: Option<GrantObject<'s>>,
                _: Tok,
                grantees: Vec<Ident<'s>>,
                behavior: Option<DropBehavior>,
            ) -> Box<Revoke<'s>> {
                Box::new(Revoke {
                    grant_option_for: false,
                    privileges,
                    object,
                    grantees,
                    behavior,
                })
            }

            #[rule("Revoke Grant Option For privileges [grant_on] From ident_list [drop_behavior]")]
            fn revoke(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                privileges: Privileges<'s>,
                object: Option<GrantObject<'s>>,
                _: Tok,
                grantees: Vec<Ident<'s>>,
                behavior: Option<DropBehavior>,
            ) -> Box<Revoke<'s>> {
                Box::new(Revoke {
                    grant_option_for: true,
                    privileges,
                    object,
                    grantees,
                    behavior,
                })
            }

            #[rule("All [Privileges]")]
            fn privileges(&mut self, _: Tok, _: Option<Tok<'s>>) -> Privileges<'s> {
                Privileges::All
            }

            #[rule("privilege_list")]
            fn privileges(&mut self, list: Vec<Privilege<'s>>) -> Privileges<'s> {
                Privileges::List(list)
            }

            #[rule("privilege")]
            fn privilege_list(&mut self, p: Privilege<'s>) -> Vec<Privilege<'s>> {
                vec![p]
            }

            #[rule("privilege_list Comma privilege")]
            fn privilege_list(
                &mut self,
                mut list: Vec<Privilege<'s>>,
                _: Tok,
                p: Privilege<'s>,
            ) -> Vec<Privilege<'s>> {
                list.push(p);
                list
            }

            // The privileges that are keywords keep their upper-case name; the others (`USAGE`,
            // `EXECUTE`, role names) are names as written.
            #[rule(
                "Select [column_list]",
                "Insert [column_list]",
                "Update [column_list]",
                "References [column_list]"
            )]
            fn privilege(&mut self, t: Tok, columns: Option<Vec<Ident<'s>>>) -> Privilege<'s> {
                let name = match t {
                    Tok::Select => "SELECT",
                    Tok::Insert => "INSERT",
                    Tok::Update => "UPDATE",
                    _ => "REFERENCES",
                };
                Privilege {
                    name: Ident::new(name),
                    columns: columns.unwrap_or_default(),
                }
            }

            #[rule("Delete", "Create", "Truncate", "Execute")]
            fn privilege(&mut self, t: Tok) -> Privilege<'s> {
                let name = match t {
                    Tok::Delete => "DELETE",
                    Tok::Create => "CREATE",
                    Tok::Truncate => "TRUNCATE",
                    _ => "EXECUTE",
                };
                Privilege {
                    name: Ident::new(name),
                    columns: Vec::new(),
                }
            }

            #[rule("Ident", "QuotedIdent")]
            fn privilege(&mut self, t: Tok<'s>) -> Privilege<'s> {
                let name = match t {
                    Tok::QuotedIdent(raw) => Ident {
                        value: unquote(raw, '"'),
                        quoted: true,
                    },
                    Tok::Ident(name) => Ident::new(name),
                    _ => Ident::new(""),
                };
                Privilege {
                    name,
                    columns: Vec::new(),
                }
            }

            #[rule("On qname_list")]
            fn grant_on(&mut self, _: Tok, names: Vec<ObjectName<'s>>) -> GrantObject<'s> {
                GrantObject::Tables(names)
            }

            #[rule("On Table qname_list")]
            fn grant_on(&mut self, _: Tok, _: Tok, names: Vec<ObjectName<'s>>) -> GrantObject<'s> {
                GrantObject::Tables(names)
            }

            #[rule("On Schema qname_list", "On Sequence qname_list")]
            fn grant_on(&mut self, _: Tok, t: Tok, names: Vec<ObjectName<'s>>) -> GrantObject<'s> {
                if t == Tok::Schema {
                    GrantObject::Schemas(names)
                } else {
                    GrantObject::Sequences(names)
                }
            }

            #[rule("On All Tables In Schema qname_list")]
            fn grant_on(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                names: Vec<ObjectName<'s>>,
            ) -> GrantObject<'s> {
                GrantObject::AllTablesInSchema(names)
            }

            // ----- run-time parameters and EXPLAIN -----

            #[rule("Set set_rest")]
            fn set_stmt(&mut self, _: Tok, kind: StatementKind<'s>) -> StatementKind<'s> {
                kind
            }

            #[rule("Set Session set_rest")]
            fn set_stmt(&mut self, _: Tok, _: Tok, kind: StatementKind<'s>) -> StatementKind<'s> {
                kind
            }

            #[rule("Set Local set_rest")]
            fn set_stmt(&mut self, _: Tok, _: Tok, mut kind: StatementKind<'s>) -> StatementKind<'s> {
                if let StatementKind::SetVariable(s) = &mut kind {
                    s.local = true;
                }
                kind
            }

            #[rule("qname To set_values", "qname Eq set_values")]
            fn set_rest(
                &mut self,
                name: ObjectName<'s>,
                _: Tok,
                values: Vec<Expr<'s>>,
            ) -> StatementKind<'s> {
                StatementKind::SetVariable(Box::new(SetVariable {
                    local: false,
                    name: VariableName::Name(name),
                    values,
                }))
            }

            #[rule("Time Zone set_value")]
            fn set_rest(&mut self, _: Tok, _: Tok, value: Expr<'s>) -> StatementKind<'s> {
                StatementKind::SetVariable(Box::new(SetVariable {
                    local: false,
                    name: VariableName::TimeZone,
                    values: vec![value],
                }))
            }

            #[rule("Transaction transaction_modes")]
            fn set_rest(&mut self, _: Tok, modes: Vec<TransactionMode>) -> StatementKind<'s> {
                StatementKind::SetTransaction(Box::new(modes))
            }

            #[rule("set_value")]
            fn set_values(&mut self, e: Expr<'s>) -> Vec<Expr<'s>> {
                vec![e]
            }

            #[rule("set_values Comma set_value")]
            fn set_values(&mut self, mut list: Vec<Expr<'s>>, _: Tok, e: Expr<'s>) -> Vec<Expr<'s>> {
                list.push(e);
                list
            }

            #[rule("bexpr")]
            fn set_value(&mut self, e: Expr<'s>) -> Expr<'s> {
                e
            }

            // `ON` is reserved but is a common value (`SET enable_seqscan = on`): it reads as a name.
            #[rule("On")]
            fn set_value(&mut self, _: Tok, at: Span) -> Expr<'s> {
                Expr::new(ExprKind::Identifier(Ident::new(self.text(at))), at)
            }

            #[rule("Show variable_name")]
            fn show_stmt(&mut self, _: Tok, name: VariableName<'s>) -> StatementKind<'s> {
                StatementKind::Show(Box::new(name))
            }

            #[rule("Reset variable_name")]
            fn show_stmt(&mut self, _: Tok, name: VariableName<'s>) -> StatementKind<'s> {
                StatementKind::Reset(Box::new(name))
            }

            #[rule("qname")]
            fn variable_name(&mut self, name: ObjectName<'s>) -> VariableName<'s> {
                VariableName::Name(name)
            }

            #[rule("Time Zone")]
            fn variable_name(&mut self, _: Tok, _: Tok) -> VariableName<'s> {
                VariableName::TimeZone
            }

            #[rule("All")]
            fn variable_name(&mut self, _: Tok) -> VariableName<'s> {
                VariableName::All
            }

            // Only queries and data changes are explained, as in PostgreSQL; so `EXPLAIN` does not
            // nest, and neither do the trees it builds.
            //
            // The forms are written out: with `[Analyze] [Verbose]`, the `(` of `EXPLAIN (SELECT 1)`
            // would have to be told from the `(` of the options before the parser could see past it.
            #[rule("Explain explainable")]
            fn explain(&mut self, _: Tok, statement: Statement<'s>) -> Box<Explain<'s>> {
                explain(false, false, statement)
            }

            #[rule("Explain Analyze [Verbose] explainable")]
            fn explain(
                &mut self,
                _: Tok,
                _: Tok,
                verbose: Option<Tok<'s>>,
                statement: Statement<'s>,
            ) -> Box<Explain<'s>> {
                explain(true, verbose.is_some(), statement)
            }

            #[rule("Explain Verbose explainable")]
            fn explain(&mut self, _: Tok, _: Tok, statement: Statement<'s>) -> Box<Explain<'s>> {
                explain(false, true, statement)
            }

            #[rule("Explain LParen explain_options RParen explainable")]
            fn explain(
                &mut self,
                _: Tok,
                _: Tok,
                options: Vec<(Ident<'s>, Option<Expr<'s>>)>,
                _: Tok,
                statement: Statement<'s>,
            ) -> Box<Explain<'s>> {
                Box::new(Explain {
                    analyze: false,
                    verbose: false,
                    options,
                    statement: Box::new(statement),
                })
            }

            #[rule("explain_option")]
            fn explain_options(
                &mut self,
                o: (Ident<'s>, Option<Expr<'s>>),
            ) -> Vec<(Ident<'s>, Option<Expr<'s>>)> {
                vec![o]
            }

            #[rule("explain_options Comma explain_option")]
            fn explain_options(
                &mut self,
                mut list: Vec<(Ident<'s>, Option<Expr<'s>>)>,
                _: Tok,
                o: (Ident<'s>, Option<Expr<'s>>),
            ) -> Vec<(Ident<'s>, Option<Expr<'s>>)> {
                list.push(o);
                list
            }

            #[rule("ident [set_value]")]
            fn explain_option(
                &mut self,
                name: Ident<'s>,
                value: Option<Expr<'s>>,
            ) -> (Ident<'s>, Option<Expr<'s>>) {
                (name, value)
            }

            #[rule("Analyze [set_value]")]
            fn explain_option(&mut self, _: Tok, value: Option<Expr<'s>>) -> (Ident<'s>, Option<Expr<'s>>) {
                (Ident::new("ANALYZE"), value)
            }

            // `COPY`'s `NULL 'text'`: the string that stands for a null value.
            #[rule("Null set_value")]
            fn explain_option(&mut self, _: Tok, value: Expr<'s>) -> (Ident<'s>, Option<Expr<'s>>) {
                (Ident::new("NULL"), Some(value))
            }

            #[rule("query")]
            fn explainable(&mut self, q: Box<Query<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Query(q),
                    span: at,
                }
            }

            #[rule("insert")]
            fn explainable(&mut self, s: Box<Insert<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Insert(s),
                    span: at,
                }
            }

            #[rule("update")]
            fn explainable(&mut self, s: Box<Update<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Update(s),
                    span: at,
                }
            }

            #[rule("delete")]
            fn explainable(&mut self, s: Box<Delete<'s>>, at: Span) -> Statement<'s> {
                Statement {
                    kind: StatementKind::Delete(s),
                    span: at,
                }
            }

            // ----- MERGE and COPY -----

            #[rule("Merge Into qname [update_alias] Using table_primary On expr merge_clauses")]
            fn merge(
                &mut self,
                _: Tok,
                _: Tok,
                table: ObjectName<'s>,
                alias: Option<Ident<'s>>,
                _: Tok,
                source: Box<TableRef<'s>>,
                _: Tok,
                on: Expr<'s>,
                clauses: Vec<MergeClause<'s>>,
            ) -> Box<Merge<'s>> {
                Box::new(Merge {
                    table,
                    alias,
                    source: *source,
                    on,
                    clauses,
                })
            }

            #[rule("merge_clause")]
            fn merge_clauses(&mut self, c: MergeClause<'s>) -> Vec<MergeClause<'s>> {
                vec![c]
            }

            #[rule("merge_clauses merge_clause")]
            fn merge_clauses(
                &mut self,
                mut list: Vec<MergeClause<'s>>,
                c: MergeClause<'s>,
            ) -> Vec<MergeClause<'s>> {
                list.push(c);
                list
            }

            #[rule("When Matched [merge_condition] Then merge_matched")]
            fn merge_clause(
                &mut self,
                _: Tok,
                _: Tok,
                condition: Option<Expr<'s>>,
                _: Tok,
                action: MergeAction<'s>,
            ) -> MergeClause<'s> {
                MergeClause {
                    matched: true,
                    condition,
                    action,
                }
            }

            #[rule("When Not Matched [merge_condition] Then merge_not_matched")]
            fn merge_clause(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                condition: Option<Expr<'s>>,
                _: Tok,
                action: MergeAction<'s>,
            ) -> MergeClause<'s> {
                MergeClause {
                    matched: false,
                    condition,
                    action,
                }
            }

            #[rule("And expr")]
            fn merge_condition(&mut self, _: Tok, e: Expr<'s>) -> Expr<'s> {
                e
            }

            #[rule("Update Set assignments")]
            fn merge_matched(
                &mut self,
                _: Tok,
                _: Tok,
                sets: Vec<(Ident<'s>, Expr<'s>)>,
            ) -> MergeAction<'s> {
                MergeAction::Update(sets)
            }

            #[rule("Delete")]
            fn merge_matched(&mut self, _: Tok) -> MergeAction<'s> {
                MergeAction::Delete
            }

            #[rule("Do Nothing")]
            fn merge_matched(&mut self, _: Tok, _: Tok) -> MergeAction<'s> {
                MergeAction::DoNothing
            }

            #[rule("Insert [column_list] Values LParen expr_list RParen")]
            fn merge_not_matched(
                &mut self,
                _: Tok,
                columns: Option<Vec<Ident<'s>>>,
                _: Tok,
                _: Tok,
                values: Vec<Expr<'s>>,
                _: Tok,
            ) -> MergeAction<'s> {
                MergeAction::Insert {
                    columns: columns.unwrap_or_default(),
                    values,
                }
            }

            #[rule("Insert Default Values")]
            fn merge_not_matched(&mut self, _: Tok, _: Tok, _: Tok) -> MergeAction<'s> {
                MergeAction::InsertDefaultValues
            }

            #[rule("Do Nothing")]
            fn merge_not_matched(&mut self, _: Tok, _: Tok) -> MergeAction<'s> {
                MergeAction::DoNothing
            }

            #[rule("Copy qname [column_list] copy_direction copy_target [copy_options]")]
            fn copy(
                &mut self,
                _: Tok,
                name: ObjectName<'s>,
                columns: Option<Vec<Ident<'s>>>,
                to: bool,
                target: CopyTarget<'s>,
                options: Option<CopyOptions<'s>>,
            ) -> Box<Copy<'s>> {
                let (options, legacy_options) = options.map(CopyOptions::split).unwrap_or_default();
                Box::new(Copy {
                    source: CopySource::Table {
                        name,
                        columns: columns.unwrap_or_default(),
                    },
                    to,
                    target,
                    options,
                    legacy_options,
                })
            }

            #[rule("Copy select_with_parens To copy_target [copy_options]")]
            fn copy(
                &mut self,
                _: Tok,
                q: Box<Query<'s>>,
                _: Tok,
                target: CopyTarget<'s>,
                options: Option<CopyOptions<'s>>,
            ) -> Box<Copy<'s>> {
                let (options, legacy_options) = options.map(CopyOptions::split).unwrap_or_default();
                Box::new(Copy {
                    source: CopySource::Query(q),
                    to: true,
                    target,
                    options,
                    legacy_options,
                })
            }

            #[rule("From", "To")]
            fn copy_direction(&mut self, t: Tok) -> bool {
                t == Tok::To
            }

            #[rule("Str")]
            fn copy_target(&mut self, s: &'s str) -> CopyTarget<'s> {
                CopyTarget::File(unquote(s, '\''))
            }

            #[rule("Stdin")]
            fn copy_target(&mut self, _: Tok) -> CopyTarget<'s> {
                CopyTarget::Stdin
            }

            #[rule("Stdout")]
            fn copy_target(&mut self, _: Tok) -> CopyTarget<'s> {
                CopyTarget::Stdout
            }

            #[rule("LParen explain_options RParen")]
            fn copy_options(
                &mut self,
                _: Tok,
                options: Vec<(Ident<'s>, Option<Expr<'s>>)>,
                _: Tok,
            ) -> CopyOptions<'s> {
                CopyOptions::Parenthesized(options)
            }

            #[rule("With LParen explain_options RParen")]
            fn copy_options(
                &mut self,
                _: Tok,
                _: Tok,
                options: Vec<(Ident<'s>, Option<Expr<'s>>)>,
                _: Tok,
            ) -> CopyOptions<'s> {
                CopyOptions::Parenthesized(options)
            }

            // The syntax from before PostgreSQL 9.0, which PostgreSQL still reads: options without
            // parentheses, in any order, as its grammar takes them.
            #[rule("copy_legacy_list")]
            fn copy_options(&mut self, list: Vec<CopyLegacyOption<'s>>) -> CopyOptions<'s> {
                CopyOptions::Legacy(list)
            }

            #[rule("With copy_legacy_list")]
            fn copy_options(&mut self, _: Tok, list: Vec<CopyLegacyOption<'s>>) -> CopyOptions<'s> {
                CopyOptions::Legacy(list)
            }

            #[rule("copy_legacy")]
            fn copy_legacy_list(&mut self, option: CopyLegacyOption<'s>) -> Vec<CopyLegacyOption<'s>> {
                list_of(option)
            }

            #[rule("copy_legacy_list copy_legacy")]
            fn copy_legacy_list(
                &mut self,
                mut list: Vec<CopyLegacyOption<'s>>,
                option: CopyLegacyOption<'s>,
            ) -> Vec<CopyLegacyOption<'s>> {
                list.push(option);
                list
            }

            #[rule("Binary", "Freeze", "Csv", "Header")]
            fn copy_legacy(&mut self, t: Tok) -> CopyLegacyOption<'s> {
                match t {
                    Tok::Binary => CopyLegacyOption::Binary,
                    Tok::Freeze => CopyLegacyOption::Freeze,
                    Tok::Csv => CopyLegacyOption::Csv,
                    _ => CopyLegacyOption::Header,
                }
            }

            #[rule(
                "Delimiter [As] copy_string",
                "Null [As] copy_string",
                "Quote [As] copy_string",
                "Escape [As] copy_string"
            )]
            fn copy_legacy(&mut self, t: Tok, _: Option<Tok<'s>>, s: Literal<'s>) -> CopyLegacyOption<'s> {
                match t {
                    Tok::Delimiter => CopyLegacyOption::Delimiter(s),
                    Tok::Null => CopyLegacyOption::Null(s),
                    Tok::Quote => CopyLegacyOption::Quote(s),
                    _ => CopyLegacyOption::Escape(s),
                }
            }

            #[rule("Encoding copy_string")]
            fn copy_legacy(&mut self, _: Tok, s: Literal<'s>) -> CopyLegacyOption<'s> {
                CopyLegacyOption::Encoding(s)
            }

            #[rule("Force Quote ident_list")]
            fn copy_legacy(&mut self, _: Tok, _: Tok, cols: Vec<Ident<'s>>) -> CopyLegacyOption<'s> {
                CopyLegacyOption::ForceQuote(cols)
            }

            #[rule("Force Quote Star")]
            fn copy_legacy(&mut self, _: Tok, _: Tok, _: Tok) -> CopyLegacyOption<'s> {
                CopyLegacyOption::ForceQuote(Vec::new())
            }

            #[rule("Force Not Null ident_list")]
            fn copy_legacy(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                cols: Vec<Ident<'s>>,
            ) -> CopyLegacyOption<'s> {
                CopyLegacyOption::ForceNotNull(cols)
            }

            #[rule("Force Null ident_list")]
            fn copy_legacy(&mut self, _: Tok, _: Tok, cols: Vec<Ident<'s>>) -> CopyLegacyOption<'s> {
                CopyLegacyOption::ForceNull(cols)
            }

            #[rule("Str")]
            fn copy_string(&mut self, s: &'s str) -> Literal<'s> {
                Literal::String(unquote(s, '\''))
            }

            #[rule("EscapeStr")]
            fn copy_string(&mut self, raw: &'s str) -> Literal<'s> {
                Literal::EscapeString(raw.get(2..raw.len() - 1).unwrap_or(""))
            }

            // ----- definitions -----

            #[rule("Create [temporary] Table [if_not_exists] qname LParen table_elements RParen")]
            fn create_table(
                &mut self,
                _: Tok,
                temporary: Option<Tok<'s>>,
                _: Tok,
                ine: Option<bool>,
                name: ObjectName<'s>,
                _: Tok,
                elements: Vec<TableElement<'s>>,
                _: Tok,
            ) -> Box<CreateTable<'s>> {
                Box::new(CreateTable {
                    temporary: temporary.is_some(),
                    if_not_exists: ine.is_some(),
                    name,
                    elements,
                })
            }

            #[rule("Create [temporary] Table [if_not_exists] qname [column_list] As query")]
            fn create_table_as(
                &mut self,
                _: Tok,
                temporary: Option<Tok<'s>>,
                _: Tok,
                ine: Option<bool>,
                name: ObjectName<'s>,
                columns: Option<Vec<Ident<'s>>>,
                _: Tok,
                query: Box<Query<'s>>,
            ) -> Box<CreateTableAs<'s>> {
                Box::new(CreateTableAs {
                    temporary: temporary.is_some(),
                    if_not_exists: ine.is_some(),
                    name,
                    columns: columns.unwrap_or_default(),
                    query,
                })
            }

            #[rule("Temp", "Temporary")]
            fn temporary(&mut self, t: Tok<'s>) -> Tok<'s> {
                t
            }

            #[rule("Create Schema [if_not_exists] ident [schema_authorization]")]
            fn create_schema(
                &mut self,
                _: Tok,
                _: Tok,
                ine: Option<bool>,
                name: Ident<'s>,
                authorization: Option<Ident<'s>>,
            ) -> Box<CreateSchema<'s>> {
                Box::new(CreateSchema {
                    if_not_exists: ine.is_some(),
                    name: Some(name),
                    authorization,
                })
            }

            #[rule("Create Schema [if_not_exists] schema_authorization")]
            fn create_schema(
                &mut self,
                _: Tok,
                _: Tok,
                ine: Option<bool>,
                authorization: Ident<'s>,
            ) -> Box<CreateSchema<'s>> {
                Box::new(CreateSchema {
                    if_not_exists: ine.is_some(),
                    name: None,
                    authorization: Some(authorization),
                })
            }

            #[rule("Authorization ident")]
            fn schema_authorization(&mut self, _: Tok, role: Ident<'s>) -> Ident<'s> {
                role
            }

            #[rule("Create [temporary] Sequence [if_not_exists] qname [sequence_options]")]
            fn create_sequence(
                &mut self,
                _: Tok,
                temporary: Option<Tok<'s>>,
                _: Tok,
                ine: Option<bool>,
                name: ObjectName<'s>,
                options: Option<Vec<SequenceOption<'s>>>,
            ) -> Box<CreateSequence<'s>> {
                Box::new(CreateSequence {
                    temporary: temporary.is_some(),
                    if_not_exists: ine.is_some(),
                    name,
                    options: options.unwrap_or_default(),
                })
            }

            #[rule("sequence_option")]
            fn sequence_options(&mut self, o: SequenceOption<'s>) -> Vec<SequenceOption<'s>> {
                vec![o]
            }

            #[rule("sequence_options sequence_option")]
            fn sequence_options(
                &mut self,
                mut list: Vec<SequenceOption<'s>>,
                o: SequenceOption<'s>,
            ) -> Vec<SequenceOption<'s>> {
                list.push(o);
                list
            }

            #[rule("Increment [By] bexpr")]
            fn sequence_option(&mut self, _: Tok, _: Option<Tok<'s>>, n: Expr<'s>) -> SequenceOption<'s> {
                SequenceOption::Increment(n)
            }

            #[rule("Start [With] bexpr")]
            fn sequence_option(&mut self, _: Tok, _: Option<Tok<'s>>, n: Expr<'s>) -> SequenceOption<'s> {
                SequenceOption::Start(n)
            }

            #[rule("Minvalue bexpr", "Maxvalue bexpr", "Cache bexpr")]
            fn sequence_option(&mut self, t: Tok, n: Expr<'s>) -> SequenceOption<'s> {
                match t {
                    Tok::Minvalue => SequenceOption::MinValue(Some(n)),
                    Tok::Maxvalue => SequenceOption::MaxValue(Some(n)),
                    _ => SequenceOption::Cache(n),
                }
            }

            #[rule("No Minvalue", "No Maxvalue", "No Cycle")]
            fn sequence_option(&mut self, _: Tok, t: Tok) -> SequenceOption<'s> {
                match t {
                    Tok::Minvalue => SequenceOption::MinValue(None),
                    Tok::Maxvalue => SequenceOption::MaxValue(None),
                    _ => SequenceOption::Cycle(false),
                }
            }

            #[rule("Cycle")]
            fn sequence_option(&mut self, _: Tok) -> SequenceOption<'s> {
                SequenceOption::Cycle(true)
            }

            #[rule("Create Type qname As Enum LParen [enum_labels] RParen")]
            fn create_type(
                &mut self,
                _: Tok,
                _: Tok,
                name: ObjectName<'s>,
                _: Tok,
                _: Tok,
                _: Tok,
                labels: Option<Vec<Cow<'s, str>>>,
                _: Tok,
            ) -> Box<CreateType<'s>> {
                Box::new(CreateType {
                    name,
                    labels: labels.unwrap_or_default(),
                })
            }

            #[rule("Str")]
            fn enum_labels(&mut self, s: &'s str) -> Vec<Cow<'s, str>> {
                vec![unquote(s, '\'')]
            }

            #[rule("enum_labels Comma Str")]
            fn enum_labels(
                &mut self,
                mut list: Vec<Cow<'s, str>>,
                _: Tok,
                s: &'s str,
            ) -> Vec<Cow<'s, str>> {
                list.push(unquote(s, '\''));
                list
            }

            #[rule("If Not Exists")]
            fn if_not_exists(&mut self, _: Tok, _: Tok, _: Tok) -> bool {
                true
            }

            #[rule("table_element")]
            fn table_elements(&mut self, e: Box<TableElement<'s>>) -> Vec<TableElement<'s>> {
                vec![*e]
            }

            #[rule("table_elements Comma table_element")]
            fn table_elements(
                &mut self,
                mut list: Vec<TableElement<'s>>,
                _: Tok,
                e: Box<TableElement<'s>>,
            ) -> Vec<TableElement<'s>> {
                list.push(*e);
                list
            }

            #[rule("column_def")]
            fn table_element(&mut self, c: Box<ColumnDef<'s>>) -> Box<TableElement<'s>> {
                Box::new(TableElement::Column(*c))
            }

            #[rule("ident data_type column_constraints")]
            fn column_def(
                &mut self,
                name: Ident<'s>,
                data_type: DataType<'s>,
                constraints: Vec<ColumnConstraint<'s>>,
            ) -> Box<ColumnDef<'s>> {
                Box::new(ColumnDef {
                    name,
                    data_type,
                    constraints,
                })
            }

            #[rule("[constraint_name] table_constraint")]
            fn table_element(
                &mut self,
                name: Option<Ident<'s>>,
                kind: TableConstraintKind<'s>,
            ) -> Box<TableElement<'s>> {
                Box::new(TableElement::Constraint(TableConstraint { name, kind }))
            }

            #[rule("")]
            fn column_constraints(&mut self) -> Vec<ColumnConstraint<'s>> {
                Vec::new()
            }

            #[rule("column_constraints column_constraint")]
            fn column_constraints(
                &mut self,
                mut list: Vec<ColumnConstraint<'s>>,
                c: Box<ColumnConstraint<'s>>,
            ) -> Vec<ColumnConstraint<'s>> {
                list.push(*c);
                list
            }

            #[rule("Constraint ident")]
            fn constraint_name(&mut self, _: Tok, id: Ident<'s>) -> Ident<'s> {
                id
            }

            #[rule("[constraint_name] column_constraint_kind")]
            fn column_constraint(
                &mut self,
                name: Option<Ident<'s>>,
                kind: Box<ColumnConstraintKind<'s>>,
            ) -> Box<ColumnConstraint<'s>> {
                Box::new(ColumnConstraint { name, kind: *kind })
            }

            #[rule("Not Null")]
            fn column_constraint_kind(&mut self, _: Tok, _: Tok) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::NotNull)
            }

            #[rule("Null")]
            fn column_constraint_kind(&mut self, _: Tok) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Null)
            }

            #[rule("Default bexpr")]
            fn column_constraint_kind(&mut self, _: Tok, e: Expr<'s>) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Default(e))
            }

            #[rule("Primary Key")]
            fn column_constraint_kind(&mut self, _: Tok, _: Tok) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::PrimaryKey)
            }

            #[rule("Unique")]
            fn column_constraint_kind(&mut self, _: Tok) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Unique)
            }

            #[rule("References qname [column_list] [ref_actions]")]
            fn column_constraint_kind(
                &mut self,
                _: Tok,
                table: ObjectName<'s>,
                columns: Option<Vec<Ident<'s>>>,
                actions: Option<RefActions>,
            ) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::References {
                    table,
                    columns: columns.unwrap_or_default(),
                    actions: actions.unwrap_or_default(),
                })
            }

            #[rule("Generated Always As Identity")]
            fn column_constraint_kind(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
            ) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Identity { always: true })
            }

            #[rule("Generated By Default As Identity")]
            fn column_constraint_kind(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
            ) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Identity { always: false })
            }

            #[rule("Generated Always As LParen expr RParen Stored")]
            fn column_constraint_kind(
                &mut self,
                _: Tok,
                _: Tok,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
                _: Tok,
            ) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Generated(e))
            }

            #[rule("On Delete ref_action [on_update]")]
            fn ref_actions(
                &mut self,
                _: Tok,
                _: Tok,
                on_delete: RefAction,
                on_update: Option<RefAction>,
            ) -> RefActions {
                RefActions {
                    on_delete: Some(on_delete),
                    on_update,
                }
            }

            #[rule("on_update [on_delete]")]
            fn ref_actions(&mut self, on_update: RefAction, on_delete: Option<RefAction>) -> RefActions {
                RefActions {
                    on_delete,
                    on_update: Some(on_update),
                }
            }

            #[rule("On Update ref_action")]
            fn on_update(&mut self, _: Tok, _: Tok, a: RefAction) -> RefAction {
                a
            }

            #[rule("On Delete ref_action")]
            fn on_delete(&mut self, _: Tok, _: Tok, a: RefAction) -> RefAction {
                a
            }

            #[rule("No Action")]
            fn ref_action(&mut self, _: Tok, _: Tok) -> RefAction {
                RefAction::NoAction
            }

            #[rule("Restrict")]
            fn ref_action(&mut self, _: Tok) -> RefAction {
                RefAction::Restrict
            }

            #[rule("Cascade")]
            fn ref_action(&mut self, _: Tok) -> RefAction {
                RefAction::Cascade
            }

            #[rule("Set Null", "Set Default")]
            fn ref_action(&mut self, _: Tok, t: Tok) -> RefAction {
                if t == Tok::Null {
                    RefAction::SetNull
                } else {
                    RefAction::SetDefault
                }
            }

            #[rule("Check LParen expr RParen")]
            fn column_constraint_kind(
                &mut self,
                _: Tok,
                _: Tok,
                e: Expr<'s>,
                _: Tok,
            ) -> Box<ColumnConstraintKind<'s>> {
                Box::new(ColumnConstraintKind::Check(e))
            }

            #[rule("Primary Key column_list")]
            fn table_constraint(
                &mut self,
                _: Tok,
                _: Tok,
                cols: Vec<Ident<'s>>,
            ) -> TableConstraintKind<'s> {
                TableConstraintKind::PrimaryKey(cols)
            }

            #[rule("Unique column_list")]
            fn table_constraint(&mut self, _: Tok, cols: Vec<Ident<'s>>) -> TableConstraintKind<'s> {
                TableConstraintKind::Unique(cols)
            }

            #[rule("Foreign Key column_list References qname [column_list] [ref_actions]")]
            fn table_constraint(
                &mut self,
                _: Tok,
                _: Tok,
                columns: Vec<Ident<'s>>,
                _: Tok,
                table: ObjectName<'s>,
                referred: Option<Vec<Ident<'s>>>,
                actions: Option<RefActions>,
            ) -> TableConstraintKind<'s> {
                TableConstraintKind::ForeignKey {
                    columns,
                    table,
                    referred: referred.unwrap_or_default(),
                    actions: actions.unwrap_or_default(),
                }
            }

            #[rule("Check LParen expr RParen")]
            fn table_constraint(&mut self, _: Tok, _: Tok, e: Expr<'s>, _: Tok) -> TableConstraintKind<'s> {
                TableConstraintKind::Check(e)
            }

            #[rule("Create [or_replace] [Materialized] View [if_not_exists] qname [column_list] As query")]
            fn create_view(
                &mut self,
                _: Tok,
                or_replace: Option<bool>,
                materialized: Option<Tok<'s>>,
                _: Tok,
                ine: Option<bool>,
                name: ObjectName<'s>,
                columns: Option<Vec<Ident<'s>>>,
                _: Tok,
                q: Box<Query<'s>>,
            ) -> Box<CreateView<'s>> {
                Box::new(CreateView {
                    or_replace: or_replace.is_some(),
                    materialized: materialized.is_some(),
                    if_not_exists: ine.is_some(),
                    name,
                    columns: columns.unwrap_or_default(),
                    query: bx(q),
                })
            }

            #[rule("Or Replace")]
            fn or_replace(&mut self, _: Tok, _: Tok) -> bool {
                true
            }

            #[rule("Drop object_type [if_exists] qname_list [drop_behavior]")]
            fn drop(
                &mut self,
                _: Tok,
                object: ObjectType,
                ie: Option<bool>,
                names: Vec<ObjectName<'s>>,
                behavior: Option<DropBehavior>,
            ) -> Box<DropObjects<'s>> {
                Box::new(DropObjects {
                    object,
                    if_exists: ie.is_some(),
                    names,
                    behavior,
                })
            }

            #[rule("Table", "View", "Index", "Schema", "Sequence", "Type", "Extension")]
            fn object_type(&mut self, t: Tok) -> ObjectType {
                match t {
                    Tok::Table => ObjectType::Table,
                    Tok::View => ObjectType::View,
                    Tok::Index => ObjectType::Index,
                    Tok::Schema => ObjectType::Schema,
                    Tok::Sequence => ObjectType::Sequence,
                    Tok::Type => ObjectType::Type,
                    _ => ObjectType::Extension,
                }
            }

            #[rule("Materialized View")]
            fn object_type(&mut self, _: Tok, _: Tok) -> ObjectType {
                ObjectType::MaterializedView
            }

            #[rule("If Exists")]
            fn if_exists(&mut self, _: Tok, _: Tok) -> bool {
                true
            }

            #[rule("qname")]
            fn qname_list(&mut self, n: ObjectName<'s>) -> Vec<ObjectName<'s>> {
                vec![n]
            }

            #[rule("qname_list Comma qname")]
            fn qname_list(
                &mut self,
                mut list: Vec<ObjectName<'s>>,
                _: Tok,
                n: ObjectName<'s>,
            ) -> Vec<ObjectName<'s>> {
                list.push(n);
                list
            }
        }
    };
}

sql_grammar!(SqlParser, "table");

/// [`SqlParser`] generated with `codegen = "direct"` (cargo feature `direct`): code per state instead of the
/// table-driven loop, the same behaviour; it derefs to the [`SqlParser`] it wraps.
#[cfg(feature = "direct")]
#[derive(Debug, Clone)]
pub struct DirectSqlParser<'s>(pub SqlParser<'s>);

#[cfg(feature = "direct")]
impl<'s> DirectSqlParser<'s> {
    /// A parser for `src`.
    pub fn new(src: &'s str) -> Self {
        DirectSqlParser(SqlParser::new(src))
    }
}

#[cfg(feature = "direct")]
impl<'s> core::ops::Deref for DirectSqlParser<'s> {
    type Target = SqlParser<'s>;
    fn deref(&self) -> &SqlParser<'s> {
        &self.0
    }
}

#[cfg(feature = "direct")]
impl core::ops::DerefMut for DirectSqlParser<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

#[cfg(feature = "direct")]
sql_grammar!(DirectSqlParser, "direct");

/// The code of `DO`, a string or dollar-quoted string, as a literal.
fn code_literal(code: sly::Spanned<Tok<'_>>) -> Expr<'_> {
    let lit = match code.value {
        Tok::DollarStr(raw) => {
            let tag_len = raw[1..].find('$').unwrap_or(0);
            Literal::DollarString {
                tag: &raw[1..1 + tag_len],
                value: raw.get(tag_len + 2..raw.len() - tag_len - 2).unwrap_or(""),
            }
        }
        Tok::Str(raw) => Literal::String(unquote(raw, '\'')),
        // The grammar calls this only with the two kinds of strings.
        _ => Literal::Null,
    };
    Expr::new(ExprKind::Literal(lit), code.span)
}

fn table_function<'s>(
    lateral: bool,
    name: ObjectName<'s>,
    args: Option<Vec<Expr<'s>>>,
    alias: Option<TableAlias<'s>>,
) -> Box<TableRef<'s>> {
    let args = FunctionArgs::List(args.unwrap_or_default());
    let function = function(name, false, args, Vec::new());
    Box::new(TableRef::Function {
        lateral,
        function,
        alias,
    })
}

fn explain(analyze: bool, verbose: bool, statement: Statement<'_>) -> Box<Explain<'_>> {
    Box::new(Explain {
        analyze,
        verbose,
        options: Vec::new(),
        statement: Box::new(statement),
    })
}

fn quoted_name(raw: &str, at: Span) -> Expr<'_> {
    Expr::new(
        ExprKind::Identifier(Ident {
            value: unquote(raw, '"'),
            quoted: true,
        }),
        at,
    )
}

fn binary<'s>(a: Expr<'s>, op: Tok, b: Expr<'s>, at: Span) -> Expr<'s> {
    Expr::new(
        ExprKind::Binary {
            left: bx(a),
            op: binop(op),
            right: bx(b),
        },
        at,
    )
}

fn unary<'s>(op: Tok, e: Expr<'s>, at: Span) -> Expr<'s> {
    let op = if op == Tok::Minus {
        UnaryOp::Minus
    } else {
        UnaryOp::Plus
    };
    Expr::new(ExprKind::Unary { op, expr: bx(e) }, at)
}

fn between<'s>(e: Expr<'s>, negated: bool, lo: Expr<'s>, hi: Expr<'s>, at: Span) -> Expr<'s> {
    Expr::new(
        ExprKind::Between {
            expr: bx(e),
            negated,
            low: bx(lo),
            high: bx(hi),
        },
        at,
    )
}

fn interval<'s>(
    s: &'s str,
    unit: Option<IntervalUnit>,
    precision: Option<&'s str>,
    to: Option<IntervalUnit>,
    at: Span,
) -> Expr<'s> {
    Expr::new(
        ExprKind::Literal(Literal::Interval {
            value: unquote(s, '\''),
            unit,
            precision,
            to,
        }),
        at,
    )
}

/// `e[i]`, or the slice `e[:upper]` when `i` begins with a named parameter: `a[:n]` lexes as
/// `a`, `[`, `:n`, `]`, and inside brackets a leading `:name` is the slice's `:` and a name,
/// as in PostgreSQL. `a[(:n)]` subscripts by a parameter.
fn subscript<'s>(e: Expr<'s>, mut i: Expr<'s>, at: Span) -> Expr<'s> {
    if let Some(leaf) = leading_named_param(&mut i) {
        if let ExprKind::Parameter(p) = leaf.kind {
            *leaf = colon_name(p, leaf.span);
        }
        return slice(e, None, Some(i), at);
    }
    Expr::new(
        ExprKind::Subscript {
            expr: bx(e),
            index: bx(i),
        },
        at,
    )
}

/// The name of the named parameter `p` (`:n`) read as the `:` of a slice and the name `n`.
fn colon_name<'s>(p: &'s str, at: Span) -> Expr<'s> {
    let name = Ident::new(p.get(1..).unwrap_or(""));
    let start = (at.start + 1).min(at.end);
    Expr::new(ExprKind::Identifier(name), Span::new(start, at.end))
}

/// The named parameter that is the first token of `e`, if one is: the leftmost operand of
/// operators, casts, subscripts and tests written after their operand, when it starts where
/// `e` starts (so not inside parentheses or a call).
fn leading_named_param<'a, 's>(e: &'a mut Expr<'s>) -> Option<&'a mut Expr<'s>> {
    let start = e.span.start;
    let mut cur = e;
    loop {
        if matches!(&cur.kind, ExprKind::Parameter(p) if p.starts_with(':')) {
            return Some(cur);
        }
        let child = match &mut cur.kind {
            ExprKind::Binary { left, .. }
            | ExprKind::IsDistinctFrom { left, .. }
            | ExprKind::AnyAll { left, .. }
            | ExprKind::AnyAllArray { left, .. } => left,
            ExprKind::IsBool { expr, .. }
            | ExprKind::IsNull { expr, .. }
            | ExprKind::Between { expr, .. }
            | ExprKind::InList { expr, .. }
            | ExprKind::InSubquery { expr, .. }
            | ExprKind::Like { expr, .. }
            | ExprKind::LikeAnyAll { expr, .. }
            | ExprKind::LikeAnyAllQuery { expr, .. }
            | ExprKind::Cast { expr, .. }
            | ExprKind::Subscript { expr, .. }
            | ExprKind::Slice { expr, .. }
            | ExprKind::AtTimeZone { expr, .. }
            | ExprKind::Collate { expr, .. } => expr,
            _ => return None,
        };
        if child.span.start != start {
            return None;
        }
        cur = child;
    }
}

fn slice<'s>(e: Expr<'s>, lower: Option<Expr<'s>>, upper: Option<Expr<'s>>, at: Span) -> Expr<'s> {
    Expr::new(
        ExprKind::Slice {
            expr: bx(e),
            lower: lower.map(bx),
            upper: upper.map(bx),
        },
        at,
    )
}

fn select_into<'s>(
    persistence: Option<Persistence>,
    table: bool,
    name: ObjectName<'s>,
) -> Box<SelectInto<'s>> {
    Box::new(SelectInto {
        persistence,
        table,
        name,
    })
}

fn like_any_all<'s>(
    e: Expr<'s>,
    op: PatternOp,
    negated: bool,
    all: bool,
    patterns: Vec<Expr<'s>>,
    at: Span,
) -> Expr<'s> {
    Expr::new(
        ExprKind::LikeAnyAll {
            expr: bx(e),
            op,
            negated,
            all,
            patterns,
        },
        at,
    )
}

fn like_any_all_query<'s>(
    e: Expr<'s>,
    op: PatternOp,
    negated: bool,
    all: bool,
    query: Box<Query<'s>>,
    at: Span,
) -> Expr<'s> {
    Expr::new(
        ExprKind::LikeAnyAllQuery {
            expr: bx(e),
            op,
            negated,
            all,
            query,
        },
        at,
    )
}

fn is_bool<'s>(e: Expr<'s>, negated: bool, v: Tok, at: Span) -> Expr<'s> {
    let value = match v {
        Tok::True => Some(true),
        Tok::False => Some(false),
        _ => None,
    };
    Expr::new(
        ExprKind::IsBool {
            expr: bx(e),
            negated,
            value,
        },
        at,
    )
}

fn double_colon<'s>(e: Expr<'s>, ty: DataType<'s>, at: Span) -> Expr<'s> {
    Expr::new(
        ExprKind::Cast {
            style: CastStyle::DoubleColon,
            expr: bx(e),
            data_type: bx(ty),
        },
        at,
    )
}

fn like<'s>(
    e: Expr<'s>,
    op: PatternOp,
    negated: bool,
    p: Expr<'s>,
    escape: Option<Expr<'s>>,
    at: Span,
) -> Expr<'s> {
    Expr::new(
        ExprKind::Like {
            expr: bx(e),
            op,
            negated,
            pattern: bx(p),
            escape: escape.map(bx),
        },
        at,
    )
}

fn function<'s>(
    name: ObjectName<'s>,
    distinct: bool,
    args: FunctionArgs<'s>,
    order_by: Vec<OrderBy<'s>>,
) -> Box<Function<'s>> {
    let clauses = (!order_by.is_empty()).then(|| {
        Box::new(CallClauses {
            order_by,
            ..CallClauses::default()
        })
    });
    Box::new(Function {
        name,
        distinct,
        args,
        clauses,
    })
}

fn trim<'s>(side: Option<TrimSide>, what: Option<Expr<'s>>, e: Expr<'s>, at: Span) -> Expr<'s> {
    Expr::new(
        ExprKind::Trim {
            side,
            what: what.map(bx),
            expr: bx(e),
        },
        at,
    )
}
