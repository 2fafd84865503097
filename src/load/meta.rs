//! An article's metadata: title, outlet and publication date, read from
//! its header or from a front-matter block.
//!
//! News headers come in many shapes (an outlet line, a section line, a
//! headline, a standfirst, a byline, a dateline), so this reads the first
//! lines loosely and only answers what it can see. No date is a valid
//! answer: a relative date in an undated article stays unresolved rather
//! than anchored to a guess.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::span::Span;

/// What the header (or front matter) of one article says about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    /// Where the headline is in the text, so the segmenter can mark it.
    pub title_span: Option<Span>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    /// Where the article proper starts: after a BOM and any front matter.
    pub body_start: usize,
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
        r"(?i)^\s*(sign up|subscribe|stay up to date|notifications|live updates?|live:|image caption|media caption|caption|video:|watch:|listen|photograph|share|advertisement|key points|published|updated|last updated|posted|read more|follow |by |credit:|getty|pa\b|reuters\b)",
    )
    .unwrap()
});

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+(\d{{4}})\b")).unwrap());
static MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")).unwrap());
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").unwrap());
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap());

/// Reads the metadata of one article's text.
pub fn read_meta(text: &str) -> Meta {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let (front, body_start) = front_matter(text, bom);
    let header = header_lines(text, body_start);

    let mut meta = Meta { body_start, ..Meta::default() };
    meta.published = header.iter().find_map(|&s| date_in_line(s.of(text)));
    let (outlet, title) = outlet_and_title(text, &header);
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

/// The non-blank lines before the article's prose starts, trimmed.
fn header_lines(text: &str, start: usize) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if span.is_empty() {
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
fn outlet_and_title(text: &str, header: &[Span]) -> (Option<String>, Option<Span>) {
    // Lines that can be neither: page furniture, datelines, long prose
    // (a line of prose ends the header for title purposes).
    let mut content = Vec::new();
    for &span in header {
        let line = span.of(text);
        if BOILERPLATE.is_match(line) || is_date_line(line) {
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
            if (2..=4).contains(&word_count(line)) && capitalised && is_date_line(after.of(text)) {
                outlet = Some(line.to_string());
            }
        }
    }
    (outlet, title)
}

/// A line whose job is to give a date (not prose that mentions one).
fn is_date_line(line: &str) -> bool {
    date_in_line(line).is_some() && word_count(line) <= 12
}

/// The first full date (day, month and year) written in a line.
pub fn date_in_line(line: &str) -> Option<Date> {
    if word_count(line) > 16 && !BOILERPLATE.is_match(line) {
        return None;
    }
    let mut found: Vec<(usize, Date)> = Vec::new();
    if let Some(c) = DAY_MONTH_YEAR.captures(line)
        && let Some(d) = make_date(&c[3], month_number(&c[2]), &c[1])
    {
        found.push((c.get(0).unwrap().start(), d));
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(line)
        && let Some(d) = make_date(&c[3], month_number(&c[1]), &c[2])
    {
        found.push((c.get(0).unwrap().start(), d));
    }
    if let Some(c) = NUMERIC_DATE.captures(line) {
        // Day first, the British and European order.
        if let Some(d) = make_date(&c[3], c[2].parse().ok(), &c[1]) {
            found.push((c.get(0).unwrap().start(), d));
        }
    }
    if let Some(c) = ISO_DATE.captures(line)
        && let Some(d) = make_date(&c[1], c[2].parse().ok(), &c[3])
    {
        found.push((c.get(0).unwrap().start(), d));
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, d)| d)
}

fn make_date(year: &str, month: Option<i8>, day: &str) -> Option<Date> {
    let year: i16 = year.parse().ok()?;
    let day: i8 = day.parse().ok()?;
    Date::new(year, month?, day).ok()
}

/// 1 to 12 for a month name or its abbreviation.
pub fn month_number(name: &str) -> Option<i8> {
    const PREFIXES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = name.to_ascii_lowercase();
    PREFIXES.iter().position(|p| lower.starts_with(p)).map(|i| i as i8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        date_in_line(s).map(|d| d.to_string())
    }

    #[test]
    fn date_styles() {
        assert_eq!(date("Thursday 23 November 2017 21:40 GMT").as_deref(), Some("2017-11-23"));
        assert_eq!(date("Published: 02nd August 2016 08:21 AM  |  Last Updated").as_deref(), Some("2016-08-02"));
        assert_eq!(date("Friday, June 14, 2019").as_deref(), Some("2019-06-14"));
        assert_eq!(date("Wed 15 Mar 2023 06.00 GMT").as_deref(), Some("2023-03-15"));
        assert_eq!(date("Published 11/11/2022 at 12:14").as_deref(), Some("2022-11-11"));
        assert_eq!(date("2021-05-03").as_deref(), Some("2021-05-03"));
        assert_eq!(date("31 February 2020"), None);
        // A wire dateline without a year is not a full date: no guess.
        assert_eq!(date("PORTVILLE, May 3 (XYZ) -"), None);
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
