//! Fuzz target: `checks::sql_lexer` on arbitrary bytes read as UTF-8.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        checks::sql_lexer(src);
    }
});
