//! Every word any list holds, alone or as a word of a phrase: a token
//! whose word is not here starts no form that a list begins, so a reader
//! asked at every token can refuse it with one lookup instead of one per
//! list it reads (docs/performance.md).

use super::fast_hash::FastSet;

/// The words of every phrase of every list of a vocabulary.
#[derive(Debug, Clone, Default)]
pub struct ListedWords {
    words: FastSet<String>,
}

impl ListedWords {
    pub(super) fn new<'a>(phrases: impl Iterator<Item = &'a str>) -> Self {
        let mut words = FastSet::default();
        for phrase in phrases {
            for w in phrase.split(' ') {
                // "sept." is listed as "sept" too: a reader may read the
                // stop as a token of its own.
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                words.insert(w.to_string());
                words.insert(bare.to_string());
            }
        }
        ListedWords { words }
    }

    /// Every listed word, in no order: for a reader that tabulates which
    /// of them it begins with.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// Whether a (lower-case) word may be in a list: it is, or it has a
    /// hyphen or a curly apostrophe, whose parts or straight form a list
    /// may hold ("twenty-one", "new year’s").
    pub fn may_hold(&self, lower: &str) -> bool {
        self.words.contains(lower) || !Self::as_listed(lower)
    }

    /// Whether a word is written as lists hold words: no hyphen and no
    /// curly apostrophe. A table a reader makes over the listed words
    /// answers for such a word; any other is asked of the lists.
    pub fn as_listed(lower: &str) -> bool {
        !lower.bytes().any(|b| b == b'-' || b == 0xE2)
    }
}

#[cfg(test)]
mod tests {
    use crate::vocab::Vocabulary;

    #[test]
    fn every_word_of_a_list_is_listed_and_a_plain_word_is_not() {
        let v = Vocabulary::shipped();
        let listed = v.listed();
        for list in v.lists() {
            for phrase in list.phrases() {
                for w in phrase.split(' ') {
                    assert!(listed.may_hold(w), "{w} of {}", list.name);
                }
            }
        }
        for w in ["twenty-one", "new year’s"] {
            assert!(listed.may_hold(w), "{w}");
        }
        assert!(!listed.may_hold("zqxv"), "a word no list holds");
    }

    #[test]
    fn a_word_added_to_a_list_is_listed() {
        let mut v = Vocabulary::shipped().clone();
        assert!(!v.listed().may_hold("zqxv"));
        v.add("month-names", "zqxv", crate::vocab::Entry::Value(5.0)).unwrap();
        assert!(v.listed().may_hold("zqxv"));
    }
}
