//! A fast hash for the short words the readers look up at every token.
//!
//! The standard `HashMap` hashes with `SipHash`, which guards against
//! crafted keys at a cost a lookup per word of every sentence makes
//! visible (a tenth of a run went into hashing). Word lists are keyed by
//! our own vocabulary, so a plain multiplicative hash (the one rustc uses
//! for its own tables, `FxHash`) serves. Nothing may depend on iteration
//! order: a table that is iterated for output is sorted first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// `FxHash`: rotate, xor a word of input, multiply.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_words_apart() {
        let mut m: FastMap<String, u8> = FastMap::default();
        for (i, w) in ["a", "an", "and", "a ", "twenty-one", "twenty-one "].iter().enumerate() {
            m.insert((*w).to_string(), i as u8);
        }
        assert_eq!(m.len(), 6);
        assert_eq!(m.get("and"), Some(&2));
        assert_eq!(m.get("twenty-one "), Some(&5));
        assert!(!m.contains_key("twenty"));
    }
}
