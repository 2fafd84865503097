//! The words of people, quotes and sentences are data a rules file
//! extends: a `[words]` table adding a speech verb makes a quote
//! attributed with it read as that person's, and a list name that does not
//! exist is an error pointing into the file, with a did-you-mean.

use std::sync::Arc;

use factlint::check::Kind;
use factlint::check::quote_drift::QuoteDrift;
use factlint::load::Article;
use factlint::report::Report;
use factlint::rules::RuleSet;
use factlint::rules::diagnostics::render;
use factlint::rules::load::{Source, shipped_sources};
use factlint::segment::segment;

fn rules_with(name: &str, text: &str) -> RuleSet {
    let user = Source { name: name.into(), text: Arc::from(text) };
    factlint::engine::load_sources(&shipped_sources(), &[user]).unwrap_or_else(|e| panic!("{}", render(&e, false, 100)))
}

fn quipped() -> RuleSet {
    rules_with("quips.toml", "[words]\nspeech-verbs = [\"quipped\"]\n")
}

const A: &str = "Harbour Times\n\nStorm latest\n\nMonday 3 March 2025\n\n";
const B: &str = "Coast Wire\n\nStorm: the day after\n\nTuesday 4 March 2025\n\n";

fn pair(a: &str, b: &str, rules: &RuleSet) -> Report {
    let articles =
        vec![Article::from_text("a.txt", format!("{A}{a}\n")), Article::from_text("b.txt", format!("{B}{b}\n"))];
    factlint::check_articles_with(articles, vec![], rules)
}

fn drifts(r: &Report) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .filter(|f| f.kind == QuoteDrift::FINDING)
        .map(|f| f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect())
        .collect()
}

/// A short quote drifts only when both versions have a known speaker:
/// "quipped" names the speaker once the rules file makes it a speech verb.
#[test]
fn an_added_speech_verb_attributes_a_quote() {
    let a = "\"We will rebuild the sea wall,\" Marta Olsen quipped.";
    let b = "\"We will rebuild the harbour wall,\" Marta Olsen quipped.";
    assert_eq!(drifts(&pair(a, b, &quipped())), vec![vec!["sea".to_string(), "harbour".to_string()]]);
    // The shipped words do not know the verb: no speaker, no finding.
    assert!(drifts(&pair(a, b, factlint::shipped_rules())).is_empty());
}

#[test]
fn an_added_speech_verb_keeps_two_speakers_apart() {
    let a = "\"We will rebuild the sea wall,\" Marta Olsen quipped.";
    let b = "\"We will rebuild the harbour wall,\" Pietro Lund quipped.";
    assert!(drifts(&pair(a, b, &quipped())).is_empty());
}

#[test]
fn the_claims_see_the_added_verb() {
    let text = format!("{A}\"The tide will turn by noon,\" Marta Olsen quipped.\n");
    let article = Article::from_text("a.txt", text.as_str());
    let read = |rules: &RuleSet| {
        let segments = segment(&article.text, &article.meta, &rules.vocab);
        let claims = factlint::extract::extract_with(&article, &segments, rules);
        claims.quotes.iter().map(|q| q.speaker.describe()).collect::<Vec<_>>()
    };
    assert_eq!(read(&quipped()), vec![Some("Marta Olsen".to_string())]);
    assert_eq!(read(factlint::shipped_rules()), vec![None]);
}

#[test]
fn an_added_abbreviation_does_not_end_a_sentence() {
    let text = format!("{A}The vote was led by Ald. Olsen on Monday. It passed.\n");
    let article = Article::from_text("a.txt", text.as_str());
    let count = |rules: &RuleSet| segment(&article.text, &article.meta, &rules.vocab).sentences().count();
    let rules = rules_with("abbr.toml", "[words]\ndotted-abbreviations = [\"Ald\"]\n");
    assert_eq!(count(&rules) + 1, count(factlint::shipped_rules()));
}

#[test]
fn an_unknown_word_list_gets_a_did_you_mean() {
    let user = Source {
        name: "quips.toml".into(),
        text: Arc::from("[words]\nspeach-verbs = [\"quipped\"]\nhonorifics = [\"cllr\"]\n"),
    };
    let files = factlint::engine::load_sources(&shipped_sources(), &[user]).expect_err("the file has an error");
    insta::assert_snapshot!(render(&files, false, 100));
}

/// docs/rules.md's `[words]` example loads, and does what it says.
#[test]
fn the_documented_words_example_works() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).expect("docs");
    let start = docs.find("```toml\n[words]\n").expect("docs/rules.md shows a [words] table") + "```toml\n".len();
    let example = &docs[start..start + docs[start..].find("```").expect("closed")];
    let rules = rules_with("desk.toml", example);
    assert!(rules.vocab.has("speech-verbs", "quipped"));
    assert!(rules.vocab.has("dotted-abbreviations", "cllr"));
}

#[test]
fn factlint_words_lists_the_lists_and_one_list() {
    let bin = assert_cmd::cargo::cargo_bin("factlint");
    let all = std::process::Command::new(&bin).arg("words").output().expect("runs");
    let all = String::from_utf8_lossy(&all.stdout);
    assert!(all.lines().any(|l| l.starts_with("speech-verbs ") && l.contains("rules/words/people.toml")), "{all}");
    let one = std::process::Command::new(&bin).args(["words", "honorifics"]).output().expect("runs");
    assert!(String::from_utf8_lossy(&one.stdout).lines().any(|l| l == "dame"));
    let typo = std::process::Command::new(&bin).args(["words", "honorific"]).output().expect("runs");
    assert_eq!(typo.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&typo.stderr).contains("did you mean `honorifics`"));
}
