//! Code generation for `#[parser]`: static tables, the typed value stacks, and the glue trait
//! impl whose `reduce` calls the user's methods.

use super::args::Args;
use super::model::{ActionKind, Conv, Model, Prod, SymKind, UNKNOWN};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use sly_core::grammar::{Grammar, Symbol};
use sly_core::lalr::Automaton;
use sly_core::lalr::pack::PackedTables;
use std::collections::BTreeMap;
use syn::visit_mut::VisitMut;
use syn::{GenericParam, Generics, ItemImpl, Lifetime, Type};

/// Fills elided lifetimes (`&T`, `'_`) in a type with `lt`, so it can sit in the value stacks.
struct FillLifetimes(Lifetime);

impl VisitMut for FillLifetimes {
    fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
        if r.lifetime.is_none() {
            r.lifetime = Some(self.0.clone());
        }
        syn::visit_mut::visit_type_reference_mut(self, r);
    }

    fn visit_lifetime_mut(&mut self, l: &mut Lifetime) {
        if l.ident == "_" {
            *l = self.0.clone();
        }
    }
}

/// The token type's lifetime parameter (`'s` in `Tok<'s>`), if any.
pub fn token_lifetime(tokens: &Type) -> Option<Lifetime> {
    let Type::Path(p) = tokens else { return None };
    let seg = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(a) = &seg.arguments else {
        return None;
    };
    a.args.iter().find_map(|g| match g {
        syn::GenericArgument::Lifetime(l) => Some(l.clone()),
        _ => None,
    })
}

/// The token type's path without generic arguments (`Tok`), for patterns.
fn token_path(tokens: &Type) -> TokenStream {
    match tokens {
        Type::Path(p) => {
            let mut path = p.path.clone();
            if let Some(seg) = path.segments.last_mut() {
                seg.arguments = syn::PathArguments::None;
            }
            quote!(#path)
        }
        other => quote!(#other),
    }
}

/// Generics of the user's impl, with the token lifetime added when missing.
fn generics_with(generics: &Generics, lt: &Lifetime) -> (Generics, bool) {
    let has = generics.params.iter().any(|p| match p {
        GenericParam::Lifetime(l) => l.lifetime == *lt,
        _ => false,
    });
    let mut g = generics.clone();
    if !has {
        g.params.insert(
            0,
            GenericParam::Lifetime(syn::LifetimeParam::new(lt.clone())),
        );
    }
    (g, !has)
}

pub struct Expanded {
    pub code: TokenStream,
}

#[allow(clippy::too_many_lines)]
pub fn expand(
    args: &Args,
    item: &ItemImpl,
    model: &Model,
    grammar: &Grammar,
    automaton: &Automaton,
    tables: &PackedTables,
) -> Expanded {
    let krate: TokenStream = match &args.krate {
        Some(p) => quote!(#p),
        None => quote!(::sly),
    };
    let private = quote!(#krate::__private);
    let tokens = args.tokens.as_ref().expect("checked before expansion");
    let tok_path = token_path(tokens);
    let lt = token_lifetime(tokens).unwrap_or_else(|| Lifetime::new("'__sly", Span::mixed_site()));
    let (generics, added_lt) = generics_with(&item.generics, &lt);
    let (impl_g, ty_g, where_c) = generics.split_for_impl();
    let self_ty = &item.self_ty;

    // One value stack per distinct type, named `V0`, `V1`, ...
    let mut variants: BTreeMap<String, (syn::Ident, Type)> = BTreeMap::new();
    let mut nt_variant: BTreeMap<&str, syn::Ident> = BTreeMap::new();
    for (name, t) in &model.nt_types {
        let mut ty = t.ty.clone();
        FillLifetimes(lt.clone()).visit_type_mut(&mut ty);
        let key = quote!(#ty).to_string();
        let n = variants.len();
        let v = variants
            .entry(key)
            .or_insert_with(|| (format_ident!("V{}", n), ty))
            .0
            .clone();
        nt_variant.insert(name, v);
    }
    // The value stacks are the fields `tokens`, `errors`, then `V0`, `V1`, ...
    let stack_defs = variants
        .values()
        .map(|(v, ty)| quote!(#v: #private::Vec<#ty>));
    let stack_inits = variants
        .values()
        .map(|(v, _)| quote!(#v: #private::Vec::new()));
    // The stack holding the value of each state's accessing symbol, for error recovery:
    // 0 for tokens, 1 for `error` (and a shifted `$end`), 2 + k for the k-th type.
    let stack_index: BTreeMap<&syn::Ident, usize> = variants
        .values()
        .enumerate()
        .map(|(k, (v, _))| (v, k + 2))
        .collect();
    // A byte per state when the indices fit, the largest value standing for "none" (state 0,
    // which no symbol leads into).
    let (index_ty, none) = if variants.len() + 2 < usize::from(u8::MAX) {
        (quote!(::core::primitive::u8), usize::from(u8::MAX))
    } else {
        (quote!(::core::primitive::u16), usize::from(u16::MAX))
    };
    let state_stack: Vec<Literal> = automaton
        .states
        .iter()
        .map(|st| match st.accessing {
            None => none,
            Some(Symbol::Term(t)) if t.index() <= 1 => 1,
            Some(Symbol::Term(_)) => 0,
            Some(sym @ Symbol::Nonterm(_)) => nt_variant
                .get(grammar.symbol_name(sym))
                .map_or(none, |v| stack_index[v]),
        })
        .map(Literal::usize_unsuffixed)
        .collect();
    let pop_arms = variants.values().map(|(v, _)| {
        let k = Literal::usize_unsuffixed(stack_index[v]);
        quote!(::core::option::Option::Some(#k) => { __sly_values.#v.pop(); })
    });
    let nstates = state_stack.len();
    // Type parameters and lifetimes of the impl, kept alive in the enum.
    let phantom_params = generics.params.iter().map(|p| match p {
        GenericParam::Lifetime(l) => {
            let l = &l.lifetime;
            quote!(&#l ())
        }
        GenericParam::Type(t) => {
            let i = &t.ident;
            quote!(#i)
        }
        GenericParam::Const(c) => {
            let i = &c.ident;
            quote!([(); #i])
        }
    });
    let values_ty = quote!(__SlyValues #ty_g);

    // Tables.
    let names: Vec<&str> = tables.terminal_names.iter().map(String::as_str).collect();
    let (int, arrays) = match tables.to_u16() {
        Some(a) => (
            quote!(::core::primitive::u16),
            a.iter().map(|v| quote!(#(#v),*)).collect::<Vec<_>>(),
        ),
        None => (
            quote!(::core::primitive::u32),
            [
                &tables.action_base,
                &tables.action_check,
                &tables.action_value,
                &tables.default_action,
                &tables.goto_base,
                &tables.goto_check,
                &tables.goto_value,
                &tables.goto_default,
                &tables.prod_lhs,
                &tables.prod_len,
                &tables.dense_action,
                &tables.dense_goto,
            ]
            .iter()
            .map(|v| quote!(#(#v),*))
            .collect(),
        ),
    };
    let table_names = [
        "ACTION_BASE",
        "ACTION_CHECK",
        "ACTION_VALUE",
        "DEFAULT_ACTION",
        "GOTO_BASE",
        "GOTO_CHECK",
        "GOTO_VALUE",
        "GOTO_DEFAULT",
        "PROD_LHS",
        "PROD_LEN",
        "DENSE_ACTION",
        "DENSE_GOTO",
    ];
    let lens = [
        tables.action_base.len(),
        tables.action_check.len(),
        tables.action_value.len(),
        tables.default_action.len(),
        tables.goto_base.len(),
        tables.goto_check.len(),
        tables.goto_value.len(),
        tables.goto_default.len(),
        tables.prod_lhs.len(),
        tables.prod_len.len(),
        tables.dense_action.len(),
        tables.dense_goto.len(),
    ];
    let statics = table_names
        .iter()
        .zip(&arrays)
        .zip(lens)
        .map(|((n, a), len)| {
            let id = format_ident!("__SLY_{}", n);
            quote!(static #id: [#int; #len] = [#a];)
        });
    let ids: Vec<syn::Ident> = table_names
        .iter()
        .map(|n| format_ident!("__SLY_{}", n))
        .collect();
    let [ab, ac, av, da, gb, gc, gv, gd, pl, pn, dac, dgo] = &ids[..] else {
        unreachable!()
    };
    let nterm = names.len();

    // Terminal classification.
    let term_arms = model.terminals.iter().map(|(name, place)| {
        let id = grammar
            .terminal(name)
            .expect("every model terminal is in the grammar")
            .index();
        let v = syn::Ident::new(name, place.span());
        quote_spanned!(place.span()=> #tok_path::#v { .. } => #id)
    });
    let unknown = grammar.terminal(UNKNOWN).expect("declared").index();

    // Reduce arms.
    let reduce_arms = model.prods.iter().enumerate().map(|(i, p)| {
        let prod_id = i + 1;
        let body = reduce_body(p, &nt_variant, &tok_path, &private, &lt);
        quote!(#prod_id => { #body })
    });

    let start_variant = &nt_variant[model.start.as_str()];
    let start_ty = &variants
        .values()
        .find(|(v, _)| v == start_variant)
        .expect("start has a variant")
        .1;

    let hook = model.on_error.as_ref().map(|h| {
        quote! {
            fn on_error(&mut self, error: &#private::ParseError) {
                self.#h(error);
            }
        }
    });

    let uses_spans = model.prods.iter().any(|p| {
        matches!(
            p.action,
            ActionKind::Method {
                span_param: true,
                ..
            }
        ) || p
            .rhs
            .iter()
            .any(|s| matches!(s.conv, Conv::Spanned(_)) || s.kind == SymKind::Error)
    });
    let method_lt = if added_lt { quote!(#lt,) } else { quote!() };
    let (user_impl_g, user_ty_g, user_where) = item.generics.split_for_impl();
    let _ = user_ty_g;

    let code = quote! {
        const _: () = {
            #(#statics)*
            static __SLY_NAMES: [&'static ::core::primitive::str; #nterm] = [#(#names),*];
            static __SLY_TABLES: #private::ParseTables<'static, #int> = #private::ParseTables {
                action_base: &#ab,
                action_check: &#ac,
                action_value: &#av,
                default_action: &#da,
                goto_base: &#gb,
                goto_check: &#gc,
                goto_value: &#gv,
                goto_default: &#gd,
                prod_lhs: &#pl,
                prod_len: &#pn,
                dense_action: &#dac,
                dense_goto: &#dgo,
                terminal_names: &__SLY_NAMES,
            };

            static __SLY_STATE_STACK: [#index_ty; #nstates] = [#(#state_stack),*];

            #[allow(non_camel_case_types, non_snake_case, dead_code)]
            pub struct __SlyValues #impl_g #where_c {
                tokens: #private::Vec<#tokens>,
                errors: #private::Vec<#private::Span>,
                #(#stack_defs,)*
                __phantom: ::core::marker::PhantomData<(#(#phantom_params,)*)>,
            }

            impl #impl_g ::core::default::Default for #values_ty #where_c {
                fn default() -> Self {
                    __SlyValues {
                        tokens: #private::Vec::new(),
                        errors: #private::Vec::new(),
                        #(#stack_inits,)*
                        __phantom: ::core::marker::PhantomData,
                    }
                }
            }

            #[automatically_derived]
            impl #impl_g #private::LrParser<#lt> for #self_ty #where_c {
                type Token = #tokens;
                const USES_SPANS: bool = #uses_spans;
                type Values = #values_ty;
                type Output = #start_ty;
                type Int = #int;

                #[inline(always)]
                fn tables() -> &'static #private::ParseTables<'static, #int> {
                    &__SLY_TABLES
                }

                #[inline(always)]
                #[allow(unreachable_patterns)]
                fn terminal(token: &#tokens) -> ::core::primitive::usize {
                    match token {
                        #(#term_arms,)*
                        _ => #unknown,
                    }
                }

                #[inline(always)]
                fn push_token(__sly_values: &mut #values_ty, token: #tokens) {
                    __sly_values.tokens.push(token);
                }

                #[inline(always)]
                fn push_error(__sly_values: &mut #values_ty, span: #private::Span) {
                    __sly_values.errors.push(span);
                }

                fn pop_value(__sly_values: &mut #values_ty, state: ::core::primitive::usize) {
                    match __SLY_STATE_STACK.get(state).copied() {
                        ::core::option::Option::Some(0) => { __sly_values.tokens.pop(); }
                        ::core::option::Option::Some(1) => { __sly_values.errors.pop(); }
                        #(#pop_arms)*
                        _ => {}
                    }
                }

                #[inline(always)]
                fn take_output(__sly_values: &mut #values_ty) -> ::core::option::Option<#start_ty> {
                    __sly_values.#start_variant.pop()
                }

                #[inline(always)]
                #[allow(unused_variables, unreachable_patterns, clippy::all)]
                fn reduce(
                    &mut self,
                    __sly_prod: ::core::primitive::usize,
                    __sly_values: &mut #values_ty,
                    __sly_spans: &[#private::Span],
                    __sly_span: #private::Span,
                ) {
                    match __sly_prod {
                        #(#reduce_arms)*
                        _ => ::core::unreachable!(),
                    }
                }


                #hook
            }

            #[automatically_derived]
            impl #user_impl_g #self_ty #user_where {
                /// Parses a token stream (a lexer, or any iterator of `(token, Span)` with or
                /// without `Result`) and returns the start symbol's value, or the first error.
                #[allow(dead_code)]
                pub fn parse<#method_lt __I>(&mut self, tokens: __I) -> ::core::result::Result<#start_ty, #private::ParseError>
                where
                    __I: ::core::iter::IntoIterator,
                    __I::Item: #private::TokenItem<#tokens>,
                {
                    #private::parse(self, tokens)
                }

                /// Parses a token stream, recovering from errors with the grammar's `error`
                /// rules; returns the value (if any) and every error.
                #[allow(dead_code)]
                pub fn parse_all<#method_lt __I>(&mut self, tokens: __I) -> #private::Parsed<#start_ty>
                where
                    __I: ::core::iter::IntoIterator,
                    __I::Item: #private::TokenItem<#tokens>,
                {
                    #private::parse_all(self, tokens)
                }

                /// A push parser: feed it one token at a time, then call `finish`.
                #[allow(dead_code)]
                pub fn push_parser<#method_lt>(&mut self) -> #private::PushParser<'_, #lt, Self> {
                    #private::PushParser::new(self)
                }
            }
        };
    };
    Expanded { code }
}

/// The body of one reduce arm: pop the values, convert them, run the action.
fn reduce_body(
    p: &Prod,
    nt_variant: &BTreeMap<&str, syn::Ident>,
    tok_path: &TokenStream,
    private: &TokenStream,
    _lt: &Lifetime,
) -> TokenStream {
    // Each argument carries the span of the user's parameter type, so that a type mismatch
    // is reported there rather than at the attribute.
    let vars: Vec<syn::Ident> = p
        .rhs
        .iter()
        .enumerate()
        .map(|(i, s)| syn::Ident::new(&format!("__sly_a{i}"), s.ty_span))
        .collect();
    let pops = p.rhs.iter().zip(&vars).rev().map(|(s, v)| {
        let stack = match s.kind {
            SymKind::Terminal => quote!(tokens),
            SymKind::Error => quote!(errors),
            SymKind::Nonterminal => {
                let var = &nt_variant[s.name.as_str()];
                quote!(#var)
            }
        };
        quote! {
            let #v = match __sly_values.#stack.pop() {
                ::core::option::Option::Some(x) => x,
                ::core::option::Option::None => ::core::unreachable!(),
            };
        }
    });
    let args: Vec<TokenStream> = p
        .rhs
        .iter()
        .zip(&vars)
        .enumerate()
        .map(|(i, (s, v))| {
            convert(
                &s.conv,
                &s.name,
                quote!(#v),
                i,
                tok_path,
                private,
                s.ty_span,
            )
        })
        .collect();
    let lhs_var = &nt_variant[p.lhs.as_str()];
    let result = match &p.action {
        ActionKind::Method { ident, span_param } => {
            let span_arg = span_param.then(|| quote!(__sly_span));
            quote!(self.#ident(#(#args,)* #span_arg))
        }
        ActionKind::RepeatEmpty => quote!(#private::Vec::new()),
        ActionKind::RepeatMore => {
            let list = &vars[0];
            let items = &args[1..];
            let item = if items.len() == 1 {
                quote!(#(#items)*)
            } else {
                quote!((#(#items,)*))
            };
            quote!({
                let mut __sly_list = #list;
                __sly_list.push(#item);
                __sly_list
            })
        }
        ActionKind::OptionalNone => quote!(::core::option::Option::None),
        ActionKind::OptionalSome => {
            let item = if args.len() == 1 {
                quote!(#(#args)*)
            } else {
                quote!((#(#args,)*))
            };
            quote!(::core::option::Option::Some(#item))
        }
    };
    quote! {
        #(#pops)*
        let __sly_value = #result;
        __sly_values.#lhs_var.push(__sly_value);
    }
}

fn convert(
    conv: &Conv,
    name: &str,
    v: TokenStream,
    i: usize,
    tok_path: &TokenStream,
    private: &TokenStream,
    span: Span,
) -> TokenStream {
    match conv {
        Conv::Token | Conv::Error | Conv::Value => quote_spanned!(span=> #v),
        Conv::Payload(variant) => {
            let var = syn::Ident::new(variant, span);
            let _ = name;
            quote_spanned! {span=>
                match #v {
                    #tok_path::#var(x) => x,
                    _ => ::core::unreachable!(),
                }
            }
        }
        Conv::Spanned(inner) => {
            let inner = convert(inner, name, v, i, tok_path, private, span);
            quote_spanned!(span=> #private::Spanned::new(#inner, __sly_spans[#i]))
        }
    }
}
