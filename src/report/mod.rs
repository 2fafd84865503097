//! Report: the same findings rendered for people (human), for tools (the
//! JSON contract of DESIGN.md, SARIF 2.1.0), for GitHub Actions (workflow
//! commands) and for editors and grep (concise); and what a run does to
//! findings after they are found: inline suppressions and baselines, both
//! matched by a fingerprint that does not depend on line numbers.

pub mod baseline;
pub mod concise;
pub mod fingerprint;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod suppress;

use crate::finding::{Finding, Severity};
use crate::load::{Article, InputError};
use crate::segment::window;
use crate::stories::Stories;

/// The outcome of one run: what was checked, what was found, and every
/// input that could not be checked.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: Vec<Article>,
    pub findings: Vec<Finding>,
    pub errors: Vec<InputError>,
    /// How many claims were extracted, across all articles.
    pub claims: usize,
    /// Findings found but not reported, and why.
    pub suppressed: Suppressed,
    /// Findings left out of the printed report by `--quiet` (below the
    /// threshold), per severity; still counted in the summary.
    pub quieted: [usize; 3],
    /// `[[ignore]]` entries of the rules in force that matched no finding
    /// in this run: advice, so stale ignores do not pile up.
    pub unused_ignores: Vec<UnusedIgnore>,
    /// The articles grouped into stories (`stories`); claims were compared
    /// within a story unless the run was told `--across-stories`.
    pub stories: Stories,
}

/// An `[[ignore]]` that matched nothing: where it is, and what it names.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UnusedIgnore {
    /// The rules file, as given ("shipped:rules/x.toml" for a shipped one).
    pub file: String,
    /// The 1-based line of its `[[ignore]]` table, when the file was read.
    pub line: Option<usize>,
    /// What it names, for the message ("rule figure-mismatch, file seeds/*").
    pub names: String,
}

/// The rule id under which an unused ignore is reported.
pub const UNUSED_IGNORE: &str = "unused-ignore";

/// Findings a run found but does not report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Suppressed {
    /// By a `<!-- factlint-disable … -->` comment in an article.
    pub inline: usize,
    /// Because `--baseline` lists them.
    pub baseline: usize,
    /// Baseline entries that matched no finding (fixed, or changed).
    pub stale_baseline: usize,
}

/// The least severity that fails a run (`--fail-on`); `None` never fails
/// on findings.
pub type FailOn = Option<Severity>;

fn severity_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Advice => 2,
    }
}

impl Report {
    /// Findings of this severity, reported or quieted.
    pub fn count(&self, severity: Severity) -> usize {
        let unused = if severity == Severity::Advice { self.unused_ignores.len() } else { 0 };
        self.findings.iter().filter(|f| f.severity == severity).count()
            + self.quieted[severity_index(severity)]
            + unused
    }

    /// 2 when an input could not be checked, 1 when an error or warning
    /// was found, else 0.
    pub fn exit_code(&self) -> i32 {
        self.exit_code_at(Some(Severity::Warning))
    }

    /// 2 when an input could not be checked; 1 when a finding at or above
    /// `fail_on` was found (never, for `None`); else 0.
    pub fn exit_code_at(&self, fail_on: FailOn) -> i32 {
        let failing = |s: Severity| fail_on.is_some_and(|t| s <= t);
        if self.errors.is_empty() {
            i32::from(
                [Severity::Error, Severity::Warning, Severity::Advice]
                    .into_iter()
                    .any(|s| failing(s) && self.count(s) > 0),
            )
        } else {
            2
        }
    }

    /// Leaves out of the printed report the findings below `threshold`
    /// (they stay counted in the summary): `--quiet`.
    pub fn quiet(&mut self, threshold: Severity) {
        let mut kept = Vec::with_capacity(self.findings.len());
        for f in self.findings.drain(..) {
            if f.severity <= threshold {
                kept.push(f);
            } else {
                self.quieted[severity_index(f.severity)] += 1;
            }
        }
        self.findings = kept;
    }

    /// How many articles were checked in windows (over 1 MiB).
    pub fn windowed(&self) -> usize {
        self.articles.iter().filter(|a| is_windowed(a)).count()
    }

    /// The one line that ends every human report.
    pub fn summary_line(&self) -> String {
        let mut line = format!(
            "factlint: {} checked, {} not checked; findings: {}, {}, {} advice",
            plural(self.articles.len(), "article"),
            plural(self.errors.len(), "input"),
            plural(self.count(Severity::Error), "error"),
            plural(self.count(Severity::Warning), "warning"),
            self.count(Severity::Advice),
        );
        let mut notes = Vec::new();
        let quieted: usize = self.quieted.iter().sum();
        if quieted > 0 {
            notes.push(format!("{quieted} not shown (--quiet)"));
        }
        let s = self.suppressed;
        if s.inline > 0 {
            notes.push(format!("{} suppressed inline", s.inline));
        }
        if s.baseline > 0 || s.stale_baseline > 0 {
            let stale = if s.stale_baseline == 1 { "entry" } else { "entries" };
            notes.push(format!("{} in the baseline, {} stale baseline {stale}", s.baseline, s.stale_baseline));
        }
        let windowed = self.windowed();
        if windowed > 0 {
            notes.push(format!(
                "{} over 1 MiB checked in windows (not compared with other articles)",
                plural(windowed, "article")
            ));
        }
        if !notes.is_empty() {
            line.push_str(&format!(" ({})", notes.join("; ")));
        }
        line
    }
}

/// Whether this article is checked window by window (`segment::window)`:
/// its figures are compared only within a window, never across articles.
pub fn is_windowed(article: &Article) -> bool {
    article.text.len() > window::HUGE_ARTICLE_BYTES
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

/// Where a label is: its article, line and column of both ends (1-based,
/// columns in characters, as the JSON contract counts them).
#[derive(Debug, Clone, Copy)]
pub struct Place<'r> {
    pub article: &'r Article,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Where a label of a finding is.
pub fn place<'r>(report: &'r Report, label: &crate::finding::Label) -> Place<'r> {
    let article = &report.articles[label.article.0];
    let start = article.lines.line_col(&article.text, label.span.start);
    let end = article.lines.line_col(&article.text, label.span.end);
    Place { article, line: start.line, column: start.column, end_line: end.line, end_column: end.column }
}
