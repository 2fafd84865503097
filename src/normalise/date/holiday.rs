//! Holidays: named days, fixed ("Christmas Day", 25 December) and movable
//! ("Easter Monday", "Thanksgiving", "the late May bank holiday"). Which
//! day each name means is data, the `holidays` list of
//! rules/words/dates.toml, so a newsroom adds its own with a `[words]`
//! table. A rule is one of:
//!
//! - `fixed MM-DD`: the same day every year ("12-25");
//! - `easter ±N`: N days from Easter Sunday (Gregorian computus);
//! - `nth N WD MM ±K`: the Nth weekday WD of month MM (N -1 the last),
//!   K days on ("nth 4 thu 11 +1" is the day after Thanksgiving);
//! - `hijri MM-DD`: a day of the Islamic (Hijri) year, by the tabular
//!   calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
//!   26, 29). A lunar holiday falls about 11 days earlier each Gregorian
//!   year, so a Gregorian year may hold it twice; where it is sighted
//!   rather than computed it can differ from the table by a day.

use std::borrow::Cow;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::read::Reader;
use super::{DateExpr, ParsedDate, PeriodUnit};
use crate::vocab::Entry;

/// Which day of a year a holiday falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    Fixed { month: i8, day: i8 },
    Easter { offset: i16 },
    NthWeekday { nth: i8, weekday: Weekday, month: i8, offset: i16 },
    Hijri { month: i8, day: i8 },
}

fn weekday_named(s: &str) -> Option<Weekday> {
    Some(match s {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

fn signed(s: Option<&str>) -> Option<i16> {
    s.map_or(Some(0), |s| s.trim_start_matches('+').parse().ok())
}

impl HolidayRule {
    /// Reads a rule as the `holidays` list writes it; None when malformed.
    pub fn parse(rule: &str) -> Option<HolidayRule> {
        let parts: Vec<&str> = rule.split_whitespace().collect();
        match parts[..] {
            ["fixed", md] => {
                let (m, d) = md.split_once('-')?;
                let (month, day) = (m.parse().ok()?, d.parse().ok()?);
                // 2024 is a leap year: every real month-day is a date in it.
                Date::new(2024, month, day).ok()?;
                Some(HolidayRule::Fixed { month, day })
            }
            ["hijri", md] => {
                let (m, d) = md.split_once('-')?;
                let (month, day): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
                ((1..=12).contains(&month) && (1..=30).contains(&day)).then_some(())?;
                Some(HolidayRule::Hijri { month, day })
            }
            ["easter"] | ["easter", _] => Some(HolidayRule::Easter { offset: signed(parts.get(1).copied())? }),
            ["nth", n, wd, m] | ["nth", n, wd, m, _] => {
                let nth: i8 = n.parse().ok()?;
                let month: i8 = m.parse().ok()?;
                ((-1..=5).contains(&nth) && nth != 0 && (1..=12).contains(&month)).then_some(())?;
                Some(HolidayRule::NthWeekday {
                    nth,
                    weekday: weekday_named(wd)?,
                    month,
                    offset: signed(parts.get(4).copied())?,
                })
            }
            _ => None,
        }
    }

    /// The holiday's (first) day in year `y`.
    pub fn in_year(self, y: i16) -> Option<Date> {
        self.days_in_year(y).first().copied()
    }

    /// Every day of year `y` the holiday falls on: one for a solar rule;
    /// none, one or two for a lunar one.
    pub fn days_in_year(self, y: i16) -> Vec<Date> {
        if let HolidayRule::Hijri { month, day } = self {
            // The Hijri years that overlap Gregorian year y.
            let h = (i32::from(y) - 622) * 33 / 32;
            return (h - 1..=h + 2)
                .filter_map(|hy| hijri_to_gregorian(hy, month, day))
                .filter(|d| d.year() == y)
                .collect();
        }
        self.solar_in_year(y).into_iter().collect()
    }

    fn solar_in_year(self, y: i16) -> Option<Date> {
        match self {
            HolidayRule::Hijri { .. } => None,
            HolidayRule::Fixed { month, day } => Date::new(y, month, day).ok(),
            HolidayRule::Easter { offset } => easter_sunday(y)?.checked_add(i64::from(offset).days()).ok(),
            HolidayRule::NthWeekday { nth, weekday, month, offset } => {
                let first = Date::new(y, month, 1).ok()?;
                let day = first.nth_weekday_of_month(nth, weekday).ok()?;
                day.checked_add(i64::from(offset).days()).ok()
            }
        }
    }
}

/// Julian day number of 1 Muharram, year 1 of the tabular Hijri calendar
/// (the epoch of 15 July 622, Julian).
const HIJRI_EPOCH_JDN: i64 = 1_948_439;
/// Julian day number of 1970-01-01.
const UNIX_EPOCH_JDN: i64 = 2_440_588;

/// The Gregorian date of Hijri `year`-`month`-`day` by the tabular
/// calendar: months alternate 30 and 29 days, and 11 years in 30 add a
/// day to the last month.
pub fn hijri_to_gregorian(year: i32, month: i8, day: i8) -> Option<Date> {
    if year < 1 {
        return None;
    }
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    // ceil(29.5 * (m - 1)) days before the month; the leap days of earlier years.
    let jdn = d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + HIJRI_EPOCH_JDN - 1;
    jiff::civil::date(1970, 1, 1).checked_add((jdn - UNIX_EPOCH_JDN).days()).ok()
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm,
/// Meeus/Jones/Butcher).
pub fn easter_sunday(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

impl Reader<'_, '_> {
    /// The holiday named at `i`, if any: its rule and the token after it.
    fn holiday_name(&self, i: usize) -> Option<(HolidayRule, usize)> {
        // Most words start no holiday: refuse them before building phrases.
        if !self.words.holidays.may_start(self.w(i)) {
            return None;
        }
        // A closing apostrophe is a token of its own ("presidents' day"):
        // it goes back onto its word, and `ends` maps words to tokens.
        // Borrowed unless a curly apostrophe must be straightened or one
        // put back: this runs at every "the" (of "the fourth of july").
        let mut words: Vec<Cow<'_, str>> = Vec::with_capacity(6);
        let mut ends: Vec<usize> = Vec::with_capacity(6);
        let mut k = i;
        while k < self.tokens.len() && words.len() < 6 {
            let w = self.w(k);
            let w = if crate::vocab::has_curly(w) { Cow::Owned(w.replace('’', "'")) } else { Cow::Borrowed(w) };
            // Only a plural takes a closing apostrophe: "fast'" closes a quote.
            if w == "'" && self.tokens[k].glued && words.last().is_some_and(|l| l.ends_with('s')) {
                words.last_mut()?.to_mut().push('\'');
                *ends.last_mut()? = k + 1;
            } else {
                words.push(w);
                ends.push(k + 1);
            }
            k += 1;
        }
        let (n, entry) = self.words.holidays.longest_prefix(&words)?;
        let Entry::Form(rule) = entry else { return None };
        Some((HolidayRule::parse(rule)?, ends[n - 1]))
    }

    /// "Easter Monday", "next Easter", "Easter 2027", "Christmas Day of
    /// 2015", "the late May bank holiday Monday".
    pub(super) fn holiday_at(&self, i: usize) -> Option<ParsedDate> {
        let (rel, at) = match self.w(i) {
            "next" => (1, i + 1),
            "last" => (-1, i + 1),
            "this" => (0, i + 1),
            _ => (0, i),
        };
        let (rule, mut end) = self.holiday_name(at)?;
        let mut year = None;
        let mut rel = rel;
        // "bank holiday Monday": the weekday the holiday falls on.
        if let HolidayRule::NthWeekday { weekday, offset: 0, .. } = rule
            && self.weekday_at(end) == Some(weekday)
        {
            end += 1;
        }
        let of = usize::from(self.w(end) == "of");
        if let Some((y, e)) = self
            .year_at(end + of)
            .filter(|_| self.tokens.get(end + of).is_some_and(crate::segment::tokens::Token::is_number))
        {
            year = Some(y);
            end = e;
        } else if matches!(self.w(end + of), "next" | "last" | "this") && self.is_period(end + of + 1, PeriodUnit::Year)
        {
            rel = match self.w(end + of) {
                "next" => 2,
                "last" => -2,
                _ => 3,
            };
            end += of + 2;
        }
        Some(ParsedDate { expr: DateExpr::Holiday { rule, year, rel }, start: i, end })
    }
}

/// The day a holiday with no year means against `r`: `rel` 0 the nearest
/// one the way the sentence leans, -1 the last before `r`, 1 the next
/// after it; -2, 3 and 2 the one of the year before, of, or after `r`'s.
pub(super) fn holiday_near(r: Date, past: bool, rule: HolidayRule, rel: i8) -> Option<Date> {
    let year = |y: i16| rule.days_in_year(y);
    match rel {
        -2 => year(r.year() - 1).first().copied(),
        2 => year(r.year() + 1).first().copied(),
        3 => year(r.year()).first().copied(),
        _ => {
            // Every day it falls on from the year before to the year after.
            let days: Vec<Date> = (r.year() - 1..=r.year() + 1).flat_map(year).collect();
            match rel {
                -1 => days.iter().rev().find(|d| **d < r).copied(),
                1 => days.iter().find(|d| **d > r).copied(),
                _ if past => days.iter().rev().find(|d| **d <= r).copied(),
                _ => days.iter().find(|d| **d >= r).copied(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_by_the_computus() {
        for (y, m, d) in
            [(2016, 3, 27), (2018, 4, 1), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2027, 3, 28), (2038, 4, 25)]
        {
            assert_eq!(easter_sunday(y), Some(date(y, m, d)), "{y}");
        }
    }

    #[test]
    fn rules_read_and_resolve() {
        let r = |s: &str, y| HolidayRule::parse(s).and_then(|h| h.in_year(y));
        assert_eq!(r("easter +1", 2025), Some(date(2025, 4, 21)));
        assert_eq!(r("easter -2", 2025), Some(date(2025, 4, 18)));
        assert_eq!(r("nth 4 thu 11", 2016), Some(date(2016, 11, 24)));
        assert_eq!(r("nth 4 thu 11 +1", 2010), Some(date(2010, 11, 26)));
        assert_eq!(r("nth -1 mon 5", 2025), Some(date(2025, 5, 26)));
        assert_eq!(r("fixed 12-26", 2024), Some(date(2024, 12, 26)));
        assert_eq!(HolidayRule::parse("fixed 02-30"), None);
        assert_eq!(HolidayRule::parse("nth 0 mon 5"), None);
        assert_eq!(HolidayRule::parse("whenever"), None);
        // Tabular Hijri: 1 Ramadan 1445 and 1 Shawwal 1445.
        assert_eq!(r("hijri 09-01", 2024), Some(date(2024, 3, 10)));
        assert_eq!(r("hijri 10-01", 2024), Some(date(2024, 4, 9)));
        assert_eq!(HolidayRule::parse("hijri 13-01"), None);
    }

    #[test]
    fn a_lunar_holiday_can_fall_twice_in_a_year() {
        let eid = HolidayRule::parse("hijri 10-01").unwrap();
        // 1 Shawwal falls twice in 2000 (Jan and Dec) and once in 2001.
        assert_eq!(eid.days_in_year(2000).len(), 2);
        assert_eq!(eid.days_in_year(2001).len(), 1);
        let near = holiday_near(date(2000, 6, 1), true, eid, 0);
        assert_eq!(near.map(Date::month), Some(1));
    }
}
