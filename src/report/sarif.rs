//! SARIF 2.1.0, the format code-scanning tools (GitHub's among them) read.
//!
//! One run; the driver lists every rule in force (and any other rule a
//! result names); one result per finding, located at its labels in the
//! first article it points into, with `relatedLocations` for the labels in
//! other articles. Columns are counted in Unicode code points
//! (`columnKind`), as the JSON report counts them; regions also give byte
//! offsets. `partialFingerprints` hold the line-free
//! [`fingerprint`](super::fingerprint). Validated against the official
//! schema by tests/sarif.rs.

use serde_json::{Value, json};

use super::fingerprint::fingerprint;
use super::{Report, label_text, place};
use crate::finding::{Label, Severity};

/// What the driver says of one rule.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    pub id: String,
    /// One line: what it flags.
    pub short: String,
    /// The longer description, plain text.
    pub full: String,
    /// `factlint explain RULE`, Markdown.
    pub help: String,
    /// Where its documentation is online, when known.
    pub help_uri: Option<String>,
    pub severity: Severity,
}

/// The name under which `partialFingerprints` holds factlint's fingerprint.
pub const FINGERPRINT_KEY: &str = "factlintFingerprint/v1";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

/// A path as a SARIF `uri`: relative paths stay relative (to the folder
/// factlint ran in), with `/` separators and no leading `./`; absolute
/// paths become `file://` URIs. Characters a URI cannot hold are
/// percent-encoded.
pub fn uri(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let mut trimmed = slashed.as_str();
    while let Some(rest) = trimmed.strip_prefix("./") {
        trimmed = rest;
    }
    let encoded: String = trimmed
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    if trimmed.starts_with('/') { format!("file://{encoded}") } else { encoded }
}

fn location(report: &Report, label: &Label, id: Option<usize>) -> Value {
    let at = place(report, label);
    let article = at.article;
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(&article.file)},
            "region": {
                "startLine": at.line,
                "startColumn": at.column,
                "endLine": at.end_line,
                "endColumn": at.end_column,
                "byteOffset": label.span.start,
                "byteLength": label.span.len(),
                "snippet": {"text": label.span.of(article.shown())},
            },
        },
        "message": {"text": label_text(article, &label.caption)},
    });
    if let Some(id) = id {
        loc["id"] = json!(id);
    }
    loc
}

/// Renders the report as a SARIF 2.1.0 log, pretty-printed, ending with a
/// newline. `rules` describes the rules in force.
pub fn render(report: &Report, rules: &[RuleInfo]) -> String {
    let mut rules: Vec<RuleInfo> = rules.to_vec();
    for f in &report.findings {
        if !rules.iter().any(|r| r.id == f.rule) {
            rules.push(RuleInfo {
                id: f.rule.clone(),
                short: format!("{} findings", f.kind),
                full: format!("Findings of kind {}.", f.kind),
                help: String::new(),
                help_uri: None,
                severity: f.severity,
            });
        }
    }
    let driver_rules: Vec<Value> = rules
        .iter()
        .map(|r| {
            let mut rule = json!({
                "id": r.id,
                "shortDescription": {"text": r.short},
                "fullDescription": {"text": r.full},
                "defaultConfiguration": {"level": level(r.severity)},
            });
            if !r.help.is_empty() {
                rule["help"] = json!({"text": r.help, "markdown": r.help});
            }
            if let Some(u) = &r.help_uri {
                rule["helpUri"] = json!(u);
            }
            rule
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let first = f.labels.first().map(|l| l.article);
            let (main, other): (Vec<&Label>, Vec<&Label>) = f.labels.iter().partition(|l| Some(l.article) == first);
            let mut message = f.message.clone();
            if let Some(help) = &f.help {
                message.push_str(&format!(" (help: {help})"));
            }
            let mut result = json!({
                "ruleId": f.rule,
                "ruleIndex": rules.iter().position(|r| r.id == f.rule).unwrap_or(0),
                "level": level(f.severity),
                "message": {"text": message},
                "locations": main.iter().map(|l| location(report, l, None)).collect::<Vec<_>>(),
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint(report, f)},
                "properties": {"kind": f.kind.as_str(), "severity": f.severity.as_str()},
            });
            if !other.is_empty() {
                result["relatedLocations"] =
                    other.iter().enumerate().map(|(i, l)| location(report, l, Some(i))).collect::<Vec<_>>().into();
            }
            result
        })
        .collect();
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": format!("not checked: {}", e.message)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&e.file)}}}],
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notifications,
            }],
            "properties": {
                "articles": report.articles.len(),
                "claims": report.claims,
                "suppressed": report.suppressed,
            },
        }],
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("the log holds only strings and numbers");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uris() {
        assert_eq!(uri("./seeds/a b.txt"), "seeds/a%20b.txt");
        assert_eq!(uri("/tmp/x/é.md"), "file:///tmp/x/%C3%A9.md");
        assert_eq!(uri("c\\d.txt"), "c/d.txt");
    }
}
