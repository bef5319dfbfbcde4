//! The `#[parser]` expansion driven without a compiler: valid input expands, and random or
//! mutated input never panics but yields spanned `compile_error!`s.

use super::expand;
use proc_macro2::TokenStream;
use quote::quote;
use sly_testkit::rng::{Random, XorShift64Star};
use sly_testkit::tokens::{Replacements, mutate};

fn calc_attr() -> TokenStream {
    quote!(tokens = Tok<'s>, start = statement, precedence(left(Plus, Minus), left(Times, Divide), right(UMINUS)))
}

fn calc_impl() -> TokenStream {
    quote! {
        impl Calc {
            #[rule("Name Assign expr")]
            fn statement(&mut self, name: &str, _: Tok, value: i64) -> Option<i64> { None }
            #[rule("expr")]
            fn statement(&mut self, value: i64) -> Option<i64> { Some(value) }
            #[rule("expr Plus expr", "expr Minus expr", "expr Times expr", "expr Divide expr")]
            fn expr(&mut self, a: i64, op: Tok, b: i64) -> i64 { a }
            #[rule("Minus expr %prec UMINUS")]
            fn expr(&mut self, _: Tok, e: i64) -> i64 { -e }
            #[rule("LParen expr RParen")]
            fn expr(&mut self, _: Tok, e: i64, _: Tok) -> i64 { e }
            #[rule("Number")]
            fn expr(&mut self, n: i64) -> i64 { n }
            #[rule("LBracket names RBracket")]
            fn expr(&mut self, _: Tok, n: usize, _: Tok) -> i64 { n as i64 }
            #[rule("LBrace maybe RBrace")]
            fn expr(&mut self, _: Tok, n: usize, _: Tok) -> i64 { n as i64 }
            #[rule("{ Name }")]
            fn names(&mut self, v: Vec<&str>) -> usize { v.len() }
            #[rule("[ Name ] error")]
            fn maybe(&mut self, v: Option<&str>, e: Span) -> usize { 0 }
        }
    }
}

fn has_compile_error(ts: &TokenStream) -> bool {
    ts.to_string().contains("compile_error")
}

#[test]
fn valid_parser_expands_without_errors() {
    let out = expand(calc_attr(), calc_impl());
    let text = out.to_string();
    assert!(!has_compile_error(&out), "{text}");
    assert!(text.contains("LrParser"));
    assert!(text.contains("__SLY_ACTION_BASE"));
    // One value stack per type, and a byte per state naming the stack recovery pops.
    assert!(text.contains("pub struct __SlyValues"), "{text}");
    assert!(
        text.contains("static __SLY_STATE_STACK : [:: core :: primitive :: u8 ;"),
        "{text}"
    );
    // The user's methods are renamed, keeping their bodies.
    assert!(text.contains("__sly_rule_expr_5"));
    assert!(!text.contains("# [rule"));
}

const RULE_WORDS: &[&str] = &[
    "expr",
    "Plus",
    "Minus",
    "{",
    "}",
    "[",
    "]",
    "%prec",
    "UMINUS",
    "error",
    "statement",
    "Name",
    "nothing",
    "Unknown",
    "%",
    "\"",
    "",
    "  ",
    "é",
    "_",
    "%empty",
    "names",
    "maybe",
    "9",
];

fn random_rule(rng: &mut XorShift64Star) -> String {
    (0..rng.below(7))
        .map(|_| RULE_WORDS[rng.below(RULE_WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// What mutations put in place of a token tree, besides the input's own trees: the words of
/// `#[parser(...)]` arguments (`(` alone does not lex and gives the literal `3`), and random
/// rule strings.
const REPLACEMENTS: Replacements<XorShift64Star> = Replacements {
    words: &[
        "tokens",
        "start",
        "=",
        ",",
        "precedence",
        "expect",
        "3",
        "crate",
        "(",
    ],
    fallback: 3,
    string: random_rule,
};

#[test]
fn random_mutations_never_panic() {
    let mut rng = XorShift64Star::from_state(0x9e37_79b9_7f4a_7c15);
    let mut errors = 0;
    for case in 0..1500 {
        let mut attr = calc_attr();
        let mut item = calc_impl();
        for _ in 0..=rng.below(3) {
            if rng.below(3) == 0 {
                attr = mutate(attr, &mut rng, &REPLACEMENTS);
            } else {
                item = mutate(item, &mut rng, &REPLACEMENTS);
            }
        }
        let (a, i) = (attr.to_string(), item.to_string());
        let out = std::panic::catch_unwind(|| expand(attr, item));
        match out {
            Ok(ts) => errors += usize::from(has_compile_error(&ts)),
            Err(_) => panic!("case {case} panicked:\n#[parser({a})]\n{i}"),
        }
    }
    // Most mutations break something, and each break is reported.
    assert!(
        errors > 500,
        "only {errors} of 1500 mutations reported an error"
    );
}

#[test]
fn random_rule_strings_never_panic_and_always_explain() {
    let mut rng = XorShift64Star::from_state(12345);
    for _ in 0..2000 {
        let rule = random_rule(&mut rng);
        let nparams = rng.below(4);
        let params: Vec<TokenStream> = (0..nparams)
            .map(|i| {
                let name = quote::format_ident!("p{}", i);
                let ty = match rng.below(5) {
                    0 => quote!(Tok),
                    1 => quote!(i64),
                    2 => quote!(Vec<(Tok, i64)>),
                    3 => quote!(Option<i64>),
                    _ => quote!(Span),
                };
                quote!(#name: #ty)
            })
            .collect();
        let item = quote! {
            impl P {
                #[rule(#rule)]
                fn expr(&mut self, #(#params),*) -> i64 { 0 }
                #[rule("Number")]
                fn expr(&mut self, n: i64) -> i64 { n }
            }
        };
        let text = item.to_string();
        let out = std::panic::catch_unwind(|| expand(quote!(tokens = Tok), item));
        let Ok(out) = out else {
            panic!("panicked on {text}");
        };
        // Either it expands to a parser, or it says why.
        let s = out.to_string();
        assert!(
            s.contains("LrParser") || s.contains("compile_error"),
            "{text}\n{s}"
        );
    }
}

#[test]
fn a_missing_catalogue_is_an_error_naming_the_path() {
    let mut attr = calc_attr();
    attr.extend(quote!(, messages = "/nonexistent/sly/calc.messages"));
    let out = expand(attr, calc_impl()).to_string();
    assert!(
        out.contains(
            "cannot read the messages catalogue `/nonexistent/sly/calc.messages`: No such file or directory (os error 2) (the path is relative to the crate's directory, where its Cargo.toml is)"
        ),
        "{out}"
    );
}

#[test]
fn a_catalogue_is_included_so_that_editing_it_rebuilds_the_parser() {
    let dir = std::env::temp_dir().join(format!("sly-derive-messages-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join("calc.messages");
    std::fs::write(&path, "statement: Number Plus\n\nA number, please.\n").expect("write");
    let lit = path.to_str().expect("a utf-8 path");
    let mut attr = calc_attr();
    attr.extend(quote!(, messages = #lit));
    let out = expand(attr, calc_impl()).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    // The file is an `include_str!` of the expansion, which cargo tracks like any source.
    assert!(
        out.contains(&format!(":: core :: include_str ! ({lit:?})")),
        "{out}"
    );
    assert!(out.contains("fn message"), "{out}");
    assert!(out.contains("\"A number, please.\""), "{out}");
}
