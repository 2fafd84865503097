//! factlint: a linter for facts in news articles.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] → [`segment`] → [`extract`] → normalise → index → [`check`] →
//! [`report`]. Everything after loading speaks in [`span::Span`]s of the
//! original bytes so every diagnostic points at the exact words.

pub mod check;
pub mod extract;
pub mod finding;
pub mod index;
pub mod load;
pub mod normalise;
pub mod report;
pub mod segment;
pub mod span;
pub mod window;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::check::CheckContext;
use crate::extract::Claims;
use crate::finding::{ArticleId, Finding, sort_findings};
use crate::load::{Article, InputError};
pub use crate::report::Report;

/// Checks every article under the given files and folders.
///
/// Runs on the current rayon pool; the result does not depend on its size.
pub fn check_paths(paths: &[PathBuf]) -> Report {
    let (files, mut errors) = load::collect_inputs(paths);
    // par_iter().collect() keeps input order, and the file list is sorted,
    // so the article order is the same at any thread count.
    let loaded: Vec<Result<Article, InputError>> = files.par_iter().map(|f| load::load_file(f)).collect();
    let mut articles = Vec::with_capacity(loaded.len());
    for result in loaded {
        match result {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    errors.sort();
    check_articles(articles, errors)
}

/// Checks articles already loaded (the library entry point for tests and
/// for callers that do not read from disk).
///
/// An article over [`window::HUGE_ARTICLE_BYTES`] is checked on its own,
/// window by window, so memory and time stay bounded (see [`window`]).
pub fn check_articles(articles: Vec<Article>, errors: Vec<InputError>) -> Report {
    let huge = |a: &Article| a.text.len() > window::HUGE_ARTICLE_BYTES;
    let claims: Vec<Claims> = articles
        .par_iter()
        .map(|a| {
            if huge(a) {
                return Claims::default(); // checked below, by windows
            }
            let mut segments = segment::segment(&a.text, &a.meta);
            window::limit_sentences(&a.text, &mut segments, window::MAX_SENTENCE_BYTES);
            extract::extract(a, &segments)
        })
        .collect();
    let ctx = CheckContext { articles: &articles, claims: &claims };
    let rules = check::registry();
    let mut findings: Vec<Finding> =
        rules.par_iter().flat_map_iter(|r| r.check(&ctx)).map(Finding::normalise).collect();
    let mut claim_count: usize = claims.iter().map(Claims::len).sum();
    for (index, article) in articles.iter().enumerate().filter(|(_, a)| huge(a)) {
        let (found, count) = check_in_windows(article, ArticleId(index), &rules);
        findings.extend(found);
        claim_count += count;
    }
    sort_findings(&mut findings);
    Report { articles, findings, errors, claims: claim_count }
}

/// Checks one huge article window by window; returns its findings, with
/// labels pointing at `id`, and how many claims it holds.
fn check_in_windows(article: &Article, id: ArticleId, rules: &[Box<dyn check::Rule>]) -> (Vec<Finding>, usize) {
    let mut segments = segment::segment(&article.text, &article.meta);
    window::limit_sentences(&article.text, &mut segments, window::MAX_SENTENCE_BYTES);
    let windows = window::windows(&article.text, segments, window::WINDOW_BYTES);
    let per_window: Vec<(Vec<Finding>, usize)> = windows
        .par_iter()
        .map(|w| {
            let claims = [extract::extract(article, w)];
            let ctx = CheckContext { articles: std::slice::from_ref(article), claims: &claims };
            let findings = rules
                .iter()
                .flat_map(|r| r.check(&ctx))
                .map(|mut f| {
                    for label in &mut f.labels {
                        label.article = id;
                    }
                    f.normalise()
                })
                .collect();
            (findings, claims[0].len())
        })
        .collect();
    let count = per_window.iter().map(|(_, n)| n).sum();
    (per_window.into_iter().flat_map(|(f, _)| f).collect(), count)
}
