//! Inline suppressions: HTML comments in an article that silence findings
//! whose labels fall where they say.
//!
//! ```text
//! <!-- factlint-disable figure-mismatch -->     from here ...
//! <!-- factlint-enable -->                      ... to here (or the end of the file)
//! <!-- factlint-disable-next-line quote-drift -->   the next line with text on it
//! ```
//!
//! Rules are named by rule id or kind, separated by commas or spaces; a
//! comment that names none covers every rule. A finding is suppressed when
//! any of its labels is covered (the editor has looked at that spot); it is
//! counted in the summary and the JSON report. A comment that suppresses
//! nothing is reported as advice (`unused-suppression`), like ruff's unused
//! `noqa`, so stale comments do not pile up.

use std::sync::LazyLock;

use regex::Regex;

use super::Report;
use crate::finding::{ArticleId, Finding, FindingKind, Label, Severity, sort_findings};
use crate::span::Span;

/// The rule id of the advice given for a comment that suppresses nothing.
pub const UNUSED: &str = "unused-suppression";

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*factlint-(disable-next-line|disable|enable)(?-u:\b)([^>]*?)-->").expect("a valid regex")
});

#[derive(Debug)]
struct Directive {
    article: ArticleId,
    span: Span,
    rules: Vec<String>,
    /// The stretch of the article it covers.
    covers: Span,
    used: bool,
}

impl Directive {
    fn applies(&self, finding: &Finding) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| *r == finding.rule || r == finding.kind.as_str())
    }
}

fn rule_names(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// The directives of one article, each with the stretch it covers.
/// Whether an article holds a `factlint-disable` comment: a run that drops
/// the texts of articles no finding names keeps these, since an unused
/// comment is itself reported.
pub fn has_directives(text: &str) -> bool {
    text.contains("factlint-") && DIRECTIVE.is_match(text)
}

fn directives(id: ArticleId, text: &str) -> Vec<Directive> {
    if !text.contains("factlint-") {
        return Vec::new();
    }
    let mut out: Vec<Directive> = Vec::new();
    // Regions still open: index into `out`.
    let mut open: Vec<usize> = Vec::new();
    for m in DIRECTIVE.captures_iter(text) {
        let whole = m.get(0).expect("a match");
        let span = Span::new(whole.start(), whole.end());
        let rules = rule_names(&m[2]);
        match &m[1] {
            "disable" => {
                open.push(out.len());
                out.push(Directive { article: id, span, rules, covers: Span::new(span.end, text.len()), used: false });
            }
            "enable" => open.retain(|&i| {
                let d = &mut out[i];
                let closes = rules.is_empty() || d.rules.iter().any(|r| rules.contains(r));
                if closes {
                    d.covers = Span::new(d.covers.start, span.start);
                }
                !closes
            }),
            _ => {
                let covers = next_line(text, span.end);
                out.push(Directive { article: id, span, rules, covers, used: false });
            }
        }
    }
    out
}

/// The next line after `from`'s line that holds text (blank lines between
/// the comment and its paragraph are skipped).
fn next_line(text: &str, from: usize) -> Span {
    let mut at = match text[from..].find('\n') {
        Some(i) => from + i + 1,
        None => return Span::new(text.len(), text.len()),
    };
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
        if !text[at..end].trim().is_empty() {
            return Span::new(at, end);
        }
        at = end;
    }
    Span::new(text.len(), text.len())
}

/// Drops the findings the articles' comments suppress, counts them in
/// `report.suppressed.inline`, and adds advice for comments that
/// suppressed nothing.
pub fn apply_inline(report: &mut Report) {
    let mut all: Vec<Directive> =
        report.articles.iter().enumerate().flat_map(|(i, a)| directives(ArticleId(i), &a.text)).collect();
    if all.is_empty() {
        return;
    }
    let before = report.findings.len();
    report.findings.retain(|f| {
        let mut suppressed = false;
        for d in &mut all {
            let covered = f.labels.iter().any(|l| {
                l.article == d.article
                    && l.span.start < d.covers.end
                    && d.covers.start < l.span.end.max(l.span.start + 1)
            });
            if covered && d.applies(f) {
                d.used = true;
                suppressed = true;
            }
        }
        !suppressed
    });
    report.suppressed.inline += before - report.findings.len();
    for d in all.iter().filter(|d| !d.used) {
        let text = d.span.of(&report.articles[d.article.0].text);
        let what = if d.rules.is_empty() { "any rule".to_string() } else { d.rules.join(", ") };
        let finding = Finding::new(
            FindingKind::new(UNUSED),
            Severity::Advice,
            format!("this comment suppresses nothing: no finding of {what} where it applies"),
            vec![Label { article: d.article, span: d.span, caption: "unused".into() }],
        )
        .with_help(format!("remove `{}`, or check the rule name (`factlint rules` lists them)", text.trim()));
        report.findings.push(Finding { rule: UNUSED.to_string(), ..finding });
    }
    sort_findings(&mut report.findings);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_and_next_lines_cover_what_they_say() {
        let text = "a\n<!-- factlint-disable x, y -->\nb\n<!--factlint-enable-->\nc\n<!-- factlint-disable-next-line z -->\n\nd\ne\n";
        let ds = directives(ArticleId(0), text);
        assert_eq!(ds.len(), 2);
        assert_eq!(ds[0].rules, ["x", "y"]);
        assert_eq!(ds[0].covers.of(text), "\nb\n");
        assert_eq!(ds[1].rules, ["z"]);
        assert_eq!(ds[1].covers.of(text), "d\n");
    }
}
