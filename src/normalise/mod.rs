//! Normalise: put numbers, hedges and words into one canonical form so
//! that claims written differently can be compared.

pub mod interval;
pub mod align;
pub mod number;
pub mod spelling;
pub mod words;
