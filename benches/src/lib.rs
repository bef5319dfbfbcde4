//! Benchmark support code shared by the criterion benches.

pub mod yacc_gen;
