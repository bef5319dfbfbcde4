//! Diagnostics: every problem found in a grammar, collected rather than stopping at the first.

use core::fmt;

/// Where a grammar element came from, as an opaque number chosen by the front end.
///
/// The proc macro numbers the source spans it hands over; the yacc reader numbers file
/// positions. The engine only carries origins through to its diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin(pub u32);

impl Origin {
    /// No known origin (generated elements such as `$accept`).
    pub const NONE: Origin = Origin(u32::MAX);

    /// Whether this is [`Origin::NONE`].
    pub const fn is_none(self) -> bool {
        self.0 == u32::MAX
    }
}

impl Default for Origin {
    fn default() -> Self {
        Origin::NONE
    }
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The grammar cannot be used.
    Error,
    /// The grammar can be used, but something is probably wrong.
    Warning,
}

/// What a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagKind {
    /// A symbol used in a rule is neither a terminal nor has rules.
    UndefinedSymbol,
    /// A name is declared both as a terminal and as a nonterminal, or twice in a conflicting way.
    SymbolClash,
    /// The start symbol is missing or has no rules.
    BadStart,
    /// A nonterminal that cannot be reached from the start symbol.
    Unreachable,
    /// A nonterminal that derives no finite string of terminals.
    Unproductive,
    /// A declared terminal that no rule uses.
    UnusedTerminal,
    /// The same production appears twice.
    DuplicateProduction,
    /// A nonterminal derives itself.
    Cycle,
    /// A `%prec` names something without a precedence.
    UnknownPrecedence,
    /// A symbol appears in two precedence declarations.
    DuplicatePrecedence,
    /// A name of the precedence table that is neither a terminal nor used by a `%prec`.
    UnusedPrecedence,
    /// An LR conflict left unresolved by precedence.
    Conflict,
    /// A syntax error in a grammar file or rule string.
    Syntax,
}

impl DiagKind {
    /// Whether it is about the precedence table or a `%prec`, which other mistakes of a
    /// grammar cannot cause.
    pub fn is_about_precedence(self) -> bool {
        matches!(
            self,
            DiagKind::UnknownPrecedence
                | DiagKind::DuplicatePrecedence
                | DiagKind::UnusedPrecedence
        )
    }
}

/// One problem, with its origin and related origins ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What it is about.
    pub kind: DiagKind,
    /// How bad it is.
    pub severity: Severity,
    /// The message, lowercase, without a trailing period.
    pub message: String,
    /// The primary location.
    pub origin: Origin,
    /// Other locations involved, each with a short note.
    pub related: Vec<(Origin, String)>,
}

impl Diagnostic {
    /// An error of `kind` at `origin`.
    pub fn error(kind: DiagKind, origin: Origin, message: impl Into<String>) -> Self {
        Diagnostic {
            kind,
            severity: Severity::Error,
            message: message.into(),
            origin,
            related: Vec::new(),
        }
    }

    /// A warning of `kind` at `origin`.
    pub fn warning(kind: DiagKind, origin: Origin, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(kind, origin, message)
        }
    }

    /// Adds a related location.
    pub fn with_related(mut self, origin: Origin, note: impl Into<String>) -> Self {
        self.related.push((origin, note.into()));
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}", self.message)
    }
}

/// A list of diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Appends one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }

    /// The warnings only.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Warning)
    }

    /// Whether there is no diagnostic at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The number of diagnostics.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Iterates over all diagnostics.
    pub fn iter(&self) -> core::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The name among `candidates` closest to `name`, for a "did you mean" hint: one that differs
/// only in case, else the nearest by edit distance (insertions, deletions, substitutions and
/// swaps of neighbours, at most a third of the name's length; names of one or two chars only
/// match in another case). Ties go to the first candidate.
///
/// # Examples
/// ```
/// use sly_core::diag::closest_name;
/// assert_eq!(closest_name("Oror", ["Plus", "OrOr", "AndAnd"]), Some("OrOr"));
/// assert_eq!(closest_name("Plsu", ["Plus", "Minus"]), Some("Plus"));
/// assert_eq!(closest_name("Bang", ["Plus", "Minus"]), None);
/// assert_eq!(closest_name("b", ["A", "B"]), Some("B"));
/// ```
pub fn closest_name<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let len = name.chars().count();
    let limit = if len < 3 { 0 } else { (len / 3).max(1) };
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let d = if c.to_lowercase() == lower {
            0
        } else {
            edit_distance(&lower, &c.to_lowercase())
        };
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The edit distance between two strings in chars, a swap of neighbours counting as one edit
/// (the optimal string alignment distance).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j]: the distance between a[..i] and b[..j].
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}
