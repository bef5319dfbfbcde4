#!/usr/bin/env bash
# Builds one fuzz target with libFuzzer on a stable toolchain and runs it.
#
#   fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]
#
# TARGET is calc_lexer, calc_parser, sql_lexer, sql_parser or yacc_reader. SECONDS (default 60) bounds the run;
# 0 runs until the first crash. The corpus grows in fuzz/corpus/TARGET (seeded from
# fuzz/seeds/TARGET), crashes land in fuzz/artifacts/TARGET.
#
# The coverage instrumentation is what `cargo fuzz` asks of rustc, minus the sanitizer (which
# needs a nightly compiler): `-Cpasses=sancov-module` and the `-sanitizer-coverage-*` LLVM
# options are stable. `--target` keeps the flags away from build scripts and proc macros.
set -euo pipefail
cd "$(dirname "$0")"

target=${1:?usage: fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]}
secs=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))

host=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR="$PWD/target"
cargo build --release --target "$host" --bin "$target"

mkdir -p "corpus/$target" "artifacts/$target"
seeds=()
[ -d "seeds/$target" ] && seeds=("seeds/$target")
# The SQL targets start from the test corpus rather than a copy of it.
case "$target" in sql_*) seeds+=("../tests/sql") ;; esac
exec "target/$host/release/$target" \
    -max_total_time="$secs" \
    -artifact_prefix="artifacts/$target/" \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    "$@" "corpus/$target" "${seeds[@]}"
