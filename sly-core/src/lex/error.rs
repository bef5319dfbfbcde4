//! The error a lexer reports for text it cannot turn into a token.

use core::fmt;

use super::table::WalkEnd;
use crate::{Span, render_at};

/// A lexing error: a character that starts no token, text that starts a token but ends before
/// the token does (an unterminated string or comment), or a token whose payload could not be
/// computed.
///
/// The lexer keeps going after an error, so a loop over the lexer sees every error in the input.
///
/// # Examples
/// ```
/// use sly::{LexError, Span};
/// let e = LexError::unexpected_char(Span::new(4, 5), '@');
/// assert_eq!(e.to_string(), "unexpected character `@`");
/// assert_eq!(e.char(), Some('@'));
/// assert_eq!(e.render("x = @"), "1:5: unexpected character `@`\n  |\n1 | x = @\n  |     ^\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    span: Span,
    repr: Repr,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Char(char),
    Unterminated(Box<Unterminated>),
    // Boxed so that `Result<(Tok, Span), LexError>` stays small on the happy path.
    Token(Box<InvalidToken>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Unterminated {
    names: Vec<&'static str>,
    end: WalkEnd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct InvalidToken {
    name: &'static str,
    reason: Option<String>,
}

/// What went wrong, as [`LexError::kind`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexErrorKind<'a> {
    /// No token starts with this character.
    UnexpectedChar(char),
    /// The text starts a token but ends before the token does: an unterminated string or
    /// comment. The span runs from its start to where it stopped.
    Unterminated {
        /// The variants whose patterns could still have matched (`skip` for a skipped
        /// pattern), in declaration order.
        names: &'a [&'static str],
        /// Where it stopped.
        end: WalkEnd,
    },
    /// The rule for the variant `name` matched, but computing its payload failed (a failed
    /// `FromStr`, a callback returning `None` or `Err`), with the reason when there is one.
    InvalidToken {
        /// The variant whose token failed.
        name: &'static str,
        /// Why, from the conversion's or the callback's error.
        reason: Option<&'a str>,
    },
}

impl LexError {
    /// An error for a character at `span` that starts no token.
    pub fn unexpected_char(span: Span, c: char) -> Self {
        LexError {
            span,
            repr: Repr::Char(c),
        }
    }

    /// An error for text at `span` that starts a token of one of the variants `names` but
    /// stops, at `end`, before the token is complete.
    pub fn unterminated(span: Span, names: Vec<&'static str>, end: WalkEnd) -> Self {
        LexError {
            span,
            repr: Repr::Unterminated(Box::new(Unterminated { names, end })),
        }
    }

    /// An error for a token of variant `name` at `span` whose payload could not be computed.
    pub fn invalid_token(span: Span, name: &'static str, reason: Option<String>) -> Self {
        LexError {
            span,
            repr: Repr::Token(Box::new(InvalidToken { name, reason })),
        }
    }

    /// The same error with its span moved `offset` bytes later: for text lexed as a fragment
    /// of a larger source.
    pub fn with_offset(mut self, offset: usize) -> Self {
        self.span = Span::new(self.span.start + offset, self.span.end + offset);
        self
    }

    /// The bytes the error is about: one character, or the whole token.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The character that starts no token, for an unexpected-character error.
    pub fn char(&self) -> Option<char> {
        match &self.repr {
            Repr::Char(c) => Some(*c),
            Repr::Unterminated(_) | Repr::Token(_) => None,
        }
    }

    /// The offending text: `&src[self.span()]`, or `""` when `src` is not the lexed text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.span.range()).unwrap_or("")
    }

    /// What went wrong.
    pub fn kind(&self) -> LexErrorKind<'_> {
        match &self.repr {
            Repr::Char(c) => LexErrorKind::UnexpectedChar(*c),
            Repr::Unterminated(u) => LexErrorKind::Unterminated {
                names: &u.names,
                end: u.end,
            },
            Repr::Token(t) => LexErrorKind::InvalidToken {
                name: t.name,
                reason: t.reason.as_deref(),
            },
        }
    }

    /// The message with `line:col` and a caret under the offending text of `src`.
    pub fn render(&self, src: &str) -> String {
        render_at(src, self.span, &self.to_string())
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Char(c) => write!(f, "unexpected character `{}`", Shown(*c)),
            Repr::Unterminated(u) => {
                f.write_str("unterminated ")?;
                for (i, name) in u.names.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    match *name {
                        "skip" => f.write_str("skipped text")?,
                        name => write!(f, "`{name}`")?,
                    }
                }
                match u.end {
                    WalkEnd::Input => f.write_str(": the input ends inside it"),
                    WalkEnd::Line => f.write_str(": the line ends inside it"),
                    WalkEnd::Char(c) => write!(f, ": `{}` cannot continue it", Shown(c)),
                }
            }
            Repr::Token(t) => match &t.reason {
                Some(r) => write!(f, "invalid `{}` token: {r}", t.name),
                None => write!(f, "invalid `{}` token", t.name),
            },
        }
    }
}

impl std::error::Error for LexError {}

/// A character as the user typed it; control characters escaped (`\n`, `\u{0}`).
struct Shown(char);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_control() {
            write!(f, "{}", self.0.escape_debug())
        } else {
            write!(f, "{}", self.0)
        }
    }
}
