//! Dropping syntax trees without recursion.
//!
//! The compiler's drop glue recurses once per level of a tree, so a statement nested a million
//! levels deep (`SELECT ((((...1...))))`, a million `UNION`s or `JOIN`s, subqueries in
//! subqueries) would overflow the stack when its tree is dropped. The four types through which
//! every cycle of the tree's types passes — [`Expr`], [`Query`], [`SetExpr`] and [`TableRef`] —
//! drop their children from a work list instead: each node hands its children of these four
//! types to the list and is then dropped with none left, so the drop glue goes at most a few
//! frames deep whatever the depth of the tree.
//!
//! Moving a child out of a node that has a `Drop` of its own needs something to leave in its
//! place: an [`Expr`] or [`TableRef`] placeholder costs nothing; a [`SetExpr`] one costs a small
//! allocation, made only for parenthesized queries and set operations.

use std::mem;

use super::ast::{
    CteBody, Expr, ExprKind, FrameBound, Function, FunctionArgs, JoinConstraint, ObjectName,
    OrderBy, Over, Query, Select, SelectItem, SetExpr, TableRef, WindowSpec,
};

/// A node whose children are still to be taken.
enum Part<'s> {
    Expr(Expr<'s>),
    Query(Box<Query<'s>>),
    SetExpr(SetExpr<'s>),
    TableRef(TableRef<'s>),
}

/// The children taken so far; a node with none to give allocates nothing.
struct Parts<'s>(Vec<Part<'s>>);

impl<'s> Parts<'s> {
    fn expr(&mut self, e: Expr<'s>) {
        // A leaf is dropped at once: it has nothing to give.
        if !is_leaf(&e.kind) {
            self.0.push(Part::Expr(e));
        }
    }

    fn exprs(&mut self, es: Vec<Expr<'s>>) {
        for e in es {
            self.expr(e);
        }
    }

    fn opt(&mut self, e: Option<Expr<'s>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn opt_boxed(&mut self, e: Option<Box<Expr<'s>>>) {
        if let Some(e) = e {
            self.expr(*e);
        }
    }

    fn of_function(&mut self, f: Function<'s>) {
        if let FunctionArgs::List(args) = f.args {
            self.exprs(args);
        }
        if let Some(c) = f.clauses {
            let c = *c;
            self.order(c.order_by);
            self.order(c.within_group);
            self.opt(c.filter);
            if let Some(Over::Spec(spec)) = c.over {
                self.window(spec);
            }
        }
    }

    fn order(&mut self, list: Vec<OrderBy<'s>>) {
        for o in list {
            self.expr(o.expr);
        }
    }

    fn window(&mut self, spec: WindowSpec<'s>) {
        self.exprs(spec.partition_by);
        self.order(spec.order_by);
        if let Some(frame) = spec.frame {
            for bound in [Some(frame.start), frame.end].into_iter().flatten() {
                if let FrameBound::Preceding(e) | FrameBound::Following(e) = bound {
                    self.expr(*e);
                }
            }
        }
    }

    /// Takes every child and drops each node once it has none.
    fn drain(mut self) {
        while let Some(part) = self.0.pop() {
            match part {
                Part::Expr(mut e) => self.of_expr(&mut e),
                Part::Query(mut q) => self.of_query(&mut q),
                Part::SetExpr(mut s) => self.of_set_expr(&mut s),
                Part::TableRef(mut t) => self.of_table_ref(&mut t),
            }
        }
    }

    fn of_expr(&mut self, e: &mut Expr<'s>) {
        if is_leaf(&e.kind) {
            return;
        }
        match mem::replace(&mut e.kind, ExprKind::Parameter("")) {
            ExprKind::Identifier(_)
            | ExprKind::CompoundIdentifier(_)
            | ExprKind::Literal(_)
            | ExprKind::Parameter(_) => {}
            ExprKind::Unary { expr, .. }
            | ExprKind::IsNull { expr, .. }
            | ExprKind::IsBool { expr, .. }
            | ExprKind::Cast { expr, .. }
            | ExprKind::Extract { expr, .. }
            | ExprKind::Nested(expr) => self.expr(*expr),
            ExprKind::Binary { left, right, .. }
            | ExprKind::IsDistinctFrom { left, right, .. }
            | ExprKind::Position {
                needle: left,
                haystack: right,
            } => {
                self.expr(*left);
                self.expr(*right);
            }
            ExprKind::Between {
                expr, low, high, ..
            } => {
                self.expr(*expr);
                self.expr(*low);
                self.expr(*high);
            }
            ExprKind::InList { expr, list, .. } => {
                self.expr(*expr);
                self.exprs(list);
            }
            ExprKind::InSubquery {
                expr: left, query, ..
            }
            | ExprKind::AnyAll { left, query, .. }
            | ExprKind::LikeAnyAllQuery {
                expr: left, query, ..
            } => {
                self.expr(*left);
                self.0.push(Part::Query(query));
            }
            ExprKind::Like {
                expr,
                pattern,
                escape,
                ..
            } => {
                self.expr(*expr);
                self.expr(*pattern);
                self.opt_boxed(escape);
            }
            ExprKind::Case {
                operand,
                whens,
                else_result,
            } => {
                self.opt_boxed(operand);
                for (when, then) in whens {
                    self.expr(when);
                    self.expr(then);
                }
                self.opt_boxed(else_result);
            }
            ExprKind::Function(f) => self.of_function(*f),
            ExprKind::Substring { expr, from, length } => {
                self.expr(*expr);
                self.opt_boxed(from);
                self.opt_boxed(length);
            }
            ExprKind::Overlay {
                expr,
                placing,
                from,
                length,
            } => {
                self.expr(*expr);
                self.expr(*placing);
                self.expr(*from);
                self.opt_boxed(length);
            }
            ExprKind::Row(items) | ExprKind::GroupingSets { items, .. } => self.exprs(items),
            ExprKind::LikeAnyAll { expr, patterns, .. } => {
                self.expr(*expr);
                self.exprs(patterns);
            }
            ExprKind::FieldAccess { expr, .. } | ExprKind::RoundTo { expr, .. } => self.expr(*expr),
            ExprKind::Trim { what, expr, .. } => {
                self.opt_boxed(what);
                self.expr(*expr);
            }
            ExprKind::Exists(q) | ExprKind::Subquery(q) => self.0.push(Part::Query(q)),
            ExprKind::Default => {}
            ExprKind::AnyAllArray { left, right, .. }
            | ExprKind::Subscript {
                expr: left,
                index: right,
            }
            | ExprKind::AtTimeZone {
                expr: left,
                zone: right,
            } => {
                self.expr(*left);
                self.expr(*right);
            }
            ExprKind::Collate { expr, .. } => self.expr(*expr),
            ExprKind::Slice { expr, lower, upper } => {
                self.expr(*expr);
                self.opt_boxed(lower);
                self.opt_boxed(upper);
            }
            ExprKind::Array(items) => self.exprs(items),
            ExprKind::ArraySubquery(q) => self.0.push(Part::Query(q)),
        }
    }

    /// Takes a query's children, leaving it in place. A body that is a `SELECT` is emptied in
    /// place; any other body is moved to the list, so that a chain of parenthesized queries
    /// is followed by the list, not by this function.
    fn of_query(&mut self, q: &mut Query<'s>) {
        if let Some(with) = q.with.take() {
            for cte in with.ctes {
                if let CteBody::Query(q) = cte.body {
                    self.0.push(Part::Query(q));
                }
            }
        }
        match &mut q.body {
            SetExpr::Select(select) => self.of_select(select),
            body => {
                let body = mem::replace(body, empty_set_expr());
                self.0.push(Part::SetExpr(body));
            }
        }
        self.order(mem::take(&mut q.order_by));
        self.opt(q.limit.take());
        self.opt(q.offset.take());
        self.opt(q.fetch.take().and_then(|f| f.count));
    }

    fn of_select(&mut self, s: &mut Select<'s>) {
        for item in mem::take(&mut s.items) {
            if let SelectItem::Expr { expr, .. } = item {
                self.expr(expr);
            }
        }
        for t in mem::take(&mut s.from) {
            self.0.push(Part::TableRef(t));
        }
        self.opt(s.selection.take());
        self.exprs(mem::take(&mut s.group_by));
        self.opt(s.having.take());
        self.exprs(mem::take(&mut s.distinct_on));
        for w in mem::take(&mut s.windows) {
            self.window(w.spec);
        }
    }

    fn of_set_expr(&mut self, s: &mut SetExpr<'s>) {
        match s {
            SetExpr::Select(select) => self.of_select(select),
            SetExpr::Query(q) => self.of_query(q),
            SetExpr::Table(_) => {}
            SetExpr::Values(rows) => {
                for row in mem::take(rows) {
                    self.exprs(row);
                }
            }
            SetExpr::SetOp { left, right, .. } => {
                for side in [left, right] {
                    match &mut **side {
                        SetExpr::Select(select) => self.of_select(select),
                        other => {
                            let other = mem::replace(other, empty_set_expr());
                            self.0.push(Part::SetExpr(other));
                        }
                    }
                }
            }
        }
    }

    fn of_table_ref(&mut self, t: &mut TableRef<'s>) {
        match t {
            TableRef::Table { .. } => {}
            TableRef::Function { function, .. } => {
                let call = mem::replace(&mut **function, empty_function());
                self.of_function(call);
            }
            TableRef::Derived { query, .. } => self.of_query(query),
            TableRef::Join {
                left,
                right,
                constraint,
                ..
            } => {
                for side in [left, right] {
                    if !matches!(**side, TableRef::Table { .. }) {
                        let side = mem::replace(&mut **side, empty_table_ref());
                        self.0.push(Part::TableRef(side));
                    }
                }
                if let JoinConstraint::On(e) = mem::replace(constraint, JoinConstraint::None) {
                    self.expr(e);
                }
            }
        }
    }
}

/// Whether an expression has no children of the four types.
fn is_leaf(kind: &ExprKind<'_>) -> bool {
    matches!(
        kind,
        ExprKind::Identifier(_)
            | ExprKind::CompoundIdentifier(_)
            | ExprKind::Literal(_)
            | ExprKind::Parameter(_)
            | ExprKind::Default
    )
}

fn empty_set_expr<'s>() -> SetExpr<'s> {
    SetExpr::Select(Box::default())
}

fn empty_function<'s>() -> Function<'s> {
    Function {
        name: ObjectName(Vec::new()),
        distinct: false,
        args: FunctionArgs::Star,
        clauses: None,
    }
}

fn empty_table_ref<'s>() -> TableRef<'s> {
    TableRef::Table {
        name: ObjectName(Vec::new()),
        alias: None,
    }
}

impl Drop for Expr<'_> {
    fn drop(&mut self) {
        if !is_leaf(&self.kind) {
            let mut parts = Parts(Vec::new());
            parts.of_expr(self);
            parts.drain();
        }
    }
}

impl Drop for Query<'_> {
    fn drop(&mut self) {
        let mut parts = Parts(Vec::new());
        parts.of_query(self);
        parts.drain();
    }
}

impl Drop for SetExpr<'_> {
    fn drop(&mut self) {
        let mut parts = Parts(Vec::new());
        parts.of_set_expr(self);
        parts.drain();
    }
}

impl Drop for TableRef<'_> {
    fn drop(&mut self) {
        if !matches!(self, TableRef::Table { .. }) {
            let mut parts = Parts(Vec::new());
            parts.of_table_ref(self);
            parts.drain();
        }
    }
}
