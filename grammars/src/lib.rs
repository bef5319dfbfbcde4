//! Ready-made grammars written with sly, shared by the examples, tests and benchmarks.
//!
//! - [`calc`]: SLY's calculator.
//! - `sql`: a SQL parser into a typed syntax tree (cargo feature `sql`, on by default).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod calc;
#[cfg(feature = "sql")]
pub mod sql;
