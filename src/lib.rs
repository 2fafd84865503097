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

use std::path::PathBuf;

use rayon::prelude::*;

use crate::check::CheckContext;
use crate::extract::Claims;
use crate::finding::{Finding, sort_findings};
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
pub fn check_articles(articles: Vec<Article>, errors: Vec<InputError>) -> Report {
    let claims: Vec<Claims> = articles
        .par_iter()
        .map(|a| {
            let segments = segment::segment(&a.text, &a.meta);
            extract::extract(a, &segments)
        })
        .collect();
    let ctx = CheckContext { articles: &articles, claims: &claims };
    let rules = check::registry();
    let mut findings: Vec<Finding> =
        rules.par_iter().flat_map_iter(|r| r.check(&ctx)).map(Finding::normalise).collect();
    sort_findings(&mut findings);
    let claim_count = claims.iter().map(Claims::len).sum();
    Report { articles, findings, errors, claims: claim_count }
}
