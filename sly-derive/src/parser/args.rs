//! The arguments of `#[parser(...)]`.

use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenStream};
use sly_core::grammar::Assoc;
use sly_core::lalr::LrType;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitInt, LitStr, Token, Type};

/// Attribute keys, in one place.
pub mod keys {
    pub const TOKENS: &str = "tokens";
    pub const START: &str = "start";
    pub const PRECEDENCE: &str = "precedence";
    pub const EXPECT: &str = "expect";
    pub const EXPECT_RR: &str = "expect_rr";
    pub const COUNTEREXAMPLE_BUDGET: &str = "counterexample_budget";
    pub const DEBUGFILE: &str = "debugfile";
    pub const LR: &str = "lr";
    pub const CODEGEN: &str = "codegen";
    pub const MESSAGES: &str = "messages";
    pub const MESSAGES_COMPLETE: &str = "messages_complete";
    pub const CRATE: &str = "crate";
    pub const ALL: &str = "`tokens`, `start`, `precedence`, `expect`, `expect_rr`, `lr`, `codegen`, `messages`, `messages_complete`, `counterexample_budget`, `debugfile` or `crate`";
}

/// The values of `lr = "..."`, with the construction each names.
pub const LR_TYPES: [(&str, LrType); 3] = [
    ("lalr", LrType::Lalr),
    ("ielr", LrType::Ielr),
    ("canonical", LrType::Canonical),
];

/// The parsed arguments.
pub struct Args {
    pub tokens: Option<Type>,
    pub start: Option<Ident>,
    pub precedence: Vec<(Assoc, Vec<Ident>)>,
    pub expect: Option<(usize, Span)>,
    /// `expect_rr = N`: the number of reduce/reduce conflicts accepted (bison's `%expect-rr`).
    pub expect_rr: Option<(usize, Span)>,
    /// `counterexample_budget = N`: search steps per conflict for its counterexample.
    pub counterexample_budget: Option<u64>,
    /// `lr = "..."`: the construction, and the value's span.
    pub lr: Option<(LrType, Span)>,
    /// `codegen = "direct"`: code per state rather than the table-driven loop.
    pub direct: bool,
    pub debugfile: Option<LitStr>,
    /// `messages = "..."`: the catalogue of syntax error messages.
    pub messages: Option<LitStr>,
    /// `messages_complete = true`: every state where an error can be found needs a message.
    pub messages_complete: bool,
    pub krate: Option<syn::Path>,
}

/// Parses the attribute's arguments, recording every problem in `cx`.
pub fn parse(cx: &Ctxt, attr: TokenStream) -> Args {
    let mut args = Args {
        tokens: None,
        start: None,
        precedence: Vec::new(),
        expect: None,
        expect_rr: None,
        counterexample_budget: None,
        lr: None,
        direct: false,
        debugfile: None,
        messages: None,
        messages_complete: false,
        krate: None,
    };
    let parser = |input: ParseStream| -> syn::Result<()> {
        while !input.is_empty() {
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            let name = key.to_string();
            match name.as_str() {
                keys::TOKENS => {
                    input.parse::<Token![=]>()?;
                    args.tokens = Some(input.parse()?);
                }
                keys::START => {
                    input.parse::<Token![=]>()?;
                    args.start = Some(input.parse()?);
                }
                keys::EXPECT => {
                    input.parse::<Token![=]>()?;
                    let n: LitInt = input.parse()?;
                    args.expect = Some((n.base10_parse()?, n.span()));
                }
                keys::EXPECT_RR => {
                    input.parse::<Token![=]>()?;
                    let n: LitInt = input.parse()?;
                    args.expect_rr = Some((n.base10_parse()?, n.span()));
                }
                keys::COUNTEREXAMPLE_BUDGET => {
                    input.parse::<Token![=]>()?;
                    let n: LitInt = input.parse()?;
                    args.counterexample_budget = Some(n.base10_parse()?);
                }
                keys::LR => {
                    input.parse::<Token![=]>()?;
                    let v: LitStr = input.parse()?;
                    let name = v.value();
                    match LR_TYPES.iter().find(|(n, _)| *n == name) {
                        Some(&(_, t)) => args.lr = Some((t, v.span())),
                        None => cx.error_spanned_by(
                            &v,
                            format!(
                                "unknown LR construction `{name}`: expected `lr = \"lalr\"` (the default), `lr = \"ielr\"` or `lr = \"canonical\"`"
                            ),
                        ),
                    }
                }
                keys::CODEGEN => {
                    input.parse::<Token![=]>()?;
                    let v: LitStr = input.parse()?;
                    match v.value().as_str() {
                        "table" => args.direct = false,
                        "direct" => args.direct = true,
                        name => cx.error_spanned_by(
                            &v,
                            format!(
                                "unknown code generation `{name}`: expected `codegen = \"table\"` (the default) or `codegen = \"direct\"`"
                            ),
                        ),
                    }
                }
                keys::DEBUGFILE => {
                    input.parse::<Token![=]>()?;
                    args.debugfile = Some(input.parse()?);
                }
                keys::MESSAGES => {
                    input.parse::<Token![=]>()?;
                    args.messages = Some(input.parse()?);
                }
                keys::MESSAGES_COMPLETE => {
                    input.parse::<Token![=]>()?;
                    let b: syn::LitBool = input.parse()?;
                    args.messages_complete = b.value;
                }
                keys::CRATE => {
                    input.parse::<Token![=]>()?;
                    args.krate = Some(input.parse()?);
                }
                keys::PRECEDENCE => {
                    let content;
                    syn::parenthesized!(content in input);
                    while !content.is_empty() {
                        let assoc_id: Ident = content.parse()?;
                        let assoc = match assoc_id.to_string().as_str() {
                            "left" => Some(Assoc::Left),
                            "right" => Some(Assoc::Right),
                            "nonassoc" => Some(Assoc::Nonassoc),
                            "precedence" => Some(Assoc::Precedence),
                            _ => {
                                cx.error_spanned_by(
                                    &assoc_id,
                                    format!(
                                        "unknown associativity `{assoc_id}`: expected `left(...)`, `right(...)`, `nonassoc(...)` or `precedence(...)`"
                                    ),
                                );
                                None
                            }
                        };
                        let names;
                        syn::parenthesized!(names in content);
                        let list = names.parse_terminated(
                            |p: ParseStream| p.call(syn::ext::IdentExt::parse_any),
                            Token![,],
                        )?;
                        if let Some(assoc) = assoc {
                            args.precedence.push((assoc, list.into_iter().collect()));
                        }
                        if content.is_empty() {
                            break;
                        }
                        content.parse::<Token![,]>()?;
                    }
                }
                _ => {
                    cx.error_spanned_by(
                        &key,
                        format!("unknown argument `{key}`: expected {}", keys::ALL),
                    );
                    // Skip the value so the remaining arguments are still checked.
                    if input.peek(Token![=]) {
                        input.parse::<Token![=]>()?;
                        let _: syn::Expr = input.parse()?;
                    } else if input.peek(syn::token::Paren) {
                        let _skipped;
                        syn::parenthesized!(_skipped in input);
                    }
                }
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    };
    if let Err(e) = parser.parse2(attr) {
        cx.syn_error(e);
    }
    args
}
