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
use crate::stories::{self, Grouping, Signature, Stopwords, Stories};
use jiff::civil::Date;

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
    /// A stage begins with this many steps. A run from files: "scan"
    /// (articles read for their stories), then "check" (stories extracted
    /// and checked). Articles passed in: "check" alone. `--across-stories`:
    /// "read" (articles extracted), then "check" (one step).
    fn stage(&self, name: &'static str, steps: usize);
    /// One step of the current stage is done.
    fn step(&self);
}

/// [`check_paths_with`] with run options.
///
/// Two passes, so that memory is bounded by the largest story, not the
/// batch: [`scan`] reads every input for its metadata and signature and
/// drops its text; the stories are grouped; then each story's files are
/// read again, extracted and checked, and only the texts a finding names
/// are kept for the report. `--across-stories`, which compares every
/// article with every other, holds the whole batch.
pub fn check_paths_opts(paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Report {
    if opts.across_stories {
        let (articles, errors) = load_all(paths, opts);
        return check_articles_opts(articles, errors, rules, opts);
    }
    let scanned = scan(paths, rules, opts);
    check_stories(scanned.articles, scanned.stories, scanned.errors, Texts::Reread, rules, opts)
}

/// Reads the inputs and groups the articles into stories, without
/// extracting or checking anything (`factlint stories`): a report with
/// no findings (and no texts).
pub fn stories_of_paths(paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Report {
    let Scanned { articles, stories, errors } = scan(paths, rules, opts);
    Report { articles, errors, stories, ..Report::default() }
}

/// The first pass of a run from files: every article's metadata (with the
/// rules' date order settled) but not its text, the stories, and the
/// inputs that could not be read.
struct Scanned {
    articles: Vec<Article>,
    stories: Stories,
    errors: Vec<InputError>,
}

/// Reads the inputs in chunks (in parallel within one), keeping of each
/// article its metadata and interned signature only: the batch's texts
/// are never all held. The article from standard input keeps its text,
/// since it cannot be read again. Same order as [`load_all`].
fn scan(paths: &[PathBuf], rules: &RuleSet, opts: &RunOptions) -> Scanned {
    let (files, mut errors) = load::collect_inputs_with(paths, &opts.inputs);
    let stop = Stopwords::new(&rules.vocab);
    let mut grouping = Grouping::new(files.len() + 1);
    let mut articles = Vec::with_capacity(files.len() + 1);
    if let Some(p) = opts.progress {
        p.stage("scan", files.len());
    }
    let read = |result: Result<Article, InputError>, keep_text: bool| {
        result.map(|mut a| {
            settle_date_order(std::slice::from_mut(&mut a), rules);
            let signature = stories::signature_of(&a, &stop);
            if let Some(p) = opts.progress {
                p.step();
            }
            (if keep_text { a } else { a.without_text() }, signature)
        })
    };
    let mut keep = |result: Result<(Article, Signature), InputError>| match result {
        Ok((a, signature)) => {
            grouping.add(signature);
            articles.push(a);
        }
        Err(e) => errors.push(e),
    };
    if let Some((name, bytes)) = &opts.stdin {
        keep(read(load::load_bytes(name, bytes.clone()), true));
    }
    // Interning a chunk's signatures is serial: it runs while the next
    // chunk is read, so that neither core waits for it.
    let mut pending: Vec<Result<(Article, Signature), InputError>> = Vec::new();
    for chunk in files.chunks(stories::SIGNATURE_CHUNK) {
        let (done, ()) = rayon::join(
            || chunk.par_iter().map(|f| read(load::load_file(f), false)).collect(),
            || pending.drain(..).for_each(&mut keep),
        );
        pending = done;
    }
    pending.into_iter().for_each(keep);
    errors.sort();
    let published: Vec<Option<Date>> = articles.iter().map(|a| a.meta.published).collect();
    let stories = grouping.finish(&published);
    // Before the second pass extracts: a settled year dates the article's
    // relative dates and ages.
    stories.settle_dates_from_story(&mut articles);
    Scanned { articles, stories, errors }
}

/// Whether a story's articles are read again from their files when it is
/// checked ([`scan`] dropped their texts), or are held already.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Texts {
    Reread,
    Held,
}

/// An article with its text: itself when held, else its file read again
/// with the metadata the scan read (and the rules settled), which is what
/// grouped it. For `--update-archive`, which extracts a report's articles
/// again.
pub fn with_text(article: &Article) -> Result<Article, InputError> {
    if article.has_text() {
        return Ok(article.clone());
    }
    load::reload_file(&article.file, &article.meta)
}

/// What checking one story gave.
struct StoryChecked {
    findings: Vec<Finding>,
    used: IgnoreUse,
    claims: usize,
    /// The story's articles whose texts the report needs (with ids).
    kept: Vec<(ArticleId, Article)>,
    /// Files the scan read that could not be read again.
    errors: Vec<InputError>,
}

/// The second pass: each story's articles are extracted and checked
/// together (stories in parallel, and the articles of one story), then
/// dropped but for the texts the report shows: an article a finding
/// names, one holding a `factlint-disable` comment (reported when it
/// suppresses nothing), a huge one (the report says it was windowed).
fn check_stories(
    mut articles: Vec<Article>,
    grouped: Stories,
    mut errors: Vec<InputError>,
    texts: Texts,
    rules: &RuleSet,
    opts: &RunOptions,
) -> Report {
    let kinds = enabled_kinds(rules);
    let readers = extract::Readers::new(rules);
    if let Some(p) = opts.progress {
        p.stage("check", grouped.stories.len());
    }
    let done: Vec<StoryChecked> = grouped
        .stories
        .par_iter()
        .map(|story| {
            let checked = check_story(&story.articles, &articles, texts, &kinds, rules, &readers);
            if let Some(p) = opts.progress {
                p.step();
            }
            checked
        })
        .collect();
    let mut findings = Vec::new();
    let mut used = IgnoreUse(vec![false; rules.ignores.len()]);
    let mut claims = 0;
    for d in done {
        findings.extend(d.findings);
        used.merge(&d.used);
        claims += d.claims;
        errors.extend(d.errors);
        for (id, a) in d.kept {
            articles[id.0] = a;
        }
    }
    errors.sort();
    sort_findings(&mut findings);
    let unused_ignores = unused_ignores(rules, &used);
    let mut report =
        Report { articles, findings, errors, claims, unused_ignores, stories: grouped, ..Report::default() };
    suppress::apply_inline(&mut report);
    report
}

/// Extracts and checks one story's articles (`members`, in batch order);
/// labels come back pointing at batch ids.
fn check_story(
    members: &[ArticleId],
    articles: &[Article],
    texts: Texts,
    kinds: &[&dyn RegisteredKind],
    rules: &RuleSet,
    readers: &extract::Readers,
) -> StoryChecked {
    let mut errors = Vec::new();
    let arts: Vec<Article> = members
        .iter()
        .map(|id| {
            let held = &articles[id.0];
            if texts == Texts::Held {
                return held.clone();
            }
            with_text(held).unwrap_or_else(|e| {
                // Gone or changed into something unreadable since the
                // scan: named in the errors, checked as having no claims.
                errors.push(e);
                held.clone()
            })
        })
        .collect();
    let extracted: Vec<ArticleClaims> = arts.par_iter().map(|a| extract_article(a, rules, readers)).collect();
    let claims = extracted.iter().map(ArticleClaims::len).sum();
    let (whole, windowed) = split_windowed(extracted);
    let (mut findings, mut used) = check_slice(&arts, &whole, kinds, rules, Parallel::Kinds);
    for f in &mut findings {
        for label in &mut f.labels {
            label.article = members[label.article.0];
        }
    }
    for (i, windows) in windowed {
        let (found, window_used) = check_in_windows(&arts[i], members[i], windows, kinds, rules);
        findings.extend(found);
        used.merge(&window_used);
    }
    let kept = if texts == Texts::Held {
        Vec::new()
    } else {
        let named: std::collections::BTreeSet<ArticleId> =
            findings.iter().flat_map(|f| f.labels.iter().map(|l| l.article)).collect();
        members
            .iter()
            .zip(arts)
            .filter(|(id, a)| named.contains(id) || suppress::has_directives(&a.text) || huge(a))
            .map(|(id, a)| (*id, a))
            .collect()
    };
    StoryChecked { findings, used, claims, kept, errors }
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
    let grouped = stories::group(&articles, &rules.vocab);
    grouped.settle_dates_from_story(&mut articles);
    if !opts.across_stories {
        return check_stories(articles, grouped, errors, Texts::Held, rules, opts);
    }
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

/// Only kinds some enabled rule runs; the rules then claim the findings.
fn enabled_kinds(rules: &RuleSet) -> Vec<&'static dyn RegisteredKind> {
    registry().iter().copied().filter(|k| rules.kind_enabled(k.id())).collect()
}

/// Each article's whole claims (empty for a huge article), and apart the
/// huge articles' windows by position: a huge article is checked on its
/// own, window by window.
fn split_windowed(claims: Vec<ArticleClaims>) -> (Vec<Claims>, Vec<(usize, Vec<Claims>)>) {
    let mut windowed = Vec::new();
    let whole = claims
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
    (whole, windowed)
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
    let kinds = enabled_kinds(rules);
    let claim_count: usize = claims.iter().map(ArticleClaims::len).sum();
    let (whole, windowed) = split_windowed(claims);
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
