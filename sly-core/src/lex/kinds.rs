//! The variants of a derived token enum by name and index, for the code `#[parser]` generates:
//! it classifies tokens into terminals with a table built from the names at compile time, and
//! checks at compile time that every terminal of the grammar names a variant. Not public API.

/// The variants of a token enum: implemented by `#[derive(Lexer)]`.
#[doc(hidden)]
pub trait TokenKinds {
    /// The variant names, in declaration order.
    const KINDS: &'static [&'static str];

    /// How messages show each variant, in the same order: its `name = "..."`, else its first
    /// literal in backquotes (`` `+` ``), else its name.
    const DISPLAY: &'static [&'static str];

    /// The index in [`KINDS`](Self::KINDS) of this token's variant.
    fn kind(&self) -> usize;
}

/// The payload of the one-field variant number `K` as a value of type `P`: implemented by
/// `#[derive(Lexer)]` for each such variant with its field's type, and for `K` one past the
/// last variant (a name the enum does not have, which a check reports) with every type.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "the parameter's type `{P}` is not the type of the terminal's payload",
    label = "the token variant's field has another type",
    note = "a terminal's parameter is the whole token (its enum type) or the payload of its one-field variant"
)]
pub trait TokenPayload<const K: usize, P> {
    /// The payload; the token must be of variant `K`.
    fn take(self) -> P;
}

/// The index of the variant `name` in `kinds`, or `kinds.len()` when there is none.
#[doc(hidden)]
pub const fn kind_index(kinds: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < kinds.len() {
        if same(kinds[i], name) {
            return i;
        }
        i += 1;
    }
    kinds.len()
}

/// `display[k]`, or `name` when `k` is past its end (a terminal the enum lacks, which a check
/// reports).
#[doc(hidden)]
pub const fn display_of(display: &[&'static str], k: usize, name: &'static str) -> &'static str {
    if k < display.len() { display[k] } else { name }
}

/// Whether two strings are equal, in a constant.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `name` is one of `kinds`.
#[doc(hidden)]
pub const fn has_kind(kinds: &[&str], name: &str) -> bool {
    let mut i = 0;
    while i < kinds.len() {
        if same(kinds[i], name) {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_by_index() {
        const KINDS: &[&str] = &["Num", "Plus", "Space"];
        const { assert!(has_kind(KINDS, "Plus") && !has_kind(KINDS, "Plu")) };
        assert!(!has_kind(KINDS, "Pluss"));
        assert_eq!(kind_index(KINDS, "Space"), 2);
        assert_eq!(kind_index(KINDS, "Spaces"), 3);
    }
}
