//! Claims as data: the map step of a run written out as JSON lines, and
//! the reduce step run from them.
//!
//! `factlint extract` reads each article once and writes one line per
//! input (docs/claims.md): the file, its metadata, its story signature
//! and its claims. `factlint check --claims` reads such lines, groups the
//! articles into stories from the signatures, and runs the kinds through
//! the same [`check_extracted`] as `factlint check`, so both find the
//! same things in the same articles.
//!
//! The kinds quote the words around a claim in their messages, so the
//! reduce step reads each article's text again from the file the line
//! names (the text is not in the line: it would double its size). A line
//! records the text's length and hash; a file that is gone or has changed
//! since its claims were read is still checked from its claims, with
//! blank text in its labels and an error in the report that says why.

use std::io::{self, Write};
use std::path::PathBuf;

use jiff::civil::Date;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::run::{ArticleClaims, RunOptions, check_extracted, extract_article, settle_date_order};
use crate::extract::serial::date_opt;
use crate::extract::{Claims, Readers};
use crate::finding::ArticleId;
use crate::load::meta::DateReading;
use crate::load::{self, Article, InputError, Meta};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::span::{LineIndex, Span};
use crate::stories::{self, Signature, Stopwords};

/// The schema of a claims line: its name and major version. A reader
/// accepts lines of its major version (`factlint-claims/1`, and minor
/// versions such as `factlint-claims/1.2` that only add fields).
pub const SCHEMA: &str = "factlint-claims/1";

/// The version this factlint writes: 1.1 adds the rate period `Quarter`
/// ("a quarter", "quarterly", "every three months"); 1.2 the age time
/// `Earlier` ("At the age of 10, Jo Doe began ...") and a sum's
/// `complete` ("and the remaining 11 per cent"); 1.3 the hedge `MostOf`
/// ("the better part of a kilometre"); 1.4 the sum forms `OutOf` and
/// `SharesOf` and the figure form `Frequency`; 1.5 a figure scope's
/// `sites` ("the Holt Vale No. 2 pit"), apart from its places; 1.6 a
/// figure's `share` ("35 per cent of its 1,200 members": 35).
pub const WRITTEN: &str = "factlint-claims/1.6";

/// One line of a claims file: an article read, or an input that could not
/// be.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClaimsLine {
    pub schema: String,
    /// The path as given or walked, as the report names it.
    pub file: String,
    /// Why the input could not be read (then nothing else is set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<LineMeta>,
    /// The length in bytes and the FNV-1a hash of the text the claims were
    /// read from, to tell when the file has changed since.
    #[serde(default)]
    pub bytes: usize,
    #[serde(default)]
    pub hash: String,
    /// What `stories` groups articles by: the weighted words.
    #[serde(default)]
    pub signature: Signature,
    /// The claims, or for an article over 1 MiB each window's claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<Claims>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub windows: Option<Vec<Claims>>,
    /// The story an upstream grouping put the article in (`factlint
    /// stories --claims` over the whole batch, as the Spark job does).
    /// When every line of a run has one, `check --claims` takes the
    /// stories as given and does not group again; `extract` never writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<usize>,
}

/// An article's metadata as a claims line holds it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LineMeta {
    pub title: Option<String>,
    #[serde(default)]
    pub title_span: Option<Span>,
    pub outlet: Option<String>,
    #[serde(with = "date_opt", default)]
    pub published: Option<Date>,
    /// How the date was read when that was a choice ("month-first",
    /// "day-first", "year-inferred").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    #[serde(default)]
    pub body_start: usize,
}

impl LineMeta {
    fn of(meta: &Meta) -> Self {
        LineMeta {
            title: meta.title.clone(),
            title_span: meta.title_span,
            outlet: meta.outlet.clone(),
            published: meta.published,
            how: meta.published_how.map(|h| h.name().to_string()),
            body_start: meta.body_start,
        }
    }

    // `..Meta::default()`: a field added to Meta later keeps its default.
    #[allow(clippy::needless_update)]
    fn meta(&self) -> Meta {
        let how = self.how.as_deref().and_then(|h| {
            [DateReading::MonthFirst, DateReading::DayFirst, DateReading::YearInferred, DateReading::YearFromStory]
                .into_iter()
                .find(|r| r.name() == h)
        });
        Meta {
            title: self.title.clone(),
            title_span: self.title_span,
            outlet: self.outlet.clone(),
            published: self.published,
            published_how: how,
            body_start: self.body_start,
            ..Meta::default()
        }
    }
}

/// 64-bit FNV-1a of the text, in hex: fixed, so a line written by one
/// build is recognised by another.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl ClaimsLine {
    /// The line of an article read.
    pub fn of_article(article: &Article, claims: ArticleClaims, signature: Signature) -> Self {
        let (claims, windows) = match claims {
            ArticleClaims::Whole(c) => (Some(c), None),
            ArticleClaims::Windows(w) => (None, Some(w)),
        };
        ClaimsLine {
            schema: WRITTEN.to_string(),
            file: article.file.clone(),
            error: None,
            meta: Some(LineMeta::of(&article.meta)),
            bytes: article.text.len(),
            hash: text_hash(&article.text),
            signature,
            claims,
            windows,
            story: None,
        }
    }

    /// The line of an input that could not be read.
    pub fn of_error(e: &InputError) -> Self {
        ClaimsLine {
            schema: WRITTEN.to_string(),
            file: e.file.clone(),
            error: Some(e.message.clone()),
            meta: None,
            bytes: 0,
            hash: String::new(),
            signature: Signature::default(),
            claims: None,
            windows: None,
            story: None,
        }
    }

    /// The claims as a run reads them.
    pub fn article_claims(&mut self) -> ArticleClaims {
        match self.windows.take() {
            Some(w) => ArticleClaims::Windows(w),
            None => ArticleClaims::Whole(self.claims.take().unwrap_or_default()),
        }
    }
}

/// Reads one article's line: its claims (with the rules in force) and
/// signature. `readers` and `stop` are the rules' word tables, built
/// once a run.
pub fn line_of(article: &Article, rules: &RuleSet, readers: &Readers, stop: &Stopwords) -> ClaimsLine {
    let claims = extract_article(article, rules, readers);
    ClaimsLine::of_article(article, claims, stories::signature_of(article, stop))
}

/// How many articles and unreadable inputs `extract` wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extracted {
    pub articles: usize,
    pub errors: usize,
}

/// Articles read, extracted and written at once: enough to keep two
/// cores busy, few enough that memory stays flat however many articles.
const CHUNK: usize = 256;

/// The map step: reads every article under `paths` and writes its line
/// (in path order; inputs that could not be read after the articles), a
/// chunk of articles at a time.
pub fn extract_paths(
    paths: &[PathBuf],
    rules: &RuleSet,
    opts: &RunOptions,
    out: &mut (dyn Write + Send),
) -> io::Result<Extracted> {
    let (files, mut errors) = load::collect_inputs_with(paths, &opts.inputs);
    let mut done = Extracted::default();
    let readers = Readers::new(rules);
    let stop = Stopwords::new(&rules.vocab);
    for chunk in files.chunks(CHUNK) {
        let lines: Vec<Result<String, InputError>> = chunk
            .par_iter()
            .map(|f| {
                let mut article = load::load_file(f)?;
                settle_date_order(std::slice::from_mut(&mut article), rules);
                let line = line_of(&article, rules, &readers, &stop);
                Ok(serde_json::to_string(&line).expect("claims hold only strings, numbers and lists"))
            })
            .collect();
        for line in lines {
            match line {
                Ok(text) => {
                    out.write_all(text.as_bytes())?;
                    out.write_all(b"\n")?;
                    done.articles += 1;
                }
                Err(e) => errors.push(e),
            }
        }
    }
    errors.sort();
    for e in &errors {
        serde_json::to_writer(&mut *out, &ClaimsLine::of_error(e)).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    done.errors = errors.len();
    Ok(done)
}

/// Reads claims files: their lines, and an error for each file that cannot
/// be read and each line that is not a claims line of this schema.
pub fn read_claims_files(files: &[PathBuf]) -> (Vec<ClaimsLine>, Vec<InputError>) {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        let shown = file.to_string_lossy().into_owned();
        match std::fs::read_to_string(file) {
            Ok(text) => {
                let (ok, bad) = parse_lines(&shown, &text);
                lines.extend(ok);
                errors.extend(bad);
            }
            Err(e) => errors.push(InputError { file: shown, message: format!("cannot read the claims file: {e}") }),
        }
    }
    (lines, errors)
}

/// The lines of one claims file's text (`shown` names it in errors).
pub fn parse_lines(shown: &str, text: &str) -> (Vec<ClaimsLine>, Vec<InputError>) {
    let numbered: Vec<(usize, &str)> = text.lines().enumerate().collect();
    let parsed: Vec<Result<ClaimsLine, InputError>> = numbered
        .into_par_iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| parse_line(l).map_err(|message| InputError { file: format!("{shown}:{}", n + 1), message }))
        .collect();
    let mut lines = Vec::with_capacity(parsed.len());
    let mut errors = Vec::new();
    for p in parsed {
        match p {
            Ok(l) => lines.push(l),
            Err(e) => errors.push(e),
        }
    }
    (lines, errors)
}

/// One line, checked for its schema.
pub fn parse_line(line: &str) -> Result<ClaimsLine, String> {
    let parsed: ClaimsLine =
        serde_json::from_str(line).map_err(|e| format!("not a claims line ({SCHEMA}, docs/claims.md): {e}"))?;
    let major = parsed.schema.split('.').next().unwrap_or_default();
    if major != SCHEMA {
        return Err(format!(
            "a claims line of schema {:?}; this factlint reads {SCHEMA}: extract the articles again",
            parsed.schema
        ));
    }
    Ok(parsed)
}

/// The reduce step: checks the articles of claims lines as `factlint
/// check` checks the files they name. Lines are taken in path order (as
/// a folder walk lists them), one per file.
/// One line per file, in path order (a later duplicate is dropped); lines
/// that carry an input's error go to `errors` instead.
fn readable_lines(mut lines: Vec<ClaimsLine>, errors: &mut Vec<InputError>) -> Vec<ClaimsLine> {
    lines.sort_by(|a, b| a.file.cmp(&b.file));
    lines.dedup_by(|a, b| a.file == b.file);
    let (failed, lines): (Vec<ClaimsLine>, Vec<ClaimsLine>) = lines.into_iter().partition(|l| l.error.is_some());
    errors.extend(failed.into_iter().map(|l| InputError { file: l.file, message: l.error.unwrap_or_default() }));
    lines
}

pub fn check_lines(lines: Vec<ClaimsLine>, mut errors: Vec<InputError>, rules: &RuleSet, opts: &RunOptions) -> Report {
    let mut lines = readable_lines(lines, &mut errors);
    let texts: Vec<(Article, Option<InputError>)> = lines.par_iter().map(article_of).collect();
    let mut articles = Vec::with_capacity(texts.len());
    // Articles whose text could not be read again: blank, not re-readable.
    let mut unreadable = std::collections::BTreeSet::new();
    for (i, (article, error)) in texts.into_iter().enumerate() {
        articles.push(article);
        if error.is_some() {
            unreadable.insert(i);
        }
        errors.extend(error);
    }
    errors.sort();
    let published: Vec<Option<Date>> = articles.iter().map(|a| a.meta.published).collect();
    let given: Option<Vec<usize>> = lines.iter().map(|l| l.story).collect();
    let grouped = match given {
        Some(ids) if !ids.is_empty() => stories::given(&ids),
        _ => {
            let signatures: Vec<Signature> = lines.iter_mut().map(|l| std::mem::take(&mut l.signature)).collect();
            stories::group_signatures(signatures, &published)
        }
    };
    let mut claims: Vec<ArticleClaims> = lines.iter_mut().map(ClaimsLine::article_claims).collect();
    drop(lines);
    // `extract` read each article alone; one whose dateline has no year
    // gets it from its story only now, so its claims are read again (from
    // the text just read and checked against the line's hash) with that
    // date, as `check` would read them.
    let settled = grouped.settle_dates_from_story(&mut articles);
    if !settled.is_empty() {
        let readers = Readers::new(rules);
        let again: Vec<(ArticleId, ArticleClaims)> = settled
            .par_iter()
            .filter(|id| !unreadable.contains(&id.0))
            .map(|id| (*id, extract_article(&articles[id.0], rules, &readers)))
            .collect();
        for (id, c) in again {
            claims[id.0] = c;
        }
    }
    check_extracted(articles, claims, grouped, errors, rules, opts)
}

/// The stories of the articles claims lines name, grouped from their
/// signatures alone (`factlint stories --claims`): no text is read, so
/// the report's articles carry their metadata but no words.
pub fn stories_of_lines(lines: Vec<ClaimsLine>, mut errors: Vec<InputError>) -> Report {
    let lines = readable_lines(lines, &mut errors);
    errors.sort();
    let mut articles = Vec::with_capacity(lines.len());
    let mut signatures = Vec::with_capacity(lines.len());
    for line in lines {
        let meta = line.meta.as_ref().map(LineMeta::meta).unwrap_or_default();
        let lines = LineIndex::new("");
        articles.push(Article { file: line.file, text: String::new().into(), source: None, meta, lines });
        signatures.push(line.signature);
    }
    let published: Vec<Option<Date>> = articles.iter().map(|a| a.meta.published).collect();
    let stories = stories::group_signatures(signatures, &published);
    Report { articles, errors, stories, ..Report::default() }
}

/// [`check_lines`] over claims files.
pub fn check_claims_files(files: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Report {
    let (lines, errors) = read_claims_files(files);
    check_lines(lines, errors, rules, opts)
}

/// The article a line names, read again for its text; when the file is
/// gone or has changed, the line's metadata with blank text of the same
/// length (every span stays valid), and an error that says so.
fn article_of(line: &ClaimsLine) -> (Article, Option<InputError>) {
    let problem = match load::load_file(&line.file) {
        Ok(a) if a.text.len() == line.bytes && text_hash(&a.text) == line.hash => return (a, None),
        Ok(_) => "changed since its claims were read".to_string(),
        Err(e) => e.message,
    };
    let text: String = " ".repeat(line.bytes);
    let meta = line.meta.as_ref().map(LineMeta::meta).unwrap_or_default();
    let lines = LineIndex::new(&text);
    let article = Article { file: line.file.clone(), text: text.into(), source: None, meta, lines };
    let message = format!(
        "{problem}: checked from its claims, but the report cannot quote its words (extract it again to see them)"
    );
    (article, Some(InputError { file: line.file.clone(), message }))
}
