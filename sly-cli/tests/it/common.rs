//! Shared helpers of the integration tests: running GNU Bison and reading its report.

use sly_core::lalr::{Automaton, Limits, LrType};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What bison says about a grammar: states (from the `.output` file, with the state reached by
/// shifting `$end`), and its conflict counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub states: usize,
    pub shift_reduce: usize,
    pub reduce_reduce: usize,
}

/// Fails the test with the install hint when bison is missing.
pub fn require_bison() {
    let ok = Command::new("bison")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        ok,
        "GNU Bison is needed for the differential tests and was not found on the PATH: \
         apt-get install -y bison"
    );
}

/// A fresh directory for this test's files.
pub fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sly-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temp dir");
    dir
}

/// Runs `bison -v` on `file` and reads the counts (for the automaton its `%define lr.type`
/// chooses), or returns bison's error output when it rejects the grammar.
pub fn bison(file: &Path) -> Result<Counts, String> {
    bison_with(file, &[])
}

/// [`bison`] with extra command-line arguments.
pub fn bison_with(file: &Path, extra: &[&str]) -> Result<Counts, String> {
    bison_run(file, extra).0
}

/// [`bison_with`], and whether bison succeeded (it fails when the conflicts are not those
/// that `%expect` and `%expect-rr` declare).
pub fn bison_run(file: &Path, extra: &[&str]) -> (Result<Counts, String>, bool) {
    let out_c = file.with_extension("tab.c");
    let report = file.with_extension("output");
    let _ = std::fs::remove_file(&report);
    let output = Command::new("bison")
        .args(extra)
        .arg("-v")
        .arg("-Wno-other")
        .arg("-o")
        .arg(&out_c)
        .arg(file)
        .output()
        .expect("run bison");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let success = output.status.success();
    // With %expect, bison fails when the counts differ but still writes its report.
    let text = match std::fs::read_to_string(&report) {
        Ok(t) => t,
        Err(_) => return (Err(stderr), success),
    };
    if !success && !stderr.contains("conflicts:") {
        return (Err(stderr), success);
    }
    let mut states = 0;
    let mut per_state_sr = 0;
    let mut per_state_rr = 0;
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("State ") else {
            continue;
        };
        if rest.bytes().all(|b| b.is_ascii_digit()) {
            states += 1;
        } else if let Some((_, list)) = rest.split_once(" conflicts: ") {
            for part in list.split(", ") {
                let (n, kind) = part.split_once(' ').expect("`N kind`");
                let n: usize = n.parse().expect("a count");
                match kind {
                    "shift/reduce" => per_state_sr += n,
                    "reduce/reduce" => per_state_rr += n,
                    other => panic!("unknown conflict kind {other:?} in {}", report.display()),
                }
            }
        }
    }
    // The totals bison compares with %expect: from its summary on stderr when it printed one
    // (it does not when %expect matches), else the sum of the per-state lines.
    let summary = |kind: &str| -> Option<usize> {
        stderr.lines().find_map(|l| {
            let i = l.find(&format!(" {kind} conflict"))?;
            let head = &l[..i];
            head.rsplit(' ').next()?.parse().ok()
        })
    };
    let sr_warn = summary("shift/reduce");
    let rr_warn = summary("reduce/reduce");
    // `error: shift/reduce conflicts: 2 found, 0 expected`
    let found = |kind: &str| -> Option<usize> {
        stderr.lines().find_map(|l| {
            let rest = l.split(&format!("{kind} conflicts: ")).nth(1)?;
            rest.split(' ').next()?.parse().ok()
        })
    };
    let shift_reduce = sr_warn.or(found("shift/reduce")).unwrap_or(per_state_sr);
    let reduce_reduce = rr_warn.or(found("reduce/reduce")).unwrap_or(per_state_rr);
    let counts = Counts {
        states,
        shift_reduce,
        reduce_reduce,
    };
    (Ok(counts), success)
}

/// Our counts for a grammar file, through the library, or the errors.
pub fn ours(src: &str) -> Result<Counts, String> {
    ours_with(src, None)
}

/// Our counts for a grammar file, with the construction `lr_type` when given (else the one
/// its `%define lr.type` chooses), through the library.
pub fn ours_with(src: &str, lr_type: Option<LrType>) -> Result<Counts, String> {
    let y = sly_core::yacc::parse(src).map_err(|e| {
        e.iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let built = y.build().map_err(|d| y.render_all("grammar.y", &d))?;
    let lr_type = lr_type.or(y.lr_type).unwrap_or_default();
    let a = Automaton::build_with(&built.grammar, lr_type, &Limits::default())
        .map_err(|e| e.to_string())?;
    Ok(Counts {
        states: a.states.len(),
        shift_reduce: a.shift_reduce_count(),
        reduce_reduce: a.reduce_reduce_count(),
    })
}

/// The repository's root directory.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("sly-cli sits in the workspace")
        .to_path_buf()
}

/// A numbering-independent outline of an automaton: the sorted sizes of the states' kernels
/// and the sorted (shift/reduce, reduce/reduce) counts of the states that have conflicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub kernel_sizes: Vec<usize>,
    pub conflicts: Vec<(usize, usize)>,
}

/// The outline of bison's automaton, from the `.output` file that [`bison`] left beside `file`.
pub fn bison_outline(file: &Path) -> Outline {
    let text = std::fs::read_to_string(file.with_extension("output")).expect("bison's report");
    let mut kernel_sizes = Vec::new();
    let mut conflicts = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("State ") else {
            continue;
        };
        if rest.bytes().all(|b| b.is_ascii_digit()) {
            // A blank line, the kernel items, a blank line.
            lines.next();
            let mut n = 0;
            while lines.peek().is_some_and(|l| !l.trim().is_empty()) {
                lines.next();
                n += 1;
            }
            kernel_sizes.push(n);
        } else if let Some((_, list)) = rest.split_once(" conflicts: ") {
            let (mut sr, mut rr) = (0, 0);
            for part in list.split(", ") {
                let (n, kind) = part.split_once(' ').expect("`N kind`");
                let n: usize = n.parse().expect("a count");
                if kind == "shift/reduce" {
                    sr = n;
                } else {
                    rr = n;
                }
            }
            conflicts.push((sr, rr));
        }
    }
    kernel_sizes.sort_unstable();
    conflicts.sort_unstable();
    Outline {
        kernel_sizes,
        conflicts,
    }
}

/// The outline of our automaton for a grammar file.
pub fn our_outline(src: &str) -> Option<Outline> {
    our_outline_with(src, None)
}

/// The outline of our automaton for a grammar file, built with `lr_type` when given (else
/// with the file's `%define lr.type`).
pub fn our_outline_with(src: &str, lr_type: Option<LrType>) -> Option<Outline> {
    let y = sly_core::yacc::parse(src).ok()?;
    let g = y.build().ok()?.grammar;
    let lr_type = lr_type.or(y.lr_type).unwrap_or_default();
    let a = Automaton::build_with(&g, lr_type, &Limits::default()).ok()?;
    let mut kernel_sizes: Vec<usize> = a.states.iter().map(|s| s.kernel.len()).collect();
    kernel_sizes.sort_unstable();
    let mut per_state: std::collections::BTreeMap<u32, (usize, usize)> = Default::default();
    for c in a.unresolved() {
        let e = per_state.entry(c.state.0).or_default();
        if c.is_shift_reduce() {
            e.0 += 1;
        }
        e.1 += c.reductions.len().saturating_sub(1);
    }
    let mut conflicts: Vec<(usize, usize)> = per_state.into_values().collect();
    conflicts.sort_unstable();
    Some(Outline {
        kernel_sizes,
        conflicts,
    })
}
