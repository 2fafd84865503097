//! Money in every form news writes it: a sign before or after the number
//! ("$20", "$ 75 million", "10 €", "C$16.4m", "US$150m"), a currency
//! word or code after it ("40 pounds", "420 million finnish markka",
//! "five million yen", "115USD", "75 USD million"), a code before it
//! ("USD 3.2bn", "MEUR 120"), one unit in words ("a dollar", "one
//! euro"), compound amounts ("three pounds fifty", "four dollars and 20
//! cents", "3 dollars 50 cents") and compound modifiers ("a 12-cent
//! dividend", "a one-yen bid").
//!
//! A currency is keyed by its own sign when it has one ("£", "$", "€")
//! so that amounts written with words meet amounts written with signs;
//! a currency without a sign of its own is keyed by its ISO code
//! ([`currency_key`]). Minor units ("pence", "cents") are converted to
//! the major unit. Every word is data: rules/words/quantities.toml
//! (`currency-words`, `minor-currency-words`) and rules/words/units.toml
//! (`currency-signs`, `dollar-prefixes`, `currency-code-scales`,
//! `money-tail-words`).

use super::interval::Interval;
use super::number::{NumberWords, ParsedNumber, Unit};
use crate::segment::tokens::Token;
use crate::vocab::LowerWord;
use crate::vocab::{Vocabulary, WordList};

/// The first char of the private-use plane where ISO codes are packed.
const PACKED_CODES: u32 = 0xF_0000;

/// A currency's key in [`Unit::Money`]: a one-char form is the sign
/// itself; a three-letter ISO code ("CAD") is packed into a private-use
/// char, so that two currencies without a sign of their own stay apart
/// and the unit stays `Copy`.
pub fn currency_key(form: &str) -> Option<char> {
    let mut chars = form.chars();
    match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some(c), None, _, _) => Some(c),
        (Some(a), Some(b), Some(c), None) if [a, b, c].iter().all(char::is_ascii_alphabetic) => {
            // Lists store forms in lower case: "cad" and "CAD" are one code.
            let n =
                [a, b, c].iter().fold(0u32, |acc, l| acc * 26 + (u32::from(l.to_ascii_uppercase()) - u32::from('A')));
            char::from_u32(PACKED_CODES + n)
        }
        _ => None,
    }
}

/// The currency words, signs and codes in force, fetched once.
pub struct MoneyWords<'v> {
    /// "pounds" → "£", "usd" → "$", "finnish markka" → "FIM".
    major: &'v WordList,
    /// "pence" → "£", "cents" → "$": a hundredth of the major unit.
    minor: &'v WordList,
    /// "$", "£", "₿": signs and their currency.
    signs: &'v WordList,
    /// "c" → "CAD", "hk" → "HKD": whose dollar a "$" is.
    prefixes: &'v WordList,
    /// "m" → 1e6 in "MUSD".
    code_scales: &'v WordList,
    /// Words that may follow the minor part of a compound amount.
    tail: &'v WordList,
}

/// How an amount's currency was written, which decides what may follow.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Written {
    /// A sign or a code before the number ("$20", "USD 20").
    Before,
    /// A word, code or sign after the number ("20 dollars", "20 USD").
    After,
}

impl<'v> MoneyWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        MoneyWords {
            major: vocab.list("currency-words"),
            minor: vocab.list("minor-currency-words"),
            signs: vocab.list("currency-signs"),
            prefixes: vocab.list("dollar-prefixes"),
            code_scales: vocab.list("currency-code-scales"),
            tail: vocab.list("money-tail-words"),
        }
    }

    /// A currency word or code after a number, at token `i`: its currency,
    /// the factor to the major unit, and how many tokens it used.
    pub fn after(&self, tokens: &[Token], i: usize) -> Option<(char, f64, usize)> {
        let t = tokens.get(i)?;
        if !t.is_word() {
            return None;
        }
        // "3 USD50": a code glued to the number after it is that number's.
        if tokens.get(i + 1).is_some_and(|n| n.glued && n.is_number()) {
            return None;
        }
        let lower: Vec<String> = tokens[i..tokens.len().min(i + 4)]
            .iter()
            .take_while(|t| t.is_word())
            .map(|t| t.text.to_lowercase())
            .collect();
        if let Some((used, crate::vocab::Entry::Form(f))) = self.major.longest_prefix(&lower) {
            return Some((currency_key(f)?, 1.0, used));
        }
        // "30 MUSD": a scale letter in capitals before a code.
        if let Some((scale, key)) = self.scaled_code(t) {
            return Some((key, scale, 1));
        }
        let w = lower.first()?;
        let f = self.minor.form(w)?;
        // A lone "p" only glued ("75p").
        if w.len() == 1 && !t.glued {
            return None;
        }
        Some((currency_key(f)?, 0.01, 1))
    }

    /// "MUSD", "KEUR": a scale letter before a code, all in capitals.
    fn scaled_code(&self, t: &Token) -> Option<(f64, char)> {
        if t.text.len() != 4 || !t.text.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let lower = t.text.to_ascii_lowercase();
        let scale = self.code_scales.value(&lower[..1])?;
        let code = &lower[1..];
        Some((scale, currency_key(self.major.form(code)?)?))
    }

    /// A currency code before a number ("USD 3.2bn", "GBP 40m", "MAUD
    /// 60"), at `i`: its currency and the scale its letters carry.
    pub fn code_before(&self, tokens: &[Token], i: usize) -> Option<char> {
        self.code_before_scaled(tokens, i).map(|(c, _)| c)
    }

    fn code_before_scaled(&self, tokens: &[Token], i: usize) -> Option<(char, f64)> {
        let t = tokens.get(i).filter(|t| t.is_word() && t.text == t.text.to_uppercase())?;
        if t.text.len() == 3 {
            return Some((currency_key(self.major.form(&crate::vocab::lower_word(t.text))?)?, 1.0));
        }
        self.scaled_code(t).map(|(s, c)| (c, s))
    }

    /// A currency sign at `i`, with what is written before it ("C$",
    /// "US$", "u.s $", "usd$"): the currency and the index of the sign.
    fn sign_at(&self, tokens: &[Token], i: usize) -> Option<(char, usize)> {
        let t = tokens.get(i)?;
        if let Some(f) = self.signs.form(t.text) {
            return Some((currency_key(f)?, i));
        }
        if !t.is_word() {
            return None;
        }
        // A prefix of up to four glued tokens ("u.s."), then the sign.
        let mut prefix = String::new();
        let mut j = i;
        while j < tokens.len() && j < i + 4 {
            let p = &tokens[j];
            if (j > i && !p.glued) || !(p.is_word() || p.is(".")) {
                break;
            }
            prefix.push_str(&crate::vocab::lower_word(p.text));
            j += 1;
        }
        let sign = tokens.get(j)?;
        if self.signs.form(sign.text) != Some("$") {
            return None;
        }
        // A one-letter prefix only glued to its sign: "a $5 fee", "the
        // company ' s $ 5 million" are words before a dollar.
        if !sign.glued && prefix.chars().count() == 1 {
            return None;
        }
        let form = self.prefixes.form(&prefix).or_else(|| self.major.form(&prefix).filter(|_| prefix.len() == 3))?;
        Some((currency_key(form)?, j))
    }

    /// Whether money can start at `i`: a sign, or a currency word, code
    /// or compound within the next few tokens. Most numbers of a sentence
    /// are refused here, before any word is built.
    fn may_start(&self, tokens: &[Token], i: usize) -> bool {
        tokens[i..tokens.len().min(i + 8)].iter().any(|t| self.names_money(t, &crate::vocab::lower_word(t.text)))
    }

    /// [`MoneyWords::may_start`] with the sentence's lower-case words.
    fn may_start_in(&self, tokens: &[Token], lower: &[LowerWord], i: usize) -> bool {
        (i..tokens.len().min(i + 8)).any(|k| self.names_money(&tokens[k], &lower[k]))
    }

    /// Whether a token (`lower` its lower-case word) is a currency sign,
    /// word, code or prefix, alone or in a hyphened word.
    pub fn names_money(&self, t: &Token, lower: &str) -> bool {
        self.names_money_as_written(t) || (t.is_word() && self.names_money_word(lower))
    }

    /// The part of [`MoneyWords::names_money`] that the word's letters as
    /// written decide: a sign ("$", "Rs"), a scaled code ("MUSD").
    pub fn names_money_as_written(&self, t: &Token) -> bool {
        self.signs.has(t.text) || (t.is_word() && self.scaled_code(t).is_some())
    }

    /// The part of [`MoneyWords::names_money`] that the lower-case word
    /// decides: a currency word or code, a minor unit, a prefix, alone or
    /// in a hyphened word.
    pub fn names_money_word(&self, lower: &str) -> bool {
        self.major.may_start(lower)
            || self.minor.has(lower)
            || self.prefixes.has(lower)
            // The unhyphened word was asked above.
            || (lower.as_bytes().contains(&b'-') && lower.split('-').any(|p| self.major.has(p) || self.minor.has(p)))
    }

    /// Money starting at token `i`, in any of the forms this module
    /// reads, as a number with a [`Unit::Money`] unit.
    pub fn read(&self, numbers: &NumberWords, tokens: &[Token], i: usize) -> Option<ParsedNumber> {
        if i >= tokens.len() || !self.may_start(tokens, i) {
            return None;
        }
        let lower = crate::normalise::number::lower_window(tokens, i, crate::normalise::number::SPELLED_REACH);
        self.read_with(numbers, tokens, &lower, i)
    }

    /// [`MoneyWords::read`] in a sentence whose lower-case words (all of
    /// them, one per token) are at hand: no word is lower-cased again.
    pub fn read_in(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        i: usize,
    ) -> Option<ParsedNumber> {
        if i >= tokens.len() || !self.may_start_in(tokens, lower, i) {
            return None;
        }
        self.read_with(numbers, tokens, lower, i)
    }

    /// [`MoneyWords::read`] with the tokens' lower-case words at hand.
    pub fn read_with(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        i: usize,
    ) -> Option<ParsedNumber> {
        let (num, key, written) = self
            .sign_first(numbers, tokens, lower, i)
            .or_else(|| self.code_first(numbers, tokens, lower, i))
            .or_else(|| self.number_first(numbers, tokens, lower, i))?;
        let (value, end) = self.compound_tail(numbers, tokens, lower, num.value, num.end, key, written);
        Some(ParsedNumber { value, unit: Unit::Money(key), start: i, end, in_words: num.in_words })
    }

    /// "$20", "$ 75 million", "C$16.4m", "₿21,000,000", then an optional
    /// currency word that repeats it ("$10 dollars").
    fn sign_first(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        i: usize,
    ) -> Option<(ParsedNumber, char, Written)> {
        let (key, s) = self.sign_at(tokens, i)?;
        let next = tokens.get(s + 1)?;
        if !(next.is_number() || next.is_word()) {
            return None;
        }
        // The number reader reads a glued sign with its scale ("£4.5m").
        let mut n = match numbers.number(tokens, s).filter(|n| matches!(n.unit, Unit::Money(_))) {
            Some(n) => n,
            None => million_suffix(numbers.number(tokens, s + 1)?)?,
        };
        n.start = i;
        if let Some((k, factor, used)) = self.after(tokens, n.end).filter(|(k, _, _)| *k == key) {
            let _ = k;
            if factor == 1.0 {
                n.end += used;
            }
        }
        let _ = lower;
        Some((n, key, Written::Before))
    }

    /// "USD 200", "USD115", "MAUD 60".
    fn code_first(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        i: usize,
    ) -> Option<(ParsedNumber, char, Written)> {
        let (key, scale) = self.code_before_scaled(tokens, i)?;
        let mut n = self.amount(numbers, tokens, lower, i + 1)?;
        n.value = n.value.scale(scale);
        n.start = i;
        Some((n, key, Written::Before))
    }

    /// "40 pounds", "five million yen", "10 $", "75 USD million", "a
    /// dollar", "50 cents", "12-cent", "one-yen".
    fn number_first(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        i: usize,
    ) -> Option<(ParsedNumber, char, Written)> {
        // "one-yen": a number word and a currency word in one token.
        if let Some((a, b)) = lower.get(i).and_then(|w| w.split_once('-'))
            && let Some(v) = numbers.small(a)
            && let Some(form) = self.major.form(b).or_else(|| self.minor.form(b))
        {
            let factor = if self.major.has(b) { 1.0 } else { 0.01 };
            let num = ParsedNumber {
                value: Interval::point(v * factor),
                unit: Unit::Count,
                start: i,
                end: i + 1,
                in_words: true,
            };
            return Some((num, currency_key(form)?, Written::After));
        }
        let n = self.amount(numbers, tokens, lower, i)?;
        let end = n.end;
        // "10 $", "100 ₡": a sign after the number, unless it is the next
        // number's ("10 $ 30 $" has two).
        if let Some(f) = tokens.get(end).and_then(|t| self.signs.form(t.text))
            && !tokens.get(end + 1).is_some_and(|t| t.glued && t.is_number())
            && !n.in_words
        {
            return Some((ParsedNumber { end: end + 1, ..n }, currency_key(f)?, Written::After));
        }
        // "12-cent-a-share": a currency word in a compound modifier.
        let (at, compound) = if tokens.get(end).is_some_and(|t| t.glued && t.is("-"))
            && tokens.get(end + 1).is_some_and(|t| t.glued && t.is_word())
        {
            (end + 1, true)
        } else {
            (end, false)
        };
        if compound {
            let first = lower[at].split('-').next().unwrap_or_default();
            let (form, factor) = match (self.major.form(first), self.minor.form(first)) {
                (Some(f), _) => (f, 1.0),
                (None, Some(f)) if first.len() > 1 => (f, 0.01),
                _ => return None,
            };
            let num = ParsedNumber { value: n.value.scale(factor), end: at + 1, ..n };
            return Some((num, currency_key(form)?, Written::After));
        }
        let (key, factor, used) = self.after(tokens, at)?;
        let mut value = n.value.scale(factor);
        let mut end = at + used;
        // "75 USD million": a scale word after a code.
        if let Some(s) = lower.get(end).and_then(|w| numbers.scale_word(w)).filter(|s| *s >= 1e3) {
            value = value.scale(s);
            end += 1;
        }
        Some((ParsedNumber { value, end, ..n }, key, Written::After))
    }

    /// The number of an amount at `i`: digits with their scale ("4.5m",
    /// "1.5 million"), a spelt number ("five million", "half million",
    /// "three quarters billion"), or "a"/"an" before a currency word.
    fn amount(&self, numbers: &NumberWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<ParsedNumber> {
        let t = tokens.get(i)?;
        if t.is_number() {
            // A number glued after letters is part of a name ("SMW4"),
            // unless the letters are a code ("USD115").
            let n = million_suffix(numbers.number(tokens, i)?)?;
            return Some(n);
        }
        if !t.is_word() {
            return None;
        }
        if matches!(lower[i].as_ref(), "a" | "an")
            && lower.get(i + 1).is_some_and(|w| self.major.has(w) || (self.minor.has(w) && w.len() > 1))
        {
            return Some(ParsedNumber {
                value: Interval::point(1.0),
                unit: Unit::Count,
                start: i,
                end: i + 1,
                in_words: true,
            });
        }
        let (mut v, mut e) = numbers.spelled(tokens, lower, i)?;
        if let Some(s) = lower.get(e).and_then(|w| numbers.scale_word(w)).filter(|s| *s >= 1e3) {
            v *= s;
            e += 1;
        }
        (v > 0.0).then_some(ParsedNumber {
            value: Interval::point(v),
            unit: Unit::Count,
            start: i,
            end: e,
            in_words: true,
        })
    }

    /// The minor part of a compound amount after its major part ends at
    /// `end`: "and 20 cents", "50 cents", "fifty" (after a currency word
    /// only: "three pounds fifty"). Returns the value and the new end.
    #[allow(clippy::too_many_arguments)]
    fn compound_tail(
        &self,
        numbers: &NumberWords,
        tokens: &[Token],
        lower: &[LowerWord],
        value: Interval,
        end: usize,
        key: char,
        written: Written,
    ) -> (Interval, usize) {
        let unchanged = (value, end);
        // Only whole major amounts take a minor part ("£4.5m and 20p" is two).
        if value.lo != value.hi || value.lo.fract() != 0.0 {
            return unchanged;
        }
        let k = if lower.get(end).is_some_and(|w| w == "and") { end + 1 } else { end };
        let Some(t) = tokens.get(k) else { return unchanged };
        let (minor, after) = if t.is_number() {
            if t.text.contains(['.', ',']) || t.glued {
                return unchanged;
            }
            match t.text.parse::<f64>() {
                Ok(v) => (v, k + 1),
                Err(_) => return unchanged,
            }
        } else if t.is_word() {
            match numbers.spelled(tokens, lower, k) {
                Some((v, e)) if v.fract() == 0.0 => (v, e),
                _ => return unchanged,
            }
        } else {
            return unchanged;
        };
        if !(1.0..100.0).contains(&minor) {
            return unchanged;
        }
        // "and 20 cents": a minor word of the same currency.
        if let Some(f) = lower.get(after).and_then(|w| self.minor.form(w))
            && currency_key(f) == Some(key)
        {
            return (Interval::point(value.lo + minor / 100.0), after + 1);
        }
        // "three pounds fifty": only after a currency word, and only when
        // nothing counted follows ("20 dollars 15 people" is two figures).
        let tail_ok = match tokens.get(after) {
            None => true,
            Some(n) if !n.is_word() && !n.is_number() => !self.signs.has(n.text),
            Some(n) => !n.glued && self.tail.has(&lower[after]) && !self.major.has(&lower[after]),
        };
        if written == Written::After && tail_ok {
            return (Interval::point(value.lo + minor / 100.0), after);
        }
        unchanged
    }
}

/// A number whose glued "m" the number reader took for metres ("$ 4.5m"
/// with the sign set apart) is millions here; any other measure is not
/// money.
fn million_suffix(n: ParsedNumber) -> Option<ParsedNumber> {
    match n.unit {
        Unit::Count | Unit::Money(_) => Some(n),
        Unit::Measure("m") => Some(ParsedNumber { value: n.value.scale(1e6), unit: Unit::Count, ..n }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;
    use crate::span::Span;

    fn money(s: &str) -> Option<(f64, char, usize)> {
        let v = Vocabulary::shipped();
        let t = tokenize(s, Span::new(0, s.len()));
        let numbers = NumberWords::new(v);
        MoneyWords::new(v).read(&numbers, &t, 0).map(|n| match n.unit {
            Unit::Money(c) => (f64::midpoint(n.value.lo, n.value.hi), c, n.end),
            _ => unreachable!(),
        })
    }

    fn value(s: &str) -> Option<f64> {
        money(s).map(|m| (m.0 * 100.0).round() / 100.0)
    }

    #[test]
    fn words_signs_and_codes_meet() {
        assert_eq!(money("40 pounds").map(|m| m.1), Some('£'));
        assert_eq!(value("$ 75 million"), Some(75e6));
        assert_eq!(value("USD 3.2bn"), Some(3.2e9));
        assert_eq!(value("five million yen"), Some(5e6));
        assert_eq!(value("a dollar"), Some(1.0));
        assert_eq!(value("one euro"), Some(1.0));
        assert_eq!(value("75 USD million"), Some(75e6));
        assert_eq!(value("30 MUSD"), Some(30e6));
        assert_eq!(money("C$16.4m").map(|m| m.1), currency_key("CAD"));
        assert_ne!(currency_key("CAD"), currency_key("AUD"));
        assert_eq!(money("10 €").map(|m| m.1), Some('€'));
    }

    #[test]
    fn compound_amounts_and_minor_units() {
        assert_eq!(value("three pounds fifty"), Some(3.5));
        assert_eq!(value("four dollars and 20 cents"), Some(4.2));
        assert_eq!(value("3 dollars 50 cents"), Some(3.5));
        assert_eq!(value("thirteen dollars forty five"), Some(13.45));
        assert_eq!(value("75 pence"), Some(0.75));
        assert_eq!(value("75p"), Some(0.75));
        assert_eq!(value("a 12-cent dividend"), None);
        assert_eq!(value("12-cent dividend"), Some(0.12));
        // Two figures, not one amount.
        assert_eq!(value("20 dollars 15 people"), Some(20.0));
        assert_eq!(value("$4.25 and 32 is the quantity"), Some(4.25));
        assert_eq!(value("three thousand dollars two hundred times"), Some(3000.0));
    }

    #[test]
    fn not_money() {
        assert_eq!(money("All 70 of us"), None);
        assert_eq!(money("a $5 fee").map(|m| m.1), None);
        assert_eq!(money("3 times"), None);
        assert_eq!(money("50 people"), None);
    }
}
