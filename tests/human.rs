//! The human report in rustc's way: headers, location lines, cut lines,
//! thousands of labels, colour choices; and what the terminal sees besides
//! it (the progress bar) and `factlint completions`.

mod common;

use std::fs;
use std::path::Path;

use common::run;
use factlint::load::Article;
use factlint::report::human::{self, Style};

const HEAD_A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
const HEAD_B: &str = "Coast Wire\n\nFerry inquiry latest news\n\nTuesday 4 March 2025\n\n";
const BODY_A: &str = "Officials said inspectors were running around 450 open inquiries into the operator.\n";
const BODY_B: &str =
    "The weather was calm. Inspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";

use common::factlint_in as factlint;

fn pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), format!("{HEAD_A}{BODY_A}")).unwrap();
    fs::write(dir.path().join("b.txt"), format!("{HEAD_B}{BODY_B}")).unwrap();
    dir
}

#[test]
fn at_60_columns_long_lines_are_cut_around_the_words() {
    let dir = pair();
    let r = run(factlint(dir.path()).args(["check", "a.txt", "b.txt"]).env("COLUMNS", "60"));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("cut_at_60_columns", r.stdout);
    for line in r.stdout.lines().filter(|l| l.contains(" | ")) {
        assert!(line.chars().count() <= 60, "fits in 60 columns: {line}");
    }
    // The header and the location line, in rustc's way.
    assert!(
        r.stdout.starts_with("error[figure-mismatch]: open inquiries: around 450 vs nearly 300\n --> a.txt:7:40\n")
    );
    assert!(!r.stdout.contains("Error:") && !r.stdout.contains("Advice:"), "one block per finding");
}

#[test]
fn colour_follows_the_flag_no_color_and_clicolor_force() {
    let dir = pair();
    let coloured = |r: &common::Run| r.stdout.contains("\x1b[");
    let plain = run(factlint(dir.path()).args(["check", "."]));
    assert!(!coloured(&plain), "not a terminal: no colour");
    let always = run(factlint(dir.path()).args(["check", ".", "--color", "always"]));
    assert!(coloured(&always));
    assert!(always.stdout.contains("\x1b[1;31merror[figure-mismatch]\x1b[0m"), "{}", always.stdout);
    let forced = run(factlint(dir.path()).args(["check", "."]).env("CLICOLOR_FORCE", "1"));
    assert!(coloured(&forced), "CLICOLOR_FORCE colours a pipe");
    let no_color = run(factlint(dir.path()).args(["check", "."]).env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1"));
    assert!(!coloured(&no_color), "NO_COLOR wins over CLICOLOR_FORCE");
    let never = run(factlint(dir.path()).args(["check", ".", "--color", "never"]).env("CLICOLOR_FORCE", "1"));
    assert!(!coloured(&never));
    // Without colour codes the text is the same.
    let strip = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap();
    assert_eq!(strip.replace_all(&always.stdout, ""), plain.stdout);
}

#[test]
fn a_finding_with_thousands_of_labels_shows_a_few_and_counts_the_rest() {
    let a = format!("{HEAD_A}{}", "Officials said 450 open inquiries into the operator were running. ".repeat(800));
    let b = format!("{HEAD_B}{}", "Officials said 300 open inquiries into the operator were running. ".repeat(800));
    let report = factlint::check_articles(vec![Article::from_text("a.txt", a), Article::from_text("b.txt", b)], vec![]);
    assert_eq!(report.findings[0].labels.len(), 1600);
    let text = human::render(&report, Style::plain());
    insta::assert_snapshot!("thousands_of_labels", text);
    assert_eq!(text.matches("… and 795 more labels in this article").count(), 2);
    assert!(text.len() < 5_000, "{} bytes", text.len());
}

#[test]
fn completions_are_printed_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = run(factlint(Path::new(".")).args(["completions", shell]));
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        assert!(r.stdout.contains("factlint") && r.stdout.contains("fail-on"), "{shell} completes the options");
    }
    let bad = run(factlint(Path::new(".")).args(["completions", "tcsh"]));
    assert_eq!(bad.code, 2);
}

/// The progress bar is drawn on a terminal (a pseudo-terminal from
/// `script`) and never into a pipe.
#[cfg(unix)]
#[test]
fn the_progress_bar_is_drawn_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    common::write_corpus(&dir.path().join("corpus"), 40, 7);
    let bin = assert_cmd::cargo::cargo_bin("factlint");
    if std::process::Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    }
    let cmd = format!("{} check corpus --fail-on never > /dev/null", bin.display());
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &cmd, "/dev/null"])
        .current_dir(dir.path())
        .env_remove("NO_COLOR")
        // Drawn at once here: the default waits a second, longer than this run.
        .env("FACTLINT_PROGRESS_DELAY_MS", "0")
        .output()
        .unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert!(
        seen.contains("scan") && seen.contains("articles read and grouped into stories"),
        "the bar on the tty: {seen:?}"
    );
    let piped = run(factlint(dir.path())
        .args(["check", "corpus", "--fail-on", "never"])
        .env("FACTLINT_PROGRESS_DELAY_MS", "0"));
    assert!(!piped.stderr.contains("articles read"), "no bar into a pipe: {}", piped.stderr);
}

/// Wide characters take two terminal cells: the underline counts cells,
/// so it stays under the words after a line of CJK text.
#[test]
fn the_underline_counts_terminal_cells_not_characters() {
    let a = "Harbour Times\n\nQuake\n\nMonday 3 March 2025\n\n東京の記者によると、officials said about 40 collapsed buildings had been searched.\n";
    let b = "Coast Wire\n\nQuake latest\n\nTuesday 4 March 2025\n\nOfficials said 95 collapsed buildings had been searched.\n";
    let r = factlint::check_articles(vec![Article::from_text("a.txt", a), Article::from_text("b.txt", b)], vec![]);
    let out = human::render(&r, Style::plain());
    let lines: Vec<&str> = out.lines().collect();
    let at = lines.iter().position(|l| l.contains("東京")).expect("the CJK line is shown");
    let (source, under) = (lines[at], lines[at + 1]);
    // Ten CJK characters (20 cells) before "officials": "about" starts at
    // the cell after the text before it.
    let before = &source[..source.find("about").unwrap()];
    let cells = before.chars().map(|c| if ('\u{3000}'..='\u{9fff}').contains(&c) { 2 } else { 1 }).sum::<usize>();
    assert_eq!(under.find('^'), Some(cells), "\n{source}\n{under}");
}
