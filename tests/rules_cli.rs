//! The rules commands on the command line: `rules`, `explain`,
//! `test-rules`, and factlint.toml's select / ignore / severity and
//! `[[ignore]]` as `check` sees them.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("FORCE_COLOR");
    cmd
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

const A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\nOfficials said inspectors were running around 450 open inquiries into the operator.\n";
const B: &str = "Coast Wire\n\nFerry inquiry latest\n\nTuesday 4 March 2025\n\nInspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";

/// A folder with two articles that disagree, and optional config.
fn desk(config: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("articles")).unwrap();
    fs::write(dir.path().join("articles/a.txt"), A).unwrap();
    fs::write(dir.path().join("articles/b.txt"), B).unwrap();
    if let Some(c) = config {
        fs::write(dir.path().join("factlint.toml"), c).unwrap();
    }
    dir
}

fn json_findings(stdout: &str) -> Vec<(String, String)> {
    let doc: serde_json::Value = serde_json::from_str(stdout).unwrap();
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap().to_string(), f["severity"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn the_rules_table_lists_the_shipped_rules() {
    let (code, out, _) = run(factlint(Path::new(ROOT)).arg("rules"));
    assert_eq!(code, 0);
    insta::assert_snapshot!(out);
}

#[test]
fn explain_shows_examples_and_tuning() {
    let (code, out, _) = run(factlint(Path::new(ROOT)).args(["explain", "figure-mismatch"]));
    assert_eq!(code, 0);
    insta::assert_snapshot!(out);
    let (code, _, err) = run(factlint(Path::new(ROOT)).args(["explain", "figure-mismach"]));
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `figure-mismatch`?"), "{err}");
}

#[test]
fn test_rules_passes_on_the_shipped_rules_and_fails_with_a_diff() {
    let (code, out, _) = run(factlint(Path::new(ROOT)).arg("test-rules"));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 failed"), "{out}");
    let dir = desk(None);
    fs::write(
        dir.path().join("wrong.toml"),
        format!(
            "[[test]]\nname = \"wrong\"\nrule = \"figure-mismatch\"\narticles = [{{ text = {A:?} }}, {{ text = {B:?} }}]\nexpect = []\n"
        ),
    )
    .unwrap();
    let (code, out, _) = run(factlint(dir.path()).args(["test-rules", "wrong.toml"]));
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("FAIL wrong (wrong.toml)") && out.contains("+ figure-mismatch error: around 450 | nearly 300"),
        "{out}"
    );
    assert!(!out.contains("shipped:"), "only the named file's tests run: {out}");
}

#[test]
fn factlint_toml_is_found_walking_up_and_regrades_or_turns_off_rules() {
    let dir = desk(Some("[severity]\nfigure-mismatch = \"warning\"\n"));
    let (code, out, _) = run(factlint(&dir.path().join("articles")).args(["check", ".", "--format", "json"]));
    assert_eq!(code, 1);
    assert_eq!(json_findings(&out), vec![("figure-mismatch".into(), "warning".into())]);

    let dir = desk(Some("ignore = [\"figure-mismatch\"]\n"));
    let (code, out, _) = run(factlint(dir.path()).args(["check", "articles", "--format", "json"]));
    assert_eq!(code, 0);
    assert!(json_findings(&out).is_empty());
    let (_, table, _) = run(factlint(dir.path()).arg("rules"));
    assert!(table.contains("figure-mismatch  error     no"), "{table}");
}

#[test]
fn a_user_rule_overrides_a_shipped_one_by_id_and_ignores_need_a_reason() {
    let dir = desk(None);
    fs::write(
        dir.path().join("mine.toml"),
        "[[rule]]\nid = \"figure-mismatch\"\nkind = \"figure-mismatch\"\nseverity = \"advice\"\n",
    )
    .unwrap();
    let (code, out, _) =
        run(factlint(dir.path()).args(["check", "articles", "--format", "json", "--rules", "mine.toml"]));
    assert_eq!(code, 0);
    assert_eq!(json_findings(&out), vec![("figure-mismatch".into(), "advice".into())]);

    fs::write(dir.path().join("quiet.toml"), "[[ignore]]\nfile = \"articles/b.*\"\nreason = \"b is a draft\"\n")
        .unwrap();
    let (code, out, _) =
        run(factlint(dir.path()).args(["check", "articles", "--format", "json", "--rules", "quiet.toml"]));
    assert_eq!(code, 0);
    assert!(json_findings(&out).is_empty());
}

#[test]
fn a_config_given_with_config_is_used_and_a_missing_one_is_an_error() {
    let dir = desk(None);
    fs::write(dir.path().join("other.toml"), "select = [\"figure-mismatch\"]\n").unwrap();
    let (code, _, _) = run(factlint(dir.path()).args(["check", "articles", "--config", "other.toml"]));
    assert_eq!(code, 1);
    let (code, _, err) = run(factlint(dir.path()).args(["check", "articles", "--config", "nope.toml"]));
    assert_eq!(code, 2);
    assert!(err.contains("nope.toml") && err.contains("cannot read it"), "{err}");
}
