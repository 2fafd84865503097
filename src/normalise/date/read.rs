//! Reading: the parts of a date at a token (a day, a month, a year), the
//! calendar forms ("23 November 2017", "Nov 23", "23/11/2017") and the
//! ends of a range.

use crate::vocab::LowerWord;
use jiff::civil::Date;
use std::cell::OnceCell;

use super::{DateExpr, DateWords, NumericOrder, ParsedDate, PeriodUnit, Tag, WeekRel};
use crate::normalise::duration::{ParsedDuration, read_duration_with};
use crate::segment::tokens::{Token, TokenKind};
use jiff::civil::Weekday;

/// One sentence's tokens, their lower-case words, and the word lists.
pub(super) struct Reader<'t, 'a> {
    pub(super) tokens: &'t [Token<'a>],
    pub(super) lower: &'t [LowerWord<'t>],
    pub(super) order: NumericOrder,
    pub(super) words: &'t DateWords<'t>,
    /// What the forms ask again and again, read once a position.
    memo: OnceCell<Box<[Memo<'t>]>>,
}

/// What was read at one token, kept for the whole sentence. The forms of
/// one parse ask for the same parts ("for three weeks from today", "three
/// weeks ago"; a range's first end is a calendar date, and so is a date
/// alone), and so do the parses at the tokens before it ("in three weeks"
/// reads the length at "three" from "in" and again at "three"). The
/// word's tag, ordinal and number value are kept too: the forms ask for
/// them at the same few tokens many times a parse. Together these were
/// about 2.7% of a run's instructions (docs/performance.md).
#[derive(Default)]
struct Memo<'t> {
    tag: OnceCell<Option<&'t Tag>>,
    ordinal: OnceCell<Option<i8>>,
    number_word: OnceCell<Option<f64>>,
    duration: OnceCell<Option<ParsedDuration>>,
    year: OnceCell<Option<(i16, usize)>>,
    calendar: OnceCell<Option<ParsedDate>>,
}

impl<'t, 'a> Reader<'t, 'a> {
    pub(super) fn new(
        tokens: &'t [Token<'a>],
        lower: &'t [LowerWord<'t>],
        order: NumericOrder,
        words: &'t DateWords<'t>,
    ) -> Self {
        Reader { tokens, lower, order, words, memo: OnceCell::new() }
    }
}

impl<'t> Reader<'t, '_> {
    /// The part at `i` that `which` names, read by `read` the first time
    /// it is asked (a position past the sentence's end is not kept).
    fn kept<T: Clone>(
        &self,
        i: usize,
        which: for<'m> fn(&'m Memo<'t>) -> &'m OnceCell<T>,
        read: impl FnOnce() -> T,
    ) -> T {
        let memo = self.memo.get_or_init(|| self.tokens.iter().map(|_| Memo::default()).collect());
        match memo.get(i) {
            Some(m) => which(m).get_or_init(read).clone(),
            None => read(),
        }
    }

    pub(super) fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    /// The value of a (lower-case) number word ("eight", "twenty-one").
    pub(super) fn number_word(&self, w: &str) -> Option<f64> {
        self.words.numbers().small(w)
    }

    /// A number in words at `i`, and where it ends.
    pub(super) fn spelled(&self, i: usize) -> Option<(f64, usize)> {
        self.words.numbers().spelled(self.tokens, self.lower, i)
    }

    /// A length of time at `i` ("three weeks").
    pub(super) fn duration(&self, i: usize) -> Option<ParsedDuration> {
        self.kept(i, |m| &m.duration, || read_duration_with(&self.words.durations, self.tokens, i))
    }

    pub(super) fn is(&self, i: usize, s: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.text == s)
    }

    /// Whether the word at `i` names that calendar period ("week").
    pub(super) fn is_period(&self, i: usize, unit: PeriodUnit) -> bool {
        self.period_at(i) == Some(unit)
    }

    /// What the date lists say of the word at `i` ([`DateWords`]' tag
    /// table), looked up once a sentence.
    fn tag_at(&self, i: usize) -> Option<&'t Tag> {
        self.kept(i, |m| &m.tag, || self.words.tags.get(self.w(i)))
    }

    /// The calendar period the word at `i` names ("week").
    pub(super) fn period_at(&self, i: usize) -> Option<PeriodUnit> {
        self.tag_at(i)?.period
    }

    /// The weekday the word at `i` names ("tuesday", "tue").
    pub(super) fn weekday_at(&self, i: usize) -> Option<Weekday> {
        self.tag_at(i)?.weekday
    }

    /// The month the word at `i` names, with or without a full stop ("Oct.").
    pub(super) fn month_number_at(&self, i: usize) -> Option<i8> {
        let w = self.w(i);
        if w.ends_with('.') { self.words.month_number(w) } else { self.tag_at(i)?.month }
    }

    /// The value of a number word at `i` ("eight").
    pub(super) fn number_word_at(&self, i: usize) -> Option<f64> {
        self.kept(i, |m| &m.number_word, || self.number_word(self.w(i)))
    }

    /// The day an ordinal word at `i` gives ("twenty-first" 21).
    pub(super) fn ordinal_at(&self, i: usize) -> Option<i8> {
        self.kept(i, |m| &m.ordinal, || self.words.ordinal(self.w(i)))
    }

    /// A day of the month at `i`: "23", "23rd", "twenty-first",
    /// "twenty first", "first". Returns the day and the next index.
    pub(super) fn day_at(&self, i: usize) -> Option<(i8, usize)> {
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
        if let Some(d) = self.ordinal_at(i) {
            return Some((d, i + 1));
        }
        // "twenty first", "twenty one"
        let tens = self.number_word_at(i).filter(|v| *v == 20.0 || *v == 30.0)? as i8;
        if let Some(u) = self.ordinal_at(i + 1).filter(|u| *u < 10) {
            return Some((tens + u, i + 2));
        }
        if let Some(u) = self.number_word_at(i + 1).filter(|u| (1.0..10.0).contains(u)) {
            return Some((tens + u as i8, i + 2));
        }
        (tens == 20 || tens == 30).then_some((tens, i + 1))
    }

    /// A four-digit year at `i` (after an optional comma).
    pub(super) fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        self.kept(i, |m| &m.year, || self.read_year_at(i))
    }

    fn read_year_at(&self, i: usize) -> Option<(i16, usize)> {
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
        // A year in words begins with a number word ("two thousand",
        // "nineteen"), never "a" or a scale word ("a thousand" is no
        // year): the grammar is not run for the other words the date
        // forms ask about here.
        self.words.numbers().small(self.w(j))?;
        let (v, e) = self.spelled(j)?;
        if (1000.0..=2999.0).contains(&v) && v.fract() == 0.0 {
            return Some((v as i16, e));
        }
        // "nineteen seventy eight": a century and a two-digit year.
        if (10.0..=29.0).contains(&v) && e == j + 1 {
            let k = if matches!(self.w(e), "oh" | "o" | "zero") { e + 1 } else { e };
            let (rest, e2) = self.spelled(k)?;
            if (0.0..=99.0).contains(&rest) && rest.fract() == 0.0 && (k > e || rest >= 10.0) {
                return Some(((v * 100.0 + rest) as i16, e2));
            }
        }
        None
    }

    /// A year after a month name in two digits: "August '99", "Aug 99".
    /// Without the apostrophe only a number that cannot be a day (over 31)
    /// is a year; it is in the century the numeric forms use.
    fn short_year_at(&self, i: usize) -> Option<(i16, usize)> {
        let marked = (self.is(i, "'") || self.is(i, "’")) && self.tokens.get(i + 1).is_some_and(|t| t.glued);
        let j = if marked { i + 1 } else { i };
        let t = self.tokens.get(j).filter(|t| t.kind == TokenKind::Number && t.text.len() == 2)?;
        let y: i16 = t.text.parse().ok()?;
        (marked || y > 31).then_some((full_year(y), j + 1))
    }

    /// The year of a month: four digits, words, or two digits.
    pub(super) fn month_year_at(&self, i: usize) -> Option<(i16, usize)> {
        self.year_at(i).or_else(|| self.short_year_at(i))
    }

    /// A year standing alone, as after "in", "from" or "until": digits,
    /// the century form in words ("nineteen twenty eight"), or a year in
    /// words that nothing follows in its clause ("in two thousand and
    /// fourteen."), since a counted noun after one ("in two thousand
    /// homes") makes it a number.
    pub(super) fn bare_year_at(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.tokens.get(i)?;
        if t.is_number() {
            return self.year_at(i).filter(|_| t.text.len() == 4);
        }
        let (y, e) = self.spelled_year_at(i)?;
        let century_form = self.spelled(i).is_some_and(|(v, _)| v < 1000.0);
        let clause_ends = self.tokens.get(e).is_none_or(|n| !n.is_word() || self.words.is_range_joiner(self.w(e)));
        (century_form || clause_ends).then_some((y, e))
    }

    pub(super) fn month_at(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.tokens.get(i).filter(|t| t.is_word())?;
        let m = self.month_number_at(i)?;
        // "may" and "march" are also words: only as months with a number
        // next to them or a capital letter.
        if self.words.is_ambiguous(self.w(i)) && !t.text.starts_with(char::is_uppercase) {
            return None;
        }
        let mut j = i + 1;
        // "Oct. 2": the stop of an abbreviation, not a sentence's.
        if self.is(j, ".")
            && self.tokens[j].glued
            && (t.text.len() <= 4 || self.tokens.get(j + 1).is_some_and(crate::segment::tokens::Token::is_number))
        {
            j += 1;
        }
        Some((m, j))
    }

    /// Numeric dates: 23/11/2017, 2017-11-23, 4/22, 13.5.2015.
    pub(super) fn numeric_at(&self, i: usize) -> Option<ParsedDate> {
        let t = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number)?;
        // "13.5.2015" is one token.
        let mut fields: Vec<(&str, usize)> = Vec::with_capacity(3);
        let mut end = i + 1;
        if t.text.matches('.').count() == 2 {
            fields = t.text.split('.').map(|f| (f, f.len())).collect();
        } else {
            fields.push((t.text, t.text.len()));
            let mut j = i + 1;
            let mut sep: Option<&str> = None;
            while fields.len() < 3 {
                let (Some(s), Some(n)) = (self.tokens.get(j), self.tokens.get(j + 1)) else { break };
                let same = sep.is_none_or(|x| x == s.text);
                if !(s.glued && n.glued && matches!(s.text, "/" | "-") && n.kind == TokenKind::Number && same) {
                    break;
                }
                sep = Some(s.text);
                fields.push((n.text, n.text.len()));
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
                let y = if lens[2] == 2 { i32::from(full_year(y as i16)) } else { y };
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

    pub(super) fn range_end(&self, i: usize) -> Option<(DateExpr, usize)> {
        if let Some(p) = self.parse_calendar(i) {
            return Some((p.expr, p.end));
        }
        if matches!(self.w(i), "now" | "today") {
            return Some((DateExpr::Offset(0), i + 1));
        }
        // "next Friday", "last Monday"
        if let Some(wd) = self.weekday_at(i + 1).filter(|_| matches!(self.w(i), "next" | "last" | "this")) {
            let rel = match self.w(i) {
                "next" => WeekRel::Next,
                "last" => WeekRel::Last,
                _ => WeekRel::This,
            };
            return Some((DateExpr::Weekday { weekday: wd, rel }, i + 2));
        }
        // "Friday the 11th", "Wed, 22 of Jan"
        if let Some(wd) = self.weekday_at(i) {
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
        if let Some(week) = self.numbered_week(i) {
            return Some(week);
        }
        // "2014-2018", "from 2015 to May 2017", "between 2015 June and 2018 May",
        // "until two thousand and fourteen"
        if let Some((y, e)) = self.bare_year_at(i) {
            if let Some((m, me)) = self.month_at(e).filter(|_| self.tokens.get(e + 1).is_none_or(|t| !t.is_number())) {
                return Some((DateExpr::Month { year: Some(y), month: m }, me));
            }
            return Some((DateExpr::Year(y), e));
        }
        let (d, mut e) =
            self.day_at(i).filter(|_| self.tokens.get(i).is_some_and(crate::segment::tokens::Token::is_number))?;
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
        if let Some(o) = offset.filter(|_| self.is_period(e + 1, PeriodUnit::Month)) {
            return Some((DateExpr::DayOfMonth { day: d, month_offset: o }, e + 2));
        }
        if let Some((m, me)) = self.month_at(e) {
            let (y, ye) = self.year_at(me).map_or((None, me), |(y, ye)| (Some(y), ye));
            return Some((DateExpr::Day { year: y, month: Some(m), day: d }, ye));
        }
        Some((DateExpr::Day { year: None, month: None, day: d }, e))
    }

    /// Day-month-year, month-day-year, month-year and numeric forms.
    pub(super) fn parse_calendar(&self, i: usize) -> Option<ParsedDate> {
        self.kept(i, |m| &m.calendar, || self.read_calendar(i))
    }

    fn read_calendar(&self, i: usize) -> Option<ParsedDate> {
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
        // "2019-sep-1", "2019/Sep/01": year, month name, day, one separator.
        if let Some(t) = self.tokens.get(i).filter(|t| t.is_number() && t.text.len() == 4)
            && let Some(sep) = self.tokens.get(i + 1).filter(|s| s.glued && matches!(s.text, "-" | "/"))
            && let Some((m, j)) = self.month_at(i + 2).filter(|_| self.tokens.get(i + 2).is_some_and(|w| w.glued))
            && j == i + 3
            && self.is(j, sep.text)
            && self.tokens.get(j).is_some_and(|s| s.glued)
            && self.tokens.get(j + 1).is_some_and(|d| d.glued && d.is_number())
            && let Some((d, end)) = self.day_at(j + 1)
            && let Ok(y) = t.text.parse::<i16>()
            && Date::new(y, m, d).is_ok()
        {
            return day(Some(y), Some(m), d, end);
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
            if let Some((y, end)) = self.month_year_at(j) {
                return Some(ParsedDate { expr: DateExpr::Month { year: Some(y), month: m }, start: i, end });
            }
            // "June of 1999", "June next year"
            if self.w(j) == "of"
                && let Some((y, end)) = self.year_at(j + 1)
            {
                return Some(ParsedDate { expr: DateExpr::Month { year: Some(y), month: m }, start: i, end });
            }
            if self.w(j) == "next" && self.is_period(j + 1, PeriodUnit::Year) {
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

/// A two-digit year's century: before 50 this one, else the last.
fn full_year(two_digits: i16) -> i16 {
    if two_digits < 50 { 2000 + two_digits } else { 1900 + two_digits }
}

/// The start of a range takes the month and year its end gives
/// ("4 to 22 January 1995": 4 January 1995).
pub(super) fn inherit(a: DateExpr, b: &DateExpr) -> DateExpr {
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

impl Reader<'_, '_> {
    /// "Week 31": week N (1 to 53) of this year, and the token after it.
    pub(super) fn numbered_week(&self, i: usize) -> Option<(DateExpr, usize)> {
        let n = self
            .tokens
            .get(i + 1)
            .filter(|t| self.is_period(i, PeriodUnit::Week) && t.is_number() && t.text.len() <= 2)
            .and_then(|t| t.text.parse::<i8>().ok())
            .filter(|n| (1..=53).contains(n))?;
        let this_year = DateExpr::Period { unit: PeriodUnit::Year, offset: 0 };
        Some((DateExpr::NthWeek { nth: n, of: Box::new(this_year) }, i + 2))
    }
}
