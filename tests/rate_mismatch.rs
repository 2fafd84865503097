//! rate-mismatch on invented articles: one rate written over different
//! periods, as "one every N minutes", or in different units, compared once
//! converted; and rates that agree, or are not one rate, which must not
//! fire.

use factlint::check::figure_mismatch::RATE_MISMATCH;
use factlint::load::Article;
use factlint::report::Report;

const A: &str = "Harbour Times\n\nQuayside works\n\nMonday 3 March 2025\n\n";
const B: &str = "Coast Wire\n\nQuayside works latest\n\nTuesday 4 March 2025\n\n";
/// Three months on: a rate converted wrongly is still wrong.
const LATER: &str = "Valley Weekly\n\nQuayside works review\n\nMonday 9 June 2025\n\n";

fn pair_with(head_b: &str, a: &str, b: &str) -> Report {
    let articles =
        vec![Article::from_text("a.txt", format!("{A}{a}\n")), Article::from_text("b.txt", format!("{head_b}{b}\n"))];
    factlint::check_articles(articles, vec![])
}

fn rate_alarms(r: &Report) -> usize {
    r.findings.iter().filter(|f| f.kind == RATE_MISMATCH && f.severity.is_alarm()).count()
}

fn fires(a: &str, b: &str) {
    let r = pair_with(B, a, b);
    assert_eq!(rate_alarms(&r), 1, "should fire:\n{a}\n{b}\n{:#?}", r.findings);
}

fn quiet(a: &str, b: &str) {
    let r = pair_with(B, a, b);
    assert_eq!(rate_alarms(&r), 0, "should not fire:\n{a}\n{b}\n{:#?}", r.findings);
}

#[test]
fn money_over_different_periods() {
    // A week against a year ("per annum", "a year", "annually").
    fires(
        "Under the lease the rowing club pays £2,000 a week in rent to the harbour board.",
        "The rowing club will pay rent of £150,000 per annum to the harbour board.",
    );
    quiet(
        "Under the lease the rowing club pays £2,000 a week in rent to the harbour board.",
        "The rowing club will pay rent of £104,000 per annum to the harbour board.",
    );
    // A fortnight against a week.
    fires(
        "The trustee drew £6,000 a fortnight in fees from the fund.",
        "The trustee took about £5,000 a week in fees from the fund.",
    );
    quiet(
        "The trustee drew £6,000 a fortnight in fees from the fund.",
        "The trustee took £3,000 a week in fees from the fund.",
    );
    // A year ("annually") against a month: the noun and the verb meet.
    fires(
        "The ferry operators promise savings of £12m a year after the tie-up.",
        "Bosses told staff the fleets would save £1.5m a month once combined.",
    );
    quiet(
        "The ferry operators promise savings of £12m a year after the tie-up.",
        "Bosses told staff the fleets would save £1m a month once combined.",
    );
    // "every month" against "a year".
    fires(
        "The union says a typical member stands to lose £1,800 a year under the plan.",
        "Under the plan a typical member could lose roughly £260 every month, the union says.",
    );
}

#[test]
fn named_agents_money_over_two_periods() {
    fires(
        "Court papers showed that Corran awarded himself £6,000 a fortnight from the pension pot.",
        "The court was told Corran took roughly £8,000 a week out of the fund.",
    );
    quiet(
        "Court papers showed that Corran awarded himself £6,000 a fortnight from the pension pot.",
        "The court was told Corran took roughly £3,000 a week out of the fund.",
    );
    // One person's pay and the same person's rent: far apart, two sums.
    quiet("Court papers showed that Corran awarded himself £6,000 a week.", "Corran paid £900 a month for a flat.");
}

#[test]
fn one_every_n_minutes_is_a_rate() {
    fires(
        "Around 100 trams a day stop at Mercer Square, the operator says.",
        "Residents say a tram stops at the square every six minutes.",
    );
    quiet(
        "About 10 trams an hour stop at Mercer Square, the operator says.",
        "Residents say a tram stops at the square every six minutes.",
    );
    // A person doing something every N minutes is not a count of things.
    quiet("The keeper counts 40 boats a day at the mouth.", "He walks to the end of the pier every 20 minutes.");
}

#[test]
fn unit_rates_are_converted() {
    fires(
        "At the quarry, contractors brought in pumps shifting 900 litres a second.",
        "The contractors brought in pumps shifting 5,000 cubic metres an hour.",
    );
    quiet(
        "At the quarry, contractors brought in pumps shifting 900 litres a second.",
        "The contractors brought in pumps shifting 3,240 cubic metres an hour.",
    );
    fires(
        "The test drone flew at 40 metres per second over the estuary.",
        "The test drone flew at about 120 mph over the bay.",
    );
    quiet(
        "The test drone flew at 40 metres per second over the estuary.",
        "The test drone flew at about 90 mph over the bay.",
    );
}

#[test]
fn counts_per_day_and_per_week() {
    fires("The port handles 350 lorries a day through its eastern gate.", "The port handles 2,000 lorries a week.");
    quiet("The port handles 350 lorries a day through its eastern gate.", "The port handles 2,450 lorries a week.");
}

#[test]
fn a_converted_rate_stays_wrong_over_time() {
    let r = pair_with(LATER, "The port handles 350 lorries a day.", "The port handles 2,000 lorries a week.");
    assert_eq!(rate_alarms(&r), 1, "{:#?}", r.findings);
}

#[test]
fn different_subjects_and_purposes_do_not_fire() {
    // Two named people's pay.
    quiet("Skipper Jonas Pellwith earns £3,000 a week.", "Harbourmaster Mara Quisling earns £90,000 a year.");
    // Rent and rates are two sums.
    quiet("The club pays £2,000 a week in rent.", "The club pays £40,000 a year in rates.");
}

/// Periods written as an adverb after the thing ("daily", "annually"), as
/// a quarter ("a quarter", "quarterly") and as "every N units": each
/// converted, so that agreeing conversions stay quiet.
#[test]
fn periods_after_the_thing_quarters_and_every_n_units() {
    fires(
        "The depot dispatches 1,400 parcels daily, its manager said.",
        "The depot dispatches about 4,000 parcels a week, its manager said.",
    );
    quiet(
        "The depot dispatches 1,400 parcels daily, its manager said.",
        "The depot dispatches 9,800 parcels a week, its manager said.",
    );
    fires(
        "The orchard ships 12,000 crates a quarter to the mainland.",
        "The orchard ships 1,000 crates a month to the mainland.",
    );
    quiet(
        "The orchard ships 12,000 crates a quarter to the mainland.",
        "The orchard ships 4,000 crates a month to the mainland.",
    );
    fires("The orchard ships 9,000 crates quarterly.", "The orchard ships 9,000 crates a year.");
    quiet("The orchard ships 9,000 crates quarterly.", "The orchard ships 36,000 crates a year.");
    fires(
        "The clinic vaccinates 450 patients every two weeks at the hall.",
        "The clinic vaccinates 450 patients a week at the hall.",
    );
    quiet(
        "The clinic vaccinates 450 patients every two weeks at the hall.",
        "The clinic vaccinates 225 patients a week at the hall.",
    );
    quiet("The mill produced 30 tonnes of flour every three months.", "The mill produced ten tonnes of flour a month.");
}

/// Words that look like those periods but are not one: "a quarter of
/// which" is a share.
#[test]
fn shares_and_period_adjectives_before_a_noun_are_not_rates() {
    quiet("The orchard ships 12,000 crates, a quarter of them abroad.", "The orchard ships 12,000 crates a year.");
    quiet("The orchard ships 12,000 crates a quarter of which go abroad.", "The orchard ships 12,000 crates a year.");
}

/// How often a thing is done ("once a fortnight", "six times a year",
/// "every other day", "every six hours") is a rate of occasions, keyed on
/// what is done to and by whom, whatever the verb. A frequency is a round
/// figure: "once a fortnight" and "twice a month" agree. (Invented.)
#[test]
fn frequencies_of_one_action() {
    fires(
        "Council inspectors visited the depot kitchen once a fortnight.",
        "Council inspectors inspected the depot kitchen four times a year.",
    );
    fires("Nurses changed the dressing every other day.", "Nurses changed the dressing three times a day.");
    fires("The crew tested the sluice gate twice a week.", "The crew tested the sluice gate every day.");
    quiet(
        "Council inspectors visited the depot kitchen once a fortnight.",
        "Council inspectors inspected the depot kitchen twice a month.",
    );
    quiet(
        "Council inspectors visited the depot kitchen once a fortnight.",
        "Contract cleaners scrubbed the depot kitchen four times a year.",
    );
    quiet("Nurses changed the dressing every other day.", "Nurses changed the bandage three times a day.");
    quiet("The backlog was getting worse every day.", "The backlog was getting worse twice a week.");
}

/// A length moved over an hour in one report and over a day in the other
/// ("rose 25 millimetres an hour", "rose 1.5 metres a day"): one unit for
/// every length rate, so the two are compared once converted. (Invented.)
#[test]
fn a_length_an_hour_against_a_length_a_day() {
    fires(
        "The floodwater rose about 25 millimetres an hour on Sunday.",
        "The floodwater rose roughly 1.5 metres a day on Sunday.",
    );
    fires("The glacier slid 4 centimetres an hour.", "The glacier slid close to 3 metres a day.");
    quiet(
        "The floodwater rose about 25 millimetres an hour on Sunday.",
        "The floodwater rose roughly 60 centimetres a day on Sunday.",
    );
    quiet("Rain fell at 12 mm an hour.", "The river rose 3 metres a day.");
}

/// Two reports word one rate with no thing counted differently ("the
/// society's monitoring cost", "costs the society"): they meet on a
/// telling word in common, never on a money or time word alone ("spends
/// ... on fuel" against "spends ... on heating"). (Invented.)
#[test]
fn rates_worded_differently_meet_on_a_telling_word() {
    fires(
        "The trust pays about £3 a week per subscriber for the flood alerts.",
        "The flood alerts cost the trust £200 a year for each subscriber.",
    );
    fires(
        "Dredgers shifted the silt at 400 tonnes an hour.",
        "The silt was cleared at about 20,000 tonnes a day by the dredgers.",
    );
    quiet(
        "The ferry line spends about £25,000 a week on fuel.",
        "The ferry line spends about £2,000 a week on heating.",
    );
    quiet(
        "The trust pays about £3 a week per subscriber for the flood alerts.",
        "The flood alerts cost the trust £160 a year for each subscriber.",
    );
}

/// A period on the noun an amount is "of" ("an annual fuel bill of
/// £2.2m", "a monthly rent of £9,000") and a spend by the period with a
/// pronoun subject ("It spends about £25,000 a week on fuel"). (Invented.)
#[test]
fn a_period_on_the_noun_and_a_spend_with_a_pronoun() {
    fires(
        "It spends about £25,000 a week on fuel, the ferry line says.",
        "The ferry line's annual fuel bill of £2.2m is its largest cost.",
    );
    fires(
        "The club pays a monthly rent of £9,000 to the harbour board.",
        "The club pays the harbour board £150,000 a year in rent.",
    );
    quiet(
        "It spends about £25,000 a week on fuel, the ferry line says.",
        "The ferry line's annual fuel bill of £1.3m is its largest cost.",
    );
    quiet(
        "It spends about £25,000 on fuel, the ferry line says.",
        "The ferry line's annual fuel bill of £2.2m is its largest cost.",
    );
}
