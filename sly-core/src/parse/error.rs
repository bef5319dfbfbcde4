//! Syntax errors, and lexing errors as the parser reports them.

use crate::lex::LexError;
use crate::span::{Span, render_at};
use core::fmt;

/// An error found while parsing: a syntax error or a lexing error.
///
/// It carries the span of the offending token (an empty span at the end of the input when the
/// input ended too soon), the terminal found, and the exact set of terminals that the parser
/// would have accepted there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    span: Span,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Syntax {
        found: Option<String>,
        expected: Vec<String>,
        /// How the message shows them.
        shown: Box<Shown>,
    },
    Lex(LexError),
}

/// The terminals of a syntax error as its message shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    found: Option<String>,
    expected: Vec<String>,
    /// The message of the parser's catalogue for the state the error was found in, with
    /// `$found` and `$expected` filled in.
    catalogued: Option<String>,
}

/// At most this many expected terminals are named in a message; the others are counted.
const SHOWN_EXPECTED: usize = 8;

impl ParseError {
    /// A syntax error at `span`: `found` is the terminal's name, `None` at the end of input.
    /// The message shows the names as they are; `$end` shows as "end of input".
    pub fn syntax(span: Span, found: Option<String>, expected: Vec<String>) -> Self {
        let show = |n: &String| {
            if n == "$end" {
                "end of input".to_string()
            } else {
                n.clone()
            }
        };
        let shown = Shown {
            found: found.as_ref().map(show),
            expected: expected.iter().map(show).collect(),
            catalogued: None,
        };
        ParseError {
            span,
            kind: Kind::Syntax {
                found,
                expected,
                shown: Box::new(shown),
            },
        }
    }

    /// A syntax error whose terminals have display texts: `found` is `(name, display)`,
    /// `expected_shown` the display texts of `expected`, in the same order.
    pub(crate) fn syntax_shown(
        span: Span,
        found: Option<(String, String)>,
        expected: Vec<String>,
        expected_shown: Vec<String>,
    ) -> Self {
        let (found, found_shown) = match found {
            Some((name, shown)) => (Some(name), Some(shown)),
            None => (None, None),
        };
        ParseError {
            span,
            kind: Kind::Syntax {
                found,
                expected,
                shown: Box::new(Shown {
                    found: found_shown,
                    expected: expected_shown,
                    catalogued: None,
                }),
            },
        }
    }

    /// The same syntax error carrying a catalogue's message: `$found` becomes the token found
    /// (`end of input` at the end) and `$expected` the expected tokens as the generic message
    /// lists them.
    pub(crate) fn with_catalogue_message(mut self, template: &str) -> Self {
        if let Kind::Syntax { shown, .. } = &mut self.kind {
            let found = shown.found.as_deref().unwrap_or("end of input");
            let expected = one_of(&distinct(&shown.expected));
            shown.catalogued = Some(
                template
                    .replace("$found", found)
                    .replace("$expected", &expected),
            );
        }
        self
    }

    /// The same error with its spans moved `offset` bytes later: for text parsed as a
    /// fragment of a larger source (a line of a REPL session, a snippet inside a file), so
    /// that [`render`](Self::render) against the whole source shows the right line.
    pub fn with_offset(self, offset: usize) -> Self {
        ParseError {
            span: Span::new(self.span.start + offset, self.span.end + offset),
            kind: match self.kind {
                Kind::Lex(e) => Kind::Lex(e.with_offset(offset)),
                k => k,
            },
        }
    }

    /// Where the error is.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The name of the terminal found, or `None` at the end of the input or for a lexing
    /// error.
    pub fn found(&self) -> Option<&str> {
        match &self.kind {
            Kind::Syntax { found, .. } => found.as_deref(),
            Kind::Lex(_) => None,
        }
    }

    /// Whether the input ended where a token was required.
    pub fn is_end_of_input(&self) -> bool {
        matches!(&self.kind, Kind::Syntax { found: None, .. })
    }

    /// The names of the terminals that would have been accepted (the token enum's variant
    /// names, `$end` for the end of the input), sorted by terminal number (empty for a lexing
    /// error): for programs that build their own messages.
    pub fn expected(&self) -> &[String] {
        match &self.kind {
            Kind::Syntax { expected, .. } => expected,
            Kind::Lex(_) => &[],
        }
    }

    /// The same terminals as [`expected`](Self::expected), as the message shows them: a
    /// literal token in backquotes (`` `+` ``), a token's display name (`number`, from
    /// `name = "..."`), else its variant name; `end of input` for the end of the input.
    pub fn expected_display(&self) -> &[String] {
        match &self.kind {
            Kind::Syntax { shown, .. } => &shown.expected,
            Kind::Lex(_) => &[],
        }
    }

    /// The lexing error, when this is one.
    pub fn lex_error(&self) -> Option<&LexError> {
        match &self.kind {
            Kind::Lex(e) => Some(e),
            Kind::Syntax { .. } => None,
        }
    }

    /// The message: for a syntax error in a state the parser's catalogue (`messages = "..."`)
    /// covers, the catalogue's message; else `unexpected ..., expected ...`, or the lexing
    /// error's message.
    pub fn message(&self) -> String {
        self.text(None)
    }

    /// Whether the message comes from the parser's catalogue.
    pub fn is_catalogued(&self) -> bool {
        matches!(&self.kind, Kind::Syntax { shown, .. } if shown.catalogued.is_some())
    }

    /// The message, with the offending text quoted from `src` in the generic one.
    fn text(&self, src: Option<&str>) -> String {
        match &self.kind {
            Kind::Lex(e) => e.to_string(),
            Kind::Syntax { shown, .. } if shown.catalogued.is_some() => {
                shown.catalogued.clone().unwrap_or_default()
            }
            Kind::Syntax { found, shown, .. } => {
                let mut m = match (found, &shown.found) {
                    (None, _) => "unexpected end of input".to_string(),
                    (Some(name), shown) => {
                        let shown = shown.as_deref().unwrap_or(name);
                        let text = src.and_then(|s| s.get(self.span.range()));
                        match text {
                            Some(t) if !t.is_empty() && format!("`{t}`") == shown => {
                                format!("unexpected {shown}")
                            }
                            Some(t) if !t.is_empty() && t != shown => {
                                format!("unexpected `{t}` ({shown})")
                            }
                            _ => format!("unexpected {shown}"),
                        }
                    }
                };
                let list = distinct(&shown.expected);
                if !list.is_empty() {
                    m.push_str(", expected ");
                    m.push_str(&one_of(&list));
                }
                m
            }
        }
    }

    /// The error rendered against its source: `line:col: message`, the source line, and a
    /// caret under the offending text. The message is the catalogue's where the parser has
    /// one for the error's state (see [`message`](Self::message)).
    ///
    /// # Examples
    /// ```
    /// use sly::{ParseError, Span};
    /// let e = ParseError::syntax(Span::new(4, 5), Some("Times".into()), vec!["Number".into()]);
    /// assert_eq!(
    ///     e.render("1 + * 2"),
    ///     "1:5: unexpected `*` (Times), expected Number\n  |\n1 | 1 + * 2\n  |     ^\n"
    /// );
    /// ```
    pub fn render(&self, src: &str) -> String {
        render_at(src, self.span, &self.text(Some(src)))
    }
}

/// Each text once, in order: two terminals may show alike.
fn distinct(names: &[String]) -> Vec<String> {
    let mut list: Vec<String> = Vec::new();
    for e in names {
        if !list.contains(e) {
            list.push(e.clone());
        }
    }
    list
}

fn one_of(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ if names.len() > SHOWN_EXPECTED => format!(
            "one of {}, or {} more",
            names[..SHOWN_EXPECTED].join(", "),
            names.len() - SHOWN_EXPECTED
        ),
        [init @ .., last] => format!("one of {}, or {last}", init.join(", ")),
    }
}

impl From<LexError> for ParseError {
    fn from(e: LexError) -> Self {
        ParseError {
            span: e.span(),
            kind: Kind::Lex(e),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}", self.text(None), self.span)
    }
}

impl std::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            Kind::Lex(e) => Some(e),
            Kind::Syntax { .. } => None,
        }
    }
}

/// What a recovering parse produced: the value when the input could be parsed (perhaps
/// through `error` rules), and every error found on the way.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    /// The start symbol's value, unless parsing had to give up.
    pub value: Option<T>,
    /// Every error, in input order.
    pub errors: Vec<ParseError>,
}

impl<T> Parsed<T> {
    /// The value when there was no error at all, else the first error.
    ///
    /// # Errors
    /// The first error found.
    pub fn into_result(self) -> Result<T, ParseError> {
        match (self.value, self.errors.into_iter().next()) {
            (Some(v), None) => Ok(v),
            (_, Some(e)) => Err(e),
            // Every parse that gives up records an error first; stay total all the same.
            (None, None) => Err(ParseError::syntax(Span::default(), None, Vec::new())),
        }
    }
}
