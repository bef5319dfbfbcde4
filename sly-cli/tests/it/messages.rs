//! `sly messages`: the entries a catalogue needs, a catalogue checked and completed, and the
//! search for failing states against random inputs of real grammars.

use sly_core::lalr::pack::PackedTables;
use sly_core::lalr::{Automaton, Limits};
use sly_core::messages::{self, Run};
use sly_core::yacc;
use std::collections::BTreeSet;
use std::process::Command;

const SUMS: &str = "%token NUM\n%left '+'\n%%\ns: e ';' ;\ne: e '+' e | NUM ;\n";

fn sly(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sly"))
        .args(args)
        .output()
        .expect("run sly")
}

fn file(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write a file");
    p.to_str().expect("a utf-8 path").to_string()
}

#[test]
fn lists_an_entry_for_every_failing_state() {
    let dir = crate::common::temp_dir("messages-list");
    let g = file(&dir, "sums.y", SUMS);
    let out = sly(&["messages", &g]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "s:\n## Fails on end of input in state 0, where the parser is at:\n##   (the start of the input)\n## Expected: NUM.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n\n\
         s: NUM ';' NUM\n## Fails on `NUM` in state 2, where the parser is at:\n##   s . (then the end of the input)\n## Expected: end of input.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n\n\
         s: NUM\n## Fails on end of input in state 3, where the parser is at:\n##   s: e . ';'\n##   e: e . '+' e\n## Expected: '+', ';'.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n\n\
         s: NUM '+'\n## Fails on end of input in state 5, where the parser is at:\n##   e: e '+' . e\n## Expected: NUM.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n"
    );
}

#[test]
fn compares_a_catalogue_and_lists_what_it_misses() {
    let dir = crate::common::temp_dir("messages-compare");
    let g = file(&dir, "sums.y", SUMS);
    let partial = file(
        &dir,
        "partial.messages",
        "s: NUM '+'\ns: NUM '+' ';'\n\n`+` needs a number.\n\ns:\n\nA sum starts with a number.\n\ns: NUM NUM\n\nExpected `+` or `;`.\n",
    );
    let out = sly(&["messages", &g, "--compare", &partial]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "s: NUM ';' NUM\n## Fails on `NUM` in state 2, where the parser is at:\n##   s . (then the end of the input)\n## Expected: end of input.\n\n<YOUR SYNTAX ERROR MESSAGE HERE>\n"
    );
    let complete = file(
        &dir,
        "complete.messages",
        "s: NUM '+'\n\n`+` needs a number.\n\ns:\n\nA sum starts with a number.\n\ns: NUM NUM\n\nExpected `+` or `;`.\n\ns: NUM ';' ';'\n\nOne sum only.\n",
    );
    let out = sly(&["messages", &g, "--compare", &complete]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    let missing = dir.join("missing.messages");
    let missing = missing.to_str().expect("a utf-8 path");
    let out = sly(&["messages", &g, "--compare", missing]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("{missing}: error: cannot read the file: No such file or directory (os error 2)\n")
    );
    let wrong = file(
        &dir,
        "wrong.messages",
        "s: NUM\n\nNo.\n\ns: NUM ';'\n\nYes.\n",
    );
    let out = sly(&["messages", &g, "--compare", &wrong]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "{wrong}:5: error: the parser accepts this sentence: a sentence must end in a syntax error\n"
        )
    );
}

/// Random inputs that stay valid token after token, on every grammar of `grammars/yacc/`:
/// wherever a token fails, the state it fails in is one that `error_examples` lists.
#[test]
fn error_examples_find_the_states_random_inputs_fail_in() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../grammars/yacc");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("grammars/yacc")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "y"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    let mut x: u64 = 0x0005_eed0_fe44_0451;
    let mut next = move |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read a grammar");
        let y = yacc::parse(&src).expect("a valid grammar file");
        let g = y.build().expect("a valid grammar").grammar;
        let lr = y.lr_type.unwrap_or_default();
        let a = Automaton::build_with(&g, lr, &Limits::default()).expect("an automaton");
        let t = PackedTables::build(&g, &a);
        let names: Vec<&str> = t.terminal_names.iter().map(String::as_str).collect();
        let view = t.view(&names);
        let listed: BTreeSet<usize> = messages::error_examples(&view)
            .iter()
            .map(|e| e.state)
            .collect();
        let inputs: Vec<usize> = (2..view.num_terminals()).collect();
        let mut failing = BTreeSet::new();
        for _ in 0..40 {
            let mut prefix: Vec<usize> = Vec::new();
            for _ in 0..25 {
                let mut fits = Vec::new();
                for &u in &inputs {
                    let mut longer = prefix.clone();
                    longer.push(u);
                    match messages::run(&view, &longer) {
                        Run::Fails { at, state } if at == prefix.len() => {
                            failing.insert(state);
                        }
                        Run::Loops { .. } => {}
                        _ => fits.push(u),
                    }
                }
                if fits.is_empty() {
                    break;
                }
                prefix.push(fits[next(fits.len())]);
            }
        }
        let unlisted: Vec<usize> = failing.difference(&listed).copied().collect();
        assert!(
            unlisted.is_empty(),
            "{}: inputs fail in states {unlisted:?}, which error_examples does not list",
            path.display()
        );
    }
}

/// On random grammars (with precedence, `%nonassoc`, empty rules and conflicts resolved by
/// default), every state that a brute-force walk over whole stacks finds failing is listed,
/// and every listed example fails where it says.
#[test]
fn error_examples_match_a_brute_force_search_on_random_grammars() {
    use sly_testkit::yacc::random_grammar;
    let mut compared = 0;
    for seed in 0..200 {
        let src = random_grammar(seed);
        let Ok(y) = yacc::parse(&src) else { continue };
        let Ok(built) = y.build() else { continue };
        let g = built.grammar;
        let a = Automaton::build(&g);
        let t = PackedTables::build(&g, &a);
        let names: Vec<&str> = t.terminal_names.iter().map(String::as_str).collect();
        let view = t.view(&names);
        let examples = messages::error_examples(&view);
        for e in &examples {
            assert_eq!(
                messages::run(&view, &e.sentence()),
                Run::Fails {
                    at: e.prefix.len(),
                    state: e.state
                },
                "seed {seed}: {e:?}"
            );
        }
        let listed: BTreeSet<usize> = examples.iter().map(|e| e.state).collect();
        // Inputs of up to six tokens (the first thousand at each length that have not failed).
        let inputs: Vec<usize> = (2..view.num_terminals()).collect();
        let mut failing = BTreeSet::new();
        let mut alive: Vec<Vec<usize>> = vec![Vec::new()];
        for _ in 0..6 {
            let mut next = Vec::new();
            for s in &alive {
                for &u in &inputs {
                    let mut l = s.clone();
                    l.push(u);
                    match messages::run(&view, &l) {
                        Run::Fails { at, state } if at == s.len() => {
                            failing.insert(state);
                        }
                        Run::Fails { at, .. } if at < s.len() => {}
                        Run::Loops { .. } => {}
                        _ if next.len() < 1_000 => next.push(l),
                        _ => {}
                    }
                }
            }
            alive = next;
        }
        assert!(
            failing.is_subset(&listed),
            "seed {seed}: states {:?} fail but are not listed\n{src}",
            failing.difference(&listed).collect::<Vec<_>>()
        );
        compared += 1;
    }
    assert!(compared > 150, "only {compared} grammars compared");
}
