//! The grammar model: terminals, nonterminals, productions and precedence.
//!
//! Grammars are made with [`GrammarBuilder`], which checks them and reports every problem at
//! once. The built [`Grammar`] is augmented: nonterminal 0 is `$accept`, production 0 is
//! `$accept: start $end`, terminal 0 is `$end` and terminal 1 is `error`, as in bison.

mod builder;
pub mod rule_syntax;
mod validate;

pub use builder::{Built, GrammarBuilder};

use crate::diag::Origin;
use crate::ids::{NontermId, ProdId, TermId};
use core::fmt;

/// The end-of-input terminal.
pub const END: TermId = TermId(0);
/// The `error` terminal of yacc-style error recovery.
pub const ERROR: TermId = TermId(1);
/// The augmented start nonterminal `$accept`.
pub const ACCEPT: NontermId = NontermId(0);

/// Associativity of a precedence level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Assoc {
    /// `%left`: at equal precedence, reduce.
    Left,
    /// `%right`: at equal precedence, shift.
    Right,
    /// `%nonassoc`: at equal precedence, it is a syntax error.
    Nonassoc,
    /// bison's `%precedence`: a level without associativity; equal precedence stays a conflict.
    Precedence,
}

impl Assoc {
    /// The yacc directive that declares this associativity.
    pub fn directive(self) -> &'static str {
        match self {
            Assoc::Left => "%left",
            Assoc::Right => "%right",
            Assoc::Nonassoc => "%nonassoc",
            Assoc::Precedence => "%precedence",
        }
    }
}

/// A precedence: a level (1 is the lowest) and an associativity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prec {
    /// The level; higher binds tighter.
    pub level: u32,
    /// The associativity of the level.
    pub assoc: Assoc,
}

/// A grammar symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Symbol {
    /// A terminal.
    Term(TermId),
    /// A nonterminal.
    Nonterm(NontermId),
}

/// A terminal symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terminal {
    /// Its name, as written in rules.
    pub name: String,
    /// Its precedence, if declared.
    pub prec: Option<Prec>,
    /// Where it was declared.
    pub origin: Origin,
    /// Whether some useful production uses it.
    pub used: bool,
}

/// A nonterminal symbol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nonterminal {
    /// Its name.
    pub name: String,
    /// Where its first rule was written.
    pub origin: Origin,
    /// Whether it is reachable from the start symbol and productive.
    pub useful: bool,
}

/// One production `lhs: rhs...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Production {
    /// The nonterminal it defines.
    pub lhs: NontermId,
    /// The symbols on its right-hand side.
    pub rhs: Vec<Symbol>,
    /// Its precedence: the `%prec` symbol's, else its last terminal's (as bison does).
    pub prec: Option<Prec>,
    /// Where it was written.
    pub origin: Origin,
    /// Whether it takes part in the automaton (useless productions are left out, as bison
    /// leaves them out).
    pub useful: bool,
}

/// A precedence marker: a name used only in precedence declarations and `%prec`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Its name.
    pub name: String,
    /// Its precedence.
    pub prec: Prec,
    /// Where it was declared.
    pub origin: Origin,
}

/// A checked, augmented grammar.
#[derive(Debug, Clone)]
pub struct Grammar {
    /// All terminals; `$end` and `error` first.
    pub terminals: Vec<Terminal>,
    /// All nonterminals; `$accept` first.
    pub nonterminals: Vec<Nonterminal>,
    /// All productions; `$accept: start $end` first.
    pub productions: Vec<Production>,
    /// Precedence markers that are not terminals.
    pub markers: Vec<Marker>,
    /// The user's start symbol.
    pub start: NontermId,
    /// The productions of each nonterminal, in order.
    pub prods_of: Vec<Vec<ProdId>>,
}

impl Grammar {
    /// The terminal named `name`.
    pub fn terminal(&self, name: &str) -> Option<TermId> {
        self.terminals
            .iter()
            .position(|t| t.name == name)
            .map(TermId::from)
    }

    /// The nonterminal named `name`.
    pub fn nonterminal(&self, name: &str) -> Option<NontermId> {
        self.nonterminals
            .iter()
            .position(|t| t.name == name)
            .map(NontermId::from)
    }

    /// The number of terminals, `$end` and `error` included.
    pub fn num_terminals(&self) -> usize {
        self.terminals.len()
    }

    /// The number of nonterminals, `$accept` included.
    pub fn num_nonterminals(&self) -> usize {
        self.nonterminals.len()
    }

    /// A production by id.
    pub fn production(&self, p: ProdId) -> &Production {
        &self.productions[p.index()]
    }

    /// The name of a symbol.
    pub fn symbol_name(&self, s: Symbol) -> &str {
        match s {
            Symbol::Term(t) => &self.terminals[t.index()].name,
            Symbol::Nonterm(n) => &self.nonterminals[n.index()].name,
        }
    }

    /// Iterates over the ids of the useful productions.
    pub fn useful_productions(&self) -> impl Iterator<Item = ProdId> + '_ {
        self.productions
            .iter()
            .enumerate()
            .filter(|(_, p)| p.useful)
            .map(|(i, _)| ProdId::from(i))
    }

    /// Displays production `p` as `lhs: a b c`, with a dot before position `dot` if given.
    pub fn display_production(&self, p: ProdId, dot: Option<usize>) -> DisplayProduction<'_> {
        DisplayProduction {
            grammar: self,
            prod: p,
            dot,
        }
    }
}

/// Display adapter of [`Grammar::display_production`].
#[derive(Debug)]
pub struct DisplayProduction<'g> {
    grammar: &'g Grammar,
    prod: ProdId,
    dot: Option<usize>,
}

impl fmt::Display for DisplayProduction<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = self.grammar;
        let p = g.production(self.prod);
        write!(f, "{}:", g.nonterminals[p.lhs.index()].name)?;
        for (i, s) in p.rhs.iter().enumerate() {
            if self.dot == Some(i) {
                f.write_str(" .")?;
            }
            write!(f, " {}", g.symbol_name(*s))?;
        }
        if p.rhs.is_empty() && self.dot.is_none() {
            f.write_str(" %empty")?;
        }
        if self.dot == Some(p.rhs.len()) {
            f.write_str(" .")?;
        }
        Ok(())
    }
}
