//! Report: the same findings rendered for people (miette) and for tools
//! (the JSON contract of DESIGN.md).

pub mod human;
pub mod json;

use crate::finding::{Finding, Severity};
use crate::load::{Article, InputError};

/// The outcome of one run: what was checked, what was found, and every
/// input that could not be checked.
#[derive(Debug, Clone)]
pub struct Report {
    pub articles: Vec<Article>,
    pub findings: Vec<Finding>,
    pub errors: Vec<InputError>,
    /// How many claims were extracted, across all articles.
    pub claims: usize,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    /// 2 when an input could not be checked, 1 when an error or warning
    /// was found, else 0.
    pub fn exit_code(&self) -> i32 {
        if !self.errors.is_empty() {
            2
        } else if self.findings.iter().any(|f| f.severity.is_alarm()) {
            1
        } else {
            0
        }
    }

    /// The one line that ends every human report.
    pub fn summary_line(&self) -> String {
        format!(
            "factlint: {} checked, {} not checked; findings: {}, {}, {} advice",
            plural(self.articles.len(), "article"),
            plural(self.errors.len(), "input"),
            plural(self.count(Severity::Error), "error"),
            plural(self.count(Severity::Warning), "warning"),
            self.count(Severity::Advice),
        )
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// The label text shown for one claim: its caption and which article it is
/// in, e.g. "nearly 600 (The Herald, 2017-11-23)".
pub fn label_text(article: &Article, caption: &str) -> String {
    match article.provenance() {
        Some(p) => format!("{caption} ({p})"),
        None => caption.to_string(),
    }
}
