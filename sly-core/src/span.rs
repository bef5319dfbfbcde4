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
    /// let s = sly::Span::new(2, 5);
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
/// use sly::{LineIndex, LineCol};
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

/// Lines up to this many chars are shown whole under an error.
const WHOLE_LINE_CHARS: usize = 160;
/// On a longer line, the chars shown before the start of the span...
const CLIP_BEFORE_CHARS: usize = 40;
/// ...and from its start on.
const CLIP_FROM_CHARS: usize = 80;

/// Renders a message with `line:col` and a caret under the offending source text.
///
/// Used by the lexer's and the parser's error types; available for user diagnostics too.
/// A line longer than 160 chars is clipped around the span: 40 chars before it and 80 from its
/// start, with `...` where text is left out, so an error on a line of a megabyte renders in a
/// few hundred bytes.
///
/// # Examples
/// ```
/// let out = sly::render_at("x = 3 +\n", sly::Span::new(6, 7), "unexpected `+`");
/// assert_eq!(out, "1:7: unexpected `+`\n  |\n1 | x = 3 +\n  |       ^\n");
/// ```
pub fn render_at(src: &str, span: Span, message: &str) -> String {
    let idx = LineIndex::new(src);
    let lc = idx.line_col(src, span.start);
    let line_start = idx.line_start(lc.line - 1).min(src.len());
    let text = idx.line_text(src, lc.line - 1);
    let line_end = line_start + text.len();
    let num = lc.line.to_string();
    let pad = " ".repeat(num.len());
    // The span's start, within the line's text (not in its `\r\n`).
    let mut s = span.start.min(line_end);
    while !src.is_char_boundary(s) {
        s -= 1;
    }
    // The part of the line shown: all of it, or a window around the span's start.
    let (shown_start, shown_end) =
        if text.len() > WHOLE_LINE_CHARS && text.chars().nth(WHOLE_LINE_CHARS).is_some() {
            let before = src[line_start..s]
                .char_indices()
                .rev()
                .nth(CLIP_BEFORE_CHARS - 1)
                .map_or(line_start, |(i, _)| line_start + i);
            let after = src[s..line_end]
                .char_indices()
                .nth(CLIP_FROM_CHARS)
                .map_or(line_end, |(i, _)| s + i);
            (before, after)
        } else {
            (line_start, line_end)
        };
    let left = if shown_start > line_start { "..." } else { "" };
    let right = if shown_end < line_end { "..." } else { "" };
    // Caret width: the chars of the span that lie on the shown text, at least one.
    let mut e = span.end.min(shown_end).max(s);
    while !src.is_char_boundary(e) {
        e -= 1;
    }
    let width = src[s..e].chars().count().max(1);
    let indent: String = left
        .chars()
        .chain(src[shown_start..s].chars())
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let shown = &src[shown_start..shown_end];
    format!(
        "{lc}: {message}\n{pad} |\n{num} | {left}{shown}{right}\n{pad} | {indent}{}\n",
        "^".repeat(width)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_a_megabyte_is_clipped_around_the_caret() {
        // A million open parentheses, then the error.
        let src = format!(
            "{}x ? y{}\nnext line",
            "(".repeat(1_000_000),
            ")".repeat(1_000)
        );
        let at = 1_000_002;
        let out = render_at(&src, Span::new(at, at + 1), "unexpected `?`");
        let before = "(".repeat(38);
        let after = format!("? y{}", ")".repeat(77));
        assert_eq!(
            out,
            format!(
                "1:1000003: unexpected `?`\n  |\n1 | ...{before}x {after}...\n  | {}^\n",
                " ".repeat(3 + 40)
            )
        );
        assert!(out.len() < 300, "{} bytes", out.len());
    }

    #[test]
    fn clipping_counts_chars_and_keeps_tabs_and_multi_byte_text() {
        let src = format!("\t{}é{}", "é".repeat(300), "ü".repeat(300));
        let at = 1 + 600; // the `é` after the first 300
        let out = render_at(&src, Span::new(at, at + 4), "here");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "1:302: here");
        assert_eq!(
            lines[2],
            format!("1 | ...{}é{}...", "é".repeat(40), "ü".repeat(79))
        );
        // The caret sits under the 44th char shown (3 dots, 40 chars), two chars wide.
        assert_eq!(lines[3], format!("  | {}^^", " ".repeat(43)));
    }

    #[test]
    fn short_and_exactly_full_lines_are_not_clipped() {
        let line = "a".repeat(WHOLE_LINE_CHARS);
        let out = render_at(&line, Span::new(150, 151), "m");
        assert_eq!(
            out,
            format!("1:151: m\n  |\n1 | {line}\n  | {}^\n", " ".repeat(150))
        );
        // At the start of a long line only the right side is clipped.
        let long = "b".repeat(WHOLE_LINE_CHARS + 1);
        let out = render_at(&long, Span::new(0, 1), "m");
        assert_eq!(
            out,
            format!("1:1: m\n  |\n1 | {}...\n  | ^\n", "b".repeat(80))
        );
        // A span at the `\r` of a `\r\n` line end points just past the text.
        assert_eq!(
            render_at("ab\r\ncd", Span::new(2, 3), "m"),
            "1:3: m\n  |\n1 | ab\n  |   ^\n"
        );
    }
}
