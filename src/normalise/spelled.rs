//! Transitional: the spelt-number grammar now lives in
//! [`super::number::NumberWords`], the one reader of number words. These
//! names stay for callers not yet switched (normalise/date.rs).

pub use super::number::{parse_spelled, parse_spelled_lower};
