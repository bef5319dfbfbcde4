//! Compile-fail cases of `#[derive(Lexer)]` and `#[parser]`: each mistake gives an error
//! spanned on the offending attribute, type or rule, and every error of one build is reported
//! at once. Update the expected output with `TRYBUILD=overwrite` and review the diff.
//!
//! A binary of its own: trybuild runs the compiler on every case, and the other integration
//! tests need not wait for it.

#[test]
fn lexer_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/lexer/*.rs");
}

#[test]
fn parser_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/parser/*.rs");
}
