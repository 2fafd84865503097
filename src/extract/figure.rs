//! Figures: a number with its hedge, its unit, what it counts, what is
//! said of it, and its scope.
//!
//! "nearly 450 open inquiries across the Fenlands" becomes value
//! [405, 450], thing "open inquiry", place "midlands". The thing counted
//! and the predicate ("93 have been on the list for two years") are the keys
//! figures are grouped by; the scope keeps "in 2021" apart from "in 2022"
//! and a region apart from the nation.

mod forms;
mod key;
mod occasion;

pub use forms::{CELSIUS, Form, ORDINAL, SECONDS};
pub use occasion::scope_in_article;

use crate::normalise::interval::{Hedge, HedgeTable, Interval};
use crate::normalise::number::{NumberWords, ParsedNumber, Unit};
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::rules::RuleSet;
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::LowerWord;
use crate::vocab::{Entry, Vocabulary, WordList};

/// A period a rate is counted over ("a day", "monthly").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Period {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    /// Three months: "a quarter", "quarterly".
    Quarter,
    Year,
}

impl Period {
    /// Length in days; a month is 365.25 / 12 days.
    pub fn days(self) -> f64 {
        match self {
            Period::Second => 1.0 / 86_400.0,
            Period::Minute => 1.0 / 1_440.0,
            Period::Hour => 1.0 / 24.0,
            Period::Day => 1.0,
            Period::Week => 7.0,
            Period::Fortnight => 14.0,
            Period::Month => 365.25 / 12.0,
            Period::Quarter => 365.25 / 4.0,
            Period::Year => 365.25,
        }
    }

    const ALL: [Period; 9] = [
        Period::Second,
        Period::Minute,
        Period::Hour,
        Period::Day,
        Period::Week,
        Period::Fortnight,
        Period::Month,
        Period::Quarter,
        Period::Year,
    ];

    /// The period a length of time in seconds is, when it is one ("three
    /// months" is a quarter, "24 hours" a day).
    pub fn of_seconds(seconds: f64) -> Option<Period> {
        Period::ALL.into_iter().find(|p| (p.days() * 86_400.0 - seconds).abs() < 1.0)
    }

    /// The period a word of a `rate-periods` or `rate-adjectives` list
    /// stands for ("annum" and "yearly" are a year).
    pub(super) fn from_list(list: &WordList, lower: &str) -> Option<Period> {
        let name = list.form(lower)?;
        Period::ALL.into_iter().find(|p| p.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Period::Second => "second",
            Period::Minute => "minute",
            Period::Hour => "hour",
            Period::Day => "day",
            Period::Week => "week",
            Period::Fortnight => "fortnight",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}

/// How wide an area a figure speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Level {
    Local,
    National,
    Global,
}

/// Where and when a figure holds, as far as its clause says.
// Each flag is an independent fact of the scope, compared on its own in
// `compatible`; an enum would have to name every combination.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Scope {
    pub years: Vec<i32>,
    pub months: Vec<String>,
    pub places: Vec<String>,
    /// Named sites ("the Holt Vale No. 2 pit", "Corran zoo"): a site lies
    /// inside a region, so a site and a region never disagree; only two
    /// sites do (`site-nouns` in rules/words/numbers.toml). Since claims
    /// schema 1.5; absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<String>,
    pub level: Option<Level>,
    /// A running total ("a total of", "so far", "in all"), which is not the
    /// same quantity as the count for one event.
    pub cumulative: bool,
    /// Proper names earlier in the sentence: who or what the figure is
    /// about ("Harbour Ferries carried 900 ..." is not "Coast Line carried").
    pub names: Vec<String>,
    /// Periods named in the clause ("this season", "last year", "since
    /// March"): a figure for one period is not a figure for another.
    pub periods: Vec<String>,
    /// An amount added to another ("another four", "an extra 450m"): a
    /// part, never the same quantity as the whole.
    pub increment: bool,
    /// Weekdays named in the clause ("the march on Monday"): one noun on
    /// two occasions is two quantities.
    pub weekdays: Vec<String>,
    /// A part of a whole: named after "including" or "of which", or one
    /// place of a breakdown by place ("12 in Ashdale, 10 in Brookvale"):
    /// never the same quantity as the whole.
    pub part: bool,
    /// The sentence puts its figures on another, earlier occasion ("the
    /// previous quake struck at a depth of 4 miles").
    pub background: bool,
    /// Whose figure it is: the surnames of the people the clause names
    /// before it as its subject or owner ("Ruiz missed four games"), never
    /// the ones it attributes the figure to ("Ruiz said").
    pub owners: Vec<String>,
    /// One place of a breakdown by place: the article gives the same
    /// quantity for other places too ("12 died in Ashdale ... in
    /// Brookvale, 10 died"), so it is a part, never a figure with no place.
    pub breakdown: bool,
}

impl Scope {
    /// Two scopes are compatible unless both say something and disagree.
    pub fn compatible(&self, other: &Scope) -> bool {
        fn disjoint<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
        }
        let levels_differ = matches!((self.level, other.level), (Some(a), Some(b)) if a != b);
        !(disjoint(&self.years, &other.years)
            || disjoint(&self.months, &other.months)
            || disjoint(&self.places, &other.places)
            || disjoint(&self.sites, &other.sites)
            || disjoint(&self.names, &other.names)
            || disjoint(&self.periods, &other.periods)
            || disjoint(&self.weekdays, &other.weekdays)
            || disjoint(&self.owners, &other.owners)
            || self.increment != other.increment
            || self.part != other.part
            || self.background != other.background
            || (self.breakdown && other.places.is_empty())
            || (other.breakdown && self.places.is_empty())
            || levels_differ
            || self.cumulative != other.cumulative)
    }
}

/// One figure claim.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The hedge, the number and its unit: the words a label points at.
    pub span: Span,
    /// What the figure can mean, hedge applied (per day for a rate).
    pub value: Interval,
    pub hedge: Hedge,
    pub unit: Unit,
    pub rate: Option<Period>,
    /// The thing counted, stemmed ("live investigation").
    pub thing: Option<String>,
    /// The words of the thing as written, for messages.
    pub thing_span: Option<Span>,
    /// What is said of the figure, stemmed ("wait more than 78 week").
    pub predicate: Option<String>,
    /// For money, measures and rates with no thing counted: the content
    /// words just before the figure ("costing the regional economy £2m").
    pub lead: Option<String>,
    /// For measures with no thing counted: the clause's first content word
    /// ("The lake rose to 3.12m").
    pub subject: Option<String>,
    pub scope: Scope,
    pub sentence: Span,
    /// The sentence speaks of a running count ("so far", "has risen").
    pub running_count: bool,
    /// For a money rate, what the money is for, stemmed ("ground rent"):
    /// set by src/extract/rate.rs.
    pub purpose: Option<String>,
    /// The head noun of what is counted or measured, stemmed and put in
    /// canonical form ("staff" for "workforce"): with `verb`, a key that
    /// lets other modifiers meet.
    pub head: Option<String>,
    /// The event verb before the figure, stemmed ("shed" in "would shed 190
    /// posts").
    pub verb: Option<String>,
    /// Who or what does the verb ("plan" in "plans would cut"); `None`
    /// for a pronoun.
    pub agent: Option<String>,
    /// The figure states the size of a standing quantity ("a workforce of
    /// N", "employs N").
    pub stock: bool,
    /// The special form the number was read in (money by word, a
    /// temperature, a duration, an ordinal...), if any.
    pub form: Option<Form>,
    /// The count the figure is given against in its own phrase ("28
    /// passes for 329 yards", "226 yards on 22 carries", "300 homes for
    /// £2m"): two figures paired with counts that cannot meet are of two
    /// occasions (two players' totals), and if the counts were one
    /// quantity they would conflict themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paired_count: Option<Interval>,
    /// The stated whole a part is of ("nine of the port's 24 cranes": 24):
    /// parts of one whole of one head meet (since claims 1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of_whole: Option<Interval>,
    /// The share a part of a stated whole was written as, in per cent
    /// ("nearly 35 per cent of the club's 1,200 members": 31.5 to 35),
    /// when the figure holds the count it makes of the whole: a bare
    /// share of the same thing ("one in five of its members") is
    /// compared with it in per cent (since claims 1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Interval>,
    /// The sides of exchanges the figure's clause takes, as the
    /// `opposed-verbs` list gives them for the verb nearest before the
    /// figure in its clause ("gained": the taking side of "gain"; "lost":
    /// the giving side of "gain" and of "win").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<Side>,
}

/// One side of an exchange: "bought" takes in "buy", "sold" gives.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Side {
    pub exchange: String,
    pub taking: bool,
}

impl Side {
    /// The sides an `opposed-verbs` entry names: "gain:-,win:-".
    fn parse_all(form: &str) -> Vec<Side> {
        form.split(',')
            .filter_map(|sense| {
                let (exchange, pole) = sense.trim().rsplit_once(':')?;
                Some(Side { exchange: exchange.to_string(), taking: pole == "+" })
            })
            .collect()
    }
}

impl Figure {
    /// A part of a stated whole read as the share it was written as
    /// ("nearly 35 per cent of its 1,200 members": 31.5 to 35 per cent
    /// of members, not 378 to 420 members), keeping the whole; `None`
    /// for a figure not written as a share.
    pub fn as_share(&self) -> Option<Figure> {
        let share = self.share?;
        Some(Figure { value: share, unit: Unit::Percent, paired_count: None, ..self.clone() })
    }

    /// A count of a one-word thing ("people", "patients") says too little
    /// on its own: only with a predicate is it clear what was counted.
    pub fn needs_predicate(&self) -> bool {
        self.rate.is_none()
            && matches!(self.unit, Unit::Count | Unit::Percent | ORDINAL)
            && self.thing.as_deref().is_none_or(|t| !t.contains(' '))
    }
}

/// The word lists the figure reader uses, fetched once (per article) by
/// the caller from the vocabulary in force.
pub struct FigureWords<'v> {
    numbers: NumberWords<'v>,
    function_words: &'v WordList,
    verb_like_nouns: &'v WordList,
    /// Verbs of one class in what is said of a figure ("plucked" is
    /// "rescued").
    predicate_verb_classes: &'v WordList,
    /// "stood", "fell": past forms not in -ed.
    irregular_past: &'v WordList,
    /// "stood idle", "remained closed": linking verbs read past like
    /// auxiliaries.
    copulas: &'v WordList,
    /// "by", "from": where what is said of a figure splits into phrases.
    phrase_prepositions: &'v WordList,
    /// "the", "its": before a stated whole ("of the port's 24 cranes").
    determiners: &'v WordList,
    time_units: &'v WordList,
    clock_words: &'v WordList,
    ordinal_suffixes: &'v WordList,
    label_nouns: &'v WordList,
    name_nouns_after: &'v WordList,
    /// Phrases, matched anywhere in the sentence's words.
    running_markers: Vec<&'v str>,
    /// Running-total markers, matched as whole words.
    cumulative: &'v WordList,
    /// Cumulative markers written after their number ("79 in all").
    cumulative_after: &'v WordList,
    hedges_after: &'v WordList,
    rate_words: &'v WordList,
    rate_periods: &'v WordList,
    rate_adjectives: &'v WordList,
    auxiliaries: &'v WordList,
    /// "who", "that": a relative clause after a count says what is said
    /// of it ("customers who lost power").
    predicate_relatives: &'v WordList,
    /// "have", "due": before "to", they lead on to the verb ("will have
    /// to be replaced", "are due to be closed").
    catenatives: &'v WordList,
    predicate_stops: &'v WordList,
    site_nouns: &'v WordList,
    locatives: &'v WordList,
    /// "worldwide", "nationwide": where, after a counted thing.
    place_adverbs: &'v WordList,
    directions: &'v WordList,
    dimensions: &'v WordList,
    dimension_adjectives: &'v WordList,
    /// "bought" / "sold": the side of an exchange a figure's clause takes.
    opposed_verbs: &'v WordList,
    levels: &'v WordList,
    period_nouns: &'v WordList,
    period_determiners: &'v WordList,
    period_count_determiners: &'v WordList,
    month_names: &'v WordList,
    weekday_names: &'v WordList,
    /// "Mr", "Dr": not a name of a figure's scope.
    honorifics: &'v WordList,
    /// "may", "might", "should": modals between a figure and its verb.
    modals: &'v WordList,
    /// "including", "of which": a part of a whole follows.
    part_markers: &'v WordList,
    part_marker_articles: &'v WordList,
    /// "load", "haul": a quantity whose thing is after "of".
    containers: &'v WordList,
    /// "the injured", "the dead": a group of people named by an adjective.
    nominal_adjectives: &'v WordList,
    /// "involve", "support": after a plural noun, the verb.
    present_verbs: &'v WordList,
    /// "deficit", "fine": a sum of money that one noun names ("a deficit
    /// of £312m") is keyed by it alone.
    money_nouns: &'v WordList,
    /// "the previous quake": the sentence speaks of another occasion.
    background_adjectives: &'v WordList,
    /// Every list of units of measure: a unit is never the thing counted.
    unit_lists: Vec<&'v WordList>,
    /// Rates beyond "N things a day" (src/extract/rate.rs).
    rates: super::rate::RateWords<'v>,
    forms: forms::FormWords<'v>,
    keys: key::KeyWords<'v>,
}

impl<'v> FigureWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        FigureWords {
            numbers: NumberWords::new(vocab),
            function_words: vocab.list("function-words"),
            verb_like_nouns: vocab.list("verb-like-nouns"),
            irregular_past: vocab.list("irregular-past-forms"),
            predicate_verb_classes: vocab.list("predicate-verb-classes"),
            copulas: vocab.list("linking-verbs"),
            phrase_prepositions: vocab.list("predicate-prepositions"),
            determiners: vocab.list("adjective-determiners"),
            time_units: vocab.list("time-units"),
            clock_words: vocab.list("clock-words"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            label_nouns: vocab.list("label-nouns"),
            name_nouns_after: vocab.list("name-nouns-after"),
            running_markers: vocab.list("running-count-markers").phrases(),
            cumulative: vocab.list("cumulative-markers"),
            cumulative_after: vocab.list("sum-markers-after"),
            hedges_after: vocab.list("hedges-after"),
            rate_words: vocab.list("rate-words"),
            rate_periods: vocab.list("rate-periods"),
            rate_adjectives: vocab.list("rate-adjectives"),
            auxiliaries: vocab.list("predicate-auxiliaries"),
            predicate_relatives: vocab.list("predicate-relatives"),
            catenatives: vocab.list("predicate-catenatives"),
            predicate_stops: vocab.list("predicate-stops"),
            site_nouns: vocab.list("site-nouns"),
            locatives: vocab.list("place-prepositions"),
            place_adverbs: vocab.list("place-adverbs"),
            directions: vocab.list("direction-words"),
            dimensions: vocab.list("dimension-nouns"),
            dimension_adjectives: vocab.list("dimension-adjectives"),
            opposed_verbs: vocab.list("opposed-verbs"),
            levels: vocab.list("scope-levels"),
            period_nouns: vocab.list("period-nouns"),
            period_determiners: vocab.list("period-determiners"),
            period_count_determiners: vocab.list("period-count-determiners"),
            month_names: vocab.list("month-names"),
            weekday_names: vocab.list("weekday-names"),
            honorifics: vocab.list("honorifics"),
            modals: vocab.list("modal-verbs"),
            part_markers: vocab.list("part-markers"),
            part_marker_articles: vocab.list("part-marker-articles"),
            containers: vocab.list("quantity-containers"),
            nominal_adjectives: vocab.list("nominal-adjectives"),
            present_verbs: vocab.list("present-verbs"),
            money_nouns: vocab.list("money-quantity-nouns"),
            background_adjectives: vocab.list("background-adjectives"),
            unit_lists: ["length-units", "area-units", "volume-units", "mass-units", "speed-units"]
                .into_iter()
                .map(|name| vocab.list(name))
                .collect(),
            rates: super::rate::RateWords::new(vocab),
            forms: forms::FormWords::new(vocab),
            keys: key::KeyWords::new(vocab),
        }
    }

    /// How wide an area a word says a figure speaks for.
    fn level_of(&self, w: &str) -> Option<Level> {
        Some(match self.levels.form(w)? {
            "local" => Level::Local,
            "national" => Level::National,
            "global" => Level::Global,
            _ => return None,
        })
    }

    fn is_function_word(&self, w: &str) -> bool {
        self.function_words.has(w)
    }

    fn looks_like_verb(&self, w: &str) -> bool {
        looks_like_verb_with(self.verb_like_nouns, w)
    }

    /// A verb after a counted thing, irregular past forms too
    /// ("24 cranes stood idle"): used only where the thing ends and what
    /// is said of it starts, not by the subject reader.
    fn verb_after_thing(&self, w: &str) -> bool {
        self.looks_like_verb(w) || self.irregular_past.has(w)
    }

    fn is_time_unit(&self, w: &str) -> bool {
        self.time_units.has(w)
    }

    /// "every three months" at `j`: the period of the unit, how many of
    /// it, and the token after. A count in words or digits, a unit of
    /// time that is one period (a decade is none).
    fn every_n_units(&self, tokens: &[Token], lower: &[LowerWord], j: usize) -> Option<(Period, f64, usize)> {
        if lower.get(j).is_none_or(|w| w != "every") {
            return None;
        }
        let n = self.numbers.number(tokens, j + 1).filter(|n| n.unit == Unit::Count && n.value.lo == n.value.hi)?;
        let count = n.value.lo;
        let seconds = lower.get(n.end).and_then(|w| self.time_units.value(w))?;
        if count < 1.0 {
            return None;
        }
        // A period of its own when there is one ("every two weeks" is a
        // fortnight, "every three months" a quarter), so that it differs
        // from the unit's period as "a fortnight" would.
        let (period, count) = match Period::of_seconds(count * seconds) {
            Some(whole) => (whole, 1.0),
            None => (Period::of_seconds(seconds)?, count),
        };
        Some((period, count, n.end + 1))
    }

    /// A month name or abbreviation (no full stop).
    fn is_month(&self, w: &str) -> bool {
        self.month_names.has(w)
    }

    /// A weekday's full name.
    fn is_weekday(&self, w: &str) -> bool {
        self.weekday_names.has(w)
    }

    /// The first token after any place and time phrases at `j` ("in
    /// Eastvale", "at the depot", "on Monday", "last week") that lead to
    /// an auxiliary or a verb; `j` itself when none does.
    fn past_scope_phrases(&self, tokens: &[Token], lower: &[LowerWord], j: usize, share: bool) -> usize {
        let mut k = j;
        loop {
            let Some(w) = lower.get(k) else { return j };
            // A share's people may be given with "of" ("60% of residents
            // of the estate signed").
            let opens = self.locatives.has(w)
                || matches!(w.as_ref(), "on" | "by" | "during")
                || (share && w == "of")
                || self.period_determiners.has(w);
            if !opens || !tokens[k].is_word() {
                break;
            }
            let mut m = k + 1;
            let mut named = false;
            while m < tokens.len() && m < k + 5 {
                let t = &tokens[m];
                let x = lower[m].as_ref();
                let capital = t.is_word() && t.text.starts_with(char::is_uppercase);
                if capital || self.is_weekday(x) || self.period_nouns.has(x) || t.is_number() {
                    named = true;
                    m += 1;
                } else if matches!(x, "the" | "a" | "its" | "their")
                    || (t.is_word()
                        && m + 1 < tokens.len()
                        && !self.auxiliaries.has(x)
                        && !self.modals.has(x)
                        && !self.looks_like_verb(x)
                        && !self.is_function_word(x))
                {
                    // "the", or a noun of a place ("at the depot").
                    named |= !matches!(x, "the" | "a" | "its" | "their");
                    m += 1;
                } else {
                    break;
                }
            }
            if !named || m == k + 1 {
                break;
            }
            k = m;
        }
        // Only phrases that lead on to what is said of the figure: an
        // auxiliary ("in the region were evacuated"), or for a share the
        // verb itself ("38% of volunteers in the trial group reported side
        // effects"). A share is defined by what is said of it, so its
        // predicate is what makes two shares one; a count is named by its
        // thing, and a predicate in other words ("suffered damage", "were
        // damaged") would only part two reports of it.
        let leads_on = lower.get(k).is_some_and(|w| {
            self.auxiliaries.has(w) || self.modals.has(w) || (share && tokens[k].is_word() && self.looks_like_verb(w))
        });
        if k > j && leads_on { k } else { j }
    }

    /// A word of a list of units ("miles", "tonnes"); single letters are
    /// read as units only glued to their number.
    fn is_unit(&self, w: &str) -> bool {
        w.len() > 1 && self.unit_lists.iter().any(|l| l.has(w))
    }

    /// Whether a part marker ("including", "of which") ends just before
    /// the figure's first token.
    fn part_before(&self, lower: &[LowerWord], start: usize) -> bool {
        let marked = |at: usize| (1..=2).any(|n| at >= n && self.part_markers.has(&lower[at - n..at].join(" ")));
        // "including a £400,000 prize": an article between.
        marked(start) || (start >= 1 && self.part_marker_articles.has(&lower[start - 1]) && marked(start - 1))
    }

    /// Whether the figure is one of two amounts joined by "and" / "or"
    /// that share one plural noun ("$900 and $1,200 models", "3 or 4
    /// bedrooms"): amounts that name kinds. `has_thing` says whether a
    /// noun follows this figure itself.
    fn coordinated_kind(
        &self,
        tokens: &[Token],
        lower: &[LowerWord],
        start: usize,
        end: usize,
        has_thing: bool,
    ) -> bool {
        let joiner = |k: usize| lower.get(k).is_some_and(|w| w == "and" || w == "or");
        let plural_noun = |k: usize| {
            tokens.get(k).is_some_and(Token::is_word)
                && lower[k].len() > 3
                && lower[k].ends_with('s')
                && !lower[k].ends_with("ss")
                && !self.is_function_word(&lower[k])
                && !self.looks_like_verb(&lower[k])
        };
        // The number after the joiner (a sign may stand before it) and
        // the word after that number.
        let number_after = |k: usize| {
            let at = if tokens.get(k).is_some_and(|t| !t.is_word() && !t.is_number()) { k + 1 } else { k };
            self.numbers.number(tokens, at).map(|n| n.end)
        };
        if has_thing {
            // The second amount: "... and $1,200 models".
            start >= 2 && joiner(start - 1) && tokens[start - 2].is_number() && plural_noun(end)
        } else {
            joiner(end) && number_after(end + 1).is_some_and(plural_noun)
        }
    }

    /// Whether a determiner and an adjective of the background list
    /// before a noun ("the last earthquake", "a previous record") put the
    /// sentence, before token `start`, on another occasion. "the last
    /// three days" and "the last year" are periods, not occasions.
    fn background_before(&self, tokens: &[Token], lower: &[LowerWord], start: usize) -> bool {
        (1..start.saturating_sub(1)).any(|k| {
            let noun = k + 1;
            matches!(lower[k - 1].as_ref(), "the" | "a" | "an" | "its" | "their" | "his" | "her")
                && self.background_adjectives.has(&lower[k])
                && tokens[noun].is_word()
                && !self.period_nouns.has(&lower[noun])
                && !self.is_function_word(&lower[noun])
                && self.numbers.small(&lower[noun]).is_none()
        })
    }
}

/// Puts a figure's keys into canonical form with the rules' aliases,
/// measure synonyms and spellings, and converts a measure's unit ("5
/// miles", "8 km") to its base unit.
pub fn canonicalise(f: &mut Figure, rules: &RuleSet) {
    for key in [&mut f.thing, &mut f.predicate, &mut f.lead, &mut f.subject, &mut f.head].into_iter().flatten() {
        *key = rules.canonical_key(key);
    }
    // The names of the scope too (one word each: "Greens" is "Green
    // Party"), and each place ("Britain" is "United Kingdom").
    f.scope.names = rules.canonical_words(&f.scope.names);
    for place in &mut f.scope.places {
        let words: Vec<String> = place.split(' ').map(str::to_string).collect();
        *place = rules.canonical_words(&words).join(" ");
    }
    if let Unit::Measure(u) = f.unit
        && let Some((m, factor)) = rules.unit(u)
    {
        f.value = f.value.scale(factor);
        f.unit = Unit::Count;
        f.thing = Some(crate::rules::key_words(&m.name).join(" "));
    } else if let Some(thing) = &f.thing
        && let Some((first, rest)) = thing.split_once(' ').or(Some((thing.as_str(), "")))
        && let Some((m, factor)) = rules.unit(first)
    {
        let name = crate::rules::key_words(&m.name).join(" ");
        f.thing = Some(if rest.is_empty() { name } else { format!("{name} {rest}") });
        f.value = f.value.scale(factor);
    }
}

/// Reads every figure in one sentence.
pub fn figures_in_sentence_with(read: &Sentence<'_>, hedges: &HedgeTable, words: &FigureWords, out: &mut Vec<Figure>) {
    let (tokens, lower, sentence) = (&read.tokens, &read.lower, read.span);
    // Sentence-wide, and only asked by a rate that a figure did not read
    // ("one every 20 minutes"): figures judge it per clause.
    let running_count = || is_running_count(words, lower);
    let first_new = out.len();
    let mut i = 0;
    while i < tokens.len() {
        if !words.forms.may_start_figure(tokens, lower, i) {
            debug_assert!(
                forms::special_at(&words.forms, tokens, lower, i).is_none()
                    && words.numbers.number(tokens, i).is_none(),
                "a figure starts at `{}`, which may_start_figure refuses: add its first word to a list it reads",
                tokens[i].text
            );
            i += 1;
            continue;
        }
        let special = forms::special_at(&words.forms, tokens, lower, i);
        let form = special.map(|s| s.form);
        match special.map(|s| s.num).or_else(|| words.numbers.number(tokens, i)) {
            Some(num) => {
                let next = num.end.max(i + 1);
                if let Some(f) = read_figure(words, tokens, lower, num, form, sentence, hedges) {
                    i = f.1.max(next);
                    out.push(f.0);
                } else {
                    i = next;
                }
            }
            None => i += 1,
        }
    }
    // Rates in other forms ("every 15 minutes", unit rates, money rates'
    // keys): src/extract/rate.rs.
    let fresh = &mut out[first_new..];
    let mut extra = Vec::new();
    let scope = |a: usize, b: usize| read_scope(words, tokens, lower, a, b);
    super::rate::rates_in_sentence(read, hedges, &words.rates, fresh, &scope, &running_count, &mut extra);
    out.extend(extra);
}

/// Whether the word at `j` ends its noun phrase: nothing follows it, or
/// a symbol or a function word does ("2,000 visitors daily, ...", "12
/// films annually."), not a noun it describes ("monthly payments").
fn ends_phrase(words: &FigureWords, tokens: &[Token], lower: &[LowerWord], j: usize) -> bool {
    tokens.get(j + 1).is_none_or(|t| !t.is_word() || words.is_function_word(&lower[j + 1]))
}

/// Whether the words of a figure's clause say its count is still moving
/// ("the toll has risen to"); another clause of the sentence ("turnover
/// has risen") says nothing of it.
fn is_running_count(words: &FigureWords, lower: &[LowerWord]) -> bool {
    let joined = lower.join(" ");
    words.running_markers.iter().any(|m| joined.contains(m))
}

/// Words that make a number something other than a counted figure.
fn is_not_a_count(words: &FigureWords, tokens: &[Token], lower: &[LowerWord], num: &ParsedNumber) -> bool {
    let first = &tokens[num.start];
    let next = tokens.get(num.end);
    let next_lower = lower.get(num.end).map_or("", |w| w.as_ref());
    let prev_lower = num.start.checked_sub(1).map_or("", |p| lower[p].as_ref());
    // Years: a bare four-digit number in the calendar's range.
    let is_year = num.unit == Unit::Count
        && first.is_number()
        && first.text.len() == 4
        && (1800.0..=2100.0).contains(&num.value.lo);
    // Dates and times: "13 June", "June 13", "3am", "21:40", "2017/18", "2nd".
    let date_or_time = words.is_month(next_lower)
        || words.is_month(prev_lower)
        || words.clock_words.has(next_lower)
        || words.ordinal_suffixes.has(next_lower)
        // A colon, slash or full stop is a separator ("21:40", "2017/18",
        // "21.40") only with a digit glued after it; otherwise it ends a
        // clause ("put the bill at £7.4m: £2.1m for ...").
        || (next.is_some_and(|t| t.glued && (t.is(":") || t.is("/") || t.is(".")))
            && tokens.get(num.end + 1).is_some_and(|t| t.glued && t.is_number()))
        || (num.start > 0 && tokens[num.start].glued && matches!(tokens[num.start - 1].text, ":" | "/"));
    // Durations and ages ("12 months", "48-hour", "27-year-old") belong to
    // their own kinds.
    let duration = words.is_time_unit(next_lower)
        || (next.is_some_and(|t| t.glued && t.is("-"))
            && lower.get(num.end + 1).is_some_and(|w| words.is_time_unit(w) || w.starts_with("year")));
    // Compounds ("48-strong", "3-1"): an attribute, not a count.
    let compound = num.unit == Unit::Count && next.is_some_and(|t| t.glued && t.is("-"));
    // Labels: "No. 10", "Plan 3.0", "page 4", "Issue 212", "route 66".
    // Names: "a 9 calibre pistol", "a 12-gauge shotgun": the number names
    // a kind of thing; two kinds differ without contradicting.
    let name_after = |i: usize| lower.get(i).is_some_and(|w| words.name_nouns_after.has(w));
    let label = words.label_nouns.has(prev_lower)
        || name_after(num.end)
        || (next.is_some_and(|t| t.glued && t.is("-")) && name_after(num.end + 1));
    // "one" on its own is almost never a checkable figure.
    let lone_one = num.in_words && num.value.lo == 1.0;
    // The second half of a score or a name: "27-24", "AK-47", "F-16".
    let after_dash = first.glued && num.start > 0 && tokens[num.start - 1].is("-");
    // A code or a specification: "320GB", "9400M", "2.4GHz".
    let coded = next.is_some_and(|t| t.glued && t.is_word()) && num.end == num.start + 1 && first.is_number();
    // Part of a ratio: "one in every 500", "178 of 369".
    let k = num.start;
    let ratio = (k >= 2 && prev_lower == "in" && matches!(lower[k - 2].as_ref(), "one" | "1"))
        || (k >= 3 && prev_lower == "every" && lower[k - 2] == "in")
        || (k >= 2 && prev_lower == "of" && tokens[k - 2].is_number())
        || (k >= 3
            && matches!(prev_lower, "his" | "her" | "its" | "their" | "the")
            && lower[k - 2] == "of"
            && tokens[k - 3].is_number());
    is_year || date_or_time || duration || compound || label || lone_one || after_dash || coded || ratio
}

/// Builds a figure from the number at `num`, returning it and the index of
/// the first token after its words.
// One reading step after another (hedge, unit, rate, thing, predicate,
// scope); issue #13 reshapes figure keys and will split it by step.
#[allow(clippy::too_many_lines)]
fn read_figure(
    words: &FigureWords,
    tokens: &[Token],
    lower: &[LowerWord],
    num: ParsedNumber,
    form: Option<Form>,
    sentence: Span,
    hedges: &HedgeTable,
) -> Option<(Figure, usize)> {
    if form.is_none() && is_not_a_count(words, tokens, lower, &num) {
        return None;
    }
    // A place in a series is checkable only as someone's ("the club's
    //  9th season", "its fifth warning"): "the 79th awards" and "the
    // third time" are background, not a claim about a subject.
    if form == Some(Form::Ordinal) {
        let owner = num.start.checked_sub(1).map(|p| lower[p].as_ref()).is_some_and(|w| {
            w.ends_with("'s") || w.ends_with("’s") || matches!(w, "its" | "their" | "his" | "her" | "our")
        });
        if !owner {
            return None;
        }
    }
    // A number glued after letters is part of a name ("SMW4", "A380").
    if num.start > 0 && tokens[num.start].glued && tokens[num.start - 1].is_word() {
        return None;
    }
    // Prices by the unit of measure ("140 pence a litre", "£6.36 a
    // gallon", "$420 per tonne") are not compared yet: read as a bare sum
    // and a quantity, one price written per litre and per gallon would be
    // two contradictions. Neither the sum nor its denominator is a figure.
    let per_measure =
        |j: usize| lower.get(j).is_some_and(|w| words.rate_words.has(w)) && words.forms.measure_unit_at(tokens, j + 1);
    if matches!(num.unit, Unit::Money(_)) && per_measure(num.end) {
        return None;
    }
    if matches!(num.unit, Unit::Measure(_))
        && lower.get(num.start).is_some_and(|w| words.rate_words.has(w))
        && (num.start.saturating_sub(3)..num.start).any(|k| {
            let money = |n: &ParsedNumber| matches!(n.unit, Unit::Money(_)) && n.end == num.start;
            words.numbers.number(tokens, k).is_some_and(|n| money(&n))
                || forms::special_at(&words.forms, tokens, lower, k).is_some_and(|sp| money(&sp.num))
        })
    {
        return None;
    }
    let mut value = num.value;
    let mut end = num.end;
    let mut unit = num.unit;
    // The value a hedge bounds: the number as written, before rounding
    // widened it ("nearly two stone" is under two stone); a range keeps
    // its ends.
    let mut written = num.written();

    // Ranges: "60 or 70", "between 60 and 70", "60-70", "60 to 70".
    let prev_word = |k: usize| k.checked_sub(1).map_or("", |p| lower[p].as_ref());
    let joiner = lower.get(end).map_or("", |w| w.as_ref());
    let between = prev_word(num.start) == "between";
    let glued_dash = tokens.get(end).is_some_and(|t| t.glued && t.is("-"));
    if form.is_none()
        && (matches!(joiner, "or" | "to") || (joiner == "and" && between) || glued_dash)
        && let Some(second) = words.numbers.number(tokens, end + 1)
    {
        let from_to = joiner == "to" && prev_word(num.start) == "from";
        // "between 38 and 42 km", "5 or 6 million", "£5 and £6m": the first
        // number takes the second's unit and scale, written once after
        // both (a first number with its own scale word keeps it).
        let raw =
            |k: usize| tokens[k].is_number().then(|| tokens[k].text.replace(',', "").parse::<f64>().ok()).flatten();
        let second_digits = if tokens[end + 1].is_number() { end + 1 } else { end + 2 };
        if (unit == Unit::Count || unit == second.unit)
            && let (Some(first_raw), Some(second_raw)) = (raw(num.end - 1), raw(second_digits.min(tokens.len() - 1)))
            && second_raw > 0.0
            && first_raw == written.lo
        {
            let factor = second.written().lo / second_raw;
            if factor.is_finite() && factor > 1.0 {
                value = value.scale(factor);
                written = written.scale(factor);
            }
        }
        let rising = second.value.lo >= value.hi;
        if !from_to && rising && (second.unit == unit || unit == Unit::Count) {
            value = value.hull(&second.value);
            written = value;
            unit = second.unit;
            end = second.end;
        }
    }

    // Hedges before the number, and "or more", "or so", "plus" after it.
    let words_before: Vec<&str> =
        lower[num.start.saturating_sub(4)..num.start].iter().map(std::convert::AsRef::as_ref).collect();
    let (mut hedge, used) = hedges.find(&words_before).unwrap_or((Hedge::Exact, 0));
    // A fraction in words is a round figure: "a quarter" is about 25%.
    if hedge == Hedge::Exact && matches!(form, Some(Form::Fraction | Form::Ratio)) {
        hedge = Hedge::About;
    }
    let hedge_start = num.start - used;
    if let Some((used, Entry::Form(reading))) = words.hedges_after.longest_prefix(&lower[end..])
        && let Some(h) = Hedge::from_reading(reading)
    {
        hedge = h;
        end += used;
    }
    let figure_span = Span::new(tokens[hedge_start].span.start, tokens[end - 1].span.end);
    let bounded = if hedge.is_directional() { written } else { value };
    let mut value = if form == Some(Form::Temperature) {
        temperature_hedge(hedge, bounded)
    } else {
        hedge.apply(bounded, &hedges.widths)
    };

    // The thing counted.
    let mut j = end;
    let mut rate = None;
    // "an annual food bill of $1.1m", "a weekly wage of £400": the noun
    // phrase the amount is "of" gives its period.
    if !matches!(unit, Unit::Count | Unit::Percent) && hedge_start >= 2 && lower[hedge_start - 1] == "of" {
        for k in (hedge_start.saturating_sub(5)..hedge_start - 1).rev() {
            if !tokens[k].is_word() {
                break;
            }
            if let Some(p) = Period::from_list(words.rate_adjectives, &lower[k]) {
                rate = Some(p);
                break;
            }
            if words.is_function_word(&lower[k]) {
                break;
            }
        }
    }
    // A part of a stated whole: "nine of the yard's 16 gantries", "nearly
    // a third of the academy's 900 pupils", "40% of its 300 staff": a
    // count of the whole's thing, the share applied to it.
    let mut form = form;
    let mut of_whole = false;
    let mut whole_value = None;
    let mut share = None;
    if matches!(unit, Unit::Count | Unit::Percent)
        && form != Some(Form::Ordinal)
        && let Some((whole, after)) = whole_after(words, tokens, lower, end)
    {
        if unit == Unit::Percent {
            share = Some(value);
            value = value.scale(whole.lo / 100.0);
            unit = Unit::Count;
            form = None;
        }
        j = after;
        of_whole = true;
        whole_value = Some(whole);
    }
    // "12 per cent of a budget", "£9m of funding", "half the crew": the
    // thing follows "of". "31 of the injured", "twelve of the passengers":
    // a count of a group the article has named, whose thing follows.
    let half_the = j > 0
        && lower[j - 1] == "half"
        && lower.get(j).is_some_and(|w| words.determiners.has(w) && !matches!(w.as_ref(), "a" | "an"));
    let of_the_group = unit == Unit::Count
        && form.is_none()
        && lower.get(j).is_some_and(|w| w == "of")
        && lower.get(j + 1).is_some_and(|w| words.determiners.has(w));
    if !of_whole && (half_the || of_the_group || (unit != Unit::Count && lower.get(j).is_some_and(|w| w == "of"))) {
        j += usize::from(!half_the);
        while lower.get(j).is_some_and(|w| matches!(w.as_ref(), "the" | "its" | "their" | "all" | "those" | "these")) {
            j += 1;
        }
        // "a fifth of the club's members": the thing is what the owner
        // owns (the owner is read past).
        if lower.get(j).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
            && tokens.get(j + 1).is_some_and(Token::is_word)
        {
            j += 1;
        }
    }
    let thing_start = j;
    let mut thing_words: Vec<String> = Vec::new();
    let mut unit_in_thing = false;
    // "12 metres long", "3 feet deep": the adjective names the dimension,
    // which is the thing, as in "a length of 12 metres".
    // Only a length or a weight has one: "64,000 acres across two
    // counties" is an area in a place.
    let dimension_after = if matches!(unit, Unit::Measure("m" | "kg")) {
        lower
            .get(j)
            .and_then(|w| words.dimension_adjectives.form(w))
            .filter(|d| (*d == "weight") == (unit == Unit::Measure("kg")))
    } else {
        None
    };
    if let Some(dimension) = dimension_after {
        thing_words.push(stem(dimension));
        j += 1;
    }
    while dimension_after.is_none() && j < tokens.len() && thing_words.len() < 4 {
        let t = &tokens[j];
        let w = lower[j].as_ref();
        if !t.is_word() {
            break;
        }
        if rate.is_none()
            && let Some(p) = Period::from_list(words.rate_adjectives, w)
        {
            // "900 daily trains"; after the thing, when it ends the
            // phrase, it ends the thing ("2,000 visitors daily") and is
            // read below.
            if thing_words.is_empty() {
                rate = Some(p);
                j += 1;
                continue;
            }
            if ends_phrase(words, tokens, lower, j) {
                break;
            }
        }
        // "a 16-tonne load of wood pellets": the container names no kind;
        // the thing is what it holds.
        if thing_words.is_empty()
            && words.containers.has(w)
            && lower.get(j + 1).is_some_and(|n| n == "of")
            && tokens.get(j + 2).is_some_and(Token::is_word)
        {
            j += 2;
            while lower.get(j).is_some_and(|n| words.determiners.has(n)) {
                j += 1;
            }
            continue;
        }
        if w == "of" && !thing_words.is_empty() {
            // "subjects of interest": one word of complement; a name after
            // "of" ("the 400 block of Elm Street") is a place, not a kind.
            match (tokens.get(j + 1), lower.get(j + 1)) {
                (Some(n), Some(nw))
                    if n.is_word()
                        && !words.is_function_word(nw)
                        && !words.looks_like_verb(nw)
                        && !n.text.starts_with(char::is_uppercase) =>
                {
                    thing_words.push("of".into());
                    thing_words.push(stem(nw));
                    j += 2;
                }
                _ => {}
            }
            break;
        }
        // "the injured", "the 80 wounded": the group the adjective names.
        if thing_words.is_empty() && words.nominal_adjectives.has(w) {
            thing_words.push(stem(w));
            j += 1;
            break;
        }
        // "40 per cent of crashes involve fog": a plural noun, then its
        // verb in the present.
        let plural_before = j > 0 && lower[j - 1].ends_with('s') && !lower[j - 1].ends_with("ss");
        if !thing_words.is_empty() && plural_before && words.present_verbs.has(w) {
            break;
        }
        if words.is_function_word(w)
            || (!w.contains('-') && words.verb_after_thing(w))
            || words.is_time_unit(w)
            || words.place_adverbs.has(w)
        {
            break;
        }
        // "15 miles north of the city": a location, not a quantity.
        if words.directions.has(w) {
            return None;
        }
        unit_in_thing |= words.is_unit(w);
        thing_words.push(stem(w));
        j += 1;
    }
    // "one card in every four": the thing stands between the numbers.
    let noun_between =
        (thing_words.is_empty() && form == Some(Form::Ratio)).then(|| forms::ratio_noun(lower, num.start)).flatten();
    if let Some(k) = noun_between {
        thing_words.push(stem(&lower[k]));
    }
    // A duration names its thing only as a compound ("a 44-month
    // sentence"); after "seven years" a noun is rarely what lasted.
    let compound = num.end >= 2 && tokens[num.end - 1].glued && tokens[num.end - 2].is("-");
    if form == Some(Form::Duration) && !compound {
        thing_words.clear();
    }
    let thing_span = (j > thing_start && !thing_words.is_empty())
        .then(|| Span::new(tokens[thing_start].span.start, tokens[j - 1].span.end))
        .or(noun_between.map(|k| tokens[k].span));
    // A rate after the thing: "a day", "per month", "each week", "every
    // day"; "a quarter of them" is a share, not a period.
    let mut figure_span = figure_span;
    if rate.is_none()
        && let (Some(a), Some(p)) = (lower.get(j), lower.get(j + 1))
        && words.rate_words.has(a)
        && let Some(period) = Period::from_list(words.rate_periods, p)
        && lower.get(j + 2).is_none_or(|w| w != "of")
    {
        rate = Some(period);
        j += 2;
        // "£19m a month": the rate's words are read; the next figure
        // starts after them.
        end = end.max(j);
    } else if rate.is_none()
        && let Some(p) = lower.get(j).and_then(|w| Period::from_list(words.rate_adjectives, w))
        && ends_phrase(words, tokens, lower, j)
    {
        // "2,000 visitors daily", "12 films annually.": the adverb ends
        // the phrase; before a noun it is the noun's ("24 equal monthly
        // payments", "an average annual value").
        rate = Some(p);
        j += 1;
        end = end.max(j);
    } else if rate.is_none()
        && let Some((period, count, after)) = words.every_n_units(tokens, lower, j)
    {
        // "900 volunteers every three months": 300 a month, and the
        // label says so itself.
        rate = Some(period);
        value = value.scale(1.0 / count);
        figure_span = Span::new(figure_span.start, tokens[after - 1].span.end);
        j = after;
        end = end.max(j);
    }

    // "150 nautical miles", "9 statute miles": a unit the measure reader
    // does not know is still a unit, never the thing counted. (A rate
    // "2,800 cubic metres an hour" is the unit rate reader's to read.)
    if unit_in_thing && rate.is_none() {
        return None;
    }
    // The whole of a part before it ("five of the yard's 16 gantries were
    // idle"): what the clause's verb says is said of the part, not of the
    // whole. A participle right after the whole ("three of the four
    // soldiers killed by friendly fire") still says which whole it is.
    let predicate = read_predicate(words, tokens, lower, j, unit == Unit::Percent);
    let clause_verb =
        lower.get(j).is_some_and(|w| words.auxiliaries.has(w) || words.modals.has(w) || words.copulas.has(w));
    let predicate = predicate.filter(|_| !(clause_verb && part_before_whole(words, tokens, lower, num.start)));
    let thing = (!thing_words.is_empty()).then(|| thing_words.join(" "));
    let clause_start = tokens[..hedge_start].iter().rposition(is_clause_break).map_or(0, |p| p + 1);
    let content = |k: &usize| {
        let w = lower[*k].as_ref();
        tokens[*k].is_word() && !words.is_function_word(w) && hedges.find(&[w]).is_none()
    };
    // "a depth of 22 miles", "a height of 30m": the dimension is the thing.
    let dimension = (thing.is_none() && matches!(unit, Unit::Measure(_)))
        .then(|| {
            (clause_start..hedge_start)
                .rev()
                .find(|&k| tokens[k].is_word() && !matches!(lower[k].as_ref(), "of" | "a" | "an" | "the" | "at" | "to"))
                .filter(|&k| words.dimensions.has(&lower[k]))
                .map(|k| stem(&lower[k]))
        })
        .flatten();
    let thing = thing.or(dimension);
    let keys = key::read_keys(
        &words.keys,
        hedges,
        &key::At { tokens, lower, clause_start, start: hedge_start, end, thing: thing.as_deref() },
        unit == Unit::Percent,
        form == Some(Form::Duration),
    );
    if keys.hypothetical {
        return None;
    }
    // A temperature is of the air (or water) where it was taken: its
    // head is the dimension, its scope the place.
    let head = if form == Some(Form::Temperature) { Some("temperatur".to_string()) } else { keys.head };
    // Durations and ordinals say what they are of, or nothing: the words
    // before them are too loose a key.
    let loose_allowed = !matches!(form, Some(Form::Duration | Form::Ordinal));
    if !loose_allowed && head.is_none() && thing.is_none() {
        return None;
    }
    let (lead, subject) = if loose_allowed && thing.is_none() && (unit != Unit::Count || rate.is_some()) {
        let before: Vec<usize> = (clause_start..hedge_start).filter(content).collect();
        let lead = before[before.len().saturating_sub(3)..].iter().map(|&k| stem(&lower[k])).collect::<Vec<_>>();
        let subject = matches!(unit, Unit::Measure(_))
            .then(|| {
                // The subject stands before the clause's verb: in "who
                // completed 28 passes for 329 yards" the passes are
                // the object, and the clause gives no subject.
                before
                    .iter()
                    .take_while(|&&k| !words.looks_like_verb(&lower[k]))
                    .find(|&&k| !tokens[k].glued)
                    .map(|&k| stem(&lower[k]))
            })
            .flatten();
        ((lead.len() >= 2).then(|| lead.join(" ")), subject)
    } else {
        (None, None)
    };
    // "It had a deficit of £312m": a sum that one money noun names, with
    // nothing else to key it, is keyed by that noun ("a deficit of more
    // than £333m" meets it; years and periods in scope still part them).
    let head = match head {
        None if matches!(unit, Unit::Money(_)) && rate.is_none() && thing.is_none() && lead.is_none() => (clause_start
            ..hedge_start)
            .rev()
            .find(|&k| content(&k))
            .filter(|&k| words.money_nouns.has(&lower[k]))
            .map(|k| stem(&lower[k])),
        head => head,
    };
    // "$50m, including $41m in cash": a part is kept though nothing keys
    // it, so that a check can see the article gives it beside its whole.
    let part = words.part_before(lower, hedge_start);
    // A sum or measure by the period with nothing else to key it yet ("It
    // spends $14,000 a week on food") is kept: the rate reader keys it on
    // what it is for.
    let rate_to_key = rate.is_some() && !matches!(unit, Unit::Count | Unit::Percent);
    if thing.is_none()
        && predicate.is_none()
        && lead.is_none()
        && subject.is_none()
        && head.is_none()
        && !part
        && !rate_to_key
    {
        return None;
    }
    // "the $900 and $1,200 models": each amount names a kind of the
    // thing, not how much of it there is.
    if words.coordinated_kind(tokens, lower, hedge_start, end, thing_span.is_some()) {
        return None;
    }
    let value = match rate {
        Some(p) => value.scale(1.0 / p.days()),
        None => value,
    };
    let clause_end = tokens[j.min(tokens.len())..].iter().position(is_clause_break).map_or(tokens.len(), |p| j + p);
    let running_count = is_running_count(words, &lower[clause_start..clause_end]);
    let mut scope = read_scope(words, tokens, lower, hedge_start, j);
    scope.increment = keys.increment;
    scope.part = part;
    let figure = Figure {
        span: figure_span,
        value,
        hedge,
        unit,
        rate,
        thing,
        thing_span,
        predicate: predicate.map(|p| p.0),
        lead,
        subject,
        scope,
        sentence,
        running_count,
        purpose: None,
        head,
        verb: keys.verb,
        agent: keys.agent,
        stock: keys.stock,
        form,
        paired_count: paired_count(words, tokens, lower, hedge_start, end),
        of_whole: whole_value,
        share,
        sides: (clause_start..hedge_start)
            .rev()
            .find_map(|k| words.opposed_verbs.form(&lower[k]))
            .map(Side::parse_all)
            .unwrap_or_default(),
    };
    Some((figure, end))
}

/// "of the yard's 16" / "of its 300" / "of 640" after a part ending at
/// `end`: the whole's value and the token after its number.
fn whole_after(words: &FigureWords, tokens: &[Token], lower: &[LowerWord], end: usize) -> Option<(Interval, usize)> {
    // "half the 40 passengers": "half" takes its whole without "of".
    let half = end > 0 && lower[end - 1] == "half";
    let mut k = match lower.get(end) {
        Some(w) if w == "of" => end + 1,
        Some(w) if half && words.determiners.has(w) && !matches!(w.as_ref(), "a" | "an") => end,
        _ => return None,
    };
    if lower.get(k).is_some_and(|w| words.determiners.has(w)) {
        k += 1;
    }
    if lower.get(k).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s")) {
        k += 1;
    }
    let n = words.numbers.number(tokens, k).filter(|n| n.unit == Unit::Count && n.value.lo == n.value.hi)?;
    tokens.get(n.end).filter(|t| t.is_word() && !words.is_function_word(&lower[n.end]))?;
    Some((n.value, n.end))
}

/// Whether the number at `start` is the whole of a part written before
/// it ("five of the yard's 16", "a third of its 900").
fn part_before_whole(words: &FigureWords, tokens: &[Token], lower: &[LowerWord], start: usize) -> bool {
    let mut k = start;
    if k > 0 && (lower[k - 1].ends_with("'s") || lower[k - 1].ends_with("’s")) {
        k -= 1;
    }
    if k > 0 && words.determiners.has(&lower[k - 1]) {
        k -= 1;
    }
    // "half the 40 passengers": "half" takes its whole without "of".
    if k >= 1 && lower[k - 1] == "half" && k < start {
        return true;
    }
    if k < 2 || lower[k - 1] != "of" {
        return false;
    }
    let p = k - 2;
    tokens[p].is_number() || words.numbers.small(&lower[p]).is_some() || words.forms.is_fraction_noun(&lower[p])
}

/// The count a figure at `start..end` is paired with: "N noun(s) for
/// FIGURE" before it, or "FIGURE (word) on N noun" after it.
fn paired_count(
    words: &FigureWords,
    tokens: &[Token],
    lower: &[LowerWord],
    start: usize,
    end: usize,
) -> Option<Interval> {
    let counted = |at: usize, noun_end: usize| {
        words.numbers.number(tokens, at).filter(|n| {
            n.unit == Unit::Count
                && n.end < noun_end
                && noun_end - n.end <= 2
                && (n.end..noun_end).all(|k| tokens[k].is_word() && words.numbers.small(&lower[k]).is_none())
        })
    };
    if start >= 3 && lower[start - 1] == "for" {
        let found = (start.saturating_sub(4)..start - 2).find_map(|at| counted(at, start - 1));
        if let Some(n) = found {
            return Some(n.value);
        }
    }
    let on = (end..(end + 2).min(lower.len())).find(|&k| lower[k] == "on" && (k == end || tokens[end].is_word()))?;
    let n = words.numbers.number(tokens, on + 1).filter(|n| n.unit == Unit::Count)?;
    tokens.get(n.end).filter(|t| t.is_word() && words.numbers.small(&lower[n.end]).is_none())?;
    Some(n.value)
}

/// A hedge on a temperature reaches by degrees, not by a share of the
/// value (zero has no share): "about 5C" is 3.5 to 6.5.
fn temperature_hedge(hedge: Hedge, v: Interval) -> Interval {
    const REACH: f64 = 1.5;
    match hedge {
        Hedge::Exact => v,
        Hedge::About => Interval::new(v.lo - REACH, v.hi + REACH),
        Hedge::Nearly | Hedge::MostOf => Interval::new(v.lo - REACH, v.hi),
        Hedge::JustOver => Interval::new(v.lo, v.hi + REACH),
        Hedge::Over => Interval { lo: v.lo, hi: f64::INFINITY },
        Hedge::Under | Hedge::UpTo => Interval { lo: f64::NEG_INFINITY, hi: v.hi },
    }
}

/// "have been waiting over two years" → "wait over two year".
/// "40 patients in Eastvale were moved", "90 staff at the depot on
/// Monday may leave": place and time phrases between the figure and its
/// verb are read past, and after an auxiliary or a modal any word that is
/// no function word is the verb, whatever its ending ("have gone").
fn read_predicate(
    words: &FigureWords,
    tokens: &[Token],
    lower: &[LowerWord],
    mut j: usize,
    share: bool,
) -> Option<(String, usize)> {
    j = words.past_scope_phrases(tokens, lower, j, share);
    let skip_auxiliaries = |mut k: usize| {
        while lower.get(k).is_some_and(|w| words.auxiliaries.has(w) || words.modals.has(w)) {
            k += 1;
        }
        k
    };
    // "customers who lost power", "trees that were felled": the relative
    // clause's verb is the figure's; not "lampposts that the council owns"
    // (the relative is the object of another subject's verb).
    if lower.get(j).is_some_and(|w| words.predicate_relatives.has(w)) {
        let m = skip_auxiliaries(j + 1);
        if tokens.get(m).is_some_and(Token::is_word)
            && lower.get(m).is_some_and(|w| !words.is_function_word(w) && (m > j + 1 || words.verb_after_thing(w)))
        {
            j += 1;
        }
    }
    let before_aux = j;
    loop {
        j = skip_auxiliaries(j);
        // "will also have to be replaced", "are due to be", "need to be".
        if lower.get(j).is_some_and(|w| words.catenatives.has(w)) && lower.get(j + 1).is_some_and(|w| w == "to") {
            j += 2;
        } else if lower.get(j).is_some_and(|w| w == "to") && j > 0 && words.catenatives.has(&lower[j - 1]) {
            j += 1;
        } else {
            break;
        }
    }
    // "stood idle" says what "were idle" says.
    if lower.get(j).is_some_and(|w| words.copulas.has(w))
        && tokens.get(j + 1).is_some_and(Token::is_word)
        && lower.get(j + 1).is_some_and(|w| !words.is_function_word(w))
    {
        j += 1;
        while lower.get(j).is_some_and(|w| words.auxiliaries.has(w)) {
            j += 1;
        }
        let w = lower.get(j)?;
        return Some((stem(w), j + 1));
    }
    let verb = lower.get(j)?;
    let after_aux = j > before_aux && !words.is_function_word(verb) && !words.auxiliaries.has(verb);
    // "were in the hall", "was at the depot": where they were is what is
    // said of them.
    let located = j > before_aux && words.locatives.has(verb) && tokens.get(j + 1).is_some_and(Token::is_word);
    // "40 per cent of crashes involve fog": a verb in the present.
    let present = words.present_verbs.has(verb);
    if !tokens[j].is_word()
        || !(words.verb_after_thing(verb) || after_aux || located || present)
        || verb.ends_with("ly")
    {
        return None;
    }
    let mut said = if located { vec!["be".to_string(), verb.to_string()] } else { vec![stem(verb)] };
    j += 1;
    while j < tokens.len() && said.len() < 6 {
        let t = &tokens[j];
        let w = lower[j].as_ref();
        if words.predicate_stops.has(w) {
            break;
        }
        if t.is_number() {
            said.push(t.text.replace(',', ""));
        } else if t.is_word() {
            if !matches!(w, "the" | "a" | "an" | "their" | "its" | "his" | "her") {
                said.push(stem(w));
            }
        } else {
            break;
        }
        j += 1;
    }
    // One canonical form for what is said: the verb's class
    // ("plucked" is "rescued"), then its phrases in a fixed order ("by
    // boat from homes" is "from homes by boat"), a preposition the
    // six-word cut left without its noun dropped.
    // A verb and its particle first ("came down" is "fell").
    if said.len() >= 2
        && let Some(class) = words.predicate_verb_classes.form(&format!("{} {}", said[0], said[1]))
    {
        said[0] = class.to_string();
        said.remove(1);
    } else if let Some(class) = words.predicate_verb_classes.form(&said[0]) {
        said[0] = class.to_string();
    }
    let mut chunks: Vec<Vec<String>> = vec![vec![said[0].clone()]];
    for w in &said[1..] {
        if words.locatives.has(w) || words.phrase_prepositions.has(w) {
            chunks.push(vec![w.clone()]);
        } else if let Some(last) = chunks.last_mut() {
            last.push(w.clone());
        }
    }
    if chunks.len() > 1 && chunks.last().is_some_and(|c| c.len() == 1) {
        chunks.pop();
    }
    let head = chunks.remove(0);
    chunks.sort();
    let said: Vec<String> = head.into_iter().chain(chunks.into_iter().flatten()).collect();
    Some((said.join(" "), j))
}

fn is_clause_break(t: &Token) -> bool {
    !t.is_word() && !t.is_number() && matches!(t.text, "," | ";" | ":" | "(" | ")" | "–" | "—" | "•")
}

/// Whether a running-total marker stands, as whole words, in the clause
/// `lower[clause_start..clause_end]` or before it. A marker written after
/// its number ("1,085 in all") speaks for its own clause only, so one
/// before the clause is passed over with its words ("in all" is both).
/// Read a token at a time: joining the words and searching the string
/// for every marker was a third of reading a figure.
fn says_cumulative(words: &FigureWords, lower: &[LowerWord], clause_start: usize, clause_end: usize) -> bool {
    let mut k = 0;
    while k < clause_end {
        if k < clause_start
            && let Some((n, _)) = words.cumulative_after.longest_prefix(&lower[k..clause_start])
        {
            k += n;
            continue;
        }
        if words.cumulative.longest_prefix(&lower[k..clause_end]).is_some() {
            return true;
        }
        k += 1;
    }
    false
}

/// The scope of a figure: its clause, plus a sentence-opening adverbial
/// ("Across the county, 31 people were fined").
fn read_scope(words: &FigureWords, tokens: &[Token], lower: &[LowerWord], start: usize, end: usize) -> Scope {
    let clause_start = tokens[..start].iter().rposition(is_clause_break).map_or(0, |p| p + 1);
    let clause_end = tokens[end.min(tokens.len())..].iter().position(is_clause_break).map_or(tokens.len(), |p| end + p);
    let mut ranges = vec![(clause_start, clause_end)];
    if clause_start > 0
        && lower.first().is_some_and(|w| words.locatives.has(w) || words.levels.has(w) || w == "overall")
        && let Some(first_break) = tokens.iter().position(is_clause_break)
    {
        ranges.push((0, first_break));
    }
    let mut scope = Scope::default();
    for (a, b) in ranges {
        for k in a..b {
            let t = &tokens[k];
            let w = lower[k].as_ref();
            if t.is_number()
                && t.text.len() == 4
                && let Ok(y) = t.text.parse::<i32>()
                && (1800..=2100).contains(&y)
            {
                scope.years.push(y);
            }
            // "to march" is no month: month names are written capitalised.
            if words.is_month(w) && w.len() > 3 && t.text.starts_with(char::is_uppercase) {
                scope.months.push(w.to_string());
            }
            if words.is_weekday(w) {
                scope.weekdays.push(w.to_string());
            }
            if let Some(l) = words.level_of(w) {
                scope.level = Some(l);
            }
            if words.locatives.has(w) {
                let mut m = k + 1;
                // "in the neighbouring Ash district": skip an article and up
                // to two lower-case words before the name.
                let mut skipped = 0;
                while skipped < 3
                    && tokens.get(m).is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase))
                    && tokens.get(m + 1).is_some_and(super::super::segment::tokens::Token::is_word)
                {
                    m += 1;
                    skipped += 1;
                }
                let mut place = Vec::new();
                while tokens.get(m).as_ref().is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase)) {
                    if words.is_month(&lower[m]) || words.is_weekday(&lower[m]) {
                        break;
                    }
                    place.push(lower[m].clone());
                    m += 1;
                }
                if !place.is_empty() {
                    // The site noun may follow a number ("the Greyrock No. 3
                    // Mine"): the name and the words just after it.
                    let site = place
                        .iter()
                        .chain(lower.get(m..(m + 3).min(lower.len())).into_iter().flatten())
                        .any(|w| words.site_nouns.has(w));
                    if site { scope.sites.push(place.join(" ")) } else { scope.places.push(place.join(" ")) }
                }
            }
        }
    }
    scope.years.sort_unstable();
    scope.years.dedup();
    // A running total is said in the figure's clause ("1,085 in all"
    // speaks for its own clause, not for a share later in the sentence),
    // or in an opening clause ("In all, 40 ...").
    // A marker before the figure ("a total of 14 rifles, 31 magazines and
    // 923 rounds") reaches over a list; one after a number ("1,085 in
    // all") speaks only for its own clause.
    scope.cumulative = says_cumulative(words, lower, clause_start, clause_end);
    // Names before the figure; the first word is skipped, as a capital
    // there says nothing.
    for k in 1..start {
        let t = &tokens[k];
        let w = lower[k].as_ref();
        let name_like = t.is_word()
            && t.text.starts_with(char::is_uppercase)
            && !tokens[k - 1].is("-")
            && !words.is_function_word(w)
            && !words.is_month(w)
            && !words.is_weekday(w)
            && !words.honorifics.has(w);
        if name_like {
            scope.names.push(w.trim_end_matches("'s").trim_end_matches("’s").to_string());
        }
    }
    scope.names.sort();
    scope.names.dedup();
    scope.background = words.background_before(tokens, lower, start);
    // Periods scope the whole sentence, lists and all.
    for k in 0..tokens.len().saturating_sub(1) {
        let w = lower[k].as_ref();
        let next = lower[k + 1].as_ref();
        let counted = tokens[k + 1].is_number() || words.numbers.small(next).is_some();
        if words.period_determiners.has(w) && words.period_nouns.has(next) {
            scope.periods.push(format!("{w} {next}"));
        } else if words.period_count_determiners.has(w) && counted {
            if let Some(n) = lower.get(k + 2).filter(|x| words.period_nouns.has(x)) {
                scope.periods.push(format!("{w} {next} {n}"));
            }
        } else if w == "since" {
            scope.periods.push(format!("since {next}"));
        }
    }
    scope.periods.sort();
    scope.periods.dedup();
    scope
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(s: &str) -> Vec<Figure> {
        let mut out = Vec::new();
        let rules = crate::engine::shipped_rules();
        figures_in_sentence_with(&Sentence::whole(s), &rules.hedges, &FigureWords::new(&rules.vocab), &mut out);
        out
    }

    #[test]
    fn reads_thing_hedge_and_scope() {
        let f = &figs("Police were running nearly 450 open inquiries across the Fenlands.")[0];
        assert_eq!(f.span.of("Police were running nearly 450 open inquiries across the Fenlands."), "nearly 450");
        assert_eq!(f.thing.as_deref(), Some("open inquiry"));
        assert_eq!(f.value, Interval::new(405.0, 450.0));
        assert_eq!(f.scope.places, vec!["fenlands".to_string()]);
    }

    #[test]
    fn reads_predicates_and_rates() {
        let f = &figs("Of those, 93 had waited over two years.")[0];
        assert_eq!(f.thing, None);
        assert_eq!(f.predicate.as_deref(), Some("wait over two year"));
        let g = &figs("The line runs 900 daily trains.")[0];
        assert_eq!((g.thing.as_deref(), g.rate), (Some("train"), Some(Period::Day)));
        let h = &figs("It runs 900 trains a day.")[0];
        assert_eq!((h.thing.as_deref(), h.rate), (Some("train"), Some(Period::Day)));
    }

    #[test]
    fn skips_years_dates_times_and_durations() {
        // Years, dates and times are never figures; a duration is one only
        // as the amount of a thing ("a 48-hour stay"), in seconds.
        let f = figs("In 2019 it met on 13 June at 3pm for 12 months, a 48-hour stay.");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].unit, f[0].thing.as_deref()), (SECONDS, Some("stay")));
        assert!(f[0].value.contains(48.0 * 3600.0));
    }

    #[test]
    fn special_forms() {
        let t = &figs("Temperatures at Lusk fell to 41 degrees Fahrenheit.")[0];
        assert_eq!(t.unit, CELSIUS);
        assert!(t.value.contains(5.0));
        let m = &figs("The dock will sell for 40 million pounds.")[0];
        assert_eq!(m.unit, Unit::Money('£'));
        assert!(m.value.contains(4e7));
        let o = &figs("It is the fleet's 9th tanker.")[0];
        assert_eq!((o.unit, o.value), (ORDINAL, Interval::point(9.0)));
        let q = &figs("They hold a third of the market.")[0];
        assert_eq!(q.unit, Unit::Percent);
        assert!(q.value.contains(33.0));
        let d = &figs("The smuggler was jailed for two years and six months.")[0];
        assert_eq!((d.unit, d.head.as_deref()), (SECONDS, Some("sentenc")));
        assert!(figs("The 4-1/2-month delay ended.").iter().all(|f| !f.value.contains(2.0 * 2_629_800.0)));
    }

    #[test]
    fn ranges() {
        let f = &figs("They see 40 or 50 patients.")[0];
        assert_eq!(f.value, Interval::new(40.0, 50.0));
        let g = &figs("Numbers fell from 90 to 70 cases.");
        assert!(g.iter().all(|f| f.value != Interval::new(70.0, 90.0)));
    }
}
