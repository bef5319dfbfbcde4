//! Building and checking grammars.

use super::{
    ACCEPT, Assoc, END, ERROR, Grammar, Marker, Nonterminal, Prec, Production, Symbol, Terminal,
};
use crate::diag::{DiagKind, Diagnostic, Diagnostics, Origin};
use crate::ids::{NontermId, ProdId, TermId};
use indexmap::IndexMap;

#[derive(Debug, Clone)]
struct RawRule {
    lhs: String,
    lhs_origin: Origin,
    rhs: Vec<(String, Origin)>,
    prec: Option<(String, Origin)>,
    origin: Origin,
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
    /// # Errors
    /// Every problem found, at once: undefined symbols, name clashes, a missing or
    /// unproductive start symbol, `%prec` names without precedence, precedence declared twice,
    /// and in strict mode unreachable or unproductive nonterminals and duplicate productions.
    pub fn build(&self) -> Result<Built, Diagnostics> {
        let mut diags = Diagnostics::default();

        // Terminals: `$end`, `error`, then the declared ones.
        let mut terminals = vec![
            Terminal {
                name: "$end".into(),
                prec: None,
                origin: Origin::NONE,
                used: true,
            },
            Terminal {
                name: "error".into(),
                prec: None,
                origin: Origin::NONE,
                used: false,
            },
        ];
        let mut term_ids: IndexMap<&str, TermId> = IndexMap::new();
        term_ids.insert("$end", END);
        term_ids.insert("error", ERROR);
        for (name, &origin) in &self.terminals {
            term_ids.insert(name, TermId::from(terminals.len()));
            terminals.push(Terminal {
                name: name.clone(),
                prec: None,
                origin,
                used: false,
            });
        }

        // Nonterminals: `$accept`, then left-hand sides in order of first appearance.
        let mut nonterminals = vec![Nonterminal {
            name: "$accept".into(),
            origin: Origin::NONE,
            useful: true,
        }];
        let mut nt_ids: IndexMap<&str, NontermId> = IndexMap::new();
        for r in &self.rules {
            if term_ids.contains_key(r.lhs.as_str()) {
                diags.push(
                    Diagnostic::error(
                        DiagKind::SymbolClash,
                        r.lhs_origin,
                        format!("`{}` is a terminal and cannot have rules", r.lhs),
                    )
                    .with_related(
                        self.terminals.get(&r.lhs).copied().unwrap_or_default(),
                        "declared as a terminal here",
                    ),
                );
                continue;
            }
            if !nt_ids.contains_key(r.lhs.as_str()) {
                nt_ids.insert(&r.lhs, NontermId::from(nonterminals.len()));
                nonterminals.push(Nonterminal {
                    name: r.lhs.clone(),
                    origin: r.lhs_origin,
                    useful: false,
                });
            }
        }

        // Precedence levels.
        let mut markers: Vec<Marker> = Vec::new();
        let mut prec_origin: IndexMap<&str, Origin> = IndexMap::new();
        for (i, (assoc, names)) in self.precedence.iter().enumerate() {
            let prec = Prec {
                level: i as u32 + 1,
                assoc: *assoc,
            };
            for (name, origin) in names {
                if let Some(&first) = prec_origin.get(name.as_str()) {
                    diags.push(
                        Diagnostic::error(
                            DiagKind::DuplicatePrecedence,
                            *origin,
                            format!("precedence of `{name}` is declared twice"),
                        )
                        .with_related(first, "first declared here"),
                    );
                    continue;
                }
                prec_origin.insert(name, *origin);
                if let Some(&t) = term_ids.get(name.as_str()) {
                    terminals[t.index()].prec = Some(prec);
                } else if nt_ids.contains_key(name.as_str()) {
                    diags.push(Diagnostic::error(
                        DiagKind::SymbolClash,
                        *origin,
                        format!("`{name}` is a nonterminal and cannot have a precedence"),
                    ));
                } else {
                    markers.push(Marker {
                        name: name.clone(),
                        prec,
                        origin: *origin,
                    });
                }
            }
        }

        // Start symbol.
        let start = match &self.start {
            Some((name, origin)) => match nt_ids.get(name.as_str()) {
                Some(&n) => Some(n),
                None => {
                    diags.push(Diagnostic::error(
                        DiagKind::BadStart,
                        *origin,
                        format!("the start symbol `{name}` has no rules"),
                    ));
                    None
                }
            },
            None => match nt_ids.first() {
                Some((_, &n)) => Some(n),
                None => {
                    if diags.is_empty() {
                        diags.push(Diagnostic::error(
                            DiagKind::BadStart,
                            Origin::NONE,
                            "the grammar has no rules",
                        ));
                    }
                    None
                }
            },
        };

        // Productions.
        // Terminals named by `%prec` count as used (yacc declares markers as tokens).
        let mut prec_terms: Vec<TermId> = Vec::new();
        let mut productions = vec![Production {
            lhs: ACCEPT,
            rhs: vec![Symbol::Nonterm(start.unwrap_or(ACCEPT)), Symbol::Term(END)],
            prec: None,
            origin: Origin::NONE,
            useful: true,
        }];
        for r in &self.rules {
            let Some(&lhs) = nt_ids.get(r.lhs.as_str()) else {
                continue;
            };
            let mut rhs = Vec::with_capacity(r.rhs.len());
            let mut ok = true;
            for (name, origin) in &r.rhs {
                if let Some(&t) = term_ids.get(name.as_str()) {
                    rhs.push(Symbol::Term(t));
                } else if let Some(&n) = nt_ids.get(name.as_str()) {
                    rhs.push(Symbol::Nonterm(n));
                } else {
                    ok = false;
                    let msg = if markers.iter().any(|m| &m.name == name) {
                        format!(
                            "`{name}` is a precedence marker, not a terminal: it can only follow `%prec`"
                        )
                    } else {
                        format!(
                            "unknown symbol `{name}` in rule for `{}`: it is neither a terminal nor has rules",
                            r.lhs
                        )
                    };
                    diags.push(Diagnostic::error(DiagKind::UndefinedSymbol, *origin, msg));
                }
            }
            let prec = match &r.prec {
                Some((name, origin)) => {
                    if let Some(&t) = term_ids.get(name.as_str()) {
                        prec_terms.push(t);
                        terminals[t.index()].prec
                    } else if let Some(m) = markers.iter().find(|m| &m.name == name) {
                        Some(m.prec)
                    } else {
                        diags.push(Diagnostic::error(
                            DiagKind::UnknownPrecedence,
                            *origin,
                            format!(
                                "`%prec {name}`: `{name}` is neither a terminal nor declared in the precedence table"
                            ),
                        ));
                        None
                    }
                }
                // As bison: the precedence of the last terminal, whether or not it has one.
                None => rhs
                    .iter()
                    .rev()
                    .find_map(|s| match s {
                        Symbol::Term(t) => Some(*t),
                        Symbol::Nonterm(_) => None,
                    })
                    .and_then(|t| terminals[t.index()].prec),
            };
            if !ok {
                continue;
            }
            productions.push(Production {
                lhs,
                rhs,
                prec,
                origin: r.origin,
                useful: true,
            });
        }

        if diags.has_errors() {
            return Err(diags);
        }
        let start = start.expect("a grammar without errors has a start symbol");

        let mut prods_of = vec![Vec::new(); nonterminals.len()];
        for (i, p) in productions.iter().enumerate() {
            prods_of[p.lhs.index()].push(ProdId::from(i));
        }

        // Duplicate productions.
        {
            let mut seen: IndexMap<(NontermId, &[Symbol]), usize> = IndexMap::new();
            for (i, p) in productions.iter().enumerate() {
                if let Some(&first) = seen.get(&(p.lhs, p.rhs.as_slice())) {
                    let msg = format!(
                        "duplicate production `{}`",
                        DisplayRule(&nonterminals, &terminals, p)
                    );
                    let d = if self.strict {
                        Diagnostic::error(DiagKind::DuplicateProduction, p.origin, msg)
                    } else {
                        Diagnostic::warning(DiagKind::DuplicateProduction, p.origin, msg)
                    };
                    diags.push(d.with_related(productions[first].origin, "first written here"));
                } else {
                    seen.insert((p.lhs, p.rhs.as_slice()), i);
                }
            }
        }

        // Productive nonterminals, by fixpoint (as bison's reduce.c).
        let nn = nonterminals.len();
        let mut productive = vec![false; nn];
        let mut changed = true;
        while changed {
            changed = false;
            for p in &productions[1..] {
                if productive[p.lhs.index()] {
                    continue;
                }
                if p.rhs.iter().all(|s| match s {
                    Symbol::Term(_) => true,
                    Symbol::Nonterm(n) => productive[n.index()],
                }) {
                    productive[p.lhs.index()] = true;
                    changed = true;
                }
            }
        }
        if !productive[start.index()] {
            diags.push(Diagnostic::error(
                DiagKind::BadStart,
                nonterminals[start.index()].origin,
                format!(
                    "the start symbol `{}` derives no sentence",
                    nonterminals[start.index()].name
                ),
            ));
            return Err(diags);
        }
        productive[ACCEPT.index()] = true;
        let prod_ok = |p: &Production, productive: &[bool]| {
            productive[p.lhs.index()]
                && p.rhs.iter().all(|s| match s {
                    Symbol::Term(_) => true,
                    Symbol::Nonterm(n) => productive[n.index()],
                })
        };
        // Reachable through productive productions.
        let mut reachable = vec![false; nn];
        reachable[ACCEPT.index()] = true;
        let mut stack = vec![ACCEPT];
        while let Some(n) = stack.pop() {
            for &pid in &prods_of[n.index()] {
                let p = &productions[pid.index()];
                if !prod_ok(p, &productive) {
                    continue;
                }
                for s in &p.rhs {
                    if let Symbol::Nonterm(m) = s {
                        if !reachable[m.index()] {
                            reachable[m.index()] = true;
                            stack.push(*m);
                        }
                    }
                }
            }
        }
        for (i, nt) in nonterminals.iter_mut().enumerate().skip(1) {
            nt.useful = productive[i] && reachable[i];
            if nt.useful {
                continue;
            }
            let (kind, why) = if !productive[i] {
                (
                    DiagKind::Unproductive,
                    "derives no finite string of terminals",
                )
            } else {
                (
                    DiagKind::Unreachable,
                    "cannot be reached from the start symbol",
                )
            };
            let msg = format!("nonterminal `{}` is useless: it {why}", nt.name);
            diags.push(if self.strict {
                Diagnostic::error(kind, nt.origin, msg)
            } else {
                Diagnostic::warning(kind, nt.origin, msg)
            });
        }
        for p in productions.iter_mut() {
            p.useful = nonterminals[p.lhs.index()].useful && prod_ok(p, &productive);
            if p.useful {
                for s in &p.rhs {
                    if let Symbol::Term(t) = s {
                        terminals[t.index()].used = true;
                    }
                }
            }
        }
        if !self.strict {
            for (i, p) in productions.iter().enumerate() {
                if !p.useful && nonterminals[p.lhs.index()].useful {
                    diags.push(Diagnostic::warning(
                        DiagKind::Unproductive,
                        p.origin,
                        format!(
                            "rule useless in grammar: `{}`",
                            DisplayRule(&nonterminals, &terminals, &productions[i])
                        ),
                    ));
                }
            }
        }
        for (i, t) in terminals.iter().enumerate().skip(2) {
            if !t.used && !prec_terms.contains(&TermId::from(i)) {
                diags.push(Diagnostic::warning(
                    DiagKind::UnusedTerminal,
                    t.origin,
                    format!("terminal `{}` is not used in any rule", t.name),
                ));
            }
        }

        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Built {
            grammar: Grammar {
                terminals,
                nonterminals,
                productions,
                markers,
                start,
                prods_of,
            },
            warnings: diags,
        })
    }
}

struct DisplayRule<'a>(&'a [Nonterminal], &'a [Terminal], &'a Production);

impl core::fmt::Display for DisplayRule<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}:", self.0[self.2.lhs.index()].name)?;
        if self.2.rhs.is_empty() {
            f.write_str(" %empty")?;
        }
        for s in &self.2.rhs {
            let name = match s {
                Symbol::Term(t) => &self.1[t.index()].name,
                Symbol::Nonterm(n) => &self.0[n.index()].name,
            };
            write!(f, " {name}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Severity;

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
