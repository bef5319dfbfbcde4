//! Differential tests against GNU Bison: for hundreds of seeded random grammars
//! ([`random_grammar`]), and for the grammars under `grammars/yacc/`, bison and sly must agree
//! on the number of LALR(1) states and on the numbers of unresolved shift/reduce and
//! reduce/reduce conflicts.
//!
//! Needs `bison` on the PATH (`apt-get install -y bison`).

use crate::common::{
    Counts, bison, bison_outline, bison_with, our_outline, ours, repo_root, require_bison, temp_dir,
};
use sly_testkit::yacc::random_grammar;
use std::process::Command;

/// The number of random grammars compared with bison: seeds `0..400`, whose text a test of
/// `sly_testkit::yacc` pins.
const RANDOM_GRAMMARS: u64 = 400;

#[test]
fn random_grammars_agree_with_bison() {
    require_bison();
    let dir = temp_dir("bison-random");
    let mut failures = Vec::new();
    let mut with_conflicts = 0;
    let mut total_states = 0;
    for seed in 0..RANDOM_GRAMMARS {
        let src = random_grammar(seed);
        let file = dir.join(format!("g{seed}.y"));
        std::fs::write(&file, &src).expect("write grammar");
        let theirs = bison(&file);
        let mine = ours(&src);
        match (&theirs, &mine) {
            (Ok(t), Ok(m)) if t == m => {
                // Beyond the counts: the same kernel sizes and per-state conflicts.
                let (theirs, mine) = (bison_outline(&file), our_outline(&src));
                if Some(&theirs) != mine.as_ref() {
                    failures.push(format!(
                        "seed {seed}: outlines differ: bison {theirs:?}, sly {mine:?}\n{src}"
                    ));
                }
                total_states += t.states;
                if t.shift_reduce + t.reduce_reduce > 0 {
                    with_conflicts += 1;
                }
            }
            _ => failures.push(format!(
                "seed {seed}: bison {theirs:?}, sly {mine:?}\n{src}"
            )),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} of {RANDOM_GRAMMARS} random grammars disagree with bison:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The generator must produce interesting grammars, not only trivial ones.
    assert!(
        with_conflicts > RANDOM_GRAMMARS as usize / 10,
        "{with_conflicts}"
    );
    assert!(
        total_states > RANDOM_GRAMMARS as usize * 8,
        "{total_states}"
    );
}

/// Each grammar of `grammars/yacc/` against bison, through the `sly` binary.
#[test]
fn grammar_files_agree_with_bison() {
    require_bison();
    let dir = repo_root().join("grammars").join("yacc");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("grammars/yacc exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "y"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "{files:?}");
    let tmp = temp_dir("bison-files");
    let mut failures = Vec::new();
    for file in &files {
        let copy = tmp.join(file.file_name().expect("a file name"));
        std::fs::copy(file, &copy).expect("copy grammar");
        let theirs = bison(&copy).unwrap_or_else(|e| panic!("bison rejects {file:?}: {e}"));
        let out = Command::new(env!("CARGO_BIN_EXE_sly"))
            .args(["check", "--json"])
            .arg(file)
            .output()
            .expect("run sly");
        let json = String::from_utf8_lossy(&out.stdout);
        let field = |key: &str| -> usize {
            let pat = format!("\"{key}\": ");
            let i = json
                .find(&pat)
                .unwrap_or_else(|| panic!("no {key} in {json}"));
            json[i + pat.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("bad {key} in {json}"))
        };
        let mine = Counts {
            states: field("states"),
            shift_reduce: field("shift_reduce"),
            reduce_reduce: field("reduce_reduce"),
        };
        if mine != theirs {
            failures.push(format!(
                "{}: bison {theirs:?}, sly {mine:?}",
                file.display()
            ));
        }
        let src = std::fs::read_to_string(file).expect("read grammar");
        let outline = bison_outline(&copy);
        assert_eq!(outline.kernel_sizes.len(), theirs.states, "{file:?}");
        assert_eq!(
            outline.conflicts.iter().map(|c| c.0).sum::<usize>(),
            theirs.shift_reduce,
            "{file:?}"
        );
        if Some(outline) != our_outline(&src) {
            failures.push(format!("{}: outlines differ", file.display()));
        }
        // Every grammar of the collection declares its conflicts, so `check` passes.
        if out.status.code() != Some(0) {
            failures.push(format!(
                "{}: sly check exits with {:?}: {}",
                file.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        // And bison agrees that the declared counts are right.
        let status = Command::new("bison")
            .args(["-o", "/dev/null"])
            .arg(&copy)
            .status()
            .expect("run bison");
        if !status.success() {
            failures.push(format!("{}: bison rejects it", file.display()));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Bison drops the states that precedence makes unreachable (its default
/// `lr.keep-unreachable-state false`): here `%left A` above `%left B` makes the state after
/// `A` reduce `x: A` on `B`, so the states of `s: A B . D` can no longer be reached. Bison
/// counts 7 states; keeping the unreachable ones gives 9.
#[test]
fn states_made_unreachable_by_precedence() {
    require_bison();
    let src = "%token D\n%left B\n%left A\n%%\ns: x B D | A B D ;\nx: A ;\n";
    let dir = temp_dir("bison-unreachable");
    let file = dir.join("unreachable.y");
    std::fs::write(&file, src).expect("write grammar");
    let theirs = bison(&file).expect("bison accepts the grammar");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        theirs,
        Counts {
            states: 7,
            shift_reduce: 0,
            reduce_reduce: 0
        }
    );
    assert_eq!(ours(src), Ok(theirs));
}

/// The example grammars that Debian's bison package installs (C, C++, D and Java calculators,
/// a GLR grammar with `%expect-rr`), read with their real-world syntax: `_("...")` aliases,
/// `%define` variants, `%code`, `%printer`, named references. They are not part of this
/// repository; when the package left its documentation out, there is nothing to compare.
#[test]
fn bison_example_grammars_agree() {
    require_bison();
    let root = std::path::Path::new("/usr/share/doc/bison/examples");
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "y" || x == "yy") {
                files.push(p);
            }
        }
    }
    if files.is_empty() {
        eprintln!("note: no bison example grammars under {}", root.display());
        return;
    }
    files.sort();
    let tmp = temp_dir("bison-examples");
    let mut failures = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let src = std::fs::read_to_string(file).expect("read example");
        let copy = tmp.join(format!("ex{i}.y"));
        std::fs::write(&copy, &src).expect("copy example");
        // Some examples need the header output (`%define api.header.include`).
        let theirs = bison(&copy).or_else(|_| bison_with(&copy, &["-d"]));
        let mine = ours(&src);
        if theirs.is_err() || theirs != mine {
            failures.push(format!(
                "{}: bison {theirs:?}, sly {mine:?}",
                file.display()
            ));
        } else if Some(bison_outline(&copy)) != our_outline(&src) {
            failures.push(format!("{}: outlines differ", file.display()));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
