//! LALR(1) construction.
