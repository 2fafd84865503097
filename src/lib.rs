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
pub mod vocab;
pub mod window;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::check::CheckContext;
use crate::extract::Claims;
use crate::finding::{ArticleId, Finding, sort_findings};
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
///
/// An article over [`window::HUGE_ARTICLE_BYTES`] is checked on its own,
/// window by window, so memory and time stay bounded (see [`window`]).
pub fn check_articles(articles: Vec<Article>, errors: Vec<InputError>) -> Report {
    check_articles_with(articles, errors, RuleSet::shipped())
}

/// Checks articles already loaded with the given rules configuration.
pub fn check_articles_with(articles: Vec<Article>, errors: Vec<InputError>, rules: &RuleSet) -> Report {
    let huge = |a: &Article| a.text.len() > window::HUGE_ARTICLE_BYTES;
    let claims: Vec<Claims> = articles
        .par_iter()
        .map(|a| {
            if huge(a) {
                return Claims::default(); // checked below, by windows
            }
            let mut segments = segment::segment(&a.text, &a.meta, &rules.vocab);
            window::limit_sentences(&a.text, &mut segments, window::MAX_SENTENCE_BYTES);
            extract::extract_with(a, &segments, rules)
        })
        .collect();
    let ctx = CheckContext { articles: &articles, claims: &claims, rules };
    // Only kinds some enabled rule runs; the rules then claim the findings.
    let kinds: Vec<Box<dyn check::Rule>> =
        check::registry().into_iter().filter(|k| rules.kind_enabled(k.id())).collect();
    // Each finding travels with the id of the kind that made it: that, not
    // the finding's own rule field, is what the rules claim by `kind`.
    let found: Vec<(&'static str, Finding)> =
        kinds.par_iter().flat_map_iter(|k| k.check(&ctx).into_iter().map(move |f| (k.id(), f))).collect();
    let mut findings: Vec<Finding> =
        rules::apply::apply(found, rules, &articles).into_iter().map(Finding::normalise).collect();
    let mut claim_count: usize = claims.iter().map(Claims::len).sum();
    for (index, article) in articles.iter().enumerate().filter(|(_, a)| huge(a)) {
        let (found, count) = check_in_windows(article, ArticleId(index), &kinds, rules);
        findings.extend(found);
        claim_count += count;
    }
    sort_findings(&mut findings);
    Report { articles, findings, errors, claims: claim_count }
}

/// Checks one huge article window by window; returns its findings, with
/// labels pointing at `id`, and how many claims it holds.
fn check_in_windows(
    article: &Article,
    id: ArticleId,
    kinds: &[Box<dyn check::Rule>],
    rules: &RuleSet,
) -> (Vec<Finding>, usize) {
    let mut segments = segment::segment(&article.text, &article.meta, &rules.vocab);
    window::limit_sentences(&article.text, &mut segments, window::MAX_SENTENCE_BYTES);
    let windows = window::windows(&article.text, segments, window::WINDOW_BYTES);
    let per_window: Vec<(Vec<Finding>, usize)> = windows
        .par_iter()
        .map(|w| {
            let claims = [extract::extract_with(article, w, rules)];
            let one = std::slice::from_ref(article);
            let ctx = CheckContext { articles: one, claims: &claims, rules };
            let found: Vec<(&'static str, Finding)> =
                kinds.iter().flat_map(|k| k.check(&ctx).into_iter().map(move |f| (k.id(), f))).collect();
            let findings = rules::apply::apply(found, rules, one)
                .into_iter()
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
