//! Totals with their parts, inside one sentence (or a sentence and the
//! one before it): the claims sum-mismatch checks.
//!
//! The forms read, each a way news lists the parts of a whole:
//! - a total marker: "41 on the first day and 38 on the second – 79 in
//!   total", "... together accounting for 900 cases", "a total of 79";
//! - "Of the 90 people questioned, 40 ..., 30 ... and 20 ...";
//! - "Of those, 40 (44 per cent) ..., 30 (33 per cent) ..." after a
//!   sentence that gives the whole;
//! - a colon: "90 homes were damaged: 40 in the town, 30 ... and 20 ...".
//!
//! The parts are the first counted number of each list item (items split
//! at commas, "and", dashes and semicolons); a share in brackets after a
//! part ("40 (44 per cent)") is kept with it.

use crate::normalise::interval::{Hedge, HedgeTable, Interval};
use crate::normalise::number::{NumberWords, ParsedNumber, Unit};
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// A share stated with a part: "(37 per cent)".
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub percent: f64,
    /// Half the last written digit: "37" is 36.5 to 37.5.
    pub rounding: f64,
    pub span: Span,
}

/// One number of a sum: the total or a part.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub span: Span,
    pub value: Interval,
    pub unit: Unit,
    pub share: Option<Share>,
}

/// How the sentence said the parts make the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SumForm {
    /// "in total", "together", "a total of", "altogether", "in all".
    Marker,
    /// "Of the 90 ...,"
    OfThe,
    /// "Of those, ..." with the whole in the sentence before.
    OfThose,
    /// "90 homes were damaged: ..."
    Colon,
}

/// A whole and the parts a sentence lists for it.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalWithParts {
    pub total: Amount,
    pub parts: Vec<Amount>,
    pub form: SumForm,
    pub sentence: Span,
}

/// The word lists the sum reader uses, fetched once (per article) by the
/// caller from the vocabulary in force.
pub struct SumWords<'a> {
    numbers: NumberWords<'a>,
    time_units: &'a WordList,
    clock_words: &'a WordList,
    ordinal_suffixes: &'a WordList,
    markers_before: &'a WordList,
    markers_after: &'a WordList,
    month_names: &'a WordList,
}

impl<'a> SumWords<'a> {
    pub fn new(vocab: &'a Vocabulary) -> Self {
        SumWords {
            numbers: NumberWords::new(vocab),
            time_units: vocab.list("time-units"),
            clock_words: vocab.list("clock-words"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            markers_before: vocab.list("sum-markers-before"),
            markers_after: vocab.list("sum-markers-after"),
            month_names: vocab.list("month-names"),
        }
    }
}

/// The hedge table and word lists of one reading.
struct Cx<'a> {
    hedges: &'a HedgeTable,
    words: &'a SumWords<'a>,
}

fn is_break(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "–" | "—" | "(" | ")") || (t.text == "-" && !t.glued)
}

/// A countable number at `i`: not a year, a date, a time, a duration or
/// an age. Returns the number, its hedge-widened value and its span.
fn amount_at(tokens: &[Token], lower: &[String], cx: &Cx, i: usize) -> Option<(ParsedNumber, Amount)> {
    let n = cx.words.numbers.number(tokens, i)?;
    let first = &tokens[n.start];
    let next = lower.get(n.end).map_or("", String::as_str);
    let prev = i.checked_sub(1).map_or("", |p| lower[p].as_str());
    let year =
        first.is_number() && first.text.len() == 4 && (1800.0..=2100.0).contains(&n.value.lo) && n.unit == Unit::Count;
    let dated = cx.words.month_names.has(next)
        || cx.words.month_names.has(prev)
        || cx.words.clock_words.has(next)
        || cx.words.ordinal_suffixes.has(next);
    let timed = tokens.get(n.end).is_some_and(|t| t.glued && matches!(t.text, ":" | "/" | "-" | "."));
    let duration = cx.words.time_units.has(next);
    // "Ana Ruiz, 52, said …": an age between commas after a capitalised
    // name is not a part of anything.
    let age = prev == ","
        && next == ","
        && n.unit == Unit::Count
        && i >= 2
        && tokens[i - 2].text.starts_with(char::is_uppercase)
        && n.value.lo < 130.0;
    if year || dated || timed || duration || age || n.unit == Unit::Percent || (n.in_words && n.value.lo < 2.0) {
        return None;
    }
    let before: Vec<&str> = lower[i.saturating_sub(3)..i].iter().map(String::as_str).collect();
    let (hedge, used) = cx.hedges.find(&before).unwrap_or((Hedge::Exact, 0));
    let start = tokens[i - used].span.start;
    let value = hedge.apply(n.value, &cx.hedges.widths);
    let amount = Amount { span: Span::new(start, tokens[n.end - 1].span.end), value, unit: n.unit, share: None };
    Some((n, amount))
}

/// "(37 per cent)" or "(37%)" right after a part.
fn share_at(tokens: &[Token], cx: &Cx, i: usize) -> Option<Share> {
    if !tokens.get(i).is_some_and(|t| t.is("(")) {
        return None;
    }
    let n = cx.words.numbers.number(tokens, i + 1).filter(|n| n.unit == Unit::Percent)?;
    if !tokens.get(n.end).is_some_and(|t| t.is(")")) {
        return None;
    }
    let digits = tokens[n.start].text;
    let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as i32);
    Some(Share {
        percent: n.value.lo,
        rounding: 0.5 * 10f64.powi(-decimals),
        span: Span::new(tokens[n.start].span.start, tokens[n.end - 1].span.end),
    })
}

/// The first amount of each list item in `tokens[from..to]`, with the
/// unit of the total.
fn parts_in(tokens: &[Token], lower: &[String], cx: &Cx, from: usize, to: usize, unit: Unit) -> Vec<Amount> {
    let mut parts = Vec::new();
    let mut taken = false;
    let mut i = from;
    while i < to {
        let t = &tokens[i];
        if is_break(t) || lower[i] == "and" {
            taken = false;
            i += 1;
            continue;
        }
        if !taken && let Some((n, mut a)) = amount_at(tokens, lower, cx, i) {
            taken = true;
            let mut next = n.end;
            if a.unit == unit {
                a.share = share_at(tokens, cx, n.end);
                if let Some(s) = &a.share {
                    next = tokens.iter().position(|t| t.span.start >= s.span.end).map_or(n.end, |p| p + 1);
                }
                parts.push(a);
            }
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    parts
}

/// Total markers and where the total sits relative to the marker.
fn marker_total(tokens: &[Token], lower: &[String], cx: &Cx) -> Option<(usize, Amount)> {
    let n = tokens.len();
    for k in 0..n {
        // "a total of 79", "together accounting for 79", "altogether 79"
        let after = cx.words.markers_before.longest_prefix(&lower[k..]).map(|(used, _)| k + used);
        if let Some(a) = after {
            for j in a..(a + 4).min(n) {
                if let Some((_, amt)) = amount_at(tokens, lower, cx, j) {
                    return Some((k, amt));
                }
            }
        }
        // "79 trains in total", "79 in all"
        if cx.words.markers_after.longest_prefix(&lower[k..]).is_some() {
            for j in (k.saturating_sub(4)..k).rev() {
                if let Some((_, amt)) = amount_at(tokens, lower, cx, j) {
                    let start = (0..=j).rev().find(|&p| is_break(&tokens[p])).map_or(j, |p| p + 1);
                    return Some((start.min(j), amt));
                }
            }
        }
    }
    None
}

/// The last countable amount of a sentence: the whole "Of those" refers to.
fn last_amount(sentence: &Sentence<'_>, cx: &Cx) -> Option<Amount> {
    let (tokens, lower) = (&sentence.tokens, &sentence.lower);
    (0..tokens.len()).rev().find_map(|i| amount_at(tokens, lower, cx, i).map(|(_, a)| a))
}

/// Reads the sums of one sentence; `previous` is the sentence before it.
/// Hedged amounts are read with the rules' hedge table, the same one
/// figures use, so a rules file that widens "about" widens both.
pub fn sums_in_sentence(
    read: &Sentence<'_>,
    previous: Option<&Sentence<'_>>,
    hedges: &HedgeTable,
    words: &SumWords,
    out: &mut Vec<TotalWithParts>,
) {
    let (tokens, lower, sentence) = (&read.tokens[..], &read.lower[..], read.span);
    let cx = &Cx { hedges, words };
    if tokens.is_empty() {
        return;
    }
    let push = |out: &mut Vec<TotalWithParts>, total: Amount, parts: Vec<Amount>, form: SumForm| {
        let min = if form == SumForm::Marker { 2 } else { 3 };
        if parts.len() >= min {
            out.push(TotalWithParts { total, parts, form, sentence });
        }
    };
    // A total marker: the parts are the list before it.
    if let Some((at, total)) = marker_total(tokens, lower, cx) {
        let parts = parts_in(tokens, lower, cx, 0, at, total.unit);
        let parts: Vec<Amount> = parts.into_iter().filter(|p| p.span != total.span).collect();
        push(out, total, parts, SumForm::Marker);
        return;
    }
    // "Of the 90 ...," / "Out of the 90 ...,"
    let mut k = 0;
    if lower[0] == "out" && lower.get(1).is_some_and(|w| w == "of") {
        k = 1;
    }
    if lower[k] == "of" {
        let after =
            if lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "the" | "those" | "these" | "its" | "their")) {
                k + 2
            } else {
                k + 1
            };
        let comma = tokens.iter().position(|t| t.is(","));
        if let Some(c) = comma {
            if let Some((_, total)) = (after..c).find_map(|j| amount_at(tokens, lower, cx, j)) {
                let parts = parts_in(tokens, lower, cx, c + 1, tokens.len(), total.unit);
                push(out, total, parts, SumForm::OfThe);
                return;
            }
            // "Of those, ..." / "Of them, ...": the whole is in the sentence before.
            if c == k + 2
                && matches!(lower[k + 1].as_str(), "those" | "these" | "them")
                && let Some(total) = previous.and_then(|p| last_amount(p, cx))
            {
                let parts = parts_in(tokens, lower, cx, c + 1, tokens.len(), total.unit);
                push(out, total, parts, SumForm::OfThose);
                return;
            }
        }
    }
    // "90 homes were damaged: 40 ..., 30 ... and 20 ..."
    if let Some(colon) = tokens.iter().position(|t| t.is(":"))
        && let Some((_, total)) = (0..colon).rev().find_map(|j| amount_at(tokens, lower, cx, j))
    {
        let parts = parts_in(tokens, lower, cx, colon + 1, tokens.len(), total.unit);
        push(out, total, parts, SumForm::Colon);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(s: &str) -> Vec<TotalWithParts> {
        let mut out = Vec::new();
        let rules = crate::engine::shipped_rules();
        sums_in_sentence(&Sentence::whole(s), None, &rules.hedges, &SumWords::new(&rules.vocab), &mut out);
        out
    }

    #[test]
    fn forms() {
        let s = "The depot sent 41 lorries on Monday and 38 on Tuesday – 79 lorries in total.";
        let r = sums(s);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].total.span.of(s), "79");
        assert_eq!(r[0].parts.iter().map(|p| p.span.of(s)).collect::<Vec<_>>(), vec!["41", "38"]);
        let s =
            "Of the 90 guests questioned, 40 were staff, 30 were visitors and 20 declined to say, such as one driver.";
        let r = sums(s);
        assert_eq!(r[0].parts.len(), 3);
        let s = "The storm damaged 90 homes: 40 in the port, 30 in the hill villages and 20 farms.";
        assert_eq!(sums(s)[0].form, SumForm::Colon);
        let s = "Of 90 visitors, 40 (44 per cent) came by bus, 30 (33 per cent) by car and 20 (22 per cent) on foot.";
        assert_eq!(sums(s)[0].parts[0].share.as_ref().map(|x| x.percent), Some(44.0));
    }
}
