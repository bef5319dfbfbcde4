// What the macro emits for the input in `src/snapshot_tests.rs`; regenerate with
// `SLY_BLESS=1 cargo test -p sly-derive snapshot`.

impl Calc {
    fn __sly_rule_expr_0(&mut self, a: i64, _: Tok, b: i64) -> i64 {
        a + b
    }
    fn __sly_rule_expr_1(&mut self, _: Tok, e: i64, _: Tok) -> i64 {
        e
    }
    fn __sly_rule_expr_2(&mut self, n: i64) -> i64 {
        n
    }
}
const _: () = {
    static __SLY_ACTION_BASE: [::core::primitive::u16; 11usize] = [
        5u16, 5u16, 65535u16, 0u16, 2u16, 6u16, 5u16, 5u16, 65535u16, 9u16, 65535u16,
    ];
    static __SLY_ACTION_CHECK: [::core::primitive::u16; 18usize] = [
        0u16, 65535u16, 2u16, 3u16, 2u16, 3u16, 65535u16, 5u16, 8u16, 4u16, 8u16, 6u16,
        3u16, 8u16, 8u16, 65535u16, 65535u16, 8u16,
    ];
    static __SLY_ACTION_VALUE: [::core::primitive::u16; 18usize] = [
        2u16, 0u16, 13u16, 15u16, 13u16, 15u16, 0u16, 17u16, 0u16, 3u16, 0u16, 5u16,
        15u16, 0u16, 0u16, 0u16, 0u16, 0u16,
    ];
    static __SLY_DEFAULT_ACTION: [::core::primitive::u16; 11usize] = [
        0u16, 0u16, 10u16, 0u16, 0u16, 2u16, 0u16, 0u16, 8u16, 4u16, 6u16,
    ];
    static __SLY_GOTO_BASE: [::core::primitive::u16; 2usize] = [65535u16, 0u16];
    static __SLY_GOTO_CHECK: [::core::primitive::u16; 8usize] = [
        65535u16, 1u16, 65535u16, 65535u16, 65535u16, 65535u16, 6u16, 7u16,
    ];
    static __SLY_GOTO_VALUE: [::core::primitive::u16; 8usize] = [
        0u16, 4u16, 0u16, 0u16, 0u16, 0u16, 9u16, 10u16,
    ];
    static __SLY_GOTO_DEFAULT: [::core::primitive::u16; 2usize] = [0u16, 3u16];
    static __SLY_PROD_LHS: [::core::primitive::u16; 5usize] = [
        0u16, 1u16, 1u16, 1u16, 1u16,
    ];
    static __SLY_PROD_LEN: [::core::primitive::u16; 5usize] = [
        2u16, 3u16, 3u16, 3u16, 1u16,
    ];
    static __SLY_DENSE_ACTION: [::core::primitive::u16; 99usize] = [
        0u16, 0u16, 0u16, 0u16, 3u16, 0u16, 5u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16,
        3u16, 0u16, 5u16, 0u16, 0u16, 10u16, 10u16, 10u16, 10u16, 10u16, 10u16, 10u16,
        10u16, 10u16, 2u16, 0u16, 13u16, 15u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16,
        13u16, 15u16, 0u16, 17u16, 0u16, 0u16, 0u16, 2u16, 2u16, 2u16, 2u16, 2u16, 2u16,
        2u16, 2u16, 0u16, 0u16, 0u16, 0u16, 0u16, 3u16, 0u16, 5u16, 0u16, 0u16, 0u16,
        0u16, 0u16, 0u16, 3u16, 0u16, 5u16, 0u16, 0u16, 8u16, 8u16, 8u16, 8u16, 8u16,
        8u16, 8u16, 8u16, 8u16, 4u16, 4u16, 4u16, 15u16, 4u16, 4u16, 4u16, 4u16, 0u16,
        6u16, 6u16, 6u16, 6u16, 6u16, 6u16, 6u16, 6u16, 6u16,
    ];
    static __SLY_DENSE_GOTO: [::core::primitive::u16; 22usize] = [
        0u16, 3u16, 0u16, 4u16, 0u16, 3u16, 0u16, 3u16, 0u16, 3u16, 0u16, 3u16, 0u16,
        9u16, 0u16, 10u16, 0u16, 3u16, 0u16, 3u16, 0u16, 3u16,
    ];
    static __SLY_NAMES: [&'static ::core::primitive::str; 8usize] = [
        "$end",
        "error",
        "Plus",
        "Times",
        "LParen",
        "RParen",
        "Num",
        "token not in the grammar",
    ];
    static __SLY_DISPLAY: [&'static ::core::primitive::str; 8usize] = [
        "end of input",
        "error",
        ::sly::__private::display_of(
            <Tok<'static> as ::sly::__private::TokenKinds>::DISPLAY,
            __SLY_KIND_0,
            "Plus",
        ),
        ::sly::__private::display_of(
            <Tok<'static> as ::sly::__private::TokenKinds>::DISPLAY,
            __SLY_KIND_1,
            "Times",
        ),
        ::sly::__private::display_of(
            <Tok<'static> as ::sly::__private::TokenKinds>::DISPLAY,
            __SLY_KIND_2,
            "LParen",
        ),
        ::sly::__private::display_of(
            <Tok<'static> as ::sly::__private::TokenKinds>::DISPLAY,
            __SLY_KIND_3,
            "RParen",
        ),
        ::sly::__private::display_of(
            <Tok<'static> as ::sly::__private::TokenKinds>::DISPLAY,
            __SLY_KIND_4,
            "Num",
        ),
        "token not in the grammar",
    ];
    static __SLY_TABLES: ::sly::__private::ParseTables<
        'static,
        ::core::primitive::u16,
    > = ::sly::__private::ParseTables {
        action_base: &__SLY_ACTION_BASE,
        action_check: &__SLY_ACTION_CHECK,
        action_value: &__SLY_ACTION_VALUE,
        default_action: &__SLY_DEFAULT_ACTION,
        goto_base: &__SLY_GOTO_BASE,
        goto_check: &__SLY_GOTO_CHECK,
        goto_value: &__SLY_GOTO_VALUE,
        goto_default: &__SLY_GOTO_DEFAULT,
        prod_lhs: &__SLY_PROD_LHS,
        prod_len: &__SLY_PROD_LEN,
        dense_action: &__SLY_DENSE_ACTION,
        dense_goto: &__SLY_DENSE_GOTO,
        terminal_names: &__SLY_NAMES,
        terminal_display: &__SLY_DISPLAY,
    };
    const __SLY_KIND_0: ::core::primitive::usize = ::sly::__private::kind_index(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Plus",
    );
    const __SLY_KIND_1: ::core::primitive::usize = ::sly::__private::kind_index(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Times",
    );
    const __SLY_KIND_2: ::core::primitive::usize = ::sly::__private::kind_index(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "LParen",
    );
    const __SLY_KIND_3: ::core::primitive::usize = ::sly::__private::kind_index(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "RParen",
    );
    const __SLY_KIND_4: ::core::primitive::usize = ::sly::__private::kind_index(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Num",
    );
    const _: () = if !::sly::__private::has_kind(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Plus",
    ) {
        ::core::panic!(
            "{}",
            "unknown symbol `Plus` in rule \"expr Plus expr\": the token enum `Tok` has no variant `Plus`, and terminals are its variants"
        )
    };
    const _: () = if !::sly::__private::has_kind(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Times",
    ) {
        ::core::panic!(
            "{}",
            "unknown symbol `Times` in rule \"expr Times expr\": the token enum `Tok` has no variant `Times`, and terminals are its variants"
        )
    };
    const _: () = if !::sly::__private::has_kind(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "LParen",
    ) {
        ::core::panic!(
            "{}",
            "unknown symbol `LParen` in rule \"LParen expr RParen\": the token enum `Tok` has no variant `LParen`, and terminals are its variants; did you mean `RParen`?"
        )
    };
    const _: () = if !::sly::__private::has_kind(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "RParen",
    ) {
        ::core::panic!(
            "{}",
            "unknown symbol `RParen` in rule \"LParen expr RParen\": the token enum `Tok` has no variant `RParen`, and terminals are its variants; did you mean `LParen`?"
        )
    };
    const _: () = if !::sly::__private::has_kind(
        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
        "Num",
    ) {
        ::core::panic!(
            "{}",
            "unknown symbol `Num` in rule \"Num\": the token enum `Tok` has no variant `Num`, and terminals are its variants"
        )
    };
    static __SLY_STATE_STACK: [::core::primitive::u8; 11usize] = [
        255, 0, 0, 2, 2, 1, 0, 0, 0, 2, 2,
    ];
    #[allow(non_camel_case_types, non_snake_case, dead_code)]
    pub struct __SlyValues<'s> {
        tokens: ::sly::__private::Vec<Tok<'s>>,
        errors: ::sly::__private::Vec<::sly::__private::Span>,
        V0: ::sly::__private::Vec<i64>,
        __phantom: ::core::marker::PhantomData<(&'s (),)>,
    }
    impl<'s> ::core::clone::Clone for __SlyValues<'s>
    where
        for<'__sly_c> ::sly::__private::CloneIf<
            '__sly_c,
            ::sly::__private::Vec<Tok<'s>>,
        >: ::sly::__private::CloneVia<::sly::__private::Vec<Tok<'s>>>,
        for<'__sly_c> ::sly::__private::CloneIf<
            '__sly_c,
            ::sly::__private::Vec<::sly::__private::Span>,
        >: ::sly::__private::CloneVia<::sly::__private::Vec<::sly::__private::Span>>,
        for<'__sly_c> ::sly::__private::CloneIf<
            '__sly_c,
            ::sly::__private::Vec<i64>,
        >: ::sly::__private::CloneVia<::sly::__private::Vec<i64>>,
    {
        fn clone(&self) -> Self {
            __SlyValues {
                tokens: <::sly::__private::CloneIf<
                    '_,
                    ::sly::__private::Vec<Tok<'s>>,
                > as ::sly::__private::CloneVia<
                    ::sly::__private::Vec<Tok<'s>>,
                >>::clone_it(&self.tokens),
                errors: <::sly::__private::CloneIf<
                    '_,
                    ::sly::__private::Vec<::sly::__private::Span>,
                > as ::sly::__private::CloneVia<
                    ::sly::__private::Vec<::sly::__private::Span>,
                >>::clone_it(&self.errors),
                V0: <::sly::__private::CloneIf<
                    '_,
                    ::sly::__private::Vec<i64>,
                > as ::sly::__private::CloneVia<
                    ::sly::__private::Vec<i64>,
                >>::clone_it(&self.V0),
                __phantom: ::core::marker::PhantomData,
            }
        }
    }
    impl<'s> ::core::default::Default for __SlyValues<'s> {
        fn default() -> Self {
            __SlyValues {
                tokens: ::sly::__private::Vec::new(),
                errors: ::sly::__private::Vec::new(),
                V0: ::sly::__private::Vec::new(),
                __phantom: ::core::marker::PhantomData,
            }
        }
    }
    #[automatically_derived]
    impl<'s> ::sly::__private::LrParser<'s> for Calc {
        type Token = Tok<'s>;
        const USES_SPANS: ::core::primitive::bool = false;
        type Values = __SlyValues<'s>;
        type Output = i64;
        type Int = ::core::primitive::u16;
        #[inline(always)]
        fn tables() -> &'static ::sly::__private::ParseTables<
            'static,
            ::core::primitive::u16,
        > {
            &__SLY_TABLES
        }
        #[inline(always)]
        #[allow(unreachable_patterns)]
        fn terminal(__sly_token: &Tok<'s>) -> ::core::primitive::usize {
            match ::sly::__private::TokenKinds::kind(__sly_token) {
                __SLY_KIND_0 => 2usize,
                __SLY_KIND_1 => 3usize,
                __SLY_KIND_2 => 4usize,
                __SLY_KIND_3 => 5usize,
                __SLY_KIND_4 => 6usize,
                _ => 7usize,
            }
        }
        #[inline(always)]
        fn push_token(__sly_values: &mut __SlyValues<'s>, __sly_token: Tok<'s>) {
            __sly_values.tokens.push(__sly_token);
        }
        #[inline(always)]
        fn push_error(
            __sly_values: &mut __SlyValues<'s>,
            __sly_span: ::sly::__private::Span,
        ) {
            __sly_values.errors.push(__sly_span);
        }
        fn pop_value(
            __sly_values: &mut __SlyValues<'s>,
            __sly_state: ::core::primitive::usize,
        ) {
            match __SLY_STATE_STACK.get(__sly_state).copied() {
                ::core::option::Option::Some(0) => {
                    __sly_values.tokens.pop();
                }
                ::core::option::Option::Some(1) => {
                    __sly_values.errors.pop();
                }
                ::core::option::Option::Some(2) => {
                    __sly_values.V0.pop();
                }
                _ => {}
            }
        }
        #[inline(always)]
        fn take_output(
            __sly_values: &mut __SlyValues<'s>,
        ) -> ::core::option::Option<i64> {
            __sly_values.V0.pop()
        }
        #[inline(always)]
        #[allow(unused_variables, unreachable_patterns, clippy::all)]
        fn reduce(
            &mut self,
            __sly_prod: ::core::primitive::usize,
            __sly_values: &mut __SlyValues<'s>,
            __sly_spans: &[::sly::__private::Span],
            __sly_span: ::sly::__private::Span,
        ) {
            match __sly_prod {
                1usize => {
                    let __sly_a2 = match __sly_values.V0.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a1 = match __sly_values.tokens.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a0 = match __sly_values.V0.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_value = self
                        .__sly_rule_expr_0(__sly_a0, __sly_a1, __sly_a2);
                    __sly_values.V0.push(__sly_value);
                }
                2usize => {
                    let __sly_a2 = match __sly_values.V0.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a1 = match __sly_values.tokens.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a0 = match __sly_values.V0.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_value = self
                        .__sly_rule_expr_0(__sly_a0, __sly_a1, __sly_a2);
                    __sly_values.V0.push(__sly_value);
                }
                3usize => {
                    let __sly_a2 = match __sly_values.tokens.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a1 = match __sly_values.V0.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_a0 = match __sly_values.tokens.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_value = self
                        .__sly_rule_expr_1(__sly_a0, __sly_a1, __sly_a2);
                    __sly_values.V0.push(__sly_value);
                }
                4usize => {
                    let __sly_a0 = match __sly_values.tokens.pop() {
                        ::core::option::Option::Some(__sly_x) => __sly_x,
                        ::core::option::Option::None => ::core::unreachable!(),
                    };
                    let __sly_value = self
                        .__sly_rule_expr_2(
                            <Tok<
                                's,
                            > as ::sly::__private::TokenPayload<
                                {
                                    ::sly::__private::kind_index(
                                        <Tok<'static> as ::sly::__private::TokenKinds>::KINDS,
                                        "Num",
                                    )
                                },
                                i64,
                            >>::take(__sly_a0),
                        );
                    __sly_values.V0.push(__sly_value);
                }
                _ => ::core::unreachable!(),
            }
        }
    }
    #[automatically_derived]
    impl Calc {
        /// Parses a token stream (a lexer, or any iterator of `(token, Span)` with or
        /// without `Result`) and returns the start symbol's value, or the first error.
        #[allow(dead_code)]
        pub fn parse<'s, __I>(
            &mut self,
            tokens: __I,
        ) -> ::core::result::Result<i64, ::sly::__private::ParseError>
        where
            __I: ::core::iter::IntoIterator,
            __I::Item: ::sly::__private::TokenItem<Tok<'s>>,
        {
            ::sly::__private::parse(self, tokens)
        }
        /// Parses a token stream, recovering from errors with the grammar's `error`
        /// rules; returns the value (if any) and every error.
        #[allow(dead_code)]
        pub fn parse_all<'s, __I>(
            &mut self,
            tokens: __I,
        ) -> ::sly::__private::Parsed<i64>
        where
            __I: ::core::iter::IntoIterator,
            __I::Item: ::sly::__private::TokenItem<Tok<'s>>,
        {
            ::sly::__private::parse_all(self, tokens)
        }
        /// A push parser: feed it one token at a time, then call `finish`.
        #[allow(dead_code)]
        pub fn push_parser<'s>(&mut self) -> ::sly::__private::PushParser<'_, 's, Self> {
            ::sly::__private::PushParser::new(self)
        }
    }
};
