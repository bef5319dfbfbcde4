//! Generated lexer and parser code names nothing the user can shadow: primitive types, prelude
//! items and the local names of the generated code all stand beside a derived lexer (with
//! lexer states, callbacks and every kind of payload) and a parser, and everything compiles
//! and works.
#![deny(warnings, unused_qualifications)]

mod shadowed {
    #![allow(dead_code, non_camel_case_types)]
    //! Every name here would break generated code that wrote it without a path.

    struct u8;
    struct u16;
    struct u32;
    struct u64;
    struct usize;
    struct str;
    struct bool;
    struct Option;
    struct Result;
    struct Some;
    struct None;
    struct Ok;
    struct Err;
    struct Vec;
    struct String;
    struct Box;
    struct Default;
    struct Span;
    struct Lexer;
    struct Outcome;
    struct LexerInternals;
    struct BYTE_CLASS;
    struct LEX_TRANS;
    // The local names of the generated walk, action and parser glue, as unit structs: a
    // binding of the same name would be taken as a pattern matching them.
    struct b;
    struct e;
    struct t;
    struct x;
    struct item;
    struct rule;
    struct reason;
    struct token;
    struct state;
    struct span;
    struct error;
    trait Iterator {}
    mod core {}
    mod std {}

    /// Tokens of a small language with strings (a lexer state) and comments.
    #[derive(::sly::Lexer, Debug, PartialEq)]
    #[sly(skip = r"[ \n]+", skip = r"#[^\n]*")]
    #[sly(skip = r#"""#, callback = |lex| lex.push_state("string"))]
    #[sly(skip = r#"""#, state = "string", callback = |lex| { lex.pop_state(); })]
    pub enum Tok<'a> {
        /// A name (a slice of the input).
        #[regex("[a-z]+")]
        Name(&'a ::core::primitive::str),
        /// A number (through `FromStr`).
        #[regex("[0-9]+")]
        Num(::core::primitive::u64),
        /// A hexadecimal number (through a callback that may fail).
        #[regex("0x[0-9a-f]+", |lex| ::core::primitive::u32::from_str_radix(&lex.slice()[2..], 16).ok())]
        Hex(::core::primitive::u32),
        /// Text inside a string.
        #[regex(r#"[^"\\]+"#, state = "string")]
        Text(&'a ::core::primitive::str),
        /// `+`
        #[token("+")]
        Plus,
        /// `,`
        #[token(",")]
        Comma,
    }

    /// A parser over those tokens.
    #[derive(Debug)]
    pub struct P;

    #[::sly::parser(tokens = Tok<'a>, precedence(left(Plus)))]
    impl<'a> P {
        #[rule("item { Comma item }")]
        fn list(
            &mut self,
            first: ::core::primitive::u64,
            rest: ::std::vec::Vec<(Tok<'a>, ::core::primitive::u64)>,
        ) -> ::std::vec::Vec<::core::primitive::u64> {
            let mut v = ::std::vec![first];
            v.extend(rest.into_iter().map(|(_, n)| n));
            v
        }

        #[rule("item Plus item")]
        fn item(
            &mut self,
            a: ::core::primitive::u64,
            _: Tok,
            c: ::core::primitive::u64,
        ) -> ::core::primitive::u64 {
            a + c
        }

        #[rule("Num")]
        fn item(&mut self, n: ::core::primitive::u64) -> ::core::primitive::u64 {
            n
        }

        #[rule("Hex")]
        fn item(&mut self, n: ::core::primitive::u32) -> ::core::primitive::u64 {
            ::core::convert::From::from(n)
        }

        #[rule("Name", "Text")]
        fn item(
            &mut self,
            s: &'a ::core::primitive::str,
            at: ::sly::Span,
        ) -> ::core::primitive::u64 {
            (s.len() + at.len()) as ::core::primitive::u64
        }

        #[rule("error")]
        fn item(&mut self, _bad: ::sly::Span) -> ::core::primitive::u64 {
            0
        }

        #[on_error]
        fn report(&mut self, _: &::sly::ParseError) {}
    }

    #[test]
    fn shadowed_names_do_not_reach_generated_code() {
        let src = "1 + 0x1f, abc, \"hi there\" # done\n, 2";
        let toks: ::std::vec::Vec<_> = Tok::lexer(src).map(|r| r.unwrap().0).collect();
        ::core::assert_eq!(toks.len(), 9);
        ::core::assert_eq!(toks[2], Tok::Hex(31));
        ::core::assert_eq!(toks[6], Tok::Text("hi there"));
        let v = P.parse(Tok::lexer(src));
        ::core::assert_eq!(v, ::core::result::Result::Ok(::std::vec![32, 6, 16, 2]));
        // A callback that fails is a lexing error; the parser recovers with `error`.
        let out = P.parse_all(Tok::lexer("1, 0xfffffffff, 3"));
        ::core::assert_eq!(
            out.value,
            ::core::option::Option::Some(::std::vec![1, 0, 3])
        );
        ::core::assert_eq!(out.errors.len(), 1);
    }
}
