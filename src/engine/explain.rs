//! What `factlint rules`, `factlint explain RULE` and `factlint words`
//! print.

use std::fmt::Write;

use super::registry::registry;
use crate::rules::RuleSet;
use crate::rules::diagnostics::did_you_mean;
use crate::rules::schema::SelfTest;
use crate::vocab::{Entry, Vocabulary};

/// A table of every rule: id, kind, severity, whether it runs, its source.
pub fn table(set: &RuleSet) -> String {
    let header = ["id", "kind", "severity", "enabled", "source"];
    let rows: Vec<[String; 5]> = set
        .rules
        .iter()
        .map(|r| {
            [
                r.def.id.clone(),
                r.def.kind.clone(),
                r.def.severity.to_string(),
                if r.enabled { "yes" } else { "no" }.to_string(),
                r.source().to_string(),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: &[&str], out: &mut String| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        let _ = writeln!(out, "{}", padded.join("  ").trim_end());
    };
    line(&header, &mut out);
    line(&widths.map(|w| "-".repeat(w)).iter().map(String::as_str).collect::<Vec<_>>(), &mut out);
    for row in &rows {
        line(&row.iter().map(String::as_str).collect::<Vec<_>>(), &mut out);
    }
    out
}

/// The explanation of one rule, or an error with a did-you-mean.
pub fn explain(set: &RuleSet, id: &str) -> Result<String, String> {
    let Some(rule) = set.rule(id) else {
        let ids = set.rules.iter().map(|r| r.def.id.as_str());
        return Err(match did_you_mean(id, ids) {
            Some(m) => format!("no rule `{id}`: did you mean `{m}`? (`factlint rules` lists them)"),
            None => format!("no rule `{id}` (`factlint rules` lists them)"),
        });
    };
    let d = &rule.def;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", d.id);
    let _ = writeln!(
        out,
        "kind: {}   severity: {}   enabled: {}   from: {}\n",
        d.kind,
        d.severity,
        if rule.enabled { "yes" } else { "no" },
        rule.source()
    );
    let description = if d.description.is_empty() {
        registry().iter().find(|k| k.id() == d.kind).map_or("", |k| k.description()).to_string()
    } else {
        d.description.trim().to_string()
    };
    let _ = writeln!(
        out,
        "## What it checks\n\n{}\n",
        if description.is_empty() { "(no description)" } else { &description }
    );
    if let Some(re) = &d.applies_to {
        let _ = writeln!(out, "Applies to findings of kind {} whose message matches /{}/.\n", d.kind, re.as_str());
    }
    let tests: Vec<&SelfTest> = set.tests.iter().filter(|t| t.rule == d.id).collect();
    let fires = tests.iter().find(|t| !t.expect.is_empty());
    let quiet = tests.iter().find(|t| t.expect.is_empty());
    for (title, test) in [("An example that fires", fires), ("An example that does not fire", quiet)] {
        let _ = writeln!(out, "## {title}\n");
        match test {
            Some(t) => {
                let _ = writeln!(out, "(test \"{}\")\n", t.name);
                for a in &t.articles {
                    let _ = writeln!(out, "{}:", a.file);
                    for l in a.text.lines().filter(|l| !l.trim().is_empty()) {
                        let _ = writeln!(out, "    {l}");
                    }
                }
                for e in &t.expect {
                    let sev = e.severity.map(|s| format!(" ({s})")).unwrap_or_default();
                    let _ = writeln!(out, "\nfinds{sev}: {}", e.texts.join(" | "));
                }
                out.push('\n');
            }
            None => out.push_str("(no [[test]] shows one yet)\n\n"),
        }
    }
    let tol = d.tolerance;
    let _ = writeln!(
        out,
        "## How to tune it\n\n\
         - tolerance: absolute {}, relative {}; set `tolerance = {{ relative = 0.01 }}` on the [[rule]],\n  \
           or on a [[measure]] for one counted thing.\n\
         - severity or off, in factlint.toml: `[severity] {id} = \"warning\"`, `ignore = [\"{id}\"]`.\n\
         - replace it: a [[rule]] with `id = \"{id}\"` in your rules file overrides this one.\n\
         - a narrower rule of the same kind: a [[rule]] with `kind = \"{}\"` and `applies-to = \"regex\"`\n  \
           claims the findings whose message matches.\n\
         - suppress some findings: [[ignore]] with `rule = \"{id}\"`, `key` or `file`, and a `reason`.\n",
        tol.absolute, tol.relative, d.kind
    );
    if let Some(kind) = registry().iter().find(|k| k.id() == d.kind)
        && !kind.tuning().is_empty()
    {
        let _ = writeln!(out, "For this kind:\n{}", kind.tuning());
    }
    Ok(out)
}

/// `factlint words`: every word list (name, size, file, what it is for);
/// `factlint words NAME`: one list's phrases, one a line, with the number
/// or word each carries.
pub fn words(vocab: &Vocabulary, name: Option<&str>) -> Result<String, String> {
    let mut out = String::new();
    let Some(name) = name else {
        let width = vocab.lists().map(|l| l.name.len()).max().unwrap_or(0);
        for l in vocab.lists() {
            let _ = writeln!(out, "{:<width$}  {:>4}  {}  {}", l.name, l.len(), l.file, l.about.trim());
        }
        return Ok(out);
    };
    let Some(list) = vocab.get(name) else {
        return Err(match did_you_mean(name, vocab.lists().map(|l| l.name.as_str())) {
            Some(m) => format!("no word list `{name}`: did you mean `{m}`? (`factlint words` lists them)"),
            None => format!("no word list `{name}` (`factlint words` lists them)"),
        });
    };
    let _ = writeln!(out, "# {} ({}, {} phrases)\n\n{}\n", list.name, list.file, list.len(), list.about.trim());
    for (phrase, entry) in list.entries() {
        match entry {
            Entry::Word => out.push_str(phrase),
            Entry::Value(v) => {
                let _ = write!(out, "{phrase} = {v}");
            }
            Entry::Form(f) => {
                let _ = write!(out, "{phrase} = {f}");
            }
        }
        out.push('\n');
    }
    Ok(out)
}
