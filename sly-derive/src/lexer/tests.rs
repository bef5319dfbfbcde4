//! Unit tests of the derive without a compiler run: tokens in, tokens or errors out.

use quote::quote;

use super::expand::derive;

fn expand(input: proc_macro2::TokenStream) -> String {
    let input: syn::DeriveInput = syn::parse2(input).unwrap();
    derive(&input).to_string()
}

fn errors(input: proc_macro2::TokenStream) -> Vec<String> {
    let out = expand(input);
    out.match_indices("compile_error")
        .map(|(i, _)| {
            let rest = &out[i..];
            let start = rest.find('"').unwrap() + 1;
            let end = start + rest[start..].find("\" }").unwrap();
            rest[start..end].to_string()
        })
        .collect()
}

#[test]
fn emits_static_tables_and_impls() {
    let out = expand(quote! {
        enum Tok<'s> {
            #[regex("[0-9]+")] Number(i64),
            #[regex("[a-z]+")] Name(&'s str),
            #[token("+")] Plus,
        }
    });
    for name in [
        "static __SLY_BYTE_CLASS : [:: core :: primitive :: u8 ; 256]",
        "static __SLY_LEX_TRANS",
        "static __SLY_LEX_ACCEPT",
        "static __SLY_LEX_START",
        "impl < 's > :: sly :: __private :: LexSpec < 's > for Tok < 's >",
        "pub fn lexer (src : & 's :: core :: primitive :: str)",
        "# [automatically_derived]",
    ] {
        assert!(out.contains(name), "missing {name:?} in {out}");
    }
    assert!(!out.contains("compile_error"), "{out}");
}

#[test]
fn custom_crate_path() {
    let out = expand(quote! {
        #[sly(crate = my::sly)]
        enum Tok { #[token("+")] Plus }
    });
    assert!(out.contains("my :: sly :: __private :: LexSpec < '__sly_s > for Tok"));
    assert_eq!(
        out.matches(":: sly :: __private").count(),
        out.matches("my :: sly :: __private").count(),
        "{out}"
    );
}

#[test]
fn every_error_is_reported() {
    let errs = errors(quote! {
        #[sly(skip = "(", bogus = 1)]
        enum Tok {
            #[regex("a*")] A,
            #[token("x")] X,
            #[token("x")] X2,
            #[regex("[0-9]+")] Pair(i32, i32),
            #[token("y", colour = "red")] Y,
            #[regex(r"\bz")] Z,
        }
    });
    assert_eq!(errs.len(), 7, "{errs:#?}");
    assert!(errs[0].contains("unknown key `bogus`"), "{errs:#?}");
    assert!(errs[1].contains("has 2 fields"), "{errs:#?}");
    assert!(errs[2].contains("unknown key `colour`"), "{errs:#?}");
    assert!(errs[3].contains("matches the empty string"), "{errs:#?}");
    assert!(errs[4].contains("Unicode word boundaries"), "{errs:#?}");
    assert!(errs[5].contains("already a token"), "{errs:#?}");
    assert_eq!(errs[6], "first defined here");
}

#[test]
fn struct_is_rejected() {
    let errs = errors(quote! { struct S; });
    assert_eq!(
        errs,
        ["`#[derive(Lexer)]` works on an enum of tokens, not on a struct"]
    );
}

#[test]
fn fallback_keeps_the_impls() {
    let out = expand(quote! { enum Tok { #[regex("(")] A } });
    assert!(out.contains("compile_error"));
    assert!(out.contains("LexSpec"));
    assert!(out.contains("pub fn lexer"));
}

#[test]
fn generates_code_for_the_first_states() {
    let out = expand(quote! {
        #[sly(skip = "[ ]+")]
        enum Tok<'s> {
            #[regex("[a-z]+")] Name(&'s str),
            #[token("+")] Plus,
        }
    });
    assert!(
        out.contains(
            "fn next_token (__sly_lex : & mut :: sly :: __private :: Lexer < 's , Self > ,)"
        ),
        "{out}"
    );
    // The walk ends by jumping to the action of the rule it accepts, `Name` and `Plus` by
    // their rule numbers: each action comes once, after a block around the walk.
    assert_eq!(
        out.matches("Self :: action (1 , __sly_lex)").count(),
        1,
        "{out}"
    );
    assert_eq!(
        out.matches("Self :: action (2 , __sly_lex)").count(),
        1,
        "{out}"
    );
    assert!(out.contains("break '__sly_r1 ;"), "{out}");
    assert!(out.contains("break '__sly_r2 ;"), "{out}");
    assert!(
        out.contains("let mut __sly_tok = __sly_pos ; '__sly_r2 : { '__sly_r1 : {"),
        "{out}"
    );
    // Blanks are skipped by one stay-table scan before the start state's `match`, which has
    // no arm for them; a name scans its self-loop.
    assert!(
        out.contains(
            "let (__sly_at , __sly_first) = Self :: TABLES . scan_loop_at (256 , __sly_bytes , __sly_p) ; __sly_p = __sly_at ; __sly_tok = __sly_p ; match __sly_first"
        ),
        "{out}"
    );
    assert!(!out.contains("Some (& (32))"), "{out}");
    assert_eq!(out.matches("scan_loop").count(), 2, "{out}");
    assert_eq!(out.matches("scan_loop_at").count(), 1, "{out}");
    assert!(!out.contains("continue_walk"), "{out}");
}

#[test]
fn each_action_comes_once() {
    // Every prefix of every keyword accepts an identifier: many exits, one action each.
    let out = expand(quote! {
        #[sly(skip = "[ ]+")]
        enum Tok<'s> {
            #[token("select", ignore_case)] Select,
            #[token("from", ignore_case)] From,
            #[token("where", ignore_case)] Where,
            #[regex("[A-Za-z_][A-Za-z0-9_]*")] Ident(&'s str),
        }
    });
    let ident = "Self :: action (4 , __sly_lex)";
    assert_eq!(out.matches(ident).count(), 1, "{out}");
    assert!(out.matches("break '__sly_r4 ;").count() >= 12, "{out}");
    // The table's slow path, where a walk may have to back up, also comes once.
    assert_eq!(out.matches("longest_match_slow").count(), 1, "{out}");
}

#[test]
fn big_dfas_keep_the_rest_in_the_tables() {
    // 301 states in a chain: at most 192 get code, the walk hands over to the tables after.
    let out = expand(quote! {
        enum Tok {
            #[regex("a{300}")] A,
        }
    });
    assert!(out.contains("fn next_token"), "{out}");
    assert!(out.contains("continue_walk"), "{out}");
    assert!(
        out.matches("match __sly_bytes . get").count() <= 200,
        "{out}"
    );
}

#[test]
fn ragged_byte_sets_match_on_the_class() {
    // After `s`, the next byte is `e`/`E` (towards `select`) or any other identifier byte:
    // six ranges, so that state matches on the byte's class. The start state keeps its
    // `match` on the byte.
    let out = expand(quote! {
        #[sly(skip = "[ ]+")]
        enum Tok<'s> {
            #[token("select", ignore_case)] Select,
            #[regex("[A-Za-z_][A-Za-z0-9_]*")] Ident(&'s str),
        }
    });
    assert!(
        out.contains("static __SLY_WALK_CLASS : [:: core :: primitive :: u8 ; 256]"),
        "{out}"
    );
    assert!(out.contains("match __sly_class"), "{out}");
    assert!(out.contains("match __sly_first"), "{out}");
    // Without ragged sets there is no class table.
    let out = expand(quote! {
        enum Tok { #[token("+")] Plus, #[regex("[0-9]+")] Num }
    });
    assert!(!out.contains("__SLY_WALK_CLASS"), "{out}");
}
