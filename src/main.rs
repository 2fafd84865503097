//! The factlint command: parses arguments, calls the library, prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factlint::engine::{self, explain, selftest};
use factlint::report::{self, human::Style};
use factlint::rules::load::LoadOptions;
use factlint::rules::{RuleSet, diagnostics};

#[derive(Parser)]
#[command(name = "factlint", version, about = "A linter for facts in news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles for facts that contradict each other.
    Check(CheckArgs),
    /// List every rule: id, kind, severity, whether it runs, where it comes from.
    Rules(RulesArgs),
    /// Explain a rule: what it checks, an example that fires and one that does not, how to tune it.
    Explain {
        /// The rule id (see `factlint rules`).
        rule: String,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// List the word lists readers use (with what rules files add), or one list's phrases.
    Words {
        /// A list's name (see `factlint words`).
        list: Option<String>,
        #[command(flatten)]
        rules: RulesArgs,
    },
    /// Run the [[test]] self-tests of the rules files; exit 1 if any fails.
    TestRules {
        /// Rules files to test (default: every loaded file's tests).
        paths: Vec<PathBuf>,
        #[command(flatten)]
        rules: RulesArgs,
    },
}

/// Where the rules come from.
#[derive(clap::Args, Clone, Default)]
struct RulesArgs {
    /// The config file to use (default: factlint.toml here or in a folder above).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// More rules files, loaded after the shipped ones and the config's.
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Article files, or folders to walk for *.txt and *.md.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to this file (whole or not at all) instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Worker threads (default: all cores). The report is the same for any value.
    #[arg(long, short, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules(args) => match load_rules(&args) {
            Ok(set) => print(&explain::table(&set), 0),
            Err(code) => code,
        },
        Command::Explain { rule, rules } => match load_rules(&rules) {
            Ok(set) => match explain::explain(&set, &rule) {
                Ok(text) => print(&text, 0),
                Err(message) => fail(&message),
            },
            Err(code) => code,
        },
        Command::Words { list, rules } => match load_rules(&rules) {
            Ok(set) => match explain::words(&set.vocab, list.as_deref()) {
                Ok(text) => print(&text, 0),
                Err(message) => fail(&message),
            },
            Err(code) => code,
        },
        Command::TestRules { paths, rules } => {
            let mut args = rules;
            args.rules.extend(paths.iter().cloned());
            match load_rules(&args) {
                Ok(set) => run_test_rules(&set, &paths),
                Err(code) => code,
            }
        }
    }
}

/// Loads the rules; a broken rules or config file prints its errors and
/// gives exit status 2.
fn load_rules(args: &RulesArgs) -> Result<RuleSet, ExitCode> {
    let opts = LoadOptions {
        config: args.config.clone(),
        search_from: std::env::current_dir().ok(),
        rules: args.rules.clone(),
    };
    engine::load_rules(&opts).map_err(|files| {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let width = if std::io::stderr().is_terminal() { terminal_width() } else { Style::plain().width };
        eprint!("{}", diagnostics::render(&files, color, width));
        ExitCode::from(2)
    })
}

fn run_test_rules(set: &RuleSet, paths: &[PathBuf]) -> ExitCode {
    let wanted: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let tests: Vec<_> = set.tests.iter().filter(|t| wanted.is_empty() || wanted.contains(&t.origin.file)).collect();
    let outcomes: Vec<_> = tests.iter().map(|t| selftest::run(t, set)).collect();
    let failed = outcomes.iter().any(|o| !o.passed());
    print(&selftest::render(&outcomes), if failed { 1 } else { 0 })
}

fn print(text: &str, code: u8) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush());
    ExitCode::from(code)
}

fn run_check(args: CheckArgs) -> ExitCode {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        pool = pool.num_threads(n as usize);
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => return fail(&format!("cannot start worker threads: {e}")),
    };
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let report = pool.install(|| factlint::check_paths_with(&args.paths, &rules));

    let text = match args.format {
        Format::Json => report::json::render(&report),
        Format::Human => {
            let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
            let color = to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let width = if to_terminal { terminal_width() } else { Style::plain().width };
            report::human::render(&report, Style { color, width })
        }
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = write_atomically(path, text.as_bytes()) {
                return fail(&format!("cannot write the report to {}: {e}", path.display()));
            }
            eprintln!("{}", report.summary_line());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`factlint check . | head`) is not an error worth a word.
            let _ = stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush());
        }
    }
    ExitCode::from(report.exit_code() as u8)
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(100)
}

/// Writes to a temporary file beside the target, then renames it over the
/// target, so a reader never sees half a report.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Named so that one left by a killed run says whose it is.
    let mut tmp = tempfile::Builder::new().prefix(".factlint-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("factlint: {message}");
    ExitCode::from(2)
}
