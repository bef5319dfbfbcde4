//! From the `impl` block to a checked grammar: rule methods, EBNF helpers, parameter
//! conversions, and the sly-core grammar with every origin mapped back to a span.

use super::args::Args;
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use quote::ToTokens;
use sly_core::diag::Origin;
use sly_core::grammar::rule_syntax::{Elem, parse_rule};
use sly_core::grammar::{Grammar, GrammarBuilder};
use std::collections::BTreeMap;
use syn::{FnArg, Ident, ImplItem, ImplItemFn, ItemImpl, LitStr, Type};

/// Where a grammar element came from.
#[derive(Clone)]
pub enum Place {
    /// A byte range inside a rule literal.
    InLit(LitStr, core::ops::Range<usize>),
    /// A whole literal.
    Lit(LitStr),
    /// A span.
    At(Span),
}

impl Place {
    pub fn span(&self) -> Span {
        match self {
            Place::InLit(lit, r) => lit.token().subspan(r.clone()).unwrap_or_else(|| lit.span()),
            Place::Lit(lit) => lit.span(),
            Place::At(s) => *s,
        }
    }
}

/// The origin table shared with sly-core.
#[derive(Default)]
pub struct Places(pub Vec<Place>);

impl Places {
    pub fn add(&mut self, p: Place) -> Origin {
        self.0.push(p);
        Origin(self.0.len() as u32 - 1)
    }

    pub fn span(&self, o: Origin) -> Span {
        self.0
            .get(o.0 as usize)
            .map_or_else(Span::call_site, Place::span)
    }
}

/// How a stack value becomes an action argument.
#[derive(Clone)]
pub enum Conv {
    /// The whole token.
    Token,
    /// The payload of the one-field variant of the terminal, of the parameter's type.
    Payload(String, Box<Type>),
    /// The span of the `error` terminal.
    Error,
    /// A nonterminal's value (user or helper), unchanged.
    Value,
    /// `Spanned<T>` around another conversion.
    Spanned(Box<Conv>),
}

/// A right-hand side symbol of a typed production.
#[derive(Clone)]
pub struct Sym {
    pub name: String,
    pub kind: SymKind,
    /// The conversion to the parameter (or tuple element) it feeds.
    pub conv: Conv,
    /// The type it is converted to (span of the user's parameter type).
    pub ty_span: Span,
}

#[derive(Clone, PartialEq, Eq)]
pub enum SymKind {
    Terminal,
    Error,
    Nonterminal,
}

/// What a production's action does.
pub enum ActionKind {
    /// Calls the user's method (renamed), with a trailing whole-production span if asked.
    Method { ident: Ident, span_param: bool },
    /// `{ ... }`: the empty list.
    RepeatEmpty,
    /// `{ ... }`: push onto the list (the first symbol is the list itself).
    RepeatMore,
    /// `[ ... ]`: `None`.
    OptionalNone,
    /// `[ ... ]`: `Some(...)`.
    OptionalSome,
}

/// One production with its typed symbols and action.
pub struct Prod {
    pub lhs: String,
    pub rhs: Vec<Sym>,
    pub prec: Option<(String, Origin)>,
    pub action: ActionKind,
    pub origin: Origin,
    pub rhs_origins: Vec<Origin>,
}

/// A nonterminal's value type.
pub struct NtType {
    pub ty: Type,
}

/// Everything the code generator needs.
pub struct Model {
    pub prods: Vec<Prod>,
    /// Nonterminal name -> type, in order of first definition.
    pub nt_types: Vec<(String, NtType)>,
    /// Terminal names in order of first use, with a place to span patterns at.
    pub terminals: Vec<(String, Place)>,
    pub start: String,
    pub on_error: Option<Ident>,
    /// Renamed rule methods: (index in impl items, new ident).
    pub renames: Vec<(usize, Ident)>,
    pub places: Places,
}

/// The last path segment of a type, with its generic arguments.
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) if p.qself.is_none() => p.path.segments.last(),
        Type::Group(g) => last_segment(&g.elem),
        Type::Paren(p) => last_segment(&p.elem),
        _ => None,
    }
}

/// `Wrapper<T>` -> `T`, when the last segment is `wrapper`.
pub fn unwrap_generic<'t>(ty: &'t Type, wrapper: &str) -> Option<&'t Type> {
    let seg = last_segment(ty)?;
    if seg.ident != wrapper {
        return None;
    }
    match &seg.arguments {
        syn::PathArguments::AngleBracketed(a) if a.args.len() == 1 => match &a.args[0] {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

fn is_named(ty: &Type, name: &str) -> bool {
    last_segment(ty).is_some_and(|s| s.ident == name)
}

pub fn is_nonterminal_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_') && name != "error"
}

struct Method {
    item_index: usize,
    ident: Ident,
    alts: Vec<LitStr>,
    params: Vec<Type>,
    ret: Type,
}

/// Finds the rule methods and the error hook; strips our attributes from the impl.
fn collect(cx: &Ctxt, item: &mut ItemImpl) -> (Vec<Method>, Option<Ident>) {
    let mut methods = Vec::new();
    let mut on_error = None;
    for (i, it) in item.items.iter_mut().enumerate() {
        let ImplItem::Fn(f) = it else { continue };
        let mut alts = Vec::new();
        let mut is_rule = false;
        let mut is_hook = false;
        f.attrs.retain(|a| {
            if a.path().is_ident("rule") {
                is_rule = true;
                match a.parse_args_with(
                    syn::punctuated::Punctuated::<LitStr, syn::Token![,]>::parse_terminated,
                ) {
                    Ok(list) if !list.is_empty() => alts.extend(list),
                    Ok(_) => cx.error_spanned_by(
                        a,
                        "`#[rule]` needs at least one rule string: `#[rule(\"expr Plus term\")]`, or `#[rule(\"\")]` for the empty rule",
                    ),
                    Err(e) => cx.syn_error(syn::Error::new(
                        e.span(),
                        format!("{e}: expected rule strings, as in `#[rule(\"expr Plus term\", \"term\")]`"),
                    )),
                }
                false
            } else if a.path().is_ident("on_error") {
                is_hook = true;
                false
            } else {
                true
            }
        });
        if is_hook {
            if on_error.is_some() {
                cx.error_spanned_by(
                    &f.sig.ident,
                    "only one method may be the `#[on_error]` hook",
                );
            }
            on_error = Some(f.sig.ident.clone());
        }
        if !is_rule {
            continue;
        }
        if let Some(m) = method(cx, i, f, alts) {
            methods.push(m);
        }
    }
    (methods, on_error)
}

fn method(cx: &Ctxt, item_index: usize, f: &ImplItemFn, alts: Vec<LitStr>) -> Option<Method> {
    let mut inputs = f.sig.inputs.iter();
    match inputs.next() {
        Some(FnArg::Receiver(r)) if r.reference.is_some() => {}
        _ => {
            cx.error_spanned_by(
                &f.sig,
                "a rule method takes `&mut self` first: `fn expr(&mut self, a: i64, op: Tok, b: i64) -> i64`",
            );
            return None;
        }
    }
    let params = inputs
        .map(|a| match a {
            FnArg::Typed(p) => (*p.ty).clone(),
            FnArg::Receiver(r) => syn::parse_quote_spanned!(r.self_token.span => ()),
        })
        .collect();
    if !f.sig.generics.params.is_empty() {
        cx.error_spanned_by(&f.sig.generics, "rule methods cannot be generic");
    }
    let ret = match &f.sig.output {
        syn::ReturnType::Default => syn::parse_quote_spanned!(f.sig.ident.span() => ()),
        syn::ReturnType::Type(_, t) => (**t).clone(),
    };
    Some(Method {
        item_index,
        ident: f.sig.ident.clone(),
        alts,
        params,
        ret,
    })
}

fn type_key(ty: &Type) -> String {
    ty.to_token_stream().to_string()
}

struct Builder<'a> {
    cx: &'a Ctxt,
    token_ident: Ident,
    nonterminals: BTreeMap<String, Type>,
    model: Model,
    /// Helper nonterminals by (group text, type).
    helpers: BTreeMap<(String, String), String>,
}

impl Builder<'_> {
    fn terminal(&mut self, name: &str, place: Place) {
        if !self.model.terminals.iter().any(|(n, _)| n == name) {
            self.model.terminals.push((name.to_string(), place));
        }
    }

    /// The conversion of symbol `name` to a parameter of type `ty`.
    fn conv(&self, name: &str, ty: &Type) -> (SymKind, Conv) {
        if let Some(inner) = unwrap_generic(ty, "Spanned") {
            let (k, c) = self.conv(name, inner);
            return (k, Conv::Spanned(Box::new(c)));
        }
        if name == "error" {
            (SymKind::Error, Conv::Error)
        } else if is_nonterminal_name(name) {
            (SymKind::Nonterminal, Conv::Value)
        } else if is_named(ty, &self.token_ident.to_string()) {
            (SymKind::Terminal, Conv::Token)
        } else {
            (
                SymKind::Terminal,
                Conv::Payload(name.to_string(), Box::new(ty.clone())),
            )
        }
    }

    /// Lowers the elements of one alternative, each feeding the parameter type given, to
    /// symbols; groups become helper nonterminals.
    fn lower(
        &mut self,
        lit: &LitStr,
        src: &str,
        elems: &[Elem],
        tys: &[Type],
    ) -> Option<(Vec<Sym>, Vec<Origin>)> {
        let mut syms = Vec::new();
        let mut origins = Vec::new();
        for (e, ty) in elems.iter().zip(tys) {
            let place = Place::InLit(lit.clone(), e.at());
            match e {
                Elem::Symbol { name, .. } => {
                    if name != "error" && is_nonterminal_name(name) {
                        if !self.nonterminals.contains_key(name) {
                            let known = self
                                .nonterminals
                                .keys()
                                .map(String::as_str)
                                .chain(self.model.terminals.iter().map(|(t, _)| t.as_str()));
                            let hint = sly_core::diag::closest_name(name, known)
                                .map_or_else(String::new, |s| format!("; did you mean `{s}`?"));
                            self.cx.error_at(
                                place.span(),
                                format!(
                                    "unknown symbol `{name}` in rule \"{src}\": no method defines the nonterminal `{name}` (terminals are the token enum's CamelCase variants){hint}"
                                ),
                            );
                            return None;
                        }
                    } else if name != "error" {
                        self.terminal(name, place.clone());
                    }
                    let (kind, conv) = self.conv(name, ty);
                    syms.push(Sym {
                        name: name.clone(),
                        kind,
                        conv,
                        ty_span: ty_span(ty),
                    });
                    origins.push(self.model.places.add(place));
                }
                Elem::Repeat { body, at } | Elem::Optional { body, at } => {
                    let repeat = matches!(e, Elem::Repeat { .. });
                    let (wrapper, inner) = match e {
                        Elem::Repeat { .. } => ("Vec", unwrap_generic(ty, "Vec")),
                        _ => ("Option", unwrap_generic(ty, "Option")),
                    };
                    let Some(inner) = inner else {
                        self.cx.error_spanned_by(
                            ty,
                            format!(
                                "the group `{}` gives a `{wrapper}<...>`: write this parameter's type as `{wrapper}<T>` (a tuple `T` for several symbols)",
                                &src[at.clone()]
                            ),
                        );
                        return None;
                    };
                    let elem_tys: Vec<Type> = if body.len() == 1 {
                        vec![inner.clone()]
                    } else {
                        match inner {
                            Type::Tuple(t) if t.elems.len() == body.len() => {
                                t.elems.iter().cloned().collect()
                            }
                            _ => {
                                self.cx.error_spanned_by(
                                    inner,
                                    format!(
                                        "the group `{}` has {} symbols: its items are tuples of {} types",
                                        &src[at.clone()],
                                        body.len(),
                                        body.len()
                                    ),
                                );
                                return None;
                            }
                        }
                    };
                    let text = src[at.clone()].to_string();
                    let key = (text.clone(), type_key(ty));
                    let name = match self.helpers.get(&key) {
                        Some(n) => n.clone(),
                        None => {
                            let n = if self.helpers.values().any(|v| *v == text) {
                                format!("{text}#{}", self.helpers.len())
                            } else {
                                text.clone()
                            };
                            self.helpers.insert(key, n.clone());
                            let (body_syms, body_origins) =
                                self.lower(lit, src, body, &elem_tys)?;
                            let origin = self.model.places.add(place.clone());
                            self.model
                                .nt_types
                                .push((n.clone(), NtType { ty: ty.clone() }));
                            let list = Sym {
                                name: n.clone(),
                                kind: SymKind::Nonterminal,
                                conv: Conv::Value,
                                ty_span: ty_span(ty),
                            };
                            let (empty, more) = if repeat {
                                (ActionKind::RepeatEmpty, ActionKind::RepeatMore)
                            } else {
                                (ActionKind::OptionalNone, ActionKind::OptionalSome)
                            };
                            let (mut rhs, mut rhs_origins) = (Vec::new(), Vec::new());
                            if repeat {
                                rhs.push(list);
                                rhs_origins.push(origin);
                            }
                            rhs.extend(body_syms);
                            rhs_origins.extend(body_origins);
                            self.model.prods.push(Prod {
                                lhs: n.clone(),
                                rhs,
                                prec: None,
                                action: more,
                                origin,
                                rhs_origins,
                            });
                            self.model.prods.push(Prod {
                                lhs: n.clone(),
                                rhs: Vec::new(),
                                prec: None,
                                action: empty,
                                origin,
                                rhs_origins: Vec::new(),
                            });
                            n
                        }
                    };
                    syms.push(Sym {
                        name,
                        kind: SymKind::Nonterminal,
                        conv: Conv::Value,
                        ty_span: ty_span(ty),
                    });
                    origins.push(self.model.places.add(place));
                }
            }
        }
        Some((syms, origins))
    }
}

fn ty_span(ty: &Type) -> Span {
    ty.to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span())
}

/// Builds the model from the arguments and the impl (whose rule attributes it strips).
pub fn build(cx: &Ctxt, args: &Args, item: &mut ItemImpl) -> Option<Model> {
    let (methods, on_error) = collect(cx, item);
    let tokens = args.tokens.as_ref()?;
    let token_ident = last_segment(tokens)?.ident.clone();
    if methods.is_empty() {
        cx.error_spanned_by(
            &item.self_ty,
            "this parser has no rules: annotate methods with `#[rule(\"...\")]`",
        );
        return None;
    }

    // Nonterminal types: every method of a nonterminal returns the same type.
    let mut nonterminals: BTreeMap<String, Type> = BTreeMap::new();
    let mut nt_order: Vec<(String, NtType)> = Vec::new();
    for m in &methods {
        let name = syn::ext::IdentExt::unraw(&m.ident).to_string();
        match nonterminals.get(&name) {
            Some(first) if type_key(first) != type_key(&m.ret) => cx.error_spanned_by(
                &m.ret,
                format!(
                    "every method of the nonterminal `{name}` must return the same type: this one returns `{}`, an earlier one returns `{}`",
                    type_key(&m.ret),
                    type_key(first)
                ),
            ),
            Some(_) => {}
            None => {
                nonterminals.insert(name.clone(), m.ret.clone());
                nt_order.push((name, NtType { ty: m.ret.clone() }));
            }
        }
    }
    let start = match &args.start {
        Some(s) => {
            let s_name = syn::ext::IdentExt::unraw(s).to_string();
            if !nonterminals.contains_key(&s_name) {
                cx.error_spanned_by(
                    s,
                    format!("unknown start symbol `{s}`: no `#[rule]` method is named `{s}`"),
                );
                return None;
            }
            s_name
        }
        None => syn::ext::IdentExt::unraw(&methods[0].ident).to_string(),
    };

    let mut b = Builder {
        cx,
        token_ident: token_ident.clone(),
        nonterminals,
        model: Model {
            prods: Vec::new(),
            nt_types: nt_order,
            terminals: Vec::new(),
            start,
            on_error,
            renames: Vec::new(),
            places: Places::default(),
        },
        helpers: BTreeMap::new(),
    };

    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for m in &methods {
        let name = syn::ext::IdentExt::unraw(&m.ident).to_string();
        let k = counts.entry(name.clone()).or_default();
        let new_ident = Ident::new(&format!("__sly_rule_{name}_{k}"), m.ident.span());
        *k += 1;
        b.model.renames.push((m.item_index, new_ident.clone()));
        for lit in &m.alts {
            let src = lit.value();
            let rule = match parse_rule(&src) {
                Ok(r) => r,
                Err(e) => {
                    cx.error_at(
                        Place::InLit(lit.clone(), e.at).span(),
                        format!("{} in rule \"{src}\"", e.message),
                    );
                    continue;
                }
            };
            let n = rule.elems.len();
            let span_param = m.params.len() == n + 1 && is_named(&m.params[n], "Span");
            if m.params.len() != n && !span_param {
                let msg = if m.params.len() == n + 1 {
                    format!(
                        "the rule \"{src}\" has {n} symbol(s), so `{name}` takes {n} parameter(s) after `&mut self`, plus optionally a last `Span`; its extra last parameter is not a `Span`"
                    )
                } else {
                    format!(
                        "wrong number of parameters: the rule \"{src}\" has {n} symbol(s), so `{name}` takes {n} parameter(s) after `&mut self` (plus optionally a last `Span`), not {}",
                        m.params.len()
                    )
                };
                cx.error_spanned_by(lit, msg);
                continue;
            }
            let Some((rhs, rhs_origins)) = b.lower(lit, &src, &rule.elems, &m.params[..n]) else {
                continue;
            };
            let origin = b.model.places.add(Place::Lit(lit.clone()));
            let prec = rule
                .prec
                .map(|(p, at)| (p, b.model.places.add(Place::InLit(lit.clone(), at))));
            b.model.prods.push(Prod {
                lhs: name.clone(),
                rhs,
                prec,
                action: ActionKind::Method {
                    ident: new_ident.clone(),
                    span_param,
                },
                origin,
                rhs_origins,
            });
        }
    }
    Some(b.model)
}

/// The name of the extra terminal that tokens the grammar never uses map to.
pub const UNKNOWN: &str = "token not in the grammar";

/// The sly-core grammar of a model.
pub fn grammar(model: &mut Model, args: &Args) -> Result<Grammar, sly_core::diag::Diagnostics> {
    let mut g = GrammarBuilder::new();
    g.strict(true);
    for (t, place) in &model.terminals {
        let o = model.places.add(place.clone());
        g.terminal(t.clone(), o);
    }
    g.terminal(UNKNOWN, Origin::NONE);
    for (assoc, names) in &args.precedence {
        let list: Vec<(String, Origin)> = names
            .iter()
            .map(|n| (n.to_string(), model.places.add(Place::At(n.span()))))
            .collect();
        g.precedence(*assoc, list);
    }
    // The start symbol's rules come first so that unreachable checks start there.
    g.start(model.start.clone(), Origin::NONE);
    for p in &model.prods {
        let lhs_origin = p.origin;
        g.rule(
            p.lhs.clone(),
            lhs_origin,
            p.rhs
                .iter()
                .zip(&p.rhs_origins)
                .map(|(s, o)| (s.name.clone(), *o))
                .collect(),
            p.prec.clone(),
            p.origin,
        );
    }
    let built = g.build()?;
    // Unused-terminal warnings only concern the extra terminal; the rest cannot happen here.
    Ok(built.grammar)
}
