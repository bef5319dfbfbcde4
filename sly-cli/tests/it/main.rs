//! The integration tests of the `sly` command-line tool, compiled into one binary.

mod bison_diff;
mod cli;
mod common;
mod counterexample;
mod messages;
