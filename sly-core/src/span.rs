//! Byte spans and the line index that turns byte offsets into lines and columns.

use core::fmt;

/// A half-open range of byte offsets `start..end` into the source text.
///
/// Spans are `Copy` and cheap; line and column numbers are computed on demand from a
/// [`LineIndex`], so lexing never pays for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    ///
    /// # Examples
    /// ```
    /// let s = sly_core::Span::new(2, 5);
    /// assert_eq!(s.len(), 3);
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span as a `Range<usize>`, for slicing the source.
    #[inline]
    pub const fn range(&self) -> core::ops::Range<usize> {
        self.start..self.end
    }
}

impl From<core::ops::Range<usize>> for Span {
    fn from(r: core::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A value together with the span of source text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs `value` with `span`.
    pub const fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T> core::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// A 1-based line and column; the column counts chars, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in chars from the start of the line.
    pub col: usize,
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The start offsets of every line of a source text, for turning byte offsets into
/// [`LineCol`]s.
///
/// # Examples
/// ```
/// use sly_core::{LineIndex, LineCol};
/// let src = "a = 1\nbé = 2\n";
/// let idx = LineIndex::new(src);
/// assert_eq!(idx.line_col(src, 0), LineCol { line: 1, col: 1 });
/// assert_eq!(idx.line_col(src, 10), LineCol { line: 2, col: 4 });
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `src` (lines end at `\n`).
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The 0-based index of the line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte offset where 0-based line `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.min(self.starts.len() - 1)]
    }

    /// Line and column of byte `offset` in `src` (the text this index was built from).
    ///
    /// An offset past the end, or inside a multi-byte char, is clamped to the nearest char
    /// boundary before it. Never panics.
    pub fn line_col(&self, src: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line].min(offset);
        let col = src[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            col,
        }
    }

    /// The text of the 0-based line `line`, without its line terminator.
    pub fn line_text<'a>(&self, src: &'a str, line: usize) -> &'a str {
        let start = self.line_start(line).min(src.len());
        let end = self
            .starts
            .get(line + 1)
            .map(|&e| e - 1)
            .unwrap_or(src.len())
            .max(start);
        src[start..end].trim_end_matches('\r')
    }
}

/// Renders a message with `line:col` and a caret under the offending source text.
///
/// Used by the lexer's and the parser's error types; available for user diagnostics too.
///
/// # Examples
/// ```
/// let out = sly_core::render_at("x = 3 +\n", sly_core::Span::new(6, 7), "unexpected `+`");
/// assert_eq!(out, "1:7: unexpected `+`\n  |\n1 | x = 3 +\n  |       ^\n");
/// ```
pub fn render_at(src: &str, span: Span, message: &str) -> String {
    let idx = LineIndex::new(src);
    let lc = idx.line_col(src, span.start);
    let text = idx.line_text(src, lc.line - 1);
    let num = lc.line.to_string();
    let pad = " ".repeat(num.len());
    // Caret width: the chars of the span that lie on this line, at least one.
    let line_end = idx.line_start(lc.line - 1) + text.len();
    let mut s = span.start.min(src.len());
    while !src.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = span.end.min(line_end).max(s);
    while !src.is_char_boundary(e) {
        e -= 1;
    }
    let width = src[s..e].chars().count().max(1);
    let indent: String = text
        .chars()
        .take(lc.col - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!(
        "{lc}: {message}\n{pad} |\n{num} | {text}\n{pad} | {indent}{}\n",
        "^".repeat(width)
    )
}
