//! Baselines: the findings a newsroom has already looked at, by
//! fingerprint, so CI reports only new ones.
//!
//! `--write-baseline FILE` records every finding of a run;
//! `--baseline FILE` drops the findings it lists (each entry matches one
//! finding) and counts them, and counts the entries that matched nothing
//! (stale: fixed or changed). Entries are matched by
//! [`fingerprint`](super::fingerprint), never by line, so moving
//! paragraphs or adding lines elsewhere keeps them matching.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Report;
use super::fingerprint::fingerprint;

/// The baseline file's format version.
const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    #[serde(rename = "factlint-baseline")]
    version: u32,
    findings: Vec<Entry>,
}

/// One recorded finding. Only the fingerprint matches; the rest is for the
/// person reading the file or its diff.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    rule: String,
    message: String,
    files: Vec<String>,
}

/// A loaded baseline.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    entries: Vec<Entry>,
}

impl Baseline {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The baseline of a run's findings, as JSON, sorted so it diffs well.
pub fn render(report: &Report) -> String {
    let mut findings: Vec<Entry> = report
        .findings
        .iter()
        .map(|f| {
            let mut files: Vec<String> = f.labels.iter().map(|l| report.articles[l.article.0].file.clone()).collect();
            files.dedup();
            Entry { fingerprint: fingerprint(report, f), rule: f.rule.clone(), message: f.message.clone(), files }
        })
        .collect();
    findings.sort();
    let doc = BaselineFile { version: VERSION, findings };
    let mut out = serde_json::to_string_pretty(&doc).expect("a baseline holds only strings");
    out.push('\n');
    out
}

/// Reads a baseline file's text, or says what is wrong with it.
pub fn parse(text: &str) -> Result<Baseline, String> {
    let doc: BaselineFile = serde_json::from_str(text)
        .map_err(|e| format!("not a factlint baseline (written by --write-baseline): {e}"))?;
    if doc.version != VERSION {
        return Err(format!("baseline version {} is not {VERSION}: write it again with --write-baseline", doc.version));
    }
    Ok(Baseline { entries: doc.findings })
}

/// Drops the findings the baseline lists and counts them, and the entries
/// that matched nothing, in `report.suppressed`.
pub fn apply(report: &mut Report, baseline: &Baseline) {
    let mut left: HashMap<&str, usize> = HashMap::new();
    for e in &baseline.entries {
        *left.entry(e.fingerprint.as_str()).or_default() += 1;
    }
    let prints: Vec<String> = report.findings.iter().map(|f| fingerprint(report, f)).collect();
    let mut keep = prints.iter().map(|p| match left.get_mut(p.as_str()) {
        Some(n) if *n > 0 => {
            *n -= 1;
            false
        }
        _ => true,
    });
    let before = report.findings.len();
    report.findings.retain(|_| keep.next().unwrap_or(true));
    report.suppressed.baseline += before - report.findings.len();
    report.suppressed.stale_baseline += left.values().sum::<usize>();
}
