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
    /// Reads the sentence at `span` of `text`; `lowered` is the same text
    /// with its ASCII letters lower-cased (byte for byte), from which an
    /// ASCII word's lower case is borrowed rather than copied.
    pub fn read(text: &'a str, lowered: &'a str, paragraph: usize, span: Span) -> Self {
        debug_assert_eq!(text.len(), lowered.len(), "`lowered` is `text` lower-cased byte for byte");
        let tokens = tokenize(text, span);
        let lower = tokens
            .iter()
            .map(|t| {
                if t.text.is_ascii() {
                    LowerWord::Borrowed(&lowered[t.span.start..t.span.end])
                } else {
                    crate::vocab::lower_word(t.text)
                }
            })
            .collect();
        Sentence { span, paragraph, tokens, lower }
    }

    /// A whole text as one sentence (for tests and one-line readers).
    pub fn whole(text: &'a str) -> Self {
        Sentence::read_alone(text, 0, Span::new(0, text.len()))
    }

    /// [`Sentence::read`] for a caller without the lowered text: each
    /// capitalised word is copied.
    fn read_alone(text: &'a str, paragraph: usize, span: Span) -> Self {
        let tokens = tokenize(text, span);
        let lower = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
        Sentence { span, paragraph, tokens, lower }
    }
}

/// `text` with its ASCII letters lower-cased, byte offsets unchanged: what
/// [`read_sentences`] borrows lower-case words from. One copy an article
/// instead of one a capitalised word.
pub fn lowered(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// Every sentence of an article, read once, in order; `lowered` is
/// [`lowered`] of `text`.
pub fn read_sentences<'a>(text: &'a str, lowered: &'a str, segments: &super::Segments) -> Vec<Sentence<'a>> {
    segments.sentences().map(|(p, s)| Sentence::read(text, lowered, p, s)).collect()
}
