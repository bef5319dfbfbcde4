//! `#[derive(Lexer)]`: [`ast`] parses the enum into rules, sly-core builds the DFA, [`expand`]
//! prints the tables and the glue.

pub mod ast;
pub mod expand;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;
