//! The integration tests of `sly`, one module per subject, compiled into one binary.
//!
//! Three suites stay binaries of their own: `tests/lexer_runtime.rs` installs a counting
//! global allocator and `tests/hostile_lex_memory.rs` measures the process's peak resident
//! size, so each needs a process to itself, and `tests/ui.rs` holds the trybuild compile-fail
//! cases.
//!
//! proptest replays the seeds of past failures of the properties in a module from
//! `tests/proptest-regressions/MODULE.txt`, and saves new ones there: it places the file beside
//! the directory that holds `main.rs`.

mod design_example;
mod error_messages;
mod hostile_calc;
mod hostile_fuzz_inputs;
mod hostile_grammars;
mod hostile_limits;
mod hostile_sql;
mod lexer;
mod lexer_hygiene;
mod lexer_prop;
mod parser_calc;
mod parser_hygiene;
mod parser_json;
mod parser_lr_modes;
mod parser_options;
mod parser_recovery;
mod push_incremental;
mod sql_breadth;
mod sql_corpus;
mod sql_errors;
