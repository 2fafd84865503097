//! The human report: one miette diagnostic per finding, pointing at the
//! words in each article, then one summary line.
//!
//! A miette diagnostic cannot label spans in two files (miette issue #193),
//! so each finding is a main diagnostic for its first article with a
//! related diagnostic for every other article, each with its own source.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode,
    SourceSpan, SpanContents,
};

use super::{Report, label_text};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::load::{Article, InputError};

/// How to draw the report.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// Stable output for files and snapshots: no colour, fixed width.
    pub fn plain() -> Self {
        Style { color: false, width: 100 }
    }
}

/// One article's part of a finding, as miette draws it.
#[derive(Debug)]
struct ArticleDiagnostic<'r> {
    message: String,
    code: Option<String>,
    severity: miette::Severity,
    help: Option<String>,
    source: ArticleSource<'r>,
    labels: Vec<LabeledSpan>,
    related: Vec<ArticleDiagnostic<'r>>,
}

impl fmt::Display for ArticleDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArticleDiagnostic<'_> {}

impl Diagnostic for ArticleDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code.as_ref().map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() { None } else { Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic))) }
    }
}

/// An article's text as miette reads it. miette's own `str` source scans
/// from the start of the text to every span it draws; this one hands it
/// only the lines around the span and adds the line number from the
/// article's line index, so drawing a label deep in a 100 MB article costs
/// as much as drawing one on its first page.
///
/// It also reports how many lines a snippet covers as the `SpanContents`
/// trait documents, so two labels far apart in one article are drawn as
/// two snippets, not as one that prints every line between them.
#[derive(Debug)]
struct ArticleSource<'r> {
    name: String,
    article: &'r Article,
}

impl SourceCode for ArticleSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text: &str = &self.article.text;
        let bytes = text.as_bytes();
        let (start, end) = (span.offset(), span.offset() + span.len());
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        // Whole lines, one more on each side than miette asks for.
        let mut from = start;
        let mut breaks = 0;
        while from > 0 {
            if bytes[from - 1] == b'\n' {
                if breaks > context_lines_before {
                    break;
                }
                breaks += 1;
            }
            from -= 1;
        }
        let mut to = end;
        let mut breaks = 0;
        while to < bytes.len() {
            to += 1;
            if bytes[to - 1] == b'\n' {
                if breaks > context_lines_after {
                    break;
                }
                breaks += 1;
            }
        }
        let window = &text[from..to];
        let inner = window.read_span(&(start - from, span.len()).into(), context_lines_before, context_lines_after)?;
        let base_line = self.article.lines.line_col(text, from).line - 1;
        let data = inner.data();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            data,
            (from + inner.span().offset(), data.len()).into(),
            base_line + inner.line(),
            inner.column(),
            // The lines this text covers, as the trait documents. (miette's
            // `str` source counts every line from the start of the file,
            // which makes the handler merge labels hundreds of lines apart
            // into one snippet that prints every line between them.)
            data.iter().filter(|&&b| b == b'\n').count(),
        )))
    }
}

/// An input that could not be checked, as a diagnostic with no source.
#[derive(Debug)]
struct InputDiagnostic<'a>(&'a InputError);

impl fmt::Display for InputDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: not checked: {}", self.0.file, self.0.message)
    }
}

impl std::error::Error for InputDiagnostic<'_> {}

impl Diagnostic for InputDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("input"))
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Advice => miette::Severity::Advice,
    }
}

/// "file: title" naming an article in a diagnostic header.
fn article_heading(article: &Article) -> String {
    match &article.meta.title {
        Some(t) => format!("{} ({})", article.file, t),
        None => article.file.clone(),
    }
}

/// miette pads to a label's column with a `{:width$}` format argument,
/// which panics past 65,535; a character may take up to four cells (a tab),
/// so labels further into their line than this are given as line and
/// column instead of drawn.
const MAX_DRAWN_COLUMN: usize = 16_000;

/// miette prints a label's whole line: longer lines (a file with no line
/// breaks) are given as line and column too, so the report stays readable.
const MAX_DRAWN_LINE_BYTES: usize = 64 * 1024;

/// Whether miette can draw this label: its line is not too long and the
/// label not too far into it. Looks at most a bounded stretch of text.
fn drawable(text: &str, span: crate::span::Span) -> bool {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let back = floor(span.start.saturating_sub(MAX_DRAWN_LINE_BYTES));
    let line_start = match text[back..span.start].rfind('\n') {
        Some(i) => back + i + 1,
        None if back == 0 => 0,
        None => return false,
    };
    let ahead = floor((span.end + MAX_DRAWN_LINE_BYTES).min(text.len()));
    let line_end = match text[span.end..ahead].find('\n') {
        Some(i) => span.end + i,
        None if ahead == text.len() => ahead,
        None => return false,
    };
    line_end - line_start <= MAX_DRAWN_LINE_BYTES && text[line_start..span.end].chars().count() <= MAX_DRAWN_COLUMN
}

/// One article's labels as miette spans, or, when a label cannot be drawn,
/// no spans and a note saying where they are.
fn draw_labels(article: &Article, labels: &[&Label]) -> (Vec<LabeledSpan>, Option<String>) {
    if labels.iter().all(|l| drawable(&article.text, l.span)) {
        let spans =
            labels.iter().map(|l| LabeledSpan::new_with_span(Some(label_text(article, &l.caption)), l.span)).collect();
        return (spans, None);
    }
    let places: Vec<String> = labels
        .iter()
        .map(|l| {
            let at = article.lines.line_col(&article.text, l.span.start);
            format!("{}:{}:{}: {}", article.file, at.line, at.column, label_text(article, &l.caption))
        })
        .collect();
    (Vec::new(), Some(format!("at {} (the line is too long to draw)", places.join("; "))))
}

fn diagnostic_for<'r>(finding: &Finding, articles: &'r [Article]) -> ArticleDiagnostic<'r> {
    // Group labels by article, keeping the order of first appearance.
    let mut groups: Vec<(ArticleId, Vec<&Label>)> = Vec::new();
    for label in &finding.labels {
        match groups.iter_mut().find(|(id, _)| *id == label.article) {
            Some((_, labels)) => labels.push(label),
            None => groups.push((label.article, vec![label])),
        }
    }
    let severity = miette_severity(finding.severity);
    let source_of = |id: ArticleId| {
        let a = &articles[id.0];
        ArticleSource { name: article_heading(a), article: a }
    };
    let with_note = |message: String, note: Option<String>| match note {
        Some(n) => format!("{message}\n{n}"),
        None => message,
    };
    let mut groups = groups.into_iter();
    let (first_id, first_labels) = groups.next().unwrap_or((ArticleId(0), Vec::new()));
    let related = groups
        .map(|(id, labels)| {
            let (labels, note) = draw_labels(&articles[id.0], &labels);
            ArticleDiagnostic {
                message: with_note(format!("also in {}", articles[id.0].file), note),
                code: None,
                severity,
                help: None,
                source: source_of(id),
                labels,
                related: Vec::new(),
            }
        })
        .collect();
    let (first_labels, note) = match articles.get(first_id.0) {
        Some(a) => draw_labels(a, &first_labels),
        None => (Vec::new(), None),
    };
    ArticleDiagnostic {
        message: with_note(finding.message.clone(), note),
        code: Some(finding.rule.clone()),
        severity,
        help: finding.help.clone(),
        source: source_of(first_id),
        labels: first_labels,
        related,
    }
}

/// Renders every finding, every input error and the summary line.
pub fn render(report: &Report, style: Style) -> String {
    let theme = if style.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width).with_links(false);
    let mut out = String::new();
    for error in &report.errors {
        render_one(&handler, &mut out, &InputDiagnostic(error));
    }
    for finding in &report.findings {
        render_one(&handler, &mut out, &diagnostic_for(finding, &report.articles));
    }
    out.push_str(&report.summary_line());
    out.push('\n');
    out
}

fn render_one(handler: &GraphicalReportHandler, out: &mut String, diagnostic: &dyn Diagnostic) {
    if handler.render_report(out, diagnostic).is_err() {
        // Rendering into a String only fails on a bad span; say so rather
        // than lose the finding.
        out.push_str(&format!("{diagnostic} (could not draw its source)\n"));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The windowed source gives miette exactly what its `str` source does.
    /// (Not with a lone '\r', an old Mac line end: miette counts it as a
    /// line end, the line index, like the JSON report, does not.)
    #[test]
    fn article_source_reads_what_a_whole_str_reads() {
        let text = "\u{feff}Title\r\n\r\nOne line.\nTwo é line\r\n\n\nthree four\nlast line no newline";
        let article = Article::from_text("x.txt", text);
        let source = ArticleSource { name: "x".into(), article: &article };
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (n, &start) in boundaries.iter().enumerate() {
            if text[start..].starts_with(['\r', '\n']) {
                continue; // labels point at words, never at a line end
            }
            for &end in &boundaries[n..] {
                for (before, after) in [(0, 0), (1, 1), (2, 3), (0, 2)] {
                    let span: SourceSpan = (start, end - start).into();
                    let want = text.read_span(&span, before, after).unwrap();
                    let got = source.read_span(&span, before, after).unwrap();
                    let at = format!("span {start}..{end}, context {before}/{after}");
                    assert_eq!(got.data(), want.data(), "{at}");
                    assert_eq!(got.span(), want.span(), "{at}");
                    assert_eq!(got.column(), want.column(), "{at}");
                    assert_eq!(got.line(), want.line(), "{at}");
                }
            }
        }
    }
}
