//! Surface forms of quantities that the plain number reader leaves to the
//! figure reader: money named by a word or code ("615 million pounds",
//! "USD 3.2bn"), temperatures ("23 degrees Fahrenheit", "minus 11C"),
//! durations used as amounts ("four years and five months", "a 44-month
//! sentence"), measures in a compound ("a 1,850-metre runway"), ordinals
//! ("the 9th season") and fractions in words ("nearly a quarter of").
//!
//! Each is read into a [`ParsedNumber`] with a unit the figure kinds
//! compare: money by its sign, temperatures in °C, durations in seconds,
//! measures in their base unit, ordinals as ordinals (never against a
//! cardinal), fractions as percentages.

use crate::normalise::duration::{DurationWords, NEWS_CALENDAR, TimeUnit, read_duration_with};
use crate::normalise::interval::Interval;
use crate::normalise::measure::MeasureWords;
use crate::normalise::money::MoneyWords;
use crate::normalise::number::{NumberWords, ParsedNumber, Unit};
use crate::normalise::temperature::TemperatureWords;
use crate::segment::tokens::Token;
use crate::vocab::LowerWord;
use crate::vocab::{ListedWords, SievedMap, Vocabulary, WordList};

/// The unit of a temperature, in degrees Celsius.
pub const CELSIUS: Unit = Unit::Measure("°C");
/// The unit of a duration used as an amount, in seconds.
pub const SECONDS: Unit = Unit::Measure("s");
/// The unit of an ordinal: a place in a series, compared only with places.
pub const ORDINAL: Unit = Unit::Measure("th");

/// Which special form a number was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Form {
    Money,
    Temperature,
    Duration,
    /// A measure the plain reader does not read ("half a mile", "5 ft 2 in").
    Measure,
    /// A measure in a compound modifier ("a 30-mile trip").
    CompoundMeasure,
    Ordinal,
    /// A share as a fraction ("a quarter of", "two-thirds of").
    Fraction,
    /// A share as so many in a number ("one in eight", "nine out of 10",
    /// "one card in every four"): a rate per that number, where a
    /// percentage is a rate per hundred (since claims 1.6).
    Ratio,
    /// How often something is done ("once a fortnight", "six times a
    /// year", "every six hours"), keyed on what it is done to and by whom
    /// (since claims 1.4).
    Frequency,
}

/// A number read in one of the special forms.
#[derive(Debug, Clone, Copy)]
pub struct Special {
    pub num: ParsedNumber,
    pub form: Form,
}

/// The lists the special forms are read with, fetched once.
pub struct FormWords<'v> {
    money: MoneyWords<'v>,
    temperature: TemperatureWords<'v>,
    durations: DurationWords<'v>,
    measures: MeasureWords<'v>,
    fractions: &'v WordList,
    /// "the", "its": "half the crew" takes its whole without "of".
    determiners: &'v WordList,
    ordinal_suffixes: &'v WordList,
    month_names: &'v WordList,
    time_units: &'v WordList,
    /// The words a figure can begin with (of the listed words, those
    /// [`FormWords::starts_figure_word`] accepts), tabulated once a run.
    starters: SievedMap<()>,
}

impl<'v> FormWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        let words = FormWords {
            money: MoneyWords::new(vocab),
            temperature: TemperatureWords::new(vocab),
            durations: DurationWords::new(vocab),
            measures: MeasureWords::new(vocab),
            fractions: vocab.list("fraction-nouns"),
            determiners: vocab.list("adjective-determiners"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            month_names: vocab.list("month-names"),
            time_units: vocab.list("time-units"),
            starters: SievedMap::default(),
        };
        let starters =
            vocab.listed().words().filter(|w| words.starts_figure_word(w)).map(|w| (w.to_string(), ())).collect();
        FormWords { starters, ..words }
    }

    fn numbers(&self) -> &NumberWords<'v> {
        self.durations.numbers()
    }

    /// A unit of measure right after token `j` ("a litre", "per tonne"):
    /// with a rate word at `j`, the denominator of a price.
    pub fn measure_unit_at(&self, tokens: &[Token], j: usize) -> bool {
        self.measures.at(tokens, j).is_some()
    }

    /// A fraction noun, alone or hyphenated ("third", "three-quarters").
    pub fn is_fraction_noun(&self, w: &str) -> bool {
        self.fractions.has(w) || crate::vocab::split_hyphen(w).is_some_and(|(_, f)| self.fractions.has(f))
    }
}

/// The lower-case word at `i` (empty past the sentence's end), borrowed
/// from the sentence's own lower-case words: the readers here run at every
/// token, so none makes its own copy.
fn lower_at<'l>(lower: &'l [LowerWord], i: usize) -> &'l str {
    lower.get(i).map_or("", |w| w.as_ref())
}

impl FormWords<'_> {
    /// Whether a temperature, a sum of money or a measure can start at
    /// token `i` (`lower` the sentence's lower-case words): a number, a
    /// sign, a number word, "a"/"an"/"half" ("a mile", "half a mile"), a
    /// minus word, or a currency word or code ("USD 40"). The readers are
    /// asked at every token and each looks ahead; most words start none
    /// of them. Debug builds read every refused position in full and fail
    /// if one did start there.
    fn may_start_quantity(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> bool {
        let t = &tokens[i];
        !t.is_word() || self.money.names_money_as_written(t) || self.starts_quantity_word(&lower[i])
    }

    /// The part of [`FormWords::may_start_quantity`] that the lower-case
    /// word decides.
    fn starts_quantity_word(&self, w: &str) -> bool {
        matches!(w, "a" | "an")
            || self.numbers().small(w).is_some()
            || self.numbers().scale_word(w).is_some()
            || self.numbers().is_half(w)
            || self.temperature.minus.has(w)
            || self.money.names_money_word(w)
            || crate::vocab::split_hyphen(w).is_some_and(|(first, _)| self.numbers().small(first).is_some())
            || self.numbers().starts_loose(w)
    }

    /// Whether a figure can begin at a (lower-case) word, whatever its
    /// letters' case: a quantity's, a fraction's, an ordinal's or a
    /// duration's first word.
    fn starts_figure_word(&self, w: &str) -> bool {
        self.durations.may_start_word(w)
            || self.fractions.has(w)
            || self.numbers().ordinal(w).is_some()
            || self.starts_quantity_word(w)
    }

    /// Whether any figure can start at token `i`: a number or a sign, or a
    /// word one of the readers begins with (a quantity's, a fraction's, an
    /// ordinal's or a duration's first word). Nearly every word of a
    /// sentence starts none, and each reader asked there would look its
    /// word up in several lists; debug builds read every refused position
    /// in full and fail if a figure did start there.
    pub fn may_start_figure(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> bool {
        let (t, w) = (&tokens[i], lower[i].as_ref());
        if !t.is_word() || self.money.names_money_as_written(t) {
            return true;
        }
        // Every word a reader begins with is in one of its lists, so the
        // table of listed words that begin one answers in one lookup; a
        // word with a hyphen or a curly apostrophe, which no list holds as
        // written, is asked of the lists themselves.
        if !ListedWords::as_listed(w) {
            return self.starts_figure_word(w);
        }
        let found = self.starters.contains(w);
        debug_assert_eq!(found, self.starts_figure_word(w), "the figure starters disagree with the lists on `{w}`");
        found
    }
}

/// A number in one of the special forms starting at token `i` (`lower`
/// the sentence's lower-case words, one per token).
pub fn special_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    // Part of a fraction, a date or a time ("4-1/2", "21:40", "2017/18").
    let glued_to = |k: usize| tokens.get(k).is_some_and(|t| t.glued && matches!(t.text, "/" | ":" | "."));
    if (i > 0 && tokens[i].glued && matches!(tokens[i - 1].text, "/" | ":")) || glued_to(i + 1) {
        return None;
    }
    if let Some(s) = fraction_at(w, tokens, lower, i) {
        return Some(s);
    }
    if let Some(s) = ratio_at(w, tokens, lower, i) {
        return Some(s);
    }
    if let Some(s) = duration_at(w, tokens, lower, i) {
        return Some(s);
    }
    let quantity =
        || temperature_at(w, tokens, i).or_else(|| money_at(w, tokens, lower, i)).or_else(|| measure_at(w, tokens, i));
    if w.may_start_quantity(tokens, lower, i) {
        if let Some(s) = quantity() {
            return Some(s);
        }
    } else {
        debug_assert!(
            quantity().is_none(),
            "a quantity starts at `{}`, which may_start_quantity refuses: add its first word to a list it reads",
            tokens[i].text
        );
    }
    if !tokens.get(i).is_some_and(Token::is_number) {
        return ordinal_word_at(w, tokens, lower, i);
    }
    let n = w.numbers().number(tokens, i)?;
    if n.unit != Unit::Count || n.in_words {
        return None;
    }
    let end = n.end;
    // "1,850-metre", "30-mile": a measure in a compound modifier.
    if tokens.get(end).is_some_and(|t| t.glued && t.is("-"))
        && tokens.get(end + 1).is_some_and(|t| t.glued)
        && let Some((base, factor, used)) = w.measures.at(tokens, end + 1)
    {
        let half = 0.5 * 10f64.powi(-decimals(tokens[i].text));
        let v = Interval::new(n.value.lo - half, n.value.hi + half).scale(factor);
        let num = ParsedNumber { value: v, unit: Unit::Measure(base), end: end + 1 + used, ..n };
        return Some(Special { num, form: measure_form(tokens, i, end + 1 + used) });
    }
    // "9th", "the 23rd": an ordinal, unless a date ("14th June", "June
    // 14th", "the 14th of June").
    if tokens.get(end).is_some_and(|t| t.glued && t.is_word()) && w.ordinal_suffixes.has(lower_at(lower, end)) {
        let after = lower_at(lower, end + 1);
        let before = i.checked_sub(1).map_or("", |p| lower_at(lower, p));
        let dated = w.month_names.has(after)
            || w.month_names.has(before)
            || (after == "of" && w.month_names.has(lower_at(lower, end + 2)));
        if dated {
            return None;
        }
        let num = ParsedNumber { unit: ORDINAL, end: end + 1, ..n };
        return Some(Special { num, form: Form::Ordinal });
    }
    None
}

/// "minus 11C", "five degrees Celsius", "-4°C": a temperature on a named
/// scale, in °C, rounded to the written degree. A bare "40 degrees" says
/// no scale and is left to the plain reader.
fn temperature_at(w: &FormWords, tokens: &[Token], i: usize) -> Option<Special> {
    let t = w.temperature.read(w.numbers(), tokens, i)?;
    let scale = t.scale?;
    let v = Interval::new(t.value - 0.5, t.value + 0.5);
    let in_words = !tokens[t.start..t.end].iter().any(Token::is_number);
    let num = ParsedNumber { value: scale.interval_to_celsius(v), unit: CELSIUS, start: t.start, end: t.end, in_words };
    Some(Special { num, form: Form::Temperature })
}

/// Money the plain reader does not read: words and codes ("40 pounds",
/// "five million yen", "USD 3.2bn"), a sign set apart or prefixed ("$ 75
/// million", "C$16m"), compounds ("three pounds fifty"). "£4.5m" stays
/// with the plain reader.
fn money_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    let m = w.money.read_in(w.numbers(), tokens, lower, i)?;
    let plain = w.numbers().number(tokens, i).is_some_and(|n| n.unit == m.unit && n.end >= m.end);
    (!plain).then_some(Special { num: m, form: Form::Money })
}

/// Measures the plain reader does not read: "a mile", "half a mile",
/// "10 1/2 miles", "a six-mile trip", "5 ft 2 in". A speed with its
/// period in words ("miles an hour") is left to the rate reader.
fn measure_at(w: &FormWords, tokens: &[Token], i: usize) -> Option<Special> {
    let q = w.measures.quantity_at(w.numbers(), tokens, i).filter(|q| !q.per_time)?;
    let unit = Unit::Measure(q.base);
    let plain = w.numbers().number(tokens, i).is_some_and(|n| n.unit == unit && n.end >= q.end);
    if plain {
        return None;
    }
    let num = ParsedNumber { value: q.value, unit, start: q.start, end: q.end, in_words: !tokens[i].is_number() };
    let compound = tokens[q.start..q.end].iter().any(|t| t.text.contains('-'));
    Some(Special { num, form: if compound { measure_form(tokens, q.start, q.end) } else { Form::Measure } })
}

/// A hyphened measure ("2.5-mile") is a compound modifier when a word
/// (or another modifier) follows it and it is not the value of an "of" ("a 2.5-mile route", not
/// "a length of 2.5-mile").
fn measure_form(tokens: &[Token], start: usize, end: usize) -> Form {
    let before_of = start.checked_sub(1).is_some_and(|p| tokens[p].text.eq_ignore_ascii_case("of"));
    // "the 11-inch and 13-inch models", "13-inch, 15-inch MacBooks": one
    // of coordinated modifiers, whose noun comes after the last.
    let joiner =
        tokens.get(end).is_some_and(|t| matches!(t.text.to_ascii_lowercase().as_str(), "," | "and" | "or" | "/"));
    let coordinated = joiner && tokens.get(end + 1).is_some_and(Token::is_number);
    let noun_after = tokens.get(end).is_some_and(|t| t.is_word() && !joiner);
    if (noun_after || coordinated) && !before_of { Form::CompoundMeasure } else { Form::Measure }
}

fn decimals(text: &str) -> i32 {
    text.split_once('.').map_or(0, |(_, f)| i32::try_from(f.len()).unwrap_or(0))
}

/// "the fifth edition": an ordinal word from three on ("first" and
/// "second" are too often other words).
fn ordinal_word_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    tokens.get(i).filter(|t| t.is_word())?;
    let v = w.numbers().ordinal(lower_at(lower, i)).filter(|v| *v >= 3.0)?;
    // A fraction ("a third of") or a date ("the fifth of May") is not a place.
    let next = lower_at(lower, i + 1);
    let prev = i.checked_sub(1).map_or("", |p| lower_at(lower, p));
    if next == "of" || matches!(prev, "a" | "one" | "two" | "three") || w.month_names.has(next) {
        return None;
    }
    let num = ParsedNumber { value: Interval::point(v), unit: ORDINAL, start: i, end: i + 1, in_words: true };
    Some(Special { num, form: Form::Ordinal })
}

/// "a quarter of", "two thirds of", "half of": a share, as a percentage
/// ("a quarter of a million" is a number, which the number reader reads).
fn fraction_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    let first = lower_at(lower, i);
    // "three-quarters of", "two-thirds of": the count and the fraction
    // noun written as one word.
    if let Some((n, f)) = crate::vocab::split_hyphen(first)
        && let Some(count) = w.numbers().small(n).filter(|v| (1.0..10.0).contains(v))
        && let Some(share) = w.fractions.value(f)
        && lower_at(lower, i + 1) == "of"
        && !matches!(lower_at(lower, i + 2), "a" | "an")
    {
        let v = count * share * 100.0;
        if v > 100.0 {
            return None;
        }
        let num = ParsedNumber { value: Interval::point(v), unit: Unit::Percent, start: i, end: i + 1, in_words: true };
        return Some(Special { num, form: Form::Fraction });
    }
    let (count, at) = match first {
        "a" | "an" | "one" => (1.0, i + 1),
        _ if w.fractions.has(first) => (1.0, i),
        _ => (w.numbers().small(first).filter(|v| (2.0..10.0).contains(v))?, i + 1),
    };
    let noun = lower_at(lower, at);
    let share = w.fractions.value(noun)?;
    let next = lower_at(lower, at + 1);
    let half_the = noun == "half" && w.determiners.has(next) && !matches!(next, "a" | "an");
    if next != "of" && !half_the {
        return None;
    }
    let v = count * share * 100.0;
    if v > 100.0 || w.numbers().fraction_of_scale(tokens, i).is_some() {
        return None;
    }
    let num = ParsedNumber { value: Interval::point(v), unit: Unit::Percent, start: i, end: at + 1, in_words: true };
    Some(Special { num, form: Form::Fraction })
}

/// "one in five", "1 in 20", "one in every 50", "one out of ten", "three
/// in ten", "nine out of 10", "one card in every four": a share, as a
/// percentage (20%, 5%, 2%, 10%, 30%, 90%, 25%). Not "one in 2019" (a
/// year), "two in 20 minutes" (a rate), "one woman in town".
fn ratio_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    let numerator = match lower_at(lower, i) {
        "one" | "1" => 1.0,
        first => {
            let n = w.numbers().small(first).or_else(|| tokens[i].is_number().then(|| first.parse().ok()).flatten())?;
            (n >= 1.0 && n.fract() == 0.0).then_some(n)?
        }
    };
    let opens = |k: usize| match (lower_at(lower, k), lower_at(lower, k + 1)) {
        ("in", _) => Some(k + 1),
        ("out", "of") => Some(k + 2),
        _ => None,
    };
    // "one card in every four": the thing between the share's numbers.
    let noun = ratio_noun(lower, i).is_some()
        && tokens.get(i + 1).is_some_and(|t| t.is_word() && !t.text.starts_with(char::is_uppercase));
    let mut k = match opens(i + 1) {
        Some(k) => k,
        None if noun => i + 3,
        None => return None,
    };
    if lower_at(lower, k) == "every" {
        k += 1;
    }
    let n = w.numbers().number(tokens, k).filter(|n| n.unit == Unit::Count && n.value.lo == n.value.hi)?;
    let den = n.value.lo;
    let year_like = tokens[k].is_number() && tokens[k].text.len() == 4 && (1800.0..=2100.0).contains(&den);
    let after = lower_at(lower, n.end);
    if den < 2.0 || den <= numerator || year_like || w.month_names.has(after) || w.time_units.has(after) {
        return None;
    }
    let num = ParsedNumber {
        value: Interval::point(100.0 * numerator / den),
        unit: Unit::Percent,
        start: i,
        end: n.end,
        in_words: true,
    };
    Some(Special { num, form: Form::Ratio })
}

/// The thing written between a share's numbers ("card" of "one card in
/// every four"), as a token index, when the share at `start` has one.
pub fn ratio_noun(lower: &[LowerWord], start: usize) -> Option<usize> {
    (matches!(lower_at(lower, start), "one" | "1") && lower_at(lower, start + 2) == "in").then_some(start + 1)
}

/// "four years and five months", "a 44-month sentence", "a year and a
/// half": a duration, in seconds, rounded to half its smallest written
/// unit. Ages ("a 27-year-old") are not durations.
fn duration_at(w: &FormWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<Special> {
    let t = tokens.get(i)?;
    if !(t.is_number() || t.is_word()) {
        return None;
    }
    let p = read_duration_with(&w.durations, tokens, i).filter(|p| p.end > i)?;
    // The last token must be a unit of time (not "a few", not a bare number).
    let last = lower_at(lower, p.end - 1);
    let ends_in_unit = w.time_units.has(last)
        || last.split('-').next_back().is_some_and(|u| w.time_units.has(u))
        || tokens.get(p.end - 1).is_some_and(|t| t.is_word() && !t.text.is_empty());
    if !ends_in_unit {
        return None;
    }
    // "27-year-old", "a 40-year-old man": an age.
    if lower_at(lower, p.end).starts_with("old")
        || (tokens.get(p.end).is_some_and(|t| t.is("-")) && lower_at(lower, p.end + 1).starts_with("old"))
        || lower_at(lower, p.end - 1).ends_with("-old")
    {
        return None;
    }
    let seconds = p.duration.seconds(NEWS_CALENDAR);
    let smallest = p.duration.parts.iter().map(|&(_, u)| unit_seconds(u)).fold(f64::INFINITY, f64::min);
    let half = if smallest.is_finite() { 0.5 * smallest } else { 0.0 };
    let num = ParsedNumber {
        value: Interval::new(seconds - half, seconds + half),
        unit: SECONDS,
        start: i,
        end: p.end,
        in_words: !t.is_number(),
    };
    Some(Special { num, form: Form::Duration })
}

fn unit_seconds(u: TimeUnit) -> f64 {
    crate::normalise::duration::Duration { parts: vec![(1.0, u)] }.seconds(NEWS_CALENDAR)
}
