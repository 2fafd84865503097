//! Units of measure, put into one base per dimension so that figures
//! written in different units can be compared: hectares and square
//! kilometres (area, in m²), litres and cubic metres (volume, in litres),
//! kilometres, miles and feet (length, in metres), tonnes (mass, in kg).
//!
//! Money scales (£m against £bn) are read by the number reader itself,
//! and rate periods (a second, a minute, a day) by the figure reader.

use crate::segment::tokens::Token;

/// One unit word: its base and how many base units one of it is.
struct UnitWord {
    words: &'static [&'static str],
    base: &'static str,
    factor: f64,
    /// Only glued to the number ("5l", "20ml"): on its own the word means
    /// something else.
    glued_only: bool,
}

const UNITS: &[UnitWord] = &[
    UnitWord {
        words: &["km", "kilometre", "kilometres", "kilometer", "kilometers"],
        base: "m",
        factor: 1e3,
        glued_only: false,
    },
    UnitWord { words: &["m", "metre", "metres", "meter", "meters"], base: "m", factor: 1.0, glued_only: false },
    UnitWord { words: &["cm", "centimetre", "centimetres"], base: "m", factor: 0.01, glued_only: false },
    UnitWord { words: &["mm", "millimetre", "millimetres"], base: "m", factor: 0.001, glued_only: false },
    UnitWord { words: &["mile", "miles"], base: "m", factor: 1609.344, glued_only: false },
    UnitWord { words: &["ft", "foot", "feet"], base: "m", factor: 0.3048, glued_only: false },
    UnitWord { words: &["ha", "hectare", "hectares"], base: "m2", factor: 1e4, glued_only: false },
    UnitWord { words: &["acre", "acres"], base: "m2", factor: 4_046.856_422_4, glued_only: false },
    UnitWord { words: &["km2", "km²"], base: "m2", factor: 1e6, glued_only: false },
    UnitWord { words: &["litre", "litres", "liter", "liters"], base: "l", factor: 1.0, glued_only: false },
    UnitWord { words: &["l"], base: "l", factor: 1.0, glued_only: true },
    UnitWord { words: &["ml", "millilitre", "millilitres"], base: "l", factor: 0.001, glued_only: false },
    UnitWord { words: &["kg", "kilogram", "kilograms", "kilo", "kilos"], base: "kg", factor: 1.0, glued_only: false },
    UnitWord { words: &["tonne", "tonnes"], base: "kg", factor: 1e3, glued_only: false },
    UnitWord { words: &["mph"], base: "mph", factor: 1.0, glued_only: false },
];

/// Area words after "square" or "sq": "square kilometres", "sq miles".
const SQUARE: &[(&[&str], f64)] = &[
    (&["km", "kilometre", "kilometres", "kilometer", "kilometers"], 1e6),
    (&["mile", "miles", "mi"], 2_589_988.110_336),
    (&["m", "metre", "metres", "meter", "meters"], 1.0),
    (&["ft", "foot", "feet"], 0.092_903_04),
];

/// A measure after a number at token `i`: its base unit, the factor to
/// that base, and how many tokens it used.
pub fn measure_at(tokens: &[Token], i: usize) -> Option<(&'static str, f64, usize)> {
    let t = tokens.get(i).filter(|t| t.is_word())?;
    let lower = t.text.to_lowercase();
    if lower == "square" || lower == "sq" {
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|d| d.is(".")) {
            j += 1;
        }
        let next = tokens.get(j).filter(|n| n.is_word())?.text.to_lowercase();
        let factor = SQUARE.iter().find(|(w, _)| w.contains(&next.as_str()))?.1;
        return Some(("m2", factor, j + 1 - i));
    }
    let u = UNITS.iter().find(|u| u.words.contains(&lower.as_str()))?;
    // Short unit words only glued or as abbreviations ("12 km"), never
    // a lone "m" or "l" after a space.
    if (u.glued_only || lower.len() == 1) && !t.glued {
        return None;
    }
    // "12 km2": the tokenizer splits the digit off.
    if lower == "km" && tokens.get(i + 1).is_some_and(|d| d.glued && d.text == "2") {
        return Some(("m2", 1e6, 2));
    }
    Some((u.base, u.factor, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn read(s: &str) -> Option<(&'static str, f64)> {
        let t = tokenize(s, Span::new(0, s.len()));
        measure_at(&t, 1).map(|(b, f, _)| (b, f))
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
