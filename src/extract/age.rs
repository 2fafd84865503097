//! Ages of named people, read after the article's people are known.
//!
//! Beside a name: "Jo Doe, 44,", "Jo Doe, now 44,", "Jo Doe, aged 44,",
//! "Jo Doe, who is forty-four", "Jo Doe (44)", "44-year-old Jo Doe",
//! "Mrs Doe, 44", "Doe, 44," (a surname the article gave in full).
//!
//! In a clause about a person: "Jo Doe, a baker in her early forties",
//! "Jo Doe, who was born in March 1980", "Jo Doe turned 44 last month",
//! "Jo Doe, who celebrated her 44th birthday on Friday". The clause
//! belongs to the name before it when only lower-case words that keep the
//! subject stand between (no "whose", no second clause); a clause that
//! opens its sentence with "He" or "She", and "The 44-year-old was ...",
//! belong to the one person the previous sentence names, if it names
//! exactly one.
//!
//! A fact box: "Age: 44" under a "Name: Jo Doe" line.
//!
//! A birth date or a dated birthday is not an age on the publication
//! date but a bound on the birth day itself ([`AgeWhen::Birthday`]), so
//! "born in October 1972" is exact whatever the article's date.
//!
//! A person is keyed by surname, with a first name when the text gives
//! one, so that "Mrs Doe" and "Jo Doe" can meet and "Jo Doe" and "Sam
//! Doe" do not.

use crate::vocab::LowerWord;
use jiff::civil::Date;

use super::People;
use super::people::{Evidence, Mention};
use crate::normalise::age::{AgeUnit, AgeWords, parse_age};
use crate::normalise::date::{DateRange, DateWords, Lean, NumericOrder, parse_date_lower};
use crate::normalise::interval::Interval;
use crate::normalise::number::Unit;
use crate::segment::reading::Sentence;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

/// A person as named in one article.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// Lower-case surname.
    pub surname: String,
    /// Lower-case first name, when given.
    pub first: Option<String>,
}

/// When an age holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AgeWhen {
    /// On the article's publication date ("Jo Doe, 44").
    Published,
    /// On a birthday that fell within these days: "turned 60 last
    /// month" is 60 on one day of last month; "born in October 1972" is 0
    /// on one day of October 1972.
    Birthday(DateRange),
    /// On the day the person died ("the death of Jo Doe, 63"; "Jo Doe,
    /// 63, who was killed on 3 May"), on these days when the sentence
    /// dates the death. Later reports keep the age at death, so it is
    /// not counted from their publication dates.
    AtDeath(Option<DateRange>),
    /// On a day the sentence gives for it: "Jo Doe, then 38, ... in
    /// 2019", "Jo Doe, who was 38 in 2019".
    On(DateRange),
    /// On some day up to the article's date, which the sentence does not
    /// give: "At the age of 10, Jo Doe began to sing" may be a life
    /// story's. A floor on the age the person has now, never a ceiling.
    Earlier,
}

/// One person's age as one article gives it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AgeClaim {
    pub person: Person,
    /// In whole years; "in his 40s" is [40, 49].
    pub years: Interval,
    pub when: AgeWhen,
    /// The name and the age: what a label points at.
    pub span: Span,
    pub sentence: Span,
    /// A past date that opens the sentence ("In 2019, Jo Doe, 38, bought
    /// the mill"). News gives ages as of publication even there, so the
    /// age is still read on the article's date; but a conflict that this
    /// date would explain is advice, not an error.
    pub dated_sentence: Option<DateRange>,
}

impl AgeClaim {
    /// An age as of the article's date, for the words at `span` of
    /// `sentence`.
    fn published(person: Person, years: Interval, span: Span, sentence: Span) -> Self {
        AgeClaim { person, years, when: AgeWhen::Published, span, sentence, dated_sentence: None }
    }
}

/// The word lists ages of people are read with, fetched once from the
/// vocabulary in force (rules/words/ages.toml holds most of them).
pub struct PersonAgeWords<'v> {
    ages: AgeWords<'v>,
    dates: DateWords<'v>,
    function_words: &'v WordList,
    /// "Mrs Doe, 44": a title and a surname name a person.
    honorifics: &'v WordList,
    /// "turned" (-1, looks back) and "turns" (1, looks ahead).
    turn_verbs: &'v WordList,
    birthday_nouns: &'v WordList,
    birth_words: &'v WordList,
    box_labels: &'v WordList,
    name_labels: &'v WordList,
    /// Words between a name and a clause that make the clause another's.
    blockers: &'v WordList,
    /// Words after "the 44-year-old" that make it a subject.
    followers: &'v WordList,
    pronouns: &'v WordList,
    modals: &'v WordList,
    ordinal_suffixes: &'v WordList,
    ordinal_words: &'v WordList,
    death_nouns: &'v WordList,
    death_verbs: &'v WordList,
    clause_breaks: &'v WordList,
    determiners: &'v WordList,
    places: &'v WordList,
    subject_aux: &'v WordList,
    /// "in", "on", "back": words before a date that opens a sentence.
    opening_date_words: &'v WordList,
    /// "teenage" (13), "septuagenarian" (70): a span of ages in a word.
    group_words: &'v WordList,
    /// "man", "woman": a person "of" an age ("a man of 64").
    of_nouns: &'v WordList,
    /// "skipper", "pensioner": after "The N-year-old" besides role heads.
    person_nouns: &'v WordList,
    /// "named", "called": between an age and its name.
    name_links: &'v WordList,
    /// "company", "firm": "Jo Doe Ltd, a 30-year-old firm" is no person.
    institutions: &'v WordList,
    /// "pharmacist", "owner": a noun that names a person's post.
    role_heads: &'v WordList,
    /// "went", "took": past forms that show a name after them is an object.
    irregular: &'v WordList,
    /// "said", "added": "…," said the 43-year-old.
    speech_verbs: &'v WordList,
}

impl<'v> PersonAgeWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        PersonAgeWords {
            ages: AgeWords::new(vocab),
            dates: DateWords::new(vocab),
            function_words: vocab.list("function-words"),
            honorifics: vocab.list("honorifics"),
            turn_verbs: vocab.list("age-turn-verbs"),
            birthday_nouns: vocab.list("birthday-nouns"),
            birth_words: vocab.list("birth-words"),
            box_labels: vocab.list("age-box-labels"),
            name_labels: vocab.list("profile-name-labels"),
            blockers: vocab.list("age-clause-blockers"),
            followers: vocab.list("age-subject-followers"),
            pronouns: vocab.list("personal-pronouns"),
            modals: vocab.list("modal-words"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            ordinal_words: vocab.list("ordinal-words"),
            death_nouns: vocab.list("death-nouns"),
            death_verbs: vocab.list("death-verbs"),
            clause_breaks: vocab.list("age-clause-breaks"),
            determiners: vocab.list("determiners"),
            places: vocab.list("place-prepositions"),
            subject_aux: vocab.list("age-subject-aux"),
            opening_date_words: vocab.list("opening-date-words"),
            group_words: vocab.list("age-group-words"),
            of_nouns: vocab.list("age-of-nouns"),
            person_nouns: vocab.list("age-person-nouns"),
            name_links: vocab.list("age-name-links"),
            institutions: vocab.list("institution-words"),
            role_heads: vocab.list("role-heads"),
            irregular: vocab.list("irregular-past-forms"),
            speech_verbs: vocab.list("speech-verbs"),
        }
    }

    /// The ages a group word spans: from its first age to the end of that
    /// decade ("teenage" 13-19, "octogenarian" 80-89), as the decades of
    /// "in her teens" are read.
    fn group_years(&self, lower: &str) -> Option<Interval> {
        let first = self.group_words.value(lower)?;
        Some(Interval::new(first, (first / 10.0).floor() * 10.0 + 9.0))
    }

    fn is_name_word(&self, t: &Token) -> bool {
        t.is_word()
            && t.text.starts_with(char::is_uppercase)
            && t.text.chars().count() > 1
            && crate::vocab::with_folded(t.text, |l| {
                !self.function_words.has(l) && !self.dates.is_month(l) && !self.dates.is_weekday_name(l)
            })
    }
}

/// The name ending at token `end - 1`: capitalised words, at least two,
/// or a title and a surname. Returns the person and the first token.
fn name_ending_at(words: &PersonAgeWords, tokens: &[Token], end: usize) -> Option<(Person, usize)> {
    let mut start = end;
    while start > 0 && words.is_name_word(&tokens[start - 1]) && end - start < 4 {
        start -= 1;
    }
    // Asked at every comma: most have no name before them, and nothing is
    // copied until one is found.
    let title_before =
        || start > 0 && words.honorifics.has(crate::vocab::lower_word(tokens[start - 1].text).trim_end_matches('.'));
    if end - start == 0 || (end - start == 1 && !title_before()) {
        return None;
    }
    let surname = tokens.get(end.checked_sub(1)?)?.text.to_lowercase();
    let surname = surname.trim_end_matches("'s").trim_end_matches("’s").to_string();
    // A title and a surname ("Dr Ruiz").
    if end - start == 1 {
        return Some((Person { surname, first: None }, start - 1));
    }
    let first = tokens[end - 2].text.to_lowercase();
    let first = (!words.honorifics.has(&first)).then_some(first);
    // The label starts at the first name: a capitalised word before it
    // may be a job ("Skipper") or the sentence's start.
    Some((Person { surname, first }, end - 2))
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
    let surname = strip_possessive(&surname).0.to_string();
    Some((Person { surname, first: Some(tokens[end - 2].text.to_lowercase()) }, end))
}

/// A bare age after a name's comma: a whole number from 1 to 115, then a
/// comma, a stop, a bracket or the end, and nothing that makes it a date,
/// a count or a measure.
fn bare_age(words: &PersonAgeWords, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let (v, end) = whole_years(words, tokens, i)?;
    match tokens.get(end) {
        None => Some((v, end)),
        Some(next) if matches!(next.text, "," | "." | ")" | ";") => Some((v, end)),
        Some(next) if next.text.eq_ignore_ascii_case("and") => Some((v, end)),
        _ => None,
    }
}

/// A whole number of years from 1 to 115 at `i`, in digits ("44") or
/// words ("forty-four"): a person's age, not a decimal or a measure.
fn whole_years(words: &PersonAgeWords, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = tokens.get(i).filter(|t| (t.is_number() && t.text.len() <= 3) || t.is_word())?;
    let n = words.ages.numbers.number(tokens, i)?;
    let v = n.value.lo;
    let whole = n.value.lo == n.value.hi && v.fract() == 0.0 && !t.text.contains('.');
    (n.unit == Unit::Count && whole && (1.0..=115.0).contains(&v)).then_some((v, n.end))
}

/// An ordinal at `i` ("60th", "sixtieth"): its value and end.
fn ordinal(words: &PersonAgeWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<(f64, usize)> {
    let t = tokens.get(i)?;
    if t.is_number() {
        let suffix =
            tokens.get(i + 1).filter(|s| s.glued && words.ordinal_suffixes.has(&crate::vocab::lower_word(s.text)));
        if suffix.is_some() {
            return t.text.parse::<f64>().ok().map(|v| (v, i + 2));
        }
        let digits: String = t.text.chars().take_while(char::is_ascii_digit).collect();
        let rest = t.text[digits.len()..].to_lowercase();
        return (!digits.is_empty() && words.ordinal_suffixes.has(&rest))
            .then(|| digits.parse::<f64>().ok().map(|v| (v, i + 1)))
            .flatten();
    }
    words.ordinal_words.value(lower.get(i)?).map(|v| (v, i + 1))
}

/// The least ordinal "in his Nth year" is read as a year of life at: a
/// lower one is more often a year in a post ("in his third year, the
/// club ...").
const YEAR_OF_LIFE_MIN: f64 = 20.0;

/// "in his 60th year", "in her ninetieth year": the Nth year of a life is
/// lived at age N - 1. Only where the phrase ends its clause ("in his
/// 12th year at the club" is a post's). Returns the age and the end.
fn year_of_life(words: &PersonAgeWords, tokens: &[Token], lower: &[LowerWord], i: usize) -> Option<(Interval, usize)> {
    if !words.ages.is_possessive(lower.get(i + 1)?) {
        return None;
    }
    let (n, end) = ordinal(words, tokens, lower, i + 2)?;
    let closes = tokens.get(end + 1).is_none_or(|t| matches!(t.text, "," | "." | ";" | ")" | ":" | "and"));
    let year = lower.get(end).is_some_and(|w| words.ages.is_year_unit(w));
    (year && closes && (YEAR_OF_LIFE_MIN..=116.0).contains(&n)).then(|| (Interval::point(n - 1.0), end + 1))
}

/// The death word before `i` in its clause ("died in January, in his
/// 60th year"), and the days its date gives.
fn death_before(
    c: &Ctx,
    words: &PersonAgeWords,
    i: usize,
    published: Option<Date>,
    order: NumericOrder,
) -> Option<(usize, Option<DateRange>)> {
    let tokens = &c.read.tokens;
    let j = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !tokens[k].is(";") && !words.clause_breaks.has(&c.read.lower[k]))
        .find(|&k| words.death_verbs.has(&c.read.lower[k]))?;
    Some((j, birthday_date(c, words, j + 1, published, order, Lean::Past, false).map(|d| d.0)))
}

/// The words of one sentence, read once.
struct Ctx<'a, 's> {
    text: &'a str,
    read: &'s Sentence<'a>,
    /// The article's people named in this sentence.
    mentions: Vec<&'s Mention>,
}

/// A person from a mention: the last word of the given names and the
/// surname, lower case (what [`name_ending_at`] reads too).
fn person_of(m: &Mention, people: &People) -> Option<Person> {
    let (surname, possessive) = strip_possessive(&m.name.surname);
    if possessive {
        return None;
    }
    let full = people.full_name(&m.name);
    let first = full.given().map(str::to_lowercase);
    Some(Person { surname: crate::vocab::fold_word(surname), first })
}

fn strip_possessive(word: &str) -> (&str, bool) {
    crate::vocab::strip_any_suffix(word, &["'s", "’s"]).map_or((word, false), |stem| (stem, true))
}

/// The person whose name ends just before token `end`: a mention of the
/// article, or two capitalised words, or a title and a surname.
fn name_before(c: &Ctx, words: &PersonAgeWords, people: &People, end: usize) -> Option<(Person, usize)> {
    if end == 0 {
        return None;
    }
    if let Some(m) = c.mentions.iter().find(|m| m.token_end == end) {
        // The label starts at the first name: a capitalised word before
        // it may be a job ("Pensioner") the run swallowed.
        // An initial and its full stop belong to the name ("Jo M. Doe").
        let tokens = &c.read.tokens;
        let mut start = m.token.max(end.saturating_sub(2));
        while start > m.token && (tokens[start].is(".") || super::people::is_initial(&tokens[start])) {
            start -= 1;
        }
        return person_of(m, people).map(|p| (p, start));
    }
    let tokens = &c.read.tokens;
    if strip_possessive(tokens[end - 1].text).1 {
        return None;
    }
    name_ending_at(words, tokens, end)
}

/// Whom a clause starting at token `start` is about: the name before it,
/// with only auxiliaries between ("Jo Doe was born in", "Jo Doe, who
/// turned"), or across a comma and a noun phrase in apposition ("Jo Doe,
/// a baker in her forties"). Any other verb between ("Jo Doe told police
/// the man was in his forties") makes the age someone else's.
fn subject_in_sentence(c: &Ctx, words: &PersonAgeWords, people: &People, start: usize) -> Option<Person> {
    let tokens = &c.read.tokens;
    let mut j = start;
    while j > 0
        && start - j < 8
        && tokens[j - 1].is_word()
        && tokens[j - 1].text.starts_with(char::is_lowercase)
        && !words.blockers.has(&c.read.lower[j - 1])
    {
        j -= 1;
    }
    let gap = &c.read.lower[j..start];
    let auxiliaries = gap.iter().all(|w| words.subject_aux.has(w));
    if j > 0 && tokens[j - 1].is(",") {
        let apposition = gap.first().is_some_and(|w| words.determiners.has(w))
            && gap.len() <= 5
            && !gap.iter().any(|w| words.subject_aux.has(w));
        return (auxiliaries || apposition).then(|| name_before(c, words, people, j - 1).map(|p| p.0)).flatten();
    }
    auxiliaries.then(|| name_before(c, words, people, j).map(|p| p.0)).flatten()
}

/// Whether a clause at `start` opens its sentence with no subject of its
/// own but "He" or "She" (and auxiliaries): it is about the person the
/// previous sentence named.
fn opens_with_pronoun(c: &Ctx, words: &PersonAgeWords, start: usize) -> bool {
    start >= 1
        && words.pronouns.has(&c.read.lower[0])
        && c.read.lower[1..start].iter().all(|l| words.subject_aux.has(l))
}

/// The one person a sentence names, if it names exactly one: the
/// article's people in it, or else its one run of two capitalised words.
fn only_person(c: &Ctx, words: &PersonAgeWords, people: &People) -> Option<Person> {
    let mut found: Vec<Person> = Vec::new();
    // "the island of São Brás": a name known only from "of" after a
    // lower-case noun is a place or a thing's name as often as a person's.
    let of_a_thing = |k: usize| {
        k >= 3
            && c.read.lower[k - 1] == "of"
            && c.read.tokens[k - 2].text.starts_with(char::is_lowercase)
            && (k.saturating_sub(4)..k - 2).any(|d| words.determiners.has(&c.read.lower[d]))
    };
    for m in c.mentions.iter().filter(|m| !(m.evidence == Evidence::Context && of_a_thing(m.run_start))) {
        // "Jo Doe's son": the sentence is about someone else too.
        let p = person_of(m, people)?;
        if !found.contains(&p) {
            found.push(p);
        }
    }
    if found.is_empty() {
        let tokens = &c.read.tokens;
        let mut i = 0;
        while i < tokens.len() {
            if words.is_name_word(&tokens[i]) && (i == 0 || !words.is_name_word(&tokens[i - 1])) {
                let mut end = i;
                while end < tokens.len() && words.is_name_word(&tokens[end]) {
                    end += 1;
                }
                if end - i >= 2 {
                    if strip_possessive(tokens[end - 1].text).1 {
                        return None;
                    }
                    // "a New Zealand climber", "by the Harbour Board", "in
                    // Port Ellis": a run after a determiner or a place
                    // preposition is a thing or a place, not a person.
                    if i > 0
                        && (words.determiners.has(&c.read.lower[i - 1])
                            || words.places.has(&c.read.lower[i - 1])
                            || of_a_thing(i))
                    {
                        i = end;
                        continue;
                    }
                    let (p, _) = name_starting_at(words, tokens, i)?;
                    found.push(p);
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }
    if found.len() == 1 { found.pop() } else { None }
}

/// Whether the sentence's one person is named near its start (within its
/// first six tokens) with no past form before the name: its subject, not
/// an object ("Police approached Jo Doe").
fn person_opens(c: &Ctx, words: &PersonAgeWords) -> bool {
    let at = c.mentions.first().map(|m| m.token).or_else(|| {
        (0..c.read.tokens.len().min(7)).find(|&i| {
            words.is_name_word(&c.read.tokens[i]) && c.read.tokens.get(i + 1).is_some_and(|t| words.is_name_word(t))
        })
    });
    at.is_some_and(|at| {
        at <= 6
            && c.read.lower[..at].iter().zip(&c.read.tokens[..at]).all(|(l, t)| {
                !(t.is_word()
                    && t.text.starts_with(char::is_lowercase)
                    && ((l.len() > 4 && l.ends_with("ed")) || words.irregular.has(l) || words.followers.has(l)))
            })
    })
}

/// Whether a line break comes right before token `i` (or `i` opens the
/// sentence): a fact box's lines start there.
fn line_starts_at(c: &Ctx, i: usize) -> bool {
    i == 0 || c.text[c.read.tokens[i - 1].span.end..c.read.tokens[i].span.start].contains('\n')
}

/// A dated birthday: the days the date after `from` names, read back or
/// ahead of the article's date. Skips "on" and "in" before the date.
fn birthday_date(
    c: &Ctx,
    words: &PersonAgeWords,
    from: usize,
    published: Option<Date>,
    order: NumericOrder,
    lean: Lean,
    absolute_only: bool,
) -> Option<(DateRange, usize)> {
    let tokens = &c.read.tokens;
    for j in from..(from + 2).min(tokens.len()) {
        if let Some(d) = parse_date_lower(tokens, &c.read.lower, j, order, &words.dates).filter(|d| d.end > d.start) {
            if absolute_only && !d.expr.is_absolute() {
                return None;
            }
            return d.expr.resolve(published, lean).map(|r| (r, d.end));
        }
        if !matches!(c.read.lower[j].as_ref(), "on" | "in") {
            break;
        }
    }
    None
}

/// Whether the sentence gives the age at `span` as an age at death: a
/// death noun and "of" just before it ("the killing of 63-year-old Jo
/// Doe"), or a death word soon after it in the same clause ("Jo Doe, 63,
/// who was killed on 3 May"). Returns the days of the death when the
/// words after the death word date it.
#[allow(clippy::option_option)]
fn death_around(
    c: &Ctx,
    words: &PersonAgeWords,
    span: Span,
    published: Option<Date>,
    order: NumericOrder,
) -> Option<Option<DateRange>> {
    let tokens = &c.read.tokens;
    let first = tokens.iter().position(|t| t.span.start >= span.start)?;
    let last = tokens.iter().rposition(|t| t.span.end <= span.end)?;
    let dated = |from: usize| birthday_date(c, words, from, published, order, Lean::Past, false).map(|d| d.0);
    let before = &c.read.lower[first.saturating_sub(3)..first];
    if let Some(of) = before.iter().rposition(|w| w == "of")
        && of > 0
        && words.death_nouns.has(&before[of - 1])
    {
        return Some(None);
    }
    for (j, (t, w)) in tokens.iter().zip(&c.read.lower).enumerate().take(last + 12).skip(last + 1) {
        if words.death_verbs.has(w) {
            return Some(dated(j + 1));
        }
        if words.clause_breaks.has(w) || t.is(";") || t.is(".") {
            break;
        }
    }
    None
}

/// The first date a sentence gives, read back from the article's date.
/// The day a past age ("who was 38") speaks of: the date right after it
/// ("in 2019"), or the one its "when" clause gives ("when he joined the
/// museum in 2005").
fn day_after_past_age(
    c: &Ctx,
    words: &PersonAgeWords,
    end: usize,
    published: Option<Date>,
    order: NumericOrder,
) -> Option<DateRange> {
    let tokens = &c.read.tokens;
    let at = |k: usize| birthday_date(c, words, k, published, order, Lean::Past, false);
    let when_clause = || {
        c.read.lower.get(end).is_some_and(|w| w == "when").then(|| {
            (end + 1..tokens.len())
                .take_while(|&k| !tokens[k].is(",") && !tokens[k].is("."))
                .filter(|&k| matches!(c.read.lower[k].as_ref(), "in" | "on"))
                .find_map(at)
        })?
    };
    at(end).or_else(when_clause).map(|d| d.0)
}

fn first_date(c: &Ctx, words: &PersonAgeWords, published: Option<Date>, order: NumericOrder) -> Option<DateRange> {
    (0..c.read.tokens.len()).find_map(|j| {
        parse_date_lower(&c.read.tokens, &c.read.lower, j, order, &words.dates)
            .filter(|d| d.end > d.start)
            .and_then(|d| d.expr.resolve(published, Lean::Past))
    })
}

/// Days a past-dated sentence is about before its article: a date this
/// much older than the article that opens the sentence sets its time.
const OPENING_DATE_MIN_DAYS: i64 = 180;

/// A date that opens a sentence and dates all of it ("In 2019, ...", "On
/// 3 May 2018 ...", "Back in March 2017 ..."): named outright, with its
/// year, and at least half a year before the article. A date later in the
/// sentence ("Jo Doe, 44, who was convicted in 2005") dates only its
/// clause, and a recent one is the article's own time.
fn opening_date(c: &Ctx, words: &PersonAgeWords, published: Option<Date>, order: NumericOrder) -> Option<DateRange> {
    let lower = &c.read.lower;
    let mut k = 0;
    while k < 2 && lower.get(k).is_some_and(|w| words.opening_date_words.has(w)) {
        k += 1;
    }
    // "In 2019" is read from "in" (a bare year needs it); "Back in May
    // 2018" from "in" or "May".
    let d = (0..=k)
        .find_map(|j| parse_date_lower(&c.read.tokens, lower, j, order, &words.dates).filter(|d| d.end > d.start))?;
    if !d.expr.is_absolute() {
        return None;
    }
    let range = d.expr.resolve(published, Lean::Past)?;
    let p = published?;
    let old = range.last.until((jiff::Unit::Day, p)).ok()?.get_days() >= OPENING_DATE_MIN_DAYS as i32;
    old.then_some(range)
}

/// Reads the ages of the people of one article. `mentions` are the
/// article's people in text order; `people` resolves a surname to its
/// full name.
pub fn ages_in_article(
    text: &str,
    sentences: &[Sentence<'_>],
    mentions: &[Mention],
    people: &People,
    published: Option<Date>,
    order: NumericOrder,
    words: &PersonAgeWords,
) -> Vec<AgeClaim> {
    let mut out = Vec::new();
    let ctxs: Vec<Ctx> = sentences
        .iter()
        .map(|read| Ctx { text, read, mentions: mentions.iter().filter(|m| m.sentence == read.span).collect() })
        .collect();
    for (k, c) in ctxs.iter().enumerate() {
        let previous = k.checked_sub(1).map(|p| &ctxs[p]);
        let before = out.len();
        beside_names(c, words, people, published, order, &mut out);
        in_clauses(c, previous, words, people, published, order, &mut out);
        in_fact_box(c, &ctxs[k.saturating_sub(8)..k], words, &mut out);
        if out.len() == before {
            // No age here: the sentence's opening date is not needed.
            continue;
        }
        let opening = opening_date(c, words, published, order);
        for a in &mut out[before..] {
            if a.when == AgeWhen::Published
                && let Some(day) = death_around(c, words, a.span, published, order)
            {
                a.when = AgeWhen::AtDeath(day);
            }
            // "In 2019 Jo Doe, 38, bought the mill": the age may be of
            // then; the check weighs it.
            if a.when == AgeWhen::Published {
                a.dated_sentence = opening;
            }
        }
        // A surname-only name stands for the article's one full name with it.
        for a in &mut out[before..] {
            if a.person.first.is_none() {
                let full = people.full_name(&super::PersonName { first: None, surname: a.person.surname.clone() });
                a.person.first = full.given().map(str::to_lowercase);
            }
        }
    }
    out
}

/// Ages written beside a name.
fn beside_names(
    c: &Ctx,
    words: &PersonAgeWords,
    people: &People,
    published: Option<Date>,
    order: NumericOrder,
    out: &mut Vec<AgeClaim>,
) {
    let (tokens, sentence) = (&c.read.tokens[..], c.read.span);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "Name, 44," / "Name, now 44" / "Name, aged 44" / "Name, who is 44" / "Name (44)"
        if (t.is(",") || t.is("("))
            && i > 0
            && let Some((person, name_start)) = name_before(c, words, people, i)
        {
            let mut j = i + 1;
            // "who was 38 in 2019" and "then 38" speak of a past day,
            // which the sentence must give.
            let mut past = false;
            if t.is(",") && c.read.lower.get(j).is_some_and(|w| w == "who") {
                j += 1;
                match c.read.lower.get(j).map(std::convert::AsRef::as_ref) {
                    Some("is") => {}
                    Some("was") => past = true,
                    _ => {
                        i += 1;
                        continue;
                    }
                }
                j += 1;
            } else if t.is(",") && c.read.lower.get(j).is_some_and(|w| w == "then") {
                past = true;
                j += 1;
            }
            if past {
                if let Some((n, end)) = whole_years(words, tokens, j) {
                    let day = if c.read.lower[i + 1] == "then" {
                        first_date(c, words, published, order)
                    } else {
                        day_after_past_age(c, words, end, published, order)
                    };
                    // "Doe, who was 32, grew up ...": no day given, so an
                    // age the person had by the article's date (a floor),
                    // when the age closes its clause ("who was 32 points
                    // clear" is no age).
                    let closes = tokens.get(end).is_none_or(|n| matches!(n.text, "," | "." | ";" | ")"));
                    let when = match day {
                        Some(day) => Some(AgeWhen::On(day)),
                        None if closes && c.read.lower[i + 1] == "who" => Some(AgeWhen::Earlier),
                        None => None,
                    };
                    if let Some(when) = when {
                        let span = Span::new(tokens[name_start].span.start, tokens[end - 1].span.end);
                        let years = Interval::point(n);
                        out.push(AgeClaim { person, years, when, span, sentence, dated_sentence: None });
                    }
                    i = end;
                    continue;
                }
                i += 1;
                continue;
            }
            if c.read.lower.get(j).is_some_and(|w| w == "now") {
                j += 1;
            }
            let apposed = if t.is(",") { apposed_age(c, words, j).or_else(|| age_phrase(c, words, j)) } else { None };
            let read = if apposed.is_some() {
                apposed
            } else if c.read.lower.get(j).is_some_and(|w| w == "aged") {
                parse_age(tokens, j, &words.ages).map(|a| (a.value, a.end))
            } else if j > i + 1 {
                // After "who is" or "now" the age need not close the clause
                // ("who is 44 years old", "now 44 and retired").
                parse_age(tokens, j, &words.ages)
                    .filter(|a| a.unit == AgeUnit::Year && tokens[a.start].is_number() || tokens[a.start].is_word())
                    .map(|a| (a.value, a.end))
                    .or_else(|| {
                        whole_years(words, tokens, j)
                            .filter(|&(_, e)| {
                                tokens.get(e).is_none_or(|n| !n.is_word() || n.text.eq_ignore_ascii_case("and"))
                            })
                            .map(|(v, e)| (Interval::point(v), e))
                    })
            } else {
                bare_age(words, tokens, j).map(|(v, e)| (Interval::point(v), e))
            };
            let closes = t.is(",") || tokens.get(read.as_ref().map_or(0, |r| r.1)).is_some_and(|c| c.is(")"));
            if let Some((years, end)) = read.filter(|_| closes) {
                // "Jo Doe (44)" is labelled with its closing bracket.
                let last = if t.is("(") { end } else { end - 1 };
                let span = Span::new(tokens[name_start].span.start, tokens[last].span.end);
                out.push(AgeClaim { person, years, when: AgeWhen::Published, span, sentence, dated_sentence: None });
                i = end;
                continue;
            }
        }
        // "44-year-old Jo Doe": read only at a number (an age read here
        // starts where it is asked).
        if (tokens[i].is_number() || (tokens[i].is_word() && tokens[i].text.ends_with("-old")))
            && let Some(a) = parse_age(tokens, i, &words.ages).filter(|a| {
                (tokens[a.start].is_number() && a.end > a.start + 1) || tokens[a.start].text.ends_with("-old")
            })
        {
            let compound =
                tokens.get(a.start + 1).is_some_and(|h| h.is("-")) || tokens[a.end - 1].text.ends_with("-old");
            if compound && a.unit == AgeUnit::Year {
                // "a 58-year-old, Jo Doe,", "a 58-year-old woman named Jo Doe".
                let at = if i > 0 && (is_indefinite(&c.read.lower[i - 1]) || definite_person(c, words, i, a.end)) {
                    name_after_age(c, words, a.end)
                } else {
                    a.end
                };
                // "43-year-old engine captain Jo Doe": a false title
                // between the age and the name, as after a group word.
                let named = name_starting_at(words, tokens, at)
                    .or_else(|| name_after_group(c, words, a.end).and_then(|k| name_starting_at(words, tokens, k)));
                if let Some((person, _)) = named {
                    out.push(AgeClaim::published(
                        person,
                        a.value,
                        Span::new(tokens[i].span.start, tokens[a.end - 1].span.end),
                        sentence,
                    ));
                }
                i = a.end;
                continue;
            }
        }
        // "teenage volunteer Jo Doe", "septuagenarian Jo Doe".
        if let Some(years) = words.group_years(&c.read.lower[i])
            && let Some(at) = name_after_group(c, words, i + 1)
            && let Some((person, end)) = name_starting_at(words, tokens, at)
        {
            let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
            out.push(AgeClaim { person, years, when: AgeWhen::Published, span, sentence, dated_sentence: None });
            i = end;
            continue;
        }
        i += 1;
    }
}

/// "The 43-year-old pharmacist, Jo Doe,", "the shop's 44-year-old
/// manager, Jo Doe,": a definite or possessive determiner before the age
/// opens an apposition too, when the noun after the age names a person
/// or a post ("the 30-year-old footbridge, Holm Crossing," names none).
fn definite_person(c: &Ctx, words: &PersonAgeWords, i: usize, end: usize) -> bool {
    let prev = c.read.lower[i - 1].as_ref();
    let determined = (words.determiners.has(prev) && !is_indefinite(prev)) || strip_possessive(prev).1;
    determined && c.read.lower.get(end).is_some_and(|w| words.of_nouns.has(w) || words.role_heads.has(w))
}

/// "a" or "an": the article of an apposition ("Jo Doe, a man of 64").
fn is_indefinite(lower: &str) -> bool {
    matches!(lower, "a" | "an")
}

/// An age in apposition from `j`, just after a name's comma: "a
/// teenager", "a septuagenarian", "a man of 64". Returns the years and the
/// token after them.
fn apposed_age(c: &Ctx, words: &PersonAgeWords, j: usize) -> Option<(Interval, usize)> {
    let lower = &c.read.lower;
    if !is_indefinite(lower.get(j)?) {
        return None;
    }
    if let Some(years) = words.group_years(lower.get(j + 1)?) {
        return Some((years, j + 2));
    }
    if words.of_nouns.has(&lower[j + 1]) && lower.get(j + 2).is_some_and(|w| w == "of") {
        // "a man of 64," but not "a man of 64 kilos".
        let (v, end) = whole_years(words, &c.read.tokens, j + 3)?;
        let word_after = c.read.tokens.get(end).is_some_and(|t| t.is_word() || t.is_number());
        let clause_goes_on = lower.get(end).is_some_and(|w| w == "who" || w == "and");
        return (!word_after || clause_goes_on).then_some((Interval::point(v), end));
    }
    None
}

/// An age phrase that stands for a person's age at `j`: "the
/// 52-year-old (founder)", "a 52-year-old", "52-year-old", "52 years
/// old", "aged 52", "at the age of 52", "at age 52". Returns the years and
/// the token after the age (a noun after it, "founder", is left).
fn age_phrase(c: &Ctx, words: &PersonAgeWords, j: usize) -> Option<(Interval, usize)> {
    let (tokens, lower) = (&c.read.tokens, &c.read.lower);
    if lower.get(j)? == "at" {
        let k = match (lower.get(j + 1).map(AsRef::as_ref), lower.get(j + 2).map(AsRef::as_ref)) {
            (Some("the"), Some("age")) if lower.get(j + 3).is_some_and(|w| w == "of") => j + 4,
            (Some("age"), _) => j + 2,
            _ => return None,
        };
        return whole_years(words, tokens, k).map(|(v, e)| (Interval::point(v), e));
    }
    let determined = is_indefinite(&lower[j]) || lower[j] == "the";
    let k = if determined { j + 1 } else { j };
    let a = parse_age(tokens, k, &words.ages)
        .filter(|a| a.unit == AgeUnit::Year && (a.end > a.start + 1 || tokens[a.start].text.ends_with("-old")))?;
    let compound = tokens.get(a.start + 1).is_some_and(|h| h.is("-")) || tokens[a.end - 1].text.ends_with("-old");
    // "a 52 years old" is no English: after a determiner only the compound.
    // "a 30-year-old firm" is the age of a business.
    let of_institution = lower.get(a.end).is_some_and(|w| words.institutions.has(w));
    ((compound || !determined) && !of_institution).then_some((a.value, a.end))
}

/// The least bare number "At N," is read as an age.
const BARE_OPENING_AGE_MIN: f64 = 10.0;

/// "At 41, Jo Doe was ...", "Aged 63, Jo Doe has ...", "At the age of 30,
/// she became ...": an age that opens its sentence, set off by a comma,
/// and the person after it (or, for "he" or "she", the one person the
/// previous sentence names). Returns the age, the person and the token
/// after the age. The sentence may tell a life story ("At the age of 10,
/// she began to sing"), so the age is one the person had by the
/// article's date ([`AgeWhen::Earlier`]).
fn opening_age(
    c: &Ctx,
    previous: Option<&Ctx>,
    words: &PersonAgeWords,
    people: &People,
) -> Option<(Interval, Person, usize)> {
    let (tokens, lower) = (&c.read.tokens, &c.read.lower);
    let (years, end) = if lower.first()? == "at" {
        // "At 41," needs its comma, and a bare number below ten ("At 4,
        // the crew ...") is more often an hour than an age.
        age_phrase(c, words, 0).or_else(|| {
            whole_years(words, tokens, 1)
                .filter(|&(v, _)| v >= BARE_OPENING_AGE_MIN)
                .map(|(v, e)| (Interval::point(v), e))
        })?
    } else if lower[0] == "aged" {
        age_phrase(c, words, 0)?
    } else {
        return None;
    };
    if !tokens.get(end).is_some_and(|t| t.is(",")) {
        return None;
    }
    let person = if lower.get(end + 1).is_some_and(|w| words.pronouns.has(w)) {
        previous.and_then(|p| only_person(p, words, people))?
    } else if let Some(m) = c.mentions.iter().find(|m| m.token == end + 1) {
        person_of(m, people)?
    } else if let Some((person, _)) = name_starting_at(words, tokens, end + 1) {
        person
    } else {
        // "At 41, Doe was ...": a surname the article gives in full.
        let t = tokens.get(end + 1).filter(|t| words.is_name_word(t))?;
        let surname = crate::vocab::fold_word(t.text);
        let name = super::PersonName { first: None, surname: surname.clone() };
        let given_in_full = people.full_name(&name).is_full() || after_given_name(c.text, t.text);
        given_in_full.then_some(Person { surname, first: None })?
    };
    Some((years, person, end))
}

/// Whether the article writes `surname` after a capitalised word ("Jo
/// Doe") somewhere: a person named in full whom the people reader kept no
/// evidence for. Asked only for an age that opens a sentence.
fn after_given_name(text: &str, surname: &str) -> bool {
    text.match_indices(surname).any(|(at, _)| {
        // The whole word: "Doe" is not the start of "Doesburg".
        let whole = !text[at + surname.len()..].starts_with(char::is_alphabetic);
        let before = text[..at].strip_suffix(' ').unwrap_or_default();
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        whole && word.len() > 1 && word.starts_with(char::is_uppercase) && word != surname
    })
}

/// Where the name of "a 58-year-old" starts, from `k` after the age: after
/// a comma ("a 58-year-old, Jo Doe"), or a link word ("named Jo Doe"),
/// with a noun for a person before it ("a 58-year-old woman, Jo Doe") or
/// words that describe one ("a 58-year-old harbour pilot, Jo Doe").
/// Right at `k` when neither comes.
fn name_after_age(c: &Ctx, words: &PersonAgeWords, k: usize) -> usize {
    let lower = &c.read.lower;
    let after_noun = if lower.get(k).is_some_and(|w| words.of_nouns.has(w)) {
        k + 1
    } else {
        name_after_group(c, words, k).unwrap_or(k)
    };
    match lower.get(after_noun) {
        Some(w) if w == "," || words.name_links.has(w) => after_noun + 1,
        _ => k,
    }
}

/// Where the name after a group word starts ("teenage volunteer Jo Doe"):
/// right after it, or after up to two lower-case words that describe the
/// person. A verb between ("the teen told Jo Doe") makes the name
/// someone else's, so no word may be a function word, a clause word, a
/// verb the subject list knows or a past tense in -ed; nor a possessive
/// ("a 33-year-old actress's agent Jo Doe" is the actress's agent).
fn name_after_group(c: &Ctx, words: &PersonAgeWords, from: usize) -> Option<usize> {
    let (tokens, lower) = (&c.read.tokens, &c.read.lower);
    let mut k = from;
    while k < from + 2 && tokens.get(k).is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase)) {
        let w = lower[k].as_ref();
        if words.function_words.has(w)
            || words.blockers.has(w)
            || words.followers.has(w)
            || w.ends_with("ed")
            || strip_possessive(w).1
        {
            return None;
        }
        k += 1;
    }
    (k < tokens.len()).then_some(k)
}

/// Ages in a clause about a person: hedged decades, birth dates,
/// birthdays, and "the 44-year-old" after a sentence naming one person.
#[allow(clippy::too_many_lines)] // one reader per clause form, in order
fn in_clauses(
    c: &Ctx,
    previous: Option<&Ctx>,
    words: &PersonAgeWords,
    people: &People,
    published: Option<Date>,
    order: NumericOrder,
    out: &mut Vec<AgeClaim>,
) {
    let (tokens, lower, sentence) = (&c.read.tokens[..], &c.read.lower[..], c.read.span);
    let subject = |start: usize| {
        subject_in_sentence(c, words, people, start).or_else(|| {
            opens_with_pronoun(c, words, start).then(|| previous.and_then(|p| only_person(p, words, people))).flatten()
        })
    };
    let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    if let Some((years, person, end)) = opening_age(c, previous, words, people) {
        out.push(AgeClaim {
            person,
            years,
            when: AgeWhen::Earlier,
            span: span(0, end),
            sentence,
            dated_sentence: None,
        });
    }
    let mut i = 0;
    while i < tokens.len() {
        let w = lower[i].as_ref();
        // "in her early thirties", "in his 40s".
        if w == "in"
            && let Some(a) = parse_age(tokens, i, &words.ages).filter(|a| a.value.lo < a.value.hi)
        {
            if let Some(person) = subject(i) {
                out.push(AgeClaim::published(person, a.value, span(i, a.end), sentence));
            }
            i = a.end;
            continue;
        }
        // "in his 60th year": an ordinal year of life, one more than the age.
        if w == "in"
            && let Some((years, end)) = year_of_life(words, tokens, lower, i)
        {
            // After a death word, whoever died: "Jo Doe died on 1 May, in
            // her 60th year"; "... after he died in January, in his 60th
            // year", he being the one person the sentence before names.
            let death = death_before(c, words, i, published, order);
            let dier = |v: usize| {
                let pronoun = v > 0 && words.pronouns.has(&lower[v - 1]);
                subject(v).or_else(|| pronoun.then(|| previous.and_then(|p| only_person(p, words, people))).flatten())
            };
            if let Some(person) = subject(i).or_else(|| death.as_ref().and_then(|d| dier(d.0))) {
                let when = death.map_or(AgeWhen::Published, |d| AgeWhen::AtDeath(d.1));
                out.push(AgeClaim { person, years, when, span: span(i, end), sentence, dated_sentence: None });
            }
            i = end;
            continue;
        }
        // "born in October 1972", "born on 4 May 1961", "born in Wexholm in 1970".
        if words.birth_words.has(w) {
            let mut j = i + 1;
            while j < tokens.len() && j <= i + 6 && !tokens[j].is(",") && !words.blockers.has(&lower[j]) {
                if let Some((range, end)) = birthday_date(c, words, j, published, order, Lean::Past, true) {
                    // "Born in 1961 (and raised in X), she / Jo Doe ...": the
                    // main clause's subject.
                    let opening = || {
                        (i == 0).then(|| {
                            let comma = (end..tokens.len().min(end + 12)).find(|&k| tokens[k].is(","))?;
                            let k = comma + 1;
                            if lower.get(k).is_some_and(|w| words.pronouns.has(w)) {
                                previous.and_then(|p| only_person(p, words, people))
                            } else if let Some(m) = c.mentions.iter().find(|m| m.token == k) {
                                person_of(m, people)
                            } else {
                                name_starting_at(words, tokens, k).map(|p| p.0)
                            }
                        })?
                    };
                    if let Some(person) = subject(i).or_else(opening) {
                        let years = Interval::point(0.0);
                        out.push(AgeClaim {
                            person,
                            years,
                            when: AgeWhen::Birthday(range),
                            span: span(i, end),
                            sentence,
                            dated_sentence: None,
                        });
                    }
                    break;
                }
                j += 1;
            }
            i += 1;
            continue;
        }
        // "turned 60 last month", "turns 60 in June", "turned 60".
        if let Some(look) = words.turn_verbs.value(w)
            && let Some((n, end)) = whole_years(words, tokens, i + 1)
        {
            let lean = if look < 0.0 { Lean::Past } else { Lean::Future };
            let when = match birthday_date(c, words, end, published, order, lean, false) {
                Some((range, e)) => Some((AgeWhen::Birthday(range), e)),
                // Undated: a birthday just past is today's age.
                None if look < 0.0 => Some((AgeWhen::Published, end)),
                None => None,
            };
            if let Some((when, e)) = when
                && let Some(person) = subject(i)
            {
                out.push(AgeClaim {
                    person,
                    years: Interval::point(n),
                    when,
                    span: span(i, e),
                    sentence,
                    dated_sentence: None,
                });
            }
            i = end;
            continue;
        }
        // "marked her 45th birthday last month": dated birthdays only.
        if let Some((n, end)) = ordinal(words, tokens, lower, i)
            && lower.get(end).is_some_and(|b| words.birthday_nouns.has(b))
            && i > 0
            && words.ages.is_possessive(&lower[i - 1])
            && (1.0..=115.0).contains(&n)
        {
            let planned = lower[i.saturating_sub(4)..i].iter().any(|m| words.modals.has(m));
            let lean = if planned { Lean::Future } else { Lean::Past };
            if let Some((range, e)) = birthday_date(c, words, end + 1, published, order, lean, false)
                && let Some(person) = subject((i - 1).saturating_sub(1))
            {
                // "celebrated her 70th birthday": the verb is the clause's.
                let start = (i - 1).saturating_sub(1);
                let when = AgeWhen::Birthday(range);
                out.push(AgeClaim {
                    person,
                    years: Interval::point(n),
                    when,
                    span: span(start, e),
                    sentence,
                    dated_sentence: None,
                });
            }
            i = end;
            continue;
        }
        // "The pensioner, 78, had refused": a definite noun phrase of one
        // or two lower-case words (not an institution: "the council,
        // 78,"), the age set off by commas: the one person the sentence
        // before named.
        if i == 0
            && w == "the"
            && let Some(comma) = (2..=3).find(|&k| tokens.get(k).is_some_and(|t| t.is(",")))
            && (1..comma).all(|k| {
                tokens[k].is_word()
                    && tokens[k].text.starts_with(char::is_lowercase)
                    && !words.function_words.has(&lower[k])
                    && !words.institutions.has(&lower[k])
            })
            && let Some((n, end)) = bare_age(words, tokens, comma + 1)
            && tokens.get(end).is_some_and(|t| t.is(","))
        {
            if let Some(person) = previous.and_then(|p| only_person(p, words, people)) {
                out.push(AgeClaim::published(person, Interval::point(n), span(0, end), sentence));
            }
            i = end;
            continue;
        }
        // "'…,' said the 43-year-old." and "'…,' the 43-year-old added.":
        // the speaker of a quote, the one person the sentence before named.
        // The quotation mark is asked first: an age is parsed only there.
        if w == "the"
            && let Some(verb_before) = after_quote(tokens, lower, words, i)
            && let Some(a) = parse_age(tokens, i + 1, &words.ages)
                .filter(|a| a.unit == AgeUnit::Year && tokens[a.end - 1].text.ends_with("-old"))
            && speaker_ends(tokens, lower, words, a.end, verb_before)
        {
            if let Some(person) = previous.and_then(|p| only_person(p, words, people)) {
                out.push(AgeClaim::published(person, a.value, span(i, a.end), sentence));
            }
            i = a.end;
            continue;
        }
        // "The 34-year-old was killed": the subject of its sentence, the
        // one person the sentence before named.
        if i == 0
            && w == "the"
            && let Some(a) = parse_age(tokens, 1, &words.ages)
                .filter(|a| a.unit == AgeUnit::Year && tokens[a.end - 1].text.ends_with("-old"))
            && let Some(role) = {
                // "The 58-year-old conductor, who ...": one role-head noun may
                // stand between.
                let follows = |k: usize| {
                    tokens.get(k).is_some_and(|n| {
                        let l = n.text.to_lowercase();
                        words.followers.has(&l)
                            || (n.is_word() && n.text.starts_with(char::is_lowercase) && l.ends_with("ed"))
                    })
                };
                if follows(a.end) {
                    Some(false)
                } else if lower.get(a.end).is_some_and(|w| words.role_heads.has(w) || words.person_nouns.has(w))
                    && follows(a.end + 1)
                {
                    Some(true)
                } else {
                    None
                }
            }
        {
            let subject_first = |p: &Ctx| !role || person_opens(p, words);
            if let Some(person) = previous.filter(|p| subject_first(p)).and_then(|p| only_person(p, words, people)) {
                out.push(AgeClaim::published(person, a.value, span(0, a.end), sentence));
            }
            i = a.end;
            continue;
        }
        i += 1;
    }
}

/// Whether "the" at `the` may open a quote's speaker, "the N-year-old":
/// after a closing quotation mark and a speech verb ("…,' said the
/// 43-year-old"; `Some(true)`), or right after the mark, the verb to come
/// ("…' the 43-year-old added"; `Some(false)`).
fn after_quote(tokens: &[Token], lower: &[LowerWord], words: &PersonAgeWords, the: usize) -> Option<bool> {
    let closing = |k: usize| tokens[k].text.chars().all(|c| matches!(c, '"' | '\u{201d}' | '\'' | '\u{2019}'));
    let quote_before = |k: usize| {
        (k.saturating_sub(2)..k).rev().any(&closing) && (k.saturating_sub(2)..k).all(|j| !tokens[j].is_word())
    };
    if the >= 2 && words.speech_verbs.has(&lower[the - 1]) && quote_before(the - 1) {
        Some(true)
    } else if the >= 1 && quote_before(the) {
        Some(false)
    } else {
        None
    }
}

/// Whether the speaker's age that ends at `end` closes the attribution:
/// not a possessive ("the 43-year-old's wife"), and followed by the
/// speech verb unless one came before it.
fn speaker_ends(tokens: &[Token], lower: &[LowerWord], words: &PersonAgeWords, end: usize, verb_before: bool) -> bool {
    if tokens.get(end).is_some_and(|t| t.text.starts_with(['\'', '\u{2019}'])) {
        return false;
    }
    verb_before || lower.get(end).is_some_and(|w| words.speech_verbs.has(w))
}

/// "Age: 44" on its own line under a "Name: Jo Doe" line of the same box.
fn in_fact_box(c: &Ctx, before: &[Ctx], words: &PersonAgeWords, out: &mut Vec<AgeClaim>) {
    let tokens = &c.read.tokens;
    for i in 0..tokens.len() {
        if !(words.box_labels.has(&c.read.lower[i])
            && line_starts_at(c, i)
            && tokens.get(i + 1).is_some_and(|t| t.is(":")))
        {
            continue;
        }
        let Some((n, end)) = whole_years(words, tokens, i + 2) else { continue };
        if !(end == tokens.len() || line_starts_at(c, end)) {
            continue;
        }
        // The nearest name line above, in this sentence or the few before.
        let name_line = |ctx: &Ctx, upto: usize| {
            (0..upto).rev().find_map(|q| {
                (words.name_labels.has(&ctx.read.lower[q])
                    && line_starts_at(ctx, q)
                    && ctx.read.tokens.get(q + 1).is_some_and(|t| t.is(":")))
                .then(|| name_starting_at(words, &ctx.read.tokens, q + 2).map(|p| p.0))
                .flatten()
            })
        };
        let person = name_line(c, i).or_else(|| before.iter().rev().find_map(|b| name_line(b, b.read.tokens.len())));
        if let Some(person) = person {
            let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
            out.push(AgeClaim {
                person,
                years: Interval::point(n),
                when: AgeWhen::Published,
                span,
                sentence: c.read.span,
                dated_sentence: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Article;

    /// (surname, first name, years, when, label) of each age in a body
    /// published on Monday 3 March 2025.
    fn ages(body: &str) -> Vec<(String, Option<String>, Interval, AgeWhen, String)> {
        let article =
            Article::from_text("a.txt", format!("Harbour Times\n\nStorm latest\n\nMonday 3 March 2025\n\n{body}\n"));
        let rules = crate::engine::shipped_rules();
        let segments = crate::segment::segment(&article.text, &article.meta, &rules.vocab);
        let claims = super::super::extract_with(&article, &segments, rules);
        claims
            .ages
            .into_iter()
            .map(|a| (a.person.surname, a.person.first, a.years, a.when, a.span.of(&article.text).to_string()))
            .collect()
    }

    fn day(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).expect("a real day")
    }

    #[test]
    fn beside_a_name() {
        let a = ages("Baker Ann Lowe, 51, said it was over.");
        assert_eq!((a[0].0.as_str(), a[0].1.as_deref(), a[0].2.lo), ("lowe", Some("ann"), 51.0));
        assert_eq!(a[0].4, "Ann Lowe, 51");
        assert_eq!(ages("Ann Lowe, now 52, said so.")[0].2.lo, 52.0);
        assert_eq!(ages("Ann Lowe, who is now fifty-two, said so.")[0].2.lo, 52.0);
        assert_eq!(ages("Ann Lowe (52) said so.")[0].4, "Ann Lowe (52)");
        assert_eq!(ages("Mrs Lowe, 51, said so.")[0].1, None);
        assert_eq!(ages("The 51-year-old Ann Lowe said so.")[0].0, "lowe");
        // A surname alone takes the article's full name.
        assert_eq!(ages("Baker Ann Lowe said so. Lowe, 51, runs the shop.")[0].1.as_deref(), Some("ann"));
        assert!(ages("In Wexholm, 51 people came. On 3 June, 40 left.").is_empty());
        assert!(ages("Ann Lowe said so, 51 times.").is_empty());
        assert!(ages("Ann Lowe, who is 51 points ahead, said so.").is_empty());
    }

    #[test]
    fn in_a_clause() {
        let a = ages("Ann Lowe, a baker in her mid-fifties, said so.");
        assert_eq!((a[0].2, a[0].4.as_str()), (Interval::new(53.0, 57.0), "in her mid-fifties"));
        let born = ages("Ann Lowe, who was born on 4 May 1961, said so.");
        assert_eq!(born[0].3, AgeWhen::Birthday(DateRange::day(day(1961, 5, 4))));
        let turned = ages("Ann Lowe turned 60 last week.");
        assert!(matches!(turned[0].3, AgeWhen::Birthday(r) if r.first == day(2025, 2, 24)));
        let undated = ages("Ann Lowe, who turned 60, said so.");
        assert_eq!((undated[0].2.lo, undated[0].3), (60.0, AgeWhen::Published));
        // Two ages of the same clause are not the subject's when another
        // person's possessive stands between.
        assert!(ages("Ann Lowe, whose son turned 30 last month, said so.").is_empty());
        assert!(ages("Ann Lowe said her mother was born in 1931.").is_empty());
        assert!(ages("Ann Lowe told police the man was in his forties.").is_empty());
        assert!(ages("Tom Bray runs the ferry. He told police she was in her forties.").is_empty());
        assert_eq!(ages("Ann Lowe has just turned 60.")[0].2.lo, 60.0);
        assert_eq!(ages("Ann Lowe, who celebrated her 60th birthday last week, said so.")[0].2.lo, 60.0);
        // A place of birth before the date.
        assert_eq!(ages("Ann Lowe was born in Wexholm in 1961.")[0].4, "born in Wexholm in 1961");
    }

    #[test]
    fn the_n_year_old_needs_one_person_before() {
        assert_eq!(ages("Police named him as Tom Bray. The 44-year-old was arrested.")[0].0, "bray");
        assert!(ages("Tom Bray met Ann Lowe. The 44-year-old was arrested.").is_empty());
        assert!(ages("Police named him as Tom Bray. The 44-year-old woman was arrested.").is_empty());
        assert!(ages("The 44-year-old was arrested.").is_empty());
        assert!(ages("He played for the Port Ellis Rovers. The 24-year-old was injured.").is_empty());
        assert!(ages("A Glen Arden climber fell. The 36-year-old was injured.").is_empty());
        // "He" opens a clause about the person named just before.
        assert_eq!(ages("Tom Bray runs the ferry. He turned 50 last month.")[0].2.lo, 50.0);
    }

    #[test]
    fn fact_box_and_death() {
        let a = ages("The crew came home.\n\nPROFILE\nName: Tom Bray\nRole: Skipper\nAge: 44\n");
        assert_eq!((a[0].0.as_str(), a[0].4.as_str()), ("bray", "Age: 44"));
        assert!(ages("The crew came home.\n\nAge: 44\n").is_empty());
        let dead = ages("Tom Bray, 44, who died on 1 March, was a skipper.");
        assert_eq!(dead[0].3, AgeWhen::AtDeath(Some(DateRange::day(day(2025, 3, 1)))));
        assert_eq!(ages("Police confirmed the death of Tom Bray, 44.")[0].3, AgeWhen::AtDeath(None));
        assert_eq!(ages("Tom Bray, 44, said his son died.")[0].3, AgeWhen::Published);
    }

    #[test]
    fn an_age_on_a_day_the_sentence_gives() {
        let then = ages("In June 2019 Tom Bray, then 38, bought the boat.");
        assert_eq!(
            (then[0].2.lo, then[0].3),
            (38.0, AgeWhen::On(DateRange { first: day(2019, 6, 1), last: day(2019, 6, 30) }))
        );
        let joined = ages("Tom Bray, who was 30 when he joined the crew in 2005, bought the boat.");
        assert!(matches!(joined[0].3, AgeWhen::On(r) if r.first == day(2005, 1, 1)), "{joined:?}");
        assert!(ages("Tom Bray, who was 30 when he joined the crew, bought the boat.").is_empty());
        let was = ages("Tom Bray, who was 38 in 2019, bought the boat.");
        assert!(matches!(was[0].3, AgeWhen::On(r) if r.first == day(2019, 1, 1)));
        // No day given: no age.
        assert!(ages("Tom Bray, then 38, bought the boat.").is_empty());
        assert!(ages("Tom Bray, who was 38 when he bought it, said so.").is_empty());
    }
}
