//! The factlint command: parses arguments, calls the library, prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factlint::report::{self, human::Style};

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
    }
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
    let report = pool.install(|| factlint::check_paths(&args.paths));

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
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("factlint: {message}");
    ExitCode::from(2)
}
