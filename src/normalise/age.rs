//! Ages: "the 31-year-old", "aged 31", "31 years old", "31 years of age",
//! "age 87", "87 yo", "in his 40s", "in her early 40s", and the bare
//! number of an apposition ("Jo Doe, 44,"), which the extractor finds
//! because only it knows that a name comes before.
//!
//! An age is an interval of years: "in his 40s" is [40, 49].

use super::interval::Interval;
use super::number::{NumberWords, Unit};
use crate::segment::tokens::{Token, tokenize};
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// The unit an age is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgeUnit {
    Year,
    Month,
    Week,
    Day,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParsedAge {
    /// Whole units ("31" years; "in his 40s" is [40, 49]).
    pub value: Interval,
    pub unit: AgeUnit,
    pub start: usize,
    pub end: usize,
}

/// The word at `i` in lower case (borrowed when it is already: the age
/// reader is asked at every token).
fn lower<'a>(tokens: &[Token<'a>], i: usize) -> Option<std::borrow::Cow<'a, str>> {
    tokens.get(i).map(|t| crate::vocab::lower_word(t.text))
}

/// The word lists ages are read with (rules/words/dates.toml), fetched
/// once from a vocabulary.
pub struct AgeWords<'v> {
    /// The number reader, for the count of an age.
    pub numbers: NumberWords<'v>,
    units: &'v WordList,
    prefixes: &'v WordList,
    /// "early", "mid", "late": which part of a decade.
    parts: &'v WordList,
    /// "thirties" = 30: a decade of life named in words.
    decades: &'v WordList,
    /// "his", "her", "their": whose decade ("in her forties").
    possessives: &'v WordList,
}

impl<'v> AgeWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        AgeWords {
            numbers: NumberWords::new(vocab),
            units: vocab.list("age-units"),
            prefixes: vocab.list("age-prefixes"),
            parts: vocab.list("period-part-prefixes"),
            decades: vocab.list("age-decade-words"),
            possessives: vocab.list("age-possessives"),
        }
    }

    /// "his", "her", "their": whose age a phrase gives.
    pub fn is_possessive(&self, lower: &str) -> bool {
        self.possessives.has(lower)
    }

    /// Whether a word counts an age in years ("year", "yrs").
    pub fn is_year_unit(&self, w: &str) -> bool {
        self.unit(w) == Some(AgeUnit::Year)
    }

    /// The unit a word counts an age in, by its length in days.
    fn unit(&self, w: &str) -> Option<AgeUnit> {
        Some(match self.units.value(w)? as i64 {
            365 => AgeUnit::Year,
            30 => AgeUnit::Month,
            7 => AgeUnit::Week,
            1 => AgeUnit::Day,
            _ => return None,
        })
    }
}

/// "in her early thirties" from `i` (the "in"): a decade, or a part of
/// one, as an interval of years.
fn hedged_decade(tokens: &[Token], i: usize, words: &AgeWords) -> Option<ParsedAge> {
    let mut j = i + 2;
    let mut part = None;
    let mut word = lower(tokens, j)?;
    // "mid-fifties" is one token; "mid-50s" is "mid", "-", "50", "s".
    if let Some((head, rest)) = word.split_once('-')
        && let Some(p) = words.parts.value(head)
    {
        part = Some(p as i64);
        word = rest.to_string().into();
    } else if let Some(p) = words.parts.value(&word) {
        part = Some(p as i64);
        j += 1;
        if tokens.get(j).is_some_and(|t| t.is("-")) {
            j += 1;
        }
        word = lower(tokens, j)?;
    }
    let (lo, hi, end) = if let Some(first) = words.decades.value(&word) {
        // "teens" starts at thirteen; the other decades at their tens.
        (first, (first / 10.0).floor() * 10.0 + 9.0, j + 1)
    } else {
        let t = tokens.get(j).filter(|t| t.is_number())?;
        let decade: f64 = t.text.parse().ok()?;
        if !(decade % 10.0 == 0.0 && (10.0..=110.0).contains(&decade)) {
            return None;
        }
        if !tokens.get(j + 1).is_some_and(|s| s.glued && s.text.eq_ignore_ascii_case("s")) {
            return None;
        }
        (decade, decade + 9.0, j + 2)
    };
    // Early, mid or late in the decade: thirds that overlap by a year,
    // because nobody agrees where "mid" ends.
    let value = match part {
        Some(1) => Interval::new(lo, (lo + 3.0).min(hi)),
        Some(2) => Interval::new((lo + 3.0).min(hi), hi - 2.0),
        Some(3) => Interval::new(hi - 3.0, hi),
        _ => Interval::new(lo, hi),
    };
    Some(ParsedAge { value, unit: AgeUnit::Year, start: i, end })
}

/// A whole count at `i`, at most `max`.
fn count_at(words: &AgeWords, tokens: &[Token], i: usize, max: f64) -> Option<(f64, usize)> {
    let n = words.numbers.number(tokens, i)?;
    let v = n.value.lo;
    (n.unit == Unit::Count && n.value.lo == n.value.hi && v.fract() == 0.0 && (0.0..=max).contains(&v))
        .then_some((v, n.end))
}

/// A person's age: "aged 27" is never 300.
const PERSON_MAX: f64 = 150.0;

/// Reads an age starting at token `i`.
pub fn parse_age(tokens: &[Token], i: usize, words: &AgeWords) -> Option<ParsedAge> {
    let w = lower(tokens, i)?;
    // "aged 31", "age 87".
    if words.prefixes.has(&w) {
        let (v, end) = count_at(words, tokens, i + 1, PERSON_MAX)?;
        return Some(ParsedAge { value: Interval::point(v), unit: AgeUnit::Year, start: i, end });
    }
    // "in his 40s", "in her early 40s", "in their mid-30s", "in her
    // early thirties", "in his mid-fifties".
    if w == "in" && lower(tokens, i + 1).is_some_and(|p| words.possessives.has(&p)) {
        return hedged_decade(tokens, i, words);
    }
    // "twenty-six-year-old" is one word token: a number word, a unit, "old".
    if tokens.get(i).is_some_and(crate::segment::tokens::Token::is_word)
        && let Some(head) = w.strip_suffix("-old")
        && let Some((num, unit_word)) = head.rsplit_once('-')
        && let Some(unit) = words.unit(unit_word)
        && let Some(v) = words.numbers.small(num)
    {
        return Some(ParsedAge { value: Interval::point(v), unit, start: i, end: i + 1 });
    }
    // "500 years old" (a wall), "a 90 day old bill": things age too.
    let (v, mut j) = count_at(words, tokens, i, 1e5)?;
    // "31-year-old", "90 day old", "31 years old", "31 years of age", "87 yo".
    if tokens.get(j).is_some_and(|t| t.is("-") && t.glued) {
        j += 1;
    }
    if lower(tokens, j).as_deref() == Some("yo") {
        return Some(ParsedAge { value: Interval::point(v), unit: AgeUnit::Year, start: i, end: j + 1 });
    }
    let unit_word = lower(tokens, j)?;
    // The tokenizer keeps "year-old" as one word.
    if let Some(base) = unit_word.strip_suffix("-old") {
        let unit = words.unit(base)?;
        return Some(ParsedAge { value: Interval::point(v), unit, start: i, end: j + 1 });
    }
    let unit = words.unit(&unit_word)?;
    j += 1;
    if tokens.get(j).is_some_and(|t| t.is("-")) {
        j += 1;
    }
    match lower(tokens, j).as_deref() {
        Some("old") => Some(ParsedAge { value: Interval::point(v), unit, start: i, end: j + 1 }),
        Some("of") if lower(tokens, j + 1).as_deref() == Some("age") => {
            Some(ParsedAge { value: Interval::point(v), unit, start: i, end: j + 2 })
        }
        _ => None,
    }
}

/// Every age in a text, with its span.
pub fn ages_in(text: &str, vocab: &Vocabulary) -> Vec<(Span, ParsedAge)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let words = AgeWords::new(vocab);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match parse_age(&tokens, i, &words) {
            Some(a) => {
                let span = Span::new(tokens[a.start].span.start, tokens[a.end - 1].span.end);
                i = a.end;
                out.push((span, a));
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> (String, Interval, AgeUnit) {
        let found = ages_in(s, Vocabulary::shipped());
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        (found[0].0.of(s).to_string(), found[0].1.value, found[0].1.unit)
    }

    #[test]
    fn forms() {
        assert_eq!(one("the 31-year-old said"), ("31-year-old".into(), Interval::point(31.0), AgeUnit::Year));
        assert_eq!(one("a woman aged 31 was"), ("aged 31".into(), Interval::point(31.0), AgeUnit::Year));
        assert_eq!(one("she is 31 years old"), ("31 years old".into(), Interval::point(31.0), AgeUnit::Year));
        assert_eq!(one("a man in his 40s"), ("in his 40s".into(), Interval::new(40.0, 49.0), AgeUnit::Year));
        assert_eq!(one("a man in his late 40s").1, Interval::new(46.0, 49.0));
        assert_eq!(one("ten months old").2, AgeUnit::Month);
        assert!(ages_in("31 years in prison", Vocabulary::shipped()).is_empty());
        assert_eq!(one("she is in her early thirties").1, Interval::new(30.0, 33.0));
        assert_eq!(one("he is in his mid-fifties").1, Interval::new(53.0, 57.0));
        assert_eq!(one("in their late forties").1, Interval::new(46.0, 49.0));
        assert_eq!(one("in his seventies").1, Interval::new(70.0, 79.0));
        assert_eq!(one("in her late teens").1, Interval::new(16.0, 19.0));
        assert_eq!(one("in his mid-40s").1, Interval::new(43.0, 47.0));
        assert_eq!(one("aged seventy-nine").1, Interval::point(79.0));
        assert!(ages_in("in her early days", Vocabulary::shipped()).is_empty());
        assert!(ages_in("in his thirty years", Vocabulary::shipped()).is_empty());
    }
}
