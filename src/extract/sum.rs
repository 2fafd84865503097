//! Totals with their parts, inside one sentence (or a sentence and the
//! one before it): the claims sum-mismatch checks.
//!
//! The forms read, each a way news lists the parts of a whole:
//! - a total marker: "41 on the first day and 38 on the second – 79 in
//!   total", "... together accounting for 900 cases", "a total of 79";
//! - "Of the 90 people questioned, 40 ..., 30 ... and 20 ...";
//! - "Of those, 40 (44 per cent) ..., 30 (33 per cent) ..." after a
//!   sentence that gives the whole;
//! - a colon: "90 homes were damaged: 40 in the town, 30 ... and 20 ...";
//! - "40 guests, of whom 22 ..., ten ... and eight ..." (", of which");
//! - a breakdown marker: "a dry mass of 820 kg, comprising ...", or
//!   "a £3m fund. The sum is made up of ..." (the whole in the
//!   sentence before, the one whose unit the parts share);
//! - shares only: "Of the 800 posts, 60 per cent ..., 25 per cent ...":
//!   the shares of one whole, which cannot make more than 100;
//! - across sentences ([`sums_in_article`]): a fact box of "Label: value"
//!   lines with a "Total:" line, and a headline whole ("900 sailings
//!   cancelled") whose parts the body lists as the subject of the same
//!   verb ("500 island sailings, ... were cancelled").
//!
//! The parts are the first counted number of each list item (items split
//! at commas, "and", dashes and semicolons); a share in brackets after a
//! part ("40 (44 per cent)") is kept with it.

use std::borrow::Cow;

use crate::normalise::interval::{Hedge, HedgeTable, Interval};
use crate::normalise::money::MoneyWords;
use crate::normalise::number::{NumberWords, ParsedNumber, Unit};
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::segment::reading::Sentence;
use crate::segment::tokens::{Token, tokenize};
use crate::span::Span;
use crate::vocab::LowerWord;
use crate::vocab::fast_hash::FastSet;
use crate::vocab::{Vocabulary, WordList};

/// A share stated with a part: "(37 per cent)".
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Share {
    pub percent: f64,
    /// Half the last written digit: "37" is 36.5 to 37.5.
    pub rounding: f64,
    pub span: Span,
}

/// One number of a sum: the total or a part.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Amount {
    pub span: Span,
    pub value: Interval,
    pub unit: Unit,
    pub share: Option<Share>,
}

/// How the sentence said the parts make the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SumForm {
    /// "in total", "together", "a total of", "altogether", "in all".
    Marker,
    /// "Of the 90 ...,"
    OfThe,
    /// "Of those, ..." with the whole in the sentence before.
    OfThose,
    /// "90 homes were damaged: ..."
    Colon,
    /// "40 guests, of whom ..."
    OfWhom,
    /// "comprising", "made up of", "breaks down as".
    Breakdown,
    /// "Label: value" lines with a "Total: value" line, or whose first
    /// line is the whole the lines after it break down.
    FactBox,
    /// A whole in the headline, its parts listed in the body.
    Headline,
    /// "2,310 for A, 2,270 for B and 640 for C, out of 5,220 votes": the
    /// whole after the list (since claims 1.4).
    OutOf,
    /// "Grassland made up 48 per cent of the site, scrub 35 per cent
    /// and woodland 22 per cent": shares of the whole named after the first
    /// (since claims 1.4).
    SharesOf,
}

/// A whole and the parts a sentence lists for it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TotalWithParts {
    pub total: Amount,
    pub parts: Vec<Amount>,
    pub form: SumForm,
    pub sentence: Span,
    /// The list may leave parts out (two parts, or shares of a whole):
    /// only parts that make more than the whole contradict it.
    pub exceed_only: bool,
    /// The parts are shares of the whole in per cent: they make 100, not
    /// the whole's count.
    pub of_hundred: bool,
    /// The list names its last part as what is left ("and the remaining
    /// 11 per cent", "the rest, 40,"): the parts make the whole exactly,
    /// shares make 100. (Since claims 1.2; absent in older lines.)
    #[serde(default)]
    pub complete: bool,
}

/// The word lists the sum reader uses, fetched once (per article) by the
/// caller from the vocabulary in force.
pub struct SumWords<'a> {
    numbers: NumberWords<'a>,
    /// Minor currency units after a number ("50p", "20 cents").
    money: MoneyWords<'a>,
    time_units: &'a WordList,
    clock_words: &'a WordList,
    ordinal_suffixes: &'a WordList,
    markers_before: &'a WordList,
    markers_after: &'a WordList,
    /// "out of": the whole after a list that may leave parts out.
    whole_after: &'a WordList,
    /// The first words of `whole_after`'s phrases, asked at every token.
    whole_after_firsts: FastSet<String>,
    month_names: &'a WordList,
    breakdown: &'a WordList,
    /// "were", "are": a whole as the subject, its parts after the verb.
    copulas: &'a WordList,
    of_whom: &'a WordList,
    those: &'a WordList,
    total_labels: &'a WordList,
    part_verbs: &'a WordList,
    verb_like_nouns: &'a WordList,
    /// "after", "by": a time reached, not a length of time.
    elapsed: &'a WordList,
    /// "remaining", "rest": the last part is what is left of the whole.
    rest: &'a WordList,
    /// "and", "plus": the word before a list's last part.
    joiners: &'a WordList,
    /// "party", "crew": "the party of seven - three …, two … and one …".
    collectives: &'a WordList,
    /// "man" of "a seven-man crew": a count compound that sizes a group.
    count_compounds: &'a WordList,
    /// "a", "an": "... and a coach" is a part of one.
    single_articles: &'a WordList,
    /// "number", "few": "... and a number of buses" is a part of no size.
    unquantified: &'a WordList,
    /// "for", "with": "£500,000 for design and site supervision" is one item.
    part_prepositions: &'a WordList,
}

impl<'a> SumWords<'a> {
    pub fn new(vocab: &'a Vocabulary) -> Self {
        SumWords {
            numbers: NumberWords::new(vocab),
            money: MoneyWords::new(vocab),
            time_units: vocab.list("time-units"),
            clock_words: vocab.list("clock-words"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            markers_before: vocab.list("sum-markers-before"),
            markers_after: vocab.list("sum-markers-after"),
            whole_after: vocab.list("sum-whole-after-words"),
            whole_after_firsts: vocab
                .list("sum-whole-after-words")
                .phrases()
                .into_iter()
                .map(|p| p.split(' ').next().unwrap_or_default().to_string())
                .collect(),
            month_names: vocab.list("month-names"),
            breakdown: vocab.list("sum-breakdown-markers"),
            copulas: vocab.list("sum-copulas"),
            of_whom: vocab.list("sum-of-whom"),
            those: vocab.list("sum-those"),
            total_labels: vocab.list("total-labels"),
            part_verbs: vocab.list("sum-part-verbs"),
            verb_like_nouns: vocab.list("verb-like-nouns"),
            elapsed: vocab.list("sum-elapsed-words"),
            rest: vocab.list("sum-rest-words"),
            joiners: vocab.list("sum-list-joiners"),
            collectives: vocab.list("sum-collective-nouns"),
            count_compounds: vocab.list("sum-count-compounds"),
            single_articles: vocab.list("sum-single-articles"),
            unquantified: vocab.list("sum-unquantified-heads"),
            part_prepositions: vocab.list("sum-part-prepositions"),
        }
    }
}

/// The unit of a length of time in a sum, counted in seconds (as
/// figures count durations).
const DURATION: Unit = Unit::Measure("s");

/// The hedge table and word lists of one reading.
struct Cx<'a> {
    hedges: &'a HedgeTable,
    words: &'a SumWords<'a>,
}

fn is_break(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "–" | "—" | "(" | ")") || (t.text == "-" && !t.glued)
}

/// A countable number at `i`: not a year, a date, a time, a duration, an
/// age or a share. Returns the number, its hedge-widened value and its span.
fn amount_at(tokens: &[Token], lower: &[LowerWord], cx: &Cx, i: usize) -> Option<(ParsedNumber, Amount)> {
    amount_with(tokens, lower, cx, i, false)
}

/// [`amount_at`], with shares ("60 per cent") read as amounts when
/// `percent` is set: a list of shares is a breakdown too.
fn amount_with(
    tokens: &[Token],
    lower: &[LowerWord],
    cx: &Cx,
    i: usize,
    percent: bool,
) -> Option<(ParsedNumber, Amount)> {
    let mut n = cx.words.numbers.number(tokens, i)?;
    // "50p goes to prizes, 28p to good causes": a minor currency unit after
    // the number makes it money ("Of every £1 ...").
    if n.unit == Unit::Count
        && let Some((currency, factor, used)) = cx.words.money.after(tokens, n.end)
        && factor < 1.0
    {
        (n.unit, n.value, n.end) = (Unit::Money(currency), n.value.scale(factor), n.end + used);
    }
    let first = &tokens[n.start];
    let next = lower.get(n.end).map_or("", |w| w.as_ref());
    let prev = i.checked_sub(1).map_or("", |p| lower[p].as_ref());
    let year =
        first.is_number() && first.text.len() == 4 && (1800.0..=2100.0).contains(&n.value.lo) && n.unit == Unit::Count;
    let dated = cx.words.month_names.has(next)
        || cx.words.month_names.has(prev)
        || cx.words.clock_words.has(next)
        || cx.words.ordinal_suffixes.has(next);
    // "12:30", "3/4", "24-year-old", "12.30"; not "12." closing a sentence
    // nor "£4.2m:" opening a list.
    let digit_after = || tokens.get(n.end + 1).is_some_and(|d| d.glued && d.is_number());
    let timed =
        tokens.get(n.end).is_some_and(|t| t.glued && (t.is("-") || matches!(t.text, ":" | "/" | ".") && digit_after()));
    // "17 hours to clear the roadway": a length of time, a part of a
    // longer one ("The 54-hour operation fell into three phases: ...").
    // Not a time reached ("after 17 hours", "by day three").
    let seconds = cx.words.time_units.value(next);
    if let Some(seconds) = seconds
        && n.unit == Unit::Count
        && !dated
        && !timed
        && !cx.words.elapsed.has(prev)
    {
        let end = n.end + 1;
        let span = Span::new(tokens[n.start].span.start, tokens[end - 1].span.end);
        let value = n.value.scale(seconds);
        return Some((ParsedNumber { end, ..n }, Amount { span, value, unit: DURATION, share: None }));
    }
    let duration = seconds.is_some();
    // "Ana Ruiz, 52, said …": an age between commas after a capitalised
    // name is not a part of anything.
    let age = prev == ","
        && next == ","
        && n.unit == Unit::Count
        && i >= 2
        && tokens[i - 2].text.starts_with(char::is_uppercase)
        && n.value.lo < 130.0;
    let share = n.unit == Unit::Percent && !percent;
    if year || dated || timed || duration || age || share || (n.in_words && n.value.lo < 2.0) {
        return None;
    }
    let before: Vec<&str> = lower[i.saturating_sub(3)..i].iter().map(std::convert::AsRef::as_ref).collect();
    let (hedge, used) = cx.hedges.find(&before).unwrap_or((Hedge::Exact, 0));
    let start = tokens[i - used].span.start;
    let value = hedge.apply(n.value, &cx.hedges.widths);
    let amount = Amount { span: Span::new(start, tokens[n.end - 1].span.end), value, unit: n.unit, share: None };
    Some((n, amount))
}

/// A whole at `i`: an amount, or a number that modifies its noun ("a
/// 12-member board", "the 40-strong crew").
fn whole_at(tokens: &[Token], lower: &[LowerWord], cx: &Cx, i: usize) -> Option<(ParsedNumber, Amount)> {
    amount_at(tokens, lower, cx, i).or_else(|| {
        let n = cx.words.numbers.number(tokens, i)?;
        let noun = lower.get(n.end + 1)?;
        let compound = tokens[n.end].glued
            && tokens[n.end].is("-")
            && tokens[n.end + 1].glued
            && tokens[n.end + 1].is_word()
            && !noun.starts_with("year");
        // "the 54-hour operation": a whole length of time.
        if compound
            && n.unit == Unit::Count
            && let Some(seconds) = cx.words.time_units.value(noun)
        {
            let span = Span::new(tokens[n.start].span.start, tokens[n.end + 1].span.end);
            return Some((n, Amount { span, value: n.value.scale(seconds), unit: DURATION, share: None }));
        }
        if !compound || n.unit != Unit::Count || (n.in_words && n.value.lo < 2.0) {
            return None;
        }
        let span = Span::new(tokens[n.start].span.start, tokens[n.end - 1].span.end);
        Some((n, Amount { span, value: n.value, unit: n.unit, share: None }))
    })
}

/// The wholes in `tokens[from..to]`, read left to right so that a
/// currency sign stays with its number ("£86,000", not "86,000").
fn wholes_in(tokens: &[Token], lower: &[LowerWord], cx: &Cx, from: usize, to: usize) -> Vec<Amount> {
    let mut found = Vec::new();
    let mut i = from;
    while i < to {
        match whole_at(tokens, lower, cx, i) {
            Some((n, a)) => {
                found.push(a);
                i = n.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
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

/// One item of a list: its first amount, and whether the item has a
/// predicate of its own ("nine were staff") or shares the first item's
/// ("548 against", "30 per cent in depots").
#[derive(Clone)]
struct Item {
    amount: Amount,
    own_verb: bool,
    /// Named as what is left of the whole ("the remaining 11 per cent").
    rest: bool,
    /// More parts follow this one with no number ("..., three lorries and
    /// some motorbikes"): the list does not cover its whole.
    open_after: bool,
    /// Whether the item may give its unit to the bare counts after it, or
    /// take one ("four hours on the ward, three in theatre").
    carry: Carry,
}

/// An item's part in a unit written once for a list.
#[derive(Clone, Copy, PartialEq)]
enum Carry {
    /// A part with a unit, and the size of one of it: "four hours" gives
    /// 3,600 (seconds), so a bare "three" after it is 3 × 3,600.
    Gives(f64),
    /// A count with no noun of its own after it ("three in theatre").
    Takes,
    /// A count with its own noun ("four patients").
    Neither,
}

/// The first amount of each list item in `tokens[from..to]` (shares
/// included), items split at commas, "and", dashes and semicolons.
fn items_in(tokens: &[Token], lower: &[LowerWord], cx: &Cx, from: usize, to: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut taken = false;
    // Where the current item started when "and" opened it: the list's
    // last item, which may be a part with no number.
    let mut after_and: Option<usize> = None;
    let mut i = from;
    while i < to {
        let t = &tokens[i];
        let joiner = cx.words.joiners.has(&lower[i]);
        if is_break(t) || joiner {
            if !taken && let Some(start) = after_and {
                unnumbered_item(tokens, lower, cx, start, i, &mut items);
            }
            after_and = joiner.then_some(i + 1);
            taken = false;
            i += 1;
            continue;
        }
        if !taken
            && let Some((n, mut a)) = amount_with(tokens, lower, cx, i, true).or_else(|| lone_one(tokens, lower, cx, i))
        {
            taken = true;
            let mut next = n.end;
            a.share = share_at(tokens, cx, n.end);
            if let Some(s) = &a.share {
                next = tokens.iter().position(|t| t.span.start >= s.span.end).map_or(n.end, |p| p + 1);
            }
            let rest = lower[i.saturating_sub(2)..i].iter().any(|w| cx.words.rest.has(w));
            let bare = !tokens.get(n.end).is_some_and(Token::is_word)
                || lower.get(n.end).is_some_and(|w| cx.words.part_prepositions.has(w));
            let carry = match a.unit {
                Unit::Count if bare => Carry::Takes,
                Unit::Count => Carry::Neither,
                DURATION if n.value.lo > 0.0 => Carry::Gives(a.value.lo / n.value.lo),
                _ => Carry::Gives(1.0),
            };
            items.push(Item { amount: a, own_verb: false, rest, open_after: false, carry });
            i = next.max(i + 1);
            continue;
        }
        if taken
            && let Some(item) = items.last_mut()
            && t.is_word()
            && (cx.words.part_verbs.has(&lower[i]) || looks_like_verb_with(cx.words.verb_like_nouns, &lower[i]))
        {
            item.own_verb = true;
        }
        i += 1;
    }
    if !taken && let Some(start) = after_and {
        unnumbered_item(tokens, lower, cx, start, to, &mut items);
    }
    items
}

/// The list's item `tokens[start..end]`, opened by "and", that gave no
/// number: "a coach" is a part of one; any other noun phrase ("some
/// motorbikes", "a number of buses") is a part of no stated size, so the
/// parts before it do not make the whole. A clause ("and the operator
/// said") is not an item.
fn unnumbered_item(tokens: &[Token], lower: &[LowerWord], cx: &Cx, start: usize, end: usize, items: &mut Vec<Item>) {
    let Some(last) = items.last_mut() else { return };
    // The sentence's closing stop or quote mark is not part of the item.
    let end = (start..end).rev().find(|&k| tokens[k].is_word()).map_or(start, |k| k + 1);
    let words = &lower[start..end];
    if words.is_empty() || words.len() > 4 || !tokens[start..end].iter().all(Token::is_word) {
        return;
    }
    if words.iter().any(|w| cx.words.part_verbs.has(w) || looks_like_verb_with(cx.words.verb_like_nouns, w)) {
        return;
    }
    // A new part only after a numbered part that is just its noun ("three
    // lorries and a coach"): after a phrase of the part's own ("£500,000
    // for design and site supervision") the "and" joins words inside it.
    let and = start.saturating_sub(1);
    let before: Vec<&LowerWord> =
        (0..and).filter(|&k| tokens[k].span.start >= last.amount.span.end).map(|k| &lower[k]).collect();
    if before.len() > 3 || before.iter().any(|w| cx.words.part_prepositions.has(w)) {
        return;
    }
    let single = cx.words.single_articles.has(&words[0]) && words.len() >= 2 && !cx.words.unquantified.has(&words[1]);
    if !single || last.amount.unit != Unit::Count {
        last.open_after = true;
        return;
    }
    let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    let amount = Amount { span, value: Interval::point(1.0), unit: Unit::Count, share: None };
    items.push(Item { amount, own_verb: false, rest: false, open_after: false, carry: Carry::Neither });
}

/// "one" opening a list item as its subject ("... and one was found
/// later"): a part of one. Elsewhere "one" is too often a pronoun or an
/// article ("one of them", "one man") to be read as a count.
fn lone_one(tokens: &[Token], lower: &[LowerWord], cx: &Cx, i: usize) -> Option<(ParsedNumber, Amount)> {
    let n = cx.words.numbers.number(tokens, i)?;
    let opens = i == 0 || is_break(&tokens[i - 1]) || cx.words.joiners.has(&lower[i - 1]);
    let verb = lower
        .get(n.end)
        .is_some_and(|w| cx.words.part_verbs.has(w) || looks_like_verb_with(cx.words.verb_like_nouns, w));
    // "... and one Slovenian -": "one" and a lone noun that closes the
    // item is a part of one too.
    let noun_closes = tokens.get(n.end).is_some_and(|t| t.is_word() && !cx.words.part_prepositions.has(&lower[n.end]))
        && lower[n.end] != "of"
        && tokens.get(n.end + 1).is_none_or(|t| is_break(t) || t.is("."));
    // "... and one from Portugal -": "one" and a phrase to a name.
    let from_a_name = lower.get(n.end).is_some_and(|w| w != "of" && w != "in" && cx.words.part_prepositions.has(w))
        && tokens
            .get(n.end + 1)
            .is_some_and(|t| t.is_word() && (t.text.starts_with(char::is_uppercase) || lower[n.end + 1] == "the"));
    if !(n.in_words
        && n.unit == Unit::Count
        && n.value.lo == 1.0
        && n.value.hi == 1.0
        && opens
        && (verb || noun_closes || from_a_name))
    {
        return None;
    }
    let span = Span::new(tokens[n.start].span.start, tokens[n.end - 1].span.end);
    Some((n, Amount { span, value: Interval::point(1.0), unit: Unit::Count, share: None }))
}

/// Total markers and where the total sits relative to the marker.
fn marker_total(tokens: &[Token], lower: &[LowerWord], cx: &Cx) -> Option<(usize, Amount)> {
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
                if let Some((n, amt)) = amount_at(tokens, lower, cx, j) {
                    // "£2m in total": the currency sign before the digits
                    // belongs to the total.
                    let signed = j.checked_sub(1).and_then(|p| amount_at(tokens, lower, cx, p).map(|m| (p, m)));
                    let (j, amt) = match signed {
                        Some((p, (m, a))) if m.end >= n.end => (p, a),
                        _ => (j, amt),
                    };
                    let start = (0..=j).rev().find(|&p| is_break(&tokens[p])).map_or(j, |p| p + 1);
                    return Some((start.min(j), amt));
                }
            }
        }
    }
    None
}

/// The whole a sentence gives for parts of `unit` (any unit for shares):
/// of the amounts of that unit, the last one followed by the parts' noun
/// when one is named ("Of those patients"), else the last one. Choosing
/// by unit means a stray figure of another kind (a percentage, a sum of
/// money after a count) never takes the whole's place.
fn whole_in(sentence: &Sentence<'_>, cx: &Cx, unit: Unit, noun: Option<&str>) -> Option<Amount> {
    let (tokens, lower) = (&sentence.tokens, &sentence.lower);
    let fits = |a: &Amount| unit == Unit::Percent || a.unit == unit;
    let amounts: Vec<Amount> = wholes_in(tokens, lower, cx, 0, tokens.len()).into_iter().filter(fits).collect();
    let named = noun.and_then(|noun| {
        let noun = stem(noun);
        amounts.iter().rev().find(|a| {
            let end = tokens.iter().position(|t| t.span.start >= a.span.end).unwrap_or(tokens.len());
            lower[end..(end + 3).min(lower.len())].iter().any(|w| stem(w) == noun)
        })
    });
    named.or(amounts.last()).cloned()
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
    let n = tokens.len();
    let mut push = |total: Amount, items: Vec<Item>, form: SumForm| -> bool {
        match breakdown(total, &items, form, sentence) {
            Some(sum) => {
                out.push(sum);
                true
            }
            None => false,
        }
    };
    // A total marker: the parts are the list before it.
    if let Some((at, total)) = marker_total(tokens, lower, cx) {
        let items = items_in(tokens, lower, cx, 0, at).into_iter().filter(|it| it.amount.span != total.span).collect();
        if push(total.clone(), items, SumForm::Marker) {
            return;
        }
        // "£9.79m in total: the £8.24m price plus …": the parts follow a
        // colon just after the marked total.
        let after = tokens.iter().position(|t| t.span.start >= total.span.end).unwrap_or(n);
        if let Some(colon) = (after..(after + 5).min(n)).find(|&k| tokens[k].is(":"))
            && push(total, items_in(tokens, lower, cx, colon + 1, n), SumForm::Marker)
        {
            return;
        }
    }
    // "2,310 for A, 2,270 for B and 640 for C, out of 5,220 votes cast":
    // the whole after the list, which may leave parts out.
    for k in 1..n {
        if !cx.words.whole_after_firsts.contains(lower[k].as_ref()) {
            continue;
        }
        if let Some((used, _)) = cx.words.whole_after.longest_prefix(&lower[k..]) {
            let after = k + used;
            let whole = (after..(after + 3).min(n)).find_map(|j| amount_at(tokens, lower, cx, j));
            if let Some((_, total)) = whole
                && push(total, items_in(tokens, lower, cx, 0, k), SumForm::OutOf)
            {
                return;
            }
            break;
        }
    }
    // "40 guests, of whom 22 ...": the whole just before the comma.
    for w in 2..n {
        if cx.words.of_whom.has(&lower[w])
            && lower[w - 1] == "of"
            && tokens[w - 2].is(",")
            && let Some(total) = wholes_in(tokens, lower, cx, w.saturating_sub(8), w - 2).pop()
            && push(total, items_in(tokens, lower, cx, w + 1, n), SumForm::OfWhom)
        {
            return;
        }
    }
    // "a dry mass of 820 kg, comprising ...": the whole before the
    // marker, else in the sentence before.
    for k in 0..n {
        if let Some((used, _)) = cx.words.breakdown.longest_prefix(&lower[k..]) {
            let items = items_in(tokens, lower, cx, k + used, n);
            let Some(unit) = items.first().map(|it| it.amount.unit) else { break };
            let here = wholes_in(tokens, lower, cx, 0, k).into_iter().rev().find(|a| a.unit == unit);
            let total = here.or_else(|| previous.and_then(|p| whole_in(p, cx, unit, None)));
            if let Some(total) = total
                && push(total, items, SumForm::Breakdown)
            {
                return;
            }
            break;
        }
    }
    if let Some((total, items)) = copular_whole(tokens, lower, cx)
        && push(total, items, SumForm::Breakdown)
    {
        return;
    }
    // "Of the 90 ...," / "Out of the 90 ...,"
    let mut k = 0;
    if lower[0] == "out" && lower.get(1).is_some_and(|w| w == "of") {
        k = 1;
    }
    if lower[k] == "of"
        && let Some(c) = tokens.iter().position(|t| t.is(","))
    {
        let after =
            if lower.get(k + 1).is_some_and(|w| matches!(w.as_ref(), "the" | "those" | "these" | "its" | "their")) {
                k + 2
            } else {
                k + 1
            };
        if let Some((_, total)) = (after..c).find_map(|j| whole_at(tokens, lower, cx, j)) {
            if push(total, items_in(tokens, lower, cx, c + 1, n), SumForm::OfThe) {
                return;
            }
        } else if let Some((total, items)) = shares_of_unnumbered(tokens, lower, cx, (k, c)) {
            push(total, items, SumForm::OfThe);
            return;
        } else if c > k + 1 && c <= k + 3 && cx.words.those.has(&lower[k + 1]) {
            // "Of those, ..." / "Of those patients, ...": the whole is in
            // the sentence before, the one of the parts' unit (and noun).
            let items = items_in(tokens, lower, cx, c + 1, n);
            let noun = (c == k + 3).then(|| lower[k + 2].as_ref());
            if let Some(unit) = items.first().map(|it| it.amount.unit)
                && let Some(total) = previous.and_then(|p| whole_in(p, cx, unit, noun))
                && push(total, items, SumForm::OfThose)
            {
                return;
            }
        }
    }
    if let Some((total, items)) = collective_whole(tokens, lower, cx)
        && push(total, items, SumForm::Breakdown)
    {
        return;
    }
    if let Some(sum) = shares_of_named(tokens, lower, cx, sentence) {
        out.push(sum);
        return;
    }
    // "90 homes were damaged: 40 ..., 30 ... and 20 ...". The whole is the
    // last amount before the colon in the parts' unit ("The 54-hour
    // operation fell into three phases: 17 hours ..."), else the last.
    if let Some(colon) = tokens.iter().position(|t| t.is(":")) {
        let items = items_in(tokens, lower, cx, colon + 1, n);
        let mut wholes = wholes_in(tokens, lower, cx, 0, colon);
        let unit = items.first().map(|it| it.amount.unit);
        let at = wholes.iter().rposition(|a| Some(a.unit) == unit).or(wholes.len().checked_sub(1));
        if let Some(total) = at.map(|k| wholes.swap_remove(k)) {
            push(total, items, SumForm::Colon);
        }
    }
}

/// "The 116 people on board were 97 passengers and 21 crew": the whole
/// opens the sentence, the parts follow the copula straight away, and no
/// other verb or comma stands between.
fn copular_whole(tokens: &[Token], lower: &[LowerWord], cx: &Cx) -> Option<(Amount, Vec<Item>)> {
    let n = tokens.len();
    if lower[0] != "the" {
        return None;
    }
    let (_, total) = whole_at(tokens, lower, cx, 1)?;
    let k = (2..n).find(|&j| cx.words.copulas.has(&lower[j]))?;
    let between = tokens[2..k].iter().zip(&lower[2..k]);
    if between.clone().any(|(t, w)| is_break(t) || looks_like_verb_with(cx.words.verb_like_nouns, w))
        || cx.words.numbers.number(tokens, k + 1).is_none()
    {
        return None;
    }
    let items = items_in(tokens, lower, cx, k + 1, n);
    (items.len() >= 2).then_some((total, items))
}

/// "The party of seven - three Britons, two Belgians and one Slovenian
/// -": a group counted as a whole (`sum-collective-nouns`), its parts in
/// the list set off after it by a dash, a colon or a bracket.
fn collective_whole(tokens: &[Token], lower: &[LowerWord], cx: &Cx) -> Option<(Amount, Vec<Item>)> {
    let n = tokens.len();
    // "the party of seven -", or the count in a compound before the noun:
    // "the seven-man crew -", "the 12-member board (".
    let (total, list_at) = (0..n.saturating_sub(3)).find_map(|k| {
        if !cx.words.collectives.has(&lower[k]) {
            return None;
        }
        if lower[k + 1] == "of" {
            let (num, total) = whole_at(tokens, lower, cx, k + 2)?;
            return Some((total, num.end));
        }
        // "the seven-man crew": one word.
        if k >= 1
            && let Some((count, suffix)) = crate::vocab::split_hyphen(&lower[k - 1])
            && cx.words.count_compounds.has(suffix)
            && let Some(v) = cx.words.numbers.small(count)
        {
            let span = tokens[k - 1].span;
            return Some((Amount { span, value: Interval::point(v), unit: Unit::Count, share: None }, k + 1));
        }
        let compound = k >= 3
            && tokens[k - 2].is("-")
            && tokens[k - 2].glued
            && tokens[k - 1].glued
            && cx.words.count_compounds.has(&lower[k - 1]);
        if !compound {
            return None;
        }
        let num = cx.words.numbers.number(tokens, k - 3).filter(|num| num.end == k - 2)?;
        let span = Span::new(tokens[num.start].span.start, tokens[k - 1].span.end);
        Some((Amount { span, value: num.value, unit: num.unit, share: None }, k + 1))
    })?;
    let open = tokens.get(list_at).filter(|t| matches!(t.text, "-" | "–" | "—" | ":" | "("))?;
    let close =
        (list_at + 1..n).find(|&j| tokens[j].text == open.text || (open.text == "(" && tokens[j].is(")"))).unwrap_or(n);
    let items = items_in(tokens, lower, cx, list_at + 1, close);
    (items.len() >= 2).then_some((total, items))
}

/// "Of the affected customers, 58 per cent ..., 27 per cent ... and the
/// remaining 11 per cent ...": shares of a whole the sentence gives no
/// number for, whose last part is what is left, make 100 per cent. The
/// phrase before the comma ("of" and the comma at `of` and `comma`)
/// stands for the whole, 100 per cent. Shares that may leave parts out
/// are read by the other forms only against a number.
fn shares_of_unnumbered(
    tokens: &[Token],
    lower: &[LowerWord],
    cx: &Cx,
    (of, comma): (usize, usize),
) -> Option<(Amount, Vec<Item>)> {
    let items = items_in(tokens, lower, cx, comma + 1, tokens.len());
    let shares = items.len() >= 2 && items.iter().all(|it| it.amount.unit == Unit::Percent);
    // Without a last share named as what is left, only shares of one
    // predicate ("64 per cent were X, 21 per cent Y") are one breakdown,
    // and they may leave parts out: the check then asks only that they
    // make no more than 100.
    let closed = items.last().is_some_and(|it| it.rest) || one_predicate(&items.iter().collect::<Vec<_>>());
    if !shares || !closed || comma <= of + 1 {
        return None;
    }
    // The whole as its words name it: "affected customers".
    let from = if lower[of + 1] == "the" && comma > of + 2 { of + 2 } else { of + 1 };
    let span = Span::new(tokens[from].span.start, tokens[comma - 1].span.end);
    Some((Amount { span, value: Interval::point(100.0), unit: Unit::Percent, share: None }, items))
}

/// Whether the items after the first share its predicate ("548 for and
/// 150 against", "30 per cent in depots"): a list of one breakdown.
fn one_predicate(items: &[&Item]) -> bool {
    items.len() >= 2 && items[1..].iter().all(|it| !it.own_verb)
}

/// "Grassland made up 48 per cent of the site, scrub 35 per cent
/// and woodland a further 22 per cent": shares, the first naming its whole ("of
/// the site") and the others closing their items with nothing after
/// them, so every share is of that one whole and they cannot make more
/// than 100. A later share with words after it ("50 per cent in the
/// south") may be of another whole, and ends the form.
fn shares_of_named(tokens: &[Token], lower: &[LowerWord], cx: &Cx, sentence: Span) -> Option<TotalWithParts> {
    // Most sentences hold fewer than two shares: refused before the list
    // is read.
    if cx.words.numbers.percent_marks(tokens, lower) < 2 {
        return None;
    }
    let items = items_in(tokens, lower, cx, 0, tokens.len());
    if items.iter().any(|it| it.amount.unit != Unit::Percent) || !one_predicate(&items.iter().collect::<Vec<_>>()) {
        return None;
    }
    let after = |it: &Item| {
        let end = it.amount.share.as_ref().map_or(it.amount.span.end, |s| s.span.end);
        let k = tokens.iter().position(|t| t.span.start >= end)?;
        Some(if tokens[k].is("%") { k + 1 } else { k }).filter(|&k| k < tokens.len())
    };
    let closes = |k: Option<usize>| k.is_none_or(|k| is_break(&tokens[k]) || lower[k] == "and" || tokens[k].is("."));
    let of = after(&items[0]).filter(|&k| lower[k] == "of")?;
    if !items[1..].iter().all(|it| closes(after(it))) {
        return None;
    }
    let from = if lower.get(of + 1).is_some_and(|w| w == "the") { of + 2 } else { of + 1 };
    let to = (from..tokens.len()).find(|&k| closes(Some(k)))?;
    if to <= from {
        return None;
    }
    let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
    let total = Amount { span, value: Interval::point(100.0), unit: Unit::Percent, share: None };
    let complete = items.last().is_some_and(|it| it.rest);
    let parts = items.into_iter().map(|it| it.amount).collect();
    Some(TotalWithParts {
        total,
        parts,
        form: SumForm::SharesOf,
        sentence,
        exceed_only: !complete,
        of_hundred: true,
        complete,
    })
}

/// The sum a whole and its list make, if the list is a breakdown of it:
/// parts of the whole's unit, or shares (all in per cent) of it.
///
/// A marked list ("in total", "comprising", a fact box, a headline whole)
/// says it is complete, so two parts are enough. An unmarked one ("Of the
/// 90, ...") may leave parts out: it needs three parts, or two of which
/// the second shares the first one's predicate ("700 voted for and 150
/// against"), and then only parts that make more than the whole
/// contradict it. Shares likewise: "60 per cent are in depots, 25 per
/// cent in depots" cannot make more than 100, but may make less; and only
/// shares that share one predicate are taken as one breakdown, since
/// "60 per cent are women, 25 per cent are over 50" may overlap.
fn breakdown(total: Amount, items: &[Item], form: SumForm, sentence: Span) -> Option<TotalWithParts> {
    let items = &with_unit_carried(&total, items);
    let marked = matches!(form, SumForm::Marker | SumForm::Breakdown | SumForm::FactBox | SumForm::Headline);
    let elliptical = one_predicate;
    let same: Vec<&Item> = items.iter().filter(|it| it.amount.unit == total.unit).collect();
    if same.len() >= 2 {
        // "... and the remaining 45": the last part closes the list.
        let complete = same.last().is_some_and(|it| it.rest);
        let open = items.last().is_some_and(|it| it.open_after);
        let exceed_only = if open && !complete {
            true
        } else if marked || complete || same.len() >= 3 {
            false
        } else if elliptical(&same) {
            true
        } else {
            return None;
        };
        let parts = same.into_iter().map(|it| it.amount.clone()).collect();
        // "Of the affected customers, 58 per cent ...": shares of a whole
        // given by no number make 100.
        let of_hundred = form == SumForm::OfThe && total.unit == Unit::Percent;
        return Some(TotalWithParts { total, parts, form, sentence, exceed_only, of_hundred, complete });
    }
    let shares: Vec<&Item> = items.iter().filter(|it| it.amount.unit == Unit::Percent).collect();
    if total.unit != Unit::Percent && shares.len() >= 2 && shares.len() == items.len() && elliptical(&shares) {
        let complete = shares.last().is_some_and(|it| it.rest);
        let parts = shares.into_iter().map(|it| it.amount.clone()).collect();
        return Some(TotalWithParts { total, parts, form, sentence, exceed_only: true, of_hundred: true, complete });
    }
    None
}

/// "a 10-hour trip: four hours on foot, three by bus and two by boat":
/// when the first part has the whole's unit and every other count is
/// bare, the unit is not repeated, and the bare counts take it (a length
/// of time in the first part's own unit). A count with a noun of its own
/// ("four patients") stops this: the list is not of one unit.
fn with_unit_carried<'i>(total: &Amount, items: &'i [Item]) -> Cow<'i, [Item]> {
    let scale = match items.first() {
        Some(Item { amount, carry: Carry::Gives(scale), .. })
            if total.unit != Unit::Count && amount.unit == total.unit =>
        {
            *scale
        }
        _ => return Cow::Borrowed(items),
    };
    if !items.iter().any(|it| it.carry == Carry::Takes) || items.iter().any(|it| it.carry == Carry::Neither) {
        return Cow::Borrowed(items);
    }
    let mut carried = items.to_vec();
    for it in carried.iter_mut().filter(|it| it.carry == Carry::Takes) {
        it.amount.value = it.amount.value.scale(scale);
        it.amount.unit = total.unit;
    }
    Cow::Owned(carried)
}

/// Reads the sums that span sentences: fact boxes ("Label: value" lines
/// with a "Total: value" line) and a headline whole whose parts the body
/// lists. `sentences` are the article's, in order; `headline` is its
/// headline's span, when it has one.
pub fn sums_in_article(
    text: &str,
    sentences: &[Sentence<'_>],
    headline: Option<Span>,
    hedges: &HedgeTable,
    words: &SumWords,
    out: &mut Vec<TotalWithParts>,
) {
    let cx = &Cx { hedges, words };
    fact_boxes(text, cx, out);
    listed_lines(text, cx, out);
    if let Some(h) = headline
        && let Some(head) = sentences.iter().find(|s| s.span.start >= h.start && s.span.end <= h.end)
    {
        headline_whole(head, sentences, cx, out);
    }
}

/// One "Label: value" line of a fact box.
struct FactLine {
    /// The label names the total ("Total:", "Total staff:").
    total: bool,
    /// The label's words, stemmed.
    label: Vec<String>,
    amount: Amount,
}

/// One "Label: value" line: whether its label names the total, and its
/// amount.
fn labelled_line(text: &str, line: Span, cx: &Cx) -> Option<FactLine> {
    // Most lines hold no colon: skip them before tokenising.
    if !line.of(text).contains(':') {
        return None;
    }
    let tokens = tokenize(text, line);
    let lower: Vec<crate::vocab::LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
    let colon = tokens.iter().position(|t| t.is(":"))?;
    if colon == 0 || colon > 14 || !tokens[..colon].iter().all(|t| t.is_word() || matches!(t.text, "&" | "-" | ",")) {
        return None;
    }
    let (n, amount) = amount_at(&tokens, &lower, cx, colon + 1)?;
    // Nothing after the value but a closing full stop.
    if tokens[n.end..].iter().any(|t| !t.is(".")) {
        return None;
    }
    // "Total:", "Total containers stranded:", "Staff overall:".
    let label = lower[..colon].join(" ");
    let total = cx.words.total_labels.has(&label)
        || lower[..colon].first().is_some_and(|w| cx.words.total_labels.has(w))
        || lower[..colon].last().is_some_and(|w| cx.words.total_labels.has(w));
    let label = tokens[..colon].iter().zip(&lower).filter(|(t, _)| t.is_word()).map(|(_, w)| stem(w)).collect();
    Some(FactLine { total, label, amount })
}

/// Each line of `text` without its line break and trailing spaces (empty
/// for a blank line).
fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    text.split_inclusive('\n').scan(0, |offset, line| {
        let span = Span::new(*offset, *offset + line.trim_end().len());
        *offset += line.len();
        Some(span)
    })
}

/// Fact boxes: runs of "Label: value" lines (blank lines allowed between).
fn fact_boxes(text: &str, cx: &Cx, out: &mut Vec<TotalWithParts>) {
    let mut run: Vec<FactLine> = Vec::new();
    let mut run_span: Option<Span> = None;
    for span in line_spans(text) {
        if span.is_empty() {
            continue;
        }
        if let Some(entry) = labelled_line(text, span, cx) {
            run_span = Some(run_span.map_or(span, |s| Span::new(s.start, span.end)));
            run.push(entry);
        } else {
            if let Some(span) = run_span.take() {
                out.extend(fact_box(&run, span));
            }
            run.clear();
        }
    }
    if let Some(span) = run_span {
        out.extend(fact_box(&run, span));
    }
}

/// A line ending in a colon that gives a whole ("23 boats in all:"),
/// then lines that each open with an amount, bulleted or not ("- 11
/// sailing dinghies", "• 5 motor launches"): the whole and its parts, as
/// in one sentence's "whole: parts". The lines run without a blank line
/// between them; the first that opens with no amount ends the list.
fn listed_lines(text: &str, cx: &Cx, out: &mut Vec<TotalWithParts>) {
    let lines: Vec<Span> = line_spans(text).collect();
    for (k, head) in lines.iter().enumerate() {
        if !head.of(text).ends_with(':') {
            continue;
        }
        let tokens = tokenize(text, *head);
        let lower: Vec<LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
        let wholes = wholes_in(&tokens, &lower, cx, 0, tokens.len().saturating_sub(1));
        if wholes.is_empty() {
            continue;
        }
        let mut items: Vec<Item> = Vec::new();
        let mut end = head.end;
        for line in &lines[k + 1..] {
            let tokens = tokenize(text, *line);
            let lower: Vec<LowerWord> = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).collect();
            let first = tokens.iter().position(|t| !matches!(t.text, "-" | "•" | "*" | "–" | "—" | "·")).unwrap_or(0);
            let Some((_, amount)) = amount_at(&tokens, &lower, cx, first) else { break };
            items.push(Item { amount, own_verb: false, rest: false, open_after: false, carry: Carry::Gives(1.0) });
            end = line.end;
        }
        let Some(unit) = items.first().map(|it| it.amount.unit) else { continue };
        if items.len() < 2 {
            continue;
        }
        if let Some(whole) = wholes.into_iter().rev().find(|a| a.unit == unit) {
            out.extend(breakdown(whole, &items, SumForm::Colon, Span::new(head.start, end)));
        }
    }
}

/// The sum one fact box gives. With exactly one total line, the other
/// lines of its unit are its parts. With none, the first line is the
/// whole when the lines after it break it down: at least two of its unit,
/// each smaller than it ("People aboard: 318 / Passengers: 290 / Crew:
/// 28"). A line whose label holds all of an earlier part's label
/// ("Passengers treated ashore: 9" after "Passengers: 290") is a
/// detail of that part, not another part. The check compares a whole
/// and its parts only when they come close (`sum_mismatch::CLOSE_ENOUGH`),
/// so a box of unrelated counts ("Homes evacuated: 400 / Schools shut:
/// 12 / Roads closed: 9") is never taken for a breakdown.
fn fact_box(run: &[FactLine], span: Span) -> Option<TotalWithParts> {
    let item = |l: &FactLine| Item {
        amount: l.amount.clone(),
        own_verb: false,
        rest: false,
        open_after: false,
        carry: Carry::Gives(1.0),
    };
    let totals: Vec<&FactLine> = run.iter().filter(|l| l.total).collect();
    if let [total] = &totals[..] {
        let items: Vec<Item> = run.iter().filter(|l| !l.total).map(item).collect();
        return breakdown(total.amount.clone(), &items, SumForm::FactBox, span);
    }
    let (head, rest) = run.split_first()?;
    if !totals.is_empty() {
        return None;
    }
    let mut parts: Vec<&FactLine> = Vec::new();
    for line in rest.iter().filter(|l| l.amount.unit == head.amount.unit) {
        // A label that lists its items ("Names, addresses and bank
        // details") names a category of its own, however many words it
        // shares with one before it.
        let list = line.label.iter().any(|w| matches!(w.as_str(), "and" | "or"));
        if !list && parts.iter().any(|p| p.label.iter().all(|w| line.label.contains(w))) {
            continue;
        }
        // "Diesel buses: 41 / Electric buses: 27": the first line is a
        // sibling of the others (one head noun, its own modifier), not
        // their whole; "Staff: 90 / Full-time staff: 60" is the whole.
        let sibling = head.label.len() > 1 && head.label.last().is_some_and(|h| line.label.last() == Some(h));
        if sibling || line.amount.value.hi >= head.amount.value.lo {
            return None;
        }
        parts.push(line);
    }
    if parts.len() < 2 {
        return None;
    }
    let items: Vec<Item> = parts.into_iter().map(item).collect();
    breakdown(head.amount.clone(), &items, SumForm::FactBox, span)
}

/// A headline whole ("900 sailings cancelled") and a body sentence that
/// lists its parts as the subject of the same verb ("500 island
/// sailings, 300 sailings to ... and 100 ... sailings were cancelled").
/// The noun counted and the verb must both agree: a headline figure is
/// compared only with a list that says the same thing of the same things.
fn headline_whole(head: &Sentence<'_>, sentences: &[Sentence<'_>], cx: &Cx, out: &mut Vec<TotalWithParts>) {
    let (tokens, lower) = (&head.tokens, &head.lower);
    for i in 0..tokens.len() {
        let Some((n, total)) = amount_at(tokens, lower, cx, i) else { continue };
        // The counted noun right after the whole, then its verb.
        let Some(noun) = lower.get(n.end).filter(|_| tokens[n.end].is_word()).map(|w| stem(w)) else { continue };
        let Some(verb) = lower
            .get(n.end + 1..(n.end + 4).min(lower.len()))
            .and_then(|ws| ws.iter().find(|w| looks_like_verb_with(cx.words.verb_like_nouns, w)))
            .map(|w| stem(w))
        else {
            continue;
        };
        for s in sentences.iter().filter(|s| s.span != head.span) {
            let (st, sl) = (&s.tokens, &s.lower);
            let Some(v) = sl.iter().position(|w| stem(w) == verb) else { continue };
            let Some(first) = (0..v).find(|&j| amount_at(st, sl, cx, j).is_some()) else { continue };
            if !sl[first..v].iter().any(|w| stem(w) == noun) {
                continue;
            }
            let items: Vec<Item> = items_in(st, sl, cx, first, v);
            if items.len() >= 3
                && let Some(mut sum) = breakdown(total.clone(), &items, SumForm::Headline, s.span)
            {
                sum.exceed_only = false;
                out.push(sum);
                return;
            }
        }
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
