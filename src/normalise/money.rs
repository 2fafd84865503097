//! Money written with words or codes instead of a sign: "40 pounds",
//! "USD 3.2 billion", "12 euros", "75 pence", "four dollars and 20 cents".
//! The currency is named by its sign ("£", "$", "€") so that it meets
//! amounts written with one; minor units ("pence", "cents") are converted
//! to the major unit.

use crate::segment::tokens::Token;
use crate::vocab::{Vocabulary, WordList};

/// The currency words of rules/words/numbers.toml, fetched once.
pub struct MoneyWords<'v> {
    /// "pounds" → "£", "usd" → "$": the sign a word or code stands for.
    major: &'v WordList,
    /// "pence" → "£", "cents" → "$": a hundredth of the sign's unit.
    minor: &'v WordList,
}

impl<'v> MoneyWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        MoneyWords { major: vocab.list("currency-words"), minor: vocab.list("minor-currency-words") }
    }

    fn sign(form: &str) -> Option<char> {
        form.chars().next()
    }

    /// A currency word or code after a number, at token `i`: its sign, the
    /// factor to the major unit, and how many tokens it used.
    pub fn after(&self, tokens: &[Token], i: usize) -> Option<(char, f64, usize)> {
        let t = tokens.get(i).filter(|t| t.is_word())?;
        let w = t.text.to_lowercase();
        // A code in capitals only ("40 EUR"); a word in any case.
        if let Some(f) = self.major.form(&w)
            && (w.len() > 3 || t.text == t.text.to_uppercase() || w.ends_with('s') || !is_code(&w))
        {
            return Some((Self::sign(f)?, 1.0, 1));
        }
        let f = self.minor.form(&w)?;
        // A lone "p" only glued ("75p").
        if w.len() == 1 && !t.glued {
            return None;
        }
        Some((Self::sign(f)?, 0.01, 1))
    }

    /// A currency code before a number ("USD 3.2bn", "GBP 40m"), at `i`.
    pub fn code_before(&self, tokens: &[Token], i: usize) -> Option<char> {
        let t = tokens.get(i).filter(|t| t.is_word() && t.text.len() == 3 && t.text == t.text.to_uppercase())?;
        Self::sign(self.major.form(&t.text.to_lowercase())?)
    }
}

/// A three-letter lower-case word that is a code only in capitals.
fn is_code(w: &str) -> bool {
    w.len() == 3
}
