//! The finding model shared by every rule kind and every report format.

use std::fmt;

use serde::Serialize;

use crate::span::Span;

/// How much a finding matters to the reader.
///
/// `Error` and `Warning` are alarms a reader must look at (and make the
/// exit status 1); `Advice` is context, such as a title that changed over
/// the years, and is never counted as an alarm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Advice,
}

impl Severity {
    pub fn is_alarm(self) -> bool {
        matches!(self, Severity::Error | Severity::Warning)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What sort of inconsistency a finding is ("figure-mismatch",
/// "rate-mismatch"), as the JSON report's `kind` names it.
///
/// Each check kind declares the finding kinds it reports, once, in its own
/// file (`check::Kind::FINDS`); nothing else lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FindingKind(&'static str);

impl FindingKind {
    pub const fn new(id: &'static str) -> Self {
        FindingKind(id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl Serialize for FindingKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which article of the checked set: an index into the sorted article list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub usize);

/// The words of one article that a finding points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub article: ArticleId,
    pub span: Span,
    /// A short caption, such as the value as read ("nearly 600").
    pub caption: String,
}

/// One inconsistency: one per conflicting group of claims, with one label
/// per claim involved (never one finding per pair).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that reports it: the engine stamps the kind's id, then the
    /// rules files' routing may name a narrower rule.
    pub rule: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<Label>,
}

impl Finding {
    /// A finding of `kind`; the engine fills in `rule`.
    pub fn new(kind: FindingKind, severity: Severity, message: String, labels: Vec<Label>) -> Self {
        Finding { rule: String::new(), kind, severity, message, help: None, labels }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Puts labels in article and text order, so output is deterministic.
    pub fn normalise(mut self) -> Self {
        self.labels.sort_by_key(|a| (a.article, a.span));
        self.labels.dedup_by(|a, b| a.article == b.article && a.span == b.span);
        self
    }

    fn sort_key(&self) -> (ArticleId, Span, &str, &str) {
        let first = self.labels.first();
        (
            first.map_or(ArticleId(usize::MAX), |l| l.article),
            first.map_or(Span::new(0, 0), |l| l.span),
            &self.rule,
            &self.message,
        )
    }
}

/// Sorts findings by where they first point, then by rule and message.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}
