//! Ordinals: places in a series, in digits ("11th", "21st"), in words
//! ("eleventh", "twenty-fifth", "one hundred twenty fifth", "three
//! trillionth") and relative to the end or to where one is ("the last",
//! "the penultimate", "the one before the last", "the next one").
//!
//! A place is never a count: "the 23rd edition" and "23 editions" are
//! different claims, so ordinals get a reading of their own. Words are
//! data: `ordinal-words`, `ordinal-suffixes` (rules/words/numbers.toml)
//! and `relative-ordinals` (rules/words/units.toml).

use super::number::NumberWords;
use crate::segment::tokens::Token;
use crate::vocab::LowerWord;
use crate::vocab::{Entry, Vocabulary, WordList};

/// Where an ordinal points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Place {
    /// The n-th from the start ("the fifth", "21st").
    FromStart(f64),
    /// An offset from the end: 0 is the last, -1 the one before it.
    FromEnd(i32),
    /// An offset from the current one: 1 is the next, -1 the previous.
    FromCurrent(i32),
}

/// An ordinal and the tokens it took.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ordinal {
    pub place: Place,
    pub start: usize,
    pub end: usize,
}

/// The ordinal lists, fetched once.
pub struct OrdinalWords<'v> {
    ordinals: &'v WordList,
    suffixes: &'v WordList,
    relative: &'v WordList,
    tens: &'v WordList,
}

/// An ordinal of a hundred or more ("hundredth", "trillionth") multiplies
/// the number before it; a smaller one adds to it ("one hundred twenty
/// fifth").
const SCALE_ORDINAL: f64 = 100.0;
/// How far ahead of a spelt number its ordinal word may come.
const SPELT_REACH: usize = 10;

impl<'v> OrdinalWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        OrdinalWords {
            ordinals: vocab.list("ordinal-words"),
            suffixes: vocab.list("ordinal-suffixes"),
            relative: vocab.list("relative-ordinals"),
            tens: vocab.list("tens-words"),
        }
    }

    /// The value of one ordinal word: "fifth", "twenty-fifth", "nineth".
    fn word_value(&self, w: &str) -> Option<f64> {
        if let Some(v) = self.ordinals.value(w) {
            return Some(v);
        }
        let (t, u) = crate::vocab::split_hyphen(w)?;
        Some(self.tens.value(t)? + self.ordinals.value(u).filter(|v| *v < 10.0)?)
    }

    /// An ordinal starting at token `i` (`lower` holds the tokens' words
    /// in lower case, one per token).
    pub fn at(&self, numbers: &NumberWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Ordinal> {
        let t = tokens.get(i)?;
        // "the last but one", "next to last", "the previous one".
        if t.is_word()
            && self.relative.may_start(&lower[i])
            && let Some((used, Entry::Form(f))) = self.relative.longest_prefix(&lower[i..lower.len().min(i + 6)])
            && let Some(place) = relative_place(f)
        {
            return Some(Ordinal { place, start: i, end: i + used });
        }
        // "11th", "21st".
        if t.is_number()
            && let Some(s) = tokens.get(i + 1).filter(|s| s.glued && s.is_word())
            && self.suffixes.has(&crate::vocab::lower_word(s.text))
        {
            let v: f64 = t.text.replace(',', "").parse().ok()?;
            return Some(Ordinal { place: Place::FromStart(v), start: i, end: i + 2 });
        }
        if !t.is_word() {
            return None;
        }
        // "eleventh", "trillionth": an ordinal word alone, unless "a" makes
        // it a fraction ("a trillionth").
        if let Some(v) = self.word_value(&lower[i]) {
            let after_a = i > 0 && matches!(lower[i - 1].as_ref(), "a" | "an");
            if after_a && v >= SCALE_ORDINAL {
                return None;
            }
            return Some(Ordinal { place: Place::FromStart(v), start: i, end: i + 1 });
        }
        // "one hundred twenty fifth", "two hundredth": a spelt number that
        // ends exactly where its ordinal word starts.
        let k = (i + 1..lower.len().min(i + SPELT_REACH)).find(|&k| self.word_value(&lower[k]).is_some())?;
        let (whole, e) = numbers.spelled(&tokens[..k], &lower[..k], i)?;
        if e != k || whole.fract() != 0.0 || whole <= 0.0 {
            return None;
        }
        let v = self.word_value(&lower[k])?;
        let place = if v >= SCALE_ORDINAL { whole * v } else { whole + v };
        Some(Ordinal { place: Place::FromStart(place), start: i, end: k + 1 })
    }
}

/// "end-1", "current+1": a relative ordinal's data form.
fn relative_place(form: &str) -> Option<Place> {
    let (anchor, offset) = form.split_at(form.find(['+', '-'])?);
    let offset: i32 = offset.trim_start_matches('+').parse().ok()?;
    match anchor {
        "end" => Some(Place::FromEnd(offset)),
        "current" => Some(Place::FromCurrent(offset)),
        _ => None,
    }
}

/// Every ordinal of a text, left to right, none overlapping.
pub fn ordinals_in(vocab: &Vocabulary, tokens: &[Token]) -> Vec<Ordinal> {
    let words = OrdinalWords::new(vocab);
    let numbers = NumberWords::new(vocab);
    let lower: Vec<crate::vocab::LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match words.at(&numbers, tokens, &lower, i) {
            Some(o) => {
                i = o.end.max(i + 1);
                out.push(o);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn places(s: &str) -> Vec<Place> {
        let t = tokenize(s, Span::new(0, s.len()));
        ordinals_in(Vocabulary::shipped(), &t).into_iter().map(|o| o.place).collect()
    }

    #[test]
    fn written_two_ways_agree() {
        assert_eq!(places("the 21st"), places("the twenty-first"));
        assert_eq!(places("the 125th"), places("the one hundred twenty-fifth"));
        assert_eq!(places("the 200th"), places("the two hundredth"));
        assert_eq!(places("the penultimate"), places("the last but one"));
        assert_eq!(places("the next one"), vec![Place::FromCurrent(1)]);
        assert_ne!(places("the 23rd edition"), places("the 32nd edition"));
    }

    #[test]
    fn fractions_and_counts_are_not_places() {
        assert!(places("a trillionth").is_empty());
        assert!(places("twenty-three editions").is_empty());
        assert!(places("3 books").is_empty());
    }
}
