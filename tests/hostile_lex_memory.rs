//! Lexing streams tokens in constant memory: no token vector, no copy of the input.
//!
//! The peak resident size comes from `VmHWM` in `/proc/self/status`, reset through
//! `/proc/self/clear_refs` before each measurement; the tests of this binary take a lock so
//! that no other test allocates meanwhile. The 100 MiB run takes about 20 s in a debug build,
//! so `cargo test` runs 24 MiB and the full size is `--ignored`
//! (`cargo test --test hostile_lex_memory -- --ignored --nocapture` prints the figures).

use sly_grammars::calc::Tok;

/// The process's peak resident set size (`VmHWM`) in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Serializes the measurements of this binary.
static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Lexes `mib` MiB of calculator text and checks the peak resident size did not grow.
fn lex_in_constant_memory(mib: usize) {
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    const LINE: &str = "total_2 = (x1 + 12345) * y / 7 - -3 # note\n";
    const TOKENS_PER_LINE: usize = 14;
    let lines = mib * 1024 * 1024 / LINE.len();
    let src = LINE.repeat(lines);
    assert!(src.len() + LINE.len() > mib * 1024 * 1024);
    // "5" resets the peak to the current resident size (Linux 4.0 and later).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let Some(before) = peak_rss_kib() else {
        eprintln!("no /proc/self/status: peak memory not measured");
        return;
    };

    let start = std::time::Instant::now();
    let mut tokens = 0usize;
    let mut sum = 0i64;
    for item in Tok::lexer(&src) {
        let (tok, _) = item.unwrap();
        tokens += 1;
        if let Tok::Number(n) = tok {
            sum += n;
        }
    }
    let elapsed = start.elapsed();
    let after = peak_rss_kib().unwrap();

    assert_eq!(tokens, lines * TOKENS_PER_LINE);
    assert_eq!(sum, lines as i64 * (12345 + 7 + 3));
    let mib = src.len() as f64 / (1024.0 * 1024.0);
    eprintln!(
        "lexed {mib:.0} MiB, {tokens} tokens in {elapsed:.2?}; peak RSS {} MiB before, {} MiB after",
        before / 1024,
        after / 1024
    );
    // A token vector would need 2.5 times the input (14 tokens of 32 bytes per 44-byte
    // line); a copy of the input as much again as the input. Allow 4 MiB for the allocator
    // and the test harness.
    assert!(
        after - before < 4 * 1024,
        "peak RSS grew by {} KiB while lexing",
        after - before
    );
}

#[test]
fn lexing_24_mib_runs_in_constant_memory() {
    lex_in_constant_memory(24);
}

#[test]
#[ignore = "about 20 s in a debug build; run with --ignored"]
fn lexing_100_mib_runs_in_constant_memory() {
    lex_in_constant_memory(100);
}
