//! Rules → tables (in sly-core) → generated code.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use sly_core::lex::build::{LexTablesBuf, Pattern, RuleSpec, build_tables};
use syn::spanned::Spanned;

use super::ast::{self, Input, Rule, Shape, Target};
use crate::ctxt::Ctxt;

/// The whole derive: parse, check, build tables, print them and the glue.
pub fn derive(input: &syn::DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let parsed = ast::parse(&cx, input);
    let tables = parsed.as_ref().and_then(|p| tables(&cx, p));
    let errors = cx.finish_to_compile_errors();
    match (parsed, tables) {
        (Some(p), Some(t)) if errors.is_empty() => generate(&p, &t),
        (Some(p), _) => {
            let fallback = fallback(&p);
            quote!(#errors #fallback)
        }
        (None, _) => errors,
    }
}

fn spec(rule: &Rule) -> RuleSpec {
    let text = rule.lit.value();
    RuleSpec {
        pattern: if rule.is_token {
            Pattern::Token(text)
        } else {
            Pattern::Regex(text)
        },
        ignore_case: rule.ignore_case,
        priority: rule.priority,
        states: rule.states.clone(),
        discard: matches!(rule.target, Target::Skip) && rule.callback.is_none(),
    }
}

fn tables(cx: &Ctxt, input: &Input) -> Option<LexTablesBuf> {
    if input.rules.is_empty() {
        if cx.has_errors() {
            return None;
        }
        cx.error_at(
            input.ident.span(),
            "this enum has no patterns: add `#[token(\"...\")]` or `#[regex(\"...\")]` to its variants",
        );
        return None;
    }
    let specs: Vec<RuleSpec> = input.rules.iter().map(spec).collect();
    match build_tables(&specs) {
        Ok(t) => Some(t),
        Err(errors) => {
            for e in errors {
                let span = match e.rule {
                    Some(i) => ast::rule_span(&input.rules[i]),
                    None => input.ident.span(),
                };
                cx.error_at(span, &e.message);
                for (i, note) in &e.related {
                    cx.error_at(ast::rule_span(&input.rules[*i]), note);
                }
            }
            None
        }
    }
}

/// `impl<'s> ... for Tok<'s>` pieces: the impl generics, the lifetime to use, the type.
fn impl_parts(input: &Input) -> (TokenStream, syn::Lifetime, TokenStream, TokenStream) {
    let ident = &input.ident;
    let (_, ty_generics, where_clause) = input.generics.split_for_impl();
    let where_clause = quote!(#where_clause);
    match &input.lifetime {
        Some(lt) => {
            let params = &input.generics.params;
            (
                quote!(<#params>),
                lt.clone(),
                quote!(#ident #ty_generics),
                where_clause,
            )
        }
        None => {
            let lt = syn::Lifetime::new("'__sly_s", Span::call_site());
            (quote!(<#lt>), lt, quote!(#ident), where_clause)
        }
    }
}

fn lexer_fn(input: &Input) -> TokenStream {
    let krate = &input.krate;
    let ident = &input.ident;
    let (_, ty_generics, where_clause) = input.generics.split_for_impl();
    let (generics, lt) = match &input.lifetime {
        Some(lt) => {
            let params = &input.generics.params;
            (quote!(<#params>), quote!(#lt))
        }
        None => (quote!(), quote!('__sly_s)),
    };
    let fn_generics = if input.lifetime.is_some() {
        quote!()
    } else {
        quote!(<'__sly_s>)
    };
    quote! {
        #[automatically_derived]
        impl #generics #ident #ty_generics #where_clause {
            /// A lexer over `src`: an iterator of `Result<(token, span), LexError>`.
            #[inline]
            pub fn lexer #fn_generics (src: &#lt ::core::primitive::str) -> #krate::__private::Lexer<#lt, Self> {
                #krate::__private::Lexer::new(src)
            }
        }
    }
}

/// How messages show the variant `v`: its `name = "..."`, else its first literal in
/// backquotes, else its name.
fn display_name(input: &Input, v: &syn::Ident) -> String {
    let rules: Vec<&Rule> = input
        .rules
        .iter()
        .filter(|r| matches!(&r.target, Target::Variant { ident, .. } if ident == v))
        .collect();
    if let Some(name) = rules.iter().find_map(|r| r.name.clone()) {
        return name;
    }
    match rules.iter().find(|r| r.is_token) {
        Some(r) => format!("`{}`", r.lit.value()),
        None => v.to_string(),
    }
}

/// `impl TokenKinds`: the variant names and each token's variant index, with which
/// `#[parser]` classifies tokens and checks the names its rules use.
fn kinds_impl(input: &Input) -> TokenStream {
    let krate = &input.krate;
    let (generics, _, ty, where_clause) = impl_parts(input);
    let names = input.variant_fields.iter().map(|(v, _)| v.to_string());
    let display = input
        .variant_fields
        .iter()
        .map(|(v, _)| display_name(input, v));
    let arms = input
        .variant_fields
        .iter()
        .enumerate()
        .map(|(i, (v, _))| quote!(Self::#v { .. } => #i,));

    // The payload of each one-field variant, and any type for the index past the last, which
    // only a name the enum lacks gets (and the parser reports).
    let payloads = input
        .variant_fields
        .iter()
        .enumerate()
        .filter_map(|(k, (v, fields))| {
            let [field] = &fields[..] else { return None };
            Some(quote! {
                #[automatically_derived]
                impl #generics #krate::__private::TokenPayload<#k, #field> for #ty #where_clause {
                    #[inline(always)]
                    fn take(self) -> #field {
                        match self {
                            Self::#v(__sly_x) => __sly_x,
                            _ => ::core::unreachable!(),
                        }
                    }
                }
            })
        });
    let past = input.variant_fields.len();
    let impl_params = match &input.lifetime {
        Some(_) => {
            let params = &input.generics.params;
            quote!(#params,)
        }
        None => quote!(),
    };
    quote! {
        #(#payloads)*

        #[automatically_derived]
        impl<#impl_params __SlyP> #krate::__private::TokenPayload<#past, __SlyP> for #ty #where_clause {
            fn take(self) -> __SlyP {
                ::core::unreachable!()
            }
        }

        #[automatically_derived]
        impl #generics #krate::__private::TokenKinds for #ty #where_clause {
            const KINDS: &'static [&'static ::core::primitive::str] = &[#(#names),*];
            const DISPLAY: &'static [&'static ::core::primitive::str] = &[#(#display),*];

            #[inline(always)]
            fn kind(&self) -> ::core::primitive::usize {
                match *self {
                    #(#arms)*
                }
            }
        }
    }
}

fn fallback(input: &Input) -> TokenStream {
    let krate = &input.krate;
    let (generics, lt, ty, where_clause) = impl_parts(input);
    let lexer_fn = lexer_fn(input);
    let kinds = kinds_impl(input);
    quote! {
        const _: () = {
            #[automatically_derived]
            impl #generics #krate::__private::LexSpec<#lt> for #ty #where_clause {
                const TABLES: #krate::__private::LexTables<'static> = #krate::__private::LexTables {
                    byte_class: &[0; 256],
                    stride: 1,
                    trans: &[0],
                    trans_wide: &[],
                    accept: &[#krate::__private::NO_RULE],
                    accept_from: 1,
                    restart_to: 1,
                    token_from: 1,
                    final_from: 1,
                    loops: &[0],
                    stay: &[],
                    starts: &[0],
                    state_names: &["INITIAL"],
                    rule_names: &[],
                };
                fn action(
                    _: ::core::primitive::u16,
                    _: &mut #krate::__private::Lexer<#lt, Self>,
                ) -> #krate::__private::Outcome<Self> {
                    ::core::unreachable!()
                }
            }
            #lexer_fn
            #kinds
        };
    }
}

fn lits<T: Copy>(values: &[T], f: impl Fn(T) -> Literal) -> Vec<Literal> {
    values.iter().map(|&v| f(v)).collect()
}

fn generate(input: &Input, t: &LexTablesBuf) -> TokenStream {
    let krate = &input.krate;
    let (generics, lt, ty, where_clause) = impl_parts(input);
    let lexer_fn = lexer_fn(input);
    let kinds = kinds_impl(input);

    let byte_class = lits(&t.byte_class, Literal::u8_unsuffixed);
    // `u16` transitions when every premultiplied id fits: half the cache footprint.
    let narrow = t.trans.iter().all(|&x| x <= u16::MAX as u32);
    let trans = if narrow {
        lits(&t.trans, |x| Literal::u16_unsuffixed(x as u16))
    } else {
        lits(&t.trans, Literal::u32_unsuffixed)
    };
    let (trans_ty, narrow_field, wide_field) = if narrow {
        (
            quote!(::core::primitive::u16),
            quote!(&__SLY_LEX_TRANS),
            quote!(&[]),
        )
    } else {
        (
            quote!(::core::primitive::u32),
            quote!(&[]),
            quote!(&__SLY_LEX_TRANS),
        )
    };
    let accept = lits(&t.accept, Literal::u16_unsuffixed);
    let starts = lits(&t.starts, Literal::u32_unsuffixed);
    let loops = lits(&t.loops, Literal::u8_unsuffixed);
    let stay = lits(&t.stay, Literal::u8_unsuffixed);
    let (n_loops, n_stay) = (loops.len(), stay.len());
    let (n_trans, n_accept, n_starts) = (trans.len(), accept.len(), starts.len());
    let stride = t.stride;
    let accept_from = Literal::u32_unsuffixed(t.accept_from);
    let restart_to = Literal::u32_unsuffixed(t.restart_to);
    let token_from = Literal::u32_unsuffixed(t.token_from);
    let final_from = Literal::u32_unsuffixed(t.final_from);

    let state_names = &t.state_names;
    let rule_names: Vec<String> = input
        .rules
        .iter()
        .map(|r| match &r.target {
            Target::Skip => "skip".to_string(),
            Target::Variant { ident, .. } => ident.to_string(),
        })
        .collect();
    let n_rules = rule_names.len();

    let walk = super::walk::next_token_fn(t, krate, &lt);
    let lex = format_ident!("__sly_lex", span = Span::mixed_site());
    let arms = input.rules.iter().enumerate().map(|(i, rule)| {
        let i = Literal::u16_unsuffixed(i as u16);
        let body = action(input, rule, &lex);
        quote!(#i => #body,)
    });

    quote! {
        const _: () = {
            static __SLY_BYTE_CLASS: [::core::primitive::u8; 256] = [#(#byte_class),*];
            static __SLY_LEX_TRANS: [#trans_ty; #n_trans] = [#(#trans),*];
            static __SLY_LEX_ACCEPT: [::core::primitive::u16; #n_accept] = [#(#accept),*];
            static __SLY_LEX_LOOP: [::core::primitive::u8; #n_loops] = [#(#loops),*];
            static __SLY_LEX_STAY: [::core::primitive::u8; #n_stay] = [#(#stay),*];
            static __SLY_LEX_START: [::core::primitive::u32; #n_starts] = [#(#starts),*];
            static __SLY_LEX_STATE_NAMES: [&::core::primitive::str; #n_starts] = [#(#state_names),*];
            static __SLY_LEX_RULE_NAMES: [&::core::primitive::str; #n_rules] = [#(#rule_names),*];

            #[automatically_derived]
            impl #generics #krate::__private::LexSpec<#lt> for #ty #where_clause {
                const TABLES: #krate::__private::LexTables<'static> = #krate::__private::LexTables {
                    byte_class: &__SLY_BYTE_CLASS,
                    stride: #stride,
                    trans: #narrow_field,
                    trans_wide: #wide_field,
                    accept: &__SLY_LEX_ACCEPT,
                    accept_from: #accept_from,
                    restart_to: #restart_to,
                    token_from: #token_from,
                    final_from: #final_from,
                    loops: &__SLY_LEX_LOOP,
                    stay: &__SLY_LEX_STAY,
                    starts: &__SLY_LEX_START,
                    state_names: &__SLY_LEX_STATE_NAMES,
                    rule_names: &__SLY_LEX_RULE_NAMES,
                };

                #[inline(always)]
                fn action(
                    __sly_rule: ::core::primitive::u16,
                    #lex: &mut #krate::__private::Lexer<#lt, Self>,
                ) -> #krate::__private::Outcome<Self> {
                    match __sly_rule {
                        #(#arms)*
                        _ => #krate::__private::Outcome::Skip,
                    }
                }

                #walk
            }

            #lexer_fn
            #kinds
        };
    }
}

/// The expression computing the outcome of a match of `rule`.
fn action(input: &Input, rule: &Rule, lex: &syn::Ident) -> TokenStream {
    let krate = &input.krate;
    let outcome = quote!(#krate::__private::Outcome);
    let enum_ident = &input.ident;
    let (variant, shape) = match &rule.target {
        Target::Skip => {
            return match &rule.callback {
                None => quote!(#outcome::Skip),
                Some(cb) => {
                    let call = callback_call(krate, cb, quote!(()), lex);
                    quote!(match #call { #outcome::Error(__sly_e) => #outcome::Error(__sly_e), _ => #outcome::Skip })
                }
            };
        }
        Target::Variant { ident, shape } => (ident, shape),
    };
    let ctor = quote!(#enum_ident::#variant);
    match (shape, &rule.callback) {
        (Shape::Unit, None) => quote!(#outcome::Emit(#ctor)),
        (Shape::Unit, Some(cb)) => {
            let call = callback_call(krate, cb, quote!(()), lex);
            quote!(#call.map(|()| #ctor))
        }
        (Shape::Tuple(types), Some(cb)) if types.len() == 1 => {
            let ty = &types[0];
            let call = callback_call(krate, cb, quote!(#ty), lex);
            quote!(#call.map(#ctor))
        }
        (Shape::Tuple(types), Some(cb)) => {
            let call = callback_call(krate, cb, quote!((#(#types),*)), lex);
            let names: Vec<_> = (0..types.len())
                .map(|i| format_ident!("__sly_f{}", i, span = Span::mixed_site()))
                .collect();
            quote!(#call.map(|(#(#names),*)| #ctor(#(#names),*)))
        }
        (Shape::Tuple(types), None) => {
            // `ast` checked there is exactly one field with a text conversion.
            let ty = &types[0];
            match ty {
                syn::Type::Reference(_) => quote!(#outcome::Emit(#ctor(#lex.slice()))),
                _ => {
                    // Spanned on the field's type, so that a type without `FromStr` is
                    // reported there.
                    let parse = quote_spanned! {ty.span()=>
                        <#ty as ::core::str::FromStr>::from_str(#lex.slice())
                    };
                    quote!(#krate::__private::parsed(#parse).map(#ctor))
                }
            }
        }
    }
}

/// `CallbackResult::<P>::into_outcome(call(cb, lex))`, spanned on the callback so that a
/// wrong return type is reported there.
fn callback_call(
    krate: &syn::Path,
    cb: &syn::Expr,
    payload: TokenStream,
    lex: &syn::Ident,
) -> TokenStream {
    let call = quote_spanned!(cb.span()=> #krate::__private::call(#cb, #lex));
    quote_spanned! {cb.span()=>
        <_ as #krate::__private::CallbackResult<#payload>>::into_outcome(#call)
    }
}
