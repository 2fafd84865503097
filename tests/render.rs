//! Snapshots of rendered findings (human and JSON) for findings that span
//! one, two and three articles, built here so they do not depend on any
//! rule's behaviour.

use factlint::check::Kind;
use factlint::check::figure_mismatch::FigureMismatch;
use factlint::finding::{ArticleId, Finding, Label, Severity};
use factlint::load::Article;
use factlint::report::{Report, human, json};
use factlint::span::Span;

fn article(file: &str, text: &str) -> Article {
    Article::from_text(file, text)
}

fn label(articles: &[Article], id: usize, words: &str, caption: &str) -> Label {
    let start = articles[id].text.find(words).expect("words are in the article");
    Label { article: ArticleId(id), span: Span::new(start, start + words.len()), caption: caption.into() }
}

fn articles() -> Vec<Article> {
    vec![
        article(
            "a/harbour-times.txt",
            "Harbour Times\n\nFerry service cut after storm damage\n\nMonday 3 March 2025\n\nThe operator said nearly 600 sailings would be cancelled this spring.\n",
        ),
        article(
            "b/coast-wire.txt",
            "Ferry sailings cancelled\n\nAbout 850 sailings will be cancelled this spring, the operator said on Tuesday.\n",
        ),
        article(
            "c/\u{e9}cho.txt",
            "\u{feff}L'\u{c9}cho du Port\r\n\r\nFerry cuts confirmed for the spring\r\n\r\n4 March 2025\r\n\r\nThe operator will cancel more than 1,000 sailings.\r\n",
        ),
    ]
}

fn finding(labels: Vec<Label>) -> Finding {
    Finding {
        rule: "figure-mismatch".into(),
        kind: FigureMismatch::FINDING,
        severity: Severity::Error,
        message: "sailings cancelled: the figures cannot all be right".into(),
        help: Some("check which outlet has the operator's own figure".into()),
        labels,
    }
    .normalise()
}

fn report(findings: Vec<Finding>) -> Report {
    Report { articles: articles(), findings, errors: vec![], claims: 3, ..Report::default() }
}

#[test]
fn one_article() {
    let a = articles();
    let f = finding(vec![label(&a, 0, "nearly 600", "nearly 600"), label(&a, 0, "this spring", "when")]);
    insta::assert_snapshot!(human::render(&report(vec![f]), human::Style::plain()));
}

#[test]
fn two_articles() {
    let a = articles();
    let f = finding(vec![label(&a, 0, "nearly 600", "nearly 600"), label(&a, 1, "About 850", "about 850")]);
    insta::assert_snapshot!(human::render(&report(vec![f]), human::Style::plain()));
}

#[test]
fn three_articles_human_and_json() {
    let a = articles();
    let f = finding(vec![
        label(&a, 2, "more than 1,000", "more than 1,000"),
        label(&a, 0, "nearly 600", "nearly 600"),
        label(&a, 1, "About 850", "about 850"),
    ]);
    let r = report(vec![f]);
    insta::assert_snapshot!("three_articles_human", human::render(&r, human::Style::plain()));
    insta::assert_snapshot!("three_articles_json", json::render(&r));
}

#[test]
fn json_columns_count_characters_and_skip_the_bom() {
    let a = articles();
    let f = finding(vec![label(&a, 2, "more than 1,000", "more than 1,000")]);
    let doc: serde_json::Value = serde_json::from_str(&json::render(&report(vec![f]))).unwrap();
    let l = &doc["findings"][0]["labels"][0];
    assert_eq!(l["line"], 7);
    assert_eq!(l["column"], 26);
    assert_eq!(l["text"], "more than 1,000");
    let text = &a[2].text;
    let (start, end) = (l["start"].as_u64().unwrap() as usize, l["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], "more than 1,000");
}
