//! Normalise: put numbers, hedges and words into one canonical form so
//! that claims written differently can be compared.

pub mod age;
pub mod align;
pub mod date;
pub mod duration;
pub mod interval;
pub mod measure;
pub mod money;
pub mod number;
pub mod ordinal;
pub mod spelling;
pub mod temperature;
pub mod time;
pub mod words;
