//! The `#[parser]` expansion driven without a compiler: valid input expands, and random or
//! mutated input never panics but yields spanned `compile_error!`s.

use super::expand;
use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};
use quote::quote;

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

/// xorshift64*, seeded: failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
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

fn random_rule(rng: &mut Rng) -> String {
    (0..rng.below(7))
        .map(|_| RULE_WORDS[rng.below(RULE_WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Flattens a token stream into a list of trees with groups kept whole, then mutates one
/// place at some depth.
fn mutate(ts: TokenStream, rng: &mut Rng, depth: u32) -> TokenStream {
    let mut trees: Vec<TokenTree> = ts.into_iter().collect();
    if trees.is_empty() {
        return TokenStream::new();
    }
    let i = rng.below(trees.len());
    match rng.below(7) {
        0 => {
            trees.remove(i);
        }
        1 => {
            let t = trees[i].clone();
            trees.insert(i, t);
        }
        2 => {
            let j = rng.below(trees.len());
            trees.swap(i, j);
        }
        3 => {
            trees[i] = TokenTree::Literal(Literal::string(&random_rule(rng)));
        }
        4 => {
            let words = [
                "tokens",
                "start",
                "=",
                ",",
                "precedence",
                "expect",
                "3",
                "crate",
                "(",
            ];
            let w = words[rng.below(words.len())];
            trees[i] = syn::parse_str::<TokenStream>(w)
                .ok()
                .and_then(|t| t.into_iter().next())
                .unwrap_or_else(|| TokenTree::Literal(Literal::u8_unsuffixed(3)));
        }
        _ => {
            if let TokenTree::Group(g) = &trees[i] {
                if depth < 6 {
                    let inner = mutate(g.stream(), rng, depth + 1);
                    let mut ng = Group::new(g.delimiter(), inner);
                    ng.set_span(g.span());
                    trees[i] = TokenTree::Group(ng);
                }
            } else {
                trees[i] = TokenTree::Group(Group::new(Delimiter::Parenthesis, TokenStream::new()));
            }
        }
    }
    trees.into_iter().collect()
}

#[test]
fn random_mutations_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut errors = 0;
    for case in 0..1500 {
        let mut attr = calc_attr();
        let mut item = calc_impl();
        for _ in 0..=rng.below(3) {
            if rng.below(3) == 0 {
                attr = mutate(attr, &mut rng, 0);
            } else {
                item = mutate(item, &mut rng, 0);
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
    let mut rng = Rng(12345);
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
