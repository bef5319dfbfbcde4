//! Snapshots of what the macros emit, formatted with `prettyplease`, checked into
//! `sly-derive/snapshots/`: a newcomer reads there what a derived lexer and a parser expand
//! to, and a reviewer sees every change to the generated code in the diff.
//!
//! After a deliberate change to the generated code, rewrite the files with
//! `SLY_BLESS=1 cargo test -p sly-derive snapshot` and review the diff.

use proc_macro2::TokenStream;
use quote::quote;
use std::path::PathBuf;

/// Formats `code` as a file and compares it with `snapshots/NAME.rs`, or writes it there when
/// `SLY_BLESS` is set.
fn check(name: &str, code: TokenStream) {
    let file: syn::File = syn::parse2(code).expect("the macro output is a Rust file");
    let text = format!(
        "// What the macro emits for the input in `src/snapshot_tests.rs`; regenerate with\n\
         // `SLY_BLESS=1 cargo test -p sly-derive snapshot`.\n\n{}",
        prettyplease::unparse(&file)
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
        .join(format!("{name}.rs"));
    if std::env::var_os("SLY_BLESS").is_some() {
        std::fs::write(&path, &text).expect("the snapshot is writable");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want != text {
        let first = want
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| want.lines().count().min(text.lines().count()));
        panic!(
            "the generated code differs from {} from line {} on:\n  snapshot: {:?}\n  now:      {:?}\n\
             if the change is meant, run `SLY_BLESS=1 cargo test -p sly-derive snapshot` and review the diff",
            path.display(),
            first + 1,
            want.lines().nth(first).unwrap_or("<end>"),
            text.lines().nth(first).unwrap_or("<end>"),
        );
    }
}

#[test]
fn snapshot_of_a_derived_lexer() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[sly(skip = r"[ \t\n]+")]
        pub enum Tok<'s> {
            #[regex("[0-9]+")]
            Num(i64),
            #[regex("[a-z]+")]
            Name(&'s str),
            #[token("+")]
            Plus,
            #[token("*")]
            Times,
            #[token("(")]
            LParen,
            #[token(")")]
            RParen,
        }
    };
    check("lexer", crate::lexer::expand::derive(&input));
}

#[test]
fn snapshot_of_a_parser() {
    let attr = quote!(tokens = Tok<'s>, precedence(left(Plus), left(Times)));
    let item = quote! {
        impl Calc {
            #[rule("expr Plus expr", "expr Times expr")]
            fn expr(&mut self, a: i64, _: Tok, b: i64) -> i64 {
                a + b
            }

            #[rule("LParen expr RParen")]
            fn expr(&mut self, _: Tok, e: i64, _: Tok) -> i64 {
                e
            }

            #[rule("Num")]
            fn expr(&mut self, n: i64) -> i64 {
                n
            }
        }
    };
    check("parser", crate::parser::expand(attr, item));
}
