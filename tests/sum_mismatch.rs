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

/// Breakdowns in the other forms news writes them, each with a version
/// that adds up and must stay quiet.
#[test]
fn breakdown_forms_fire_and_agree() {
    let cases = [
        // "of whom", "of which"
        (
            "The inquiry heard from 42 witnesses, of whom 20 were residents, 15 were council officers and nine were engineers.",
            "The inquiry heard from 44 witnesses, of whom 20 were residents, 15 were council officers and nine were engineers.",
        ),
        (
            "The appeal raised £86,000, of which £40,000 went to the shelter, £30,000 to the food bank and £20,000 to the clinic.",
            "The appeal raised £90,000, of which £40,000 went to the shelter, £30,000 to the food bank and £20,000 to the clinic.",
        ),
        // Money with mixed scales, the whole in the sentence before.
        (
            "The council set aside a £2.4m repair budget. The budget is made up of £1.2m for roofs, £750,000 for windows and £300,000 for lifts.",
            "The council set aside a £2.4m repair budget. The budget is made up of £1.35m for roofs, £750,000 for windows and £300,000 for lifts.",
        ),
        // Parts with units.
        (
            "The rover weighs 1,250 kg, comprising a 700 kg chassis, 420 kg of batteries and a 90 kg drill.",
            "The rover weighs 1,250 kg, comprising a 740 kg chassis, 420 kg of batteries and a 90 kg drill.",
        ),
        // A whole as a compound modifier.
        (
            "The 15-member council split: eight voted for the plan, five against and three abstained.",
            "The 16-member council split: eight voted for the plan, five against and three abstained.",
        ),
        // A sum of money before "in total" keeps its currency sign.
        (
            "The fund paid £1.4m to farms and £0.9m to shops, £2.1m in total.",
            "The fund paid £1.4m to farms and £0.7m to shops, £2.1m in total.",
        ),
        // Shares only: they cannot make more than 100.
        (
            "Of the 640 jobs to go, 48 per cent are in warehouses, 35 per cent in offices and 22 per cent in shops.",
            "Of the 640 jobs to go, 45 per cent are in warehouses, 35 per cent in offices and 20 per cent in shops.",
        ),
        // Two parts sharing one predicate, more than the whole.
        (
            "Of 1,540 ballots returned, 1,020 backed the merger and 560 against.",
            "Of 1,540 ballots returned, 1,020 backed the merger and 480 against.",
        ),
        // The whole chosen by unit and noun, not the last number before.
        (
            "The charity spent £40,000 feeding 1,200 families last winter, at £33 each. Of those families, 700 were in the city, 350 in the suburbs and 100 in villages.",
            "The charity spent £40,000 feeding 1,200 families last winter, at £33 each. Of those families, 700 were in the city, 400 in the suburbs and 100 in villages.",
        ),
        // "Label: value" lines with a total line.
        (
            "At a glance: the depot fleet\nDiesel buses: 41\nElectric buses: 27\nHybrid buses: 12\nTotal: 85",
            "At a glance: the depot fleet\nDiesel buses: 41\nElectric buses: 27\nHybrid buses: 12\nTotal: 80",
        ),
    ];
    for (wrong, right) in cases {
        assert_eq!(sums(&run(wrong)).len(), 1, "should fire: {wrong}\n{:?}", run(wrong).findings);
        assert!(sums(&run(right)).is_empty(), "should not fire: {right}\n{:?}", run(right).findings);
    }
}

#[test]
fn lists_that_are_not_breakdowns_do_not_fire() {
    for text in [
        // Shares with a predicate each may overlap.
        "Of the 640 staff, 58 per cent are women, 33 per cent are over 50 and 20 per cent work part time.",
        // Shares under 100 may leave a group out.
        "Of the 640 jobs to go, 45 per cent are in warehouses and 30 per cent in offices.",
        // Two parts with a verb each may overlap.
        "Of the 500 staff, 300 are women and 250 are over 50.",
        // A fact box with no total line.
        "At a glance: the depot fleet\nDiesel buses: 41\nElectric buses: 27\nHybrid buses: 12",
    ] {
        let r = run(text);
        assert!(sums(&r).is_empty(), "{text}: {:?}", r.findings);
    }
}

fn article(headline: &str, body: &str) -> Report {
    let text = format!("Harbour Times\n\n{headline}\n\nMonday 3 March 2025\n\n{body}\n");
    factlint::check_articles(vec![Article::from_text("a.txt", text)], vec![])
}

#[test]
fn a_headline_whole_and_body_parts() {
    let body = "Crews said 1,400 oak trees, 900 ash trees and 600 birch trees were felled over the weekend.";
    assert_eq!(sums(&article("3,100 trees felled in forest clear-up", body)).len(), 1);
    assert!(sums(&article("2,900 trees felled in forest clear-up", body)).is_empty());
    // Another noun or another verb in the headline: another quantity.
    assert!(sums(&article("3,100 homes felled in forest clear-up", body)).is_empty());
    assert!(sums(&article("3,100 trees planted in forest clear-up", body)).is_empty());
}

/// A whole that opens its sentence and its parts right after the verb:
/// "The 40 people on board were 31 passengers and nine crew." Parts in
/// words or digits; not a breakdown when the verb says something else of
/// the whole ("were rescued") or only one number follows.
#[test]
fn a_whole_as_subject_and_its_parts_after_the_verb() {
    for text in [
        "The 40 people on board were thirty-one passengers and eleven crew.",
        "The 212 trees in the park are 150 oaks, 41 beeches and 30 ashes, the council said.",
        "The 75 staff on the ward were 40 nurses, 20 porters and 20 cleaners.",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}");
    }
    for text in [
        "The 40 people on board were 31 passengers and nine crew.",
        "The 212 trees in the park are 150 oaks, 41 beeches and 21 ashes, the council said.",
        "The 40 people on board were rescued, and 12 were taken to hospital.",
        "The 40 people on board were 12 more than the ferry was licensed to carry.",
        "The 40 people who boarded were 12 short of the limit and 3 over last year's.",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// A length of time made of parts: phases of an operation after a colon,
/// the whole in hours or days, as a number or a "54-hour" modifier.
/// Lengths of time reached ("after 17 hours") and counts are no parts of
/// it. (Invented.)
#[test]
fn a_length_of_time_and_its_phases() {
    for text in [
        "The 54-hour rescue fell into three phases: 17 hours to shore up the tunnel, 29 hours to cut a drift and 11 hours to bring the men out.",
        "The search lasted nine days: four days on the moor, three days in the forest and four days along the river.",
        "The 30-hour stand-off had two stages: 20 hours of talks and 14 hours of silence.",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}");
    }
    for text in [
        "The 54-hour rescue fell into three phases: 17 hours to shore up the tunnel, 26 hours to cut a drift and 11 hours to bring the men out.",
        "The search lasted nine days: four days on the moor, two days in the forest and three days along the river.",
        "The 54-hour rescue had three milestones: after 17 hours the tunnel held, after 46 hours the drift broke through and after 54 hours all were out.",
        "The 54-hour rescue involved 40 people: 17 miners, 12 engineers and 11 medics.",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// The last part named as what is left ("the remaining 11 per cent", "the
/// rest, 15,") says the list is the whole: the parts make it exactly,
/// shares make 100, even with no number for the whole ("Of the affected
/// customers, ..."). Without such a word a list may leave parts out.
/// (Invented.)
#[test]
fn a_remaining_part_closes_the_list() {
    for text in [
        "Of the affected customers, 58 percent are in the city, 27 percent in the suburbs and the remaining 11 percent elsewhere.",
        "Of the 800 posts, 60 per cent are in the city, 25 per cent in the suburbs and the remaining 10 per cent elsewhere.",
        "Of the 90 people questioned, 40 said yes, 30 said no and the rest, 15, were unsure.",
        "Of the 90 people questioned, 40 said yes and the remaining 45 were unsure.",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}");
    }
    for text in [
        "Of the affected customers, 58 percent are in the city, 27 percent in the suburbs and the remaining 15 percent elsewhere.",
        "Of the 800 posts, 60 per cent are in the city, 25 per cent in the suburbs and the remaining 15 per cent elsewhere.",
        "Of the 90 people questioned, 40 said yes, 30 said no and the rest, 20, were unsure.",
        "Of the voters, 40 percent backed the plan and 35 percent opposed it.",
        "Of the 800 posts, 60 per cent are in the city and 25 per cent in the suburbs.",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// A fact box whose first line is the whole the lines after it break
/// down, with no "Total" label; a total label that opens or closes a
/// longer label. A first line that is a sibling of the others, a box of
/// unrelated counts, and detail lines under a part do not make a sum.
/// (Invented.)
#[test]
fn fact_boxes_with_the_whole_first_or_a_longer_total_label() {
    for text in [
        "KEY FIGURES\nPeople aboard: 318\nPassengers: 280\nCrew: 28\n\nThe inquiry opens next week.",
        "IN NUMBERS\nPosts cut: 740\nAssembly: 512\nWarehouse: 96\nOffice staff: 104\nSite area: 12 hectares",
        "Total parcels delayed: 9,300\n- Domestic parcels: 4,100\n- Overseas parcels: 3,900\n- Returned parcels: 1,100",
        "Parcels delayed in total: 9,300\nDomestic: 4,100\nOverseas: 3,900\nReturned: 1,100",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}: {:?}", run(text).findings);
    }
    for text in [
        "KEY FIGURES\nPeople aboard: 318\nPassengers: 290\nCrew: 28\nPassengers treated ashore: 9\nHours until the last passenger landed: 3",
        "IN NUMBERS\nPosts cut: 712\nAssembly: 512\nWarehouse: 96\nOffice staff: 104",
        "Staff: 90\nFull-time staff: 60\nPart-time staff: 30",
        "Homes evacuated: 400\nSchools shut: 12\nRoads closed: 9",
        "Diesel buses: 41\nElectric buses: 27\nHybrid buses: 12",
        "Total parcels delayed: 9,100\n- Domestic parcels: 4,100\n- Overseas parcels: 3,900\n- Returned parcels: 1,100",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// A whole on a line ending in a colon over lines that each open with an
/// amount, bulleted or not; fact-box labels that list their items
/// ("Hulls, masts and engines") are categories, not details of an earlier
/// line. A whole: line followed by prose, or lines that add up, do not
/// fire. (Invented.)
#[test]
fn listed_lines_under_a_whole_and_list_labels() {
    for text in [
        "WHAT WAS LOST\n\n19 boats in all:\n- 8 sailing dinghies\n- 6 motor launches\n- 2 rowing boats\n\nThe club will rebuild.",
        "The appeal raised £46,000 in total:\n• £21,000 from local firms\n• £18,500 from members\n• £4,000 from the council",
        "Parcels held at the depot:\n3,200 parcels this week:\n1,400 domestic\n1,300 overseas\n300 returned",
        "Boats affected: 4,120\nHulls only: 2,900\nHulls and masts: 915\nHulls, masts and engines: 351",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}: {:?}", run(text).findings);
    }
    for text in [
        "WHAT WAS LOST\n\n16 boats in all:\n- 8 sailing dinghies\n- 6 motor launches\n- 2 rowing boats\n\nThe club will rebuild.",
        "The appeal raised £46,000 in total:\nLocal firms gave generously.\n18,500 members paid in.",
        "Boats affected: 4,166\nHulls only: 2,900\nHulls and masts: 915\nHulls, masts and engines: 351",
        "Boats affected: 4,120\nHulls: 2,900\nHulls checked by divers: 915",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// Shares of one whole that make more than 100: opened by "Of the ...,"
/// with no number for the whole, or with the whole named after the first
/// share ("made up 48 per cent of the site, scrub 35 per cent ...").
/// Shares with a predicate or a scope of their own may be of other
/// wholes, and shares under 100 may leave a group out. (Invented.)
#[test]
fn shares_of_one_unnumbered_whole_over_a_hundred() {
    for text in [
        "Of the pupils who were absent, 61 percent were in year seven, 29 percent in year eight and 17 percent in year nine.",
        "Of the claims received, 70 per cent came from drivers and 38 per cent from cyclists.",
        "Grassland made up 48 per cent of the site, scrub 35 per cent and woodland a further 22 per cent, the survey found.",
        "Buses accounted for 64% of the trips, trams 30% and ferries 12%.",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}: {:?}", run(text).findings);
    }
    for text in [
        "Of the pupils who were absent, 61 percent were in year seven, 29 percent in year eight and 10 percent in year nine.",
        "Of the pupils who were absent, 61 percent were boys and 52 percent had been ill before.",
        "Grassland made up 48 per cent of the site, scrub 35 per cent and woodland 17 per cent.",
        "Support reached 60 per cent of voters in the north, and 50 per cent in the south.",
        "Women made up 60 per cent of the staff and 55 per cent of the board.",
        "Turnout was 61 per cent in the east, 58 per cent in the west and 49 per cent in the centre.",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}

/// Counts in running text: the whole after the list ("out of 5,220 votes
/// cast"), and a lone "one" as the subject of the last item. (Invented.)
#[test]
fn a_whole_after_its_list_and_a_part_of_one() {
    for text in [
        "Ames finished on 2,310 votes, Bray on 2,270, the 24-year-old teacher Cole on 640 and Dunn on 95, out of 5,220 valid votes cast.",
        "Of the eleven walkers trapped, six climbed down unaided, three were lifted off by helicopter and one was carried out on a stretcher.",
    ] {
        assert_eq!(sums(&run(text)).len(), 1, "should fire: {text}: {:?}", run(text).findings);
    }
    for text in [
        "Ames finished on 2,310 votes, Bray on 2,270, the 24-year-old teacher Cole on 640 and Dunn on 95, out of 5,315 valid votes cast.",
        // Two parts may leave a candidate out.
        "Ames finished on 2,310 votes and Bray on 2,270, out of 5,220 valid votes cast.",
        "Of the ten walkers trapped, six climbed down unaided, three were lifted off by helicopter and one was carried out on a stretcher.",
        "Three out of ten residents said they would move, and one said the council should pay.",
    ] {
        assert!(sums(&run(text)).is_empty(), "should not fire: {text}: {:?}", sums(&run(text)));
    }
}
