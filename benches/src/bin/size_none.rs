//! Binary-size baseline: reads standard input and prints its length.

use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin()
        .read_to_string(&mut src)
        .expect("standard input is UTF-8");
    println!("{}", src.len());
}
