//! Random and mutated input for `#[derive(Lexer)]`, without a compiler run: the derive never
//! panics, and whatever is wrong comes back as `compile_error!`s with a message.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{format_ident, quote};
use sly_testkit::rng::{Random, XorShift64Star};
use sly_testkit::tokens::{Replacements, mutate};

use super::expand::derive;

/// Patterns: good ones (the first six), ones that match the empty string, ones that do not parse, ones with
/// look-around, and a few whose DFAs are larger but stay small enough for a unit test.
const PATTERNS: &[&str] = &[
    "+",
    "-",
    "if",
    "[0-9]+",
    "[a-z_][a-z0-9_]*",
    r#""([^"\\]|\\.)*""#,
    "a*",
    "",
    "(",
    ")",
    "[",
    "[z-a]",
    r"\b",
    "^a",
    "a$",
    r"\p{Greek}+",
    r"\p{Nope}",
    "(?i)abc",
    "(?P<x>a)",
    "(a|b)*a(a|b){3}",
    "x{40}",
    "é+",
    r"\xFF",
    "(?-u:\\xFF)",
    "[^a]",
    "\\",
    "a{2,1}",
    "a**",
    "\0",
];

/// A random pattern: mostly one of `PATTERNS`, sometimes two glued together.
fn pattern(rng: &mut XorShift64Star) -> String {
    // Half the time one of the first six, which are valid, so that whole enums often are.
    let pool = if rng.below(2) == 0 {
        &PATTERNS[..6]
    } else {
        PATTERNS
    };
    let mut p = rng.pick(pool).to_string();
    if rng.below(5) == 0 {
        let glued = *rng.pick(PATTERNS);
        p.push_str(glued);
    }
    p
}

/// Options after a pattern: good ones, repeated ones, unknown keys and bad values.
fn options(rng: &mut XorShift64Star) -> TokenStream {
    let mut out = TokenStream::new();
    for _ in 0..rng.below(3) {
        let opt = match rng.below(12) {
            0 => quote!(, ignore_case),
            1 => quote!(, priority = 3),
            2 => quote!(, priority = -2),
            3 => quote!(, priority = 99999999999),
            4 => quote!(, priority = "high"),
            5 => quote!(, state = "comment"),
            6 => quote!(, state = 3),
            7 => quote!(, callback = |lex| lex.slice().len()),
            8 => quote!(, |lex| lex.slice().parse()),
            9 => quote!(, colour = "red"),
            10 => quote!(,),
            _ => quote!(, callback),
        };
        out.extend(opt);
    }
    out
}

/// One attribute on a variant (or, for `#[sly]`, on the enum).
fn attribute(rng: &mut XorShift64Star) -> TokenStream {
    let pat = pattern(rng);
    let opts = options(rng);
    match rng.below(10) {
        0..=3 => quote!(#[token(#pat #opts)]),
        4..=7 => quote!(#[regex(#pat #opts)]),
        8 => quote!(#[sly(skip = #pat #opts)]),
        _ => match rng.below(4) {
            0 => quote!(#[token]),
            1 => quote!(#[regex = #pat]),
            2 => quote!(#[token(3)]),
            _ => quote!(#[sly(bogus)]),
        },
    }
}

/// A variant's fields: none, a payload the derive can fill, or shapes it cannot.
fn fields(rng: &mut XorShift64Star, lifetime: bool) -> TokenStream {
    match rng.below(9) {
        0..=3 => quote!(),
        4 => quote!((i64)),
        5 if lifetime => quote!((&'s str)),
        5 => quote!((&'static str)),
        6 => quote!((String)),
        7 => quote!((i32, i32)),
        _ => quote!({ value: u8 }),
    }
}

/// A random token enum.
fn random_enum(rng: &mut XorShift64Star) -> TokenStream {
    let lifetime = rng.below(2) == 0;
    let generics = if lifetime { quote!(<'s>) } else { quote!() };
    let mut enum_attrs = TokenStream::new();
    for _ in 0..rng.below(3) {
        let pat = pattern(rng);
        let opts = options(rng);
        enum_attrs.extend(match rng.below(5) {
            0 => quote!(#[sly(crate = my::sly)]),
            1 => quote!(#[sly(skip = #pat, skip = " ")]),
            _ => quote!(#[sly(skip = #pat #opts)]),
        });
    }
    let mut variants = TokenStream::new();
    for i in 0..rng.below(6) {
        // Now and then the same name twice.
        let name = format_ident!("V{}", if rng.below(8) == 0 { 0 } else { i });
        let mut attrs = TokenStream::new();
        for _ in 0..rng.below(3) {
            attrs.extend(attribute(rng));
        }
        let f = fields(rng, lifetime);
        variants.extend(quote!(#attrs #name #f,));
    }
    quote! {
        #enum_attrs
        enum Tok #generics { #variants }
    }
}

/// A valid token enum, the starting point of the mutations.
fn valid_enum() -> TokenStream {
    quote! {
        #[sly(skip = r"[ \t\n]+")]
        enum Tok<'s> {
            #[regex("[0-9]+", priority = 2)]
            Number(i64),
            #[regex("[a-z_][a-z0-9_]*")]
            Name(&'s str),
            #[token("if", ignore_case)]
            If,
            #[token("+")]
            #[token("plus")]
            Plus,
            #[regex(r#""([^"\\]|\\.)*""#, |lex| lex.slice().len())]
            Str(usize),
        }
    }
}

/// What mutations put in place of a token tree, besides the input's own trees: the words of
/// `#[derive(Lexer)]` attributes, and random patterns.
const REPLACEMENTS: Replacements<XorShift64Star> = Replacements {
    words: &[
        "token",
        "regex",
        "sly",
        "skip",
        "priority",
        "=",
        ",",
        "callback",
        "state",
        "ignore_case",
        "#",
        "-",
        "7",
        "'s",
        "crate",
    ],
    fallback: 7,
    string: pattern,
};

/// Mutates the inside of the `k`-th attribute (`[...]` group, counted depth-first) of `ts`,
/// where the compiler checks nothing; `k` counts down as attributes are passed.
fn mutate_attribute(ts: TokenStream, rng: &mut XorShift64Star, k: &mut usize) -> TokenStream {
    ts.into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => {
                let inner = if g.delimiter() == Delimiter::Bracket {
                    if *k == 0 {
                        *k = usize::MAX;
                        // The arguments in `name(...)`: `syn` reads any tokens there, so
                        // the mutant stays an item and the derive's own parser sees it.
                        g.stream()
                            .into_iter()
                            .map(|t| match t {
                                TokenTree::Group(args)
                                    if args.delimiter() == Delimiter::Parenthesis =>
                                {
                                    let mut inner = args.stream();
                                    for _ in 0..=rng.below(2) {
                                        inner = mutate(inner, rng, &REPLACEMENTS);
                                    }
                                    TokenTree::Group(Group::new(Delimiter::Parenthesis, inner))
                                }
                                t => t,
                            })
                            .collect()
                    } else {
                        *k = k.saturating_sub(1);
                        g.stream()
                    }
                } else {
                    mutate_attribute(g.stream(), rng, k)
                };
                let mut ng = Group::new(g.delimiter(), inner);
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            t => t,
        })
        .collect()
}

/// What one run of the derive gave.
enum Outcome {
    /// The input is not an item `syn` can read; the compiler would have said so first.
    NotAnItem,
    /// Expanded without an error.
    Clean,
    /// This many `compile_error!`s.
    Errors(usize),
}

/// Runs the derive on `input`: panics (failing the test) with the input if the derive
/// panics, if an error has no message, or if an enum's expansion loses the trait impl.
fn run(input: TokenStream, case: usize) -> Outcome {
    let text = input.to_string();
    let Ok(item) = syn::parse2::<syn::DeriveInput>(input) else {
        return Outcome::NotAnItem;
    };
    let is_enum = matches!(item.data, syn::Data::Enum(_));
    let out = match std::panic::catch_unwind(|| derive(&item)) {
        Ok(out) => out.to_string(),
        Err(_) => panic!("case {case}: the derive panicked on\n{text}"),
    };
    let messages = error_messages(&out);
    assert!(
        messages.iter().all(|m| !m.trim().is_empty()),
        "case {case}: an empty error message for\n{text}\n{out}"
    );
    if is_enum {
        // The impls are emitted even beside errors, so that uses of the enum do not add
        // errors of their own.
        assert!(
            out.contains("LexSpec") && out.contains("fn lexer"),
            "case {case}: no impl for\n{text}\n{out}"
        );
    }
    if messages.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Errors(messages.len())
    }
}

/// The messages of the `compile_error!`s of an expansion (`compile_error! { "..." }`).
fn error_messages(out: &str) -> Vec<String> {
    out.match_indices("compile_error")
        .map(|(i, _)| {
            let rest = &out[i..];
            let Some(start) = rest.find('"').map(|q| q + 1) else {
                return String::new();
            };
            let end = ["\" }", "\" )"]
                .iter()
                .filter_map(|close| rest[start..].find(close))
                .min()
                .unwrap_or(0);
            rest[start..start + end].to_string()
        })
        .collect()
}

/// Cases per test: a few seconds in a debug build.
const CASES: usize = 300;

#[test]
fn random_enums_never_panic_and_explain_every_error() {
    let mut rng = XorShift64Star::from_state(0x51_7cc1_b727_220a);
    let (mut clean, mut failed, mut errors) = (0, 0, 0);
    for case in 0..CASES {
        match run(random_enum(&mut rng), case) {
            Outcome::NotAnItem => {}
            Outcome::Clean => clean += 1,
            Outcome::Errors(n) => {
                failed += 1;
                errors += n;
            }
        }
    }
    eprintln!("random enums: {clean} clean, {failed} with {errors} errors");
    // Both outcomes come up, and failing cases often report several errors at once.
    assert!(clean > 20 && failed > 100, "clean {clean}, failed {failed}");
    assert!(errors > failed, "{errors} errors in {failed} failing cases");
}

#[test]
fn mutated_enums_never_panic_and_explain_every_error() {
    assert!(matches!(run(valid_enum(), 0), Outcome::Clean));
    let mut rng = XorShift64Star::from_state(0x2545_f491_4f6c_dd1d);
    let (mut items, mut failed) = (0, 0);
    for case in 0..CASES {
        // Mostly inside attributes, sometimes anywhere.
        let ts = if rng.below(4) == 0 {
            mutate(valid_enum(), &mut rng, &REPLACEMENTS)
        } else {
            let mut k = rng.below(7);
            mutate_attribute(valid_enum(), &mut rng, &mut k)
        };
        match run(ts, case) {
            Outcome::NotAnItem => {}
            Outcome::Clean => items += 1,
            Outcome::Errors(_) => {
                items += 1;
                failed += 1;
            }
        }
    }
    eprintln!("mutants: {items} items, {failed} with errors");
    assert!(
        items > 150 && failed > 100,
        "{items} mutants read as items, {failed} of them reported errors"
    );
}

#[test]
fn non_enums_are_one_error() {
    for input in [
        quote!(
            struct S;
        ),
        quote!(
            struct S {
                a: u8,
            }
        ),
        quote!(union U { a: u8 }),
    ] {
        assert!(matches!(run(input, 0), Outcome::Errors(1)));
    }
}
