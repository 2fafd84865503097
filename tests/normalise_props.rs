//! Properties of the number and interval normalisers.

use factlint::normalise::interval::{DEFAULT_WIDTHS, Hedge, Interval};
use factlint::normalise::number::read_number;
use factlint::segment::tokens::tokenize;
use factlint::span::Span;
use factlint::vocab::Vocabulary;
use proptest::prelude::*;

mod common;

fn read(s: &str) -> Option<f64> {
    let toks = tokenize(s, Span::new(0, s.len()));
    read_number(Vocabulary::shipped(), &toks, 0).map(|p| f64::midpoint(p.value.lo, p.value.hi))
}

proptest! {
    #[test]
    fn digits_and_separators_read_to_one_value(n in 0u64..10_000_000_000) {
        prop_assert_eq!(read(&format!("{n} ships")), Some(n as f64));
        prop_assert_eq!(read(&format!("{} ships", common::grouped_digits(n))), Some(n as f64));
    }

    #[test]
    fn words_read_like_digits(n in 2u64..100) {
        prop_assert_eq!(read(&format!("{} ships", common::number_in_words(n))), read(&format!("{n} ships")));
    }

    #[test]
    fn scaled_amounts_contain_their_value(whole in 1u32..999, tenth in 0u32..10) {
        let v = f64::from(whole) + f64::from(tenth) / 10.0;
        let toks_text = format!("£{whole}.{tenth}m");
        let toks = tokenize(&toks_text, Span::new(0, toks_text.len()));
        let p = read_number(Vocabulary::shipped(), &toks, 0).unwrap();
        prop_assert!(p.value.contains(v * 1e6));
    }

    #[test]
    fn an_interval_contains_its_own_point(x in 0.0f64..1e12) {
        for hedge in [Hedge::Exact, Hedge::About, Hedge::Nearly, Hedge::Under, Hedge::Over, Hedge::JustOver, Hedge::UpTo] {
            prop_assert!(hedge.apply(Interval::point(x), &DEFAULT_WIDTHS).contains(x));
        }
    }
}
