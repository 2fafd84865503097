//! Extract: the checkable claims of one article, each carrying the span
//! of the words it was read from.
//!
//! Extraction is per article and runs in parallel across articles; it
//! must not look at any other article.

pub mod age;
pub mod date;
pub mod figure;
pub mod lexicon;
pub mod people;
pub mod quote;
pub mod rate;
pub mod roles;
pub mod serial;
pub mod sum;

use std::collections::{BTreeMap, BTreeSet};

use crate::extract::lexicon::Lexicon;
use crate::load::Article;
use crate::rules::RuleSet;
use crate::segment::Segments;
use crate::segment::reading::read_sentences;
use crate::span::Span;
pub use figure::Figure;
pub use people::{Mention, PersonName};
pub use quote::Quote;
pub use roles::Role;

/// Everything checkable that one article says.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Claims {
    pub figures: Vec<Figure>,
    /// People named, in text order; surname-only mentions keep their own
    /// spelling (use [`Claims::full_name`] for whom they stand for).
    pub mentions: Vec<Mention>,
    /// Names with only weak evidence of being a person's (a caption line,
    /// "led by", "according to"), in text order: kept out of `mentions`
    /// and used only to match a spelling a mention gives a person. Not
    /// counted as claims.
    pub weak_mentions: Vec<Mention>,
    pub roles: Vec<Role>,
    pub quotes: Vec<Quote>,
    pub sums: Vec<sum::TotalWithParts>,
    pub ages: Vec<age::AgeClaim>,
    pub dates: Vec<date::EventDate>,
}

impl Claims {
    /// How many claims of every type, for the report's summary.
    pub fn len(&self) -> usize {
        self.figures.len()
            + self.mentions.len()
            + self.roles.len()
            + self.quotes.len()
            + self.sums.len()
            + self.ages.len()
            + self.dates.len()
    }

    /// The full name a mention stands for: itself when it has a first
    /// name, else the one full name of the article with that surname. For
    /// many lookups, build [`Claims::people`] once instead.
    pub fn full_name(&self, name: &PersonName) -> PersonName {
        self.people().full_name(name)
    }

    /// The article's full names by surname, for resolving surname-only
    /// mentions.
    pub fn people(&self) -> People {
        let mut by_surname: BTreeMap<String, Option<PersonName>> = BTreeMap::new();
        for n in self.mentions.iter().map(|m| &m.name).filter(|n| n.is_full()) {
            // "Serna" alone stands for "Ana de la Serna" too.
            let last = n.surname_key().rsplit(' ').next().map(str::to_string).filter(|l| *l != n.surname_key());
            for key in std::iter::once(n.surname_key()).chain(last) {
                match by_surname.get_mut(&key) {
                    None => {
                        by_surname.insert(key, Some(n.clone()));
                    }
                    // Two people share the surname: a mention of it is ambiguous.
                    Some(found) if found.as_ref().is_some_and(|f| f.key() != n.key()) => *found = None,
                    Some(_) => {}
                }
            }
        }
        People { by_surname }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An article's full names by surname (see [`Claims::people`]).
pub struct People {
    /// None where two people of the article share the surname.
    by_surname: BTreeMap<String, Option<PersonName>>,
}

impl People {
    /// The full name a mention stands for: itself when it has a first
    /// name, else the one full name of the article with that surname.
    pub fn full_name(&self, name: &PersonName) -> PersonName {
        if name.is_full() {
            return name.clone();
        }
        match self.by_surname.get(&name.surname_key()) {
            Some(Some(full)) => full.clone(),
            _ => name.clone(),
        }
    }
}

/// The claims of one article, read with the given rules: their hedge words
/// and widths, and their aliases, measure synonyms, units and spellings
/// put each figure's key into canonical form.
pub fn extract_with(article: &Article, segments: &Segments, rules: &RuleSet) -> Claims {
    extract_read(article, segments, rules, &Readers::new(rules))
}

/// The word tables every reader looks words up in, built from the rules'
/// vocabulary once per run rather than once per article (building them
/// cost more than reading a short article's dates).
pub struct Readers<'r> {
    lex: Lexicon<'r>,
    event_words: date::EventWords<'r>,
    age_words: age::PersonAgeWords<'r>,
    figure_words: figure::FigureWords<'r>,
    sum_words: sum::SumWords<'r>,
}

impl<'r> Readers<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        Readers {
            lex: Lexicon::new(&rules.vocab),
            event_words: date::EventWords::new(&rules.vocab),
            age_words: age::PersonAgeWords::new(&rules.vocab),
            figure_words: figure::FigureWords::new(&rules.vocab),
            sum_words: sum::SumWords::new(&rules.vocab),
        }
    }
}

/// [`extract_with`] with the word tables built once by the caller; `readers`
/// must be built from the same `rules`.
pub fn extract_read(article: &Article, segments: &Segments, rules: &RuleSet, readers: &Readers) -> Claims {
    let text = &article.text;
    let mut claims = Claims::default();
    // Each sentence is tokenised once; every reader below reads that.
    let lowered = crate::segment::reading::lowered(text);
    let sentences = read_sentences(text, &lowered, segments);
    // The word lists of people, titles and quotes, fetched once.
    let Readers { lex, event_words, age_words, figure_words, sum_words } = readers;
    let date_order = match rules.date_order {
        crate::rules::DateOrder::DayFirst => crate::normalise::date::NumericOrder::DayFirst,
        crate::rules::DateOrder::MonthFirst => crate::normalise::date::NumericOrder::MonthFirst,
    };
    let signatures: Vec<bool> = segments.paragraphs.iter().map(|para| quote::is_signature(text, para.span)).collect();
    let mut previous = None;
    for s in &sentences {
        people::mentions_in_sentence(&s.tokens, s.span, signatures[s.paragraph], lex, &mut claims.mentions);
        figure::figures_in_sentence_with(s, &rules.hedges, figure_words, &mut claims.figures);
        sum::sums_in_sentence(s, previous, &rules.hedges, sum_words, &mut claims.sums);
        date::event_dates_in_sentence(s, article.meta.published, date_order, event_words, &mut claims.dates);
        previous = Some(s);
    }
    // Weak evidence makes no person: those names are kept apart. A photo
    // caption line gives its names the same way.
    let (weak, strong): (Vec<Mention>, Vec<Mention>) =
        std::mem::take(&mut claims.mentions).into_iter().partition(|m| m.evidence.is_weak());
    claims.mentions = strong;
    claims.weak_mentions = weak;
    let mut caption = vec![false; segments.paragraphs.len()];
    let mut seen = vec![false; segments.paragraphs.len()];
    for s in &sentences {
        if !std::mem::replace(&mut seen[s.paragraph], true) {
            caption[s.paragraph] = people::caption_lead(&s.tokens, lex).is_some();
        }
        if caption[s.paragraph] {
            people::caption_mentions(&s.tokens, s.span, lex, &mut claims.weak_mentions);
        }
    }
    claims.weak_mentions.sort_by_key(|m| m.span);
    claims.weak_mentions.dedup_by_key(|m| m.span);
    sum::sums_in_article(text, &sentences, segments.headline, &rules.hedges, sum_words, &mut claims.sums);
    for f in &mut claims.figures {
        figure::canonicalise(f, rules);
    }
    // Surnames on their own, once the full names are known.
    // An outlet's name is never a person: the article's own outlet, which
    // its header gives.
    if let Some(outlet) = &article.meta.outlet {
        let outlet_words: BTreeSet<String> =
            outlet.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        claims.mentions.retain(|m| {
            !m.name
                .key()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| outlet_words.contains(w))
        });
    }
    // Surnames, and the last word of a surname with particles ("Serna").
    let surnames: BTreeSet<String> = claims
        .mentions
        .iter()
        .flat_map(|m| {
            let s = m.name.surname.to_lowercase();
            let last = s.rsplit(' ').next().unwrap_or_default().to_string();
            [s, last]
        })
        .collect();
    let mut taken: Vec<Span> = claims.mentions.iter().map(|m| m.span).collect();
    taken.sort();
    let mut lone = Vec::new();
    for s in &sentences {
        people::surname_mentions(&s.tokens, s.span, &surnames, &taken, lex, &mut lone);
    }
    claims.mentions.extend(lone);
    claims.mentions.sort_by_key(|m| m.span);
    // Ages are read once the article's people are known: "Doe, 44" and
    // "the 44-year-old" lean on names given elsewhere.
    claims.ages = age::ages_in_article(
        text,
        &sentences,
        &claims.mentions,
        &claims.people(),
        article.meta.published,
        date_order,
        age_words,
    );
    for m in &claims.mentions {
        let k = sentences.partition_point(|s| s.span.end <= m.sentence.start);
        if let Some(s) = sentences.get(k) {
            roles::roles_of(&s.tokens, m, lex, &mut claims.roles);
        }
    }
    figure::scope_in_article(&mut claims.figures, &claims.mentions, &sentences, figure_words);
    let genders = people::genders(&sentences, &claims.mentions, lex);
    claims.quotes = quote::quotes_in_article(text, segments, &claims.mentions, &claims.roles, &genders, lex);
    claims
}
