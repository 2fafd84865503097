//! A 100 MB article is checked, with memory bounded (issue #8).
//!
//! Slow in a debug build, so ignored by default; run it in release:
//!
//! ```sh
//! cargo test --release --test huge_article -- --ignored --nocapture
//! ```
//!
//! Set `FACTLINT_HUGE_MB` for another size and `FACTLINT_HUGE_KEEP=path` to
//! keep the generated article (to measure with `/usr/bin/time -v`).

mod common;

use std::fs;
use std::time::Duration;

use factlint::load::Article;
use factlint::report::{human, json};
use factlint::vocab::Vocabulary;

/// In CI (debug build): an article just over the threshold goes through
/// the windowed check. No claim is lost, findings inside it are reported
/// with labels on its words, and the report is the same at any thread count.
#[test]
fn an_article_over_the_threshold_is_checked_in_windows() {
    let text = common::huge_article(factlint::window::HUGE_ARTICLE_BYTES + 300_000, 9);
    let article = Article::from_text("huge.txt", text.as_str());
    let segments = factlint::segment::segment(&article.text, &article.meta, Vocabulary::shipped());
    let whole_claims = factlint::extract::extract_with(&article, &segments, factlint::shipped_rules()).len();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let small = Article::from_text("small.txt", common::article(&mut common::Rng::new(1), 1));
            factlint::check_articles(vec![Article::from_text("huge.txt", text.as_str()), small], vec![])
        })
    };
    let report = run(4);
    common::assert_report_sound(&report);
    let small_claims = {
        let a = &report.articles[1];
        factlint::extract::extract_with(
            a,
            &factlint::segment::segment(&a.text, &a.meta, Vocabulary::shipped()),
            factlint::shipped_rules(),
        )
        .len()
    };
    assert_eq!(report.claims, whole_claims + small_claims, "no claim is lost between windows");
    let in_huge = report.findings.iter().filter(|f| f.labels.iter().all(|l| l.article.0 == 0)).count();
    assert!(in_huge > 0, "findings inside the huge article are reported");
    assert_eq!(json::render(&report), json::render(&run(1)), "same report on one thread");
    let rendered = human::render(&report, human::Style::plain());
    assert!(rendered.contains("--> huge.txt:"), "labels are drawn");
    assert!(rendered.contains("= The longest report ever filed (Harbour Times, 2025-03-03)"), "with the headline");
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
#[ignore = "slow in debug: cargo test --release --test huge_article -- --ignored --nocapture"]
fn a_100_mb_article_is_checked_with_bounded_memory() {
    let mb: usize = std::env::var("FACTLINT_HUGE_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let dir = tempfile::tempdir().unwrap();
    let path = match std::env::var("FACTLINT_HUGE_KEEP") {
        Ok(p) => std::path::PathBuf::from(p),
        Err(_) => dir.path().join("huge.txt"),
    };
    let text = common::huge_article(mb << 20, 100);
    fs::write(&path, &text).unwrap();
    let size = text.len() as u64;
    drop(text);
    let small = dir.path().join("small.txt");
    fs::write(&small, common::article(&mut common::Rng::new(1), 1)).unwrap();

    let (out, peak) = run_measured(&["check", "--format", "json"], &path, &small);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let files: Vec<&str> = doc["articles"].as_array().unwrap().iter().map(|a| a["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 2, "both articles are checked: {:?}", doc["errors"]);
    assert!(doc["summary"]["claims"].as_u64().unwrap() > 10_000, "the huge article's claims are read");
    let huge = path.to_string_lossy().into_owned();
    let mut in_huge = 0;
    for f in doc["findings"].as_array().unwrap() {
        for l in f["labels"].as_array().unwrap() {
            assert!(l["end"].as_u64().unwrap() <= size);
            if l["file"] == huge.as_str() {
                in_huge += 1;
                let text = l["text"].as_str().unwrap();
                assert!(text.chars().next().is_some_and(|c| c.is_ascii_digit()), "a label points at a figure: {l}");
            }
        }
    }
    assert!(in_huge > 0, "findings inside the huge article are reported");
    eprintln!(
        "{} MB article: peak RSS {} MiB ({:.2} x the file), {} findings, {} claims",
        mb,
        peak >> 10,
        (peak << 10) as f64 / size as f64,
        doc["findings"].as_array().unwrap().len(),
        doc["summary"]["claims"]
    );
    assert!(peak > 0, "peak RSS was read from /proc");
    // The text is held once (twice for a moment while it moves into its
    // shared buffer); the rest is one window at a time.
    let bound = size * 5 / 2 + (32 << 20);
    assert!((peak << 10) < bound, "peak RSS {peak} KiB is more than 2.5 x the {size}-byte file + 32 MiB");

    // The human report too: drawing labels deep in the file reads only the
    // lines around them, and the output stays small.
    let (human, peak) = run_measured(&["check"], &path, &small);
    assert!(human.ends_with("advice\n"), "the report ends with its summary line");
    eprintln!("human report: {} bytes, peak RSS {} MiB", human.len(), peak >> 10);
    assert!((peak << 10) < bound, "peak RSS {peak} KiB (human)");
    assert!((human.len() as u64) < size / 10, "the human report does not reprint the article");
}

/// Runs factlint on the two files; returns its stdout and its peak RSS in
/// KiB, read from /proc while it runs (`VmHWM` only grows).
fn run_measured(args: &[&str], huge: &std::path::Path, small: &std::path::Path) -> (String, u64) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("factlint"))
        .args(args)
        .arg(huge)
        .arg(small)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut { stdout }, &mut s).unwrap();
        s
    });
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        if let Some(p) = peak_rss_kib(pid) {
            peak = peak.max(p);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    (reader.join().unwrap(), peak)
}
