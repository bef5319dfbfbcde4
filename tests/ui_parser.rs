//! Compile-fail cases of `#[parser]`: each mistake gives a spanned error, and every error of
//! one build is reported at once. Update the expected output with `TRYBUILD=overwrite`.

#[test]
fn parser_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/parser/*.rs");
}
