//! Segment: headline, paragraphs and sentences as byte spans of the
//! original text.
//!
//! Sentence splitting is abbreviation-aware ("Mr.", "Dr.", "U.S.",
//! "No. 10", initials, "p.m.", decimals such as 2.5): a wrong split cuts a
//! claim in half, which later shows up as a missed or a false finding.
//! The abbreviations are word lists of `rules/words/segment.toml`, read
//! from the vocabulary in force.

pub mod reading;
pub mod tokens;
pub mod window;

use crate::load::Meta;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// The structure of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    pub headline: Option<Span>,
    pub paragraphs: Vec<Paragraph>,
}

/// A block of text between blank lines, and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Vec<Span>,
}

impl Segments {
    /// Every sentence of the article, in order, with its paragraph index.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.paragraphs.iter().enumerate().flat_map(|(i, p)| p.sentences.iter().map(move |&s| (i, s)))
    }
}

/// The word lists sentence splitting reads, fetched once per article.
#[derive(Clone, Copy)]
struct Abbreviations<'v> {
    /// Words that end with a full stop without ending the sentence.
    dotted: &'v WordList,
    /// "No. 10": the same, before a digit.
    number: &'v WordList,
}

impl<'v> Abbreviations<'v> {
    fn new(vocab: &'v Vocabulary) -> Self {
        Abbreviations { dotted: vocab.list("dotted-abbreviations"), number: vocab.list("number-abbreviations") }
    }
}

/// The headline, paragraphs and sentences of an article, read with the
/// vocabulary in force (its abbreviations).
pub fn segment(text: &str, meta: &Meta, vocab: &Vocabulary) -> Segments {
    let abbreviations = Abbreviations::new(vocab);
    let mut paragraphs = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut offset = meta.body_start;
    let mut last_end = offset;
    for line in text[meta.body_start..].split_inclusive('\n') {
        let blank = line.trim().trim_matches('\u{feff}').is_empty();
        match (blank, block_start) {
            (false, None) => block_start = Some(offset),
            (true, Some(start)) => {
                paragraphs.push(paragraph(text, Span::new(start, last_end), abbreviations));
                block_start = None;
            }
            _ => {}
        }
        offset += line.len();
        if !blank {
            last_end = offset;
        }
    }
    if let Some(start) = block_start {
        paragraphs.push(paragraph(text, Span::new(start, last_end), abbreviations));
    }
    Segments { headline: meta.title_span, paragraphs }
}

fn paragraph(text: &str, span: Span, abbreviations: Abbreviations) -> Paragraph {
    let span = span.trim(text);
    Paragraph { span, sentences: split(text, span, abbreviations) }
}

/// Splits one paragraph into sentences, with the vocabulary's
/// abbreviations.
pub fn sentences(text: &str, span: Span, vocab: &Vocabulary) -> Vec<Span> {
    split(text, span, Abbreviations::new(vocab))
}

fn split(text: &str, span: Span, abbreviations: Abbreviations) -> Vec<Span> {
    let s = span.of(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Straight to the next byte that can end a sentence.
        let Some(skip) = bytes[i..].iter().position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?')) else { break };
        i += skip;
        let b = bytes[i];
        let boundary_end = match b {
            b'\n' if line_break_ends_sentence(s, i) => Some(i),
            b'.' | b'!' | b'?' => sentence_end_after_stop(s, i, abbreviations),
            _ => None,
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, &mut out, span.start + start, span.start + end);
            start = end;
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(text, &mut out, span.start + start, span.end);
    out
}

fn push_trimmed(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let t = Span::new(start, end).trim(text);
    if !t.is_empty() {
        out.push(t);
    }
}

/// A line break inside a paragraph ends a sentence unless the text runs
/// on: a hard-wrapped line ending mid-sentence before a lower-case word.
fn line_break_ends_sentence(s: &str, nl: usize) -> bool {
    let before = s[..nl].trim_end();
    let after = s[nl + 1..].trim_start();
    let Some(next) = after.chars().next() else { return false };
    let last = before.chars().last();
    let runs_on = last.is_some_and(|c| c.is_lowercase() || c == ',' || c == ';' || c == '-' || c.is_ascii_digit())
        && (next.is_lowercase() || next.is_ascii_digit());
    !runs_on
}

/// Given a `.`, `!` or `?` at `i`, the offset where its sentence ends, if
/// it ends one.
fn sentence_end_after_stop(s: &str, i: usize, abbreviations: Abbreviations) -> Option<usize> {
    let bytes = s.as_bytes();
    // Closing quotes and brackets belong to the sentence they close.
    let mut end = i + 1;
    loop {
        let rest = &s[end..];
        let Some(c) = rest.chars().next() else { return Some(end) };
        if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let rest = &s[end..];
    let ws_len = rest.len() - rest.trim_start().len();
    if ws_len == 0 {
        return None; // "2.5", "U.S.-led", "e.g.,"
    }
    let after = rest.trim_start();
    let Some(next) = after.chars().next() else { return Some(end) };
    let newline_follows = rest[..ws_len].contains('\n');
    let starts_sentence = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '\'' | '“' | '‘' | '(' | '[' | '–' | '—' | '•' | '-');
    if !starts_sentence {
        return None;
    }
    if bytes[i] == b'.' && !newline_follows && is_abbreviation_before(s, i, after, abbreviations) {
        return None;
    }
    Some(end)
}

/// Whether the word before the full stop at `dot` is an abbreviation.
fn is_abbreviation_before(s: &str, dot: usize, after: &str, abbreviations: Abbreviations) -> bool {
    let before = &s[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // "U.S.", "p.m.", "e.g.": dotted abbreviations.
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    // An initial: "J. Smith".
    if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    let lower = word.to_lowercase();
    if abbreviations.number.has(&lower) {
        return after.starts_with(|c: char| c.is_ascii_digit());
    }
    abbreviations.dotted.has(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentences(s, Span::new(0, s.len()), Vocabulary::shipped()).into_iter().map(|sp| sp.of(s)).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in the U.S. on Monday. It rained 2.5 cm. He left at 3 p.m. yesterday."),
            vec!["Mr. Smith met Dr. Jones in the U.S. on Monday.", "It rained 2.5 cm.", "He left at 3 p.m. yesterday."]
        );
        assert_eq!(
            split("They met at No. 10 Downing Street. Then J. R. Doe spoke."),
            vec!["They met at No. 10 Downing Street.", "Then J. R. Doe spoke."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(split("He said: \"It is over.\" Then he left!"), vec!["He said: \"It is over.\"", "Then he left!"]);
        assert_eq!(split("“Go now,” she said. “Really?” Yes."), vec!["“Go now,” she said.", "“Really?”", "Yes."]);
    }

    #[test]
    fn line_breaks_split_header_lines_but_not_wrapped_prose() {
        assert_eq!(split("Jane Doe\nHealth Reporter"), vec!["Jane Doe", "Health Reporter"]);
        assert_eq!(
            split("the team was believed to\nhave offered more."),
            vec!["the team was believed to\nhave offered more."]
        );
    }

    #[test]
    fn paragraphs_keep_offsets_with_crlf() {
        let text = "\u{feff}Title line here\r\n\r\nFirst one. Second one.\r\nThird line\r\n";
        let meta = crate::load::meta::read_meta(text);
        let seg = segment(text, &meta, Vocabulary::shipped());
        let sents: Vec<&str> = seg.sentences().map(|(_, s)| s.of(text)).collect();
        assert_eq!(sents, vec!["Title line here", "First one.", "Second one.", "Third line"]);
        assert_eq!(seg.paragraphs.len(), 2);
    }
}
