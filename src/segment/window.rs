//! Windows: how an article too large to check whole is checked.
//!
//! Comparing claims grows with the square of how many share a key, and
//! every claim of an article is held until the check, so one article of
//! 100 MB (a dump, a log, a concatenation: never a news story) would take
//! hours and gigabytes. An article over [`HUGE_ARTICLE_BYTES`] is instead
//! checked window by window: runs of whole paragraphs of about
//! [`WINDOW_BYTES`] (a longer paragraph is cut between sentences, a longer
//! sentence between words), each window's claims checked against each
//! other and then dropped. Spans stay offsets into the whole file, so
//! labels point at the right words. What is lost, and said in the README:
//! such an article is not compared with other articles, nor one window
//! with another.

use crate::segment::{Paragraph, Segments};
use crate::span::Span;

/// Above this size an article is checked in windows.
pub const HUGE_ARTICLE_BYTES: usize = 1 << 20;

/// About how much text one window holds.
pub const WINDOW_BYTES: usize = 256 << 10;

/// Splits an article's segments into windows of about `limit` bytes, in
/// text order, each a [`Segments`] of its own (the headline only in the
/// first). Every sentence of the input is in exactly one window, whole
/// unless it alone is longer than `limit`.
pub fn windows(text: &str, segments: Segments, limit: usize) -> Vec<Segments> {
    let mut out = Vec::new();
    let mut current: Vec<Paragraph> = Vec::new();
    let mut size = 0;
    let mut headline = segments.headline;
    let mut flush = |current: &mut Vec<Paragraph>, size: &mut usize| {
        if !current.is_empty() {
            out.push(Segments { headline: headline.take(), paragraphs: std::mem::take(current) });
            *size = 0;
        }
    };
    for paragraph in segments.paragraphs {
        if size + paragraph.span.len() <= limit {
            size += paragraph.span.len();
            current.push(paragraph);
            continue;
        }
        flush(&mut current, &mut size);
        if paragraph.span.len() <= limit {
            size = paragraph.span.len();
            current.push(paragraph);
            continue;
        }
        // One paragraph longer than a window: cut between sentences.
        let mut part: Vec<Span> = Vec::new();
        for sentence in paragraph.sentences {
            for piece in cut(text, sentence, limit) {
                if size + piece.len() > limit && !part.is_empty() {
                    current.push(paragraph_of(std::mem::take(&mut part)));
                    flush(&mut current, &mut size);
                }
                size += piece.len();
                part.push(piece);
            }
        }
        if !part.is_empty() {
            current.push(paragraph_of(part));
        }
    }
    flush(&mut current, &mut size);
    out
}

/// Sentences longer than this are read in pieces: reading a sentence's
/// figures looks along the sentence, so one "sentence" of thousands of
/// figures (a table or a list with no full stops) would take time growing
/// with the square of its length. No news sentence comes near it.
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// Cuts every sentence longer than `limit` into pieces of at most about
/// `limit` bytes, at whitespace where there is some.
pub fn limit_sentences(text: &str, segments: &mut Segments, limit: usize) {
    for paragraph in &mut segments.paragraphs {
        if paragraph.sentences.iter().any(|s| s.len() > limit) {
            paragraph.sentences = paragraph.sentences.iter().flat_map(|&s| cut(text, s, limit)).collect();
        }
    }
}

fn paragraph_of(sentences: Vec<Span>) -> Paragraph {
    let span = sentences[0].cover(sentences[sentences.len() - 1]);
    Paragraph { span, sentences }
}

/// Cuts a span longer than `limit` into pieces of at most about `limit`
/// bytes, at whitespace where there is some, always on char boundaries.
fn cut(text: &str, span: Span, limit: usize) -> Vec<Span> {
    let mut pieces = Vec::new();
    let mut start = span.start;
    while span.end - start > limit {
        let mut end = start + limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Prefer the last whitespace in the second half of the piece.
        let half = start + limit / 2;
        if let Some(ws) = text[start..end].rfind(char::is_whitespace).map(|i| start + i)
            && ws > half
        {
            end = ws;
        }
        if end <= start {
            end = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
        pieces.push(Span::new(start, end).trim(text));
        start = end;
    }
    pieces.push(Span::new(start, span.end).trim(text));
    pieces.retain(|p| !p.is_empty());
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::meta::read_meta;
    use crate::segment::segment;

    fn sentences_of(all: &[Segments]) -> Vec<Span> {
        all.iter().flat_map(|s| s.sentences().map(|(_, sp)| sp).collect::<Vec<_>>()).collect()
    }

    #[test]
    fn every_sentence_is_in_one_window_in_order() {
        let text = "Title\n\nOne two. Three four.\n\nFive six seven. Eight.\n\nNine ten eleven twelve.\n".repeat(50);
        let segs = segment(&text, &read_meta(&text), crate::vocab::Vocabulary::shipped());
        let whole: Vec<Span> = segs.sentences().map(|(_, s)| s).collect();
        let wins = windows(&text, segs, 100);
        assert!(wins.len() > 10);
        assert_eq!(sentences_of(&wins), whole);
        for w in &wins {
            let size: usize = w.paragraphs.iter().map(|p| p.span.len()).sum();
            assert!(size <= 100, "{size}");
        }
    }

    #[test]
    fn a_long_paragraph_is_cut_between_sentences_and_a_long_sentence_between_words() {
        let text = format!("{}\n\n{}\n", "Short one here. ".repeat(40), "word ".repeat(100));
        let segs = segment(&text, &read_meta(&text), crate::vocab::Vocabulary::shipped());
        let wins = windows(&text, segs, 64);
        for s in sentences_of(&wins) {
            assert!(s.len() <= 64, "{s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let words: usize = sentences_of(&wins).iter().map(|s| s.of(&text).matches("word").count()).sum();
        assert_eq!(words, 100, "no word is lost at a cut");
    }

    #[test]
    fn long_sentences_are_cut_and_short_ones_kept() {
        let text = format!("Title\n\nA short one. {}\n", "0 a day ".repeat(100));
        let mut segs = segment(&text, &read_meta(&text), crate::vocab::Vocabulary::shipped());
        let before: Vec<Span> = segs.sentences().map(|(_, s)| s).collect();
        limit_sentences(&text, &mut segs, 64);
        let after: Vec<Span> = segs.sentences().map(|(_, s)| s).collect();
        assert_eq!(after[..2], before[..2], "short sentences are kept");
        assert!(after.len() > 10 && after.iter().all(|s| s.len() <= 64));
        let days: usize = after.iter().map(|s| s.of(&text).matches("day").count()).sum();
        assert_eq!(days, 100, "no word is lost at a cut");
    }

    #[test]
    fn cuts_land_on_char_boundaries_without_whitespace() {
        let text = "é".repeat(1000);
        let pieces = cut(&text, Span::new(0, text.len()), 99);
        assert_eq!(pieces.iter().map(crate::span::Span::len).sum::<usize>(), text.len());
        assert!(pieces.iter().all(|p| text.is_char_boundary(p.start) && text.is_char_boundary(p.end) && p.len() <= 99));
    }
}
