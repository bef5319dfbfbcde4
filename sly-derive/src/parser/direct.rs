//! Code generation for `codegen = "direct"`: `LrParser::feed_direct`, the plan of
//! [`sly_core::lalr::direct`] printed as a loop over one `match` on the state (an arm per
//! state, matching the terminal) and one on the production (its action, then the goto), inside
//! a loop over the tokens.
//!
//! A few large `match`es compile faster than a function per state. Each production's action
//! is spelled out at its arm: calling `LrParser::reduce` with a constant would inline that
//! method's whole `match` at every arm before folding it, which is quadratic in the grammar.
//! The shift is shared by every arm (an arm yields the target state), and the record of the
//! states a token's reductions replace is kept out of line: both keep the code of a grammar
//! with thousands of shifts and productions in proportion (BENCHMARKS D7, D8).

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use sly_core::lalr::direct::{DirectPlan, Step, Then};

/// The most states for which the code is inlined where tokens are fed.
const INLINE_STATES: usize = 400;

/// The items of the `LrParser` impl for direct code: `DIRECT` and `feed_direct`.
pub fn feed_direct(
    private: &TokenStream,
    tokens: &TokenStream,
    machine: &TokenStream,
    plan: &DirectPlan,
    actions: &[TokenStream],
) -> TokenStream {
    let lit = Literal::usize_unsuffixed;
    let need = lit(plan.need);
    let cold = quote! {{
        __sly_m.direct_cold(__sly_p, __sly_term, __sly_token.take(), __sly_span);
        break '__sly_step;
    }};
    // A step's value in the state `match`: the state to shift to; a reduction leaves the block.
    let step = |st: Step| -> TokenStream {
        match st {
            Step::Shift(to) => {
                let to = lit(to);
                quote!(#to)
            }
            Step::Reduce(p) => {
                let p = lit(p);
                quote!(break '__sly_reduce #p)
            }
            Step::Read => quote!(break '__sly_step),
            Step::Tables => cold.clone(),
        }
    };
    let state_arms = plan
        .states
        .iter()
        .enumerate()
        .filter(|(_, sp)| sp.coded)
        .map(|(s, sp)| {
            let s = lit(s);
            let default = step(sp.default);
            if sp.arms.is_empty() {
                return quote!(#s => #default,);
            }
            let arms = sp.arms.iter().map(|(terms, st)| {
                let terms = terms.iter().map(|&t| lit(t));
                let body = step(*st);
                quote!(#(#terms)|* => #body,)
            });
            quote! {
                #s => match __sly_term {
                    #(#arms)*
                    _ => #default,
                },
            }
        });
    // What the state shifted into does before the next token: reduce at once, or return.
    let then_arms = plan.then.iter().enumerate().filter_map(|(s, then)| {
        let s = lit(s);
        match *then {
            Then::Read => None,
            Then::Reduce(p) => {
                let p = lit(p);
                Some(quote! {
                    #s => {
                        __sly_term = #need;
                        break '__sly_reduce #p;
                    }
                })
            }
            Then::Tables => Some(quote! {
                #s => {
                    __sly_m.direct_cold(__sly_p, #need, ::core::option::Option::None, __sly_span);
                    break '__sly_step;
                }
            }),
        }
    });
    // Production 0 is the start rule, which the tables accept rather than reduce; production
    // `p` runs `actions[p - 1]`, spelled out here rather than through `LrParser::reduce`,
    // whose `match` inlined at each of these arms would be folded only after it was copied.
    let reduce_arms = (1..plan.prod_len.len()).map(|p| {
        let len = lit(plan.prod_len[p]);
        let lhs = lit(plan.prod_lhs[p]);
        let action = &actions[p - 1];
        let p = lit(p);
        quote! {
            #p => {
                let __sly_span = __sly_m.direct_reduce_span::<Self>(#p, #len);
                {
                    let (__sly_values, __sly_spans) = __sly_m.direct_values::<Self>(#len);
                    #action
                }
                (__sly_m.direct_reduce_end::<Self>(#len, __sly_span), #lhs)
            }
        }
    });
    let goto_arms = plan.gotos.iter().enumerate().map(|(nt, g)| {
        let nt = lit(nt);
        let default = lit(g.default);
        if g.arms.is_empty() {
            return quote!(#nt => #default,);
        }
        let arms = g.arms.iter().map(|(states, to)| {
            let states = states.iter().map(|&s| lit(s));
            let to = lit(*to);
            quote!(#(#states)|* => #to,)
        });
        quote! {
            #nt => match __sly_below {
                #(#arms)*
                _ => #default,
            },
        }
    });
    // A small grammar's code is inlined into each loop that feeds it; a large grammar's is one
    // function, called once per token, so that it is compiled once.
    let inline = if plan.states.len() <= INLINE_STATES {
        quote!(#[inline(always)])
    } else {
        quote!(#[inline(never)])
    };
    quote! {
        const DIRECT: ::core::primitive::bool = true;

        #inline
        #[allow(unreachable_code, unreachable_patterns, unused_variables, clippy::all)]
        fn feed_direct(
            __sly_m: &mut #machine,
            __sly_p: &mut Self,
            __sly_term_in: ::core::primitive::usize,
            __sly_token_in: ::core::option::Option<#tokens>,
            __sly_span_in: #private::Span,
            __sly_rest: &mut dyn ::core::iter::Iterator<
                Item = ::core::result::Result<(#tokens, #private::Span), #private::LexError>,
            >,
        ) {
            let mut __sly_term: ::core::primitive::usize = __sly_term_in;
            let mut __sly_token: ::core::option::Option<#tokens> = __sly_token_in;
            let mut __sly_span: #private::Span = __sly_span_in;
            '__sly_token: loop {
                let mut __sly_state: ::core::primitive::usize = __sly_m.direct_begin();
                '__sly_step: loop {
                    let __sly_prod: ::core::primitive::usize = '__sly_reduce: {
                        let __sly_to: ::core::primitive::usize = match __sly_state {
                            #(#state_arms)*
                            _ => match __sly_m.direct_step::<Self>(__sly_state, __sly_term) {
                                #private::DirectStep::Shift(__sly_to) => __sly_to,
                                #private::DirectStep::Reduce(__sly_prod) => break '__sly_reduce __sly_prod,
                                #private::DirectStep::Read => break '__sly_step,
                                #private::DirectStep::Tables => #cold,
                            },
                        };
                        __sly_m.direct_shift::<Self>(__sly_term, __sly_to, __sly_token.take(), __sly_span);
                        match __sly_to {
                            #(#then_arms)*
                            _ => break '__sly_step,
                        }
                    };
                    let (__sly_below, __sly_lhs): (::core::primitive::usize, ::core::primitive::usize) = match __sly_prod {
                        #(#reduce_arms)*
                        _ => #cold,
                    };
                    __sly_state = match __sly_lhs {
                        #(#goto_arms)*
                        _ => #cold,
                    };
                    __sly_m.direct_goto(__sly_state);
                }
                // The token is in: the next one, unless parsing has stopped.
                loop {
                    if __sly_m.direct_done() {
                        return;
                    }
                    match __sly_rest.next() {
                        ::core::option::Option::None => return,
                        ::core::option::Option::Some(::core::result::Result::Ok((__sly_tok, __sly_at))) => {
                            __sly_term = <#machine>::direct_terminal::<Self>(&__sly_tok);
                            __sly_token = ::core::option::Option::Some(__sly_tok);
                            __sly_span = __sly_at;
                            continue '__sly_token;
                        }
                        ::core::option::Option::Some(::core::result::Result::Err(__sly_e)) => {
                            __sly_m.direct_lex_error(__sly_p, __sly_e);
                        }
                    }
                }
            }
        }
    }
}
