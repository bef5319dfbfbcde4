//! The example of the design notes, section 1, verbatim: it compiles and behaves as written.
//!
//! The example lives in `tests/design/section1.rs`, included unchanged (and so unformatted).

include!("../design/section1.rs");

#[test]
fn the_design_example_runs() {
    main();
    let mut calc = Calc::default();
    assert_eq!(calc.parse(Tok::lexer("x = 3 + 4 * -2")), Ok(None));
    assert_eq!(calc.names["x"], -5);
    assert_eq!(calc.parse(Tok::lexer("x * 2 - 1")), Ok(Some(-11)));
    assert_eq!(calc.parse(Tok::lexer("8 / 2 / 2")), Ok(Some(2)));
    assert_eq!(
        calc.parse(Tok::lexer("2 * (3 + 4) # comment")),
        Ok(Some(14))
    );
    assert_eq!(calc.parse(Tok::lexer("y")), Ok(Some(0)));
}

#[test]
fn errors_render_with_line_column_and_caret() {
    let src = "x = 3 +\n  * 2";
    let err = Calc::default().parse(Tok::lexer(src)).unwrap_err();
    assert_eq!(err.found(), Some("Times"));
    assert_eq!(err.expected(), ["Name", "Minus", "LParen", "Number"]);
    // The message shows what a user types: literal tokens as written.
    assert_eq!(err.expected_display(), ["Name", "`-`", "`(`", "Number"]);
    assert_eq!(
        err.render(src),
        "2:3: unexpected `*`, expected one of Name, `-`, `(`, or Number\n  |\n2 |   * 2\n  |   ^\n"
    );
    let err = Calc::default().parse(Tok::lexer("1 $ 2")).unwrap_err();
    assert!(err.lex_error().is_some());
    assert_eq!(err.span(), Span::new(2, 3));
}
