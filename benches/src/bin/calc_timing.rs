//! A cross-check of the parser benchmark that is robust to a busy machine: the three
//! calculator parsers run interleaved, round after round, on the same generated input, and
//! the best and median times of each are reported.
//!
//! `cargo run --release -p sly-benches --bin calc_timing -- [rounds] [megabytes]`

use sly_benches::{calc_ast, calc_hand, calc_lalrpop, calc_sly};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn time(f: impl FnOnce() -> usize) -> Duration {
    let t = Instant::now();
    black_box(f());
    t.elapsed()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().map_or(10, |a| a.parse().expect("rounds"));
    let mb: usize = args.next().map_or(10, |a| a.parse().expect("megabytes"));
    let src = calc_ast::generate(4, mb * 1024 * 1024);
    let lalrpop = calc_lalrpop::ProgramParser::new();
    let names = ["sly", "lalrpop+logos", "hand-written"];
    let mut times: [Vec<Duration>; 3] = Default::default();
    for _ in 0..rounds {
        times[0].push(time(|| calc_sly::parse(&src).expect("parses").len()));
        times[1].push(time(|| {
            calc_lalrpop::parse(&lalrpop, &src).expect("parses").len()
        }));
        times[2].push(time(|| calc_hand::parse(&src).expect("parses").len()));
    }
    let mbps = |d: Duration| src.len() as f64 / d.as_secs_f64() / (1024.0 * 1024.0);
    let mut best = [Duration::ZERO; 3];
    println!("{} bytes, {rounds} rounds", src.len());
    for (i, t) in times.iter_mut().enumerate() {
        t.sort();
        best[i] = t[0];
        let median = t[t.len() / 2];
        println!(
            "{:<14} best {:>8.1} ms ({:>6.1} MiB/s)  median {:>8.1} ms ({:>6.1} MiB/s)",
            names[i],
            t[0].as_secs_f64() * 1e3,
            mbps(t[0]),
            median.as_secs_f64() * 1e3,
            mbps(median)
        );
    }
    println!(
        "best-time throughput ratios: sly/lalrpop {:.2}, sly/hand-written {:.2}",
        best[1].as_secs_f64() / best[0].as_secs_f64(),
        best[2].as_secs_f64() / best[0].as_secs_f64()
    );
}
