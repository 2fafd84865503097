//! date-mismatch on invented articles.

use factlint::check::Kind;
use factlint::check::date_mismatch::DateMismatch;
use factlint::finding::Severity;
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

/// One date form per case, each must fire: (date a, text a, date b, text b).
const MUST_FIRE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "a start in another verb of the begin class: ignited / began",
        "Wednesday 13 August 2025",
        "The Corrow Ridge blaze began 9 days ago and is still burning.",
        "Friday 15 August 2025",
        "The Corrow Ridge blaze, which ignited on August 1 in scrubland, is still burning.",
    ),
    (
        "a start in a particle verb: broke out / started",
        "Monday 3 March 2025",
        "Fighting broke out in the valley on 24 February, aid workers said.",
        "Tuesday 4 March 2025",
        "Fighting in the valley started on 27 February, aid workers said.",
    ),
    (
        "month-only dates, months apart in publication",
        "Monday 3 March 2025",
        "The council completed its takeover of the quarry in March 2019.",
        "Monday 1 September 2025",
        "The council, which completed the takeover of the quarry in May 2019, has sold it.",
    ),
    (
        "a scheduled hearing, both published the same day",
        "Monday 3 February 2025",
        "The inquiry will resume at a hearing set for 4 March.",
        "Monday 3 February 2025",
        "The inquiry now faces a hearing listed for 11 March.",
    ),
    (
        "'last night' against the article's date",
        "Saturday 8 March 2025",
        "The ferryman was rescued last night when his boat capsized off the point.",
        "Monday 10 March 2025",
        "The ferryman was rescued on 5 March when his boat capsized off the point.",
    ),
    (
        "a weekday against the article's date",
        "Thursday 6 March 2025",
        "The swing bridge reopened on Tuesday after repairs.",
        "Friday 7 March 2025",
        "The swing bridge reopened on 27 February after repairs.",
    ),
    (
        "an ISO date in a timeline against a US date",
        "Monday 3 March 2025",
        "Timeline\n\n2025-02-14: Approved by the harbour board\n2025-02-28: Works begin",
        "Tuesday 4 March 2025",
        "The harbour board approved the plan on February 21.",
    ),
    (
        "'the 17th' in the article's month",
        "Thursday 20 March 2025",
        "Pickets formed at the gates as the action, which began with the first stoppage, on the 11th, went on.",
        "Friday 21 March 2025",
        "The strike that began on 13 March has closed the depot.",
    ),
    (
        "Easter Monday by the computus",
        "Thursday 7 May 2026",
        "Residents have had quiet nights since the quay shut on Easter Monday.",
        "Friday 8 May 2026",
        "Residents have had quiet nights since the quay closed on 7 April.",
    ),
    (
        "a US month-day against a UK day-month",
        "Thursday 20 November 2025",
        "The probe returned its first images of the comet on November 2.",
        "Friday 21 November 2025",
        "The probe's first images of the comet, sent back on 12 November, were sharp.",
    ),
    (
        "a pronoun's event told by the clause after the date",
        "Saturday 8 March 2025",
        "He was injured last night when a crane toppled at the container dock.",
        "Monday 10 March 2025",
        "A docker was injured on 5 March when a crane toppled at the container dock.",
    ),
    (
        "a light verb with an event noun: 'held a vote' is 'voted'",
        "Wednesday 5 March 2025",
        "The parish council held a vote on the bypass on 3 March.",
        "Thursday 6 March 2025",
        "The parish council voted on the bypass on 1 March.",
    ),
    (
        "'carried out a raid' is 'raided'",
        "Wednesday 5 March 2025",
        "Customs officers carried out a raid at the bonded warehouse on 2 March.",
        "Thursday 6 March 2025",
        "Customs officers raided the bonded warehouse on 27 February.",
    ),
    (
        "an event named by a noun alone",
        "Friday 14 March 2025",
        "A week after the depot strike on 3 March, the buses ran again.",
        "Friday 14 March 2025",
        "The depot strike on 5 March closed every route in the valley.",
    ),
    (
        "a noun event against 'issued'",
        "Monday 16 June 2025",
        "Shops cleared the shelves after the recall notice of 6 June.",
        "Monday 16 June 2025",
        "The recall notice was issued on 10 June by the kettle maker.",
    ),
    (
        "the last Friday of the month, before the article's day",
        "Wednesday 12 March 2025",
        "The covered market reopened on the last Friday of the month.",
        "Thursday 13 March 2025",
        "The covered market reopened on 21 February.",
    ),
    (
        "N weeks ago against the article's date",
        "Monday 17 March 2025",
        "The ferry ran aground on the sandbar two weeks ago.",
        "Tuesday 18 March 2025",
        "The ferry ran aground on the sandbar on 12 March.",
    ),
    (
        "N months ago against the article's date",
        "Sunday 15 June 2025",
        "The old lighthouse was sold three months ago.",
        "Monday 16 June 2025",
        "The old lighthouse was sold on 22 April.",
    ),
    (
        "a plan with 'due on', no verb, both published the same day",
        "Monday 7 April 2025",
        "The harbour inquiry's report is due on 14 April.",
        "Monday 7 April 2025",
        "The harbour inquiry's report, due on 22 April, will be public.",
    ),
    (
        "a plan with 'slated for', a day apart",
        "Monday 7 April 2025",
        "The ferry fare review slated for 2 May will go ahead.",
        "Tuesday 8 April 2025",
        "The ferry fare review is slated for 9 May.",
    ),
    (
        "phrasal and plain verbs of one class: 'broke down' is 'collapsed'",
        "Wednesday 5 March 2025",
        "Negotiations with the ferry operator broke down on 26 February.",
        "Thursday 6 March 2025",
        "Negotiations with the ferry operator collapsed on 28 February.",
    ),
    (
        "'stepped down' is 'resigned'",
        "Wednesday 5 March 2025",
        "The harbour board's treasurer stepped down on 24 February.",
        "Thursday 6 March 2025",
        "The harbour board's treasurer resigned on 3 March.",
    ),
    (
        "a weekday a week beyond last: the Tuesday before last (3 or 10 March)",
        "Thursday 19 March 2026",
        "The ferry terminal reopened the Tuesday before last.",
        "Friday 20 March 2026",
        "The ferry terminal reopened on 6 March.",
    ),
    (
        "a week last Monday (2 or 9 March)",
        "Thursday 19 March 2026",
        "The slipway at the boatyard collapsed a week last Monday.",
        "Thursday 19 March 2026",
        "The slipway at the boatyard collapsed on 12 March.",
    ),
    (
        "a weekday of last week is the week before's only",
        "Thursday 19 March 2026",
        "The grain silo at the mill caught fire on Friday of last week.",
        "Thursday 19 March 2026",
        "The grain silo at the mill caught fire on 16 March.",
    ),
    (
        "a shift to the day: a week ago today",
        "Wednesday 22 October 2025",
        "The roof of the depot fell in a week ago today.",
        "Thursday 23 October 2025",
        "The roof of the depot fell in on 14 October.",
    ),
    (
        "a part of a month written with a hyphen",
        "Monday 4 August 2025",
        "The towpath was closed in mid-June after a breach.",
        "Monday 4 August 2025",
        "The towpath was closed on 30 June after a breach.",
    ),
    (
        "late- as a hyphenated prefix",
        "Monday 4 August 2025",
        "The quarry pit was flooded in late-April.",
        "Monday 4 August 2025",
        "The quarry pit was flooded on 2 April.",
    ),
    (
        "verbs of one class: detected and discovered",
        "Friday 7 November 2025",
        "The leak at the gasworks was detected on 3 November.",
        "Friday 7 November 2025",
        "Engineers discovered the leak at the gasworks on 5 November.",
    ),
    (
        "an event noun before its date: the discovery of",
        "Friday 7 November 2025",
        "The discovery of the leak on 3 November forced an evacuation.",
        "Friday 7 November 2025",
        "Engineers discovered the leak on 5 November.",
    ),
    (
        "a preposition in -ing is not a verb: collapsed during the regatta",
        "Monday 3 March 2025",
        "The skipper collapsed during the regatta on 21 February and died in hospital.",
        "Tuesday 4 March 2025",
        "The skipper collapsed on 24 February.",
    ),
    (
        "doers named two ways and one thing under two names: officials and staff, hack and intrusion",
        "Friday 6 March 2026",
        "Officials at the water board uncovered the hack on 2 March.",
        "Saturday 7 March 2026",
        "The water board's security staff detected the intrusion on 27 February.",
    ),
    (
        "investigators and the company: a cyber-attack and a breach",
        "Friday 6 March 2026",
        "Investigators spotted the cyber-attack on the ticketing system on 1 March.",
        "Friday 6 March 2026",
        "The company discovered the breach of its ticketing system on 4 March.",
    ),
    (
        "a span is the bridge",
        "Monday 4 May 2026",
        "Engineers shut the span on 27 April after a lorry struck a girder.",
        "Tuesday 5 May 2026",
        "The council shut the bridge on 30 April.",
    ),
    (
        "came down is collapsed",
        "Monday 6 April 2026",
        "The old mill chimney came down on 2 April.",
        "Tuesday 7 April 2026",
        "The old mill chimney collapsed on 30 March.",
    ),
    (
        "caved in is collapsed",
        "Monday 6 April 2026",
        "The tunnel roof caved in on Thursday.",
        "Tuesday 7 April 2026",
        "The tunnel roof collapsed on 31 March.",
    ),
    (
        "a part of a month without its year, in a follow-up months later",
        "Monday 4 August 2025",
        "The towpath was closed on 30 June after a breach.",
        "Thursday 15 January 2026",
        "The towpath was closed in early June after a breach.",
    ),
    (
        "the eve of a named day against a bare month-day",
        "Thursday 13 August 2026",
        "The blaze broke out on the eve of Independence Day near the quarry.",
        "Monday 7 September 2026",
        "The blaze broke out on July 1 near the quarry.",
    ),
    (
        "a window just before a named day against a day after it",
        "Tuesday 13 January 2026",
        "The laboratory halted testing just before Christmas.",
        "Tuesday 13 January 2026",
        "The laboratory halted testing on 9 January.",
    ),
    (
        "weeks before a named day against a calendar day",
        "Tuesday 13 January 2026",
        "Inspectors last checked the boiler three weeks before Christmas.",
        "Wednesday 14 January 2026",
        "Inspectors last checked the boiler on 20 November.",
    ),
    (
        "the day after a calendar day against another day",
        "Friday 6 March 2026",
        "The ferry sailed again the day after 2 March.",
        "Friday 6 March 2026",
        "The ferry sailed again on 5 March.",
    ),
    (
        "a verb of noticing, an adverb before the verb",
        "Monday 10 March 2025",
        "Engineers flagged a leak in the main culvert on 3 March.",
        "Thursday 13 March 2025",
        "The leak in the culvert was initially noticed on Tuesday.",
    ),
    (
        "a pronoun's event told by a clause after a comma",
        "Monday 9 June 2025",
        "Negotiators met all week. It collapsed on Thursday, when the haulier rejected the final pay offer.",
        "Monday 9 June 2025",
        "Talks collapsed on 4 June when the haulier rejected the final pay offer.",
    ),
    (
        "a coordinated verb takes the subject of the clause before",
        "Thursday 12 February 2026",
        "The mountain pass had been closed by snow and reopened on Tuesday.",
        "Friday 13 February 2026",
        "The mountain pass reopened on 8 February after snow clearing.",
    ),
    (
        "to before a noun is a preposition",
        "Friday 13 February 2026",
        "The bridge reopened to lorries on Wednesday.",
        "Friday 13 February 2026",
        "The bridge reopened on 9 February.",
    ),
    (
        "a weekday in the possessive dates the event noun after it",
        "Friday 15 May 2026",
        "Tuesday's recount was ordered by the county clerk.",
        "Friday 15 May 2026",
        "The recount on 13 May was ordered by the county clerk.",
    ),
    (
        "a relative day in the possessive after a bound word",
        "Thursday 20 November 2025",
        "Dozens of guests fell ill after yesterday's banquet at the lodge.",
        "Thursday 20 November 2025",
        "The banquet on 17 November left dozens of guests ill.",
    ),
    (
        "a supervising verb takes its event from the noun after it",
        "Friday 15 May 2026",
        "The county clerk oversaw the recount on Tuesday.",
        "Friday 15 May 2026",
        "The recount on 13 May was close, the county clerk said.",
    ),
];

/// Each must not fire.
const MUST_NOT_FIRE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "a start in two verbs of the begin class, on one day",
        "Wednesday 13 August 2025",
        "The Corrow Ridge blaze began 12 days ago and is still burning.",
        "Friday 15 August 2025",
        "The Corrow Ridge blaze, which ignited on August 1 in scrubland, is still burning.",
    ),
    (
        "a scheduled hearing, published weeks apart: plans change",
        "Monday 3 February 2025",
        "The inquiry will resume at a hearing set for 4 March.",
        "Monday 24 February 2025",
        "The inquiry now faces a hearing listed for 11 March.",
    ),
    (
        "Boxing Day is 26 December",
        "Thursday 23 January 2025",
        "The busiest day at the clinic came on Boxing Day.",
        "Friday 24 January 2025",
        "The busiest day at the clinic came on 26 December.",
    ),
    (
        "a bank holiday Monday and 'yesterday' the day after",
        "Tuesday 27 May 2025",
        "The swing bridge reopened yesterday after the works.",
        "Wednesday 28 May 2025",
        "The swing bridge reopened on the late May bank holiday Monday after the works.",
    ),
    (
        "'last week' on a Saturday of a Monday five days before",
        "Monday 30 November 2009",
        "The inmate escaped on Monday from a prison van near the coast.",
        "Saturday 5 December 2009",
        "The inmate escaped last week from a prison van near the coast.",
    ),
    (
        "two subjects, two events",
        "Tuesday 29 November 2005",
        "The sixth aftershock shook the southern island on Monday.",
        "Monday 28 November 2005",
        "A strong tremor shook the southern island yesterday.",
    ),
    (
        "an ordinal before a noun is not a day",
        "Thursday 20 March 2025",
        "The club celebrated the 17th anniversary of its founding.",
        "Friday 21 March 2025",
        "The club celebrated its anniversary on 2 March.",
    ),
    (
        "a year of another event after a pronoun",
        "Monday 3 March 2025",
        "He won a regional award in 2004 for his harbour paintings.",
        "Tuesday 4 March 2025",
        "He won a national prize in 2005 for hosting the regional awards in 2004.",
    ),
    (
        "a light verb with two different event nouns",
        "Wednesday 5 March 2025",
        "The parish council held a vote on the bypass on 3 March.",
        "Thursday 6 March 2025",
        "The parish council held a meeting on the bypass on 1 March.",
    ),
    (
        "two event nouns of different kinds",
        "Friday 14 March 2025",
        "A week after the depot strike on 3 March, the buses ran again.",
        "Friday 14 March 2025",
        "The depot raid on 5 March closed every route in the valley.",
    ),
    (
        "'issued a statement' is saying, not an event",
        "Wednesday 5 March 2025",
        "The ministry issued a statement on the bridge on 3 March.",
        "Thursday 6 March 2025",
        "The ministry issued a statement on the bridge on 1 March.",
    ),
    (
        "the last Friday of the month on that Friday",
        "Wednesday 12 March 2025",
        "The covered market reopened on the last Friday of the month.",
        "Thursday 13 March 2025",
        "The covered market reopened on 28 February.",
    ),
    (
        "'last Friday' is not the last Friday of a month",
        "Wednesday 12 March 2025",
        "The covered market reopened last Friday.",
        "Thursday 13 March 2025",
        "The covered market reopened on 7 March.",
    ),
    (
        "N weeks ago within its margin",
        "Monday 17 March 2025",
        "The ferry ran aground on the sandbar two weeks ago.",
        "Tuesday 18 March 2025",
        "The ferry ran aground on the sandbar on 4 March.",
    ),
    (
        "N weeks before counts from the story, not the article",
        "Monday 17 March 2025",
        "The skipper had logged the fault with the harbour office two weeks before.",
        "Tuesday 18 March 2025",
        "The skipper logged the fault with the harbour office on 12 March.",
    ),
    (
        "the day of a running count is not the day of an event",
        "Wednesday 5 March 2025",
        "Wardens had rescued 14 walkers from the fells as of 2 March.",
        "Thursday 6 March 2025",
        "Wardens rescued 14 walkers from the fells on 4 March.",
    ),
    (
        "N years ago is too rough to compare",
        "Sunday 15 June 2025",
        "The old lighthouse was sold three years ago.",
        "Monday 16 June 2025",
        "The old lighthouse was sold on 20 May 2021.",
    ),
    (
        "a plan with 'due on', published weeks apart",
        "Monday 7 April 2025",
        "The harbour inquiry's report is due on 14 April.",
        "Monday 28 April 2025",
        "The harbour inquiry's report, due on 22 May, will be public.",
    ),
    (
        "a noun event ahead of one article and past in another: plan against fact",
        "Monday 3 March 2025",
        "Drivers prepared for the depot strike on 10 March.",
        "Friday 14 March 2025",
        "The depot strike on 12 March closed every route.",
    ),
    (
        "verbs of two classes: resigning is not being dismissed",
        "Wednesday 5 March 2025",
        "The harbour board's treasurer resigned on 24 February.",
        "Thursday 6 March 2025",
        "The harbour board's treasurer was sacked on 3 March.",
    ),
    (
        "the Tuesday before last agrees with the day it names",
        "Thursday 19 March 2026",
        "The ferry terminal reopened the Tuesday before last.",
        "Friday 20 March 2026",
        "The ferry terminal reopened on 10 March.",
    ),
    (
        "a week last Monday agrees with either reading",
        "Thursday 19 March 2026",
        "The slipway at the boatyard collapsed a week last Monday.",
        "Thursday 19 March 2026",
        "The slipway at the boatyard collapsed on 9 March.",
    ),
    (
        "Friday of last week agrees with that Friday",
        "Thursday 19 March 2026",
        "The grain silo at the mill caught fire on Friday of last week.",
        "Thursday 19 March 2026",
        "The grain silo at the mill caught fire on 13 March.",
    ),
    (
        "a week ago today agrees with its day",
        "Wednesday 22 October 2025",
        "The roof of the depot fell in a week ago today.",
        "Thursday 23 October 2025",
        "The roof of the depot fell in on 15 October.",
    ),
    (
        "mid-June holds the middle of the month",
        "Monday 4 August 2025",
        "The towpath was closed in mid-June after a breach.",
        "Monday 4 August 2025",
        "The towpath was closed on 14 June after a breach.",
    ),
    (
        "a discovery and a detection of the same day",
        "Friday 7 November 2025",
        "The discovery of the leak on 3 November forced an evacuation.",
        "Friday 7 November 2025",
        "Engineers detected the leak on 3 November.",
    ),
    (
        "doers named two ways, about different things",
        "Friday 6 March 2026",
        "Officers arrested the lorry driver on 2 March.",
        "Saturday 7 March 2026",
        "Police arrested a cyclist on 5 March.",
    ),
    (
        "two events with the doer the same word but different objects",
        "Friday 6 March 2026",
        "Engineers detected a leak in the main on 2 March.",
        "Saturday 7 March 2026",
        "Engineers detected a crack in the reservoir wall on 5 March.",
    ),
    (
        "a month without its year, a year on: another occurrence",
        "Monday 4 August 2025",
        "The towpath was closed on 30 June after a breach.",
        "Tuesday 4 August 2026",
        "The towpath was closed in early July after a breach.",
    ),
    (
        "the eve of a named day against the same day",
        "Thursday 13 August 2026",
        "The blaze broke out on the eve of Independence Day near the quarry.",
        "Monday 7 September 2026",
        "The blaze broke out on July 3 near the quarry.",
    ),
    (
        "a window just before a named day holding the other day",
        "Tuesday 13 January 2026",
        "The laboratory halted testing just before Christmas.",
        "Tuesday 13 January 2026",
        "The laboratory halted testing on 22 December.",
    ),
    (
        "weeks before a named day, the same day",
        "Tuesday 13 January 2026",
        "Inspectors last checked the boiler three weeks before Christmas.",
        "Wednesday 14 January 2026",
        "Inspectors last checked the boiler on 4 December.",
    ),
    (
        "the eve of an event is no date",
        "Tuesday 13 January 2026",
        "The laboratory halted testing on the eve of the inspection.",
        "Tuesday 13 January 2026",
        "The laboratory halted testing on 9 January.",
    ),
    (
        "shortly after a time of day is no date",
        "Tuesday 13 January 2026",
        "The laboratory halted testing shortly after 9am on Monday.",
        "Tuesday 13 January 2026",
        "The laboratory halted testing on Monday.",
    ),
    (
        "an adverb is no subject: a leak and a crack",
        "Thursday 13 March 2025",
        "The leak was first spotted on 3 March.",
        "Thursday 13 March 2025",
        "The crack was first spotted on Tuesday.",
    ),
    (
        "a clause after a comma that tells another event",
        "Monday 9 June 2025",
        "Negotiators met all week. It collapsed on Thursday, when the storm hit the pier.",
        "Monday 9 June 2025",
        "Talks collapsed on 4 June when the haulier rejected the final pay offer.",
    ),
    (
        "a coordinated clause with a subject of its own",
        "Thursday 12 February 2026",
        "The mountain pass had been closed by snow and the tunnel reopened on Tuesday.",
        "Friday 13 February 2026",
        "The mountain pass reopened on 8 February after snow clearing.",
    ),
    (
        "to before a verb is an infinitive",
        "Friday 13 February 2026",
        "The council was ordered by a judge to reopen the bridge on Wednesday.",
        "Friday 13 February 2026",
        "The bridge reopened on 9 February.",
    ),
    (
        "a day in the possessive before a noun that is no event",
        "Friday 15 May 2026",
        "Tuesday's figures showed 40 cases at the clinic.",
        "Friday 15 May 2026",
        "The clinic's figures on 13 May showed 52 cases.",
    ),
    (
        "a possessive day inside a phrase is not the clause's day",
        "Friday 15 May 2026",
        "The rowing club, which had beaten the college crew in Tuesday's heats, lost the final.",
        "Friday 15 May 2026",
        "The rowing club beat the college crew on Thursday.",
    ),
    (
        "another event of the same kind",
        "Tuesday 10 September 2024",
        "The jeweller's was raided on Monday. Police also witnessed another robbery on Sunday night.",
        "Tuesday 10 September 2024",
        "The robbery on Monday at the jeweller's lasted four minutes.",
    ),
];

#[test]
fn every_date_form_fires() {
    for (what, da, a, db, b) in MUST_FIRE {
        let r = pair(da, a, db, b);
        assert_eq!(dates(&r).len(), 1, "{what}: {:#?}", r.findings);
    }
}

#[test]
fn agreeing_or_unlike_dates_do_not_fire() {
    for (what, da, a, db, b) in MUST_NOT_FIRE {
        let r = pair(da, a, db, b);
        assert!(dates(&r).is_empty(), "{what}: {:#?}", r.findings);
    }
}

/// A day counted from the first report's own date ("on Monday") against a
/// calendar date in a follow-up months later: the first was written
/// fresh, so the two are compared as two calendar dates would be. A
/// relative date in the later report may be reprinted words and stays
/// within the short window. (Invented.)
#[test]
fn a_fresh_relative_date_against_a_later_calendar_date() {
    let r = pair(
        "Tuesday 4 March 2025",
        "Inspectors found the leak on Monday.",
        "Wednesday 10 September 2025",
        "Inspectors found the leak on 1 March.",
    );
    assert_eq!(dates(&r).len(), 1, "{:?}", r.findings);
    let r = pair(
        "Tuesday 4 March 2025",
        "Inspectors found the leak on Monday.",
        "Wednesday 10 September 2025",
        "Inspectors found the leak on 3 March.",
    );
    assert!(dates(&r).is_empty(), "{:?}", r.findings);
}

/// One event under another noun or verb of its class ("households" and
/// "customers", "the attack" and "the intrusion", "broke through" and
/// "reached"), and a name with "and" inside it as the subject a later
/// clause borrows. (Invented.)
#[test]
fn one_event_in_other_words_of_its_class() {
    for (a, b) in [
        ("The last customers were reconnected on 18 July.", "The last households were reconnected on 20 July."),
        ("The attack was detected on 3 February.", "Staff detected the intrusion on 6 February."),
        ("The drill broke through to the chamber on 12 March.", "The drill reached the chamber on 13 March."),
        (
            "Visitors returned to the Tresize Museum and Art Gallery, which reopened on 28 October.",
            "The museum reopened on 4 November.",
        ),
    ] {
        let r = pair("Monday 24 November 2025", a, "Tuesday 25 November 2025", b);
        assert_eq!(dates(&r).len(), 1, "should fire: {a} / {b}: {:?}", r.findings);
    }
    for (a, b) in [
        ("Homes were flooded on 3 May.", "Customers lost power on 5 May."),
        ("The drill reached the chamber on 12 March.", "Negotiators reached a deal on 14 March."),
        (
            "Visitors returned to the station and Kell Park, which reopened on 28 October.",
            "The station reopened on 4 November.",
        ),
    ] {
        let r = pair("Monday 24 November 2025", a, "Tuesday 25 November 2025", b);
        assert!(dates(&r).is_empty(), "should not fire: {a} / {b}: {:?}", dates(&r));
    }
}

/// A relative date in a report weeks after the first is advice only when
/// its words, read on the first report's day, would meet the other date
/// (an older report's words reprinted); otherwise the two cannot be one
/// day, and the finding is an error. (Invented.)
#[test]
fn a_late_relative_date_is_advice_only_when_a_reprint_explains_it() {
    let severities = |date_a: &str, a: &str, date_b: &str, b: &str| -> Vec<Severity> {
        pair(date_a, a, date_b, b)
            .findings
            .iter()
            .filter(|f| f.kind == DateMismatch::FINDING)
            .map(|f| f.severity)
            .collect()
    };
    // Closed on Friday 30 May; "five weeks ago" from 23 June is 19 May.
    assert_eq!(
        severities(
            "Monday 2 June 2025",
            "The Tresize pool closed on Friday.",
            "Monday 23 June 2025",
            "The Tresize pool, which closed five weeks ago, will reopen."
        ),
        vec![Severity::Error]
    );
    // "closed on Tuesday" repeated word for word eleven days later: read on
    // the first report's day, it is the same Tuesday.
    assert_eq!(
        severities(
            "Thursday 5 June 2025",
            "The Tresize pool closed on Tuesday.",
            "Monday 16 June 2025",
            "The Tresize pool closed on Tuesday, the trust said."
        ),
        vec![Severity::Advice]
    );
}
