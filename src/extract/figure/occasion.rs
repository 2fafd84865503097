//! What only the whole article says of a figure's scope: whose figure it
//! is (the people named as its subject or owner) and whether it is one
//! place of a breakdown by place.
//!
//! "Ruiz missed four games" and "Brennock missed three games" are two
//! players' games, not one count given twice; "12 died in Ashdale" beside
//! "10 died in Brookvale" are parts of a toll, never the toll of a report
//! that names no place.

use std::collections::BTreeMap;

use super::{Figure, FigureWords};
use crate::extract::people::Mention;
use crate::segment::reading::Sentence;

/// A quantity within one article: its unit, thing and predicate.
type QuantityKey<'a> = (String, Option<&'a str>, Option<&'a str>);

/// Sets the owners and breakdowns of an article's figures, once its
/// people are known.
pub fn scope_in_article(figures: &mut [Figure], mentions: &[Mention], sentences: &[Sentence<'_>], words: &FigureWords) {
    for f in figures.iter_mut() {
        let k = sentences.partition_point(|s| s.span.end <= f.sentence.start);
        let Some(s) = sentences.get(k).filter(|s| s.span == f.sentence) else {
            continue;
        };
        let first = mentions.partition_point(|m| m.span.start < s.span.start);
        for m in mentions[first..].iter().take_while(|m| m.span.end <= f.span.start) {
            if m.sentence != f.sentence || attributed(s, m, f, words) {
                continue;
            }
            let owner = m.name.surname_key();
            if !f.scope.owners.contains(&owner) {
                f.scope.owners.push(owner);
            }
        }
        f.scope.owners.sort();
    }
    // One quantity given for several places: each place's figure is a part.
    let mut places: BTreeMap<QuantityKey<'_>, Vec<&str>> = BTreeMap::new();
    for f in figures.iter().filter(|f| f.rate.is_none() && (f.thing.is_some() || f.predicate.is_some())) {
        for p in &f.scope.places {
            let at = places.entry((format!("{:?}", f.unit), f.thing.as_deref(), f.predicate.as_deref())).or_default();
            if !at.contains(&p.as_str()) {
                at.push(p);
            }
        }
    }
    let several: Vec<(String, Option<String>, Option<String>)> = places
        .into_iter()
        .filter(|(_, p)| p.len() > 1)
        .map(|((u, t, p), _)| (u, t.map(str::to_string), p.map(str::to_string)))
        .collect();
    for f in figures.iter_mut().filter(|f| f.rate.is_none() && !f.scope.places.is_empty()) {
        let key = (format!("{:?}", f.unit), f.thing.clone(), f.predicate.clone());
        if several.contains(&key) {
            f.scope.breakdown = true;
        }
    }
}

/// Whether the person is named as the source of the figure, not its
/// subject: an attribution word between the name and the figure ("Ruiz
/// said 40"), or just before the name ("according to Ruiz", "said Ruiz").
fn attributed(s: &Sentence<'_>, m: &Mention, f: &Figure, words: &FigureWords) -> bool {
    let is_attribution = |k: usize| words.keys.is_attribution(&s.lower[k]);
    let between = s
        .tokens
        .iter()
        .enumerate()
        .any(|(k, t)| t.span.start >= m.span.end && t.span.end <= f.span.start && is_attribution(k));
    let start = m.run_start;
    between || (start.saturating_sub(2)..start).any(|k| is_attribution(k) || s.lower[k] == "to")
}
