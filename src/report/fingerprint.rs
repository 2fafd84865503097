//! A finding's fingerprint: what it is, not where it is.
//!
//! Made of the rule, the words of its message and the words each label
//! points at, each lower-cased with punctuation and spacing normalised,
//! and sorted, so it stays the same when paragraphs move, lines are
//! added elsewhere, files are listed in another order or a path is typed
//! another way; it changes when a figure, a name or a quoted word changes.
//! Baselines (`--baseline`) and SARIF's `partialFingerprints` use it.

use super::Report;
use crate::finding::Finding;

/// A fingerprint: 32 hex digits, stable across runs, machines and versions
/// of Rust (a fixed hash, never `std`'s randomised one).
pub fn fingerprint(report: &Report, finding: &Finding) -> String {
    let mut labels: Vec<String> = finding
        .labels
        .iter()
        .map(|l| {
            let article = &report.articles[l.article.0];
            words(l.span.of(&article.text)).join(" ")
        })
        .collect();
    labels.sort();
    let mut message = words(&finding.message);
    message.sort();
    let canonical = format!("{}\u{1f}{}\u{1f}{}", finding.rule, message.join(" "), labels.join("\u{1e}"));
    format!(
        "{:016x}{:016x}",
        fnv1a(canonical.as_bytes(), 0xcbf2_9ce4_8422_2325),
        fnv1a(canonical.as_bytes(), 0x6c62_272e_07bb_0142)
    )
}

/// Lower-cased words (letters and digits; a digit group's separators and
/// decimal points kept inside it), so spacing, line breaks and quote
/// styles do not count.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inside_number = matches!(c, ',' | '.')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || inside_number || matches!(c, '%' | '£' | '$' | '€') {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    let mut hash = basis;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_spacing_case_and_punctuation_but_keep_figures() {
        assert_eq!(words("Nearly  1,250.5\nhomes — “left”"), ["nearly", "1,250.5", "homes", "left"]);
        assert_eq!(words("£12m, 40%."), ["£12m", "40%"]);
    }

    #[test]
    fn the_hash_is_fixed() {
        assert_eq!(fnv1a(b"", 0xcbf2_9ce4_8422_2325), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a", 0xcbf2_9ce4_8422_2325), 0xaf63_dc4c_8601_ec8c);
    }
}
