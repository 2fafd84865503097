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
pub mod rules;
pub mod segment;
pub mod span;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::check::CheckContext;
use crate::extract::Claims;
use crate::finding::{Finding, sort_findings};
use crate::load::{Article, InputError};
pub use crate::report::Report;
use crate::rules::RuleSet;

/// Checks every article under the given files and folders.
///
/// Runs on the current rayon pool; the result does not depend on its size.
pub fn check_paths(paths: &[PathBuf]) -> Report {
    check_paths_with(paths, RuleSet::shipped())
}

/// Checks every article under the given files and folders with the given
/// rules configuration.
pub fn check_paths_with(paths: &[PathBuf], rules: &RuleSet) -> Report {
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
    check_articles_with(articles, errors, rules)
}

/// Checks articles already loaded (the library entry point for tests and
/// for callers that do not read from disk).
pub fn check_articles(articles: Vec<Article>, errors: Vec<InputError>) -> Report {
    check_articles_with(articles, errors, RuleSet::shipped())
}

/// Checks articles already loaded with the given rules configuration.
pub fn check_articles_with(articles: Vec<Article>, errors: Vec<InputError>, rules: &RuleSet) -> Report {
    let claims: Vec<Claims> = articles
        .par_iter()
        .map(|a| {
            let segments = segment::segment(&a.text, &a.meta);
            extract::extract_with(a, &segments, rules)
        })
        .collect();
    let ctx = CheckContext { articles: &articles, claims: &claims, rules };
    // Only kinds some enabled rule runs; the rules then claim the findings.
    let kinds: Vec<Box<dyn check::Rule>> = check::registry().into_iter().filter(|k| rules.kind_enabled(k.id())).collect();
    // Each finding travels with the id of the kind that made it: that, not
    // the finding's own rule field, is what the rules claim by `kind`.
    let found: Vec<(&'static str, Finding)> =
        kinds.par_iter().flat_map_iter(|k| k.check(&ctx).into_iter().map(move |f| (k.id(), f))).collect();
    let mut findings: Vec<Finding> =
        rules::apply::apply(found, rules, &articles).into_iter().map(Finding::normalise).collect();
    sort_findings(&mut findings);
    let claim_count = claims.iter().map(Claims::len).sum();
    Report { articles, findings, errors, claims: claim_count }
}
