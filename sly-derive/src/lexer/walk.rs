//! Generated code for the first steps of the DFA walk (`LexSpec::longest_match`).
//!
//! The tables stay the reference: this code takes the same transitions, only as Rust code, so
//! that a short token costs a `match` on each byte instead of two dependent loads, and a
//! self-loop (identifiers, numbers, whitespace, string bodies) is a tight loop over a byte
//! pattern. Per lexer state, the code starts at its start state and follows transitions into
//! states not yet on the path; a restart state whose other transitions are the start state's
//! goes back to the top (`continue`); everything else hands over to the table walk
//! (`LexTables::continue_walk`) in the state reached, and every walk that must back up goes to
//! `LexTables::longest_match_slow`, exactly as the table walk does.
//!
//! Size: a state gets code at most once, except the small ones (final states, and states
//! whose only live transition is their self-loop), and at most [`MAX_STATES`] states per
//! lexer get code at all; big token sets keep the rest in the tables.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use sly_core::lex::build::LexTablesBuf;

/// At most this many states (beyond the small ones) get code, over all lexer states.
const MAX_STATES: usize = 192;

/// The body of `fn longest_match(start, bytes, pos)`, or `None` to keep the table walk.
pub fn longest_match_fn(t: &LexTablesBuf, krate: &syn::Path) -> Option<TokenStream> {
    let mut g = Gen {
        t,
        budget: MAX_STATES,
        coded: BTreeSet::new(),
        start: 0,
        uses_tok: false,
        continued: BTreeSet::new(),
        names: Names::new(),
    };
    let mut arms = Vec::new();
    let mut seen = BTreeSet::new();
    for &start in &t.starts {
        if start == 0 || !seen.insert(start) {
            continue;
        }
        g.start = start;
        let mut path = vec![start];
        let body = g.state_code(start, &mut path);
        let lit = Literal::u32_unsuffixed(start);
        arms.push(quote!(#lit => { #body }));
    }
    if arms.is_empty() {
        return None;
    }
    let Names {
        start,
        bytes,
        pos,
        p,
        tok,
        memo,
    } = &g.names;
    let tok_decl = if g.uses_tok {
        quote!(let mut #tok = #pos;)
    } else {
        quote!(let #tok = #pos;)
    };
    Some(quote! {
        #[inline(always)]
        fn longest_match(
            #start: u32,
            #bytes: &[u8],
            #pos: usize,
            #memo: &mut #krate::__private::ScanMemo,
        ) -> (usize, u16, usize) {
            let mut #p = #pos;
            #tok_decl
            match #start {
                #(#arms)*
                _ => Self::TABLES.rule_of(Self::TABLES.longest_match(#start, #bytes, #pos, #memo)),
            }
        }
    })
}

struct Names {
    start: syn::Ident,
    bytes: syn::Ident,
    pos: syn::Ident,
    p: syn::Ident,
    tok: syn::Ident,
    memo: syn::Ident,
}

impl Names {
    fn new() -> Self {
        let id = |s: &str| format_ident!("{}", s, span = Span::mixed_site());
        Names {
            start: id("__sly_start"),
            bytes: id("__sly_bytes"),
            pos: id("__sly_pos"),
            p: id("__sly_p"),
            tok: id("__sly_tok"),
            memo: id("__sly_memo"),
        }
    }

    /// The label of the loop around the code of state `s`.
    fn label(s: u32) -> syn::Lifetime {
        syn::Lifetime::new(&format!("'__sly_s{s}"), Span::mixed_site())
    }
}

struct Gen<'a> {
    t: &'a LexTablesBuf,
    /// How many more states may get code.
    budget: usize,
    /// States that already have code somewhere.
    coded: BTreeSet<u32>,
    /// The start state of the lexer state being generated.
    start: u32,
    /// States whose code some code below it goes back to (`continue`).
    continued: BTreeSet<u32>,
    /// Whether any code assigns the token start.
    uses_tok: bool,
    names: Names,
}

impl Gen<'_> {
    /// The premultiplied state after byte `b` in `s`.
    fn next(&self, s: u32, b: u8) -> u32 {
        self.t.trans[s as usize + self.t.byte_class[b as usize] as usize]
    }

    fn is_restart(&self, s: u32) -> bool {
        s != 0 && s < self.t.restart_to
    }

    /// A restart state whose transitions, apart from its self-loop, are the start state's:
    /// after its self-loop, the walk is as if it were in the start state.
    fn restarts(&self, s: u32) -> bool {
        self.is_restart(s)
            && (0..=255u8).all(|b| {
                let n = self.next(s, b);
                n == s || n == self.next(self.start, b)
            })
    }

    /// Small states, which may get code on every path: final states, and states whose only
    /// live transition is their self-loop.
    fn is_small(&self, s: u32) -> bool {
        s >= self.t.final_from
            || self.restarts(s)
            || (0..=255u8).all(|b| {
                let n = self.next(s, b);
                n == 0 || n == s
            })
    }

    /// The code for the walk in state `s`, entered at `p` (the token start already updated).
    fn state_code(&mut self, s: u32, path: &mut Vec<u32>) -> TokenStream {
        let Names {
            start,
            bytes,
            pos,
            p,
            tok,
            memo,
        } = &self.names;
        let (start, bytes, pos, p, tok, memo) = (
            start.clone(),
            bytes.clone(),
            pos.clone(),
            p.clone(),
            tok.clone(),
            memo.clone(),
        );
        let rule = Literal::u16_unsuffixed(self.t.accept[s as usize / self.t.stride]);
        let done = quote!(return (#tok, #rule, #p););
        if s >= self.t.final_from {
            return done;
        }
        let mut code = TokenStream::new();
        let stay: Vec<u8> = (0..=255u8).filter(|&b| self.next(s, b) == s).collect();
        if !stay.is_empty() {
            if self.t.loops[s as usize / self.t.stride] != 0 {
                // The stay table of the state, unrolled.
                let s_lit = Literal::usize_unsuffixed(s as usize);
                code.extend(quote! {
                    #p = Self::TABLES.scan_loop(#s_lit, #bytes, #p);
                });
            } else {
                let pat = byte_pattern(&stay);
                code.extend(quote! {
                    while let ::core::option::Option::Some(&(#pat)) = #bytes.get(#p) {
                        #p += 1;
                    }
                });
            }
            if self.is_restart(s) {
                self.uses_tok = true;
                code.extend(quote!(#tok = #p;));
            }
        }
        if self.restarts(s) {
            // Read the same byte again in the start state.
            self.continued.insert(self.start);
            let label = Names::label(self.start);
            code.extend(quote!(continue #label;));
            return code;
        }
        let end = if s >= self.t.token_from {
            done
        } else {
            quote!(return Self::TABLES.rule_of(Self::TABLES.longest_match_slow(#start, #bytes, #pos, #memo));)
        };
        let mut groups: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
        for b in 0..=255u8 {
            let n = self.next(s, b);
            if n != 0 && n != s {
                groups.entry(n).or_default().push(b);
            }
        }
        if groups.is_empty() {
            code.extend(end);
            return code;
        }
        if s == self.start {
            // Blanks before a token: a restart state entered on bytes that keep it in itself
            // is skipped before the `match`, which then sees the byte after the blanks (as the
            // restart state would: its other transitions are the start state's).
            for (&n, group) in &groups {
                let stays = self.t.loops[n as usize / self.t.stride] != 0
                    && group.iter().all(|&b| self.next(n, b) == n);
                if self.restarts(n) && stays {
                    let pat = byte_pattern(group);
                    let n_lit = Literal::usize_unsuffixed(n as usize);
                    self.uses_tok = true;
                    code.extend(quote! {
                        if let ::core::option::Option::Some(&(#pat)) = #bytes.get(#p) {
                            #p = Self::TABLES.scan_loop(#n_lit, #bytes, #p + 1);
                            #tok = #p;
                        }
                    });
                }
            }
        }
        let mut arms = Vec::new();
        for (n, group) in groups {
            let pat = byte_pattern(&group);
            let mut arm = quote!(#p += 1;);
            if self.is_restart(n) {
                self.uses_tok = true;
                arm.extend(quote!(#tok = #p;));
            }
            let inline = !path.contains(&n)
                && (self.is_small(n) || (self.budget > 0 && !self.coded.contains(&n)));
            if path.contains(&n) {
                // A loop back to a state on the path: to the top of its code.
                self.continued.insert(n);
                let label = Names::label(n);
                arm.extend(quote!(continue #label;));
            } else if inline {
                if !self.is_small(n) {
                    self.budget -= 1;
                    self.coded.insert(n);
                }
                path.push(n);
                arm.extend(self.state_code(n, path));
                path.pop();
            } else {
                let n_lit = Literal::usize_unsuffixed(n as usize);
                arm.extend(quote! {
                    return Self::TABLES.rule_of(
                        Self::TABLES.continue_walk(#start, #pos, #n_lit, #p, #tok, #bytes, #memo),
                    );
                });
            }
            arms.push(quote!(::core::option::Option::Some(&(#pat)) => { #arm }));
        }
        code.extend(quote! {
            match #bytes.get(#p) {
                #(#arms)*
                _ => { #end }
            }
        });
        self.wrap(s, code)
    }

    /// The code of `s` in a loop when code below it goes back to it.
    fn wrap(&mut self, s: u32, code: TokenStream) -> TokenStream {
        if self.continued.remove(&s) {
            let label = Names::label(s);
            quote!(#label: loop { #code })
        } else {
            code
        }
    }
}

/// `a..=b | c | ...` over the sorted bytes `set`.
fn byte_pattern(set: &[u8]) -> TokenStream {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < set.len() {
        let lo = set[i];
        let mut hi = lo;
        while i + 1 < set.len() && set[i + 1] == hi.wrapping_add(1) && hi != 255 {
            hi += 1;
            i += 1;
        }
        i += 1;
        let (l, h) = (Literal::u8_unsuffixed(lo), Literal::u8_unsuffixed(hi));
        parts.push(if lo == hi {
            quote!(#l)
        } else {
            quote!(#l..=#h)
        });
    }
    quote!(#(#parts)|*)
}
