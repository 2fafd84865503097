//! age-mismatch on invented articles.

use factlint::check::Kind;
use factlint::check::age_mismatch::AgeMismatch;
use factlint::load::Article;
use factlint::report::{Report, human};

fn pair(date_a: &str, a: &str, date_b: &str, b: &str) -> Report {
    let articles = vec![
        Article::from_text("a.txt", format!("Harbour Times\n\nFerry crash\n\n{date_a}\n\n{a}\n")),
        Article::from_text("b.txt", format!("Coast Wire\n\nFerry crash latest\n\n{date_b}\n\n{b}\n")),
    ];
    factlint::check_articles(articles, vec![])
}

fn ages(r: &Report) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .filter(|f| f.kind == AgeMismatch::FINDING && f.severity.is_alarm())
        .map(|f| f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect())
        .collect()
}

#[test]
fn ages_that_cannot_both_be_right_fire() {
    let r = pair(
        "Monday 3 March 2025",
        "The skipper, Orla Penhallow, 46, said the crew were safe.",
        "Tuesday 4 March 2025",
        "Skipper Orla Penhallow, 64, told reporters the crew were safe.",
    );
    assert_eq!(ages(&r), vec![vec!["Orla Penhallow, 46".to_string(), "Orla Penhallow, 64".into()]]);
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn ages_that_agree_do_not_fire() {
    let cases = [
        // A year later, a year older.
        (
            "Monday 3 March 2025",
            "Orla Penhallow, 46, said so.",
            "Tuesday 3 March 2026",
            "Orla Penhallow, now 47, said so.",
        ),
        // The same age months apart: the birthday is unknown.
        ("Monday 3 March 2025", "Orla Penhallow, 46, said so.", "Friday 1 August 2025", "Orla Penhallow, 46, said so."),
        // Two ages two years apart in time, one birthday between.
        (
            "Monday 3 March 2025",
            "Orla Penhallow, 46, said so.",
            "Friday 1 January 2027",
            "Orla Penhallow, now 48, said so.",
        ),
        // Two people of one family.
        (
            "Monday 3 March 2025",
            "Orla Penhallow, 46, said so.",
            "Tuesday 4 March 2025",
            "Her son Kit Penhallow, 19, said so.",
        ),
        // An undated article: nothing to count from.
        ("", "Orla Penhallow, 46, said so.", "Tuesday 4 March 2025", "Orla Penhallow, 52, said so."),
        // A title and a surname meet the full name, and agree.
        ("Monday 3 March 2025", "Mrs Penhallow, 46, said so.", "Tuesday 4 March 2025", "Orla Penhallow, 46, said so."),
        // Ranges: "in her 40s".
        (
            "Monday 3 March 2025",
            "Orla Penhallow, 46, said so.",
            "Tuesday 4 March 2025",
            "Orla Penhallow, in her 40s, said so.",
        ),
    ];
    for (da, a, db, b) in cases {
        let r = pair(da, a, db, b);
        assert!(ages(&r).is_empty(), "{a} / {b}: {:?}", r.findings);
    }
}
