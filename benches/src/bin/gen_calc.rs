//! Writes a generated calculator program: `gen_calc [SEED] [BYTES]` (default: seed 4, 2 MiB)
//! to standard output, the input of the `size_*` binaries' instruction counts.

use std::io::Write as _;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let mut number = |name: &str, default: u64| match args.next().map(|a| a.parse::<u64>()) {
        None => Ok(default),
        Some(Ok(n)) => Ok(n),
        Some(Err(e)) => Err(format!("gen_calc: {name} must be a number: {e}")),
    };
    let (seed, bytes) = match (number("SEED", 4), number("BYTES", 2 * 1024 * 1024)) {
        (Ok(s), Ok(b)) => (s, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let Ok(len) = usize::try_from(bytes) else {
        eprintln!("gen_calc: BYTES is too large");
        return std::process::ExitCode::from(2);
    };
    let text = sly_benches::calc_ast::generate(seed, len);
    match std::io::stdout().write_all(text.as_bytes()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_calc: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
