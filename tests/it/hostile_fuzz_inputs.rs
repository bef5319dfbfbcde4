//! Replays the fuzz targets' seeds and every saved crash input (`fuzz/seeds/TARGET/`,
//! `fuzz/regressions/TARGET/`) through the same checks as the targets, under `cargo test`.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs `check` on every file of the target's seed and regression folders; returns how many.
fn replay(target: &str, check: fn(&str)) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).unwrap();
            // The targets skip input that is not UTF-8; so does the replay.
            if let Ok(src) = std::str::from_utf8(&bytes) {
                eprintln!("{}", path.display());
                check(src);
                n += 1;
            }
        }
    }
    n
}

#[test]
fn calc_lexer_inputs() {
    assert!(replay("calc_lexer", checks::calc_lexer) > 0);
}

#[test]
fn calc_parser_inputs() {
    assert!(replay("calc_parser", checks::calc_parser) > 0);
}

#[test]
fn yacc_reader_inputs() {
    assert!(replay("yacc_reader", checks::yacc_reader) >= 4);
}

#[test]
fn sql_lexer_inputs() {
    // Seeded from the SQL test corpus too, and from text that makes walks back up.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sql/corpus.sql");
    checks::sql_lexer(&std::fs::read_to_string(corpus).unwrap());
    assert!(replay("sql_lexer", checks::sql_lexer) > 0);
}

#[test]
fn sql_parser_inputs() {
    // Its seed is the SQL test corpus itself, plus any saved crash inputs.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sql/corpus.sql");
    checks::sql_parser(&std::fs::read_to_string(corpus).unwrap());
    replay("sql_parser", checks::sql_parser);
}
