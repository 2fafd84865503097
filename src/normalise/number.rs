//! Numbers in the forms news writes them: digits with separators and
//! decimals, word numbers ("eight", "twenty-one", "a dozen", "half a
//! million"), scaled amounts ("1.2m", "£3bn", "$160 million") and
//! percentages ("40%", "40 per cent").

use super::interval::Interval;
use crate::segment::tokens::{Token, TokenKind};

/// What a number measures, as far as its own words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// A plain count or amount with no unit of its own.
    Count,
    Percent,
    /// Money, by currency symbol.
    Money(char),
    /// A unit of measure written after the number ("5.84m", "12 km").
    Measure(&'static str),
}

impl Unit {
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Count | Unit::Money(_) => "",
            Unit::Percent => "%",
            Unit::Measure(m) => m,
        }
    }
}

/// A number read from tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedNumber {
    /// The value as written, widened by the rounding its form implies:
    /// "£4.5m" stands for anything from £4.45m to £4.55m.
    pub value: Interval,
    pub unit: Unit,
    /// Index of the first token of the number (its currency sign, if any).
    pub start: usize,
    /// Index one past its last token (the suffix or "per cent" included).
    pub end: usize,
    /// Written in words ("eight") rather than digits.
    pub in_words: bool,
}

const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];
const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];
/// Scale words, after digits or word numbers.
const SCALES: &[(&str, f64)] =
    &[("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
/// Scale suffixes glued to digits ("1.2m", "3bn", "20k").
const SUFFIX_SCALES: &[(&str, f64)] =
    &[("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mil", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12), ("trn", 1e12)];

fn lookup(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, v)| *v)
}

fn is_currency(t: &Token) -> bool {
    t.kind == TokenKind::Symbol && matches!(t.text, "£" | "$" | "€")
}

/// Value of a word number of up to two words joined by a hyphen
/// ("twenty-one") or a single word ("eight", "forty").
pub fn word_value(word: &str) -> Option<f64> {
    if let Some(v) = lookup(SMALL, word).or_else(|| lookup(TENS, word)) {
        return Some(v);
    }
    let (tens, unit) = word.split_once('-')?;
    Some(lookup(TENS, tens)? + lookup(SMALL, unit).filter(|u| (1.0..10.0).contains(u))?)
}

/// Reads a number starting at token `i`, if one starts there.
pub fn parse_number(tokens: &[Token], i: usize) -> Option<ParsedNumber> {
    let start = i;
    let mut i = i;
    let currency = tokens.get(i).filter(|t| is_currency(t)).map(|t| t.text.chars().next().unwrap_or('£'));
    if currency.is_some() {
        i += 1;
        if !tokens.get(i).is_some_and(|t| t.glued) {
            return None;
        }
    }
    let first = tokens.get(i)?;
    let (mut value, decimals, in_words) = match first.kind {
        TokenKind::Number => {
            let digits: String = first.text.chars().filter(|c| *c != ',').collect();
            let v: f64 = digits.parse().ok()?;
            if !v.is_finite() {
                return None;
            }
            let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as i32);
            (v, decimals, false)
        }
        TokenKind::Word => {
            let lower = first.text.to_ascii_lowercase();
            match lower.as_str() {
                "a" | "an" if tokens.get(i + 1).is_some_and(|t| t.text.eq_ignore_ascii_case("dozen")) => {
                    i += 1;
                    (12.0, 0, true)
                }
                "half" if tokens.get(i + 1).is_some_and(|t| t.text.eq_ignore_ascii_case("a")) => {
                    let scale = tokens.get(i + 2).and_then(|t| lookup(SCALES, t.text)).filter(|s| *s >= 1e3)?;
                    return Some(ParsedNumber {
                        value: Interval::point(0.5 * scale),
                        unit: currency.map_or(Unit::Count, Unit::Money),
                        start,
                        end: i + 3,
                        in_words: true,
                    });
                }
                "a" | "an" => {
                    // "a hundred", "a million": only with a scale word.
                    let scale = tokens.get(i + 1).and_then(|t| lookup(SCALES, t.text))?;
                    i += 1;
                    (scale, 0, true)
                }
                _ => {
                    // The whole grammar of spelt numbers ("one hundred and
                    // sixty-one"); fractions are not counts.
                    let v = word_value(&lower)?;
                    match super::spelled::parse_spelled(tokens, i)
                        .filter(|(s, e)| s.fract() == 0.0 && *s >= 0.0 && *e > i + 1)
                    {
                        Some((s, e)) => {
                            i = e - 1;
                            (s, 0, true)
                        }
                        None => (v, 0, true),
                    }
                }
            }
        }
        TokenKind::Symbol => return None,
    };
    i += 1;
    // "twenty one", "three hundred", "1.2 million", "£3bn".
    if in_words
        && let Some(unit) =
            tokens.get(i).and_then(|t| lookup(SMALL, t.text)).filter(|_| value >= 20.0 && value % 10.0 == 0.0)
        && (1.0..10.0).contains(&unit)
    {
        value += unit;
        i += 1;
    }
    let mut scale = 1.0;
    if let Some(s) = tokens.get(i).and_then(|t| lookup(SCALES, t.text)) {
        scale = s;
        i += 1;
    } else if let Some(t) = tokens.get(i).filter(|t| t.glued && t.is_word()) {
        let lower = t.text.to_ascii_lowercase();
        // "1MM": finance's million (a lower-case "mm" is millimetres).
        if let Some(s) = lookup(SUFFIX_SCALES, &lower).or((t.text == "MM").then_some(1e6)) {
            // A bare "m" after a non-money number is metres unless a counted
            // noun follows ("1.2m people"); the caller decides, seeing the
            // words after. Here "m" scales only money and "m" + noun.
            // A capital "M" is million: metres are written lower case.
            let is_metres = t.text == "m" && currency.is_none() && !followed_by_noun(tokens, i + 1);
            if !is_metres {
                scale = s;
                i += 1;
            }
        }
    }
    let mut unit = currency.map_or(Unit::Count, Unit::Money);
    let mut measure_factor = 1.0;
    if unit == Unit::Count
        && let Some(t) = tokens.get(i)
    {
        let lower = t.text.to_ascii_lowercase();
        if t.is("%") && t.glued {
            unit = Unit::Percent;
            i += 1;
        } else if lower == "per" && tokens.get(i + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("cent")) {
            unit = Unit::Percent;
            i += 2;
        } else if matches!(lower.as_str(), "percent" | "percents" | "percentage") {
            unit = Unit::Percent;
            i += 1;
        } else if let Some((base, factor, used)) = super::measure::measure_at(tokens, i) {
            // One base per dimension: "250 hectares" is 2,500,000 m².
            unit = Unit::Measure(base);
            measure_factor = factor;
            i += used;
        }
    }
    // Rounding implied by a scaled form: "4.5m" is 4.45m to 4.55m. A
    // measure is rounded to its last written digit too: "30 miles" is
    // 29.5 to 30.5 miles, which is what lets it meet "48km".
    let measured = matches!(unit, Unit::Measure(_));
    let half_step = if (scale > 1.0 || measured) && !in_words {
        0.5 * 10f64.powi(-decimals) * scale
    } else if measured {
        0.5
    } else {
        0.0
    };
    let centre = value * scale;
    Some(ParsedNumber {
        value: Interval::new(centre - half_step, centre + half_step).scale(measure_factor),
        unit,
        start,
        end: i,
        in_words,
    })
}

/// Whether a word that could be a counted noun comes at `i`.
fn followed_by_noun(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        let lower = t.text.to_ascii_lowercase();
        // "isn't", "wasn't": a verb.
        t.is_word()
            && !super::words::is_function_word(&lower)
            && !lower.ends_with("n't")
            && !lower.ends_with("n\u{2019}t")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn read(s: &str) -> Option<(f64, f64, Unit)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        parse_number(&toks, 0).map(|p| (p.value.lo, p.value.hi, p.unit))
    }

    #[test]
    fn forms() {
        assert_eq!(read("7,631 people"), Some((7631.0, 7631.0, Unit::Count)));
        assert_eq!(read("eight plots"), Some((8.0, 8.0, Unit::Count)));
        assert_eq!(read("twenty-one plots"), Some((21.0, 21.0, Unit::Count)));
        assert_eq!(read("twenty one plots"), Some((21.0, 21.0, Unit::Count)));
        assert_eq!(read("a dozen plots"), Some((12.0, 12.0, Unit::Count)));
        assert_eq!(read("half a million people"), Some((500_000.0, 500_000.0, Unit::Count)));
        assert_eq!(read("three hundred people"), Some((300.0, 300.0, Unit::Count)));
        assert_eq!(read("£4.5m of funding"), Some((4_450_000.0, 4_550_000.0, Unit::Money('£'))));
        assert_eq!(read("£3bn"), Some((2_500_000_000.0, 3_500_000_000.0, Unit::Money('£'))));
        assert_eq!(read("40%"), Some((40.0, 40.0, Unit::Percent)));
        assert_eq!(read("40 per cent"), Some((40.0, 40.0, Unit::Percent)));
        let (lo, hi, unit) = read("5.84m on the gauge").unwrap();
        assert!((lo - 5.835).abs() < 1e-9 && (hi - 5.845).abs() < 1e-9 && unit == Unit::Measure("m"));
        assert_eq!(read("1.2m people").map(|r| r.2), Some(Unit::Count));
        assert_eq!(read("$21MM a year").map(|r| r.2), Some(Unit::Money('$')));
        assert_eq!(read("$21MM a year").map(|r| (r.0 + r.1) / 2.0), Some(21e6));
        assert_eq!(read("2mil people").map(|r| (r.0 + r.1) / 2.0), Some(2e6));
        assert_eq!(read("1m isn't much").map(|r| r.2), Some(Unit::Measure("m")));
        assert_eq!(read("the"), None);
        assert_eq!(read("a house"), None);
    }
}
