//! An `[[ignore]]` `file` glob is a path under the folder of the rules
//! file that declares it, whatever way the articles' paths were typed.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\nOfficials said inspectors were running around 450 open inquiries into the operator.\n";
const B: &str = "Coast Wire\n\nFerry inquiry latest\n\nTuesday 4 March 2025\n\nInspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";

/// A desk folder: factlint.toml, a rules file ignoring figure-mismatch in
/// `glob`, and two articles that disagree in desk/articles/.
fn desk(root: &Path, glob: &str) {
    let desk = root.join("desk");
    fs::create_dir_all(desk.join("articles")).unwrap();
    fs::write(desk.join("factlint.toml"), "rules = [\"desk.toml\"]\n").unwrap();
    fs::write(
        desk.join("desk.toml"),
        format!("[[ignore]]\nrule = \"figure-mismatch\"\nfile = \"{glob}\"\nreason = \"known, under review\"\n"),
    )
    .unwrap();
    fs::write(desk.join("articles/a.txt"), A).unwrap();
    fs::write(desk.join("articles/b.txt"), B).unwrap();
}

/// How many figure-mismatch findings a run from `cwd` with `args` gives.
fn figure_findings(cwd: &Path, args: &[&str]) -> usize {
    let out =
        Command::cargo_bin("factlint").unwrap().current_dir(cwd).args(args).arg("--format=json").output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    v["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "figure-mismatch").count()
}

#[test]
fn a_file_glob_is_relative_to_its_rules_file_however_paths_are_typed() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    desk(root, "articles/*.txt");
    let inside = root.join("desk");
    let absolute = inside.join("articles");
    let config = "--config=desk/factlint.toml";
    assert_eq!(figure_findings(&inside, &["check", "articles"]), 0);
    assert_eq!(figure_findings(&inside, &["check", "./articles"]), 0);
    assert_eq!(figure_findings(&inside, &["check", absolute.to_str().unwrap()]), 0);
    assert_eq!(figure_findings(root, &["check", "desk/articles", config]), 0);
    assert_eq!(figure_findings(&absolute, &["check", ".", "--config=../factlint.toml"]), 0);
}

#[test]
fn a_glob_that_names_other_files_suppresses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    desk(tmp.path(), "archive/*.txt");
    assert_eq!(figure_findings(&tmp.path().join("desk"), &["check", "articles"]), 1);
}

/// An ignore that matched nothing in a run is advice pointing at its line
/// in the rules file (like an unused inline suppression); one that matched
/// is not reported.
#[test]
fn an_ignore_that_matched_nothing_is_reported_as_advice() {
    let tmp = tempfile::tempdir().unwrap();
    desk(tmp.path(), "articles/*.txt");
    let desk = tmp.path().join("desk");
    let extra = "\n[[ignore]]\nrule = \"quote-drift\"\nkey = \"harbour\"\nreason = \"an old story\"\n";
    let rules = fs::read_to_string(desk.join("desk.toml")).unwrap() + extra;
    fs::write(desk.join("desk.toml"), rules).unwrap();

    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(&desk)
        .args(["check", "articles", "--format=json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let unused = v["unused_ignores"].as_array().unwrap();
    assert_eq!(unused.len(), 1, "{unused:?}");
    assert_eq!(unused[0]["file"], "desk.toml");
    assert_eq!(unused[0]["line"], 6);
    assert!(unused[0]["names"].as_str().unwrap().contains("rule quote-drift"));
    assert_eq!(v["summary"]["findings"]["advice"], 1);
    // Advice does not fail the run at the default threshold.
    assert_eq!(out.status.code(), Some(0));

    let human =
        Command::cargo_bin("factlint").unwrap().current_dir(&desk).args(["check", "articles"]).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("advice[unused-ignore]: this [[ignore]] matched no finding in this run"), "{text}");
    assert!(text.contains("--> desk.toml:6"), "{text}");
}

#[test]
fn an_unused_ignore_is_a_notice_on_its_rules_file_in_github_format() {
    let tmp = tempfile::tempdir().unwrap();
    desk(tmp.path(), "archive/*.txt");
    let desk = tmp.path().join("desk");
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(&desk)
        .args(["check", "articles", "--format=github"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("::notice file=desk.toml,line=1,title=unused-ignore::"), "{text}");
}
