//! Dates: the absolute forms news writes ("23 November 2017", "Nov 23",
//! "November 23, 2017", "the 23rd", "23/11/2017", "2017-11-23") and the
//! relative ones ("yesterday", "on Tuesday", "last Thursday", "last
//! month", "last year", "in March", "eight years ago"), resolved against a
//! reference date: the article's publication date.
//!
//! Reading and resolving are two steps: [`parse_date`] says what the words
//! say ([`DateExpr`]), and [`DateExpr::resolve`] turns that into days with
//! jiff's calendar arithmetic. With no reference date, anything relative
//! stays unresolved (`None`): an undated article's "on Tuesday" is never
//! guessed.
//!
//! A weekday or a day without a month can point back or forward ("on
//! Friday" in a report is usually the Friday just gone, "will strike on
//! Friday" the one to come): [`Lean`] says which reading to take, and
//! [`DateExpr::readings`] gives both when the sentence does not say.

use jiff::civil::{Date, Weekday};
use jiff::{Span as JSpan, ToSpan};

use super::duration::{Duration, TimeUnit, parse_duration};
use super::number::word_value;
use crate::segment::tokens::{Token, TokenKind, tokenize};
use crate::span::Span;

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

/// Relative weekday words: "last Friday", "this Friday", "next Friday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekRel {
    Plain,
    Last,
    This,
    Next,
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
    /// "eight years ago", "two weeks from now", "in 3 weeks".
    Shift { duration: Duration, sign: i8, from: i32 },
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

fn month_range(y: i16, m: i8) -> Option<DateRange> {
    let first = Date::new(y, m, 1).ok()?;
    Some(DateRange { first, last: first.last_of_month() })
}

fn months_range(y: i16, first: i8, count: i8) -> Option<DateRange> {
    let start = Date::new(y, first, 1).ok()?;
    let last = start.checked_add(i64::from(count).months()).ok()?.yesterday().ok()?;
    Some(DateRange { first: start, last })
}

fn year_range(y: i16) -> Option<DateRange> {
    Some(DateRange { first: Date::new(y, 1, 1).ok()?, last: Date::new(y, 12, 31).ok()? })
}

fn monday_of(d: Date) -> Option<Date> {
    d.checked_sub((d.weekday().to_monday_zero_offset() as i64).days()).ok()
}

fn duration_span(d: &Duration, sign: i8) -> Option<JSpan> {
    let mut span = JSpan::new();
    for &(n, u) in &d.parts {
        // Calendar arithmetic wants whole units: "1.5 years" is 18 months.
        let (n, u) = match u {
            TimeUnit::Year if n.fract() != 0.0 => (n * 12.0, TimeUnit::Month),
            TimeUnit::Week if n.fract() != 0.0 => (n * 7.0, TimeUnit::Day),
            _ => (n, u),
        };
        let k = (n.round() as i64) * i64::from(sign);
        span = match u {
            TimeUnit::Year => span.try_years(k).ok()?,
            TimeUnit::Month => span.try_months(k).ok()?,
            TimeUnit::Week => span.try_weeks(k).ok()?,
            TimeUnit::Day | TimeUnit::BusinessDay => span.try_days(k).ok()?,
            // A date shifted by hours is still, to the day, the reference.
            _ => span,
        };
    }
    Some(span)
}

impl DateExpr {
    /// Whether the words name a day, month or year outright, with no
    /// reference needed.
    pub fn is_absolute(&self) -> bool {
        matches!(
            self,
            DateExpr::Day { year: Some(_), month: Some(_), .. }
                | DateExpr::Month { year: Some(_), .. }
                | DateExpr::Year(_)
                | DateExpr::Decade(_)
                | DateExpr::Months { year: Some(_), .. }
        )
    }

    /// Whether the reading depends on which way the sentence leans.
    pub fn leans(&self) -> bool {
        matches!(
            self,
            DateExpr::Day { year: None, .. }
                | DateExpr::Month { year: None, .. }
                | DateExpr::Weekday { rel: WeekRel::Plain, .. }
        )
    }

    /// The days these words mean, read against `reference`.
    pub fn resolve(&self, reference: Option<Date>, lean: Lean) -> Option<DateRange> {
        match *self {
            DateExpr::Day { year: Some(y), month: Some(m), day } => Date::new(y, m, day).ok().map(DateRange::day),
            DateExpr::Month { year: Some(y), month } => month_range(y, month),
            DateExpr::Year(y) => year_range(y),
            DateExpr::Decade(y) => {
                Some(DateRange { first: Date::new(y, 1, 1).ok()?, last: Date::new(y + 9, 12, 31).ok()? })
            }
            DateExpr::Months { year: Some(y), first, count } => months_range(y, first, count),
            DateExpr::Season => None,
            DateExpr::Century(c) => Some(DateRange {
                first: Date::new((c - 1) * 100, 1, 1).ok()?,
                last: Date::new((c - 1) * 100 + 99, 12, 31).ok()?,
            }),
            DateExpr::Range(ref a, ref b) => {
                // "between now and 15 November" looks ahead; "between 22
                // January and now" looks back.
                let (la, lb) = match (a.as_ref(), b.as_ref()) {
                    (DateExpr::Offset(0), _) => (lean, Lean::Future),
                    (_, DateExpr::Offset(0)) => (Lean::Past, lean),
                    _ => (lean, lean),
                };
                let a = a.resolve(reference, la)?;
                let b = b.resolve(reference, lb)?;
                (a.first <= b.last).then_some(DateRange { first: a.first, last: b.first.max(a.first) })
            }
            _ => self.resolve_relative(reference?, lean),
        }
    }

    fn resolve_relative(&self, r: Date, lean: Lean) -> Option<DateRange> {
        match self {
            DateExpr::Day { year: None, month: Some(m), day } => {
                // The same day and month in the reference's year, or the
                // year before or after.
                // 29 February looks up to eight years away.
                let d = match lean {
                    Lean::Past => (0..=8).filter_map(|k| Date::new(r.year() - k, *m, *day).ok()).find(|d| *d <= r),
                    Lean::Future => (0..=8).filter_map(|k| Date::new(r.year() + k, *m, *day).ok()).find(|d| *d >= r),
                }?;
                Some(DateRange::day(d))
            }
            DateExpr::Day { year: None, month: None, day } | DateExpr::Day { year: Some(_), month: None, day } => {
                let this = Date::new(r.year(), r.month(), *day).ok();
                let d = match lean {
                    Lean::Past => this.filter(|d| *d <= r).or_else(|| {
                        let prev = r.first_of_month().checked_sub(1.day()).ok()?;
                        Date::new(prev.year(), prev.month(), *day).ok()
                    }),
                    Lean::Future => this.filter(|d| *d >= r).or_else(|| {
                        let next = r.last_of_month().checked_add(1.day()).ok()?;
                        Date::new(next.year(), next.month(), *day).ok()
                    }),
                }?;
                Some(DateRange::day(d))
            }
            DateExpr::Month { year: None, month } => {
                let y = match lean {
                    Lean::Past if *month > r.month() => r.year() - 1,
                    Lean::Future if *month < r.month() => r.year() + 1,
                    _ => r.year(),
                };
                month_range(y, *month)
            }
            DateExpr::Weekday { weekday, rel } => {
                let monday = monday_of(r)?;
                let in_week =
                    |week_monday: Date| week_monday.checked_add((weekday.to_monday_zero_offset() as i64).days()).ok();
                let d = match rel {
                    WeekRel::Plain if r.weekday() == *weekday => Some(r),
                    WeekRel::Plain => match lean {
                        Lean::Past => r.nth_weekday(-1, *weekday).ok(),
                        Lean::Future => r.nth_weekday(1, *weekday).ok(),
                    },
                    WeekRel::This => in_week(monday),
                    WeekRel::Last => in_week(monday.checked_sub(1.week()).ok()?),
                    WeekRel::Next => in_week(monday.checked_add(1.week()).ok()?),
                }?;
                Some(DateRange::day(d))
            }
            DateExpr::Offset(n) => r.checked_add(i64::from(*n).days()).ok().map(DateRange::day),
            DateExpr::Shift { duration, sign, from } => {
                let base = r.checked_add(i64::from(*from).days()).ok()?;
                base.checked_add(duration_span(duration, *sign)?).ok().map(DateRange::day)
            }
            DateExpr::Period { unit, offset } => {
                let k = i64::from(*offset);
                match unit {
                    PeriodUnit::Week => {
                        let first = monday_of(r)?.checked_add(k.weeks()).ok()?;
                        Some(DateRange { first, last: first.checked_add(6.days()).ok()? })
                    }
                    PeriodUnit::Month => {
                        let d = r.first_of_month().checked_add(k.months()).ok()?;
                        month_range(d.year(), d.month())
                    }
                    PeriodUnit::Year => year_range(r.year().checked_add(*offset as i16)?),
                    PeriodUnit::Decade => {
                        let start = r.year() - r.year().rem_euclid(10) + 10 * i16::from(*offset);
                        Some(DateRange {
                            first: Date::new(start, 1, 1).ok()?,
                            last: Date::new(start + 9, 12, 31).ok()?,
                        })
                    }
                }
            }
            DateExpr::MonthOf { month, offset } => month_range(r.year().checked_add(i16::from(*offset))?, *month),
            DateExpr::MonthsOfYear { offset, first, count } => {
                months_range(r.year().checked_add(i16::from(*offset))?, *first, *count)
            }
            DateExpr::Months { year: None, first, count } => {
                let y = match lean {
                    Lean::Past if *first > r.month() => r.year() - 1,
                    Lean::Future if *first < r.month() => r.year() + 1,
                    _ => r.year(),
                };
                months_range(y, *first, *count)
            }
            DateExpr::DayOfMonth { day, month_offset } => {
                let m = r.first_of_month().checked_add(i64::from(*month_offset).months()).ok()?;
                Date::new(m.year(), m.month(), *day).ok().map(DateRange::day)
            }
            DateExpr::WeekdayDay { weekday, day } => {
                let month = |k: i64| r.first_of_month().checked_add(k.months()).ok();
                [0, -1, 1, -2, 2]
                    .iter()
                    .filter_map(|&k| month(k))
                    .filter_map(|m| Date::new(m.year(), m.month(), *day).ok())
                    .find(|d| d.weekday() == *weekday)
                    .map(DateRange::day)
            }
            DateExpr::NthWeekday { nth, weekday, month } => {
                let m = month.resolve(Some(r), lean)?;
                let d = m.first.nth_weekday_of_month(*nth, *weekday).ok()?;
                (d.month() == m.first.month()).then_some(DateRange::day(d))
            }
            DateExpr::Stretch { duration, sign } => {
                let far = r.checked_add(duration_span(duration, *sign)?).ok()?;
                if *sign < 0 {
                    Some(DateRange { first: far, last: r.yesterday().ok()? })
                } else {
                    Some(DateRange { first: r.tomorrow().ok()?, last: far })
                }
            }
            DateExpr::ShortDecade(d) => {
                let (past, future) = {
                    let base = r.year() - r.year().rem_euclid(100) + d;
                    if base <= r.year() { (base, base + 100) } else { (base - 100, base) }
                };
                let y = if lean == Lean::Past { past } else { future };
                Some(DateRange { first: Date::new(y, 1, 1).ok()?, last: Date::new(y + 9, 12, 31).ok()? })
            }
            DateExpr::Within(duration) => {
                Some(DateRange { first: r, last: r.checked_add(duration_span(duration, 1)?).ok()? })
            }
            DateExpr::SoFar(unit) => {
                let whole = DateExpr::Period { unit: *unit, offset: 0 }.resolve_relative(r, lean)?;
                Some(DateRange { first: whole.first, last: r })
            }
            DateExpr::Rest(unit) => {
                let whole = DateExpr::Period { unit: *unit, offset: 0 }.resolve_relative(r, lean)?;
                Some(DateRange { first: r, last: whole.last })
            }
            DateExpr::Part { part, of } => {
                let whole = of.resolve(Some(r), lean)?;
                let days = whole.first.until((jiff::Unit::Day, whole.last)).ok()?.get_days() + 1;
                // Weeks split Monday-Wednesday / Thursday-Sunday, months at
                // the 15th, years at June's end: thirds for "mid".
                let part = match (days > 31, part) {
                    (false, PeriodPart::Beginning) => &PeriodPart::Early,
                    (false, PeriodPart::Middle) => &PeriodPart::Mid,
                    (false, PeriodPart::End) => &PeriodPart::Late,
                    (_, p) => p,
                };
                let month_start =
                    |m: i8| whole.first.with().month(m).day(1).build().ok().map(|d| d.day_of_year() as i32 - 1);
                let (a, b) = match (days, part) {
                    (7, PeriodPart::Early) => (0, 2),
                    (7, PeriodPart::Late) => (3, 6),
                    (7, PeriodPart::Mid) => (1, 4),
                    (d, PeriodPart::Beginning) if d > 31 => (0, month_start(5)? - 1),
                    (d, PeriodPart::Middle) if d > 31 => (month_start(5)?, month_start(9)? - 1),
                    (d, PeriodPart::End) => (month_start(9)?, d - 1),
                    (d, PeriodPart::Early) if d <= 31 => (0, 14),
                    (d, PeriodPart::Late) if d <= 31 => (15, d - 1),
                    (d, PeriodPart::Mid) if d <= 31 => (10, 19),
                    (_, PeriodPart::Early) => {
                        (0, whole.first.with().month(6).day(30).build().ok()?.day_of_year() as i32 - 1)
                    }
                    (d, PeriodPart::Late) => {
                        (whole.first.with().month(7).day(1).build().ok()?.day_of_year() as i32 - 1, d - 1)
                    }
                    (d, PeriodPart::Mid) => (d / 3, 2 * d / 3),
                    (_, PeriodPart::Beginning | PeriodPart::Middle) => return None,
                };
                Some(DateRange {
                    first: whole.first.checked_add(i64::from(a).days()).ok()?,
                    last: whole.first.checked_add(i64::from(b).days()).ok()?,
                })
            }
            DateExpr::NthWeek { nth, of } => {
                let whole = of.resolve(Some(r), lean)?;
                let thursday = if *nth > 0 {
                    let first = if whole.first.weekday() == Weekday::Thursday {
                        whole.first
                    } else {
                        whole.first.nth_weekday(1, Weekday::Thursday).ok()?
                    };
                    first.checked_add((7 * (i64::from(*nth) - 1)).days()).ok()?
                } else {
                    if whole.last.weekday() == Weekday::Thursday {
                        whole.last
                    } else {
                        whole.last.nth_weekday(-1, Weekday::Thursday).ok()?
                    }
                };
                (thursday <= whole.last).then_some(())?;
                let monday = thursday.checked_sub(3.days()).ok()?;
                Some(DateRange { first: monday, last: monday.checked_add(6.days()).ok()? })
            }
            DateExpr::WeekOf(day) => {
                let d = day.resolve(Some(r), lean)?;
                let monday = monday_of(d.first)?;
                Some(DateRange { first: monday, last: monday.checked_add(6.days()).ok()? })
            }
            DateExpr::LengthFrom { duration, from } => {
                let start = from.resolve(Some(r), Lean::Future)?.first;
                Some(DateRange { first: start, last: start.checked_add(duration_span(duration, 1)?).ok()? })
            }
            DateExpr::Weekend { offset } => {
                let sat = monday_of(r)?.checked_add((5 + 7 * i64::from(*offset)).days()).ok()?;
                Some(DateRange { first: sat, last: sat.checked_add(1.day()).ok()? })
            }
            _ => None,
        }
    }

    /// Every reading the words allow: one, or two for a date that can
    /// point back or forward when `lean` is not known, or for "last
    /// Monday" (this week's or the week before's).
    pub fn readings(&self, reference: Option<Date>, lean: Option<Lean>) -> Vec<DateRange> {
        let mut out: Vec<DateRange> = match lean {
            Some(l) => self.resolve(reference, l).into_iter().collect(),
            None => [Lean::Past, Lean::Future].iter().filter_map(|&l| self.resolve(reference, l)).collect(),
        };
        // "last Monday" on a Friday is the Monday of the week before to
        // some writers and the Monday just gone to others.
        if let DateExpr::Weekday { weekday, rel: WeekRel::Last } = self
            && let Some(r) = reference
            && let Ok(d) = r.nth_weekday(-1, *weekday)
        {
            out.push(DateRange::day(d));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// A date read from tokens, and the tokens it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDate {
    pub expr: DateExpr,
    pub start: usize,
    pub end: usize,
}

pub fn month_number(lower: &str) -> Option<i8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = lower.trim_end_matches('.');
    if let Some(i) = NAMES.iter().position(|n| *n == w) {
        return Some(i as i8 + 1);
    }
    if w == "sept" {
        return Some(9);
    }
    // Three-letter abbreviations; "may" is covered above, "mar" is only a
    // month next to a number (the caller checks that).
    (w.len() == 3).then(|| NAMES.iter().position(|n| n.starts_with(w)).map(|i| i as i8 + 1)).flatten()
}

pub fn weekday_of(lower: &str) -> Option<Weekday> {
    Some(match lower {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// "first" → 1, "twenty-first" → 21, "thirtieth" → 30.
fn ordinal_word(w: &str) -> Option<i8> {
    const ORD: &[(&str, i8)] = &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
    ];
    if let Some((_, v)) = ORD.iter().find(|(o, _)| *o == w) {
        return Some(*v);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = word_value(tens)? as i8;
    let (_, u) = ORD.iter().find(|(o, _)| *o == unit)?;
    (t >= 20 && *u < 10).then_some(t + u)
}

struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
    lower: &'t [String],
    order: NumericOrder,
}

impl Reader<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.text == s)
    }

    /// A day of the month at `i`: "23", "23rd", "twenty-first",
    /// "twenty first", "first". Returns the day and the next index.
    fn day_at(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.tokens.get(i)?;
        if t.kind == TokenKind::Number {
            if t.text.len() > 2 {
                return None;
            }
            let d: i8 = t.text.parse().ok()?;
            if !(1..=31).contains(&d) {
                return None;
            }
            let mut j = i + 1;
            if self.tokens.get(j).is_some_and(|s| s.glued && matches!(self.w(j), "st" | "nd" | "rd" | "th")) {
                j += 1;
            }
            return Some((d, j));
        }
        if let Some(d) = ordinal_word(self.w(i)) {
            return Some((d, i + 1));
        }
        // "twenty first", "twenty one"
        let tens = word_value(self.w(i)).filter(|v| *v == 20.0 || *v == 30.0)? as i8;
        if let Some(u) = ordinal_word(self.w(i + 1)).filter(|u| *u < 10) {
            return Some((tens + u, i + 2));
        }
        if let Some(u) = word_value(self.w(i + 1)).filter(|u| (1.0..10.0).contains(u)) {
            return Some((tens + u as i8, i + 2));
        }
        (tens == 20 || tens == 30).then_some((tens, i + 1))
    }

    /// A four-digit year at `i` (after an optional comma).
    fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        let mut j = i;
        if self.is(j, ",") {
            j += 1;
        }
        let t = self.tokens.get(j)?;
        if t.kind == TokenKind::Word {
            return self.spelled_year_at(j);
        }
        let t = Some(t).filter(|t| t.kind == TokenKind::Number && t.text.len() == 4)?;
        let y: i16 = t.text.parse().ok()?;
        (1000..=2999).contains(&y).then_some((y, j + 1))
    }

    /// A year in words, as the year of a calendar date: "two thousand and
    /// eighteen", "nineteen seventy eight", "nineteen oh five".
    fn spelled_year_at(&self, j: usize) -> Option<(i16, usize)> {
        let (v, e) = super::spelled::parse_spelled_lower(self.tokens, self.lower, j)?;
        if (1000.0..=2999.0).contains(&v) && v.fract() == 0.0 {
            return Some((v as i16, e));
        }
        // "nineteen seventy eight": a century and a two-digit year.
        if (10.0..=29.0).contains(&v) && e == j + 1 {
            let k = if matches!(self.w(e), "oh" | "o") { e + 1 } else { e };
            let (rest, e2) = super::spelled::parse_spelled_lower(self.tokens, self.lower, k)?;
            if (0.0..=99.0).contains(&rest) && rest.fract() == 0.0 && (k > e || rest >= 10.0) {
                return Some(((v * 100.0 + rest) as i16, e2));
            }
        }
        None
    }

    fn month_at(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.tokens.get(i).filter(|t| t.is_word())?;
        let m = month_number(&t.text.to_lowercase())?;
        // "may" and "march" are also words: only as months with a number
        // next to them or a capital letter.
        if matches!(self.w(i), "may" | "mar" | "march" | "sun" | "sat" | "wed")
            && !t.text.starts_with(char::is_uppercase)
        {
            return None;
        }
        let mut j = i + 1;
        // "Oct. 2": the stop of an abbreviation, not a sentence's.
        if self.is(j, ".")
            && self.tokens[j].glued
            && (t.text.len() <= 4 || self.tokens.get(j + 1).is_some_and(|n| n.is_number()))
        {
            j += 1;
        }
        Some((m, j))
    }

    /// Numeric dates: 23/11/2017, 2017-11-23, 4/22, 13.5.2015.
    fn numeric_at(&self, i: usize) -> Option<ParsedDate> {
        let t = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        // "13.5.2015" is one token.
        let mut fields: Vec<(String, usize)> = Vec::new();
        let mut end = i + 1;
        if t.text.matches('.').count() == 2 {
            fields = t.text.split('.').map(|f| (f.to_string(), f.len())).collect();
        } else {
            fields.push((t.text.to_string(), t.text.len()));
            let mut j = i + 1;
            let mut sep: Option<&str> = None;
            while fields.len() < 3 {
                let (Some(s), Some(n)) = (self.tokens.get(j), self.tokens.get(j + 1)) else { break };
                let same = sep.is_none_or(|x| x == s.text);
                if !(s.glued && n.glued && matches!(s.text, "/" | "-") && n.kind == TokenKind::Number && same) {
                    break;
                }
                sep = Some(s.text);
                fields.push((n.text.to_string(), n.text.len()));
                j += 2;
            }
            end = j;
            if fields.len() < 2 {
                return None;
            }
        }
        let nums: Vec<i32> = fields.iter().map(|(f, _)| f.parse().ok()).collect::<Option<_>>()?;
        let lens: Vec<usize> = fields.iter().map(|(_, l)| *l).collect();
        let expr = match nums[..] {
            [y, m, d] if lens[0] == 4 => DateExpr::Day { year: Some(y as i16), month: Some(m as i8), day: d as i8 },
            [a, b, y] => {
                let y = if lens[2] == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y };
                let (d, m) = self.order_pair(a, b)?;
                DateExpr::Day { year: Some(y as i16), month: Some(m), day: d }
            }
            // "4/22", not "9-5" (a score) or "3.5" (a decimal).
            [a, b] if lens[0] <= 2 && lens[1] <= 2 && self.is(i + 1, "/") => {
                let (d, m) = self.order_pair(a, b)?;
                DateExpr::Day { year: None, month: Some(m), day: d }
            }
            _ => return None,
        };
        if let DateExpr::Day { year: Some(y), month: Some(m), day } = expr {
            Date::new(y, m, day).ok()?;
        }
        Some(ParsedDate { expr, start: i, end })
    }

    /// Day and month from two numbers, in the configured order unless only
    /// the other order is a date.
    fn order_pair(&self, a: i32, b: i32) -> Option<(i8, i8)> {
        let valid = |d: i32, m: i32| (1..=31).contains(&d) && (1..=12).contains(&m);
        let (first, second) = match self.order {
            NumericOrder::DayFirst => ((a, b), (b, a)),
            NumericOrder::MonthFirst => ((b, a), (a, b)),
        };
        [first, second].into_iter().find(|&(d, m)| valid(d, m)).map(|(d, m)| (d as i8, m as i8))
    }

    fn parse(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let day = |year, month, day, end| Some(ParsedDate { expr: DateExpr::Day { year, month, day }, start: i, end });
        // Relative days.
        match w {
            "today" | "tonight" => return Some(ParsedDate { expr: DateExpr::Offset(0), start: i, end: i + 1 }),
            "yesterday" => return Some(ParsedDate { expr: DateExpr::Offset(-1), start: i, end: i + 1 }),
            "tomorrow" | "tmrw" => return Some(ParsedDate { expr: DateExpr::Offset(1), start: i, end: i + 1 }),
            // "the next day", "the last day", "this day": relative to the
            // reference here; a narrative's "the next day" is relative to
            // its story, which is why event dates do not use these.
            "the" | "this" | "my" | "next" | "last" | "past"
                if (self.w(i + 1) == "day"
                    || (self.w(i + 2) == "day" && matches!(self.w(i + 1), "next" | "last" | "past")))
                    && !matches!(self.w(i + 2), "before" | "after" | "of")
                    && !matches!(self.w(i + 3), "of") =>
            {
                let (n, end) = match (w, self.w(i + 1)) {
                    ("the", "next") | ("next", _) => (1, if w == "the" { i + 3 } else { i + 2 }),
                    ("the", "last" | "past") | ("last" | "past", _) => (-1, if w == "the" { i + 3 } else { i + 2 }),
                    _ => (0, i + 2),
                };
                return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end });
            }
            "the" if self.w(i + 1) == "day" && matches!(self.w(i + 2), "before" | "after") => {
                let n = match (self.w(i + 2), self.w(i + 3)) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow" | "tmrw") => 2,
                    _ => return None,
                };
                return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end: i + 4 });
            }
            "last" | "this" | "next" | "past" | "previous" | "coming" | "current" | "upcoming" => {
                // "last week of 2015": a week of a year, not last week.
                if w == "last"
                    && matches!(self.w(i + 2), "of" | "in")
                    && let Some(p) = self.period_forms(i)
                {
                    return Some(p);
                }
                // "the past three weeks", "next 3 days", "last 3year"
                if w != "this"
                    && let Some(d) = parse_duration(self.tokens, i + 1).filter(|d| {
                        self.tokens.get(i + 1).is_some_and(|t| {
                            t.is_number()
                                || word_value(&t.text.to_lowercase()).is_some()
                                || t.text.eq_ignore_ascii_case("few")
                        }) && d.end > i + 2
                    })
                {
                    let sign = if matches!(w, "last" | "past" | "previous") { -1 } else { 1 };
                    return Some(ParsedDate {
                        expr: DateExpr::Stretch { duration: d.duration, sign },
                        start: i,
                        end: d.end,
                    });
                }
                let rel = match w {
                    "last" | "past" | "previous" => (-1, WeekRel::Last),
                    "this" | "current" => (0, WeekRel::This),
                    _ => (1, WeekRel::Next),
                };
                if self.w(i + 1) == "weekend" {
                    return Some(ParsedDate { expr: DateExpr::Weekend { offset: rel.0 }, start: i, end: i + 2 });
                }
                if matches!(self.w(i + 1), "spring" | "summer" | "autumn" | "fall" | "winter") {
                    return Some(ParsedDate { expr: DateExpr::Season, start: i, end: i + 2 });
                }
                if let Some(wd) = weekday_of(self.w(i + 1)) {
                    return Some(ParsedDate {
                        expr: DateExpr::Weekday { weekday: wd, rel: rel.1 },
                        start: i,
                        end: i + 2,
                    });
                }
                let unit = match self.w(i + 1) {
                    "week" => PeriodUnit::Week,
                    "month" => PeriodUnit::Month,
                    "year" => PeriodUnit::Year,
                    "decade" => PeriodUnit::Decade,
                    _ => {
                        // "last March", "this March", "next June"
                        let (m, end) = self.month_at(i + 1).or_else(|| {
                            // lower-case month names after "last"/"this" are months
                            month_number(self.w(i + 1)).map(|m| (m, i + 2))
                        })?;
                        return Some(ParsedDate { expr: DateExpr::MonthOf { month: m, offset: rel.0 }, start: i, end });
                    }
                };
                // "last week Sunday", "next week Friday", "next week on Friday"
                if let Some(wd) = weekday_of(self.w(i + 2)).filter(|_| unit == PeriodUnit::Week) {
                    return Some(ParsedDate {
                        expr: DateExpr::Weekday { weekday: wd, rel: rel.1 },
                        start: i,
                        end: i + 3,
                    });
                }
                if let Some(wd) =
                    weekday_of(self.w(i + 3)).filter(|_| unit == PeriodUnit::Week && self.w(i + 2) == "on")
                {
                    return Some(ParsedDate {
                        expr: DateExpr::Weekday { weekday: wd, rel: rel.1 },
                        start: i,
                        end: i + 4,
                    });
                }
                return Some(ParsedDate { expr: DateExpr::Period { unit, offset: rel.0 }, start: i, end: i + 2 });
            }
            "in" | "within" => {
                // "within 5 days", "within the next 3 years"
                let k = if w == "within"
                    && self.w(i + 1) == "the"
                    && matches!(self.w(i + 2), "next" | "upcoming" | "coming")
                {
                    i + 3
                } else {
                    i + 1
                };
                if w == "within"
                    && let Some(d) = parse_duration(self.tokens, k).filter(|d| self.tokens[d.end - 1].is_word())
                {
                    return Some(ParsedDate { expr: DateExpr::Within(d.duration), start: i, end: d.end });
                }
                // "in 3 weeks": a shift forward. "in March", "in 2015".
                if let Some(d) = parse_duration(self.tokens, i + 1).filter(|d| self.tokens[d.end - 1].is_word()) {
                    let end = if self.w(d.end) == "time" { d.end + 1 } else { d.end };
                    return Some(ParsedDate {
                        expr: DateExpr::Shift { duration: d.duration, sign: 1, from: 0 },
                        start: i,
                        end,
                    });
                }
                // "in 2014 through 2018": a range.
                if let Some(p) = self.period_forms(i + 1).filter(|p| matches!(p.expr, DateExpr::Range(..))) {
                    return Some(p);
                }
                if let Some((m, end)) = self.month_at(i + 1) {
                    if let Some((y, end)) = self.year_at(end) {
                        return Some(ParsedDate {
                            expr: DateExpr::Month { year: Some(y), month: m },
                            start: i + 1,
                            end,
                        });
                    }
                    // "in June of 1999"
                    if self.w(end) == "of"
                        && let Some((y, end)) = self.year_at(end + 1)
                    {
                        return Some(ParsedDate {
                            expr: DateExpr::Month { year: Some(y), month: m },
                            start: i + 1,
                            end,
                        });
                    }
                    if self.tokens.get(end).is_none_or(|t| !t.is_number()) {
                        return Some(ParsedDate { expr: DateExpr::Month { year: None, month: m }, start: i + 1, end });
                    }
                }
                // Digits only: "in two thousand homes" is not a year.
                if let Some((y, end)) =
                    self.year_at(i + 1).filter(|_| self.tokens.get(i + 1).is_some_and(|t| t.is_number()))
                    && !self.tokens.get(end).is_some_and(|t| t.glued && (t.is("/") || t.is("-")))
                {
                    return Some(ParsedDate { expr: DateExpr::Year(y), start: i + 1, end });
                }
                return None;
            }
            _ => {}
        }
        if let Some(p) = self.period_forms(i) {
            return Some(p);
        }
        // A weekday, maybe followed by a date ("Monday 3 March 2025",
        // "Thursday the 21st", "Wed, 22 of Jan").
        if let Some(wd) = weekday_of(w).filter(|_| w.len() > 3 || self.tokens[i].text.starts_with(char::is_uppercase)) {
            let mut j = i + 1;
            if self.is(j, ",") {
                j += 1;
            }
            if let Some(mut p) = self.parse_calendar(j) {
                p.start = i;
                return Some(p);
            }
            if self.w(j) == "the"
                && let Some((d, end)) = self.day_at(j + 1)
            {
                return Some(ParsedDate { expr: DateExpr::WeekdayDay { weekday: wd, day: d }, start: i, end });
            }
            // "Friday next week", "Sunday of next week"
            let k = if self.w(j) == "of" { j + 1 } else { j };
            if self.w(k) == "next" && self.w(k + 1) == "week" {
                return Some(ParsedDate {
                    expr: DateExpr::Weekday { weekday: wd, rel: WeekRel::Next },
                    start: i,
                    end: k + 2,
                });
            }
            return Some(ParsedDate {
                expr: DateExpr::Weekday { weekday: wd, rel: WeekRel::Plain },
                start: i,
                end: i + 1,
            });
        }
        // Ago and from now: "eight years ago", "two weeks from now".
        if let Some(d) = parse_duration(self.tokens, i) {
            let base = |w: &str| match w {
                "now" | "today" => Some(0),
                "tomorrow" => Some(1),
                "yesterday" => Some(-1),
                _ => None,
            };
            let shift = |sign, from, end| {
                Some(ParsedDate { expr: DateExpr::Shift { duration: d.duration.clone(), sign, from }, start: i, end })
            };
            match (self.w(d.end), self.w(d.end + 1)) {
                // "two days before yesterday", "two days after today"
                ("before", b) if base(b).is_some() => return shift(-1, base(b)?, d.end + 2),
                ("from" | "after", b) if base(b).is_some() => return shift(1, base(b)?, d.end + 2),
                ("ago" | "earlier" | "before", _) => return shift(-1, 0, d.end + 1),
                ("later", _) => return shift(1, 0, d.end + 1),
                // "2 days hence", "4 weeks in the future": the stretch ahead.
                ("hence", _) => {
                    return Some(ParsedDate {
                        expr: DateExpr::Stretch { duration: d.duration.clone(), sign: 1 },
                        start: i,
                        end: d.end + 1,
                    });
                }
                ("in", "the") if self.w(d.end + 2) == "future" => {
                    return Some(ParsedDate {
                        expr: DateExpr::Stretch { duration: d.duration.clone(), sign: 1 },
                        start: i,
                        end: d.end + 3,
                    });
                }
                _ => {}
            }
        }
        if w == "the"
            && let Some((d, end)) = self.day_at(i + 1)
        {
            // "the 23rd of November", "the 23rd"
            if self.w(end) == "of"
                && let Some((m, end2)) = self.month_at(end + 1)
            {
                let (y, e) = self.year_at(end2).map_or((None, end2), |(y, e)| (Some(y), e));
                return day(y, Some(m), d, e);
            }
            // "the 27th", "the second": not "the 27 people", "the second time".
            let next_is_word = self.tokens.get(end).is_some_and(|t| t.is_word());
            if !next_is_word {
                return day(None, None, d, end);
            }
            return None;
        }
        self.parse_calendar(i)
    }

    /// Decades, quarters, seasons, weekends, ranges and bare months.
    fn period_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        let unit_of = |x: &str| match x {
            "week" => Some(PeriodUnit::Week),
            "month" => Some(PeriodUnit::Month),
            "year" => Some(PeriodUnit::Year),
            _ => None,
        };
        // "the third week of July", "the last week of 2015", "first week
        // of this year", "week 10"
        let k = if w == "the" { i + 1 } else { i };
        let nth = if self.w(k) == "last" { Some(-1) } else { ordinal_word(self.w(k)).filter(|n| *n <= 5) };
        if let Some(nth) = nth.filter(|_| {
            self.w(k + 1) == "week"
                && (matches!(self.w(k + 2), "of" | "in")
                    || matches!(self.w(k + 2), "this" | "next" | "last") && self.w(k + 3) == "year")
        }) {
            let j = if matches!(self.w(k + 2), "of" | "in") { k + 3 } else { k + 2 };
            let of = match (self.w(j), unit_of(self.w(j + 1))) {
                ("this" | "current", Some(u)) => Some((DateExpr::Period { unit: u, offset: 0 }, j + 2)),
                ("next", Some(u)) => Some((DateExpr::Period { unit: u, offset: 1 }, j + 2)),
                ("last" | "previous", Some(u)) => Some((DateExpr::Period { unit: u, offset: -1 }, j + 2)),
                _ => self.year_at(j).map(|(y, e)| (DateExpr::Year(y), e)).or_else(|| {
                    let (m, e) = month_number(self.w(j)).map(|m| (m, j + 1))?;
                    let (y, e) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
                    Some((DateExpr::Month { year: y, month: m }, e))
                }),
            };
            if let Some((of, e)) = of {
                return at(DateExpr::NthWeek { nth, of: Box::new(of) }, e);
            }
        }
        if w == "week"
            && let Some(n) = self
                .tokens
                .get(i + 1)
                .filter(|t| t.is_number() && t.text.len() <= 2)
                .and_then(|t| t.text.parse::<i8>().ok())
            && (1..=53).contains(&n)
        {
            return at(
                DateExpr::NthWeek { nth: n, of: Box::new(DateExpr::Period { unit: PeriodUnit::Year, offset: 0 }) },
                i + 2,
            );
        }
        // "the week of the 18th", "the week starting (on) February 4",
        // "the week commencing 4 Feb", "w/c 4 Feb"
        let wk = if w == "the" { i + 1 } else { i };
        let after_week = if self.w(wk) == "week" {
            match self.w(wk + 1) {
                "of" => Some(wk + 2),
                "starting" | "commencing" | "beginning" => Some(if self.w(wk + 2) == "on" { wk + 3 } else { wk + 2 }),
                _ => None,
            }
        } else if self.w(i) == "w" && self.is(i + 1, "/") && self.w(i + 2) == "c" {
            Some(i + 3)
        } else {
            None
        };
        if let Some(j) = after_week {
            let day = if self.w(j) == "the" {
                self.day_at(j + 1).map(|(d, e)| (DateExpr::Day { year: None, month: None, day: d }, e))
            } else {
                self.parse_calendar(j).filter(|p| matches!(p.expr, DateExpr::Day { .. })).map(|p| (p.expr, p.end))
            };
            if let Some((d, e)) = day {
                return at(DateExpr::WeekOf(Box::new(d)), e);
            }
        }
        // "for 3 days from today", "a week starting tomorrow", "2 weeks
        // starting May 20th"
        let fk = if w == "for" { i + 1 } else { i };
        if let Some(d) = parse_duration(self.tokens, fk).filter(|d| d.end > fk + 1 || self.tokens[fk].is_word()) {
            let mut j = d.end;
            if self.is(j, ",") {
                j += 1;
            }
            // "two weeks from now" is a day; "for two weeks from now" a stretch.
            let starts = match (self.w(j), self.w(j + 1)) {
                ("starting", "from" | "on") => Some(j + 2),
                ("starting" | "beginning", _) => Some(j + 1),
                ("from", _) if w == "for" => Some(j + 1),
                _ => None,
            };
            if let Some(k) = starts {
                let from = match self.w(k) {
                    "today" | "now" => Some((DateExpr::Offset(0), k + 1)),
                    "tomorrow" => Some((DateExpr::Offset(1), k + 1)),
                    "next" => weekday_of(self.w(k + 1))
                        .map(|wd| (DateExpr::Weekday { weekday: wd, rel: WeekRel::Next }, k + 2)),
                    _ => self.parse_calendar(k).map(|p| (p.expr, p.end)),
                };
                if let Some((f, e)) = from {
                    return at(DateExpr::LengthFrom { duration: d.duration, from: Box::new(f) }, e);
                }
            }
        }
        // "year 247", "Year two hundred and sixty seven"
        if w == "year"
            && let Some((v, e)) = super::spelled::parse_spelled_lower(self.tokens, self.lower, i + 1)
                .filter(|(v, _)| v.fract() == 0.0 && (1.0..=9999.0).contains(v))
        {
            return at(DateExpr::Year(v as i16), e);
        }
        // "November between 19 and 20", "Feb between 2-7 2018"
        if let Some((m, e)) = self.month_at(i).filter(|_| self.w(i + 1) == "between")
            && let Some((a, ae)) = self.day_at(e + 1).filter(|_| self.tokens.get(e + 1).is_some_and(|t| t.is_number()))
            && matches!(self.w(ae), "and" | "-" | "to")
            && let Some((b, be)) =
                self.day_at(ae + 1).filter(|_| self.tokens.get(ae + 1).is_some_and(|t| t.is_number()))
        {
            let (y, ye) = self.year_at(be).map_or((None, be), |(y, ye)| (Some(y), ye));
            let day = |d| Box::new(DateExpr::Day { year: y, month: Some(m), day: d });
            return at(DateExpr::Range(day(a), day(b)), ye);
        }
        // "next week between Wednesday and Friday", "this week from Tue to Thur"
        if matches!(w, "this" | "next" | "last")
            && self.w(i + 1) == "week"
            && matches!(self.w(i + 2), "between" | "from")
            && let Some(a) = weekday_of(self.w(i + 3))
            && matches!(self.w(i + 4), "and" | "to" | "until")
            && let Some(b) = weekday_of(self.w(i + 5))
        {
            let rel = match w {
                "next" => WeekRel::Next,
                "last" => WeekRel::Last,
                _ => WeekRel::This,
            };
            let day = |wd| Box::new(DateExpr::Weekday { weekday: wd, rel });
            return at(DateExpr::Range(day(a), day(b)), i + 6);
        }
        // "the rest of the week", "rest of my month"
        let k = if w == "the" { i + 1 } else { i };
        if self.w(k) == "rest" {
            let mut e = k + 1;
            while matches!(self.w(e), "of" | "the" | "my" | "this" | "current") {
                e += 1;
            }
            if let Some(u) = unit_of(self.w(e)) {
                return at(DateExpr::Rest(u), e + 1);
            }
        }
        // "the week after next"
        // "the week after next", "the month after the next", "the weekend after next"
        if w == "the" && self.w(i + 2) == "after" {
            let n = if self.w(i + 3) == "the" { i + 4 } else { i + 3 };
            if self.w(n) == "next" {
                if self.w(i + 1) == "weekend" {
                    return at(DateExpr::Weekend { offset: 2 }, n + 1);
                }
                if let Some(u) = unit_of(self.w(i + 1)) {
                    return at(DateExpr::Period { unit: u, offset: 2 }, n + 1);
                }
            }
        }
        // "the beginning of 2000", "the end of next week", "end of March"
        let k = if matches!(w, "the" | "at") { i + 1 } else { i };
        let k = if self.w(k) == "the" { k + 1 } else { k };
        let edge = match self.w(k) {
            "beginning" | "start" => Some(PeriodPart::Beginning),
            "middle" => Some(PeriodPart::Middle),
            "end" => Some(PeriodPart::End),
            _ => None,
        };
        if let Some(part) = edge.filter(|_| self.w(k + 1) == "of") {
            let j = k + 2;
            let of = match (self.w(j), unit_of(self.w(j + 1))) {
                ("this" | "current", Some(u)) => Some((DateExpr::Period { unit: u, offset: 0 }, j + 2)),
                ("next", Some(u)) => Some((DateExpr::Period { unit: u, offset: 1 }, j + 2)),
                ("last" | "previous", Some(u)) => Some((DateExpr::Period { unit: u, offset: -1 }, j + 2)),
                _ => self
                    .year_at(j)
                    .map(|(y, e)| (DateExpr::Year(y), e))
                    .or_else(|| self.month_at(j).map(|(m, e)| (DateExpr::Month { year: None, month: m }, e))),
            };
            if let Some((of, e)) = of {
                return Some(ParsedDate { expr: DateExpr::Part { part, of: Box::new(of) }, start: k, end: e });
            }
        }
        // "earlier this month", "later this week", "later in the year"
        if matches!(w, "earlier" | "later") && matches!(self.w(i + 1), "in" | "this") {
            let j = i + 1;
            let j2 = if self.w(j) == "in" && self.w(j + 1) == "the" { j + 2 } else { j + 1 };
            if let Some(u) = unit_of(self.w(j2)) {
                let expr = if w == "earlier" { DateExpr::SoFar(u) } else { DateExpr::Rest(u) };
                return at(expr, j2 + 1);
            }
        }
        // "the 15th century", "21st century"
        let k = if w == "the" { i + 1 } else { i };
        if let Some((c, e)) = self.day_at(k).filter(|_| self.tokens.get(k).is_some_and(|t| t.is_number()))
            && self.w(e) == "century"
        {
            return at(DateExpr::Century(i16::from(c)), e + 1);
        }
        // "2016 june", "2016, nov"
        if let Some((y, e)) = self.year_at(i).filter(|_| self.tokens[i].is_number()) {
            let e = if self.is(e, ",") { e + 1 } else { e };
            if let Some(m) = month_number(self.w(e)).filter(|_| self.tokens.get(e + 1).is_none_or(|t| !t.is_number())) {
                return at(DateExpr::Month { year: Some(y), month: m }, e + 1);
            }
        }
        // "early next year", "late last month", "mid-March"
        let part = match w {
            "early" => Some(PeriodPart::Early),
            "late" => Some(PeriodPart::Late),
            "mid" => Some(PeriodPart::Mid),
            _ => None,
        };
        if let Some(part) = part {
            let mut k = i + 1;
            if self.is(k, "-") {
                k += 1;
            }
            if let Some(off) = match self.w(k) {
                "this" | "current" => Some(0),
                "next" => Some(1),
                "last" | "previous" => Some(-1),
                _ => None,
            } && let Some(u) = unit_of(self.w(k + 1))
            {
                return at(DateExpr::Part { part, of: Box::new(DateExpr::Period { unit: u, offset: off }) }, k + 2);
            }
            if let Some((m, e)) = self.month_at(k) {
                let (y, e) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
                return at(DateExpr::Part { part, of: Box::new(DateExpr::Month { year: y, month: m }) }, e);
            }
            if let Some((y, e)) = self.year_at(k) {
                return at(DateExpr::Part { part, of: Box::new(DateExpr::Year(y)) }, e);
            }
        }
        let month_ref = |k: usize| -> Option<(DateExpr, usize)> {
            // "this month", "next month", "previous month", "July", "July 2016"
            let off = match self.w(k) {
                "this" | "current" => Some(0),
                "next" | "following" => Some(1),
                "last" | "previous" => Some(-1),
                _ => None,
            };
            if let Some(o) = off.filter(|_| self.w(k + 1) == "month") {
                return Some((DateExpr::Period { unit: PeriodUnit::Month, offset: o }, k + 2));
            }
            let (m, e) = month_number(self.w(k)).map(|m| (m, k + 1))?;
            let (y, e) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
            Some((DateExpr::Month { year: y, month: m }, e))
        };
        // "the 20th of next month", "31st of this month"
        let k = if w == "the" { i + 1 } else { i };
        if let Some((d, e)) = self.day_at(k).filter(|_| self.tokens.get(k).is_some_and(|t| t.is_number()))
            && self.w(e) == "of"
            && let Some(o) = match self.w(e + 1) {
                "this" | "current" => Some(0),
                "next" => Some(1),
                "last" | "previous" => Some(-1),
                _ => None,
            }
            && self.w(e + 2) == "month"
        {
            return at(DateExpr::DayOfMonth { day: d, month_offset: o }, e + 3);
        }
        // "the first Friday of July", "second Sunday", "the third
        // Wednesday of previous month"
        if let Some(nth) = ordinal_word(self.w(k)).filter(|n| *n <= 5)
            && let Some(wd) = weekday_of(self.w(k + 1))
        {
            if matches!(self.w(k + 2), "of" | "in")
                && let Some((m, e)) = month_ref(k + 3)
            {
                return at(DateExpr::NthWeekday { nth, weekday: wd, month: Box::new(m) }, e);
            }
            let this_month = DateExpr::Period { unit: PeriodUnit::Month, offset: 0 };
            return at(DateExpr::NthWeekday { nth, weekday: wd, month: Box::new(this_month) }, k + 2);
        }

        // "the 1970s", "the '70s", "1970's", "the 70s"
        let k = if w == "the" { i + 1 } else { i };
        let k = if self.is(k, "'") || self.is(k, "’") { k + 1 } else { k };
        if let Some(t) = self.tokens.get(k).filter(|t| t.is_number() && (t.text.len() == 4 || t.text.len() == 2)) {
            let mut e = k + 1;
            if (self.is(e, "'") || self.is(e, "’")) && self.tokens.get(e).is_some_and(|a| a.glued) {
                e += 1;
            }
            if self.tokens.get(e).is_some_and(|n| n.glued && n.text.eq_ignore_ascii_case("s"))
                && let Ok(n) = t.text.parse::<i16>()
                && n % 10 == 0
            {
                if t.text.len() == 2 {
                    return at(DateExpr::ShortDecade(n), e + 1);
                }
                return at(DateExpr::Decade(n), e + 1);
            }
        }
        // "Q3 2016", "H1 2016", "2016 Q3"
        // Decades in words: "the seventies", "the nineteen seventies",
        // "the noughties", "the two thousands", "the twenty-tens".
        if w == "the" {
            let tens = |x: &str| -> Option<i16> {
                Some(match x {
                    "tens" => 10,
                    "twenties" => 20,
                    "thirties" => 30,
                    "forties" => 40,
                    "fifties" => 50,
                    "sixties" => 60,
                    "seventies" => 70,
                    "eighties" => 80,
                    "nineties" => 90,
                    _ => return None,
                })
            };
            let a = self.w(i + 1);
            if a == "noughties" {
                return at(DateExpr::Decade(2000), i + 2);
            }
            if a == "two" && matches!(self.w(i + 2), "thousands") {
                return at(DateExpr::Decade(2000), i + 3);
            }
            if let Some((century, rest)) = a.split_once('-')
                && let (Some(c), Some(t)) = (word_value(century), tens(rest))
            {
                return at(DateExpr::Decade(c as i16 * 100 + t), i + 2);
            }
            if let Some(t) = tens(a).filter(|t| *t >= 20) {
                return at(DateExpr::ShortDecade(t), i + 2);
            }
            if let Some(c) = word_value(a).filter(|c| (10.0..=20.0).contains(c))
                && let Some(t) = tens(self.w(i + 2))
            {
                return at(DateExpr::Decade(c as i16 * 100 + t), i + 3);
            }
        }
        // "Q3", "H1": the tokenizer splits the letter from its digit.
        let quarter = |k: usize| -> Option<(i8, i8, usize)> {
            let kind = self.w(k);
            let t = self.tokens.get(k + 1).filter(|t| t.glued && t.is_number() && t.text.len() == 1)?;
            let n: i8 = t.text.parse().ok()?;
            match kind {
                "q" if (1..=4).contains(&n) => Some((3 * (n - 1) + 1, 3, k + 2)),
                "h" if (1..=2).contains(&n) => Some((6 * (n - 1) + 1, 6, k + 2)),
                _ => None,
            }
        };
        let year_offset = |k: usize| match (self.w(k), self.w(k + 1)) {
            ("this", "year") => Some(0),
            ("next", "year") => Some(1),
            ("last", "year") => Some(-1),
            _ => None,
        };
        if let Some((first, count, e)) = quarter(i) {
            if let Some(offset) = year_offset(e) {
                return at(DateExpr::MonthsOfYear { offset, first, count }, e + 2);
            }
            let (year, end) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
            return at(DateExpr::Months { year, first, count }, end);
        }
        if let Some((y, e)) = self.year_at(i).filter(|_| self.tokens[i].is_number())
            && let Some((first, count, end)) = quarter(e)
        {
            return at(DateExpr::Months { year: Some(y), first, count }, end);
        }
        // "2016 the third quarter"
        if let Some((y, e)) = self.year_at(i).filter(|_| self.tokens[i].is_number())
            && self.w(e) == "the"
            && let Some(n) = ordinal_word(self.w(e + 1))
            && self.w(e + 2) == "quarter"
            && (1..=4).contains(&n)
        {
            return at(DateExpr::Months { year: Some(y), first: 3 * (n - 1) + 1, count: 3 }, e + 3);
        }
        // "the third quarter of 2016", "the first half of 2020"
        if w == "the"
            && let Some(n) = ordinal_word(self.w(i + 1))
            && matches!(self.w(i + 2), "quarter" | "half")
        {
            let count = if self.w(i + 2) == "quarter" { 3 } else { 6 };
            if (1..=12 / count).contains(&n) {
                let first = count * (n - 1) + 1;
                let k = if self.w(i + 3) == "of" { i + 4 } else { i + 3 };
                if let Some(offset) = year_offset(k) {
                    return at(DateExpr::MonthsOfYear { offset, first, count }, k + 2);
                }
                let (year, end) = self.year_at(k).map_or((None, i + 3), |(y, e)| (Some(y), e));
                return at(DateExpr::Months { year, first, count }, end);
            }
        }
        // Seasons: "summer", "the summer of 2016".
        let sk = if w == "the" { i + 1 } else { i };
        if matches!(self.w(sk), "spring" | "summer" | "autumn" | "winter") {
            let mut e = sk + 1;
            if self.w(e) == "of" && self.year_at(e + 1).is_some() {
                e = self.year_at(e + 1)?.1;
            } else if let Some((_, ye)) = self.year_at(e) {
                e = ye;
            }
            return at(DateExpr::Season, e);
        }
        if matches!(w, "weekend") || (matches!(w, "the" | "my") && self.w(i + 1) == "weekend") {
            let e = if w == "weekend" { i + 1 } else { i + 2 };
            return at(DateExpr::Weekend { offset: 0 }, e);
        }
        // Ranges: "from 4 to 22 January 1995", "between 3 and 12 of Sept",
        // "Oct. 2 to October 22", "4 to 23 next month".
        let k = if matches!(w, "from" | "between") { i + 1 } else { i };
        if let Some((a, a_end)) = self.range_end(k) {
            let joiner = self.w(a_end);
            if matches!(joiner, "to" | "until" | "till" | "through" | "-" | "–" | "and" | "thru")
                && (joiner != "and" || w == "between")
                && let Some((b, b_end)) = self.range_end(a_end + 1)
            {
                let bare = |x: &DateExpr| matches!(x, DateExpr::Day { month: None, .. });
                let a = inherit(a, &b);
                // "4-22" on its own is not a range of days.
                let loose = (bare(&a) || bare(&b)) && !matches!(w, "from" | "between");
                if !loose && (a != b || matches!(a, DateExpr::Day { .. })) {
                    return at(DateExpr::Range(Box::new(a), Box::new(b)), b_end);
                }
            }
        }
        // "2015-3", "2015/3", "3/2015": a month of a year.
        if let Some(t) = self.tokens.get(i).filter(|t| t.is_number())
            && let (Some(sep), Some(n)) = (self.tokens.get(i + 1), self.tokens.get(i + 2))
            && matches!(sep.text, "/" | "-")
            && n.is_number()
            && (sep.glued && n.glued || t.text.len() == 4 || n.text.len() == 4)
            && !self.tokens.get(i + 3).is_some_and(|x| x.glued && matches!(x.text, "/" | "-"))
        {
            let (a, b) = (t.text.parse::<i16>().ok()?, n.text.parse::<i16>().ok()?);
            let ym = if t.text.len() == 4 && n.text.len() <= 2 {
                Some((a, b))
            } else if n.text.len() == 4 && t.text.len() <= 2 {
                Some((b, a))
            } else {
                None
            };
            if let Some((y, m)) = ym.filter(|(_, m)| (1..=12).contains(m)) {
                return at(DateExpr::Month { year: Some(y), month: m as i8 }, i + 3);
            }
        }
        None
    }

    /// One end of a date range: a calendar date, a bare day ("4"), or a
    /// day with "this month"/"next month"/"of Sept".
    fn range_end(&self, i: usize) -> Option<(DateExpr, usize)> {
        if let Some(p) = self.parse_calendar(i) {
            return Some((p.expr, p.end));
        }
        if matches!(self.w(i), "now" | "today") {
            return Some((DateExpr::Offset(0), i + 1));
        }
        // "next Friday", "last Monday"
        if let Some(wd) = weekday_of(self.w(i + 1)).filter(|_| matches!(self.w(i), "next" | "last" | "this")) {
            let rel = match self.w(i) {
                "next" => WeekRel::Next,
                "last" => WeekRel::Last,
                _ => WeekRel::This,
            };
            return Some((DateExpr::Weekday { weekday: wd, rel }, i + 2));
        }
        // "Friday the 11th", "Wed, 22 of Jan"
        if let Some(wd) = weekday_of(self.w(i)) {
            let j = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
            if self.w(j) == "the"
                && let Some((d, e)) = self.day_at(j + 1)
            {
                return Some((DateExpr::WeekdayDay { weekday: wd, day: d }, e));
            }
            if let Some(p) = self.parse_calendar(j) {
                return Some((p.expr, p.end));
            }
        }
        // "Week 31"
        if self.w(i) == "week"
            && let Some(n) = self
                .tokens
                .get(i + 1)
                .filter(|t| t.is_number() && t.text.len() <= 2)
                .and_then(|t| t.text.parse::<i8>().ok())
            && (1..=53).contains(&n)
        {
            return Some((
                DateExpr::NthWeek { nth: n, of: Box::new(DateExpr::Period { unit: PeriodUnit::Year, offset: 0 }) },
                i + 2,
            ));
        }
        // "2014-2018", "from 2015 to May 2017", "between 2015 June and 2018 May"
        if let Some((y, e)) = self.year_at(i).filter(|_| self.tokens[i].is_number()) {
            if let Some((m, me)) = self.month_at(e).filter(|_| self.tokens.get(e + 1).is_none_or(|t| !t.is_number())) {
                return Some((DateExpr::Month { year: Some(y), month: m }, me));
            }
            return Some((DateExpr::Year(y), e));
        }
        let (d, mut e) = self.day_at(i).filter(|_| self.tokens.get(i).is_some_and(|t| t.is_number()))?;
        // "22 this month", "23 of next month", "12 of Sept"
        if self.w(e) == "of" {
            e += 1;
        }
        if self.w(e) == "in" {
            e += 1;
        }
        let offset = match self.w(e) {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        };
        if let Some(o) = offset.filter(|_| self.w(e + 1) == "month") {
            return Some((DateExpr::DayOfMonth { day: d, month_offset: o }, e + 2));
        }
        if let Some((m, me)) = self.month_at(e) {
            let (y, ye) = self.year_at(me).map_or((None, me), |(y, ye)| (Some(y), ye));
            return Some((DateExpr::Day { year: y, month: Some(m), day: d }, ye));
        }
        Some((DateExpr::Day { year: None, month: None, day: d }, e))
    }

    /// Day-month-year, month-day-year, month-year and numeric forms.
    fn parse_calendar(&self, i: usize) -> Option<ParsedDate> {
        let day = |year, month, day, end| Some(ParsedDate { expr: DateExpr::Day { year, month, day }, start: i, end });
        // "23 November 2017", "23rd Nov", "16. Nov. 2016", "22 of Jan".
        if let Some((d, mut j)) = self.day_at(i) {
            if self.is(j, ".") {
                j += 1;
            }
            if self.w(j) == "of" {
                j += 1;
            }
            if let Some((m, end)) = self.month_at(j) {
                let (y, e) = self.year_at(end).map_or((None, end), |(y, e)| (Some(y), e));
                return day(y, Some(m), d, e);
            }
        }
        // "November 23, 2017", "Nov 23", "Oct. 2", "Oct-2", "Oct/2", "Jan first".
        if let Some((m, mut j)) = self.month_at(i) {
            if self.is(j, "-") || self.is(j, "/") {
                j += 1;
            }
            if self.w(j) == "the" {
                j += 1;
            }
            if let Some((d, end)) = self.day_at(j) {
                // "March 2019" is a month: a day is at most two digits.
                let (y, e) = self.year_at(end).map_or((None, end), |(y, e)| (Some(y), e));
                return day(y, Some(m), d, e);
            }
            if let Some((y, end)) = self.year_at(j) {
                return Some(ParsedDate { expr: DateExpr::Month { year: Some(y), month: m }, start: i, end });
            }
            // "June of 1999", "June next year"
            if self.w(j) == "of"
                && let Some((y, end)) = self.year_at(j + 1)
            {
                return Some(ParsedDate { expr: DateExpr::Month { year: Some(y), month: m }, start: i, end });
            }
            if self.w(j) == "next" && self.w(j + 1) == "year" {
                return Some(ParsedDate { expr: DateExpr::MonthOf { month: m, offset: 1 }, start: i, end: j + 2 });
            }
            // A month name on its own: "February".
            if self.tokens[i].text.len() > 3 && self.tokens[i].text.starts_with(char::is_uppercase) {
                return Some(ParsedDate { expr: DateExpr::Month { year: None, month: m }, start: i, end: j });
            }
        }
        self.numeric_at(i)
    }
}

/// The start of a range takes the month and year its end gives
/// ("4 to 22 January 1995": 4 January 1995).
fn inherit(a: DateExpr, b: &DateExpr) -> DateExpr {
    match (a, b) {
        (DateExpr::Day { year: None, month: None, day }, DateExpr::Day { year, month, .. }) => {
            DateExpr::Day { year: *year, month: *month, day }
        }
        (
            DateExpr::Day { year: None, month: Some(m), day },
            DateExpr::Day { year, .. } | DateExpr::Month { year, .. },
        ) => DateExpr::Day { year: *year, month: Some(m), day },
        (DateExpr::Day { year: None, month: None, day }, DateExpr::DayOfMonth { month_offset, .. }) => {
            DateExpr::DayOfMonth { day, month_offset: *month_offset }
        }
        (a, _) => a,
    }
}

/// Reads a date starting at token `i`, if one starts there.
pub fn parse_date(tokens: &[Token], i: usize, order: NumericOrder) -> Option<ParsedDate> {
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    parse_date_lower(tokens, &lower, i, order)
}

/// [`parse_date`] for a caller that reads every position of one sentence
/// and has its words in lower case already (one per token).
pub fn parse_date_lower(tokens: &[Token], lower: &[String], i: usize, order: NumericOrder) -> Option<ParsedDate> {
    Reader { tokens, lower, order }.parse(i)
}

/// Every date in a text with its span, left to right, longest first.
pub fn dates_in(text: &str, order: NumericOrder) -> Vec<(Span, ParsedDate)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    let reader = Reader { tokens: &tokens, lower: &lower, order };
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
        let found = dates_in(s, NumericOrder::DayFirst);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found[0].1.expr.resolve(r, lean)
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
}
