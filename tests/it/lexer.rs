//! Integration tests of `#[derive(Lexer)]`: matching rules, payloads, errors, spans, Unicode,
//! lexer states, hygiene.

use sly::{Filter, LexError, LexErrorKind, Lexer, LineCol, LineIndex, Span};

/// Lexes `src` completely; errors are kept in place.
fn lex_all<'s, T>(lexer: sly::Lexer<'s, T>) -> Vec<Result<(T, Span), LexError>>
where
    T: sly::__private::LexSpec<'s>,
{
    lexer.collect()
}

/// Lexes `src` and returns the tokens with the text of their spans; panics on an error.
fn tokens<'s, T>(src: &'s str, lexer: sly::Lexer<'s, T>) -> Vec<(T, &'s str)>
where
    T: sly::__private::LexSpec<'s> + std::fmt::Debug,
{
    lexer
        .map(|r| {
            let (t, span) = r.unwrap_or_else(|e| panic!("{}", e.render(src)));
            (t, &src[span.range()])
        })
        .collect()
}

// The enum of the first example of the design notes (tests/design/section1.rs), exactly as written there.
#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\r\n]+", skip = r"#[^\n]*")]
pub enum Tok<'s> {
    #[regex(r"[0-9]+")] // payload parsed with FromStr
    Number(i64),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")] // &str payload: the matched slice, zero-copy
    Name(&'s str),
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Times,
    #[token("/")]
    Divide,
    #[token("=")]
    Assign,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
}

#[test]
fn design_example_enum() {
    let src = "x = 3 + 4 * -2 # comment\n(y)";
    let toks: Vec<_> = Tok::lexer(src).collect::<Result<_, _>>().unwrap();
    assert_eq!(
        toks,
        [
            (Tok::Name("x"), Span::new(0, 1)),
            (Tok::Assign, Span::new(2, 3)),
            (Tok::Number(3), Span::new(4, 5)),
            (Tok::Plus, Span::new(6, 7)),
            (Tok::Number(4), Span::new(8, 9)),
            (Tok::Times, Span::new(10, 11)),
            (Tok::Minus, Span::new(12, 13)),
            (Tok::Number(2), Span::new(13, 14)),
            (Tok::LParen, Span::new(25, 26)),
            (Tok::Name("y"), Span::new(26, 27)),
            (Tok::RParen, Span::new(27, 28)),
        ]
    );
    // Zero-copy: the payload points into the source.
    let Some(Ok((Tok::Name(x), _))) = Tok::lexer(src).next() else {
        panic!("expected a name")
    };
    assert!(std::ptr::eq(x.as_ptr(), src.as_ptr()));
}

#[test]
fn empty_and_blank_inputs() {
    assert!(Tok::lexer("").next().is_none());
    assert!(Tok::lexer("  \n\t # only a comment").next().is_none());
}

#[derive(Lexer, Debug, Clone, Copy, PartialEq)]
#[sly(skip = " +")]
enum Ops {
    // Shorter literals first, keyword after the identifier regex: the order must not matter.
    #[token("=")]
    Assign,
    #[token("<")]
    Lt,
    #[token("==")]
    Eq,
    #[token("<=")]
    Le,
    #[token("<>")]
    Ne,
    #[regex("[a-z]+")]
    Ident,
    #[token("if")]
    If,
    #[regex("[a-z]+[0-9]", priority = 1)]
    Low,
    #[regex("[a-z][0-9]", priority = 2)]
    High,
    #[regex("[0-9]+")]
    First,
    // Ties with `First` on digits and loses; wins on `#` (a pattern that wins nowhere is an
    // error).
    #[regex("[0-9]+|#")]
    Second,
}

#[test]
fn longest_match_and_tie_rules() {
    let src = "== = <= < <> <<= if iff i ifx x1 ab1 12";
    let got: Vec<_> = tokens(src, Ops::lexer(src));
    assert_eq!(
        got,
        [
            (Ops::Eq, "=="),
            (Ops::Assign, "="),
            (Ops::Le, "<="),
            (Ops::Lt, "<"),
            (Ops::Ne, "<>"),
            (Ops::Lt, "<"),
            (Ops::Le, "<="),
            (Ops::If, "if"),     // token beats regex at equal length
            (Ops::Ident, "iff"), // longest match beats the token
            (Ops::Ident, "i"),
            (Ops::Ident, "ifx"),
            (Ops::High, "x1"),  // equal length and kind: higher priority
            (Ops::Low, "ab1"),  // only Low matches 3 bytes
            (Ops::First, "12"), // equal everything: first declared
        ]
    );
}

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"\s+")]
enum Payloads {
    #[regex(r"[0-9]+\.[0-9]+")]
    Float(f64),
    #[regex(r"'[^']'")]
    #[regex(r"'\\.'", |lex| lex.slice().chars().nth(2).map(|c| if c == 'n' { "\n".to_string() } else { c.to_string() }))]
    Char(String),
    #[regex(r"[A-Z]")]
    Letter(char),
    #[regex("[a-z]+")]
    Word(String),
    #[regex("[0-9]+")]
    Byte(u8),
    #[regex(r"@[a-z]+", |lex| (lex.slice().len(), lex.slice()[1..].to_uppercase()))]
    Pair(usize, String),
    #[regex(r"\$[0-9]+", |lex| lex.slice()[1..].parse::<u32>())]
    Dollar(u32),
    #[token("!", |_| false)]
    Never,
    #[token("?", |_: &mut Lexer<'_, Payloads>| true)]
    Always,
    #[token("~", callback = |_| Filter::Skip)]
    Tilde,
    #[regex(r"%[a-z]*", path_callback)]
    Percent(Point),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point(usize);

fn path_callback(lex: &mut Lexer<'_, Payloads>) -> Option<Point> {
    (lex.slice().len() > 1).then(|| Point(lex.span().start))
}

#[test]
fn payload_conversions() {
    use Payloads::*;
    let src = "1.5 'x' '\\n' Q word 200 @ab $17 ? ~ %p";
    let got: Vec<_> = Payloads::lexer(src).map(|r| r.unwrap().0).collect();
    assert_eq!(
        got,
        [
            Float(1.5),
            Char("'x'".into()),
            Char("\n".into()),
            Letter('Q'),
            Word("word".into()),
            Byte(200),
            Pair(3, "AB".into()),
            Dollar(17),
            Always,
            Percent(Point(36)),
        ]
    );
}

#[test]
fn failed_conversions_are_errors_at_the_token() {
    let src = "300 ! $99999999999 % 7";
    let got = lex_all(Payloads::lexer(src));
    assert_eq!(got.len(), 5, "{got:?}");
    let e0 = got[0].as_ref().unwrap_err();
    assert_eq!(e0.span(), Span::new(0, 3));
    assert_eq!(
        e0.to_string(),
        "invalid `Byte` token: number too large to fit in target type"
    );
    assert_eq!(
        e0.kind(),
        LexErrorKind::InvalidToken {
            name: "Byte",
            reason: Some("number too large to fit in target type")
        }
    );
    assert_eq!(e0.char(), None);
    assert_eq!(e0.text(src), "300");
    let e1 = got[1].as_ref().unwrap_err();
    assert_eq!(
        (e1.span(), e1.to_string()),
        (Span::new(4, 5), "invalid `Never` token".into())
    );
    let e2 = got[2].as_ref().unwrap_err();
    assert_eq!(e2.span(), Span::new(6, 18));
    assert!(e2.to_string().starts_with("invalid `Dollar` token: "));
    let e3 = got[3].as_ref().unwrap_err();
    assert_eq!(
        (e3.span(), e3.to_string()),
        (Span::new(19, 20), "invalid `Percent` token".into())
    );
    // Lexing resumed after each failed token.
    assert_eq!(got[4], Ok((Payloads::Byte(7), Span::new(21, 22))));
}

#[test]
fn unexpected_characters_resume_at_the_next_char() {
    let src = "x = @é€ + 1\n  ^^";
    let got = lex_all(Tok::lexer(src));
    let errors: Vec<_> = got.iter().filter_map(|r| r.as_ref().err()).collect();
    let oks: Vec<_> = got
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|t| t.0.clone())
        .collect();
    assert_eq!(
        oks,
        [Tok::Name("x"), Tok::Assign, Tok::Plus, Tok::Number(1)]
    );
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.char().unwrap(), e.span()))
        .collect();
    assert_eq!(
        found,
        [
            ('@', Span::new(4, 5)),
            ('é', Span::new(5, 7)),
            ('€', Span::new(7, 10)),
            ('^', Span::new(17, 18)),
            ('^', Span::new(18, 19)),
        ]
    );
    for e in &errors {
        assert!(src.is_char_boundary(e.span().start) && src.is_char_boundary(e.span().end));
    }
    assert_eq!(errors[2].to_string(), "unexpected character `€`");
    assert_eq!(
        errors[3].render(src),
        "2:3: unexpected character `^`\n  |\n2 |   ^^\n  |   ^\n"
    );
    let err: &dyn std::error::Error = errors[0];
    assert_eq!(err.to_string(), "unexpected character `@`");
}

#[test]
fn line_index_gives_lines_and_char_columns() {
    let src = "a = 1\nbé = ab\n\n  c";
    let idx = LineIndex::new(src);
    let spans: Vec<_> = Tok::lexer(src)
        .filter_map(|r| r.ok())
        .map(|t| t.1)
        .collect();
    let at: Vec<_> = spans.iter().map(|s| idx.line_col(src, s.start)).collect();
    // `bé` is a lexing error + Name("b"): check the tokens after it too.
    assert_eq!(at[0], LineCol { line: 1, col: 1 });
    assert_eq!(at[3], LineCol { line: 2, col: 1 });
    assert_eq!(at.last(), Some(&LineCol { line: 4, col: 3 }));
    let eq = spans
        .iter()
        .find(|s| &src[s.range()] == "=" && s.start > 6)
        .unwrap();
    assert_eq!(idx.line_col(src, eq.start), LineCol { line: 2, col: 4 });
}

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"\s+")]
enum Uni<'s> {
    #[regex(r"\p{L}+")]
    Word(&'s str),
    #[regex(r"\w+", priority = -1)]
    WordChars(&'s str),
    #[token("→")]
    Arrow,
    #[token("ÉTÉ", ignore_case)]
    Summer,
    #[regex(r"[0-9]+")]
    Num(u32),
}

#[test]
fn unicode_patterns_and_char_boundaries() {
    let src = "héllo → Ωμέγα été x_1 日本語 42 ÉtÉ";
    let got = tokens(src, Uni::lexer(src));
    assert_eq!(
        got,
        [
            (Uni::Word("héllo"), "héllo"),
            (Uni::Arrow, "→"),
            (Uni::Word("Ωμέγα"), "Ωμέγα"),
            (Uni::Summer, "été"),
            (Uni::WordChars("x_1"), "x_1"),
            (Uni::Word("日本語"), "日本語"),
            (Uni::Num(42), "42"),
            (Uni::Summer, "ÉtÉ"),
        ]
    );
    // A char that starts no token is reported whole.
    let errs: Vec<_> = Uni::lexer("→→ ☃").filter_map(Result::err).collect();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].span(), Span::new(7, 10));
}

#[derive(Lexer, Debug, Clone, Copy, PartialEq, Eq)]
#[sly(skip = r"[ \n]+")]
enum Sql {
    #[token("select", ignore_case)]
    Select,
    #[token("from", ignore_case)]
    From,
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Ident,
    #[token("=")]
    #[token("==")]
    Eq,
    #[token("<>")]
    #[token("!=")]
    Ne,
    #[token("<")]
    Lt,
}

#[test]
fn several_patterns_on_one_variant_and_ignore_case() {
    let src = "SELECT a FrOm b = == <> != < selected";
    let got: Vec<_> = Sql::lexer(src).map(|r| r.unwrap().0).collect();
    use Sql::*;
    assert_eq!(got, [Select, Ident, From, Ident, Eq, Eq, Ne, Ne, Lt, Ident]);
}

/// Nested comments and strings with escapes and `${...}` interpolation, lexed with states.
#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+", state = "INITIAL", state = "interp")]
#[sly(skip = r"/\*", callback = |lex| lex.push_state("comment"))]
#[sly(skip = r"/\*", state = "comment", callback = |lex| lex.push_state("comment"))]
#[sly(skip = r"\*/", state = "comment", callback = |lex| { lex.pop_state(); })]
#[sly(skip = r"[^*/]+|\*|/", state = "comment")]
enum Script<'s> {
    #[regex("[a-z]+")]
    #[regex("[a-z]+", state = "interp")]
    Ident(&'s str),
    #[token("+")]
    #[token("+", state = "interp")]
    Plus,
    #[token("{")]
    #[token("{", state = "interp", callback = |lex| lex.push_state("interp"))]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("}", state = "interp", callback = |lex| { lex.pop_state(); })]
    InterpEnd,
    #[token("\"", callback = |lex| lex.push_state("string"))]
    #[token("\"", state = "interp", callback = |lex| lex.push_state("string"))]
    StrStart,
    #[token("\"", state = "string", callback = |lex| { lex.pop_state(); })]
    StrEnd,
    #[regex(r#"[^"\\$]+|\$"#, state = "string")]
    Text(&'s str),
    #[regex(r#"\\["\\n$]"#, state = "string", callback = |lex| match &lex.slice()[1..] {
        "n" => '\n',
        other => other.chars().next().unwrap_or('\\'),
    })]
    Escape(char),
    #[token("${", state = "string", callback = |lex| lex.push_state("interp"))]
    InterpStart,
}

#[test]
fn nested_comments_with_states() {
    let src = "a /* one /* two */ still * / comment */ b /**/ c";
    let got: Vec<_> = Script::lexer(src).map(|r| r.unwrap().0).collect();
    assert_eq!(
        got,
        [Script::Ident("a"), Script::Ident("b"), Script::Ident("c")]
    );
    // An unterminated comment swallows the rest, and stays in the comment state.
    let mut lex = Script::lexer("a /* /* */ b");
    assert_eq!(lex.next().unwrap().unwrap().0, Script::Ident("a"));
    assert!(lex.next().is_none());
    assert_eq!(lex.state(), "comment");
    assert_eq!(lex.state_depth(), 1);
}

#[test]
fn strings_with_escapes_and_interpolation() {
    use Script::*;
    let src = r#"x + "a\"b ${ y + "in${z}ner" } \$c\n" + {w}"#;
    let got: Vec<_> = Script::lexer(src).map(|r| r.unwrap().0).collect();
    assert_eq!(
        got,
        [
            Ident("x"),
            Plus,
            StrStart,
            Text("a"),
            Escape('"'),
            Text("b "),
            InterpStart,
            Ident("y"),
            Plus,
            StrStart,
            Text("in"),
            InterpStart,
            Ident("z"),
            InterpEnd,
            Text("ner"),
            StrEnd,
            InterpEnd,
            Text(" "),
            Escape('$'),
            Text("c"),
            Escape('\n'),
            StrEnd,
            Plus,
            LBrace,
            Ident("w"),
            RBrace,
        ]
    );
}

#[test]
fn lexer_handle_api() {
    let mut lex = Script::lexer("ab + cd");
    assert_eq!(lex.source(), "ab + cd");
    assert_eq!(lex.state(), "INITIAL");
    let _ = lex.next();
    assert_eq!(lex.slice(), "ab");
    assert_eq!(lex.span(), Span::new(0, 2));
    assert_eq!(lex.remainder(), " + cd");
    lex.begin("string");
    assert_eq!(lex.state(), "string");
    assert_eq!(lex.next().unwrap().unwrap().0, Script::Text(" + cd"));
    assert!(!lex.pop_state());
}

#[test]
#[should_panic(expected = "unknown lexer state `nope`")]
fn unknown_state_is_a_programming_error() {
    Script::lexer("").begin("nope");
}

#[derive(Lexer, Debug, PartialEq)]
enum Bump {
    // A callback may take more input than the pattern matched: here a raw block `<<n` takes
    // the n bytes after it.
    #[regex("<<[0-9]", |lex| {
        let n = lex.slice().as_bytes()[2] - b'0';
        lex.bump(n as usize);
    })]
    Raw,
    #[regex("[a-z]")]
    Letter,
}

#[test]
fn callbacks_can_extend_the_token() {
    let got: Vec<_> = Bump::lexer("a<<3xyzb").map(|r| r.unwrap()).collect();
    assert_eq!(
        got,
        [
            (Bump::Letter, Span::new(0, 1)),
            (Bump::Raw, Span::new(1, 7)),
            (Bump::Letter, Span::new(7, 8)),
        ]
    );
}

mod custom_crate_path {
    pub mod reexport {
        pub use sly as renamed;
    }

    #[derive(reexport::renamed::Lexer, Debug, PartialEq)]
    #[sly(crate = reexport::renamed)]
    pub enum T {
        #[token("x")]
        X,
    }

    #[test]
    fn works() {
        assert_eq!(T::lexer("x").next().unwrap().unwrap().0, T::X);
    }
}

#[deny(warnings, unused_qualifications, missing_docs)]
mod hygiene {
    #![allow(dead_code)]
    //! Names that generated code must not pick up by accident.

    struct Option;
    struct Some;
    struct None;
    struct Ok;
    struct Err;
    struct Result;
    struct String;
    struct Lexer;
    struct Outcome;
    struct Span;
    #[allow(non_camel_case_types)]
    struct BYTE_CLASS;
    trait Iterator {}
    mod core {}
    mod std {}

    /// Tokens.
    #[derive(::sly::Lexer, Debug, PartialEq)]
    #[sly(skip = " ")]
    pub enum Tok<'a> {
        /// A name.
        #[regex("[a-z]+")]
        Name(&'a str),
        /// A number.
        #[regex("[0-9]+", |lex| lex.slice().parse::<u8>().ok())]
        Num(u8),
        /// Plus.
        #[token("+")]
        Plus,
    }

    #[test]
    fn generated_code_is_hygienic() {
        let n = Tok::lexer("a + 1").count();
        assert_eq!(n, 3);
    }
}

mod no_prelude {
    #![no_implicit_prelude]

    #[derive(::sly::Lexer, ::core::fmt::Debug, ::core::cmp::PartialEq)]
    pub enum Tok {
        #[regex("[0-9]+")]
        Num(u64),
        #[token(",")]
        Comma,
    }

    #[::core::prelude::v1::test]
    fn works_without_prelude() {
        let mut lex = Tok::lexer("1,2");
        let third = ::core::iter::Iterator::nth(&mut lex, 2);
        ::core::assert_eq!(third.unwrap().unwrap().0, Tok::Num(2));
    }
}

/// Text that starts a token but stops before it ends: one error naming the tokens that were
/// open, spanning from where they start to where they stopped; lexing resumes there.
mod unterminated {
    use sly::{LexErrorKind, Lexer, Span, WalkEnd};

    #[derive(Lexer, Debug, PartialEq)]
    #[sly(skip = r"[ \n]+", skip = r"/\*([^*]|\*+[^*/])*\*+/")]
    pub enum Tok<'s> {
        #[regex(r#""[^"\n]*""#)]
        Str(&'s str),
        #[regex(r#"'[^'\n]*'"#)]
        Chr(&'s str),
        #[regex("[a-z]+")]
        Name(&'s str),
        #[regex(r"[0-9]+\.[0-9]+")]
        Float(f64),
    }

    fn first_error(src: &str) -> sly::LexError {
        Tok::lexer(src).find_map(Result::err).expect("an error")
    }

    #[test]
    fn the_input_ends_inside_a_string() {
        let src = "a \"open string";
        let e = first_error(src);
        assert_eq!(e.span(), Span::new(2, 14));
        assert_eq!(
            e.to_string(),
            "unterminated `Str`: the input ends inside it"
        );
        assert_eq!(
            e.kind(),
            LexErrorKind::Unterminated {
                names: &["Str"],
                end: WalkEnd::Input
            }
        );
        assert_eq!(
            e.render(src),
            "1:3: unterminated `Str`: the input ends inside it\n  |\n1 | a \"open string\n  |   ^^^^^^^^^^^^\n"
        );
    }

    #[test]
    fn the_line_ends_inside_a_string() {
        let e = first_error("x \"abc\ny");
        assert_eq!(e.span(), Span::new(2, 6));
        assert_eq!(e.to_string(), "unterminated `Str`: the line ends inside it");
    }

    #[test]
    fn an_unclosed_comment_and_a_character_that_cannot_continue() {
        let e = first_error("a /* not closed");
        assert_eq!(
            e.to_string(),
            "unterminated skipped text: the input ends inside it"
        );
        assert_eq!(e.span(), Span::new(2, 15));
        let e = first_error("1.x");
        assert_eq!(
            e.to_string(),
            "unterminated `Float`: `x` cannot continue it"
        );
        assert_eq!(e.span(), Span::new(0, 2));
        // Quotes appear as typed, not escaped.
        let e = first_error("'it\"s");
        assert_eq!(
            e.to_string(),
            "unterminated `Chr`: the input ends inside it"
        );
        let e = first_error("a \" b");
        assert_eq!(
            e.to_string(),
            "unterminated `Str`: the input ends inside it"
        );
    }

    #[test]
    fn one_character_is_still_an_unexpected_character() {
        let e = first_error("\"");
        assert_eq!(e.to_string(), "unexpected character `\"`");
        assert_eq!(e.span(), Span::new(0, 1));
        let e = first_error("a @");
        assert_eq!(e.to_string(), "unexpected character `@`");
    }

    #[test]
    fn lexing_resumes_where_the_unterminated_text_stops() {
        let items: Vec<_> = Tok::lexer("a \"bc d\nef")
            .map(|r| r.map(|(t, _)| t).map_err(|e| e.span()))
            .collect();
        assert_eq!(
            items,
            [
                Ok(Tok::Name("a")),
                Err(Span::new(2, 7)),
                Ok(Tok::Name("ef"))
            ]
        );
    }
}
