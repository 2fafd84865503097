//! Number ranges with open and closed ends: "more than 30" is (30, ∞),
//! "at least 30" is [30, ∞), "up to 700" is (-∞, 700], "between 20 and
//! 30" and "20-30" are [20, 30], "more than 10 and less than 20" is
//! (10, 20).
//!
//! Figures use the looser [`super::interval::Hedge`] reading (an open
//! end does not matter when comparing reports); this module keeps the
//! ends exact, for measuring against data sets that do.

use super::number::{Unit, parse_number};
use crate::segment::tokens::{Token, TokenKind, tokenize};
use crate::span::Span;

/// One end of a range: the value and whether it is included.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct End {
    pub value: f64,
    pub inclusive: bool,
}

/// A range; `None` on a side means unbounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRange {
    pub lo: Option<End>,
    pub hi: Option<End>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Lo(bool),
    Hi(bool),
    Eq,
}

/// Comparison phrases before a number, longest first.
const BEFORE: &[(&str, Side)] = &[
    ("more than or equal to", Side::Lo(true)),
    ("greater than or equal to", Side::Lo(true)),
    ("less than or equal to", Side::Hi(true)),
    ("fewer than or equal to", Side::Hi(true)),
    ("equal to or more than", Side::Lo(true)),
    ("equal to or greater than", Side::Lo(true)),
    ("equal to or less than", Side::Hi(true)),
    ("equal to or fewer than", Side::Hi(true)),
    ("at least or equal to", Side::Lo(true)),
    ("at most or equal to", Side::Hi(true)),
    ("bigger or equal than", Side::Lo(true)),
    ("greater or equal than", Side::Lo(true)),
    ("larger or equal than", Side::Lo(true)),
    ("higher or equal than", Side::Lo(true)),
    ("more or equal than", Side::Lo(true)),
    ("smaller or equal than", Side::Hi(true)),
    ("less or equal than", Side::Hi(true)),
    ("lower or equal than", Side::Hi(true)),
    ("no less than", Side::Lo(true)),
    ("not less than", Side::Lo(true)),
    ("no fewer than", Side::Lo(true)),
    ("no more than", Side::Hi(true)),
    ("not more than", Side::Hi(true)),
    ("in excess of", Side::Lo(false)),
    ("upwards of", Side::Lo(false)),
    ("more than", Side::Lo(false)),
    ("greater than", Side::Lo(false)),
    ("larger than", Side::Lo(false)),
    ("bigger than", Side::Lo(false)),
    ("higher than", Side::Lo(false)),
    ("less than", Side::Hi(false)),
    ("fewer than", Side::Hi(false)),
    ("smaller than", Side::Hi(false)),
    ("lower than", Side::Hi(false)),
    ("at least", Side::Lo(true)),
    ("at most", Side::Hi(true)),
    ("up to", Side::Hi(true)),
    ("equals to", Side::Eq),
    ("equal to", Side::Eq),
    ("equaling to", Side::Eq),
    ("equals", Side::Eq),
    ("exceeding", Side::Lo(false)),
    ("exceeded", Side::Lo(false)),
    ("exceeds", Side::Lo(false)),
    ("exceed", Side::Lo(false)),
    ("over", Side::Lo(false)),
    ("above", Side::Lo(false)),
    ("under", Side::Hi(false)),
    ("below", Side::Hi(false)),
    ("> =", Side::Lo(true)),
    ("< =", Side::Hi(true)),
    (">", Side::Lo(false)),
    ("<", Side::Hi(false)),
];

/// Phrases after a number: "500 or more", "5000 or less", "200 or greater".
const AFTER: &[(&str, Side)] = &[
    ("or greater than", Side::Lo(true)),
    ("or more than", Side::Lo(true)),
    ("or less than", Side::Hi(true)),
    ("or more", Side::Lo(true)),
    ("and more", Side::Lo(true)),
    ("or greater", Side::Lo(true)),
    ("or above", Side::Lo(true)),
    ("or over", Side::Lo(true)),
    ("or higher", Side::Lo(true)),
    ("or less", Side::Hi(true)),
    ("or fewer", Side::Hi(true)),
    ("or below", Side::Hi(true)),
    ("or under", Side::Hi(true)),
    ("or lower", Side::Hi(true)),
    ("and less", Side::Hi(true)),
];

struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
    lower: Vec<String>,
}

impl Reader<'_, '_> {
    /// Matches a phrase of words and symbols at `i`; returns the index after it.
    fn phrase(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        for part in phrase.split(' ') {
            if self.lower.get(j).map(String::as_str) != Some(part) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// A signed number at `i`: "-30", "negative ten", "minus 5".
    fn number(&self, i: usize) -> Option<(f64, usize)> {
        let (sign, j) = match self.lower.get(i).map(String::as_str) {
            Some("negative" | "minus") => (-1.0, i + 1),
            Some("-") if self.tokens.get(i + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Number) => {
                (-1.0, i + 1)
            }
            _ => (1.0, i),
        };
        // Part of a code or a telephone number: "+1-222-2222".
        let tj = self.tokens.get(j)?;
        let dash_before = |k: usize| {
            k >= 1 && self.tokens[k].glued && matches!(self.tokens[k - 1].text, "+" | "-") && self.tokens[k - 1].glued
        };
        if j >= 2
            && tj.glued
            && dash_before(j)
            && self.tokens[j - 2].kind == TokenKind::Number
            && j >= 4
            && dash_before(j - 2)
        {
            return None;
        }
        if self.tokens.get(j).is_some_and(|t| t.text == "+") {
            return None;
        }
        let spelled = super::spelled::parse_spelled_lower(self.tokens, &self.lower, j);
        let n = parse_number(self.tokens, j);
        let (mut v, mut end) = match (n, spelled) {
            (Some(n), s) if s.is_none_or(|(_, e)| e <= n.end) => {
                if n.unit != Unit::Count && n.unit != Unit::Percent {
                    return None;
                }
                ((n.value.lo + n.value.hi) / 2.0, n.end)
            }
            (_, Some((v, e))) => (v, e),
            _ => return None,
        };
        // A number chained to more by dashes or slashes is a code.
        if self.tokens.get(end).is_some_and(|t| t.glued && matches!(t.text, "-" | "/"))
            && self.tokens.get(end + 1).is_some_and(|t| t.glued && t.kind == TokenKind::Number)
            && self.tokens.get(end + 2).is_some_and(|t| t.glued && matches!(t.text, "-" | "/"))
        {
            return None;
        }
        // "1/2"
        if self.tokens.get(end).is_some_and(|t| t.is("/") && t.glued)
            && let Some(d) = self.tokens.get(end + 1).filter(|t| t.glued && t.kind == TokenKind::Number)
            && let Ok(den) = d.text.parse::<f64>()
            && den != 0.0
        {
            v /= den;
            end += 2;
        }
        Some((sign * v, end))
    }

    /// One bound: a comparison phrase and a number, or a number and a
    /// trailing phrase.
    fn bound(&self, i: usize) -> Option<(NumberRange, usize)> {
        let make = |side: Side, v: f64| match side {
            Side::Lo(inc) => NumberRange { lo: Some(End { value: v, inclusive: inc }), hi: None },
            Side::Hi(inc) => NumberRange { lo: None, hi: Some(End { value: v, inclusive: inc }) },
            Side::Eq => {
                NumberRange { lo: Some(End { value: v, inclusive: true }), hi: Some(End { value: v, inclusive: true }) }
            }
        };
        // "<>30", "=>30": not comparisons news writes.
        let after_symbol =
            i > 0 && self.tokens.get(i).is_some_and(|t| t.glued) && matches!(self.tokens[i - 1].text, "<" | ">" | "=");
        for &(p, side) in BEFORE {
            if after_symbol && !p.starts_with(char::is_alphabetic) {
                continue;
            }
            if let Some(j) = self.phrase(i, p)
                && let Some((v, mut end)) = self.number(j)
            {
                let mut side = side;
                // "less than 5000 or equal (to)", "equal to 5000 or less".
                let or_equal_alone = self.phrase(end, "or equal").is_some()
                    && self.number(end + 2).is_none()
                    && !(self.lower.get(end + 2).is_some_and(|w| w == "to") && self.number(end + 3).is_some());
                if or_equal_alone {
                    side = match side {
                        Side::Lo(_) => Side::Lo(true),
                        Side::Hi(_) => Side::Hi(true),
                        Side::Eq => Side::Eq,
                    };
                    end += 2;
                    if self.phrase(end, "to").is_some() {
                        end += 1;
                    }
                } else if side == Side::Eq {
                    for &(a, s) in AFTER {
                        if let Some(e) = self.phrase(end, a)
                            && self.number(e).is_none()
                            && !(matches!(self.lower.get(e).map(String::as_str), Some("than" | "to"))
                                && self.number(e + 1).is_some())
                        {
                            return Some((make(s, v), e));
                        }
                    }
                }
                return Some((make(side, v), end));
            }
        }
        let (v, end) = self.number(i)?;
        for &(a, s) in AFTER {
            if let Some(e) = self.phrase(end, a)
                && self.number(e).is_none()
                && !(matches!(self.lower.get(e).map(String::as_str), Some("than" | "to"))
                    && self.number(e + 1).is_some())
            {
                return Some((make(s, v), e));
            }
        }
        None
    }

    /// A range starting at `i`.
    fn range(&self, i: usize) -> Option<(NumberRange, usize, usize)> {
        let w = self.lower.get(i).map(String::as_str);
        let closed = |a: f64, b: f64| NumberRange {
            lo: Some(End { value: a.min(b), inclusive: true }),
            hi: Some(End { value: a.max(b), inclusive: true }),
        };
        // "between 20 and 30", "from 200 to 300".
        if matches!(w, Some("between" | "from"))
            && let Some((a, j)) = self.number(i + 1)
            && matches!(self.lower.get(j).map(String::as_str), Some("and" | "to" | "-" | "–"))
            && let Some((b, end)) = self.number(j + 1)
        {
            return Some((closed(a, b), i, end));
        }
        if let Some((first, j)) = self.bound(i) {
            // "more than 10 and less than 20", "at most 100 and at least 20".
            let mut k = j;
            if matches!(self.lower.get(k).map(String::as_str), Some("and" | "but" | ",")) {
                k += 1;
            }
            if let Some((second, end)) = self.bound(k) {
                let joined = match (first.lo, first.hi, second.lo, second.hi) {
                    (Some(lo), None, None, Some(hi)) | (None, Some(hi), Some(lo), None) => {
                        Some(NumberRange { lo: Some(lo), hi: Some(hi) })
                    }
                    _ => None,
                };
                if let Some(r) = joined {
                    return Some((r, i, end));
                }
            }
            return Some((first, i, j));
        }
        // "20 to 30", "20 through 100", "1000-5000", "20~100".
        let (a, j) = self.number(i)?;
        let joiner = self.lower.get(j).map(String::as_str)?;
        if matches!(joiner, "to" | "through" | "thru" | "-" | "–" | "~")
            && let Some((b, end)) = self.number(j + 1)
            && b > a
        {
            return Some((closed(a, b), i, end));
        }
        None
    }
}

/// Every range in a text with its span.
pub fn ranges_in(text: &str) -> Vec<(Span, NumberRange)> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    let reader = Reader { lower: tokens.iter().map(|t| t.text.to_lowercase()).collect(), tokens: &tokens };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.range(i) {
            Some((r, start, end)) if end > start => {
                out.push((Span::new(tokens[start].span.start, tokens[end - 1].span.end), r));
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

    fn one(s: &str) -> NumberRange {
        let r = ranges_in(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        r[0].1
    }

    #[test]
    fn ends() {
        let open_lo = one("more than 30 people");
        assert_eq!(open_lo.lo, Some(End { value: 30.0, inclusive: false }));
        assert_eq!(one("at least 30").lo, Some(End { value: 30.0, inclusive: true }));
        assert_eq!(one("up to 700").hi, Some(End { value: 700.0, inclusive: true }));
        let b = one("between 20 and 30");
        assert_eq!((b.lo.map(|e| e.value), b.hi.map(|e| e.value)), (Some(20.0), Some(30.0)));
        let c = one("more than 10 and less than 20");
        assert_eq!((c.lo.map(|e| e.inclusive), c.hi.map(|e| e.inclusive)), (Some(false), Some(false)));
        assert_eq!(one("500 or more").lo, Some(End { value: 500.0, inclusive: true }));
    }
}
