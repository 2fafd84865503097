//! Resolving: what a [`DateExpr`] means in days, read against the
//! reference date (the article's publication date) with jiff's calendar
//! arithmetic.

use jiff::civil::{Date, Weekday};
use jiff::{Span as JSpan, ToSpan};

use super::{DateExpr, DateRange, Lean, PeriodPart, PeriodUnit, WeekRel};
use crate::normalise::duration::{Duration, TimeUnit};

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
    d.checked_sub(i64::from(d.weekday().to_monday_zero_offset()).days()).ok()
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
        if let DateExpr::Beside { of, .. } | DateExpr::ShiftFrom { of, .. } = self {
            return of.is_absolute();
        }
        matches!(
            self,
            DateExpr::Day { year: Some(_), month: Some(_), .. }
                | DateExpr::Month { year: Some(_), .. }
                | DateExpr::Year(_)
                | DateExpr::Decade(_)
                | DateExpr::Months { year: Some(_), .. }
                | DateExpr::Holiday { year: Some(_), .. }
        )
    }

    /// Whether the reading depends on which way the sentence leans.
    pub fn leans(&self) -> bool {
        if let DateExpr::Beside { of, .. } | DateExpr::ShiftFrom { of, .. } = self {
            return of.leans();
        }
        matches!(
            self,
            DateExpr::Day { year: None, .. }
                | DateExpr::Month { year: None, .. }
                | DateExpr::Weekday { rel: WeekRel::Plain, .. }
                | DateExpr::Holiday { year: None, rel: 0, .. }
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
            DateExpr::Holiday { rule, year: Some(y), .. } => rule.in_year(y).map(DateRange::day),
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
                let ra = a.resolve(reference, la)?;
                let mut b_range = b.resolve(reference, lb)?;
                // An end without a year follows its start: "from 28
                // December to 3 January", "from 10/1 to 11/7" read after
                // the start's year ended, or before the end's.
                let yearless =
                    matches!(b.as_ref(), DateExpr::Day { year: None, .. } | DateExpr::Month { year: None, .. });
                if yearless && b_range.last < ra.first {
                    b_range = b.resolve(Some(ra.first), Lean::Future)?;
                }
                let (a, b) = (ra, b_range);
                (a.first <= b.last).then_some(DateRange { first: a.first, last: b.first.max(a.first) })
            }
            DateExpr::Beside { ref of, first, last } => {
                let r = of.resolve(reference, lean)?;
                let first = r.first.checked_add(i64::from(first).days()).ok()?;
                Some(DateRange { first, last: r.last.checked_add(i64::from(last).days()).ok()? })
            }
            DateExpr::ShiftFrom { ref of, ref duration, sign } => {
                let r = of.resolve(reference, lean)?;
                let by = duration_span(duration, sign)?;
                Some(DateRange { first: r.first.checked_add(by).ok()?, last: r.last.checked_add(by).ok()? })
            }
            _ => self.resolve_relative(reference?, lean),
        }
    }

    fn resolve_relative(&self, r: Date, lean: Lean) -> Option<DateRange> {
        match self {
            DateExpr::Day { year: None, month: Some(m), day } => day_in_year_near(r, lean, *m, *day),
            DateExpr::Day { year: None | Some(_), month: None, day } => day_in_month_near(r, lean, *day),
            DateExpr::Month { year: None, month } => {
                let y = match lean {
                    Lean::Past if *month > r.month() => r.year() - 1,
                    Lean::Future if *month < r.month() => r.year() + 1,
                    _ => r.year(),
                };
                month_range(y, *month)
            }
            DateExpr::Weekday { weekday, rel } => weekday_near(r, lean, *weekday, *rel),
            DateExpr::Holiday { rule, rel, .. } => {
                super::holiday::holiday_near(r, lean == Lean::Past, *rule, *rel).map(DateRange::day)
            }
            DateExpr::Offset(n) => r.checked_add(i64::from(*n).days()).ok().map(DateRange::day),
            DateExpr::Shift { duration, sign, from, .. } => {
                let base = r.checked_add(i64::from(*from).days()).ok()?;
                base.checked_add(duration_span(duration, *sign)?).ok().map(DateRange::day)
            }
            DateExpr::Period { unit, offset } => period_range(r, *unit, *offset),
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
                // "...happened on the last Friday of the month" in an
                // article of the 9th: the month's last Friday is still
                // ahead, so the past event was the month before's.
                if lean == Lean::Past
                    && d > r
                    && matches!(**month, DateExpr::Period { unit: PeriodUnit::Month, offset: 0 })
                {
                    let before = m.first.yesterday().ok()?.first_of_month();
                    return before.nth_weekday_of_month(*nth, *weekday).ok().map(DateRange::day);
                }
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
            DateExpr::Part { part, of } => part_range(r, lean, *part, of),
            DateExpr::NthWeek { nth, of } => nth_week(r, lean, *nth, of),
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
        // So is "the Monday before last": the week before either of them.
        if let DateExpr::Weekday { weekday, rel: rel @ (WeekRel::Last | WeekRel::BeforeLast) } = self
            && let Some(r) = reference
            && let Ok(d) = r.nth_weekday(if *rel == WeekRel::Last { -1 } else { -2 }, *weekday)
        {
            out.push(DateRange::day(d));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// A day and month in the reference's year, or the nearest year before
/// or after it.
fn day_in_year_near(r: Date, lean: Lean, m: i8, day: i8) -> Option<DateRange> {
    // The same day and month in the reference's year, or the
    // year before or after.
    // 29 February looks up to eight years away.
    let d = match lean {
        Lean::Past => (0..=8).filter_map(|k| Date::new(r.year() - k, m, day).ok()).find(|d| *d <= r),
        Lean::Future => (0..=8).filter_map(|k| Date::new(r.year() + k, m, day).ok()).find(|d| *d >= r),
    }?;
    Some(DateRange::day(d))
}

/// A day of the reference's month, or the month before or after.
fn day_in_month_near(r: Date, lean: Lean, day: i8) -> Option<DateRange> {
    let this = Date::new(r.year(), r.month(), day).ok();
    let d = match lean {
        Lean::Past => this.filter(|d| *d <= r).or_else(|| {
            let prev = r.first_of_month().checked_sub(1.day()).ok()?;
            Date::new(prev.year(), prev.month(), day).ok()
        }),
        Lean::Future => this.filter(|d| *d >= r).or_else(|| {
            let next = r.last_of_month().checked_add(1.day()).ok()?;
            Date::new(next.year(), next.month(), day).ok()
        }),
    }?;
    Some(DateRange::day(d))
}

/// A weekday of the reference's week, the week before or after, or the
/// nearest one.
fn weekday_near(r: Date, lean: Lean, weekday: Weekday, rel: WeekRel) -> Option<DateRange> {
    let monday = monday_of(r)?;
    let in_week = |week_monday: Date| week_monday.checked_add(i64::from(weekday.to_monday_zero_offset()).days()).ok();
    let d = match rel {
        WeekRel::Plain if r.weekday() == weekday => Some(r),
        WeekRel::Plain => match lean {
            Lean::Past => r.nth_weekday(-1, weekday).ok(),
            Lean::Future => r.nth_weekday(1, weekday).ok(),
        },
        WeekRel::This => in_week(monday),
        WeekRel::Last | WeekRel::OfLastWeek => in_week(monday.checked_sub(1.week()).ok()?),
        WeekRel::Next => in_week(monday.checked_add(1.week()).ok()?),
        WeekRel::BeforeLast => in_week(monday.checked_sub(2.weeks()).ok()?),
        WeekRel::AfterNext => in_week(monday.checked_add(2.weeks()).ok()?),
    }?;
    Some(DateRange::day(d))
}

/// The week, month, year or decade of the reference, or `offset` after it.
fn period_range(r: Date, unit: PeriodUnit, offset: i8) -> Option<DateRange> {
    let k = i64::from(offset);
    match unit {
        PeriodUnit::Week => {
            let first = monday_of(r)?.checked_add(k.weeks()).ok()?;
            Some(DateRange { first, last: first.checked_add(6.days()).ok()? })
        }
        PeriodUnit::Month => {
            let d = r.first_of_month().checked_add(k.months()).ok()?;
            month_range(d.year(), d.month())
        }
        PeriodUnit::Year => year_range(r.year().checked_add(i16::from(offset))?),
        PeriodUnit::Decade => {
            let start = r.year() - r.year().rem_euclid(10) + 10 * i16::from(offset);
            Some(DateRange { first: Date::new(start, 1, 1).ok()?, last: Date::new(start + 9, 12, 31).ok()? })
        }
    }
}

/// Early, mid, late, the beginning, middle or end of a period.
fn part_range(r: Date, lean: Lean, part: PeriodPart, of: &DateExpr) -> Option<DateRange> {
    let whole = of.resolve(Some(r), lean)?;
    let days = whole.first.until((jiff::Unit::Day, whole.last)).ok()?.get_days() + 1;
    // Weeks split Monday-Wednesday / Thursday-Sunday, months at
    // the 15th, years at June's end: thirds for "mid".
    let part = match (days > 31, part) {
        (false, PeriodPart::Beginning) => PeriodPart::Early,
        (false, PeriodPart::Middle) => PeriodPart::Mid,
        (false, PeriodPart::End) => PeriodPart::Late,
        (_, p) => p,
    };
    let month_start = |m: i8| whole.first.with().month(m).day(1).build().ok().map(|d| i32::from(d.day_of_year()) - 1);
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
        (_, PeriodPart::Early) => (0, i32::from(whole.first.with().month(6).day(30).build().ok()?.day_of_year()) - 1),
        (d, PeriodPart::Late) => (i32::from(whole.first.with().month(7).day(1).build().ok()?.day_of_year()) - 1, d - 1),
        (d, PeriodPart::Mid) => (d / 3, 2 * d / 3),
        (_, PeriodPart::Beginning | PeriodPart::Middle) => return None,
    };
    Some(DateRange {
        first: whole.first.checked_add(i64::from(a).days()).ok()?,
        last: whole.first.checked_add(i64::from(b).days()).ok()?,
    })
}

/// The nth week of a period, as ISO 8601 counts: the week of its nth
/// Thursday (or of its last, for -1).
fn nth_week(r: Date, lean: Lean, nth: i8, of: &DateExpr) -> Option<DateRange> {
    let whole = of.resolve(Some(r), lean)?;
    let thursday = if nth > 0 {
        let first = if whole.first.weekday() == Weekday::Thursday {
            whole.first
        } else {
            whole.first.nth_weekday(1, Weekday::Thursday).ok()?
        };
        first.checked_add((7 * (i64::from(nth) - 1)).days()).ok()?
    } else if whole.last.weekday() == Weekday::Thursday {
        whole.last
    } else {
        whole.last.nth_weekday(-1, Weekday::Thursday).ok()?
    };
    (thursday <= whole.last).then_some(())?;
    let monday = thursday.checked_sub(3.days()).ok()?;
    Some(DateRange { first: monday, last: monday.checked_add(6.days()).ok()? })
}
