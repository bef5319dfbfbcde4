//! The properties the fuzz targets check, shared with the root package's
//! `tests/it/hostile_fuzz_inputs.rs`, which replays the seeds and every saved crash input under
//! `cargo test`. Each function panics when a property fails.

// Each fuzz target uses one of these.
#![allow(dead_code)]

use sly_core::lalr::Automaton;
use sly_core::lalr::pack::PackedTables;
use sly_core::{LexError, Span};
use sly_grammars::calc::{Calc, CalcError, DirectCalc, Tok};

/// Checks one lexer item's span: within the input, on char boundaries, after the previous
/// item's (`last_end`); renders an error. Returns the span.
fn check_item<T>(src: &str, item: &Result<(T, Span), LexError>, last_end: &mut usize) -> Span {
    let span = match item {
        Ok((_, span)) => *span,
        Err(e) => {
            let _ = e.render(src);
            e.span()
        }
    };
    assert!(span.start >= *last_end, "spans go backwards: {span:?}");
    assert!(
        span.start < span.end && span.end <= src.len(),
        "bad span {span:?}"
    );
    assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
    *last_end = span.end;
    span
}

/// The calculator's lexer: every token and error span lies within the input, on char
/// boundaries, in order and disjoint; every error renders.
pub fn calc_lexer(src: &str) {
    let mut last_end = 0;
    for item in Tok::lexer(src) {
        check_item(src, &item, &mut last_end);
    }
}

/// The SQL lexer (quoted names and strings, comments, numbers): spans as for
/// [`calc_lexer`], and each token lexed alone is the same token, as maximal munch implies
/// (the lexer has no callbacks and no states) — whatever walks over the same text the lexer
/// remembered as failing before.
pub fn sql_lexer(src: &str) {
    use sly_grammars::sql::Tok as SqlTok;
    let mut last_end = 0;
    for item in SqlTok::lexer(src) {
        let span = check_item(src, &item, &mut last_end);
        if let Ok((tok, _)) = item {
            let text = &src[span.range()];
            let alone: Vec<_> = SqlTok::lexer(text).collect();
            assert!(
                matches!(&alone[..], [Ok((t, s))] if *t == tok && s.len() == text.len()),
                "{text:?} at {span:?} lexes alone as {alone:?}"
            );
        }
    }
}

/// The calculator's parser, one statement per line: every error span lies within its line on
/// char boundaries and renders; the parser generated with `codegen = "direct"` gives the same
/// results and errors, and keeps the same variables.
pub fn calc_parser(src: &str) {
    let mut calc = Calc::default();
    let mut direct = DirectCalc::default();
    for line in src.lines() {
        let got = calc.eval(line);
        assert_eq!(direct.eval(line), got, "{line:?} with codegen = \"direct\"");
        assert_eq!(direct.names, calc.names);
        if let Err(e) = got {
            let span = match &e {
                CalcError::Parse(p) => p.span(),
                CalcError::Eval(v) => v.span,
            };
            assert!(
                span.start <= span.end && span.end <= line.len(),
                "bad span {span:?}"
            );
            assert!(line.is_char_boundary(span.start) && line.is_char_boundary(span.end));
            let _ = e.render(line, 0);
        }
    }
}

/// The yacc reader: a file that does not read gives at least one error; one that reads is
/// built, and a grammar that builds (and is small) goes through LALR(1) construction and table
/// packing.
pub fn yacc_reader(src: &str) {
    match sly_core::yacc::parse(src) {
        Err(errors) => {
            assert!(!errors.is_empty(), "an Err without any error");
            for e in &errors {
                let _ = e.display_in("fuzz.y").to_string();
            }
        }
        Ok(y) => match y.build() {
            Err(diags) => {
                assert!(diags.has_errors(), "an Err without errors: {diags:?}");
                let _ = y.render_all("fuzz.y", &diags);
            }
            Ok(built) => {
                // Keep the automaton small enough for the fuzzer's time budget.
                let g = &built.grammar;
                if g.num_terminals() + g.num_nonterminals() > 200 {
                    return;
                }
                let a = Automaton::build(g);
                let _ = a.conflict_summary();
                let _ = PackedTables::build(g, &a);
            }
        },
    }
}

/// The SQL parser, recovering: every error span lies within the input on char boundaries and
/// renders; the plain parse fails exactly when the recovering one reports an error; every
/// statement kept prints and reparses to the same statement; the parser generated with
/// `codegen = "direct"` gives the same statements and errors.
pub fn sql_parser(src: &str) {
    let (stmts, errors) = sly_grammars::sql::parse_recovering(src);
    let (direct_stmts, direct_errors) = sly_grammars::sql::direct::parse_recovering(src);
    assert_eq!(direct_stmts, stmts, "codegen = \"direct\"");
    assert_eq!(direct_errors, errors, "codegen = \"direct\"");
    for e in &errors {
        let span = e.span();
        assert!(
            span.start <= span.end && span.end <= src.len(),
            "bad span {span:?}"
        );
        assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
        let _ = e.render(src);
    }
    assert_eq!(sly_grammars::sql::parse(src).is_err(), !errors.is_empty());
    for s in &stmts {
        let printed = s.to_string();
        let again = sly_grammars::sql::parse(&printed)
            .unwrap_or_else(|e| panic!("printed statement does not parse: {printed}: {e}"));
        assert_eq!(again.len(), 1, "{printed}");
        assert_eq!(&again[0], s, "{printed}");
    }
}
