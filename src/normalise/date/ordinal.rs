//! Ordinal words as days and weeks of a date ("the twenty-first", "the
//! third week"), from the number reader's `ordinal-words` list.

use super::DateWords;

impl DateWords<'_> {
    /// "first" → 1, "twenty-first" → 21, "thirtieth" → 30: the ordinals a
    /// day of a month can be (none above the thirtieth is a word of its own).
    pub(super) fn ordinal(&self, w: &str) -> Option<i8> {
        let day = |o: &str| self.numbers().ordinal(o).filter(|v| *v <= 30.0).map(|v| v as i8);
        if let Some(v) = day(w) {
            return Some(v);
        }
        let (tens, unit) = crate::vocab::split_hyphen(w)?;
        let t = self.numbers().small(tens)? as i8;
        let u = day(unit)?;
        (t >= 20 && u < 10).then_some(t + u)
    }
}
