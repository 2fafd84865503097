//! Rates in the forms news writes them, beyond "N things a day": what a
//! rate is counted per is read by the figure reader; this module reads
//! the rest of the class, so that one rate written over different periods
//! or in different units meets on one key and one base.
//!
//! - one thing "every N minutes": "a ferry leaves every 20 minutes" is
//!   72 a day, "a lorry every five minutes" 12 an hour;
//! - unit rates: "450 litres a second" and "1,620 cubic metres an hour"
//!   are volumes per day in litres ("cubic" before a unit of length makes
//!   it a volume); a length per second, minute or hour is a speed, and
//!   "17,900 mph" a rate of miles an hour: both are miles per day;
//! - money rates keyed on what the money is for ("£900 a week in mooring
//!   rent", "service charges of £46,800 a year") or on the word that says
//!   what happens to it ("savings of £3m a year", "would save
//!   £250,000 a month"): writers converting a rate to another period keep
//!   the noun or the verb, rarely the rest of the clause.

use super::figure::{Figure, Form, Period, Scope};
use crate::normalise::interval::{Hedge, HedgeTable, Interval};
use crate::normalise::number::{NumberWords, Unit};
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::fast_hash::FastSet;
use crate::vocab::{LowerWord, Vocabulary, WordList};

/// The word of one-in-N frequencies ("every other day", "every six
/// hours"), as the "a ferry every 20 minutes" reader reads it too.
const EVERY: &str = "every";

/// Where the clause holding token `at` starts: after the last comma,
/// semicolon, colon or bracket before it.
fn clause_start(tokens: &[Token], at: usize) -> usize {
    (0..at).rev().find(|&k| is_clause_mark(&tokens[k])).map_or(0, |k| k + 1)
}

fn is_clause_mark(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "(" | ")")
}

/// Metres in a mile: speeds are compared in mph.
const METRES_PER_MILE: f64 = 1609.344;
/// The unit "mph" is read in (rules/words/numbers.toml, speed-units).
const MPH: &str = "mph";
/// Speeds are rates of miles: "mph" is miles an hour, "km/s" a length a
/// second; both become miles per day, so they meet each other.
const MILE: &str = "mile";
/// Days in the calendar year rates are counted in, and in a year of 52
/// weeks.
const YEAR_DAYS: f64 = 365.25;
const WEEKS_YEAR_DAYS: f64 = 364.0;
/// Litres in a cubic metre.
const LITRES_PER_CUBIC_METRE: f64 = 1000.0;

/// The word lists the rate reader uses, fetched once per article.
pub struct RateWords<'v> {
    numbers: NumberWords<'v>,
    time_units: &'v WordList,
    length_units: &'v WordList,
    cubic: &'v WordList,
    rate_periods: &'v WordList,
    rate_adjectives: &'v WordList,
    purpose: &'v WordList,
    function_words: &'v WordList,
    verb_like_nouns: &'v WordList,
    reflexives: &'v WordList,
    auxiliaries: &'v WordList,
    /// "once", "twice"; "times"; "other" in "every other day"; "a", "per"
    /// between a count and its period.
    frequency_words: &'v WordList,
    frequency_nouns: &'v WordList,
    frequency_skips: &'v WordList,
    frequency_joiners: &'v WordList,
    /// Past forms not in -ed ("took", "gave"): a frequency's verb.
    irregular: &'v WordList,
    /// "the", "its": what a frequency is done to is a noun after one.
    determiners: &'v WordList,
    /// The words a frequency can turn on ("every", "once", "times"): one
    /// lookup a token before the lists are asked.
    frequency_starts: FastSet<String>,
}

impl<'v> RateWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        RateWords {
            numbers: NumberWords::new(vocab),
            time_units: vocab.list("time-units"),
            length_units: vocab.list("length-units"),
            cubic: vocab.list("cubic-words"),
            rate_periods: vocab.list("rate-periods"),
            rate_adjectives: vocab.list("rate-adjectives"),
            purpose: vocab.list("rate-purpose-words"),
            function_words: vocab.list("function-words"),
            verb_like_nouns: vocab.list("verb-like-nouns"),
            reflexives: vocab.list("reflexive-pronouns"),
            auxiliaries: vocab.list("predicate-auxiliaries"),
            frequency_words: vocab.list("frequency-words"),
            frequency_nouns: vocab.list("frequency-nouns"),
            frequency_skips: vocab.list("frequency-skips"),
            frequency_joiners: vocab.list("frequency-rate-words"),
            irregular: vocab.list("irregular-past-forms"),
            determiners: vocab.list("adjective-determiners"),
            frequency_starts: ["frequency-words", "frequency-nouns"]
                .iter()
                .flat_map(|l| vocab.list(l).phrases())
                .map(str::to_string)
                .chain(std::iter::once(EVERY.to_string()))
                .collect(),
        }
    }

    /// A content word: not a function word, not punctuation or a number.
    fn content(&self, t: &Token, w: &str) -> bool {
        t.is_word() && !self.function_words.has(w)
    }
}

/// The word a rate is keyed on when nothing names what it counts: the
/// stem without "-ing" or a final "e", so that "savings", "saving" and
/// "save", "losing" and "lose" meet.
fn head(word: &str) -> String {
    let s = stem(word);
    let s = if s.len() > 5 { s.strip_suffix("ing").map_or(s.clone(), str::to_string) } else { s };
    s.trim_end_matches('e').to_string()
}

/// The token index where a figure's words start (its hedge or number).
fn start_of(tokens: &[Token], f: &Figure) -> Option<usize> {
    tokens.iter().position(|t| t.span.start == f.span.start)
}

/// Reads the rates of one sentence that the figure reader leaves to this
/// module, and refines the rates it read: `fresh` are the figures it read
/// in this sentence. `scope` reads a figure's scope from the token range
/// of its words; `running_count` says whether the sentence speaks of a
/// running count (asked only of a rate found here).
pub fn rates_in_sentence(
    read: &Sentence<'_>,
    hedges: &HedgeTable,
    words: &RateWords,
    fresh: &mut [Figure],
    scope: &dyn Fn(usize, usize) -> Scope,
    running_count: &dyn Fn() -> bool,
    out: &mut Vec<Figure>,
) {
    for f in fresh.iter_mut() {
        if f.rate.is_some() {
            refine(read, words, f);
        } else if f.unit == Unit::Measure(MPH) {
            // "17,900 mph" is a rate: miles an hour, per day like any rate.
            f.value = f.value.scale(24.0);
            f.unit = Unit::Measure(MILE);
            f.rate = Some(Period::Hour);
        }
    }
    let before = out.len();
    every_rates(read, hedges, words, scope, running_count, out);
    let every_read: Vec<usize> = out[before..].iter().map(|f| f.span.end).collect();
    frequency_rates(read, hedges, words, scope, running_count, &every_read, out);
}

/// How often a thing is done: "inspectors visited the kitchen once a
/// fortnight", "six times a year", "the dressing was changed every other
/// day", "every six hours". Occasions per day, keyed on the head of what
/// is done to (the word before the frequency), the verb and the doer; a
/// frequency is a round figure ("once a fortnight" is also said "twice a
/// month"), so an unhedged one reads as "about". `every_read` are the ends
/// of the "a ferry every 20 minutes" rates already read.
fn frequency_rates(
    read: &Sentence<'_>,
    hedges: &HedgeTable,
    words: &RateWords,
    scope: &dyn Fn(usize, usize) -> Scope,
    running_count: &dyn Fn() -> bool,
    every_read: &[usize],
    out: &mut Vec<Figure>,
) {
    let (tokens, lower) = (&read.tokens, &read.lower);
    for k in 0..tokens.len() {
        if !words.frequency_starts.contains(lower[k].as_ref()) {
            continue;
        }
        let Some((start, count, period, end)) = frequency_at(words, tokens, lower, k) else { continue };
        if every_read.contains(&tokens[end - 1].span.end) {
            continue;
        }
        let clause = clause_start(tokens, start);
        // What it is done to: a noun phrase ("the kitchen", "its main
        // pump") right before the frequency, and a verb before that. An
        // adverbial "every day" after anything else ("getting worse every
        // day", "wracked the city every day") is no count of occasions.
        let Some(object) = start.checked_sub(1).filter(|&q| q >= clause && words.content(&tokens[q], &lower[q])) else {
            continue;
        };
        let determined = (object.saturating_sub(3).max(clause)..object).any(|q| words.determiners.has(&lower[q]));
        let verb = (clause..object).rev().find(|&q| {
            let w = lower[q].as_ref();
            tokens[q].is_word() && (looks_like_verb_with(words.verb_like_nouns, w) || words.irregular.has(w))
        });
        if !determined || verb.is_none() {
            continue;
        }
        let agent = verb.and_then(|v| {
            let mut q = v.checked_sub(1)?;
            while q > clause && words.auxiliaries.has(&lower[q]) {
                q -= 1;
            }
            (q >= clause && words.content(&tokens[q], &lower[q])).then(|| stem(&lower[q]))
        });
        let before: Vec<&str> = lower[start.saturating_sub(3)..start].iter().map(std::convert::AsRef::as_ref).collect();
        let hedge = match hedges.find(&before) {
            Some((Hedge::Exact, _)) | None => Hedge::About,
            Some((h, _)) => h,
        };
        let value = hedge.apply(count, &hedges.widths).scale(1.0 / period.days());
        out.push(Figure {
            span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
            value,
            hedge,
            unit: Unit::Count,
            rate: Some(period),
            thing: None,
            thing_span: Some(tokens[object].span),
            predicate: None,
            lead: None,
            subject: None,
            scope: scope(clause, end),
            sentence: read.span,
            running_count: running_count(),
            purpose: None,
            head: Some(stem(&lower[object])),
            verb: verb.map(|v| stem(&lower[v])),
            agent,
            stock: false,
            form: Some(Form::Frequency),
            paired_count: None,
            of_whole: None,
            share: None,
            sides: Vec::new(),
        });
    }
}

/// A frequency starting at `k`: its first token, the occasions counted,
/// their period and the token after it. "once a week", "three times per
/// shift", "every other day" (one in two), "every six hours" (one in six).
fn frequency_at(
    words: &RateWords,
    tokens: &[Token],
    lower: &[LowerWord],
    k: usize,
) -> Option<(usize, Interval, Period, usize)> {
    let w = lower[k].as_ref();
    let period_at = |p: usize| lower.get(p).and_then(|l| Period::from_list(words.rate_periods, l));
    if w == EVERY {
        // "every other day", "every six hours", "every week".
        let (count, unit_at) =
            match (words.frequency_skips.value(lower.get(k + 1)?), words.numbers.number(tokens, k + 1)) {
                (Some(n), _) => (n, k + 2),
                (None, Some(n)) if n.unit == Unit::Count && n.value.lo >= 1.0 => (n.value.lo, n.end),
                (None, Some(_)) => return None,
                (None, None) => (1.0, k + 1),
            };
        let seconds = words.time_units.value(lower.get(unit_at)?)?;
        let period = Period::of_seconds(seconds)?;
        return Some((k, Interval::point(1.0 / count), period, unit_at + 1));
    }
    // "once a week", "twice a day".
    if let Some(n) = words.frequency_words.value(w)
        && lower.get(k + 1).is_some_and(|r| words.frequency_joiners.has(r))
    {
        return Some((k, Interval::point(n), period_at(k + 2)?, k + 3));
    }
    // "six times a year": the count before "times".
    if words.frequency_nouns.has(w) && lower.get(k + 1).is_some_and(|r| words.frequency_joiners.has(r)) {
        let period = period_at(k + 2)?;
        let n = (k.saturating_sub(3)..k)
            .filter_map(|s| words.numbers.number(tokens, s))
            .find(|n| n.end == k && n.unit == Unit::Count)?;
        return Some((n.start, n.value, period, k + 3));
    }
    None
}

/// Unit rates into one base, and a key for rates with nothing counted.
fn refine(read: &Sentence<'_>, words: &RateWords, f: &mut Figure) {
    let (tokens, lower) = (&read.tokens, &read.lower);
    let Some(start) = start_of(tokens, f) else { return };
    let Some(num_end) = tokens.iter().position(|t| t.span.end == f.span.end).map(|k| k + 1) else { return };
    // "1,620 cubic metres an hour": a volume, in litres.
    if f.unit == Unit::Count
        && lower.get(num_end).is_some_and(|w| words.cubic.has(w))
        && let Some(metres) = lower.get(num_end + 1).and_then(|w| words.length_units.value(w))
    {
        f.value = f.value.scale(metres.powi(3) * LITRES_PER_CUBIC_METRE);
        f.unit = Unit::Measure("l");
        f.thing = None;
        f.thing_span = None;
        f.span = Span::new(f.span.start, tokens[num_end + 1].span.end);
    }
    // "8 kilometres per second": a speed. Lengths a day or a year are
    // rates of growth or rainfall, not speeds, and stay rates; but one
    // advance is written by the hour in one report and by the day in
    // another ("3 feet an hour", "150 feet a day"), so every length rate
    // takes the speeds' unit, and only the key tells a speed from a rise.
    if f.unit == Unit::Measure("m") && f.rate.is_some() {
        f.value = f.value.scale(1.0 / METRES_PER_MILE);
        f.unit = Unit::Measure(MILE);
        if matches!(f.rate, Some(Period::Second | Period::Minute | Period::Hour)) {
            return;
        }
    }
    // A year of 52 weeks (364 days) is how writers convert weekly sums
    // to yearly ones ("£2,000 a week" is "£104,000 a year"), and a month
    // a twelfth of it: months and years reach that far.
    if matches!(f.rate, Some(Period::Month | Period::Quarter | Period::Year)) {
        f.value.hi *= YEAR_DAYS / WEEKS_YEAR_DAYS;
    }
    if f.thing.is_none() {
        if matches!(f.unit, Unit::Money(_)) {
            f.purpose = purpose(read, words, f, start);
        }
        let key = f.purpose.as_deref().and_then(|p| p.rsplit(' ').next()).map(head);
        let agent = matches!(f.unit, Unit::Money(_)).then(|| agent(read, words, start)).flatten();
        f.subject = key.or(agent).or_else(|| key_word(read, words, start)).or(f.subject.take());
    }
}

/// Whether two rates can be one: unless both name a purpose and they
/// share no word ("rent" and "rates"; "pension income" and "in
/// pension" share one). Two money rates keyed only on who pays or is
/// paid ("Pell drew", "Pell took") may be two sums of one
/// person: they are taken as one only within a factor of
/// [`AGENT_RATIO`], the reach of a conversion gone wrong, not of a salary
/// against a rent.
pub fn same_rate(a: &Figure, b: &Figure) -> bool {
    let purposes = match (&a.purpose, &b.purpose) {
        (Some(x), Some(y)) => x.split(' ').any(|w| y.split(' ').any(|v| v == w)),
        _ => true,
    };
    let by_agent = |f: &Figure| f.subject.as_deref().is_some_and(|s| s.starts_with(AGENT));
    let near = || {
        let (x, y) = (a.value.lo + a.value.hi, b.value.lo + b.value.hi);
        x.min(y) > 0.0 && x.max(y) / x.min(y) <= AGENT_RATIO
    };
    let same_lead = a.lead.is_some() && a.lead == b.lead;
    purposes && (!(by_agent(a) && by_agent(b)) || same_lead || near())
}

/// How far apart two money rates of one named agent may be and still be
/// taken as one sum.
const AGENT_RATIO: f64 = 3.0;
/// Marks a rate key that is the name of who pays or is paid.
const AGENT: char = '@';

/// Who pays or is paid: the name right before the verb of a money rate
/// ("Pell awarded herself £900 a week", "Pell took about £2,000 a
/// week"), as a key marked with [`AGENT`].
fn agent(read: &Sentence<'_>, words: &RateWords, start: usize) -> Option<String> {
    let (tokens, lower) = (&read.tokens, &read.lower);
    let mut k = start.checked_sub(1)?;
    while k > 0 && words.reflexives.has(&lower[k]) {
        k -= 1;
    }
    // The verb, then any auxiliaries before it.
    let verb = &tokens[k];
    if !verb.is_word() || !verb.text.starts_with(char::is_lowercase) || words.function_words.has(&lower[k]) {
        return None;
    }
    k = k.checked_sub(1)?;
    while k > 0 && words.auxiliaries.has(&lower[k]) {
        k -= 1;
    }
    let name = &tokens[k];
    (name.is_word() && name.text.starts_with(char::is_uppercase) && !words.function_words.has(&lower[k]))
        .then(|| format!("{AGENT}{}", lower[k].trim_end_matches("'s")))
}

/// What the money of a money rate is for: "£900 a week in service
/// charges", or "service charges of £46,800 a year"; its head word is the
/// rate's key. It is a key, not the thing counted: "in pension" and "in
/// pension income" may name one sum.
fn purpose(read: &Sentence<'_>, words: &RateWords, f: &Figure, start: usize) -> Option<String> {
    let (tokens, lower) = (&read.tokens, &read.lower);
    let noun_run = |from: usize| -> Vec<usize> {
        (from..tokens.len().min(from + 3))
            .take_while(|&k| {
                words.content(&tokens[k], &lower[k])
                    && !looks_like_verb_with(words.verb_like_nouns, &lower[k])
                    && !words.time_units.has(&lower[k])
            })
            .collect()
    };
    // After the rate's period: "in", "on", "for" and a noun.
    let after = tokens
        .iter()
        .position(|t| t.span.start >= f.span.end)
        .and_then(|k| {
            (k..(k + 4).min(tokens.len())).find(|&j| {
                let w = lower[j].as_ref();
                words.time_units.has(w) || words.rate_periods.has(w) || words.rate_adjectives.has(w)
            })
        })
        .map(|p| p + 1)
        .filter(|&p| lower.get(p).is_some_and(|w| words.purpose.has(w) && w != "of"))
        .map(|p| noun_run(p + 1))
        .filter(|r| !r.is_empty());
    // Before the figure: "rent of £46,800".
    let before = (start >= 2 && lower[start - 1] == "of")
        .then(|| {
            let end = start - 1;
            let first = (end.saturating_sub(2)..end)
                .find(|&k| (k..end).all(|j| words.content(&tokens[j], &lower[j]) && !tokens[j].glued))?;
            Some((first..end).collect::<Vec<_>>())
        })
        .flatten()
        .filter(|r| !r.is_empty());
    after.or(before).map(|run| run.iter().map(|&k| stem(&lower[k])).collect::<Vec<_>>().join(" "))
}

/// The word a rate with nothing counted is keyed on: the nearest content
/// word before the figure ("save roughly £2m", "pumps shifting").
fn key_word(read: &Sentence<'_>, words: &RateWords, start: usize) -> Option<String> {
    let (tokens, lower) = (&read.tokens, &read.lower);
    (0..start)
        .rev()
        .take_while(|&k| !is_clause_mark(&tokens[k]))
        .find(|&k| words.content(&tokens[k], &lower[k]))
        .map(|k| head(&lower[k]))
}

/// "a ferry leaves every 20 minutes": one thing every N units of
/// time, as a rate per day of the thing named after "a", "an" or "one"
/// earlier in the clause.
fn every_rates(
    read: &Sentence<'_>,
    hedges: &HedgeTable,
    words: &RateWords,
    scope: &dyn Fn(usize, usize) -> Scope,
    running_count: &dyn Fn() -> bool,
    out: &mut Vec<Figure>,
) {
    let (tokens, lower) = (&read.tokens, &read.lower);
    for e in 0..tokens.len() {
        if lower[e] != EVERY {
            continue;
        }
        // "every 20 minutes", "every minute".
        let (count, unit_at) = match words.numbers.number(tokens, e + 1) {
            Some(n) if n.unit == Unit::Count => (n.value, n.end),
            Some(_) => continue,
            None => (Interval::point(1.0), e + 1),
        };
        let Some(seconds) = lower.get(unit_at).and_then(|w| words.time_units.value(w)) else { continue };
        if count.lo <= 0.0 {
            continue;
        }
        // The one thing: "a"/"an"/"one" and a noun, in the clause before.
        let clause = clause_start(tokens, e);
        let Some(det) = (clause..e).find(|&k| {
            matches!(lower[k].as_ref(), "a" | "an" | "one")
                && tokens.get(k + 1).is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase))
        }) else {
            continue;
        };
        if (det..e).any(|k| tokens[k].is_number()) {
            continue;
        }
        // A singular noun phrase: after its first word, a word ending in
        // "-s" is its verb ("a ferry leaves").
        let noun: Vec<usize> = (det + 1..e)
            .take_while(|&k| {
                let w = lower[k].as_ref();
                let third_person = k > det + 1
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is");
                words.content(&tokens[k], w)
                    && !third_person
                    && !looks_like_verb_with(words.verb_like_nouns, w)
                    && !words.time_units.has(w)
            })
            .take(3)
            .collect();
        if noun.is_empty() {
            continue;
        }
        // The period of the rate is the unit's; its value one per N units.
        let Some(period) = Period::of_seconds(seconds) else { continue };
        let per_unit = Interval::new(1.0 / count.hi, 1.0 / count.lo);
        let before: Vec<&str> = lower[e.saturating_sub(3)..e].iter().map(std::convert::AsRef::as_ref).collect();
        let (hedge, used) = hedges.find(&before).unwrap_or((Hedge::Exact, 0));
        let value = hedge.apply(per_unit, &hedges.widths).scale(1.0 / period.days());
        let span = Span::new(tokens[e - used].span.start, tokens[unit_at].span.end);
        out.push(Figure {
            span,
            value,
            hedge,
            unit: Unit::Count,
            rate: Some(period),
            thing: Some(noun.iter().map(|&k| stem(&lower[k])).collect::<Vec<_>>().join(" ")),
            thing_span: Some(Span::new(tokens[noun[0]].span.start, tokens[noun[noun.len() - 1]].span.end)),
            predicate: None,
            lead: None,
            subject: None,
            scope: scope(det, unit_at + 1),
            sentence: read.span,
            running_count: running_count(),
            purpose: None,
            // No verb or agent is read for "one every N minutes": it keys
            // on its thing, like the figures before head keys.
            head: None,
            verb: None,
            agent: None,
            stock: false,
            form: None,
            paired_count: None,
            of_whole: None,
            share: None,
            sides: Vec::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::figure::{FigureWords, figures_in_sentence_with};
    use super::*;

    fn figs(s: &str) -> Vec<Figure> {
        let mut out = Vec::new();
        let rules = crate::engine::shipped_rules();
        figures_in_sentence_with(&Sentence::whole(s), &rules.hedges, &FigureWords::new(&rules.vocab), &mut out);
        out
    }

    fn per_day(f: &Figure) -> f64 {
        f64::midpoint(f.value.lo, f.value.hi)
    }

    #[test]
    fn one_every_n_minutes_is_a_rate() {
        let f = figs("A ferry leaves the quay every 20 minutes, the operator said.");
        let f = f.iter().find(|f| f.rate.is_some()).expect("a rate");
        assert_eq!(f.thing.as_deref(), Some("ferry"));
        assert!((per_day(f) - 72.0).abs() < 1e-6, "{f:?}");
        assert!(figs("He checks the gauges every 20 minutes.").iter().all(|f| f.rate.is_none()));
    }

    #[test]
    fn unit_rates_meet_in_one_base() {
        let a = &figs("Tankers were pumping 500 litres a second from the quarry.")[0];
        let b = &figs("Tankers were pumping 1,800 cubic metres an hour from the quarry.")[0];
        assert_eq!((a.unit, b.unit), (Unit::Measure("l"), Unit::Measure("l")));
        assert!((per_day(a) - per_day(b)).abs() < 1.0, "{a:?} {b:?}");
        let s = &figs("The capsule was travelling at 8 kilometres per second.")[0];
        let t = &figs("The capsule was travelling at 17,895 mph over the ocean.")[0];
        assert_eq!(
            (s.unit, s.rate, t.unit, t.rate),
            (Unit::Measure(MILE), Some(Period::Second), Unit::Measure(MILE), Some(Period::Hour))
        );
        assert!((per_day(s) - per_day(t)).abs() < 30.0, "{s:?} {t:?}");
    }

    #[test]
    fn money_rates_are_keyed_on_purpose_and_verb() {
        let a = &figs("The tenants pay £700 a week in service charges on the tower.")[0];
        let b = &figs("The service charges of £36,400 a year are due in March.")[0];
        assert_eq!((a.subject.as_deref(), b.subject.as_deref()), (Some("charg"), Some("charg")));
        let c = &figs("The firm expects to save about £2m a month.")[0];
        let d = &figs("It promised savings of £24m a year.")[0];
        assert_eq!(c.subject, d.subject);
    }
}
