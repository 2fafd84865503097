//! The human report: one miette diagnostic per finding, pointing at the
//! words in each article, then one summary line.
//!
//! A miette diagnostic cannot label spans in two files (miette issue #193),
//! so each finding is a main diagnostic for its first article with a
//! related diagnostic for every other article, each with its own source.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

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
struct ArticleDiagnostic {
    message: String,
    code: Option<String>,
    severity: miette::Severity,
    help: Option<String>,
    source: NamedSource<Arc<str>>,
    labels: Vec<LabeledSpan>,
    related: Vec<ArticleDiagnostic>,
}

impl fmt::Display for ArticleDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArticleDiagnostic {}

impl Diagnostic for ArticleDiagnostic {
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
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
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
/// which panics past 65,535; a column may take up to four cells (a tab),
/// so labels further into their line than this are given as line and
/// column instead of drawn.
const MAX_DRAWN_COLUMN: usize = 16_000;

/// One article's labels as miette spans, or, when a label sits too far
/// into a very long line to draw, no spans and a note saying where they are.
fn draw_labels(article: &Article, labels: &[&Label]) -> (Vec<LabeledSpan>, Option<String>) {
    let too_far = labels.iter().any(|l| article.lines.line_col(&article.text, l.span.end).column > MAX_DRAWN_COLUMN);
    if !too_far {
        let spans = labels
            .iter()
            .map(|l| LabeledSpan::new_with_span(Some(label_text(article, &l.caption)), l.span))
            .collect();
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

fn diagnostic_for(finding: &Finding, articles: &[Article]) -> ArticleDiagnostic {
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
        NamedSource::new(article_heading(a), a.text.clone())
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
