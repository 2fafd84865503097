//! Word classes and a light stemmer for the keys claims are grouped by.
//!
//! The stemmer only has to be consistent, not linguistically right:
//! "investigations" and "investigation", "waited" and "waiting" must meet
//! on one key.

use crate::vocab::{Vocabulary, WordList};

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
    let w = crate::vocab::lower_word(word);
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let n = w.len();
    let cut = |k: usize| w[..n - k].to_string();
    if n > 5 && w.ends_with("ing") {
        return undouble(&cut(3));
    }
    if n > 4 && w.ends_with("ied") {
        return format!("{}y", cut(3));
    }
    if n > 4 && w.ends_with("ed") && !w.ends_with("eed") {
        let base = cut(2);
        // "evacuated" → "evacuat" and "evacuating" → "evacuat": both
        // lose the silent e, so the stems still meet.
        return undouble(&base);
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
fn undouble(s: &str) -> String {
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
