//! Errors in rules and config files, drawn by miette pointing at the exact
//! key or value, every error of a file at once.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

/// One problem in a rules or config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesError {
    /// What is wrong, in one line.
    pub message: String,
    /// The bytes of the offending key or value (None: the whole file).
    pub span: Option<Range<usize>>,
    /// The caption under the span.
    pub label: String,
    /// What to do about it ("did you mean `variants`?").
    pub help: Option<String>,
}

impl RulesError {
    pub fn new(span: Option<Range<usize>>, message: impl Into<String>, label: impl Into<String>) -> Self {
        RulesError { message: message.into(), span, label: label.into(), help: None }
    }

    pub fn set_help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Every error found in one file, with the file's text to point into.
#[derive(Debug, Clone)]
pub struct FileErrors {
    pub file: String,
    pub source: Arc<str>,
    pub errors: Vec<RulesError>,
}

impl FileErrors {
    /// The errors in file order, so output is deterministic.
    pub fn sorted(mut self) -> Self {
        self.errors.sort_by(|a, b| {
            let key = |e: &RulesError| e.span.as_ref().map(|s| (s.start, s.end));
            key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
        });
        self.errors.dedup();
        self
    }
}

/// The "did you mean" for a word that is not one of `known`.
pub fn did_you_mean<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for k in known {
        let score = strsim::jaro_winkler(word, k);
        if score > 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, k));
        }
    }
    best.map(|(_, k)| k.to_string())
}

#[derive(Debug)]
struct OneError<'a> {
    error: &'a RulesError,
    source: NamedSource<Arc<str>>,
}

impl fmt::Display for OneError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.message)
    }
}

impl std::error::Error for OneError<'_> {}

impl Diagnostic for OneError<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("rules-file"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.error.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.error.span.clone()?;
        let len = span.end.saturating_sub(span.start);
        Some(Box::new(std::iter::once(LabeledSpan::new(Some(self.error.label.clone()), span.start, len))))
    }
}

/// Draws every error of every file, then a summary line.
pub fn render(files: &[FileErrors], color: bool, width: usize) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(width).with_links(false);
    let mut out = String::new();
    let mut total = 0;
    for f in files {
        let source = NamedSource::new(f.file.clone(), f.source.clone());
        for e in &f.errors {
            // With no span to draw, the file name goes in the message.
            let whole;
            let e = if e.span.is_none() {
                whole = RulesError { message: format!("{}: {}", f.file, e.message), ..e.clone() };
                &whole
            } else {
                e
            };
            let d = OneError { error: e, source: source.clone() };
            if handler.render_report(&mut out, &d).is_err() {
                out.push_str(&format!("{}: {}\n", f.file, e.message));
            }
            out.push('\n');
            total += 1;
        }
    }
    let names: Vec<&str> = files.iter().map(|f| f.file.as_str()).collect();
    let plural = if total == 1 { "" } else { "s" };
    out.push_str(&format!("factlint: {total} error{plural} in {}; no articles were checked\n", names.join(", ")));
    out
}
