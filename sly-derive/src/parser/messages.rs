//! `messages = "..."`: the catalogue of syntax error messages, read and checked against the
//! tables at compile time and turned into the parser's `message` lookup.

use super::args::Args;
use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::quote;
use sly_core::grammar::Grammar;
use sly_core::lalr::Automaton;
use sly_core::lalr::pack::PackedTables;
use sly_core::messages::{self, Keyed};
use std::collections::BTreeMap;

/// Reads and checks the catalogue named by `messages = "..."`; returns the body of the
/// `LrParser::message` override (empty without a catalogue). Every problem is recorded in `cx`
/// at the attribute's path.
pub fn lookup(
    cx: &Ctxt,
    args: &Args,
    g: &Grammar,
    a: &Automaton,
    tables: &PackedTables,
) -> TokenStream {
    let Some(lit) = &args.messages else {
        return TokenStream::new();
    };
    let rel = lit.value();
    let full = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) => std::path::Path::new(&dir).join(&rel),
        None => std::path::PathBuf::from(&rel),
    };
    let text = match std::fs::read_to_string(&full) {
        Ok(t) => t,
        Err(e) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "cannot read the messages catalogue `{}`: {e} (the path is relative to the crate's directory, where its Cargo.toml is)",
                    full.display()
                ),
            );
            return TokenStream::new();
        }
    };
    let names: Vec<&str> = tables.terminal_names.iter().map(String::as_str).collect();
    let view = tables.view(&names);
    let (cat, keyed) = match messages::read(&text, g, &view) {
        Ok(read) => read,
        Err(errors) => {
            for e in errors {
                cx.error_spanned_by(lit, format!("{rel}:{}: {}", e.line, e.message));
            }
            return TokenStream::new();
        }
    };
    if args.messages_complete {
        let missing = messages::missing_entries(g, a, &view, &keyed);
        if !missing.is_empty() {
            cx.error_spanned_by(
                lit,
                format!(
                    "`{rel}` has no message for {} state{} where a syntax error can be found; entries for them, ready to paste:\n\n{}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join("\n")
                ),
            );
        }
    }
    body(&cat.entries, &keyed, &rel)
}

/// `fn message(state) -> Option<&'static str>`: one arm per message, listing its states; the
/// file is included so that cargo rebuilds when it changes.
fn body(entries: &[messages::Entry], keyed: &[Keyed], rel: &str) -> TokenStream {
    let mut states_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in keyed {
        states_of.entry(k.entry).or_default().push(k.state);
    }
    let arms = states_of.iter().map(|(&e, states)| {
        let text = &entries[e].message;
        quote!(#(#states)|* => ::core::option::Option::Some(#text),)
    });
    let file = if std::path::Path::new(rel).is_absolute() {
        quote!(#rel)
    } else {
        let path = format!("/{rel}");
        quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path))
    };
    quote! {
        fn message(__sly_state: ::core::primitive::usize) -> ::core::option::Option<&'static ::core::primitive::str> {
            // Makes cargo rebuild the parser when the catalogue changes.
            const _: &::core::primitive::str =
                ::core::include_str!(#file);
            match __sly_state {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}
