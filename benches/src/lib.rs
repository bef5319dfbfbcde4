//! Benchmark support code shared by the criterion benches.

pub mod calc_ast;
pub mod calc_hand;
pub mod calc_lalrpop;
pub mod calc_sly;
pub mod calc_sly_direct;
pub mod lexer_input;
pub mod sql_gen;
pub mod yacc_gen;
