//! Baselines (`--write-baseline`, `--baseline`) and inline suppressions
//! (`<!-- factlint-disable … -->`): what is suppressed, what comes back,
//! and that both are counted.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use common::{json, run};
use serde_json::Value;

const HEAD_A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
const HEAD_B: &str = "Coast Wire\n\nFerry inquiry latest news\n\nTuesday 4 March 2025\n\n";
const A: [&str; 3] = [
    "Officials said inspectors were running around 450 open inquiries into the operator.",
    "The council met on Monday to discuss the harbour.",
    "The Quillan helpline takes 40 calls a day from worried passengers.",
];
const B: [&str; 3] = [
    "The weather was calm on the coast.",
    "Inspectors are running nearly 300 open inquiries into the operator, the regulator said.",
    "The Quillan helpline takes 2,130 calls a day from worried passengers.",
];

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("FORCE_COLOR");
    cmd.timeout(Duration::from_secs(120));
    cmd
}

fn article(head: &str, paragraphs: &[&str]) -> String {
    format!("{head}{}\n", paragraphs.join("\n\n"))
}

fn write_pair(dir: &Path, a: &[&str], b: &[&str]) {
    fs::write(dir.join("a.txt"), article(HEAD_A, a)).unwrap();
    fs::write(dir.join("b.txt"), article(HEAD_B, b)).unwrap();
}

fn messages(doc: &Value) -> Vec<String> {
    doc["findings"].as_array().unwrap().iter().map(|f| f["message"].as_str().unwrap().to_string()).collect()
}

#[test]
fn a_baseline_survives_moved_paragraphs_and_lets_a_changed_figure_back() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_pair(root, &A, &B);
    let first = run(factlint(root).args(["check", ".", "--format", "json", "--write-baseline", "base.json"]));
    assert_eq!(first.code, 1);
    let found = messages(&json(&first));
    assert_eq!(found.len(), 2, "two findings to baseline: {found:?}");
    insta::assert_snapshot!("baseline_file", fs::read_to_string(root.join("base.json")).unwrap());

    // Paragraphs moved in both articles, files named another way and in another order.
    write_pair(root, &[A[2], A[1], A[0]], &[B[2], B[0], B[1]]);
    let moved = run(factlint(root).args(["check", "b.txt", "./a.txt", "--format", "json", "--baseline", "base.json"]));
    let doc = json(&moved);
    assert_eq!(messages(&doc), Vec::<String>::new(), "every finding still in the baseline");
    assert_eq!(doc["summary"]["suppressed"]["baseline"], 2);
    assert_eq!(doc["summary"]["suppressed"]["stale_baseline"], 0);
    assert_eq!(moved.code, 0, "nothing new: the run passes");

    // One figure changed: exactly that finding is back, its old entry stale.
    let changed = B[2].replace("2,130", "1,870");
    write_pair(root, &[A[2], A[1], A[0]], &[&changed, B[0], B[1]]);
    let r = run(factlint(root).args(["check", ".", "--baseline", "base.json", "--format", "concise"]));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("baseline_changed_figure", r.stdout);
    let doc = json(&run(factlint(root).args(["check", ".", "--baseline", "base.json", "--format", "json"])));
    assert_eq!(messages(&doc), ["calls: 40 a day vs 1,870 a day"]);
    assert_eq!(doc["summary"]["suppressed"]["baseline"], 1);
    assert_eq!(doc["summary"]["suppressed"]["stale_baseline"], 1);
}

#[test]
fn a_broken_baseline_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    write_pair(dir.path(), &A, &B);
    fs::write(dir.path().join("base.json"), "{\"findings\": 3}").unwrap();
    let r = run(factlint(dir.path()).args(["check", ".", "--baseline", "base.json"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot use the baseline base.json: not a factlint baseline"), "{}", r.stderr);
}

#[test]
fn inline_comments_suppress_regions_and_next_lines() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // A region around the inquiries, a next-line comment on the calls.
    let a = [
        "<!-- factlint-disable figure-mismatch -->",
        A[0],
        "<!-- factlint-enable -->",
        A[1],
        "<!-- factlint-disable-next-line figure-mismatch -->",
        A[2],
    ];
    write_pair(root, &a, &B);
    let doc = json(&run(factlint(root).args(["check", ".", "--format", "json"])));
    assert_eq!(messages(&doc), Vec::<String>::new());
    assert_eq!(doc["summary"]["suppressed"]["inline"], 2);

    // After `enable`, findings are reported again; a comment for another
    // rule suppresses nothing and is advice.
    let a = [
        "<!-- factlint-disable figure-mismatch -->",
        A[1],
        "<!-- factlint-enable -->",
        A[0],
        "<!-- factlint-disable-next-line quote-drift -->",
        A[2],
    ];
    write_pair(root, &a, &B);
    let r = run(factlint(root).args(["check", ".", "--format", "concise"]));
    insta::assert_snapshot!("inline_unused", r.stdout);
    let doc = json(&run(factlint(root).args(["check", ".", "--format", "json"])));
    assert_eq!(doc["summary"]["suppressed"]["inline"], 0);
    let rules: Vec<&str> = doc["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["unused-suppression", "figure-mismatch", "unused-suppression", "figure-mismatch"]);
    let human = run(factlint(root).args(["check", "."]));
    assert!(human.stdout.lines().last().unwrap().contains("2 advice"), "{}", human.stdout);
}
