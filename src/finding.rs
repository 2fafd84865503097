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

/// The kinds of inconsistency factlint reports (DESIGN.md, "Finding kinds").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    FigureMismatch,
    RateMismatch,
    QuoteDrift,
    NameVariant,
    RoleConflict,
    DateMismatch,
    AgeMismatch,
    SumMismatch,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::FigureMismatch => "figure-mismatch",
            FindingKind::RateMismatch => "rate-mismatch",
            FindingKind::QuoteDrift => "quote-drift",
            FindingKind::NameVariant => "name-variant",
            FindingKind::RoleConflict => "role-conflict",
            FindingKind::DateMismatch => "date-mismatch",
            FindingKind::AgeMismatch => "age-mismatch",
            FindingKind::SumMismatch => "sum-mismatch",
        }
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
    pub rule: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<Label>,
}

impl Finding {
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
