//! Archive mode: new articles checked against an archive whose claims are
//! cached on disk, loading only the archive articles the new ones could
//! share a story with (docs/scale.md).
//!
//! The cache is a folder:
//!
//! - `claims.jsonl`: claims lines (docs/claims.md), appended to;
//! - `articles.tsv`: per archive article, the byte offset and length of
//!   its line, the length of its signature vector, and its file;
//! - `terms.tsv` and `postings.bin`: an inverted index of the signatures,
//!   word → (article, weighted count), so a new article's rare words lead
//!   straight to the archive articles that share them;
//! - `index.json`: the schema, the article count and the size of
//!   `claims.jsonl` the index was built for (a stale index is refused).
//!
//! A query weighs each new article's words by rarity across archive and
//! batch (as `stories` does), reads the posting lists of the words rare
//! enough to tell stories apart, and keeps each archive article whose
//! cosine with a new article reaches [`JOIN_AT`]. Those lines are read
//! (by offset), their files read again, and the new articles and these
//! candidates are grouped and checked as one batch; only findings with a
//! label in a new article are reported.

use std::collections::{BTreeSet, HashMap};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::claims::{self, ClaimsLine, Extracted};
use super::run::{RunOptions, settle_date_order};
use crate::extract::Readers;
use crate::load::{self, InputError};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::stories::{self, Signature, Stopwords};

/// The index's schema.
pub const ARCHIVE_SCHEMA: &str = "factlint-archive/1";
const CLAIMS: &str = "claims.jsonl";
const ARTICLES: &str = "articles.tsv";
const TERMS: &str = "terms.tsv";
const POSTINGS: &str = "postings.bin";
const INDEX: &str = "index.json";

/// An archive article joins the batch when its signature's cosine with a
/// new article's (or, one hop on, with such an article's) reaches this:
/// the threshold at which `stories` merges two groups, so an article the
/// new one cannot share a story with directly or through a close
/// neighbour is never read.
pub const JOIN_AT: f64 = stories::MERGE_AT;
/// How `stories` smooths rarity (a notional archive of this many articles).
const PRIOR_ARTICLES: f64 = 300.0;

#[derive(Serialize, Deserialize)]
struct IndexMeta {
    schema: String,
    articles: usize,
    claims_bytes: u64,
}

/// The weight of a word found in `df` of `n` articles.
fn idf(n: usize, df: usize) -> f64 {
    ((n as f64 + 1.0 + PRIOR_ARTICLES) / (df as f64 + 0.5)).ln().powi(2)
}

/// Only the parts of a line the index needs; the claims are skipped.
#[derive(Deserialize)]
struct IndexedPart {
    #[serde(default)]
    error: Option<String>,
    file: String,
    #[serde(default)]
    signature: Signature,
}

/// Writes the claims of every article under `paths` into the cache folder
/// `dir` (created) and indexes them.
pub fn write_archive(dir: &Path, paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> io::Result<Extracted> {
    fs::create_dir_all(dir)?;
    let mut out = BufWriter::new(File::create(dir.join(CLAIMS))?);
    let done = claims::extract_paths(paths, rules, opts, &mut out)?;
    out.flush()?;
    drop(out);
    build_index(dir)?;
    Ok(done)
}

/// Appends claims lines to the cache (creating it) and indexes it again.
pub fn append(dir: &Path, lines: &[ClaimsLine]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut out = BufWriter::new(OpenOptions::new().create(true).append(true).open(dir.join(CLAIMS))?);
    for l in lines {
        serde_json::to_writer(&mut out, l).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    drop(out);
    build_index(dir)
}

/// Builds the index of `dir/claims.jsonl`: one pass over the lines,
/// reading only files and signatures.
pub fn build_index(dir: &Path) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(1 << 20, File::open(dir.join(CLAIMS))?);
    let mut offset = 0u64;
    let mut postings: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
    let mut articles: Vec<(u64, u64, String)> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut batch: Vec<(u64, String)> = Vec::new();
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line)?;
        if n > 0 {
            batch.push((offset, line));
            offset += n as u64;
        }
        if batch.len() == 2048 || (n == 0 && !batch.is_empty()) {
            let parsed: Vec<(u64, u64, Option<IndexedPart>)> = batch
                .par_iter()
                .map(|(at, l)| (*at, l.len() as u64, serde_json::from_str::<IndexedPart>(l).ok()))
                .collect();
            batch.clear();
            for (at, len, part) in parsed {
                let Some(part) = part.filter(|p| p.error.is_none()) else { continue };
                // A file archived twice: the later line stands (its row is re-pointed).
                if !seen.insert(part.file.clone()) {
                    if let Some(row) = articles.iter_mut().find(|r| r.2 == part.file) {
                        *row = (at, len, part.file);
                    }
                    continue;
                }
                let id = articles.len() as u32;
                articles.push((at, len, part.file));
                for (word, count, _) in part.signature.terms {
                    postings.entry(word).or_default().push((id, count as f32));
                }
            }
        }
        if n == 0 {
            break;
        }
    }
    let total = articles.len();
    let cap = stories::max_df(total);
    // Each article's vector length over the words that tell stories apart.
    let mut norm2 = vec![0.0f64; total];
    let mut words: Vec<(&String, &Vec<(u32, f32)>)> = postings.iter().collect();
    words.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut terms = BufWriter::new(File::create(dir.join(TERMS))?);
    let mut post = BufWriter::new(File::create(dir.join(POSTINGS))?);
    let mut at = 0u64;
    for (word, list) in &words {
        let df = list.len();
        if (2..=cap).contains(&df) {
            let w = idf(total, df);
            for &(a, c) in *list {
                norm2[a as usize] += ((1.0 + f64::from(c).ln()) * w).powi(2);
            }
        }
        writeln!(terms, "{word}\t{df}\t{at}")?;
        for &(a, c) in *list {
            post.write_all(&a.to_le_bytes())?;
            post.write_all(&c.to_le_bytes())?;
        }
        at += df as u64;
    }
    terms.flush()?;
    post.flush()?;
    let mut table = BufWriter::new(File::create(dir.join(ARTICLES))?);
    for ((at, len, file), n2) in articles.iter().zip(&norm2) {
        writeln!(table, "{at}\t{len}\t{}\t{file}", n2.sqrt())?;
    }
    table.flush()?;
    let meta = IndexMeta { schema: ARCHIVE_SCHEMA.into(), articles: total, claims_bytes: offset };
    fs::write(dir.join(INDEX), serde_json::to_string(&meta).map_err(io::Error::other)?)
}

/// An archive opened for queries.
struct Archive {
    dir: PathBuf,
    /// Offset and length of each article's line, its vector length, its file.
    articles: Vec<(u64, u64, f64, String)>,
    /// Word → (in how many articles, where its postings start).
    terms: HashMap<String, (usize, u64)>,
}

fn bad(dir: &Path, what: impl std::fmt::Display) -> String {
    format!("the archive {} {what}", dir.display())
}

impl Archive {
    fn open(dir: &Path) -> Result<Archive, String> {
        let read = |name: &str| fs::read_to_string(dir.join(name)).map_err(|e| bad(dir, format!("has no {name}: {e}")));
        let meta: IndexMeta = serde_json::from_str(&read(INDEX)?).map_err(|e| bad(dir, format!("index: {e}")))?;
        if meta.schema != ARCHIVE_SCHEMA {
            return Err(bad(dir, format!("is of schema {}; this factlint reads {ARCHIVE_SCHEMA}", meta.schema)));
        }
        let size = fs::metadata(dir.join(CLAIMS)).map_err(|e| bad(dir, e))?.len();
        if size != meta.claims_bytes {
            return Err(bad(dir, "has changed since it was indexed: write it again with `factlint extract --output`"));
        }
        let articles = read(ARTICLES)?
            .lines()
            .filter_map(|l| {
                let mut f = l.splitn(4, '\t');
                Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?, f.next()?.parse().ok()?, f.next()?.to_string()))
            })
            .collect();
        let terms = read(TERMS)?
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?.to_string(), (f.next()?.parse().ok()?, f.next()?.parse().ok()?)))
            })
            .collect();
        Ok(Archive { dir: dir.to_path_buf(), articles, terms })
    }

    /// The archive articles whose cosine with one of the new signatures
    /// reaches [`JOIN_AT`], in archive order.
    fn candidates(&self, new: &[&Signature], batch: &[&Signature]) -> io::Result<Vec<usize>> {
        let n = self.articles.len() + batch.len();
        let cap = stories::max_df(n);
        // Document frequency across archive and the new batch.
        let mut batch_df: HashMap<&str, usize> = HashMap::new();
        for s in batch {
            for (w, _, _) in &s.terms {
                *batch_df.entry(w.as_str()).or_default() += 1;
            }
        }
        let df = |w: &str| self.terms.get(w).map_or(0, |t| t.0) + batch_df.get(w).copied().unwrap_or(0);
        let mut postings = File::open(self.dir.join(POSTINGS))?;
        let mut cache: HashMap<&str, Vec<(u32, f32)>> = HashMap::new();
        let mut chosen = BTreeSet::new();
        for s in new {
            let weighted: Vec<(&str, f64)> = s
                .terms
                .iter()
                .filter(|(w, _, _)| (2..=cap).contains(&df(w)))
                .map(|(w, c, _)| (w.as_str(), (1.0 + c.ln()) * idf(n, df(w))))
                .collect();
            let norm = weighted.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm == 0.0 {
                continue;
            }
            let mut acc: HashMap<u32, f64> = HashMap::new();
            for &(w, x) in &weighted {
                let Some(&(count, start)) = self.terms.get(w) else { continue };
                if !cache.contains_key(w) {
                    cache.insert(w, read_postings(&mut postings, start, count)?);
                }
                let w_idf = idf(n, df(w));
                for &(a, c) in &cache[w] {
                    let y = (1.0 + f64::from(c).ln()) * w_idf;
                    *acc.entry(a).or_default() += x * y;
                }
            }
            for (a, dot) in acc {
                let their = self.articles[a as usize].2;
                if their > 0.0 && dot / (norm * their) >= JOIN_AT {
                    chosen.insert(a as usize);
                }
            }
        }
        Ok(chosen.into_iter().collect())
    }

    /// The claims lines of these archive articles, read by offset.
    fn lines(&self, which: &[usize]) -> Result<Vec<ClaimsLine>, String> {
        let mut file = File::open(self.dir.join(CLAIMS)).map_err(|e| bad(&self.dir, e))?;
        let mut raw = Vec::with_capacity(which.len());
        for &a in which {
            let (at, len, _, _) = &self.articles[a];
            let mut buf = vec![0u8; *len as usize];
            file.seek(SeekFrom::Start(*at)).and_then(|_| file.read_exact(&mut buf)).map_err(|e| bad(&self.dir, e))?;
            raw.push(buf);
        }
        raw.par_iter()
            .map(|b| {
                let text = std::str::from_utf8(b).map_err(|e| bad(&self.dir, e))?;
                claims::parse_line(text.trim_end()).map_err(|e| bad(&self.dir, e))
            })
            .collect()
    }
}

fn read_postings(file: &mut File, start: u64, count: usize) -> io::Result<Vec<(u32, f32)>> {
    let mut buf = vec![0u8; count * 8];
    file.seek(SeekFrom::Start(start * 8))?;
    file.read_exact(&mut buf)?;
    Ok(buf
        .chunks_exact(8)
        .map(|e| {
            let a = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            let c = f32::from_le_bytes([e[4], e[5], e[6], e[7]]);
            (a, c)
        })
        .collect())
}

/// What an archive check gives: the report (findings with a label in a
/// new article only) and the new articles' lines, for `--update-archive`.
pub struct ArchiveCheck {
    pub report: Report,
    pub new_lines: Vec<ClaimsLine>,
    /// How many archive articles were loaded.
    pub loaded: usize,
}

/// Checks the articles under `paths` against the archive in `dir`.
pub fn check_against(
    dir: &Path,
    paths: &[PathBuf],
    rules: &RuleSet,
    opts: &RunOptions,
) -> Result<ArchiveCheck, String> {
    let archive = Archive::open(dir)?;
    let (files, mut errors) = load::collect_inputs_with(paths, &opts.inputs);
    let readers = Readers::new(rules);
    let stop = Stopwords::new(&rules.vocab);
    let read: Vec<Result<ClaimsLine, InputError>> = files
        .par_iter()
        .map(|f| {
            load::load_file(f).map(|mut a| {
                settle_date_order(std::slice::from_mut(&mut a), rules);
                claims::line_of(&a, rules, &readers, &stop)
            })
        })
        .collect();
    let mut new_lines = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(l) => new_lines.push(l),
            Err(e) => errors.push(e),
        }
    }
    let new_files: BTreeSet<String> = new_lines.iter().map(|l| l.file.clone()).collect();
    let signatures: Vec<&Signature> = new_lines.iter().map(|l| &l.signature).collect();
    // An article both new and archived is taken as new.
    let fresh = |found: Vec<usize>| -> Vec<usize> {
        found.into_iter().filter(|&a| !new_files.contains(&archive.articles[a].3)).collect()
    };
    let seeds = fresh(archive.candidates(&signatures, &signatures).map_err(|e| bad(dir, e))?);
    let mut old = archive.lines(&seeds)?;
    // One hop on: the seeds' own close neighbours, which a story joined
    // through a seed may hold.
    let seed_signatures: Vec<&Signature> = old.iter().map(|l| &l.signature).collect();
    let taken: BTreeSet<usize> = seeds.iter().copied().collect();
    let more: Vec<usize> = fresh(archive.candidates(&seed_signatures, &signatures).map_err(|e| bad(dir, e))?)
        .into_iter()
        .filter(|a| !taken.contains(a))
        .collect();
    old.extend(archive.lines(&more)?);
    let loaded = old.len();
    let mut lines = new_lines.clone();
    lines.extend(old);
    let mut report = claims::check_lines(lines, errors, rules, opts);
    let is_new: Vec<bool> = report.articles.iter().map(|a| new_files.contains(&a.file)).collect();
    report.findings.retain(|f| f.labels.iter().any(|l| is_new.get(l.article.0).copied().unwrap_or(false)));
    Ok(ArchiveCheck { report, new_lines, loaded })
}

/// The claims lines of a report's articles (read again: a report keeps
/// no claims), for `check --update-archive` without `--archive`.
pub fn lines_of_report(report: &Report, rules: &RuleSet) -> Vec<ClaimsLine> {
    let readers = Readers::new(rules);
    let stop = Stopwords::new(&rules.vocab);
    // A run from files keeps only the texts its findings name: the others
    // are read again (one gone since is extracted as empty).
    report
        .articles
        .par_iter()
        .map(|a| {
            let article = super::run::with_text(a).unwrap_or_else(|_| a.clone());
            claims::line_of(&article, rules, &readers, &stop)
        })
        .collect()
}
