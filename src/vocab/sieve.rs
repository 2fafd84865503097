//! A constant-time "certainly not in the list" test, asked before a hash
//! lookup. Readers ask the lists about every word of every sentence and
//! nearly every answer is no; hashing the word to learn that was the
//! largest single cost of extraction (docs/performance.md). A word is
//! refused here when no phrase of the list has its length together with
//! its first byte, or its length together with its last byte: length
//! and first byte alone let most words through for a list of many words
//! (the number words start with most letters and have most lengths).

/// Which lengths the strings of a set have, by their first byte and by
/// their last byte.
#[derive(Debug, Clone, Default)]
pub struct Sieve {
    /// Bit `n` of entry `b % 32` set when some string `n` bytes long
    /// (bit 63: 63 or more) starts with byte `b`. ASCII letters of either
    /// case share an entry; other bytes share entries with them, which
    /// only lets more words through to the hash lookup.
    by_first: [u64; 32],
    /// The same, by the string's last byte.
    by_last: [u64; 32],
}

impl Sieve {
    pub fn add(&mut self, s: &str) {
        let (first, last, len) = Self::key(s);
        self.by_first[first] |= len;
        self.by_last[last] |= len;
    }

    #[inline]
    fn key(s: &str) -> (usize, usize, u64) {
        let b = s.as_bytes();
        let first = usize::from(b.first().copied().unwrap_or(0) % 32);
        let last = usize::from(b.last().copied().unwrap_or(0) % 32);
        (first, last, 1 << s.len().min(63))
    }

    /// False only when no added string can equal `s`.
    #[inline]
    pub fn may_hold(&self, s: &str) -> bool {
        let (first, last, len) = Self::key(s);
        self.by_first[first] & len != 0 && self.by_last[last] & len != 0
    }
}

/// A table from words to answers with a [`Sieve`] before its hash: for
/// a table that a reader asks about every word of every sentence and that
/// holds few of them (the words that can start a date or a figure).
#[derive(Debug, Clone)]
pub struct SievedMap<V> {
    sieve: Sieve,
    map: super::fast_hash::FastMap<String, V>,
}

impl<V> Default for SievedMap<V> {
    fn default() -> Self {
        SievedMap { sieve: Sieve::default(), map: super::fast_hash::FastMap::default() }
    }
}

impl<V> SievedMap<V> {
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.sieve.may_hold(word) { self.map.get(word) } else { None }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<V> FromIterator<(String, V)> for SievedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut m = SievedMap::default();
        for (k, v) in iter {
            m.sieve.add(&k);
            m.map.insert(k, v);
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::Sieve;

    #[test]
    fn a_sieved_map_answers_as_its_map() {
        let m: super::SievedMap<u8> = [("march".to_string(), 3), ("may".to_string(), 5)].into_iter().collect();
        assert_eq!(m.get("march"), Some(&3));
        assert_eq!(m.get("may"), Some(&5));
        assert_eq!(m.get("mar"), None);
        assert!(!m.contains("june"));
    }

    #[test]
    fn refuses_only_what_cannot_be_there() {
        let mut s = Sieve::default();
        for w in ["march", "may", "a very long phrase that runs past sixty-three bytes in all, surely", ""] {
            s.add(w);
        }
        for w in ["march", "may", "a very long phrase that runs past sixty-three bytes in all, surely", ""] {
            assert!(s.may_hold(w), "{w}");
        }
        assert!(!s.may_hold("june"), "no four-byte phrase starts with j");
        assert!(!s.may_hold("mayday"), "no six-byte phrase");
        assert!(!s.may_hold("mar"), "no three-byte phrase ends with r");
        assert!(!s.may_hold("marco"), "no five-byte phrase ends with o");
        assert!(s.may_hold("mry"), "same length, first and last byte: the hash lookup decides");
        assert!(s.may_hold("MAY"), "case is the hash lookup's to decide");
    }
}
