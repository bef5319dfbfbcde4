//! `#[derive(Lexer)]` input → a plain description of the lexer's rules.
//!
//! Every problem is recorded in the [`Ctxt`] and parsing goes on, so that one build reports
//! every mistake.

use proc_macro2::Span;
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Fields, Ident, LitInt, LitStr, Token, Type};

use crate::ctxt::Ctxt;

/// Attribute names and keys.
pub mod keys {
    /// `#[token("...")]`.
    pub const TOKEN: &str = "token";
    /// `#[regex("...")]`.
    pub const REGEX: &str = "regex";
    /// `#[sly(...)]`.
    pub const SLY: &str = "sly";
    /// `ignore_case`.
    pub const IGNORE_CASE: &str = "ignore_case";
    /// `priority = N`.
    pub const PRIORITY: &str = "priority";
    /// `callback = path_or_closure`.
    pub const CALLBACK: &str = "callback";
    /// `state = "name"`.
    pub const STATE: &str = "state";
    /// `skip = "re"`.
    pub const SKIP: &str = "skip";
    /// `crate = path`.
    pub const CRATE: &str = "crate";
    /// `name = "..."`: how messages show the token.
    pub const NAME: &str = "name";
}

/// The whole input.
pub struct Input {
    pub ident: Ident,
    pub generics: syn::Generics,
    /// The enum's lifetime parameter, if it has one.
    pub lifetime: Option<syn::Lifetime>,
    /// `#[sly(crate = path)]`, else `::sly`.
    pub krate: syn::Path,
    /// Every pattern, in declaration order (the enum's `skip`s first).
    pub rules: Vec<Rule>,
    /// Every variant, with or without a pattern, in declaration order, with the types of its
    /// tuple fields (none for a unit or struct variant).
    pub variant_fields: Vec<(Ident, Vec<Type>)>,
}

/// One pattern.
pub struct Rule {
    /// `name = "..."`: how messages show its token.
    pub name: Option<String>,
    pub is_token: bool,
    /// The pattern literal, for its text and its span.
    pub lit: LitStr,
    pub ignore_case: bool,
    pub priority: i32,
    pub states: Vec<String>,
    pub callback: Option<Expr>,
    pub target: Target,
}

/// What a match produces.
pub enum Target {
    /// Nothing (`#[sly(skip = "...")]`).
    Skip,
    /// A variant of the enum.
    Variant { ident: Ident, shape: Shape },
}

/// The fields of a variant.
pub enum Shape {
    Unit,
    /// Tuple fields' types.
    Tuple(Vec<Type>),
}

/// The options of one `#[token]`, `#[regex]` or `#[sly]`, before they are attached to rules.
#[derive(Default)]
struct Options {
    ignore_case: bool,
    priority: Option<i32>,
    states: Vec<String>,
    callback: Option<Expr>,
    name: Option<LitStr>,
}

pub fn parse(cx: &Ctxt, input: &syn::DeriveInput) -> Option<Input> {
    let data = match &input.data {
        syn::Data::Enum(e) => e,
        syn::Data::Struct(s) => {
            cx.error_at(
                s.struct_token.span,
                "`#[derive(Lexer)]` works on an enum of tokens, not on a struct",
            );
            return None;
        }
        syn::Data::Union(u) => {
            cx.error_at(
                u.union_token.span,
                "`#[derive(Lexer)]` works on an enum of tokens, not on a union",
            );
            return None;
        }
    };

    let mut lifetime = None;
    for param in &input.generics.params {
        match param {
            syn::GenericParam::Lifetime(l) if lifetime.is_none() => {
                lifetime = Some(l.lifetime.clone());
            }
            syn::GenericParam::Lifetime(l) => cx.error_spanned_by(
                l,
                "a token enum may have one lifetime parameter (the source text's), not several",
            ),
            other => cx.error_spanned_by(
                other,
                "a token enum cannot have type or const parameters; only a lifetime for borrowed payloads",
            ),
        }
    }

    let mut krate: Option<syn::Path> = None;
    let mut rules = Vec::new();
    for attr in &input.attrs {
        if attr.path().is_ident(keys::TOKEN) || attr.path().is_ident(keys::REGEX) {
            cx.error_spanned_by(
                attr,
                "`#[token]` and `#[regex]` go on the variants; on the enum, use `#[sly(skip = \"...\")]`",
            );
        }
        if !attr.path().is_ident(keys::SLY) {
            continue;
        }
        let mut skips: Vec<LitStr> = Vec::new();
        let mut opts = Options::default();
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string);
            match key.as_deref() {
                Some(keys::SKIP) => skips.push(meta.value()?.parse()?),
                Some(keys::STATE) => opts.states.push(meta.value()?.parse::<LitStr>()?.value()),
                Some(keys::CALLBACK) => {
                    let e: Expr = meta.value()?.parse()?;
                    if opts.callback.replace(e).is_some() {
                        return Err(meta.error("`callback` given twice"));
                    }
                }
                Some(keys::IGNORE_CASE) => opts.ignore_case = true,
                Some(keys::PRIORITY) => opts.priority = Some(parse_priority(meta.value()?)?),
                Some(keys::CRATE) => {
                    let p: syn::Path = meta.value()?.parse()?;
                    if krate.replace(p).is_some() {
                        return Err(meta.error("`crate` given twice"));
                    }
                }
                _ => {
                    return Err(meta.error(format!(
                        "unknown key `{}` in `#[sly(...)]`; expected `skip`, `state`, `callback`, `ignore_case`, `priority` or `crate`",
                        path_text(&meta.path)
                    )));
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            cx.syn_error(e);
            continue;
        }
        if skips.is_empty() && (opts.callback.is_some() || !opts.states.is_empty()) {
            cx.error_spanned_by(
                attr,
                "`state`, `callback`, `ignore_case` and `priority` in `#[sly(...)]` apply to the `skip` patterns of the same attribute, and it has none",
            );
        }
        for lit in skips {
            rules.push(Rule {
                name: None,
                is_token: false,
                lit,
                ignore_case: opts.ignore_case,
                priority: opts.priority.unwrap_or(0),
                states: opts.states.clone(),
                callback: opts.callback.clone(),
                target: Target::Skip,
            });
        }
    }

    for variant in &data.variants {
        for attr in &variant.attrs {
            if attr.path().is_ident(keys::SLY) {
                cx.error_spanned_by(
                    attr,
                    "`#[sly(...)]` goes on the enum; on a variant, use `#[token(...)]` or `#[regex(...)]`",
                );
            }
        }
        let pattern_attrs: Vec<&syn::Attribute> = variant
            .attrs
            .iter()
            .filter(|a| a.path().is_ident(keys::TOKEN) || a.path().is_ident(keys::REGEX))
            .collect();
        if pattern_attrs.is_empty() {
            // A variant the lexer never produces (the parser or the user may make it).
            continue;
        }
        let shape = match &variant.fields {
            Fields::Unit => Shape::Unit,
            Fields::Unnamed(f) => Shape::Tuple(f.unnamed.iter().map(|f| f.ty.clone()).collect()),
            Fields::Named(f) => {
                cx.error_spanned_by(
                    f,
                    "a token variant has no fields or unnamed ones: write `Name(T)`, not `Name { .. }`",
                );
                continue;
            }
        };
        for attr in pattern_attrs {
            let is_token = attr.path().is_ident(keys::TOKEN);
            let parsed = (|input: ParseStream| parse_pattern_attr(input, is_token)).parse2(
                match &attr.meta {
                    syn::Meta::List(l) => l.tokens.clone(),
                    other => {
                        cx.error_spanned_by(
                            other,
                            if is_token {
                                "expected `#[token(\"...\")]`"
                            } else {
                                "expected `#[regex(\"...\")]`"
                            },
                        );
                        continue;
                    }
                },
            );
            let (lit, opts) = match parsed {
                Ok(x) => x,
                Err(e) => {
                    cx.syn_error(e);
                    continue;
                }
            };
            check_shape(
                cx,
                &variant.ident,
                &shape,
                opts.callback.is_some(),
                &lit,
                lifetime.as_ref(),
            );
            rules.push(Rule {
                name: opts.name.map(|n| n.value()),
                is_token,
                lit,
                ignore_case: opts.ignore_case,
                priority: opts.priority.unwrap_or(0),
                states: opts.states,
                callback: opts.callback,
                target: Target::Variant {
                    ident: variant.ident.clone(),
                    shape: match &shape {
                        Shape::Unit => Shape::Unit,
                        Shape::Tuple(t) => Shape::Tuple(t.clone()),
                    },
                },
            });
        }
    }

    Some(Input {
        ident: input.ident.clone(),
        generics: input.generics.clone(),
        lifetime,
        krate: krate.unwrap_or_else(|| syn::parse_quote!(::sly)),
        rules,
        variant_fields: data
            .variants
            .iter()
            .map(|v| {
                let fields = match &v.fields {
                    Fields::Unnamed(f) => f.unnamed.iter().map(|f| f.ty.clone()).collect(),
                    _ => Vec::new(),
                };
                (v.ident.clone(), fields)
            })
            .collect(),
    })
}

fn path_text(p: &syn::Path) -> String {
    p.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

fn parse_priority(input: ParseStream) -> syn::Result<i32> {
    let neg = input.parse::<Option<Token![-]>>()?.is_some();
    let lit: LitInt = input.parse()?;
    let v: i32 = lit.base10_parse()?;
    Ok(if neg { -v } else { v })
}

/// `"pattern" (, ignore_case | , key = value | , callback)*`
fn parse_pattern_attr(input: ParseStream, is_token: bool) -> syn::Result<(LitStr, Options)> {
    let what = if is_token { "token" } else { "regex" };
    let lit: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected the pattern as a string literal: `#[{what}(\"...\")]`"),
        )
    })?;
    let mut opts = Options::default();
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        if input.peek(Ident) && input.peek2(Token![=]) && !input.peek2(Token![==]) {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                keys::PRIORITY => {
                    if opts.priority.replace(parse_priority(input)?).is_some() {
                        return Err(syn::Error::new(key.span(), "`priority` given twice"));
                    }
                }
                keys::CALLBACK => {
                    let e: Expr = input.parse()?;
                    if opts.callback.replace(e).is_some() {
                        return Err(syn::Error::new(key.span(), "`callback` given twice"));
                    }
                }
                keys::STATE => opts.states.push(input.parse::<LitStr>()?.value()),
                keys::NAME => {
                    let name: LitStr = input.parse()?;
                    if name.value().is_empty() {
                        return Err(syn::Error::new(
                            name.span(),
                            "a token's `name` cannot be empty",
                        ));
                    }
                    if opts.name.replace(name).is_some() {
                        return Err(syn::Error::new(key.span(), "`name` given twice"));
                    }
                }
                _ => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown key `{key}` in `#[{what}(...)]`; expected `ignore_case`, `priority = N`, `callback = ...`, `state = \"...\"` or `name = \"...\"`"
                        ),
                    ));
                }
            }
        } else if is_flag(input, keys::IGNORE_CASE) {
            input.parse::<Ident>()?;
            opts.ignore_case = true;
        } else {
            let start = input.span();
            let e: Expr = input.parse()?;
            if opts.callback.replace(e).is_some() {
                return Err(syn::Error::new(
                    start,
                    "a second callback; give one per pattern",
                ));
            }
        }
    }
    Ok((lit, opts))
}

/// Whether the next item is the bare word `name`, followed by `,` or the end.
fn is_flag(input: ParseStream, name: &str) -> bool {
    let f = input.fork();
    matches!(f.parse::<Ident>(), Ok(i) if i == name) && (f.is_empty() || f.peek(Token![,]))
}

/// A variant with several fields needs a callback that returns them as a tuple; a field
/// without a callback needs a conversion from the matched text.
fn check_shape(
    cx: &Ctxt,
    variant: &Ident,
    shape: &Shape,
    has_callback: bool,
    lit: &LitStr,
    enum_lifetime: Option<&syn::Lifetime>,
) {
    if has_callback {
        return;
    }
    let Shape::Tuple(types) = shape else { return };
    if types.len() > 1 {
        cx.error_at(
            lit.span(),
            format!(
                "variant `{variant}` has {} fields and this pattern has no callback; add `callback = ...` returning a tuple of them",
                types.len()
            ),
        );
        return;
    }
    if let Some(Type::Reference(r)) = types.first()
        && is_str(&r.elem)
        && r.lifetime.is_some()
        && r.lifetime.as_ref() != enum_lifetime
    {
        let fix = match enum_lifetime {
            Some(lt) => format!("write `&{lt} str`"),
            None => "give the enum a lifetime: `enum Tok<'s> { Name(&'s str) }`".to_string(),
        };
        cx.error_spanned_by(
            r,
            format!(
                "the matched slice borrows the source text, whose lifetime is the enum's: {fix}"
            ),
        );
        return;
    }
    if let Some(ty) = types.first()
        && !has_text_conversion(ty)
    {
        cx.error_spanned_by(
            ty,
            format!(
                "no conversion from the matched text to `{}`: use `&str`, `String`, `char` or a `FromStr` type, or give the pattern a callback",
                quote::ToTokens::to_token_stream(ty).to_string().replace(' ', "")
            ),
        );
    }
}

/// Whether a payload type can be made from the matched text without a callback: `&str` (the
/// slice) or a named type (through `FromStr`; rustc checks the impl, at the field's span).
pub fn has_text_conversion(ty: &Type) -> bool {
    match ty {
        Type::Reference(r) => r.mutability.is_none() && is_str(&r.elem),
        Type::Path(p) => p.qself.is_none(),
        Type::Paren(p) => has_text_conversion(&p.elem),
        Type::Group(g) => has_text_conversion(&g.elem),
        _ => false,
    }
}

/// Whether `ty` is `str`, written `str` or as the primitive's path (`::core::primitive::str`,
/// `std::primitive::str`).
pub fn is_str(ty: &Type) -> bool {
    let Type::Path(p) = ty else { return false };
    if p.qself.is_some() {
        return false;
    }
    if p.path.is_ident("str") {
        return true;
    }
    let names: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    p.path.segments.iter().all(|s| s.arguments.is_none())
        && matches!(
            names.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["core" | "std", "primitive", "str"]
        )
}

/// The span to blame for a rule: its pattern literal.
pub fn rule_span(rule: &Rule) -> Span {
    rule.lit.span()
}
