//! Temperatures: "23 degrees Fahrenheit", "minus 11C", "-4°C", "5 below
//! zero". A temperature is compared by converting it to one scale
//! (Celsius), never by ratio: 0°C is not "a tenth of" 10°C.

use super::interval::Interval;
use crate::segment::tokens::Token;
use crate::vocab::{Vocabulary, WordList};

/// The scale a temperature is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Celsius,
    Fahrenheit,
}

impl Scale {
    /// A value on this scale in degrees Celsius.
    pub fn to_celsius(self, v: f64) -> f64 {
        match self {
            Scale::Celsius => v,
            Scale::Fahrenheit => (v - 32.0) * 5.0 / 9.0,
        }
    }

    /// An interval on this scale in degrees Celsius (affine, so each end
    /// is converted on its own).
    pub fn interval_to_celsius(self, v: Interval) -> Interval {
        Interval::new(self.to_celsius(v.lo), self.to_celsius(v.hi))
    }
}

/// The words of temperatures (rules/words/numbers.toml), fetched once.
pub struct TemperatureWords<'v> {
    /// "c", "celsius", "f", "fahrenheit": the scale letter or word.
    scales: &'v WordList,
    /// "degrees", "degree", "°".
    degrees: &'v WordList,
    minus: &'v WordList,
}

/// A temperature after a number: its scale and how many tokens the unit
/// used.
impl<'v> TemperatureWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        TemperatureWords {
            scales: vocab.list("temperature-scales"),
            degrees: vocab.list("degree-words"),
            minus: vocab.list("minus-words"),
        }
    }

    /// The unit after a number ending at token `i`: "degrees Fahrenheit",
    /// "°C", "C" glued ("11C"), "Celsius". A bare "degrees" says no scale
    /// and is not read (angles, degrees of burns).
    pub fn unit_at(&self, tokens: &[Token], i: usize) -> Option<(Scale, usize)> {
        let lower = |k: usize| tokens.get(k).map(|t| t.text.to_lowercase());
        let mut j = i;
        let mut saw_degree = false;
        if lower(j).is_some_and(|w| self.degrees.has(&w)) {
            j += 1;
            saw_degree = true;
        }
        let t = tokens.get(j).filter(|t| t.is_word())?;
        let w = t.text.to_lowercase();
        let scale = match self.scales.form(&w)? {
            "c" => Scale::Celsius,
            "f" => Scale::Fahrenheit,
            _ => return None,
        };
        // A lone letter only glued to the number or after a degree sign,
        // and only in capitals ("11C", "5 °F"): "5 f" is not a temperature.
        if w.len() == 1 && !(t.glued || saw_degree) || w.len() == 1 && t.text != t.text.to_uppercase() {
            return None;
        }
        Some((scale, j + 1 - i))
    }

    /// Whether the word(s) before a number at `i` make it negative
    /// ("minus 11C", "-4C"), and the token the temperature starts at.
    pub fn sign_before(&self, tokens: &[Token], i: usize) -> (f64, usize) {
        if i > 0 && tokens[i - 1].is("-") && tokens[i].glued && (i < 2 || !tokens[i - 1].glued) {
            return (-1.0, i - 1);
        }
        if i > 0 && tokens[i - 1].is_word() && self.minus.has(&tokens[i - 1].text.to_lowercase()) {
            return (-1.0, i - 1);
        }
        (1.0, i)
    }

    /// "below zero" after a temperature makes it negative; how many tokens.
    pub fn below_zero(tokens: &[Token], i: usize) -> usize {
        let is = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.text.eq_ignore_ascii_case(w));
        if is(i, "below") && (is(i + 1, "zero") || is(i + 1, "freezing")) { 2 } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_by_offset_not_ratio() {
        assert!((Scale::Fahrenheit.to_celsius(23.0) + 5.0).abs() < 1e-9);
        assert!((Scale::Fahrenheit.to_celsius(212.0) - 100.0).abs() < 1e-9);
        assert_eq!(Scale::Celsius.to_celsius(-11.0), -11.0);
    }
}
