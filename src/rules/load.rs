//! Where rules come from and how they combine: the shipped files (built
//! into the binary), `factlint.toml` (found by walking up from the current
//! folder, or `--config`), and `--rules` files. Later files override
//! earlier ones by id; `select`, `ignore` and `[severity]` apply last.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use super::decode::{self, RuleRef};
use super::diagnostics::{FileErrors, RulesError, did_you_mean};
use super::schema::{Config, KnownKinds, Origin, RuleDef, RulesFile, Tolerance};
use super::{ActiveRule, RuleSet};
use crate::finding::Severity;
use crate::normalise::interval::Hedge;
use crate::vocab::Vocabulary;

/// The name `factlint.toml` is looked for by.
pub const CONFIG_NAME: &str = "factlint.toml";

/// The shipped rules files, built into the binary so factlint works from
/// any folder.
pub const SHIPPED: &[(&str, &str)] = &[
    ("rules/hedges.toml", include_str!("../../rules/hedges.toml")),
    ("rules/figures.toml", include_str!("../../rules/figures.toml")),
    ("rules/names.toml", include_str!("../../rules/names.toml")),
    ("rules/roles.toml", include_str!("../../rules/roles.toml")),
    ("rules/people.toml", include_str!("../../rules/people.toml")),
    ("rules/numbers.toml", include_str!("../../rules/numbers.toml")),
];

/// One rules file's text and name.
#[derive(Debug, Clone)]
pub struct Source {
    /// "shipped:rules/figures.toml" or a path.
    pub name: String,
    pub text: Arc<str>,
}

pub fn shipped_sources() -> Vec<Source> {
    SHIPPED.iter().map(|(n, t)| Source { name: format!("shipped:{n}"), text: Arc::from(*t) }).collect()
}

/// What the command line says about rules.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--config PATH`: this config file and no search.
    pub config: Option<PathBuf>,
    /// Where to start looking for factlint.toml (None: no search).
    pub search_from: Option<PathBuf>,
    /// `--rules PATH`: more rules files, loaded last.
    pub rules: Vec<PathBuf>,
}

/// factlint.toml in this folder or the nearest one above it.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(CONFIG_NAME)).find(|p| p.is_file())
}

fn read(path: &Path) -> Result<Source, FileErrors> {
    read_as(path, path)
}

fn read_as(path: &Path, shown: &Path) -> Result<Source, FileErrors> {
    let name = shown.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Source { name, text: Arc::from(text) }),
            Err(e) => Err(whole_file_error(&name, format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))),
        },
        Err(e) => Err(whole_file_error(&name, format!("cannot read it: {e}"))),
    }
}

fn whole_file_error(name: &str, message: String) -> FileErrors {
    FileErrors { file: name.to_string(), source: Arc::from(""), errors: vec![RulesError::new(None, message, "")] }
}

/// Loads the configuration: factlint.toml, the shipped rules unless it
/// says `shipped = false`, its rules files, then `--rules` files.
pub fn load(opts: &LoadOptions, known: &KnownKinds<'_>) -> Result<RuleSet, Vec<FileErrors>> {
    let mut failed: Vec<FileErrors> = Vec::new();
    // (where to read it, how to show it): shown relative to where the
    // search started when it is there.
    let config_path: Option<(PathBuf, PathBuf)> = match &opts.config {
        Some(p) => Some((p.clone(), p.clone())),
        None => opts.search_from.as_deref().and_then(|start| {
            find_config(start).map(|p| {
                let shown = p.strip_prefix(start).map_or_else(|_| p.clone(), Path::to_path_buf);
                (p, shown)
            })
        }),
    };
    let mut config: Option<(Config, Source, PathBuf, PathBuf)> = None;
    if let Some((path, shown)) = config_path {
        match read_as(&path, &shown) {
            Ok(src) => {
                let (c, errors) = decode::config_file(&src.name, &src.text);
                if !errors.is_empty() {
                    failed.push(FileErrors { file: src.name.clone(), source: src.text.clone(), errors });
                }
                let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
                let shown_dir = shown.parent().map(Path::to_path_buf).unwrap_or_default();
                config = Some((c, src, dir, shown_dir));
            }
            Err(e) => failed.push(e),
        }
    }
    let mut sources = Vec::new();
    if config.as_ref().is_none_or(|(c, ..)| c.shipped) {
        sources.extend(shipped_sources());
    }
    if let Some((c, src, dir, shown_dir)) = &config {
        let mut errors = Vec::new();
        for (rel, span) in &c.rules {
            match inside(dir, rel) {
                Some(path) => match read_as(&path, &shown_dir.join(rel)) {
                    Ok(s) => sources.push(s),
                    Err(mut e) => {
                        errors.push(
                            RulesError::new(
                                Some(span.clone()),
                                format!("cannot load rules file `{rel}`"),
                                e.errors.remove(0).message,
                            )
                            .help("paths are relative to the folder of factlint.toml"),
                        );
                    }
                },
                None => errors.push(
                    RulesError::new(
                        Some(span.clone()),
                        "rules files must be inside the folder of factlint.toml",
                        "outside it",
                    )
                    .help("give a relative path without `..`, or pass the file with --rules"),
                ),
            }
        }
        if !errors.is_empty() {
            failed.push(FileErrors { file: src.name.clone(), source: src.text.clone(), errors });
        }
    }
    for path in &opts.rules {
        match read(path) {
            Ok(s) => sources.push(s),
            Err(e) => failed.push(e),
        }
    }
    let config_ref = config.as_ref().map(|(c, s, ..)| (c, s));
    match load_sources_with(&sources, config_ref, known) {
        Ok(set) if failed.is_empty() => Ok(set),
        Ok(_) => Err(finish_errors(failed)),
        Err(more) => {
            // A config error and a rules-file error are both worth seeing.
            for m in more {
                match failed.iter_mut().find(|f| f.file == m.file) {
                    Some(f) => f.errors.extend(m.errors),
                    None => failed.push(m),
                }
            }
            Err(finish_errors(failed))
        }
    }
}

/// One entry per file (in first-seen order), its errors in file order.
fn finish_errors(files: Vec<FileErrors>) -> Vec<FileErrors> {
    let mut merged: Vec<FileErrors> = Vec::new();
    for f in files {
        match merged.iter_mut().find(|m| m.file == f.file) {
            Some(m) => m.errors.extend(f.errors),
            None => merged.push(f),
        }
    }
    merged.into_iter().map(FileErrors::sorted).collect()
}

/// A relative path under `dir`, or None if it would leave it.
fn inside(dir: &Path, rel: &str) -> Option<PathBuf> {
    let p = Path::new(rel);
    let ok = p.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    ok.then(|| dir.join(p))
}

/// Loads rules files in order, with no config file.
pub fn load_sources(sources: &[Source], extra: &[Source], known: &KnownKinds<'_>) -> Result<RuleSet, Vec<FileErrors>> {
    let all: Vec<Source> = sources.iter().chain(extra).cloned().collect();
    load_sources_with(&all, None, known).map_err(finish_errors)
}

fn load_sources_with(
    sources: &[Source],
    config: Option<(&Config, &Source)>,
    known: &KnownKinds<'_>,
) -> Result<RuleSet, Vec<FileErrors>> {
    let kinds = known.kinds;
    // Errors per file, in load order.
    let mut errors: Vec<FileErrors> = Vec::new();
    let mut push = |src: &Source, e: Vec<RulesError>| {
        if e.is_empty() {
            return;
        }
        match errors.iter_mut().find(|f| f.file == src.name) {
            Some(f) => f.errors.extend(e),
            None => errors.push(FileErrors { file: src.name.clone(), source: src.text.clone(), errors: e }),
        }
    };

    let mut set = RuleSet { vocab: Vocabulary::shipped().clone(), ..RuleSet::default() };
    let mut refs: Vec<(usize, RuleRef)> = Vec::new();
    for (n, src) in sources.iter().enumerate() {
        let (decoded, errs) = decode::rules_file(&src.name, &src.text, known, &set.vocab);
        push(src, errs);
        // Duplicate ids inside one file are a mistake; across files, the
        // later file overrides.
        let mut seen: BTreeMap<&str, &Range<usize>> = BTreeMap::new();
        let mut dups = Vec::new();
        for (id, id_span) in &decoded.rule_ids {
            if let Some(first) = seen.insert(id, id_span) {
                let line = src.text[..first.start].matches('\n').count() + 1;
                dups.push(
                    RulesError::new(Some(id_span.clone()), format!("duplicate rule id `{id}`"), "defined again here")
                        .help(format!("it is first defined on line {line} of this file; rename one or delete one")),
                );
            }
        }
        push(src, dups);
        // The shipped files' order is the event reader's default; only a
        // newsroom's own file settles undecided publication dates.
        if decoded.file.date_order.is_some() && !src.name.starts_with("shipped:") {
            set.date_order_set = true;
        }
        merge_file(&mut set, decoded.file);
        refs.extend(decoded.refs.into_iter().map(|r| (n, r)));
    }
    // Negation flips a hedge ("not over 40"): the words are a word list.
    set.hedges.negations = set.vocab.list("hedge-negations").phrases().into_iter().map(str::to_string).collect();
    // A kind no rules file configures still runs, under its own id.
    for kind in kinds {
        if !set.rules.iter().any(|r| r.def.kind == *kind) {
            set.rules.push(ActiveRule { def: built_in(kind), enabled: true });
        }
    }
    let ids: Vec<String> = set.rules.iter().map(|r| r.def.id.clone()).collect();
    let unknown = |id: &str, span: &Range<usize>, what: &str| -> Option<RulesError> {
        if ids.iter().any(|i| i == id) {
            return None;
        }
        let help = match did_you_mean(id, ids.iter().map(String::as_str)) {
            Some(m) => format!("did you mean `{m}`?"),
            None => "`factlint rules` lists every rule id".to_string(),
        };
        Some(
            RulesError::new(Some(span.clone()), format!("unknown rule id `{id}` in {what}"), "no rule has this id")
                .help(help),
        )
    };
    for (n, r) in &refs {
        if let Some(e) = unknown(&r.id, &r.span, "this file") {
            push(&sources[*n], vec![e]);
        }
    }
    for src in sources {
        // Role classes may only be held with, or clash with, classes that exist.
        let names: Vec<&str> = set.role_classes.iter().map(|c| c.name.as_str()).collect();
        let mut e = Vec::new();
        for c in set.role_classes.iter().filter(|c| c.origin.file == src.name) {
            let named =
                c.held_with.iter().map(|h| ("held-with", h)).chain(c.clashes_with.iter().map(|h| ("clashes-with", h)));
            for (key, h) in named {
                if !names.contains(&h.as_str()) {
                    let mut err = RulesError::new(
                        Some(c.origin.span.clone()),
                        format!("`{key}` names an unknown role class `{h}`"),
                        "in this [[role-class]]",
                    );
                    err.help = did_you_mean(h, names.iter().copied()).map(|m| format!("did you mean `{m}`?"));
                    e.push(err);
                }
            }
        }
        push(src, e);
    }
    if let Some((c, src)) = config {
        let mut e = Vec::new();
        let select: Vec<&str> = c.select.iter().map(|s| s.0.as_str()).collect();
        for (id, span) in c.select.iter().chain(&c.ignore) {
            e.extend(unknown(id, span, CONFIG_NAME));
        }
        for (id, span, _) in &c.severity {
            e.extend(unknown(id, span, CONFIG_NAME));
        }
        for r in &mut set.rules {
            let id = r.def.id.as_str();
            r.enabled = (select.is_empty() || select.contains(&id)) && !c.ignore.iter().any(|(i, _)| i == id);
            if let Some((_, _, sev)) = c.severity.iter().find(|(i, _, _)| i == id) {
                r.def.severity = *sev;
            }
        }
        push(src, e);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    set.finish();
    Ok(set)
}

/// Merges one file into the set: a later file's rule, alias, measure and
/// role class replace an earlier one of the same name; hedge words, word
/// lists, spellings, ignores and tests add up.
fn merge_file(set: &mut RuleSet, f: RulesFile) {
    for r in f.rules {
        set.rules.retain(|a| a.def.id != r.id);
        set.rules.push(ActiveRule { def: r, enabled: true });
    }
    for a in f.aliases {
        set.aliases.retain(|x| x.canonical != a.canonical);
        set.aliases.push(a);
    }
    for m in f.measures {
        set.measures.retain(|x| x.name != m.name);
        set.measures.push(m);
    }
    for h in f.hedges {
        for w in &h.words {
            set.hedges.add(w, h.reading);
        }
        if let Some(width) = h.width {
            match h.reading {
                Hedge::About => set.hedges.widths.about = width,
                Hedge::Nearly => set.hedges.widths.nearly = width,
                Hedge::JustOver => set.hedges.widths.just_over = width,
                Hedge::MostOf => set.hedges.widths.most_of = width,
                _ => {}
            }
        }
    }
    for c in f.role_classes {
        set.role_classes.retain(|x| x.name != c.name);
        set.role_classes.push(c);
    }
    set.spellings.extend(f.spellings);
    if let Some(o) = f.date_order {
        set.date_order = o;
    }
    for w in f.words {
        // decode checked the list and the entry's shape against the
        // declarations, so this cannot fail.
        let _ = set.vocab.add(&w.list, &w.phrase, w.entry);
    }
    set.ignores.extend(f.ignores);
    set.tests.extend(f.tests);
}

/// The rule a registered kind runs as when no rules file configures it.
fn built_in(kind: &str) -> RuleDef {
    RuleDef {
        id: kind.to_string(),
        kind: kind.to_string(),
        severity: Severity::Error,
        description: String::new(),
        applies_to: None,
        finding_kinds: Vec::new(),
        tolerance: Tolerance::default(),
        message: None,
        help: None,
        origin: Origin { file: "built-in".into(), span: 0..0 },
    }
}
