//! Index: claims grouped by key, so a check compares claims within small
//! groups (near-linear in the number of claims), never all pairs of
//! articles.

use std::collections::BTreeMap;

use crate::extract::Claims;
use crate::extract::figure::Figure;
use crate::finding::ArticleId;
use crate::normalise::number::Unit;
use crate::vocab::WordList;

/// Where a claim is: which article, which of its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureRef {
    pub article: ArticleId,
    pub index: usize,
}

/// What makes two figures candidates for comparison: the same unit, both
/// rates or neither, and the same thing counted or the same predicate.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FigureKey {
    Thing {
        unit: Unit,
        rated: bool,
        thing: String,
    },
    Predicate {
        unit: Unit,
        rated: bool,
        predicate: String,
    },
    Lead {
        unit: Unit,
        rated: bool,
        lead: String,
    },
    Subject {
        unit: Unit,
        rated: bool,
        subject: String,
    },
    /// The head noun of what is counted ("post" of "academic posts"):
    /// other modifiers meet here, and the kind decides by verb and scope.
    Head {
        unit: Unit,
        rated: bool,
        head: String,
    },
    /// A word of what leads up to a rate with no thing counted, of what
    /// it is for or of its subject ("the society's monitoring cost" and
    /// "costs the society"): two reports word one rate differently, so
    /// each word is a key, and the check asks that the word shared says
    /// something (rules/words/numbers.toml `rate-generic-words`).
    RateWord {
        unit: Unit,
        word: String,
    },
}

impl FigureKey {
    /// The unit the key's figures are compared in.
    pub fn unit(&self) -> Unit {
        match self {
            FigureKey::Thing { unit, .. }
            | FigureKey::Predicate { unit, .. }
            | FigureKey::Lead { unit, .. }
            | FigureKey::Subject { unit, .. }
            | FigureKey::Head { unit, .. }
            | FigureKey::RateWord { unit, .. } => *unit,
        }
    }

    /// The same key for a count's share of its whole (thing, predicate
    /// and head keys of a count only).
    fn as_share(&self) -> Option<FigureKey> {
        let unit = Unit::Percent;
        match self {
            FigureKey::Thing { unit: Unit::Count, rated: false, thing } => {
                Some(FigureKey::Thing { unit, rated: false, thing: thing.clone() })
            }
            FigureKey::Predicate { unit: Unit::Count, rated: false, predicate } => {
                Some(FigureKey::Predicate { unit, rated: false, predicate: predicate.clone() })
            }
            FigureKey::Head { unit: Unit::Count, rated: false, head } => {
                Some(FigureKey::Head { unit, rated: false, head: head.clone() })
            }
            _ => None,
        }
    }
}

/// Groups every figure under each key it has (a thing, a predicate, or
/// both). A `BTreeMap` keeps the group order deterministic.
///
/// `rate_classes` (`rate-word-classes`) makes the telling words of two
/// rates one key when they name one act ("slipping 30cm a week",
/// "creeping 2cm a day").
pub fn index_figures(claims: &[Claims], rate_classes: &WordList) -> BTreeMap<FigureKey, Vec<FigureRef>> {
    let mut groups: BTreeMap<FigureKey, Vec<FigureRef>> = BTreeMap::new();
    for (a, c) in claims.iter().enumerate() {
        for (index, f) in c.figures.iter().enumerate() {
            let at = FigureRef { article: ArticleId(a), index };
            for key in keys(f, rate_classes) {
                groups.entry(key).or_default().push(at);
            }
        }
    }
    groups.retain(|_, v| v.len() > 1);
    groups
}

fn keys(f: &Figure, rate_classes: &WordList) -> Vec<FigureKey> {
    let rated = f.rate.is_some();
    let mut out = Vec::with_capacity(2);
    if let Some(thing) = &f.thing {
        out.push(FigureKey::Thing { unit: f.unit, rated, thing: thing.clone() });
    }
    if let Some(predicate) = &f.predicate {
        out.push(FigureKey::Predicate { unit: f.unit, rated, predicate: predicate.clone() });
    }
    if let Some(lead) = &f.lead {
        out.push(FigureKey::Lead { unit: f.unit, rated, lead: lead.clone() });
    }
    if let Some(subject) = &f.subject {
        out.push(FigureKey::Subject { unit: f.unit, rated, subject: subject.clone() });
    }
    if let Some(head) = &f.head {
        out.push(FigureKey::Head { unit: f.unit, rated, head: head.clone() });
    }
    // A part of a stated whole written as a share ("35 per cent of its
    // 1,200 members") is also a share of that thing, to meet shares
    // written bare ("one in five of its members"); the check reads it in
    // per cent there (`Figure::share`).
    if f.share.is_some() {
        let shares: Vec<FigureKey> = out.iter().filter_map(FigureKey::as_share).collect();
        out.extend(shares);
    }
    if rated && f.thing.is_none() {
        let mut words: Vec<&str> = rate_words(f, rate_classes).collect();
        words.sort_unstable();
        words.dedup();
        out.extend(words.into_iter().map(|w| FigureKey::RateWord { unit: f.unit, word: w.to_string() }));
    }
    out
}

/// The words of a rate's lead, purpose and subject that may key it: three
/// letters or more, each as its class when `rate_classes` gives one.
pub fn rate_words<'a>(f: &'a Figure, rate_classes: &'a WordList) -> impl Iterator<Item = &'a str> {
    [&f.lead, &f.purpose, &f.subject]
        .into_iter()
        .flatten()
        .flat_map(|s| s.split(' '))
        .map(|w| w.trim_start_matches('@'))
        .filter(|w| w.len() > 2)
        .map(|w| rate_classes.form(w).unwrap_or(w))
}
