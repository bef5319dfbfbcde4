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

/// A newtype over a parser type, for its grammar generated a second time with
/// `codegen = "direct"` (see `codegen_direct`): it derefs to the parser, so the actions reach
/// its fields and helper methods as they do in the first.
macro_rules! direct_twin {
    ($twin:ident, $base:ty) => {
        struct $twin($base);

        impl ::core::ops::Deref for $twin {
            type Target = $base;
            fn deref(&self) -> &$base {
                &self.0
            }
        }

        impl ::core::ops::DerefMut for $twin {
            fn deref_mut(&mut self) -> &mut $base {
                &mut self.0
            }
        }
    };
}
pub(crate) use direct_twin;

mod codegen_direct;
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
