//! Reading periods: weeks, quarters, decades, seasons, parts of a period
//! ("early next year", "the end of March") and ranges ("from 4 to 22
//! January 1995").

use super::read::{Reader, inherit};
use super::{DateExpr, ParsedDate, PeriodUnit, WeekRel};
use crate::vocab::Entry;

impl Reader<'_, '_> {
    /// Decades, quarters, seasons, weekends, ranges and bare months.
    pub(super) fn period_forms(&self, i: usize) -> Option<ParsedDate> {
        None.or_else(|| self.week_forms(i))
            .or_else(|| self.length_forms(i))
            .or_else(|| self.between_forms(i))
            .or_else(|| self.edge_forms(i))
            .or_else(|| self.part_forms(i))
            .or_else(|| self.nth_day_forms(i))
            .or_else(|| self.decade_forms(i))
            .or_else(|| self.quarter_forms(i))
            .or_else(|| self.season_range_forms(i))
    }

    /// A calendar period a "first week of", "the rest of", "the end of"
    /// can take: a week, a month or a year.
    fn unit_of(&self, x: &str) -> Option<PeriodUnit> {
        self.words.period(x).filter(|u| *u != PeriodUnit::Decade)
    }

    /// Weeks: "the third week of July", "the last week of 2015", "week 10",
    /// "the week of the 18th", "w/c 4 Feb".
    fn week_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // "the third week of July", "the last week of 2015", "first week
        // of this year", "week 10"
        let k = if w == "the" { i + 1 } else { i };
        let nth = if self.w(k) == "last" { Some(-1) } else { self.ordinal_at(k).filter(|n| *n <= 5) };
        if let Some(nth) = nth.filter(|_| {
            self.is_period(k + 1, PeriodUnit::Week)
                && (matches!(self.w(k + 2), "of" | "in")
                    || matches!(self.w(k + 2), "this" | "next" | "last") && self.is_period(k + 3, PeriodUnit::Year))
        }) {
            let j = if matches!(self.w(k + 2), "of" | "in") { k + 3 } else { k + 2 };
            let of = match (self.w(j), self.unit_of(self.w(j + 1))) {
                ("this" | "current", Some(u)) => Some((DateExpr::Period { unit: u, offset: 0 }, j + 2)),
                ("next", Some(u)) => Some((DateExpr::Period { unit: u, offset: 1 }, j + 2)),
                ("last" | "previous", Some(u)) => Some((DateExpr::Period { unit: u, offset: -1 }, j + 2)),
                _ => self.year_at(j).map(|(y, e)| (DateExpr::Year(y), e)).or_else(|| {
                    let (m, e) = self.month_number_at(j).map(|m| (m, j + 1))?;
                    let (y, e) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
                    Some((DateExpr::Month { year: y, month: m }, e))
                }),
            };
            if let Some((of, e)) = of {
                return at(DateExpr::NthWeek { nth, of: Box::new(of) }, e);
            }
        }
        if let Some((expr, end)) = self.numbered_week(i) {
            return at(expr, end);
        }
        // "the week of the 18th", "the week starting (on) February 4",
        // "the week commencing 4 Feb", "w/c 4 Feb"
        let wk = if w == "the" { i + 1 } else { i };
        let after_week = if self.is_period(wk, PeriodUnit::Week) {
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
        None
    }

    /// A length from a day ("for 3 days from today", "2 weeks starting May
    /// 20th"), and "year 247".
    fn length_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // "for 3 days from today", "a week starting tomorrow", "2 weeks
        // starting May 20th"
        let fk = if w == "for" { i + 1 } else { i };
        if let Some(d) = self.duration(fk).filter(|d| d.end > fk + 1 || self.tokens[fk].is_word()) {
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
                    "next" => self
                        .words
                        .weekday_of(self.w(k + 1))
                        .map(|wd| (DateExpr::Weekday { weekday: wd, rel: WeekRel::Next }, k + 2)),
                    _ => self.parse_calendar(k).map(|p| (p.expr, p.end)),
                };
                if let Some((f, e)) = from {
                    return at(DateExpr::LengthFrom { duration: d.duration, from: Box::new(f) }, e);
                }
            }
        }
        // "year 247", "Year two hundred and sixty seven"
        if self.is_period(i, PeriodUnit::Year)
            && let Some((v, e)) = self.spelled(i + 1).filter(|(v, _)| v.fract() == 0.0 && (1.0..=9999.0).contains(v))
        {
            return at(DateExpr::Year(v as i16), e);
        }
        None
    }

    /// Days between two others of a month or week: "November between 19 and
    /// 20", "next week between Wednesday and Friday".
    fn between_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // "November between 19 and 20", "Feb between 2-7 2018"
        if let Some((m, e)) = self.month_at(i).filter(|_| self.w(i + 1) == "between")
            && let Some((a, ae)) = self
                .day_at(e + 1)
                .filter(|_| self.tokens.get(e + 1).is_some_and(crate::segment::tokens::Token::is_number))
            && matches!(self.w(ae), "and" | "-" | "to")
            && let Some((b, be)) = self
                .day_at(ae + 1)
                .filter(|_| self.tokens.get(ae + 1).is_some_and(crate::segment::tokens::Token::is_number))
        {
            let (y, ye) = self.year_at(be).map_or((None, be), |(y, ye)| (Some(y), ye));
            let day = |d| Box::new(DateExpr::Day { year: y, month: Some(m), day: d });
            return at(DateExpr::Range(day(a), day(b)), ye);
        }
        // "next week between Wednesday and Friday", "this week from Tue to Thur"
        if matches!(w, "this" | "next" | "last")
            && self.is_period(i + 1, PeriodUnit::Week)
            && matches!(self.w(i + 2), "between" | "from")
            && let Some(a) = self.weekday_at(i + 3)
            && matches!(self.w(i + 4), "and" | "to" | "until")
            && let Some(b) = self.weekday_at(i + 5)
        {
            let rel = match w {
                "next" => WeekRel::Next,
                "last" => WeekRel::Last,
                _ => WeekRel::This,
            };
            let day = |wd| Box::new(DateExpr::Weekday { weekday: wd, rel });
            return at(DateExpr::Range(day(a), day(b)), i + 6);
        }
        None
    }

    /// The rest of a period, the one after next, its beginning, middle or
    /// end, and "earlier this month".
    fn edge_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // "the rest of the week", "rest of my month"
        let k = if w == "the" { i + 1 } else { i };
        if self.w(k) == "rest" {
            let mut e = k + 1;
            while matches!(self.w(e), "of" | "the" | "my" | "this" | "current") {
                e += 1;
            }
            if let Some(u) = self.unit_of(self.w(e)) {
                return at(DateExpr::Rest(u), e + 1);
            }
        }
        // "the week after next", "the month after the next", "the weekend
        // after next"; "the weekend before last", "the week before the last"
        if w == "the" && matches!(self.w(i + 2), "after" | "before") {
            let n = if self.w(i + 3) == "the" { i + 4 } else { i + 3 };
            let offset = match (self.w(i + 2), self.w(n)) {
                ("after", "next") => Some(2),
                ("before", "last") => Some(-2),
                _ => None,
            };
            if let Some(offset) = offset {
                if self.w(i + 1) == "weekend" {
                    return at(DateExpr::Weekend { offset }, n + 1);
                }
                if let Some(u) = self.unit_of(self.w(i + 1)) {
                    return at(DateExpr::Period { unit: u, offset }, n + 1);
                }
            }
        }
        // "the beginning of 2000", "the end of next week", "end of March"
        let k = if matches!(w, "the" | "at") { i + 1 } else { i };
        let k = if self.w(k) == "the" { k + 1 } else { k };
        let edge = self.words.part_noun(self.w(k));
        if let Some(part) = edge.filter(|_| self.w(k + 1) == "of") {
            let j = k + 2;
            let of = match (self.w(j), self.unit_of(self.w(j + 1))) {
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
            if let Some(u) = self.unit_of(self.w(j2)) {
                let expr = if w == "earlier" { DateExpr::SoFar(u) } else { DateExpr::Rest(u) };
                return at(expr, j2 + 1);
            }
        }
        None
    }

    /// Centuries, "2016 june", and a part of a period: "early next year",
    /// "late last month", "mid-March".
    fn part_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // "the 15th century", "21st century"
        let k = if w == "the" { i + 1 } else { i };
        if let Some((c, e)) =
            self.day_at(k).filter(|_| self.tokens.get(k).is_some_and(crate::segment::tokens::Token::is_number))
            && self.w(e) == "century"
        {
            return at(DateExpr::Century(i16::from(c)), e + 1);
        }
        // "2016 june", "2016, nov"
        if let Some((y, e)) = self.year_at(i).filter(|_| self.tokens[i].is_number()) {
            let e = if self.is(e, ",") { e + 1 } else { e };
            if let Some(m) = self.month_number_at(e).filter(|_| self.tokens.get(e + 1).is_none_or(|t| !t.is_number())) {
                return at(DateExpr::Month { year: Some(y), month: m }, e + 1);
            }
        }
        // "mid-March", "late-April 2019": the tokeniser keeps a hyphenated
        // word whole, so its parts are read here.
        if let Some((first, rest)) = crate::vocab::split_hyphen(w)
            && let Some(part) = self.words.part_prefix(first)
            && let Some(m) = self.words.month_number(rest)
        {
            let (y, e) = self.year_at(i + 1).map_or((None, i + 1), |(y, e)| (Some(y), e));
            return at(DateExpr::Part { part, of: Box::new(DateExpr::Month { year: y, month: m }) }, e);
        }
        // "early next year", "late last month", "mid March"
        let part = self.words.part_prefix(w);
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
            } && let Some(u) = self.unit_of(self.w(k + 1))
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
        None
    }

    /// A day of a month counted from its start: "the 20th of next month",
    /// "the first Friday of July".
    fn nth_day_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        let month_ref = |k: usize| -> Option<(DateExpr, usize)> {
            // "this month", "next month", "previous month", "July", "July 2016"
            let off = match self.w(k) {
                "this" | "current" => Some(0),
                "next" | "following" => Some(1),
                "last" | "previous" => Some(-1),
                _ => None,
            };
            if let Some(o) = off.filter(|_| self.is_period(k + 1, PeriodUnit::Month)) {
                return Some((DateExpr::Period { unit: PeriodUnit::Month, offset: o }, k + 2));
            }
            // "of the month": the reference's month.
            if self.w(k) == "the" && self.is_period(k + 1, PeriodUnit::Month) {
                return Some((DateExpr::Period { unit: PeriodUnit::Month, offset: 0 }, k + 2));
            }
            let (m, e) = self.month_number_at(k).map(|m| (m, k + 1))?;
            let (y, e) = self.year_at(e).map_or((None, e), |(y, e)| (Some(y), e));
            Some((DateExpr::Month { year: y, month: m }, e))
        };
        // "the 20th of next month", "31st of this month"
        let k = if w == "the" { i + 1 } else { i };
        if let Some((d, e)) =
            self.day_at(k).filter(|_| self.tokens.get(k).is_some_and(crate::segment::tokens::Token::is_number))
            && self.w(e) == "of"
            && let Some(o) = match self.w(e + 1) {
                "this" | "current" => Some(0),
                "next" => Some(1),
                "last" | "previous" => Some(-1),
                _ => None,
            }
            && self.is_period(e + 2, PeriodUnit::Month)
        {
            return at(DateExpr::DayOfMonth { day: d, month_offset: o }, e + 3);
        }
        // "the first Friday of July", "second Sunday", "the third
        // Wednesday of previous month"
        // "the last Friday of the month", "last Monday in May": the last
        // one of a month ("last" alone is the weekday before: "last Friday").
        let last_of = self.w(k) == "last" && matches!(self.w(k + 2), "of" | "in") && month_ref(k + 3).is_some();
        if let Some(nth) = self.ordinal_at(k).filter(|n| *n <= 5).or(last_of.then_some(-1))
            && let Some(wd) = self.weekday_at(k + 1)
        {
            if matches!(self.w(k + 2), "of" | "in")
                && let Some((m, e)) = month_ref(k + 3)
            {
                return at(DateExpr::NthWeekday { nth, weekday: wd, month: Box::new(m) }, e);
            }
            let this_month = DateExpr::Period { unit: PeriodUnit::Month, offset: 0 };
            return at(DateExpr::NthWeekday { nth, weekday: wd, month: Box::new(this_month) }, k + 2);
        }
        None
    }

    /// Decades in digits ("the 1970s", "the '70s") and in words ("the
    /// seventies", "the noughties", "the twenty-tens").
    fn decade_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
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
            // The tens of a decade ("seventies" is 70); a whole decade
            // ("noughties", "two thousands") is 1000 or more.
            let tens = |x: &str| self.words.decades.value(x).filter(|v| *v < 100.0).map(|v| v as i16);
            let a = self.w(i + 1);
            if let Some((n, Entry::Value(v))) =
                self.words.decades.longest_prefix(self.lower.get(i + 1..).unwrap_or(&[]))
                && *v >= 1000.0
            {
                return at(DateExpr::Decade(*v as i16), i + 1 + n);
            }
            if let Some((century, rest)) = a.split_once('-')
                && let (Some(c), Some(t)) = (self.number_word(century), tens(rest))
            {
                return at(DateExpr::Decade(c as i16 * 100 + t), i + 2);
            }
            if let Some(t) = tens(a).filter(|t| *t >= 20) {
                return at(DateExpr::ShortDecade(t), i + 2);
            }
            if let Some(c) = self.number_word(a).filter(|c| (10.0..=20.0).contains(c))
                && let Some(t) = tens(self.w(i + 2))
            {
                return at(DateExpr::Decade(c as i16 * 100 + t), i + 3);
            }
        }
        None
    }

    /// Quarters and halves of a year: "Q3 2016", "H1", "2016 the third
    /// quarter", "the first half of next year".
    fn quarter_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
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
        let year_offset = |k: usize| match self.w(k) {
            _ if !self.is_period(k + 1, PeriodUnit::Year) => None,
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
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
            && let Some(n) = self.ordinal_at(e + 1)
            && self.w(e + 2) == "quarter"
            && (1..=4).contains(&n)
        {
            return at(DateExpr::Months { year: Some(y), first: 3 * (n - 1) + 1, count: 3 }, e + 3);
        }
        // "the third quarter of 2016", "the first half of 2020"
        if w == "the"
            && let Some(n) = self.ordinal_at(i + 1)
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
        None
    }

    /// Seasons, weekends, ranges ("from 4 to 22 January 1995") and a month
    /// of a year in digits ("2015-3").
    fn season_range_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        // Seasons: "summer", "the summer of 2016".
        let sk = if w == "the" { i + 1 } else { i };
        if self.words.is_season(self.w(sk), true) {
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
            if self.words.is_range_joiner(joiner)
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
}
