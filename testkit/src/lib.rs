//! Test utilities shared by sly's tests and benchmarks, one copy of each:
//!
//! - [`rng`]: seeded pseudo-random numbers, so that every random case reproduces from its seed;
//! - [`yacc`]: random yacc grammars (the differential tests against GNU Bison) and large
//!   generated ones (the grammar-engine benchmark);
//! - [`tokens`]: random mutation of token streams, for the derive macros' robustness tests;
//! - [`derivations`]: counting the derivation trees of a sentential form, the oracle of the
//!   conflict counterexamples' tests.
//!
//! Not published: only the workspace's tests and benchmarks use it.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod derivations;
pub mod rng;
pub mod tokens;
pub mod yacc;
