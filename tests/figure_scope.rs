//! figure-mismatch keeps apart figures of different scopes that share a
//! noun (issue #13, "why figures are falsely flagged"): a unit is never the
//! thing counted, a part after "including" is not its whole, two people's
//! counts are two counts, one place of a breakdown is not the total, a
//! background occasion and a later weekday are other occasions, a count of
//! an ongoing series moves within a day, "starts at" is a lowest price,
//! amounts that name kinds are no amounts, and an article that gives both
//! numbers for one head noun does not disagree with another. Each case has
//! a twin that must still fire. Every name, place and number is invented.

use factlint::load::Article;
use factlint::report::Report;

fn run(texts: &[(&str, &str)]) -> Report {
    let articles = texts.iter().map(|(f, t)| Article::from_text(*f, *t)).collect();
    factlint::check_articles(articles, vec![])
}

fn alarms(r: &Report) -> Vec<Vec<String>> {
    r.findings
        .iter()
        .filter(|f| f.severity.is_alarm() && f.kind.as_str().ends_with("-mismatch"))
        .map(|f| f.labels.iter().map(|l| l.span.of(&r.articles[l.article.0].text).to_string()).collect())
        .collect()
}

const A: &str = "Tidewater Post\n\nStorm over Corbel Sound\n\nMonday 3 March 2025\n\n";
const B: &str = "Sound Courier\n\nStorm over Corbel Sound: latest\n\nMonday 3 March 2025\n\n";
const B_WEDNESDAY: &str = "Sound Courier\n\nStorm over Corbel Sound: latest\n\nWednesday 5 March 2025\n\n";

fn pair_with(b_header: &str, a: &str, b: &str) -> Report {
    run(&[("a.txt", &format!("{A}{a}\n")), ("b.txt", &format!("{b_header}{b}\n"))])
}

fn pair(a: &str, b: &str) -> Report {
    pair_with(B, a, b)
}

fn fires(a: &str, b: &str) {
    let r = pair(a, b);
    assert_eq!(alarms(&r).len(), 1, "must fire:\n{a}\n{b}\n{:?}", r.findings);
}

fn quiet(a: &str, b: &str) {
    let r = pair(a, b);
    assert!(alarms(&r).is_empty(), "must not fire:\n{a}\n{b}\n{:?}", alarms(&r));
}

#[test]
fn a_unit_phrase_is_never_the_thing_counted() {
    quiet(
        "The trawler was about 140 nautical miles off Porthallow when it called for help.",
        "The frigate was 9 nautical miles from the trawler when it heard the call.",
    );
    quiet(
        "The ferry sank some 60 statute miles from Porthallow.",
        "Rescuers reached the ferry 7 statute miles from shore.",
    );
    fires(
        "Crews pulled 40 fishermen from the water off Porthallow.",
        "Crews pulled 25 fishermen from the water off Porthallow.",
    );
}

#[test]
fn a_part_after_including_is_not_the_whole() {
    quiet(
        "Velmar will pay $52 million for Ostrik, including $38 million in cash.",
        "Velmar is paying $38 million in cash for Ostrik and the rest in shares.",
    );
    quiet(
        "The council will spend £9.2m on the harbour wall, of which £4.1m on the quay.",
        "The council is spending £4.1m on the quay, officials said.",
    );
    fires("Velmar will pay $52 million for Ostrik.", "Velmar is paying $38 million for Ostrik.");
}

#[test]
fn two_named_people_have_two_counts() {
    quiet(
        "Tomas Arvidson missed four games earlier this season with a knee injury.",
        "Keld Marrow missed three games earlier this season with a broken wrist.",
    );
    fires(
        "Tomas Arvidson missed four games this season with a knee injury.",
        "Tomas Arvidson missed seven games this season with a knee injury.",
    );
}

#[test]
fn one_place_of_a_breakdown_is_not_the_total() {
    quiet(
        "Nine people were killed in Quillbeck district. In neighbouring Selwick district, seven people were killed.",
        "At least 16 people were killed by the storm, officials said.",
    );
    fires(
        "Nine people were killed in Quillbeck district. In neighbouring Selwick district, seven people were killed.",
        "At least 30 people were killed in Quillbeck district, officials said.",
    );
}

#[test]
fn a_background_occasion_is_another_occasion() {
    quiet(
        "The tremor struck near Corbel at a depth of 6 miles.",
        "The last tremor near Corbel, in January, struck at a depth of 2.5 miles.",
    );
    quiet(
        "The storm brought down 40 power lines near Corbel.",
        "A previous storm brought down 12 power lines near Corbel.",
    );
    fires(
        "The tremor struck near Corbel at a depth of 6 miles.",
        "The tremor struck near Corbel at a depth of 2.5 miles.",
    );
}

#[test]
fn a_weekday_after_the_other_report_is_another_occasion() {
    let a = "Nearly 120 people marched from the square to the town hall.";
    let later = "On Wednesday more than 300 people marched from the square to the town hall.";
    assert!(alarms(&pair_with(B_WEDNESDAY, a, later)).is_empty());
    let same_day = "On Monday more than 300 people marched from the square to the town hall.";
    assert_eq!(alarms(&pair(a, same_day)).len(), 1);
}

#[test]
fn a_count_of_an_ongoing_series_is_advice() {
    quiet(
        "State radio said three strong aftershocks were felt.",
        "The quake was followed by at least five strong aftershocks.",
    );
    quiet("Residents felt two strong tremors overnight.", "Residents felt at least six strong tremors overnight.");
    fires("State radio said three strong landslides blocked roads.", "At least five strong landslides blocked roads.");
}

#[test]
fn a_price_that_starts_at_is_a_lowest_price() {
    quiet("The 14-inch Corvo laptop starts at $1,450.", "The new Corvo laptop will start at $1,900.");
    quiet("Prices for the Corvo start from $1,450.", "The Corvo range is starting at $1,900.");
    fires("The Corvo laptop costs $1,450.", "The Corvo laptop costs $1,900.");
}

#[test]
fn amounts_that_name_kinds_are_not_amounts() {
    quiet("The Corvo is offered in $1,450 and $1,900 models.", "The top Corvo model costs $2,350.");
    quiet("The estate sells 2 or 3 bedroom homes.", "The estate has 140 homes.");
}

#[test]
fn an_article_that_gives_both_numbers_does_not_disagree() {
    quiet(
        "The judge handed Orrin Pelkey six consecutive life terms and three terms of life without parole.",
        "The judge handed Orrin Pelkey three consecutive life terms without parole.",
    );
    fires(
        "The judge handed Orrin Pelkey six consecutive life terms for the attack.",
        "The judge handed Orrin Pelkey three consecutive life terms for the attack.",
    );
}

/// Issue #13, item 7: a one-word counted thing needs a predicate, read
/// past place and time phrases and after auxiliaries and modals, whatever
/// the verb's ending.
#[test]
fn a_one_word_thing_finds_its_predicate_past_place_and_time() {
    fires(
        "Some 40 patients in Eastvale were moved to the new ward.",
        "About 65 patients in Eastvale were moved to the new ward.",
    );
    quiet(
        "Some 40 patients in Eastvale were moved to the new ward.",
        "About 65 patients in Eastvale were discharged to their homes.",
    );
    fires(
        "The firm said 30 drivers at the Kelso depot may lose their jobs.",
        "Union leaders said 45 drivers at the Kelso depot may lose their jobs.",
    );
    quiet(
        "The firm said 30 drivers at the Kelso depot may lose their jobs.",
        "Union leaders said 45 drivers at the Kelso depot could be retrained.",
    );
    fires(
        "Harbour staff said 12 boats on Tuesday had sunk at their moorings.",
        "Harbour staff said 19 boats on Tuesday had sunk at their moorings.",
    );
}

/// A measure written as a compound modifier ("a 12-metre barge", "the
/// 40-foot and 55-foot masts") most often says which one of its kind a
/// thing is: two of them differing is advice, never an alarm. The same
/// sizes given as values ("12 metres long", "3 feet deep", "a length of
/// 15 metres") still fire, the adjective naming the dimension.
#[test]
fn a_measure_as_a_modifier_names_a_kind_and_is_advice() {
    let advice_only = |a: &str, b: &str| {
        let r = pair(a, b);
        assert!(alarms(&r).is_empty(), "must not alarm:\n{a}\n{b}\n{:?}", alarms(&r));
        assert!(
            r.findings.iter().any(|f| f.kind.as_str() == "figure-mismatch"),
            "must still advise:\n{a}\n{b}\n{:?}",
            r.findings
        );
    };
    advice_only(
        "Salvage crews raised a 12-metre barge from the harbour at Quillby.",
        "Salvage crews raised a 19-metre barge from the harbour at Quillby.",
    );
    advice_only(
        "The yard fitted the 40-foot mast to the schooner at Quillby.",
        "The yard fitted the 65-foot mast to the schooner at Quillby.",
    );
    advice_only(
        "Walkers finished a two-mile loop around the Quillby reservoir.",
        "Walkers finished a five-mile loop around the Quillby reservoir.",
    );
    advice_only(
        "The firm sells 9-inch and 12-inch tablets from its Quillby shop.",
        "The firm sells 14-inch tablets from its Quillby shop.",
    );
    fires(
        "The barge raised at Quillby is 12 metres long, the harbour master said.",
        "The barge raised at Quillby is 19 metres long, the harbour master said.",
    );
    fires(
        "Divers said the channel at Quillby is 4 feet deep at low tide.",
        "Divers said the channel at Quillby is 3 metres deep at low tide.",
    );
    quiet(
        "Divers said the channel at Quillby is 4 feet deep at low tide.",
        "Divers said the channel at Quillby is 1.2 metres deep at low tide.",
    );
    fires(
        "The Quillby breakwater has a length of 400 metres according to the plans.",
        "The Quillby breakwater has a length of 650 metres according to the plans.",
    );
}

/// Whether any alarm points at these words.
fn alarm_on(r: &Report, words: &str) -> bool {
    alarms(r).iter().flatten().any(|l| l == words)
}

#[test]
fn the_two_sides_of_an_exchange_are_two_quantities() {
    // One verb on both sides: one quantity, two values.
    for (a, b) in [
        ("The Harriers gained 45 metres on the ground.", "The Harriers gained 380 metres on the ground."),
        (
            "The trust bought 340 acres of farmland near Wexmoor.",
            "The trust bought 120 acres of farmland near Wexmoor.",
        ),
        (
            "The chain opened 30 branches across Wexmoor this year.",
            "The chain opened 12 branches across Wexmoor this year.",
        ),
    ] {
        fires(a, b);
    }
    // One side and the other (opposed-verbs): two quantities.
    for (a, b) in [
        ("The Harriers gained 45 metres on the ground.", "The Harriers gave up 380 metres on the ground."),
        ("The trust bought 340 acres of farmland near Wexmoor.", "The trust sold 120 acres of farmland near Wexmoor."),
        (
            "The chain opened 30 branches across Wexmoor this year.",
            "The chain closed 12 branches across Wexmoor this year.",
        ),
    ] {
        quiet(a, b);
    }
}

#[test]
fn figures_paired_with_counts_that_differ_are_two_occasions() {
    // "N noun for FIGURE" and "FIGURE on N noun": the counts differ, so
    // the distances are two players' or two games' (and if the counts
    // were one quantity, they would be the finding).
    for (a, b, words) in [
        ("He caught 27 passes for 214 metres.", "He caught 41 passes for 337 metres.", "214 metres"),
        ("She ran for 230 metres on 19 carries.", "She ran for 12 metres on two carries.", "230 metres"),
        ("The agency sold 48 flats for £6.1m.", "The agency sold 35 flats for £4.2m.", "£6.1m"),
    ] {
        let r = pair(a, b);
        assert!(!alarm_on(&r, words), "must not compare:\n{a}\n{b}\n{:?}", alarms(&r));
    }
    // The same count, or a count on one side only: compared.
    for (a, b, words) in [
        ("He caught 27 passes for 214 metres.", "He caught 27 passes for 337 metres.", "214 metres"),
        ("She ran for 230 metres on 19 carries.", "She ran for 120 metres on 19 carries.", "230 metres"),
        ("The agency sold 48 flats for £6.1m.", "The agency sold the flats for £4.2m.", "£6.1m"),
    ] {
        let r = pair(a, b);
        assert!(alarm_on(&r, words), "must compare:\n{a}\n{b}\n{:?}", alarms(&r));
    }
}

#[test]
fn one_sentence_listing_two_values_of_a_key_makes_advice() {
    let listed = pair(
        "The Orlet 11 starts with 64GB of flash storage, and a dearer model adds 256GB of flash storage.",
        "The Orlet 11 ships with 512GB of flash storage.",
    );
    assert!(alarms(&listed).is_empty(), "advice only: {:?}", alarms(&listed));
    assert!(listed.findings.iter().any(|f| f.kind.as_str() == "figure-mismatch"), "still reported as advice");
    fires("The Orlet 11 starts with 64GB of flash storage.", "The Orlet 11 ships with 512GB of flash storage.");
}

#[test]
fn a_subject_stands_before_its_verb() {
    // The clauses open with their verbs: "throw" is each one's object, so
    // nothing says the two distances are of one subject.
    quiet(
        "Dorran Quillet, who completed 28 throws for 290 metres, was named player of the match.",
        "Later the full-back, unmarked, intercepted the throw and ran 35 metres.",
    );
    // A subject before the verb keys the measure.
    fires("The canal crested at 3.1 metres on Sunday.", "The canal rose to 2.4 metres on Sunday.");
}
