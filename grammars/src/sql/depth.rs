//! A bound on how deeply the trees of a statement may nest, checked on its tokens before the
//! parser builds them. Parsing and dropping a tree never recurse, whatever its depth; but the
//! printer, `Clone`, `Debug` and `PartialEq` do, so a statement like `SELECT 1+1+...+1` with
//! 100,000 terms would overflow the stack when printed. By default such statements get an
//! error instead; callers that only parse and walk trees iteratively can lift the bound.

use sly::{LexError, Span};

use super::lexer::Tok;

/// The largest nesting accepted by [`parse`](super::parse) and
/// [`parse_recovering`](super::parse_recovering): a bound on the depth of the expressions of a
/// statement, deep enough for any hand-written or generated query and shallow enough for the
/// recursive printer, `Clone`, `Debug` and `PartialEq` of a debug build on a 2 MiB stack (a
/// spawned thread's, or an async runtime's worker's), where each level of nested subqueries
/// takes a few kilobytes.
///
/// The bound is computed on tokens: each open parenthesis or `CASE` is a level, and within a
/// level a run of operators of one precedence (`a OR b OR c`, `1 + 2 - 3`) counts its length,
/// a run ending at an operator that binds less tightly (`a = 1 OR b = 2` is one `OR` and two
/// runs of one `=`) or at a comma, `WHEN`, `THEN`, `ELSE` or clause keyword. It is never less
/// than the depth of the tree the parser builds.
pub const MAX_DEPTH: usize = 700;

/// Precedence classes of operators, loosest first.
const CLASSES: usize = 12;

fn class(t: &Tok<'_>) -> Option<usize> {
    Some(match t {
        Tok::Or => 0,
        Tok::And => 1,
        Tok::Not => 2,
        Tok::Eq
        | Tok::Ne
        | Tok::Lt
        | Tok::Le
        | Tok::Gt
        | Tok::Ge
        | Tok::Is
        | Tok::In
        | Tok::Between
        | Tok::Like
        | Tok::Ilike
        | Tok::Similar => 3,
        Tok::Escape => 4,
        Tok::Concat
        | Tok::Arrow
        | Tok::LongArrow
        | Tok::HashArrow
        | Tok::HashLongArrow
        | Tok::AtArrow
        | Tok::ArrowAt
        | Tok::AmpAmp
        | Tok::Tilde
        | Tok::TildeStar
        | Tok::BangTilde
        | Tok::BangTildeStar
        | Tok::Pipe
        | Tok::Amp
        | Tok::Hash
        | Tok::ShiftLeftOp
        | Tok::ShiftRightOp => 5,
        Tok::Plus | Tok::Minus => 6,
        Tok::Star | Tok::Slash | Tok::Percent | Tok::Caret => 7,
        Tok::At => 8,
        Tok::Collate => 9,
        Tok::DoubleColon => 10,
        Tok::LBracket => 11,
        _ => return None,
    })
}

/// One open parenthesis or `CASE` (or the statement itself).
#[derive(Default, Clone, Copy)]
struct Level {
    /// The current run of operators of each class.
    run: [usize; CLASSES],
    /// The longest run of each class so far.
    best: [usize; CLASSES],
    /// The largest bound of the groups closed within this level.
    child: usize,
}

impl Level {
    fn bound(&self) -> usize {
        self.best.iter().sum::<usize>() + self.child + 1
    }
}

/// Passes tokens through and replaces the one that makes a statement nest deeper than its
/// limit ([`MAX_DEPTH`] unless the caller chose another) by a lexing error.
pub(crate) struct DepthGuard<I> {
    tokens: I,
    /// The open levels, the statement's own first.
    levels: Vec<Level>,
    /// The sum of the open levels' bounds: a bound on the depth of any tree built from the
    /// statement so far.
    total: usize,
    /// Whether this statement was already reported too deep: one error a statement.
    reported: bool,
    /// The bound; `None` passes every token through.
    limit: Option<usize>,
}

impl<I> DepthGuard<I> {
    pub(crate) fn new(tokens: I, limit: Option<usize>) -> Self {
        DepthGuard {
            limit,
            tokens,
            levels: vec![Level::default()],
            total: 1,
            reported: false,
        }
    }

    fn reset(&mut self) {
        self.levels.clear();
        self.levels.push(Level::default());
        self.total = 1;
    }

    fn operator(&mut self, c: usize) {
        if let Some(top) = self.levels.last_mut() {
            let before = top.bound();
            top.run[c] += 1;
            top.best[c] = top.best[c].max(top.run[c]);
            // Tighter operators after this one build new subtrees.
            for r in &mut top.run[c + 1..] {
                *r = 0;
            }
            self.total = self.total - before + top.bound();
        }
    }

    /// A comma, `WHEN`, `THEN`, `ELSE` or clause keyword: what follows is a new subtree.
    fn separator(&mut self) {
        if let Some(top) = self.levels.last_mut() {
            top.run = [0; CLASSES];
        }
    }

    fn open(&mut self) {
        self.levels.push(Level::default());
        self.total += 1;
    }

    fn close(&mut self) {
        if self.levels.len() <= 1 {
            // An unbalanced `)` or `END`: the parser reports it.
            return;
        }
        if let Some(done) = self.levels.pop() {
            let bound = done.bound();
            self.total -= bound;
            if let Some(parent) = self.levels.last_mut() {
                let before = parent.bound();
                parent.child = parent.child.max(bound);
                self.total = self.total - before + parent.bound();
            }
        }
    }
}

fn name(t: &Tok) -> &'static str {
    match t {
        Tok::LParen => "LParen",
        Tok::Case => "Case",
        Tok::LBracket => "LBracket",
        _ => "operator",
    }
}

impl<'s, I> Iterator for DepthGuard<I>
where
    I: Iterator<Item = Result<(Tok<'s>, Span), LexError>>,
{
    type Item = Result<(Tok<'s>, Span), LexError>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.tokens.next()?;
        let Some(limit) = self.limit else {
            return Some(item);
        };
        let Ok((tok, span)) = &item else {
            return Some(item);
        };
        match tok {
            Tok::Semi => {
                self.reset();
                self.reported = false;
            }
            Tok::LParen | Tok::Case => self.open(),
            Tok::RParen | Tok::End | Tok::RBracket => self.close(),
            // A subscript is an operator, each of a chain `a[1][2]` a level of the tree, and
            // opens a group closed by its `]`.
            Tok::LBracket => {
                self.operator(11);
                self.open();
            }
            Tok::Comma
            | Tok::When
            | Tok::Then
            | Tok::Else
            | Tok::Select
            | Tok::From
            | Tok::Where
            | Tok::Group
            | Tok::Having
            | Tok::Order
            | Tok::Limit
            | Tok::Offset
            | Tok::On
            | Tok::Set
            | Tok::Values
            | Tok::As
            | Tok::Union
            | Tok::Intersect
            | Tok::Except => {
                self.separator();
                return Some(item);
            }
            t => match class(t) {
                Some(c) => self.operator(c),
                None => return Some(item),
            },
        }
        if self.total > limit && !self.reported {
            self.reported = true;
            let reason = format!("the statement nests deeper than {limit} levels");
            let err = LexError::invalid_token(*span, name(tok), Some(reason));
            // Start afresh so that the rest of the script can still be read.
            self.reset();
            return Some(Err(err));
        }
        Some(item)
    }
}
