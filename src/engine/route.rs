//! From what the kinds found to what the rules report: each finding goes
//! to the first rule of its kind that claims it (a rule with `applies-to`
//! or `finding-kinds` before a catch-all), takes that rule's id, severity and templates, and
//! is dropped if that rule is disabled or an `[[ignore]]` matches it. An
//! ignore's `file` glob matches the article's path as typed or relative to
//! the folder of the rules file that declares it.

use std::path::{Path, PathBuf};

use crate::finding::Finding;
use crate::load::Article;
use crate::rules::{ActiveRule, RuleSet};

/// Which `[[ignore]]` entries of the rules in force matched a finding,
/// indexed like `RuleSet::ignores`; slices of one run are merged with
/// [`IgnoreUse::merge`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IgnoreUse(pub Vec<bool>);

impl IgnoreUse {
    pub fn merge(&mut self, other: &IgnoreUse) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), false);
        }
        for (mine, theirs) in self.0.iter_mut().zip(&other.0) {
            *mine |= *theirs;
        }
    }
}

/// Routes every finding through the configured rules. Each comes with the
/// id of the kind that made it. Also says which ignores matched.
pub fn route_all(findings: Vec<(&str, Finding)>, rules: &RuleSet, articles: &[Article]) -> (Vec<Finding>, IgnoreUse) {
    // Each ignore's folder, resolved once per slice rather than per label.
    let folders: Vec<Option<PathBuf>> = rules
        .ignores
        .iter()
        .map(|i| i.file.as_ref().and_then(|_| std::fs::canonicalize(declaring_folder(&i.origin.file)).ok()))
        .collect();
    let mut used = IgnoreUse(vec![false; rules.ignores.len()]);
    let kept = findings
        .into_iter()
        .filter_map(|(kind, f)| route(kind, f, rules))
        .filter(|f| !ignored(f, rules, &folders, articles, &mut used))
        .collect();
    (kept, used)
}

fn claims(rule: &ActiveRule, kind: &str, f: &Finding) -> bool {
    rule.def.kind == kind
        && rule.def.applies_to.as_ref().is_none_or(|re| re.is_match(&f.message))
        && (rule.def.finding_kinds.is_empty() || rule.def.finding_kinds.contains(&f.kind))
}

/// A rule that narrows what it claims goes before the catch-alls.
fn is_specific(rule: &ActiveRule) -> bool {
    rule.def.applies_to.is_some() || !rule.def.finding_kinds.is_empty()
}

fn route(kind: &str, mut f: Finding, rules: &RuleSet) -> Option<Finding> {
    let specific = rules.rules.iter().filter(|r| is_specific(r));
    let general = rules.rules.iter().filter(|r| !is_specific(r));
    let rule = specific.chain(general).find(|r| claims(r, kind, &f))?;
    if !rule.enabled {
        return None;
    }
    // The rule's severity caps an error; a kind's own milder verdict (a
    // change over time is advice) stays.
    f.severity = f.severity.max(rule.def.severity);
    let fill = |template: &str, f: &Finding| {
        template
            .replace("{message}", &f.message)
            .replace("{help}", f.help.as_deref().unwrap_or(""))
            .replace("{rule}", &rule.def.id)
            .replace("{kind}", f.kind.as_str())
    };
    if let Some(t) = &rule.def.help {
        f.help = Some(fill(t, &f));
    }
    if let Some(t) = &rule.def.message {
        f.message = fill(t, &f);
    }
    f.rule = rule.def.id.clone();
    Some(f)
}

/// Whether any ignore matches the finding; every one that does is marked
/// used (not only the first, so none of them is reported as stale).
fn ignored(
    f: &Finding,
    rules: &RuleSet,
    folders: &[Option<PathBuf>],
    articles: &[Article],
    used: &mut IgnoreUse,
) -> bool {
    let mut any = false;
    for (n, (i, folder)) in rules.ignores.iter().zip(folders).enumerate() {
        let hit = i.rule.as_ref().is_none_or(|r| *r == f.rule)
            && i.key.as_ref().is_none_or(|re| re.is_match(&f.message))
            && i.file.as_ref().is_none_or(|glob| {
                f.labels.iter().any(|l| {
                    articles.get(l.article.0).is_some_and(|a| {
                        glob.is_match(&a.file)
                            || folder
                                .as_deref()
                                .and_then(|d| relative_to(d, &a.file))
                                .is_some_and(|r| glob.is_match(&r))
                    })
                })
            });
        if hit {
            used.0[n] = true;
            any = true;
        }
    }
    any
}

/// The folder of the rules file that declared an ignore: its `file` globs
/// are paths under it. Shipped files and inline tests: the current folder.
fn declaring_folder(rules_file: &str) -> PathBuf {
    if rules_file.starts_with("shipped:") {
        return PathBuf::from(".");
    }
    match Path::new(rules_file).parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// An article's path relative to `folder` (already canonical), with `/`
/// separators, however it was typed (`seeds/a.txt`, `./seeds/a.txt`,
/// absolute, or from inside the folder); None when it is not under the
/// folder or not on disk.
fn relative_to(folder: &Path, file: &str) -> Option<String> {
    let file = std::fs::canonicalize(file).ok()?;
    let rel = file.strip_prefix(folder).ok()?;
    Some(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
}
