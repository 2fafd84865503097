//! A benchmark of the whole pipeline: `cargo run --release --example bench
//! -- PATH... [--runs N]`. Checks the paths N times (default 9) in this
//! process and prints the median, fastest and slowest wall time, the
//! article and finding counts, and the peak resident memory. Speed is
//! measured here, never asserted in tests.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut runs = 9usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(runs).max(1);
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    if paths.is_empty() {
        eprintln!("usage: bench PATH... [--runs N]");
        std::process::exit(2);
    }
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let report = factlint::check_paths(&paths);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        last = Some(report);
    }
    times.sort_by(f64::total_cmp);
    let report = last.expect("at least one run");
    println!(
        "{} articles, {} claims, {} findings, {} errors; {} runs: median {:.1} ms, fastest {:.1} ms, slowest {:.1} ms; peak memory {}",
        report.articles.len(),
        report.claims,
        report.findings.len(),
        report.errors.len(),
        runs,
        times[runs / 2],
        times[0],
        times[runs - 1],
        peak_memory().unwrap_or_else(|| "unknown".into())
    );
}

/// The process's peak resident set, from /proc (Linux only).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
