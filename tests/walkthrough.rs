//! The walkthrough of docs/rules.md, run: the election desk's rules files
//! (tests/fixtures/walkthrough/) change the findings exactly as the page
//! says, and the page quotes the files as they are.

use std::fs;
use std::path::PathBuf;

use factlint::engine::load_rules as load;
use factlint::engine::selftest;
use factlint::finding::Severity;
use factlint::report::Report;
use factlint::rules::RuleSet;
use factlint::rules::load::LoadOptions;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn dir() -> PathBuf {
    PathBuf::from(ROOT).join("tests/fixtures/walkthrough")
}

/// (rule, severity, the words each label points at) per finding.
fn findings(r: &Report) -> Vec<(String, Severity, Vec<String>)> {
    r.findings
        .iter()
        .map(|f| {
            let texts = f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect();
            (f.rule.clone(), f.severity, texts)
        })
        .collect()
}

fn desk_rules() -> RuleSet {
    let opts = LoadOptions { config: None, search_from: Some(dir()), rules: vec![] };
    load(&opts).unwrap_or_else(|e| panic!("{}", factlint::rules::diagnostics::render(&e, false, 100)))
}

fn owned(rule: &str, severity: Severity, texts: &[&str]) -> (String, Severity, Vec<String>) {
    (rule.into(), severity, texts.iter().map(std::string::ToString::to_string).collect())
}

#[test]
fn before_the_desk_rules_only_the_near_identical_counts_clash() {
    let report = factlint::check_paths(&[dir().join("articles")]);
    assert_eq!(findings(&report), vec![owned("figure-mismatch", Severity::Error, &["12,480", "12,500"])]);
}

#[test]
fn after_the_desk_rules_ballots_are_votes_recounts_agree_and_parties_meet() {
    let rules = desk_rules();
    let report = factlint::check_paths_with(&[dir().join("articles")], &rules);
    assert_eq!(
        findings(&report),
        vec![
            owned("vote-count-mismatch", Severity::Warning, &["12,840", "12,480", "12,500"]),
            owned("figure-mismatch", Severity::Error, &["£14,000", "£41,000"]),
        ]
    );
    assert!(report.findings[0].message.starts_with("vote count differs: "));
}

#[test]
fn the_desk_rules_self_tests_pass() {
    let rules = desk_rules();
    let outcomes = selftest::run_all(&rules);
    assert!(outcomes.iter().any(|o| o.test.origin.file.ends_with("election.toml")));
    assert!(outcomes.iter().all(factlint::engine::selftest::Outcome::passed), "{}", selftest::render(&outcomes));
}

#[test]
fn the_page_quotes_the_fixtures_as_they_are() {
    let page = fs::read_to_string(PathBuf::from(ROOT).join("docs/rules.md")).expect("docs/rules.md exists");
    for file in [
        "election.toml",
        "factlint.toml",
        "articles/gazette.txt",
        "articles/estuary-post.txt",
        "articles/valley-radio.txt",
    ] {
        let text = fs::read_to_string(dir().join(file)).unwrap();
        assert!(
            page.contains(text.trim_end()),
            "docs/rules.md does not quote tests/fixtures/walkthrough/{file} as it is"
        );
    }
}

#[test]
fn a_failing_self_test_prints_a_diff() {
    let text = "[[test]]\nname = \"wrong on purpose\"\nrule = \"figure-mismatch\"\narticles = [\n  { file = \"a.txt\", text = \"Officials said inspectors were running around 450 open inquiries.\\n\" },\n  { file = \"b.txt\", text = \"Inspectors are running nearly 300 open inquiries, the regulator said.\\n\" },\n]\nexpect = [{ texts = [\"around 450\", \"nearly 310\"] }]\n";
    let src = factlint::rules::load::Source { name: "wrong.toml".into(), text: text.into() };
    let rules = factlint::engine::load_sources(&factlint::rules::load::shipped_sources(), &[src]).unwrap();
    let outcomes: Vec<_> =
        selftest::run_all(&rules).into_iter().filter(|o| o.test.origin.file == "wrong.toml").collect();
    assert!(!outcomes[0].passed());
    insta::assert_snapshot!(selftest::render(&outcomes));
}
