//! Word classes and a light stemmer for the keys claims are grouped by.
//!
//! The stemmer only has to be consistent, not linguistically right:
//! "investigations" and "investigation", "waited" and "waiting" must meet
//! on one key.

/// Words that never name the thing a number counts: articles, pronouns,
/// prepositions, conjunctions, auxiliaries and common reporting verbs.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "it",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "across",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "among",
    "per",
    "than",
    "as",
    "about",
    "around",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "while",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "said",
    "says",
    "say",
    "told",
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "up",
    "down",
    "out",
    "off",
    "there",
    "here",
    "then",
    "now",
    "also",
    "all",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "some",
    "any",
    "no",
    "not",
    "other",
    "another",
    "such",
    "only",
    "just",
    "still",
    "already",
    "even",
    "again",
    "ago",
    "last",
    "next",
    "past",
    "previous",
    "same",
    "per",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "them",
    "him",
    "us",
    "me",
    "one",
    "ones",
    "times",
    "time",
    "cent",
    "percent",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "bst",
    "utc",
    "via",
    "against",
    "within",
    "toward",
    "towards",
    "through",
    "throughout",
    "including",
    "like",
    "unlike",
    "despite",
];

/// Words for units of time: a number before one is a duration or an age,
/// not a count of things (durations are compared by their own kind).
pub const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

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

pub fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(&lower)
}

pub fn is_time_unit(lower: &str) -> bool {
    TIME_UNITS.contains(&lower)
}

/// See [`MONTHS`]: `DateWords::is_month` reads the vocabulary in force.
pub fn is_month(lower: &str) -> bool {
    MONTHS.contains(&lower)
}

/// Nouns that end like verbs or adverbs but are nouns.
const NOUNS_THAT_LOOK_LIKE_VERBS: &[&str] = &[
    "hundred",
    "bed",
    "beds",
    "shed",
    "red",
    "need",
    "needs",
    "speed",
    "seed",
    "feed",
    "sled",
    "family",
    "supply",
    "building",
    "buildings",
    "meeting",
    "meetings",
    "funding",
    "housing",
    "training",
    "spending",
    "hearing",
    "hearings",
    "warning",
    "warnings",
    "sibling",
    "siblings",
    "offspring",
    "earnings",
    "savings",
    "ally",
    "rally",
    "assembly",
    "belly",
    "jelly",
    "bully",
    "lily",
    "tally",
    "anomaly",
    "monopoly",
    "italy",
    "july",
    "sally",
];

/// A word that, after a number, starts the predicate rather than naming
/// the thing counted: "93 waited", "75 stayed", "dozens fleeing".
pub fn looks_like_verb(lower: &str) -> bool {
    if NOUNS_THAT_LOOK_LIKE_VERBS.contains(&lower) {
        return false;
    }
    (lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing"))) || lower.ends_with("ly")
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
