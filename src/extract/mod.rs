//! Extract: the checkable claims of one article, each carrying the span
//! of the words it was read from.
//!
//! Extraction is per article and runs in parallel across articles; it
//! must not look at any other article.

pub mod age;
pub mod date;
pub mod figure;
pub mod sum;

use crate::load::Article;
use crate::segment::Segments;
pub use figure::Figure;

/// Everything checkable that one article says.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub figures: Vec<Figure>,
    pub sums: Vec<sum::TotalWithParts>,
    pub ages: Vec<age::AgeClaim>,
    pub dates: Vec<date::EventDate>,
}

impl Claims {
    /// How many claims of every type, for the report's summary.
    pub fn len(&self) -> usize {
        self.figures.len() + self.sums.len() + self.ages.len() + self.dates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn extract(article: &Article, segments: &Segments) -> Claims {
    let mut claims = Claims::default();
    let mut previous = None;
    for (_, sentence) in segments.sentences() {
        figure::figures_in_sentence(&article.text, sentence, &mut claims.figures);
        sum::sums_in_sentence(&article.text, sentence, previous, &mut claims.sums);
        age::ages_in_sentence(&article.text, sentence, &mut claims.ages);
        date::event_dates_in_sentence(&article.text, sentence, article.meta.published, &mut claims.dates);
        previous = Some(sentence);
    }
    claims
}
