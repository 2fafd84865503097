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
