//! Vocabulary: the word lists of general English that the readers use
//! (month names, number words, speech verbs, honorifics, time units...),
//! as data, never as Rust literals.
//!
//! The lists are declared in the shipped files under `rules/words/`, built
//! into the binary; each file holds `[[list]]` tables:
//!
//! ```toml
//! [[list]]
//! name = "speech-verbs"
//! about = "Verbs that attribute a quote."
//! words = ["said", "says", "told"]          # a set of phrases
//!
//! [[list]]
//! name = "month-names"
//! about = "Month names and abbreviations, and the month's number."
//! values = { january = 1, jan = 1 }         # a phrase and its number
//!
//! [[list]]
//! name = "irregular-participles"
//! about = "Past participles and the verb they belong to."
//! forms = { taken = "take" }                # a phrase and a word it stands for
//! ```
//!
//! A user's rules file adds to a declared list with a `[words]` table
//! (`speech-verbs = ["quipped"]`, `month-names = { janvier = 1 }`); the
//! rules layer reads that with spans for its diagnostics and calls
//! [`Vocabulary::add_words`] and friends. Every stage receives the
//! vocabulary in force as an argument; [`Vocabulary::shipped`] is the
//! starting point and a convenience for tests.
//!
//! Entries are stored in lower case with a straight apostrophe, so callers
//! look up lower-cased words.

pub mod fast_hash;
mod listed;
mod sieve;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use fast_hash::{FastMap, FastSet};
pub use listed::ListedWords;
use sieve::Sieve;
pub use sieve::SievedMap;

/// The shipped vocabulary files, in load order.
pub const SHIPPED_FILES: &[(&str, &str)] = &[
    ("rules/words/dates.toml", include_str!("../../rules/words/dates.toml")),
    ("rules/words/people.toml", include_str!("../../rules/words/people.toml")),
    ("rules/words/segment.toml", include_str!("../../rules/words/segment.toml")),
    ("rules/words/numbers.toml", include_str!("../../rules/words/numbers.toml")),
    ("rules/words/english.toml", include_str!("../../rules/words/english.toml")),
    ("rules/words/ages.toml", include_str!("../../rules/words/ages.toml")),
    ("rules/words/speakers.toml", include_str!("../../rules/words/speakers.toml")),
    ("rules/words/stories.toml", include_str!("../../rules/words/stories.toml")),
    ("rules/words/occasions.toml", include_str!("../../rules/words/occasions.toml")),
    ("rules/words/sums.toml", include_str!("../../rules/words/sums.toml")),
    ("rules/words/rates.toml", include_str!("../../rules/words/rates.toml")),
    ("rules/words/quantities.toml", include_str!("../../rules/words/quantities.toml")),
    ("rules/words/units.toml", include_str!("../../rules/words/units.toml")),
];

/// What a list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Phrases: is this word in the list?
    Words,
    /// Phrases with a number (a month's number, a number word's value, a
    /// time unit's length in seconds).
    Values,
    /// Phrases with a text (a participle's verb, an abbreviation's word).
    Forms,
}

impl Shape {
    /// The key a list of this shape is written under.
    pub fn key(self) -> &'static str {
        match self {
            Shape::Words => "words",
            Shape::Values => "values",
            Shape::Forms => "forms",
        }
    }
}

/// One declared word list.
#[derive(Debug, Clone)]
pub struct WordList {
    pub name: String,
    /// What the list is for, from its declaration.
    pub about: String,
    pub shape: Shape,
    /// Where it was declared ("rules/words/dates.toml").
    pub file: String,
    values: FastMap<String, Entry>,
    /// The most words any phrase of the list has, for longest matches.
    longest: usize,
    /// The first word of every phrase: a longest match that cannot start
    /// here is refused before any phrase is built (readers try one at
    /// every word of every sentence).
    first_words: FastSet<String>,
    /// Refuses most words before `values` or `first_words` is hashed.
    value_sieve: Sieve,
    first_sieve: Sieve,
}

/// What a phrase of a list carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Word,
    Value(f64),
    Form(String),
}

/// A word split at its first hyphen ("twenty-one" → "twenty", "one"), as
/// `str::split_once('-')` does: a byte search, since readers ask at every
/// word of every sentence and a char searcher's setup cost more than the
/// search.
#[inline]
pub fn split_hyphen(w: &str) -> Option<(&str, &str)> {
    let at = w.bytes().position(|b| b == b'-')?;
    Some((&w[..at], &w[at + 1..]))
}

/// A lower-case copy of a text, as `str::to_lowercase` gives it, without
/// the Unicode case tables for ASCII text (most words): sentences are
/// lower-cased a word at a time.
pub fn lower_owned(text: &str) -> String {
    if text.is_ascii() {
        let mut lower = text.to_owned();
        lower.make_ascii_lowercase();
        lower
    } else {
        text.to_lowercase()
    }
}

/// A token's lower-case text: borrowed from the token when it is already
/// lower case (most words of a sentence), so reading a sentence copies
/// only its capitalised words.
pub type LowerWord<'a> = std::borrow::Cow<'a, str>;

/// [`lower_owned`] borrowing the text when lower-casing would not change it.
pub fn lower_word(text: &str) -> LowerWord<'_> {
    if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        LowerWord::Borrowed(text)
    } else {
        LowerWord::Owned(lower_owned(text))
    }
}

/// The word without the first of `suffixes` it ends with ("Ruiz's" with
/// "'s"), compared as bytes: `str::strip_suffix` with a `&&str` pattern
/// builds a substring searcher at every call, and readers ask at every
/// capitalised word.
pub fn strip_any_suffix<'w>(word: &'w str, suffixes: &[&str]) -> Option<&'w str> {
    // A suffix is whole UTF-8, so where its bytes start is a character
    // boundary of the word.
    suffixes.iter().find(|s| word.as_bytes().ends_with(s.as_bytes())).map(|s| &word[..word.len() - s.len()])
}

/// A word as lists store it: lower case, a curly apostrophe straight.
/// Copied once (the replacement only for the rare curly apostrophe):
/// readers fold words on their hot paths.
pub fn fold_word(word: &str) -> String {
    let lower = lower_owned(word);
    // An ASCII word holds no curly apostrophe.
    if has_curly(&lower) { lower.replace('’', "'") } else { lower }
}

/// Calls `f` with a word as lists store it ([`fold_word`]), without a
/// heap copy for a short ASCII word: predicates asked of every capitalised
/// word ("is it a function word, a month?") need the folded word only for
/// the lookup.
pub fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 32;
    if word.len() <= SHORT && word.is_ascii() {
        let mut buf = [0u8; SHORT];
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        // ASCII lower-cased is still ASCII.
        f(std::str::from_utf8(folded).unwrap_or_default())
    } else {
        f(&fold_word(word))
    }
}

/// Whether a word holds a curly apostrophe, which lists store straight:
/// a byte test first, since nearly every word asked is ASCII.
#[inline]
pub fn has_curly(word: &str) -> bool {
    !word.is_ascii() && word.contains('’')
}

/// A phrase as lists store and callers look it up.
pub fn fold(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'")
}

impl WordList {
    fn new(name: &str, about: &str, shape: Shape, file: &str) -> Self {
        WordList {
            name: name.to_string(),
            about: about.to_string(),
            shape,
            file: file.to_string(),
            values: FastMap::default(),
            longest: 0,
            first_words: FastSet::default(),
            value_sieve: Sieve::default(),
            first_sieve: Sieve::default(),
        }
    }

    fn insert(&mut self, phrase: &str, entry: Entry) {
        let key = fold(phrase);
        self.longest = self.longest.max(key.split(' ').count());
        let first = key.split(' ').next().unwrap_or_default();
        self.first_sieve.add(first);
        self.first_words.insert(first.to_string());
        self.value_sieve.add(&key);
        self.values.insert(key, entry);
    }

    /// Whether the (lower-case) phrase is in the list.
    #[inline]
    pub fn has(&self, lower: &str) -> bool {
        self.value_sieve.may_hold(lower) && self.values.contains_key(lower)
    }

    /// The number a phrase carries (for a `values` list).
    #[inline]
    pub fn value(&self, lower: &str) -> Option<f64> {
        if !self.value_sieve.may_hold(lower) {
            return None;
        }
        match self.values.get(lower)? {
            Entry::Value(v) => Some(*v),
            _ => None,
        }
    }

    /// The text a phrase carries (for a `forms` list).
    #[inline]
    pub fn form(&self, lower: &str) -> Option<&str> {
        if !self.value_sieve.may_hold(lower) {
            return None;
        }
        match self.values.get(lower)? {
            Entry::Form(f) => Some(f),
            _ => None,
        }
    }

    /// Whether some phrase of the list starts with this (lower-case) word.
    #[inline]
    pub fn may_start(&self, lower: &str) -> bool {
        // Called at every word of every sentence: allocate only for a curly
        // apostrophe, which lists store straight.
        (self.first_sieve.may_hold(lower) && self.first_words.contains(lower))
            || (has_curly(lower) && self.first_words.contains(&lower.replace('’', "'")))
    }

    /// The longest phrase of the list that the words (lower case) start
    /// with: how many words it takes, and its entry.
    /// The sieve is asked inline: readers call this at every token of
    /// a sentence for lists that start at few of them.
    #[inline]
    pub fn longest_prefix<S: AsRef<str>>(&self, words: &[S]) -> Option<(usize, &Entry)> {
        let first = words.first()?.as_ref();
        if !self.first_sieve.may_hold(first) {
            return None;
        }
        self.longest_prefix_from(words, first)
    }

    fn longest_prefix_from<S: AsRef<str>>(&self, words: &[S], first: &str) -> Option<(usize, &Entry)> {
        if !self.first_words.contains(first) {
            return None;
        }
        let mut phrase = String::new();
        let mut best = None;
        for (n, w) in words.iter().take(self.longest).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w.as_ref());
            if self.value_sieve.may_hold(&phrase)
                && let Some(e) = self.values.get(&phrase)
            {
                best = Some((n + 1, e));
            }
        }
        best
    }

    /// Every phrase of the list, sorted (for docs, tests and tables that
    /// need an order).
    pub fn phrases(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.values.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    /// Every phrase with its entry, in no order: for a caller on a hot
    /// path whose answer does not depend on the order (a longest or least
    /// match), which sorting every call would cost.
    pub fn unordered(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.values.iter().map(|(k, e)| (k.as_str(), e))
    }

    /// Every phrase with its entry, sorted by phrase.
    pub fn entries(&self) -> Vec<(&str, &Entry)> {
        let mut v: Vec<(&str, &Entry)> = self.values.iter().map(|(k, e)| (k.as_str(), e)).collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Every word list, by name.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Hashed, not ordered: readers fetch lists by name on their hot paths;
    /// [`Vocabulary::lists`] sorts for whoever needs an order.
    lists: FastMap<String, WordList>,
    /// Every word of every list, made when first asked for and forgotten
    /// whenever a list changes.
    listed: std::sync::OnceLock<ListedWords>,
}

/// An empty list, for a name nobody declared (a programming error that
/// `cargo test` catches: see [`Vocabulary::list`]).
static EMPTY: LazyLock<WordList> = LazyLock::new(|| WordList::new("", "", Shape::Words, ""));

static SHIPPED: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut v = Vocabulary::default();
    for (file, text) in SHIPPED_FILES {
        if let Err(e) = v.declare_file(file, text) {
            // The shipped files are tested; a broken one is a build bug.
            panic!("{file}: {e}");
        }
    }
    v
});

/// A `[[list]]` declaration as written in a vocabulary file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListDecl {
    name: String,
    about: String,
    #[serde(default)]
    words: Option<Vec<String>>,
    #[serde(default)]
    values: Option<BTreeMap<String, f64>>,
    #[serde(default)]
    forms: Option<BTreeMap<String, String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabFile {
    #[serde(default)]
    list: Vec<ListDecl>,
}

impl Vocabulary {
    /// The lists shipped in `rules/words/`, read once.
    pub fn shipped() -> &'static Vocabulary {
        &SHIPPED
    }

    /// A list by its declared name. An undeclared name gives an empty list
    /// (and fails in debug builds, so tests catch the typo).
    pub fn list(&self, name: &str) -> &WordList {
        if let Some(l) = self.lists.get(name) {
            l
        } else {
            debug_assert!(false, "no word list `{name}` is declared in rules/words/");
            &EMPTY
        }
    }

    /// Shorthand: whether `lower` is in the list `name`.
    pub fn has(&self, name: &str, lower: &str) -> bool {
        self.list(name).has(lower)
    }

    /// Every declared list, by name.
    pub fn lists(&self) -> impl Iterator<Item = &WordList> {
        let mut v: Vec<&WordList> = self.lists.values().collect();
        v.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        v.into_iter()
    }

    /// The declared list of that name, if any (for validation).
    pub fn get(&self, name: &str) -> Option<&WordList> {
        self.lists.get(name)
    }

    /// Every word of every list ([`ListedWords`]).
    pub fn listed(&self) -> &ListedWords {
        self.listed.get_or_init(|| ListedWords::new(self.lists.values().flat_map(WordList::phrases)))
    }

    /// Declares the lists of one vocabulary file (`[[list]]` tables).
    pub fn declare_file(&mut self, file: &str, text: &str) -> Result<(), String> {
        self.listed = std::sync::OnceLock::new();
        let parsed: VocabFile = toml::from_str(text).map_err(|e| e.to_string())?;
        for d in parsed.list {
            let shapes = [d.words.is_some(), d.values.is_some(), d.forms.is_some()];
            if shapes.iter().filter(|s| **s).count() != 1 {
                return Err(format!("list `{}` needs exactly one of `words`, `values`, `forms`", d.name));
            }
            if self.lists.contains_key(&d.name) {
                return Err(format!("list `{}` is declared twice", d.name));
            }
            let shape = if d.words.is_some() {
                Shape::Words
            } else if d.values.is_some() {
                Shape::Values
            } else {
                Shape::Forms
            };
            let mut list = WordList::new(&d.name, &d.about, shape, file);
            for w in d.words.into_iter().flatten() {
                list.insert(&w, Entry::Word);
            }
            for (w, v) in d.values.into_iter().flatten() {
                list.insert(&w, Entry::Value(v));
            }
            for (w, f) in d.forms.into_iter().flatten() {
                list.insert(&w, Entry::Form(fold(&f)));
            }
            self.lists.insert(d.name.clone(), list);
        }
        Ok(())
    }

    /// Adds a phrase to a declared list; the error says what is wrong.
    pub fn add(&mut self, name: &str, phrase: &str, entry: Entry) -> Result<(), String> {
        self.listed = std::sync::OnceLock::new();
        let Some(list) = self.lists.get_mut(name) else {
            return Err(format!("no word list `{name}`"));
        };
        let fits = matches!(
            (list.shape, &entry),
            (Shape::Words, Entry::Word) | (Shape::Values, Entry::Value(_)) | (Shape::Forms, Entry::Form(_))
        );
        if !fits {
            return Err(format!("`{name}` holds {}", list.shape.key()));
        }
        if fold(phrase).is_empty() {
            return Err("an empty phrase".to_string());
        }
        let entry = match entry {
            Entry::Form(f) => Entry::Form(fold(&f)),
            e => e,
        };
        list.insert(phrase, entry);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declares_adds_and_matches_longest_phrases() {
        let mut v = Vocabulary::default();
        v.declare_file(
            "t.toml",
            "[[list]]\nname = \"hedges\"\nabout = \"x\"\nwords = [\"close to\", \"Close\"]\n\n\
             [[list]]\nname = \"n\"\nabout = \"x\"\nvalues = { dozen = 12 }\n",
        )
        .expect("valid");
        assert!(v.has("hedges", "close"));
        assert_eq!(v.list("hedges").longest_prefix(&["close", "to", "x"]).map(|(n, _)| n), Some(2));
        assert_eq!(v.list("n").value("dozen"), Some(12.0));
        assert!(v.add("n", "score", Entry::Value(20.0)).is_ok());
        assert!(v.add("n", "score", Entry::Word).is_err());
        assert!(v.add("nope", "x", Entry::Word).is_err());
        assert!(v.declare_file("u.toml", "[[list]]\nname = \"n\"\nabout = \"x\"\nwords = []\n").is_err());
    }

    #[test]
    fn shipped_files_parse() {
        for (file, text) in SHIPPED_FILES {
            Vocabulary::default().declare_file(file, text).unwrap_or_else(|e| panic!("{file}: {e}"));
        }
        let _ = Vocabulary::shipped();
    }
}
