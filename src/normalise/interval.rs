//! Intervals: what a hedged figure can mean.
//!
//! "nearly 600" is a little below 600, "more than 150" is above 150,
//! "60 or 70" is [60, 70]. Two figures conflict only when no reading of
//! their hedges lets them meet, i.e. when their intervals do not overlap.

use std::fmt;

/// A closed range of values. `hi` may be infinite ("more than 150").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn point(x: f64) -> Self {
        Interval { lo: x, hi: x }
    }

    pub fn new(a: f64, b: f64) -> Self {
        if a <= b { Interval { lo: a, hi: b } } else { Interval { lo: b, hi: a } }
    }

    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    pub fn scale(&self, factor: f64) -> Self {
        Interval::new(self.lo * factor, self.hi * factor)
    }

    /// The smallest interval holding both.
    pub fn hull(&self, other: &Interval) -> Self {
        Interval { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.lo == self.hi {
            write!(f, "{}", fmt_number(self.lo))
        } else if self.hi.is_infinite() {
            write!(f, "≥ {}", fmt_number(self.lo))
        } else {
            write!(f, "[{}, {}]", fmt_number(self.lo), fmt_number(self.hi))
        }
    }
}

/// A number as a reader writes it: thousands separators, few decimals.
pub fn fmt_number(x: f64) -> String {
    if !x.is_finite() {
        return if x > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let rounded = (x * 100.0).round() / 100.0;
    let int = rounded.trunc();
    let frac = rounded - int;
    let digits = format!("{}", int.abs() as u128);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    if frac.abs() > 1e-9 {
        let f = format!("{:.2}", frac.abs());
        format!("{sign}{grouped}{}", f.trim_start_matches('0').trim_end_matches('0'))
    } else {
        format!("{sign}{grouped}")
    }
}

/// How a hedge word turns a written value into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Hedge {
    /// No hedge: the value as written.
    Exact,
    /// "about", "around", "roughly", "some", "an estimated"
    About,
    /// "nearly", "almost", "close to", "just under"
    Nearly,
    /// "under", "fewer than", "less than", "below"
    Under,
    /// "more than", "over", "at least", "upwards of", "in excess of"
    Over,
    /// "just over", "just above", "slightly more than"
    JustOver,
    /// "up to", "as many as", "at most", "no more than"
    UpTo,
    /// "the better part of", "most of": a large share of the value, short
    /// of it ("the best part of a kilometre" is more than half of one).
    MostOf,
}

/// The hedge table: how wide each hedge makes a figure, as fractions of
/// the written value. rules/hedges.toml sets them (`width` of a `[[hedge]]`);
/// [`DEFAULT_WIDTHS`] is the fallback and equals the shipped values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HedgeWidths {
    /// "about 800" is 800 ± this fraction.
    pub about: f64,
    /// "nearly 600" is [600 × (1 - this), 600].
    pub nearly: f64,
    /// "just over 600" is [600, 600 × (1 + this)].
    pub just_over: f64,
    /// "the better part of 600" is [600 × (1 - this), 600].
    pub most_of: f64,
}

pub const DEFAULT_WIDTHS: HedgeWidths = HedgeWidths { about: 0.10, nearly: 0.10, just_over: 0.10, most_of: 0.5 };

impl Hedge {
    /// The hedge a negation makes of this one: a lower bound becomes an
    /// upper one and the reverse; "not about N" and "not nearly N" say
    /// nothing checkable.
    pub fn negated(self) -> Option<Hedge> {
        match self {
            Hedge::Over | Hedge::JustOver => Some(Hedge::UpTo),
            Hedge::Under | Hedge::UpTo => Some(Hedge::Over),
            // "not nearly 600" is far below it, not above.
            Hedge::Exact | Hedge::About | Hedge::Nearly | Hedge::MostOf => None,
        }
    }

    /// The readings rules/hedges.toml names, with their hedges.
    pub const READINGS: [(&'static str, Hedge); 7] = [
        ("about", Hedge::About),
        ("nearly", Hedge::Nearly),
        ("under", Hedge::Under),
        ("over", Hedge::Over),
        ("just-over", Hedge::JustOver),
        ("up-to", Hedge::UpTo),
        ("most-of", Hedge::MostOf),
    ];

    /// A hedge by its reading, as rules/hedges.toml names it ("just-over").
    pub fn from_reading(reading: &str) -> Option<Hedge> {
        Self::READINGS.iter().find(|(name, _)| *name == reading).map(|&(_, h)| h)
    }

    /// A hedge that says on which side of the written value the true one
    /// lies ("nearly two stone", "more than 30 miles"): it bounds the
    /// value as written, not the rounding of it ("two stone" alone is 1.5
    /// to 2.5 stone; "nearly two stone" is not 2.4).
    pub fn is_directional(self) -> bool {
        !matches!(self, Hedge::Exact | Hedge::About)
    }

    /// The interval a value written with this hedge can mean.
    pub fn apply(self, value: Interval, w: &HedgeWidths) -> Interval {
        match self {
            Hedge::Exact => value,
            Hedge::About => Interval::new(value.lo * (1.0 - w.about), value.hi * (1.0 + w.about)),
            Hedge::Nearly => Interval::new(value.lo * (1.0 - w.nearly), value.hi),
            Hedge::MostOf => Interval::new(value.lo * (1.0 - w.most_of), value.hi),
            Hedge::Under | Hedge::UpTo => Interval::new(0.0, value.hi),
            Hedge::Over => Interval { lo: value.lo, hi: f64::INFINITY },
            Hedge::JustOver => Interval::new(value.lo, value.hi * (1.0 + w.just_over)),
        }
    }
}

/// Hedge words and widths as the rules files give them
/// (`RuleSet::hedges`): rules/hedges.toml ships the defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct HedgeTable {
    /// Each phrase as lower-case words, longest first.
    pub phrases: Vec<(Vec<String>, Hedge)>,
    pub widths: HedgeWidths,
    /// Words before a hedge that flip it (`hedge-negations`): "not more
    /// than 40" is at most 40, "not under 40" at least 40.
    pub negations: Vec<String>,
}

impl Default for HedgeTable {
    fn default() -> Self {
        HedgeTable { phrases: Vec::new(), widths: DEFAULT_WIDTHS, negations: Vec::new() }
    }
}

impl HedgeTable {
    /// The hedge ending the words before a number, and how many words it used.
    /// A negation before the hedge flips a bound ("not more than N" is at
    /// most N, "never below N" at least N); phrases that hold their own
    /// negation ("no less than") are listed whole and win as the longest.
    pub fn find(&self, words: &[&str]) -> Option<(Hedge, usize)> {
        let (hedge, n) = self.phrases.iter().find_map(|(phrase, hedge)| {
            let n = phrase.len();
            (n > 0 && words.len() >= n && words[words.len() - n..].iter().zip(phrase).all(|(a, b)| *a == b))
                .then_some((*hedge, n))
        })?;
        let negated = words.len() > n && self.negations.iter().any(|w| w == words[words.len() - n - 1]);
        match (negated, hedge.negated()) {
            (true, Some(flipped)) => Some((flipped, n + 1)),
            _ => Some((hedge, n)),
        }
    }

    /// Adds phrases, keeping the longest first so "just over" wins over "over".
    pub fn add(&mut self, phrase: &str, hedge: Hedge) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        self.phrases.retain(|(p, _)| *p != words);
        self.phrases.push((words, hedge));
        self.phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_make_intervals() {
        let w = &DEFAULT_WIDTHS;
        let nearly_600 = Hedge::Nearly.apply(Interval::point(600.0), w);
        let around_800 = Hedge::About.apply(Interval::point(800.0), w);
        assert!(!nearly_600.overlaps(&around_800));
        let more_3000 = Hedge::Over.apply(Interval::point(3000.0), w);
        let about_3100 = Hedge::About.apply(Interval::point(3100.0), w);
        assert!(more_3000.overlaps(&about_3100));
        let mut table = HedgeTable::default();
        for (phrase, hedge) in [("more than", Hedge::Over), ("as many as", Hedge::UpTo), ("many", Hedge::About)] {
            table.add(phrase, hedge);
        }
        assert_eq!(table.find(&["said", "more", "than"]), Some((Hedge::Over, 2)));
        assert_eq!(table.find(&["as", "many", "as"]), Some((Hedge::UpTo, 3)), "the longest phrase wins");
        table.negations = vec!["not".into(), "never".into()];
        table.add("under", Hedge::Under);
        assert_eq!(table.find(&["not", "more", "than"]), Some((Hedge::UpTo, 3)), "negation flips a lower bound");
        assert_eq!(table.find(&["never", "under"]), Some((Hedge::Over, 2)), "and an upper one");
        assert_eq!(table.find(&["more", "than"]), Some((Hedge::Over, 2)));
    }

    #[test]
    fn numbers_print_like_a_reader_writes_them() {
        assert_eq!(fmt_number(7631.0), "7,631");
        assert_eq!(fmt_number(5.84), "5.84");
        assert_eq!(fmt_number(4_500_000.0), "4,500,000");
        assert_eq!(fmt_number(0.5), "0.5");
    }
}
