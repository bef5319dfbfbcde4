//! Integration tests of the `sly` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sly(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sly"))
        .args(args)
        .output()
        .expect("run sly")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Writes `src` to a file of its own, named `name`.
fn grammar_file(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sly-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, src).expect("write grammar");
    path
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

const CALC: &str = "%token NUM\n%left '+' '-'\n%left '*' '/'\n%right UMINUS\n%%\n\
    e: e '+' e | e '-' e | e '*' e | e '/' e | '-' e %prec UMINUS | '(' e ')' | NUM ;\n";

const DANGLING: &str = "%token IF THEN ELSE X\n%%\ns: IF X THEN s | IF X THEN s ELSE s | X ;\n";

#[test]
fn check_clean_grammar() {
    let f = grammar_file("calc.y", CALC);
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    // $end error NUM + - * / UMINUS ( ): 10 terminals; $accept e; 8 rules; bison: 17 states.
    assert_eq!(
        out,
        format!(
            "{0}: 10 terminals, 2 nonterminals, 8 rules, 17 states\n\
             {0}: parse tables: 710 bytes\n{0}: no conflicts\n",
            s(&f)
        )
    );
    // UMINUS is a terminal (as in bison) that only `%prec` names: no warning, as in bison.
    assert_eq!(stderr(&o), "");
}

#[test]
fn check_reports_conflicts_and_exits_1() {
    let f = grammar_file("dangling.y", DANGLING);
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    // Each conflict with its items, an input that reaches it, and a counterexample drawn as
    // bison's -Wcounterexamples draws it.
    assert_eq!(
        stdout(&o),
        format!(
            "{0}: 6 terminals, 2 nonterminals, 4 rules, 10 states
{0}: parse tables: 340 bytes
{0}: conflicts: 1 shift/reduce
{0}: state 7: shift/reduce conflict on ELSE: shift to state 8 or reduce using rule 1 (s); shift chosen
    s: IF X THEN s . ELSE s
    s: IF X THEN s .
    example: IF X THEN X • ELSE
    Example: IF X THEN IF X THEN s • ELSE s
    Shift derivation
      s
      ↳ 1: IF X THEN s
                     ↳ 2: IF X THEN s • ELSE s
    Reduce derivation
      s
      ↳ 2: IF X THEN s                  ELSE s
                     ↳ 1: IF X THEN s •
",
            s(&f)
        )
    );
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: shift/reduce conflicts: 1 found, 0 expected\n",
            s(&f)
        )
    );
}

#[test]
fn counterexample_budget() {
    // No steps: a nonunifying counterexample from shortest paths to the two items, and a
    // note.
    let f = grammar_file("dangling-budget.y", DANGLING);
    let o = sly(&["check", "--counterexample-budget", "0", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.ends_with(
            "    example: IF X THEN X • ELSE
    counterexample search stopped after 0 steps: no unifying example found
    First example: IF X THEN s • ELSE s $end
    Shift derivation
      $accept
      ↳ 0: s                         $end
           ↳ 2: IF X THEN s • ELSE s
    Second example: IF X THEN s • $end
    Reduce derivation
      $accept
      ↳ 0: s                  $end
           ↳ 1: IF X THEN s •
"
        ),
        "{out}"
    );
    let o = sly(&["check", "--json", "--counterexample-budget", "0", s(&f)]);
    assert!(
        stdout(&o).contains("\"actions\": [\"shift\", \"reduce 1\"], \"timed_out\": true}"),
        "{}",
        stdout(&o)
    );
    // Not a number: a usage error.
    let o = sly(&["check", "--counterexample-budget", "lots", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn expect_makes_conflicts_pass() {
    let src = format!("%expect 1\n{DANGLING}");
    let f = grammar_file("expect1.y", &src);
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o)
            .contains("conflicts: 1 shift/reduce (expected: 1 shift/reduce, 0 reduce/reduce)")
    );

    // Too many expected is a failure too, as in bison.
    let f = grammar_file("expect2.y", &format!("%expect 2\n{DANGLING}"));
    assert_eq!(sly(&["check", s(&f)]).status.code(), Some(1));
}

#[test]
fn expect_rr() {
    let src = "%token A\n%expect-rr 1\n%%\ns: x | y ;\nx: A ;\ny: A ;\n";
    let f = grammar_file("rr.y", src);
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let f = grammar_file("rr0.y", &src.replace("%expect-rr 1\n", ""));
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("reduce/reduce conflict on $end"));
    assert!(stderr(&o).contains("reduce/reduce conflicts: 1 found, 0 expected"));
}

#[test]
fn check_json() {
    let f = grammar_file("dangling-json.y", DANGLING);
    let o = sly(&["check", "--json", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!(
            "{{\"file\": \"{}\", \"lr_type\": \"lalr\", \"terminals\": 6, \"nonterminals\": 2, \"rules\": 4, \
             \"useless_nonterminals\": 0, \"useless_rules\": 0, \"states\": 10, \
             \"table_bytes\": 340, \"shift_reduce\": 1, \"reduce_reduce\": 0, \"expect\": null, \
             \"expect_rr\": null, \"ok\": false, \"conflicts\": [{{\"state\": 7, \
             \"kind\": \"shift/reduce\", \"lookahead\": \"ELSE\", \"shift\": 8, \
             \"reductions\": [1], \"resolution\": \"shift\", \
             \"items\": [\"s: IF X THEN s . ELSE s\", \"s: IF X THEN s .\"], \
             \"example\": \"IF X THEN X • ELSE\", \"description\": \"shift/reduce conflict on ELSE: \
             shift to state 8 or reduce using rule 1 (s); shift chosen\", \
             \"counterexample\": {{\"unifying\": true, \
             \"examples\": [\"IF X THEN IF X THEN s • ELSE s\", \"IF X THEN IF X THEN s • ELSE s\"], \
             \"derivations\": [\"s ::=[ IF X THEN s ::=[ IF X THEN s • ELSE s ] ]\", \
             \"s ::=[ IF X THEN s ::=[ IF X THEN s • ] ELSE s ]\"], \
             \"actions\": [\"shift\", \"reduce 1\"], \"timed_out\": false}}}}], \
             \"warnings\": []}}\n",
            s(&f)
        )
    );
}

#[test]
fn invalid_files_exit_2_with_positions() {
    let f = grammar_file("bad.y", "%token A\n%%\ns: A 'xy' ;\nt: %prec ;\n");
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "{0}:3:6: error: character literal 'xy' holds more than one character\n\
             {0}:4:10: error: expected a symbol after `%prec`, found `;`\n",
            s(&f)
        )
    );
    assert!(stdout(&o).is_empty());

    // Errors of the grammar itself.
    let f = grammar_file("undefined.y", "%token A\n%%\ns: A b ;\n");
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "{}:3:6: error: unknown symbol `b` in rule for `s`: it is neither a terminal nor has rules\n",
            s(&f)
        )
    );

    // With --json the errors come as JSON too.
    let o = sly(&["check", "--json", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).starts_with("{\"errors\": [\""), "{}", stdout(&o));
}

#[test]
fn unreadable_file_exits_2() {
    let o = sly(&["check", "/nonexistent/dir/g.y"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("/nonexistent/dir/g.y: error: cannot read the file: "),
        "{}",
        stderr(&o)
    );
    for cmd in ["states", "dot"] {
        assert_eq!(sly(&[cmd, "/nonexistent/dir/g.y"]).status.code(), Some(2));
    }
}

#[test]
fn warnings_go_to_stderr() {
    let f = grammar_file("warn.y", "%token A B\n%%\ns: A ;\nlost: B ;\n");
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{}:4:1: warning: nonterminal `lost` is useless",
            s(&f)
        )),
        "{err}"
    );
    assert!(
        stdout(&o).contains("(1 useless nonterminals, 1 useless rules)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn states_command() {
    let f = grammar_file("states.y", DANGLING);
    let o = sly(&["states", s(&f)]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("State "), "{out}");
    assert!(
        out.contains("\nGrammar\n\n    0 $accept: s $end\n"),
        "{out}"
    );
    assert_eq!(
        out.lines()
            .filter(|l| l
                .strip_prefix("State ")
                .is_some_and(|n| n.parse::<u32>().is_ok()))
            .count(),
        10 // as bison -v
    );
    assert!(
        out.contains("    ELSE      shift, and go to state"),
        "{out}"
    );
    assert!(
        out.contains("    ELSE      [reduce using rule 1 (s)]"),
        "{out}"
    );
    assert!(out.contains("$default  accept"), "{out}");
}

#[test]
fn dot_command() {
    let f = grammar_file("dot.y", CALC);
    let o = sly(&["dot", s(&f)]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("digraph \"automaton\" {\n"));
    assert!(out.trim_end().ends_with('}'));
    assert_eq!(out.matches("[label = \"State ").count(), 17);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(sly(&[]).status.code(), Some(2));
    assert_eq!(sly(&["frobnicate"]).status.code(), Some(2));
    let o = sly(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("check"));
}

#[test]
fn repository_grammars_check() {
    let dir = crate::common::repo_root().join("grammars").join("yacc");
    let calc = dir.join("calc.y");
    let o = sly(&["check", s(&calc)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Bison's manual's grammar with LALR(1)-only conflicts.
const MYSTERIOUS: &str =
    "%token a b c d e\n%%\nS: a A d | b B d | a B e | b A e ;\nA: c ;\nB: c ;\n";

#[test]
fn lr_type_from_the_file_and_the_command_line() {
    let f = grammar_file("mysterious.y", MYSTERIOUS);
    let o = sly(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(" 14 states\n"), "{}", stdout(&o));
    assert!(stdout(&o).contains(": conflicts: 2 reduce/reduce\n"));
    // Bison's three spellings of the option.
    for args in [
        &["-Dlr.type=ielr"][..],
        &["-D", "lr.type=ielr"],
        &["--define=lr.type=ielr"],
        &["--define", "lr.type=ielr"],
    ] {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        all.push(s(&f));
        let o = sly(&all);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(
            stdout(&o).contains(" 15 IELR(1) states\n"),
            "{args:?}: {}",
            stdout(&o)
        );
        assert!(stdout(&o).contains(": no conflicts\n"));
    }
    let o = sly(&["check", "--json", "-Dlr.type=canonical-lr", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("\"lr_type\": \"canonical-lr\", "),
        "{}",
        stdout(&o)
    );
    let o = sly(&["check", "--json", s(&f)]);
    assert!(stdout(&o).contains("\"lr_type\": \"lalr\", "));

    // `%define lr.type` in the file, which the command line overrides.
    let g = grammar_file(
        "mysterious-ielr.y",
        &format!("%define lr.type ielr\n{MYSTERIOUS}"),
    );
    let o = sly(&["check", s(&g)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let o = sly(&["check", "-Dlr.type=lalr", s(&g)]);
    assert_eq!(o.status.code(), Some(1));
    // `states` and `dot` build the same automaton.
    let o = sly(&["states", "-Dlr.type=ielr", s(&f)]);
    assert!(stdout(&o).contains("State 14\n"), "{}", stdout(&o));
    assert!(stdout(&o).contains("no conflicts"), "{}", stdout(&o));
    assert!(!stdout(&o).contains("reduce/reduce"), "{}", stdout(&o));
    let o = sly(&["dot", "--define=lr.type=canonical-lr", s(&f)]);
    assert!(stdout(&o).contains("14 ["), "{}", stdout(&o));
}

#[test]
fn bad_defines_and_the_state_limit() {
    let f = grammar_file("limit.y", MYSTERIOUS);
    let o = sly(&["check", "-Dlr.type=lr1", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "sly: error: invalid value for `-D lr.type`: `lr1`, expected `lalr`, `ielr` or `canonical-lr`\n"
    );
    let o = sly(&["check", "-Dapi.pure=full", s(&f)]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).lines().next(),
        Some("sly: warning: `-D api.pure=full` is ignored: only `lr.type` changes what sly builds")
    );
    let o = sly(&[
        "check",
        "-Dlr.type=canonical-lr",
        "--max-states",
        "14",
        s(&f),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "{}: error: the canonical LR(1) automaton has more states than the limit of 14: its construction stopped at 14 states (raise the limit with --max-states)\n",
            s(&f)
        )
    );
    let o = sly(&["check", "--json", "--max-states", "3", s(&f)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).starts_with("{\"errors\": [\""), "{}", stdout(&o));
    let o = sly(&["states", "-Dlr.type=canonical-lr", "--max-states=15", s(&f)]);
    assert_eq!(o.status.code(), Some(0));
}
