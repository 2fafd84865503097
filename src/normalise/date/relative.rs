//! Reading the relative forms: "yesterday", "the next day", "last week",
//! "next March", "in 3 weeks", "in June", "on Tuesday", "eight years ago".
//! Every date starts here ([`Reader::parse`]); the period forms and the
//! calendar forms are tried in their turn.

use super::read::Reader;
use super::{DateExpr, ParsedDate, PeriodUnit, WeekRel};

impl Reader<'_, '_> {
    /// Reads a date starting at token `i` (called through the trigger
    /// table's gate, [`Reader::parse`]).
    pub(super) fn parse_here(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let day = |year, month, day, end| Some(ParsedDate { expr: DateExpr::Day { year, month, day }, start: i, end });
        if let Some(p) = self.holiday_at(i) {
            return Some(p);
        }
        if let Some(p) = self.anchored_at(i) {
            return Some(p);
        }
        // "last night", "this evening": a day counted from the reference.
        if let Some((n, len)) = self.words.day_part(self.lower.get(i..).unwrap_or_default()) {
            return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end: i + len });
        }
        // Relative days.
        if let Some(n) = self.words.relative_day(w) {
            return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end: i + 1 });
        }
        match w {
            // "the next day", "the last day", "this day": relative to the
            // reference here; a narrative's "the next day" is relative to
            // its story, which is why event dates do not use these.
            "the" | "this" | "my" | "next" | "last" | "past"
                if (self.w(i + 1) == "day"
                    || (self.w(i + 2) == "day" && matches!(self.w(i + 1), "next" | "last" | "past")))
                    && !matches!(self.w(i + 2), "before" | "after" | "of")
                    && !matches!(self.w(i + 3), "of")
                    // "the day that marks...", "the day on which": a
                    // day described by a clause, not the reference day.
                    && !(w == "the" && matches!(self.w(i + 2), "that" | "which" | "when" | "on" | "in")) =>
            {
                let (n, end) = match (w, self.w(i + 1)) {
                    ("the", "next") | ("next", _) => (1, if w == "the" { i + 3 } else { i + 2 }),
                    ("the", "last" | "past") | ("last" | "past", _) => (-1, if w == "the" { i + 3 } else { i + 2 }),
                    _ => (0, i + 2),
                };
                return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end });
            }
            // "the day before yesterday", "the day after tomorrow"
            "the" if self.w(i + 1) == "day" && matches!(self.w(i + 2), "before" | "after") => {
                let n = match (self.w(i + 2), self.words.relative_day(self.w(i + 3))) {
                    ("before", Some(-1)) => -2,
                    ("after", Some(1)) => 2,
                    _ => return None,
                };
                return Some(ParsedDate { expr: DateExpr::Offset(n), start: i, end: i + 4 });
            }
            "last" | "this" | "next" | "past" | "previous" | "coming" | "current" | "upcoming" => {
                return self.relative_period(i);
            }
            "in" | "within" => return self.in_forms(i),
            _ => {}
        }
        if let Some(p) = self.period_forms(i) {
            return Some(p);
        }
        if let Some(p) = self.weekday_forms(i) {
            return Some(p);
        }
        if let Some(p) = self.shift_forms(i) {
            return Some(p);
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
            let next_is_word = self.tokens.get(end).is_some_and(crate::segment::tokens::Token::is_word);
            if !next_is_word {
                return day(None, None, d, end);
            }
            return None;
        }
        self.parse_calendar(i)
    }

    /// After "last", "this", "next" and the like: "last week", "the past
    /// three weeks", "next weekend", "last summer", "this Friday", "last
    /// March", "next week on Friday".
    fn relative_period(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        // "last week of 2015": a week of a year, not last week; "next week
        // between Wednesday and Friday", "this week from Tue to Thur": days
        // of that week.
        if ((w == "last" && matches!(self.w(i + 2), "of" | "in")) || matches!(self.w(i + 2), "between" | "from"))
            && let Some(p) = self.period_forms(i)
        {
            return Some(p);
        }
        // "the past three weeks", "next 3 days", "last 3year"
        if w != "this"
            && let Some(d) = self.duration(i + 1).filter(|d| {
                self.tokens.get(i + 1).is_some_and(|t| {
                    t.is_number()
                        || self.number_word(&crate::vocab::lower_word(t.text)).is_some()
                        || t.text.eq_ignore_ascii_case("few")
                }) && d.end > i + 2
            })
        {
            let sign = if matches!(w, "last" | "past" | "previous") { -1 } else { 1 };
            return Some(ParsedDate { expr: DateExpr::Stretch { duration: d.duration, sign }, start: i, end: d.end });
        }
        let rel = match w {
            "last" | "past" | "previous" => (-1, WeekRel::Last),
            "this" | "current" => (0, WeekRel::This),
            _ => (1, WeekRel::Next),
        };
        let at = |expr, end| Some(ParsedDate { expr, start: i, end });
        if self.w(i + 1) == "weekend" {
            return at(DateExpr::Weekend { offset: rel.0 }, i + 2);
        }
        if self.words.is_season(self.w(i + 1), false) {
            return at(DateExpr::Season, i + 2);
        }
        if let Some(wd) = self.weekday_at(i + 1) {
            return at(DateExpr::Weekday { weekday: wd, rel: rel.1 }, i + 2);
        }
        let Some(unit) = self.period_at(i + 1) else {
            // "last March", "this March", "next June"
            let (m, end) = self.month_at(i + 1).or_else(|| {
                // lower-case month names after "last"/"this" are months
                self.month_number_at(i + 1).map(|m| (m, i + 2))
            })?;
            return at(DateExpr::MonthOf { month: m, offset: rel.0 }, end);
        };
        // "last week Sunday", "next week Friday", "next week on Friday"
        if let Some(wd) = self.weekday_at(i + 2).filter(|_| unit == PeriodUnit::Week) {
            return at(DateExpr::Weekday { weekday: wd, rel: rel.1 }, i + 3);
        }
        if let Some(wd) = self.weekday_at(i + 3).filter(|_| unit == PeriodUnit::Week && self.w(i + 2) == "on") {
            return at(DateExpr::Weekday { weekday: wd, rel: rel.1 }, i + 4);
        }
        at(DateExpr::Period { unit, offset: rel.0 }, i + 2)
    }

    /// After "in" and "within": "within 5 days", "in 3 weeks", "in 2014
    /// through 2018", "in June of 1999", "in 2015".
    fn in_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        // "within 5 days", "within the next 3 years"
        let k = if w == "within" && self.w(i + 1) == "the" && matches!(self.w(i + 2), "next" | "upcoming" | "coming") {
            i + 3
        } else {
            i + 1
        };
        if w == "within"
            && let Some(d) = self.duration(k).filter(|d| self.tokens[d.end - 1].is_word())
        {
            return Some(ParsedDate { expr: DateExpr::Within(d.duration), start: i, end: d.end });
        }
        // "in 3 weeks": a shift forward. "in March", "in 2015". Not "fell
        // in a week ago", where the length counts back.
        if let Some(d) = self
            .duration(i + 1)
            .filter(|d| self.tokens[d.end - 1].is_word() && self.words.shift(self.w(d.end)).is_none())
        {
            let end = if self.w(d.end) == "time" { d.end + 1 } else { d.end };
            return Some(ParsedDate {
                expr: DateExpr::Shift { duration: d.duration, sign: 1, from: 0, to_the_day: false },
                start: i,
                end,
            });
        }
        // "in 2014 through 2018": a range.
        if let Some(p) = self.period_forms(i + 1).filter(|p| matches!(p.expr, DateExpr::Range(..))) {
            return Some(p);
        }
        let month = |year, month, end| Some(ParsedDate { expr: DateExpr::Month { year, month }, start: i + 1, end });
        if let Some((m, end)) = self.month_at(i + 1) {
            if let Some((y, end)) = self.month_year_at(end) {
                return month(Some(y), m, end);
            }
            // "in June of 1999"
            if self.w(end) == "of"
                && let Some((y, end)) = self.year_at(end + 1)
            {
                return month(Some(y), m, end);
            }
            if self.tokens.get(end).is_none_or(|t| !t.is_number()) {
                return month(None, m, end);
            }
        }
        // "in 2015", "in nineteen twenty eight"; "in two thousand homes" is
        // not a year.
        if let Some((y, end)) = self.bare_year_at(i + 1)
            && !self.tokens.get(end).is_some_and(|t| t.glued && (t.is("/") || t.is("-")))
        {
            return Some(ParsedDate { expr: DateExpr::Year(y), start: i + 1, end });
        }
        None
    }

    /// A weekday, maybe followed by a date ("Monday 3 March 2025",
    /// "Thursday the 21st", "Wed, 22 of Jan", "Friday next week").
    fn weekday_forms(&self, i: usize) -> Option<ParsedDate> {
        let w = self.w(i);
        let wd =
            self.words.weekday_of(w).filter(|_| w.len() > 3 || self.tokens[i].text.starts_with(char::is_uppercase))?;
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
        let at = |rel, end| Some(ParsedDate { expr: DateExpr::Weekday { weekday: wd, rel }, start: i, end });
        // "Friday before last", "Friday after next" (a week beyond "last
        // Friday" and "next Friday").
        match (self.w(j), self.w(j + 1)) {
            ("before", "last") => return at(WeekRel::BeforeLast, j + 2),
            ("after", "next") => return at(WeekRel::AfterNext, j + 2),
            _ => {}
        }
        // "Friday week": the Friday after next. Not "Friday, week three".
        if j == i + 1
            && self.is_period(j, PeriodUnit::Week)
            && !self.tokens.get(j + 1).is_some_and(crate::segment::tokens::Token::is_number)
        {
            return at(WeekRel::AfterNext, j + 1);
        }
        // "Friday next week", "Sunday of next week", "Friday of last
        // week", "Friday of the week before last".
        let k = if self.w(j) == "of" { j + 1 } else { j };
        let of_week = |k: usize| self.is_period(k, PeriodUnit::Week);
        match self.w(k) {
            "next" if of_week(k + 1) => return at(WeekRel::Next, k + 2),
            "last" if of_week(k + 1) && k > j => return at(WeekRel::OfLastWeek, k + 2),
            "the" if of_week(k + 1) && k > j && self.w(k + 2) == "before" && self.w(k + 3) == "last" => {
                return at(WeekRel::BeforeLast, k + 4);
            }
            _ => {}
        }
        at(WeekRel::Plain, i + 1)
    }

    /// "the eve of Independence Day", "just before Christmas", "the day
    /// after 4 May": a calendar date or a named day moved by whole days
    /// (`date-anchor-phrases`).
    fn anchored_at(&self, i: usize) -> Option<ParsedDate> {
        let (first, last, n) = self.words.anchor(self.lower.get(i..)?)?;
        // The phrase's first words are lead words: the reader opens at
        // them only where the trigger table lets it (debug builds check).
        if !self.may_start(i) {
            return None;
        }
        let of = self.parse_here(i + n).filter(|d| d.start == i + n && can_anchor(&d.expr))?;
        Some(ParsedDate { expr: DateExpr::Beside { of: Box::new(of.expr), first, last }, start: i, end: of.end })
    }

    /// Ago and from now: "eight years ago", "two weeks from now", "two
    /// days before yesterday", "2 days hence".
    fn shift_forms(&self, i: usize) -> Option<ParsedDate> {
        let d = self.duration(i)?;
        let shift = |sign, from, end| {
            let to_the_day = false;
            Some(ParsedDate {
                expr: DateExpr::Shift { duration: d.duration.clone(), sign, from, to_the_day },
                start: i,
                end,
            })
        };
        let stretch =
            |end| Some(ParsedDate { expr: DateExpr::Stretch { duration: d.duration.clone(), sign: 1 }, start: i, end });
        let (after, next) = (self.w(d.end), self.w(d.end + 1));
        // "two days before yesterday", "two days after today"
        if let Some(base) = self.words.base_day(next) {
            match after {
                "before" => return shift(-1, base, d.end + 2),
                "from" | "after" => return shift(1, base, d.end + 2),
                _ => {}
            }
        }
        // "a week on Friday", "a week last Friday": a week beyond the
        // weekday ahead or the one just gone.
        if d.duration.is_one_week()
            && let Some(weekday) = self.weekday_at(d.end + 1)
        {
            let rel = match after {
                "on" | "from" => Some(WeekRel::AfterNext),
                "last" => Some(WeekRel::BeforeLast),
                _ => None,
            };
            if let Some(rel) = rel {
                return Some(ParsedDate { expr: DateExpr::Weekday { weekday, rel }, start: i, end: d.end + 2 });
            }
        }
        // "three weeks before Christmas", "two days after 4 May": counted
        // from that date, not from the reference.
        if matches!(after, "before" | "after")
            && let Some(of) = self.parse_here(d.end + 1).filter(|p| can_anchor(&p.expr))
        {
            let sign = if after == "before" { -1 } else { 1 };
            let expr = DateExpr::ShiftFrom { of: Box::new(of.expr), duration: d.duration.clone(), sign };
            return Some(ParsedDate { expr, start: i, end: of.end });
        }
        if let Some(sign) = self.words.shift(after) {
            // "a week ago today", "a year ago yesterday": to the day.
            if let Some(from) = self.words.relative_day(next) {
                let expr = DateExpr::Shift { duration: d.duration.clone(), sign, from, to_the_day: true };
                return Some(ParsedDate { expr, start: i, end: d.end + 2 });
            }
            return shift(sign, 0, d.end + 1);
        }
        // "2 days hence", "4 weeks in the future": the stretch ahead.
        match (after, next) {
            ("hence", _) => stretch(d.end + 1),
            ("in", "the") if self.w(d.end + 2) == "future" => stretch(d.end + 3),
            _ => None,
        }
    }
}

/// Whether a date can be the one a phrase counts from ("the eve of",
/// "three weeks before"): a day of the calendar, a named day or a
/// weekday. A month, a period or "yesterday" have their own forms ("the
/// day before yesterday"), and an event ("the eve of the election") is no
/// date at all.
fn can_anchor(expr: &DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Day { month: Some(_), .. }
            | DateExpr::Holiday { .. }
            | DateExpr::WeekdayDay { .. }
            | DateExpr::Weekday { .. }
    )
}
