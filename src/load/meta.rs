//! An article's metadata: title, outlet and publication date, read from
//! its header or from a front-matter block.
//!
//! News headers come in many shapes (an outlet line, a section line, a
//! headline, a standfirst, a byline, a dateline), so this reads the first
//! lines loosely and only answers what it can see. No date is a valid
//! answer: a relative date in an undated article stays unresolved rather
//! than anchored to a guess.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Deserialize;

use crate::span::Span;

/// What the header (or front matter) of one article says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    /// Where the headline is in the text, so the segmenter can mark it.
    pub title_span: Option<Span>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    /// How the publication date was read when that was a choice: the
    /// order of an all-number date's fields, or a year taken from the
    /// article for a dateline that gives none.
    pub published_how: Option<DateReading>,
    /// A header's all-number date that nothing in the article decides
    /// ("04/09/2007" with no other evidence): its day-first and its
    /// month-first reading. `published` stays empty; the engine, which
    /// knows the rules, settles it with `[dates] order` when one is set
    /// ([`Meta::settle_order`]).
    pub published_choices: Option<(Date, Date)>,
    /// A wire dateline's month and day when neither it nor the article
    /// gives the year ("LONDON, Nov. 14 (Reuters) -", no full date in the
    /// text). `published` stays empty; the engine, which knows the
    /// article's story, settles the year from the dates of the story's
    /// other reports ([`Meta::settle_year`]).
    pub dateline_day: Option<(i8, i8)>,
    /// Where the article proper starts: after a BOM and any front matter.
    pub body_start: usize,
}

/// How a publication date was read when the header alone did not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateReading {
    /// 04/09/2007 read month first, by evidence (a US time zone, a
    /// month-first date elsewhere in the article).
    MonthFirst,
    /// 04/09/2007 read day first, by evidence.
    DayFirst,
    /// A dateline without a year ("PORTVILLE, May 3"): the year is the
    /// one a full date in the article gives.
    YearInferred,
    /// A dateline without a year, and none in the article: the year
    /// that puts it nearest the dates of the other reports of its story.
    YearFromStory,
    /// 04/09/2007 read month first because the rules' `[dates] order`
    /// says so and nothing in the article did.
    RulesMonthFirst,
    /// 04/09/2007 read day first by the rules' `[dates] order`.
    RulesDayFirst,
    /// 04/09/2007 read month first because that reading lies near the
    /// dates of the other reports of its story and the other does not.
    MonthFirstFromStory,
    /// 04/09/2007 read day first by its story's dates.
    DayFirstFromStory,
}

impl DateReading {
    pub fn name(self) -> &'static str {
        match self {
            DateReading::MonthFirst => "month-first",
            DateReading::DayFirst => "day-first",
            DateReading::YearInferred => "year-inferred",
            DateReading::YearFromStory => "year-from-story",
            DateReading::RulesMonthFirst => "month-first-by-rules",
            DateReading::RulesDayFirst => "day-first-by-rules",
            DateReading::MonthFirstFromStory => "month-first-from-story",
            DateReading::DayFirstFromStory => "day-first-from-story",
        }
    }
}

impl Meta {
    /// Settles an undecided all-number publication date by the order the
    /// rules give (`month_first` or not): the article's own evidence, read
    /// at load, always comes first.
    pub fn settle_order(&mut self, month_first: bool) {
        if self.published.is_some() {
            return;
        }
        if let Some((day_first, month_first_date)) = self.published_choices {
            (self.published, self.published_how) = if month_first {
                (Some(month_first_date), Some(DateReading::RulesMonthFirst))
            } else {
                (Some(day_first), Some(DateReading::RulesDayFirst))
            };
        }
    }
}

/// How far a yearless dateline may lie from the nearest dated report of
/// its story: a quarter of a year either way. Half a year would always
/// fit some year; a report months from every other one of its story says
/// nothing sure about its year.
const STORY_YEAR_DAYS: i64 = 92;

impl Meta {
    /// Settles a yearless dateline's year ([`Meta::dateline_day`]) from
    /// the publication dates of the other reports of its story: the year
    /// that puts the day nearest one of them, when that is within half a
    /// year. Reports of one event are filed within days of each other, so
    /// their dates say which year a bare "Nov. 14" is. Returns whether
    /// the date was settled.
    pub fn settle_year(&mut self, story_dates: &[Date]) -> bool {
        let (Some((month, day)), None) = (self.dateline_day, self.published) else { return false };
        let mut best: Option<(i64, Date)> = None;
        for d in story_dates {
            for year in [d.year() - 1, d.year(), d.year() + 1] {
                let Ok(candidate) = Date::new(year, month, day) else { continue };
                let gap = d.until((jiff::Unit::Day, candidate)).map_or(i64::MAX, |s| i64::from(s.get_days()).abs());
                // Ties go to the earlier date, so the answer does not
                // depend on the order of the story's dates.
                if gap <= STORY_YEAR_DAYS && best.is_none_or(|(g, b)| (gap, candidate) < (g, b)) {
                    best = Some((gap, candidate));
                }
            }
        }
        let Some((_, date)) = best else { return false };
        (self.published, self.published_how) = (Some(date), Some(DateReading::YearFromStory));
        true
    }
}

/// How near a reading of an undecided all-number date must lie to a
/// dated report of its story to be taken: two months, and the other
/// reading more than twice as far.
const STORY_ORDER_DAYS: i64 = 60;

impl Meta {
    /// Settles an all-number publication date nothing in the article and
    /// no rules file decided ([`Meta::published_choices`]) by the dates
    /// of the other reports of its story: the reading within two months
    /// of one of them when the other reading lies more than twice as far.
    /// Reports of one event are filed close together, so "05/01/2026" in
    /// a story of early January is the 5th of January. Never by what the
    /// claims would then say: that would hide the differences sought.
    /// Returns whether the date was settled.
    pub fn settle_order_from_story(&mut self, story_dates: &[Date]) -> bool {
        let (Some((day_first, month_first)), None) = (self.published_choices, self.published) else { return false };
        let gap = |c: Date| {
            story_dates
                .iter()
                .map(|d| d.until((jiff::Unit::Day, c)).map_or(i64::MAX, |s| i64::from(s.get_days()).abs()))
                .min()
                .unwrap_or(i64::MAX)
        };
        let (by_day, by_month) = (gap(day_first), gap(month_first));
        let (date, how, near, far) = if by_day <= by_month {
            (day_first, DateReading::DayFirstFromStory, by_day, by_month)
        } else {
            (month_first, DateReading::MonthFirstFromStory, by_month, by_day)
        };
        if near > STORY_ORDER_DAYS || far <= near.saturating_mul(2) {
            return false;
        }
        (self.published, self.published_how) = (Some(date), Some(how));
        true
    }
}

/// Lines a header may hold before the article's prose starts.
const MAX_HEADER_LINES: usize = 14;
/// A line with this many words that ends with a full stop is body prose.
const PROSE_STOP_MIN_WORDS: usize = 6;
/// A line with this many words that ends with a quote mark is body prose.
const PROSE_MIN_WORDS: usize = 12;

static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    // Page furniture that surrounds headlines on news sites: never a title.
    Regex::new(
        r"(?i)^\s*(sign up|subscribe|stay up to date|notifications|live updates?|live:|image caption|media caption|caption|video:|watch:|listen|photograph|share|advertisement|key points|published|updated|last updated|posted|read more|follow |by |credit:|getty|pa(?-u:\b)|reuters(?-u:\b))",
    )
    .unwrap()
});

/// Month names and abbreviations with their numbers, and the dateline
/// patterns built from them. The names are data: the `month-names` list
/// of rules/words/dates.toml ([`MonthNames::shipped`]), or any table a
/// caller that holds a vocabulary passes to [`read_meta_with`]. (This
/// layer sits below the vocabulary, so it takes the names as a table.)
#[derive(Debug, Clone)]
pub struct MonthNames {
    numbers: HashMap<String, i8>,
    day_month_year: Regex,
    month_day_year: Regex,
    /// "May 3" with no year, after a wire dateline's place.
    month_day: Regex,
}

/// The part of a vocabulary file this layer reads: lists with values.
#[derive(Deserialize)]
struct WordsFile {
    list: Vec<WordsList>,
}

#[derive(Deserialize)]
struct WordsList {
    name: String,
    #[serde(default)]
    values: BTreeMap<String, f64>,
}

static SHIPPED_MONTHS: LazyLock<MonthNames> = LazyLock::new(|| {
    let file: WordsFile =
        toml::from_str(include_str!("../../rules/words/dates.toml")).expect("rules/words/dates.toml parses");
    let list = file.list.into_iter().find(|l| l.name == "month-names").expect("month-names is declared");
    MonthNames::new(list.values.iter().map(|(name, n)| (name.as_str(), *n as i8)))
});

impl MonthNames {
    /// A table of (name, month number) pairs: "january" 1, "jan" 1.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, i8)>) -> MonthNames {
        let numbers: HashMap<String, i8> = names.into_iter().map(|(n, m)| (n.to_lowercase(), m)).collect();
        // Longest first, so "september" is tried before "sep".
        let mut alternatives: Vec<&str> = numbers.keys().map(String::as_str).collect();
        alternatives.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let month = format!("({})", alternatives.iter().map(|a| regex::escape(a)).collect::<Vec<_>>().join("|"));
        let regex = |pattern: String| Regex::new(&pattern).expect("a dateline pattern built from escaped names");
        MonthNames {
            day_month_year: regex(format!(
                r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\.?,?\s+(\d{{4}})(?-u:\b)"
            )),
            month_day_year: regex(format!(
                r"(?i)(?-u:\b){month}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)"
            )),
            // Up to two segments between the place and the day: a country
            // or state and a weekday ("DUNMORE, Westmark, Friday, Nov. 14").
            month_day: regex(format!(
                r"(?i)^[A-Z][A-Za-z .'-]*(?:,\s*[A-Za-z .'-]+){{0,2}},\s+(?:{month}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\.?)(?-u:\b)\s*[(–—-]"
            )),
            numbers,
        }
    }

    /// The month names shipped in rules/words/dates.toml.
    pub fn shipped() -> &'static MonthNames {
        &SHIPPED_MONTHS
    }

    /// 1 to 12 for a month name or its abbreviation, in any case.
    pub fn number(&self, name: &str) -> Option<i8> {
        self.numbers.get(&name.to_lowercase()).copied()
    }
}
// Every `\b` in this file is `(?-u:\b)`, an ASCII word boundary: with it
// the regex crate runs its DFA over text holding curly quotes, where a
// Unicode `\b` falls back to a backtracker at the first non-ASCII byte (a
// third of `factlint stories` time went there). The names and figures
// these patterns bound are ASCII.
static NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?-u:\b)").unwrap());
/// "23.10.2025", "23.10.25": dotted dates are written day first. Three
/// groups, so a clock ("16.20") is never one.
static DOTTED_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?-u:\b)").unwrap());
/// "2024-11-07", "2024-11-07T14:05Z".
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:T|(?-u:\b))").unwrap());
/// Time zones only US datelines use.
static US_ZONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:[ECMP][SD]T|ET|PT|CT|MT|AKST|AKDT|HST)(?-u:\b)").unwrap());
/// A clock time written the 12-hour way with a colon ("6:04 PM", "8:33
/// am"): American style, where British copy writes "18:04" or "8.33am".
static TWELVE_HOUR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AP]M|[ap]\.?m\.?)(?:\W|$)").unwrap());
/// A clock time: a line holding one is page furniture, not a sentence.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)").unwrap());
/// Words that make a line a publication stamp wherever they stand.
static STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:posted|published|updated|filed)(?-u:\b)").unwrap());
/// A wire dateline opening a paragraph: "CITY, 3 October 2024, 11:20 (AGENCY) –".
static DATELINE_START: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[A-Z][A-Z .'-]{2,}[,(]").unwrap());

/// Reads the metadata of one article's text, with the shipped month names.
pub fn read_meta(text: &str) -> Meta {
    read_meta_with(text, MonthNames::shipped())
}

/// Reads the metadata of one article's text; `months` are the month names
/// its datelines may use.
pub fn read_meta_with(text: &str, months: &MonthNames) -> Meta {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let (front, body_start) = front_matter(text, bom);
    let header = header_lines(text, body_start);

    let mut meta = Meta { body_start, ..Meta::default() };
    let found = publication_date(text, &header, months);
    (meta.published, meta.published_how, meta.published_choices) = (found.date, found.how, found.choices);
    meta.dateline_day = found.dateline_day;
    let (outlet, title) = outlet_and_title(text, &header, months);
    meta.outlet = outlet;
    meta.title_span = title;
    meta.title = title.map(|s| s.of(text).to_string());

    // Front matter is what a newsroom supplies on purpose: it wins.
    if let Some(front) = front {
        if front.title.is_some() {
            meta.title = front.title;
        }
        if front.outlet.is_some() {
            meta.outlet = front.outlet;
        }
        if front.published.is_some() {
            meta.published = front.published;
        }
    }
    meta
}

#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<Date>,
}

/// A `---` block at the very top holding `key: value` lines.
fn front_matter(text: &str, start: usize) -> (Option<FrontMatter>, usize) {
    let rest = &text[start..];
    let Some(after_open) = rest.strip_prefix("---\n").or_else(|| rest.strip_prefix("---\r\n")) else {
        return (None, start);
    };
    let mut offset = start + (rest.len() - after_open.len());
    let mut fm = FrontMatter::default();
    for line in after_open.split_inclusive('\n') {
        offset += line.len();
        let content = line.trim_end_matches(['\r', '\n']);
        if content.trim() == "---" {
            return (Some(fm), offset);
        }
        if let Some((key, value)) = content.split_once(':') {
            let value = value.trim().trim_matches(['"', '\'']).to_string();
            match key.trim().to_ascii_lowercase().as_str() {
                "title" if !value.is_empty() => fm.title = Some(value),
                "outlet" if !value.is_empty() => fm.outlet = Some(value),
                "published" | "date" => fm.published = value.parse::<Date>().ok(),
                _ => {}
            }
        }
    }
    // No closing line: not front matter after all.
    (None, start)
}

/// The non-blank lines before the article's prose starts, trimmed. A
/// line that is one HTML comment (a `<!-- factlint-disable -->`
/// directive, an editor's note) is markup, never a title or an outlet.
fn header_lines(text: &str, start: usize) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        let words = span.of(text);
        if span.is_empty() || (words.starts_with("<!--") && words.ends_with("-->")) {
            continue;
        }
        if lines.len() >= MAX_HEADER_LINES {
            break;
        }
        lines.push(span);
    }
    lines
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Body prose, as opposed to a header line. Headlines rarely end with a
/// full stop, but often with a closing quote, so a quote needs more words.
fn is_prose(line: &str) -> bool {
    let words = word_count(line);
    let ends_with_stop = line.ends_with(['.', '!', '?']);
    let ends_with_quote = line.ends_with(['"', '”', '’', '\'']);
    (ends_with_stop && words >= PROSE_STOP_MIN_WORDS) || (ends_with_quote && words >= PROSE_MIN_WORDS)
}

/// Finds the outlet line and the headline among the header lines.
fn outlet_and_title(text: &str, header: &[Span], months: &MonthNames) -> (Option<String>, Option<Span>) {
    // Lines that can be neither: page furniture, datelines, long prose
    // (a line of prose ends the header for title purposes).
    let mut content = Vec::new();
    for &span in header {
        let line = span.of(text);
        if BOILERPLATE.is_match(line) || is_date_line(line, months) {
            continue;
        }
        if is_prose(line) {
            break;
        }
        content.push(span);
    }
    let mut outlet = None;
    let mut rest = &content[..];
    if let Some((&first, after)) = content.split_first() {
        let line = first.of(text);
        let name = line.split(['|', '•']).next().unwrap_or(line).trim();
        let looks_like_name = word_count(name) <= 5
            && name.len() <= 40
            && !name.ends_with(['.', '!', '?', ':', ','])
            && !name.contains(':');
        let headline_follows = after.iter().any(|s| word_count(s.of(text)) > word_count(name));
        if looks_like_name && headline_follows {
            outlet = Some(name.to_string());
            rest = after;
        }
    }
    // Section labels ("Health", "News > Crime") are short; a headline has
    // at least a few words.
    let headline_like = |min_words: usize| {
        rest.iter().copied().find(|s| {
            let line = s.of(text);
            word_count(line) >= min_words && !line.contains('>')
        })
    };
    let title = headline_like(4).or_else(|| headline_like(2));
    // Wire copy and live pages put the outlet between headline and date:
    // a short line of capitalised words right after the headline, followed
    // by the dateline.
    if outlet.is_none()
        && let Some(t) = title
    {
        let at = header.iter().position(|&s| s == t).unwrap_or(header.len());
        if let [next, after, ..] = &header[(at + 1).min(header.len())..] {
            let line = next.of(text);
            let capitalised = line.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
            if (2..=4).contains(&word_count(line)) && capitalised && is_date_line(after.of(text), months) {
                outlet = Some(line.to_string());
            }
        }
    }
    (outlet, title)
}

/// A line whose job is to give a date (not prose that mentions one).
fn is_date_line(line: &str, months: &MonthNames) -> bool {
    date_in_line(line, months).is_some() && word_count(line) <= 12
}

/// A publication date as a header line gives it.
#[derive(Default)]
struct Found {
    date: Option<Date>,
    how: Option<DateReading>,
    /// Both readings of an all-number date nothing decided.
    choices: Option<(Date, Date)>,
    /// A yearless dateline's month and day, when nothing gave the year.
    dateline_day: Option<(i8, i8)>,
}

/// The publication date: from a header line whose job is to give a date,
/// or from a wire dateline opening the first paragraph; never from a
/// sentence of the body (a birth date, an anniversary, a release date).
fn publication_date(text: &str, header: &[Span], months: &MonthNames) -> Found {
    // Read only when a line's all-number date needs it: it scans the
    // whole text with the month patterns.
    let evidence = LazyLock::new(|| order_evidence(text, months));
    let evidence = || *evidence;
    for &span in header {
        let line = span.of(text);
        if DATELINE_START.is_match(line) {
            // "CITY, 3 October 2024, 11:20 (AGENCY) –": the dateline is the
            // paragraph's opening words only.
            let head = dateline_head(line);
            if let Some(found) = dated_line(head, months, &evidence) {
                return found;
            }
            if let Some(c) = months.month_day.captures(head)
                && let Some((m, d)) = month_and_day(&c, months)
            {
                let date = infer_year(text, months, m, d);
                let dateline_day = if date.is_none() { Some((m, d)) } else { None };
                return Found { date, how: date.map(|_| DateReading::YearInferred), choices: None, dateline_day };
            }
        }
        if is_sentence(line) {
            continue;
        }
        if let Some(found) = dated_line(line, months, &evidence) {
            return found;
        }
    }
    Found::default()
}

/// The month and day of a yearless dateline, written either way round
/// ("Nov. 14", "14 November").
fn month_and_day(c: &regex::Captures, months: &MonthNames) -> Option<(i8, i8)> {
    let (month, day) = match (c.get(1), c.get(2)) {
        (Some(m), Some(d)) => (m, d),
        _ => (c.get(4)?, c.get(3)?),
    };
    Some((months.number(month.as_str())?, day.as_str().parse().ok()?))
}

/// A dateline's opening words: up to its dash, or its first 12 words.
fn dateline_head(line: &str) -> &str {
    let dash = [" – ", " — ", " - ", " -- "].iter().filter_map(|d| line.find(d)).min();
    let words = line.match_indices(' ').nth(11).map_or(line.len(), |(i, _)| i);
    &line[..dash.unwrap_or(words).min(words)]
}

/// Body prose: a sentence ending with a stop or a quote, not a line of
/// page furniture ("Published: ...", "Updated ...").
fn is_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”'])
        && word_count(line) >= 5
        && !BOILERPLATE.is_match(line)
        && !STAMP.is_match(line)
        && !CLOCK.is_match(line)
}

/// A date in a header line, and how it was read if that was a choice.
fn dated_line(line: &str, months: &MonthNames, evidence: &dyn Fn() -> Option<DateReading>) -> Option<Found> {
    // A US time zone beside an all-number date says month first; the
    // article's own dates come next; a 12-hour clock last.
    let order = || {
        let us_style = US_ZONE.is_match(line) || (evidence().is_none() && TWELVE_HOUR.is_match(line));
        if us_style { Some(DateReading::MonthFirst) } else { evidence() }
    };
    match read_line_date(line, months, &order)? {
        LineDate::Plain(d) => Some(Found { date: Some(d), ..Found::default() }),
        LineDate::Ordered(d, how) => Some(Found { date: Some(d), how: Some(how), ..Found::default() }),
        // An all-number date nothing decides: no date rather than a guess.
        LineDate::Undecided(d, m) => Some(Found { choices: Some((d, m)), ..Found::default() }),
    }
}

enum LineDate {
    Plain(Date),
    Ordered(Date, DateReading),
    /// Both orders read it: (day first, month first).
    Undecided(Date, Date),
}

/// Which order the article writes dates in: all-number dates that only
/// one order makes valid, then dates with the month named.
fn order_evidence(text: &str, months: &MonthNames) -> Option<DateReading> {
    let (mut day_first, mut month_first) = (0, 0);
    for c in NUMERIC_DATE.captures_iter(text) {
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if a > 12 && b <= 12 {
            day_first += 1;
        } else if b > 12 && a <= 12 {
            month_first += 1;
        }
    }
    if day_first != month_first {
        return Some(if day_first > month_first { DateReading::DayFirst } else { DateReading::MonthFirst });
    }
    let day_named = months.day_month_year.find_iter(text).count();
    let month_named = months.month_day_year.find_iter(text).count();
    match day_named.cmp(&month_named) {
        std::cmp::Ordering::Greater => Some(DateReading::DayFirst),
        std::cmp::Ordering::Less => Some(DateReading::MonthFirst),
        std::cmp::Ordering::Equal => None,
    }
}

/// The year of a dateline that gives none ("May 3"): the first one on or
/// after a full date the article gives, within a year of it.
fn infer_year(text: &str, months: &MonthNames, month: i8, day: i8) -> Option<Date> {
    let mut full: Vec<Date> = Vec::new();
    for c in months.day_month_year.captures_iter(text) {
        full.extend(make_date(&c[3], months.number(&c[2]), &c[1]));
    }
    for c in months.month_day_year.captures_iter(text) {
        full.extend(make_date(&c[3], months.number(&c[1]), &c[2]));
    }
    let mut best: Option<(i64, Date)> = None;
    for f in full {
        let candidate = Date::new(f.year(), month, day)
            .ok()
            .filter(|c| *c >= f)
            .or_else(|| Date::new(f.year() + 1, month, day).ok());
        let Some(c) = candidate else { continue };
        let gap = f.until((jiff::Unit::Day, c)).map_or(i64::MAX, |s| i64::from(s.get_days()));
        if (0..=366).contains(&gap) && best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, c));
        }
    }
    best.map(|(_, d)| d)
}

/// The first full date (day, month and year) written in a line. An
/// all-number date that both orders read is taken day first, the British
/// and European order; [`publication_date`] decides by evidence instead.
pub fn date_in_line(line: &str, months: &MonthNames) -> Option<Date> {
    if word_count(line) > 16 && !BOILERPLATE.is_match(line) {
        return None;
    }
    match read_line_date(line, months, &|| Some(DateReading::DayFirst))? {
        LineDate::Plain(d) | LineDate::Ordered(d, _) => Some(d),
        LineDate::Undecided(..) => None,
    }
}

/// `order` is asked only for an all-number date both orders read.
fn read_line_date(line: &str, months: &MonthNames, order: &dyn Fn() -> Option<DateReading>) -> Option<LineDate> {
    // Every form below holds a year in ASCII digits (its fields are
    // parsed as such): a line without one, most of an article's first
    // lines, is refused before five regexes search it.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if word_count(line) > 16 && !BOILERPLATE.is_match(line) {
        return None;
    }
    let mut found: Vec<(usize, LineDate)> = Vec::new();
    if let Some(c) = months.day_month_year.captures(line)
        && let Some(d) = make_date(&c[3], months.number(&c[2]), &c[1])
    {
        found.push((c.get(0).unwrap().start(), LineDate::Plain(d)));
    }
    if let Some(c) = months.month_day_year.captures(line)
        && let Some(d) = make_date(&c[3], months.number(&c[1]), &c[2])
    {
        found.push((c.get(0).unwrap().start(), LineDate::Plain(d)));
    }
    if let Some(c) = NUMERIC_DATE.captures(line) {
        let year = full_year(&c[3]);
        let (a, b) = (&c[1], &c[2]);
        let day_first = make_date(&year, b.parse().ok(), a);
        let month_first = make_date(&year, a.parse().ok(), b);
        let read = match (day_first, month_first) {
            (Some(d), Some(m)) if d == m => Some(LineDate::Plain(d)),
            (Some(d), Some(m)) => Some(match order() {
                Some(DateReading::DayFirst) => LineDate::Ordered(d, DateReading::DayFirst),
                Some(DateReading::MonthFirst) => LineDate::Ordered(m, DateReading::MonthFirst),
                _ => LineDate::Undecided(d, m),
            }),
            (Some(d), None) | (None, Some(d)) => Some(LineDate::Plain(d)),
            (None, None) => None,
        };
        if let Some(r) = read {
            found.push((c.get(0).unwrap().start(), r));
        }
    }
    if let Some(c) = DOTTED_DATE.captures(line)
        && let Some(d) = make_date(&full_year(&c[3]), c[2].parse().ok(), &c[1])
    {
        found.push((c.get(0).unwrap().start(), LineDate::Plain(d)));
    }
    if let Some(c) = ISO_DATE.captures(line)
        && let Some(d) = make_date(&c[1], c[2].parse().ok(), &c[3])
    {
        found.push((c.get(0).unwrap().start(), LineDate::Plain(d)));
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

/// A four-digit year from two digits: "08" is 2008, "97" is 1997.
fn full_year(y: &str) -> String {
    match (y.len(), y.parse::<u16>()) {
        (2, Ok(n)) if n < 50 => format!("{}", 2000 + n),
        (2, Ok(n)) => format!("{}", 1900 + n),
        _ => y.to_string(),
    }
}

fn make_date(year: &str, month: Option<i8>, day: &str) -> Option<Date> {
    let year: i16 = year.parse().ok()?;
    let day: i8 = day.parse().ok()?;
    Date::new(year, month?, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        date_in_line(s, MonthNames::shipped()).map(|d| d.to_string())
    }

    #[test]
    fn date_styles() {
        assert_eq!(date("Tuesday 14 October 2014 09:15 GMT").as_deref(), Some("2014-10-14"));
        assert_eq!(date("Published: 03rd September 2012 07:05 AM  |  Last Updated").as_deref(), Some("2012-09-03"));
        assert_eq!(date("Saturday, July 19, 2008").as_deref(), Some("2008-07-19"));
        assert_eq!(date("Mon 9 Feb 2009 11.30 GMT").as_deref(), Some("2009-02-09"));
        assert_eq!(date("Posted Sept. 4, 2010").as_deref(), Some("2010-09-04"));
        assert_eq!(date("Published 05/10/2011 at 16:40").as_deref(), Some("2011-10-05"));
        assert_eq!(date("2013-04-08").as_deref(), Some("2013-04-08"));
        assert_eq!(date("23.10.2019 | 08:10").as_deref(), Some("2019-10-23"));
        assert_eq!(date("07.03.24 | 16:20").as_deref(), Some("2024-03-07"));
        assert_eq!(date("Updated 16.20 GMT"), None);
        assert_eq!(date("2013-04-08T16:42Z").as_deref(), Some("2013-04-08"));
        assert_eq!(date("30 February 2011"), None);
        // A wire dateline without a year is not a full date: no guess.
        assert_eq!(date("LAKEMOOR, Jun 6 (ABC) -"), None);
    }

    /// The month and day a yearless dateline leaves for the story.
    fn dateline_day(first_line: &str) -> Option<(i8, i8)> {
        read_meta(&format!("Ferry sold\n\n{first_line} A ferry operator agreed to sell its fleet on Friday.\n"))
            .dateline_day
    }

    #[test]
    fn yearless_datelines_in_each_order_and_with_a_weekday() {
        assert_eq!(dateline_day("ORLBY, Nov. 14 (Tidewire) -"), Some((11, 14)));
        assert_eq!(dateline_day("ORLBY, 14 November (Tidewire) -"), Some((11, 14)));
        assert_eq!(dateline_day("ORLBY, Westmark, Friday, Nov 14 (Tidewire) -"), Some((11, 14)));
        assert_eq!(dateline_day("ORLBY, Sept. 3rd (Tidewire) —"), Some((9, 3)));
        // A full date gives the publication date; no day is left over.
        assert_eq!(dateline_day("ORLBY, Nov. 14, 2025 (Tidewire) -"), None);
        assert_eq!(dateline_day("ORLBY (Tidewire) -"), None);
    }

    #[test]
    fn a_yearless_dateline_takes_the_year_nearest_its_story() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let settled = |day: (i8, i8), story: &[&str]| {
            let mut m = Meta { dateline_day: Some(day), ..Meta::default() };
            let dates: Vec<Date> = story.iter().map(|s| d(s)).collect();
            m.settle_year(&dates).then(|| (m.published.unwrap().to_string(), m.published_how.unwrap().name()))
        };
        assert_eq!(settled((11, 14), &["2025-11-13", "2026-02-10"]), Some(("2025-11-14".into(), "year-from-story")));
        // Across the new year, either way.
        assert_eq!(settled((1, 2), &["2024-12-30"]).map(|s| s.0), Some("2025-01-02".into()));
        assert_eq!(settled((12, 30), &["2025-01-03"]).map(|s| s.0), Some("2024-12-30".into()));
        // Nothing near: no guess.
        assert_eq!(settled((6, 15), &["2025-01-01"]), None);
        assert_eq!(settled((6, 15), &[]), None);
        // An article already dated keeps its date.
        let mut dated = Meta { dateline_day: Some((1, 1)), published: Some(d("2020-05-05")), ..Meta::default() };
        assert!(!dated.settle_year(&[d("2021-01-01")]));
    }

    #[test]
    fn month_names_come_from_the_table_given() {
        let mut names: Vec<(String, i8)> = MonthNames::shipped().numbers.iter().map(|(n, m)| (n.clone(), *m)).collect();
        assert_eq!(names.len(), 24);
        names.push(("janv".to_string(), 1));
        let months = MonthNames::new(names.iter().map(|(n, m)| (n.as_str(), *m)));
        assert_eq!(date_in_line("12 janv. 2015", &months).map(|d| d.to_string()).as_deref(), Some("2015-01-12"));
        assert_eq!(date_in_line("12 janv. 2015", MonthNames::shipped()), None);
    }

    #[test]
    fn header_with_outlet_section_and_byline() {
        let text = "THE WEEKLY ORBIT\n\nScience\n\nProbe lands on distant comet after ten-year trip\n\nBy Ann Example\nMonday 2 March 2020\n\nA probe has landed on a comet, the agency in charge of the mission said on Monday evening.\n";
        let m = read_meta(text);
        assert_eq!(m.outlet.as_deref(), Some("THE WEEKLY ORBIT"));
        assert_eq!(m.title.as_deref(), Some("Probe lands on distant comet after ten-year trip"));
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2020-03-02"));
    }

    #[test]
    fn a_comment_line_is_never_the_title_or_the_outlet() {
        let plain = "THE WEEKLY ORBIT\n\nProbe lands on distant comet after ten-year trip\n\nMonday 2 March 2020\n\nA probe has landed on a comet, the agency in charge of the mission said on Monday evening.\n";
        for marked in [
            format!("<!-- factlint-disable figure-mismatch -->\n{plain}"),
            format!("<!-- factlint-disable-next-line quote-drift -->\n\n{plain}"),
        ] {
            let (a, b) = (read_meta(plain), read_meta(&marked));
            assert_eq!((a.outlet, a.title, a.published), (b.outlet, b.title, b.published), "{marked}");
        }
    }

    #[test]
    fn front_matter_overrides_the_header() {
        let text = "---\r\ntitle: Given title\r\noutlet: Given Outlet\r\npublished: 2024-02-29\r\n---\r\nHeadline in the text itself\r\n\r\nBody text follows here.\r\n";
        let m = read_meta(text);
        assert_eq!(m.title.as_deref(), Some("Given title"));
        assert_eq!(m.outlet.as_deref(), Some("Given Outlet"));
        assert_eq!(m.published.map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
        assert_eq!(&text[m.body_start..m.body_start + 8], "Headline");
    }

    #[test]
    fn undated_article_has_no_date() {
        let m = read_meta(
            "A plain headline about something\n\nThe body says that nothing in particular happened on any given day at all.\n",
        );
        assert_eq!(m.published, None);
        assert_eq!(m.title.as_deref(), Some("A plain headline about something"));
    }
}
