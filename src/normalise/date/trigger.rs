//! Where a date can start: the reader is tried at every token of every
//! sentence, and most tokens ("police", "said", ",") start no date form.
//! The trigger table holds the words that can: the words of the date lists
//! (months, weekdays, relative days, periods, seasons, parts of a period,
//! the first words of holidays and parts of a day), of the number lists a
//! day or a length of time begins with (number words, ordinals,
//! fractions, "whole" words, vague counts), and the reader's own lead
//! words (`date-lead-words`: "the", "in", "from"...). Digits always
//! trigger. Debug builds read every refused position in full and fail if
//! a date was there, so a new form with a new first word cannot be
//! silently lost.

use super::read::Reader;
use super::{DateWords, ParsedDate};
use crate::segment::tokens::TokenKind;
use crate::vocab::Vocabulary;
use crate::vocab::fast_hash::FastSet;

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
    "date-lead-words",
];

/// The first words of every phrase of the start lists.
pub(super) fn start_words(vocab: &Vocabulary) -> FastSet<String> {
    let mut set = FastSet::default();
    for name in START_LISTS {
        for phrase in vocab.list(name).phrases() {
            set.insert(phrase.split(' ').next().unwrap_or_default().to_string());
        }
    }
    set
}

impl DateWords<'_> {
    /// Whether a (lower-case) word can begin a date: in the trigger table,
    /// a number word or an ordinal ("twenty-one", "twenty-first"), or a
    /// hyphenated word whose first part is one of those ("all-day").
    fn may_start_word(&self, lower: &str) -> bool {
        let one = |w: &str| {
            let straight = if w.contains('’') { Some(w.replace('’', "'")) } else { None };
            self.starts.contains(w)
                || straight.is_some_and(|s| self.starts.contains(&s))
                || self.numbers().small(w).is_some()
                || self.ordinal(w).is_some()
        };
        one(lower) || lower.split_once('-').is_some_and(|(first, _)| one(first))
    }
}

impl Reader<'_, '_> {
    /// Reads a date starting at token `i`, if one starts there: the reader
    /// runs only where the trigger table says a date can start.
    pub(super) fn parse(&self, i: usize) -> Option<ParsedDate> {
        if self.may_start(i) {
            return self.parse_here(i);
        }
        debug_assert!(
            self.parse_here(i).is_none(),
            "a date starts at `{}`, which the trigger table refuses: add its first word to a date list",
            self.w(i)
        );
        None
    }

    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        match t.kind {
            TokenKind::Number => true,
            // "the '70s"; a list may hold a symbol ("-" of a range is not
            // a start, but a holiday or day part could begin with one).
            TokenKind::Symbol => matches!(t.text, "'" | "’") || self.words.starts.contains(self.w(i)),
            TokenKind::Word => self.words.may_start_word(self.w(i)),
        }
    }
}
