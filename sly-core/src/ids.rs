//! Typed indices of grammar symbols, productions and states.

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The index as a `usize`, for indexing vectors.
            #[inline]
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl From<usize> for $name {
            #[inline]
            fn from(i: usize) -> Self {
                $name(i as u32)
            }
        }
    };
}

id!(
    /// A terminal of a grammar. Terminal 0 is the end marker `$end`, terminal 1 is `error`.
    TermId
);
id!(
    /// A nonterminal of a grammar. Nonterminal 0 is the augmented start `$accept`.
    NontermId
);
id!(
    /// A production (rule alternative). Production 0 is `$accept: start $end`.
    ProdId
);
id!(
    /// A state of the LR automaton. State 0 is the initial state.
    StateId
);
