//! date-mismatch on invented articles.

use factlint::check::Kind;
use factlint::check::date_mismatch::DateMismatch;
use factlint::load::Article;
use factlint::report::{Report, human};

fn pair(date_a: &str, a: &str, date_b: &str, b: &str) -> Report {
    let articles = vec![
        Article::from_text("a.txt", format!("Harbour Times\n\nDock strike\n\n{date_a}\n\n{a}\n")),
        Article::from_text("b.txt", format!("Coast Wire\n\nDock strike latest\n\n{date_b}\n\n{b}\n")),
    ];
    factlint::check_articles(articles, vec![])
}

fn dates(r: &Report) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .filter(|f| f.kind == DateMismatch::FINDING && f.severity.is_alarm())
        .map(|f| f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect())
        .collect()
}

#[test]
fn one_event_on_two_days_fires() {
    let r = pair(
        "Monday 3 March 2025",
        "Talks between the dockers and the port authority collapsed on 24 February.",
        "Tuesday 4 March 2025",
        "Talks at the port authority fell apart on 26 February, the union said.",
    );
    assert_eq!(dates(&r), vec![vec!["on 24 February".to_string(), "on 26 February".into()]]);
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn relative_dates_are_read_against_each_article() {
    // A Sunday paper's "on Sunday" is that day; a Wednesday paper's "on
    // Friday" is two days before it.
    let r = pair(
        "Sunday 2 March 2025",
        "The harbour wall gave way and the tide peaked at 4am on Sunday.",
        "Wednesday 5 March 2025",
        "Residents were moved out after the tide peaked on Friday.",
    );
    assert_eq!(dates(&r).len(), 1, "{:?}", r.findings);
}

#[test]
fn dates_that_agree_do_not_fire() {
    let cases = [
        // Yesterday and Wednesday in two Thursday papers.
        (
            "Thursday 6 March 2025",
            "The captain was convicted at the county court yesterday.",
            "Thursday 6 March 2025",
            "The captain was convicted at the county court on Wednesday.",
        ),
        // A future Friday inside a two-day range.
        (
            "Thursday 6 March 2025",
            "The dockers will walk out on Friday.",
            "Monday 10 March 2025",
            "The dockers walked out on 7 and 8 March.",
        ),
        // A year and a day in it.
        (
            "Thursday 6 March 2025",
            "The scheme was approved in 2019.",
            "Friday 7 March 2025",
            "The scheme was approved on 3 June 2019.",
        ),
        // The same verb about other things.
        (
            "Thursday 6 March 2025",
            "The ferry sailed on 1 March.",
            "Friday 7 March 2025",
            "The yacht sailed on 4 March.",
        ),
        // Saying is not the event.
        (
            "Thursday 6 March 2025",
            "The union said on Monday that the dockers were angry.",
            "Friday 7 March 2025",
            "The union said on Tuesday that the dockers were angry.",
        ),
        // Undated: a weekday is not guessed.
        ("", "The harbour wall collapsed on Friday.", "Friday 7 March 2025", "The harbour wall collapsed on 2 March."),
        // Expected: the day ahead.
        (
            "Friday 7 March 2025",
            "Ferries are expected to resume on Sunday.",
            "Sunday 9 March 2025",
            "Ferries were expected to resume today.",
        ),
    ];
    for (da, a, db, b) in cases {
        let r = pair(da, a, db, b);
        assert!(dates(&r).is_empty(), "{a} / {b}: {:?}", r.findings);
    }
}
