//! Numbers spelt out in words, the whole English grammar of them:
//! "one hundred and sixty-one", "two hundred and two thousand", "4
//! thousand 3 hundred and 21", "three and a half", "two thirds", "five
//! and a half million", "nine point zero four", "minus five", "half a
//! dozen", "1 over 3", "one out of three".
//!
//! [`parse_spelled`] reads at a token and says how many tokens it used.
//! The figure reader uses its whole-number readings; fractions are for
//! callers that want them (a figure of "a half" is rarely a count).

use super::number::Unit;
use crate::segment::tokens::{Token, TokenKind, tokenize};
use crate::span::Span;

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
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
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mil", 1e6),
    ("billion", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tln", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
];
/// Denominators: "thirds", "a quarter", "hundredths".
const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("quarter", 4.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 100.0),
    ("thousandth", 1e3),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

fn lookup(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// "twenty-one", "twenty", "seven".
fn small_word(w: &str) -> Option<f64> {
    if let Some(v) = lookup(UNITS, w).or_else(|| lookup(TENS, w)) {
        return Some(v);
    }
    let (t, u) = w.split_once('-')?;
    Some(lookup(TENS, t)? + lookup(UNITS, u).filter(|v| (1.0..10.0).contains(v))?)
}

/// A denominator word, singular or plural ("third", "thirds", "twenty-fifths").
fn denominator(w: &str) -> Option<f64> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    if let Some(v) = lookup(DENOMINATORS, w).or_else(|| lookup(DENOMINATORS, singular)) {
        return Some(v);
    }
    // "twenty-fifth", "twenty-first"
    let (t, u) = singular.split_once('-')?;
    let unit = match u {
        "first" => 1.0,
        "second" => 2.0,
        other => lookup(DENOMINATORS, other).filter(|v| *v < 10.0)?,
    };
    Some(lookup(TENS, t)? + unit)
}

struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
    lower: &'t [String],
}

impl Reader<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// Whether token `i` stands apart from the token before it.
    fn spaced(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.glued)
    }

    /// A small number word at `i` ("seven", "twenty-one"), or a tens word
    /// and a unit around a spaced hyphen ("fifty - two"): value and the
    /// next index.
    fn small_at(&self, i: usize) -> Option<(f64, usize)> {
        let v = small_word(self.w(i))?;
        if v >= 20.0
            && v % 10.0 == 0.0
            && self.w(i + 1) == "-"
            && self.spaced(i + 1)
            && self.spaced(i + 2)
            && let Some(u) = lookup(UNITS, self.w(i + 2)).filter(|u| (1.0..10.0).contains(u))
        {
            return Some((v + u, i + 3));
        }
        Some((v, i + 1))
    }

    /// A reader of the tokens before `end` only.
    fn until(&self, end: usize) -> Reader<'_, '_> {
        let end = end.min(self.tokens.len());
        Reader { tokens: &self.tokens[..end], lower: &self.lower[..end] }
    }

    /// A fraction whose denominator is an ordinal of several words: "three
    /// twenty firsts" (3/21), "one hundred thirty fifths" (100/35), "one
    /// one hundred and fifth" (1/105). The denominator is the longest run
    /// of number words before the ordinal that starts with a number (not
    /// a scale word) and leaves a whole number before it; its words must
    /// end in a round number the ordinal can follow ("twenty" + "fifth").
    fn compound_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let number_word = |w: &str| {
            small_word(w).is_some() || w == "hundred" || lookup(SCALES, w).is_some() || w == "and" || w == "-"
        };
        let mut m = i;
        while m < self.lower.len() && number_word(self.w(m)) {
            m += 1;
        }
        let ord_word = self.w(m);
        let plural = ord_word.ends_with('s');
        let singular = ord_word.strip_suffix('s').unwrap_or(ord_word);
        let ord = match singular {
            "first" if plural => 1.0,
            w if w.starts_with("half") || w.starts_with("halv") || w.starts_with("quarter") => return None,
            _ => denominator(ord_word).filter(|d| *d < 100.0)?,
        };
        for s in i + 1..m {
            if small_word(self.w(s)).is_none() {
                continue;
            }
            let Some((n, e)) = self.until(s).whole(i) else { continue };
            if e != s || self.w(s - 1) == "and" || self.w(s - 1) == "-" {
                continue;
            }
            let Some((p, e)) = self.until(m).whole(s) else { continue };
            if !(e == m || (e + 1 == m && self.w(e) == "and")) {
                continue;
            }
            let round = if ord < 10.0 { p % 10.0 == 0.0 } else { p % 100.0 == 0.0 };
            if !round || (!plural && n != 1.0) {
                continue;
            }
            return Some((n / (p + ord), m + 1));
        }
        None
    }

    /// A whole number in words or digits with scale words: returns value,
    /// next index, and whether any word was read.
    fn whole(&self, i: usize) -> Option<(f64, usize)> {
        let mut total = 0.0;
        let mut current: Option<f64> = None;
        let mut j = i;
        let mut last_small: Option<f64> = None;
        let mut read_any = false;
        // The amount the last scale word added, and that scale, while no
        // other word has come since.
        let mut last_scaled: Option<(f64, f64)> = None;
        loop {
            let w = self.w(j);
            if lookup(SCALES, w).or_else(|| lookup(SCALES, w.strip_suffix('s').unwrap_or(w))).is_none() {
                last_scaled = None;
            }
            let t = self.tokens.get(j);
            if let Some((v, next)) = self.small_at(j) {
                // "twenty one" but not "one two".
                match last_small {
                    Some(prev) if !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0 && v > 0.0) => break,
                    _ => {}
                }
                current = Some(current.unwrap_or(0.0) + v);
                last_small = Some(v);
                read_any = true;
                j = next;
            } else if t.is_some_and(|t| t.kind == TokenKind::Number && !t.text.contains('.'))
                && last_small.is_none()
                && (j == i || current.is_none())
            {
                let v: f64 = t?.text.replace(',', "").parse().ok()?;
                current = Some(current.unwrap_or(0.0) + v);
                last_small = Some(v.min(19.0));
                read_any = true;
                j += 1;
            } else if w == "hundred" || (w == "hundreds" && read_any) {
                current = Some(current.unwrap_or(1.0) * 100.0);
                last_small = None;
                read_any = true;
                j += 1;
            } else if let Some(s) = lookup(SCALES, w).or_else(|| lookup(SCALES, w.strip_suffix('s').unwrap_or(w))) {
                if !read_any && !matches!(self.w(j.wrapping_sub(1)), "a" | "an") {
                    break;
                }
                match (current, last_scaled) {
                    // "three lakh crore", "two thousand million": a larger
                    // scale right after a scale multiplies the amount.
                    (None, Some((added, prev))) if s > prev => {
                        total += added * (s - 1.0);
                        last_scaled = Some((added * s, s));
                    }
                    _ => {
                        let added = current.unwrap_or(1.0) * s;
                        total += added;
                        last_scaled = Some((added, s));
                    }
                }
                current = None;
                last_small = None;
                j += 1;
            } else if (w == "a" || w == "an")
                && !read_any
                && (self.w(j + 1) == "hundred" || lookup(SCALES, self.w(j + 1)).is_some())
            {
                current = Some(1.0);
                j += 1;
                read_any = true;
                last_small = Some(1.0);
                // the scale word multiplies this 1
                if self.w(j) == "hundred" {
                    current = Some(100.0);
                    last_small = None;
                    j += 1;
                }
            } else if w == "and" && read_any && last_small.is_none() {
                // "one hundred and six", "two thousand and two hundred"
                let next = self.w(j + 1);
                let digit_next = self.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number);
                // "3 hundred and 2 hundred" is two numbers; "one thousand
                // and five hundred" is one.
                let scaled_after = current.is_some_and(|c| c >= 100.0) && self.w(j + 2) == "hundred";
                // "3 hundred and 0": a zero is never the tail of a number.
                let zero = digit_next && self.tokens[j + 1].text == "0";
                // "three and two fifths" is a mixed number; "one hundred
                // and thirty fifths" is 130 fifths.
                // Halves, quarters and powers of ten stay mixed: "one
                // hundred and three quarters", "two hundred and fifty-four
                // hundredths".
                let common = denominator(self.w(j + 2))
                    .is_some_and(|d| d == 2.0 || d == 4.0 || (d >= 10.0 && d.log10().fract() == 0.0));
                let mixed = denominator(self.w(j + 2)).is_some() && (common || current.is_none_or(|c| c < 100.0));
                if (small_word(next).is_some() || digit_next) && !mixed && !scaled_after && !zero {
                    j += 1;
                    if digit_next {
                        let v: f64 = self.tokens[j].text.replace(',', "").parse().ok()?;
                        current = Some(current.unwrap_or(0.0) + v);
                        last_small = Some(v.min(19.0));
                        j += 1;
                    }
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        read_any.then_some((total + current.unwrap_or(0.0), j))
    }

    /// "and a half", "and three quarters", "and one fourth": the fraction
    /// and the next index.
    fn and_fraction(&self, i: usize) -> Option<(f64, usize)> {
        if self.w(i) != "and" {
            return None;
        }
        self.fraction(i + 1)
    }

    /// "a half", "three quarters", "two thirds", "one fifth".
    fn fraction(&self, i: usize) -> Option<(f64, usize)> {
        // "one-eighth", "three-quarters"
        if let Some((a, b)) = self.w(i).split_once('-')
            && let (Some(n), Some(d)) = (small_word(a), denominator(b))
        {
            return Some((n / d, i + 1));
        }
        let (num, mut j) = match self.w(i) {
            "a" | "an" => (1.0, i + 1),
            w => (small_word(w)?, i + 1),
        };
        // "one - fourth", "five - eighths"
        if self.w(j) == "-"
            && self.spaced(j)
            && self.spaced(j + 1)
            && denominator(self.w(j + 1)).is_some()
            && num >= 1.0
        {
            j += 1;
        }
        let d = denominator(self.w(j))?;
        // "two thirds", "one third"; but "two millionth" is a count and an
        // ordinal, not a fraction ("half" has no plural in use).
        if num > 1.0 && !self.w(j).ends_with('s') && self.w(j) != "half" {
            return None;
        }
        Some((num / d, j + 1))
    }

    fn read(&self, i: usize) -> Option<(f64, usize)> {
        // Signs.
        let glued_number = |k: usize| self.tokens.get(k).is_some_and(|t| t.glued && t.kind == TokenKind::Number);
        let (sign, i) = match self.w(i) {
            "minus" | "negative" => (-1.0, i + 1),
            "-" if glued_number(i + 1) && (i == 0 || !self.tokens[i].glued) => (-1.0, i + 1),
            _ => (1.0, i),
        };
        if let Some(f) = self.compound_fraction(i) {
            return Some((sign * f.0, f.1));
        }
        // A decimal in digits: "-9.23", ".08" is left to the digit reader.
        if let Some(t) = self.tokens.get(i).filter(|t| t.kind == TokenKind::Number && t.text.contains('.')) {
            let v: f64 = t.text.replace(',', "").parse().ok()?;
            return Some((sign * v, i + 1));
        }
        // "half a dozen", "half a million", "half million", "quarter million"
        if matches!(self.w(i), "half" | "quarter") {
            let part = if self.w(i) == "half" { 0.5 } else { 0.25 };
            let k = if matches!(self.w(i + 1), "a" | "an") { i + 2 } else { i + 1 };
            if let Some(s) = lookup(SCALES, self.w(k)).or_else(|| matches!(self.w(k), "dozen").then_some(12.0)) {
                return Some((sign * part * s, k + 1));
            }
        }
        // "half" on its own: "more than half".
        if self.w(i) == "half" && !matches!(self.w(i + 1), "a" | "an" | "of") && denominator(self.w(i + 1)).is_none() {
            let scaled = lookup(SCALES, self.w(i + 1)).is_some() || self.w(i + 1) == "dozen";
            if !scaled {
                return Some((sign * 0.5, i + 1));
            }
        }
        // Fractions on their own: "two thirds", "a half", "three quarters".
        if let Some((f, j)) = self.fraction(i) {
            // "two thirds of a million"
            if self.w(j) == "of"
                && matches!(self.w(j + 1), "a" | "an")
                && let Some(s) = lookup(SCALES, self.w(j + 2))
            {
                return Some((sign * f * s, j + 3));
            }
            return Some((sign * f, j));
        }
        let (mut v, mut j) = self.whole(i)?;
        // "three and a half", "five and a half million", "3 million and a
        // quarter", "one billion and a half million".
        if let Some((f, k)) = self.and_fraction(j) {
            let read_scale = self.last_scale(i, j);
            let whole = v;
            v += f;
            j = k;
            if let Some(s) = lookup(SCALES, self.w(j)) {
                v = if read_scale.is_some_and(|r| r > s) { whole + f * s } else { v * s };
                j += 1;
            } else if let Some(s) = read_scale {
                v = whole + f * s;
            }
        } else if let Some(d) = denominator(self.w(j)).filter(|_| self.w(j).ends_with('s') && j > i + 1) {
            // "twenty one fifths", "one hundred and thirty-two fifths"
            v /= d;
            j += 1;
        } else if self.w(j) == "point" {
            // "two hundred point zero three", "point seventy-one"
            let mut digits = String::new();
            let mut k = j + 1;
            while let Some(d) = small_word(self.w(k)) {
                digits.push_str(&format!("{}", d as u32));
                k += 1;
            }
            if !digits.is_empty() {
                v += format!("0.{digits}").parse::<f64>().ok()?;
                j = k;
            }
        } else if matches!(self.w(j), "dozen" | "dozens" | "dzs" | "dozs") {
            // "three hundred and two dozen" is 300 and 24.
            match small_word(self.w(j.wrapping_sub(1))).filter(|_| j >= i + 3 && self.w(j - 2) == "and") {
                Some(y) => v += 11.0 * y,
                None => v *= 12.0,
            }
            j += 1;
        } else if let Some(d) = self.w(j).strip_prefix("hundred-").filter(|d| d.ends_with('s')).and_then(denominator) {
            // "ninety - five hundred-fifths"
            v = v * 100.0 / d;
            j += 1;
        } else if matches!(self.w(j), "over") || (self.w(j) == "out" && self.w(j + 1) == "of") {
            // "one over three", "one out of three"
            let k = if self.w(j) == "over" { j + 1 } else { j + 2 };
            // "12 out of 10" is two numbers; "2000 over 3" is a quotient.
            let out_of = self.w(j) == "out";
            if let Some((d, e)) = self.whole(k).filter(|(d, _)| *d != 0.0 && (!out_of || *d >= v)) {
                return Some((sign * v / d, e));
            }
        }
        Some((sign * v, j))
    }

    /// The largest scale word read in `i..j` ("3 million and a quarter"
    /// is 3.25 million).
    fn last_scale(&self, i: usize, j: usize) -> Option<f64> {
        (i..j).filter_map(|k| lookup(SCALES, self.w(k))).reduce(f64::max)
    }
}

/// Reads a spelt-out number at token `i`: its value and the index after it.
pub fn parse_spelled(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    parse_spelled_lower(tokens, &lower, i)
}

/// [`parse_spelled`] for a caller that has the words in lower case
/// already (one per token), so reading every position of a sentence does
/// not lower-case it again each time.
pub fn parse_spelled_lower(tokens: &[Token], lower: &[String], i: usize) -> Option<(f64, usize)> {
    let r = Reader { tokens, lower };
    let (v, end) = r.read(i)?;
    if is_pronoun_one(tokens, i, end) {
        return None;
    }
    (end > i && v.is_finite()).then_some((v, end))
}

/// ½, ⅔, ¾ and their kin.
fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

/// "1e10", "12.32e+14", "1.3x10^6", "6.23x10^-4", "1.1^23", "2.5^-1":
/// scientific notation and powers in digits. Returns the value and the
/// index after it.
fn scientific(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let base: f64 = tokens[i].text.replace(',', "").parse().ok()?;
    let glued = |k: usize| tokens.get(k).filter(|t| t.glued);
    // A signed exponent at `k`: "+14", "-4", "--23".
    let exponent = |k: usize| -> Option<(f64, usize)> {
        let mut k = k;
        let mut sign = 1.0;
        while let Some(t) = glued(k).filter(|t| t.is("+") || t.is("-")) {
            if t.is("-") {
                sign = -sign;
            }
            k += 1;
        }
        let t = glued(k).filter(|t| t.kind == TokenKind::Number && !t.text.contains(','))?;
        Some((sign * t.text.parse::<f64>().ok()?, k + 1))
    };
    let next = glued(i + 1)?;
    if next.text.eq_ignore_ascii_case("e") {
        let (x, e) = exponent(i + 2)?;
        return Some((base * 10f64.powf(x), e));
    }
    if next.text.eq_ignore_ascii_case("x")
        && glued(i + 2).is_some_and(|t| t.text == "10")
        && glued(i + 3).is_some_and(|t| t.is("^"))
    {
        let (x, e) = exponent(i + 4)?;
        return Some((base * 10f64.powf(x), e));
    }
    if next.is("^") {
        let (x, e) = exponent(i + 2)?;
        // "-1.1^--23": the doubled sign cancels (read by `exponent`).
        return Some((base.powf(x), e)).filter(|(v, _)| v.is_finite());
    }
    None
}

/// "3/4" at token `k`: a short digit fraction, not "5/17/2018" or
/// "2222/2222".
fn digit_fraction(tokens: &[Token], k: usize) -> Option<f64> {
    let (n, sl, d) = (tokens.get(k)?, tokens.get(k + 1)?, tokens.get(k + 2)?);
    let short = n.text.len() <= 3 && d.text.len() <= 3 && !n.text.contains(['.', ',']) && !d.text.contains(['.', ',']);
    let chained = tokens.get(k + 3).is_some_and(|x| x.glued && x.is("/"));
    (n.kind == TokenKind::Number
        && sl.is("/")
        && sl.glued
        && d.glued
        && d.kind == TokenKind::Number
        && short
        && !chained)
        .then(|| Some(n.text.parse::<f64>().ok()? / d.text.parse::<f64>().ok().filter(|v| *v != 0.0)?))
        .flatten()
}

/// Whether a symbol is glued right after token `i` ("5/", "5-").
fn symbol_after(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| n.glued && n.kind == TokenKind::Symbol)
}

/// Whether a number (digits or a number word) comes just before token `i`.
fn after_number(tokens: &[Token], i: usize) -> bool {
    i > 0
        && (tokens[i - 1].kind == TokenKind::Number
            || super::number::word_value(&tokens[i - 1].text.to_lowercase()).is_some())
}

/// "the one you mentioned", "which one": "one" as a pronoun, not a number.
pub fn is_pronoun_one(tokens: &[Token], i: usize, end: usize) -> bool {
    end == i + 1
        && tokens[i].text.eq_ignore_ascii_case("one")
        && i > 0
        && matches!(
            tokens[i - 1].text.to_lowercase().as_str(),
            "the" | "this" | "that" | "which" | "each" | "every" | "any" | "no" | "another" | "someone" | "anyone"
        )
}

/// Every number in a text as a reader counts them: digits (with spaces
/// or narrow spaces between thousands, "1 234 567"), a leading-dot
/// decimal (".08"), digit fractions ("3/4", "2 1/4") and spelt numbers,
/// whichever reading goes further. Measures ("180ml", "29km"), ordinals
/// ("4th") and codes are not numbers here.
pub fn numbers_in(text: &str) -> Vec<(Span, f64, Unit)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    let mut i = 0;
    let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    // Addresses ("http://...?q=30%25") hold digits that are not numbers.
    let in_address = |k: usize| {
        let before = &text[..tokens[k].span.start];
        let start = before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
        let end = text[tokens[k].span.end..].find(char::is_whitespace).map_or(text.len(), |p| tokens[k].span.end + p);
        let chunk = &text[start..end];
        chunk.contains("://") || chunk.starts_with("www.")
    };
    while i < tokens.len() {
        let t = &tokens[i];
        if in_address(i) {
            i += 1;
            continue;
        }
        // "percent of 10", "per cent of twenty-two"
        let lw = t.text.to_lowercase();
        let pct_words = match lw.as_str() {
            "percent" | "percents" | "percentage" => Some(1),
            "per" if tokens.get(i + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("cent")) => Some(2),
            _ => None,
        };
        if let Some(k) = pct_words
            && tokens.get(i + k).is_some_and(|n| n.text.eq_ignore_ascii_case("of"))
            && (i == 0 || tokens[i - 1].kind != TokenKind::Number && parse_spelled(&tokens, i - 1).is_none())
        {
            let at = i + k + 1;
            let read = parse_spelled(&tokens, at)
                .or_else(|| super::number::parse_number(&tokens, at).map(|n| (n.value.lo, n.end)));
            if let Some((v, e)) = read {
                out.push((span(i, e), v, Unit::Percent));
                i = e;
                continue;
            }
        }
        // "a small percent", "the % of increase": a share with no figure,
        // reported with no value (NaN) so that it is never compared.
        if (matches!(lw.as_str(), "percent" | "percentage") || t.is("%")) && !after_number(&tokens, i) {
            out.push((span(i, i + 1), f64::NAN, Unit::Percent));
            i += 1;
            continue;
        }
        // ".08"
        if t.is(".")
            && tokens.get(i + 1).is_some_and(|n| n.glued && n.kind == TokenKind::Number && !n.text.contains(['.', ',']))
            && (i == 0 || !tokens[i - 1].glued || tokens[i - 1].kind != TokenKind::Number)
            && !tokens.get(i + 2).is_some_and(|n| n.glued && n.is_word())
        {
            if let Ok(v) = format!("0.{}", tokens[i + 1].text).parse::<f64>() {
                out.push((span(i, i + 2), v, Unit::Count));
            }
            i += 2;
            continue;
        }
        // "½", "2½": vulgar fractions.
        if let Some(f) = vulgar(t.text) {
            let whole = (i > 0 && t.glued && tokens[i - 1].kind == TokenKind::Number)
                .then(|| tokens[i - 1].text.parse::<f64>().ok())
                .flatten();
            match whole {
                Some(w) => {
                    if let Some(last) = out.last_mut().filter(|l| l.0.end == t.span.start) {
                        *last = (Span::new(last.0.start, t.span.end), w + f, Unit::Count);
                    }
                }
                None => out.push((span(i, i + 1), f, Unit::Count)),
            }
            i += 1;
            continue;
        }
        // "-4/5", "-12e-1": a minus sign before a digit fraction or a
        // power is read with it, by the number that follows.
        if t.is("-")
            && (i == 0 || !t.glued)
            && tokens.get(i + 1).is_some_and(|n| n.glued && n.kind == TokenKind::Number)
            && (scientific(&tokens, i + 1).is_some() || digit_fraction(&tokens, i + 1).is_some())
        {
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Number
            && let Some((v, e)) = scientific(&tokens, i)
        {
            let neg = i > 0 && tokens[i - 1].is("-") && t.glued && (i == 1 || !tokens[i - 1].glued);
            let start = if neg { i - 1 } else { i };
            out.push((span(start, e), if neg { -v } else { v }, Unit::Count));
            i = e;
            continue;
        }
        if t.kind == TokenKind::Number {
            // Glued to letters that are not a scale: a measure or a code.
            let next = tokens.get(i + 1);
            let glued_word = next.is_some_and(|n| n.glued && n.is_word());
            if glued_word {
                let w = next.map(|n| n.text).unwrap_or("");
                let scale = matches!(w, "k" | "K" | "M" | "MM" | "mil" | "bn" | "mn" | "b" | "B" | "tn" | "m");
                let ordinal = matches!(w.to_lowercase().as_str(), "st" | "nd" | "rd" | "th");
                if ordinal || !scale {
                    i += 2;
                    continue;
                }
            }
            // "22,24,26,31" (a list, not thousands) and "192.168.1.2" (an
            // address): each part is a number.
            let comma_groups: Vec<&str> = t.text.split(',').collect();
            // "12,34,567.89": Indian grouping, twos before the last three.
            let int_len = |g: &&str| g.split('.').next().map_or(0, str::len);
            let indian = comma_groups.len() > 2
                && (1..=2).contains(&comma_groups[0].len())
                && comma_groups[1..comma_groups.len() - 1].iter().all(|g| g.len() == 2)
                && comma_groups.last().is_some_and(|g| int_len(g) == 3);
            let list = !indian && comma_groups.len() > 1 && comma_groups[1..].iter().any(|g| int_len(g) != 3);
            let dotted = t.text.matches('.').count() > 1 && !t.text.contains(',');
            if list || dotted {
                let sep = if list { ',' } else { '.' };
                let mut at = t.span.start;
                for part in t.text.split(sep) {
                    if let Ok(v) = part.parse::<f64>() {
                        out.push((Span::new(at, at + part.len()), v, Unit::Count));
                    }
                    at += part.len() + 1;
                }
                i += 1;
                continue;
            }
            // "1 234 567", "40 000": groups of three after a space.
            if !t.text.contains([',', '.']) && t.text.len() <= 3 {
                let mut j = i + 1;
                let mut digits = t.text.to_string();
                let group = |g: &&Token| {
                    let int = g.text.split('.').next().unwrap_or("");
                    g.kind == TokenKind::Number
                        && !g.glued
                        && int.len() == 3
                        && !g.text.contains(',')
                        && g.text.matches('.').count() <= 1
                };
                while let Some(g) = tokens.get(j).filter(group) {
                    let last = g.text.contains('.');
                    let gap = &text[tokens[j - 1].span.end..g.span.start];
                    if !(gap == " " || gap == "\u{202f}" || gap == "\u{a0}") {
                        break;
                    }
                    digits.push_str(g.text.split('.').next().unwrap_or(""));
                    if let Some((_, f)) = g.text.split_once('.') {
                        digits = format!("{digits}.{f}");
                    }
                    j += 1;
                    if last {
                        break;
                    }
                }
                if j > i + 1
                    && let Ok(v) = digits.parse::<f64>()
                {
                    out.push((span(i, j), v, Unit::Count));
                    i = j;
                    continue;
                }
            }
            // "3/4", "2 1/4": short digit fractions, not "5/17/2018" or
            // "2222/2222".
            let fraction_at = |k: usize| digit_fraction(&tokens, k);
            if let Some(f) = fraction_at(i) {
                let neg = i > 0 && tokens[i - 1].is("-") && t.glued;
                let start = if neg { i - 1 } else { i };
                out.push((span(start, i + 3), if neg { -f } else { f }, Unit::Count));
                i += 3;
                continue;
            }
            if !symbol_after(&tokens, i)
                && let Some(f) = fraction_at(i + 1).filter(|_| tokens.get(i + 1).is_some_and(|n| !n.glued))
                && let Ok(w) = t.text.parse::<f64>()
                && !t.text.contains(['.', ','])
            {
                out.push((span(i, i + 4), w + f, Unit::Count));
                i += 4;
                continue;
            }
        }
        // "three-nought-four": digits read out one by one, each a number.
        let parts: Vec<&str> = t.text.split('-').collect();
        if t.is_word()
            && parts.len() >= 3
            && parts.iter().all(|p| lookup(UNITS, &p.to_lowercase()).is_some_and(|v| v < 10.0))
        {
            let mut at = t.span.start;
            for p in parts {
                out.push((Span::new(at, at + p.len()), lookup(UNITS, &p.to_lowercase()).unwrap_or(0.0), Unit::Count));
                at += p.len() + 1;
            }
            i += 1;
            continue;
        }
        let digits = super::number::parse_number(&tokens, i).filter(|n| n.end > i);
        let spelled = parse_spelled(&tokens, i);
        match (digits, spelled) {
            (Some(n), s) if s.is_none_or(|(_, e)| e <= n.end) => {
                let pronoun = n.in_words && is_pronoun_one(&tokens, n.start, n.end);
                if !pronoun && !matches!(n.unit, Unit::Measure(_)) {
                    out.push((span(n.start, n.end), (n.value.lo + n.value.hi) / 2.0, n.unit));
                }
                i = n.end;
            }
            (_, Some((v, e))) => {
                let pct = tokens.get(e).is_some_and(|t| {
                    t.is("%") || matches!(t.text.to_lowercase().as_str(), "percent" | "percents" | "percentage")
                });
                let end = if pct { e + 1 } else { e };
                out.push((span(i, end), v, if pct { Unit::Percent } else { Unit::Count }));
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<f64> {
        let t = tokenize(s, Span::new(0, s.len()));
        parse_spelled(&t, 0).map(|(v, _)| v)
    }

    #[test]
    fn grammar() {
        assert_eq!(read("one hundred and sixty-one"), Some(161.0));
        assert_eq!(read("two hundred and two thousand"), Some(202_000.0));
        assert_eq!(read("4 thousand 3 hundred and 21"), Some(4321.0));
        assert_eq!(read("three and a half"), Some(3.5));
        assert_eq!(read("two thirds").map(|v| (v * 1000.0).round()), Some(667.0));
        assert_eq!(read("five and a half million"), Some(5_500_000.0));
        assert_eq!(read("3 million and a half"), Some(3_500_000.0));
        assert_eq!(read("nine point zero four"), Some(9.04));
        assert_eq!(read("minus five"), Some(-5.0));
        assert_eq!(read("half a dozen"), Some(6.0));
        assert_eq!(read("three dozen"), Some(36.0));
        assert_eq!(read("one out of four"), Some(0.25));
        assert_eq!(read("a thousand"), Some(1000.0));
        assert_eq!(read("the"), None);
    }

    #[test]
    fn compound_ordinals_and_spaced_hyphens() {
        assert_eq!(read("fifty - two"), Some(52.0));
        assert_eq!(read("one - fourth"), Some(0.25));
        assert_eq!(read("one hundred and thirty fifths"), Some(26.0));
        assert_eq!(read("twenty twenty fifths"), Some(0.8));
        assert_eq!(read("one one hundred and fifth").map(|v| (v * 105.0).round()), Some(1.0));
        assert_eq!(read("twenty one fifths"), Some(4.2));
        assert_eq!(read("three and two fifths"), Some(3.4));
        assert_eq!(read("three lakh crore"), Some(3e12));
        assert_eq!(read("two million three thousand"), Some(2_003_000.0));
        assert_eq!(read("one hundred and three quarters"), Some(100.75));
        assert_eq!(read("three hundred and two dozens"), Some(324.0));
        assert_eq!(read("ninety - five hundred-fifths"), Some(1900.0));
        let digits: Vec<f64> = numbers_in("playing three-nought-four").into_iter().map(|n| n.1).collect();
        assert_eq!(digits, [3.0, 0.0, 4.0]);
    }
}
