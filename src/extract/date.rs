//! Event dates: a date with the event it is the date of ("the talks
//! collapsed on 4 May", "the dam burst on Tuesday"), resolved
//! against the article's publication date.
//!
//! The event is what the clause says happened: its verb (put into a class,
//! so "fell apart" and "collapsed" meet), the word before the verb (its
//! subject) and the words between the verb and the date (its object).
//! Dates of saying ("said on Tuesday", "published today") are not events.

use crate::vocab::LowerWord;
use jiff::ToSpan;
use jiff::civil::Date;

use crate::normalise::date::{DateExpr, DateRange, DateWords, Lean, NumericOrder, PeriodUnit, SentenceDates};
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// One dated event as one article tells it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// The subject's key word when the clause names one before its verb
    /// ("the aftershock shook"): two events whose subjects differ, each
    /// absent from the other's words, are two events.
    pub subject: Option<String>,
    /// The words of a clause a joiner opens right after the date ("when
    /// a crane toppled at the dock"): with a pronoun for a subject, they
    /// say which event.
    pub context: Vec<String>,
    /// A plan ("a hearing set for 4 March"), not something that happened:
    /// compared only between articles published days apart.
    pub planned: bool,
    /// The words give a calendar day or month ("3 May", "the 17th", "in
    /// March 2023", "Easter Monday"), not a weekday or a day counted from
    /// the article's date ("on Tuesday", "last night").
    pub calendar: bool,
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
    /// Words that put an event on the calendar ahead ("set for", "due on").
    schedule: &'v WordList,
    /// Nouns that name one kind of event ("walkout" is a "strike").
    noun_classes: &'v WordList,
    /// Subjects that name the doer, not the event ("bosses", "the team"):
    /// no subject that keeps two events apart.
    agents: &'v WordList,
    /// "first", "last": a subject they pick out ("the last caver") is
    /// another event than the same noun with another one.
    selectors: &'v WordList,
    /// "noon", "dawn", "9pm": a time of day after "before" or "after"
    /// ("shortly before noon on Wednesday") is part of the date's phrase,
    /// not a new clause.
    clock_points: &'v WordList,
    clock_nouns: &'v WordList,
    clock_words: &'v WordList,
    clock_hedges: &'v WordList,
    /// Words opening a clause that tells an event's circumstances ("when").
    context_joiners: &'v WordList,
    /// "and", "but": a clause opening with its verb after one shares the
    /// subject of the clause before.
    coordinating: &'v WordList,
    /// "was", "had": the start of a verb ("had been closed").
    auxiliaries: &'v WordList,
    /// Verbs that take their event from a noun ("held a vote").
    light_verbs: &'v WordList,
    /// Nouns that name an event, and the past form of its verb ("vote" is
    /// "voted"): after a light verb, or alone before "on D" / "of D".
    event_nouns: &'v WordList,
    /// "another", "a separate": an event noun after one is not the story's.
    other_event: &'v WordList,
    /// What "issued" can issue without it being an event ("a statement").
    statement_nouns: &'v WordList,
    /// "the", "a", "its": a past form after one is an adjective ("the
    /// bonded warehouse").
    determiners: &'v WordList,
    /// "ago": a shift counted back from the article's date.
    ago_words: &'v WordList,
    /// "as of", "so far": a date of a running count.
    running: &'v WordList,
    /// Bare nouns after "to" ("reopened to traffic", "taken to hospital"):
    /// the "to" is a preposition, not an infinitive's.
    bare_to_nouns: &'v WordList,
    /// "not", "never": with "until D", the event happened on D.
    negations: &'v WordList,
    /// "until", "till": the bound a negation turns into the event's day.
    negated_bounds: &'v WordList,
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
            schedule: vocab.list("schedule-words"),
            noun_classes: vocab.list("event-noun-classes"),
            agents: vocab.list("event-agent-nouns"),
            selectors: vocab.list("event-selector-words"),
            clock_points: vocab.list("clock-points"),
            clock_nouns: vocab.list("clock-nouns"),
            clock_words: vocab.list("clock-words"),
            clock_hedges: vocab.list("clock-hedges"),
            context_joiners: vocab.list("event-context-joiners"),
            coordinating: vocab.list("coordinating-joiners"),
            auxiliaries: vocab.list("event-auxiliaries"),
            light_verbs: vocab.list("light-verbs"),
            event_nouns: vocab.list("event-nouns"),
            statement_nouns: vocab.list("statement-nouns"),
            other_event: vocab.list("other-event-words"),
            determiners: vocab.list("adjective-determiners"),
            ago_words: vocab.list("ago-words"),
            running: vocab.list("running-date-words"),
            bare_to_nouns: vocab.list("bare-to-nouns"),
            negations: vocab.list("negation-words"),
            negated_bounds: vocab.list("negated-bound-words"),
        }
    }

    /// Whether the event noun at `nk` is said to be another event than
    /// the story's ("another dramatic robbery", "a separate raid").
    fn another_event(&self, w: &Words, nk: usize) -> bool {
        (nk.saturating_sub(3)..nk).any(|k| self.other_event.has(&w.lower[k]))
    }

    /// The verb an event noun stands for ("vote" is "vot", "strike" is
    /// "strike"): the stem of its past form.
    fn noun_verb(&self, lower: &str) -> Option<String> {
        let past = self.event_nouns.form(lower)?;
        Some(self.irregular.form(past).map_or_else(|| stem(past), str::to_string))
    }

    /// "held a vote", "staged a fresh strike", "carried out a raid": a
    /// light verb at `vk` and an event noun up to three words after it
    /// (before `end`). Returns the noun's verb stem and its index.
    fn light_event(&self, w: &Words, vk: usize, end: usize) -> Option<(String, usize)> {
        if !self.light_verbs.has(&w.lower[vk]) {
            return None;
        }
        let from = vk + 1 + usize::from(w.lower.get(vk + 1).is_some_and(|p| self.particles.has(p)));
        (from..(from + 3).min(end))
            .take_while(|&k| w.tokens[k].is_word())
            .find_map(|k| Some((self.noun_verb(&w.lower[k])?, k)))
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

    /// Whether `next` is the verb's particle: a listed particle ("broke
    /// down"), or a word that a verb-class phrase pairs with this verb
    /// ("caved in"; "in" is no particle of "arrived in").
    fn is_particle_of(&self, stem: &str, next: &str) -> bool {
        self.particles.has(next) || self.classes.form(&format!("{stem} {next}")).is_some()
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

    /// The key word a subject or object word gives: its noun class, or
    /// its stem.
    fn key_word(&self, lower: &str) -> String {
        self.noun_classes.form(lower).map_or_else(|| stem(lower), str::to_string)
    }

    /// A word that can be an event's subject or object: not a function
    /// word, nor a date or time word, nor an age standing for a person
    /// ("the 34-year-old", which says who by the sentence before).
    fn content(&self, t: &Token, lower: &str) -> bool {
        t.is_word()
            && !lower.ends_with("year-old")
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
    let dates = SentenceDates::new(tokens, lower, order, &words.dates);
    let mut i = 0;
    while i < tokens.len() {
        let Some(p) = dates.parse_at(i) else {
            i += 1;
            continue;
        };
        let next = p.end.max(i + 1);
        let at = DateAt { expr: &p.expr, start: p.start, end: p.end };
        out.extend(event_for(words, tokens, lower, &at, sentence, published));
        i = next;
    }
}

/// A date read in a sentence: what it says and its tokens.
#[derive(Clone, Copy)]
struct DateAt<'e> {
    expr: &'e DateExpr,
    start: usize,
    end: usize,
}

/// One sentence's tokens and their lower-case words.
struct Words<'s, 't> {
    tokens: &'s [Token<'t>],
    lower: &'s [LowerWord<'s>],
}

fn event_for(
    words_of: &EventWords,
    tokens: &[Token],
    lower: &[LowerWord],
    at: &DateAt,
    sentence: Span,
    published: Option<Date>,
) -> Vec<EventDate> {
    let (expr, start) = (at.expr, at.start);
    // "three years ago" is a rough date: not compared; "two weeks ago"
    // and "three months ago" are, with a margin (`past_readings`). "Two
    // days later" counts from the story, not the article's date.
    // "Three weeks before" and "five days earlier" count from the story.
    if let DateExpr::Shift { to_the_day, .. } = expr
        && (ago_margin(expr).is_none() || !(*to_the_day || words_of.ago_words.has(&lower[at.end - 1])))
    {
        return Vec::new();
    }
    if matches!(expr, DateExpr::Offset(_))
        && words_of.dates.relative_day(&lower[start]).is_none()
        && words_of.dates.day_part(&lower[start..]).is_none()
    {
        return Vec::new();
    }
    // "Tuesday's recount", "after yesterday's vote": a day in the
    // possessive dates the event noun after it, and a bound word before
    // it governs the noun phrase, not the day.
    // A day in the possessive before any other noun ("in Thursday's
    // play-in round") says which day of what, not when the clause's verb
    // happened: no event.
    // "Tuesday evening's tornado": the day part carries the possessive.
    let with_part = DateAt { end: at.end + 1, ..*at };
    let at = if possessive(lower, &with_part)
        && lower[at.end]
            .strip_suffix("'s")
            .or_else(|| lower[at.end].strip_suffix("\u{2019}s"))
            .is_some_and(|p| words_of.times_of_day.has(p))
    {
        &with_part
    } else {
        at
    };
    if possessive(lower, at) {
        return possessive_event(words_of, &Words { tokens, lower }, at, sentence, published).into_iter().collect();
    }
    // "the Sept. 16 vote", "the board's 19th of October draw": a date
    // between a determiner or possessive and an event noun dates the noun.
    if let Some(e) = attributive_event(words_of, &Words { tokens, lower }, at, sentence, published) {
        return vec![e];
    }
    // "was not recovered until the 24th": after a negation, "until D" is
    // the day the event happened.
    let negated_until = start > 0
        && words_of.negated_bounds.has(&lower[start - 1])
        && (clause_start_before(words_of, &Words { tokens, lower }, start - 1)..start - 1)
            .any(|k| words_of.negations.has(&lower[k]) || lower[k].ends_with("n't"));
    // "since April", "until Friday", "by 3 May": not the day of the event.
    if start > 0 && words_of.bounds.has(&lower[start - 1]) && !negated_until {
        return Vec::new();
    }
    // "had arrested 40 people as of Tuesday", "so far this year": the
    // day a running count was taken, not the day of an event.
    if start > 1 && words_of.running.has(&format!("{} {}", lower[start - 2], lower[start - 1])) {
        return Vec::new();
    }
    // "on the 4th": a day with no month is read only as "the 17th" closing
    // its phrase ("the fourth quarter", "the 20th anniversary" are not days).
    if matches!(expr, DateExpr::Day { month: None, .. }) && !bare_day(words_of, tokens, lower, at) {
        return Vec::new();
    }
    let w = Words { tokens, lower };
    if let Some(e) = scheduled(words_of, &w, at, sentence, published) {
        return vec![e];
    }
    // A line of a timeline is often not a sentence of its own: the date
    // is followed by a colon and a capitalised past form.
    if matches!(tokens.get(at.end).map(|t| t.text), Some(":" | "–" | "—")) {
        let after = at.end + 1;
        if let Some((vk, v)) = (after..(after + 2).min(tokens.len()))
            .filter(|&k| tokens[k].text.starts_with(char::is_uppercase) || k > after)
            .find_map(|k| words_of.verb_at(&lower[k]).map(|v| (k, v)))
            .filter(|_| tokens[after].text.starts_with(char::is_uppercase))
        {
            let objects = clause_words(words_of, &w, vk + 1, tokens.len());
            return event_with(words_of, &w, at, v, vk, objects, sentence, published).into_iter().collect();
        }
        // A timeline line of another kind ("2025-02-28: Works begin"): the
        // line before is not its clause.
        if tokens.get(after).is_some_and(|t| t.text.starts_with(char::is_uppercase)) {
            return Vec::new();
        }
    }
    // "not recovered until the 24th": the clause runs through "until".
    let clause_start = clause_start_before(words_of, &w, if negated_until { start - 1 } else { start });
    // The verb: the nearest past form before the date in its clause, with
    // no modal or other date between ("could tie next week" is not "lost").
    let adjective = |k: usize| k > 0 && words_of.determiners.has(&lower[k - 1]);
    if let Some((vk, v)) =
        (clause_start..start).rev().filter(|&k| !adjective(k)).find_map(|k| words_of.verb_at(&lower[k]).map(|v| (k, v)))
    {
        // "did not reopen until 14 May", "didn't return": the verb after the
        // negation.
        let (vk, v) = if v.0 == "do"
            && lower.get(vk + 1).is_some_and(|n| words_of.negations.has(n))
            && vk + 2 < start
            && tokens[vk + 2].is_word()
        {
            (vk + 2, (stem(&lower[vk + 2]), true))
        } else if v.0 == "do" && lower[vk].ends_with("n't") && vk + 1 < start && tokens[vk + 1].is_word() {
            (vk + 1, (stem(&lower[vk + 1]), true))
        } else {
            (vk, v)
        };
        if between_is_other(words_of, &w, vk, start) {
            return Vec::new();
        }
        // A verb that gives no event ("said", "will") leaves the noun
        // before the date to name one ("said the strike on 3 May...").
        return event_at_verb(words_of, &w, at, clause_start, vk, v, sentence, published)
            .or_else(|| noun_event(words_of, &w, at, sentence, published))
            .into_iter()
            .collect();
    }
    // "a week after the strike on 3 May", "the recall notice of 9 June".
    if let Some(e) = noun_event(words_of, &w, at, sentence, published) {
        return vec![e];
    }
    // "2025-08-14: Referred to a review": a timeline line, the date first.
    // ", on November 2.": a date set off by commas belongs to the clause
    // before it; which verb is not sure, so the nearest and the
    // sentence's first both give an event.
    let lead = if start > 0 && lower[start - 1] == "on" { start - 1 } else { start };
    if lead == 0 || tokens[lead - 1].text != "," {
        return Vec::new();
    }
    let nearest = (0..lead - 1).rev().find_map(|k| words_of.verb_at(&lower[k]).map(|v| (k, v)));
    let first = (0..lead - 1).find_map(|k| words_of.verb_at(&lower[k]).map(|v| (k, v)));
    let mut out = Vec::new();
    for (vk, v) in nearest.into_iter().chain(first) {
        if out.iter().any(|e: &(usize, EventDate)| e.0 == vk) {
            continue;
        }
        let cs = clause_start_before(words_of, &w, vk);
        let ce = (vk + 1..lead).find(|&k| is_break(&tokens[k]) || words_of.joiners.has(&lower[k])).unwrap_or(lead);
        let v_end = DateAt { expr: at.expr, start: ce, end: at.end };
        if let Some(mut e) = event_at_verb(words_of, &w, &v_end, cs, vk, v, sentence, published) {
            let date_start = lead;
            e.span = Span::new(tokens[date_start].span.start, tokens[at.end - 1].span.end);
            e.readings = past_readings(expr, published, lower, start);
            e.absolute = expr.is_absolute();
            if !e.readings.is_empty() {
                out.push((vk, e));
            }
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

/// An event named by a noun before "on D" or "of D" ("the strike on 3
/// May", "the recall notice of 9 June"), keyed on the noun's verb and the
/// noun with the words before it. A noun has no tense: a date nearer
/// ahead of the article than behind it is a plan.
fn noun_event(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (tokens, lower, start) = (w.tokens, w.lower, at.start);
    let prep = start.checked_sub(1).filter(|&k| matches!(lower[k].as_ref(), "on" | "of"))?;
    let nk = prep.checked_sub(1)?;
    let Some(noun_verb) = words_of.noun_verb(&lower[nk]) else {
        return headed_noun_event(words_of, w, at, prep, sentence, published);
    };
    if words_of.another_event(w, nk) {
        return None;
    }
    let verb = words_of.verb_class(&noun_verb, None);
    let mut words = vec![words_of.key_word(&lower[nk])];
    for j in (0..nk).rev().take(3) {
        if !words_of.content(&tokens[j], &lower[j]) || words_of.verb_at(&lower[j]).is_some() {
            break;
        }
        words.push(words_of.key_word(&lower[j]));
    }
    noun_event_with(words_of, w, at, prep, verb, words, sentence, published)
}

/// "the discovery of the leak on 3 November", "the death of a rider at
/// the rally on 2 May": an event noun after a determiner heads the phrase
/// the date closes, with only its complements between (no verb, no
/// break). Keyed on the noun's verb, the noun and the content words of
/// its complements.
fn headed_noun_event(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    prep: usize,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (tokens, lower) = (w.tokens, w.lower);
    let clause_start = clause_start_before(words_of, w, prep);
    let head = (clause_start.max(prep.saturating_sub(HEAD_REACH))..prep).rev().find_map(|k| {
        let noun_verb = words_of.noun_verb(&lower[k])?;
        (k > 0 && words_of.determiners.has(&lower[k - 1])).then_some((k, noun_verb))
    })?;
    let (nk, noun_verb) = head;
    if words_of.another_event(w, nk) {
        return None;
    }
    let complements = nk + 1..prep;
    if complements.clone().any(|k| is_break(&tokens[k]) || words_of.verb_at(&lower[k]).is_some()) {
        return None;
    }
    let mut words = vec![words_of.key_word(&lower[nk])];
    words
        .extend(complements.filter(|&k| words_of.content(&tokens[k], &lower[k])).map(|k| words_of.key_word(&lower[k])));
    let verb = words_of.verb_class(&noun_verb, None);
    noun_event_with(words_of, w, at, prep, verb, words, sentence, published)
}

/// "Tuesday's recount", "yesterday's emergency meeting": a weekday or a
/// relative day in the possessive and an event noun right after it (one
/// modifier may stand between), keyed like "the recount on Tuesday".
/// Anything else in the possessive ("Tuesday's figures") is no event.
fn possessive_event(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (nk, noun_verb) = (at.end..(at.end + 2).min(w.tokens.len()))
        .take_while(|&k| w.tokens[k].is_word())
        .find_map(|k| Some((k, words_of.noun_verb(&w.lower[k])?)))?;
    let verb = words_of.verb_class(&noun_verb, None);
    noun_event_with(words_of, w, at, at.start, verb, vec![words_of.key_word(&w.lower[nk])], sentence, published)
}

/// "the Sept. 16 vote", "the board's Sept. 16 vote", "its 9 May
/// opening", "the 19th of October 2021 draw": a calendar date right after a
/// determiner or a possessive, and an event noun right after it (one
/// modifier may stand between). The possessor is the subject.
fn attributive_event(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    if !is_calendar(at.expr) && !at.expr.is_absolute() {
        return None;
    }
    let (tokens, lower) = (w.tokens, w.lower);
    let first = if lower[at.start] == "the" { at.start } else { at.start.checked_sub(1)? };
    let det = lower[first].as_ref();
    let possessor = (det.ends_with("'s") || det.ends_with("\u{2019}s")).then_some(first);
    if !(words_of.determiners.has(det) || possessor.is_some()) {
        return None;
    }
    let (nk, noun_verb) = (at.end..(at.end + 2).min(tokens.len()))
        .take_while(|&k| tokens[k].is_word())
        .find_map(|k| Some((k, words_of.noun_verb(&lower[k])?)))?;
    if words_of.another_event(w, first) || (at.end..nk).any(|k| words_of.other_event.has(&lower[k])) {
        return None;
    }
    let verb = words_of.verb_class(&noun_verb, None);
    let mut words = vec![words_of.key_word(&lower[nk])];
    // The noun phrase the dated noun completes ("the jackpot in the 9 May draw").
    let cs = clause_start_before(words_of, w, first);
    words.extend(
        (cs..first)
            .rev()
            .filter(|&k| words_of.content(&tokens[k], &lower[k]) && words_of.verb_at(&lower[k]).is_none())
            .take(4)
            .map(|k| words_of.key_word(&lower[k])),
    );
    let mut subject = None;
    if let Some(pk) = possessor {
        let owner = lower[pk].trim_end_matches("'s").trim_end_matches("\u{2019}s").to_string();
        if owner.len() > 2 {
            let key = words_of.key_word(&owner);
            words.push(key.clone());
            subject = Some(key);
        }
    }
    let mut e = noun_event_with(words_of, w, at, at.start, verb, words, sentence, published)?;
    e.span = Span::new(tokens[first].span.start, tokens[nk].span.end);
    e.subject = subject;
    Some(e)
}

/// Whether a date ends in the possessive ("Tuesday's").
fn possessive(lower: &[LowerWord], at: &DateAt) -> bool {
    at.end.checked_sub(1).and_then(|k| lower.get(k)).is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
}

/// How far before its date's preposition an event noun may head the
/// phrase: "the discovery of the gas leak on ..." is five tokens.
const HEAD_REACH: usize = 6;

/// The event of a noun, its key words found: read the date as a past
/// event or, nearer ahead of the article than behind it, as a plan.
#[allow(clippy::too_many_arguments)]
fn noun_event_with(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    prep: usize,
    verb: String,
    mut words: Vec<String>,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (tokens, lower, start) = (w.tokens, w.lower, at.start);
    words.sort();
    words.dedup();
    let p = published?;
    let past = past_readings(at.expr, published, lower, start);
    let ahead: Vec<DateRange> =
        at.expr.readings(published, Some(Lean::Future)).into_iter().filter(|r| r.first > p).collect();
    let away = |d: Date| days_apart(d, p);
    let planned = match (past.last(), ahead.first()) {
        (None, Some(_)) => true,
        (Some(b), Some(a)) => away(a.first) < away(b.last),
        _ => false,
    };
    let readings = if planned { ahead } else { past };
    if readings.is_empty() {
        return None;
    }
    Some(EventDate {
        span: Span::new(tokens[prep].span.start, tokens[at.end - 1].span.end),
        verb,
        words,
        readings,
        absolute: at.expr.is_absolute(),
        names: people_in(words_of, tokens, lower, 0, at.end),
        sentence,
        subject: None,
        context: Vec::new(),
        planned,
        calendar: is_calendar(at.expr),
    })
}

fn days_apart(a: Date, b: Date) -> i64 {
    a.until((jiff::Unit::Day, b)).map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
}

/// The margin in days of "N days/weeks/months ago" (the article's date
/// less N units): a day either way for days, three for weeks, a fortnight
/// for months; none for a shift to the day ("a year ago today"). None for
/// other shifts (years ago, "later", "from now").
pub fn ago_margin(expr: &DateExpr) -> Option<i64> {
    use crate::normalise::duration::TimeUnit;
    let DateExpr::Shift { duration, sign: -1, from, to_the_day } = expr else { return None };
    if *to_the_day {
        return Some(0);
    }
    if *from != 0 {
        return None;
    }
    match duration.parts[..] {
        [(n, unit)] if n.fract() == 0.0 => match unit {
            TimeUnit::Day => Some(1),
            TimeUnit::Week => Some(3),
            TimeUnit::Month => Some(15),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a date gives a calendar day or month rather than counting
/// days from the article's date.
fn is_calendar(expr: &DateExpr) -> bool {
    match expr {
        // A month without its year is read like "on 3 May": the year is
        // the one the article's date gives ("in June", "mid-June").
        DateExpr::Day { .. }
        | DateExpr::Month { .. }
        | DateExpr::Holiday { .. }
        | DateExpr::DayOfMonth { .. }
        | DateExpr::WeekdayDay { .. } => true,
        DateExpr::Part { of, .. } | DateExpr::Beside { of, .. } | DateExpr::ShiftFrom { of, .. } => is_calendar(of),
        _ => false,
    }
}

/// Where the clause holding token `k` starts: after a comma or a joiner
/// ("after", "when", "which").
fn clause_start_before(words_of: &EventWords, w: &Words, k: usize) -> usize {
    (0..k)
        .rev()
        .find(|&j| is_break(&w.tokens[j]) || (words_of.joiners.has(&w.lower[j]) && !clock_follows(words_of, w, j)))
        .map_or(0, |p| p + 1)
}

/// Whether a time of day follows the joiner at `j`, maybe after "about"
/// ("just after 10.40pm", "shortly before noon", "soon after dawn"): the
/// joiner then times the event in its own clause, it opens none.
fn clock_follows(words_of: &EventWords, w: &Words, j: usize) -> bool {
    let mut k = j + 1;
    if w.lower.get(k).is_some_and(|l| words_of.clock_hedges.has(l)) {
        k += 1;
    }
    let Some(t) = w.tokens.get(k) else { return false };
    let lower = &w.lower[k];
    if words_of.clock_points.has(lower) || words_of.clock_nouns.has(lower) {
        return true;
    }
    // "9pm", "10.30am", "21:40", "9 p.m.".
    let digits = t.text.starts_with(|c: char| c.is_ascii_digit());
    let suffixed = ["am", "pm"].iter().any(|s| lower.ends_with(s));
    let clock_next = w.lower.get(k + 1).is_some_and(|n| words_of.clock_words.has(n.trim_end_matches('.')));
    digits && (suffixed || t.text.contains(':') || clock_next)
}

/// Content words from `from` to the end of their clause (or `to`).
fn clause_words(words_of: &EventWords, w: &Words, from: usize, to: usize) -> Vec<String> {
    let mut out = Vec::new();
    for k in from..to.min(w.tokens.len()) {
        if is_break(&w.tokens[k]) || words_of.joiners.has(&w.lower[k]) {
            break;
        }
        if words_of.content(&w.tokens[k], &w.lower[k]) && words_of.verb_at(&w.lower[k]).is_none() {
            out.push(words_of.key_word(&w.lower[k]));
        }
    }
    out
}

/// Where the clause telling an event's circumstances starts, right after
/// its date: "when" and its like, straight after the date or after a
/// comma ("broke down on Thursday, when the company walked out").
fn context_start(words_of: &EventWords, w: &Words, end: usize) -> Option<usize> {
    let joiner = |k: usize| w.lower.get(k).is_some_and(|l| words_of.context_joiners.has(l));
    if joiner(end) {
        Some(end + 1)
    } else if w.tokens.get(end).is_some_and(|t| t.text == ",") && joiner(end + 1) {
        Some(end + 2)
    } else {
        None
    }
}

/// The subject of the clause before a coordinating joiner, for a clause
/// that opens at `clause_start` with its verb ("... closed by snow and
/// reopened on Wednesday"): the nearest content word before that
/// clause's own verb.
fn coordinated_subject(words_of: &EventWords, w: &Words, clause_start: usize) -> Option<usize> {
    let joiner = clause_start.checked_sub(1).filter(|&j| words_of.coordinating.has(&w.lower[j]))?;
    let from = clause_start_before(words_of, w, joiner);
    let verb =
        (from..joiner).find(|&k| words_of.verb_at(&w.lower[k]).is_some() || words_of.auxiliaries.has(&w.lower[k]))?;
    (from..verb).rev().find(|&k| subject_word_at(words_of, w, k))
}

/// Whether the word at `k` can be a clause's subject: a content word,
/// not a verb, and not an adverb in -ly ("he actually scored", "were not
/// severely affected"). A word in -ly after a determiner or capitalised
/// is a noun ("the rally", "Italy").
fn subject_word_at(words_of: &EventWords, w: &Words, k: usize) -> bool {
    let (t, l) = (&w.tokens[k], &w.lower[k]);
    let adverb = l.ends_with("ly")
        && !t.text.starts_with(char::is_uppercase)
        && !(k > 0 && words_of.determiners.has(&w.lower[k - 1]));
    let contracted = l.ends_with("n't") || l.ends_with("n\u{2019}t");
    words_of.content(t, l) && words_of.verb_at(l).is_none() && !adverb && !contracted
}

/// The subject a clause borrows when it opens with its verb or a
/// relative pronoun after a comma ("the new wing, opened on 3
/// June"; "a retrial, which was fixed for 12 January"): the content
/// words of the phrase before the comma, at most four.
fn borrowed_subject(words_of: &EventWords, w: &Words, clause_start: usize) -> Vec<String> {
    let mut k = clause_start;
    // Back over "which", "who", "that".
    while k > 0 && matches!(w.lower[k - 1].as_ref(), "which" | "who" | "that") {
        k -= 1;
    }
    let after_comma = k > 0 && w.tokens[k - 1].text == ",";
    let end = if after_comma { k - 1 } else { k };
    if end == k && k == clause_start {
        return Vec::new();
    }
    let mut out = Vec::new();
    let capital = |k: usize| w.tokens.get(k).is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase));
    for j in (0..end).rev() {
        // "the Abbotsleigh Museum and Art Gallery, which reopened ...": an
        // "and" between capitalised words is inside a name, not a joiner.
        if matches!(w.lower[j].as_ref(), "and" | "&") && j > 0 && capital(j - 1) && capital(j + 1) {
            continue;
        }
        if is_break(&w.tokens[j]) || words_of.joiners.has(&w.lower[j]) || out.len() >= 4 {
            break;
        }
        if words_of.verb_at(&w.lower[j]).is_some() {
            break;
        }
        if words_of.content(&w.tokens[j], &w.lower[j]) {
            out.push(words_of.key_word(&w.lower[j]));
        }
    }
    out
}

/// Another date, a modal, a weekday or a verb in -ing between a verb and
/// the date: the date belongs to something else ("won in 2005 for hosting
/// it in 2004").
fn between_is_other(words_of: &EventWords, w: &Words, vk: usize, start: usize) -> bool {
    // After a determiner a word in -ing is a noun's modifier ("its
    // ticketing system"), not another verb; right after the verb it is
    // the verb's object ("halted testing", "resumed flying"), one event.
    let other_verb = |k: usize| {
        k > vk + 1
            && w.lower[k].len() > 5
            && w.lower[k].ends_with("ing")
            && words_of.looks_like_verb(&w.lower[k])
            && !words_of.determiners.has(&w.lower[k - 1])
    };
    let year = |k: usize| {
        w.tokens[k].is_number() && w.tokens[k].text.len() == 4 && w.tokens[k].text.bytes().all(|b| b.is_ascii_digit())
    };
    // A modal puts the verb after it in another mood; one no verb
    // follows is a preposition ("reopened to skiers").
    (vk + 1..start).any(|k| {
        words_of.modals.has(&w.lower[k]) && may_open_verb(words_of, w, k + 1)
            || words_of.dates.is_weekday_name(&w.lower[k])
            || words_of.dates.is_month(&w.lower[k])
            || year(k)
            || other_verb(k)
    })
}

/// Whether the token at `k` can open a verb phrase, as after "to" or
/// "will": a determiner, a number, a capitalised name or a plural noun
/// cannot ("reopened to skiers", "handed to the council", "returned to
/// Portholm"), so the "to" before it is a preposition.
fn may_open_verb(words_of: &EventWords, w: &Words, k: usize) -> bool {
    let (Some(t), Some(l)) = (w.tokens.get(k), w.lower.get(k)) else {
        return false;
    };
    let plural = l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us") && !l.ends_with("is");
    !(words_of.determiners.has(l)
        || t.is_number()
        || t.text.starts_with(char::is_uppercase)
        || plural
        || words_of.bare_to_nouns.has(l))
}

/// "on the 17th", "the 17th,": a day of the article's month written as an
/// ordinal closing its phrase.
fn bare_day(words_of: &EventWords, tokens: &[Token], lower: &[LowerWord], at: &DateAt) -> bool {
    let number = if lower[at.start] == "the" { at.start + 1 } else { at.start };
    let suffixed = tokens.get(number).is_some_and(Token::is_number)
        && at.end >= number + 2
        && matches!(lower[at.end - 1].as_ref(), "st" | "nd" | "rd" | "th");
    let after_the = number > 0 && lower[number - 1] == "the";
    let closes = tokens.get(at.end).is_none_or(|t| !t.is_word() || words_of.joiners.has(&lower[at.end]));
    suffixed && after_the && closes
}

/// "a hearing set for 4 March", "the vote, which is due on 9 June": a
/// date put ahead by a schedule word, keyed on what is scheduled.
fn scheduled(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let start = at.start;
    // "set on Tuesday" is as often past ("the fire was set on Tuesday"):
    // only "due" is a plan with "on".
    let prep = start.checked_sub(1).filter(|&k| matches!(w.lower[k].as_ref(), "for" | "on"))?;
    let sk = prep
        .checked_sub(1)
        .filter(|&k| words_of.schedule.has(&w.lower[k]) && (w.lower[prep] == "for" || w.lower[k] == "due"))?;
    let clause_start = clause_start_before(words_of, w, sk);
    let mut words: Vec<String> = (clause_start..sk)
        .filter(|&k| words_of.content(&w.tokens[k], &w.lower[k]) && words_of.verb_at(&w.lower[k]).is_none())
        .map(|k| words_of.key_word(&w.lower[k]))
        .collect();
    if words.is_empty() {
        words = borrowed_subject(words_of, w, clause_start);
    }
    words.sort();
    words.dedup();
    if words.is_empty() {
        return None;
    }
    let mut readings = at.expr.readings(published, Some(Lean::Future));
    readings.dedup();
    if readings.is_empty() {
        return None;
    }
    Some(EventDate {
        span: Span::new(w.tokens[sk].span.start, w.tokens[at.end - 1].span.end),
        verb: "scheduled".to_string(),
        words,
        readings,
        absolute: at.expr.is_absolute(),
        names: people_in(words_of, w.tokens, w.lower, 0, at.end),
        sentence,
        subject: None,
        context: Vec::new(),
        planned: true,
        calendar: is_calendar(at.expr),
    })
}

/// The event of a verb at `vk` whose clause starts at `clause_start`
/// and runs to the date at `at.start`.
#[allow(clippy::too_many_arguments)]
fn event_at_verb(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    clause_start: usize,
    vk: usize,
    v: (String, bool),
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (tokens, lower, start) = (w.tokens, w.lower, at.start);
    let (vstem, past) = v;
    if words_of.reporting.iter().any(|r| vstem.starts_with(r)) {
        return None;
    }
    // "expected to return on Sunday", "planned to open on 3 May": the
    // event is the verb after "to", and it lies ahead.
    let infinitive = (lower.get(vk + 1).is_some_and(|w| w == "to")
        && vk + 2 < start
        && tokens[vk + 2].is_word()
        && may_open_verb(words_of, w, vk + 2))
    .then(|| stem(&lower[vk + 2]));
    let ahead = infinitive.is_some();
    let (vk, vstem, past) = match infinitive {
        Some(v) => (vk + 2, v, false),
        None => (vk, vstem, past),
    };
    // Only what has happened: plans and forecasts change, and their dates
    // are not contradictions.
    let future = ahead || (vk.saturating_sub(3)..vk).any(|k| words_of.modals.has(&lower[k]) || lower[k] == "due");
    if future || !past {
        return None;
    }
    let particle = lower.get(vk + 1).map(std::convert::AsRef::as_ref).filter(|p| words_of.is_particle_of(&vstem, p));
    // "held a vote on 3 May" is "voted on 3 May": the noun gives the verb,
    // and the object starts after it.
    let light = words_of.light_event(w, vk, start);
    if light.as_ref().is_some_and(|(_, noun)| words_of.another_event(w, *noun)) {
        return None;
    }
    // The noun is a key word too, as in "the vote on 3 May".
    let (vstem, objects_from) = match &light {
        Some((noun_verb, noun)) => (noun_verb.clone(), *noun),
        None => (vstem, vk + 1),
    };
    // Subject: the nearest content word before the verb; object: the
    // content words between the verb and the date.
    let mut objects: Vec<String> = Vec::new();
    for k in objects_from..start {
        if words_of.content(&tokens[k], &lower[k]) && Some(lower[k].as_ref()) != particle {
            objects.push(words_of.key_word(&lower[k]));
        }
    }
    // "issued a statement on Monday": saying, not an event; "issued a
    // recall notice on 9 June" is one.
    if vstem == "issu" && (clause_start..start).any(|k| words_of.statement_nouns.has(&lower[k])) {
        return None;
    }
    event_with(words_of, w, at, (vstem, past), vk, objects, sentence, published)
}

/// An event from its verb and object words: the subject is found (or
/// borrowed across a comma, or, after a pronoun, the words after the
/// date stand for it), and the date read.
#[allow(clippy::too_many_arguments)]
fn event_with(
    words_of: &EventWords,
    w: &Words,
    at: &DateAt,
    v: (String, bool),
    vk: usize,
    objects: Vec<String>,
    sentence: Span,
    published: Option<Date>,
) -> Option<EventDate> {
    let (tokens, lower, start, end) = (w.tokens, w.lower, at.start, at.end);
    let (vstem, past) = v;
    if !past || words_of.reporting.iter().any(|r| vstem.starts_with(r)) {
        return None;
    }
    // A light verb's particle ("carried out a raid") is not the noun's.
    let particle = lower
        .get(vk + 1)
        .map(std::convert::AsRef::as_ref)
        .filter(|p| words_of.is_particle_of(&vstem, p) && words_of.light_event(w, vk, start).is_none());
    let verb = words_of.verb_class(&vstem, particle);
    let clause_start = clause_start_before(words_of, w, vk.min(start));
    let mut words = objects;
    let subject = (clause_start..vk.min(start)).rev().find(|&k| subject_word_at(words_of, w, k));
    // A doer named in the outlet's own words ("bosses", "the security
    // team") says neither which event it was nor that it was another:
    // the objects must say it.
    // With no object, the doer is all the clause says ("the port
    // authority collapsed"), and it stays a word.
    // "The pass had been closed by snow and reopened on Wednesday": a
    // clause opening with its verb after "and" or "but" is the clause
    // before's subject's.
    let subject = subject.or_else(|| coordinated_subject(words_of, w, clause_start));
    let agent = subject.is_some_and(|k| words_of.agents.has(&lower[k]));
    // A count for a subject ("All four were arrested") stands for a group
    // named elsewhere: keyed "#4", and no subject that keeps events apart.
    let count_of = |k: usize| words_of.dates.numbers().small(&lower[k]).filter(|v| (2.0..=99.0).contains(v));
    let count_subject = subject.and_then(count_of);
    let subject = if count_subject.is_some() { None } else { subject };
    if let Some(n) = count_subject {
        words.push(format!("#{n}"));
    }
    // "Four men were arrested": the count is a key word too.
    if let Some(k) = subject
        && let Some(n) = (k.saturating_sub(2)..k).rev().take_while(|&j| w.tokens[j].is_word()).find_map(count_of)
    {
        words.push(format!("#{n}"));
    }
    let agent = agent && count_subject.is_none();
    // "The last caver was brought out on Wednesday" and "the first caver
    // … on Tuesday" are two events: the selector stays on the subject.
    let subject_word = subject.filter(|_| !agent).map(|k| {
        let key = words_of.key_word(&lower[k]);
        match k.checked_sub(1).filter(|&j| words_of.selectors.has(&lower[j])) {
            Some(j) => format!("{} {key}", lower[j]),
            None => key,
        }
    });
    match subject {
        Some(_) if agent && !words.is_empty() => {}
        Some(k) => words.push(words_of.key_word(&lower[k])),
        None => {
            words.extend(borrowed_subject(words_of, w, clause_start));
            // "he was killed last night when a tree fell on his van": with
            // a pronoun for its subject, the clause after the date says
            // which event.
            // Only a clause that a joiner opens ("when", "after") tells the
            // event: "won an Emmy in 2005 for hosting the Tonys" does not.
            if (words.is_empty() || vk == clause_start || clause_start == 0)
                && let Some(c) = context_start(words_of, w, end)
            {
                words.extend(clause_words(words_of, w, c, tokens.len()).into_iter().take(8));
            }
        }
    }
    words.sort();
    words.dedup();
    if words.is_empty() {
        return None;
    }
    let mut context =
        context_start(words_of, w, end).map_or_else(Vec::new, |c| clause_words(words_of, w, c, tokens.len()));
    context.sort();
    context.dedup();
    let readings = past_readings(at.expr, published, lower, start);
    if readings.is_empty() {
        return None;
    }
    let date_start =
        if start > 0 && matches!(lower[start - 1].as_ref(), "on" | "in" | "since") { start - 1 } else { start };
    Some(EventDate {
        span: Span::new(tokens[date_start].span.start, tokens[end - 1].span.end),
        verb,
        words,
        readings,
        absolute: at.expr.is_absolute(),
        names: people_in(words_of, tokens, lower, 0, end),
        sentence,
        subject: subject_word,
        context,
        planned: false,
        calendar: is_calendar(at.expr),
    })
}

/// The days a past event's date can mean, read against the article's
/// publication date.
fn past_readings(expr: &DateExpr, published: Option<Date>, lower: &[LowerWord], start: usize) -> Vec<DateRange> {
    let lean = Some(Lean::Past);
    let mut readings = expr.readings(published, lean);
    // "two weeks ago": about then.
    if let Some(m) = ago_margin(expr) {
        for r in &mut readings {
            r.first = r.first.checked_sub(m.days()).unwrap_or(r.first);
            r.last = r.last.checked_add(m.days()).unwrap_or(r.last);
        }
    }
    // "today" and "yesterday" in an article stamped after midnight, or
    // updated the next day, may mean the day before its date.
    let night_before = matches!(expr, DateExpr::Offset(-1)) && lower[start] == "last";
    if matches!(expr, DateExpr::Offset(_)) && !night_before {
        for r in &mut readings {
            r.first = r.first.yesterday().unwrap_or(r.first);
        }
    }
    // "last week" in news is loose: the past seven days as often as the
    // calendar week before ("escaped last week" on a Saturday, of a
    // Monday escape five days earlier). Read it as both.
    if let (DateExpr::Period { unit: PeriodUnit::Week, offset: -1 }, Some(p)) = (expr, published) {
        for r in &mut readings {
            r.last = p.yesterday().unwrap_or(p).max(r.last);
        }
    }
    // A past event cannot start after its article was published.
    if let Some(p) = published {
        readings.retain(|r| r.first <= p);
    }
    // "on 7 and 8 May": the first day shares the second's month.
    if let DateExpr::Day { year, month: Some(m), day } = *expr
        && start >= 2
        && matches!(lower[start - 1].as_ref(), "and" | "to" | "-" | "–")
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
fn people_in(words: &EventWords, tokens: &[Token], lower: &[LowerWord], from: usize, to: usize) -> Vec<String> {
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
        let said = "Talks at the depot broke up on 4 May.";
        assert_eq!(events(said, Some(date(2021, 5, 9)))[0].verb, "break up");
        let mut vocab = Vocabulary::shipped().clone();
        vocab.add("event-verb-classes", "break up", crate::vocab::Entry::Form("collapse".into())).expect("declared");
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
