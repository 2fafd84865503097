//! Quantities written two ways (issue #13, items 3, 4 and 8) in one
//! invented frame across two articles: the same value written two ways
//! gives no finding; two clearly different values give exactly one
//! figure-mismatch. Money in words, codes and compounds; measures with
//! "a", "half a", fractions and compound units; temperatures; negated
//! hedges.

use factlint::check::Kind;
use factlint::check::figure_mismatch::FigureMismatch;
use factlint::load::Article;

const A: &str = "Moor Gazette\n\nQuarry plan backed\n\nMonday 3 March 2025\n\n";
const B: &str = "Dale Post\n\nQuarry plan latest\n\nTuesday 4 March 2025\n\n";

/// Figure-mismatch alarms when `a` and `b` fill the frame's blank.
fn mismatches(frame: &str, a: &str, b: &str) -> usize {
    let art = |head: &str, form: &str| format!("{head}{}\n", frame.replace("{}", form));
    let articles = vec![Article::from_text("a.txt", art(A, a)), Article::from_text("b.txt", art(B, b))];
    let report = factlint::check_articles(articles, vec![]);
    report.findings.iter().filter(|f| f.severity.is_alarm() && f.kind == FigureMismatch::FINDING).count()
}

const MONEY: &str = "Councillors approved a footbridge at Brackenholt costing {} on Friday.";
const LENGTH: &str = "The new footpath at Brackenholt has a length of {} according to the plans.";
const VOLUME: &str = "The new tank at Brackenholt has a capacity of {} according to the plans.";
const HEAT: &str = "Temperatures at Brackenholt fell to {} on Sunday.";
const COUNT: &str = "The quarry at Brackenholt will take on {} seasonal workers this spring.";

#[test]
fn one_amount_written_two_ways_agrees() {
    for (a, b) in [
        ("£40", "40 pounds"),
        ("$3.2 billion", "USD 3.2bn"),
        ("$ 75 million", "75 million dollars"),
        ("€12", "12 euros"),
        ("£3.50", "three pounds fifty"),
        ("$4.20", "four dollars and 20 cents"),
        ("£0.75", "75 pence"),
        ("$1", "a dollar"),
        ("€1", "one euro"),
        ("five million yen", "5,000,000 yen"),
    ] {
        assert_eq!(mismatches(MONEY, a, b), 0, "{a} / {b}");
    }
    for (frame, a, b) in [
        (LENGTH, "a mile", "1.6 km"),
        (LENGTH, "half a mile", "800 metres"),
        (LENGTH, "10 1/2 miles", "10.5 miles"),
        (LENGTH, "12 nautical miles", "22 km"),
        (VOLUME, "2 gallons", "7.6 litres"),
        (VOLUME, "40 centilitres", "0.4 litres"),
        (VOLUME, "3 hectolitres", "300 litres"),
        (VOLUME, "2 cubic metres", "2,000 litres"),
        (HEAT, "minus 4C", "25F"),
        (HEAT, "five degrees Celsius", "41 degrees Fahrenheit"),
    ] {
        assert_eq!(mismatches(frame, a, b), 0, "{a} / {b}");
    }
}

#[test]
fn two_clearly_different_amounts_give_one_finding() {
    for (frame, a, b) in [
        (MONEY, "£40", "90 pounds"),
        (MONEY, "three pounds fifty", "£7"),
        (MONEY, "$4.20", "nine dollars and 20 cents"),
        (MONEY, "USD 3.2bn", "$5bn"),
        (LENGTH, "a mile", "4 km"),
        (LENGTH, "half a mile", "3 km"),
        (VOLUME, "2 gallons", "20 litres"),
        (HEAT, "minus 4C", "50F"),
    ] {
        assert_eq!(mismatches(frame, a, b), 1, "{a} / {b}");
    }
}

#[test]
fn different_currencies_are_never_compared() {
    // Two currencies are two quantities: no conversion rate is known.
    assert_eq!(mismatches(MONEY, "C$40m", "$40m"), 0);
    assert_eq!(mismatches(MONEY, "40 swiss francs", "90 euros"), 0);
}

#[test]
fn negation_flips_a_hedge() {
    // "not more than 200" is at most 200: it meets 150, not 400.
    assert_eq!(mismatches(COUNT, "not more than 200", "150"), 0);
    assert_eq!(mismatches(COUNT, "not more than 200", "400"), 1);
    // "never fewer than 200" is at least 200: it meets 400, not 100.
    assert_eq!(mismatches(COUNT, "never fewer than 200", "400"), 0);
    assert_eq!(mismatches(COUNT, "never fewer than 200", "100"), 1);
    // Lower and upper bounds in other words.
    assert_eq!(mismatches(COUNT, "upwards of 200", "260"), 0);
    assert_eq!(mismatches(COUNT, "in excess of 200", "260"), 0);
    assert_eq!(mismatches(COUNT, "lower than 200", "150"), 0);
    assert_eq!(mismatches(COUNT, "some 200", "210"), 0);
    assert_eq!(mismatches(COUNT, "some 200", "400"), 1);
}

#[test]
fn glued_ranges_never_contradict_a_value_inside() {
    // A glued range may not fire against a value inside it (reading it as
    // a range against one outside it is left to the figure reader).
    assert_eq!(mismatches(COUNT, "150-200", "180"), 0);
}
