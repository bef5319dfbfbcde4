//! Ready-made grammars written with sly, shared by the examples, tests and benchmarks.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod calc;
pub mod sql;
