//! Extract: the checkable claims of one article, each carrying the span
//! of the words it was read from.
//!
//! Extraction is per article and runs in parallel across articles; it
//! must not look at any other article.

pub mod figure;

use crate::load::Article;
use crate::rules::RuleSet;
use crate::segment::Segments;
pub use figure::Figure;

/// Everything checkable that one article says.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub figures: Vec<Figure>,
}

impl Claims {
    /// How many claims of every type, for the report's summary.
    pub fn len(&self) -> usize {
        self.figures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The claims of one article, read with the shipped rules.
pub fn extract(article: &Article, segments: &Segments) -> Claims {
    extract_with(article, segments, RuleSet::shipped())
}

/// The claims of one article, read with the given rules: their hedge words
/// and widths, and their aliases, measure synonyms, units and spellings
/// put each figure's key into canonical form.
pub fn extract_with(article: &Article, segments: &Segments, rules: &RuleSet) -> Claims {
    let mut claims = Claims::default();
    for (_, sentence) in segments.sentences() {
        figure::figures_in_sentence_with(&article.text, sentence, &rules.hedges, &mut claims.figures);
    }
    for f in &mut claims.figures {
        figure::canonicalise(f, rules);
    }
    claims
}
