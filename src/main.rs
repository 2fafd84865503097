//! The factlint command: parses arguments, calls the library, prints.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use factlint::engine::{self, RunOptions, explain, selftest};
use factlint::finding::Severity;
use factlint::load::InputOptions;
use factlint::report::{self, FailOn, human::Style, sarif::RuleInfo};
use factlint::rules::load::LoadOptions;
use factlint::rules::{RuleSet, diagnostics};

// Extraction makes many short-lived strings and vectors (a token's
// lower-case word, a reader's window); mimalloc's thread-local free lists
// serve them at a fraction of the system allocator's cost; without
// transparent huge pages (feature no_thp), whose 2 MB pages raised a
// 100,000-article run's peak memory past 300 MB (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Group articles into stories (the events they tell) and print the grouping.
    Stories(StoriesArgs),
    /// Read articles' claims and write them as JSON lines (docs/claims.md), for `check --claims`.
    Extract(ExtractArgs),
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
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
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
    /// Article files, or folders to walk for *.txt and *.md; `-` reads one article from stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Compare claims across stories too (by default only articles of one story are compared).
    #[arg(long)]
    across_stories: bool,
    /// The paths are claims files written by `factlint extract` (`-` reads them from stdin): check their articles without reading their claims again.
    #[arg(long)]
    claims: bool,
    /// Compare the articles with the archive cached in this folder (written by `extract --output FOLDER/`), loading only the archive articles they could share a story with; report only findings that involve a new article.
    #[arg(long, value_name = "CACHE")]
    archive: Option<PathBuf>,
    /// After checking, add the articles' claims to the archive cached in this folder (created if absent).
    #[arg(long, value_name = "CACHE")]
    update_archive: Option<PathBuf>,
    /// Write the report to this file (whole or not at all) instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Worker threads (default: all cores; at most 4 per core). The report is the same for any value.
    #[arg(long, short, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// The least severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = Threshold::Warning, value_name = "SEVERITY")]
    fail_on: Threshold,
    /// Print only findings at or above --fail-on (errors, when it is `never`) and the summary; no progress bar.
    #[arg(long, short)]
    quiet: bool,
    /// Leave out files and folders matching this glob (gitignore syntax; repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// The name an article read from stdin (`-`) goes by in the report.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Report only findings not in this baseline (written by --write-baseline).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every finding of this run in a baseline file.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// When to colour the human report: auto (a terminal, unless `NO_COLOR` is set; `CLICOLOR_FORCE` forces it).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// rustc-style diagnostics for people.
    Human,
    /// The JSON report (DESIGN.md).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// One `path:line:col: severity[rule] message` line per label.
    Concise,
}

#[derive(Clone, Copy, ValueEnum)]
enum Threshold {
    Error,
    Warning,
    Advice,
    Never,
}

impl Threshold {
    fn fail_on(self) -> FailOn {
        match self {
            Threshold::Error => Some(Severity::Error),
            Threshold::Warning => Some(Severity::Warning),
            Threshold::Advice => Some(Severity::Advice),
            Threshold::Never => None,
        }
    }
}

#[derive(clap::Args)]
struct StoriesArgs {
    /// Article files, or folders to walk for *.txt and *.md.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// `human` lists each story and its files; `json` is the check report's document without findings.
    #[arg(long, value_enum, default_value_t = StoriesFormat::Human)]
    format: StoriesFormat,
    /// The paths are claims files written by `factlint extract` (`-` reads them from stdin): group by the signatures they hold, without reading any article.
    #[arg(long)]
    claims: bool,
    /// Leave out files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Article files, or folders to walk for *.txt and *.md.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write the claims to this file (whole or not at all) instead of stdout; a folder (existing, or ending in `/`) becomes an archive cache for `check --archive`.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Leave out files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Worker threads (default: all cores). The output is the same for any value.
    #[arg(long, short, value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    #[command(flatten)]
    rules: RulesArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum StoriesFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => run_check(&args),
        Command::Stories(args) => match load_rules(&args.rules) {
            Ok(set) => {
                let opts =
                    RunOptions { inputs: InputOptions { exclude: args.exclude.clone() }, ..RunOptions::default() };
                let report = if args.claims {
                    let (lines, errors) = read_claims_inputs(&args.paths);
                    engine::claims::stories_of_lines(lines, errors)
                } else {
                    engine::stories_of_paths(&args.paths, &set, &opts)
                };
                let text = match args.format {
                    StoriesFormat::Human => report::human::render_stories(&report),
                    StoriesFormat::Json => report::json::render(&report),
                };
                print(&text, if report.errors.is_empty() { 0 } else { 2 })
            }
            Err(code) => code,
        },
        Command::Extract(args) => run_extract(&args),
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
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factlint", &mut out);
            print(&String::from_utf8_lossy(&out), 0)
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
    // A file named here and in factlint.toml is loaded twice: its tests run once.
    let key = |f: &Path| std::fs::canonicalize(f).unwrap_or_else(|_| f.to_path_buf());
    let wanted: Vec<PathBuf> = paths.iter().map(|p| key(p)).collect();
    let mut seen = std::collections::HashSet::new();
    let tests: Vec<_> = set
        .tests
        .iter()
        .filter(|t| {
            let file = key(Path::new(&t.origin.file));
            (wanted.is_empty() || wanted.contains(&file)) && seen.insert((file, t.rule.clone(), t.name.clone()))
        })
        .collect();
    let outcomes: Vec<_> = tests.iter().map(|t| selftest::run(t, set)).collect();
    let failed = outcomes.iter().any(|o| !o.passed());
    print(&selftest::render(&outcomes), u8::from(failed))
}

fn print(text: &str, code: u8) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
    ExitCode::from(code)
}

/// More worker threads than this many per core only cost memory.
const MAX_JOBS_PER_CORE: usize = 4;

/// The worker pool: `--jobs` threads (capped), or one per core.
fn worker_pool(jobs: Option<u16>) -> Result<rayon::ThreadPool, ExitCode> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs {
        let cap = MAX_JOBS_PER_CORE * cores;
        let n = if n as usize > cap {
            eprintln!("factlint: warning: --jobs {n} is more than {MAX_JOBS_PER_CORE} per core; using {cap}");
            cap
        } else {
            n as usize
        };
        pool = pool.num_threads(n);
    }
    pool.build().map_err(|e| fail(&format!("cannot start worker threads: {e}")))
}

/// `factlint extract`: one claims line per input, to a file (written
/// beside it and renamed, so it is whole or absent) or to stdout.
fn run_extract(args: &ExtractArgs) -> ExitCode {
    let pool = match worker_pool(args.jobs) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let opts = RunOptions { inputs: InputOptions { exclude: args.exclude.clone() }, ..RunOptions::default() };
    let run =
        |out: &mut (dyn Write + Send)| pool.install(|| engine::claims::extract_paths(&args.paths, &rules, &opts, out));
    let done = match &args.output {
        Some(path) if path.is_dir() || path.to_string_lossy().ends_with('/') => {
            pool.install(|| engine::archive::write_archive(path, &args.paths, &rules, &opts))
        }
        Some(path) => write_streaming(path, |w| run(w)),
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout());
            run(&mut stdout).and_then(|d| stdout.flush().map(|()| d))
        }
    };
    match done {
        Ok(done) => {
            if args.output.is_some() {
                eprintln!("factlint: claims of {} written, {} not read", done.articles, done.errors);
            }
            ExitCode::from(if done.errors == 0 { 0 } else { 2 })
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(0),
        Err(e) => fail(&format!("cannot write the claims: {e}")),
    }
}

fn run_check(args: &CheckArgs) -> ExitCode {
    let pool = match worker_pool(args.jobs) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let rules = match load_rules(&args.rules) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let baseline = match &args.baseline {
        Some(path) => {
            match std::fs::read_to_string(path).map_err(|e| e.to_string()).and_then(|t| report::baseline::parse(&t)) {
                Ok(b) => Some(b),
                Err(e) => return fail(&format!("cannot use the baseline {}: {e}", path.display())),
            }
        }
        None => None,
    };
    let mut paths = args.paths.clone();
    let mut opts = RunOptions {
        inputs: InputOptions { exclude: args.exclude.clone() },
        across_stories: args.across_stories,
        ..RunOptions::default()
    };
    if args.claims {
        return finish_check(args, &rules, baseline.as_ref(), claims_report(&pool, &paths, &rules, &opts));
    }
    if paths.iter().any(|p| p.as_os_str() == "-") {
        paths.retain(|p| p.as_os_str() != "-");
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
            return fail(&format!("cannot read standard input: {e}"));
        }
        let name = args.stdin_filename.clone().unwrap_or_else(|| "<stdin>".to_string());
        opts.stdin = Some((name, bytes));
    }
    let show_progress = matches!(args.format, Format::Human) && !args.quiet && std::io::stderr().is_terminal();
    let bar = show_progress.then(progress::Bar::new);
    opts.progress = bar.as_ref().map(|b| b as &dyn engine::Progress);
    let report = if let Some(cache) = &args.archive {
        match pool.install(|| engine::archive::check_against(cache, &paths, &rules, &opts)) {
            Ok(done) => {
                if let Some(update) = &args.update_archive
                    && let Err(e) = engine::archive::append(update, &done.new_lines)
                {
                    return fail(&format!("cannot update the archive {}: {e}", update.display()));
                }
                done.report
            }
            Err(message) => return fail(&message),
        }
    } else {
        let report = pool.install(|| engine::check_paths_opts(&paths, &rules, &opts));
        if let Some(update) = &args.update_archive {
            let lines = pool.install(|| engine::archive::lines_of_report(&report, &rules));
            if let Err(e) = engine::archive::append(update, &lines) {
                return fail(&format!("cannot update the archive {}: {e}", update.display()));
            }
        }
        report
    };
    if let Some(bar) = bar {
        bar.finish();
    }
    finish_check(args, &rules, baseline.as_ref(), report)
}

/// `check --claims`: the report of the claims files (and of claims lines
/// on stdin, for `-`).
fn claims_report(pool: &rayon::ThreadPool, paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> report::Report {
    pool.install(|| {
        let (lines, errors) = read_claims_inputs(paths);
        engine::claims::check_lines(lines, errors, rules, opts)
    })
}

/// The claims lines of claims files, `-` reading them from stdin.
fn read_claims_inputs(paths: &[PathBuf]) -> (Vec<engine::claims::ClaimsLine>, Vec<factlint::load::InputError>) {
    let files: Vec<PathBuf> = paths.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
    let (mut lines, mut errors) = engine::claims::read_claims_files(&files);
    if files.len() < paths.len() {
        let mut text = String::new();
        match std::io::stdin().lock().read_to_string(&mut text) {
            Ok(_) => {
                let (more, bad) = engine::claims::parse_lines("<stdin>", &text);
                lines.extend(more);
                errors.extend(bad);
            }
            Err(e) => errors.push(factlint::load::InputError {
                file: "<stdin>".into(),
                message: format!("cannot read claims from standard input: {e}"),
            }),
        }
    }
    (lines, errors)
}

/// Baselines, --quiet, the format and where the report goes: the same
/// for a check of articles and of claims.
fn finish_check(
    args: &CheckArgs,
    rules: &RuleSet,
    baseline: Option<&report::baseline::Baseline>,
    mut report: report::Report,
) -> ExitCode {
    if let Some(path) = &args.write_baseline
        && let Err(e) = write_atomically(path, report::baseline::render(&report).as_bytes())
    {
        return fail(&format!("cannot write the baseline to {}: {e}", path.display()));
    }
    if let Some(b) = baseline {
        report::baseline::apply(&mut report, b);
    }
    let fail_on = args.fail_on.fail_on();
    let code = report.exit_code_at(fail_on);
    if args.quiet {
        report.quiet(fail_on.unwrap_or(Severity::Error));
    }

    if matches!(args.format, Format::Json) && args.output.is_none() {
        // Streamed: the JSON of a large batch is never one string in memory.
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`factlint check . | head`) is not an error worth a word.
        let _ = report::json::write(&report, &mut stdout).and_then(|()| stdout.flush());
        return ExitCode::from(code as u8);
    }
    let text = match args.format {
        Format::Json => report::json::render(&report),
        Format::Sarif => report::sarif::render(&report, &rule_infos(rules)),
        Format::Github => report::github::render(&report),
        Format::Concise => report::concise::render(&report),
        Format::Human => {
            let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
            let color = use_color(args.color, to_terminal);
            // COLUMNS says how wide to draw even into a pipe or a file.
            let width = if to_terminal || std::env::var_os("COLUMNS").is_some() {
                terminal_width()
            } else {
                Style::plain().width
            };
            report::human::render(&report, Style { color, width })
        }
    };
    if let Some(path) = &args.output {
        if let Err(e) = write_atomically(path, text.as_bytes()) {
            return fail(&format!("cannot write the report to {}: {e}", path.display()));
        }
        eprintln!("{}", report.summary_line());
    } else {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`factlint check . | head`) is not an error worth a word.
        let _ = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
    }
    ExitCode::from(code as u8)
}

/// Whether to colour: `always` and `never` say; `auto` colours a terminal
/// unless `NO_COLOR` is set, and anything when `CLICOLOR_FORCE` is set (not "0").
fn use_color(choice: ColorChoice, to_terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else {
                to_terminal || set("CLICOLOR_FORCE")
            }
        }
    }
}

/// What SARIF's driver says of each rule in force.
fn rule_infos(set: &RuleSet) -> Vec<RuleInfo> {
    let repository = env!("CARGO_PKG_REPOSITORY");
    set.rules
        .iter()
        .filter(|r| r.enabled)
        .map(|r| {
            let d = &r.def;
            let description = if d.description.trim().is_empty() {
                engine::registry().iter().find(|k| k.id() == d.kind).map_or("", |k| k.description()).trim()
            } else {
                d.description.trim()
            };
            let full =
                if description.is_empty() { format!("Findings of kind {}.", d.kind) } else { description.to_string() };
            let short = full.split(['\n']).next().unwrap_or(&full).trim().to_string();
            RuleInfo {
                id: d.id.clone(),
                short,
                full: full.split_whitespace().collect::<Vec<_>>().join(" "),
                help: explain::explain(set, &d.id).unwrap_or_default(),
                help_uri: (!repository.is_empty()).then(|| format!("{repository}/blob/main/docs/rules.md")),
                severity: d.severity,
            }
        })
        .collect()
}

/// The columns to draw in: `COLUMNS` when set, else the terminal's width,
/// else 100.
fn terminal_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return n;
    }
    let (_, cols) = console::Term::stdout().size_checked().unwrap_or((0, 100));
    cols as usize
}

/// Writes to a temporary file beside the target, then renames it over the
/// target, so a reader never sees half a report. A symlink is written
/// through (its target is replaced, the link stays); an existing file keeps
/// its permissions, a new one gets the umask's.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNTER: AtomicUsize = AtomicUsize::new(0);

    let path = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).or_else(|_| resolve_dangling(path))?,
        _ => path.to_path_buf(),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = std::fs::metadata(&path).ok().map(|m| m.permissions());
    // Named so that one left by a killed run says whose it is; created with
    // the default mode, so the umask applies as to any new file.
    let (tmp_path, mut tmp) = loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let candidate = dir.join(format!(".factlint-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(f) => break (candidate, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        tmp.write_all(bytes)?;
        tmp.sync_all()?;
        if let Some(perms) = existing {
            std::fs::set_permissions(&tmp_path, perms)?;
        }
        std::fs::rename(&tmp_path, &path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    written
}

/// Streams into a temporary file beside `path`, then renames it over
/// `path`: a reader never sees half a file, and a failed run leaves none.
fn write_streaming<T>(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> std::io::Result<T>,
) -> std::io::Result<T> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp_path = dir.join(format!(".factlint-{}-claims.tmp", std::process::id()));
    let written = (|| {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp_path)?);
        let value = write(&mut out)?;
        out.into_inner().map_err(std::io::IntoInnerError::into_error)?.sync_all()?;
        std::fs::rename(&tmp_path, path)?;
        Ok(value)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp_path);
    }
    written
}

/// The file a symlink points to when it does not exist yet.
fn resolve_dangling(link: &Path) -> std::io::Result<PathBuf> {
    let target = std::fs::read_link(link)?;
    Ok(match link.parent() {
        Some(p) if target.is_relative() => p.join(target),
        _ => target,
    })
}

/// The progress bar on stderr (only on a terminal, only for the human
/// format, never under --quiet), drawn once a run has taken a second
/// (`FACTLINT_PROGRESS_DELAY_MS` sets another delay), so quick runs print
/// nothing but the report.
mod progress {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

    pub struct Bar {
        inner: ProgressBar,
        started: Instant,
        delay: Duration,
        shown: AtomicBool,
    }

    impl Bar {
        pub fn new() -> Self {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{prefix:>8} [{bar:40}] {pos}/{len} {msg} ({elapsed})")
                    .expect("a valid template")
                    .progress_chars("=> "),
            );
            let delay = std::env::var("FACTLINT_PROGRESS_DELAY_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
            Bar {
                inner: bar,
                started: Instant::now(),
                delay: Duration::from_millis(delay),
                shown: AtomicBool::new(false),
            }
        }

        fn show_when_slow(&self) {
            if !self.shown.load(Ordering::Relaxed)
                && self.started.elapsed() >= self.delay
                && !self.shown.swap(true, Ordering::Relaxed)
            {
                self.inner.set_draw_target(ProgressDrawTarget::stderr());
            }
        }

        pub fn finish(&self) {
            self.inner.finish_and_clear();
        }
    }

    impl factlint::engine::Progress for Bar {
        fn stage(&self, name: &'static str, steps: usize) {
            self.inner.set_prefix(name);
            self.inner.set_message(match name {
                "scan" => "articles read and grouped into stories",
                "read" => "articles read and claims extracted",
                _ => "stories extracted and compared",
            });
            self.inner.set_length(steps as u64);
            self.inner.set_position(0);
            self.show_when_slow();
        }

        fn step(&self) {
            self.inner.inc(1);
            self.show_when_slow();
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("factlint: {message}");
    ExitCode::from(2)
}
