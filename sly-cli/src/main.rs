//! The `sly` command-line tool: checks yacc/bison grammars with sly's LR(1) engine.
//!
//! - `sly check FILE.y [--json] [--counterexample-budget N]`: sizes of the grammar and
//!   automaton, unresolved conflicts as bison counts them, each with its state, lookahead, items,
//!   an example input and a counterexample (two derivations, as bison's `-Wcounterexamples`
//!   shows them: one sentential form derived with each conflicting action when the search finds
//!   one, else two forms that differ after the conflict point). Exits 0
//!   when the conflicts are exactly those declared by `%expect`/`%expect-rr` (none by default),
//!   1 when not, 2 when the file cannot be read or is not a valid grammar.
//! - `sly states FILE.y`: every state's items, actions, gotos and conflicts, in the spirit of
//!   bison's `.output` file.
//! - `sly dot FILE.y`: the automaton as a Graphviz graph.
//! - `sly messages FILE.y [--compare CATALOGUE]`: for every state where the parser can find a
//!   syntax error, a shortest input failing there, as an entry of a Menhir-style messages
//!   catalogue (Menhir's `--list-errors`); with `--compare`, checks the catalogue's sentences
//!   against the tables and lists only the states it has no message for (Menhir's
//!   `--compare-errors`). Exits 0 when nothing is missing, 1 when entries are missing, 2 when
//!   a file cannot be read or the catalogue has mistakes.
//!
//! Each builds the automaton that `%define lr.type` in the file chooses (LALR(1) by default),
//! unless bison's option `-Dlr.type=lalr|ielr|canonical-lr` overrides it; `--max-states N`
//! bounds its size.
#![forbid(unsafe_code)]

mod json;

use clap::{Parser, Subcommand};
use sly_core::grammar::{Built, Grammar};
use sly_core::lalr::counterexample::{self, Budget, Counterexample};
use sly_core::lalr::pack::PackedTables;
use sly_core::lalr::{Automaton, Limits, LrType};
use sly_core::messages;
use sly_core::yacc::{self, YaccGrammar};
use sly_core::{lalr, report};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Check yacc/bison grammars and show their LALR(1), IELR(1) or canonical LR(1) automaton.
#[derive(Debug, Parser)]
#[command(name = "sly", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Count states and conflicts; exit 0 when the conflicts match %expect/%expect-rr
    /// (default 0), 1 when not, 2 on an unreadable or invalid file.
    Check {
        /// The grammar file (yacc/bison syntax).
        file: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
        /// Search steps per conflict for a unifying counterexample (the conflicts of one
        /// grammar share ten times as many); 0 gives nonunifying counterexamples only.
        #[arg(long, value_name = "N", default_value_t = Budget::DEFAULT_PER_CONFLICT)]
        counterexample_budget: u64,
        #[command(flatten)]
        build: BuildOptions,
    },
    /// Print every state: items, actions, gotos and conflicts (like bison's .output file).
    States {
        /// The grammar file (yacc/bison syntax).
        file: PathBuf,
        #[command(flatten)]
        build: BuildOptions,
    },
    /// Print the automaton as a Graphviz digraph.
    Dot {
        /// The grammar file (yacc/bison syntax).
        file: PathBuf,
        #[command(flatten)]
        build: BuildOptions,
    },
    /// Print an entry of a messages catalogue, with a shortest failing input, for every state
    /// where a syntax error can be found (with --compare, for those the catalogue misses);
    /// exit 1 when entries are missing from the catalogue, 2 when it has mistakes.
    Messages {
        /// The grammar file (yacc/bison syntax).
        file: PathBuf,
        /// A catalogue to check and complete (Menhir's .messages format).
        #[arg(long, value_name = "CATALOGUE")]
        compare: Option<PathBuf>,
        #[command(flatten)]
        build: BuildOptions,
    },
}

/// How the automaton is built.
#[derive(Debug, clap::Args)]
struct BuildOptions {
    /// Bison's %define on the command line, which wins over the file's:
    /// -Dlr.type=lalr|ielr|canonical-lr chooses the LR(1) construction (other variables are
    /// ignored with a warning)
    #[arg(short = 'D', long = "define", value_name = "NAME=VALUE")]
    define: Vec<String>,
    /// Stop with an error when the automaton would have more than N states
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT_MAX_STATES)]
    max_states: usize,
}

impl BuildOptions {
    /// The construction `-Dlr.type` asks for, if any (the last one wins, as in bison).
    fn lr_type(&self) -> Result<Option<LrType>, String> {
        let mut lr_type = None;
        for d in &self.define {
            let (name, value) = d.split_once('=').unwrap_or((d.as_str(), ""));
            if name == "lr.type" {
                match LrType::from_bison_name(value) {
                    Some(t) => lr_type = Some(t),
                    None => {
                        let found = (!value.is_empty()).then_some(value);
                        return Err(format!(
                            "sly: error: invalid value for `-D lr.type`: {}",
                            yacc::lr_type_expected(found)
                        ));
                    }
                }
            } else {
                eprintln!(
                    "sly: warning: `-D {d}` is ignored: only `lr.type` changes what sly builds"
                );
            }
        }
        Ok(lr_type)
    }
}

/// A grammar file read and built, or the exit code after reporting why not.
struct Loaded {
    name: String,
    yacc: YaccGrammar,
    built: Built,
}

/// An automaton and the construction that built it.
struct BuiltAutomaton {
    lr_type: LrType,
    automaton: Automaton,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            file,
            json,
            counterexample_budget,
            build,
        } => check(&file, json, counterexample_budget, &build),
        Command::States { file, build } => match load_and_build(&file, &build, false) {
            Ok((l, b)) => print_out(&report::states(&l.built.grammar, &b.automaton)),
            Err(code) => code,
        },
        Command::Dot { file, build } => match load_and_build(&file, &build, false) {
            Ok((l, b)) => print_out(&report::dot(&l.built.grammar, &b.automaton)),
            Err(code) => code,
        },
        Command::Messages {
            file,
            compare,
            build,
        } => match load_and_build(&file, &build, false) {
            Ok((l, b)) => list_messages(&l.built.grammar, &b.automaton, compare.as_deref()),
            Err(code) => code,
        },
    }
}

/// `sly messages`: the entries a catalogue needs, or those `catalogue` misses.
fn list_messages(g: &Grammar, a: &Automaton, catalogue: Option<&std::path::Path>) -> ExitCode {
    let tables = PackedTables::build(g, a);
    let names: Vec<&str> = tables.terminal_names.iter().map(String::as_str).collect();
    let view = tables.view(&names);
    let mut keyed = Vec::new();
    if let Some(path) = catalogue {
        let name = path.display();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{name}: error: cannot read the file: {e}");
                return ExitCode::from(2);
            }
        };
        match messages::read(&text, g, &view) {
            Ok((_, k)) => keyed = k,
            Err(errors) => {
                for e in errors {
                    eprintln!("{name}:{}: error: {}", e.line, e.message);
                }
                return ExitCode::from(2);
            }
        }
    }
    let missing = messages::missing_entries(g, a, &view, &keyed);
    let code = print_out(&missing.join("\n"));
    if catalogue.is_some() && !missing.is_empty() && code == ExitCode::SUCCESS {
        ExitCode::from(1)
    } else {
        code
    }
}

/// Reads the file and builds its automaton with the construction the options or the file
/// choose, reporting every problem on stderr (or, with `json`, as JSON on stdout too).
fn load_and_build(
    path: &std::path::Path,
    opts: &BuildOptions,
    json: bool,
) -> Result<(Loaded, BuiltAutomaton), ExitCode> {
    let forced = opts.lr_type().map_err(|e| fail(&[e], json))?;
    let l = load(path, json)?;
    let lr_type = forced.or(l.yacc.lr_type).unwrap_or_default();
    let limits = Limits {
        max_states: opts.max_states,
    };
    match Automaton::build_with(&l.built.grammar, lr_type, &limits) {
        Ok(automaton) => Ok((l, BuiltAutomaton { lr_type, automaton })),
        Err(e) => {
            let msg = format!("{}: error: {e} (raise the limit with --max-states)", l.name);
            Err(fail(&[msg], json))
        }
    }
}

/// Writes to stdout; a closed pipe (`sly states g.y | head`) is not an error.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sly: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}

/// Reads, parses and builds a grammar file, reporting every problem on stderr (or, with
/// `json`, as a JSON object on stdout too).
fn load(path: &std::path::Path, json: bool) -> Result<Loaded, ExitCode> {
    let name = path.display().to_string();
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            let msg = format!("{name}: error: cannot read the file: {e}");
            return Err(fail(&[msg], json));
        }
    };
    let yacc = match yacc::parse(&src) {
        Ok(y) => y,
        Err(errors) => {
            let msgs: Vec<String> = errors
                .iter()
                .map(|e| e.display_in(&name).to_string())
                .collect();
            return Err(fail(&msgs, json));
        }
    };
    for w in &yacc.warnings {
        eprintln!(
            "{}",
            w.display_in(&name)
                .to_string()
                .replacen(": error: ", ": warning: ", 1)
        );
    }
    let built = match yacc.build() {
        Ok(b) => b,
        Err(diags) => {
            let msgs: Vec<String> = diags.iter().map(|d| yacc.render(&name, d)).collect();
            return Err(fail(&msgs, json));
        }
    };
    for d in built.warnings.iter() {
        eprintln!("{}", yacc.render(&name, d));
    }
    Ok(Loaded { name, yacc, built })
}

/// Reports errors and gives exit code 2.
fn fail(messages: &[String], json: bool) -> ExitCode {
    for m in messages {
        eprintln!("{m}");
    }
    if json {
        let mut o = json::Object::new();
        o.array_of_strings("errors", messages);
        let _ = print_out(&format!("{}\n", o.finish()));
    }
    ExitCode::from(2)
}

fn check(path: &std::path::Path, as_json: bool, cex_steps: u64, opts: &BuildOptions) -> ExitCode {
    let (l, b) = match load_and_build(path, opts, as_json) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let g = &l.built.grammar;
    let a = &b.automaton;
    let sr = a.shift_reduce_count();
    let rr = a.reduce_reduce_count();
    let expect = l.yacc.expect.unwrap_or(0);
    let expect_rr = l.yacc.expect_rr.unwrap_or(0);
    let ok = sr == expect && rr == expect_rr;
    let stats = Stats::of(g, a);
    let mut budget = Budget::new(cex_steps, cex_steps.saturating_mul(10));
    let cexes = counterexample::counterexamples(g, a, &mut budget);

    let out = if as_json {
        json_report(&l, b.lr_type, g, a, &stats, &cexes, ok)
    } else {
        text_report(&l, b.lr_type, g, a, &stats, &cexes)
    };
    if !ok {
        let name = &l.name;
        if sr != expect {
            eprintln!("{name}: error: shift/reduce conflicts: {sr} found, {expect} expected");
        }
        if rr != expect_rr {
            eprintln!("{name}: error: reduce/reduce conflicts: {rr} found, {expect_rr} expected");
        }
    }
    let code = print_out(&out);
    if code != ExitCode::SUCCESS {
        return code;
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The sizes `check` reports. Counts include the augmentation, as bison's report does:
/// `$end` and `error` among the terminals, `$accept` among the nonterminals, rule 0
/// (`$accept: start $end`) among the rules, and the state reached by shifting `$end`.
struct Stats {
    terminals: usize,
    nonterminals: usize,
    rules: usize,
    useless_nonterminals: usize,
    useless_rules: usize,
    states: usize,
    /// The packed parse tables' size, as a generated parser would carry them.
    table_bytes: usize,
}

impl Stats {
    fn of(g: &Grammar, a: &Automaton) -> Stats {
        Stats {
            terminals: g.num_terminals(),
            nonterminals: g.num_nonterminals(),
            rules: g.productions.len(),
            useless_nonterminals: g.nonterminals.iter().filter(|n| !n.useful).count(),
            useless_rules: g.productions.iter().filter(|p| !p.useful).count(),
            states: a.states.len(),
            table_bytes: sly_core::lalr::pack::PackedTables::build(g, a).size_in_bytes(),
        }
    }
}

/// The example input of a conflict, then a bullet where the parser stands, then the lookahead.
fn example(g: &Grammar, a: &Automaton, c: &lalr::Conflict) -> String {
    let input = report::example_input(g, a, c);
    let la = &g.terminals[c.lookahead.index()].name;
    if input.is_empty() {
        format!("• {la}")
    } else {
        format!("{input} • {la}")
    }
}

fn text_report(
    l: &Loaded,
    lr_type: LrType,
    g: &Grammar,
    a: &Automaton,
    s: &Stats,
    cexes: &[Counterexample],
) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let name = &l.name;
    // The default construction goes unnamed, as in bison's report.
    let kind = match lr_type {
        LrType::Lalr => String::new(),
        other => format!("{other} "),
    };
    let _ = write!(
        out,
        "{name}: {} terminals, {} nonterminals, {} rules, {} {kind}states",
        s.terminals, s.nonterminals, s.rules, s.states
    );
    if s.useless_rules > 0 || s.useless_nonterminals > 0 {
        let _ = write!(
            out,
            " ({} useless nonterminals, {} useless rules)",
            s.useless_nonterminals, s.useless_rules
        );
    }
    out.push('\n');
    let _ = writeln!(out, "{name}: parse tables: {} bytes", s.table_bytes);
    let _ = write!(out, "{name}: {}", a.conflict_summary());
    if l.yacc.expect.is_some() || l.yacc.expect_rr.is_some() {
        let _ = write!(
            out,
            " (expected: {} shift/reduce, {} reduce/reduce)",
            l.yacc.expect.unwrap_or(0),
            l.yacc.expect_rr.unwrap_or(0)
        );
    }
    out.push('\n');
    for (c, cex) in a.unresolved().zip(cexes) {
        let _ = writeln!(
            out,
            "{name}: state {}: {}",
            c.state.0,
            report::describe_conflict(g, c)
        );
        for item in c.items(g, a) {
            let _ = writeln!(out, "    {}", report::item_text(g, item));
        }
        let _ = writeln!(out, "    example: {}", example(g, a, c));
        if cex.timed_out {
            let _ = writeln!(
                out,
                "    counterexample search stopped after {} steps: no unifying example found",
                cex.steps
            );
        }
        let _ = write!(out, "{}", cex.display(g, "  "));
    }
    out
}

/// A counterexample as the JSON object of `sly check --json`.
fn counterexample_json(g: &Grammar, cex: &Counterexample) -> String {
    let mut o = json::Object::new();
    o.boolean("unifying", cex.unifying);
    o.array_of_strings("examples", &cex.examples(g));
    o.array_of_strings(
        "derivations",
        &[cex.derivation_text(g, 0), cex.derivation_text(g, 1)],
    );
    o.array_of_strings("actions", &cex.action_names());
    o.boolean("timed_out", cex.timed_out);
    o.finish()
}

fn json_report(
    l: &Loaded,
    lr_type: LrType,
    g: &Grammar,
    a: &Automaton,
    s: &Stats,
    cexes: &[Counterexample],
    ok: bool,
) -> String {
    let mut o = json::Object::new();
    o.string("file", &l.name);
    o.string("lr_type", lr_type.bison_name());
    o.number("terminals", s.terminals);
    o.number("nonterminals", s.nonterminals);
    o.number("rules", s.rules);
    o.number("useless_nonterminals", s.useless_nonterminals);
    o.number("useless_rules", s.useless_rules);
    o.number("states", s.states);
    o.number("table_bytes", s.table_bytes);
    o.number("shift_reduce", a.shift_reduce_count());
    o.number("reduce_reduce", a.reduce_reduce_count());
    o.opt_number("expect", l.yacc.expect);
    o.opt_number("expect_rr", l.yacc.expect_rr);
    o.boolean("ok", ok);
    let conflicts: Vec<String> = a
        .unresolved()
        .zip(cexes)
        .map(|(c, cex)| {
            let mut e = json::Object::new();
            e.number("state", c.state.index());
            e.string("kind", c.kind_name());
            e.string("lookahead", &g.terminals[c.lookahead.index()].name);
            e.opt_number("shift", c.shift.map(|s| s.index()));
            e.raw(
                "reductions",
                &format!(
                    "[{}]",
                    c.reductions
                        .iter()
                        .map(|p| p.0.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            e.string(
                "resolution",
                &match c.resolution {
                    lalr::Resolution::Shift => "shift".to_string(),
                    lalr::Resolution::Reduce(p) => format!("reduce {}", p.0),
                    lalr::Resolution::Error => "error".to_string(),
                },
            );
            let items: Vec<String> = c
                .items(g, a)
                .into_iter()
                .map(|i| report::item_text(g, i))
                .collect();
            e.array_of_strings("items", &items);
            e.string("example", &example(g, a, c));
            e.string("description", &report::describe_conflict(g, c));
            e.raw("counterexample", &counterexample_json(g, cex));
            e.finish()
        })
        .collect();
    o.raw("conflicts", &json::array(&conflicts));
    let warnings: Vec<String> = l
        .built
        .warnings
        .iter()
        .map(|d| l.yacc.render(&l.name, d))
        .collect();
    o.array_of_strings("warnings", &warnings);
    format!("{}\n", o.finish())
}
