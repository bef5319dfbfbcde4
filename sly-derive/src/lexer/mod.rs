//! `#[derive(Lexer)]`: [`ast`] parses the enum into rules, sly-core builds the DFA, [`expand`]
//! prints the tables and the glue, [`walk`] the code for the first steps of the DFA.

pub mod ast;
pub mod expand;
pub mod walk;

#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod tests;
