//! Extract: the checkable claims of one article, each carrying the span
//! of the words it was read from.
//!
//! Extraction is per article and runs in parallel across articles; it
//! must not look at any other article.

use crate::load::Article;
use crate::segment::Segments;

/// Everything checkable that one article says.
#[derive(Debug, Clone, Default)]
pub struct Claims {}

impl Claims {
    /// How many claims of every type, for the report's summary.
    pub fn len(&self) -> usize {
        0
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn extract(_article: &Article, _segments: &Segments) -> Claims {
    Claims::default()
}
