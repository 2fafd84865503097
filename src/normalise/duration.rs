//! Durations: "six months", "half a year", "18 months", "a year and a
//! half", "a fortnight", "two weeks", "48-hour", "3 hrs", "an hour and a
//! half", "1 year 1 month 21 days".
//!
//! A duration keeps the amounts of each unit as written, so that a caller
//! can choose the calendar it counts in: news figures count a month as
//! 365.25 / 12 days (the same base as rates), while some data sets count
//! 30 days. Two durations agree when their lengths in one calendar meet.

use std::borrow::Cow;

use super::interval::Interval;
use super::number::NumberWords;
use crate::segment::tokens::{Token, tokenize};
use crate::span::Span;

use crate::vocab::{Entry, Vocabulary, WordList, lower_word};

/// A unit of time a duration is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    BusinessDay,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    /// Reads a unit word ("hours", "hrs", "h", "fortnight" is two weeks)
    /// from the lists `time-units` and `time-unit-abbreviations`, which
    /// give each word's length in seconds. Returns the largest unit the
    /// length is a whole number of, and how many of it one such word is.
    pub fn from_word(vocab: &Vocabulary, lower: &str) -> Option<(TimeUnit, f64)> {
        let seconds =
            vocab.list("time-units").value(lower).or_else(|| vocab.list("time-unit-abbreviations").value(lower))?;
        Some(TimeUnit::of_seconds(seconds))
    }

    /// The largest unit a length in seconds is a whole number of, and how
    /// many of it.
    fn of_seconds(seconds: f64) -> (TimeUnit, f64) {
        const UNITS: [TimeUnit; 6] =
            [TimeUnit::Year, TimeUnit::Month, TimeUnit::Week, TimeUnit::Day, TimeUnit::Hour, TimeUnit::Minute];
        let of = |u: TimeUnit| Duration { parts: vec![(1.0, u)] }.seconds(NEWS_CALENDAR);
        let unit = UNITS.into_iter().find(|&u| seconds >= of(u) && (seconds / of(u)).fract() == 0.0);
        let unit = unit.unwrap_or(TimeUnit::Second);
        (unit, seconds / of(unit))
    }

    /// Timex letter, as ISO 8601 durations write it. Minutes and months
    /// are both "M": the "T" before the time part tells them apart.
    #[allow(clippy::match_same_arms)]
    pub fn timex(self) -> &'static str {
        match self {
            TimeUnit::Second => "S",
            TimeUnit::Minute => "M",
            TimeUnit::Hour => "H",
            TimeUnit::Day => "D",
            TimeUnit::BusinessDay => "BD",
            TimeUnit::Week => "W",
            TimeUnit::Month => "M",
            TimeUnit::Year => "Y",
        }
    }
}

/// How many days a month and a year are taken to last.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calendar {
    pub month_days: f64,
    pub year_days: f64,
}

/// The calendar of news arithmetic: the same base as rates.
pub const NEWS_CALENDAR: Calendar = Calendar { month_days: 365.25 / 12.0, year_days: 365.25 };

/// A length of time as written: amounts per unit ("1 year 1 month 21 days").
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    pub parts: Vec<(f64, TimeUnit)>,
}

impl Duration {
    /// Length in seconds in the given calendar.
    pub fn seconds(&self, cal: Calendar) -> f64 {
        self.parts
            .iter()
            .map(|&(n, u)| {
                n * match u {
                    TimeUnit::Second => 1.0,
                    TimeUnit::Minute => 60.0,
                    TimeUnit::Hour => 3600.0,
                    TimeUnit::Day | TimeUnit::BusinessDay => 86_400.0,
                    TimeUnit::Week => 7.0 * 86_400.0,
                    TimeUnit::Month => cal.month_days * 86_400.0,
                    TimeUnit::Year => cal.year_days * 86_400.0,
                }
            })
            .sum()
    }

    /// Whether this is one week exactly, as written ("a week", "one
    /// week", "seven days"), for the weekday a week out ("a week on
    /// Friday").
    pub fn is_one_week(&self) -> bool {
        (self.days() - 7.0).abs() < 1e-9
    }

    /// Length in days, news calendar.
    pub fn days(&self) -> f64 {
        self.seconds(NEWS_CALENDAR) / 86_400.0
    }

    /// Whether two durations can be the same length: for spans of a week
    /// or more, within a day and a half or 0.4 per cent (calendar
    /// rounding: "six months" and "26 weeks", "a year" and "52 weeks"
    /// agree); shorter spans within one per cent.
    pub fn agrees(&self, other: &Duration) -> bool {
        let (a, b) = (self.days(), other.days());
        let longest = a.max(b);
        let tolerance = if longest >= 7.0 { (0.004 * longest).max(1.5) } else { (0.01 * longest).max(1e-9) };
        (a - b).abs() <= tolerance
    }
}

/// A duration read from tokens: its value and token range.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDuration {
    pub duration: Duration,
    pub start: usize,
    pub end: usize,
}

/// The word at `i` in lower case; borrowed when it is already (the
/// reader asks at every token, and most words are).
fn word<'a>(tokens: &[Token<'a>], i: usize) -> Option<Cow<'a, str>> {
    tokens.get(i).filter(|t| t.is_word()).map(|t| lower_word(t.text))
}

/// "and a half", "and half": returns the tokens used.
fn and_a_half(d: &DurationWords, tokens: &[Token], i: usize) -> Option<usize> {
    if word(tokens, i).as_deref() != Some("and") {
        return None;
    }
    let half = |k: usize| word(tokens, k).is_some_and(|w| d.numbers.is_half(&w));
    match word(tokens, i + 1).as_deref() {
        Some("a" | "an") if half(i + 2) => Some(3),
        _ if half(i + 1) => Some(2),
        _ => None,
    }
}

/// Reads a unit word at `i`, also "business day(s)" and a unit split by a
/// hyphen ("48-hour", "30-minutes").
fn unit_at(d: &DurationWords, tokens: &[Token], i: usize) -> Option<(TimeUnit, f64, usize)> {
    let mut i = i;
    let mut used = 0;
    if tokens.get(i).is_some_and(|t| t.is("-") && t.glued) {
        i += 1;
        used += 1;
    }
    let w = word(tokens, i)?;
    if d.business.has(&w) {
        let next = word(tokens, i + 1)?;
        if d.unit_word(&next) == Some((TimeUnit::Day, 1.0)) {
            return Some((TimeUnit::BusinessDay, 1.0, used + 2));
        }
        return None;
    }
    // "3.5years", "3day": the tokenizer keeps letters together.
    d.unit_word(&w).map(|(u, k)| (u, k, used + 1))
}

/// One "<amount> <unit>" part, with its "and a half".
fn part_at(d: &DurationWords, tokens: &[Token], i: usize) -> Option<(f64, TimeUnit, usize)> {
    let numbers = &d.numbers;
    let w = word(tokens, i);
    // "half a year", "half an hour", "half year", "half hour".
    if w.as_deref().is_some_and(|w| numbers.is_half(w)) {
        let skip = usize::from(matches!(word(tokens, i + 1).as_deref(), Some("a" | "an")));
        let (u, k, n) = unit_at(d, tokens, i + 1 + skip)?;
        return Some((0.5 * k, u, i + 1 + skip + n));
    }
    // "a year", "an hour", "a fortnight", "a year and a half"; also
    // "all day", "full week", "whole month", "another hour".
    let whole_period = d.whole_period;
    if matches!(w.as_deref(), Some("a" | "an" | "one")) || w.as_deref().is_some_and(|w| whole_period.has(w)) {
        let mut j = i + 1;
        // "an entire day"
        if matches!(w.as_deref(), Some("an" | "a")) && word(tokens, j).is_some_and(|x| whole_period.has(&x)) {
            j += 1;
        }
        if let Some((u, k, n)) = unit_at(d, tokens, j) {
            let mut end = j + n;
            let mut amount = k;
            if let Some(h) = and_a_half(d, tokens, end) {
                amount += 0.5 * k;
                end += h;
            }
            return Some((amount, u, end));
        }
        if w.as_deref() != Some("a") {
            // "one and a half years" falls through to the number reader.
            if w.as_deref() != Some("one") {
                return None;
            }
        }
    }
    // "all-day", "full-week", "whole-year": one word.
    if let Some((pre, unit)) = w.as_deref().and_then(|w| w.split_once('-'))
        && whole_period.has(pre)
        && let Some((u, k)) = d.unit_word(unit)
    {
        return Some((k, u, i + 1));
    }
    // "a few days", "few months": about three; "a couple of weeks",
    // "couple of days": two.
    let at = if w.as_deref() == Some("a") { i + 1 } else { i };
    let first = word(tokens, at).unwrap_or_default();
    let ahead = || vec![first.clone(), word(tokens, at + 1).unwrap_or_default()];
    if d.vague_starts.iter().any(|v| *v == *first)
        && let Some((used, Entry::Value(v))) = d.vague.longest_prefix(&ahead())
        && let Some((u, k, n)) = unit_at(d, tokens, at + used)
    {
        return Some((v * k, u, at + used + n));
    }
    let num = numbers.number(tokens, i)?;
    if num.unit != super::number::Unit::Count || num.value.lo != num.value.hi || num.value.lo < 0.0 {
        return None;
    }
    let mut amount = num.value.lo;
    let mut j = num.end;
    // "twenty and four hours" is not English news; "two and a half hours" is.
    if let Some(h) = and_a_half(d, tokens, j) {
        amount += 0.5;
        j += h;
    }
    let (u, k, n) = unit_at(d, tokens, j)?;
    let mut end = j + n;
    if let Some(h) = and_a_half(d, tokens, end) {
        amount += 0.5;
        end += h;
    }
    Some((amount * k, u, end))
}

/// Reads a duration starting at token `i`, if one starts there.
pub fn read_duration(vocab: &Vocabulary, tokens: &[Token], i: usize) -> Option<ParsedDuration> {
    read_duration_with(&DurationWords::new(vocab), tokens, i)
}

/// The word lists of durations, fetched once by a caller that reads at
/// every token.
pub struct DurationWords<'v> {
    numbers: NumberWords<'v>,
    units: &'v WordList,
    abbreviations: &'v WordList,
    whole_period: &'v WordList,
    vague: &'v WordList,
    /// The first words of the vague counts ("few", "couple").
    vague_starts: Vec<String>,
    business: &'v WordList,
}

impl<'v> DurationWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        DurationWords {
            numbers: NumberWords::new(vocab),
            units: vocab.list("time-units"),
            abbreviations: vocab.list("time-unit-abbreviations"),
            whole_period: vocab.list("whole-period-words"),
            vague: vocab.list("vague-counts"),
            vague_starts: vocab
                .list("vague-counts")
                .phrases()
                .iter()
                .map(|p| p.split(' ').next().unwrap_or("").to_string())
                .collect(),
            business: vocab.list("business-day-words"),
        }
    }

    /// Whether a duration can begin at a word (`lower`, lower case): a
    /// half ("half a year"), "a"/"an"/"one", a whole-period word alone or
    /// hyphened ("all day", "all-day"), the first word of a vague count
    /// ("few days") or a number word. Every form [`part_at`] reads begins
    /// with one of these (or with a digit or a sign, which are not words).
    pub fn may_start_word(&self, lower: &str) -> bool {
        matches!(lower, "a" | "an" | "one")
            || self.numbers.is_half(lower)
            || self.whole_period.has(lower)
            || crate::vocab::split_hyphen(lower).is_some_and(|(pre, _)| self.whole_period.has(pre))
            || self.vague.may_start(lower)
            || self.numbers.small(lower).is_some()
    }

    /// The number reader the durations are read with.
    pub fn numbers(&self) -> &NumberWords<'v> {
        &self.numbers
    }

    /// [`TimeUnit::from_word`] with the lists fetched.
    fn unit_word(&self, lower: &str) -> Option<(TimeUnit, f64)> {
        let seconds = self.units.value(lower).or_else(|| self.abbreviations.value(lower))?;
        Some(TimeUnit::of_seconds(seconds))
    }
}

/// [`read_duration`] with the lists fetched once.
pub fn read_duration_with(d: &DurationWords, tokens: &[Token], i: usize) -> Option<ParsedDuration> {
    let numbers = &d.numbers;
    let (n, u, mut end) = part_at(d, tokens, i)?;
    let mut parts = vec![(n, u)];
    // "1 year 1 month 21 days", "2 years and 3 months", "1 month, 21 days".
    loop {
        let mut j = end;
        if tokens.get(j).is_some_and(|t| t.is(",")) || word(tokens, j).as_deref() == Some("and") {
            j += 1;
        }
        let starts_number =
            tokens.get(j).is_some_and(|t| t.is_number() || numbers.small(&lower_word(t.text)).is_some());
        match part_at(d, tokens, j).filter(|_| starts_number) {
            Some((n2, u2, e2)) if !parts.iter().any(|&(_, pu)| pu == u2) => {
                parts.push((n2, u2));
                end = e2;
            }
            _ => break,
        }
    }
    Some(ParsedDuration { duration: Duration { parts }, start: i, end })
}

/// Every duration in a text, with its span: a scan for tests and tools.
pub fn durations_in(text: &str, vocab: &Vocabulary) -> Vec<(Span, Duration)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let words = DurationWords::new(vocab);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_duration_with(&words, &tokens, i) {
            Some(p) if p.end > i => {
                out.push((Span::new(tokens[i].span.start, tokens[p.end - 1].span.end), p.duration));
                i = p.end;
            }
            _ => i += 1,
        }
    }
    out
}

/// A duration written with a hedge: "more than 40 weeks".
pub fn days_interval(d: &Duration, hedge: super::interval::Hedge) -> Interval {
    hedge.apply(Interval::point(d.days()), &super::interval::DEFAULT_WIDTHS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Duration {
        let found = durations_in(s, Vocabulary::shipped());
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found[0].1.clone()
    }

    #[test]
    fn news_forms_agree() {
        assert!(one("six months").agrees(&one("half a year")));
        assert!(one("18 months").agrees(&one("a year and a half")));
        assert!(one("a fortnight").agrees(&one("two weeks")));
        assert!(one("two weeks").agrees(&one("14 days")));
        assert!(one("104 weeks").agrees(&one("two years")));
        assert!(!one("six months").agrees(&one("five months")));
        assert!(one("an hour and a half").agrees(&one("90 minutes")));
        assert!(one("a 48-hour strike").agrees(&one("two days")));
        assert_eq!(one("1 year 1 month 21 days").parts.len(), 3);
    }

    #[test]
    fn non_durations() {
        assert!(durations_in("a house in the hills", Vocabulary::shipped()).is_empty());
        assert!(durations_in("in 2019", Vocabulary::shipped()).is_empty());
    }
}
