//! Ages of named people: "Jo Doe, 44,", "Jo Doe, now 44,", "Jo Doe,
//! aged 44,", "Jo Doe (44)", "44-year-old Jo Doe", "Mrs Doe, 44". A
//! bare "the 44-year-old" is not linked to anyone: on real news it meant
//! a victim or an officer as often as the person named last.
//!
//! A person is keyed by surname, with a first name when the text gives
//! one, so that "Mrs Doe" and "Jo Doe" can meet and "Jo Doe" and "Sam
//! Doe" do not.

use crate::normalise::age::{AgeWords, parse_age};
use crate::normalise::date::DateWords;
use crate::normalise::interval::Interval;
use crate::normalise::number::Unit;
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// A person as named in one article.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Person {
    /// Lower-case surname.
    pub surname: String,
    /// Lower-case first name, when given.
    pub first: Option<String>,
}

/// One person's age as one article gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct AgeClaim {
    pub person: Person,
    /// In whole years; "in his 40s" is [40, 49].
    pub years: Interval,
    /// The name and the age: what a label points at.
    pub span: Span,
    pub sentence: Span,
}

/// The word lists ages of people are read with, fetched once from the
/// vocabulary in force.
pub struct PersonAgeWords<'v> {
    ages: AgeWords<'v>,
    dates: DateWords<'v>,
    function_words: &'v WordList,
    /// "Mrs Doe, 44": a title and a surname name a person.
    honorifics: &'v WordList,
}

impl<'v> PersonAgeWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        PersonAgeWords {
            ages: AgeWords::new(vocab),
            dates: DateWords::new(vocab),
            function_words: vocab.list("function-words"),
            honorifics: vocab.list("honorifics"),
        }
    }

    fn is_name_word(&self, t: &Token) -> bool {
        t.is_word() && t.text.starts_with(char::is_uppercase) && t.text.chars().count() > 1 && {
            let l = t.text.to_lowercase();
            !self.function_words.has(&l) && !self.dates.is_month(&l) && !self.dates.is_weekday_name(&l)
        }
    }
}

/// The name ending at token `end - 1`: capitalised words, at least two,
/// or a title and a surname. Returns the person and the first token.
fn name_ending_at(words: &PersonAgeWords, tokens: &[Token], end: usize) -> Option<(Person, usize)> {
    let mut start = end;
    while start > 0 && words.is_name_word(&tokens[start - 1]) && end - start < 4 {
        start -= 1;
    }
    let surname = tokens.get(end.checked_sub(1)?)?.text.to_lowercase();
    let surname = surname.trim_end_matches("'s").trim_end_matches("’s").to_string();
    let title_before = start > 0 && words.honorifics.has(tokens[start - 1].text.to_lowercase().trim_end_matches('.'));
    match end - start {
        1 if title_before => Some((Person { surname, first: None }, start - 1)),
        0 | 1 => None,
        _ => {
            let first = tokens[end - 2].text.to_lowercase();
            let first = (!words.honorifics.has(&first)).then_some(first);
            // The label starts at the first name: a capitalised word
            // before it may be a job ("Skipper") or the sentence's start.
            Some((Person { surname, first }, end - 2))
        }
    }
}

/// The name starting at token `start`: capitalised words, at least two.
fn name_starting_at(words: &PersonAgeWords, tokens: &[Token], start: usize) -> Option<(Person, usize)> {
    let mut end = start;
    while end < tokens.len() && words.is_name_word(&tokens[end]) && end - start < 4 {
        end += 1;
    }
    if end - start < 2 {
        return None;
    }
    let surname = tokens[end - 1].text.to_lowercase();
    Some((Person { surname, first: Some(tokens[end - 2].text.to_lowercase()) }, end))
}

/// A bare age after a name's comma: a whole number from 1 to 115, then a
/// comma, a stop, a bracket or the end, and nothing that makes it a date,
/// a count or a measure.
fn bare_age(words: &PersonAgeWords, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = tokens.get(i).filter(|t| t.is_number() && t.text.len() <= 3)?;
    let n = words.ages.numbers.number(tokens, i)?;
    if n.unit != Unit::Count || n.end != i + 1 || !(1.0..=115.0).contains(&n.value.lo) || t.text.contains('.') {
        return None;
    }
    match tokens.get(i + 1) {
        None => Some((n.value.lo, i + 1)),
        Some(next) if matches!(next.text, "," | "." | ")" | ";") => Some((n.value.lo, i + 1)),
        Some(next) if next.text.eq_ignore_ascii_case("and") => Some((n.value.lo, i + 1)),
        _ => None,
    }
}

/// Reads the ages of named people in one sentence.
pub fn ages_in_sentence(read: &Sentence<'_>, words: &PersonAgeWords, out: &mut Vec<AgeClaim>) {
    let (tokens, sentence) = (&read.tokens[..], read.span);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "Name, 44," / "Name, now 44" / "Name, aged 44" / "Name (44)"
        if (t.is(",") || t.is("("))
            && i > 0
            && let Some((person, name_start)) = name_ending_at(words, tokens, i)
        {
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|n| n.text.eq_ignore_ascii_case("now")) {
                j += 1;
            }
            let read = if tokens.get(j).is_some_and(|n| n.text.eq_ignore_ascii_case("aged")) {
                parse_age(tokens, j, &words.ages).map(|a| (a.value, a.end))
            } else {
                bare_age(words, tokens, j).map(|(v, e)| (Interval::point(v), e))
            };
            let closes = t.is(",") || tokens.get(read.as_ref().map_or(0, |r| r.1)).is_some_and(|c| c.is(")"));
            if let Some((years, end)) = read.filter(|_| closes) {
                let span = Span::new(tokens[name_start].span.start, tokens[end - 1].span.end);
                out.push(AgeClaim { person, years, span, sentence });
                i = end;
                continue;
            }
        }
        // "44-year-old Jo Doe". "The 44-year-old" alone is not linked to
        // anyone: in news it as often means a victim or an officer as the
        // person named last.
        if let Some(a) =
            parse_age(tokens, i, &words.ages).filter(|a| tokens[a.start].is_number() && a.end > a.start + 1)
        {
            let compound =
                tokens.get(a.start + 1).is_some_and(|h| h.is("-")) || tokens[a.end - 1].text.ends_with("-old");
            if compound && a.unit == crate::normalise::age::AgeUnit::Year {
                if let Some((person, _)) = name_starting_at(words, tokens, a.end) {
                    out.push(AgeClaim {
                        person,
                        years: a.value,
                        span: Span::new(tokens[i].span.start, tokens[a.end - 1].span.end),
                        sentence,
                    });
                }
                i = a.end;
                continue;
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ages(s: &str) -> Vec<(String, Option<String>, f64, String)> {
        let mut out = Vec::new();
        let words = PersonAgeWords::new(Vocabulary::shipped());
        for sent in crate::segment::sentences(s, Span::new(0, s.len()), Vocabulary::shipped()) {
            ages_in_sentence(&crate::segment::reading::Sentence::read(s, 0, sent), &words, &mut out);
        }
        out.into_iter().map(|a| (a.person.surname, a.person.first, a.years.lo, a.span.of(s).to_string())).collect()
    }

    #[test]
    fn forms() {
        assert_eq!(
            ages("Baker Ann Lowe, 51, said it was over."),
            vec![("lowe".into(), Some("ann".into()), 51.0, "Ann Lowe, 51".into())]
        );
        assert_eq!(ages("Ann Lowe, now 52, said so.")[0].2, 52.0);
        assert_eq!(ages("Mrs Lowe, 51, said so.")[0].1, None);
        assert_eq!(ages("The 51-year-old Ann Lowe said so.")[0].0, "lowe");
        assert!(ages("Ann Lowe runs the bakery. The 51-year-old said so.").is_empty());
        assert!(ages("In Wexholm, 51 people came. On 3 June, 40 left.").is_empty());
        assert!(ages("Ann Lowe said so, 51 times.").is_empty());
    }
}
