//! Yacc grammars made by seeded generators, as text that GNU Bison and `sly_core::yacc` both
//! read. Three generators of different languages of grammars, each documented with the
//! grammars it makes:
//!
//! - [`random_grammar`]: small random grammars with every feature bison has (epsilon rules,
//!   recursion, precedence, `%prec`, `error`, mid-rule actions, useless symbols), for the
//!   differential tests against bison;
//! - [`lalr_only_conflicts`]: small grammars with the conflicts that LALR(1) has and LR(1) does
//!   not, for the differential tests of IELR(1) and canonical LR(1) against bison;
//! - [`statement_families`]: large conflict-free grammars shaped like SQL DDL, the size of
//!   PostgreSQL's, for the benchmark of the grammar engine against bison.
//!
//! A seed always gives the same text: a failing differential case reproduces from its seed,
//! and the benchmark grammar is the same in every measurement.

use std::fmt::Write as _;

use crate::rng::{Random, SplitMix64};

/// A random yacc grammar: epsilon rules, left and right recursion, precedence levels, `%prec`,
/// `error`, character literals, mid-rule actions, and some useless nonterminals. The start
/// symbol always derives a sentence, so bison accepts every grammar.
///
/// Two to eight terminals `T0 ...` (and up to four character literals), two to eight
/// nonterminals `n0 ...` with one to four alternatives each; `n0` is the start symbol. The
/// numbers come from [`SplitMix64`] started at `seed`.
///
/// Never panics.
///
/// # Examples
/// ```
/// let g = sly_testkit::yacc::random_grammar(3);
/// assert!(g.starts_with("/* random grammar, seed 3 */\n%token T0"));
/// assert_eq!(g, sly_testkit::yacc::random_grammar(3));
/// ```
pub fn random_grammar(seed: u64) -> String {
    let mut r = SplitMix64::new(seed);
    let nterm = 2 + r.below(7);
    let nnon = 2 + r.below(7);
    let mut terms: Vec<String> = (0..nterm).map(|i| format!("T{i}")).collect();
    let chars = ["'+'", "'-'", "'*'", "'('", "')'", "';'"];
    for c in chars.iter().take(r.below(4)) {
        terms.push(c.to_string());
    }
    let nons: Vec<String> = (0..nnon).map(|i| format!("n{i}")).collect();

    let mut out = String::new();
    let _ = writeln!(out, "/* random grammar, seed {seed} */");
    let declared: Vec<&String> = terms.iter().filter(|t| t.starts_with('T')).collect();
    let _ = writeln!(
        out,
        "%token {}",
        declared
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );

    // Precedence levels over a random subset of the terminals, and maybe a marker.
    let mut with_prec: Vec<String> = Vec::new();
    let mut pool: Vec<String> = terms.clone();
    let levels = r.below(4);
    for _ in 0..levels {
        if pool.is_empty() {
            break;
        }
        let dir = *r.pick(&["%left", "%right", "%nonassoc", "%precedence"]);
        let k = 1 + r.below(pool.len().min(3));
        let mut names = Vec::new();
        for _ in 0..k {
            let i = r.below(pool.len());
            names.push(pool.swap_remove(i));
        }
        if r.chance(25) {
            names.push(format!("P{}", with_prec.len()));
        }
        let _ = writeln!(out, "{dir} {}", names.join(" "));
        with_prec.extend(names);
    }
    if r.chance(10) {
        let _ = writeln!(out, "%start n0");
    }
    out.push_str("%%\n");

    // Which nonterminals are useless on purpose: one unproductive, one unreachable.
    let unproductive = if nnon > 2 && r.chance(20) {
        Some(nnon - 1)
    } else {
        None
    };
    let unreachable = if nnon > 3 && r.chance(20) {
        Some(nnon - 2)
    } else {
        None
    };

    for (i, lhs) in nons.iter().enumerate() {
        let nalts = 1 + r.below(4);
        let mut alts: Vec<String> = Vec::new();
        for a in 0..nalts {
            let mut syms: Vec<String> = Vec::new();
            if Some(i) == unproductive {
                // Every alternative mentions the nonterminal itself: it derives nothing.
                syms.push(lhs.clone());
                syms.push(r.pick(&terms).clone());
                alts.push(syms.join(" "));
                continue;
            }
            let len = r.below(5);
            if a == 0 {
                // A base case: terminals only (or empty), so that every nonterminal is
                // productive unless chosen otherwise.
                for _ in 0..r.below(3) {
                    syms.push(r.pick(&terms).clone());
                }
            } else {
                for k in 0..len {
                    // Left recursion first, right recursion last.
                    let s = if (k == 0 && r.chance(25)) || (k + 1 == len && r.chance(25)) {
                        lhs.clone()
                    } else if r.chance(5) {
                        "error".to_string()
                    } else if r.chance(45) {
                        // Avoid referring to the unreachable one, so it stays unreachable.
                        let mut n = r.below(nnon);
                        if Some(n) == unreachable && Some(i) != unreachable {
                            n = 0;
                        }
                        nons[n].clone()
                    } else {
                        r.pick(&terms).clone()
                    };
                    syms.push(s);
                    if k + 1 < len && r.chance(5) {
                        syms.push("{ mid(); }".to_string());
                    }
                }
            }
            if syms.is_empty() {
                syms.push("%empty".into());
            }
            if !with_prec.is_empty() && r.chance(15) {
                syms.push(format!("%prec {}", r.pick(&with_prec)));
            }
            if r.chance(20) {
                syms.push("{ $$ = 0; }".into());
            }
            alts.push(syms.join(" "));
        }
        let _ = write!(out, "{lhs}: {}", alts.join("\n  | "));
        out.push_str(if r.chance(80) { "\n  ;\n" } else { "\n" });
    }
    out
}

/// A random grammar built to have LALR(1)-only conflicts: reduce/reduce conflicts that the
/// merging of states with equal items creates and that an LR(1) parser (IELR(1), canonical
/// LR(1)) does not have, as in bison's manual ("Mysterious Conflicts") and as
/// `s: A0 x0 C0 | A0 x1 C1 | A1 x0 C1 | A1 x1 C0; x0: w; x1: w; w: B0`.
///
/// Two to four *contexts* `A0 ...` lead to two or three *shared* nonterminals `x0 ...`, which
/// all derive the same `w`; in each context every shared nonterminal is followed by its own
/// terminal `C0 ...`, in an order that differs between contexts 0 and 1, so that the state
/// after `w`, shared by all contexts in LALR(1), sees every follower on every reduction. The
/// variations exercise IELR(1)'s lookahead tracking: a context may pass through a nullable
/// nonterminal (`A0 o0 ...`) or a nonterminal of its own (`A0 t0` with `t0: x0 C0 | ...`), `w`
/// may end with a nullable nonterminal, the shared rules may have `%prec` or an alternative
/// that shifts a follower (shift/reduce conflicts, which precedence declarations over the
/// followers may resolve), a context may repeat a follower (a conflict that LR(1) keeps too),
/// and the sentences may form a `;`-separated list. The numbers come from [`SplitMix64`]
/// started at `seed` (mixed, so that the sequence differs from [`random_grammar`]'s).
///
/// Never panics.
///
/// # Examples
/// ```
/// let g = sly_testkit::yacc::lalr_only_conflicts(0);
/// assert!(g.starts_with("/* LALR(1)-only conflicts, seed 0 */\n"));
/// assert_eq!(g, sly_testkit::yacc::lalr_only_conflicts(0));
/// ```
pub fn lalr_only_conflicts(seed: u64) -> String {
    let mut r = SplitMix64::new(seed ^ 0x1a1f_c0f1_1c75_0000);
    let contexts = 2 + r.below(3);
    let shared = 2 + r.below(2);
    let mut rules = String::new();
    // The terminals in order of first use, all declared by one `%token`.
    let mut tokens: Vec<String> = Vec::new();
    fn use_token(t: String, tokens: &mut Vec<String>) -> String {
        if !tokens.contains(&t) {
            tokens.push(t.clone());
        }
        t
    }

    let list = r.chance(30);
    if list {
        let _ = writeln!(rules, "top: top ';' s\n   | s\n   ;");
    }
    let mut s_alts: Vec<String> = Vec::new();
    let mut extra = String::new();
    for i in 0..contexts {
        let mut prefix = use_token(format!("A{i}"), &mut tokens);
        if r.chance(30) {
            let d = use_token(format!("D{i}"), &mut tokens);
            let _ = writeln!(extra, "o{i}: %empty\n  | {d}\n  ;");
            prefix = format!("{prefix} o{i}");
        }
        // The follower of each shared nonterminal in this context.
        let order: Vec<usize> = match i {
            0 => (0..shared).collect(),
            1 => (0..shared).map(|j| (j + 1) % shared).collect(),
            _ if r.chance(15) => (0..shared).map(|_| r.below(shared)).collect(),
            _ => {
                let mut o: Vec<usize> = (0..shared).collect();
                for k in (1..o.len()).rev() {
                    o.swap(k, r.below(k + 1));
                }
                o
            }
        };
        let alts: Vec<String> = (0..shared)
            .map(|j| {
                let c = use_token(format!("C{}", order[j]), &mut tokens);
                if r.chance(10) {
                    format!("x{j} {{ mid(); }} {c}")
                } else {
                    format!("x{j} {c}")
                }
            })
            .collect();
        if r.chance(30) {
            s_alts.push(format!("{prefix} t{i}"));
            let _ = writeln!(extra, "t{i}: {}\n  ;", alts.join("\n  | "));
        } else {
            s_alts.extend(alts.iter().map(|a| format!("{prefix} {a}")));
        }
    }
    let _ = writeln!(rules, "s: {}\n ;", s_alts.join("\n | "));
    rules.push_str(&extra);

    let mut with_prec: Vec<String> = Vec::new();
    for j in 0..shared {
        let mut alts = vec!["w".to_string()];
        if r.chance(20) {
            let c = format!("C{}", r.below(shared));
            alts[0].push_str(&format!(" %prec {c}"));
            with_prec.push(c);
        }
        if r.chance(20) {
            let c = format!("C{}", r.below(shared));
            alts.push(format!("w {c}"));
        }
        let _ = writeln!(rules, "x{j}: {}\n  ;", alts.join("\n  | "));
    }
    let b0 = use_token("B0".into(), &mut tokens);
    if r.chance(25) {
        let b1 = use_token("B1".into(), &mut tokens);
        let _ = writeln!(rules, "w: {b0} n\n ;\nn: %empty\n | {b1}\n ;");
    } else if r.chance(30) {
        let b1 = use_token("B1".into(), &mut tokens);
        let _ = writeln!(rules, "w: {b0} {b1}\n ;");
    } else {
        let _ = writeln!(rules, "w: {b0}\n ;");
    }

    let mut out = String::new();
    let _ = writeln!(out, "/* LALR(1)-only conflicts, seed {seed} */");
    let _ = writeln!(out, "%token {}", tokens.join(" "));
    // Precedence over some followers (always over those that a `%prec` names).
    let mut followers: Vec<String> = (0..shared).map(|j| format!("C{j}")).collect();
    if !with_prec.is_empty() || r.chance(40) {
        let levels = 1 + r.below(2);
        for _ in 0..levels {
            if followers.is_empty() {
                break;
            }
            let dir = *r.pick(&["%left", "%right", "%nonassoc", "%precedence"]);
            let k = 1 + r.below(followers.len());
            let names: Vec<String> = (0..k)
                .map(|_| followers.swap_remove(r.below(followers.len())))
                .collect();
            let _ = writeln!(out, "{dir} {}", names.join(" "));
        }
        // A `%prec` symbol needs a precedence of its own, or bison warns it is useless.
        let rest: Vec<&String> = with_prec.iter().filter(|c| followers.contains(c)).collect();
        if !rest.is_empty() {
            let mut rest: Vec<&str> = rest.iter().map(|c| c.as_str()).collect();
            rest.sort_unstable();
            rest.dedup();
            let _ = writeln!(out, "%left {}", rest.join(" "));
        }
    }
    if list {
        out.push_str("%start top\n");
    }
    out.push_str("%%\n");
    out.push_str(&rules);
    out
}

/// The number of rules of one family of [`statement_families`] at most (some alternatives are
/// left out at random).
pub const MAX_RULES_PER_FAMILY: usize = 40;

/// The size of the shared keyword pool.
const POOL: usize = 400;

/// A grammar of at least `min_rules` productions (not counting bison's rule 0), at most
/// [`MAX_RULES_PER_FAMILY`] more, with no conflicts.
///
/// The grammar is made of statement *families*: each family has its own leading keywords
/// (`V3_0 ... V3_4`) and nonterminals (`f3_stmt`, `f3_items`, ...), shaped like SQL DDL
/// statements: targets, parenthesized item lists, column types, option lists, action lists.
/// The keywords inside a family come from a pool shared by all families, and every family uses
/// one expression grammar with a dozen precedence levels, as real SQL grammars do. A
/// [`SplitMix64`] with a fixed seed varies the families so that their automata differ.
///
/// The first line counts the families and rules; it names `sly_benches::yacc_gen`, where the
/// benchmark takes this generator from, so that the benchmark's input stays the same file.
///
/// Never panics.
///
/// # Examples
/// ```
/// let g = sly_testkit::yacc::statement_families(300);
/// assert!(g.starts_with("/* generated"));
/// ```
pub fn statement_families(min_rules: usize) -> String {
    let mut body = String::new();
    let mut rules = shared_rules(&mut body);
    let mut rng = SplitMix64::new(0x5EED);
    let mut families = 0;
    let mut stmt_alts = Vec::new();
    let mut verbs = String::new();
    while rules < min_rules {
        // The family's rules, and its alternative of `stmt`.
        rules += family(&mut body, &mut verbs, families, &mut rng) + 1;
        stmt_alts.push(format!("f{families}_stmt"));
        families += 1;
    }
    // `program`, `stmts` (2), `stmt: %empty`.
    rules += 4;

    let mut out = String::new();
    let _ = writeln!(
        out,
        "/* generated by sly_benches::yacc_gen: {families} statement families, {rules} rules */"
    );
    out.push_str("%token IDENT INTEGER STRING NULL_\n");
    for i in 0..POOL {
        if i % 20 == 0 {
            out.push_str(if i == 0 { "%token" } else { "\n%token" });
        }
        let _ = write!(out, " K{i}");
    }
    out.push('\n');
    out.push_str(&verbs);
    out.push_str(
        "%left OR\n%left AND\n%right NOT\n%nonassoc IS\n%nonassoc '<' '>' '=' LE GE NE\n\
         %nonassoc BETWEEN IN LIKE\n%left CONCAT\n%left '+' '-'\n%left '*' '/' '%'\n\
         %left '^'\n%right UMINUS\n%left '.'\n",
    );
    out.push_str("%%\n");
    out.push_str("program: stmts ;\n");
    out.push_str("stmts: stmt\n     | stmts ';' stmt\n     ;\n");
    out.push_str("stmt: %empty\n");
    for alt in &stmt_alts {
        let _ = writeln!(out, "    | {alt}");
    }
    out.push_str("    ;\n");
    out.push_str(&body);
    out
}

/// [`statement_families`] of PostgreSQL's size: at least 3,000 rules.
pub fn postgres_sized() -> String {
    statement_families(3000)
}

/// The expression grammar and lists every family uses. Returns the number of rules.
fn shared_rules(out: &mut String) -> usize {
    const SHARED: &str = "
a_expr: c_expr
      | '+' a_expr %prec UMINUS
      | '-' a_expr %prec UMINUS
      | a_expr '+' a_expr
      | a_expr '-' a_expr
      | a_expr '*' a_expr
      | a_expr '/' a_expr
      | a_expr '%' a_expr
      | a_expr '^' a_expr
      | a_expr CONCAT a_expr
      | a_expr '<' a_expr
      | a_expr '>' a_expr
      | a_expr '=' a_expr
      | a_expr LE a_expr
      | a_expr GE a_expr
      | a_expr NE a_expr
      | a_expr AND a_expr
      | a_expr OR a_expr
      | NOT a_expr
      | a_expr LIKE a_expr
      | a_expr IS NULL_
      | a_expr IS NOT NULL_
      | a_expr BETWEEN c_expr AND a_expr %prec BETWEEN
      | a_expr IN '(' expr_list ')'
      ;
c_expr: IDENT
      | IDENT '.' IDENT
      | INTEGER
      | STRING
      | '(' a_expr ')'
      | IDENT '(' ')'
      | IDENT '(' expr_list ')'
      ;
expr_list: a_expr
         | expr_list ',' a_expr
         ;
name_list: IDENT
         | name_list ',' IDENT
         ;
";
    out.push_str(SHARED);
    count_rules(SHARED)
}

/// The number of alternatives in rule text written one alternative per line.
fn count_rules(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| {
            l.starts_with('|')
                || l.split_once(':').is_some_and(|(lhs, _)| {
                    !lhs.is_empty() && lhs.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        })
        .count()
}

/// One statement family; returns its number of rules.
fn family(out: &mut String, verbs: &mut String, f: usize, rng: &mut SplitMix64) -> usize {
    // Keyword slot `j` of family `f`: distinct for distinct slots of one family.
    let k = |j: usize| format!("K{}", (f * 7 + j * 13 + 1) % POOL);
    let v = |j: usize| format!("V{f}_{j}");
    let p = format!("f{f}_");
    let mut rules = 0;
    let mut rule = |out: &mut String, lhs: &str, alts: Vec<String>| {
        rules += alts.len();
        let _ = writeln!(out, "{p}{lhs}: {}\n    ;", alts.join("\n    | "));
    };

    let mut stmt = vec![
        format!("{} {p}target {p}opts", v(0)),
        format!("{} {} {p}target '(' {p}items ')' {p}opts", v(1), k(2)),
        format!("{} {p}target_list {p}cascade", v(3)),
        format!("{} {p}target {p}actions", v(4)),
    ];
    let _ = write!(verbs, "%token {} {} {} {}", v(0), v(1), v(3), v(4));
    if rng.chance(50) {
        stmt.push(format!("{} {} {p}target {p}opts", v(2), k(1)));
        let _ = write!(verbs, " {}", v(2));
    }
    verbs.push('\n');
    rule(out, "stmt", stmt);
    rule(
        out,
        "target",
        vec!["IDENT".into(), "IDENT '.' IDENT".into()],
    );
    rule(
        out,
        "target_list",
        vec![
            format!("{p}target"),
            format!("{p}target_list ',' {p}target"),
        ],
    );
    rule(
        out,
        "items",
        vec![format!("{p}item"), format!("{p}items ',' {p}item")],
    );
    let mut item = vec![
        format!("IDENT {p}type {p}item_opts"),
        format!("{} '(' name_list ')'", k(5)),
        format!("{} a_expr", k(6)),
    ];
    if rng.chance(50) {
        item.push(format!("{} IDENT {} '(' name_list ')'", k(26), k(5)));
    }
    rule(out, "item", item);
    let mut ty = vec![
        k(7),
        k(8),
        format!("{} '(' INTEGER ')'", k(9)),
        format!("{} '(' INTEGER ',' INTEGER ')'", k(10)),
        "IDENT".into(),
    ];
    if rng.chance(60) {
        ty.push(format!("{} {}", k(27), k(7)));
    }
    if rng.chance(40) {
        ty.push(format!("{p}type '[' ']'"));
    }
    rule(out, "type", ty);
    rule(
        out,
        "item_opts",
        vec!["%empty".into(), format!("{p}item_opts {p}item_opt")],
    );
    let mut item_opt = vec![
        k(11),
        format!("{} {}", k(12), k(11)),
        format!("{} a_expr", k(13)),
        format!("{} '(' a_expr ')'", k(14)),
        format!("{} {p}target", k(15)),
    ];
    if rng.chance(50) {
        item_opt.push(format!("{} {p}target '(' name_list ')'", k(28)));
    }
    rule(out, "item_opt", item_opt);
    rule(
        out,
        "opts",
        vec!["%empty".into(), format!("{p}opts {p}opt")],
    );
    let mut opt = vec![
        format!("{} '=' a_expr", k(16)),
        format!("{} {p}target", k(17)),
        format!("{} '(' name_list ')'", k(18)),
    ];
    if rng.chance(50) {
        opt.push(format!("{} {} '=' a_expr", k(29), k(16)));
    }
    rule(out, "opt", opt);
    rule(out, "cascade", vec!["%empty".into(), k(19), k(20)]);
    rule(
        out,
        "actions",
        vec![format!("{p}action"), format!("{p}actions ',' {p}action")],
    );
    let mut action = vec![
        format!("{} {p}item", k(21)),
        format!("{} IDENT", k(22)),
        format!("{} IDENT {} IDENT", k(23), k(24)),
        format!("{} IDENT {p}type", k(25)),
    ];
    if rng.chance(50) {
        action.push(format!("{} {} IDENT", k(22), k(30)));
    }
    rule(out, "action", action);
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a, 64 bits: a digest of generated text that needs no dependency.
    fn fnv1a(text: &str) -> u64 {
        text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// The grammars of seeds 0 to 399, which the differential tests against bison compare:
    /// the digest pins them, so the tests keep checking the same grammars.
    #[test]
    fn random_grammars_are_the_ones_compared_with_bison() {
        let all: String = (0..400).map(random_grammar).collect();
        assert_eq!((all.len(), fnv1a(&all)), (112_119, 0xf370_3329_731b_835c));
    }

    /// The benchmark grammars stay the same file from one measurement to the next.
    #[test]
    fn statement_families_are_the_benchmark_grammars() {
        let g = statement_families(300);
        assert_eq!((g.len(), fnv1a(&g)), (11_410, 0x2159_02ec_d5d9_cdfa));
        let g = postgres_sized();
        assert_eq!((g.len(), fnv1a(&g)), (85_833, 0x8399_fca3_2f20_a0df));
    }
}
