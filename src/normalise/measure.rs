//! Units of measure, put into one base per dimension so that figures
//! written in different units can be compared: hectares and square
//! kilometres (area, in m²), litres and cubic metres (volume, in litres),
//! kilometres, miles and feet (length, in metres), tonnes (mass, in kg).
//!
//! Money scales (£m against £bn) are read by the number reader itself,
//! and rate periods (a second, a minute, a day) by the figure reader.

use crate::segment::tokens::Token;
use crate::vocab::{Vocabulary, WordList};

/// The lists of unit words (rules/words/numbers.toml) and the base unit
/// each measures in.
const DIMENSIONS: &[(&str, &str)] =
    &[("length-units", "m"), ("area-units", "m2"), ("volume-units", "l"), ("mass-units", "kg"), ("speed-units", "mph")];

/// The unit lists, fetched once.
pub struct MeasureWords<'v> {
    /// Each dimension's list and its base unit.
    dimensions: Vec<(&'v WordList, &'static str)>,
    square: &'v WordList,
    square_words: &'v WordList,
    area: &'v WordList,
    glued: &'v WordList,
}

impl<'v> MeasureWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        MeasureWords {
            dimensions: DIMENSIONS.iter().map(|(list, base)| (vocab.list(list), *base)).collect(),
            square: vocab.list("square-units"),
            square_words: vocab.list("square-words"),
            area: vocab.list("area-units"),
            glued: vocab.list("glued-units"),
        }
    }

    /// A measure after a number at token `i`: its base unit, the factor to
    /// that base, and how many tokens it used.
    pub fn at(&self, tokens: &[Token], i: usize) -> Option<(&'static str, f64, usize)> {
        let t = tokens.get(i).filter(|t| t.is_word())?;
        let lower = t.text.to_lowercase();
        if self.square_words.has(&lower) {
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|d| d.is(".")) {
                j += 1;
            }
            let next = tokens.get(j).filter(|n| n.is_word())?.text.to_lowercase();
            let factor = self.square.value(&next)?;
            return Some(("m2", factor, j + 1 - i));
        }
        let (base, factor) = self.dimensions.iter().find_map(|(list, base)| list.value(&lower).map(|f| (*base, f)))?;
        // Short unit words only glued or as abbreviations ("12 km"), never
        // a lone "m" or "l" after a space.
        if (self.glued.has(&lower) || lower.len() == 1) && !t.glued {
            return None;
        }
        // "12 km2": the tokenizer splits the digit off.
        if tokens.get(i + 1).is_some_and(|d| d.glued && d.text == "2")
            && let Some(f) = self.area.value(&format!("{lower}2"))
        {
            return Some(("m2", f, 2));
        }
        Some((base, factor, 1))
    }
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

    #[test]
    fn bases() {
        assert_eq!(read("250 hectares"), Some(("m2", 1e4)));
        assert_eq!(read("2.5 square kilometres"), Some(("m2", 1e6)));
        assert_eq!(read("12 sq miles").map(|x| x.0), Some("m2"));
        assert_eq!(read("40 litres"), Some(("l", 1.0)));
        assert_eq!(read("5.84m"), Some(("m", 1.0)));
        assert_eq!(read("5 l"), None);
    }
}
