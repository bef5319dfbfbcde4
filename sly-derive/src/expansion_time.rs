//! How long the macros take to expand large inputs: the SQL grammar of `sly-grammars` and a
//! generated grammar of 3,000 rules, without and with conflicts. Ignored by default; the
//! figures in BENCHMARKS.md come from
//!
//! ```sh
//! cargo test -p sly-derive --release expansion_time -- --ignored --nocapture   # optimized macro
//! cargo test -p sly-derive expansion_time -- --ignored --nocapture             # as cargo builds it
//! ```

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use sly_core::grammar::Symbol;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// The fastest of `runs` expansions, and how many errors the last one reported.
fn time(runs: usize, f: impl Fn() -> TokenStream) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut errors = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let out = f();
        best = best.min(t.elapsed());
        errors = out.to_string().matches("compile_error").count();
    }
    (best, errors)
}

/// The `#[parser]` attribute and impl of the SQL grammar.
fn sql_parser() -> (TokenStream, TokenStream) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../grammars/src/sql/parser.rs");
    let file: syn::File = syn::parse_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for item in file.items {
        if let syn::Item::Impl(mut imp) = item {
            if let Some(i) = imp.attrs.iter().position(|a| a.path().is_ident("parser")) {
                let attr = imp.attrs.remove(i);
                let syn::Meta::List(list) = attr.meta else {
                    panic!("#[parser(...)]")
                };
                return (list.tokens, imp.into_token_stream());
            }
        }
    }
    panic!("no #[parser] impl in {path}")
}

/// A `#[parser]` impl for the 3,000-rule generated grammar of the tables benchmark: every
/// production a method taking `()` for nonterminals and the token for terminals. With
/// `precedence`, the grammar's precedence table; without it, every operator rule conflicts.
fn generated(precedence: bool) -> (TokenStream, TokenStream) {
    let y = sly_core::yacc::parse(&sly_testkit::yacc::postgres_sized()).unwrap();
    let g = y.build().unwrap().grammar;
    // Terminals become `T<n>` (the yacc names include quoted characters).
    let term = |t: usize| format!("T{t}");
    let mut methods = String::new();
    let mut used = vec![false; g.terminals.len()];
    for p in g.productions.iter().skip(1) {
        let lhs = &g.nonterminals[p.lhs.index()].name;
        let mut rhs = Vec::new();
        let mut params = Vec::new();
        let mut last = None;
        for (i, s) in p.rhs.iter().enumerate() {
            match s {
                Symbol::Term(t) => {
                    rhs.push(term(t.index()));
                    params.push(format!("_a{i}: Tok"));
                    used[t.index()] = true;
                    last = Some(t.index());
                }
                Symbol::Nonterm(n) => {
                    rhs.push(g.nonterminals[n.index()].name.clone());
                    params.push(format!("_a{i}: ()"));
                }
            }
        }
        // A precedence other than its last terminal's came from `%prec`: name a terminal of
        // that level.
        let own = last.and_then(|t| g.terminals[t].prec);
        let prec = match p.prec {
            Some(level) if precedence && own != Some(level) => {
                let t = g
                    .terminals
                    .iter()
                    .position(|t| t.prec == Some(level))
                    .unwrap();
                used[t] = true;
                format!(" %prec {}", term(t))
            }
            _ => String::new(),
        };
        let _ = writeln!(
            methods,
            "#[rule(\"{}{prec}\")] fn {lhs}(&mut self, {}) {{}}",
            rhs.join(" "),
            params.join(", ")
        );
    }
    let item: TokenStream = format!("impl P {{ {methods} }}").parse().unwrap();
    // The precedence table from the terminals' levels, with the names the rules use.
    let mut levels: Vec<(u32, TokenStream, Vec<TokenStream>)> = Vec::new();
    for (t, terminal) in g.terminals.iter().enumerate() {
        let (Some(p), true) = (terminal.prec, used[t]) else {
            continue;
        };
        let name: TokenStream = term(t).parse().unwrap();
        match levels.iter_mut().find(|l| l.0 == p.level) {
            Some(l) => l.2.push(name),
            None => {
                let assoc: TokenStream =
                    p.assoc.directive().trim_start_matches('%').parse().unwrap();
                levels.push((p.level, assoc, vec![name]));
            }
        }
    }
    levels.sort_by_key(|l| l.0);
    let levels = levels
        .iter()
        .map(|(_, assoc, names)| quote!(#assoc(#(#names),*)));
    let attr = if precedence {
        quote!(tokens = Tok, start = program, precedence(#(#levels),*))
    } else {
        quote!(tokens = Tok, start = program)
    };
    (attr, item)
}

#[test]
#[ignore = "a measurement: run with --ignored --nocapture"]
fn expansion_time() {
    let (attr, item) = sql_parser();
    let (t, errors) = time(5, || crate::parser::expand(attr.clone(), item.clone()));
    assert_eq!(errors, 0);
    println!("SQL grammar, #[parser]: {t:?}");

    let (attr, item) = generated(true);
    let (t, errors) = time(3, || crate::parser::expand(attr.clone(), item.clone()));
    assert_eq!(errors, 0);
    println!("3,000-rule grammar, no conflicts: {t:?}");

    let (attr, item) = generated(false);
    let (t, errors) = time(3, || crate::parser::expand(attr.clone(), item.clone()));
    assert!(errors > 0);
    println!("3,000-rule grammar without precedence: {t:?}, {errors} errors");
}
