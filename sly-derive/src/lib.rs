//! Procedural macros of sly: `#[derive(Lexer)]` and `#[parser]`.
//!
//! Use them through the `sly` crate, which re-exports them with their documentation.
#![forbid(unsafe_code)]

mod ctxt;
#[cfg(test)]
mod expansion_time;
mod lexer;
mod parser;
#[cfg(test)]
mod snapshot_tests;

/// Derives a DFA lexer for an enum of tokens; see the `sly` crate's documentation of
/// `Lexer` for the attributes.
#[proc_macro_derive(Lexer, attributes(token, regex, sly))]
pub fn derive_lexer(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    lexer::expand::derive(&input).into()
}

/// Turns an `impl` block whose methods carry `#[rule("...")]` into an LALR(1) parser; see the
/// `sly` crate's documentation of `parser` for the arguments.
#[proc_macro_attribute]
pub fn parser(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    parser::expand(attr.into(), item.into()).into()
}
