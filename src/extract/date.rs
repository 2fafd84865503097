//! Event dates: a date with the event it is the date of ("the talks
//! collapsed on 4 May", "the dam burst on Tuesday"), resolved
//! against the article's publication date.
//!
//! The event is what the clause says happened: its verb (put into a class,
//! so "fell apart" and "collapsed" meet), the word before the verb (its
//! subject) and the words between the verb and the date (its object).
//! Dates of saying ("said on Tuesday", "published today") are not events.

use jiff::civil::Date;

use crate::normalise::date::{DateExpr, DateRange, DateWords, Lean, NumericOrder, parse_date_lower};
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// One dated event as one article tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDate {
    /// The date words ("on 31 October"): what a label points at.
    pub span: Span,
    /// The verb's class ("collapse").
    pub verb: String,
    /// Subject and object stems ("talk", "acas").
    pub words: Vec<String>,
    /// Every day or range the date can mean (two for "on Friday" when the
    /// tense does not say which Friday).
    pub readings: Vec<DateRange>,
    /// The words name the day outright ("3 May 2021", not "on Friday").
    pub absolute: bool,
    /// People named up to the date ("ann lowe"): two events naming
    /// different people are two events.
    pub names: Vec<String>,
    pub sentence: Span,
}

/// The word lists event dates read (rules/words/dates.toml), fetched
/// once from the vocabulary in force.
pub struct EventWords<'v> {
    /// Month and weekday names, relative days and the rest of the date
    /// reader's words.
    pub dates: DateWords<'v>,
    /// Past forms that do not end in -ed, and their verbs.
    irregular: &'v WordList,
    /// Verbs of saying and publishing (stems): their dates are not the event's.
    reporting: Vec<&'v str>,
    /// Verbs that name one event in several words or forms.
    classes: &'v WordList,
    particles: &'v WordList,
    /// Words that start a new clause: a verb before one is another event's.
    joiners: &'v WordList,
    /// Words that put a verb after them in another tense.
    modals: &'v WordList,
    /// Words before a date that make it a bound ("since April").
    bounds: &'v WordList,
    times_of_day: &'v WordList,
    time_adverbs: &'v WordList,
    function_words: &'v WordList,
    time_units: &'v WordList,
    /// Nouns that end like verbs ("meeting").
    verb_like_nouns: &'v WordList,
}

impl<'v> EventWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        EventWords {
            dates: DateWords::new(vocab),
            irregular: vocab.list("irregular-past-forms"),
            reporting: vocab.list("reporting-verbs").phrases(),
            classes: vocab.list("event-verb-classes"),
            particles: vocab.list("verb-particles"),
            joiners: vocab.list("clause-joiners"),
            modals: vocab.list("modal-words"),
            bounds: vocab.list("date-bound-words"),
            times_of_day: vocab.list("times-of-day"),
            time_adverbs: vocab.list("time-adverbs"),
            function_words: vocab.list("function-words"),
            time_units: vocab.list("time-units"),
            verb_like_nouns: vocab.list("verb-like-nouns"),
        }
    }

    /// The verb at `k`, if it is one: its stem and whether it is a past form.
    fn verb_at(&self, lower: &str) -> Option<(String, bool)> {
        if let Some(s) = self.irregular.form(lower) {
            return Some((s.to_string(), true));
        }
        if lower.len() > 4 && lower.ends_with("ed") && self.looks_like_verb(lower) {
            return Some((stem(lower), true));
        }
        None
    }

    fn looks_like_verb(&self, lower: &str) -> bool {
        looks_like_verb_with(self.verb_like_nouns, lower)
    }

    /// The class of a verb ("collapsed" and "fell apart" meet in
    /// "collapse"): its stem and particle, or its stem, in
    /// `event-verb-classes`; else the verb as written.
    fn verb_class(&self, stem: &str, particle: Option<&str>) -> String {
        let phrase = particle.map(|p| format!("{stem} {p}"));
        if let Some(c) = phrase.as_deref().and_then(|p| self.classes.form(p)).or_else(|| self.classes.form(stem)) {
            return c.to_string();
        }
        phrase.unwrap_or_else(|| stem.to_string())
    }

    /// A word that can be an event's subject or object: not a function
    /// word, nor a date or time word.
    fn content(&self, t: &Token, lower: &str) -> bool {
        t.is_word()
            && lower.len() > 2
            && !self.function_words.has(lower)
            && !self.dates.is_month(lower)
            && !self.time_units.has(lower)
            && !self.dates.is_weekday_name(lower)
            && self.dates.relative_day(lower).is_none()
            && !self.times_of_day.has(lower)
            && !self.time_adverbs.has(lower)
    }
}

fn is_break(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "(" | ")" | "–" | "—")
}

/// Reads the dated events of one sentence.
/// `order` says how an all-number date (03/04/2025) is read, from the
/// rules files' `[dates] order`.
pub fn event_dates_in_sentence(
    read: &Sentence<'_>,
    published: Option<Date>,
    order: NumericOrder,
    words: &EventWords,
    out: &mut Vec<EventDate>,
) {
    let (tokens, lower, sentence) = (&read.tokens[..], &read.lower[..], read.span);
    let mut i = 0;
    while i < tokens.len() {
        let Some(p) = parse_date_lower(tokens, lower, i, order, &words.dates) else {
            i += 1;
            continue;
        };
        let next = p.end.max(i + 1);
        if let Some(e) = event_for(words, tokens, lower, &p.expr, p.start, p.end, sentence, published) {
            out.push(e);
        }
        i = next;
    }
}

#[allow(clippy::too_many_arguments)]
fn event_for(
    words_of: &EventWords,
    tokens: &[Token],
    lower: &[String],
    expr: &DateExpr,
    start: usize,
    end: usize,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    // "three years ago" is a rough date: not compared. "The next day" is
    // relative to the story, not to the article's date.
    if matches!(expr, DateExpr::Shift { .. }) {
        return None;
    }
    if matches!(expr, DateExpr::Offset(_)) && words_of.dates.relative_day(&lower[start]).is_none() {
        return None;
    }
    // "since April", "until Friday", "by 3 May": not the day of the event.
    if start > 0 && words_of.bounds.has(&lower[start - 1]) {
        return None;
    }
    // "on the 4th": a day with no month is too loose in news ("the fourth
    // quarter").
    if matches!(expr, DateExpr::Day { month: None, .. }) {
        return None;
    }
    // The clause: back to a comma or a joiner ("after", "when", "and").
    let clause_start =
        (0..start).rev().find(|&k| is_break(&tokens[k]) || words_of.joiners.has(&lower[k])).map_or(0, |p| p + 1);
    // The verb: the nearest past form before the date in its clause, with
    // no modal or other date between ("could tie next week" is not "lost").
    let (vk, (vstem, past)) = (clause_start..start).rev().find_map(|k| words_of.verb_at(&lower[k]).map(|v| (k, v)))?;
    // Another date, a modal or a verb in -ing between them: the date
    // belongs to something else ("won in 2005 for hosting it in 2004").
    let other_verb = |k: usize| lower[k].len() > 5 && lower[k].ends_with("ing") && words_of.looks_like_verb(&lower[k]);
    let year = |k: usize| {
        tokens[k].is_number() && tokens[k].text.len() == 4 && tokens[k].text.bytes().all(|b| b.is_ascii_digit())
    };
    if (vk + 1..start).any(|k| {
        words_of.modals.has(&lower[k])
            || words_of.dates.is_weekday_name(&lower[k])
            || words_of.dates.is_month(&lower[k])
            || year(k)
            || other_verb(k)
    }) {
        return None;
    }
    if words_of.reporting.iter().any(|r| vstem.starts_with(r)) {
        return None;
    }
    // "expected to return on Sunday", "planned to open on 3 May": the
    // event is the verb after "to", and it lies ahead.
    let infinitive = (lower.get(vk + 1).is_some_and(|w| w == "to") && vk + 2 < start && tokens[vk + 2].is_word())
        .then(|| stem(&lower[vk + 2]));
    let ahead = infinitive.is_some();
    let (vk, vstem, past) = match infinitive {
        Some(v) => (vk + 2, v, false),
        None => (vk, vstem, past),
    };
    let particle = lower.get(vk + 1).map(String::as_str).filter(|w| words_of.particles.has(w));
    let verb = words_of.verb_class(&vstem, particle);
    // Subject: the nearest content word before the verb; object: the
    // content words between the verb and the date.
    let mut words: Vec<String> = Vec::new();
    if let Some(k) = (clause_start..vk)
        .rev()
        .find(|&k| words_of.content(&tokens[k], &lower[k]) && words_of.verb_at(&lower[k]).is_none())
    {
        words.push(stem(&lower[k]));
    }
    for k in vk + 1..start {
        if words_of.content(&tokens[k], &lower[k]) && Some(lower[k].as_str()) != particle {
            words.push(stem(&lower[k]));
        }
    }
    words.sort();
    words.dedup();
    if words.is_empty() {
        return None;
    }
    // Only what has happened: plans and forecasts change, and their dates
    // are not contradictions.
    let future = ahead || (vk.saturating_sub(3)..vk).any(|k| words_of.modals.has(&lower[k]) || lower[k] == "due");
    if future || !past {
        return None;
    }
    let readings = past_readings(expr, published, lower, start);
    if readings.is_empty() {
        return None;
    }
    let date_start =
        if start > 0 && matches!(lower[start - 1].as_str(), "on" | "in" | "since") { start - 1 } else { start };
    Some(EventDate {
        span: Span::new(tokens[date_start].span.start, tokens[end - 1].span.end),
        verb,
        words,
        readings,
        absolute: expr.is_absolute(),
        names: people_in(words_of, tokens, lower, 0, end),
        sentence,
    })
}

/// The days a past event's date can mean, read against the article's
/// publication date.
fn past_readings(expr: &DateExpr, published: Option<Date>, lower: &[String], start: usize) -> Vec<DateRange> {
    let lean = Some(Lean::Past);
    let mut readings = expr.readings(published, lean);
    // "today" and "yesterday" in an article stamped after midnight, or
    // updated the next day, may mean the day before its date.
    if matches!(expr, DateExpr::Offset(_)) {
        for r in &mut readings {
            r.first = r.first.yesterday().unwrap_or(r.first);
        }
    }
    // A past event cannot start after its article was published.
    if let Some(p) = published {
        readings.retain(|r| r.first <= p);
    }
    // "on 7 and 8 May": the first day shares the second's month.
    if let DateExpr::Day { year, month: Some(m), day } = *expr
        && start >= 2
        && matches!(lower[start - 1].as_str(), "and" | "to" | "-" | "–")
        && let Ok(d1) = lower[start - 2].parse::<i8>()
        && (1..day).contains(&d1)
    {
        let first = DateExpr::Day { year, month: Some(m), day: d1 };
        let firsts = first.readings(published, lean);
        readings = readings
            .iter()
            .zip(firsts.iter())
            .map(|(b, a)| DateRange { first: a.first.min(b.first), last: a.last.max(b.last) })
            .collect();
    }
    readings
}

/// People named in a clause: two or more capitalised words in a row
/// ("Ann Lowe"), not after "the" ("the New Town Council" is a body).
fn people_in(words: &EventWords, tokens: &[Token], lower: &[String], from: usize, to: usize) -> Vec<String> {
    let cap = |k: usize| {
        tokens[k].is_word() && tokens[k].text.starts_with(char::is_uppercase) && words.content(&tokens[k], &lower[k])
    };
    let mut people = Vec::new();
    let mut k = from;
    while k < to {
        if cap(k) && (k == 0 || lower[k - 1] != "the") && !(k > 0 && cap(k - 1)) {
            let mut e = k;
            while e < to && cap(e) {
                e += 1;
            }
            if e - k >= 2 {
                people.push(lower[k..e].join(" "));
            }
            k = e;
        } else {
            k += 1;
        }
    }
    people.sort();
    people.dedup();
    people
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn events(s: &str, published: Option<Date>) -> Vec<EventDate> {
        let mut out = Vec::new();
        let words = EventWords::new(Vocabulary::shipped());
        event_dates_in_sentence(&Sentence::whole(s), published, NumericOrder::DayFirst, &words, &mut out);
        out
    }

    #[test]
    fn reads_event_and_date() {
        let e = &events("Talks at the depot fell apart on 4 May.", Some(date(2021, 5, 9)))[0];
        assert_eq!(e.verb, "collapse");
        assert_eq!(e.words, vec!["depot".to_string()]);
        assert_eq!(e.readings, vec![DateRange::day(date(2021, 5, 4))]);
        let e = &events("The dam burst on Friday.", Some(date(2021, 5, 9)))[0];
        assert_eq!(e.readings, vec![DateRange::day(date(2021, 5, 7))]);
        assert!(events("The mayor said on Friday that the dam held.", Some(date(2021, 5, 9))).is_empty());
        assert!(events("The dam burst on Friday.", None).is_empty());
        assert!(events("The ferries are expected to resume on Friday.", Some(date(2021, 5, 9))).is_empty());
        assert!(
            events("The ferry sank and was raised after divers failed on Friday.", Some(date(2021, 5, 9)))[0].verb
                == "fail"
        );
        assert!(events("The ferry has sailed daily since 3 May.", Some(date(2021, 5, 9))).is_empty());
    }

    #[test]
    fn verb_classes_are_extendable() {
        let said = "Talks at the depot broke down on 4 May.";
        assert_eq!(events(said, Some(date(2021, 5, 9)))[0].verb, "break down");
        let mut vocab = Vocabulary::shipped().clone();
        vocab.add("event-verb-classes", "break down", crate::vocab::Entry::Form("collapse".into())).expect("declared");
        let mut out = Vec::new();
        let words = EventWords::new(&vocab);
        event_dates_in_sentence(
            &Sentence::whole(said),
            Some(date(2021, 5, 9)),
            NumericOrder::DayFirst,
            &words,
            &mut out,
        );
        assert_eq!(out[0].verb, "collapse");
    }
}
