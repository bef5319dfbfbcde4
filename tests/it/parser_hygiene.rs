//! Generated parser code must not pick up the user's names, must work without the prelude,
//! and must accept a renamed `sly` crate.
#![deny(warnings, unused_qualifications)]

/// Tokens for the `shadowing` module, defined outside it: the test is about the parser.
mod tokens {
    #[derive(::sly::Lexer, Debug, PartialEq)]
    #[sly(skip = " ")]
    pub enum Tok<'a> {
        #[regex("[a-z]+")]
        Name(&'a str),
        #[regex("[0-9]+")]
        Num(i64),
        #[token("+")]
        Plus,
        #[token(",")]
        Comma,
    }
}

mod shadowing {
    #![allow(dead_code, non_camel_case_types)]
    //! Names that generated code must not pick up by accident.

    use super::tokens::Tok;

    struct Option;
    struct Some;
    struct None;
    struct Ok;
    struct Err;
    struct Result;
    struct Vec;
    struct Span;
    struct usize;
    struct u16;
    struct str;
    struct LrParser;
    struct ParseTables;
    trait Iterator {}
    mod core {}
    mod std {}

    #[derive(Default)]
    pub struct P;

    /// The grammar, once for each code generation.
    macro_rules! p_grammar {
        ($name:ident, $codegen:tt) => {
            #[::sly::parser(tokens = Tok<'a>, precedence(left(Plus)), codegen = $codegen)]
            impl<'a> $name {
                #[rule("expr { Comma expr }")]
                fn list(
                    &mut self,
                    first: i64,
                    rest: ::std::vec::Vec<(Tok<'a>, i64)>,
                ) -> ::std::vec::Vec<i64> {
                    let mut v = ::std::vec![first];
                    v.extend(rest.into_iter().map(|(_, x)| x));
                    v
                }

                #[rule("expr Plus expr")]
                fn expr(&mut self, a: i64, _: Tok, b: i64) -> i64 {
                    a + b
                }

                #[rule("Num")]
                fn expr(&mut self, n: i64) -> i64 {
                    n
                }

                #[rule("Name")]
                fn expr(&mut self, name: &'a ::core::primitive::str) -> i64 {
                    name.len() as i64
                }
            }
        };
    }

    p_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    p_grammar!(DirectP, "direct");

    #[test]
    fn direct_code_is_hygienic_too() {
        let src = "1 + 2, abc, 4 + x";
        ::core::assert_eq!(DirectP(P).parse(Tok::lexer(src)), P.parse(Tok::lexer(src)));
        ::core::assert!(DirectP(P).parse(Tok::lexer("1 +")).is_err());
    }

    #[test]
    fn shadowed_names_do_not_leak_into_generated_code() {
        let v = P.parse(Tok::lexer("1 + 2, abc, 4 + x"));
        ::core::assert_eq!(v, ::core::result::Result::Ok(::std::vec![3, 3, 5]));
    }
}

mod no_prelude {
    #![no_implicit_prelude]

    #[derive(::sly::Lexer, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    #[sly(skip = " ")]
    pub enum Tok {
        #[regex("[0-9]+")]
        Num(::core::primitive::u64),
        #[token("*")]
        Times,
    }

    pub struct P;

    /// The grammar, once for each code generation.
    macro_rules! p_grammar {
        ($name:ident, $codegen:tt) => {
            #[::sly::parser(tokens = Tok, precedence(left(Times)), codegen = $codegen)]
            impl $name {
                #[rule("e Times e")]
                fn e(
                    &mut self,
                    a: ::core::primitive::u64,
                    _: Tok,
                    b: ::core::primitive::u64,
                ) -> ::core::primitive::u64 {
                    a * b
                }

                #[rule("Num")]
                fn e(&mut self, n: ::core::primitive::u64) -> ::core::primitive::u64 {
                    n
                }
            }
        };
    }

    p_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    p_grammar!(DirectP, "direct");

    #[::core::prelude::v1::test]
    fn direct_code_works_without_prelude() {
        let r = DirectP(P).parse(Tok::lexer("2 * 3 * 7"));
        ::core::assert_eq!(r, ::core::result::Result::Ok(42));
    }

    #[::core::prelude::v1::test]
    fn works_without_prelude() {
        let r = P.parse(Tok::lexer("2 * 3 * 7"));
        ::core::assert_eq!(r, ::core::result::Result::Ok(42));
    }
}

mod renamed_crate {
    use ::sly as renamed;

    #[derive(renamed::Lexer, Debug, Clone, PartialEq)]
    #[sly(crate = renamed, skip = " ")]
    pub enum Tok {
        #[regex("[0-9]+")]
        Num(u32),
    }

    pub struct P;

    /// The grammar, once for each code generation.
    macro_rules! p_grammar {
        ($name:ident, $codegen:tt) => {
            #[renamed::parser(tokens = Tok, crate = renamed, codegen = $codegen)]
            impl $name {
                #[rule("{ Num }")]
                fn nums(&mut self, v: Vec<u32>) -> u32 {
                    v.iter().sum()
                }
            }
        };
    }

    p_grammar!(P, "table");
    crate::direct_twin!(DirectP, P);
    p_grammar!(DirectP, "direct");

    #[test]
    fn direct_code_honours_the_crate_path() {
        assert_eq!(DirectP(P).parse(Tok::lexer("1 2 3")), Ok(6));
    }

    #[test]
    fn crate_path_is_honoured() {
        assert_eq!(P.parse(Tok::lexer("1 2 3")), Ok(6));
    }
}
