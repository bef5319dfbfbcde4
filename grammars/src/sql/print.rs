//! The printer: `Display` for the syntax tree writes normalized SQL.
//!
//! Keywords are written in upper case, names and literals as they were written (quoted names
//! and strings re-quoted), one space between tokens, `AS` before every alias, and the optional
//! words `INNER`, `OUTER`, `ALL` and `ROWS` only where they are needed. Parentheses come only
//! from the tree ([`ExprKind::Nested`], [`SetExpr::Query`] and the syntax that requires them).

use std::fmt::{self, Display, Formatter, Write};

use super::ast::*;

/// Writes `items` separated by `, `.
fn list<T: Display>(f: &mut Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        item.fmt(f)?;
    }
    Ok(())
}

/// Writes ` (a, b, c)` unless `cols` is empty.
fn columns(f: &mut Formatter<'_>, cols: &[Ident<'_>]) -> fmt::Result {
    if cols.is_empty() {
        return Ok(());
    }
    f.write_str(" (")?;
    list(f, cols)?;
    f.write_char(')')
}

fn quoted(f: &mut Formatter<'_>, text: &str, quote: char) -> fmt::Result {
    f.write_char(quote)?;
    for c in text.chars() {
        if c == quote {
            f.write_char(quote)?;
        }
        f.write_char(c)?;
    }
    f.write_char(quote)
}

impl Display for Ident<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.quoted {
            quoted(f, &self.value, '"')
        } else {
            f.write_str(&self.value)
        }
    }
}

impl Display for ObjectName<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (i, id) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_char('.')?;
            }
            id.fmt(f)?;
        }
        Ok(())
    }
}

impl Display for Statement<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl Display for StatementKind<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            StatementKind::Query(q) => q.fmt(f),
            StatementKind::Insert(s) => s.fmt(f),
            StatementKind::Update(s) => s.fmt(f),
            StatementKind::Delete(s) => s.fmt(f),
            StatementKind::CreateTable(s) => s.fmt(f),
            StatementKind::CreateView(s) => s.fmt(f),
            StatementKind::CreateTableAs(s) => s.fmt(f),
            StatementKind::CreateSchema(s) => s.fmt(f),
            StatementKind::CreateSequence(s) => s.fmt(f),
            StatementKind::CreateType(s) => s.fmt(f),
            StatementKind::Drop(s) => s.fmt(f),
            StatementKind::CreateIndex(s) => s.fmt(f),
            StatementKind::AlterTable(s) => s.fmt(f),
            StatementKind::AlterObject(s) => {
                f.write_str(match s.object {
                    ObjectType::Table => "ALTER TABLE ",
                    ObjectType::View => "ALTER VIEW ",
                    ObjectType::MaterializedView => "ALTER MATERIALIZED VIEW ",
                    ObjectType::Index => "ALTER INDEX ",
                    ObjectType::Schema => "ALTER SCHEMA ",
                    ObjectType::Sequence => "ALTER SEQUENCE ",
                    ObjectType::Type => "ALTER TYPE ",
                    ObjectType::Extension => "ALTER EXTENSION ",
                })?;
                if s.if_exists {
                    f.write_str("IF EXISTS ")?;
                }
                write!(f, "{} {}", s.name, s.action)
            }
            StatementKind::Truncate(s) => s.fmt(f),
            StatementKind::Transaction(s) => s.fmt(f),
            StatementKind::Grant(s) => s.fmt(f),
            StatementKind::Revoke(s) => s.fmt(f),
            StatementKind::SetVariable(s) => s.fmt(f),
            StatementKind::SetTransaction(modes) => {
                f.write_str("SET TRANSACTION ")?;
                list(f, modes)
            }
            StatementKind::Show(name) => write!(f, "SHOW {name}"),
            StatementKind::Reset(name) => write!(f, "RESET {name}"),
            StatementKind::Explain(s) => s.fmt(f),
            StatementKind::Merge(s) => s.fmt(f),
            StatementKind::Copy(s) => s.fmt(f),
            StatementKind::CreateExtension(s) => {
                f.write_str("CREATE EXTENSION ")?;
                if s.if_not_exists {
                    f.write_str("IF NOT EXISTS ")?;
                }
                s.name.fmt(f)?;
                if let Some(schema) = &s.schema {
                    write!(f, " SCHEMA {schema}")?;
                }
                Ok(())
            }
            StatementKind::Do(d) => {
                f.write_str("DO ")?;
                if let Some(l) = &d.language {
                    write!(f, "LANGUAGE {l} ")?;
                }
                d.code.fmt(f)
            }
            StatementKind::Comment(c) => {
                f.write_str("COMMENT ON ")?;
                f.write_str(match c.object {
                    CommentObject::Table => "TABLE ",
                    CommentObject::Column => "COLUMN ",
                    CommentObject::View => "VIEW ",
                    CommentObject::Index => "INDEX ",
                    CommentObject::Schema => "SCHEMA ",
                    CommentObject::Sequence => "SEQUENCE ",
                    CommentObject::Type => "TYPE ",
                    CommentObject::Extension => "EXTENSION ",
                    CommentObject::MaterializedView => "MATERIALIZED VIEW ",
                })?;
                write!(f, "{} IS ", c.name)?;
                match &c.text {
                    Some(t) => quoted(f, t, '\''),
                    None => f.write_str("NULL"),
                }
            }
            StatementKind::Listen(c) => write!(f, "LISTEN {c}"),
            StatementKind::Notify(n) => {
                write!(f, "NOTIFY {}", n.channel)?;
                if let Some(p) = &n.payload {
                    write!(f, ", {p}")?;
                }
                Ok(())
            }
            StatementKind::Unlisten(Some(c)) => write!(f, "UNLISTEN {c}"),
            StatementKind::Unlisten(None) => f.write_str("UNLISTEN *"),
            StatementKind::Prepare(p) => {
                write!(f, "PREPARE {}", p.name)?;
                if !p.types.is_empty() {
                    f.write_str(" (")?;
                    list(f, &p.types)?;
                    f.write_char(')')?;
                }
                write!(f, " AS {}", p.statement)
            }
            StatementKind::Execute(e) => {
                write!(f, "EXECUTE {}", e.name)?;
                if !e.args.is_empty() {
                    row(f, &e.args)?;
                }
                Ok(())
            }
            StatementKind::Deallocate(Some(name)) => write!(f, "DEALLOCATE {name}"),
            StatementKind::Deallocate(None) => f.write_str("DEALLOCATE ALL"),
            StatementKind::Analyze(tables) => {
                f.write_str("ANALYZE")?;
                if !tables.is_empty() {
                    f.write_char(' ')?;
                    list(f, tables)?;
                }
                Ok(())
            }
            StatementKind::Vacuum(v) => {
                f.write_str("VACUUM")?;
                if v.full {
                    f.write_str(" FULL")?;
                }
                if v.analyze {
                    f.write_str(" ANALYZE")?;
                }
                if !v.tables.is_empty() {
                    f.write_char(' ')?;
                    list(f, &v.tables)?;
                }
                Ok(())
            }
        }
    }
}

impl Display for Query<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with(f, &self.with)?;
        self.body.fmt(f)?;
        if !self.order_by.is_empty() {
            f.write_str(" ORDER BY ")?;
            list(f, &self.order_by)?;
        }
        if let Some(limit) = &self.limit {
            write!(f, " LIMIT {limit}")?;
        }
        if let Some(offset) = &self.offset {
            write!(f, " OFFSET {offset}")?;
            if self.fetch.is_some() {
                f.write_str(" ROWS")?;
            }
        }
        if let Some(fetch) = &self.fetch {
            f.write_str(" FETCH FIRST ")?;
            if let Some(n) = &fetch.count {
                write!(f, "{n} ")?;
            }
            if fetch.percent {
                f.write_str("PERCENT ")?;
            }
            f.write_str(if fetch.with_ties {
                "ROWS WITH TIES"
            } else {
                "ROWS ONLY"
            })?;
        }
        for l in &self.locking {
            f.write_str(match l.strength {
                LockStrength::Update => " FOR UPDATE",
                LockStrength::NoKeyUpdate => " FOR NO KEY UPDATE",
                LockStrength::Share => " FOR SHARE",
                LockStrength::KeyShare => " FOR KEY SHARE",
            })?;
            if !l.of.is_empty() {
                f.write_str(" OF ")?;
                list(f, &l.of)?;
            }
            match l.wait {
                Some(LockWait::Nowait) => f.write_str(" NOWAIT")?,
                Some(LockWait::SkipLocked) => f.write_str(" SKIP LOCKED")?,
                None => {}
            }
        }
        Ok(())
    }
}

impl Display for Cte<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.name.fmt(f)?;
        columns(f, &self.columns)?;
        f.write_str(match self.materialized {
            Some(true) => " AS MATERIALIZED (",
            Some(false) => " AS NOT MATERIALIZED (",
            None => " AS (",
        })?;
        match &self.body {
            CteBody::Query(q) => q.fmt(f)?,
            CteBody::Insert(s) => s.fmt(f)?,
            CteBody::Update(s) => s.fmt(f)?,
            CteBody::Delete(s) => s.fmt(f)?,
        }
        f.write_char(')')
    }
}

fn with(f: &mut Formatter<'_>, with: &Option<With<'_>>) -> fmt::Result {
    if let Some(with) = with {
        f.write_str("WITH ")?;
        if with.recursive {
            f.write_str("RECURSIVE ")?;
        }
        list(f, &with.ctes)?;
        f.write_char(' ')?;
    }
    Ok(())
}

impl Display for SetExpr<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            SetExpr::Select(s) => s.fmt(f),
            SetExpr::Query(q) => write!(f, "({q})"),
            SetExpr::Table(name) => write!(f, "TABLE {name}"),
            SetExpr::Values(rows) => {
                f.write_str("VALUES ")?;
                values(f, rows)
            }
            SetExpr::SetOp {
                op,
                all,
                left,
                right,
            } => {
                let op = match op {
                    SetOp::Union => "UNION",
                    SetOp::Intersect => "INTERSECT",
                    SetOp::Except => "EXCEPT",
                };
                let all = if *all { " ALL" } else { "" };
                write!(f, "{left} {op}{all} {right}")
            }
        }
    }
}

impl Display for Select<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("SELECT ")?;
        if !self.distinct_on.is_empty() {
            f.write_str("DISTINCT ON (")?;
            list(f, &self.distinct_on)?;
            f.write_str(") ")?;
        } else if self.distinct {
            f.write_str("DISTINCT ")?;
        }
        list(f, &self.items)?;
        if let Some(into) = &self.into {
            write!(f, " {into}")?;
        }
        if !self.from.is_empty() {
            f.write_str(" FROM ")?;
            list(f, &self.from)?;
        }
        if let Some(e) = &self.selection {
            write!(f, " WHERE {e}")?;
        }
        if self.group_by_all {
            f.write_str(" GROUP BY ALL")?;
        } else if !self.group_by.is_empty() {
            f.write_str(" GROUP BY ")?;
            list(f, &self.group_by)?;
        }
        if let Some(e) = &self.having {
            write!(f, " HAVING {e}")?;
        }
        if !self.windows.is_empty() {
            f.write_str(" WINDOW ")?;
            list(f, &self.windows)?;
        }
        Ok(())
    }
}

impl Display for SelectInto<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("INTO ")?;
        match self.persistence {
            Some(Persistence::Temporary) => f.write_str("TEMPORARY ")?,
            Some(Persistence::Unlogged) => f.write_str("UNLOGGED ")?,
            None => {}
        }
        if self.table {
            f.write_str("TABLE ")?;
        }
        self.name.fmt(f)
    }
}

impl Display for NamedWindow<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} AS {}", self.name, self.spec)
    }
}

impl Display for WindowSpec<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_char('(')?;
        let mut sep = "";
        if let Some(name) = &self.existing {
            name.fmt(f)?;
            sep = " ";
        }
        if !self.partition_by.is_empty() {
            write!(f, "{sep}PARTITION BY ")?;
            list(f, &self.partition_by)?;
            sep = " ";
        }
        if !self.order_by.is_empty() {
            write!(f, "{sep}ORDER BY ")?;
            list(f, &self.order_by)?;
            sep = " ";
        }
        if let Some(frame) = &self.frame {
            write!(f, "{sep}{frame}")?;
        }
        f.write_char(')')
    }
}

impl Display for WindowFrame<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self.units {
            FrameUnits::Rows => "ROWS ",
            FrameUnits::Range => "RANGE ",
            FrameUnits::Groups => "GROUPS ",
        })?;
        match &self.end {
            Some(end) => write!(f, "BETWEEN {} AND {end}", self.start)?,
            None => self.start.fmt(f)?,
        }
        if let Some(x) = self.exclude {
            f.write_str(match x {
                FrameExclude::CurrentRow => " EXCLUDE CURRENT ROW",
                FrameExclude::Group => " EXCLUDE GROUP",
                FrameExclude::Ties => " EXCLUDE TIES",
                FrameExclude::NoOthers => " EXCLUDE NO OTHERS",
            })?;
        }
        Ok(())
    }
}

impl Display for FrameBound<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            FrameBound::UnboundedPreceding => f.write_str("UNBOUNDED PRECEDING"),
            FrameBound::Preceding(e) => write!(f, "{e} PRECEDING"),
            FrameBound::CurrentRow => f.write_str("CURRENT ROW"),
            FrameBound::Following(e) => write!(f, "{e} FOLLOWING"),
            FrameBound::UnboundedFollowing => f.write_str("UNBOUNDED FOLLOWING"),
        }
    }
}

impl Display for Over<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Over::Named(name) => write!(f, "OVER {name}"),
            Over::Spec(spec) => write!(f, "OVER {spec}"),
        }
    }
}

impl Display for SelectItem<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            SelectItem::Expr { expr, alias } => {
                expr.fmt(f)?;
                if let Some(a) = alias {
                    write!(f, " AS {a}")?;
                }
                Ok(())
            }
            SelectItem::Wildcard => f.write_char('*'),
            SelectItem::QualifiedWildcard(name) => write!(f, "{name}.*"),
        }
    }
}

impl Display for TableAlias<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, " AS {}", self.name)?;
        columns(f, &self.columns)
    }
}

impl Display for TableRef<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            TableRef::Table { name, alias } => {
                name.fmt(f)?;
                if let Some(a) = alias {
                    a.fmt(f)?;
                }
                Ok(())
            }
            TableRef::Function {
                lateral,
                function: func,
                alias,
            } => {
                if *lateral {
                    f.write_str("LATERAL ")?;
                }
                function(f, func)?;
                if let Some(a) = alias {
                    a.fmt(f)?;
                }
                Ok(())
            }
            TableRef::Derived {
                lateral,
                query,
                alias,
            } => {
                if *lateral {
                    f.write_str("LATERAL ")?;
                }
                write!(f, "({query})")?;
                if let Some(a) = alias {
                    a.fmt(f)?;
                }
                Ok(())
            }
            TableRef::Join {
                left,
                kind,
                right,
                constraint,
            } => {
                let kind = match kind {
                    JoinKind::Inner => "JOIN",
                    JoinKind::Left => "LEFT JOIN",
                    JoinKind::Right => "RIGHT JOIN",
                    JoinKind::Full => "FULL JOIN",
                    JoinKind::Cross => "CROSS JOIN",
                    JoinKind::Natural => "NATURAL JOIN",
                    JoinKind::NaturalLeft => "NATURAL LEFT JOIN",
                    JoinKind::NaturalRight => "NATURAL RIGHT JOIN",
                    JoinKind::NaturalFull => "NATURAL FULL JOIN",
                };
                write!(f, "{left} {kind} {right}")?;
                match constraint {
                    JoinConstraint::On(e) => write!(f, " ON {e}"),
                    JoinConstraint::Using {
                        columns: cols,
                        alias,
                    } => {
                        f.write_str(" USING")?;
                        columns(f, cols)?;
                        if let Some(a) = alias {
                            write!(f, " AS {a}")?;
                        }
                        Ok(())
                    }
                    JoinConstraint::None => Ok(()),
                }
            }
        }
    }
}

impl Display for OrderBy<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.expr.fmt(f)?;
        match self.asc {
            Some(true) => f.write_str(" ASC")?,
            Some(false) => f.write_str(" DESC")?,
            None => {}
        }
        match self.nulls_first {
            Some(true) => f.write_str(" NULLS FIRST"),
            Some(false) => f.write_str(" NULLS LAST"),
            None => Ok(()),
        }
    }
}

impl Display for BinaryOp {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BinaryOp::Or => "OR",
            BinaryOp::And => "AND",
            BinaryOp::Eq => "=",
            BinaryOp::NotEq => "<>",
            BinaryOp::Lt => "<",
            BinaryOp::LtEq => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::GtEq => ">=",
            BinaryOp::Concat => "||",
            BinaryOp::Plus => "+",
            BinaryOp::Minus => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Modulo => "%",
            BinaryOp::Overlaps => "OVERLAPS",
            BinaryOp::JsonGet => "->",
            BinaryOp::JsonGetText => "->>",
            BinaryOp::JsonPath => "#>",
            BinaryOp::JsonPathText => "#>>",
            BinaryOp::Contains => "@>",
            BinaryOp::ContainedBy => "<@",
            BinaryOp::Overlap => "&&",
            BinaryOp::RegexMatch => "~",
            BinaryOp::RegexIMatch => "~*",
            BinaryOp::NotRegexMatch => "!~",
            BinaryOp::NotRegexIMatch => "!~*",
            BinaryOp::BitOr => "|",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitXor => "#",
            BinaryOp::ShiftLeft => "<<",
            BinaryOp::ShiftRight => ">>",
            BinaryOp::Power => "^",
        })
    }
}

impl Display for Literal<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Number(n) => f.write_str(n),
            Literal::String(s) => quoted(f, s, '\''),
            Literal::EscapeString(s) => write!(f, "E'{s}'"),
            Literal::NationalString(s) => {
                f.write_char('N')?;
                quoted(f, s, '\'')
            }
            Literal::HexString(s) => write!(f, "X'{s}'"),
            Literal::DollarString { tag, value } => write!(f, "${tag}${value}${tag}$"),
            Literal::TypedString { type_name, value } => {
                write!(f, "{type_name} ")?;
                quoted(f, value, '\'')
            }
            Literal::Boolean(true) => f.write_str("TRUE"),
            Literal::Boolean(false) => f.write_str("FALSE"),
            Literal::Null => f.write_str("NULL"),
            Literal::Typed { kind, value } => {
                f.write_str(match kind {
                    TypedKind::Date => "DATE ",
                    TypedKind::Time => "TIME ",
                    TypedKind::Timestamp => "TIMESTAMP ",
                })?;
                quoted(f, value, '\'')
            }
            Literal::Interval {
                value,
                unit,
                precision,
                to,
            } => {
                f.write_str("INTERVAL ")?;
                quoted(f, value, '\'')?;
                if let Some(unit) = unit {
                    f.write_str(unit_name(*unit))?;
                    if let Some(p) = precision {
                        write!(f, "({p})")?;
                    }
                }
                if let Some(to) = to {
                    f.write_str(" TO")?;
                    f.write_str(unit_name(*to))?;
                }
                Ok(())
            }
        }
    }
}

/// An interval unit with a space before it.
fn unit_name(unit: IntervalUnit) -> &'static str {
    match unit {
        IntervalUnit::Year => " YEAR",
        IntervalUnit::Month => " MONTH",
        IntervalUnit::Day => " DAY",
        IntervalUnit::Hour => " HOUR",
        IntervalUnit::Minute => " MINUTE",
        IntervalUnit::Second => " SECOND",
    }
}

impl Display for Expr<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl Display for ExprKind<'_> {
    // Each recursive case is a function of its own, called directly rather than through
    // `write!`: the printer recurses once per level of the tree, and this keeps each level's
    // stack frames small, also in debug builds (see `MAX_DEPTH`).
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            ExprKind::Identifier(id) => id.fmt(f),
            ExprKind::CompoundIdentifier(ids) => dotted(f, ids),
            ExprKind::Literal(lit) => lit.fmt(f),
            ExprKind::Parameter(p) => f.write_str(p),
            ExprKind::Unary { op, expr } => unary(f, *op, expr),
            ExprKind::Binary { left, op, right } => binary(f, left, *op, right),
            ExprKind::IsNull { expr, negated } => is_null(f, expr, *negated),
            ExprKind::IsBool {
                expr,
                negated,
                value,
            } => is_bool(f, expr, *negated, *value),
            ExprKind::IsDistinctFrom {
                left,
                negated,
                right,
            } => is_distinct(f, left, *negated, right),
            ExprKind::Between {
                expr,
                negated,
                low,
                high,
            } => between(f, expr, *negated, low, high),
            ExprKind::InList {
                expr,
                negated,
                list,
            } => in_list(f, expr, *negated, list),
            ExprKind::InSubquery {
                expr,
                negated,
                query,
            } => in_subquery(f, expr, *negated, query),
            ExprKind::Like {
                expr,
                op,
                negated,
                pattern,
                escape,
            } => like(f, expr, *op, *negated, pattern, escape.as_deref()),
            ExprKind::AnyAll {
                left,
                op,
                all,
                query,
            } => any_all(f, left, *op, *all, query),
            ExprKind::Case {
                operand,
                whens,
                else_result,
            } => case(f, operand.as_deref(), whens, else_result.as_deref()),
            ExprKind::Cast {
                style,
                expr,
                data_type,
            } => cast(f, *style, expr, data_type),
            ExprKind::Function(func) => function(f, func),
            ExprKind::Extract { field, expr } => extract(f, field, expr),
            ExprKind::Substring { expr, from, length } => {
                substring(f, expr, from.as_deref(), length.as_deref())
            }
            ExprKind::Overlay {
                expr,
                placing,
                from,
                length,
            } => overlay(f, expr, placing, from, length.as_deref()),
            ExprKind::Row(items) => row(f, items),
            ExprKind::GroupingSets { kind, items } => {
                f.write_str(match kind {
                    GroupingKind::Sets => "GROUPING SETS ",
                    GroupingKind::Rollup => "ROLLUP ",
                    GroupingKind::Cube => "CUBE ",
                })?;
                row(f, items)
            }
            ExprKind::FieldAccess { expr, field } => field_access(f, expr, field),
            ExprKind::Position { needle, haystack } => position(f, needle, haystack),
            ExprKind::RoundTo { floor, expr, unit } => {
                let name = if *floor { "FLOOR" } else { "CEIL" };
                write!(f, "{name}({expr} TO{})", unit_name(*unit))
            }
            ExprKind::Trim { side, what, expr } => trim(f, *side, what.as_deref(), expr),
            ExprKind::Exists(q) => {
                f.write_str("EXISTS ")?;
                parenthesized(f, q)
            }
            ExprKind::Subquery(q) => parenthesized(f, q),
            ExprKind::Default => f.write_str("DEFAULT"),
            ExprKind::AnyAllArray {
                left,
                op,
                all,
                right,
            } => any_all_array(f, left, *op, *all, right),
            ExprKind::LikeAnyAll {
                expr,
                op,
                negated,
                all,
                patterns,
            } => {
                like_any_all(f, expr, *op, *negated, *all)?;
                row(f, patterns)
            }
            ExprKind::LikeAnyAllQuery {
                expr,
                op,
                negated,
                all,
                query,
            } => {
                like_any_all(f, expr, *op, *negated, *all)?;
                parenthesized(f, query)
            }
            ExprKind::Array(items) => array(f, items),
            ExprKind::ArraySubquery(q) => {
                f.write_str("ARRAY")?;
                parenthesized(f, q)
            }
            ExprKind::Subscript { expr, index } => subscript(f, expr, index),
            ExprKind::Slice { expr, lower, upper } => {
                slice(f, expr, lower.as_deref(), upper.as_deref())
            }
            ExprKind::AtTimeZone { expr, zone } => at_time_zone(f, expr, zone),
            ExprKind::Collate { expr, collation } => collate(f, expr, collation),
            ExprKind::Nested(e) => {
                f.write_char('(')?;
                e.fmt(f)?;
                f.write_char(')')
            }
        }
    }
}

/// `e [NOT] LIKE ANY ` and the like, up to the patterns.
fn like_any_all(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    op: PatternOp,
    negated: bool,
    all: bool,
) -> fmt::Result {
    e.fmt(f)?;
    if negated {
        f.write_str(" NOT")?;
    }
    f.write_str(match op {
        PatternOp::Like => " LIKE",
        PatternOp::ILike => " ILIKE",
        PatternOp::SimilarTo => " SIMILAR TO",
    })?;
    f.write_str(if all { " ALL " } else { " ANY " })
}

fn any_all_array(
    f: &mut Formatter<'_>,
    l: &Expr<'_>,
    op: BinaryOp,
    all: bool,
    r: &Expr<'_>,
) -> fmt::Result {
    l.fmt(f)?;
    f.write_char(' ')?;
    op.fmt(f)?;
    f.write_str(if all { " ALL (" } else { " ANY (" })?;
    r.fmt(f)?;
    f.write_char(')')
}

fn array(f: &mut Formatter<'_>, items: &[Expr<'_>]) -> fmt::Result {
    f.write_str("ARRAY[")?;
    list(f, items)?;
    f.write_char(']')
}

fn subscript(f: &mut Formatter<'_>, e: &Expr<'_>, index: &Expr<'_>) -> fmt::Result {
    e.fmt(f)?;
    f.write_char('[')?;
    index.fmt(f)?;
    f.write_char(']')
}

fn slice(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    lower: Option<&Expr<'_>>,
    upper: Option<&Expr<'_>>,
) -> fmt::Result {
    e.fmt(f)?;
    f.write_char('[')?;
    if let Some(l) = lower {
        l.fmt(f)?;
    }
    f.write_char(':')?;
    if let Some(u) = upper {
        // `:` run into a name is a named parameter, which the grammar reads back as the `:`
        // and a name only when a name, a call or an operator follows (`a[1:n]`); a space
        // keeps any other bound that starts with a word or a `:` (`a[1: CASE ...]`).
        if matches!(u.kind, ExprKind::Identifier(_)) {
            u.fmt(f)?;
        } else {
            let text = u.to_string();
            if text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == ':') {
                f.write_char(' ')?;
            }
            f.write_str(&text)?;
        }
    }
    f.write_char(']')
}

fn at_time_zone(f: &mut Formatter<'_>, e: &Expr<'_>, zone: &Expr<'_>) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(" AT TIME ZONE ")?;
    zone.fmt(f)
}

fn collate(f: &mut Formatter<'_>, e: &Expr<'_>, collation: &ObjectName<'_>) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(" COLLATE ")?;
    collation.fmt(f)
}

fn dotted(f: &mut Formatter<'_>, ids: &[Ident<'_>]) -> fmt::Result {
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            f.write_char('.')?;
        }
        id.fmt(f)?;
    }
    Ok(())
}

fn parenthesized(f: &mut Formatter<'_>, q: &Query<'_>) -> fmt::Result {
    f.write_char('(')?;
    q.fmt(f)?;
    f.write_char(')')
}

fn unary(f: &mut Formatter<'_>, op: UnaryOp, e: &Expr<'_>) -> fmt::Result {
    f.write_str(match op {
        UnaryOp::Not => "NOT ",
        // `--` would start a comment.
        UnaryOp::Minus if starts_with_minus(e) => "- ",
        UnaryOp::Minus => "-",
        UnaryOp::Plus => "+",
    })?;
    e.fmt(f)
}

fn binary(f: &mut Formatter<'_>, l: &Expr<'_>, op: BinaryOp, r: &Expr<'_>) -> fmt::Result {
    l.fmt(f)?;
    f.write_char(' ')?;
    op.fmt(f)?;
    f.write_char(' ')?;
    r.fmt(f)
}

fn is_null(f: &mut Formatter<'_>, e: &Expr<'_>, negated: bool) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(if negated { " IS NOT NULL" } else { " IS NULL" })
}

fn is_bool(f: &mut Formatter<'_>, e: &Expr<'_>, negated: bool, value: Option<bool>) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(if negated { " IS NOT " } else { " IS " })?;
    f.write_str(match value {
        Some(true) => "TRUE",
        Some(false) => "FALSE",
        None => "UNKNOWN",
    })
}

fn is_distinct(f: &mut Formatter<'_>, l: &Expr<'_>, negated: bool, r: &Expr<'_>) -> fmt::Result {
    l.fmt(f)?;
    f.write_str(if negated {
        " IS NOT DISTINCT FROM "
    } else {
        " IS DISTINCT FROM "
    })?;
    r.fmt(f)
}

fn between(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    negated: bool,
    low: &Expr<'_>,
    high: &Expr<'_>,
) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(if negated {
        " NOT BETWEEN "
    } else {
        " BETWEEN "
    })?;
    low.fmt(f)?;
    f.write_str(" AND ")?;
    high.fmt(f)
}

fn in_list(f: &mut Formatter<'_>, e: &Expr<'_>, negated: bool, items: &[Expr<'_>]) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(if negated { " NOT IN (" } else { " IN (" })?;
    list(f, items)?;
    f.write_char(')')
}

fn in_subquery(f: &mut Formatter<'_>, e: &Expr<'_>, negated: bool, q: &Query<'_>) -> fmt::Result {
    e.fmt(f)?;
    f.write_str(if negated { " NOT IN " } else { " IN " })?;
    parenthesized(f, q)
}

fn like(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    op: PatternOp,
    negated: bool,
    pattern: &Expr<'_>,
    escape: Option<&Expr<'_>>,
) -> fmt::Result {
    e.fmt(f)?;
    if negated {
        f.write_str(" NOT")?;
    }
    f.write_str(match op {
        PatternOp::Like => " LIKE ",
        PatternOp::ILike => " ILIKE ",
        PatternOp::SimilarTo => " SIMILAR TO ",
    })?;
    pattern.fmt(f)?;
    if let Some(c) = escape {
        f.write_str(" ESCAPE ")?;
        c.fmt(f)?;
    }
    Ok(())
}

fn any_all(
    f: &mut Formatter<'_>,
    l: &Expr<'_>,
    op: BinaryOp,
    all: bool,
    q: &Query<'_>,
) -> fmt::Result {
    l.fmt(f)?;
    f.write_char(' ')?;
    op.fmt(f)?;
    f.write_str(if all { " ALL " } else { " ANY " })?;
    parenthesized(f, q)
}

fn case(
    f: &mut Formatter<'_>,
    operand: Option<&Expr<'_>>,
    whens: &[(Expr<'_>, Expr<'_>)],
    else_result: Option<&Expr<'_>>,
) -> fmt::Result {
    f.write_str("CASE")?;
    if let Some(e) = operand {
        f.write_char(' ')?;
        e.fmt(f)?;
    }
    for (c, r) in whens {
        f.write_str(" WHEN ")?;
        c.fmt(f)?;
        f.write_str(" THEN ")?;
        r.fmt(f)?;
    }
    if let Some(e) = else_result {
        f.write_str(" ELSE ")?;
        e.fmt(f)?;
    }
    f.write_str(" END")
}

fn cast(f: &mut Formatter<'_>, style: CastStyle, e: &Expr<'_>, ty: &DataType<'_>) -> fmt::Result {
    if style == CastStyle::DoubleColon {
        e.fmt(f)?;
        f.write_str("::")?;
        return ty.fmt(f);
    }
    f.write_str(if style == CastStyle::TryCast {
        "TRY_CAST("
    } else {
        "CAST("
    })?;
    e.fmt(f)?;
    f.write_str(" AS ")?;
    ty.fmt(f)?;
    f.write_char(')')
}

fn function(f: &mut Formatter<'_>, func: &Function<'_>) -> fmt::Result {
    func.name.fmt(f)?;
    f.write_char('(')?;
    if func.distinct {
        f.write_str("DISTINCT ")?;
    }
    match &func.args {
        FunctionArgs::Star => f.write_char('*')?,
        FunctionArgs::List(args) => list(f, args)?,
    }
    let Some(c) = &func.clauses else {
        return f.write_char(')');
    };
    if !c.order_by.is_empty() {
        f.write_str(" ORDER BY ")?;
        list(f, &c.order_by)?;
    }
    f.write_char(')')?;
    if !c.within_group.is_empty() {
        f.write_str(" WITHIN GROUP (ORDER BY ")?;
        list(f, &c.within_group)?;
        f.write_char(')')?;
    }
    if let Some(e) = &c.filter {
        f.write_str(" FILTER (WHERE ")?;
        e.fmt(f)?;
        f.write_char(')')?;
    }
    if let Some(over) = &c.over {
        f.write_char(' ')?;
        over.fmt(f)?;
    }
    Ok(())
}

fn extract(f: &mut Formatter<'_>, field: &Ident<'_>, e: &Expr<'_>) -> fmt::Result {
    f.write_str("EXTRACT(")?;
    field.fmt(f)?;
    f.write_str(" FROM ")?;
    e.fmt(f)?;
    f.write_char(')')
}

fn substring(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    from: Option<&Expr<'_>>,
    length: Option<&Expr<'_>>,
) -> fmt::Result {
    f.write_str("SUBSTRING(")?;
    e.fmt(f)?;
    if let Some(a) = from {
        f.write_str(" FROM ")?;
        a.fmt(f)?;
    }
    if let Some(n) = length {
        f.write_str(" FOR ")?;
        n.fmt(f)?;
    }
    f.write_char(')')
}

fn overlay(
    f: &mut Formatter<'_>,
    e: &Expr<'_>,
    placing: &Expr<'_>,
    from: &Expr<'_>,
    length: Option<&Expr<'_>>,
) -> fmt::Result {
    f.write_str("OVERLAY(")?;
    e.fmt(f)?;
    f.write_str(" PLACING ")?;
    placing.fmt(f)?;
    f.write_str(" FROM ")?;
    from.fmt(f)?;
    if let Some(n) = length {
        f.write_str(" FOR ")?;
        n.fmt(f)?;
    }
    f.write_char(')')
}

fn row(f: &mut Formatter<'_>, items: &[Expr<'_>]) -> fmt::Result {
    f.write_char('(')?;
    list(f, items)?;
    f.write_char(')')
}

fn field_access(f: &mut Formatter<'_>, e: &Expr<'_>, field: &Ident<'_>) -> fmt::Result {
    f.write_char('(')?;
    e.fmt(f)?;
    f.write_str(").")?;
    field.fmt(f)
}

fn position(f: &mut Formatter<'_>, needle: &Expr<'_>, haystack: &Expr<'_>) -> fmt::Result {
    f.write_str("POSITION(")?;
    needle.fmt(f)?;
    f.write_str(" IN ")?;
    haystack.fmt(f)?;
    f.write_char(')')
}

fn trim(
    f: &mut Formatter<'_>,
    side: Option<TrimSide>,
    what: Option<&Expr<'_>>,
    e: &Expr<'_>,
) -> fmt::Result {
    f.write_str("TRIM(")?;
    if let Some(side) = side {
        f.write_str(match side {
            TrimSide::Leading => "LEADING ",
            TrimSide::Trailing => "TRAILING ",
            TrimSide::Both => "BOTH ",
        })?;
    }
    if let Some(w) = what {
        w.fmt(f)?;
        f.write_char(' ')?;
    }
    if side.is_some() || what.is_some() {
        f.write_str("FROM ")?;
    }
    e.fmt(f)?;
    f.write_char(')')
}

/// Whether `e` prints with a leading `-`.
fn starts_with_minus(e: &Expr<'_>) -> bool {
    match &e.kind {
        ExprKind::Unary {
            op: UnaryOp::Minus, ..
        } => true,
        ExprKind::Literal(Literal::Number(n)) => n.starts_with('-'),
        ExprKind::Binary { left, .. }
        | ExprKind::IsNull { expr: left, .. }
        | ExprKind::IsBool { expr: left, .. }
        | ExprKind::Cast {
            style: CastStyle::DoubleColon,
            expr: left,
            ..
        }
        | ExprKind::IsDistinctFrom { left, .. }
        | ExprKind::Between { expr: left, .. }
        | ExprKind::InList { expr: left, .. }
        | ExprKind::InSubquery { expr: left, .. }
        | ExprKind::Like { expr: left, .. }
        | ExprKind::AnyAll { left, .. }
        | ExprKind::AnyAllArray { left, .. }
        | ExprKind::LikeAnyAll { expr: left, .. }
        | ExprKind::LikeAnyAllQuery { expr: left, .. }
        | ExprKind::Subscript { expr: left, .. }
        | ExprKind::Slice { expr: left, .. }
        | ExprKind::AtTimeZone { expr: left, .. }
        | ExprKind::Collate { expr: left, .. } => starts_with_minus(left),
        _ => false,
    }
}

impl Display for DataType<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match &self.name {
            TypeName::DoublePrecision => f.write_str("DOUBLE PRECISION")?,
            TypeName::CharacterVarying => f.write_str("CHARACTER VARYING")?,
            TypeName::TimeZoned {
                timestamp,
                with_time_zone,
            } => {
                f.write_str(if *timestamp { "TIMESTAMP" } else { "TIME" })?;
                f.write_str(if *with_time_zone {
                    " WITH TIME ZONE"
                } else {
                    " WITHOUT TIME ZONE"
                })?;
            }
            TypeName::Named(id) => id.fmt(f)?,
        }
        if !self.params.is_empty() {
            f.write_char('(')?;
            list(f, &self.params)?;
            f.write_char(')')?;
        }
        for _ in 0..self.array_dims {
            f.write_str("[]")?;
        }
        Ok(())
    }
}

impl Display for Insert<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with(f, &self.with)?;
        write!(f, "INSERT INTO {}", self.table)?;
        if let Some(a) = &self.alias {
            write!(f, " AS {a}")?;
        }
        columns(f, &self.columns)?;
        match &self.source {
            InsertSource::Values(rows) => {
                f.write_str(" VALUES ")?;
                values(f, rows)?;
            }
            InsertSource::Query(q) => write!(f, " {q}")?,
            InsertSource::DefaultValues => f.write_str(" DEFAULT VALUES")?,
        }
        if let Some(c) = &self.on_conflict {
            f.write_str(" ON CONFLICT")?;
            match &c.target {
                Some(ConflictTarget::Index { keys, selection }) => {
                    f.write_str(" (")?;
                    list(f, keys)?;
                    f.write_char(')')?;
                    if let Some(e) = selection {
                        write!(f, " WHERE {e}")?;
                    }
                }
                Some(ConflictTarget::Constraint(name)) => write!(f, " ON CONSTRAINT {name}")?,
                None => {}
            }
            match &c.action {
                ConflictAction::Nothing => f.write_str(" DO NOTHING")?,
                ConflictAction::Update {
                    assignments: sets,
                    selection,
                } => {
                    f.write_str(" DO UPDATE SET ")?;
                    assignments(f, sets)?;
                    if let Some(e) = selection {
                        write!(f, " WHERE {e}")?;
                    }
                }
            }
        }
        returning(f, &self.returning)
    }
}

fn values(f: &mut Formatter<'_>, rows: &[Vec<Expr<'_>>]) -> fmt::Result {
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_char('(')?;
        list(f, row)?;
        f.write_char(')')?;
    }
    Ok(())
}

fn assignments(f: &mut Formatter<'_>, sets: &[(Ident<'_>, Expr<'_>)]) -> fmt::Result {
    for (i, (c, e)) in sets.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{c} = {e}")?;
    }
    Ok(())
}

fn returning(f: &mut Formatter<'_>, items: &[SelectItem<'_>]) -> fmt::Result {
    if !items.is_empty() {
        f.write_str(" RETURNING ")?;
        list(f, items)?;
    }
    Ok(())
}

impl Display for Update<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with(f, &self.with)?;
        write!(f, "UPDATE {}", self.table)?;
        if let Some(a) = &self.alias {
            write!(f, " AS {a}")?;
        }
        f.write_str(" SET ")?;
        assignments(f, &self.assignments)?;
        if !self.from.is_empty() {
            f.write_str(" FROM ")?;
            list(f, &self.from)?;
        }
        if let Some(e) = &self.selection {
            write!(f, " WHERE {e}")?;
        }
        returning(f, &self.returning)
    }
}

impl Display for Delete<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        with(f, &self.with)?;
        write!(f, "DELETE FROM {}", self.table)?;
        if let Some(a) = &self.alias {
            write!(f, " AS {a}")?;
        }
        if !self.using.is_empty() {
            f.write_str(" USING ")?;
            list(f, &self.using)?;
        }
        if let Some(e) = &self.selection {
            write!(f, " WHERE {e}")?;
        }
        returning(f, &self.returning)
    }
}

impl Display for CreateTable<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(if self.temporary {
            "CREATE TEMPORARY TABLE "
        } else {
            "CREATE TABLE "
        })?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        write!(f, "{} (", self.name)?;
        list(f, &self.elements)?;
        f.write_char(')')
    }
}

impl Display for TableElement<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            TableElement::Column(c) => c.fmt(f),
            TableElement::Constraint(c) => c.fmt(f),
        }
    }
}

impl Display for ColumnDef<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name, self.data_type)?;
        for c in &self.constraints {
            write!(f, " {c}")?;
        }
        Ok(())
    }
}

impl Display for ColumnConstraint<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if let Some(n) = &self.name {
            write!(f, "CONSTRAINT {n} ")?;
        }
        match &self.kind {
            ColumnConstraintKind::NotNull => f.write_str("NOT NULL"),
            ColumnConstraintKind::Null => f.write_str("NULL"),
            ColumnConstraintKind::Default(e) => write!(f, "DEFAULT {e}"),
            ColumnConstraintKind::PrimaryKey => f.write_str("PRIMARY KEY"),
            ColumnConstraintKind::Unique => f.write_str("UNIQUE"),
            ColumnConstraintKind::References {
                table,
                columns: cols,
                actions,
            } => {
                write!(f, "REFERENCES {table}")?;
                columns(f, cols)?;
                actions.fmt(f)
            }
            ColumnConstraintKind::Check(e) => write!(f, "CHECK ({e})"),
            ColumnConstraintKind::Identity { always: true } => {
                f.write_str("GENERATED ALWAYS AS IDENTITY")
            }
            ColumnConstraintKind::Identity { always: false } => {
                f.write_str("GENERATED BY DEFAULT AS IDENTITY")
            }
            ColumnConstraintKind::Generated(e) => write!(f, "GENERATED ALWAYS AS ({e}) STORED"),
        }
    }
}

impl Display for TableConstraint<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if let Some(n) = &self.name {
            write!(f, "CONSTRAINT {n} ")?;
        }
        match &self.kind {
            TableConstraintKind::PrimaryKey(cols) => {
                f.write_str("PRIMARY KEY")?;
                columns(f, cols)
            }
            TableConstraintKind::Unique(cols) => {
                f.write_str("UNIQUE")?;
                columns(f, cols)
            }
            TableConstraintKind::ForeignKey {
                columns: cols,
                table,
                referred,
                actions,
            } => {
                f.write_str("FOREIGN KEY")?;
                columns(f, cols)?;
                write!(f, " REFERENCES {table}")?;
                columns(f, referred)?;
                actions.fmt(f)
            }
            TableConstraintKind::Check(e) => write!(f, "CHECK ({e})"),
        }
    }
}

impl Display for RefActions {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (word, action) in [
            (" ON DELETE ", self.on_delete),
            (" ON UPDATE ", self.on_update),
        ] {
            if let Some(a) = action {
                f.write_str(word)?;
                f.write_str(match a {
                    RefAction::NoAction => "NO ACTION",
                    RefAction::Restrict => "RESTRICT",
                    RefAction::Cascade => "CASCADE",
                    RefAction::SetNull => "SET NULL",
                    RefAction::SetDefault => "SET DEFAULT",
                })?;
            }
        }
        Ok(())
    }
}

impl Display for CreateTableAs<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(if self.temporary {
            "CREATE TEMPORARY TABLE "
        } else {
            "CREATE TABLE "
        })?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        self.name.fmt(f)?;
        columns(f, &self.columns)?;
        write!(f, " AS {}", self.query)
    }
}

impl Display for CreateSchema<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("CREATE SCHEMA")?;
        if self.if_not_exists {
            f.write_str(" IF NOT EXISTS")?;
        }
        if let Some(name) = &self.name {
            write!(f, " {name}")?;
        }
        if let Some(role) = &self.authorization {
            write!(f, " AUTHORIZATION {role}")?;
        }
        Ok(())
    }
}

impl Display for CreateSequence<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(if self.temporary {
            "CREATE TEMPORARY SEQUENCE "
        } else {
            "CREATE SEQUENCE "
        })?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        self.name.fmt(f)?;
        for o in &self.options {
            match o {
                SequenceOption::Increment(n) => write!(f, " INCREMENT BY {n}")?,
                SequenceOption::MinValue(Some(n)) => write!(f, " MINVALUE {n}")?,
                SequenceOption::MinValue(None) => f.write_str(" NO MINVALUE")?,
                SequenceOption::MaxValue(Some(n)) => write!(f, " MAXVALUE {n}")?,
                SequenceOption::MaxValue(None) => f.write_str(" NO MAXVALUE")?,
                SequenceOption::Start(n) => write!(f, " START WITH {n}")?,
                SequenceOption::Cache(n) => write!(f, " CACHE {n}")?,
                SequenceOption::Cycle(true) => f.write_str(" CYCLE")?,
                SequenceOption::Cycle(false) => f.write_str(" NO CYCLE")?,
            }
        }
        Ok(())
    }
}

impl Display for CreateType<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "CREATE TYPE {} AS ENUM (", self.name)?;
        for (i, label) in self.labels.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            quoted(f, label, '\'')?;
        }
        f.write_char(')')
    }
}

impl Display for CreateView<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("CREATE ")?;
        if self.or_replace {
            f.write_str("OR REPLACE ")?;
        }
        if self.materialized {
            f.write_str("MATERIALIZED ")?;
        }
        f.write_str("VIEW ")?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        self.name.fmt(f)?;
        columns(f, &self.columns)?;
        write!(f, " AS {}", self.query)
    }
}

impl Display for DropObjects<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self.object {
            ObjectType::Table => "DROP TABLE ",
            ObjectType::View => "DROP VIEW ",
            ObjectType::MaterializedView => "DROP MATERIALIZED VIEW ",
            ObjectType::Index => "DROP INDEX ",
            ObjectType::Schema => "DROP SCHEMA ",
            ObjectType::Sequence => "DROP SEQUENCE ",
            ObjectType::Type => "DROP TYPE ",
            ObjectType::Extension => "DROP EXTENSION ",
        })?;
        if self.if_exists {
            f.write_str("IF EXISTS ")?;
        }
        list(f, &self.names)?;
        behavior(f, self.behavior)
    }
}

fn behavior(f: &mut Formatter<'_>, b: Option<DropBehavior>) -> fmt::Result {
    match b {
        Some(DropBehavior::Cascade) => f.write_str(" CASCADE"),
        Some(DropBehavior::Restrict) => f.write_str(" RESTRICT"),
        None => Ok(()),
    }
}

impl Display for CreateIndex<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(if self.unique {
            "CREATE UNIQUE INDEX "
        } else {
            "CREATE INDEX "
        })?;
        if self.concurrently {
            f.write_str("CONCURRENTLY ")?;
        }
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        if let Some(name) = &self.name {
            write!(f, "{name} ")?;
        }
        write!(f, "ON {}", self.table)?;
        if let Some(m) = &self.using {
            write!(f, " USING {m}")?;
        }
        f.write_str(" (")?;
        list(f, &self.keys)?;
        f.write_char(')')?;
        if !self.include.is_empty() {
            f.write_str(" INCLUDE")?;
            columns(f, &self.include)?;
        }
        if let Some(e) = &self.predicate {
            write!(f, " WHERE {e}")?;
        }
        Ok(())
    }
}

impl Display for AlterTable<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("ALTER TABLE ")?;
        if self.if_exists {
            f.write_str("IF EXISTS ")?;
        }
        write!(f, "{} ", self.name)?;
        list(f, &self.actions)
    }
}

impl Display for AlterTableAction<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            AlterTableAction::AddColumn {
                if_not_exists,
                column,
            } => {
                f.write_str("ADD COLUMN ")?;
                if *if_not_exists {
                    f.write_str("IF NOT EXISTS ")?;
                }
                column.fmt(f)
            }
            AlterTableAction::AddConstraint(c) => write!(f, "ADD {c}"),
            AlterTableAction::DropColumn {
                if_exists,
                name,
                behavior: b,
            } => {
                f.write_str("DROP COLUMN ")?;
                if *if_exists {
                    f.write_str("IF EXISTS ")?;
                }
                name.fmt(f)?;
                behavior(f, *b)
            }
            AlterTableAction::DropConstraint {
                if_exists,
                name,
                behavior: b,
            } => {
                f.write_str("DROP CONSTRAINT ")?;
                if *if_exists {
                    f.write_str("IF EXISTS ")?;
                }
                name.fmt(f)?;
                behavior(f, *b)
            }
            AlterTableAction::AlterColumn { name, change } => {
                write!(f, "ALTER COLUMN {name} ")?;
                match change {
                    AlterColumn::SetDefault(e) => write!(f, "SET DEFAULT {e}"),
                    AlterColumn::DropDefault => f.write_str("DROP DEFAULT"),
                    AlterColumn::SetNotNull => f.write_str("SET NOT NULL"),
                    AlterColumn::DropNotNull => f.write_str("DROP NOT NULL"),
                    AlterColumn::Type { data_type, using } => {
                        write!(f, "TYPE {data_type}")?;
                        if let Some(e) = using {
                            write!(f, " USING {e}")?;
                        }
                        Ok(())
                    }
                }
            }
            AlterTableAction::RenameColumn { old, new } => {
                write!(f, "RENAME COLUMN {old} TO {new}")
            }
            AlterTableAction::RenameConstraint { old, new } => {
                write!(f, "RENAME CONSTRAINT {old} TO {new}")
            }
            AlterTableAction::RenameTable(name) => write!(f, "RENAME TO {name}"),
            AlterTableAction::OwnerTo(role) => write!(f, "OWNER TO {role}"),
            AlterTableAction::SetSchema(schema) => write!(f, "SET SCHEMA {schema}"),
        }
    }
}

impl Display for Truncate<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("TRUNCATE ")?;
        list(f, &self.names)?;
        match self.restart_identity {
            Some(true) => f.write_str(" RESTART IDENTITY")?,
            Some(false) => f.write_str(" CONTINUE IDENTITY")?,
            None => {}
        }
        behavior(f, self.behavior)
    }
}

impl Display for Transaction<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (word, modes) = match self {
            Transaction::Begin(modes) => ("BEGIN", modes),
            Transaction::Start(modes) => ("START TRANSACTION", modes),
            Transaction::Commit => return f.write_str("COMMIT"),
            Transaction::Rollback => return f.write_str("ROLLBACK"),
            Transaction::RollbackTo(name) => return write!(f, "ROLLBACK TO SAVEPOINT {name}"),
            Transaction::Savepoint(name) => return write!(f, "SAVEPOINT {name}"),
            Transaction::Release(name) => return write!(f, "RELEASE SAVEPOINT {name}"),
        };
        f.write_str(word)?;
        if !modes.is_empty() {
            f.write_char(' ')?;
            list(f, modes)?;
        }
        Ok(())
    }
}

impl Display for TransactionMode {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TransactionMode::IsolationLevel(IsolationLevel::Serializable) => {
                "ISOLATION LEVEL SERIALIZABLE"
            }
            TransactionMode::IsolationLevel(IsolationLevel::RepeatableRead) => {
                "ISOLATION LEVEL REPEATABLE READ"
            }
            TransactionMode::IsolationLevel(IsolationLevel::ReadCommitted) => {
                "ISOLATION LEVEL READ COMMITTED"
            }
            TransactionMode::IsolationLevel(IsolationLevel::ReadUncommitted) => {
                "ISOLATION LEVEL READ UNCOMMITTED"
            }
            TransactionMode::ReadOnly => "READ ONLY",
            TransactionMode::ReadWrite => "READ WRITE",
        })
    }
}

impl Display for Privileges<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Privileges::All => f.write_str("ALL PRIVILEGES"),
            Privileges::List(list_) => list(f, list_),
        }
    }
}

impl Display for Privilege<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.name.fmt(f)?;
        columns(f, &self.columns)
    }
}

impl Display for GrantObject<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (word, names) = match self {
            GrantObject::Tables(names) => ("TABLE ", names),
            GrantObject::AllTablesInSchema(names) => ("ALL TABLES IN SCHEMA ", names),
            GrantObject::Schemas(names) => ("SCHEMA ", names),
            GrantObject::Sequences(names) => ("SEQUENCE ", names),
        };
        write!(f, " ON {word}")?;
        list(f, names)
    }
}

impl Display for Grant<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "GRANT {}", self.privileges)?;
        if let Some(o) = &self.object {
            o.fmt(f)?;
        }
        f.write_str(" TO ")?;
        list(f, &self.grantees)?;
        if self.with_grant_option {
            f.write_str(" WITH GRANT OPTION")?;
        }
        Ok(())
    }
}

impl Display for Revoke<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("REVOKE ")?;
        if self.grant_option_for {
            f.write_str("GRANT OPTION FOR ")?;
        }
        self.privileges.fmt(f)?;
        if let Some(o) = &self.object {
            o.fmt(f)?;
        }
        f.write_str(" FROM ")?;
        list(f, &self.grantees)?;
        behavior(f, self.behavior)
    }
}

impl Display for VariableName<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            VariableName::Name(name) => name.fmt(f),
            VariableName::TimeZone => f.write_str("TIME ZONE"),
            VariableName::All => f.write_str("ALL"),
        }
    }
}

impl Display for SetVariable<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(if self.local { "SET LOCAL " } else { "SET " })?;
        match &self.name {
            VariableName::TimeZone => f.write_str("TIME ZONE ")?,
            name => write!(f, "{name} TO ")?,
        }
        list(f, &self.values)
    }
}

impl Display for Merge<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "MERGE INTO {}", self.table)?;
        if let Some(a) = &self.alias {
            write!(f, " AS {a}")?;
        }
        write!(f, " USING {} ON {}", self.source, self.on)?;
        for c in &self.clauses {
            f.write_str(if c.matched {
                " WHEN MATCHED"
            } else {
                " WHEN NOT MATCHED"
            })?;
            if let Some(e) = &c.condition {
                write!(f, " AND {e}")?;
            }
            f.write_str(" THEN ")?;
            match &c.action {
                MergeAction::Update(sets) => {
                    f.write_str("UPDATE SET ")?;
                    assignments(f, sets)?;
                }
                MergeAction::Delete => f.write_str("DELETE")?,
                MergeAction::Insert {
                    columns: cols,
                    values,
                } => {
                    f.write_str("INSERT")?;
                    columns(f, cols)?;
                    f.write_str(" VALUES ")?;
                    row(f, values)?;
                }
                MergeAction::InsertDefaultValues => f.write_str("INSERT DEFAULT VALUES")?,
                MergeAction::DoNothing => f.write_str("DO NOTHING")?,
            }
        }
        Ok(())
    }
}

impl Display for Copy<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("COPY ")?;
        match &self.source {
            CopySource::Table {
                name,
                columns: cols,
            } => {
                name.fmt(f)?;
                columns(f, cols)?;
            }
            CopySource::Query(q) => parenthesized(f, q)?,
        }
        f.write_str(if self.to { " TO " } else { " FROM " })?;
        match &self.target {
            CopyTarget::File(name) => quoted(f, name, '\'')?,
            CopyTarget::Stdin => f.write_str("STDIN")?,
            CopyTarget::Stdout => f.write_str("STDOUT")?,
        }
        if !self.options.is_empty() {
            f.write_str(" (")?;
            options(f, &self.options)?;
            f.write_char(')')?;
        }
        for option in &self.legacy_options {
            write!(f, " {option}")?;
        }
        Ok(())
    }
}

impl Display for CopyLegacyOption<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            CopyLegacyOption::Binary => f.write_str("BINARY"),
            CopyLegacyOption::Freeze => f.write_str("FREEZE"),
            CopyLegacyOption::Delimiter(s) => write!(f, "DELIMITER {s}"),
            CopyLegacyOption::Null(s) => write!(f, "NULL {s}"),
            CopyLegacyOption::Csv => f.write_str("CSV"),
            CopyLegacyOption::Header => f.write_str("HEADER"),
            CopyLegacyOption::Quote(s) => write!(f, "QUOTE {s}"),
            CopyLegacyOption::Escape(s) => write!(f, "ESCAPE {s}"),
            CopyLegacyOption::ForceQuote(cols) if cols.is_empty() => f.write_str("FORCE QUOTE *"),
            CopyLegacyOption::ForceQuote(cols) => {
                f.write_str("FORCE QUOTE ")?;
                list(f, cols)
            }
            CopyLegacyOption::ForceNotNull(cols) => {
                f.write_str("FORCE NOT NULL ")?;
                list(f, cols)
            }
            CopyLegacyOption::ForceNull(cols) => {
                f.write_str("FORCE NULL ")?;
                list(f, cols)
            }
            CopyLegacyOption::Encoding(s) => write!(f, "ENCODING {s}"),
        }
    }
}

fn options(f: &mut Formatter<'_>, options: &[(Ident<'_>, Option<Expr<'_>>)]) -> fmt::Result {
    for (i, (name, value)) in options.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        name.fmt(f)?;
        if let Some(v) = value {
            write!(f, " {v}")?;
        }
    }
    Ok(())
}

impl Display for Explain<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("EXPLAIN ")?;
        if !self.options.is_empty() {
            f.write_char('(')?;
            for (i, (name, value)) in self.options.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                name.fmt(f)?;
                if let Some(v) = value {
                    write!(f, " {v}")?;
                }
            }
            f.write_str(") ")?;
        }
        if self.analyze {
            f.write_str("ANALYZE ")?;
        }
        if self.verbose {
            f.write_str("VERBOSE ")?;
        }
        self.statement.fmt(f)
    }
}

/// The statements of a script in normalized form, each followed by `;` and a newline.
pub fn print(stmts: &[Statement<'_>]) -> String {
    let mut out = String::new();
    for s in stmts {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{s};");
    }
    out
}
