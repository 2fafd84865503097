//! Temperatures: "23 degrees Fahrenheit", "minus 11C", "-4°C", "5 below
//! zero". A temperature is compared by converting it to one scale
//! (Celsius), never by ratio: 0°C is not "a tenth of" 10°C.

use super::interval::Interval;
use super::number::NumberWords;
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
    pub minus: &'v WordList,
    /// Words that make a sentence about temperature.
    context: &'v WordList,
}

/// A temperature as written: its value on its scale, and the tokens it
/// took. `scale` is `None` for a bare "98 degrees" or "85°" in a sentence
/// about temperature: a temperature, but on a scale the words do not say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Temperature {
    pub value: f64,
    pub scale: Option<Scale>,
    /// Index of its first token (a minus word or sign included).
    pub start: usize,
    /// Index one past its last token.
    pub end: usize,
}

/// A temperature after a number: its scale and how many tokens the unit
/// used.
impl<'v> TemperatureWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        TemperatureWords {
            scales: vocab.list("temperature-scales"),
            degrees: vocab.list("degree-words"),
            minus: vocab.list("minus-words"),
            context: vocab.list("temperature-context-words"),
        }
    }

    /// Whether the sentence speaks of temperature.
    pub fn in_context(&self, tokens: &[Token]) -> bool {
        tokens.iter().any(|t| t.is_word() && self.context.has(&crate::vocab::lower_word(t.text)))
    }

    /// A temperature starting at token `i`: "23 degrees Fahrenheit",
    /// "minus 11C", "-4°C", "- 20 degrees fahrenheit", "five degrees
    /// Celsius", "5 below zero", and in a sentence about temperature a
    /// bare "98 degrees", "85°" or a glued "31C".
    pub fn read(&self, numbers: &NumberWords, tokens: &[Token], i: usize) -> Option<Temperature> {
        let t = tokens.get(i)?;
        // Cheap refusal: a temperature starts with a number, a sign or a word.
        if !(t.is_number() || t.is_word() || t.is("-")) {
            return None;
        }
        let lower = |k: usize| tokens.get(k).map(|t| t.text.to_lowercase()).unwrap_or_default();
        let (sign, k) = if t.is_word() && self.minus.has(&lower(i)) {
            (-1.0, i + 1)
        } else if t.is("-") && tokens.get(i + 1).is_some_and(Token::is_number) {
            // "-4C"; "- 20 degrees" only where the dash follows no number.
            let after_number = i > 0 && tokens[i - 1].is_number();
            if (i > 0 && t.glued) || after_number {
                return None;
            }
            (-1.0, i + 1)
        } else {
            (1.0, i)
        };
        let first = tokens.get(k)?;
        // A number glued after letters or a glued dash after letters is
        // part of a name ("SCP-173C", "A380").
        let named = k > 0
            && first.glued
            && (tokens[k - 1].is_word()
                || (tokens[k - 1].is("-") && k >= 2 && tokens[k - 1].glued && tokens[k - 2].is_word()));
        if named && sign > 0.0 {
            return None;
        }
        let (value, end) = if first.is_number() {
            (first.text.replace(',', "").parse::<f64>().ok()?, k + 1)
        } else if first.is_word() {
            numbers.spelled_within(tokens, k, 8)?
        } else {
            return None;
        };
        let (scale, used) = if let Some((scale, used)) = self.unit_at(tokens, end) {
            // A lone letter glued to the number says temperature only in
            // a sentence about it ("highs of 31C", not "a 13F filing").
            let lone_letter = used == 1 && tokens[end].text.chars().count() == 1;
            if lone_letter && !self.in_context(tokens) {
                return None;
            }
            (Some(scale), used)
        } else {
            // "98 degrees", "85°": a temperature only where the sentence
            // speaks of one; "rotate 90 degrees" is an angle.
            let degree = tokens.get(end).is_some_and(|d| self.degrees.has(&crate::vocab::lower_word(d.text)));
            if degree && self.in_context(tokens) {
                (None, 1)
            } else if Self::below_zero(tokens, end) > 0 {
                (None, 0)
            } else {
                return None;
            }
        };
        let below = Self::below_zero(tokens, end + used);
        let sign = if below > 0 { -1.0 } else { sign };
        Some(Temperature { value: sign * value, scale, start: i, end: end + used + below })
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
        // A lone letter only glued to the number or after a degree word or
        // sign, and in capitals unless after one ("11C", "5 °F", "6 deg
        // c"): "5 f" is not a temperature.
        if w.len() == 1 && !(t.glued || saw_degree) || w.len() == 1 && !saw_degree && t.text != t.text.to_uppercase() {
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
        if i > 0 && tokens[i - 1].is_word() && self.minus.has(&crate::vocab::lower_word(tokens[i - 1].text)) {
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
