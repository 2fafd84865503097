//! Load: find the input files, read them, reject what cannot be checked,
//! and read each article's metadata.
//!
//! A file that cannot be checked is never dropped silently: it becomes an
//! [`InputError`] that names the file and the problem, and every other file
//! is still checked.

pub mod meta;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::span::LineIndex;
pub use meta::Meta;

/// One readable article: its text exactly as on disk (a BOM and CRLF line
/// ends are kept, so every byte offset is an offset into the file).
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given on the command line or as walked, never canonicalised.
    pub file: String,
    pub text: Arc<str>,
    pub meta: Meta,
    pub lines: LineIndex,
}

impl Article {
    /// Builds an article from text already known to be valid.
    pub fn from_text(file: impl Into<String>, text: impl Into<Arc<str>>) -> Article {
        let text: Arc<str> = text.into();
        let meta = meta::read_meta(&text);
        let lines = LineIndex::new(&text);
        Article { file: file.into(), text, meta, lines }
    }

    /// "Outlet, 2017-11-23" or whatever part of it is known: how a label
    /// tells the reader which article it is in.
    pub fn provenance(&self) -> Option<String> {
        let date = self.meta.published.map(|d| d.to_string());
        match (&self.meta.outlet, date) {
            (Some(o), Some(d)) => Some(format!("{o}, {d}")),
            (Some(o), None) => Some(o.clone()),
            (None, Some(d)) => Some(d),
            (None, None) => None,
        }
    }
}

/// An input that could not be checked, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct InputError {
    pub file: String,
    pub message: String,
}

impl InputError {
    fn new(file: &str, message: impl Into<String>) -> Self {
        InputError { file: file.to_string(), message: message.into() }
    }
}

/// Extensions of the files a folder walk picks up.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// Expands the given paths into the article files to read, sorted by path
/// so that output never depends on the file system's order.
///
/// Files named explicitly are taken whatever their extension; folders are
/// walked for `*.txt` and `*.md`. A path that does not exist, an unreadable
/// folder and a symlink loop become errors, not silence.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<String>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let shown = path.to_string_lossy().into_owned();
        match fs::metadata(path) {
            Err(e) => errors.push(InputError::new(&shown, describe_io(&e))),
            Ok(m) if m.is_dir() => {
                let mut seen = HashSet::new();
                walk(path, &mut seen, &mut files, &mut errors);
            }
            Ok(_) => files.push(shown),
        }
    }
    files.sort();
    files.dedup();
    errors.sort();
    (files, errors)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, files: &mut Vec<String>, errors: &mut Vec<InputError>) {
    let shown = dir.to_string_lossy().into_owned();
    // Canonical paths of the folders on the current walk detect a symlink
    // that leads back into a folder already being walked.
    let canonical = match fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => return errors.push(InputError::new(&shown, describe_io(&e))),
    };
    if !seen.insert(canonical.clone()) {
        return errors
            .push(InputError::new(&shown, "symlink loop: this folder was already walked; not followed again"));
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return errors.push(InputError::new(&shown, format!("cannot read folder: {}", describe_io(&e)))),
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        let child_shown = child.to_string_lossy().into_owned();
        match fs::metadata(&child) {
            Err(e) => errors.push(InputError::new(&child_shown, describe_io(&e))),
            Ok(m) if m.is_dir() => walk(&child, seen, files, errors),
            Ok(_) => {
                let wanted = child
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|w| w.eq_ignore_ascii_case(e)));
                if wanted {
                    files.push(child_shown);
                }
            }
        }
    }
    seen.remove(&canonical);
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied: cannot read it".to_string(),
        _ => e.to_string(),
    }
}

/// Reads one file and checks that it holds an article.
pub fn load_file(file: &str) -> Result<Article, InputError> {
    let bytes = fs::read(file).map_err(|e| InputError::new(file, describe_io(&e)))?;
    validate(&bytes).map_err(|m| InputError::new(file, m))?;
    // Validated above: taking the bytes as they are avoids a second copy
    // of the file, which matters for a very large article.
    let text = String::from_utf8(bytes).map_err(|e| InputError::new(file, e.to_string()))?;
    Ok(Article::from_text(file, text))
}

/// Accepts the bytes of a text article, or says what is wrong with them.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    validate(bytes)?;
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// Why these bytes are not a text article to check, if they are not.
fn validate(bytes: &[u8]) -> Result<(), String> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary file (NUL byte at byte {pos}), not a text article"));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return Err(format!("not valid UTF-8 at byte {}", e.valid_up_to())),
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(if bytes.is_empty() {
            "empty file".into()
        } else {
            "holds only whitespace: no text to check".into()
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_bytes_are_named() {
        assert_eq!(decode(b"ab\xffcd").unwrap_err(), "not valid UTF-8 at byte 2");
        assert!(decode(b"ab\0cd").unwrap_err().starts_with("binary file"));
        assert_eq!(decode(b"").unwrap_err(), "empty file");
        assert!(decode(b" \r\n\t").unwrap_err().contains("whitespace"));
        assert!(decode("\u{feff}\n".as_bytes()).unwrap_err().contains("whitespace"));
        assert!(decode("\u{feff}Hello.\r\n".as_bytes()).is_ok());
    }
}
