//! The human report, drawn the way rustc draws its diagnostics:
//!
//! ```text
//! error[figure-mismatch]: open inquiries: around 450 vs nearly 300
//!   --> a.txt:7:40
//!    = Ferry inquiry widens (Harbour Times, 2025-03-03)
//!    |
//!  7 | Officials said inspectors were running around 450 open inquiries into the operator.
//!    |                                        ^^^^^^^^^^ around 450
//!    |
//!   ::: b.txt:7:24
//!    = Ferry inquiry latest news (Coast Wire, 2025-03-04)
//!    |
//!  7 | Inspectors are running nearly 300 open inquiries into the operator, the regulator said.
//!    |                        ^^^^^^^^^^ nearly 300
//!    |
//!    = help: read as [270, 300] and [405, 495]: no reading of the hedges lets them meet
//! ```
//!
//! One block per finding, every article it points into inside it; the
//! location line is `path:line:col` (what terminals and editors make
//! clickable); a line wider than the terminal is cut around the words with
//! "…" so the underline stays under them; a finding with thousands of
//! labels shows the first few per article and counts the rest (JSON and
//! SARIF keep them all). Only a bounded stretch of text around each label
//! is read, so a label deep in a 100 MB one-line file costs what one on
//! the first page does.

use std::fmt::Write;

use unicode_width::UnicodeWidthChar;

use super::{Report, UNUSED_IGNORE, UnusedIgnore, place};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::load::{Article, InputError};
use crate::span::Span;
use crate::stories::Story;

/// How to draw the report.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Columns of the terminal: snippet lines are cut to fit.
    pub width: usize,
}

impl Style {
    /// Stable output for files and snapshots: no colour, fixed width.
    pub fn plain() -> Self {
        Style { color: false, width: 100 }
    }
}

/// Labels drawn per article of one finding; the rest are counted.
pub const LABELS_PER_ARTICLE: usize = 5;
/// Articles drawn per finding; the rest are counted.
pub const ARTICLES_PER_FINDING: usize = 20;

/// The narrowest snippet text we cut to, whatever the terminal says.
const MIN_TEXT_WIDTH: usize = 30;

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on && !text.is_empty() { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }
    fn severity(&self, s: Severity, text: &str) -> String {
        let code = match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Advice => "1;36",
        };
        self.wrap(code, text)
    }
    fn gutter(&self, text: &str) -> String {
        self.wrap("1;34", text)
    }
    fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
}

/// Renders every input error, every finding and the summary line.
pub fn render(report: &Report, style: Style) -> String {
    let paint = Paint { on: style.color };
    let mut out = String::new();
    for error in &report.errors {
        render_input_error(&mut out, error, &paint);
    }
    for finding in &report.findings {
        render_finding(&mut out, report, finding, style, &paint);
    }
    for unused in &report.unused_ignores {
        render_unused_ignore(&mut out, unused, &paint);
    }
    out.push_str(&stories_brief(report));
    out.push_str(&report.summary_line());
    out.push('\n');
    out
}

/// An `[[ignore]]` that matched nothing points into its rules file, not an
/// article, so it is drawn without a source line.
fn render_unused_ignore(out: &mut String, unused: &UnusedIgnore, paint: &Paint) {
    let head = paint.severity(Severity::Advice, &format!("advice[{UNUSED_IGNORE}]"));
    let at = unused.line.map_or_else(|| unused.file.clone(), |l| format!("{}:{l}", unused.file));
    let _ = writeln!(out, "{head}{}", paint.bold(": this [[ignore]] matched no finding in this run"));
    let _ = writeln!(out, " {} {at}", paint.gutter("-->"));
    let _ = writeln!(out, "  {} remove it, or check what it names ({})", paint.gutter("= help:"), unused.names);
    out.push('\n');
}

/// How many stories a human report lists before it only counts them.
const STORIES_LISTED: usize = 10;

/// The stories of a run, briefly, for the end of a human report: nothing
/// for a run of one story; else a line each (its size and the names its
/// articles share), the largest first, at most [`STORIES_LISTED`].
fn stories_brief(report: &Report) -> String {
    let stories = &report.stories.stories;
    if stories.len() < 2 {
        return String::new();
    }
    let mut by_size: Vec<&Story> = stories.iter().collect();
    by_size.sort_by_key(|s| (std::cmp::Reverse(s.articles.len()), s.id));
    let mut out = format!("{} stories (claims are compared within a story):\n", stories.len());
    for s in by_size.iter().take(STORIES_LISTED) {
        out.push_str(&story_line(report, s, false));
    }
    if stories.len() > STORIES_LISTED {
        let _ = writeln!(out, "  … and {} more (`factlint stories` lists them all)", stories.len() - STORIES_LISTED);
    }
    out
}

/// One story: its id, how many articles, the names that define it; with
/// `files`, its articles on the lines below.
fn story_line(report: &Report, s: &Story, files: bool) -> String {
    let n = s.articles.len();
    let names = if s.names.is_empty() { String::new() } else { format!(": {}", s.names.join(", ")) };
    let mut out = format!("  story {} ({} article{}){names}\n", s.id.0, n, if n == 1 { "" } else { "s" });
    if files {
        for a in &s.articles {
            let _ = writeln!(out, "      {}", report.articles[a.0].file);
        }
    }
    out
}

/// Every story of a run with its articles (`factlint stories`), in the
/// order of their first article, then a count.
pub fn render_stories(report: &Report) -> String {
    let mut out = String::new();
    for error in &report.errors {
        let _ = writeln!(out, "factlint: cannot read {}: {}", error.file, error.message);
    }
    for s in &report.stories.stories {
        out.push_str(&story_line(report, s, true));
    }
    let _ = writeln!(
        out,
        "factlint: {} article{} in {} stor{}",
        report.articles.len(),
        if report.articles.len() == 1 { "" } else { "s" },
        report.stories.stories.len(),
        if report.stories.stories.len() == 1 { "y" } else { "ies" },
    );
    out
}

fn render_input_error(out: &mut String, e: &InputError, paint: &Paint) {
    let _ = writeln!(
        out,
        "{}{}\n",
        paint.severity(Severity::Error, "error[input]"),
        paint.bold(&format!(": {}: not checked: {}", e.file, e.message))
    );
}

/// The labels of a finding grouped by article, in order of first appearance.
fn by_article(finding: &Finding) -> Vec<(ArticleId, Vec<&Label>)> {
    let mut groups: Vec<(ArticleId, Vec<&Label>)> = Vec::new();
    for label in &finding.labels {
        match groups.iter_mut().find(|(id, _)| *id == label.article) {
            Some((_, labels)) => labels.push(label),
            None => groups.push((label.article, vec![label])),
        }
    }
    groups
}

fn render_finding(out: &mut String, report: &Report, finding: &Finding, style: Style, paint: &Paint) {
    let sev = finding.severity;
    let _ = writeln!(
        out,
        "{}{}",
        paint.severity(sev, &format!("{}[{}]", sev, finding.rule)),
        paint.bold(&format!(": {}", finding.message))
    );
    let groups = by_article(finding);
    // The gutter fits the largest line number drawn.
    let max_line = groups
        .iter()
        .take(ARTICLES_PER_FINDING)
        .flat_map(|(_, ls)| ls.iter().take(LABELS_PER_ARTICLE))
        .map(|l| place(report, l).line)
        .max()
        .unwrap_or(1);
    let gutter = max_line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = paint.gutter("|");
    for (n, (id, labels)) in groups.iter().take(ARTICLES_PER_FINDING).enumerate() {
        let article = &report.articles[id.0];
        let first = place(report, labels[0]);
        let arrow = if n == 0 { "-->" } else { ":::" };
        let _ = writeln!(out, "{pad}{} {}:{}:{}", paint.gutter(arrow), article.file, first.line, first.column);
        if let Some(heading) = heading(article) {
            let _ = writeln!(out, "{pad} {} {heading}", paint.gutter("="));
        }
        let _ = writeln!(out, "{pad} {bar}");
        let shown: Vec<&Label> = labels.iter().take(LABELS_PER_ARTICLE).copied().collect();
        let mut previous_line: Option<usize> = None;
        let mut i = 0;
        while i < shown.len() {
            let line = place(report, shown[i]).line;
            // The next shown labels on this line that fit in one cut of it
            // are drawn under one copy of it; the others get their own.
            let room = text_width(style, gutter).saturating_sub(2);
            let mut same = vec![shown[i]];
            while let Some(next) = shown.get(i + same.len()) {
                let cover = same.iter().fold(next.span, |acc, l| acc.cover(l.span));
                if place(report, next).line != line || cover.len() > room {
                    break;
                }
                same.push(next);
            }
            i += same.len();
            if previous_line.is_some_and(|p| line > p + 1) {
                let _ = writeln!(out, "{}", paint.gutter("..."));
            }
            previous_line = Some(line);
            draw_line(out, article, line, &same, style, paint, sev, gutter);
        }
        if labels.len() > shown.len() {
            let rest = labels.len() - shown.len();
            let _ = writeln!(
                out,
                "{pad} {} … and {} more {} in this article",
                paint.gutter("="),
                group_digits(rest),
                if rest == 1 { "label" } else { "labels" }
            );
        }
        let _ = writeln!(out, "{pad} {bar}");
    }
    if groups.len() > ARTICLES_PER_FINDING {
        let rest = &groups[ARTICLES_PER_FINDING..];
        let labels: usize = rest.iter().map(|(_, ls)| ls.len()).sum();
        let _ = writeln!(
            out,
            "{pad} {} … and {} more articles ({} labels): the JSON and SARIF reports list them all",
            paint.gutter("="),
            group_digits(rest.len()),
            group_digits(labels)
        );
    }
    if let Some(help) = &finding.help {
        let _ = writeln!(out, "{pad} {} {}: {help}", paint.gutter("="), paint.bold("help"));
    }
    out.push('\n');
}

/// "Headline (Outlet, 2017-11-23)": which article this is, below its path.
fn heading(article: &Article) -> Option<String> {
    let provenance = article.provenance();
    match (&article.meta.title, provenance) {
        (Some(t), Some(p)) => Some(format!("{t} ({p})")),
        (Some(t), None) => Some(t.clone()),
        (None, Some(p)) => Some(format!("({p})")),
        (None, None) => None,
    }
}

/// The bytes around `span` on its line, at most `reach` bytes either side,
/// on char boundaries: (start, end, cut on the left, cut on the right).
fn line_around(text: &str, span: Span, reach: usize) -> (usize, usize, bool, bool) {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while i < text.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let back = floor(span.start.saturating_sub(reach));
    let (start, cut_left) = match text[back..span.start].rfind('\n') {
        Some(i) => (back + i + 1, false),
        None => (back, back > 0),
    };
    // A BOM is not part of the first line's text (nor of its columns).
    let start = if start == 0 && text.starts_with('\u{feff}') { 3.min(span.start) } else { start };
    let ahead = ceil((span.end + reach).min(text.len()));
    let (end, cut_right) = match text[span.end..ahead].find('\n') {
        Some(i) => (span.end + i, false),
        None => (ahead, ahead < text.len()),
    };
    let end = if end > start && text.as_bytes()[end - 1] == b'\r' { end - 1 } else { end };
    (start, end.max(span.end.min(end.max(start))), cut_left, cut_right)
}

/// How many characters of a source line fit beside the gutter.
fn text_width(style: Style, gutter: usize) -> usize {
    style.width.saturating_sub(gutter + 3).max(MIN_TEXT_WIDTH)
}

/// One source line (cut to the width) with an underline and caption for
/// each label on it.
#[allow(clippy::too_many_arguments)]
fn draw_line(
    out: &mut String,
    article: &Article,
    line: usize,
    labels: &[&Label],
    style: Style,
    paint: &Paint,
    severity: Severity,
    gutter: usize,
) {
    // The line as the editor wrote it (Markdown markup included).
    let text: &str = article.shown();
    let avail = text_width(style, gutter);
    let whole = labels.iter().fold(labels[0].span, |acc, l| acc.cover(l.span));
    // Enough bytes either side for any cut of `avail` characters.
    let (start, end, mut cut_left, mut cut_right) = line_around(text, whole, avail * 4 + 4);
    let line_text = &text[start..end];
    // Characters of the line, as cells (tabs drawn as one space).
    let chars: Vec<(usize, char)> = line_text.char_indices().map(|(i, c)| (start + i, c)).collect();
    let col_of = |byte: usize| chars.partition_point(|(i, _)| *i < byte);
    let (first, last) = (col_of(whole.start), col_of(whole.end.min(end)));
    // The window of characters shown: all of the line if it fits, else the
    // labels with as much context as fits, centred, "…" at each cut.
    let mut from = 0;
    let mut to = chars.len();
    if to - from > avail {
        let room = avail.saturating_sub(2);
        let wanted = (last - first).min(room);
        let context = room - wanted;
        from = first.saturating_sub(context / 2);
        to = (from + room).min(chars.len());
        from = to.saturating_sub(room);
    }
    cut_left |= from > 0;
    cut_right |= to < chars.len();
    let mut shown = String::new();
    if cut_left {
        shown.push('…');
    }
    shown.extend(chars[from..to].iter().map(|&(_, c)| if c == '\t' || c.is_control() { ' ' } else { c }));
    if cut_right {
        shown.push('…');
    }
    let offset = usize::from(cut_left);
    let _ = writeln!(out, "{} {} {}", paint.gutter(&format!("{line:>gutter$}")), paint.gutter("|"), shown.trim_end());
    // Terminal cells, not characters: a CJK character takes two, a
    // combining mark none, so the underline stays under its words.
    let cells = |range: std::ops::Range<usize>| -> usize {
        chars[range].iter().map(|&(_, c)| if c == '\t' || c.is_control() { 1 } else { c.width().unwrap_or(0) }).sum()
    };
    for label in labels {
        let a = col_of(label.span.start).clamp(from, to);
        let b = col_of(label.span.end.min(end)).clamp(from, to);
        let indent = cells(from..a) + offset;
        let carets = "^".repeat(cells(a..b).max(1));
        let caption = if labels.len() == 1 || !label.caption.is_empty() { label.caption.as_str() } else { "" };
        let _ = writeln!(
            out,
            "{} {} {}{} {}",
            " ".repeat(gutter),
            paint.gutter("|"),
            " ".repeat(indent),
            paint.severity(severity, &carets),
            paint.severity(severity, caption)
        );
    }
}

/// 3921 → "3,921".
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_without_scanning_the_whole_text() {
        let text = "\u{feff}Title\r\n\r\nOne two three.\r\nlast";
        let at = text.find("two").unwrap();
        let (s, e, l, r) = line_around(text, Span::new(at, at + 3), 100);
        assert_eq!(&text[s..e], "One two three.");
        assert!(!l && !r);
        let (s, e, l, r) = line_around(text, Span::new(at, at + 3), 2);
        assert_eq!(&text[s..e], "e two t");
        assert!(l && r);
        let (s, _, _, _) = line_around(text, Span::new(3, 8), 100);
        assert_eq!(s, 3, "the BOM is not drawn");
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(3921), "3,921");
        assert_eq!(group_digits(1_234_567), "1,234,567");
        assert_eq!(group_digits(12), "12");
    }
}
