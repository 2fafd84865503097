//! Word classes and a light stemmer for the keys claims are grouped by.
//!
//! The stemmer only has to be consistent, not linguistically right:
//! "investigations" and "investigation", "waited" and "waiting" must meet
//! on one key.

use std::sync::LazyLock;

use crate::vocab::{Vocabulary, WordList};

/// Month names and abbreviations. The readers take them from the
/// `month-names` list of rules/words/dates.toml (`DateWords::is_month`);
/// this table stays only for the callers that do not yet receive a
/// vocabulary (extract/figure.rs, extract/sum.rs, extract/people.rs) and
/// goes when they do.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Weekday names: as [`MONTHS`], the `weekday-names` list replaces this
/// (`DateWords::is_weekday_name`) once every caller receives a vocabulary.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a (lower-case) word never names the thing a number counts
/// (the list `function-words`).
pub fn is_function_word_in(vocab: &Vocabulary, lower: &str) -> bool {
    vocab.has("function-words", lower)
}

/// Whether a (lower-case) word is a unit of time written out (the list
/// `time-units`): a number before one is a duration or an age, not a count.
pub fn is_time_unit_in(vocab: &Vocabulary, lower: &str) -> bool {
    vocab.has("time-units", lower)
}

// Transitional wrappers with the shipped vocabulary, for callers that do
// not pass one yet (extract/age.rs, extract/date.rs, extract/people.rs,
// extract/quote.rs, check/, rules/): switch them, then remove these.

/// A shipped list, fetched once, for the wrappers below.
fn shipped_list(list: &'static LazyLock<&'static WordList>) -> &'static WordList {
    list
}

static FUNCTION_WORDS: LazyLock<&'static WordList> = LazyLock::new(|| Vocabulary::shipped().list("function-words"));
static TIME_UNITS: LazyLock<&'static WordList> = LazyLock::new(|| Vocabulary::shipped().list("time-units"));
static VERB_LIKE_NOUNS: LazyLock<&'static WordList> = LazyLock::new(|| Vocabulary::shipped().list("verb-like-nouns"));

/// [`is_function_word_in`] with the shipped vocabulary (transitional).
pub fn is_function_word(lower: &str) -> bool {
    shipped_list(&FUNCTION_WORDS).has(lower)
}

/// [`is_time_unit_in`] with the shipped vocabulary (transitional).
pub fn is_time_unit(lower: &str) -> bool {
    shipped_list(&TIME_UNITS).has(lower)
}

/// See [`MONTHS`]: `DateWords::is_month` reads the vocabulary in force.
pub fn is_month(lower: &str) -> bool {
    MONTHS.contains(&lower)
}

/// A word that, after a number, starts the predicate rather than naming
/// the thing counted: "93 waited", "75 stayed", "dozens fleeing". Nouns
/// that only end like verbs ("meeting", "supply") are the list
/// `verb-like-nouns`, passed in once by callers in a loop.
pub fn looks_like_verb_with(verb_like_nouns: &WordList, lower: &str) -> bool {
    if verb_like_nouns.has(lower) {
        return false;
    }
    (lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing"))) || lower.ends_with("ly")
}

/// [`looks_like_verb_with`] with the shipped vocabulary (transitional, for
/// extract/date.rs).
pub fn looks_like_verb(lower: &str) -> bool {
    looks_like_verb_with(shipped_list(&VERB_LIKE_NOUNS), lower)
}

/// A crude, consistent stem: plural and verb endings off, and a final
/// silent e, so that "service", "services" and "serviced" meet.
pub fn stem(word: &str) -> String {
    let mut s = stem_endings(word);
    if s.len() > 4 && s.ends_with('e') {
        s.pop();
    }
    s
}

fn stem_endings(word: &str) -> String {
    let w = word.to_lowercase();
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let n = w.len();
    let cut = |k: usize| w[..n - k].to_string();
    if n > 5 && w.ends_with("ing") {
        return undouble(cut(3));
    }
    if n > 4 && w.ends_with("ied") {
        return format!("{}y", cut(3));
    }
    if n > 4 && w.ends_with("ed") && !w.ends_with("eed") {
        let base = cut(2);
        // "evacuated" → "evacuat" and "evacuating" → "evacuat": both
        // lose the silent e, so the stems still meet.
        return undouble(base);
    }
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", cut(3));
    }
    if n > 4 && (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes")) {
        return cut(2);
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return cut(1);
    }
    w.to_string()
}

/// "stopp" → "stop": a doubled final consonant left by "-ing"/"-ed".
fn undouble(s: String) -> String {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]) {
        return s[..n - 1].to_string();
    }
    s.trim_end_matches('e').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet() {
        assert_eq!(stem("investigations"), stem("investigation"));
        assert_eq!(stem("waited"), stem("waiting"));
        assert_eq!(stem("evacuated"), stem("evacuate"));
        assert_eq!(stem("services"), stem("service"));
        assert_eq!(stem("stopped"), stem("stopping"));
        assert_eq!(stem("families"), stem("family"));
        assert_ne!(stem("plots"), stem("countries"));
    }
}
