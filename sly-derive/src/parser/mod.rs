//! `#[parser]`: [`args`] reads the attribute, [`model`] reads the impl into a grammar with
//! typed actions, sly-core builds the LALR(1) tables, [`expand`] prints them with the glue.

pub mod args;
mod conflicts;
mod direct;
pub mod expand;
mod messages;
pub mod model;

use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use sly_core::lalr::pack::PackedTables;
use sly_core::lalr::{Automaton, Limits};
use syn::{ImplItem, ItemImpl};

/// Expands `#[parser(attr)] item`.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let mut imp: ItemImpl = match syn::parse2(item.clone()) {
        Ok(i) => i,
        Err(e) => {
            let _ = cx.finish();
            let msg = syn::Error::new(
                e.span(),
                "`#[parser]` goes on an `impl` block whose methods carry `#[rule(\"...\")]`",
            );
            let err = msg.to_compile_error();
            return quote!(#err #item);
        }
    };
    let args = args::parse(&cx, attr.clone());
    if args.tokens.is_none() {
        let msg =
            "missing `tokens = ...`: name the token enum, as in `#[parser(tokens = Tok<'s>)]`";
        if attr.is_empty() {
            cx.error_at(proc_macro2::Span::call_site(), msg);
        } else {
            cx.error_spanned_by(attr, msg);
        }
    }
    let start_ty = start_type(&args, &imp);
    let model = model::build(&cx, &args, &mut imp);
    // Rename rule methods (keeping the user's spans), even when reporting errors, so that
    // duplicate names do not add errors of their own.
    if let Some(m) = &model {
        rename(&mut imp, &m.renames);
    } else {
        rename_all_rules(&mut imp);
    }
    let mut code = TokenStream::new();
    if let Some(mut m) = model {
        // After errors in the methods or rule strings, the grammar lacks the rules that had
        // them: only the checks those cannot mislead (the precedence table) are reported, so
        // that every mistake of this kind still shows in the same build.
        let partial = cx.has_errors();
        match model::grammar(&mut m, &args) {
            Err(diags) => {
                for d in diags
                    .errors()
                    .filter(|d| !partial || d.kind.is_about_precedence())
                {
                    cx.error_at(m.places.span(d.origin), &d.message);
                }
            }
            Ok(_) if partial => {}
            Ok(g) => {
                let (lr, lr_span) = args
                    .lr
                    .unwrap_or((Default::default(), proc_macro2::Span::call_site()));
                match Automaton::build_with(&g, lr, &Limits::default()) {
                    Err(e) => cx.error_at(lr_span, e.to_string()),
                    Ok(a) => {
                        // Written before the conflicts are checked: it is how they are read.
                        if let Some(path) = &args.debugfile {
                            write_debugfile(&cx, path, &g, &a);
                        }
                        if conflicts::check(&cx, &args, &g, &a, &m.places) {
                            let tables = PackedTables::build(&g, &a);
                            let message = messages::lookup(&cx, &args, &g, &a, &tables);
                            code = expand::expand(&args, &imp, &m, &g, &a, &tables, message).code;
                        }
                    }
                }
            }
        }
    }
    let errors = cx.finish_to_compile_errors();
    if code.is_empty() {
        code = stubs(&args, &imp, start_ty);
    }
    let imp = imp.into_token_stream();
    quote!(#imp #code #errors)
}

/// The start symbol's type as written on its first method, for the fallback stubs.
fn start_type(args: &args::Args, imp: &ItemImpl) -> Option<syn::Type> {
    imp.items.iter().find_map(|it| match it {
        ImplItem::Fn(f)
            if f.attrs.iter().any(|a| a.path().is_ident("rule"))
                && args.start.as_ref().is_none_or(|s| f.sig.ident == *s) =>
        {
            Some(match &f.sig.output {
                syn::ReturnType::Default => syn::parse_quote!(()),
                syn::ReturnType::Type(_, t) => (**t).clone(),
            })
        }
        _ => None,
    })
}

/// When the grammar has errors, `parse` and `parse_all` still exist, so that callers do not
/// add errors of their own to the report; they are never run, since the build fails.
fn stubs(args: &args::Args, imp: &ItemImpl, start_ty: Option<syn::Type>) -> TokenStream {
    let krate = match &args.krate {
        Some(p) => quote!(#p),
        None => quote!(::sly),
    };
    let start_ty = start_ty.unwrap_or_else(|| syn::parse_quote!(()));
    let (impl_g, _, where_c) = imp.generics.split_for_impl();
    let self_ty = &imp.self_ty;
    quote! {
        #[automatically_derived]
        #[allow(dead_code, unused_variables, clippy::all)]
        impl #impl_g #self_ty #where_c {
            pub fn parse<__I>(&mut self, tokens: __I) -> ::core::result::Result<#start_ty, #krate::ParseError> {
                ::core::unreachable!("the grammar has errors")
            }

            pub fn parse_all<__I>(&mut self, tokens: __I) -> #krate::Parsed<#start_ty> {
                ::core::unreachable!("the grammar has errors")
            }
        }
    }
}

fn rename(imp: &mut ItemImpl, renames: &[(usize, syn::Ident)]) {
    for (i, new) in renames {
        if let Some(ImplItem::Fn(f)) = imp.items.get_mut(*i) {
            f.sig.ident = new.clone();
        }
    }
}

/// Renames methods that had `#[rule]` (already stripped) when the model could not be built:
/// without this, several methods of one name would add "duplicate definitions" errors.
fn rename_all_rules(imp: &mut ItemImpl) {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    for it in imp.items.iter_mut() {
        if let ImplItem::Fn(f) = it {
            let name = syn::ext::IdentExt::unraw(&f.sig.ident).to_string();
            let k = seen.entry(name.clone()).or_default();
            if *k > 0 {
                f.sig.ident =
                    syn::Ident::new(&format!("__sly_rule_{name}_{k}"), f.sig.ident.span());
            }
            *k += 1;
        }
    }
}

fn write_debugfile(cx: &Ctxt, path: &syn::LitStr, g: &sly_core::grammar::Grammar, a: &Automaton) {
    let rel = path.value();
    let full = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) => std::path::Path::new(&dir).join(&rel),
        None => std::path::PathBuf::from(&rel),
    };
    let text = sly_core::report::states(g, a);
    if let Some(dir) = full.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&full, text) {
        cx.error_spanned_by(path, format!("cannot write `{}`: {e}", full.display()));
    }
}

#[cfg(test)]
mod tests;
