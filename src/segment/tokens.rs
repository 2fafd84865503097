//! Tokens: words, numbers and symbols of one sentence, as byte spans.
//!
//! Allocation-light: tokens borrow the text. A number keeps its internal
//! separators ("7,631", "2.5"); a word keeps internal hyphens and
//! apostrophes ("right-wing", "don't"); everything else is a one-char
//! symbol. `glued` says no space came before, which tells "5.84m" from
//! "5.84 m" and "48-hour" from "48 - hour".

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokenKind,
    /// No whitespace between this token and the one before.
    pub glued: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    pub fn is(&self, symbol: &str) -> bool {
        self.text == symbol
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `span` of `text` into tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let s = span.of(text);
    // About one token in five bytes of news text: one allocation for most
    // sentences instead of a doubling series.
    let mut out = Vec::with_capacity(s.len() / 5 + 4);
    let mut glued = false;
    let mut i = 0;
    // Walked by byte index with a one-byte test for ASCII (most of a news
    // text): this runs at every character of every text.
    while let Some(c) = char_at(s, i) {
        let mut end = i + c.len_utf8();
        if c.is_whitespace() || c == '\u{feff}' {
            glued = false;
            i = end;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            // Digits, with separators only between digits.
            while let Some(d) = char_at(s, end) {
                let after = end + d.len_utf8();
                if d.is_ascii_digit()
                    || (matches!(d, ',' | '.') && s.as_bytes().get(after).is_some_and(u8::is_ascii_digit))
                {
                    end = after;
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else if c.is_alphabetic() {
            // Letters, with hyphens and apostrophes only between letters.
            while let Some(d) = char_at(s, end) {
                let after = end + d.len_utf8();
                if d.is_alphabetic()
                    || ((d == '-' || is_apostrophe(d)) && char_at(s, after).is_some_and(char::is_alphabetic))
                {
                    end = after;
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else {
            TokenKind::Symbol
        };
        out.push(Token { span: Span::new(span.start + i, span.start + end), text: &s[i..end], kind, glued });
        glued = true;
        i = end;
    }
    out
}

/// The character starting at byte `at` (a character boundary), if any:
/// one byte test for ASCII, which most of a news text is (the story
/// signature walks a text with it too).
#[inline]
pub fn char_at(s: &str, at: usize) -> Option<char> {
    match s.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_words_and_symbols() {
        assert_eq!(
            texts("£4.5m for 1,420 right-wing 48-hour, 40%."),
            vec!["£", "4.5", "m", "for", "1,420", "right-wing", "48", "-", "hour", ",", "40", "%", "."]
        );
        assert_eq!(texts("don’t 2.5."), vec!["don’t", "2.5", "."]);
        let t = tokenize("5.84m x", Span::new(0, 7));
        assert!(t[1].glued && !t[2].glued);
    }
}
