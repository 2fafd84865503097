//! sum-mismatch on invented articles: totals whose parts do not add up,
//! shares that do not match their counts, and breakdowns that agree.

use factlint::check::Kind;
use factlint::check::sum_mismatch::SumMismatch;
use factlint::load::Article;
use factlint::report::{Report, human};

fn run(text: &str) -> Report {
    let body = format!("Harbour Times\n\nDepot figures\n\nMonday 3 March 2025\n\n{text}\n");
    factlint::check_articles(vec![Article::from_text("a.txt", body)], vec![])
}

fn sums(r: &Report) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .filter(|f| f.kind == SumMismatch::FINDING && f.severity.is_alarm())
        .map(|f| f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect())
        .collect()
}

#[test]
fn parts_that_do_not_make_the_total_fire() {
    let r = run("The depot sent 41 lorries on Monday and 38 on Tuesday – 89 lorries in total across the two days.");
    assert_eq!(sums(&r), vec![vec!["41".to_string(), "38".into(), "89".into()]]);
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn of_the_whole_and_colon_lists_fire() {
    let r = run("Of the 150 passengers questioned, 61 were tourists, 52 were commuters and 27 declined to answer.");
    assert_eq!(sums(&r).len(), 1, "{:?}", r.findings);
    let r = run(
        "The gale damaged 120 roofs: 64 in the harbour district, 31 in the old town and 15 on the industrial estate.",
    );
    assert_eq!(sums(&r).len(), 1, "{:?}", r.findings);
}

#[test]
fn shares_that_do_not_match_their_counts_fire() {
    let r = run(
        "The survey reached 300 households. Of those, 150 (40 per cent) had a car, 90 (30 per cent) a bicycle and 60 (20 per cent) neither.",
    );
    assert_eq!(sums(&r).len(), 1, "{:?}", r.findings);
}

#[test]
fn sums_that_agree_do_not_fire() {
    for text in [
        "The depot sent 41 lorries on Monday and 38 on Tuesday – 79 lorries in total.",
        // An age beside a name is not a part.
        "Depot manager Ana Ruiz, 52, said 41 lorries left on Monday and 38 on Tuesday – 79 lorries in total.",
        "Of the 150 passengers questioned, 61 were tourists, 62 were commuters and 27 declined to answer.",
        "The gale damaged 110 roofs: 64 in the harbour district, 31 in the old town and 15 on the industrial estate.",
        "The survey reached 300 households. Of those, 150 (50 per cent) had a car, 90 (30 per cent) a bicycle and 60 (20 per cent) neither.",
        "The survey reached 700 households. Of those, 251 (36 per cent) had a car, 198 (28 per cent) a bicycle and 251 (36 per cent) neither.",
        // A list of examples, far from the whole: not a breakdown.
        "Of the 900 members, 40 spoke at the meeting, 12 wrote letters and 3 resigned.",
        // Rounded money: £1.2m and £0.8m make £2m.
        "The fund paid £1.2m to farms and £0.8m to shops, £2m in total.",
    ] {
        let r = run(text);
        assert!(sums(&r).is_empty(), "{text}: {:?}", r.findings);
    }
}
