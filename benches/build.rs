//! Generates the LALRPOP calculator parser of the parser benchmark
//! (`src/calc_grammar.lalrpop` into `$OUT_DIR/calc_grammar.rs`).

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("the LALRPOP grammar builds");
}
