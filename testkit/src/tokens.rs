//! Random mutation of token streams, for the robustness tests of the derive macros: they mutate
//! valid input, run the expansion without a compiler, and check that it never panics and that
//! it explains every error.

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};

use crate::rng::Random;

/// How deep inside groups [`mutate`] goes at most: the sixth level of nesting.
const MAX_DEPTH: u32 = 6;

/// What [`mutate`] may put in place of a token tree, besides the stream's own trees and an
/// empty `()`: the words and string literals that the macro under test reads.
#[derive(Debug)]
pub struct Replacements<R> {
    /// Words whose first token tree replaces a tree: attribute keys, `=`, `,`, `'s` ...
    pub words: &'static [&'static str],
    /// The unsuffixed integer literal that replaces a tree when the chosen word does not lex
    /// (such as `(` alone).
    pub fallback: u8,
    /// Makes the text of a string literal that replaces a tree: a random rule, a pattern.
    pub string: fn(&mut R) -> String,
}

/// Changes one place of `ts`: picks one of its top-level trees, then removes it, duplicates
/// it, swaps it with another, replaces it with a string literal or a word of `with`, or
/// changes one place inside it the same way when it is a group (up to the sixth level of
/// nesting; a tree that is not a group becomes an empty `()`). The same stream, generator
/// state and replacements give the same result.
///
/// # Panics
/// When a word is to be picked from an empty `with.words`, or when `with.string` panics.
///
/// # Examples
/// ```
/// use sly_testkit::rng::XorShift64Star;
/// use sly_testkit::tokens::{Replacements, mutate};
///
/// let with = Replacements {
///     words: &["token", "="],
///     fallback: 7,
///     string: |_: &mut XorShift64Star| "[0-9]+".to_string(),
/// };
/// let valid: proc_macro2::TokenStream = "#[token(\"+\")] Plus".parse().unwrap();
/// let a = mutate(valid.clone(), &mut XorShift64Star::new(1), &with);
/// let b = mutate(valid, &mut XorShift64Star::new(1), &with);
/// assert_eq!(a.to_string(), b.to_string());
/// ```
pub fn mutate<R: Random>(ts: TokenStream, rng: &mut R, with: &Replacements<R>) -> TokenStream {
    mutate_at(ts, rng, 0, with)
}

/// [`mutate`] at nesting level `depth`.
fn mutate_at<R: Random>(
    ts: TokenStream,
    rng: &mut R,
    depth: u32,
    with: &Replacements<R>,
) -> TokenStream {
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
        3 => trees[i] = TokenTree::Literal(Literal::string(&(with.string)(rng))),
        4 => {
            let word = rng.pick(with.words);
            trees[i] = word
                .parse::<TokenStream>()
                .ok()
                .and_then(|t| t.into_iter().next())
                .unwrap_or_else(|| TokenTree::Literal(Literal::u8_unsuffixed(with.fallback)));
        }
        _ => {
            if let TokenTree::Group(g) = &trees[i] {
                if depth < MAX_DEPTH {
                    let inner = mutate_at(g.stream(), rng, depth + 1, with);
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
