//! Every kind reads hedges from the rules in force, not from the shipped
//! table: a rules file that widens "about" widens it for figures and for
//! the totals of sums alike.

use factlint::load::Article;
use factlint::rules::RuleSet;
use factlint::rules::load::{Source, shipped_sources};

fn article(file: &str, outlet: &str, body: &str) -> Article {
    Article::from_text(file, format!("{outlet}\n\nGale damage\n\nMonday 3 March 2025\n\n{body}\n"))
}

/// The rule ids of the alarms each configuration gives.
fn alarms(rules: &RuleSet, articles: Vec<Article>) -> Vec<String> {
    let r = factlint::check_articles_with(articles, vec![], rules);
    r.findings.iter().filter(|f| f.severity.is_alarm()).map(|f| f.rule.clone()).collect()
}

fn widened() -> RuleSet {
    let user = Source {
        name: "wide.toml".into(),
        text: "[[hedge]]\nreading = \"about\"\nwidth = 0.25\nwords = [\"about\"]\n".into(),
    };
    factlint::engine::load_sources(&shipped_sources(), &[user]).expect("valid rules")
}

#[test]
fn a_wider_about_silences_a_sum_and_a_figure_alike() {
    let sum = || {
        vec![article(
            "a.txt",
            "Harbour Times",
            "The gale damaged about 110 roofs: 60 in the harbour district, 20 in the old town and 10 on the estate.",
        )]
    };
    let figures = || {
        vec![
            article("a.txt", "Harbour Times", "Crews were repairing about 110 damaged roofs in the harbour district."),
            article("b.txt", "Coast Wire", "Crews were repairing 90 damaged roofs in the harbour district."),
        ]
    };
    let shipped = factlint::shipped_rules();
    assert_eq!(alarms(shipped, sum()), vec!["sum-mismatch"], "about 110 is [99, 121]; the parts make 90");
    assert_eq!(alarms(shipped, figures()), vec!["figure-mismatch"]);
    let wide = widened();
    assert_eq!(alarms(&wide, sum()), Vec::<String>::new(), "about 110 is [82.5, 137.5] with width 0.25");
    assert_eq!(alarms(&wide, figures()), Vec::<String>::new());
}
