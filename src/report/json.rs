//! The JSON report: a contract other tools read (DESIGN.md). Written with
//! serde, never by hand, so it is always valid JSON.

use serde::Serialize;

use super::fingerprint::fingerprint;
use super::{Report, Suppressed, UnusedIgnore, is_windowed, label_text};
use crate::finding::Severity;
use crate::load::InputError;
use crate::stories::StoryId;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: u32,
    articles: Vec<JsonArticle<'a>>,
    /// The stories the articles were grouped into; findings compare
    /// claims within one story unless the run was told `--across-stories`.
    stories: Vec<JsonStory<'a>>,
    findings: Vec<JsonFinding<'a>>,
    errors: &'a [InputError],
    /// `[[ignore]]` entries that matched nothing (counted as advice); only
    /// when there are some.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    unused_ignores: &'a [UnusedIgnore],
    summary: JsonSummary,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    file: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    published: Option<String>,
    /// How the date was read when that was a choice: "month-first" or
    /// "day-first" for an all-number date, "year-inferred" for a dateline
    /// without a year.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_how: Option<&'static str>,
    /// Only on an article over 1 MiB, checked window by window.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    windowed: bool,
}

#[derive(Serialize)]
struct JsonStory<'a> {
    id: StoryId,
    files: Vec<&'a str>,
    /// The names (and rare words) its articles share.
    names: &'a [String],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    kind: &'a str,
    severity: Severity,
    message: &'a str,
    help: Option<&'a str>,
    labels: Vec<JsonLabel<'a>>,
    /// The story of its first label's article.
    #[serde(skip_serializing_if = "Option::is_none")]
    story: Option<StoryId>,
    /// Every story its labels are in, only when more than one
    /// (`--across-stories`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    across: Vec<StoryId>,
    /// What baselines and SARIF match the finding by (`report::fingerprint`).
    fingerprint: String,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    label: String,
}

#[derive(Serialize)]
struct JsonSummary {
    articles: usize,
    claims: usize,
    unreadable: usize,
    findings: SeverityCounts,
    /// Findings found but not reported: inline comments, a baseline.
    suppressed: Suppressed,
}

#[derive(Serialize)]
struct SeverityCounts {
    error: usize,
    warning: usize,
    advice: usize,
}

/// Renders the report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    write(report, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes the report as pretty-printed JSON, ending with a newline, to
/// `out` as it is serialised: a report of many articles is never one
/// string in memory.
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let articles = report
        .articles
        .iter()
        .map(|a| JsonArticle {
            file: &a.file,
            title: a.meta.title.as_deref(),
            outlet: a.meta.outlet.as_deref(),
            published: a.meta.published.map(|d| d.to_string()),
            published_how: a.meta.published.and(a.meta.published_how).map(crate::load::meta::DateReading::name),
            windowed: is_windowed(a),
        })
        .collect();
    let findings = report
        .findings
        .iter()
        .map(|f| JsonFinding {
            rule: &f.rule,
            kind: f.kind.as_str(),
            severity: f.severity,
            message: &f.message,
            help: f.help.as_deref(),
            labels: f
                .labels
                .iter()
                .map(|l| {
                    let article = &report.articles[l.article.0];
                    let at = article.lines.line_col(&article.text, l.span.start);
                    JsonLabel {
                        file: &article.file,
                        start: l.span.start,
                        end: l.span.end,
                        line: at.line,
                        column: at.column,
                        text: l.span.of(&article.text),
                        label: label_text(article, &l.caption),
                    }
                })
                .collect(),
            story: f.labels.first().and_then(|l| report.stories.of(l.article)),
            across: {
                let mut ids: Vec<StoryId> = f.labels.iter().filter_map(|l| report.stories.of(l.article)).collect();
                ids.sort_unstable();
                ids.dedup();
                if ids.len() > 1 { ids } else { Vec::new() }
            },
            fingerprint: fingerprint(report, f),
        })
        .collect();
    let doc = JsonReport {
        schema: 1,
        articles,
        stories: report
            .stories
            .stories
            .iter()
            .map(|s| JsonStory {
                id: s.id,
                files: s.articles.iter().map(|a| report.articles[a.0].file.as_str()).collect(),
                names: &s.names,
            })
            .collect(),
        findings,
        errors: &report.errors,
        unused_ignores: &report.unused_ignores,
        summary: JsonSummary {
            articles: report.articles.len(),
            claims: report.claims,
            unreadable: report.errors.len(),
            findings: SeverityCounts {
                error: report.count(Severity::Error),
                warning: report.count(Severity::Warning),
                advice: report.count(Severity::Advice),
            },
            suppressed: report.suppressed,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}
