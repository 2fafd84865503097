//! GitHub Actions workflow commands: one annotation per finding.
//!
//! ```text
//! ::error file=a.txt,line=7,col=40,endLine=7,endColumn=50,title=figure-mismatch::open inquiries: … (also in b.txt:7:24)
//! ```
//!
//! GitHub shows at most 10 annotations of each level per step, so errors
//! come first, then warnings, then notices (advice); a plain summary line
//! ends the output and says how many there are in all.

use super::{Report, UNUSED_IGNORE, place};
use crate::finding::{Finding, Severity};

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "notice",
    }
}

/// Escapes a message as a workflow command's data.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a value of a workflow command's property.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn annotation(report: &Report, f: &Finding) -> String {
    let Some(first) = f.labels.first() else {
        return format!("::{} title={}::{}", command(f.severity), property(&f.rule), data(&f.message));
    };
    let at = place(report, first);
    let mut message = f.message.clone();
    if let Some(help) = &f.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let elsewhere: Vec<String> = f.labels[1..]
        .iter()
        .map(|l| {
            let p = place(report, l);
            format!("{}:{}:{}", p.article.file, p.line, p.column)
        })
        .collect();
    if !elsewhere.is_empty() {
        let shown = 20;
        let mut list = elsewhere.iter().take(shown).cloned().collect::<Vec<_>>().join(", ");
        if elsewhere.len() > shown {
            list.push_str(&format!(" and {} more", elsewhere.len() - shown));
        }
        message.push_str(&format!("\nalso at {list}"));
    }
    // A span over several lines is given by its start alone: GitHub draws
    // columns only on a single line.
    let columns = if at.end_line == at.line {
        format!(",col={},endLine={},endColumn={}", at.column, at.end_line, at.end_column)
    } else {
        format!(",col={},endLine={}", at.column, at.end_line)
    };
    format!(
        "::{} file={},line={}{columns},title={}::{}",
        command(f.severity),
        property(&at.article.file),
        at.line,
        property(&f.rule),
        data(&message)
    )
}

/// Renders one workflow command per finding and per input not checked,
/// errors first, then the summary line.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for e in &report.errors {
        out.push_str(&format!(
            "::error file={},title=factlint: not checked::{}\n",
            property(&e.file),
            data(&format!("not checked: {}", e.message))
        ));
    }
    let mut findings: Vec<&Finding> = report.findings.iter().collect();
    // Stable: within a level, the report's own order.
    findings.sort_by_key(|f| f.severity);
    for f in findings {
        out.push_str(&annotation(report, f));
        out.push('\n');
    }
    // Unused ignores are advice on the rules file, after the findings.
    for u in &report.unused_ignores {
        let line = u.line.map(|l| format!(",line={l}")).unwrap_or_default();
        out.push_str(&format!(
            "::notice file={}{line},title={}::{}\n",
            property(&u.file),
            property(UNUSED_IGNORE),
            data(&format!("this [[ignore]] matched no finding in this run ({})", u.names))
        ));
    }
    out.push_str(&report.summary_line());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_reads() {
        assert_eq!(data("50% of\r\nit"), "50%25 of%0D%0Ait");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
