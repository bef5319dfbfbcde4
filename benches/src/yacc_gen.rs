//! The large yacc grammar of the grammar-engine benchmark, timed against GNU Bison on the same
//! file: [`grammar`] is [`sly_testkit::yacc::statement_families`], statement families shaped
//! like SQL DDL, about 3,000 rules at PostgreSQL's size.

pub use sly_testkit::yacc::{MAX_RULES_PER_FAMILY, postgres_sized, statement_families as grammar};

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_read(src: &str) -> usize {
        let y = sly_core::yacc::parse(src).expect("the generated grammar reads");
        y.builder.num_rules()
    }

    #[test]
    fn sizes_and_counts_agree() {
        for min in [100, 300, 3000] {
            let g = grammar(min);
            let n = rules_read(&g);
            assert!(n >= min, "{n} < {min}");
            assert!(n < min + MAX_RULES_PER_FAMILY + 5, "{n}");
            let head = g.lines().next().unwrap();
            assert!(head.ends_with(&format!(" {n} rules */")), "{head} vs {n}");
        }
    }

    #[test]
    fn generated_grammar_has_no_conflicts() {
        let g = grammar(600);
        let built = sly_core::yacc::parse(&g).unwrap().build().unwrap();
        let a = sly_core::lalr::Automaton::build(&built.grammar);
        assert_eq!((a.shift_reduce_count(), a.reduce_reduce_count()), (0, 0));
        assert!(
            built.grammar.productions.iter().all(|p| p.useful),
            "every rule is useful"
        );
    }
}
