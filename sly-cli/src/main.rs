//! The `sly` command-line tool.

fn main() {}
