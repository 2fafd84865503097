//! Dates: the absolute forms news writes ("23 November 2017", "Nov 23",
//! "November 23, 2017", "the 23rd", "23/11/2017", "2017-11-23") and the
//! relative ones ("yesterday", "on Tuesday", "last Thursday", "last
//! month", "last year", "in March", "eight years ago"), resolved against a
//! reference date: the article's publication date.
//!
//! Reading and resolving are two steps: [`parse_date`] says what the words
//! say ([`DateExpr`]) (the modules `read`, `relative` and `periods`), and
//! [`DateExpr::resolve`] (module `resolve`) turns that into days with
//! jiff's calendar arithmetic. With no reference date, anything relative
//! stays unresolved (`None`): an undated article's "on Tuesday" is never
//! guessed.
//!
//! A weekday or a day without a month can point back or forward ("on
//! Friday" in a report is usually the Friday just gone, "will strike on
//! Friday" the one to come): [`Lean`] says which reading to take, and
//! [`DateExpr::readings`] gives both when the sentence does not say.
//!
//! The words (month and weekday names, "yesterday", "the seventies"...)
//! are the lists of rules/words/dates.toml, read through [`DateWords`].

mod holiday;
mod ordinal;
mod periods;
mod read;
mod relative;
mod resolve;
mod trigger;

use crate::vocab::LowerWord;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use jiff::civil::{Date, Weekday};

use super::duration::{Duration, DurationWords};
use super::number::NumberWords;
use crate::segment::tokens::{Token, tokenize};
use crate::span::Span;
use crate::vocab::{Entry, Vocabulary, WordList};
pub use holiday::{HolidayRule, easter_sunday};
use read::Reader;

/// Whether an underspecified date is read as the last such day on or
/// before the reference, or the first on or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Past,
    Future,
}

/// How numeric dates such as 03/04/2020 are read when both orders are
/// possible. News outside the US writes the day first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumericOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

/// Relative weekday words: "last Friday", "this Friday", "next Friday",
/// and the weekdays a week further out: "the Friday before last" and
/// "a week last Friday" (the week before last Friday's), "the Friday
/// after next", "Friday week" and "a week on Friday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekRel {
    Plain,
    Last,
    This,
    Next,
    BeforeLast,
    AfterNext,
    /// "Friday of last week": the previous calendar week only.
    OfLastWeek,
}

/// A calendar unit for "last week", "this month", "next year".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodUnit {
    Week,
    Month,
    Year,
    Decade,
}

/// What the words of a date say, before any reference date.
#[derive(Debug, Clone, PartialEq)]
pub enum DateExpr {
    /// A day, with what parts the text gives.
    Day { year: Option<i16>, month: Option<i8>, day: i8 },
    /// A whole month ("March 2019", "in March").
    Month { year: Option<i16>, month: i8 },
    /// A whole year ("in 2015").
    Year(i16),
    /// A weekday ("on Tuesday", "last Tuesday").
    Weekday { weekday: Weekday, rel: WeekRel },
    /// Days from the reference: today 0, yesterday -1, tomorrow 1.
    Offset(i32),
    /// A length of time before (negative) or after the reference:
    /// "eight years ago", "two weeks from now", "in 3 weeks". `from` is
    /// the day counted from (-1 for "two days before yesterday"); a shift
    /// `to_the_day` ("a week ago today", "a month ago yesterday") names
    /// that very day, where "a week ago" is only about then.
    Shift { duration: Duration, sign: i8, from: i32, to_the_day: bool },
    /// The week, month or year before (-1), of (0) or after (1) the reference.
    Period { unit: PeriodUnit, offset: i8 },
    /// A month of the reference's year, the year before or after ("this
    /// September", "last June", "next March").
    MonthOf { month: i8, offset: i8 },
    /// A decade ("the 1970s", "the '70s").
    Decade(i16),
    /// Months of a year: quarters and halves ("Q3 2016", "the third
    /// quarter", "H1"); `year` None means the reference's year.
    Months { year: Option<i16>, first: i8, count: i8 },
    /// Months of the reference's year or the one before or after ("Q3
    /// this year", "the third quarter next year").
    MonthsOfYear { offset: i8, first: i8, count: i8 },
    /// The weekend (Saturday and Sunday) of the reference's week, or the
    /// one before or after.
    Weekend { offset: i8 },
    /// A season: news seasons differ by hemisphere, so never resolved.
    Season,
    /// From one date to another, both days included.
    Range(Box<DateExpr>, Box<DateExpr>),
    /// A day of the reference's month, or the month before or after
    /// ("the 20th of next month").
    DayOfMonth { day: i8, month_offset: i8 },
    /// "Thursday the 21st": the 21st nearest the reference that is a Thursday.
    WeekdayDay { weekday: Weekday, day: i8 },
    /// "the first Friday of July", "the second Monday of next month".
    NthWeekday { nth: i8, weekday: Weekday, month: Box<DateExpr> },
    /// "the past three weeks" (sign -1: up to the day before the
    /// reference), "the next 3 days" (sign 1: from the day after).
    Stretch { duration: Duration, sign: i8 },
    /// "the rest of the week": from the reference to the period's end.
    Rest(PeriodUnit),
    /// "early next year", "late last month", "mid-March": a part of a period.
    Part { part: PeriodPart, of: Box<DateExpr> },
    /// A decade named by two digits ("the '70s"): the last one or the next.
    ShortDecade(i16),
    /// A century ("the 15th century").
    Century(i16),
    /// "within 5 days": from the reference to that far ahead.
    Within(Duration),
    /// "earlier this month": from the period's start to the reference.
    SoFar(PeriodUnit),
    /// "the third week of July", "the last week of 2015", "week 10": weeks
    /// counted as ISO 8601 counts them (a week belongs to the month or
    /// year that holds its Thursday); `nth` -1 is the last.
    NthWeek { nth: i8, of: Box<DateExpr> },
    /// "the week of the 18th", "the week starting February 4": the
    /// Monday-to-Sunday week holding that day.
    WeekOf(Box<DateExpr>),
    /// "for 3 days from today", "two weeks starting May 20th": a length
    /// from a day.
    LengthFrom { duration: Duration, from: Box<DateExpr> },
    /// A named day ("Easter Monday", "Christmas 2026", "next
    /// Thanksgiving"): in `year`, or near the reference (`rel` as
    /// `holiday::holiday_near` reads it).
    Holiday { rule: HolidayRule, year: Option<i16>, rel: i8 },
    /// Days counted from another date, from `first` to `last` days on:
    /// "the eve of Independence Day" (-1 to -1), "the day after Boxing
    /// Day" (1), "just before Christmas" (-10 to -1).
    Beside { of: Box<DateExpr>, first: i16, last: i16 },
    /// A length of time before (-1) or after (1) another date: "three
    /// weeks before Christmas", "two months after 4 May 2025".
    ShiftFrom { of: Box<DateExpr>, duration: Duration, sign: i8 },
}

/// Which part of a period "early", "mid" and "late" mean; "the
/// beginning", "the middle" and "the end" of a year are its thirds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodPart {
    Early,
    Mid,
    Late,
    Beginning,
    Middle,
    End,
}

/// Inclusive range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

impl DateRange {
    pub fn day(d: Date) -> Self {
        DateRange { first: d, last: d }
    }

    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    pub fn is_day(&self) -> bool {
        self.first == self.last
    }
}

impl std::fmt::Display for DateRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_day() { write!(f, "{}", self.first) } else { write!(f, "{} to {}", self.first, self.last) }
    }
}

/// A date read from tokens, and the tokens it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDate {
    pub expr: DateExpr,
    pub start: usize,
    pub end: usize,
}

/// The word lists the date reader reads, fetched once from a vocabulary
/// (rules/words/dates.toml declares them). The reader asks about every
/// word of every sentence, so what the lists say about a word is gathered
/// into one table, read with one lookup.
pub struct DateWords<'v> {
    tags: HashMap<String, Tag, BuildHasherDefault<Fnv>>,
    decades: &'v WordList,
    /// Named days and the rule of each (`holidays`).
    holidays: &'v WordList,
    /// "the eve of", "just before": phrases that move the date after them.
    anchors: &'v WordList,
    /// Parts of a day counted from the reference ("last night" -1).
    day_parts: &'v WordList,
    /// Lengths of time ("three weeks ago") and the number reader.
    durations: DurationWords<'v>,
    /// The words a date can begin with (module `trigger`).
    starts: trigger::StartWords,
    /// Every word of every list: a word not here begins no date.
    listed: &'v crate::vocab::ListedWords,
}

/// What the date lists say about one word: one flag per list, read with
/// one lookup (an enum of flags would hide which list said what).
#[derive(Debug, Clone, Copy, Default)]
#[allow(clippy::struct_excessive_bools)]
struct Tag {
    month: Option<i8>,
    weekday: Option<Weekday>,
    full_weekday: bool,
    relative_day: Option<i32>,
    period: Option<PeriodUnit>,
    season: bool,
    ambiguous: bool,
    part_prefix: Option<PeriodPart>,
    part_noun: Option<PeriodPart>,
    range_joiner: bool,
    shift: Option<i8>,
}

/// The lists whose days are read in the possessive too ("Tuesday's
/// recount", "yesterday's vote"); a month's is a period's ("May's
/// figures"), not a day's.
pub(super) const POSSESSIVE_DATE_LISTS: [&str; 2] = ["weekday-names", "relative-days"];

/// A word's possessive forms, straight and curly apostrophe.
pub(super) fn possessives(word: &str) -> [String; 2] {
    [format!("{word}'s"), format!("{word}\u{2019}s")]
}

/// FNV-1a: a fast hash for the short words of the tag table.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A part of a period from its place: 1 the start, 2 the middle, 3 the end.
fn part_of(place: f64, edges: [PeriodPart; 3]) -> Option<PeriodPart> {
    match place as i64 {
        1..=3 => Some(edges[place as usize - 1]),
        _ => None,
    }
}

impl<'v> DateWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        let mut tags: HashMap<String, Tag, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut each = |list: &str, set: &dyn Fn(&mut Tag, f64)| {
            for (word, entry) in vocab.list(list).entries() {
                let value = if let Entry::Value(v) = entry { *v } else { 0.0 };
                set(tags.entry(word.to_string()).or_default(), value);
            }
        };
        each("month-names", &|t, v| t.month = Some(v as i8));
        each("weekday-abbreviations", &|t, v| t.weekday = Weekday::from_monday_one_offset(v as i8).ok());
        each("weekday-names", &|t, v| {
            t.weekday = Weekday::from_monday_one_offset(v as i8).ok();
            t.full_weekday = true;
        });
        each("relative-days", &|t, v| t.relative_day = Some(v as i32));
        each("calendar-periods", &|t, v| {
            t.period = match v as i64 {
                7 => Some(PeriodUnit::Week),
                30 => Some(PeriodUnit::Month),
                365 => Some(PeriodUnit::Year),
                3650 => Some(PeriodUnit::Decade),
                _ => None,
            }
        });
        each("seasons", &|t, _| t.season = true);
        each("ambiguous-date-words", &|t, _| t.ambiguous = true);
        each("period-part-prefixes", &|t, v| {
            t.part_prefix = part_of(v, [PeriodPart::Early, PeriodPart::Mid, PeriodPart::Late]);
        });
        each("period-part-nouns", &|t, v| {
            t.part_noun = part_of(v, [PeriodPart::Beginning, PeriodPart::Middle, PeriodPart::End]);
        });
        each("date-range-joiners", &|t, _| t.range_joiner = true);
        each("time-shift-words", &|t, v| t.shift = Some(v as i8));
        // "Tuesday's recount", "yesterday's vote": a day in the possessive
        // is that day, naming the noun after it.
        for list in POSSESSIVE_DATE_LISTS {
            for (word, _) in vocab.list(list).entries() {
                if let Some(tag) = tags.get(word).copied() {
                    for form in possessives(word) {
                        tags.insert(form, tag);
                    }
                }
            }
        }
        DateWords {
            tags,
            decades: vocab.list("decade-words"),
            holidays: vocab.list("holidays"),
            anchors: vocab.list("date-anchor-phrases"),
            day_parts: vocab.list("relative-day-parts"),
            durations: DurationWords::new(vocab),
            starts: trigger::StartWords::new(vocab),
            listed: vocab.listed(),
        }
    }

    /// The number reader in force.
    pub fn numbers(&self) -> &NumberWords<'v> {
        self.durations.numbers()
    }

    fn tag(&self, lower: &str) -> Option<&Tag> {
        self.tags.get(lower)
    }

    /// 1 to 12 for a month name or its abbreviation, with or without a
    /// full stop ("Oct.").
    pub fn month_number(&self, lower: &str) -> Option<i8> {
        self.tag(lower.trim_end_matches('.'))?.month
    }

    /// A month name or abbreviation (lower case, no full stop).
    pub fn is_month(&self, lower: &str) -> bool {
        self.tag(lower).is_some_and(|t| t.month.is_some())
    }

    /// The weekday a name ("tuesday") or short form ("tue") names.
    pub fn weekday_of(&self, lower: &str) -> Option<Weekday> {
        self.tag(lower)?.weekday
    }

    /// A weekday's full name ("tuesday", not "tue").
    pub fn is_weekday_name(&self, lower: &str) -> bool {
        self.tag(lower).is_some_and(|t| t.full_weekday)
    }

    /// A word for a day counted from the reference: "yesterday" is -1.
    pub fn relative_day(&self, lower: &str) -> Option<i32> {
        self.tag(lower)?.relative_day
    }

    /// A part of a day counted from the reference at the start of
    /// `words` ("last night" -1, "this evening" 0): the day and how many
    /// words it takes.
    pub fn day_part<S: AsRef<str>>(&self, words: &[S]) -> Option<(i32, usize)> {
        match self.day_parts.longest_prefix(words)? {
            (n, Entry::Value(v)) => Some((*v as i32, n)),
            _ => None,
        }
    }

    /// A phrase that moves the date after it by whole days ("the eve
    /// of", "just before"): the first and last day, and its length.
    fn anchor<S: AsRef<str>>(&self, words: &[S]) -> Option<(i16, i16, usize)> {
        let (n, Entry::Form(days)) = self.anchors.longest_prefix(words)? else { return None };
        let mut days = days.split_whitespace().map(|d| d.trim_start_matches('+').parse::<i16>());
        let first = days.next()?.ok()?;
        let last = match days.next() {
            Some(d) => d.ok()?.max(first),
            None => first,
        };
        Some((first, last, n))
    }

    /// A word for the day a length of time counts from: "now" or a
    /// relative day ("two days after tomorrow").
    fn base_day(&self, lower: &str) -> Option<i32> {
        if lower == "now" { Some(0) } else { self.relative_day(lower) }
    }

    /// The calendar period a word names ("week", "year"), by its length.
    fn period(&self, lower: &str) -> Option<PeriodUnit> {
        self.tag(lower)?.period
    }

    /// A season word; `bare` excludes those that are also everyday words
    /// ("fall"), for a season with no "last" or "this" before it.
    fn is_season(&self, lower: &str, bare: bool) -> bool {
        self.tag(lower).is_some_and(|t| t.season && !(bare && t.ambiguous))
    }

    /// The part of a period a word before it names: "early", "mid", "late".
    fn part_prefix(&self, lower: &str) -> Option<PeriodPart> {
        self.tag(lower)?.part_prefix
    }

    /// The part of a period a noun names: "the beginning", "the end".
    fn part_noun(&self, lower: &str) -> Option<PeriodPart> {
        self.tag(lower)?.part_noun
    }

    /// A month name that is also an everyday word ("may", "march").
    fn is_ambiguous(&self, lower: &str) -> bool {
        self.tag(lower).is_some_and(|t| t.ambiguous)
    }

    /// A word between the two ends of a range ("to", "through", "-").
    fn is_range_joiner(&self, lower: &str) -> bool {
        self.tag(lower).is_some_and(|t| t.range_joiner)
    }

    /// -1 for a word that counts a length back ("ago"), 1 forward ("later").
    fn shift(&self, lower: &str) -> Option<i8> {
        self.tag(lower)?.shift
    }
}

/// Reads a date starting at token `i`, if one starts there.
pub fn parse_date(tokens: &[Token], i: usize, order: NumericOrder, vocab: &Vocabulary) -> Option<ParsedDate> {
    let lower: Vec<crate::vocab::LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
    parse_date_lower(tokens, &lower, i, order, &DateWords::new(vocab))
}

/// [`parse_date`] for a caller that reads every position of one sentence
/// and has its words in lower case already (one per token), and the word
/// lists fetched once.
pub fn parse_date_lower(
    tokens: &[Token],
    lower: &[LowerWord],
    i: usize,
    order: NumericOrder,
    words: &DateWords,
) -> Option<ParsedDate> {
    Reader::new(tokens, lower, order, words).parse(i)
}

/// The date reader over one sentence, for a caller that tries every
/// position: where a date can start is read once ([`DateWords::start_flags`]),
/// and what one parse reads at a token (a length of time, a year, a
/// calendar date) is kept for the parses at the other positions.
pub struct SentenceDates<'t, 'a> {
    reader: Reader<'t, 'a>,
    starts: Vec<bool>,
}

impl<'t, 'a> SentenceDates<'t, 'a> {
    pub fn new(
        tokens: &'t [Token<'a>],
        lower: &'t [LowerWord<'t>],
        order: NumericOrder,
        words: &'t DateWords<'t>,
    ) -> Self {
        SentenceDates { reader: Reader::new(tokens, lower, order, words), starts: words.start_flags(tokens, lower) }
    }

    /// Reads a date starting at token `i`, if one starts there.
    pub fn parse_at(&self, i: usize) -> Option<ParsedDate> {
        self.reader.parse_if(i, self.starts.get(i).copied().unwrap_or(false))
    }
}

/// Every date in a text with its span, left to right, longest first.
pub fn dates_in(text: &str, order: NumericOrder, vocab: &Vocabulary) -> Vec<(Span, ParsedDate)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let lower: Vec<crate::vocab::LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
    let words = DateWords::new(vocab);
    let reader = Reader::new(&tokens, &lower, order, &words);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.parse(i) {
            Some(p) if p.end > p.start => {
                let span = Span::new(tokens[p.start].span.start, tokens[p.end - 1].span.end);
                i = p.end;
                out.push((span, p));
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn read(s: &str, r: Option<Date>, lean: Lean) -> Option<DateRange> {
        let found = dates_in(s, NumericOrder::DayFirst, Vocabulary::shipped());
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found[0].1.expr.resolve(r, lean)
    }

    #[test]
    fn shipped_lists_have_the_shapes_the_reader_reads() {
        use crate::vocab::Shape;
        let v = Vocabulary::shipped();
        for name in [
            "month-names",
            "weekday-names",
            "weekday-abbreviations",
            "relative-days",
            "calendar-periods",
            "decade-words",
            "period-part-prefixes",
            "period-part-nouns",
            "time-shift-words",
        ] {
            assert_eq!(v.list(name).shape, Shape::Values, "{name}");
        }
        for name in ["ambiguous-date-words", "seasons", "date-range-joiners"] {
            assert_eq!(v.list(name).shape, Shape::Words, "{name}");
        }
        let words = DateWords::new(v);
        assert_eq!(words.month_number("sept."), Some(9));
        assert_eq!(words.weekday_of("thurs"), Some(Weekday::Thursday));
        assert_eq!(words.period("decade"), Some(PeriodUnit::Decade));
        assert_eq!(words.part_noun("start"), Some(PeriodPart::Beginning));
    }

    #[test]
    fn absolute_forms() {
        let d = Some(DateRange::day(date(2017, 11, 23)));
        for s in [
            "23 November 2017",
            "November 23, 2017",
            "23/11/2017",
            "2017-11-23",
            "Thursday 23rd November 2017",
            "the 23rd of November 2017",
        ] {
            assert_eq!(read(s, None, Lean::Past), d, "{s}");
        }
        assert_eq!(
            read("in March 2019", None, Lean::Past).map(|r| (r.first, r.last)),
            Some((date(2019, 3, 1), date(2019, 3, 31)))
        );
    }

    #[test]
    fn relative_forms_need_a_reference() {
        let thu = Some(date(2019, 6, 13));
        assert_eq!(read("yesterday", thu, Lean::Past), Some(DateRange::day(date(2019, 6, 12))));
        assert_eq!(read("on Wednesday", thu, Lean::Past), Some(DateRange::day(date(2019, 6, 12))));
        assert_eq!(read("on Friday", thu, Lean::Future), Some(DateRange::day(date(2019, 6, 14))));
        assert_eq!(read("Nov 23", Some(date(2017, 12, 1)), Lean::Past), Some(DateRange::day(date(2017, 11, 23))));
        assert_eq!(read("yesterday", None, Lean::Past), None);
        assert_eq!(read("on Tuesday", None, Lean::Past), None);
        assert_eq!(
            read("eight years ago", Some(date(2023, 11, 6)), Lean::Past),
            Some(DateRange::day(date(2015, 11, 6)))
        );
        assert_eq!(read("last year", Some(date(2023, 11, 6)), Lean::Past).map(|r| r.first), Some(date(2022, 1, 1)));
    }

    #[test]
    fn years_in_words_two_digit_years_and_month_name_iso_forms() {
        let year = |s: &str| read(s, None, Lean::Past).map(|r| (r.first, r.last));
        let whole = |y| Some((date(y, 1, 1), date(y, 12, 31)));
        assert_eq!(year("in nineteen twenty eight"), whole(1928));
        assert_eq!(year("in nineteen eighty-four"), whole(1984));
        assert_eq!(year("in two thousand and fourteen."), whole(2014));
        assert_eq!(year("in one thousand seven hundred and eighty nine"), whole(1789));
        // A count, not a year: a noun follows it.
        for s in ["in two thousand homes", "in nineteen hundred cases", "fell in two thousand and fourteen schools"] {
            let found = dates_in(s, NumericOrder::DayFirst, Vocabulary::shipped());
            assert!(found.iter().all(|(_, p)| !matches!(p.expr, DateExpr::Year(_))), "{s}: {found:?}");
        }
        assert_eq!(
            read("from two thousand until two thousand and fourteen", None, Lean::Past).map(|r| (r.first, r.last)),
            // A range ends where its end begins (as every range here does).
            Some((date(2000, 1, 1), date(2014, 1, 1)))
        );
        let day = Some(DateRange::day(date(1901, 9, 10)));
        assert_eq!(read("September 10, nineteen zero one", None, Lean::Past), day);
        assert_eq!(read("September 10, nineteen oh one", None, Lean::Past), day);
        let august = |y| Some((date(y, 8, 1), date(y, 8, 31)));
        for (s, y) in [("August '99", 1999), ("Aug 99", 1999), ("August '07", 2007), ("August 2007", 2007)] {
            assert_eq!(read(s, None, Lean::Past).map(|r| (r.first, r.last)), august(y), "{s}");
        }
        // "August 12" is a day; a number up to 31 after a month is its day.
        assert_eq!(read("August 12", Some(date(2020, 9, 1)), Lean::Past), Some(DateRange::day(date(2020, 8, 12))));
        let sep1 = Some(DateRange::day(date(2019, 9, 1)));
        for s in ["2019-sep-1", "2019/Sep/01", "2019-Sep-01"] {
            assert_eq!(read(s, None, Lean::Past), sep1, "{s}");
        }
        // Mixed separators or an impossible day are not dates of this form.
        for s in ["2019-sep/1", "2019-feb-30"] {
            let found = dates_in(s, NumericOrder::DayFirst, Vocabulary::shipped());
            assert!(found.iter().all(|(_, p)| !matches!(p.expr, DateExpr::Day { year: Some(2019), .. })), "{s}");
        }
    }

    #[test]
    fn a_range_end_without_a_year_follows_its_start() {
        let jan = Some(date(2021, 1, 10));
        assert_eq!(
            read("from 28 December to 3 January", jan, Lean::Past).map(|r| (r.first, r.last)),
            Some((date(2020, 12, 28), date(2021, 1, 3)))
        );
        let oct = Some(date(2018, 10, 24));
        assert_eq!(
            read("from 1 October to 7 November", oct, Lean::Past).map(|r| (r.first, r.last)),
            Some((date(2018, 10, 1), date(2018, 11, 7)))
        );
        // Days of a named week.
        let tue = Some(date(2017, 11, 14));
        for (s, a, b) in [
            ("next week between Wednesday and Friday", date(2017, 11, 22), date(2017, 11, 24)),
            ("this week from Tue to Thur", date(2017, 11, 14), date(2017, 11, 16)),
            ("last week between Friday and Sunday", date(2017, 11, 10), date(2017, 11, 12)),
        ] {
            assert_eq!(read(s, tue, Lean::Past).map(|r| (r.first, r.last)), Some((a, b)), "{s}");
        }
    }
}
