//! Compile-fail cases of `#[derive(Lexer)]`: each mistake gives an error spanned on the
//! offending attribute or type, and every error of one build is reported at once. Update the
//! expected output with `TRYBUILD=overwrite` and review the diff.

#[test]
fn lexer_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/lexer/*.rs");
}
