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
    /// A `%prec` names something without a precedence.
    UnknownPrecedence,
    /// A symbol appears in two precedence declarations.
    DuplicatePrecedence,
    /// An LR conflict left unresolved by precedence.
    Conflict,
    /// A syntax error in a grammar file or rule string.
    Syntax,
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
