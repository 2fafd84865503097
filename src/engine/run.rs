//! One run: load the inputs, read each article's claims (in parallel),
//! run every enabled kind over a slice of articles, route the findings to
//! the rules, and sort them into a report.
//!
//! A slice is either the whole batch or one window of a huge article
//! (`segment::window)`: both go through `check_slice`, so the two paths
//! cannot drift apart.

use std::path::PathBuf;

use rayon::prelude::*;

use super::registry::{registry, shipped_rules};
use super::route::{self, IgnoreUse};
use crate::check::{CheckContext, RegisteredKind};
use crate::extract::{self, Claims};
use crate::finding::{ArticleId, Finding, sort_findings};
use crate::load::{self, Article, InputError};
use crate::report::{Report, UnusedIgnore, suppress};
use crate::rules::RuleSet;
use crate::segment::{self, Segments, window};
use crate::stories::{self, Stories};

/// Checks every article under the given files and folders with the
/// shipped rules.
///
/// Runs on the current rayon pool; the result does not depend on its size.
pub fn check_paths(paths: &[PathBuf]) -> Report {
    check_paths_with(paths, shipped_rules())
}

/// Checks every article under the given files and folders with the given
/// rules configuration.
pub fn check_paths_with(paths: &[PathBuf], rules: &RuleSet) -> Report {
    check_paths_opts(paths, rules, &RunOptions::default())
}

/// What a run is told besides its paths and rules: which inputs to leave
/// out, an article read from standard input, and whom to tell of progress.
/// None of it changes what is found in an article.
#[derive(Default)]
pub struct RunOptions<'a> {
    pub inputs: load::InputOptions,
    /// An article already read (from standard input): its name and bytes.
    pub stdin: Option<(String, Vec<u8>)>,
    pub progress: Option<&'a dyn Progress>,
    /// Compare claims across stories too (`--across-stories`): the
    /// stories are still grouped and reported, but do not bound a check.
    pub across_stories: bool,
}

/// Told how far a run has got (a progress bar). Called from worker threads.
pub trait Progress: Sync {
    /// A stage begins with this many steps ("read", articles; "check", kinds).
    fn stage(&self, name: &'static str, steps: usize);
    /// One step of the current stage is done.
    fn step(&self);
}

/// [`check_paths_with`] with run options.
pub fn check_paths_opts(paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Report {
    let (articles, errors) = load_all(paths, opts);
    check_articles_opts(articles, errors, rules, opts)
}

/// Reads the inputs and groups the articles into stories, without
/// extracting or checking anything (`factlint stories`): a report with
/// no findings.
pub fn stories_of_paths(paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Report {
    let (mut articles, errors) = load_all(paths, opts);
    settle_date_order(&mut articles, rules);
    let stories = stories::group(&articles, &rules.vocab);
    Report { articles, errors, stories, ..Report::default() }
}

/// Every input read: the articles in a deterministic order, and the
/// inputs that could not be read.
fn load_all(paths: &[PathBuf], opts: &RunOptions) -> (Vec<Article>, Vec<InputError>) {
    let (files, mut errors) = load::collect_inputs_with(paths, &opts.inputs);
    // par_iter().collect() keeps input order, and the file list is sorted,
    // so the article order is the same at any thread count.
    let loaded: Vec<Result<Article, InputError>> = files.par_iter().map(|f| load::load_file(f)).collect();
    let mut articles = Vec::with_capacity(loaded.len() + 1);
    if let Some((name, bytes)) = &opts.stdin {
        loaded_into(load::load_bytes(name, bytes.clone()), &mut articles, &mut errors);
    }
    for result in loaded {
        loaded_into(result, &mut articles, &mut errors);
    }
    errors.sort();
    (articles, errors)
}

fn loaded_into(result: Result<Article, InputError>, articles: &mut Vec<Article>, errors: &mut Vec<InputError>) {
    match result {
        Ok(a) => articles.push(a),
        Err(e) => errors.push(e),
    }
}

/// Checks articles already loaded (for tests and callers that do not
/// read from disk), with the shipped rules.
pub fn check_articles(articles: Vec<Article>, errors: Vec<InputError>) -> Report {
    check_articles_with(articles, errors, shipped_rules())
}

/// Checks articles already loaded with the given rules configuration.
///
/// An article over [`window::HUGE_ARTICLE_BYTES`] is checked on its own,
/// window by window, so memory and time stay bounded (see [`window`]).
pub fn check_articles_with(articles: Vec<Article>, errors: Vec<InputError>, rules: &RuleSet) -> Report {
    check_articles_opts(articles, errors, rules, &RunOptions::default())
}

/// Loading reads each article's publication date from its own evidence
/// and leaves an all-number date nothing decides ("04/09/2007") empty;
/// the rules' `[dates] order`, when a rules file sets one, settles it here
/// (load sits below the rules, so it cannot ask them).
pub(crate) fn settle_date_order(articles: &mut [Article], rules: &RuleSet) {
    if rules.date_order_set {
        let month_first = rules.date_order == crate::rules::DateOrder::MonthFirst;
        for a in articles {
            a.meta.settle_order(month_first);
        }
    }
}

fn check_articles_opts(
    mut articles: Vec<Article>,
    errors: Vec<InputError>,
    rules: &RuleSet,
    opts: &RunOptions,
) -> Report {
    settle_date_order(&mut articles, rules);
    let progress = opts.progress;
    let tell = |f: &dyn Fn(&dyn Progress)| {
        if let Some(p) = progress {
            f(p);
        }
    };
    tell(&|p| p.stage("read", articles.len()));
    // The readers' word tables, built once for the batch.
    let readers = extract::Readers::new(rules);
    let claims: Vec<ArticleClaims> = articles
        .par_iter()
        .map(|a| {
            let claims = extract_article(a, rules, &readers);
            tell(&|p| p.step());
            claims
        })
        .collect();
    let grouped = stories::group(&articles, &rules.vocab);
    check_extracted(articles, claims, grouped, errors, rules, opts)
}

/// One article's claims as the kinds read them: the whole article's, or,
/// for an article over [`window::HUGE_ARTICLE_BYTES`], each window's
/// (such an article is checked on its own, window by window).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleClaims {
    Whole(Claims),
    Windows(Vec<Claims>),
}

impl ArticleClaims {
    /// How many claims, for the report's summary.
    pub fn len(&self) -> usize {
        match self {
            ArticleClaims::Whole(c) => c.len(),
            ArticleClaims::Windows(w) => w.iter().map(Claims::len).sum(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether an article is checked window by window.
fn huge(a: &Article) -> bool {
    a.text.len() > window::HUGE_ARTICLE_BYTES
}

/// Reads one article's claims with the rules in force (per window for a
/// huge article): the map step of a run, which needs no other article.
/// `readers` are the rules' word tables ([`extract::Readers::new`]),
/// built once for a batch.
pub fn extract_article(article: &Article, rules: &RuleSet, readers: &extract::Readers) -> ArticleClaims {
    if huge(article) {
        let windows = window::windows(&article.text, segments_of(article, rules), window::WINDOW_BYTES);
        ArticleClaims::Windows(windows.into_par_iter().map(|w| read_claims(article, &w, rules, readers)).collect())
    } else {
        ArticleClaims::Whole(read_claims(article, &segments_of(article, rules), rules, readers))
    }
}

/// The reduce step of a run: articles (in report order), their claims and
/// their stories → the report. `check` and `check --claims` both end here,
/// so the two cannot find different things in the same claims.
pub fn check_extracted(
    articles: Vec<Article>,
    claims: Vec<ArticleClaims>,
    grouped: Stories,
    errors: Vec<InputError>,
    rules: &RuleSet,
    opts: &RunOptions,
) -> Report {
    let tell = |f: &dyn Fn(&dyn Progress)| {
        if let Some(p) = opts.progress {
            f(p);
        }
    };
    tell(&|p| p.stage("check", 1));
    // Only kinds some enabled rule runs; the rules then claim the findings.
    let kinds: Vec<&dyn RegisteredKind> = registry().iter().copied().filter(|k| rules.kind_enabled(k.id())).collect();
    let claim_count: usize = claims.iter().map(ArticleClaims::len).sum();
    let mut windowed: Vec<(usize, Vec<Claims>)> = Vec::new();
    let whole: Vec<Claims> = claims
        .into_iter()
        .enumerate()
        .map(|(i, c)| match c {
            ArticleClaims::Whole(c) => c,
            ArticleClaims::Windows(w) => {
                windowed.push((i, w));
                Claims::default()
            }
        })
        .collect();
    let (articles, mut findings, mut used) = if opts.across_stories {
        let (findings, used) = check_slice(&articles, &whole, &kinds, rules, Parallel::Kinds);
        (articles, findings, used)
    } else {
        check_by_story(articles, whole, &grouped, &kinds, rules)
    };
    for (index, windows) in windowed {
        let (found, window_used) = check_in_windows(&articles[index], ArticleId(index), windows, &kinds, rules);
        findings.extend(found);
        used.merge(&window_used);
    }
    sort_findings(&mut findings);
    tell(&|p| p.step());
    let unused_ignores = unused_ignores(rules, &used);
    let mut report = Report {
        articles,
        findings,
        errors,
        claims: claim_count,
        unused_ignores,
        stories: grouped,
        ..Report::default()
    };
    // `<!-- factlint-disable RULE -->` comments in the articles.
    suppress::apply_inline(&mut report);
    report
}

/// The `[[ignore]]` entries no finding of this run matched, with the line
/// of each in its rules file (read again: the rules keep byte spans only).
fn unused_ignores(rules: &RuleSet, used: &IgnoreUse) -> Vec<UnusedIgnore> {
    rules
        .ignores
        .iter()
        .enumerate()
        .filter(|(n, _)| !used.0.get(*n).copied().unwrap_or(false))
        .map(|(_, i)| {
            let line = std::fs::read_to_string(&i.origin.file).ok().and_then(|text| {
                let upto = text.get(..i.origin.span.start)?;
                Some(1 + upto.matches('\n').count())
            });
            let mut names = Vec::new();
            if let Some(r) = &i.rule {
                names.push(format!("rule {r}"));
            }
            if i.file.is_some() {
                names.push("its file glob".to_string());
            }
            if let Some(k) = &i.key {
                names.push(format!("key `{}`", k.as_str()));
            }
            let names = if names.is_empty() { "every finding".to_string() } else { names.join(", ") };
            UnusedIgnore { file: i.origin.file.clone(), line, names }
        })
        .collect()
}

/// Runs the kinds story by story: each story's articles (in batch order)
/// are one slice, so no kind ever compares claims of two stories, and no
/// kind needs to know stories exist. Labels are mapped back to the batch's
/// article ids; the articles come back in batch order.
fn check_by_story(
    articles: Vec<Article>,
    mut claims: Vec<Claims>,
    grouped: &Stories,
    kinds: &[&dyn RegisteredKind],
    rules: &RuleSet,
) -> (Vec<Article>, Vec<Finding>, IgnoreUse) {
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    let slices: Vec<(Vec<ArticleId>, Vec<Article>, Vec<Claims>)> = grouped
        .stories
        .iter()
        .map(|story| {
            let members = story.articles.clone();
            let arts = members.iter().map(|id| slots[id.0].take().expect("an article is in one story")).collect();
            let cls = members.iter().map(|id| std::mem::take(&mut claims[id.0])).collect();
            (members, arts, cls)
        })
        .collect();
    let found: Vec<(Vec<Finding>, IgnoreUse)> = slices
        .par_iter()
        .map(|(members, arts, cls)| {
            let (mut found, used) = check_slice(arts, cls, kinds, rules, Parallel::Kinds);
            for f in &mut found {
                for label in &mut f.labels {
                    label.article = members[label.article.0];
                }
            }
            (found, used)
        })
        .collect();
    for (members, arts, _) in slices {
        for (id, article) in members.into_iter().zip(arts) {
            slots[id.0] = Some(article);
        }
    }
    let articles = slots.into_iter().map(|a| a.expect("every article came back")).collect();
    let mut used = IgnoreUse(vec![false; rules.ignores.len()]);
    for (_, u) in &found {
        used.merge(u);
    }
    (articles, found.into_iter().flat_map(|(f, _)| f).collect(), used)
}

/// An article's paragraphs and sentences, long "sentences" cut in pieces.
fn segments_of(article: &Article, rules: &RuleSet) -> Segments {
    let mut segments = segment::segment(&article.text, &article.meta, &rules.vocab);
    window::limit_sentences(&article.text, &mut segments, window::MAX_SENTENCE_BYTES);
    segments
}

fn read_claims(article: &Article, segments: &Segments, rules: &RuleSet, readers: &extract::Readers) -> Claims {
    compact(extract::extract_read(article, segments, rules, readers))
}

/// The claims without the spare capacity their vectors grew while being
/// read: every article's claims are held until its story is checked, and
/// a doubling vector leaves up to half of itself unused.
fn compact(mut claims: Claims) -> Claims {
    claims.figures.shrink_to_fit();
    claims.mentions.shrink_to_fit();
    claims.roles.shrink_to_fit();
    claims.quotes.shrink_to_fit();
    claims.sums.shrink_to_fit();
    claims.ages.shrink_to_fit();
    claims.dates.shrink_to_fit();
    claims
}

/// Whether a slice runs its kinds in parallel: the whole batch does; the
/// windows of a huge article are already parallel, one window a task.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parallel {
    Kinds,
    No,
}

/// Runs the kinds over one slice of articles and their claims, stamps each
/// finding with its kind's id, and routes it through the rules.
fn check_slice(
    articles: &[Article],
    claims: &[Claims],
    kinds: &[&dyn RegisteredKind],
    rules: &RuleSet,
    parallel: Parallel,
) -> (Vec<Finding>, IgnoreUse) {
    let ctx = CheckContext { articles, claims, rules };
    let run = |k: &&dyn RegisteredKind| {
        let id = k.id();
        let mut found = k.check(&ctx);
        for f in &mut found {
            f.rule = id.to_string();
        }
        found.into_iter().map(move |f| (id, f))
    };
    // Each finding travels with the id of the kind that made it: that, not
    // the finding's own rule field, is what the rules claim by `kind`.
    let found: Vec<(&'static str, Finding)> = match parallel {
        Parallel::Kinds => kinds.par_iter().flat_map_iter(run).collect(),
        Parallel::No => kinds.iter().flat_map(run).collect(),
    };
    let (routed, used) = route::route_all(found, rules, articles);
    (routed.into_iter().map(Finding::normalise).collect(), used)
}

/// Checks one huge article window by window, from each window's claims;
/// returns its findings, with labels pointing at `id`, and which ignores
/// matched.
fn check_in_windows(
    article: &Article,
    id: ArticleId,
    windows: Vec<Claims>,
    kinds: &[&dyn RegisteredKind],
    rules: &RuleSet,
) -> (Vec<Finding>, IgnoreUse) {
    let one = std::slice::from_ref(article);
    let per_window: Vec<(Vec<Finding>, IgnoreUse)> = windows
        .into_par_iter()
        .map(|w| {
            let claims = [w];
            let (mut findings, used) = check_slice(one, &claims, kinds, rules, Parallel::No);
            for f in &mut findings {
                // Every label is in this one article: the order stays.
                for label in &mut f.labels {
                    label.article = id;
                }
            }
            (findings, used)
        })
        .collect();
    let mut used = IgnoreUse::default();
    for (_, u) in &per_window {
        used.merge(u);
    }
    (per_window.into_iter().flat_map(|(f, _)| f).collect(), used)
}
