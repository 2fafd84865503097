//! Load: find the input files, read them, reject what cannot be checked,
//! and read each article's metadata.
//!
//! A file that cannot be checked is never dropped silently: it becomes an
//! [`InputError`] that names the file and the problem, and every other file
//! is still checked.

pub mod markdown;
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
    /// What the readers read: the file's text, with Markdown markup blanked.
    pub text: Arc<str>,
    /// The text as on disk when the readers see another (a Markdown file),
    /// so a report shows the line the editor wrote. Same length as `text`:
    /// every span means the same bytes in both.
    pub source: Option<Arc<str>>,
    pub meta: Meta,
    pub lines: LineIndex,
}

impl Article {
    /// Builds an article from text already known to be valid.
    pub fn from_text(file: impl Into<String>, text: impl Into<Arc<str>>) -> Article {
        let text: Arc<str> = text.into();
        let meta = meta::read_meta(&text);
        let lines = LineIndex::new(&text);
        Article { file: file.into(), text, source: None, meta, lines }
    }

    /// An article from text whose metadata was read before.
    pub fn with_meta(file: impl Into<String>, text: impl Into<Arc<str>>, meta: Meta) -> Article {
        let text: Arc<str> = text.into();
        let lines = LineIndex::new(&text);
        Article { file: file.into(), text, source: None, meta, lines }
    }

    /// The article without its text, line index or source: what a run
    /// from files holds of an article between reading it for its story
    /// and checking that story, and afterwards of one no finding names
    /// (the report needs its file and metadata only). Its file is read
    /// again when the text is needed ([`load_file`]).
    pub fn without_text(&self) -> Article {
        Article {
            file: self.file.clone(),
            text: Arc::from(""),
            source: None,
            meta: self.meta.clone(),
            lines: LineIndex::new(""),
        }
    }

    /// Whether the text is here: every loaded article has some (an empty
    /// file is an input error), so an empty one was dropped.
    pub fn has_text(&self) -> bool {
        !self.text.is_empty()
    }

    /// The text to show an editor: the file as written.
    pub fn shown(&self) -> &str {
        self.source.as_deref().unwrap_or(&self.text)
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

/// Folders a walk never enters, whatever the ignore files say: build
/// output and installed packages are never articles.
const SKIPPED_FOLDERS: &[&str] = &["target", "node_modules"];

/// How to find the inputs: what to leave out.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// Globs (gitignore syntax) of files and folders to leave out, matched
    /// against the path relative to the folder walked (and against a file
    /// named on the command line as typed).
    pub exclude: Vec<String>,
}

/// Expands the given paths into the article files to read, sorted by path
/// so that output never depends on the file system's order.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<String>, Vec<InputError>) {
    collect_inputs_with(paths, &InputOptions::default())
}

/// [`collect_inputs`] with options.
///
/// Files named explicitly are taken whatever their extension; folders are
/// walked for `*.txt` and `*.md` with ripgrep's walker (the `ignore` crate):
/// `.gitignore` and `.ignore` files are respected, hidden files and folders,
/// `target/` and `node_modules/` skipped. A path that does not exist, an
/// unreadable folder, a symlink loop and a folder with no article in it
/// become errors, not silence. A file reached twice (`seeds ./seeds`, a
/// symlink) is read once, under the first path that reached it.
pub fn collect_inputs_with(paths: &[PathBuf], opts: &InputOptions) -> (Vec<String>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let shown = path.to_string_lossy().into_owned();
        match fs::metadata(path) {
            Err(e) => errors.push(InputError::new(&shown, describe_io(&e))),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                let errors_before = errors.len();
                walk(path, opts, &mut files, &mut errors);
                if files.len() == before && errors.len() == errors_before {
                    errors.push(InputError::new(
                        &shown,
                        "no article found: the folder holds no *.txt or *.md file (after .gitignore, .ignore and --exclude)",
                    ));
                }
            }
            Ok(_) => match excluded_file(path, &opts.exclude) {
                Ok(true) => {}
                Ok(false) => files.push(shown),
                Err(message) => errors.push(InputError::new(&shown, message)),
            },
        }
    }
    files.sort();
    files.dedup();
    // The same file under two paths: keep the first path (in sorted order).
    let canonical = canonical_paths(&files);
    let mut seen = HashSet::new();
    let mut canonical = canonical.into_iter();
    files.retain(|_| canonical.next().is_some_and(|c| seen.insert(c)));
    errors.sort();
    errors.dedup();
    (files, errors)
}

/// Each file's canonical path (the path itself where it cannot be
/// resolved), in order. `fs::canonicalize` resolves every component of a
/// path with its own system calls, and a batch of 20,000 files spent a
/// tenth of a second there on one thread: a folder is resolved once for
/// all its files, and a file that is no symbolic link is its folder's
/// canonical path with its name, which one `lstat` per file (in parallel)
/// tells.
fn canonical_paths(files: &[String]) -> Vec<PathBuf> {
    use rayon::prelude::*;
    let mut folders: std::collections::HashMap<&Path, Option<PathBuf>> = std::collections::HashMap::new();
    for f in files {
        let folder = Path::new(f).parent().unwrap_or(Path::new(""));
        folders.entry(folder).or_insert_with(|| {
            fs::canonicalize(if folder.as_os_str().is_empty() { Path::new(".") } else { folder }).ok()
        });
    }
    files
        .par_iter()
        .map(|f| {
            let path = Path::new(f);
            let plain_file = fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_symlink());
            let in_folder = || {
                let folder = folders.get(path.parent().unwrap_or(Path::new("")))?.as_ref()?;
                Some(folder.join(path.file_name()?))
            };
            plain_file
                .then(in_folder)
                .flatten()
                .or_else(|| fs::canonicalize(path).ok())
                .unwrap_or_else(|| PathBuf::from(f))
        })
        .collect()
}

/// Whether a file named on the command line matches an `--exclude` glob.
fn excluded_file(path: &Path, exclude: &[String]) -> Result<bool, String> {
    if exclude.is_empty() {
        return Ok(false);
    }
    let overrides = exclusions(Path::new("."), exclude)?;
    let relative = path.strip_prefix(".").unwrap_or(path);
    Ok(overrides.matched(relative, false).is_ignore())
}

/// The `--exclude` globs as the walker's overrides, rooted at `root`.
fn exclusions(root: &Path, exclude: &[String]) -> Result<ignore::overrides::Override, String> {
    let mut builder = ignore::overrides::OverrideBuilder::new(root);
    for glob in exclude {
        builder.add(&format!("!{glob}")).map_err(|e| format!("bad --exclude glob `{glob}`: {e}"))?;
    }
    builder.build().map_err(|e| format!("bad --exclude glob: {e}"))
}

fn walk(dir: &Path, opts: &InputOptions, files: &mut Vec<String>, errors: &mut Vec<InputError>) {
    let shown = dir.to_string_lossy().into_owned();
    let overrides = match exclusions(dir, &opts.exclude) {
        Ok(o) => o,
        Err(message) => return errors.push(InputError::new(&shown, message)),
    };
    let mut builder = ignore::WalkBuilder::new(dir);
    builder
        .follow_links(true)
        // .gitignore counts in a folder of articles that is not a git repository too.
        .require_git(false)
        .overrides(overrides)
        .filter_entry(|e| {
            !(e.depth() > 0
                && e.file_type().is_some_and(|t| t.is_dir())
                && e.file_name().to_str().is_some_and(|n| SKIPPED_FOLDERS.contains(&n)))
        });
    for entry in builder.build() {
        match entry {
            Ok(e) => {
                if e.file_type().is_some_and(|t| t.is_dir()) {
                    continue;
                }
                let wanted = e
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .is_some_and(|x| ARTICLE_EXTENSIONS.iter().any(|w| w.eq_ignore_ascii_case(x)));
                if wanted {
                    files.push(e.path().to_string_lossy().into_owned());
                }
            }
            Err(e) => errors.push(walk_error(&shown, &e)),
        }
    }
}

/// A walker error in plain words, naming the path it is about.
fn walk_error(dir: &str, e: &ignore::Error) -> InputError {
    fn describe(e: &ignore::Error, path: &mut Option<PathBuf>) -> String {
        match e {
            ignore::Error::WithPath { path: p, err } => {
                *path = Some(p.clone());
                describe(err, path)
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => describe(err, path),
            ignore::Error::Loop { ancestor, child } => {
                *path = Some(child.clone());
                format!("symlink loop: leads back to {}; not followed again", ancestor.display())
            }
            ignore::Error::Io(io) => describe_io(io),
            other => other.to_string(),
        }
    }
    let mut path = None;
    let message = describe(e, &mut path);
    let file = path.map_or_else(|| dir.to_string(), |p| p.to_string_lossy().into_owned());
    InputError::new(&file, message)
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
    Ok(article_from(file, text, None))
}

/// [`load_file`] again for an article an earlier pass read: the text
/// anew, the metadata that pass read (and the rules settled) kept, not
/// read a second time.
pub fn reload_file(file: &str, known: &Meta) -> Result<Article, InputError> {
    let bytes = fs::read(file).map_err(|e| InputError::new(file, describe_io(&e)))?;
    validate(&bytes).map_err(|m| InputError::new(file, m))?;
    let text = String::from_utf8(bytes).map_err(|e| InputError::new(file, e.to_string()))?;
    Ok(article_from(file, text, Some(known)))
}

/// An article from valid text, with its metadata if already known.
/// Markdown (`*.md`): the readers see the words, not the markup, and
/// offsets stay those of the file on disk.
fn article_from(file: &str, text: String, known: Option<&Meta>) -> Article {
    let build = |text: String| match known {
        Some(meta) => Article::with_meta(file, text, meta.clone()),
        None => Article::from_text(file, text),
    };
    let is_markdown = std::path::Path::new(file).extension().is_some_and(|e| e.eq_ignore_ascii_case("md"));
    if !is_markdown {
        return build(text);
    }
    // The raw text's own body start, as the first reading blanked it.
    let blanked = markdown::blank_markup(&text, meta::read_meta(&text).body_start);
    if blanked == text {
        return build(text);
    }
    let mut article = build(blanked);
    article.source = Some(text.into());
    article
}

/// Reads one article from bytes already in memory (standard input), named
/// `file` in labels and errors.
pub fn load_bytes(file: &str, bytes: Vec<u8>) -> Result<Article, InputError> {
    validate(&bytes).map_err(|m| InputError::new(file, m))?;
    let text = String::from_utf8(bytes).map_err(|e| InputError::new(file, e.to_string()))?;
    Ok(article_from(file, text, None))
}

/// "not valid UTF-8 at byte N (line L, column C)", and a hint when the
/// bytes look like a single-byte Western encoding, the usual culprit.
fn utf8_error(bytes: &[u8], at: usize) -> String {
    let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
    let line = valid.matches('\n').count() + 1;
    let column = valid[line_start..].chars().count() + 1;
    let mut message = format!("not valid UTF-8 at byte {at} (line {line}, column {column})");
    if looks_single_byte(&bytes[at..]) {
        message.push_str(
            "; the bytes look like Windows-1252 or Latin-1: convert the file to UTF-8 \
             (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)",
        );
    }
    message
}

/// Whether the invalid stretch reads as single bytes of Windows-1252 or
/// Latin-1 text: a high byte that does not start a valid UTF-8 sequence,
/// typically an accented letter or a curly quote between ASCII letters.
fn looks_single_byte(rest: &[u8]) -> bool {
    let Some(&first) = rest.first() else { return false };
    if first < 0x80 {
        return false;
    }
    // A truncated multi-byte sequence at the very end is a cut file, not
    // another encoding.
    let next = rest.get(1).copied();
    match first {
        // Continuation bytes alone, or a lead byte not followed by a continuation.
        0x80..=0xBF => true,
        0xC0..=0xFF => next.is_some_and(|b| !(0x80..=0xBF).contains(&b)),
        _ => false,
    }
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
        Err(e) => return Err(utf8_error(bytes, e.valid_up_to())),
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
        assert!(decode(b"ab\xffcd").unwrap_err().starts_with("not valid UTF-8 at byte 2 (line 1, column 3)"));
        let latin1 = decode(b"Headline\n\nThe caf\xe9 opened.\n").unwrap_err();
        assert!(latin1.starts_with("not valid UTF-8 at byte 17 (line 3, column 8)"), "{latin1}");
        assert!(latin1.contains("Windows-1252 or Latin-1"), "{latin1}");
        assert!(!decode(b"cut \xe2\x82").unwrap_err().contains("Latin-1"), "a cut sequence is not a hint");
        assert!(decode(b"ab\0cd").unwrap_err().starts_with("binary file"));
        assert_eq!(decode(b"").unwrap_err(), "empty file");
        assert!(decode(b" \r\n\t").unwrap_err().contains("whitespace"));
        assert!(decode("\u{feff}\n".as_bytes()).unwrap_err().contains("whitespace"));
        assert!(decode("\u{feff}Hello.\r\n".as_bytes()).is_ok());
    }
}
