//! What a program that uses a derived lexer pays at run time: no heap allocation per token,
//! and no regex compiler in the binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use sly::Lexer;

/// Counts the allocations of the current thread while `COUNTING` is set.
struct CountingAlloc;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are
// const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            COUNT.with(|c| c.set(c.get() + 1));
        }
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            COUNT.with(|c| c.set(c.get() + 1));
        }
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn allocations_during(f: impl FnOnce()) -> usize {
    COUNT.with(|c| c.set(0));
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    COUNT.with(Cell::get)
}

#[derive(Lexer, Debug, Clone, PartialEq)]
#[sly(skip = r"[ \t\n]+", skip = r"--[^\n]*")]
enum Tok<'s> {
    #[regex("[0-9]+")]
    Number(i64),
    #[regex(r"\p{L}[\p{L}0-9_]*")]
    Name(&'s str),
    #[regex(r"'[^']*'", |lex| &lex.slice()[1..lex.slice().len() - 1])]
    Str(&'s str),
    #[token("select", ignore_case)]
    Select,
    #[token("(", |lex| lex.push_state("INITIAL"))]
    LParen,
    #[token(")", |lex| { lex.pop_state(); })]
    RParen,
    #[token("<=")]
    Le,
    #[token("<")]
    Lt,
}

#[test]
fn no_allocation_per_token() {
    let src = "select x, 'a string' <= 42 -- comment\n  héllo (((1 < 2)))\n".repeat(2000);
    let mut tokens = 0;
    // The state stack grows a few times while nesting gets deeper: a bounded number of
    // allocations, not one per token.
    let n = allocations_during(|| {
        for r in Tok::lexer(&src) {
            if r.is_ok() {
                tokens += 1;
            }
        }
    });
    assert!(tokens > 20_000, "{tokens}");
    assert!(n <= 4, "{n} allocations for {tokens} tokens");

    let flat = "x 1 y 22 'z' <= < zz\n".repeat(2000);
    let n = allocations_during(|| {
        let count = Tok::lexer(&flat).filter(Result::is_ok).count();
        assert_eq!(count, 16_000);
    });
    assert_eq!(n, 0);
}

/// Programs that use a lexer do not link the DFA builders: the derive ran `regex-automata`
/// and `regex-syntax` at compile time, the program only has tables. This test binary uses a
/// derived lexer; its executable must not contain the text of messages that only the
/// builders print, while the proc-macro library that built the tables does (the control).
/// (`nm` on the binary finds no `regex_automata` symbol either; the debug info names the
/// crate, since `sly-core` is built with its `build` feature for this workspace's tests.)
#[test]
fn regex_builders_are_not_linked() {
    // Written backwards, so that this binary does not contain them as needles.
    let backwards = |s: &str| s.chars().rev().collect::<String>();
    let builder_only = [
        // regex-automata's dense DFA builder.
        backwards("fo timil ezis dedeecxe"),
        // regex-syntax's parser.
        backwards("ssalc retcarahc desolcnu"),
    ];
    let exe = std::env::current_exe().unwrap();
    let bytes = std::fs::read(&exe).unwrap();
    let contains = |hay: &[u8], needle: &str| {
        let (first, n) = (needle.as_bytes()[0], needle.len());
        (0..hay.len().saturating_sub(n))
            .any(|i| hay[i] == first && &hay[i..i + n] == needle.as_bytes())
    };
    // The lexer runtime is there (a message of `Lexer::begin`).
    assert!(contains(&bytes, &backwards("etats rexel nwonknu")));
    for s in &builder_only {
        assert!(!contains(&bytes, s), "{} contains {s:?}", exe.display());
    }
    // Control: the proc macro, next to this binary in `deps/`, has them.
    let deps = exe.parent().unwrap();
    let derive = std::fs::read_dir(deps)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("libsly_derive-")
                && p.extension().is_some_and(|e| e == "so" || e == "dylib")
        });
    let derive = derive.expect("the proc-macro library next to the test binary");
    let lib = std::fs::read(&derive).unwrap();
    for s in &builder_only {
        assert!(contains(&lib, s), "{} lacks {s:?}", derive.display());
    }
}
