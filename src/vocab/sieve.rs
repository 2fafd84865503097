//! A constant-time "certainly not in the list" test, asked before a hash
//! lookup. Readers ask the lists about every word of every sentence and
//! nearly every answer is no; hashing the word to learn that was the
//! largest single cost of extraction (docs/performance.md). A word whose
//! length or first byte no phrase of the list has is refused here.

/// The lengths and first bytes of a set of strings.
#[derive(Debug, Clone, Default)]
pub struct Sieve {
    /// Bit `n` set when some string is `n` bytes long (bit 63: 63 or more).
    lengths: u64,
    /// Bit `b` set when some string starts with byte `b`.
    firsts: [u64; 4],
}

impl Sieve {
    pub fn add(&mut self, s: &str) {
        self.lengths |= 1 << s.len().min(63);
        let b = usize::from(s.as_bytes().first().copied().unwrap_or(0));
        self.firsts[b / 64] |= 1 << (b % 64);
    }

    /// False only when no added string can equal `s`.
    #[inline]
    pub fn may_hold(&self, s: &str) -> bool {
        let b = usize::from(s.as_bytes().first().copied().unwrap_or(0));
        self.lengths & (1 << s.len().min(63)) != 0 && self.firsts[b / 64] & (1 << (b % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::Sieve;

    #[test]
    fn refuses_only_what_cannot_be_there() {
        let mut s = Sieve::default();
        for w in ["march", "may", "a very long phrase that runs past sixty-three bytes in all, surely", ""] {
            s.add(w);
        }
        for w in ["march", "may", "a very long phrase that runs past sixty-three bytes in all, surely", ""] {
            assert!(s.may_hold(w), "{w}");
        }
        assert!(!s.may_hold("june"), "no phrase starts with j");
        assert!(!s.may_hold("mayday"), "no six-byte phrase");
        assert!(s.may_hold("mat"), "same length and first byte: the hash lookup decides");
    }
}
