//! The layering of src/ (docs/architecture.md): each module may import
//! only from the layers below its own, so configuration and vocabulary
//! flow down as arguments and no stage reaches up for them.
//!
//! `#[cfg(test)]` modules are exempt: a unit test may build its inputs
//! with any layer (the shipped rules, say).

use std::path::Path;

/// Lowest first. Modules on one line are one layer and may not import
/// each other.
const LAYERS: &[&[&str]] = &[
    &["span", "disjoint"],
    &["load", "finding"],
    &["vocab"],
    &["segment"],
    &["normalise"],
    &["rules"],
    &["extract"],
    &["index", "stories"],
    &["check"],
    &["report"],
    &["engine"],
    &["lib"],
    &["main"],
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level module a file of src/ belongs to.
fn module_of(rel: &str) -> String {
    let first = rel.split('/').next().unwrap_or(rel);
    first.trim_end_matches(".rs").to_string()
}

/// The text without comments, string literals and `#[cfg(test)]` items.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if text[i..].starts_with("//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if text[i..].starts_with("/*") {
            i += text[i..].find("*/").map_or(b.len() - i, |e| e + 2);
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if text[i..].starts_with("#[cfg(test)]") {
            // Skip the attribute and the item after it: up to its matching
            // closing brace, or its semicolon if it has no body.
            let mut depth = 0usize;
            i += "#[cfg(test)]".len();
            while i < b.len() {
                match b[i] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    b';' if depth == 0 => {
                        i += 1;
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
        } else {
            let c = text[i..].chars().next().expect("in bounds");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn ident(s: &str) -> String {
    s.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// Every `crate::MODULE` a file names (also inside `crate::{a, b::c}`),
/// with its line.
fn imports(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let line = code.len() - rest.len() + at;
        let line = code[..line].matches('\n').count() + 1;
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            // The first name of each item at the group's own depth.
            let mut depth = 0usize;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        out.push((line, ident(&group[i..])));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            out.push((line, ident(after)));
        }
        rest = after;
    }
    out.retain(|(_, name)| !name.is_empty());
    out
}

/// Every import in `files` (path under src/, text) that does not point to
/// a lower layer.
fn violations(files: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, text) in files {
        let from = module_of(rel);
        let Some(own) = rank(&from) else {
            out.push(format!("src/{rel}: module `{from}` has no layer in tests/layers.rs and docs/architecture.md"));
            continue;
        };
        for (line, to) in imports(&code_only(text)) {
            if to == from {
                continue;
            }
            match rank(&to) {
                Some(r) if r < own => {}
                Some(_) => out.push(format!(
                    "src/{rel}:{line}: `{from}` imports `crate::{to}`, which is not in a layer below it"
                )),
                None => out.push(format!("src/{rel}:{line}: `crate::{to}` has no layer")),
            }
        }
    }
    out
}

fn src_files(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("src/ is readable").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            src_files(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let rel = p.strip_prefix(root).expect("under src").to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).expect("source is UTF-8")));
        }
    }
}

#[test]
fn every_import_points_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    src_files(&root, &root, &mut files);
    assert!(files.len() > 20, "found the sources");
    let found = violations(&files);
    assert!(found.is_empty(), "imports against the layering:\n{}", found.join("\n"));
}

#[test]
fn a_planted_upward_import_fails() {
    let planted = |rel: &str, text: &str| vec![(rel.to_string(), text.to_string())];
    // normalise reading the rules in force: the bug the layering prevents.
    let v = violations(&planted("normalise/interval.rs", "fn f() { crate::rules::RuleSet::default(); }\n"));
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(v[0].contains("`normalise` imports `crate::rules`"), "{v:?}");
    assert_eq!(violations(&planted("check/x.rs", "use crate::engine::registry;\n")).len(), 1);
    assert_eq!(violations(&planted("check/x.rs", "use crate::{span::Span,\n  engine::{run, registry}};\n")).len(), 1);
    // Sideways within one layer is upward too.
    assert_eq!(violations(&planted("load/x.rs", "use crate::finding::Finding;\n")).len(), 1);
    // Downward imports, comments, strings and unit tests are fine.
    let fine = "use crate::span::Span;\n// crate::engine\nconst S: &str = \"crate::engine\";\n\
                #[cfg(test)]\nmod tests { use crate::engine::shipped_rules; }\n";
    assert_eq!(violations(&planted("extract/x.rs", fine)), Vec::<String>::new());
    assert_eq!(violations(&planted("newthing/x.rs", "")).len(), 1, "a new module must be given a layer");
}
