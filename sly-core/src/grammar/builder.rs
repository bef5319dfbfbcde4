//! Building grammars: the builder's declarations and rules are resolved into the grammar
//! model, then checked by [`validate`](super::validate).

use super::validate;
use super::{
    ACCEPT, Assoc, END, ERROR, Grammar, Marker, Nonterminal, Prec, Production, Symbol, Terminal,
};
use crate::diag::{Diagnostics, Origin};
use crate::ids::{NontermId, ProdId, TermId};
use indexmap::IndexMap;

/// A rule as added, its symbols still names.
#[derive(Debug, Clone)]
pub(super) struct RawRule {
    /// The name of the nonterminal it defines.
    pub(super) lhs: String,
    /// Where that name is written.
    pub(super) lhs_origin: Origin,
    /// The names of its right-hand side, each where it is written.
    pub(super) rhs: Vec<(String, Origin)>,
    /// Its `%prec` name, if any.
    pub(super) prec: Option<(String, Origin)>,
    /// Where the rule is written.
    pub(super) origin: Origin,
}

/// Builds a [`Grammar`] from names, checking it as a whole.
///
/// Symbols are named by strings: a name is a terminal when declared with
/// [`terminal`](Self::terminal), a nonterminal when some rule defines it, and `error` is the
/// error terminal. Names that appear only in precedence declarations are precedence markers,
/// usable with `%prec`.
///
/// # Examples
/// ```
/// use sly_core::diag::Origin;
/// use sly_core::grammar::{Assoc, GrammarBuilder};
///
/// let mut b = GrammarBuilder::new();
/// for t in ["NUM", "PLUS", "TIMES"] {
///     b.terminal(t, Origin::NONE);
/// }
/// b.precedence(Assoc::Left, [("PLUS", Origin::NONE)]);
/// b.precedence(Assoc::Left, [("TIMES", Origin::NONE)]);
/// b.rule_str("expr", &["expr", "PLUS", "expr"], None);
/// b.rule_str("expr", &["expr", "TIMES", "expr"], None);
/// b.rule_str("expr", &["NUM"], None);
/// let built = b.build()?;
/// assert_eq!(built.grammar.productions.len(), 4); // with `$accept: expr $end`
/// # Ok::<(), sly_core::diag::Diagnostics>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct GrammarBuilder {
    terminals: IndexMap<String, Origin>,
    precedence: Vec<(Assoc, Vec<(String, Origin)>)>,
    start: Option<(String, Origin)>,
    rules: Vec<RawRule>,
    strict: bool,
}

/// A built grammar with the warnings found while checking it.
#[derive(Debug, Clone)]
pub struct Built {
    /// The grammar.
    pub grammar: Grammar,
    /// Warnings (unused terminals, useless rules outside strict mode, ...).
    pub warnings: Diagnostics,
}

impl GrammarBuilder {
    /// An empty builder in bison's mode: useless rules and duplicates are warnings.
    pub fn new() -> Self {
        Self::default()
    }

    /// In strict mode, unreachable and unproductive nonterminals and duplicate productions are
    /// errors rather than warnings. The `#[parser]` macro uses it.
    pub fn strict(&mut self, strict: bool) -> &mut Self {
        self.strict = strict;
        self
    }

    /// Declares a terminal. Declaring the same name again is allowed and keeps the first origin.
    pub fn terminal(&mut self, name: impl Into<String>, origin: Origin) -> &mut Self {
        let name = name.into();
        if name != "error" && name != "$end" {
            self.terminals.entry(name).or_insert(origin);
        }
        self
    }

    /// Whether `name` was declared as a terminal.
    pub fn is_terminal(&self, name: &str) -> bool {
        name == "error" || name == "$end" || self.terminals.contains_key(name)
    }

    /// Declares one precedence level, above all levels declared before it.
    pub fn precedence<S: Into<String>>(
        &mut self,
        assoc: Assoc,
        names: impl IntoIterator<Item = (S, Origin)>,
    ) -> &mut Self {
        let names = names.into_iter().map(|(s, o)| (s.into(), o)).collect();
        self.precedence.push((assoc, names));
        self
    }

    /// Sets the start symbol (default: the left-hand side of the first rule).
    pub fn start(&mut self, name: impl Into<String>, origin: Origin) -> &mut Self {
        self.start = Some((name.into(), origin));
        self
    }

    /// Adds the production `lhs: rhs...`, with an optional `%prec` name.
    pub fn rule(
        &mut self,
        lhs: impl Into<String>,
        lhs_origin: Origin,
        rhs: Vec<(String, Origin)>,
        prec: Option<(String, Origin)>,
        origin: Origin,
    ) -> ProdId {
        self.rules.push(RawRule {
            lhs: lhs.into(),
            lhs_origin,
            rhs,
            prec,
            origin,
        });
        // Production 0 is `$accept: start $end`.
        ProdId::from(self.rules.len())
    }

    /// Shorthand for [`rule`](Self::rule) without origins, for tests and programs.
    pub fn rule_str(&mut self, lhs: &str, rhs: &[&str], prec: Option<&str>) -> ProdId {
        self.rule(
            lhs,
            Origin::NONE,
            rhs.iter().map(|s| (s.to_string(), Origin::NONE)).collect(),
            prec.map(|p| (p.to_string(), Origin::NONE)),
            Origin::NONE,
        )
    }

    /// The number of rules added so far.
    pub fn num_rules(&self) -> usize {
        self.rules.len()
    }

    /// Checks the grammar and builds it.
    ///
    /// Names are resolved first; then one check after another reports to one sink, so the
    /// diagnostics come in the order of the checks.
    ///
    /// # Errors
    /// Every problem found, at once: undefined symbols, name clashes, a missing or
    /// unproductive start symbol, `%prec` names without precedence, precedence declared twice,
    /// and in strict mode unreachable or unproductive nonterminals and duplicate productions.
    pub fn build(&self) -> Result<Built, Diagnostics> {
        let mut diags = Diagnostics::default();
        let resolved = self.resolve();
        validate::rules_of_terminals(&resolved, &mut diags);
        validate::precedence_declarations(&resolved, &mut diags);
        validate::start_symbol(&resolved, &mut diags);
        validate::undefined_symbols(&resolved, &mut diags);
        validate::unused_markers(&resolved, &mut diags);
        if diags.has_errors() {
            return Err(diags);
        }

        let (mut grammar, prec_terms) = resolved.into_grammar();
        validate::duplicate_productions(&grammar, self.strict, &mut diags);
        let productive = validate::productive(&grammar);
        if !validate::start_is_productive(&grammar, &productive, &mut diags) {
            return Err(diags);
        }
        validate::mark_useful(&mut grammar, &productive);
        validate::useless_nonterminals(&grammar, &productive, self.strict, &mut diags);
        if !self.strict {
            validate::useless_rules(&grammar, &mut diags);
        }
        validate::unused_terminals(&grammar, &prec_terms, &mut diags);
        validate::derivation_cycles(&grammar, self.strict, &mut diags);
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Built {
            grammar,
            warnings: diags,
        })
    }

    /// Resolves every name of the declarations and rules; reports nothing.
    fn resolve(&self) -> Resolved<'_> {
        let mut names = Names::default();
        let mut terminals = self.resolve_terminals(&mut names);
        let (nonterminals, lhs) = self.resolve_nonterminals(&mut names);
        let (precedence, markers) = self.resolve_precedence(&names, &mut terminals);
        let start = match &self.start {
            Some((name, _)) => names.nonterms.get(name.as_str()).copied(),
            None => names.nonterms.first().map(|(_, &n)| n),
        };
        let rules = self
            .rules
            .iter()
            .zip(lhs)
            .map(|(raw, lhs)| ResolvedRule::new(raw, lhs, &names, &markers))
            .collect();
        Resolved {
            terminals,
            nonterminals,
            markers,
            precedence,
            start_decl: self.start.as_ref(),
            start,
            rules,
        }
    }

    /// Terminals: `$end`, `error`, then the declared ones.
    fn resolve_terminals<'b>(&'b self, names: &mut Names<'b>) -> Vec<Terminal> {
        let builtin = |name: &str, used| Terminal {
            name: name.into(),
            prec: None,
            origin: Origin::NONE,
            used,
        };
        let mut terminals = vec![builtin("$end", true), builtin("error", false)];
        names.terms.insert("$end", END);
        names.terms.insert("error", ERROR);
        for (name, &origin) in &self.terminals {
            names.terms.insert(name, TermId::from(terminals.len()));
            terminals.push(Terminal {
                name: name.clone(),
                prec: None,
                origin,
                used: false,
            });
        }
        terminals
    }

    /// Nonterminals: `$accept`, then left-hand sides in order of first appearance; and what
    /// each rule's left-hand side names.
    fn resolve_nonterminals<'b>(
        &'b self,
        names: &mut Names<'b>,
    ) -> (Vec<Nonterminal>, Vec<Result<NontermId, TermId>>) {
        let mut nonterminals = vec![Nonterminal {
            name: "$accept".into(),
            origin: Origin::NONE,
            useful: true,
        }];
        let mut lhs = Vec::with_capacity(self.rules.len());
        for r in &self.rules {
            if let Some(&t) = names.terms.get(r.lhs.as_str()) {
                lhs.push(Err(t));
                continue;
            }
            let n = *names.nonterms.entry(&r.lhs).or_insert_with(|| {
                nonterminals.push(Nonterminal {
                    name: r.lhs.clone(),
                    origin: r.lhs_origin,
                    useful: false,
                });
                NontermId::from(nonterminals.len() - 1)
            });
            lhs.push(Ok(n));
        }
        (nonterminals, lhs)
    }

    /// Precedence levels: sets terminals' precedence, makes the markers, and says what each
    /// declared name is.
    fn resolve_precedence(
        &self,
        names: &Names<'_>,
        terminals: &mut [Terminal],
    ) -> (Vec<PrecName<'_>>, Vec<Marker>) {
        let mut out = Vec::new();
        let mut markers: Vec<Marker> = Vec::new();
        let mut first: IndexMap<&str, Origin> = IndexMap::new();
        for (i, (assoc, decl)) in self.precedence.iter().enumerate() {
            let prec = Prec {
                level: i as u32 + 1,
                assoc: *assoc,
            };
            for (name, origin) in decl {
                let target = if let Some(&f) = first.get(name.as_str()) {
                    PrecTarget::Duplicate(f)
                } else if let Some(&t) = names.terms.get(name.as_str()) {
                    terminals[t.index()].prec = Some(prec);
                    PrecTarget::Terminal
                } else if names.nonterms.contains_key(name.as_str()) {
                    PrecTarget::Nonterminal
                } else {
                    markers.push(Marker {
                        name: name.clone(),
                        prec,
                        origin: *origin,
                    });
                    PrecTarget::Marker
                };
                first.entry(name).or_insert(*origin);
                out.push(PrecName {
                    name,
                    origin: *origin,
                    target,
                });
            }
        }
        (out, markers)
    }
}

/// Which id each name has.
#[derive(Debug, Default)]
struct Names<'b> {
    terms: IndexMap<&'b str, TermId>,
    nonterms: IndexMap<&'b str, NontermId>,
}

impl Names<'_> {
    /// The symbol `name` names, if any.
    fn symbol(&self, name: &str) -> Option<Symbol> {
        if let Some(&t) = self.terms.get(name) {
            Some(Symbol::Term(t))
        } else {
            self.nonterms.get(name).map(|&n| Symbol::Nonterm(n))
        }
    }
}

/// The builder's names resolved into the grammar model, before any check: what every name of
/// the declarations and rules refers to. The checks of [`validate`] report what did not
/// resolve; [`into_grammar`](Self::into_grammar) makes the grammar once they found no error.
#[derive(Debug)]
pub(super) struct Resolved<'b> {
    /// `$end`, `error`, then the declared terminals, with their precedence.
    pub(super) terminals: Vec<Terminal>,
    /// `$accept`, then the left-hand sides in order of first appearance.
    pub(super) nonterminals: Vec<Nonterminal>,
    /// The names of the precedence table that are neither terminals nor nonterminals.
    pub(super) markers: Vec<Marker>,
    /// Every name of the precedence table, in order.
    pub(super) precedence: Vec<PrecName<'b>>,
    /// The start symbol as declared, if it is.
    pub(super) start_decl: Option<&'b (String, Origin)>,
    /// The start symbol: the declared one, else the first left-hand side.
    pub(super) start: Option<NontermId>,
    /// Every rule, in order.
    pub(super) rules: Vec<ResolvedRule<'b>>,
}

/// A name of the precedence table.
#[derive(Debug)]
pub(super) struct PrecName<'b> {
    /// The name.
    pub(super) name: &'b str,
    /// Where it is declared.
    pub(super) origin: Origin,
    /// What it names.
    pub(super) target: PrecTarget,
}

/// What a name of the precedence table names.
#[derive(Debug, Clone, Copy)]
pub(super) enum PrecTarget {
    /// A terminal, which takes the level.
    Terminal,
    /// A precedence marker, usable with `%prec`.
    Marker,
    /// A nonterminal, which cannot have a precedence.
    Nonterminal,
    /// A name declared before, at this origin; the first declaration counts.
    Duplicate(Origin),
}

/// A rule with its names resolved.
#[derive(Debug)]
pub(super) struct ResolvedRule<'b> {
    /// The rule as written.
    pub(super) raw: &'b RawRule,
    /// The nonterminal it defines, or the terminal its left-hand side names.
    pub(super) lhs: Result<NontermId, TermId>,
    /// Its right-hand side; `None` for names that are neither terminals nor have rules.
    pub(super) rhs: Vec<Option<Symbol>>,
    /// What its `%prec` names, if it has one.
    pub(super) prec: Option<PrecRef>,
}

/// What a `%prec` names.
#[derive(Debug, Clone, Copy)]
pub(super) enum PrecRef {
    /// A terminal: the rule takes its precedence, if it has one.
    Terminal(TermId),
    /// A precedence marker.
    Marker(Prec),
    /// Nothing in the precedence table.
    Unknown,
}

impl<'b> ResolvedRule<'b> {
    fn new(
        raw: &'b RawRule,
        lhs: Result<NontermId, TermId>,
        names: &Names<'_>,
        markers: &[Marker],
    ) -> Self {
        let rhs = raw.rhs.iter().map(|(name, _)| names.symbol(name)).collect();
        let prec = raw.prec.as_ref().map(|(name, _)| {
            if let Some(&t) = names.terms.get(name.as_str()) {
                PrecRef::Terminal(t)
            } else if let Some(m) = markers.iter().find(|m| &m.name == name) {
                PrecRef::Marker(m.prec)
            } else {
                PrecRef::Unknown
            }
        });
        ResolvedRule {
            raw,
            lhs,
            rhs,
            prec,
        }
    }
}

impl Resolved<'_> {
    /// The grammar, once the checks of names found no error, with every production marked
    /// useful until [`validate::mark_useful`]; and the terminals named by `%prec`, which count
    /// as used (yacc declares markers as tokens).
    fn into_grammar(self) -> (Grammar, Vec<TermId>) {
        let start = self
            .start
            .expect("a grammar without errors has a start symbol");
        let mut prec_terms: Vec<TermId> = Vec::new();
        let mut productions = vec![Production {
            lhs: ACCEPT,
            rhs: vec![Symbol::Nonterm(start), Symbol::Term(END)],
            prec: None,
            origin: Origin::NONE,
            useful: true,
        }];
        for rule in &self.rules {
            let Ok(lhs) = rule.lhs else {
                continue;
            };
            let rhs: Vec<Symbol> = rule.rhs.iter().flatten().copied().collect();
            let prec = match rule.prec {
                Some(PrecRef::Terminal(t)) => {
                    prec_terms.push(t);
                    self.terminals[t.index()].prec
                }
                Some(PrecRef::Marker(prec)) => Some(prec),
                Some(PrecRef::Unknown) => None,
                // As bison: the precedence of the last terminal, whether or not it has one.
                None => rhs
                    .iter()
                    .rev()
                    .find_map(|s| match s {
                        Symbol::Term(t) => Some(*t),
                        Symbol::Nonterm(_) => None,
                    })
                    .and_then(|t| self.terminals[t.index()].prec),
            };
            productions.push(Production {
                lhs,
                rhs,
                prec,
                origin: rule.raw.origin,
                useful: true,
            });
        }
        let mut prods_of = vec![Vec::new(); self.nonterminals.len()];
        for (i, p) in productions.iter().enumerate() {
            prods_of[p.lhs.index()].push(ProdId::from(i));
        }
        let grammar = Grammar {
            terminals: self.terminals,
            nonterminals: self.nonterminals,
            productions,
            markers: self.markers,
            start,
            prods_of,
        };
        (grammar, prec_terms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{DiagKind, Severity};

    fn calc() -> GrammarBuilder {
        let mut b = GrammarBuilder::new();
        for t in ["NUM", "PLUS", "TIMES", "LP", "RP"] {
            b.terminal(t, Origin::NONE);
        }
        b.rule_str("e", &["e", "PLUS", "e"], None);
        b.rule_str("e", &["e", "TIMES", "e"], None);
        b.rule_str("e", &["LP", "e", "RP"], None);
        b.rule_str("e", &["NUM"], None);
        b
    }

    #[test]
    fn builds_augmented_grammar() {
        let g = calc().build().unwrap().grammar;
        assert_eq!(g.terminals[0].name, "$end");
        assert_eq!(g.terminals[1].name, "error");
        assert_eq!(g.nonterminals[0].name, "$accept");
        assert_eq!(g.productions.len(), 5);
        assert_eq!(
            g.display_production(ProdId(0), None).to_string(),
            "$accept: e $end"
        );
        assert_eq!(
            g.display_production(ProdId(1), Some(1)).to_string(),
            "e: e . PLUS e"
        );
    }

    #[test]
    fn reports_every_undefined_symbol() {
        let mut b = calc();
        b.rule_str("e", &["MINUS", "e"], None);
        b.rule_str("e", &["e", "BANG"], Some("NOPE"));
        let d = b.build().unwrap_err();
        let msgs: Vec<_> = d.iter().map(|d| d.message.clone()).collect();
        assert_eq!(d.len(), 3, "{msgs:?}");
        assert!(msgs[0].contains("`MINUS`"));
        assert!(msgs[1].contains("`BANG`"));
        assert!(msgs[2].contains("`NOPE`"));
    }

    #[test]
    fn rule_precedence_is_last_terminal_or_prec() {
        let mut b = calc();
        b.precedence(Assoc::Left, [("PLUS", Origin::NONE)]);
        b.precedence(Assoc::Right, [("UMINUS", Origin::NONE)]);
        b.rule_str("e", &["PLUS", "e"], Some("UMINUS"));
        let g = b.build().unwrap().grammar;
        assert_eq!(g.productions[1].prec.map(|p| p.level), Some(1));
        assert_eq!(g.productions[2].prec, None);
        // `LP e RP`: the last terminal RP has no precedence, so neither has the rule.
        assert_eq!(g.productions[3].prec, None);
        assert_eq!(
            g.productions[5].prec,
            Some(Prec {
                level: 2,
                assoc: Assoc::Right
            })
        );
        assert_eq!(g.markers.len(), 1);
    }

    #[test]
    fn a_nonterminal_that_derives_itself_is_named_with_its_rules() {
        let cycles = |rules: &[(&str, &[&str])], strict: bool| -> Vec<(Severity, String)> {
            let mut b = calc();
            b.terminal("X", Origin::NONE);
            for (lhs, rhs) in rules {
                b.rule_str(lhs, rhs, None);
            }
            b.strict(strict);
            let d = match b.build() {
                Ok(built) => built.warnings,
                Err(d) => d,
            };
            d.iter()
                .filter(|d| d.kind == DiagKind::Cycle)
                .map(|d| (d.severity, d.message.clone()))
                .collect()
        };
        assert_eq!(
            cycles(&[("e", &["e"])], true),
            [(
                Severity::Error,
                "the rule `e: e` lets `e` derive itself: the grammar is ambiguous without end, and a parser that reduces by these rules never stops".to_string()
            )]
        );
        // Through other nonterminals and around empty ones; each cycle once.
        assert_eq!(
            cycles(
                &[("e", &["a", "b"]), ("a", &["e", "opt"]), ("b", &[]), ("opt", &[]), ("opt", &["X"])],
                false
            ),
            [(
                Severity::Warning,
                "the rules `e: a b` and `a: e opt` let `e` derive itself (`b` and `opt` can be empty): the grammar is ambiguous without end, and a parser that reduces by these rules never stops".to_string()
            )]
        );
        // A list of items that may be empty.
        assert_eq!(
            cycles(
                &[
                    ("e", &["list"]),
                    ("list", &["list", "opt"]),
                    ("list", &[]),
                    ("opt", &[]),
                    ("opt", &["X"])
                ],
                true
            )
            .len(),
            1
        );
        // Recursion that reads a token is fine.
        assert!(cycles(&[("e", &["e", "X"])], true).is_empty());
    }

    #[test]
    fn useless_symbols_are_warnings_or_errors() {
        let mut b = calc();
        b.rule_str("lost", &["NUM"], None);
        b.rule_str("e", &["loop"], None);
        b.rule_str("loop", &["loop", "NUM"], None);
        let built = b.build().unwrap();
        let g = &built.grammar;
        assert!(!g.nonterminals[g.nonterminal("lost").unwrap().index()].useful);
        assert!(!g.nonterminals[g.nonterminal("loop").unwrap().index()].useful);
        assert_eq!(g.useful_productions().count(), 5);
        assert!(
            built
                .warnings
                .iter()
                .all(|d| d.severity == Severity::Warning)
        );
        let kinds: Vec<_> = built.warnings.iter().map(|d| d.kind).collect();
        assert!(kinds.contains(&DiagKind::Unreachable));
        assert!(kinds.contains(&DiagKind::Unproductive));

        b.strict(true);
        let d = b.build().unwrap_err();
        assert_eq!(d.errors().count(), 2);
    }

    #[test]
    fn unproductive_start_is_an_error() {
        let mut b = GrammarBuilder::new();
        b.terminal("A", Origin::NONE);
        b.rule_str("s", &["s", "A"], None);
        let d = b.build().unwrap_err();
        assert_eq!(d.0[0].kind, DiagKind::BadStart);
    }

    #[test]
    fn prec_markers_declared_as_terminals_are_not_unused() {
        let mut b = calc();
        b.terminal("NEG", Origin::NONE);
        b.precedence(Assoc::Right, [("NEG", Origin::NONE)]);
        b.rule_str("e", &["LP", "e"], Some("NEG"));
        let built = b.build().unwrap();
        assert!(built.warnings.is_empty(), "{}", built.warnings);
    }

    #[test]
    fn duplicate_productions_and_unused_terminals() {
        let mut b = calc();
        b.terminal("UNUSED", Origin::NONE);
        b.rule_str("e", &["NUM"], None);
        let built = b.build().unwrap();
        let kinds: Vec<_> = built.warnings.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            vec![DiagKind::DuplicateProduction, DiagKind::UnusedTerminal]
        );
    }
}
