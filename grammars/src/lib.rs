//! Ready-made grammars written with sly, shared by the examples, tests and benchmarks.
//!
//! - [`calc`]: SLY's calculator.
//! - `sql`: a SQL parser into a typed syntax tree (cargo feature `sql`, on by default).
//!
//! Both grammars also come generated with `codegen = "direct"`: [`calc::DirectCalc`] always,
//! `sql::DirectSqlParser` and `sql::direct` with the cargo feature `direct` (off by default:
//! it doubles the SQL grammar's compile time).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

// The examples of the repository's README run as doctests here, where both `sly` and these
// grammars are at hand (the published `sly` package carries the README but not the grammars).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

pub mod calc;
#[cfg(feature = "sql")]
pub mod sql;
