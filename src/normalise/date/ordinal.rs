//! Ordinal words as days and weeks of a date ("the twenty-first", "the
//! third week"). The ordinal words are the number reader's: this table is
//! to give way to its list when that moves to data.

use crate::normalise::number::word_value;

/// "first" → 1, "twenty-first" → 21, "thirtieth" → 30.
pub(super) fn ordinal_word(w: &str) -> Option<i8> {
    const ORD: &[(&str, i8)] = &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
    ];
    if let Some((_, v)) = ORD.iter().find(|(o, _)| *o == w) {
        return Some(*v);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = word_value(tens)? as i8;
    let (_, u) = ORD.iter().find(|(o, _)| *o == unit)?;
    (t >= 20 && *u < 10).then_some(t + u)
}
