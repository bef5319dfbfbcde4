//! Seeded generators of lexer benchmark inputs: the same seed always gives the same text.

use sly_testkit::rng::{Random, XorShift64Star};

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const IDENT_REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

fn ident(rng: &mut XorShift64Star, out: &mut String, min: usize, max: usize) {
    out.push(*rng.pick(LOWER) as char);
    for _ in 1..min + rng.below(max - min + 1) {
        out.push(*rng.pick(IDENT_REST) as char);
    }
}

fn number(rng: &mut XorShift64Star, out: &mut String) {
    let digits = 1 + rng.below(9);
    out.push(char::from(b'1' + rng.below(9) as u8));
    for _ in 1..digits {
        out.push(char::from(b'0' + rng.below(10) as u8));
    }
}

/// Calculator statements (`x1 = (3 + y) * 42 / z - 7`), one per line, `bytes` long at least.
pub fn calc(seed: u64, bytes: usize) -> String {
    let mut rng = XorShift64Star::new(seed);
    let mut out = String::with_capacity(bytes + 128);
    while out.len() < bytes {
        ident(&mut rng, &mut out, 1, 8);
        out.push_str(" = ");
        let terms = 2 + rng.below(8);
        let mut open = 0;
        for i in 0..terms {
            if i > 0 {
                out.push(' ');
                out.push(*rng.pick(&['+', '-', '*', '/']));
                out.push(' ');
            }
            if rng.ratio(1, 5) {
                out.push('(');
                open += 1;
            }
            if rng.ratio(1, 2) {
                number(&mut rng, &mut out);
            } else {
                ident(&mut rng, &mut out, 1, 8);
            }
            if open > 0 && rng.ratio(1, 3) {
                out.push(')');
                open -= 1;
            }
        }
        for _ in 0..open {
            out.push(')');
        }
        out.push('\n');
    }
    out
}

/// SQL keywords used by [`sql`]; the benchmark lexers match them case-insensitively.
pub const SQL_KEYWORDS: &[&str] = &[
    "select", "from", "where", "and", "or", "not", "insert", "into", "values", "update", "set",
    "delete", "create", "table", "join", "on", "as", "order", "by", "group", "limit", "null", "is",
    "in", "like", "between", "inner", "left", "having", "distinct",
];

const SQL_OPS: &[&str] = &[
    "=", "==", "<", "<=", "<>", "!=", ">=", ">", "+", "-", "*", "/", ",", ";", "(", ")", ".",
];

fn keyword(rng: &mut XorShift64Star, out: &mut String) {
    let kw = *rng.pick(SQL_KEYWORDS);
    match rng.below(3) {
        0 => out.push_str(kw),
        1 => out.push_str(&kw.to_uppercase()),
        _ => {
            for (i, c) in kw.chars().enumerate() {
                out.push(if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                });
            }
        }
    }
}

/// SQL statements with case-mixed keywords, identifiers, numbers, `'...'` strings (with `''`
/// escapes), operators, `-- line` and `/* block */` comments, `bytes` long at least.
pub fn sql(seed: u64, bytes: usize) -> String {
    let mut rng = XorShift64Star::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    while out.len() < bytes {
        let items = 5 + rng.below(25);
        for _ in 0..items {
            match rng.below(20) {
                0..=5 => keyword(&mut rng, &mut out),
                6..=10 => ident(&mut rng, &mut out, 1, 12),
                11..=12 => number(&mut rng, &mut out),
                13 => {
                    out.push('\'');
                    for _ in 0..rng.below(20) {
                        if rng.ratio(1, 15) {
                            out.push_str("''");
                        } else {
                            out.push(*rng.pick(b"abc def ghi-jkl.mno") as char);
                        }
                    }
                    out.push('\'');
                }
                14 if rng.ratio(1, 4) => {
                    out.push_str("/* ");
                    for _ in 0..rng.below(40) {
                        out.push(*rng.pick(b"comment text * / - ") as char);
                    }
                    out.push_str(" */");
                }
                _ => {
                    let op = rng.pick(SQL_OPS);
                    out.push_str(op);
                }
            }
            out.push(*rng.pick(&[' ', ' ', ' ', '\n', '\t']));
        }
        if rng.ratio(1, 3) {
            out.push_str("-- ");
            for _ in 0..rng.below(50) {
                out.push(*rng.pick(b"a comment line; with 'quotes' */ ") as char);
            }
        }
        out.push_str(";\n");
    }
    out
}

const ESCAPES: &[&str] = &["\\\"", "\\\\", "\\n"];
const SEPARATORS: &[&str] = &[" ", ", ", "\n"];

/// Long identifiers (20–80 chars) and double-quoted string literals (40–200 chars, with
/// `\"`, `\\` and `\n` escapes), separated by spaces and commas, `bytes` long at least.
pub fn long_tokens(seed: u64, bytes: usize) -> String {
    let mut rng = XorShift64Star::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    while out.len() < bytes {
        if rng.ratio(1, 2) {
            ident(&mut rng, &mut out, 20, 80);
        } else {
            out.push('"');
            for _ in 0..40 + rng.below(161) {
                if rng.ratio(1, 25) {
                    let esc = rng.pick(ESCAPES);
                    out.push_str(esc);
                } else {
                    out.push(
                        *rng.pick(b"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789.,;:!?")
                            as char,
                    );
                }
            }
            out.push('"');
        }
        let sep = rng.pick(SEPARATORS);
        out.push_str(sep);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_and_sized() {
        assert_eq!(calc(7, 1000), calc(7, 1000));
        assert_ne!(calc(7, 1000), calc(8, 1000));
        for s in [calc(1, 5000), sql(1, 5000), long_tokens(1, 5000)] {
            assert!(s.len() >= 5000);
            assert!(s.is_ascii());
        }
    }
}
