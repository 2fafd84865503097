//! role-conflict on invented articles, by class of title: ranks of each
//! family, acting and deputy posts, portfolios, a chair and its chief
//! executive, two employers, captions and bylines; and the forms that
//! must stay quiet (a body before a title, "also", "and", posts held
//! together). rules/roles.toml holds more of each as self-tests.

use factlint::check::Kind;
use factlint::check::role_conflict::RoleConflict;
use factlint::finding::Severity;
use factlint::load::Article;
use factlint::report::Report;

fn run(texts: &[(&str, String)]) -> Report {
    let articles = texts.iter().map(|(f, t)| Article::from_text(*f, t.as_str())).collect();
    factlint::check_articles(articles, vec![])
}

const A: &str = "Harbour Times\n\nStorm latest\n\nMonday 3 March 2025\n\n";
const B: &str = "Coast Wire\n\nStorm: the day after\n\nTuesday 4 March 2025\n\n";

/// (severity, label texts) of every role-conflict finding of two articles.
fn roles(a: &str, b: &str) -> Vec<(Severity, Vec<String>)> {
    let r = run(&[("a.txt", format!("{A}{a}\n")), ("b.txt", format!("{B}{b}\n"))]);
    r.findings
        .iter()
        .filter(|f| f.kind == RoleConflict::FINDING)
        .map(|f| {
            let texts = f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect();
            (f.severity, texts)
        })
        .collect()
}

fn fires(a: &str, b: &str) {
    let f = roles(a, b);
    assert!(f.iter().any(|(s, _)| *s == Severity::Error), "expected a role conflict:\n{a}\n{b}\n{f:?}");
}

fn quiet(a: &str, b: &str) {
    let f = roles(a, b);
    assert!(f.iter().all(|(s, _)| *s == Severity::Advice), "expected no role conflict:\n{a}\n{b}\n{f:?}");
}

#[test]
fn rank_families() {
    // Police, with and without "Detective"; fire; armed forces.
    fires("Detective Inspector Ana Ruiz led the search.", "Detective Chief Inspector Ana Ruiz led the search.");
    fires("Sergeant Ana Ruiz led the search.", "Inspector Ana Ruiz led the search.");
    fires(
        "Watch manager Bram Ketteridge said the fire was out.",
        "Station manager Bram Ketteridge said the fire was out.",
    );
    fires("Lieutenant Colonel Rhodri Vane opened the base.", "Colonel Rhodri Vane opened the base.");
    fires("Wing Commander Rhodri Vane flew the jet.", "Squadron Leader Rhodri Vane flew the jet.");
    fires("Rear Admiral Rhodri Vane inspected the fleet.", "Vice Admiral Rhodri Vane inspected the fleet.");
    // One rank written two ways is one rank.
    quiet("DCI Ana Ruiz led the search.", "Detective Chief Inspector Ana Ruiz led the search.");
    fires("DCI Ana Ruiz led the search.", "Inspector Ana Ruiz led the search.");
}

#[test]
fn acting_and_deputy_posts() {
    fires(
        "Interim chief executive Tomas Brandt said the sale was agreed.",
        "The port's chief executive, Tomas Brandt, said so.",
    );
    fires("Temporary Chief Constable Ana Ruiz said roads were shut.", "Chief Constable Ana Ruiz said roads were shut.");
    fires("Deputy chief executive Tomas Brandt said so.", "Tomas Brandt, the port's chief executive, said so.");
    fires("Vice chair Ysolde Orme said so.", "Ysolde Orme, chair of the port board, said so.");
    // Deputy chief constable is a rank of its own, listed whole.
    fires("Deputy Chief Constable Ana Ruiz said so.", "Assistant Chief Constable Ana Ruiz said so.");
}

#[test]
fn portfolios_and_offices() {
    fires("Fisheries Minister Carys Vell said so.", "Carys Vell, the minister for energy, said so.");
    fires("Home Secretary Carys Vell said so.", "Foreign Secretary Carys Vell said so.");
    quiet("Carys Vell, the minister for trade and industry, said so.", "Trade Minister Carys Vell said so.");
    // A minister without a portfolio named says nothing against one.
    quiet("Cabinet minister Carys Vell said so.", "Energy Minister Carys Vell said so.");
}

#[test]
fn one_body_and_two_bodies() {
    // A chair is not its own body's chief executive.
    fires("Ysolde Orme, the port's chair, said so.", "The port's chief executive, Ysolde Orme, said so.");
    // Unless an article says the person holds both.
    quiet(
        "Ysolde Orme, the port's chair and chief executive, said so.",
        "The port's chief executive, Ysolde Orme, said so.",
    );
    // Posts at two bodies are two jobs.
    quiet(
        "Tomas Brandt, finance director of Lumen Works, said so.",
        "Tomas Brandt, operations director of Kestrel Space, said so.",
    );
    // One post at two named bodies is not.
    fires(
        "Tomas Brandt, finance director of Lumen Works, said so.",
        "Tomas Brandt, finance director at Kestrel Space, said so.",
    );
    // A named body and a common noun may be one body.
    quiet(
        "Tomas Brandt, finance director of Lumen Works, said so.",
        "The firm's finance director, Tomas Brandt, said so.",
    );
    fires(
        "Tomas Brandt, finance director of Lumen Works, said so.",
        "The firm's operations director, Tomas Brandt, said so.",
    );
}

#[test]
fn academic_and_professional_services() {
    fires("Vice-Chancellor Ines Tal said so.", "Ines Tal, the college's registrar, said so.");
    fires("Dean Ines Tal said so.", "Ines Tal, the college's director of estates, said so.");
    quiet("Ines Tal, the college's provost, said so.", "Deputy Vice-Chancellor Ines Tal said so.");
    fires("Ines Tal, the college's provost, said so.", "Ines Tal, the college's registrar, said so.");
}

#[test]
fn bodies_before_titles_and_x_of_y() {
    // "Northshire chief constable" is the chief constable of Northshire.
    quiet("The talks, said Northshire chief constable Ana Ruiz, were over.", "Chief Constable Ana Ruiz said so.");
    fires("The talks, said Northshire chief constable Ana Ruiz, were over.", "Superintendent Ana Ruiz said so.");
    // "director of public health" stays whole, and is one post written two ways.
    quiet("Dr Mirela Stoyan, director of public health, said so.", "Public health director Mirela Stoyan said so.");
    fires(
        "Dr Mirela Stoyan, director of public health, said so.",
        "Mirela Stoyan, the council's medical director, said so.",
    );
}

#[test]
fn captions_and_bylines_are_read() {
    fires(
        "The runway reopened.\n\nPhoto: Marlow Airport chief operating officer Mira Sand on the runway.",
        "Chief financial officer Mira Sand said the airport was ready.",
    );
    let byline = "Harbour Times\n\nWhy the port must grow\n\nBy Tomas Brandt, managing director of Marlow Port\n\nMonday 3 March 2025\n\nThe port has grown.\n";
    let r = run(&[
        ("a.txt", byline.to_string()),
        ("b.txt", format!("{B}Marlow Port's finance director Tomas Brandt confirmed the sale.\n")),
    ]);
    assert!(r.findings.iter().any(|f| f.kind == RoleConflict::FINDING && f.severity == Severity::Error));
}

#[test]
fn a_title_joined_by_and_excuses_only_its_partner() {
    // The pair joined by "and" is held together, written before or after the name.
    quiet("Chair and chief executive Ysolde Orme said so.", "Ysolde Orme, the port's chair, said so.");
    quiet(
        "Ysolde Orme, chair and chief executive of the port, said so.",
        "The port's chief executive, Ysolde Orme, said so.",
    );
    quiet("Perrin Aldous, the trust's chair & chief executive, said so.", "Trust chair Perrin Aldous said so.");
    // Any other post is not excused by the pair.
    fires(
        "Ysolde Orme, the port's chair and chief executive, said so.",
        "Ysolde Orme, the port's finance director, said so.",
    );
    fires("Chair and chief executive Ysolde Orme said so.", "The port's operations director, Ysolde Orme, said so.");
    fires(
        "Perrin Aldous, chair and chief executive of the trust, said so.",
        "Perrin Aldous, the trust's deputy chief executive, said so.",
    );
}

#[test]
fn a_capitalised_body_before_a_capitalised_title() {
    // "Northshire Police Chief Constable" is the chief constable of Northshire Police.
    quiet("Northshire Police Chief Constable Ana Ruiz said so.", "Chief Constable Ana Ruiz said so.");
    fires("Northshire Police Chief Constable Ana Ruiz said so.", "Assistant Chief Constable Ana Ruiz said so.");
    fires(
        "Skelbrook Fire and Rescue Service Chief Fire Officer Wyn Pask said so.",
        "Station manager Wyn Pask said so.",
    );
    quiet("Skelbrook Fire Service Chief Fire Officer Wyn Pask said so.", "Chief Fire Officer Wyn Pask said so.");
    quiet("Kestrel Trust Chief Executive Wyn Pask said so.", "Wyn Pask, the trust's chief executive, said so.");
    // A capitalised portfolio is part of its title, not a body.
    fires("Housing Minister Carys Vell said so.", "Transport Minister Carys Vell said so.");
    quiet("The talks, said Housing Minister Carys Vell, were over.", "Carys Vell, the minister for housing, said so.");
}

#[test]
fn one_body_written_together_and_apart_is_one_employer() {
    quiet(
        "Teodor Laine, BrightHarbour's chief executive and co-founder, said so.",
        "Teodor Laine, chief executive of Bright Harbour, said so.",
    );
    fires(
        "Teodor Laine, BrightHarbour's chief executive and co-founder, said so.",
        "Teodor Laine, chief executive of Lumen Works, said so.",
    );
}
