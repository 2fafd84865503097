//! British and American spellings of one word meet on one key
//! ("organise"/"organize", "colour"/"color", "centre"/"center",
//! "defence"/"defense", "travelled"/"traveled"), so that a quote respelt
//! by a house style is not reported as changed. Rules files decide
//! whether this applies (a publication may want to know).
//!
//! The rewrite only has to send both spellings to the same key; the key
//! need not be a word.

use crate::vocab::{Entry, Vocabulary};

/// The key British and American spellings of a word meet on, with the
/// lists `british-suffixes`, `our-endings` and `re-endings`.
pub fn spelling_key_in(vocab: &Vocabulary, word: &str) -> String {
    let mut w = word.to_string();
    // The longest British ending the word has, if its stem keeps two
    // letters ("travelled", "cancelling", but not "filled": a word of its
    // own beside "filed").
    // Two endings of one length that the word both ends with are one
    // ending: the longest is the same in any order.
    let ending = vocab
        .list("british-suffixes")
        .unordered()
        .filter(|(from, _)| w.len() >= from.len() + 2 && w.ends_with(from))
        .max_by_key(|(from, _)| from.len());
    if let Some((from, Entry::Form(to))) = ending {
        w.truncate(w.len() - from.len());
        w.push_str(to);
    }
    if w.len() > 5 && w.ends_with("ise") {
        w.truncate(w.len() - 3);
        w.push_str("ize");
    }
    // "colour", "behaviours", "neighbourhood", but never "hour", "four",
    // "your" (too short a stem) or "fourth" (not an ending after "our").
    if let Some(at) = w.rfind("our")
        && at >= 3
        && (w.len() == at + 3 || vocab.has("our-endings", &w[at + 3..]))
    {
        w = format!("{}or{}", &w[..at], &w[at + 3..]);
    }
    // "centre", "metres", "theatre": a consonant, then "re", and what
    // follows it ("tres"); the first such ending in sorted order.
    let re_ending = vocab
        .list("re-endings")
        .unordered()
        .map(|(ending, _)| ending)
        .filter(|ending| ending.is_ascii() && ending.get(1..3) == Some("re") && w.len() > 4 && w.ends_with(ending))
        .min();
    if let Some(ending) = re_ending {
        let stem = w.len() - ending.len();
        w = format!("{}{}er{}", &w[..stem], &ending[..1], &ending[3..]);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::spelling_key_in;
    use crate::vocab::Vocabulary;

    fn spelling_key(word: &str) -> String {
        spelling_key_in(Vocabulary::shipped(), word)
    }

    #[test]
    fn pairs_meet() {
        for (a, b) in [
            ("organise", "organize"),
            ("organisation", "organization"),
            ("colour", "color"),
            ("behaviours", "behaviors"),
            ("centre", "center"),
            ("metres", "meters"),
            ("defence", "defense"),
            ("travelled", "traveled"),
            ("analyse", "analyze"),
            ("catalogue", "catalog"),
            ("neighbourhood", "neighborhood"),
            ("favourites", "favorites"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn short_words_stay() {
        for (a, b) in [("hour", "hor"), ("four", "for"), ("your", "yor"), ("tour", "tor"), ("fourth", "forth")] {
            assert_ne!(spelling_key(a), spelling_key(b));
        }
    }
}
