//! The syntax of `#[rule("...")]` strings: symbols, SLY's EBNF groups and `%prec`.
//!
//! ```text
//! rule    := elem* ("%prec" NAME)?
//! elem    := NAME | "{" elem+ "}" | "[" elem+ "]"
//! NAME    := [A-Za-z_][A-Za-z0-9_]*
//! ```
//! An empty string (or only whitespace) is the empty rule. `{ ... }` repeats zero or more
//! times, `[ ... ]` is optional. Every element records its byte range in the string, so
//! errors can point inside the literal.

use core::ops::Range;

/// One element of a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A symbol name.
    Symbol {
        /// The name.
        name: String,
        /// Its byte range in the rule string.
        at: Range<usize>,
    },
    /// `{ ... }`: zero or more repetitions.
    Repeat {
        /// The repeated elements.
        body: Vec<Elem>,
        /// The byte range of the whole group.
        at: Range<usize>,
    },
    /// `[ ... ]`: optional.
    Optional {
        /// The optional elements.
        body: Vec<Elem>,
        /// The byte range of the whole group.
        at: Range<usize>,
    },
}

impl Elem {
    /// The byte range of the element in its rule string.
    pub fn at(&self) -> Range<usize> {
        match self {
            Elem::Symbol { at, .. } | Elem::Repeat { at, .. } | Elem::Optional { at, .. } => {
                at.clone()
            }
        }
    }
}

/// A parsed rule string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSyntax {
    /// The elements, in order.
    pub elems: Vec<Elem>,
    /// The `%prec` name with its byte range.
    pub prec: Option<(String, Range<usize>)>,
}

/// A syntax error in a rule string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSyntaxError {
    /// What is wrong.
    pub message: String,
    /// Where, in bytes.
    pub at: Range<usize>,
}

/// Parses a rule string.
///
/// # Errors
/// The first syntax error: an unknown character, an unbalanced or empty group, a misplaced
/// `%prec`.
///
/// # Examples
/// ```
/// use sly_core::grammar::rule_syntax::{parse_rule, Elem};
/// let r = parse_rule("expr { Comma expr } %prec LOW").unwrap();
/// assert_eq!(r.elems.len(), 2);
/// assert!(matches!(&r.elems[1], Elem::Repeat { body, .. } if body.len() == 2));
/// assert_eq!(r.prec.unwrap().0, "LOW");
/// ```
pub fn parse_rule(src: &str) -> Result<RuleSyntax, RuleSyntaxError> {
    let toks = tokenize(src)?;
    let mut pos = 0;
    let elems = parse_seq(&toks, &mut pos, None)?;
    let mut prec = None;
    if let Some((Tok::Prec, at)) = toks.get(pos) {
        pos += 1;
        match toks.get(pos) {
            Some((Tok::Name(n), nat)) => {
                prec = Some((n.clone(), nat.clone()));
                pos += 1;
            }
            _ => {
                return Err(RuleSyntaxError {
                    message: "`%prec` must be followed by a precedence name".into(),
                    at: at.clone(),
                });
            }
        }
    }
    if let Some((tok, at)) = toks.get(pos) {
        let message = match tok {
            Tok::Prec => "`%prec` may appear only once, at the end of the rule".to_string(),
            Tok::Close(c) => format!("unbalanced `{c}`"),
            _ => "`%prec NAME` must end the rule".to_string(),
        };
        return Err(RuleSyntaxError {
            message,
            at: at.clone(),
        });
    }
    Ok(RuleSyntax { elems, prec })
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Name(String),
    Open(char),
    Close(char),
    Prec,
}

fn tokenize(src: &str) -> Result<Vec<(Tok, Range<usize>)>, RuleSyntaxError> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '{' | '[' => out.push((Tok::Open(c), i..i + 1)),
            '}' | ']' => out.push((Tok::Close(c), i..i + 1)),
            '%' => {
                let mut end = i + 1;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_ascii_alphanumeric() || d == '_' {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                match &src[i..end] {
                    "%prec" => out.push((Tok::Prec, i..end)),
                    "%empty" => {}
                    other => {
                        return Err(RuleSyntaxError {
                            message: format!(
                                "unknown directive `{other}`: only `%prec NAME` (and `%empty`) may appear in a rule"
                            ),
                            at: i..end,
                        });
                    }
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut end = i + 1;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_ascii_alphanumeric() || d == '_' {
                        end = j + 1;
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push((Tok::Name(src[i..end].to_string()), i..end));
            }
            other => {
                return Err(RuleSyntaxError {
                    message: format!(
                        "unexpected `{other}` in rule: write symbol names (terminals as their variant names), `{{ ... }}`, `[ ... ]` or `%prec NAME`"
                    ),
                    at: i..i + other.len_utf8(),
                });
            }
        }
    }
    Ok(out)
}

fn parse_seq(
    toks: &[(Tok, Range<usize>)],
    pos: &mut usize,
    open: Option<(char, Range<usize>)>,
) -> Result<Vec<Elem>, RuleSyntaxError> {
    let mut elems = Vec::new();
    while let Some((tok, at)) = toks.get(*pos) {
        match tok {
            Tok::Name(n) => {
                elems.push(Elem::Symbol {
                    name: n.clone(),
                    at: at.clone(),
                });
                *pos += 1;
            }
            Tok::Open(c) => {
                *pos += 1;
                let body = parse_seq(toks, pos, Some((*c, at.clone())))?;
                let end = toks[*pos - 1].1.end;
                let group_at = at.start..end;
                if body.is_empty() {
                    return Err(RuleSyntaxError {
                        message: "an empty group matches nothing: remove it".into(),
                        at: group_at,
                    });
                }
                elems.push(if *c == '{' {
                    Elem::Repeat { body, at: group_at }
                } else {
                    Elem::Optional { body, at: group_at }
                });
            }
            Tok::Close(c) => {
                let want = match open {
                    Some(('{', _)) => '}',
                    Some(('[', _)) => ']',
                    _ => {
                        return Err(RuleSyntaxError {
                            message: format!("unbalanced `{c}`"),
                            at: at.clone(),
                        });
                    }
                };
                if *c != want {
                    return Err(RuleSyntaxError {
                        message: format!("expected `{want}`, found `{c}`"),
                        at: at.clone(),
                    });
                }
                *pos += 1;
                return Ok(elems);
            }
            Tok::Prec => break,
        }
    }
    if let Some((c, at)) = open {
        return Err(RuleSyntaxError {
            message: format!("`{c}` is never closed"),
            at,
        });
    }
    Ok(elems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(elems: &[Elem]) -> String {
        elems
            .iter()
            .map(|e| match e {
                Elem::Symbol { name, .. } => name.clone(),
                Elem::Repeat { body, .. } => format!("{{{}}}", names(body)),
                Elem::Optional { body, .. } => format!("[{}]", names(body)),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn parses_symbols_groups_and_prec() {
        let r = parse_rule("a B { c [ D e ] } %prec X").unwrap();
        assert_eq!(names(&r.elems), "a B {c [D e]}");
        assert_eq!(r.prec, Some(("X".into(), 24..25)));
        assert_eq!(r.elems[1].at(), 2..3);
        assert_eq!(r.elems[2].at(), 4..17);
    }

    #[test]
    fn empty_rules() {
        assert!(parse_rule("").unwrap().elems.is_empty());
        assert!(parse_rule("  %empty ").unwrap().elems.is_empty());
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse_rule("a { b").unwrap_err();
        assert_eq!((e.message.as_str(), e.at), ("`{` is never closed", 2..3));
        let e = parse_rule("a ] b").unwrap_err();
        assert_eq!(e.at, 2..3);
        let e = parse_rule("a { b ]").unwrap_err();
        assert_eq!(e.message, "expected `}`, found `]`");
        let e = parse_rule("a + b").unwrap_err();
        assert_eq!(e.at, 2..3);
        let e = parse_rule("a %prec").unwrap_err();
        assert_eq!(e.at, 2..7);
        let e = parse_rule("a %prec X b").unwrap_err();
        assert_eq!(e.at, 10..11);
        let e = parse_rule("a {}").unwrap_err();
        assert_eq!(e.at, 2..4);
        let e = parse_rule("a %left").unwrap_err();
        assert!(e.message.contains("%left"));
    }
}
