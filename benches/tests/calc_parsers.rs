//! The three calculator parsers of the parser benchmark (sly, LALRPOP over logos, and
//! hand-written recursive descent) build equal ASTs and reject the same inputs.

use sly_benches::calc_ast::{self, Expr, Op, Stmt, TRICKY};
use sly_benches::{calc_hand, calc_lalrpop, calc_sly};

/// Parses `src` three ways: the ASTs when all three accept, `None` when all three reject.
fn agree(src: &str) -> Option<Vec<Stmt<'_>>> {
    let lalrpop = calc_lalrpop::ProgramParser::new();
    let ours = calc_sly::parse(src).ok();
    let theirs = calc_lalrpop::parse(&lalrpop, src).ok();
    let hand = calc_hand::parse(src).ok();
    assert_eq!(ours, theirs, "sly vs LALRPOP on {src:?}");
    assert_eq!(ours, hand, "sly vs hand-written on {src:?}");
    ours
}

fn num(n: i64) -> Expr<'static> {
    Expr::Num(n)
}

fn var(name: &str) -> Expr<'_> {
    Expr::Var(name)
}

#[test]
fn tricky_inputs_agree() {
    for src in TRICKY {
        agree(src);
    }
    for src in [
        "1 + ;",
        "x y;",
        "1",
        "(1;",
        "1 @ 2;",
        "99999999999999999999;",
    ] {
        assert_eq!(agree(src), None, "{src:?} is rejected");
    }
}

#[test]
fn precedence_and_associativity() {
    let one = |src| agree(src).expect("parses").remove(0);
    assert_eq!(
        one("1 - 2 - 3;"),
        Stmt::Expr(Expr::bin(
            Expr::bin(num(1), Op::Sub, num(2)),
            Op::Sub,
            num(3)
        ))
    );
    assert_eq!(
        one("8 / 4 * 2;"),
        Stmt::Expr(Expr::bin(
            Expr::bin(num(8), Op::Div, num(4)),
            Op::Mul,
            num(2)
        ))
    );
    assert_eq!(
        one("1 + 2 * 3;"),
        Stmt::Expr(Expr::bin(
            num(1),
            Op::Add,
            Expr::bin(num(2), Op::Mul, num(3))
        ))
    );
    assert_eq!(
        one("-x * y;"),
        Stmt::Expr(Expr::bin(Expr::negate(var("x")), Op::Mul, var("y")))
    );
    assert_eq!(
        one("a - -b;"),
        Stmt::Expr(Expr::bin(var("a"), Op::Sub, Expr::negate(var("b"))))
    );
    assert_eq!(one("--1;"), Stmt::Expr(Expr::negate(Expr::negate(num(1)))));
    assert_eq!(
        one("x = -(1 + y) / 2;"),
        Stmt::Assign(
            "x",
            Expr::bin(
                Expr::negate(Expr::bin(num(1), Op::Add, var("y"))),
                Op::Div,
                num(2)
            )
        )
    );
    assert_eq!(
        one("x - y * z;"),
        Stmt::Expr(Expr::bin(
            var("x"),
            Op::Sub,
            Expr::bin(var("y"), Op::Mul, var("z"))
        ))
    );
}

#[test]
fn generated_programs_agree() {
    for seed in 1..=4 {
        let src = calc_ast::generate(seed, 4 * 1024);
        assert!(src.len() >= 4 * 1024);
        let program = agree(&src).expect("generated programs parse");
        assert_eq!(program.len(), src.matches(';').count());
        assert!(calc_ast::count_nodes(&program) > program.len());
    }
    assert_eq!(calc_ast::generate(7, 2000), calc_ast::generate(7, 2000));
}
