//! Procedural macros of sly: `#[derive(Lexer)]` and `#[parser]`.
//!
//! Use them through the `sly` crate, which re-exports them with their documentation.
#![forbid(unsafe_code)]
