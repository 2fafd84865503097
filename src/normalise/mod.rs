//! Normalise: put numbers, hedges and words into one canonical form so
//! that claims written differently can be compared.

pub mod interval;
pub mod align;
pub mod number;
pub mod spelling;
pub mod words;
pub mod age;
pub mod date;
pub mod duration;
pub mod range;
pub mod spelled;
pub mod measure;
