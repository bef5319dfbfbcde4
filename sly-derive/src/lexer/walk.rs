//! Generated code for the token loop (`LexSpec::next_token`): the first steps of the DFA walk,
//! and each rule's action once after it, which the walk's accepting states jump to (a labeled
//! `break` with the rule known at each, so the jump is direct).
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

/// A self-loop on every ASCII byte but at most this many scans a word at a time.
const MAX_EXCEPT: usize = 3;

/// `fn next_token(lex)`, or `None` to keep the generic token loop over the table walk.
pub fn next_token_fn(
    t: &LexTablesBuf,
    krate: &syn::Path,
    lt: &syn::Lifetime,
) -> Option<TokenStream> {
    let (walk_class, walk_classes) = walk_classes(t);
    let mut g = Gen {
        t,
        walk_class,
        walk_classes,
        uses_walk_class: false,
        budget: MAX_STATES,
        coded: BTreeSet::new(),
        start: 0,
        uses_tok: false,
        continued: BTreeSet::new(),
        names: Names::new(),
        krate: krate.clone(),
        exits: BTreeSet::new(),
        slow_exit: false,
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
        arms.push((lit, body));
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
        lex,
        next,
    } = &g.names;
    let internals = g.internals();
    let tok_decl = if g.uses_tok {
        quote!(let mut #tok = #pos;)
    } else {
        quote!(let #tok = #pos;)
    };
    let generic = g.exit_dyn(quote! {
        Self::TABLES.longest_match(#start, #bytes, #pos, #internals::memo(#lex))
    });
    // With one lexer state, the start state never changes.
    let mut walk = if t.starts.len() == 1 && arms.len() == 1 {
        let (_, body) = arms.pop()?;
        quote!(#body)
    } else {
        let arms = arms.iter().map(|(lit, body)| quote!(#lit => { #body }));
        quote! {
            match #start {
                #(#arms)*
                _ => #generic
            }
        }
    };
    // The shared ends of the walk, each after a block that its exits break out of.
    if g.slow_exit {
        let label = Names::slow_label();
        let slow = g.exit_dyn(quote! {
            Self::TABLES.longest_match_slow(#start, #bytes, #pos, #internals::memo(#lex))
        });
        walk = quote!(#label: { #walk } #slow);
    }
    for &rule in &g.exits {
        let label = Names::rule_label(rule);
        let action = g.action(rule);
        walk = quote!(#label: { #walk } #action);
    }
    let class_table = g.uses_walk_class.then(|| {
        let cs = g.walk_class.iter().map(|&c| Literal::u8_unsuffixed(c));
        quote!(static __SLY_WALK_CLASS: [::core::primitive::u8; 256] = [#(#cs),*];)
    });
    Some(quote! {
        #[inline(always)]
        fn next_token(
            #lex: &mut #krate::__private::Lexer<#lt, Self>,
        ) -> ::core::option::Option<
            ::core::result::Result<(Self, #krate::__private::Span), #krate::__private::LexError>,
        > {
            #class_table
            #next: loop {
                let #bytes = #lex.source().as_bytes();
                let #pos = #internals::next_start(#lex);
                if #pos >= #bytes.len() {
                    return ::core::option::Option::None;
                }
                if #internals::memo_covers(#lex) {
                    match #internals::next_remembered(#lex) {
                        ::core::option::Option::Some(__sly_item) => return __sly_item,
                        ::core::option::Option::None => continue #next,
                    }
                }
                let #start = #internals::start_state(#lex);
                let mut #p = #pos;
                #tok_decl
                #walk
            }
        }
    })
}

#[derive(Clone)]
struct Names {
    start: syn::Ident,
    bytes: syn::Ident,
    pos: syn::Ident,
    p: syn::Ident,
    tok: syn::Ident,
    /// The lexer.
    lex: syn::Ident,
    /// The label of the token loop.
    next: syn::Lifetime,
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
            lex: id("__sly_lex"),
            next: syn::Lifetime::new("'__sly_next", Span::mixed_site()),
        }
    }

    /// The label of the loop around the code of state `s`.
    fn label(s: u32) -> syn::Lifetime {
        syn::Lifetime::new(&format!("'__sly_s{s}"), Span::mixed_site())
    }

    /// The label of the block after which the action of `rule` comes.
    fn rule_label(rule: u16) -> syn::Lifetime {
        syn::Lifetime::new(&format!("'__sly_r{rule}"), Span::mixed_site())
    }

    /// The label of the block after which the table's slow path comes.
    fn slow_label() -> syn::Lifetime {
        syn::Lifetime::new("'__sly_slow", Span::mixed_site())
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
    /// The path of the `sly` crate.
    krate: syn::Path,
    /// Each byte's class for the walk's `match`es: bytes that every state sends to the same
    /// place share one.
    walk_class: [u8; 256],
    /// How many classes there are.
    walk_classes: usize,
    /// Whether some `match` goes by class (the class table is then emitted).
    uses_walk_class: bool,
    /// The rules the walk ends with, whose actions follow it.
    exits: BTreeSet<u16>,
    /// Whether the walk ends by the table's slow path somewhere.
    slow_exit: bool,
}

impl Gen<'_> {
    /// The path of the trait with the lexer's methods for generated code, called with
    /// fully qualified syntax so that no user item can stand in for them.
    fn internals(&self) -> TokenStream {
        let krate = &self.krate;
        quote!(#krate::__private::LexerInternals)
    }

    /// The code that ends the walk with a match of the constant `rule` from the token start
    /// to `p`: a jump to the rule's action (see [`action`](Self::action)).
    fn exit(&mut self, rule: u16) -> TokenStream {
        self.exits.insert(rule);
        let label = Names::rule_label(rule);
        quote!(break #label;)
    }

    /// The action of the constant `rule` on the match from the token start to `p`. It comes
    /// once per rule, after a labeled block around the whole walk that every exit of the rule
    /// breaks out of: a direct jump (the rule is known at each exit, so the walk's `match` on
    /// the byte stays the only dispatch), and the action's code is not repeated at each of the
    /// rule's accepting states (a keyword's every prefix accepts an identifier).
    fn action(&self, rule: u16) -> TokenStream {
        let Names {
            p, tok, lex, next, ..
        } = &self.names;
        let krate = &self.krate;
        let internals = self.internals();
        let rule = Literal::u16_unsuffixed(rule);
        let outcome = quote!(#krate::__private::Outcome);
        quote! {
            #internals::set_match(#lex, #tok, #p);
            match Self::action(#rule, #lex) {
                #outcome::Emit(__sly_t) => {
                    return ::core::option::Option::Some(::core::result::Result::Ok((__sly_t, #lex.span())));
                }
                #outcome::Skip => continue #next,
                #outcome::Error(__sly_reason) => return #internals::action_error(#lex, #rule, __sly_reason),
            }
        }
    }

    /// The code that ends the walk by the table walk's slow path from the token start: a jump
    /// to that code, which comes once after the walk, like the actions.
    fn exit_slow(&mut self) -> TokenStream {
        self.slow_exit = true;
        let label = Names::slow_label();
        quote!(break #label;)
    }

    /// The code that ends the walk with the table walk's result `walk`, an expression of type
    /// `(token_start, state, end)`.
    fn exit_dyn(&self, walk: TokenStream) -> TokenStream {
        let Names { lex, next, .. } = &self.names;
        let internals = self.internals();
        quote! {{
            let (__sly_a, __sly_r, __sly_e) = Self::TABLES.rule_of(#walk);
            match #internals::dispatch(#lex, __sly_a, __sly_r, __sly_e) {
                ::core::option::Option::Some(__sly_item) => return __sly_item,
                ::core::option::Option::None => continue #next,
            }
        }}
    }

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
            lex,
            ..
        } = self.names.clone();
        let rule = self.t.accept[s as usize / self.t.stride];
        if s >= self.t.final_from {
            return self.exit(rule);
        }
        let mut code = TokenStream::new();
        let stay: Vec<u8> = (0..=255u8).filter(|&b| self.next(s, b) == s).collect();
        if !stay.is_empty() {
            let except: Vec<u8> = (0..0x80u8).filter(|b| !stay.contains(b)).collect();
            if stay.iter().all(|&b| b < 0x80) && except.len() <= MAX_EXCEPT {
                // Every ASCII byte but a few (a string or comment body): word arithmetic,
                // eight bytes a step.
                let krate = &self.krate;
                let except = except.iter().map(|&b| Literal::u8_suffixed(b));
                code.extend(quote! {
                    #p = #krate::__private::LexTables::scan_ascii_except(
                        #bytes, #p, [#(#except),*],
                    );
                });
            } else if self.t.loops[s as usize / self.t.stride] != 0 {
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
            self.exit(rule)
        } else {
            self.exit_slow()
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
        // The byte the `match` reads.
        let mut first = quote!(#bytes.get(#p));
        if s == self.start {
            // Blanks before a token: a restart state entered on bytes that keep it in itself
            // is skipped before the `match`, which then sees the byte after the blanks (as the
            // restart state would: its other transitions are the start state's).
            let skips: Vec<u32> = groups
                .iter()
                .filter(|&(&n, group)| {
                    self.restarts(n)
                        && self.t.loops[n as usize / self.t.stride] != 0
                        && group.iter().all(|&b| self.next(n, b) == n)
                })
                .map(|(&n, _)| n)
                .collect();
            if !skips.is_empty() {
                self.uses_tok = true;
            }
            for &n in &skips {
                let n_lit = Literal::usize_unsuffixed(n as usize);
                let group = &groups[&n];
                let stay_set: Vec<u8> = (0..=255u8).filter(|&b| self.next(n, b) == n).collect();
                if skips.len() == 1 && stay_set == *group {
                    // The bytes that enter the blanks are the bytes that stay in them: one
                    // scan by the stay table, which also makes the test of the first byte
                    // and hands over the byte after the blanks to the `match`.
                    code.extend(quote! {
                        let (__sly_at, __sly_first) = Self::TABLES.scan_loop_at(#n_lit, #bytes, #p);
                        #p = __sly_at;
                        #tok = #p;
                    });
                    first = quote!(__sly_first);
                } else {
                    let pat = byte_pattern(group);
                    code.extend(quote! {
                        if let ::core::option::Option::Some(&(#pat)) = #bytes.get(#p) {
                            #p = Self::TABLES.scan_loop(#n_lit, #bytes, #p + 1);
                            #tok = #p;
                        }
                    });
                }
            }
            // After one such skip the byte read next is none that enters it (the scan stops
            // at the first byte outside the blanks): its arm would be dead code in the match.
            if let [n] = skips[..] {
                groups.remove(&n);
            }
        }
        // A `match` on the byte compiles to a chain of range tests when the arms' byte sets
        // are ragged (a keyword's next letter in either case among the identifier bytes); on
        // the byte's class (one load) the same sets are a few bit tests. The start state's
        // many arms make a jump table on the byte, as good without the load.
        let classes = self.walk_classes;
        let ranges: usize = groups.values().map(|g| byte_ranges(g).len()).sum();
        let by_class = s != self.start && classes < 256 && ranges > MAX_BYTE_RANGES;
        self.uses_walk_class |= by_class;
        let mut arms = Vec::new();
        for (n, group) in groups {
            let pat = if by_class {
                let mut cs: Vec<u8> = group.iter().map(|&b| self.walk_class[b as usize]).collect();
                cs.sort_unstable();
                cs.dedup();
                let cs = cs.iter().map(|&c| Literal::u8_unsuffixed(c));
                quote!(#(#cs)|*)
            } else {
                byte_pattern(&group)
            };
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
                let internals = self.internals();
                arm.extend(self.exit_dyn(quote! {
                    Self::TABLES.continue_walk(#start, #pos, #n_lit, #p, #tok, #bytes, #internals::memo(#lex))
                }));
            }
            if by_class {
                arms.push(quote!(#pat => { #arm }));
            } else {
                arms.push(quote!(::core::option::Option::Some(&(#pat)) => { #arm }));
            }
        }
        if by_class {
            // No byte has the class `classes`: it stands for the end of the input.
            let none = Literal::u8_unsuffixed(classes as u8);
            code.extend(quote! {
                let __sly_class = match #bytes.get(#p) {
                    ::core::option::Option::Some(&__sly_b) => __SLY_WALK_CLASS[__sly_b as ::core::primitive::usize],
                    ::core::option::Option::None => #none,
                };
                match __sly_class {
                    #(#arms)*
                    _ => { #end }
                }
            });
        } else {
            code.extend(quote! {
                match #first {
                    #(#arms)*
                    _ => { #end }
                }
            });
        }
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

/// The coarsest byte classes of the DFA (bytes that lead every state to the same state share
/// a class), and how many there are.
fn walk_classes(t: &LexTablesBuf) -> ([u8; 256], usize) {
    let states = t.trans.len() / t.stride;
    let mut ids: BTreeMap<Vec<u32>, u8> = BTreeMap::new();
    let mut class = [0u8; 256];
    for b in 0..=255u8 {
        let col = t.byte_class[b as usize] as usize;
        let sig: Vec<u32> = (0..states).map(|k| t.trans[k * t.stride + col]).collect();
        let n = ids.len();
        // At most 256 distinct columns: the id fits in a byte.
        class[b as usize] = *ids.entry(sig).or_insert(n as u8);
    }
    (class, ids.len())
}

/// How many byte ranges a state's arms may test before its `match` goes by byte class.
const MAX_BYTE_RANGES: usize = 2;

/// `a..=b | c | ...` over the sorted bytes `set`.
fn byte_pattern(set: &[u8]) -> TokenStream {
    let parts = byte_ranges(set).into_iter().map(|(lo, hi)| {
        let (l, h) = (Literal::u8_unsuffixed(lo), Literal::u8_unsuffixed(hi));
        if lo == hi {
            quote!(#l)
        } else {
            quote!(#l..=#h)
        }
    });
    quote!(#(#parts)|*)
}

/// The runs of consecutive bytes in the sorted `set`, as `(first, last)`.
fn byte_ranges(set: &[u8]) -> Vec<(u8, u8)> {
    let mut ranges: Vec<(u8, u8)> = Vec::new();
    for &b in set {
        match ranges.last_mut() {
            Some((_, hi)) if *hi != 255 && *hi + 1 == b => *hi = b,
            _ => ranges.push((b, b)),
        }
    }
    ranges
}
