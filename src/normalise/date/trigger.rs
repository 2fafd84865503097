//! Where a date can start: the reader is tried at every token of every
//! sentence, and most tokens ("police", "said", ",") start no date form.
//! The trigger table holds the words that can: the words of the date lists
//! (months, weekdays, relative days, periods, seasons, parts of a period,
//! the first words of holidays and parts of a day), of the number lists a
//! day or a length of time begins with (number words, ordinals,
//! fractions, "whole" words, vague counts), and the words the reader's own
//! forms begin with that are a date by themselves (`date-alone-words`:
//! "weekend", "now"). Digits always trigger.
//!
//! The lead words (`date-lead-words`: "the", "in", "from"...) begin many
//! date forms but are among the commonest words of any text, so one
//! opens the reader only when a word that triggers by itself stands within
//! [`LEAD_REACH`] tokens after it ("the rest of the week", "at the end of
//! March", "w/c 4 Feb"). Debug builds read every refused position in full
//! and fail if a date was there, so a new form with a new first word, or a
//! longer lead, cannot be silently lost.

use super::read::Reader;
use super::{DateWords, ParsedDate};
use crate::segment::tokens::{Token, TokenKind};
use crate::vocab::LowerWord;
use crate::vocab::fast_hash::FastSet;
use crate::vocab::{ListedWords, SievedMap, Vocabulary};

/// The lists whose words can begin a date at the position they stand.
/// (Range joiners and "ago"/"later" words stand after a date's start, never
/// at it, so they are left out: "to" and "and" would open every gate.)
const START_LISTS: &[&str] = &[
    "month-names",
    "weekday-names",
    "weekday-abbreviations",
    "relative-days",
    "calendar-periods",
    "seasons",
    "period-part-prefixes",
    "period-part-nouns",
    "holidays",
    "relative-day-parts",
    "fraction-words",
    "whole-period-words",
    "vague-counts",
    "date-alone-words",
];

/// Lists whose words start no date but complete one a lead word began:
/// "an hour later", "a few days ago", "the fifties".
const AFTER_LEAD_LISTS: &[&str] = &["time-units", "time-unit-abbreviations", "decade-words"];

/// How many tokens after a lead word the reader looks for a word that
/// starts a date by itself: "the rest of the week" needs four.
pub const LEAD_REACH: usize = 4;

/// The trigger table: the first words that start a date by themselves,
/// and the lead words that start one only with such a word after them.
#[derive(Debug, Default)]
pub(super) struct StartWords {
    starts: FastSet<String>,
    leads: FastSet<String>,
    after_leads: FastSet<String>,
    /// The answer for every listed word that is not no, tabulated when a
    /// caller first reads whole sentences ([`DateWords::start_flags`]):
    /// one lookup a word instead of one a list.
    classes: std::sync::OnceLock<SievedMap<Start>>,
}

impl StartWords {
    pub(super) fn new(vocab: &Vocabulary) -> Self {
        let firsts = |name: &str| {
            vocab.list(name).phrases().into_iter().map(|p| p.split(' ').next().unwrap_or_default().to_string())
        };
        // A phrase that moves a date ("just before", "the eve of") opens
        // the reader like a lead word: only with a date word after it.
        let all_leads: FastSet<String> = firsts("date-lead-words").chain(firsts("date-anchor-phrases")).collect();
        let mut starts = FastSet::default();
        let mut after_leads: FastSet<String> = AFTER_LEAD_LISTS.iter().flat_map(|name| firsts(name)).collect();
        for phrase in START_LISTS.iter().flat_map(|name| vocab.list(name).phrases()) {
            let mut words = phrase.split(' ');
            let first = words.next().unwrap_or_default();
            match words.next() {
                // "the fourth of july": the lead opens it when its second
                // word follows, so "the" need not open at every "the".
                Some(second) if all_leads.contains(first) => after_leads.insert(second.to_string()),
                _ => starts.insert(first.to_string()),
            };
        }
        for list in super::POSSESSIVE_DATE_LISTS {
            for word in vocab.list(list).phrases() {
                starts.extend(super::possessives(word));
            }
        }
        // A lead word that a date list also holds alone starts a date by itself.
        let leads = all_leads.into_iter().filter(|w| !starts.contains(w)).collect();
        StartWords { starts, leads, after_leads, classes: std::sync::OnceLock::new() }
    }
}

/// What a token can be to a date beginning at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    No,
    Lead,
    Yes,
}

impl DateWords<'_> {
    /// What a (lower-case) word can be to a date beginning at it: a word
    /// of the trigger table, a number word or an ordinal ("twenty-one",
    /// "twenty-first") or a hyphenated word whose first part is one of
    /// those ("all-day") starts one; a lead word may.
    fn start_of_word(&self, lower: &str) -> Start {
        let set_has = |set: &FastSet<String>, w: &str| {
            set.contains(w) || (crate::vocab::has_curly(w) && set.contains(&w.replace('’', "'")))
        };
        let one =
            |w: &str| set_has(&self.starts.starts, w) || self.numbers().small(w).is_some() || self.ordinal(w).is_some();
        if one(lower) || crate::vocab::split_hyphen(lower).is_some_and(|(first, _)| one(first)) {
            Start::Yes
        } else if set_has(&self.starts.leads, lower) {
            Start::Lead
        } else {
            Start::No
        }
    }

    fn start_at(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> Start {
        let Some(t) = tokens.get(i) else { return Start::No };
        let w = lower.get(i).map_or("", |w| w.as_ref());
        match t.kind {
            TokenKind::Number => Start::Yes,
            // "the '70s"; a list may hold a symbol ("-" of a range is not
            // a start, but a holiday or day part could begin with one).
            TokenKind::Symbol if matches!(t.text, "'" | "’") || self.starts.starts.contains(w) => Start::Yes,
            TokenKind::Symbol => Start::No,
            // Every word of the trigger table is in a list, a possessive
            // ("tuesday's") as its word.
            TokenKind::Word
                if !self.listed.may_hold(w) && !w.strip_suffix("'s").is_some_and(|d| self.listed.may_hold(d)) =>
            {
                Start::No
            }
            TokenKind::Word => self.start_of_word(w),
        }
    }

    /// Whether a token (its answer and its lower-case word) lets a lead
    /// word before it open the reader.
    fn confirms_lead(&self, start: Start, lower: &str) -> bool {
        start == Start::Yes || self.starts.after_leads.contains(lower)
    }

    /// Where in a sentence a date can start, one flag per token: the
    /// trigger table read once a token, not again at each lead word's
    /// look-ahead, for a caller that tries every position.
    pub(super) fn start_flags(&self, tokens: &[Token], lower: &[LowerWord]) -> Vec<bool> {
        let classes = self.starts.classes.get_or_init(|| {
            let answer = |w: &str| Some((w.to_string(), self.start_of_word(w))).filter(|(_, c)| *c != Start::No);
            self.listed.words().filter_map(answer).collect()
        });
        let starts: Vec<Start> = (0..tokens.len())
            .map(|i| {
                let w = lower[i].as_ref();
                // A word with a hyphen or a curly apostrophe is asked of
                // the lists, which hold its parts or straight form.
                if tokens[i].kind != TokenKind::Word || !ListedWords::as_listed(w) {
                    return self.start_at(tokens, lower, i);
                }
                // A possessive ("tuesday's") is no listed word, but its
                // day may start a date.
                let found = match classes.get(w) {
                    Some(c) => *c,
                    None if w.ends_with("'s") => self.start_at(tokens, lower, i),
                    None => Start::No,
                };
                debug_assert_eq!(found, self.start_at(tokens, lower, i), "the date trigger table disagrees on `{w}`");
                found
            })
            .collect();
        // Asked only within reach of a lead word: most tokens follow none.
        let mut confirms = vec![false; tokens.len()];
        let mut last_lead: Option<usize> = None;
        for k in 0..tokens.len() {
            if last_lead.is_some_and(|l| k - l <= LEAD_REACH) {
                confirms[k] = self.confirms_lead(starts[k], &lower[k]);
            }
            if starts[k] == Start::Lead {
                last_lead = Some(k);
            }
        }
        (0..tokens.len())
            .map(|i| match starts[i] {
                Start::Yes => true,
                Start::No => false,
                Start::Lead => {
                    confirms.get(i + 1..tokens.len().min(i + 1 + LEAD_REACH)).is_some_and(|c| c.contains(&true))
                }
            })
            .collect()
    }
}

impl Reader<'_, '_> {
    /// Reads a date starting at token `i`, if one starts there: the reader
    /// runs only where the trigger table says a date can start.
    pub(super) fn parse(&self, i: usize) -> Option<ParsedDate> {
        self.parse_if(i, self.may_start(i))
    }

    /// [`Reader::parse`] with the trigger table's answer at hand
    /// ([`DateWords::start_flags`]).
    pub(super) fn parse_if(&self, i: usize, may_start: bool) -> Option<ParsedDate> {
        if may_start {
            return self.parse_here(i);
        }
        debug_assert!(
            self.parse_here(i).is_none(),
            "a date starts at `{}` (`{}`), which the trigger table refuses: add its first word to a date list",
            self.w(i),
            (i..self.tokens.len().min(i + 8)).map(|k| self.w(k)).collect::<Vec<_>>().join(" ")
        );
        None
    }

    pub(super) fn may_start(&self, i: usize) -> bool {
        let words = self.words;
        match words.start_at(self.tokens, self.lower, i) {
            Start::Yes => true,
            Start::No => false,
            Start::Lead => (i + 1..=i + LEAD_REACH)
                .any(|k| words.confirms_lead(words.start_at(self.tokens, self.lower, k), self.w(k))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{NumericOrder, dates_in};
    use crate::vocab::Vocabulary;

    fn read(s: &str) -> Vec<String> {
        dates_in(s, NumericOrder::DayFirst, Vocabulary::shipped())
            .into_iter()
            .map(|(span, _)| span.of(s).to_string())
            .collect()
    }

    #[test]
    fn a_day_in_the_possessive_is_a_date() {
        // A listed word with "'s" stays as listed ("Valentine's Day").
        assert_eq!(read("The shop sold out on Valentine's Day."), vec!["Valentine's Day".to_string()]);
        for s in ["The result of Tuesday's recount was close.", "The result of Tuesday\u{2019}s recount was close."] {
            assert_eq!(read(s).len(), 1, "{s}: {:?}", read(s));
        }
        assert_eq!(read("Officials confirmed yesterday's count."), vec!["yesterday's".to_string()]);
    }

    #[test]
    fn a_lead_word_opens_the_reader_when_a_date_word_follows_within_reach() {
        // Each lead ("the", "at", "a", "next", "w") with its date word one
        // to four tokens on: a number, a month, a period, a unit of time,
        // a decade, a word that is a date alone, a holiday's second word.
        for (text, date) in [
            ("It closed at the end of March.", "end of March"),
            ("They stay for the rest of the week.", "the rest of the week"),
            ("He rang an hour later from the port.", "an hour later"),
            ("She sang through the fifties and after.", "the fifties"),
            ("The vote is next weekend.", "next weekend"),
            ("Rates rise w/c 4 Feb.", "w/c 4 Feb."),
            ("Fireworks on the Fourth of July drew crowds.", "the Fourth of July"),
            ("It reopens earlier this month than planned.", "earlier this month"),
        ] {
            assert!(read(text).iter().any(|d| d == date), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn a_lead_word_with_no_date_word_after_it_reads_nothing() {
        for text in ["The council met at the old hall in the square.", "A man from the north said this."] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }
}
