//! `--format sarif|github|concise`, `--fail-on` and `--quiet`: snapshots of
//! what each format prints for invented articles, every SARIF output
//! validated against the official SARIF 2.1.0 schema (tests/schemas/), and
//! fingerprints that do not move when lines do.

mod common;

use std::fs;
use std::path::Path;
use std::sync::LazyLock;

use common::{Run, run};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

const HEAD_A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
const HEAD_B: &str = "Coast Wire\n\nFerry inquiry latest news\n\nTuesday 4 March 2025\n\n";
const BODY_A: &str = "Officials said inspectors were running around 450 open inquiries into the operator.\n";
const BODY_B: &str =
    "The weather was calm. Inspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";

use common::factlint_in as factlint;

/// Two articles that disagree on a figure, and a third with a comment that
/// suppresses nothing (advice).
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), format!("{HEAD_A}{BODY_A}")).unwrap();
    fs::write(dir.path().join("b.txt"), format!("{HEAD_B}{BODY_B}")).unwrap();
    fs::write(
        dir.path().join("c.md"),
        "Valley Courier\n\nHarbour fair opens\n\n5 March 2025\n\n<!-- factlint-disable-next-line quote-drift -->\nThe fair opened on a calm morning.\n",
    )
    .unwrap();
    dir
}

static SARIF_SCHEMA: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let text = fs::read_to_string(Path::new(ROOT).join("tests/schemas/sarif-schema-2.1.0.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
});

/// Parses a SARIF log and fails with every schema error if it is invalid.
fn valid_sarif(r: &Run) -> Value {
    let doc: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("SARIF is JSON: {e}\n{}", r.stdout));
    let errors: Vec<String> =
        SARIF_SCHEMA.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF output fails the 2.1.0 schema:\n{}", errors.join("\n"));
    doc
}

#[test]
fn the_schema_catches_what_it_should() {
    let bad = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
        "results": [{"message": {"text": "m"}, "level": "advice"}]}]});
    assert!(!SARIF_SCHEMA.is_valid(&bad), "`advice` is not a SARIF level");
    let missing = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(!SARIF_SCHEMA.is_valid(&missing), "a run needs a tool");
}

#[test]
fn sarif_is_valid_and_locates_every_label() {
    let dir = fixture();
    let r = run(factlint(dir.path()).args(["check", ".", "--format", "sarif"]));
    assert_eq!(r.code, 1, "stderr:\n{}", r.stderr);
    let doc = valid_sarif(&r);
    let run0 = &doc["runs"][0];
    let rules: Vec<&str> =
        run0["tool"]["driver"]["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(rules.contains(&"figure-mismatch") && rules.contains(&"unused-suppression"), "{rules:?}");
    for rule in run0["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(!rule["shortDescription"]["text"].as_str().unwrap().is_empty(), "{rule}");
        assert!(rule["defaultConfiguration"]["level"].is_string(), "{rule}");
    }
    let results = run0["results"].as_array().unwrap();
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index], r["ruleId"].as_str().unwrap(), "ruleIndex points at the rule");
    }
    insta::assert_snapshot!("sarif_results", serde_json::to_string_pretty(results).unwrap());
}

#[test]
fn sarif_is_valid_for_inputs_not_checked_and_for_no_findings() {
    let dir = fixture();
    fs::write(dir.path().join("bad.txt"), b"Headline\n\nThe caf\xe9 opened.\n").unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    let r = run(factlint(dir.path()).args(["check", ".", "empty", "--format", "sarif"]));
    assert_eq!(r.code, 2);
    let doc = valid_sarif(&r);
    let notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 2, "{notes:?}");
    let quiet = run(factlint(dir.path()).args(["check", "c.md", "--format", "sarif"]));
    valid_sarif(&quiet);
    // The seeds too: real articles, many labels, long lines.
    let seeds = run(factlint(Path::new(ROOT)).args(["check", "seeds", "--format", "sarif"]));
    let doc = valid_sarif(&seeds);
    assert!(!doc["runs"][0]["results"].as_array().unwrap().is_empty());
}

/// Fingerprints of a run, by rule.
fn fingerprints(doc: &Value) -> Vec<String> {
    let mut out: Vec<String> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["partialFingerprints"]["factlintFingerprint/v1"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn partial_fingerprints_stay_when_lines_move() {
    let dir = fixture();
    let before = valid_sarif(&run(factlint(dir.path()).args(["check", ".", "--format", "sarif"])));
    // Lines added above the figure, in both articles: every line number changes.
    let filler = "The harbour board met on Monday.\n\nIt meets again next week.\n\n";
    fs::write(dir.path().join("a.txt"), format!("{HEAD_A}{filler}{BODY_A}")).unwrap();
    fs::write(dir.path().join("b.txt"), format!("{HEAD_B}{filler}{filler}{BODY_B}")).unwrap();
    let after = valid_sarif(&run(factlint(dir.path()).args(["check", "./", "--format", "sarif"])));
    let line =
        |d: &Value| d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"].clone();
    assert_ne!(line(&before), line(&after), "the lines did move");
    assert_eq!(fingerprints(&before), fingerprints(&after));
    // A changed figure is another finding.
    fs::write(dir.path().join("b.txt"), format!("{HEAD_B}{BODY_B}").replace("300", "250")).unwrap();
    let changed = valid_sarif(&run(factlint(dir.path()).args(["check", ".", "--format", "sarif"])));
    assert_ne!(fingerprints(&before), fingerprints(&changed));
}

#[test]
fn github_annotations_put_errors_first_and_end_with_a_summary() {
    let dir = fixture();
    let r = run(factlint(dir.path()).args(["check", "c.md", "b.txt", "a.txt", "--format", "github"]));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("github", r.stdout);
    let levels: Vec<&str> =
        r.stdout.lines().filter_map(|l| l.strip_prefix("::")).map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(levels, ["error", "notice"], "errors before notices");
}

#[test]
fn concise_prints_one_line_per_label() {
    let dir = fixture();
    let r = run(factlint(dir.path()).args(["check", ".", "--format", "concise"]));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("concise", r.stdout);
    let re = regex::Regex::new(r"^[^:]+:\d+:\d+: (error|warning|advice)\[[a-z-]+\] .+$").unwrap();
    let lines: Vec<&str> = r.stdout.lines().collect();
    for l in &lines[..lines.len() - 1] {
        assert!(re.is_match(l), "path:line:col: severity[rule] message: {l}");
    }
}

#[test]
fn fail_on_sets_the_threshold_of_exit_status_1() {
    let dir = fixture();
    let code = |args: &[&str]| run(factlint(dir.path()).args(["check", "--format", "json"]).args(args)).code;
    // a.txt + b.txt: one error. c.md alone: one advice.
    assert_eq!(code(&["a.txt", "b.txt"]), 1, "default: warning");
    assert_eq!(code(&["a.txt", "b.txt", "--fail-on", "error"]), 1);
    assert_eq!(code(&["a.txt", "b.txt", "--fail-on", "never"]), 0);
    assert_eq!(code(&["c.md"]), 0, "advice does not fail by default");
    assert_eq!(code(&["c.md", "--fail-on", "warning"]), 0);
    assert_eq!(code(&["c.md", "--fail-on", "advice"]), 1);
    assert_eq!(code(&["c.md", "missing.txt", "--fail-on", "never"]), 2, "an input not checked is always 2");
}

#[test]
fn quiet_prints_findings_at_the_threshold_and_the_summary() {
    let dir = fixture();
    let r = run(factlint(dir.path()).args(["check", ".", "--quiet", "--format", "concise"]));
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("quiet_concise", r.stdout);
    assert!(!r.stdout.contains("advice["), "advice is below the threshold");
    assert!(r.stdout.contains("1 advice"), "but counted in the summary");
    let human = run(factlint(dir.path()).args(["check", ".", "-q"]));
    assert!(!human.stdout.contains("unused-suppression"), "{}", human.stdout);
    assert!(human.stdout.contains("figure-mismatch"), "{}", human.stdout);
}
