//! Units of measure, put into one base per dimension so that figures
//! written in different units can be compared: hectares and square
//! kilometres (area, in m²), litres, gallons, cups and cubic metres
//! (volume, in litres), kilometres, miles, feet and nautical miles
//! (length, in metres), tonnes, pounds weight and ounces (mass, in kg),
//! mph, km/h and knots (speed, in mph), bits and bytes (data, in bits),
//! degrees and radians (angle, in degrees).
//!
//! [`MeasureWords::at`] reads the unit after a number (the number reader
//! calls it); [`MeasureWords::quantity_at`] reads a whole measure in the
//! forms news writes: "ten miles", "a mile", "half a mile", "10 1/2
//! miles", "½ teaspoon", "a 45-acre farm", "a six-mile trip", "5 ft 2
//! in", "188 miles an hour", "1.5 million gallons", "20 (kg)".
//!
//! Money scales (£m against £bn) are read by the number reader itself,
//! and rate periods (a day, a year) by the figure reader. Every unit word
//! is data: rules/words/numbers.toml and rules/words/units.toml.

use super::interval::Interval;
use super::number::NumberWords;
use crate::segment::tokens::Token;
use crate::vocab::{Entry, SievedMap, Vocabulary, WordList};

/// The lists of unit words (rules/words/numbers.toml) and the base unit
/// each measures in.
const DIMENSIONS: &[(&str, &str)] = &[
    ("length-units", "m"),
    ("area-units", "m2"),
    ("volume-units", "l"),
    ("mass-units", "kg"),
    ("speed-units", "mph"),
    ("data-units", "bit"),
];

/// The base of lengths, of speeds and of angles.
const METRES: &str = "m";
const MPH: &str = "mph";
const ANGLE: &str = "deg";
const METRES_PER_MILE: f64 = 1609.344;
const SECONDS_PER_HOUR: f64 = 3600.0;
/// Litres in a cubic metre.
const LITRES_PER_CUBIC_METRE: f64 = 1000.0;

/// The unit lists, fetched once.
pub struct MeasureWords<'v> {
    /// Each dimension's list and its base unit.
    dimensions: Vec<(&'v WordList, &'static str)>,
    /// The words a unit can begin with: the first word of every
    /// dimension's phrase and every angle unit. Asked at the word after
    /// every number, it refuses most ("people", "of") with one lookup
    /// instead of one a dimension.
    unit_starts: SievedMap<()>,
    square: &'v WordList,
    square_words: &'v WordList,
    cubic_words: &'v WordList,
    lengths: &'v WordList,
    area: &'v WordList,
    volume: &'v WordList,
    glued: &'v WordList,
    angles: &'v WordList,
    capitals: &'v WordList,
    brackets: &'v WordList,
    tails: &'v WordList,
    vulgar: &'v WordList,
    time_units: &'v WordList,
    time_abbreviations: &'v WordList,
    speed_times: &'v WordList,
    speed_joiners: &'v WordList,
    temperature_context: &'v WordList,
    function_words: &'v WordList,
    /// "bit": a unit that "a" makes an idiom ("a bit sick").
    article_idioms: &'v WordList,
}

/// A measure read whole: its value in its base unit and the tokens it took.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// The value in the base, widened by the rounding its form implies
    /// ("30 miles" is 29.5 to 30.5 miles).
    pub value: Interval,
    pub base: &'static str,
    pub start: usize,
    pub end: usize,
    /// A speed written with a period in words ("miles an hour", "km per
    /// hour"), which the rate reader reads as a rate of its own.
    pub per_time: bool,
}

impl<'v> MeasureWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        let dimensions: Vec<(&WordList, &'static str)> =
            DIMENSIONS.iter().map(|(list, base)| (vocab.list(list), *base)).collect();
        let firsts = dimensions.iter().flat_map(|(list, _)| list.phrases()).map(|p| p.split(' ').next().unwrap_or(p));
        let unit_starts = firsts.chain(vocab.list("angle-units").phrases()).map(|w| (w.to_string(), ())).collect();
        MeasureWords {
            dimensions,
            unit_starts,
            square: vocab.list("square-units"),
            square_words: vocab.list("square-words"),
            cubic_words: vocab.list("cubic-words"),
            lengths: vocab.list("length-units"),
            area: vocab.list("area-units"),
            volume: vocab.list("volume-units"),
            glued: vocab.list("glued-units"),
            angles: vocab.list("angle-units"),
            capitals: vocab.list("capital-unit-letters"),
            brackets: vocab.list("unit-brackets"),
            tails: vocab.list("compound-length-tails"),
            vulgar: vocab.list("vulgar-fractions"),
            time_units: vocab.list("time-units"),
            time_abbreviations: vocab.list("time-unit-abbreviations"),
            speed_times: vocab.list("speed-time-units"),
            speed_joiners: vocab.list("speed-joiners"),
            temperature_context: vocab.list("temperature-context-words"),
            function_words: vocab.list("function-words"),
            article_idioms: vocab.list("article-unit-idioms"),
        }
    }

    /// A measure after a number at token `i`: its base unit, the factor to
    /// that base, and how many tokens it used.
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<(&'static str, f64, usize)> {
        // "20 (kg)", "20 [kg]": a unit in brackets.
        if let Some(close) = tokens.get(i).and_then(|t| self.brackets.form(t.text))
            && tokens.get(i + 2).is_some_and(|c| c.text == close)
            && let Some((base, factor, 1)) = self.unit_at(tokens, i + 1, true)
        {
            return Some((base, factor, 3));
        }
        let (base, factor, used) = self.unit_at(tokens, i, false)?;
        // "10km/h", "50 km/ms": a length over a glued unit of time.
        if base == METRES
            && let Some((speed, more)) = self.speed_after(tokens, i + used, factor, true)
        {
            return Some((MPH, speed, used + more));
        }
        Some((base, factor, used))
    }

    /// The unit at `i` alone; `bracketed` when brackets surround it.
    fn unit_at(&self, tokens: &[Token], i: usize, bracketed: bool) -> Option<(&'static str, f64, usize)> {
        let t = tokens.get(i).filter(|t| t.is_word())?;
        // Asked at every number's next word: copied only with capitals.
        let lower = crate::vocab::lower_word(t.text);
        if self.square_words.has(&lower) || self.cubic_words.has(&lower) {
            let power = if self.square_words.has(&lower) { 2 } else { 3 };
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|d| d.is(".")) {
                j += 1;
            }
            let next = tokens.get(j).filter(|n| n.is_word())?.text.to_lowercase();
            if power == 2 {
                let factor = self.square.value(&next)?;
                return Some(("m2", factor, j + 1 - i));
            }
            let metres = self.lengths.value(&next)?;
            return Some(("l", metres.powi(3) * LITRES_PER_CUBIC_METRE, j + 1 - i));
        }
        // "km2", "m3": the tokenizer splits the digit off.
        if let Some(d) = tokens.get(i + 1).filter(|d| d.glued && d.is_number()) {
            let joined = format!("{lower}{}", d.text);
            if let Some(f) = self.area.value(&joined) {
                return Some(("m2", f, 2));
            }
            if let Some(f) = self.volume.value(&joined) {
                return Some(("l", f, 2));
            }
            // "24703m212", "L202": letters between digits are a code.
            return None;
        }
        if !self.unit_starts.contains(&lower) {
            return None;
        }
        let words: Vec<std::borrow::Cow<'_, str>> = tokens[i..tokens.len().min(i + 3)]
            .iter()
            .take_while(|t| t.is_word())
            .map(|t| crate::vocab::lower_word(t.text))
            .collect();
        let found = self.dimensions.iter().find_map(|(list, base)| match list.longest_prefix(&words) {
            Some((used, Entry::Value(f))) => Some((*base, *f, used)),
            _ => None,
        });
        let (base, mut factor, used) = if let Some(f) = found {
            f
        } else {
            // "90 degrees", "0.8rad": an angle, unless the sentence
            // speaks of temperature ("temperatures of 40 degrees").
            let f = self.angles.value(&lower)?;
            if self.speaks_of_temperature(tokens) {
                return None;
            }
            (ANGLE, f, 1)
        };
        // Short unit words only glued or as abbreviations ("12 km"), never
        // a lone "m" or "l" after a space, unless brackets set it apart.
        let letters = lower.chars().count();
        if used == 1
            && (self.glued.has(&lower) || letters == 1)
            && !t.glued
            && !bracketed
            && !Self::lone_metre(tokens, i)
        {
            return None;
        }
        // A one-letter symbol before a counted noun is a scale or a code,
        // as the number reader reads "1.2m people" (which decides "m"
        // itself): "10g posts".
        if used == 1 && letters == 1 && lower != "m" && self.counted_noun_at(tokens, i + 1) {
            return None;
        }
        // One-letter symbols in capitals are other things: "5G" a network,
        // "1.2M" a million; "5L" is litres.
        if letters == 1 && t.text != lower && !self.capitals.has(&lower) {
            return None;
        }
        // Data sizes: a capital "B" counts bytes ("100 MB"), a small one
        // bits ("100 Mb").
        if base == "bit" && used == 1 && t.text.len() <= 3 && t.text.ends_with('B') && !lower.ends_with("bit") {
            factor *= 8.0;
        }
        // A "/" glued after the unit with no unit of time after it is a
        // ratio or a date ("14.7C/"); speeds are read by the caller.
        Some((base, factor, used))
    }

    /// "1 m x 1 m", "12 m 2 dm", "a 100 m.": a spaced "m" is metres where
    /// no counted noun follows it.
    fn lone_metre(tokens: &[Token], i: usize) -> bool {
        let t = &tokens[i];
        if t.text != "m" {
            return false;
        }
        match tokens.get(i + 1) {
            None => true,
            Some(n) if n.is_number() || (!n.is_word() && !n.glued) => true,
            Some(n) if !n.is_word() => matches!(n.text, "." | "," | ")" | ";"),
            Some(n) => {
                matches!(n.text.to_lowercase().as_str(), "x" | "by" | "long" | "tall" | "high" | "wide" | "deep")
            }
        }
    }

    /// Whether a word that could be a counted noun comes at `i`.
    fn counted_noun_at(&self, tokens: &[Token], i: usize) -> bool {
        tokens.get(i).is_some_and(|t| {
            let w = t.text.to_lowercase();
            t.is_word() && !self.function_words.has(&w) && self.unit_at(tokens, i, false).is_none()
        })
    }

    fn speaks_of_temperature(&self, tokens: &[Token]) -> bool {
        tokens.iter().any(|t| t.is_word() && self.temperature_context.has(&crate::vocab::lower_word(t.text)))
    }

    /// A unit of time after a length at `j` that makes it a speed: "/h",
    /// "/ms" (glued, when `glued_only`), or "per hour", "an hour" too.
    /// Returns the factor from the length's base to mph and the tokens used.
    fn speed_after(&self, tokens: &[Token], j: usize, metres: f64, glued_only: bool) -> Option<(f64, usize)> {
        let joiner = tokens.get(j)?;
        let joiner_lower = joiner.text.to_lowercase();
        if !self.speed_joiners.has(&joiner_lower) {
            return None;
        }
        let slash = joiner.is("/");
        if glued_only && !(slash && joiner.glued) {
            return None;
        }
        let unit = tokens.get(j + 1).filter(|u| u.is_word() && (!slash || u.glued))?;
        let w = unit.text.to_lowercase();
        let seconds = self
            .time_units
            .value(&w)
            .or_else(|| self.time_abbreviations.value(&w))
            .or_else(|| self.speed_times.value(&w))?;
        // A length a day or a year is growth or rainfall, not a speed.
        if seconds > SECONDS_PER_HOUR {
            return None;
        }
        Some((metres / METRES_PER_MILE * SECONDS_PER_HOUR / seconds, 2))
    }

    /// A unit word on its own, as in a compound modifier ("a 45-acre
    /// farm", "a six-mile trip"): its base and factor.
    fn unit_word(&self, w: &str) -> Option<(&'static str, f64)> {
        if w.chars().count() < 2 || self.glued.has(w) {
            return None;
        }
        self.dimensions.iter().find_map(|(list, base)| list.value(w).map(|f| (*base, f)))
    }

    /// A whole measure starting at token `i` (see the module doc).
    pub fn quantity_at(&self, numbers: &NumberWords, tokens: &[Token], i: usize) -> Option<Quantity> {
        let t = tokens.get(i)?;
        // A number glued after letters is part of a name ("scp173m",
        // "SCP-173 m"), and so is one glued after a dash glued to letters.
        if t.glued && i > 0 {
            let prev = &tokens[i - 1];
            let after_name = prev.is_word()
                || (prev.is("-") && prev.glued && i >= 2 && (tokens[i - 2].is_word() || tokens[i - 2].is_number()));
            if after_name && t.is_number() {
                return None;
            }
        }
        let lower = |k: usize| tokens.get(k).map(|t| t.text.to_lowercase()).unwrap_or_default();
        // "a six-mile trip": a number word and a unit in one token.
        if t.is_word()
            && let Some((a, b)) = lower(i).split_once('-')
            && let Some(v) = numbers.small(a)
            && let Some((base, factor)) = self.unit_word(b.split('-').next().unwrap_or(b))
        {
            let value = Interval::new(v - 0.5, v + 0.5).scale(factor);
            return Some(Quantity { value, base, start: i, end: i + 1, per_time: false });
        }
        let (value, half_step, mut end) = self.number_of_measure(numbers, tokens, i)?;
        // "1.5 million gallons", "25 lakh tonnes".
        let mut scale = 1.0;
        if let Some(s) = numbers.scale_word(&lower(end)).filter(|_| tokens[end].is_word()) {
            scale = s;
            end += 1;
        }
        let (base, factor, used) = if tokens.get(end).is_some_and(|d| d.glued && d.is("-"))
            && tokens.get(end + 1).is_some_and(|u| u.glued && u.is_word())
        {
            // "3-inch", "2.5-mile", "16-bit", "68-ounce".
            let w = lower(end + 1);
            let (base, factor) = self.unit_word(w.split('-').next().unwrap_or(&w))?;
            (base, factor, 2)
        } else {
            self.at(tokens, end)?
        };
        end += used;
        let mut total = Interval::new(value - half_step, value + half_step).scale(scale * factor);
        let mut base = base;
        let mut per_time = false;
        if base == METRES {
            // "5 ft 2 in", "5 feet and 2 inches".
            if let Some((more, next)) = self.length_tail(tokens, end, factor) {
                total = Interval::new(total.lo + more, total.hi + more);
                end = next;
            }
            // "188 miles an hour", "10 kilometres per hour".
            if let Some((speed, more)) = self.speed_after(tokens, end, 1.0, false) {
                total = total.scale(speed);
                base = MPH;
                per_time = !tokens[end].is("/");
                end += more;
            }
        }
        Some(Quantity { value: total, base, start: i, end, per_time })
    }

    /// The number of a measure at `i`: its value, the half-step of
    /// rounding its form implies, and the index after it. Reads digits
    /// ("2.5", "10 1/2", "1/4", "2¼"), vulgar fractions ("½"), spelt
    /// numbers ("ten"), "a"/"an" and "half a" before a unit.
    fn number_of_measure(&self, numbers: &NumberWords, tokens: &[Token], i: usize) -> Option<(f64, f64, usize)> {
        let t = &tokens[i];
        let lower = |k: usize| tokens.get(k).map(|t| t.text.to_lowercase()).unwrap_or_default();
        let is_unit_at = |k: usize| self.unit_at(tokens, k, false).is_some();
        if let Some(v) = self.vulgar.value(t.text) {
            return Some((v, 0.0, i + 1));
        }
        if t.is_number() {
            let whole: f64 = t.text.replace(',', "").parse().ok()?;
            let decimals = t.text.split_once('.').map_or(0, |(_, f)| i32::try_from(f.len()).unwrap_or(0));
            let half = 0.5 * 10f64.powi(-decimals);
            // "1/4 mile": a fraction in digits.
            if let Some(f) = digit_fraction(tokens, i) {
                return Some((f, 0.0, i + 3));
            }
            // "2¼ miles", "10 1/2 miles": a whole and a fraction.
            if let Some(v) = tokens.get(i + 1).filter(|n| n.glued).and_then(|n| self.vulgar.value(n.text)) {
                return Some((whole + v, 0.0, i + 2));
            }
            if !t.text.contains('.')
                && tokens.get(i + 1).is_some_and(|n| !n.glued)
                && let Some(f) = digit_fraction(tokens, i + 1).filter(|f| *f < 1.0)
            {
                return Some((whole + f, 0.0, i + 4));
            }
            return Some((whole, half, i + 1));
        }
        if !t.is_word() {
            return None;
        }
        let w = lower(i);
        // "a mile", "an acre", "half a mile".
        // Words are round: "a mile" is about a mile (a quarter either
        // way: 1.4 miles is "nearly a mile and a half", not "a mile"),
        // "half a mile" is rounded to the nearest half (800 metres is
        // half a mile).
        if matches!(w.as_str(), "a" | "an") && is_unit_at(i + 1) && !self.article_idioms.has(&lower(i + 1)) {
            return Some((1.0, 0.25, i + 1));
        }
        if numbers.is_half(&w) && matches!(lower(i + 1).as_str(), "a" | "an") && is_unit_at(i + 2) {
            return Some((0.5, 0.25, i + 2));
        }
        let (v, e) = numbers.spelled_within(tokens, i, 10)?;
        // A spelt measure is rounded to the unit: "ten miles" is 9.5 to 10.5.
        let half = if v.fract() == 0.0 { 0.5 } else { 0.0 };
        Some((v, half, e))
    }

    /// "2 in", "and 2 inches" after a length: the metres it adds and the
    /// index after it. Only a smaller unit than the first is a tail.
    fn length_tail(&self, tokens: &[Token], j: usize, first: f64) -> Option<(f64, usize)> {
        let k = if tokens.get(j).is_some_and(|t| t.text.eq_ignore_ascii_case("and")) { j + 1 } else { j };
        let n = tokens.get(k).filter(|n| n.is_number() && !n.glued)?;
        let v: f64 = n.text.replace(',', "").parse().ok()?;
        let u = tokens.get(k + 1).filter(|u| u.is_word())?;
        let w = u.text.to_lowercase();
        let f = self.tails.value(&w)?;
        (f < first).then_some((v * f, k + 2))
    }
}

/// "1/4": a fraction in digits glued together at `i`.
fn digit_fraction(tokens: &[Token], i: usize) -> Option<f64> {
    let (a, s, b) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    if !(a.is_number() && s.is("/") && s.glued && b.is_number() && b.glued) {
        return None;
    }
    let (a, b): (f64, f64) = (a.text.parse().ok()?, b.text.parse().ok()?);
    (b != 0.0 && a < b).then_some(a / b)
}

/// A measure after a number at token `i` with the vocabulary in force:
/// its base unit, the factor to that base, and how many tokens it used.
pub fn measure_at(vocab: &Vocabulary, tokens: &[Token], i: usize) -> Option<(&'static str, f64, usize)> {
    MeasureWords::new(vocab).at(tokens, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn read(s: &str) -> Option<(&'static str, f64)> {
        let t = tokenize(s, Span::new(0, s.len()));
        measure_at(Vocabulary::shipped(), &t, 1).map(|(b, f, _)| (b, f))
    }

    fn whole(s: &str) -> Option<(&'static str, f64)> {
        let v = Vocabulary::shipped();
        let t = tokenize(s, Span::new(0, s.len()));
        let q = MeasureWords::new(v).quantity_at(&NumberWords::new(v), &t, 0)?;
        Some((q.base, (f64::midpoint(q.value.lo, q.value.hi) * 1e4).round() / 1e4))
    }

    #[test]
    fn bases() {
        assert_eq!(read("250 hectares"), Some(("m2", 1e4)));
        assert_eq!(read("2.5 square kilometres"), Some(("m2", 1e6)));
        assert_eq!(read("12 sq miles").map(|x| x.0), Some("m2"));
        assert_eq!(read("40 litres"), Some(("l", 1.0)));
        assert_eq!(read("5.84m"), Some(("m", 1.0)));
        assert_eq!(read("5 l"), None);
        assert_eq!(read("3 hectolitres"), Some(("l", 100.0)));
        assert_eq!(read("4 cubic metres"), Some(("l", 1000.0)));
        assert_eq!(read("5G"), None);
        assert_eq!(read("5g"), Some(("kg", 0.001)));
        assert_eq!(read("12 nautical miles"), Some(("m", 1852.0)));
        assert_eq!(read("100 MB").map(|x| x.1), Some(8e6));
    }

    #[test]
    fn whole_measures_written_two_ways_agree() {
        assert_eq!(whole("a mile"), whole("1 mile"));
        assert_eq!(whole("half a mile"), whole("0.5 miles"));
        // "a bit" is an idiom; a number still counts bits.
        assert_eq!(whole("a bit sick"), None);
        assert!(whole("16 bits").is_some());
        assert_eq!(whole("½ mile"), whole("0.5 miles"));
        assert_eq!(whole("10 1/2 miles"), whole("10.5 miles"));
        assert_eq!(whole("six-mile"), whole("6 miles"));
        assert_eq!(whole("6-mile"), whole("6 miles"));
        assert_eq!(whole("5 ft 2 in").map(|q| q.1), Some(1.5748));
        assert_eq!(whole("two gallons"), whole("2 gallons"));
        assert_eq!(whole("60 miles an hour"), whole("60 mph"));
        assert_eq!(whole("100 km/h").map(|q| q.0), Some("mph"));
        assert_eq!(whole("20 (kg)"), whole("20 kg"));
    }

    #[test]
    fn codes_and_other_words_are_not_measures() {
        assert_eq!(whole("24703m212"), None);
        assert_eq!(whole("3 times"), None);
        assert_eq!(whole("a man"), None);
        assert_eq!(whole("2 in april"), None);
        assert_eq!(whole("13F"), None);
        assert_eq!(whole("12 m 2 dm").map(|q| q.1), Some(12.0));
    }
}
