//! A sentence read once: its tokens and their lower-cased texts, which
//! every extractor (figures, sums, ages, dates, people, roles) reads
//! instead of tokenising the sentence again.

use super::tokens::{Token, tokenize};
use crate::span::Span;
use crate::vocab::LowerWord;

/// One sentence of an article, tokenised.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    /// The sentence's bytes in the article.
    pub span: Span,
    /// The index of its paragraph in [`super::Segments::paragraphs`].
    pub paragraph: usize,
    pub tokens: Vec<Token<'a>>,
    /// Each token's text in lower case, index for index.
    pub lower: Vec<LowerWord<'a>>,
}

impl<'a> Sentence<'a> {
    pub fn read(text: &'a str, paragraph: usize, span: Span) -> Self {
        let tokens = tokenize(text, span);
        let lower = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
        Sentence { span, paragraph, tokens, lower }
    }

    /// A whole text as one sentence (for tests and one-line readers).
    pub fn whole(text: &'a str) -> Self {
        Sentence::read(text, 0, Span::new(0, text.len()))
    }
}

/// Every sentence of an article, read once, in order.
pub fn read_sentences<'a>(text: &'a str, segments: &super::Segments) -> Vec<Sentence<'a>> {
    segments.sentences().map(|(p, s)| Sentence::read(text, p, s)).collect()
}
