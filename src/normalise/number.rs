//! Numbers in the forms news writes them: digits with separators and
//! decimals, word numbers ("eight", "twenty-one", "a dozen", "half a
//! million"), scaled amounts ("1.2m", "£3bn", "$160 million") and
//! percentages ("40%", "40 per cent"); and the whole English grammar of
//! numbers spelt out: "one hundred and sixty-one", "two hundred and two
//! thousand", "4 thousand 3 hundred and 21", "three and a half", "two
//! thirds", "five and a half million", "nine point zero four", "minus
//! five", "half a dozen", "1 over 3", "one out of three".
//!
//! One reader, [`NumberWords`], over the number vocabulary of
//! rules/words/numbers.toml: [`NumberWords::number`] reads a number with
//! its unit at a token, [`NumberWords::spelled`] the spelt grammar (with
//! its fractions, for callers that want them: a figure of "a half" is
//! rarely a count).

use super::interval::Interval;
use super::measure::MeasureWords;
use crate::segment::tokens::{Token, TokenKind};
use crate::vocab::LowerWord;
use crate::vocab::fast_hash::FastSet;
use crate::vocab::{Entry, Vocabulary, WordList};
use std::borrow::Cow;

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

impl ParsedNumber {
    /// The number as written, without the rounding its form implies: the
    /// middle of `value` ("£4.5m" is £4.5m; rounding is symmetric).
    pub fn written(&self) -> Interval {
        if self.value.lo.is_finite() && self.value.hi.is_finite() {
            Interval::point(f64::midpoint(self.value.lo, self.value.hi))
        } else {
            self.value
        }
    }
}

/// The number vocabulary in force, fetched once: the one reader of
/// numbers in digits and in words.
pub struct NumberWords<'v> {
    vocab: &'v Vocabulary,
    /// "zero" to "nineteen".
    units: Quick<'v>,
    tens: Quick<'v>,
    scales: Quick<'v>,
    suffixes: Quick<'v>,
    groups: Quick<'v>,
    fractions: Quick<'v>,
    ordinals: Quick<'v>,
    percent: Quick<'v>,
    minus: Quick<'v>,
    decimal_points: &'v WordList,
    /// "scores of", "dozens of": a loose count and the interval it allows.
    loose: Quick<'v>,
    /// "a couple of", "a few", "several" before a scale or group word.
    loose_multipliers: Quick<'v>,
    /// The first words of the loose phrases, those that are a phrase
    /// alone ("several"), and the second words of the others: the number
    /// reader asks at every word, and "a" and "the..." are everywhere.
    loose_gate: LooseGate,
    /// "the", "its": after one, "scores of" are results, not a count.
    determiners: &'v WordList,
    function_words: &'v WordList,
    pronoun_heads: &'v WordList,
    measures: MeasureWords<'v>,
}

/// Which words can open a loose count: a first word that is a phrase
/// alone ("several"), or one followed by a phrase's second word ("a
/// couple", "scores of").
#[derive(Debug, Default)]
struct LooseGate {
    firsts: FastSet<String>,
    alone: FastSet<String>,
    seconds: FastSet<String>,
}

impl LooseGate {
    fn new(lists: &[&WordList]) -> Self {
        let mut gate = LooseGate::default();
        for phrase in lists.iter().flat_map(|l| l.phrases()) {
            let mut words = phrase.split(' ');
            let first = words.next().unwrap_or_default().to_string();
            match words.next() {
                Some(second) => {
                    gate.seconds.insert(second.to_string());
                }
                None => {
                    gate.alone.insert(first.clone());
                }
            }
            gate.firsts.insert(first);
        }
        gate
    }

    fn may_start(&self, first: &str, second: Option<&str>) -> bool {
        self.firsts.contains(first) && (self.alone.contains(first) || second.is_some_and(|s| self.seconds.contains(s)))
    }
}

/// The longest loose-count phrase read, in words ("tens of thousands of").
const LOOSE_REACH: usize = 6;

/// A word list with the first two letters of its phrases in a bitmap, so
/// that most words of a sentence are rejected before any hashing: the
/// number reader looks up every word it passes in several lists.
struct Quick<'v> {
    list: &'v WordList,
    starts: Box<[u64; 256]>,
}

impl<'v> Quick<'v> {
    fn new(list: &'v WordList) -> Self {
        let mut starts = Box::new([0u64; 256]);
        for (w, _) in list.entries() {
            match start_bit(w) {
                Some(b) => starts[b / 64] |= 1 << (b % 64),
                // A phrase outside ASCII: no filtering at all.
                None => starts.fill(u64::MAX),
            }
        }
        Quick { list, starts }
    }

    fn may_have(&self, w: &str) -> bool {
        start_bit(w).is_none_or(|b| self.starts[b / 64] & (1 << (b % 64)) != 0)
    }

    fn has(&self, w: &str) -> bool {
        self.may_have(w) && self.list.has(w)
    }

    fn value(&self, w: &str) -> Option<f64> {
        if self.may_have(w) { self.list.value(w) } else { None }
    }

    fn longest_prefix<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, &'v Entry)> {
        if words.first().is_some_and(|w| self.may_have(w.as_ref())) { self.list.longest_prefix(words) } else { None }
    }
}

/// The bit of the first two bytes of a phrase's first word in a [`Quick`]
/// bitmap, or `None` for a word that starts outside ASCII (never filtered).
fn start_bit(phrase: &str) -> Option<usize> {
    let b = phrase.as_bytes();
    // A one-letter first word ("a b") counts as the word alone ("a").
    let (b0, b1) = (*b.first()?, b.get(1).copied().filter(|c| *c != b' ').unwrap_or(0));
    (b0 < 128 && b1 < 128).then_some(usize::from(b0) * 128 + usize::from(b1))
}

impl<'v> NumberWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        NumberWords {
            vocab,
            units: Quick::new(vocab.list("number-words")),
            tens: Quick::new(vocab.list("tens-words")),
            scales: Quick::new(vocab.list("scale-words")),
            suffixes: Quick::new(vocab.list("scale-suffixes")),
            groups: Quick::new(vocab.list("group-words")),
            fractions: Quick::new(vocab.list("fraction-words")),
            ordinals: Quick::new(vocab.list("ordinal-words")),
            percent: Quick::new(vocab.list("percent-words")),
            minus: Quick::new(vocab.list("minus-words")),
            decimal_points: vocab.list("decimal-point-words"),
            loose: Quick::new(vocab.list("loose-quantities")),
            loose_multipliers: Quick::new(vocab.list("loose-multipliers")),
            loose_gate: LooseGate::new(&[vocab.list("loose-quantities"), vocab.list("loose-multipliers")]),
            determiners: vocab.list("adjective-determiners"),
            function_words: vocab.list("function-words"),
            pronoun_heads: vocab.list("one-pronoun-heads"),
            measures: MeasureWords::new(vocab),
        }
    }

    /// The vocabulary the lists were fetched from.
    pub fn vocab(&self) -> &'v Vocabulary {
        self.vocab
    }

    /// Value of a (lower-case) word number of up to two words joined by a
    /// hyphen ("twenty-one") or a single word ("eight", "forty").
    pub fn small(&self, w: &str) -> Option<f64> {
        if let Some(v) = self.units.value(w).or_else(|| self.tens.value(w)) {
            return Some(v);
        }
        let (t, u) = crate::vocab::split_hyphen(w)?;
        Some(self.tens.value(t)? + self.units.value(u).filter(|v| (1.0..10.0).contains(v))?)
    }

    /// Value of a (lower-case) ordinal word ("third" is 3), from the list
    /// `ordinal-words`.
    pub fn ordinal(&self, w: &str) -> Option<f64> {
        self.ordinals.value(w)
    }

    /// A (lower-case) scale word and its factor ("hundred", "million").
    pub fn scale_word(&self, w: &str) -> Option<f64> {
        self.scales.value(w)
    }

    /// A scale word of a thousand or more ("million", "lakh").
    fn big_scale(&self, w: &str) -> Option<f64> {
        self.scales.value(w).filter(|s| *s >= 1e3)
    }

    /// The scale word for a hundred, which multiplies the number before it
    /// and lets more follow ("three hundred and six").
    fn is_hundred(&self, w: &str) -> bool {
        self.scales.value(w) == Some(100.0)
    }

    /// The fraction word for one half ("more than half", "half a million").
    pub fn is_half(&self, w: &str) -> bool {
        self.fractions.value(w) == Some(2.0) && !w.ends_with('s')
    }

    /// A denominator word that stands alone: a fraction word or an ordinal
    /// from "third" up ("first" and "second" are not fractions).
    fn denominator_word(&self, w: &str) -> Option<f64> {
        self.fractions.value(w).or_else(|| self.ordinals.value(w).filter(|v| *v >= 3.0))
    }

    /// A denominator word, singular or plural ("third", "thirds", "twenty-fifths").
    fn denominator(&self, w: &str) -> Option<f64> {
        let singular = w.strip_suffix('s').unwrap_or(w);
        if let Some(v) = self.denominator_word(w).or_else(|| self.denominator_word(singular)) {
            return Some(v);
        }
        // "twenty-fifth", "twenty-first"
        let (t, u) = singular.split_once('-')?;
        let unit = self.ordinals.value(u).or_else(|| self.fractions.value(u)).filter(|v| *v < 10.0)?;
        Some(self.tens.value(t)? + unit)
    }

    /// A scale word after a number, in any case ("three hundred", "1.2 Million").
    fn scale_after(&self, t: &Token) -> Option<f64> {
        self.scales.value(&ascii_lower(t.text))
    }

    /// A small number word at a token, in any case ("Twenty").
    fn unit_token(&self, t: &Token) -> Option<f64> {
        self.units.value(&ascii_lower(t.text))
    }

    /// A group word after the article at `i` ("a dozen", "a score of"):
    /// its count and the last token it uses. "of" is the group's when
    /// things follow ("a score of cracks" is twenty cracks); "a dozen of
    /// the crew" is a part of the crew, left to the reader of parts.
    fn group_after_article(&self, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
        let group = self.group_token(tokens.get(i + 1)?)?;
        let of_things = tokens.get(i + 2).is_some_and(|t| t.text.eq_ignore_ascii_case("of"))
            && tokens.get(i + 3).is_some_and(|t| {
                let w = ascii_lower(t.text);
                t.is_word() && !self.function_words.has(&w) && self.small(&w).is_none()
            });
        Some((group, if of_things { i + 2 } else { i + 1 }))
    }

    /// How many percentages a sentence's words write ("40%", "40 per
    /// cent"): a cheap count, before a reader looks for shares.
    pub fn percent_marks(&self, tokens: &[Token], lower: &[LowerWord]) -> usize {
        (0..tokens.len())
            .filter(|&k| tokens[k].text == "%" || self.percent.longest_prefix(&lower[k..]).is_some())
            .count()
    }

    /// Whether a (lower-case) word begins a loose count ("scores",
    /// "several", "a").
    pub fn starts_loose(&self, w: &str) -> bool {
        self.loose_gate.firsts.contains(w)
    }

    /// A loose count at `i`: "scores of people" (40 or more), "a couple of
    /// hundred workers" (150 to 250), "several dozen" (36 to 108). Its
    /// interval and the token after it. A determiner before it ("the
    /// scores of both games") or after it ("scores of the matches") makes
    /// it no count.
    fn loose_at(&self, tokens: &[Token], i: usize) -> Option<(Interval, usize)> {
        let first = ascii_lower(tokens.get(i)?.text);
        if !self.loose.may_have(&first) && !self.loose_multipliers.may_have(&first) {
            return None;
        }
        let second = tokens.get(i + 1).map(|t| ascii_lower(t.text));
        if !self.loose_gate.may_start(&first, second.as_deref()) {
            return None;
        }
        let reach = (tokens.len() - i).min(LOOSE_REACH);
        let words: [Cow<'_, str>; LOOSE_REACH] =
            std::array::from_fn(|k| if k < reach { ascii_lower(tokens[i + k].text) } else { Cow::Borrowed("") });
        let words = &words[..reach];
        let det = |t: &Token| t.is_word() && self.determiners.has(&ascii_lower(t.text));
        if i > 0 && det(&tokens[i - 1]) {
            return None;
        }
        let range = |form: &str| -> Option<Interval> {
            let (lo, hi) = form.split_once("..")?;
            let hi = hi.trim();
            Some(Interval {
                lo: lo.trim().parse().ok()?,
                hi: if hi.is_empty() { f64::INFINITY } else { hi.parse().ok()? },
            })
        };
        if let Some((used, Entry::Form(f))) = self.loose.longest_prefix(words)
            && tokens.get(i + used).is_some_and(|t| t.is_word() && !det(t))
        {
            // "hundreds of millions of dollars": the loose count scales the
            // scale word after it.
            let k = i + used;
            let word = ascii_lower(tokens[k].text);
            let plural_scale = word.strip_suffix('s').and_then(|w| self.scales.value(w));
            if let Some(scale) = self.scales.value(&word).or(plural_scale) {
                let of = usize::from(tokens.get(k + 1).is_some_and(|t| t.text.eq_ignore_ascii_case("of")));
                return Some((range(f)?.scale(scale), k + 1 + of));
            }
            return Some((range(f)?, k));
        }
        if let Some((used, Entry::Form(f))) = self.loose_multipliers.longest_prefix(words) {
            let mut k = i + used;
            let t = tokens.get(k)?;
            let factor = self.scale_after(t).or_else(|| self.group_token(t))?;
            k += 1;
            if tokens.get(k).is_some_and(|t| t.text.eq_ignore_ascii_case("of")) {
                k += 1;
            }
            tokens.get(k).filter(|t| t.is_word() && !det(t))?;
            return Some((range(f)?.scale(factor), k));
        }
        None
    }

    /// A group word at a token ("a dozen").
    fn group_token(&self, t: &Token) -> Option<f64> {
        self.groups.value(&ascii_lower(t.text))
    }

    /// A fraction of a scale word at `i`: "a quarter of a million", "three
    /// quarters of a billion", "a third of a million". Its value and the
    /// token after it. ("half a million" is read with the other numbers.)
    pub fn fraction_of_scale(&self, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
        // Asked at every number: the fixed words first, compared in place.
        let is = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.text.eq_ignore_ascii_case(w));
        if !is(i + 2, "of") || !(is(i + 3, "a") || is(i + 3, "an")) {
            return None;
        }
        let word = |k: usize| tokens.get(k).map(|t| ascii_lower(t.text));
        let first = word(i)?;
        let count = match first.as_ref() {
            "a" | "an" | "one" => 1.0,
            w => self.small(w).filter(|v| (2.0..10.0).contains(v))?,
        };
        let den = self.denominator(&word(i + 1)?)?;
        let scale = tokens.get(i + 4).and_then(|t| self.scale_after(t)).filter(|s| *s >= 1e3)?;
        (count < den).then_some((count / den * scale, i + 5))
    }

    /// Reads a number starting at token `i`, if one starts there: a loose
    /// count ("scores of") or a number written out.
    pub fn number(&self, tokens: &[Token], i: usize) -> Option<ParsedNumber> {
        if tokens.get(i).is_some_and(Token::is_word)
            && let Some((value, end)) = self.loose_at(tokens, i)
        {
            return Some(ParsedNumber { value, unit: Unit::Count, start: i, end, in_words: true });
        }
        self.written_number(tokens, i)
    }

    /// A number in digits or words at token `i` ("1,850", "£4m", "three
    /// hundred", "a dozen").
    fn written_number(&self, tokens: &[Token], i: usize) -> Option<ParsedNumber> {
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
        if let Some((v, end)) = self.fraction_of_scale(tokens, i) {
            let unit = currency.map_or(Unit::Count, Unit::Money);
            return Some(ParsedNumber { value: Interval::point(v), unit, start, end, in_words: true });
        }
        let (mut value, decimals, in_words) = match first.kind {
            TokenKind::Number => {
                let digits = without_commas(first.text);
                let v: f64 = digits.parse().ok()?;
                if !v.is_finite() {
                    return None;
                }
                let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as i32);
                (v, decimals, false)
            }
            TokenKind::Word => {
                let lower = ascii_lower(first.text);
                match lower.as_ref() {
                    "a" | "an" if let Some((group, last)) = self.group_after_article(tokens, i) => {
                        i = last;
                        (group, 0, true)
                    }
                    w if tokens.get(i + 1).is_some_and(|t| t.text.eq_ignore_ascii_case("a")) && self.is_half(w) => {
                        let scale = tokens.get(i + 2).and_then(|t| self.scale_after(t)).filter(|s| *s >= 1e3)?;
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
                        let scale = tokens.get(i + 1).and_then(|t| self.scale_after(t))?;
                        i += 1;
                        (scale, 0, true)
                    }
                    _ => {
                        // The whole grammar of spelt numbers ("one hundred and
                        // sixty-one"); fractions are not counts.
                        let v = self.small(&lower)?;
                        match self.spelled_at(tokens, i).filter(|(s, e)| s.fract() == 0.0 && *s >= 0.0 && *e > i + 1) {
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
                tokens.get(i).and_then(|t| self.unit_token(t)).filter(|_| value >= 20.0 && value % 10.0 == 0.0)
            && (1.0..10.0).contains(&unit)
        {
            value += unit;
            i += 1;
        }
        let mut scale = 1.0;
        if let Some(s) = tokens.get(i).and_then(|t| self.scale_after(t)) {
            scale = s;
            i += 1;
        } else if let Some(t) = tokens.get(i).filter(|t| t.glued && t.is_word()) {
            let lower = t.text.to_ascii_lowercase();
            // "1MM": finance's million (a lower-case "mm" is millimetres).
            if let Some(s) = self.suffixes.value(&lower).or((t.text == "MM").then_some(1e6)) {
                // A bare "m" after a non-money number is metres unless a counted
                // noun follows ("1.2m people"); the caller decides, seeing the
                // words after. Here "m" scales only money and "m" + noun.
                // A capital "M" is million: metres are written lower case.
                let is_metres = t.text == "m" && currency.is_none() && !self.followed_by_noun(tokens, i + 1);
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
            let words: Vec<Cow<'_, str>> =
                tokens[i..tokens.len().min(i + 2)].iter().map(|t| ascii_lower(t.text)).collect();
            if t.is("%") && t.glued {
                unit = Unit::Percent;
                i += 1;
            } else if let Some((used, _)) = self.percent.longest_prefix(&words) {
                unit = Unit::Percent;
                i += used;
            } else if let Some((base, factor, used)) = self.measures.at(tokens, i) {
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
    fn followed_by_noun(&self, tokens: &[Token], i: usize) -> bool {
        tokens.get(i).is_some_and(|t| {
            let lower = t.text.to_ascii_lowercase();
            // "isn't", "wasn't": a verb.
            t.is_word() && !self.function_words.has(&lower) && !lower.ends_with("n't") && !lower.ends_with("n\u{2019}t")
        })
    }

    /// [`NumberWords::spelled`] lower-casing the tokens itself (those a
    /// spelt number at `i` can reach).
    fn spelled_at(&self, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
        let lower = lower_window(tokens, i, SPELLED_REACH);
        self.spelled(tokens, &lower, i)
    }

    /// [`NumberWords::spelled`] for a caller without the sentence's
    /// lower-case words, reading the tokens from `i` to `i + reach`
    /// (those after are not seen). The
    /// first token is asked before any word is lower-cased: most are no
    /// number, and the window costs one copy a capitalised word.
    pub fn spelled_within(&self, tokens: &[Token], i: usize, reach: usize) -> Option<(f64, usize)> {
        let tokens = &tokens[..tokens.len().min(i.saturating_add(reach))];
        let first = tokens.get(i)?;
        if !self.may_start_spelled_word(first, &crate::vocab::lower_word(first.text)) {
            return None;
        }
        let lower = lower_window(tokens, i, reach);
        self.spelled(tokens, &lower, i)
    }

    /// Reads a spelt-out number at token `i` (`lower` holds the tokens'
    /// words in lower case, one per token): its value and the index after
    /// it.
    pub fn spelled(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<(f64, usize)> {
        if !self.may_start_spelled(tokens, lower, i) {
            return None;
        }
        let r = Reader { n: self, tokens, lower };
        let (v, end) = r.read(i)?;
        if self.is_pronoun_one(tokens, i, end) {
            return None;
        }
        (end > i && v.is_finite()).then_some((v, end))
    }

    /// Whether a spelt number can start at `i`: every reading of the
    /// grammar starts with a sign, digits, "a", a number word ("twenty",
    /// "one-eighth"), a scale word ("a" before it: "a million") or a
    /// fraction word ("half"). A cheap test that spares the grammar the
    /// words of a sentence that are none of these.
    fn may_start_spelled(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> bool {
        match (tokens.get(i), lower.get(i)) {
            (Some(t), Some(w)) => self.may_start_spelled_word(t, w),
            _ => false,
        }
    }

    /// [`NumberWords::may_start_spelled`] of one token and its lower-case word.
    fn may_start_spelled_word(&self, t: &Token, w: &str) -> bool {
        t.kind == TokenKind::Number
            || matches!(w, "-" | "a" | "an")
            || self.small(crate::vocab::split_hyphen(w).map_or(w, |(a, _)| a)).is_some()
            || self.small(w).is_some()
            || self.scales.has(w)
            || self.fractions.has(w)
            || self.minus.has(w)
    }

    /// "the one you mentioned", "which one": "one" as a pronoun, not a number.
    fn is_pronoun_one(&self, tokens: &[Token], i: usize, end: usize) -> bool {
        end == i + 1
            && self.units.value(&crate::vocab::lower_word(tokens[i].text)) == Some(1.0)
            && i > 0
            && self.pronoun_heads.has(&crate::vocab::lower_word(tokens[i - 1].text))
    }
}

/// How many tokens a spelt number, a measure or a sum of money read at
/// one token can reach ("one hundred and twenty-three thousand four
/// hundred and fifty-six pounds").
pub const SPELLED_REACH: usize = 24;

/// The tokens' lower-case words, one per token, filled only from `from`
/// to `reach` tokens on (and the two before it): a reader asked at every
/// token of a sentence would otherwise lower-case the whole sentence at
/// each, which is quadratic in its length. The rest are empty (no
/// allocation), so indices stay the tokens'.
pub fn lower_window<'a>(tokens: &[Token<'a>], from: usize, reach: usize) -> Vec<LowerWord<'a>> {
    let lo = from.saturating_sub(2);
    let hi = tokens.len().min(from.saturating_add(reach));
    tokens
        .iter()
        .enumerate()
        .map(|(k, t)| if (lo..hi).contains(&k) { crate::vocab::lower_word(t.text) } else { LowerWord::Borrowed("") })
        .collect()
}

/// "1,850" as "1850": copied only when it has commas (the number reader
/// is asked at every token).
fn without_commas(text: &str) -> Cow<'_, str> {
    if text.contains(',') { text.chars().filter(|c| *c != ',').collect::<String>().into() } else { text.into() }
}

/// Reads a number starting at token `i` with the vocabulary in force.
pub fn read_number(vocab: &Vocabulary, tokens: &[Token], i: usize) -> Option<ParsedNumber> {
    NumberWords::new(vocab).number(tokens, i)
}

/// Value of a (lower-case) word number ("eight", "twenty-one") with the
/// vocabulary in force.
pub fn number_word(vocab: &Vocabulary, lower: &str) -> Option<f64> {
    NumberWords::new(vocab).small(lower)
}

/// A word in ASCII lower case, copied only when it has capitals.
fn ascii_lower(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(w.to_ascii_lowercase()) } else { Cow::Borrowed(w) }
}

fn is_currency(t: &Token) -> bool {
    t.kind == TokenKind::Symbol && matches!(t.text, "£" | "$" | "€")
}

/// The spelt-number grammar over one sentence's tokens.
struct Reader<'t, 'a, 'v> {
    n: &'t NumberWords<'v>,
    tokens: &'t [Token<'a>],
    lower: &'t [LowerWord<'t>],
}

impl Reader<'_, '_, '_> {
    fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w.as_ref())
    }

    /// Whether token `i` stands apart from the token before it.
    fn spaced(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.glued)
    }

    /// A small number word at `i` ("seven", "twenty-one"), or a tens word
    /// and a unit around a spaced hyphen ("fifty - two"): value and the
    /// next index.
    fn small_at(&self, i: usize) -> Option<(f64, usize)> {
        let v = self.n.small(self.w(i))?;
        if v >= 20.0
            && v % 10.0 == 0.0
            && self.w(i + 1) == "-"
            && self.spaced(i + 1)
            && self.spaced(i + 2)
            && let Some(u) = self.n.units.value(self.w(i + 2)).filter(|u| (1.0..10.0).contains(u))
        {
            return Some((v + u, i + 3));
        }
        Some((v, i + 1))
    }

    /// A reader of the tokens before `end` only.
    fn until(&self, end: usize) -> Reader<'_, '_, '_> {
        let end = end.min(self.tokens.len());
        Reader { n: self.n, tokens: &self.tokens[..end], lower: &self.lower[..end] }
    }

    /// A fraction whose denominator is an ordinal of several words: "three
    /// twenty firsts" (3/21), "one hundred thirty fifths" (100/35), "one
    /// one hundred and fifth" (1/105). The denominator is the longest run
    /// of number words before the ordinal that starts with a number (not
    /// a scale word) and leaves a whole number before it; its words must
    /// end in a round number the ordinal can follow ("twenty" + "fifth").
    fn compound_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let number_word = |w: &str| self.n.small(w).is_some() || self.n.scales.has(w) || w == "and" || w == "-";
        let mut m = i;
        while m < self.lower.len() && number_word(self.w(m)) {
            m += 1;
        }
        let ord_word = self.w(m);
        let plural = ord_word.ends_with('s');
        let singular = ord_word.strip_suffix('s').unwrap_or(ord_word);
        // "twenty firsts"; never "halves" or "quarters" ("one hundred and
        // three quarters" is a mixed number).
        let ord = if plural && self.n.ordinals.value(singular) == Some(1.0) {
            1.0
        } else if self.n.fractions.has(ord_word) || self.n.fractions.has(singular) {
            return None;
        } else {
            self.n.denominator(ord_word).filter(|d| *d < 100.0)?
        };
        for s in i + 1..m {
            if self.n.small(self.w(s)).is_none() {
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
            if self.n.big_scale(w).or_else(|| self.n.big_scale(w.strip_suffix('s').unwrap_or(w))).is_none() {
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
            } else if self.n.is_hundred(w) || (w.strip_suffix('s').is_some_and(|s| self.n.is_hundred(s)) && read_any) {
                current = Some(current.unwrap_or(1.0) * 100.0);
                last_small = None;
                read_any = true;
                j += 1;
            } else if let Some(s) = self.n.big_scale(w).or_else(|| self.n.big_scale(w.strip_suffix('s').unwrap_or(w))) {
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
            } else if (w == "a" || w == "an") && !read_any && self.n.scales.has(self.w(j + 1)) {
                current = Some(1.0);
                j += 1;
                read_any = true;
                last_small = Some(1.0);
                // the scale word multiplies this 1
                if self.n.is_hundred(self.w(j)) {
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
                let scaled_after = current.is_some_and(|c| c >= 100.0) && self.n.is_hundred(self.w(j + 2));
                // "3 hundred and 0": a zero is never the tail of a number.
                let zero = digit_next && self.tokens[j + 1].text == "0";
                // "three and two fifths" is a mixed number; "one hundred
                // and thirty fifths" is 130 fifths.
                // Halves, quarters and powers of ten stay mixed: "one
                // hundred and three quarters", "two hundred and fifty-four
                // hundredths".
                let common = self
                    .n
                    .denominator(self.w(j + 2))
                    .is_some_and(|d| d == 2.0 || d == 4.0 || (d >= 10.0 && d.log10().fract() == 0.0));
                let mixed =
                    self.n.denominator(self.w(j + 2)).is_some() && (common || current.is_none_or(|c| c < 100.0));
                if (self.n.small(next).is_some() || digit_next) && !mixed && !scaled_after && !zero {
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
            && let (Some(n), Some(d)) = (self.n.small(a), self.n.denominator(b))
        {
            return Some((n / d, i + 1));
        }
        let (num, mut j) = match self.w(i) {
            "a" | "an" => (1.0, i + 1),
            w => (self.n.small(w)?, i + 1),
        };
        // "one - fourth", "five - eighths"
        if self.w(j) == "-"
            && self.spaced(j)
            && self.spaced(j + 1)
            && self.n.denominator(self.w(j + 1)).is_some()
            && num >= 1.0
        {
            j += 1;
        }
        let d = self.n.denominator(self.w(j))?;
        // "two thirds", "one third"; but "two millionth" is a count and an
        // ordinal, not a fraction ("half" has no plural in use).
        if num > 1.0 && !self.w(j).ends_with('s') && !self.n.is_half(self.w(j)) {
            return None;
        }
        Some((num / d, j + 1))
    }

    fn read(&self, i: usize) -> Option<(f64, usize)> {
        // Signs.
        let glued_number = |k: usize| self.tokens.get(k).is_some_and(|t| t.glued && t.kind == TokenKind::Number);
        let (sign, i) = match self.w(i) {
            w if self.n.minus.has(w) => (-1.0, i + 1),
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
        if let Some(d) = self.n.fractions.value(self.w(i)).filter(|_| !self.w(i).ends_with('s')) {
            let part = 1.0 / d;
            let k = if matches!(self.w(i + 1), "a" | "an") { i + 2 } else { i + 1 };
            if let Some(s) = self.n.big_scale(self.w(k)).or_else(|| self.n.groups.value(self.w(k))) {
                return Some((sign * part * s, k + 1));
            }
        }
        // "half" on its own: "more than half".
        if self.n.is_half(self.w(i))
            && !matches!(self.w(i + 1), "a" | "an" | "of")
            && self.n.denominator(self.w(i + 1)).is_none()
        {
            let scaled = self.n.big_scale(self.w(i + 1)).is_some() || self.n.groups.has(self.w(i + 1));
            if !scaled {
                return Some((sign * 0.5, i + 1));
            }
        }
        // Fractions on their own: "two thirds", "a half", "three quarters".
        if let Some((f, j)) = self.fraction(i) {
            // "two thirds of a million"
            if self.w(j) == "of"
                && matches!(self.w(j + 1), "a" | "an")
                && let Some(s) = self.n.big_scale(self.w(j + 2))
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
            if let Some(s) = self.n.big_scale(self.w(j)) {
                v = if read_scale.is_some_and(|r| r > s) { whole + f * s } else { v * s };
                j += 1;
            } else if let Some(s) = read_scale {
                v = whole + f * s;
            }
        } else if let Some(d) = self.n.denominator(self.w(j)).filter(|_| self.w(j).ends_with('s') && j > i + 1) {
            // "twenty one fifths", "one hundred and thirty-two fifths"
            v /= d;
            j += 1;
        } else if self.n.decimal_points.has(self.w(j)) {
            // "two hundred point zero three", "point seventy-one"
            let mut digits = String::new();
            let mut k = j + 1;
            while let Some(d) = self.n.small(self.w(k)) {
                digits.push_str(&format!("{}", d as u32));
                k += 1;
            }
            if !digits.is_empty() {
                v += format!("0.{digits}").parse::<f64>().ok()?;
                j = k;
            }
        } else if let Some(g) = self.n.groups.value(self.w(j)) {
            // "three hundred and two dozen" is 300 and 24.
            match self.n.small(self.w(j.wrapping_sub(1))).filter(|_| j >= i + 3 && self.w(j - 2) == "and") {
                Some(y) => v += (g - 1.0) * y,
                None => v *= g,
            }
            j += 1;
        } else if let Some(d) = self
            .w(j)
            .split_once('-')
            .filter(|(h, d)| self.n.is_hundred(h) && d.ends_with('s'))
            .and_then(|(_, d)| self.n.denominator(d))
        {
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
        (i..j).filter_map(|k| self.n.big_scale(self.w(k))).reduce(f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn read(s: &str) -> Option<(f64, f64, Unit)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        read_number(Vocabulary::shipped(), &toks, 0).map(|p| (p.value.lo, p.value.hi, p.unit))
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
        assert_eq!(read("$21MM a year").map(|r| f64::midpoint(r.0, r.1)), Some(21e6));
        assert_eq!(read("2mil people").map(|r| f64::midpoint(r.0, r.1)), Some(2e6));
        assert_eq!(read("1m isn't much").map(|r| r.2), Some(Unit::Measure("m")));
        assert_eq!(read("the"), None);
        assert_eq!(read("a house"), None);
    }

    fn spelt(s: &str) -> Option<f64> {
        let t = tokenize(s, Span::new(0, s.len()));
        NumberWords::new(Vocabulary::shipped()).spelled_at(&t, 0).map(|(v, _)| v)
    }

    #[test]
    fn grammar() {
        assert_eq!(spelt("one hundred and sixty-one"), Some(161.0));
        assert_eq!(spelt("two hundred and two thousand"), Some(202_000.0));
        assert_eq!(spelt("4 thousand 3 hundred and 21"), Some(4321.0));
        assert_eq!(spelt("three and a half"), Some(3.5));
        assert_eq!(spelt("two thirds").map(|v| (v * 1000.0).round()), Some(667.0));
        assert_eq!(spelt("five and a half million"), Some(5_500_000.0));
        assert_eq!(spelt("3 million and a half"), Some(3_500_000.0));
        assert_eq!(spelt("nine point zero four"), Some(9.04));
        assert_eq!(spelt("minus five"), Some(-5.0));
        assert_eq!(spelt("half a dozen"), Some(6.0));
        assert_eq!(spelt("three dozen"), Some(36.0));
        assert_eq!(spelt("one out of four"), Some(0.25));
        assert_eq!(spelt("a thousand"), Some(1000.0));
        assert_eq!(spelt("the"), None);
    }

    #[test]
    fn compound_ordinals_and_spaced_hyphens() {
        assert_eq!(spelt("fifty - two"), Some(52.0));
        assert_eq!(spelt("one - fourth"), Some(0.25));
        assert_eq!(spelt("one hundred and thirty fifths"), Some(26.0));
        assert_eq!(spelt("twenty twenty fifths"), Some(0.8));
        assert_eq!(spelt("one one hundred and fifth").map(|v| (v * 105.0).round()), Some(1.0));
        assert_eq!(spelt("twenty one fifths"), Some(4.2));
        assert_eq!(spelt("three and two fifths"), Some(3.4));
        assert_eq!(spelt("three lakh crore"), Some(3e12));
        assert_eq!(spelt("two million three thousand"), Some(2_003_000.0));
        assert_eq!(spelt("one hundred and three quarters"), Some(100.75));
        assert_eq!(spelt("three hundred and two dozens"), Some(324.0));
        assert_eq!(spelt("ninety - five hundred-fifths"), Some(1900.0));
    }
}
