//! Times of day: "6:41pm", "18:41", "6 p.m.", "1140 a.m.", "7h05",
//! "half past eight", "a quarter to 8 in the morning", "ten past 9 in the
//! evening", "noon", "12 midnight", "in the afternoon at 7", "11-ish".
//! Every form comes to one [`TimeOfDay`] on the 24-hour clock, so "6:41pm"
//! and "18:41" are one time.
//!
//! The words are data (rules/words/dates.toml): `clock-points` (named
//! times: "noon" is 12), `clock-day-parts` (a part of the day and the hour
//! its twelve hours start at: "afternoon" 12 puts "7" at 19, "night" 14
//! puts "5" at 17 and "12" at midnight), `clock-fractions` ("half" 30,
//! "quarter" 15), `clock-relations` ("past" +1, "to" -1),
//! `clock-minute-words` and `clock-hour-words` ("o'clock"); "am" and "pm"
//! are the `clock-suffixes` list.
//!
//! A time starts at a number, a number word, a clock point, a day part
//! ("afternoon at 7"), "in"/"at" before a day part, or a minutes word
//! before "past"/"to" ("half", "quarter", "a quarter"): the trigger tokens.

use crate::vocab::LowerWord;
use std::fmt;

use super::number::NumberWords;
use crate::segment::tokens::{Token, TokenKind, tokenize};
use crate::span::Span;
use crate::vocab::{Entry, Vocabulary, WordList};

/// A time of day: seconds after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u32);

const DAY: i64 = 24 * 3600;

impl TimeOfDay {
    /// None unless hour < 24, minute < 60, second < 60 (24:00 is midnight).
    pub fn new(hour: u32, minute: u32, second: u32) -> Option<TimeOfDay> {
        let hour = if hour == 24 && minute == 0 && second == 0 { 0 } else { hour };
        (hour < 24 && minute < 60 && second < 60).then_some(TimeOfDay(hour * 3600 + minute * 60 + second))
    }

    pub fn hour(self) -> u32 {
        self.0 / 3600
    }

    pub fn minute(self) -> u32 {
        self.0 / 60 % 60
    }

    pub fn second(self) -> u32 {
        self.0 % 60
    }

    /// This time moved by `minutes` (either way), round the clock.
    fn shifted(self, minutes: i64) -> TimeOfDay {
        TimeOfDay((i64::from(self.0) + minutes * 60).rem_euclid(DAY) as u32)
    }
}

/// "18:41", or "18:41:30" with seconds.
impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())?;
        if self.second() > 0 {
            write!(f, ":{:02}", self.second())?;
        }
        Ok(())
    }
}

/// How sure the reading is that a time was meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeCue {
    /// Something says it is a time: a colon, "pm", "o'clock", "past", a
    /// part of the day, a named time.
    Marked,
    /// A number or two alone ("at 7", "eight forty"): a time only where
    /// the context asks for one.
    Bare,
}

/// A time read at tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedTime {
    pub time: TimeOfDay,
    pub cue: TimeCue,
    pub start: usize,
    pub end: usize,
}

/// The word lists the time reader needs, fetched once.
pub struct TimeWords<'n, 'v> {
    numbers: &'n NumberWords<'v>,
    meridiems: &'v WordList,
    points: &'v WordList,
    day_parts: &'v WordList,
    fractions: &'v WordList,
    relations: &'v WordList,
    minute_words: &'v WordList,
    hour_words: &'v WordList,
}

/// An hour with its minutes and seconds, before a day part places it.
#[derive(Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    second: u32,
    /// The hour is already on the 24-hour clock ("pm", "18:00").
    placed: bool,
    cue: TimeCue,
    end: usize,
}

impl Clock {
    fn time(self) -> Option<TimeOfDay> {
        TimeOfDay::new(self.hour, self.minute, self.second)
    }

    /// Puts a 12-hour hour in the twelve hours from `from` (round the
    /// clock: "night" from 14 puts 5 at 17 and 12 at midnight).
    fn in_part(mut self, from: u32) -> Clock {
        if !self.placed && (1..=12).contains(&self.hour) {
            let h = self.hour % 12;
            let within = |c: u32| (c + 24 - from % 24) % 24 < 12;
            self.hour = if within(h) { h } else { h + 12 };
            self.placed = true;
        }
        self.cue = TimeCue::Marked;
        self
    }
}

struct Reader<'t, 'a, 'n, 'v> {
    tokens: &'t [Token<'a>],
    lower: &'t [LowerWord<'t>],
    words: &'t TimeWords<'n, 'v>,
}

impl<'n, 'v> TimeWords<'n, 'v> {
    /// The lists, with the number reader in force (which knows its
    /// vocabulary).
    pub fn new(numbers: &'n NumberWords<'v>) -> Self {
        let vocab = numbers.vocab();
        TimeWords {
            numbers,
            meridiems: vocab.list("clock-suffixes"),
            points: vocab.list("clock-points"),
            day_parts: vocab.list("clock-day-parts"),
            fractions: vocab.list("clock-fractions"),
            relations: vocab.list("clock-relations"),
            minute_words: vocab.list("clock-minute-words"),
            hour_words: vocab.list("clock-hour-words"),
        }
    }

    /// The time of day that starts at token `i` (`lower` holds the tokens'
    /// lower-case words), if any.
    pub fn time_at(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<ParsedTime> {
        let r = Reader { tokens, lower, words: self };
        r.time_at(i)
    }
}

impl Reader<'_, '_, '_, '_> {
    fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    fn value_of(list: &WordList, words: &[LowerWord]) -> Option<(f64, usize)> {
        match list.longest_prefix(words)? {
            (n, Entry::Value(v)) => Some((*v, n)),
            _ => None,
        }
    }

    fn rest(&self, i: usize) -> &[LowerWord<'_>] {
        self.lower.get(i..).unwrap_or_default()
    }

    fn time_at(&self, i: usize) -> Option<ParsedTime> {
        let done = |c: Clock| Some(ParsedTime { time: c.time()?, cue: c.cue, start: i, end: c.end });
        if let Some(c) = self.part_first(i) {
            return done(c);
        }
        if let Some(c) = self.relative(i) {
            return done(c);
        }
        done(self.clock(i)?)
    }

    /// "in the afternoon at 7", "afternoon 7:00", "at lunchtime 11
    /// o'clock", "in the night five thirty".
    fn part_first(&self, i: usize) -> Option<Clock> {
        let k = match self.w(i) {
            "in" if self.w(i + 1) == "the" => i + 2,
            "at" => i + 1,
            _ => i,
        };
        let (from, n) = Self::value_of(self.words.day_parts, self.rest(k))?;
        let at = k + n + usize::from(self.w(k + n) == "at");
        let c = self.clock(at).or_else(|| self.relative(at))?;
        Some(c.in_part(from as u32))
    }

    /// "half past eight", "a quarter to 8 in the morning", "20 min past
    /// eight", "three minutes to eight", "10 past 9".
    fn relative(&self, i: usize) -> Option<Clock> {
        let (minutes, mut k) = if let Some((m, n)) = Self::value_of(self.words.fractions, self.rest(i)) {
            (m, i + n)
        } else {
            let (m, k) = self.minutes_at(i)?;
            (f64::from(m), k)
        };
        if self.words.minute_words.has(self.w(k)) {
            k += 1;
        }
        let sign = self.words.relations.value(self.w(k))?;
        let mut c = self.clock(k + 1)?;
        let t = c.time()?.shifted(minutes as i64 * sign as i64);
        (c.hour, c.minute, c.second) = (t.hour(), t.minute(), t.second());
        c.cue = TimeCue::Marked;
        Some(c)
    }

    /// A number of minutes at `i`, 1 to 59, in digits or words.
    fn minutes_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        if t.kind == TokenKind::Number {
            let m: u32 = t.text.parse().ok()?;
            return (1..60).contains(&m).then_some((m, i + 1));
        }
        self.word_minutes(i).filter(|(m, _)| *m > 0)
    }

    /// Minutes in words: "forty", "forty five", "forty-five", "ten".
    fn word_minutes(&self, i: usize) -> Option<(u32, usize)> {
        let v = self.words.numbers.small(self.w(i)).filter(|v| v.fract() == 0.0 && (1.0..60.0).contains(v))?;
        let v = v as u32;
        if v >= 20
            && v.is_multiple_of(10)
            && let Some(u) = self.words.numbers.small(self.w(i + 1)).filter(|u| (1.0..10.0).contains(u))
        {
            return Some((v + u as u32, i + 2));
        }
        Some((v, i + 1))
    }

    /// A clock at `i`: a named time, or an hour (digits or a word) with
    /// its minutes, am/pm, "o'clock" and a day part after it.
    fn clock(&self, i: usize) -> Option<Clock> {
        if let Some((h, n)) = Self::value_of(self.words.points, self.rest(i)) {
            let c = Clock { hour: h as u32, minute: 0, second: 0, placed: true, cue: TimeCue::Marked, end: i + n };
            return Some(c);
        }
        let t = self.tokens.get(i)?;
        let mut c = if t.kind == TokenKind::Number { self.digit_clock(i)? } else { self.word_clock(i)? };
        // am / pm
        if let Some((pm, end)) = self.meridiem(c.end) {
            if !c.placed || c.hour <= 12 {
                if !(1..=12).contains(&c.hour) {
                    return None;
                }
                c.hour = c.hour % 12 + if pm { 12 } else { 0 };
            }
            c.placed = true;
            c.cue = TimeCue::Marked;
            c.end = end;
        }
        // "o'clock"
        if self.words.hour_words.has(self.w(c.end)) && c.minute == 0 {
            c.cue = TimeCue::Marked;
            c.end += 1;
        }
        // "-ish", "ish"
        let dash = usize::from(self.w(c.end) == "-");
        if self.w(c.end + dash) == "ish" && self.tokens.get(c.end).is_some_and(|t| t.glued) {
            c.cue = TimeCue::Marked;
            c.end += dash + 1;
        }
        // A day part after it: "8 in the morning", "12 noon", "seven afternoon".
        let k = c.end
            + match (self.w(c.end), self.w(c.end + 1)) {
                ("in", "the") => 2,
                ("at", _) => 1,
                _ => 0,
            };
        if let Some((from, n)) = Self::value_of(self.words.day_parts, self.rest(k)) {
            let end = k + n;
            c = c.in_part(from as u32);
            c.end = end;
        }
        Some(c)
    }

    /// "7", "7:56", "7:56:30", "18.41" (a dot only before am/pm), "340"
    /// before am/pm, "7h05".
    fn digit_clock(&self, i: usize) -> Option<Clock> {
        let text = self.tokens[i].text;
        let glued = |j: usize| self.tokens.get(j).is_some_and(|t| t.glued);
        let number = |j: usize| self.tokens.get(j).filter(|t| t.kind == TokenKind::Number).map(|t| t.text);
        let two = |s: &str| (s.len() == 2).then(|| s.parse::<u32>().ok()).flatten();
        let bare =
            |hour, end| Clock { hour, minute: 0, second: 0, placed: hour > 12 || hour == 0, cue: TimeCue::Bare, end };
        if let Some((h, m)) = text.split_once('.') {
            // "8.10 pm": a decimal unless am/pm follows.
            self.meridiem(i + 1)?;
            let mut c = bare(h.parse().ok().filter(|h| *h <= 12)?, i + 1);
            c.minute = two(m)?;
            return Some(c);
        }
        if text.contains(',') || text.len() > 4 {
            return None;
        }
        if text.len() >= 3 {
            // "340pm", "1140 a.m.": hours and minutes run together.
            self.meridiem(i + 1)?;
            let (h, m) = text.split_at(text.len() - 2);
            let mut c = bare(h.parse().ok()?, i + 1);
            c.minute = m.parse().ok()?;
            return Some(c);
        }
        let mut c = bare(text.parse().ok().filter(|h| *h <= 24)?, i + 1);
        if self.w(i + 1) == ":" && glued(i + 1) && glued(i + 2) {
            c.minute = two(number(i + 2)?)?;
            c.end = i + 3;
            c.cue = TimeCue::Marked;
            c.placed = c.hour > 12 || c.hour == 0 || text.len() == 2 && text.starts_with('0');
            if self.w(i + 3) == ":"
                && glued(i + 3)
                && glued(i + 4)
                && let Some(s) = number(i + 4).and_then(two)
            {
                c.second = s;
                c.end = i + 5;
            }
        } else if self.w(i + 1) == "h" && number(i + 2).and_then(two).is_some() {
            // "7h05", "10 H 10"
            c.minute = number(i + 2).and_then(two)?;
            c.end = i + 3;
            c.cue = TimeCue::Marked;
        }
        Some(c)
    }

    /// "seven", "eight forty", "ten fifty five", "fifteen fifteen".
    fn word_clock(&self, i: usize) -> Option<Clock> {
        let h = self.words.numbers.small(self.w(i)).filter(|v| v.fract() == 0.0 && (0.0..24.0).contains(v))? as u32;
        let mut c = Clock { hour: h, minute: 0, second: 0, placed: h > 12, cue: TimeCue::Bare, end: i + 1 };
        if let Some((m, end)) = self.word_minutes(i + 1).filter(|(m, _)| *m >= 5) {
            c.minute = m;
            c.end = end;
        }
        Some(c)
    }

    /// "am", "pm", "a.m.", "p. m.", "p m" at `i`: whether pm, and the end.
    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let side = |f: &str| match f {
            "am" => Some(false),
            "pm" => Some(true),
            _ => None,
        };
        if let Some(f) = self.words.meridiems.form(self.w(i)) {
            let end = i + 1 + usize::from(self.w(i + 1) == "." && self.tokens.get(i + 1).is_some_and(|t| t.glued));
            return Some((side(f)?, end));
        }
        if !matches!(self.w(i), "a" | "p") {
            return None;
        }
        let dot = usize::from(self.w(i + 1) == ".");
        if self.w(i + 1 + dot) != "m" {
            return None;
        }
        let f = self.words.meridiems.form(&format!("{}m", self.w(i)))?;
        let mut end = i + 2 + dot;
        if self.w(end) == "." && self.tokens.get(end).is_some_and(|t| t.glued) {
            end += 1;
        }
        Some((side(f)?, end))
    }
}

/// Every time of day in a text (one sentence's worth). Marked times
/// always; a bare number or pair of numbers only after "at" or "for"
/// ("back at 7", "an alarm for eight forty").
pub fn times_in(text: &str, vocab: &Vocabulary) -> Vec<(Span, ParsedTime)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let lower: Vec<crate::vocab::LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
    let numbers = NumberWords::new(vocab);
    let words = TimeWords::new(&numbers);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let after_at = i > 0 && matches!(lower[i - 1].as_ref(), "at" | "for");
        match words.time_at(&tokens, &lower, i) {
            Some(p) if p.cue == TimeCue::Marked || after_at => {
                out.push((Span::new(tokens[p.start].span.start, tokens[p.end - 1].span.end), p));
                i = p.end;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<String> {
        times_in(s, Vocabulary::shipped()).iter().map(|(_, p)| p.time.to_string()).collect()
    }

    #[test]
    fn clock_forms_meet_on_the_24_hour_clock() {
        for s in ["at 6:41pm", "at 18:41", "at 6.41 p.m.", "at 641 pm", "at 6:41 P.M."] {
            assert_eq!(read(s), vec!["18:41"], "{s}");
        }
        assert_eq!(read("doors shut at 9:05:20 am"), vec!["09:05:20"]);
        assert_eq!(read("12am"), vec!["00:00"]);
        assert_eq!(read("12 pm"), vec!["12:00"]);
        assert_eq!(read("about 7h15"), vec!["07:15"]);
    }

    #[test]
    fn words_and_parts_of_the_day() {
        assert_eq!(read("it was half past nine in the evening"), vec!["21:30"]);
        assert_eq!(read("a quarter to 6 in the morning"), vec!["05:45"]);
        assert_eq!(read("twenty minutes past four in the afternoon"), vec!["16:20"]);
        assert_eq!(read("shortly after noon"), vec!["12:00"]);
        assert_eq!(read("at midnight"), vec!["00:00"]);
        assert_eq!(read("in the evening at 9"), vec!["21:00"]);
        assert_eq!(read("eleven o'clock at night"), vec!["23:00"]);
        assert_eq!(read("ten o'clock at night").len(), 1);
        assert_eq!(read("3 o'clock in the afternoon"), vec!["15:00"]);
        assert_eq!(read("around 4-ish"), vec!["04:00"]);
    }

    #[test]
    fn numbers_that_are_not_times() {
        assert!(read("it rose 8.10 per cent").is_empty());
        assert!(read("seven people and 12 cars").is_empty());
        assert!(read("in the morning").is_empty());
        assert!(read("a 1140-page report").is_empty());
        assert!(read("she scored 25:13 on aggregate").len() <= 1);
    }
}
