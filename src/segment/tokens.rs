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
    let mut chars = s.char_indices().peekable();
    let mut glued = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || c == '\u{feff}' {
            glued = false;
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            // Digits, with separators only between digits.
            while let Some(&(j, d)) = chars.peek() {
                // The character after a separator is looked at only for a
                // separator (this runs at every character of every text).
                let next_is_digit = || s[j + d.len_utf8()..].starts_with(|x: char| x.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_is_digit()) {
                    chars.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = chars.peek() {
                let next_is_letter = || s[j + d.len_utf8()..].starts_with(|x: char| x.is_alphabetic());
                if d.is_alphabetic() || ((d == '-' || is_apostrophe(d)) && next_is_letter()) {
                    chars.next();
                    end = j + d.len_utf8();
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
    }
    out
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
