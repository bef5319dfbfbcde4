use super::*;
use crate::grammar::{Grammar, Prec, Symbol};
use crate::ids::ProdId;

fn grammar(src: &str) -> Grammar {
    let y = parse(src).unwrap_or_else(|e| panic!("{e:?}"));
    match y.build() {
        Ok(b) => b.grammar,
        Err(d) => panic!("{}", y.render_all("t.y", &d)),
    }
}

fn prods(g: &Grammar) -> Vec<String> {
    (0..g.productions.len())
        .map(|i| g.display_production(ProdId::from(i), None).to_string())
        .collect()
}

fn errors(src: &str) -> Vec<String> {
    match parse(src) {
        Ok(_) => panic!("no error for {src:?}"),
        Err(e) => e.iter().map(|e| e.display_in("t.y").to_string()).collect(),
    }
}

#[test]
fn calc_with_precedence() {
    let src = r#"
%{
#include <stdio.h>
int yylex(void);
%}
%union { int num; char *name; }
%token <num> NUM 300
%token <name> NAME
%left '+' '-'
%left '*' '/'
%right UMINUS
%type <num> expr
%%
stmt: NAME '=' expr
    | expr          { printf("%d\n", $1); }
    ;
expr: expr '+' expr { $$ = $1 + $3; }
    | expr '-' expr { $$ = $1 - $3; }
    | expr '*' expr { $$ = $1 * $3; }
    | expr '/' expr { if ($3 == 0) { yyerror("div"); } else $$ = $1 / $3; }
    | '-' expr %prec UMINUS { $$ = -$2; }
    | '(' expr ')'  { $$ = $2; }
    | NUM
    | NAME
    ;
%%
int main(void) { return yyparse(); }
"#;
    let g = grammar(src);
    assert_eq!(
        prods(&g),
        [
            "$accept: stmt $end",
            "stmt: NAME '=' expr",
            "stmt: expr",
            "expr: expr '+' expr",
            "expr: expr '-' expr",
            "expr: expr '*' expr",
            "expr: expr '/' expr",
            "expr: '-' expr",
            "expr: '(' expr ')'",
            "expr: NUM",
            "expr: NAME",
        ]
    );
    let level = |name: &str| g.terminals[g.terminal(name).unwrap().index()].prec;
    assert_eq!(
        level("'+'"),
        Some(Prec {
            level: 1,
            assoc: Assoc::Left
        })
    );
    assert_eq!(level("'/'").map(|p| p.level), Some(2));
    // `%left` names are terminals, as in bison, even when only used with `%prec`.
    assert_eq!(
        level("UMINUS"),
        Some(Prec {
            level: 3,
            assoc: Assoc::Right
        })
    );
    assert_eq!(g.productions[7].prec.map(|p| p.level), Some(3));
    assert_eq!(g.productions[8].prec, None);
    assert!(g.terminal("'='").is_some());
}

#[test]
fn string_aliases() {
    let src = r#"
%token PLUS "+" NUM 258 "number"
%token <t> STAR 259 "*"
%left "+"
%left "*"
%%
e: e "+" e | e "*" e | "number" | e "-" e ;
"#;
    let g = grammar(src);
    assert_eq!(
        prods(&g)[1..],
        ["e: e PLUS e", "e: e STAR e", "e: NUM", "e: e \"-\" e"]
    );
    assert_eq!(
        g.terminals[g.terminal("PLUS").unwrap().index()]
            .prec
            .map(|p| p.level),
        Some(1)
    );
    assert_eq!(
        g.terminals[g.terminal("STAR").unwrap().index()]
            .prec
            .map(|p| p.level),
        Some(2)
    );
    // An undeclared string is a terminal of its own, as in bison.
    assert!(g.terminal("\"-\"").is_some());
    assert!(g.terminal("\"+\"").is_none());
}

#[test]
fn translatable_aliases() {
    let src = "%token\n  <int> NUM _(\"number\")\n  EOL _ ( \"end of line\" )\n%%\ns: \"number\" \"end of line\" ;\n";
    let g = grammar(src);
    assert_eq!(prods(&g)[1], "s: NUM EOL");
    assert_eq!(
        errors("%token A _(B)\n%%\ns: A ;\n"),
        ["t.y:1:10: error: expected a string in `_(\"...\")`"]
    );
    assert_eq!(
        errors("%token A _(\"a\"\n%%\ns: A ;\n"),
        ["t.y:1:10: error: expected `)` to close `_(\"...\")`"]
    );
    // `_` alone is an ordinary name.
    let g = grammar("%token _\n%%\ns: _ ;\n");
    assert_eq!(prods(&g)[1], "s: _");
}

#[test]
fn conflicting_aliases_are_an_error() {
    let e = errors("%token A \"x\" B \"x\"\n%%\ns: A B;\n");
    assert_eq!(
        e,
        ["t.y:1:16: error: string \"x\" is an alias of both `A` and `B`"]
    );
}

#[test]
fn character_literals_and_escapes() {
    let src = r#"%%
s: 'a' '\n' '\'' '\\' '\x41' '\101' '"' ;
"#;
    let g = grammar(src);
    assert_eq!(prods(&g)[1], r#"s: 'a' '\n' '\'' '\\' '\x41' '\101' '"'"#);
    assert_eq!(g.num_terminals(), 2 + 7);
}

#[test]
fn bad_character_literals() {
    assert_eq!(
        errors("%%\ns: '' ;\n"),
        ["t.y:2:4: error: empty character literal `''`"]
    );
    assert_eq!(
        errors("%%\ns: 'ab' ;\n"),
        ["t.y:2:4: error: character literal 'ab' holds more than one character"]
    );
    assert_eq!(
        errors("%%\ns: '\\q' ;\n"),
        ["t.y:2:4: error: invalid escape `\\q` in '\\q'"]
    );
    assert_eq!(
        errors("%%\ns: 'a ;\n"),
        ["t.y:2:4: error: unterminated character literal: missing `'`"]
    );
    assert_eq!(
        errors("%%\ns: \"ab ;\n"),
        ["t.y:2:4: error: unterminated string: missing `\"`"]
    );
}

#[test]
fn empty_rules_and_optional_semicolons() {
    let src = "%token A B\n%%\ns: a b\na: %empty | A\nb: | B b\n";
    let g = grammar(src);
    assert_eq!(
        prods(&g)[1..],
        ["s: a b", "a: %empty", "a: A", "b: %empty", "b: B b"]
    );
}

#[test]
fn empty_in_a_nonempty_rule_is_an_error() {
    assert_eq!(
        errors("%token A\n%%\ns: A %empty ;\n"),
        ["t.y:3:6: error: `%empty` in a rule that is not empty"]
    );
    assert_eq!(
        errors("%token A\n%%\ns: %empty %empty ;\n"),
        ["t.y:3:11: error: `%empty` given twice in one rule"]
    );
}

#[test]
fn mid_rule_actions_become_nonterminals() {
    let src =
        "%token A B C\n%%\ns: A { x(); } B { y(); } C { z(); } | t ;\nt: { a(); } { b(); } A ;\n";
    let y = parse(src).unwrap();
    assert_eq!(y.mid_rule_actions, 4);
    let g = y.build().unwrap().grammar;
    assert_eq!(
        prods(&g),
        [
            "$accept: s $end",
            "$@1: %empty",
            "$@2: %empty",
            "s: A $@1 B $@2 C",
            "s: t",
            "$@3: %empty",
            "$@4: %empty",
            "t: $@3 $@4 A",
        ]
    );
    // The start symbol stays the first rule's left-hand side, not `$@1`.
    assert_eq!(g.nonterminals[g.start.index()].name, "s");
}

#[test]
fn final_action_is_not_a_mid_rule() {
    let g = grammar("%token A\n%%\ns: A { one(); } | { two(); } ;\n");
    assert_eq!(prods(&g)[1..], ["s: A", "s: %empty"]);
}

#[test]
fn actions_with_nested_braces_strings_and_comments() {
    let src = r#"%token A
%%
s: A {
    if (x) { y = "}{"; }   /* } */
    c = '}'; d = '\''; // }
    e = "\"}";
} ;
"#;
    let g = grammar(src);
    assert_eq!(prods(&g)[1..], ["s: A"]);
}

#[test]
fn unterminated_action() {
    assert_eq!(
        errors("%token A\n%%\ns: A { x = { 1 };\n"),
        ["t.y:3:6: error: unterminated `{` block: missing `}`"]
    );
}

#[test]
fn prec_and_its_errors() {
    let g = grammar(
        "%token A\n%left LOW\n%left HIGH\n%%\ns: A s %prec LOW | A %prec HIGH { } | A A ;\n",
    );
    assert_eq!(g.productions[1].prec.map(|p| p.level), Some(1));
    assert_eq!(g.productions[2].prec.map(|p| p.level), Some(2));
    assert_eq!(
        errors("%token A\n%%\ns: A %prec ;\n"),
        ["t.y:3:12: error: expected a symbol after `%prec`, found `;`"]
    );
    assert_eq!(
        errors("%token A\n%left X Y\n%%\ns: A %prec X %prec Y;\n"),
        ["t.y:4:14: error: only one `%prec` is allowed per rule"]
    );
}

#[test]
fn prec_with_literals() {
    let g =
        grammar("%left '+'\n%right \"**\"\n%%\ns: s '+' s | s \"**\" s | 'x' | '-' s %prec '+';\n");
    assert_eq!(g.productions[2].prec.map(|p| p.assoc), Some(Assoc::Right));
    assert_eq!(g.productions[4].prec.map(|p| p.level), Some(1));
}

#[test]
fn precedence_directives_with_types_and_all_kinds() {
    let g = grammar("%left <op> A\n%right B\n%nonassoc C\n%precedence D\n%%\ns: A | B | C | D ;\n");
    let p = |n: &str| g.terminals[g.terminal(n).unwrap().index()].prec.unwrap();
    assert_eq!(p("A").assoc, Assoc::Left);
    assert_eq!(p("B").assoc, Assoc::Right);
    assert_eq!(p("C").assoc, Assoc::Nonassoc);
    assert_eq!(p("D").assoc, Assoc::Precedence);
    assert_eq!(
        [p("A").level, p("B").level, p("C").level, p("D").level],
        [1, 2, 3, 4]
    );
}

#[test]
fn start_expect_and_expect_rr() {
    let y = parse("%token A\n%start t\n%expect 3\n%expect-rr 1\n%%\ns: A;\nt: s s;\n").unwrap();
    assert_eq!(y.expect, Some(3));
    assert_eq!(y.expect_rr, Some(1));
    assert_eq!(y.start.as_deref(), Some("t"));
    let g = y.build().unwrap().grammar;
    assert_eq!(g.nonterminals[g.start.index()].name, "t");
    assert_eq!(prods(&g)[0], "$accept: t $end");

    let y = parse("%token A\n%%\ns: A;\n").unwrap();
    assert_eq!((y.expect, y.expect_rr, y.start), (None, None, None));
}

#[test]
fn directive_argument_errors() {
    assert_eq!(
        errors("%expect x\n%%\ns: x;\n"),
        ["t.y:1:9: error: expected a number after `%expect`, found `x`"]
    );
    assert_eq!(
        errors("%start ;\n%%\ns: x;\n"),
        ["t.y:1:8: error: expected a nonterminal after `%start`, found `;`"]
    );
    assert_eq!(
        errors("%start a\n%start b\n%%\na: 'x';\n"),
        ["t.y:2:1: error: `%start` given twice (`a` then `b`)"]
    );
    assert_eq!(
        errors("%union int x;\n%%\na: 'x';\n"),
        ["t.y:1:12: error: expected a `{...}` block after `%union`, found `x`",]
    );
}

#[test]
fn skipped_declarations() {
    let src = r#"
%require "3.2"
%language "c"
%skeleton "lalr1.cc"
%define api.pure full
%define api.value.type {struct value}
%define parse.error verbose
%define api.token.prefix {TOK_}
%code requires { #include "x.h" }
%code { static int f(void) { return '}'; } }
%param {yyscan_t scanner} {int *n}
%parse-param {struct ctx *ctx}
%lex-param {void *p}
%destructor { free($$); } <str> NAME <*> <>
%printer { fprintf(yyo, "%d", $$); } <int>
%initial-action { @$.begin.filename = "x"; }
%union value { int i; }
%locations
%debug
%verbose
%defines "out.h"
%name-prefix "zz"
%glr-parser
%token-table
%no-lines
%output "parse.c"
%nterm <int> s
%type <str> t
%token NAME
;
%%
s: NAME %dprec 1 | t %merge <pick> ;
t: NAME[n] { $$ = $n; } ;
%%
epilogue with { unbalanced braces and '%%' and 'x
"#;
    let g = grammar(src);
    assert_eq!(prods(&g)[1..], ["s: NAME", "s: t", "t: NAME"]);
}

#[test]
fn unknown_and_misplaced_directives() {
    assert_eq!(
        errors("%bogus x\n%%\ns: 'x';\n"),
        ["t.y:1:1: error: unknown directive `%bogus`"]
    );
    assert_eq!(
        errors("%prec x\n%%\ns: 'x';\n"),
        ["t.y:1:1: error: `%prec` can only appear in a rule, after the `:`"]
    );
    assert_eq!(
        errors("%no-default-prec\n%%\ns: 'x';\n"),
        [
            "t.y:1:1: error: `%no-default-prec` is not supported: rules take the precedence of their last terminal"
        ]
    );
}

#[test]
fn lr_type_is_read() {
    use crate::lalr::LrType;
    for (text, want) in [
        ("lalr", LrType::Lalr),
        ("ielr", LrType::Ielr),
        ("canonical-lr", LrType::Canonical),
        ("\"ielr\"", LrType::Ielr),
    ] {
        let y = parse(&format!("%define lr.type {text}\n%%\ns: 'x';\n")).unwrap();
        assert_eq!(y.lr_type, Some(want), "{text}");
        assert!(y.warnings.is_empty());
    }
    assert_eq!(parse("%%\ns: 'x';\n").unwrap().lr_type, None);
    assert_eq!(
        errors("%define lr.type lr1\n%%\ns: 'x';\n"),
        [
            "t.y:1:17: error: invalid value for `%define lr.type`: `lr1`, expected `lalr`, `ielr` or `canonical-lr`"
        ]
    );
    assert_eq!(
        errors("%define lr.type\n%%\ns: 'x';\n"),
        [
            "t.y:2:1: error: invalid value for `%define lr.type`: no value, expected `lalr`, `ielr` or `canonical-lr`"
        ]
    );
}

#[test]
fn other_lr_variables_are_warnings() {
    let y = parse(
        "%define lr.keep-unreachable-state true\n%define lr.default-reduction accepting\n\
         %define lr.keep-unreachable-state false\n%define lr.default-reduction most\n%%\ns: 'x';\n",
    )
    .unwrap();
    let w: Vec<String> = y.warnings.iter().map(|w| w.pos.to_string()).collect();
    assert_eq!(w, ["1:35", "2:30"]);
    assert!(y.warnings[0].message.contains("lr.keep-unreachable-state"));
}

#[test]
fn comments_everywhere() {
    let src = "/* head */ %token A // tail\n%% // rules\ns /* c */ : /* c */ A // c\n | /* nothing */ ;\n";
    let g = grammar(src);
    assert_eq!(prods(&g)[1..], ["s: A", "s: %empty"]);
    assert_eq!(
        errors("%token A /* never closed\n%%\ns: A;\n"),
        ["t.y:1:10: error: unterminated comment: `/*` without `*/`"]
    );
}

#[test]
fn names_with_dots_and_dashes() {
    let g = grammar("%token tok.a TOK-B\n%%\nrule-one: rule.two TOK-B ;\nrule.two: tok.a ;\n");
    assert_eq!(
        prods(&g)[1..],
        ["rule-one: rule.two TOK-B", "rule.two: tok.a"]
    );
}

#[test]
fn error_token_in_rules() {
    let g = grammar("%token A\n%%\ns: A | error ';' ;\n");
    assert_eq!(g.productions[2].rhs[0], Symbol::Term(crate::grammar::ERROR));
}

#[test]
fn declarations_in_the_rules_section() {
    let g = grammar("%%\ns: A ;\n%token A ;\n%left A ;\n");
    assert_eq!(
        g.terminals[g.terminal("A").unwrap().index()]
            .prec
            .map(|p| p.level),
        Some(1)
    );
}

#[test]
fn prologue_blocks() {
    let g = grammar("%{\n int x = '%'; /* %% */\n%}\n%token A\n%{ more %}\n%%\ns: A;\n");
    assert_eq!(prods(&g)[1..], ["s: A"]);
    assert_eq!(
        errors("%{ int x;\n%%\ns: A;\n"),
        ["t.y:1:1: error: unterminated prologue: `%{` without `%}`"]
    );
}

#[test]
fn structural_errors_are_all_reported() {
    let e = errors("%token A\n$\n%%\ns: A = B\n  | <x> ;\nloose A ;\nt: A 3 ;\n");
    assert_eq!(
        e,
        [
            "t.y:2:1: error: unexpected character `$`",
            "t.y:4:6: error: unexpected `=` in the rule for `s`: expected a symbol, an action, `|` or `;`",
            "t.y:5:5: error: unexpected a `<type>` tag in the rule for `s`: expected a symbol, an action, `|` or `;`",
            "t.y:6:1: error: unexpected `loose`: expected a rule such as `name: ...` (a rule is written `loose: ...`)",
            "t.y:7:6: error: unexpected `3` in the rule for `t`: expected a symbol, an action, `|` or `;`",
        ]
    );
}

#[test]
fn missing_sections() {
    assert_eq!(
        errors("%token A\n"),
        ["t.y:2:1: error: missing `%%`: a grammar file needs a rules section"]
    );
    assert_eq!(
        errors("%token A\n%%\n"),
        ["t.y:3:1: error: the grammar has no rules"]
    );
}

#[test]
fn builder_diagnostics_map_to_file_positions() {
    let src = "%token A\n%%\ns: A b\n | C ;\nA: s ;\n";
    let y = parse(src).unwrap();
    let d = y.build().unwrap_err();
    let text = y.render_all("g.y", &d);
    assert_eq!(
        text,
        "g.y:5:1: error: `A` is a terminal and cannot have rules\n\
         g.y:1:8: note: declared as a terminal here\n\
         g.y:3:6: error: unknown symbol `b` in rule for `s`: it is neither a terminal nor has rules\n\
         g.y:4:4: error: unknown symbol `C` in rule for `s`: it is neither a terminal nor has rules\n"
    );
}

#[test]
fn warnings_map_to_positions() {
    let src = "%token A UNUSED\n%%\ns: A ;\nlost: A ;\n";
    let y = parse(src).unwrap();
    let b = y.build().unwrap();
    let text = y.render_all("g.y", &b.warnings);
    assert!(
        text.contains("g.y:4:1: warning: nonterminal `lost` is useless"),
        "{text}"
    );
    assert!(
        text.contains("g.y:1:10: warning: terminal `UNUSED` is not used"),
        "{text}"
    );
}

#[test]
fn named_references_are_skipped() {
    let g = grammar("%token NUM\n%%\nexp[res]: exp[l] '+' exp[r] { $res = $l + $r; } | NUM ;\n");
    assert_eq!(prods(&g)[1..], ["exp: exp '+' exp", "exp: NUM"]);
}

#[test]
fn token_numbers_need_a_name() {
    assert_eq!(
        errors("%token 12 A\n%%\ns: A;\n"),
        ["t.y:1:8: error: a token number must follow a token name"]
    );
}

#[test]
fn never_panics_on_garbage() {
    // A few nasty inputs: truncated constructs at the very end of the file.
    for src in [
        "",
        "%",
        "%%",
        "%%\n%%",
        "%token",
        "%token <",
        "%left '",
        "%%\ns:",
        "%%\ns: {",
        "%%\ns: |",
        "%%\ns: A %prec",
        "%%\ns: %merge",
        "%%\ns: %dprec",
        "%{",
        "/*",
        "%%\ns: [",
        "%start",
        "%expect",
        "%define",
        "%code",
        "%%\ns: 'a' \"",
        "é:",
        "%%\né: x ;",
        "%token A\n%%\ns: '\\",
        "%%\n: x ;",
        "%%\ns: x [y]: z ;",
    ] {
        let _ = parse(src).map(|y| y.build());
    }
}

#[test]
fn display_of_errors() {
    let e = parse("%%\ns: '' ;\n").unwrap_err();
    assert_eq!(e[0].to_string(), "2:4: error: empty character literal `''`");
    assert_eq!(e[0].span, Span::new(6, 8));
}

#[test]
fn random_inputs_never_panic() {
    // Random sequences of yacc fragments, cut anywhere (even inside a multi-byte char).
    const PIECES: &[&str] = &[
        "%token",
        "%left",
        "%right",
        "%nonassoc",
        "%precedence",
        "%type",
        "%start",
        "%expect",
        "%expect-rr",
        "%union",
        "%code",
        "%define",
        "%destructor",
        "%prec",
        "%empty",
        "%merge",
        "%dprec",
        "%%",
        "%{",
        "%}",
        "%?{",
        "{",
        "}",
        "<",
        ">",
        "<int>",
        "'",
        "'a'",
        "'\\n'",
        "\"",
        "\"s\"",
        "_(",
        ")",
        "(",
        "[",
        "]",
        "[x]",
        ":",
        ";",
        "|",
        "=",
        "a",
        "b1",
        "x.y",
        "A-B",
        "12",
        "0x1f",
        "error",
        "/*",
        "*/",
        "//",
        "\n",
        " ",
        "\\",
        "é",
        "→",
        "$",
        "@",
    ];
    let mut seed = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let n = (next() % 40) as usize;
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            if next() % 3 == 0 {
                src.push(' ');
            }
        }
        let cut = (next() as usize) % (src.len() + 1);
        let mut cut = cut;
        while !src.is_char_boundary(cut) {
            cut -= 1;
        }
        for text in [&src[..], &src[..cut]] {
            match parse(text) {
                Ok(y) => {
                    if let Ok(b) = y.build() {
                        let _ = crate::lalr::Automaton::build(&b.grammar);
                    }
                }
                Err(errs) => {
                    assert!(!errs.is_empty());
                    for e in errs {
                        assert!(
                            e.span.end <= text.len() && e.span.start <= e.span.end,
                            "{e:?}"
                        );
                    }
                }
            }
        }
    }
}
