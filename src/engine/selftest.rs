//! `[[test]]` self-tests: inline articles, checked with the loaded rules,
//! and the findings of the test's rule compared with those expected.

use std::fmt::Write;

use crate::load::Article;
use crate::rules::RuleSet;
use crate::rules::schema::{Expected, SelfTest};

/// What one self-test gave.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    pub test: &'a SelfTest,
    /// The findings expected and found, each once: (expected?, found?).
    pub lines: Vec<(Option<Expected>, Option<Expected>)>,
    /// The test's rule is disabled by the configuration: not run.
    pub skipped: bool,
}

impl Outcome<'_> {
    pub fn passed(&self) -> bool {
        self.skipped || self.lines.iter().all(|(e, f)| e.is_some() && f.is_some())
    }

    /// Expected and found as a diff: `-` expected but not found, `+`
    /// found but not expected, ` ` both.
    pub fn diff(&self) -> String {
        let mut out = String::new();
        for (e, f) in &self.lines {
            let (mark, x) = match (e, f) {
                (Some(e), Some(_)) => (' ', e),
                (Some(e), None) => ('-', e),
                (None, Some(f)) => ('+', f),
                (None, None) => continue,
            };
            let sev = x.severity.map(|s| format!(" {s}")).unwrap_or_default();
            let _ = writeln!(out, "  {mark} {}{sev}: {}", x.rule, x.texts.join(" | "));
        }
        if self.lines.is_empty() {
            out.push_str("    (nothing expected, nothing found)\n");
        }
        out
    }
}

fn matches(e: &Expected, f: &Expected) -> bool {
    e.rule == f.rule && e.texts == f.texts && e.severity.is_none_or(|s| Some(s) == f.severity)
}

/// Runs one self-test with the given rules.
pub fn run<'a>(test: &'a SelfTest, rules: &RuleSet) -> Outcome<'a> {
    let watched: Vec<&str> =
        std::iter::once(test.rule.as_str()).chain(test.expect.iter().map(|e| e.rule.as_str())).collect();
    if !rules.rule(&test.rule).is_some_and(|r| r.enabled) {
        return Outcome { test, lines: vec![], skipped: true };
    }
    let articles: Vec<Article> =
        test.articles.iter().map(|a| Article::from_text(a.file.clone(), a.text.as_str())).collect();
    let report = super::run::check_articles_with(articles, vec![], rules);
    let found: Vec<Expected> = report
        .findings
        .iter()
        .filter(|f| watched.contains(&f.rule.as_str()))
        .map(|f| Expected {
            rule: f.rule.clone(),
            severity: Some(f.severity),
            texts: f.labels.iter().map(|l| l.span.of(&report.articles[l.article.0].text).to_string()).collect(),
        })
        .collect();
    let mut unmatched: Vec<Option<Expected>> = found.into_iter().map(Some).collect();
    let mut lines = Vec::new();
    for e in &test.expect {
        let hit = unmatched.iter_mut().find(|f| f.as_ref().is_some_and(|f| matches(e, f))).and_then(Option::take);
        lines.push((Some(e.clone()), hit));
    }
    lines.extend(unmatched.into_iter().flatten().map(|f| (None, Some(f))));
    Outcome { test, lines, skipped: false }
}

/// Runs every self-test of the rule set, in load order.
pub fn run_all(rules: &RuleSet) -> Vec<Outcome<'_>> {
    rules.tests.iter().map(|t| run(t, rules)).collect()
}

/// The report `factlint test-rules` prints.
pub fn render(outcomes: &[Outcome<'_>]) -> String {
    let mut out = String::new();
    let mut failed = 0;
    let mut skipped = 0;
    for o in outcomes {
        if o.skipped {
            skipped += 1;
            let _ = writeln!(out, "skip {} ({}): rule `{}` is disabled", o.test.name, o.test.origin.file, o.test.rule);
        } else if o.passed() {
            let _ = writeln!(out, "ok   {} ({})", o.test.name, o.test.origin.file);
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL {} ({})", o.test.name, o.test.origin.file);
            out.push_str("  expected (-) and found (+):\n");
            out.push_str(&o.diff());
        }
    }
    let passed = outcomes.len() - failed - skipped;
    let _ = writeln!(out, "\n{passed} passed, {failed} failed, {skipped} skipped");
    out
}
