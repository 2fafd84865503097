//! quote-drift, name-variant and role-conflict on invented articles: a
//! snapshot of each rendered finding, and the extraction forms they rest
//! on (block quotes, headline quotes, quotes over paragraphs, titles
//! before and after names). The fires / does-not-fire cases of each rule
//! are also the self-tests in rules/people.toml.

use factlint::check::Kind;
use factlint::check::name_variant::NameVariant;
use factlint::check::quote_drift::QuoteDrift;
use factlint::check::role_conflict::RoleConflict;
use factlint::finding::{FindingKind, Severity};
use factlint::load::Article;
use factlint::report::{Report, human};

fn run(texts: &[(&str, String)]) -> Report {
    let articles = texts.iter().map(|(f, t)| Article::from_text(*f, t.as_str())).collect();
    factlint::check_articles(articles, vec![])
}

/// (kind, severity, label texts) of every finding.
fn found(r: &Report) -> Vec<(FindingKind, Severity, Vec<String>)> {
    r.findings
        .iter()
        .map(|f| {
            let texts = f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect();
            (f.kind, f.severity, texts)
        })
        .collect()
}

const A: &str = "Harbour Times\n\nStorm latest\n\nMonday 3 March 2025\n\n";
const B: &str = "Coast Wire\n\nStorm: the day after\n\nTuesday 4 March 2025\n\n";

fn pair(a: &str, b: &str) -> Report {
    run(&[("a.txt", format!("{A}{a}\n")), ("b.txt", format!("{B}{b}\n"))])
}

#[test]
fn quote_drift_snapshot() {
    let r = pair(
        "\"We have never seen the estuary this high, and we think it will stay high for hours,\" harbour master Ana Ruiz said.",
        "\"We have never seen the estuary this high, and we think it will stay high for months,\" Ana Ruiz told the paper.",
    );
    assert_eq!(found(&r), vec![(QuoteDrift::FINDING, Severity::Error, vec!["hours".into(), "months".into()])]);
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn block_quote_signed_below_is_the_speakers() {
    let live = format!(
        "{A}10:15\nMinister: 'we will rebuild every sea wall in the county'\n\nThe housing minister has been speaking in the harbour town.\n\nWe will rebuild every sea wall in this county, however long it takes.\n\n– Tomas Brandt, housing minister\n"
    );
    let r = run(&[("live.txt", live)]);
    assert_eq!(found(&r), vec![(QuoteDrift::FINDING, Severity::Error, vec!["the".into(), "this".into()])]);
}

#[test]
fn a_quote_running_over_paragraphs_keeps_its_speaker() {
    let r = pair(
        "\"The sea wall held for forty years,\" said Ana Ruiz. \"It will not hold for another winter.\n\n\"We need the money before the spring tides come in again this year.\"",
        "Ana Ruiz, 52, said: \"We need the money before the autumn tides come in again this year.\"",
    );
    let f = found(&r);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].2, vec!["spring".to_string(), "autumn".to_string()]);
}

#[test]
fn name_variant_snapshot() {
    let r = run(&[(
        "a.txt",
        format!(
            "{A}Chief Inspector Ana Ruiz led the search of the harbour.\n\nMs Ruis said the divers had worked through the night.\n"
        ),
    )]);
    assert_eq!(found(&r), vec![(NameVariant::FINDING, Severity::Error, vec!["Ana Ruiz".into(), "Ruis".into()])]);
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn role_conflict_snapshot() {
    let r = pair(
        "Tomas Brandt, the port's finance director, said the sale was agreed.",
        "The port's operations director, Tomas Brandt, confirmed the sale.",
    );
    assert_eq!(
        found(&r),
        vec![(RoleConflict::FINDING, Severity::Error, vec!["finance director".into(), "operations director".into()])]
    );
    insta::assert_snapshot!(human::render(&r, human::Style::plain()));
}

#[test]
fn roles_are_read_in_every_form() {
    // Title before, appositive after, title then comma, "who chairs".
    let r = pair(
        "Superintendent Ana Ruiz said the harbour was shut. Marta Lenz, chair of the harbour board, agreed.",
        "The board's chair, Marta Lenz, said talks would go on. Ana Ruiz, who heads the dive unit, disagreed.",
    );
    assert!(found(&r).is_empty(), "{:?}", found(&r));
    let r = pair(
        "Superintendent Ana Ruiz said the harbour was shut.",
        "Chief Inspector Ana Ruiz said the harbour was shut.",
    );
    assert_eq!(found(&r)[0].2, vec!["Superintendent".to_string(), "Chief Inspector".to_string()]);
}

#[test]
fn undated_reports_make_role_changes_advice() {
    let r = run(&[
        ("a.txt", "Harbour Times\n\nStorm\n\nSuperintendent Ana Ruiz said the harbour was shut.\n".to_string()),
        ("b.txt", format!("{B}Chief Inspector Ana Ruiz said the harbour was shut.\n")),
    ]);
    assert_eq!(found(&r)[0].1, Severity::Advice);
}

#[test]
fn a_lone_surname_that_matches_two_people_is_not_a_variant() {
    // Two people called Ruiz: "Ruis" could be either, so say nothing.
    let r = run(&[(
        "a.txt",
        format!(
            "{A}Chief Inspector Ana Ruiz led the search. Her brother, harbour master Luis Ruiz, helped.\n\nRuis said the divers had worked through the night.\n"
        ),
    )]);
    assert!(found(&r).is_empty(), "{:?}", found(&r));
}

/// The speaker's name of each quote of one article, as read.
fn speakers(text: &str) -> Vec<Option<String>> {
    let article = Article::from_text("a.txt", text);
    let segments = factlint::segment::segment(&article.text, &article.meta, factlint::vocab::Vocabulary::shipped());
    let claims = factlint::extract::extract_with(&article, &segments, factlint::shipped_rules());
    claims.quotes.iter().map(|q| q.speaker.name.as_ref().map(ToString::to_string)).collect()
}

#[test]
fn a_pronoun_is_never_the_bylines_writer() {
    for byline in
        ["By Wendeline Moss, health correspondent", "By Wendeline Moss and Jory Tamblyn", "Reporting by Wendeline Moss"]
    {
        let text = format!(
            "Harbour Times\n\nStorm latest\n\n{byline}\n\nMonday 3 March 2025\n\nWendeline Moss, health correspondent, writes on the storm.\n\nThe quay was shut on Monday.\n\n\"We have never seen the water this high,\" she said.\n"
        );
        assert_eq!(speakers(&text), vec![None], "{byline}");
    }
    // A speaker named in the body is still found past the byline.
    let text = "Harbour Times\n\nStorm latest\n\nBy Wendeline Moss, health correspondent\n\nMonday 3 March 2025\n\nHarbour master Ana Ruiz walked the quay.\n\n\"We have never seen the water this high,\" she said.\n";
    assert_eq!(speakers(text), vec![Some("Ana Ruiz".to_string())]);
}

#[test]
fn a_pronoun_prefers_the_subject_of_the_sentence_before() {
    let text = format!(
        "{A}Harbour master Ana Ruiz said the boat belonged to Tomas Brandt, 40.\n\n\"It was never insured,\" she said.\n"
    );
    assert_eq!(speakers(&text), vec![Some("Ana Ruiz".to_string())]);
    // Not when the subject's gender disagrees with the pronoun.
    let text =
        format!("{A}Mrs Ana Ruiz said the boat belonged to Tomas Brandt, 40.\n\n\"It was never insured,\" he said.\n");
    assert_eq!(speakers(&text), vec![Some("Tomas Brandt".to_string())]);
}

#[test]
fn a_pronoun_agrees_in_gender_with_the_person_it_stands_for() {
    // Gender from a courtesy title, a gendered noun, or pronouns used with the name.
    for intro in [
        "Ms Ana Ruiz met Tomas Brandt on the quay.",
        "Ana Ruiz, a mother of two, met Tomas Brandt on the quay.",
        "Father-of-two Tomas Brandt met Ana Ruiz on the quay. Ana Ruiz said her boat was lost.",
    ] {
        let text = format!(
            "{A}{intro}\n\nTomas Brandt said his nets were gone too.\n\n\"We will rebuild the harbour wall,\" she said.\n"
        );
        assert_eq!(speakers(&text), vec![Some("Ana Ruiz".to_string())], "{intro}");
    }
    // With no gender given, the subject of the sentence before.
    let text = format!(
        "{A}Ana Ruiz, 52, met Tomas Brandt, 40, on the quay.\n\nTomas Brandt, 40, walked on.\n\n\"We will rebuild the harbour wall,\" she said.\n"
    );
    assert_eq!(speakers(&text), vec![Some("Tomas Brandt".to_string())]);
}

#[test]
fn a_pronouns_speaker_decides_drift_across_reports() {
    // Must fire: both reports give the quote to the same person once the
    // pronoun agrees in gender.
    let r = pair(
        "Mrs Ana Ruiz spoke after Tomas Brandt. \"We will rebuild every sea wall in the county this year,\" she said.",
        "\"We will rebuild every sea wall in the county next year,\" Ana Ruiz said.",
    );
    assert_eq!(found(&r).iter().filter(|f| f.0 == QuoteDrift::FINDING).count(), 1, "{:?}", found(&r));
    // Must not fire: the pronoun is his, and he is another speaker.
    let r = pair(
        "Mrs Ana Ruiz spoke after Mr Tomas Brandt. Mr Brandt said his nets were lost. \"We will rebuild every sea wall in the county this year,\" he said.",
        "\"We will rebuild every sea wall in the county next year,\" Ana Ruiz said.",
    );
    assert!(found(&r).iter().all(|f| f.0 != QuoteDrift::FINDING), "{:?}", found(&r));
}
