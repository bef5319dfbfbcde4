//! Code generation for `#[parser]`: static tables, the typed value stacks, and the glue trait
//! impl whose `reduce` calls the user's methods.

use super::args::Args;
use super::model::{ActionKind, Conv, Model, Place, Prod, SymKind, UNKNOWN};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use sly_core::grammar::{Grammar, Symbol};
use sly_core::lalr::Automaton;
use sly_core::lalr::pack::PackedTables;
use std::collections::BTreeMap;
use syn::visit_mut::VisitMut;
use syn::{GenericParam, Generics, ItemImpl, Lifetime, Type};

/// Fills elided lifetimes in a type with the token lifetime, so it can sit in the value
/// stacks: `&T` and `'_` anywhere, and the token type written without its lifetime (`Tok` in
/// `Vec<(Tok, i64)>` when the tokens are `Tok<'s>`), as rustc elides it in a signature.
struct FillLifetimes<'a> {
    lt: Lifetime,
    /// The token type's name, when it has a lifetime parameter.
    token: Option<&'a syn::Ident>,
}

impl VisitMut for FillLifetimes<'_> {
    fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
        if r.lifetime.is_none() {
            r.lifetime = Some(self.lt.clone());
        }
        syn::visit_mut::visit_type_reference_mut(self, r);
    }

    fn visit_lifetime_mut(&mut self, l: &mut Lifetime) {
        if l.ident == "_" {
            *l = self.lt.clone();
        }
    }

    fn visit_type_path_mut(&mut self, t: &mut syn::TypePath) {
        if let (Some(token), None, Some(last)) = (self.token, &t.qself, t.path.segments.last_mut())
        {
            if last.ident == *token && last.arguments.is_none() {
                let lt = &self.lt;
                last.arguments = syn::PathArguments::AngleBracketed(syn::parse_quote!(<#lt>));
            }
        }
        syn::visit_mut::visit_type_path_mut(self, t);
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

/// What every part of the generated code refers to: the paths, the token type and the
/// generics of the impl.
struct Cx<'a> {
    /// `::sly::__private` (or the path given with `crate = ...`).
    private: TokenStream,
    /// The token type, as written in `tokens = ...`.
    tokens: &'a Type,
    /// The token type's path without generic arguments, for messages.
    tok_path: TokenStream,
    /// The token type with `'static` for its lifetime, for constants and statics.
    tokens_static: Type,
    /// The token lifetime (`'s`), or a lifetime of ours when the tokens have none.
    lt: Lifetime,
    /// The impl's generics with `lt` added when it was missing.
    generics: Generics,
    /// Whether `lt` was added.
    added_lt: bool,
    /// The parser type.
    self_ty: &'a Type,
}

impl<'a> Cx<'a> {
    fn new(args: &'a Args, item: &'a ItemImpl) -> Self {
        let private = match &args.krate {
            Some(p) => quote!(#p::__private),
            None => quote!(::sly::__private),
        };
        let tokens = args.tokens.as_ref().expect("checked before expansion");
        let lt =
            token_lifetime(tokens).unwrap_or_else(|| Lifetime::new("'__sly", Span::mixed_site()));
        let (generics, added_lt) = generics_with(&item.generics, &lt);
        Cx {
            private,
            tokens,
            tok_path: token_path(tokens),
            tokens_static: static_type(tokens, &lt),
            lt,
            generics,
            added_lt,
            self_ty: &item.self_ty,
        }
    }
}

/// The typed value stacks: one `Vec` per distinct nonterminal type, as fields `V0`, `V1`, ...
/// of `__SlyValues` after `tokens` and `errors`.
struct Stacks {
    /// Field and type of each stack, by the type's text.
    fields: BTreeMap<String, (syn::Ident, Type)>,
    /// The stack field of each nonterminal.
    of_nt: BTreeMap<String, syn::Ident>,
}

impl Stacks {
    fn new(model: &Model, cx: &Cx<'_>) -> Self {
        let mut fields: BTreeMap<String, (syn::Ident, Type)> = BTreeMap::new();
        let mut of_nt = BTreeMap::new();
        // The token type's name, when its lifetime can be elided.
        let token = match cx.tokens {
            Type::Path(p) if token_lifetime(cx.tokens).is_some() => {
                p.path.segments.last().map(|s| &s.ident)
            }
            _ => None,
        };
        for (name, t) in &model.nt_types {
            let mut ty = t.ty.clone();
            FillLifetimes {
                lt: cx.lt.clone(),
                token,
            }
            .visit_type_mut(&mut ty);
            let key = quote!(#ty).to_string();
            let n = fields.len();
            let field = fields
                .entry(key)
                .or_insert_with(|| (format_ident!("V{}", n), ty))
                .0
                .clone();
            of_nt.insert(name.clone(), field);
        }
        Stacks { fields, of_nt }
    }

    /// The index of a stack for error recovery: 0 for tokens, 1 for `error` (and a shifted
    /// `$end`), 2 + k for the k-th typed stack.
    fn index(&self, field: &syn::Ident) -> usize {
        2 + self
            .fields
            .values()
            .position(|(f, _)| f == field)
            .expect("a stack of ours")
    }

    /// The type of a nonterminal's values.
    fn ty_of(&self, nt: &str) -> &Type {
        let field = &self.of_nt[nt];
        &self
            .fields
            .values()
            .find(|(f, _)| f == field)
            .expect("every nonterminal has a stack")
            .1
    }

    /// `struct __SlyValues` with its `Default` impl.
    fn definition(&self, cx: &Cx<'_>) -> TokenStream {
        let Cx {
            private, tokens, ..
        } = cx;
        let (impl_g, ty_g, where_c) = cx.generics.split_for_impl();
        let defs = self
            .fields
            .values()
            .map(|(v, ty)| quote!(#v: #private::Vec<#ty>));
        let inits = self
            .fields
            .values()
            .map(|(v, _)| quote!(#v: #private::Vec::new()));
        let clones = self.fields.values().map(|(v, ty)| {
            quote!(#v: <#private::CloneIf<'_, #private::Vec<#ty>> as #private::CloneVia<#private::Vec<#ty>>>::clone_it(&self.#v))
        });
        let bound = |ty: TokenStream| quote!(for<'__sly_c> #private::CloneIf<'__sly_c, #private::Vec<#ty>>: #private::CloneVia<#private::Vec<#ty>>);
        let mut clone_bounds = vec![bound(quote!(#tokens)), bound(quote!(#private::Span))];
        clone_bounds.extend(self.fields.values().map(|(_, ty)| bound(quote!(#ty))));
        let preds = where_c.iter().flat_map(|w| w.predicates.iter());
        let clone_where = quote!(where #(#preds,)* #(#clone_bounds),*);
        // Type parameters and lifetimes of the impl, kept alive in the struct.
        let phantom_params = cx.generics.params.iter().map(|p| match p {
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
        quote! {
            #[allow(non_camel_case_types, non_snake_case, dead_code)]
            pub struct __SlyValues #impl_g #where_c {
                tokens: #private::Vec<#tokens>,
                errors: #private::Vec<#private::Span>,
                #(#defs,)*
                __phantom: ::core::marker::PhantomData<(#(#phantom_params,)*)>,
            }

            // `Clone` when every value type is: the bounds go through `CloneIf` so that one
            // that is not leaves the impl unusable rather than the build broken.
            impl #impl_g ::core::clone::Clone for __SlyValues #ty_g #clone_where {
                fn clone(&self) -> Self {
                    __SlyValues {
                        tokens: <#private::CloneIf<'_, #private::Vec<#tokens>> as #private::CloneVia<#private::Vec<#tokens>>>::clone_it(&self.tokens),
                        errors: <#private::CloneIf<'_, #private::Vec<#private::Span>> as #private::CloneVia<#private::Vec<#private::Span>>>::clone_it(&self.errors),
                        #(#clones,)*
                        __phantom: ::core::marker::PhantomData,
                    }
                }
            }

            impl #impl_g ::core::default::Default for __SlyValues #ty_g #where_c {
                fn default() -> Self {
                    __SlyValues {
                        tokens: #private::Vec::new(),
                        errors: #private::Vec::new(),
                        #(#inits,)*
                        __phantom: ::core::marker::PhantomData,
                    }
                }
            }
        }
    }

    /// `static __SLY_STATE_STACK`: the stack holding the value of each state's accessing
    /// symbol, for error recovery, a byte per state when the indices fit; and the body of
    /// `pop_value`, which pops from that stack.
    fn state_stack(&self, grammar: &Grammar, automaton: &Automaton) -> (TokenStream, TokenStream) {
        // The largest value stands for "none" (state 0, which no symbol leads into).
        let (index_ty, none) = if self.fields.len() + 2 < usize::from(u8::MAX) {
            (quote!(::core::primitive::u8), usize::from(u8::MAX))
        } else {
            (quote!(::core::primitive::u16), usize::from(u16::MAX))
        };
        let per_state: Vec<Literal> = automaton
            .states
            .iter()
            .map(|st| match st.accessing {
                None => none,
                Some(Symbol::Term(t)) if t.index() <= 1 => 1,
                Some(Symbol::Term(_)) => 0,
                Some(sym @ Symbol::Nonterm(_)) => self
                    .of_nt
                    .get(grammar.symbol_name(sym))
                    .map_or(none, |v| self.index(v)),
            })
            .map(Literal::usize_unsuffixed)
            .collect();
        let n = per_state.len();
        let table = quote! {
            static __SLY_STATE_STACK: [#index_ty; #n] = [#(#per_state),*];
        };
        let arms = self.fields.values().map(|(v, _)| {
            let k = Literal::usize_unsuffixed(self.index(v));
            quote!(::core::option::Option::Some(#k) => { __sly_values.#v.pop(); })
        });
        let pop = quote! {
            match __SLY_STATE_STACK.get(__sly_state).copied() {
                ::core::option::Option::Some(0) => { __sly_values.tokens.pop(); }
                ::core::option::Option::Some(1) => { __sly_values.errors.pop(); }
                #(#arms)*
                _ => {}
            }
        };
        (table, pop)
    }
}

/// The parse tables as statics, `__SLY_ACTION_BASE` ... and `__SLY_TABLES` over them, with
/// the integer type they use (`u16` when every value fits).
fn table_statics(
    cx: &Cx<'_>,
    tables: &PackedTables,
    display: &[TokenStream],
) -> (TokenStream, TokenStream) {
    let private = &cx.private;
    let (int, arrays): (TokenStream, Vec<TokenStream>) = match tables.to_u16() {
        Some(a) => (
            quote!(::core::primitive::u16),
            a.iter().map(|v| quote!(#(#v),*)).collect(),
        ),
        None => (
            quote!(::core::primitive::u32),
            tables.arrays().iter().map(|v| quote!(#(#v),*)).collect(),
        ),
    };
    let lens = tables.arrays().map(<[u32]>::len);
    let mut statics = TokenStream::new();
    let mut fields = TokenStream::new();
    for ((name, values), len) in PackedTables::ARRAY_NAMES.iter().zip(&arrays).zip(lens) {
        let id = format_ident!("__SLY_{}", name.to_uppercase());
        let field = format_ident!("{}", name);
        statics.extend(quote!(static #id: [#int; #len] = [#values];));
        fields.extend(quote!(#field: &#id,));
    }
    let names = &tables.terminal_names;
    let nterm = names.len();
    let code = quote! {
        #statics
        static __SLY_NAMES: [&'static ::core::primitive::str; #nterm] = [#(#names),*];
        static __SLY_DISPLAY: [&'static ::core::primitive::str; #nterm] = [#(#display),*];
        static __SLY_TABLES: #private::ParseTables<'static, #int> = #private::ParseTables {
            #fields
            terminal_names: &__SLY_NAMES,
            terminal_display: &__SLY_DISPLAY,
        };
    };
    (int, code)
}

/// The variant index of each terminal (`const __SLY_KIND_<i>`), found at compile time among
/// the variant names `#[derive(Lexer)]` lists, and the arms of `terminal`, a `match` on the
/// token's variant index by those constants (one lookup by discriminant once compiled); and a
/// check for each terminal of the grammar, at the rule that first uses it, that the enum has
/// such a variant: a misspelled terminal is an error in sly's words at the rule string, not
/// an unknown variant in generated code.
fn terminal_map(cx: &Cx<'_>, model: &Model, grammar: &Grammar) -> (TokenStream, TokenStream) {
    let private = &cx.private;
    let kinds = {
        let tokens = &cx.tokens_static;
        quote!(<#tokens as #private::TokenKinds>::KINDS)
    };
    // The index of each terminal's variant, and the arm of `terminal` that maps it.
    let mut consts = TokenStream::new();
    let mut arms = TokenStream::new();
    for (i, (name, _)) in model.terminals.iter().enumerate() {
        let id = grammar
            .terminal(name)
            .expect("every model terminal is in the grammar")
            .index();
        let k = format_ident!("__SLY_KIND_{}", i);
        consts.extend(quote! {
            const #k: ::core::primitive::usize = #private::kind_index(#kinds, #name);
        });
        arms.extend(quote!(#k => #id,));
    }
    let unknown = grammar.terminal(UNKNOWN).expect("declared").index();
    arms.extend(quote!(_ => #unknown,));
    let enum_name = cx.tok_path.to_string().replace(' ', "");
    let known: Vec<&str> = model
        .terminals
        .iter()
        .map(|(t, _)| t.as_str())
        .chain(model.nt_types.iter().map(|(n, _)| n.as_str()))
        .collect();
    let checks = model.terminals.iter().map(|(name, place)| {
        let rule = match place {
            Place::InLit(lit, _) | Place::Lit(lit) => format!(" in rule \"{}\"", lit.value()),
            Place::At(_) => String::new(),
        };
        let hint = sly_core::diag::closest_name(name, known.iter().copied())
            .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
        let message = format!(
            "unknown symbol `{name}`{rule}: the token enum `{enum_name}` has no variant `{name}`, and terminals are its variants{hint}"
        );
        quote_spanned! {place.span()=>
            const _: () = if !#private::has_kind(#kinds, #name) {
                ::core::panic!("{}", #message)
            };
        }
    });
    let items = quote! {
        #consts
        #(#checks)*
    };
    (items, arms)
}

/// How messages show each terminal, in terminal order: the end of input in words, then what
/// the token enum's `DISPLAY` gives for each variant (found by the `__SLY_KIND_<i>`
/// constants of [`terminal_map`]).
fn terminal_display(cx: &Cx<'_>, model: &Model, grammar: &Grammar) -> Vec<TokenStream> {
    let private = &cx.private;
    let tokens = &cx.tokens_static;
    grammar
        .terminals
        .iter()
        .enumerate()
        .map(|(t, terminal)| {
            let name = terminal.name.as_str();
            match model.terminals.iter().position(|(n, _)| n == name) {
                _ if t == sly_core::grammar::END.index() => quote!("end of input"),
                Some(i) => {
                    let k = format_ident!("__SLY_KIND_{}", i);
                    quote!(#private::display_of(<#tokens as #private::TokenKinds>::DISPLAY, #k, #name))
                }
                None => quote!(#name),
            }
        })
        .collect()
}

/// `ty` with the lifetime `lt` replaced by `'static`, for statics.
fn static_type(ty: &Type, lt: &Lifetime) -> Type {
    struct Static<'a>(&'a Lifetime);
    impl VisitMut for Static<'_> {
        fn visit_lifetime_mut(&mut self, l: &mut Lifetime) {
            if l == self.0 {
                *l = Lifetime::new("'static", l.span());
            }
        }
    }
    let mut ty = ty.clone();
    Static(lt).visit_type_mut(&mut ty);
    ty
}

/// Whether any action reads a span: the driver then keeps the spans of the stack.
fn uses_spans(model: &Model) -> bool {
    model.prods.iter().any(|p| {
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
    })
}

/// `impl LrParser for P`: the glue the runtime driver calls.
/// The parts of the `LrParser` impl made elsewhere.
struct Parts<'a> {
    /// The table integer type.
    int: &'a TokenStream,
    /// The body of `pop_value`.
    pop_value: &'a TokenStream,
    /// The arms of `terminal`.
    terminal_arms: &'a TokenStream,
    /// `fn message`, for a catalogue.
    message: &'a TokenStream,
    /// The plan of `codegen = "direct"`.
    plan: Option<&'a sly_core::lalr::direct::DirectPlan>,
}

fn lr_parser_impl(cx: &Cx<'_>, model: &Model, stacks: &Stacks, parts: Parts<'_>) -> TokenStream {
    let Parts {
        int,
        pop_value,
        terminal_arms,
        message,
        plan,
    } = parts;
    let Cx {
        private,
        tokens,
        lt,
        self_ty,
        ..
    } = cx;
    let (impl_g, ty_g, where_c) = cx.generics.split_for_impl();
    let values_ty = quote!(__SlyValues #ty_g);
    let start_field = &stacks.of_nt[&model.start];
    let start_ty = stacks.ty_of(&model.start);
    let uses_spans = uses_spans(model);

    let reduce_arms = model.prods.iter().enumerate().map(|(i, p)| {
        let prod_id = i + 1;
        let body = reduce_body(p, &stacks.of_nt, cx, &quote!(self));
        quote!(#prod_id => { #body })
    });
    let direct = plan.map(|plan| {
        let machine = quote!(#private::Machine<#values_ty, #start_ty>);
        let bodies: Vec<TokenStream> = model
            .prods
            .iter()
            .map(|p| reduce_body(p, &stacks.of_nt, cx, &quote!(__sly_p)))
            .collect();
        super::direct::feed_direct(private, &quote!(#tokens), &machine, plan, &bodies)
    });
    let hook = model.on_error.as_ref().map(|h| {
        quote! {
            fn on_error(&mut self, __sly_error: &#private::ParseError) {
                self.#h(__sly_error);
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_g #private::LrParser<#lt> for #self_ty #where_c {
            type Token = #tokens;
            const USES_SPANS: ::core::primitive::bool = #uses_spans;
            type Values = #values_ty;
            type Output = #start_ty;
            type Int = #int;

            #[inline(always)]
            fn tables() -> &'static #private::ParseTables<'static, #int> {
                &__SLY_TABLES
            }

            #message

            #[inline(always)]
            #[allow(unreachable_patterns)]
            fn terminal(__sly_token: &#tokens) -> ::core::primitive::usize {
                match #private::TokenKinds::kind(__sly_token) {
                    #terminal_arms
                }
            }

            #[inline(always)]
            fn push_token(__sly_values: &mut #values_ty, __sly_token: #tokens) {
                __sly_values.tokens.push(__sly_token);
            }

            #[inline(always)]
            fn push_error(__sly_values: &mut #values_ty, __sly_span: #private::Span) {
                __sly_values.errors.push(__sly_span);
            }

            fn pop_value(__sly_values: &mut #values_ty, __sly_state: ::core::primitive::usize) {
                #pop_value
            }

            #[inline(always)]
            fn take_output(__sly_values: &mut #values_ty) -> ::core::option::Option<#start_ty> {
                __sly_values.#start_field.pop()
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

            #direct
        }
    }
}

/// The inherent methods users call: `parse`, `parse_all` and `push_parser`.
fn inherent_methods(cx: &Cx<'_>, item: &ItemImpl, start_ty: &Type) -> TokenStream {
    let Cx {
        private,
        tokens,
        lt,
        self_ty,
        ..
    } = cx;
    let method_lt = if cx.added_lt { quote!(#lt,) } else { quote!() };
    let (impl_g, _, where_c) = item.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_g #self_ty #where_c {
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
    }
}

/// The whole expansion: the tables, the value stacks, the `LrParser` glue and the inherent
/// methods, inside one `const _: () = { ... };`.
pub fn expand(
    args: &Args,
    item: &ItemImpl,
    model: &Model,
    grammar: &Grammar,
    automaton: &Automaton,
    tables: &PackedTables,
    message: TokenStream,
) -> Expanded {
    let cx = Cx::new(args, item);
    let stacks = Stacks::new(model, &cx);
    let display = terminal_display(&cx, model, grammar);
    let tables_packed = tables;
    let (int, tables) = table_statics(&cx, tables, &display);
    let (terminals, terminal_arms) = terminal_map(&cx, model, grammar);
    let (state_stack, pop_value) = stacks.state_stack(grammar, automaton);
    let values = stacks.definition(&cx);
    let plan = args
        .direct
        .then(|| sly_core::lalr::direct::DirectPlan::build(tables_packed));
    let glue = lr_parser_impl(
        &cx,
        model,
        &stacks,
        Parts {
            int: &int,
            pop_value: &pop_value,
            terminal_arms: &terminal_arms,
            message: &message,
            plan: plan.as_ref(),
        },
    );
    let methods = inherent_methods(&cx, item, stacks.ty_of(&model.start));
    let code = quote! {
        const _: () = {
            #tables
            #terminals
            #state_stack
            #values
            #glue
            #methods
        };
    };
    Expanded { code }
}

/// The body of one reduce arm: pop the values, convert them, run the action.
/// `recv` is the parser the actions are called on (`self` in `LrParser::reduce`).
fn reduce_body(
    p: &Prod,
    nt_variant: &BTreeMap<String, syn::Ident>,
    cx: &Cx<'_>,
    recv: &TokenStream,
) -> TokenStream {
    let private = &cx.private;
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
                let var = &nt_variant[&s.name];
                quote!(#var)
            }
        };
        quote! {
            let #v = match __sly_values.#stack.pop() {
                ::core::option::Option::Some(__sly_x) => __sly_x,
                ::core::option::Option::None => ::core::unreachable!(),
            };
        }
    });
    let args: Vec<TokenStream> = p
        .rhs
        .iter()
        .zip(&vars)
        .enumerate()
        .map(|(i, (s, v))| convert(&s.conv, quote!(#v), i, cx, s.ty_span))
        .collect();
    let lhs_var = &nt_variant[&p.lhs];
    let result = match &p.action {
        ActionKind::Method { ident, span_param } => {
            let span_arg = span_param.then(|| quote!(__sly_span));
            quote!(#recv.#ident(#(#args,)* #span_arg))
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

/// An action's argument from the value popped for its symbol, `v`, the `i`-th of the rule.
fn convert(conv: &Conv, v: TokenStream, i: usize, cx: &Cx<'_>, span: Span) -> TokenStream {
    let Cx {
        private,
        tokens,
        tokens_static,
        ..
    } = cx;
    match conv {
        Conv::Token | Conv::Error | Conv::Value => quote_spanned!(span=> #v),
        Conv::Payload(variant, ty) => {
            // The variant by its index among the enum's names, found at compile time: a name
            // the enum lacks gets the index past the last (whose impl takes any type), so that
            // only the check of the terminal's name reports it, in sly's words.
            let kinds = quote!(<#tokens_static as #private::TokenKinds>::KINDS);
            // The token type at the parameter, where a payload of another type is reported.
            let tokens: TokenStream = quote!(#tokens)
                .into_iter()
                .map(|mut t| {
                    t.set_span(t.span().located_at(span));
                    t
                })
                .collect();
            quote_spanned! {span=>
                <#tokens as #private::TokenPayload<
                    { #private::kind_index(#kinds, #variant) },
                    #ty,
                >>::take(#v)
            }
        }
        Conv::Spanned(inner) => {
            let inner = convert(inner, v, i, cx, span);
            quote_spanned!(span=> #private::Spanned::new(#inner, __sly_spans[#i]))
        }
    }
}
