//! Consistent pairs that a naive checker would flag, one per trap kind of
//! the labelled corpora (rate-agrees, duration-agrees, date-agrees,
//! age-agrees, sum-agrees): no rule may raise an alarm on any of them.
//! Invented articles throughout.

use factlint::load::Article;

fn alarms(a: &str, b: &str) -> Vec<String> {
    let articles = vec![
        Article::from_text("a.txt", format!("Harbour Times\n\nPort news\n\nThursday 6 March 2025\n\n{a}\n")),
        Article::from_text("b.txt", format!("Coast Wire\n\nPort news latest\n\nFriday 7 March 2025\n\n{b}\n")),
    ];
    let r = factlint::check_articles(articles, vec![]);
    r.findings.iter().filter(|f| f.severity.is_alarm()).map(|f| format!("{}: {}", f.kind, f.message)).collect()
}

fn none(cases: &[(&str, &str)]) {
    for (a, b) in cases {
        let found = alarms(a, b);
        assert!(found.is_empty(), "{a} / {b}: {found:?}");
    }
}

#[test]
fn rates_that_agree() {
    none(&[
        ("The ferry carries about 150 cars a week.", "The ferry carries about 650 cars a month."),
        ("The pumps move 900 litres a second.", "The pumps move 54,000 litres a minute."),
        ("The harbour earns £52,000 a year from moorings.", "The harbour earns about £1,000 a week from moorings."),
    ]);
}

#[test]
fn durations_that_agree() {
    none(&[
        ("The slipway will be shut for six months.", "The slipway will be shut for half a year."),
        ("Crews must give two weeks' notice of a strike.", "Crews must give 14 days' notice of a strike."),
        ("The repairs took 18 months.", "The repairs took a year and a half."),
    ]);
}

#[test]
fn dates_that_agree() {
    none(&[
        ("The trawler sank yesterday off the point.", "The trawler sank on Wednesday off the point."),
        ("The new quay was passed in 2017.", "The new quay was first passed eight years ago."),
        ("The quay was opened on 3 March.", "The quay was opened last Monday."),
    ]);
}

#[test]
fn ages_that_agree() {
    none(&[
        (
            "Harbour master Wyn Trelawney, 58, said the port was safe.",
            "Harbour master Wyn Trelawney, 58, said the port was safe.",
        ),
        ("Mr Trelawney, 58, said so.", "Wyn Trelawney, now 58, said so."),
    ]);
}

#[test]
fn sums_that_agree() {
    none(&[
        (
            "The port handled 420 ships: 250 cargo vessels, 120 ferries and 50 yachts.",
            "Of the 420 ships, 250 (60 per cent) carried cargo, 120 (29 per cent) were ferries and 50 (12 per cent) yachts.",
        ),
        ("The yard built 14 hulls in May and 9 in June – 23 in total.", "The yard built 23 hulls."),
    ]);
}
