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

/// Each sentence (a Monday report) against "Name, NN, said so." (a
/// Tuesday report): one age alarm, labelling the second.
fn expect_one_age_alarm(cases: &[(&str, &str)]) {
    for (a, b) in cases {
        let r = pair("Monday 3 March 2025", a, "Tuesday 4 March 2025", &format!("{b}, said so."));
        let found = ages(&r);
        assert_eq!(found.len(), 1, "{a} / {b}: {found:?}");
        assert!(found[0].iter().any(|t| t == b), "{a} / {b}: {found:?}");
    }
}

/// The same pairs with no age alarm.
fn expect_no_age_alarm<'c>(cases: impl IntoIterator<Item = &'c (&'c str, &'c str)>) {
    for (a, b) in cases {
        let r = pair("Monday 3 March 2025", a, "Tuesday 4 March 2025", &format!("{b}, said so."));
        assert!(ages(&r).is_empty(), "{a} / {b}: {:?}", ages(&r));
    }
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

/// Every form an age is read in, each against a plain "Name, NN" that no
/// birthday can reconcile with it. (Invented people and dates.)
#[test]
fn every_form_of_an_age_fires() {
    let cases: [(&str, &str, &str, &str, &str); 14] = [
        // A date opening the sentence dates its age, and still conflicts.
        (
            "Monday 3 March 2025",
            "In 2019, Bryony Caddick, 30, bought the old mill.",
            "Tuesday 4 March 2025",
            "Bryony Caddick, 44, said so.",
            "Bryony Caddick, 30",
        ),
        (
            "Monday 3 March 2025",
            "Back in May 2018 Corwin Tregear, 61, sold the quarry.",
            "Tuesday 4 March 2025",
            "Corwin Tregear, 60, said so.",
            "Corwin Tregear, 61",
        ),
        // "then NN" on a day the sentence gives.
        (
            "Monday 3 March 2025",
            "In March 2020 Cleo Harwick, then 30, opened the café.",
            "Tuesday 4 March 2025",
            "Cleo Harwick, 41, said so.",
            "Cleo Harwick, then 30",
        ),
        // In words, after "who is".
        (
            "Monday 3 March 2025",
            "Tamsin Groveley, 52, said the lane was shut.",
            "Tuesday 4 March 2025",
            "Tamsin Groveley, who is sixty-one, said the lane was shut.",
            "Tamsin Groveley, who is sixty-one",
        ),
        // "(NN)" after a name, against "aged NN".
        (
            "Monday 3 March 2025",
            "Idris Quennell (29) was fined.",
            "Friday 14 March 2025",
            "Idris Quennell, aged 35, was fined.",
            "Idris Quennell (29)",
        ),
        // "The NN-year-old" after a sentence naming one person.
        (
            "Monday 3 March 2025",
            "Police named the rider as Idris Quennell. The 29-year-old was taken to hospital.",
            "Tuesday 4 March 2025",
            "Idris Quennell, 33, was taken to hospital.",
            "The 29-year-old",
        ),
        // A surname alone, once the article has given the full name.
        (
            "Monday 3 March 2025",
            "Firefighter Bryn Tollemache said the blaze was out. Tollemache, 41, has served for years.",
            "Tuesday 4 March 2025",
            "Bryn Tollemache, 48, said the blaze was out.",
            "Tollemache, 41",
        ),
        // "born in Month Year": 44 on 3 March 2025.
        (
            "Monday 3 March 2025",
            "Ivo Castellan, who was born in June 1980 in a fishing village, said so.",
            "Tuesday 4 March 2025",
            "Ivo Castellan, 47, said so.",
            "born in June 1980",
        ),
        // "born on Day Month Year": 63 on 3 March 2025.
        (
            "Monday 3 March 2025",
            "Hester Vane was born on 12 May 1961 and trained as a pilot.",
            "Tuesday 4 March 2025",
            "Hester Vane, 60, said so.",
            "born on 12 May 1961",
        ),
        // "turned NN last month": 50 in March 2025.
        (
            "Wednesday 2 April 2025",
            "Nessa Korbyn turned 50 last month and has no plans to retire.",
            "Thursday 8 May 2025",
            "Nessa Korbyn, 47, said so.",
            "turned 50 last month",
        ),
        // "celebrated her NNth birthday on Friday".
        (
            "Monday 3 March 2025",
            "Greta Olsworth, who celebrated her 70th birthday on Friday, said so.",
            "Tuesday 11 March 2025",
            "Greta Olsworth, 66, said so.",
            "celebrated her 70th birthday on Friday",
        ),
        // A hedged decade in words.
        (
            "Monday 3 March 2025",
            "Wren Halloway, 31, said so.",
            "Tuesday 4 March 2025",
            "Wren Halloway, a nurse in her late forties, said so.",
            "in her late forties",
        ),
        // A fact box under a named profile.
        (
            "Monday 3 March 2025",
            "Ottilie Brask, 45, said so.",
            "Tuesday 4 March 2025",
            "The pilots went back to work.\n\nPROFILE\nName: Ottilie Brask\nRole: Harbour pilot\nAge: 39\n",
            "Age: 39",
        ),
        // Ages at death are ages on one day: they must agree.
        (
            "Monday 3 March 2025",
            "Police named the driver as Cole Ambrey. The 34-year-old was killed when his van left the road.",
            "Friday 7 March 2025",
            "Cole Ambrey, 36, who was killed on 1 March, was a keen angler.",
            "Cole Ambrey, 36",
        ),
    ];
    for (da, a, db, b, expected) in cases {
        let r = pair(da, a, db, b);
        let found = ages(&r);
        assert!(found.iter().flatten().any(|t| t == expected), "{a} / {b}: {found:?}");
    }
}

/// Ages that agree once dates are counted, and ages that are not the
/// named person's.
#[test]
fn ages_in_clauses_that_agree_or_are_another_s_do_not_fire() {
    let cases = [
        // An age on the date that opens its sentence: 38 in 2019 is 44 in 2025.
        (
            "Monday 3 March 2025",
            "In 2019, Bryony Caddick, 38, bought the old mill.",
            "Tuesday 4 March 2025",
            "Bryony Caddick, 44, said so.",
        ),
        (
            "Monday 3 March 2025",
            "On 12 June 2018 Corwin Tregear, 53, sold the quarry.",
            "Tuesday 4 March 2025",
            "Corwin Tregear, 60, said so.",
        ),
        // Born in March 1968: 57 on 20 November 2025.
        (
            "Thursday 20 November 2025",
            "Ada Fenwright, who was born in March 1968, said so.",
            "Friday 21 November 2025",
            "Ada Fenwright, 57, said so.",
        ),
        // Turned 68 on the Tuesday before a Thursday: 67 five days earlier.
        (
            "Saturday 10 January 2026",
            "Piers Lanyon, 67, said so.",
            "Thursday 15 January 2026",
            "Piers Lanyon, who turned 68 on Tuesday, said so.",
        ),
        // "turned 41 in November", read back from February.
        (
            "Wednesday 1 October 2025",
            "Mabli Rhosier, 40, said so.",
            "Tuesday 10 February 2026",
            "Mabli Rhosier, who turned 41 in November, said so.",
        ),
        // A hedge that holds the age.
        (
            "Monday 3 March 2025",
            "Wren Halloway, 33, said so.",
            "Tuesday 4 March 2025",
            "Wren Halloway, a nurse in her early thirties, said so.",
        ),
        // Someone else's birthday.
        (
            "Monday 3 March 2025",
            "Nell Ashgrove, 52, said so.",
            "Tuesday 4 March 2025",
            "Nell Ashgrove, whose son turned 30 last month, said so.",
        ),
        // "the 30-year-old woman" is not the subject; and two people named before.
        (
            "Monday 3 March 2025",
            "Jory Venn, 52, said so.",
            "Tuesday 4 March 2025",
            "Jory Venn spoke to police. The 30-year-old woman was released.",
        ),
        (
            "Monday 3 March 2025",
            "Jory Venn, 52, said so.",
            "Tuesday 4 March 2025",
            "Jory Venn met Keri Oldfield. The 30-year-old was released.",
        ),
        // An age at death stays the same two years on.
        (
            "Monday 3 March 2025",
            "Police confirmed the death of Rosa Pendine, 34, on Sunday.",
            "Friday 6 March 2027",
            "Rosa Pendine, 34, was a teacher, the court heard.",
        ),
        // Five years after "then 30", 35.
        (
            "Monday 3 March 2025",
            "In March 2020 Cleo Harwick, then 30, opened the café.",
            "Tuesday 4 March 2025",
            "Cleo Harwick, 35, said so.",
        ),
        // A fact box with no name line belongs to nobody.
        (
            "Monday 3 March 2025",
            "Ottilie Brask, 45, said so.",
            "Tuesday 4 March 2025",
            "The pilots went back to work.\n\nFACTS\nAge: 39\nFleet: 12\n",
        ),
    ];
    for (da, a, db, b) in cases {
        let r = pair(da, a, db, b);
        assert!(ages(&r).is_empty(), "{a} / {b}: {:?}", r.findings);
    }
}

/// Ages in apposition and in words for a span of life: "a 58-year-old,
/// Name", "a woman named Name", "Name, a man of 64", "teenage volunteer
/// Name", "Name, an octogenarian". Each against a plain "Name, NN" that
/// cannot be right with it. (Invented people.)
#[test]
fn ages_in_apposition_and_age_groups_fire() {
    let cases = [
        ("Among the injured was a 58-year-old, Evander Wrenfield, a retired teacher.", "Evander Wrenfield, 51"),
        ("Police said a 33-year-old woman named Odile Farquar was arrested.", "Odile Farquar, 39"),
        ("The rescued angler, a 72-year-old man, Lorcan Oddny, was unhurt.", "Lorcan Oddny, 77"),
        ("The night porter, Lionel Castree, a man of 64 who lives nearby, raised the alarm.", "Lionel Castree, 57"),
        ("Keeper Ysolde Marrack, a woman of seventy, called the coastguard.", "Ysolde Marrack, 62"),
        ("Among them was teenage volunteer Percy Allingham, a student.", "Percy Allingham, 22"),
        ("Septuagenarian Beatrix Holloway swam to the shore.", "Beatrix Holloway, 66"),
        ("The owner, Cedric Vanstone, an octogenarian, refused to leave.", "Cedric Vanstone, 75"),
        ("The youngest, Mia Trevaskis, a teenager from the village, was found first.", "Mia Trevaskis, 24"),
    ];
    expect_one_age_alarm(&cases);
}

/// The same forms with an age that agrees, and the words that look like
/// them but give no age of the person: "a mother of two" counts
/// children, "a man of 6ft" is a height, "the teenager told Name" is
/// about someone else, "a 58-year-old, the driver" names nobody.
#[test]
fn apposed_ages_that_agree_or_are_not_ages_do_not_fire() {
    let agree = [
        ("Among the injured was a 58-year-old, Evander Wrenfield, a retired teacher.", "Evander Wrenfield, 58"),
        ("The night porter, Lionel Castree, a man of 64 who lives nearby, raised the alarm.", "Lionel Castree, 64"),
        ("Among them was teenage volunteer Percy Allingham, a student.", "Percy Allingham, 17"),
        ("The owner, Cedric Vanstone, an octogenarian, refused to leave.", "Cedric Vanstone, 84"),
    ];
    let not_ages = [
        ("Philippa Pengelly, a mother of two, said so.", "Philippa Pengelly, 41"),
        ("Philippa Pengelly, a mother of 3, said so.", "Philippa Pengelly, 41"),
        ("Philippa Pengelly, a woman of 6ft, said so.", "Philippa Pengelly, 41"),
        ("A teenager told Philippa Pengelly the road was shut.", "Philippa Pengelly, 41"),
        ("The teenage driver was arrested, Philippa Pengelly said.", "Philippa Pengelly, 41"),
        ("A 19-year-old, the driver, was arrested. Philippa Pengelly said so.", "Philippa Pengelly, 41"),
    ];
    expect_no_age_alarm(agree.iter().chain(&not_ages));
}

/// An age phrase after a name's comma ("Name, the 52-year-old founder",
/// "Name, 52 years old", "Name, at the age of 52"), an age that opens the
/// sentence ("At 41, Name", "Aged 41, Name", "At 41, Doe" for a person
/// named in full before, "At 41, he" after a sentence naming one person)
/// and a birthday ahead ("who will turn 50 next month"). Each against a
/// plain "Name, NN" that cannot be right with it. (Invented people.)
#[test]
fn age_phrases_in_apposition_and_opening_ages_fire() {
    let cases = [
        ("Ottoline Elphick, the 52-year-old founder, opened the pier.", "Ottoline Elphick, 47"),
        ("Ottoline Elphick, a 52-year-old engineer, opened the pier.", "Ottoline Elphick, 47"),
        ("Ottoline Elphick, 52-year-old harbourmaster, opened the pier.", "Ottoline Elphick, 47"),
        ("Ottoline Elphick, 52 years old, opened the pier.", "Ottoline Elphick, 47"),
        ("Ottoline Elphick, at the age of 52, opened the pier.", "Ottoline Elphick, 47"),
        ("At 41, Ottoline Elphick was the oldest man in the crew.", "Ottoline Elphick, 36"),
        ("Aged 41, Ottoline Elphick has sailed the route for years.", "Ottoline Elphick, 36"),
        ("At the age of 41, Ottoline Elphick became harbourmaster.", "Ottoline Elphick, 36"),
        ("Ottoline Elphick was seventh. At 41, Elphick was the oldest in the crew.", "Ottoline Elphick, 36"),
        ("Ottoline Elphick rowed home. At 41, he was the oldest in the crew.", "Ottoline Elphick, 36"),
        ("Ottoline Elphick, who will turn 50 next month, opened the pier.", "Ottoline Elphick, 46"),
    ];
    expect_one_age_alarm(&cases);
}

/// The same forms with an age that agrees, and the look-alikes that give
/// no age of a person: a business's age, a time of day, "at one point",
/// a birthday that agrees.
#[test]
fn age_phrases_that_agree_or_are_not_a_person_s_do_not_fire() {
    let agree = [
        ("Ottoline Elphick, the 52-year-old founder, opened the pier.", "Ottoline Elphick, 52"),
        ("At 41, Ottoline Elphick was the oldest man in the crew.", "Ottoline Elphick, 41"),
        ("Ottoline Elphick rowed home. At 41, he was the oldest in the crew.", "Ottoline Elphick, 41"),
        ("Ottoline Elphick, who will turn 50 next month, opened the pier.", "Ottoline Elphick, 49"),
    ];
    let not_ages = [
        ("Elphick Marine, a 30-year-old firm, built the pier.", "Ottoline Elphick, 47"),
        ("At 4, Ottoline Elphick opened the pier.", "Ottoline Elphick, 47"),
        ("At one point, Ottoline Elphick opened the pier.", "Ottoline Elphick, 47"),
        ("At 41, the pier is the oldest on the coast. Ottoline Elphick opened it.", "Ottoline Elphick, 47"),
    ];
    expect_no_age_alarm(agree.iter().chain(&not_ages));
}

/// "At 41, Doe ..." needs Doe given in full somewhere in the article as a
/// whole word: "Jo Doesburg" does not give "Doe". (Invented.)
#[test]
fn an_opening_age_needs_the_surname_as_a_whole_word() {
    expect_no_age_alarm(&[(
        "Ottoline Elphickson rowed home. At 41, Elphick was the oldest in the crew.",
        "Ottoline Elphick, 36",
    )]);
}

/// An age before a false title and the name ("43-year-old engine captain
/// Jo Doe"); a possessive between makes the age another person's.
#[test]
fn an_age_before_a_false_title_and_the_name() {
    expect_one_age_alarm(&[
        ("The 43-year-old relief skipper Ottoline Elphick opened the pier.", "Ottoline Elphick, 38"),
        ("Rescuers praised 43-year-old coxswain Ottoline Elphick.", "Ottoline Elphick, 38"),
        ("A 43-year-old harbour pilot, Ottoline Elphick, opened the pier.", "Ottoline Elphick, 38"),
    ]);
    expect_no_age_alarm(&[
        ("The 43-year-old relief skipper Ottoline Elphick opened the pier.", "Ottoline Elphick, 43"),
        ("The 43-year-old singer's agent Ottoline Elphick spoke.", "Ottoline Elphick, 58"),
        ("The 43-year-old skipper told Ottoline Elphick to wait.", "Ottoline Elphick, 58"),
    ]);
}

/// "who was 30 when he joined the crew in 2005": an age on the day the
/// "when" clause gives, compared as the age then.
#[test]
fn an_age_on_the_day_a_when_clause_gives() {
    expect_one_age_alarm(&[(
        "Ottoline Elphick, who was 30 when she joined the lifeboat crew in 2005, opened the pier.",
        "Ottoline Elphick, 39",
    )]);
    expect_no_age_alarm(&[
        (
            "Ottoline Elphick, who was 30 when she joined the lifeboat crew in 2005, opened the pier.",
            "Ottoline Elphick, 49",
        ),
        ("Ottoline Elphick, who was 30 when she joined the lifeboat crew, opened the pier.", "Ottoline Elphick, 39"),
    ]);
}

/// "in her 60th year": the Nth year of a life is lived at N - 1, on the
/// article's day or, after a death word, on the day of the death. An
/// ordinal year in a post ("in her 12th year at the helm", "her 30th year
/// as coxswain") is no age.
#[test]
fn an_ordinal_year_of_life_is_an_age() {
    expect_one_age_alarm(&[
        ("Ottoline Elphick, in her 60th year, still rows the route.", "Ottoline Elphick, 64"),
        ("Ottoline Elphick is in her sixtieth year and rows daily.", "Ottoline Elphick, 64"),
        ("Ottoline Elphick died on 1 March 2025, in her 60th year.", "Ottoline Elphick, 64"),
    ]);
    expect_no_age_alarm(&[
        ("Ottoline Elphick, in her 60th year, still rows the route.", "Ottoline Elphick, 59"),
        ("Ottoline Elphick died on 1 March 2025, in her 60th year.", "Ottoline Elphick, 59"),
        ("Ottoline Elphick, in her 12th year at the helm, still rows.", "Ottoline Elphick, 64"),
        ("Ottoline Elphick, in her 30th year as coxswain, still rows.", "Ottoline Elphick, 64"),
        ("The pier, in its 60th year, still stands. Ottoline Elphick opened it.", "Ottoline Elphick, 64"),
    ]);
}

/// "The widow, 84," after a sentence naming one person is that person's
/// age; "Name, who was 33," with no day given is an age the person had by
/// the article's date (a floor). Two people before, an institution noun,
/// or an age that fits the floor do not fire. (Invented.)
#[test]
fn an_age_after_a_common_noun_and_a_past_age_with_no_day() {
    expect_one_age_alarm(&[
        ("Rescuers reached Maud Ferrier. The widow, 84, had refused to leave.", "Maud Ferrier, 88"),
        ("Ned Arkley, who was 33, grew up on the estuary.", "Ned Arkley, 29"),
    ]);
    expect_no_age_alarm(&[
        ("Rescuers reached Maud Ferrier and Ed Colley. The widow, 84, had refused to leave.", "Maud Ferrier, 88"),
        ("Rescuers reached Maud Ferrier. The council, 84, had refused to help.", "Maud Ferrier, 88"),
        ("Ned Arkley, who was 33, grew up on the estuary.", "Ned Arkley, 34"),
        ("Ned Arkley, who was 33 points clear, grew up on the estuary.", "Ned Arkley, 29"),
    ]);
}

/// An age apposed after a definite or possessive determiner ("The
/// 43-year-old pharmacist, Jo Doe,", "the shop's 44-year-old manager, Jo
/// Doe,"); not when the noun names no person ("the 30-year-old
/// footbridge, Holm Crossing,"), nor when the apposition is someone
/// else ("a colleague of Jo Doe"). (Invented.)
#[test]
fn ages_apposed_after_the_or_a_possessive() {
    expect_one_age_alarm(&[
        ("The 46-year-old pharmacist, Greta Holmqvist, noticed the error.", "Greta Holmqvist, 43"),
        ("Its 52-year-old owner, Anwen Vosper, closed the shop.", "Anwen Vosper, 49"),
        ("The bakery's 44-year-old manager, Ivo Trask, called police.", "Ivo Trask, 41"),
    ]);
    expect_no_age_alarm(&[
        ("The 46-year-old pharmacist, Greta Holmqvist, noticed the error.", "Greta Holmqvist, 46"),
        ("The 46-year-old pharmacist, a colleague of Greta Holmqvist, noticed the error.", "Greta Holmqvist, 40"),
        ("The 30-year-old footbridge, Holm Crossing, was closed.", "Holm Crossing, 41"),
    ]);
}
