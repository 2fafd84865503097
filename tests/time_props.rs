//! Properties of the duration, date and age normalisers: a value written
//! any supported way normalises to one value, and no input panics.

use factlint::normalise::age::ages_in;
use factlint::normalise::date::{DateRange, Lean, NumericOrder, dates_in};
use factlint::normalise::duration::{Duration, durations_in};
use factlint::vocab::Vocabulary;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;

mod common;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const VOCABULARY: &[&str] = &[
    "the",
    "of",
    "a",
    "an",
    "and",
    "to",
    "from",
    "between",
    "in",
    "on",
    "at",
    "within",
    "since",
    "by",
    "last",
    "next",
    "this",
    "past",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "beginning",
    "end",
    "rest",
    "after",
    "before",
    "ago",
    "week",
    "weeks",
    "month",
    "year",
    "years",
    "decade",
    "century",
    "day",
    "days",
    "weekend",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "Monday",
    "Friday",
    "March",
    "May",
    "sept",
    "Q3",
    "H1",
    "first",
    "third",
    "quarter",
    "half",
    "twenty",
    "one",
    "hundred",
    "thousand",
    "million",
    "point",
    "minus",
    "dozen",
    "over",
    "out",
    "more",
    "than",
    "less",
    "at least",
    "up",
    "or",
    "equal",
    "percent",
    "per",
    "cent",
    "old",
    "aged",
    "his",
    "40s",
    "'",
    "s",
    "-",
    "/",
    ".",
    ",",
    ":",
    "(",
    ")",
    "%",
    "£",
    "<",
    ">",
    "=",
    "0",
    "1",
    "4",
    "12",
    "31",
    "99",
    "2019",
    "1970",
    "9999",
    "00",
    "1.5",
    "3/4",
    "km",
    "m",
    "ha",
    "square",
    "litres",
    "hours",
    "fortnight",
    "few",
    "couple",
    "Ann",
    "Lowe",
    "Mrs",
    "collapsed",
    "said",
    "will",
    "total",
    "together",
    "Of",
    "those",
    "were",
    "^",
    "e",
    "x",
    "10",
    "½",
    "+",
    "now",
    "century",
    "15th",
    "within",
    "beginning",
    "middle",
    "2014-2018",
    "Q4",
    "h2",
    "week of",
];

fn one_duration(s: &str) -> Duration {
    let d = durations_in(s, Vocabulary::shipped());
    assert_eq!(d.len(), 1, "{s}: {d:?}");
    d[0].1.clone()
}

fn one_date(s: &str, reference: Option<Date>, lean: Lean) -> Option<DateRange> {
    let d = dates_in(s, NumericOrder::DayFirst, Vocabulary::shipped());
    assert_eq!(d.len(), 1, "{s}: {d:?}");
    d[0].1.expr.resolve(reference, lean)
}

fn any_date() -> impl Strategy<Value = Date> {
    (1900i16..2100, 1i8..=12, 1i8..=31).prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d).ok())
}

proptest! {
    #[test]
    fn a_duration_written_any_way_is_one_length(k in 1u32..60) {
        let years = one_duration(&format!("{k} years"));
        let months = one_duration(&format!("{} months", 12 * k));
        let fortnights = one_duration(&format!("{k} fortnights"));
        let weeks = one_duration(&format!("{} weeks", 2 * k));
        let days = one_duration(&format!("{} days", 14 * k));
        let and_a_half = one_duration(&format!("{k} and a half years"));
        let half_months = one_duration(&format!("{} months", 12 * k + 6));
        let off = one_duration(&format!("{} months", 12 * k + 6));
        let in_words = one_duration(&format!("{} days", common::number_in_words(u64::from(k))));
        let in_digits = one_duration(&format!("{k} days"));
        prop_assert!(years.agrees(&months));
        prop_assert!(fortnights.agrees(&weeks));
        prop_assert!(weeks.agrees(&days));
        prop_assert!(and_a_half.agrees(&half_months));
        prop_assert!(in_words.agrees(&in_digits));
        prop_assert!(!years.agrees(&off));
    }

    #[test]
    fn a_date_written_any_way_is_one_day(d in any_date()) {
        let (y, m, day) = (d.year(), d.month(), d.day());
        let month = MONTHS[(m - 1) as usize];
        let want = Some(DateRange::day(d));
        let suffix = match day { 1 | 21 | 31 => "st", 2 | 22 => "nd", 3 | 23 => "rd", _ => "th" };
        for form in [
            format!("on {day} {month} {y}"),
            format!("on {month} {day}, {y}"),
            format!("on {day:02}/{m:02}/{y}"),
            format!("on {y}-{m:02}-{day:02}"),
            format!("on {day}{suffix} {month} {y}"),
            format!("on the {day}{suffix} of {month} {y}"),
            format!("on {} {day} {}, {y}", WEEKDAYS[d.weekday().to_monday_zero_offset() as usize], &month[..3]),
        ] {
            prop_assert_eq!(one_date(&form, None, Lean::Past), want, "{}", form);
        }
    }

    #[test]
    fn relative_dates_resolve_against_the_reference(r in any_date(), w in 0usize..7) {
        let yesterday = one_date("it happened yesterday", Some(r), Lean::Past).unwrap();
        prop_assert_eq!(yesterday.first, r.checked_sub(1.day()).unwrap());
        let on = one_date(&format!("it happened on {}", WEEKDAYS[w]), Some(r), Lean::Past).unwrap();
        prop_assert!(on.first <= r && on.first > r.checked_sub(7.days()).unwrap());
        prop_assert_eq!(on.first.weekday().to_monday_zero_offset() as usize, w);
        let ahead = one_date(&format!("it happens on {}", WEEKDAYS[w]), Some(r), Lean::Future).unwrap();
        prop_assert!(ahead.first >= r && ahead.first < r.checked_add(7.days()).unwrap());
        // No reference: never guessed.
        prop_assert_eq!(one_date(&format!("it happened on {}", WEEKDAYS[w]), None, Lean::Past), None);
    }

    #[test]
    fn an_age_written_any_way_is_one_age(n in 1u32..110) {
        for form in [format!("the {n}-year-old"), format!("aged {n}"), format!("{n} years old"), format!("{n} years of age")] {
            let a = ages_in(&form, Vocabulary::shipped());
            prop_assert_eq!(a.len(), 1, "{}", form);
            prop_assert_eq!(a[0].1.value.lo, f64::from(n));
        }
    }

    #[test]
    fn no_input_panics(s in "\\PC{0,80}") {
        let _ = durations_in(&s, Vocabulary::shipped());
        let _ = dates_in(&s, NumericOrder::DayFirst, Vocabulary::shipped());
        let _ = dates_in(&s, NumericOrder::MonthFirst, Vocabulary::shipped());
        let _ = ages_in(&s, Vocabulary::shipped());
        for (_, p) in dates_in(&s, NumericOrder::DayFirst, Vocabulary::shipped()) {
            let _ = p.expr.readings(Some(date(2024, 2, 29)), None);
        }
    }

    #[test]
    fn no_phrase_of_date_and_number_words_panics(words in proptest::collection::vec(proptest::sample::select(VOCABULARY.to_vec()), 0..12), glue in any::<u16>()) {
        // Words the readers look for, in any order, glued or spaced: the
        // readers look ahead and behind, so the ends of a text are where
        // an index can run out.
        let mut text = String::new();
        for (k, w) in words.iter().enumerate() {
            if k > 0 && glue & (1 << (k % 16)) == 0 {
                text.push(' ');
            }
            text.push_str(w);
        }
        let _ = durations_in(&text, Vocabulary::shipped());
        let _ = ages_in(&text, Vocabulary::shipped());
        for (_, p) in dates_in(&text, NumericOrder::DayFirst, Vocabulary::shipped()) {
            let _ = p.expr.readings(Some(date(2024, 2, 29)), None);
            let _ = p.expr.readings(Some(date(1, 1, 1)), None);
            let _ = p.expr.readings(Some(date(9999, 12, 31)), None);
        }
        let article = format!("Title\n\nMonday 3 March 2025\n\n{text}.\n");
        let _ = factlint::check_articles(vec![factlint::load::Article::from_text("a.txt", article)], vec![]);
    }

    #[test]
    fn no_article_panics(s in "[A-Za-z0-9 ,.:;()/£%\\-\n]{0,200}") {
        let text = format!("Title\n\nMonday 3 March 2025\n\n{s}\n");
        let _ = factlint::check_articles(vec![factlint::load::Article::from_text("a.txt", text)], vec![]);
    }
}

proptest! {
    /// A rate written per day, per week, daily, or per hour is one rate per
    /// day. (Under 1,000: a bare four-digit number from 1800 to 2100 is
    /// read as a year.)
    #[test]
    fn a_rate_written_any_way_is_one_rate(n in 1u32..1_000) {
        use factlint::extract::figure::{FigureWords, figures_in_sentence_with};
        use factlint::segment::reading::Sentence;
        let per_day = |s: &str| {
            let mut out = Vec::new();
            let rules = factlint::shipped_rules();
            figures_in_sentence_with(&Sentence::whole(s), &rules.hedges, &FigureWords::new(&rules.vocab), &mut out);
            out.first().map(|f| f64::midpoint(f.value.lo, f.value.hi))
        };
        let day = per_day(&format!("The depot sends {n} lorries a day.")).unwrap();
        let forms = [
            format!("The depot sends {n} daily lorries."),
            format!("The depot sends {n} lorries per day."),
            format!("The depot sends {} lorries a week.", common::grouped_digits(u64::from(7 * n))),
            format!("The depot sends {} lorries every fortnight.", common::grouped_digits(u64::from(14 * n))),
        ];
        let hourly = per_day(&format!("The depot sends {n} lorries an hour.")).unwrap();
        let as_day = per_day(&format!("The depot sends {} lorries a day.", common::grouped_digits(u64::from(24 * n)))).unwrap();
        prop_assert!((hourly - as_day).abs() <= 1e-6 * as_day);
        for form in &forms {
            let v = per_day(form);
            prop_assert!(v.is_some_and(|v| (v - day).abs() <= 1e-6 * day), "{}: {:?} vs {}", form, v, day);
        }
    }
}
