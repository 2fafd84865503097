//! A benchmark of the whole pipeline. Speed is measured here, never
//! asserted in tests.
//!
//! ```text
//! cargo run --release --example bench -- PATH... [--runs N]
//! cargo run --release --example bench -- --generate 20000 [--story-size 50] [--seed 7] [--runs N]
//! cargo run --release --example bench -- --generate 100000 --archive-new 100 [--runs N]
//! cargo run --release --example bench -- --generate 2000 --runs 0   # write the corpus, print its folder
//! ```
//!
//! Checks the paths (or a generated, story-structured corpus of N invented
//! articles, written under target/bench-corpus/) N times (default 9) in
//! this process and prints the median, fastest and slowest wall time, the
//! median time of each stage (read and group; extract and check), MB/s
//! and articles/s at the median, the article and finding counts and the
//! peak resident memory; then, when `rg` is on the PATH, the median time of
//! `rg -c '[0-9]+'` over the same files, for scale.

mod corpus;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Instant;

use factlint::engine::{Progress, RunOptions, check_paths_opts};

// The allocator the factlint binary runs with (src/main.rs), so the bench
// measures what users run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Records when each stage of a run began.
struct StageClock {
    marks: Mutex<Vec<(&'static str, Instant)>>,
}

impl Progress for StageClock {
    fn stage(&self, name: &'static str, _steps: usize) {
        self.marks.lock().expect("not poisoned").push((name, Instant::now()));
    }
    fn step(&self) {}
}

struct Args {
    paths: Vec<PathBuf>,
    runs: usize,
    generate: Option<usize>,
    story_size: usize,
    seed: u64,
    /// Archive mode: this many articles are taken out of the corpus as the
    /// new batch; the rest is cached as the archive.
    archive_new: Option<usize>,
}

fn args() -> Args {
    let mut a = Args { paths: Vec::new(), runs: 9, generate: None, story_size: 50, seed: 7, archive_new: None };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut number = || it.next().and_then(|n| n.parse::<u64>().ok());
        match arg.as_str() {
            "--runs" => a.runs = number().map_or(a.runs, |n| usize::try_from(n).unwrap_or(1)),
            "--generate" => a.generate = number().and_then(|n| usize::try_from(n).ok()),
            "--story-size" => a.story_size = number().map_or(a.story_size, |n| usize::try_from(n).unwrap_or(50)).max(2),
            "--seed" => a.seed = number().unwrap_or(a.seed),
            "--archive-new" => a.archive_new = number().and_then(|n| usize::try_from(n).ok()),
            _ => a.paths.push(PathBuf::from(arg)),
        }
    }
    a
}

fn main() {
    let mut a = args();
    if let Some(n) = a.generate {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-corpus/{n}-{}-{}", a.story_size, a.seed));
        match corpus::write(&dir, n, a.story_size, a.seed) {
            Ok((_, bytes)) => eprintln!("generated {n} articles ({:.1} MB) in {}", mb(bytes), dir.display()),
            Err(e) => {
                eprintln!("cannot write the corpus in {}: {e}", dir.display());
                std::process::exit(2);
            }
        }
        if a.runs == 0 {
            // Generate only: the folder is the output, for scripts
            // (contrib/spark/run_local.sh) that check it another way.
            println!("{}", dir.display());
            return;
        }
        a.paths.push(dir);
    }
    a.runs = a.runs.max(1);
    if a.paths.is_empty() {
        eprintln!("usage: bench PATH... [--runs N] | bench --generate N [--story-size K] [--seed S] [--runs N]");
        std::process::exit(2);
    }
    if let Some(k) = a.archive_new {
        archive_bench(&a.paths[0], k, a.runs);
        return;
    }
    let bytes = input_bytes(&a.paths);
    let rules = factlint::shipped_rules();
    let mut times = Vec::with_capacity(a.runs);
    let mut read_stage = Vec::with_capacity(a.runs);
    let mut check_stage = Vec::with_capacity(a.runs);
    let mut last = None;
    for _ in 0..a.runs {
        let clock = StageClock { marks: Mutex::new(Vec::new()) };
        let opts = RunOptions { progress: Some(&clock), ..RunOptions::default() };
        let start = Instant::now();
        let report = check_paths_opts(&a.paths, rules, &opts);
        let end = Instant::now();
        times.push(ms(end - start));
        let marks = clock.marks.into_inner().expect("not poisoned");
        let at = |name: &str| marks.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
        if let (Some(read), Some(check)) = (at("scan"), at("check")) {
            read_stage.push(ms(check - read));
            check_stage.push(ms(end - check));
        }
        last = Some(report);
    }
    let report = last.expect("at least one run");
    let median = median(&mut times);
    println!(
        "{} articles ({:.2} MB), {} claims, {} findings, {} errors; {} runs: median {median:.1} ms, fastest {:.1} ms, slowest {:.1} ms",
        report.articles.len(),
        mb(bytes),
        report.claims,
        report.findings.len(),
        report.errors.len(),
        a.runs,
        times[0],
        times[a.runs - 1],
    );
    println!(
        "stages (median): read+group {:.1} ms, extract+check {:.1} ms; {:.1} MB/s, {:.0} articles/s; peak memory {}",
        median_or_zero(&mut read_stage),
        median_or_zero(&mut check_stage),
        mb(bytes) / (median / 1000.0),
        report.articles.len() as f64 / (median / 1000.0),
        peak_memory().unwrap_or_else(|| "unknown".into())
    );
    if let Some(rg) = rg_median(&a.paths, a.runs) {
        println!("rg -c '[0-9]+' on the same paths: median {rg:.1} ms ({:.0}x faster)", median / rg.max(0.001));
    }
}

/// Archive mode: every (N / k)-th article of `dir` moves to `dir-new/`
/// (spread over the stories), the rest is cached in `dir-cache/`, and
/// `check --archive` of the new articles is timed.
fn archive_bench(dir: &Path, k: usize, runs: usize) {
    use factlint::engine::archive;
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let new_dir = dir.with_file_name(format!("{name}-new"));
    let cache = dir.with_file_name(format!("{name}-cache"));
    let _ = std::fs::remove_dir_all(&new_dir);
    let _ = std::fs::remove_dir_all(&cache);
    std::fs::create_dir_all(&new_dir).expect("a folder for the new articles");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("the corpus").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let step = (files.len() / k.max(1)).max(1);
    for f in files.iter().step_by(step).take(k) {
        std::fs::rename(f, new_dir.join(f.file_name().expect("a file name"))).expect("moved");
    }
    let rules = factlint::shipped_rules();
    let start = Instant::now();
    let done = archive::write_archive(&cache, &[dir.to_path_buf()], rules, &RunOptions::default()).expect("cache");
    let cache_bytes: u64 = input_bytes(std::slice::from_ref(&cache));
    println!(
        "archive: {} articles cached in {:.1} s ({:.0} MB on disk)",
        done.articles,
        start.elapsed().as_secs_f64(),
        mb(cache_bytes)
    );
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let checked = archive::check_against(&cache, std::slice::from_ref(&new_dir), rules, &RunOptions::default())
            .expect("checked");
        times.push(ms(start.elapsed()));
        last = Some(checked);
    }
    let last = last.expect("at least one run");
    let median = median(&mut times);
    println!(
        "check --archive: {k} new articles, {} archive articles loaded, {} findings; {runs} runs: median {median:.1} ms, fastest {:.1} ms, slowest {:.1} ms; peak memory {}",
        last.loaded,
        last.report.findings.len(),
        times[0],
        times[runs - 1],
        peak_memory().unwrap_or_else(|| "unknown".into())
    );
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[allow(clippy::cast_precision_loss)] // sizes far below 2^52
fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn median_or_zero(times: &mut [f64]) -> f64 {
    if times.is_empty() { 0.0 } else { median(times) }
}

/// Bytes of every file under the paths.
fn input_bytes(paths: &[PathBuf]) -> u64 {
    fn walk(p: &Path) -> u64 {
        if p.is_dir() {
            std::fs::read_dir(p).into_iter().flatten().filter_map(Result::ok).map(|e| walk(&e.path())).sum()
        } else {
            std::fs::metadata(p).map_or(0, |m| m.len())
        }
    }
    paths.iter().map(|p| walk(p)).sum()
}

/// The median wall time of `rg -c '[0-9]+'` over the paths, if rg runs.
fn rg_median(paths: &[PathBuf], runs: usize) -> Option<f64> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let status = Command::new("rg").arg("-c").arg("[0-9]+").args(paths).output().ok()?;
        if status.status.code() == Some(2) {
            return None;
        }
        times.push(ms(start.elapsed()));
    }
    Some(median(&mut times))
}

/// The process's peak resident set, from /proc (Linux only).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
