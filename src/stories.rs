//! Stories: the articles of a batch grouped by the event they tell, so
//! that checks compare claims only within one story. A batch (or an
//! archive) that mixes many events would otherwise match "people",
//! "yards" or "pirates" across unrelated stories, years and places.
//!
//! Each article gets a signature: its words, less the general English of
//! the word lists (function words, month and weekday names, honorifics,
//! number words, `story-common-words`), with capitalised words inside a
//! sentence (names of people, places, organisations) and figures weighted
//! up. Words are weighted by their rarity across the batch (squared
//! inverse document frequency, smoothed by a notional archive so that a
//! batch of one story still reads its shared names as rare), and two
//! articles are as close as the cosine of their weighted signatures.
//!
//! It scales by blocking: only words found in 2 to [`max_df`] articles
//! (a fixed cap at scale, [`MAX_POSTINGS`]) enter a signature, and candidate pairs come from their posting lists,
//! never from all pairs of articles. Stories are then built by average
//! linkage over the candidate edges (a merge needs the mean similarity of
//! every pair across the two groups, absent edges counting as zero, to
//! reach [`MERGE_AT`]), which does not chain two events through one
//! article that mentions both. Two groups whose dated articles are more
//! than [`WINDOW_DAYS`] apart are never merged.
//!
//! Deterministic: the signatures are read in parallel but collected in
//! article order; the linkage runs on each component of mergeable pairs
//! apart (in parallel), each sequential with ties broken by article order.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

use jiff::civil::Date;
use rayon::prelude::*;

use crate::disjoint::DisjointSets;
use crate::finding::ArticleId;
use crate::load::Article;
use crate::segment::tokens::char_at;
use crate::vocab::Vocabulary;
use crate::vocab::fast_hash::{FastMap, FastSet};

/// A story's number in a run, from 1, in the order of its first article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct StoryId(pub usize);

/// One story: its articles (in batch order) and the names they share.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub id: StoryId,
    pub articles: Vec<ArticleId>,
    /// The specific words (names first) its articles share most, as
    /// written in the articles; for a one-article story, its own.
    pub names: Vec<String>,
}

/// The stories of a batch, and the story of each article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stories {
    pub stories: Vec<Story>,
    /// Indexed by article.
    pub of_article: Vec<StoryId>,
}

impl Stories {
    /// The story of an article.
    pub fn of(&self, article: ArticleId) -> Option<StoryId> {
        self.of_article.get(article.0).copied()
    }

    /// A story by its id. Grouped stories are numbered from 1 in order;
    /// stories given upstream ([`given`]) are sorted by id but may skip.
    pub fn get(&self, id: StoryId) -> Option<&Story> {
        match self.stories.get(id.0.checked_sub(1)?) {
            Some(s) if s.id == id => Some(s),
            _ => self.stories.binary_search_by_key(&id.0, |s| s.id.0).ok().map(|k| &self.stories[k]),
        }
    }

    /// Gives each article whose wire dateline has no year ("LONDON, Nov.
    /// 14 (Reuters) -") the year its story's other reports say
    /// ([`crate::load::meta::Meta::settle_year`]), and each all-number
    /// header date nothing decided ("05/01/2026") the reading its story's
    /// dates say ([`crate::load::meta::Meta::settle_order_from_story`]):
    /// an undated article's relative dates ("late on Thursday", "last
    /// month") and ages can then be read.
    /// Returns the articles settled, in batch order; a caller holding
    /// claims read before the story was known reads those again.
    pub fn settle_dates_from_story(&self, articles: &mut [Article]) -> Vec<ArticleId> {
        let mut settled = Vec::new();
        let undecided = |a: &Article| {
            a.meta.published.is_none() && (a.meta.dateline_day.is_some() || a.meta.published_choices.is_some())
        };
        for story in &self.stories {
            if !story.articles.iter().any(|id| articles.get(id.0).is_some_and(undecided)) {
                continue;
            }
            let dates: Vec<Date> = story.articles.iter().filter_map(|id| articles.get(id.0)?.meta.published).collect();
            for id in &story.articles {
                if articles
                    .get_mut(id.0)
                    .is_some_and(|a| a.meta.settle_year(&dates) || a.meta.settle_order_from_story(&dates))
                {
                    settled.push(*id);
                }
            }
        }
        settled.sort();
        settled
    }
}

/// Stories as an upstream grouping gave them, one id per article (in
/// article order): `check --claims` on a partition of a batch grouped
/// once for the whole batch (a Spark job) keeps the batch's story ids
/// instead of grouping the partition again. The shared names are the
/// grouping's to report; these stories carry none.
pub fn given(ids: &[usize]) -> Stories {
    let mut members: BTreeMap<usize, Vec<ArticleId>> = BTreeMap::new();
    for (a, &id) in ids.iter().enumerate() {
        members.entry(id).or_default().push(ArticleId(a));
    }
    Stories {
        stories: members
            .into_iter()
            .map(|(id, articles)| Story { id: StoryId(id), articles, names: Vec::new() })
            .collect(),
        of_article: ids.iter().map(|&id| StoryId(id)).collect(),
    }
}

/// A word counts this much more than a lower-case one when it is
/// capitalised inside a sentence (a name) or is a figure.
const NAME_WEIGHT: f64 = 5.0;
/// The notional archive size that smooths rarity: with a small batch,
/// a word in every article is still rarer than common English.
const PRIOR_ARTICLES: f64 = 300.0;
/// A pair closer than this is an edge worth keeping for linkage.
const EDGE_AT: f64 = 0.05;
/// Two groups merge when their mean pairwise similarity reaches this.
pub const MERGE_AT: f64 = 0.17;
/// Articles further apart than this (both dated) tell different stories:
/// a story may run for years (a trial, an inquiry), so the window is wide.
pub const WINDOW_DAYS: i32 = 3 * 366;
/// How many shared names a story lists.
const NAMES_SHOWN: usize = 5;

/// Words found in more articles than this are too common to tell stories
/// apart, and are neither signature nor blocking keys: 5% of the batch,
/// but never fewer than a large story's size, and never more than
/// [`MAX_POSTINGS`].
pub fn max_df(articles: usize) -> usize {
    (articles / 20).clamp(50, MAX_POSTINGS)
}

/// The longest posting list candidate pairs are read from. Candidate
/// generation costs the sum of each kept word's articles squared, so a
/// cap that grew with the batch (5% of 100,000 articles is 5,000) made it
/// quadratic; a fixed cap makes it at most this many pairs per posting,
/// linear in the batch. Batches up to 20 times this size are grouped
/// exactly as before; a story longer than this is still found through
/// the rarer words its articles share in smaller subsets.
pub const MAX_POSTINGS: usize = 200;

/// One article's signature: weighted counts per word, and how each word
/// was written (its first capitalised form, for the story's names).
/// `factlint extract` writes it, so that stories can be grouped again
/// without the text (docs/claims.md).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Signature {
    /// The word in lower case, its weighted count, and its first
    /// capitalised form when it was read as a name; sorted by word.
    pub terms: Vec<(String, f64, Option<String>)>,
}

/// An article's signature, read from its text with the vocabulary's
/// general English left out.
pub fn signature_of(article: &Article, stop: &Stopwords) -> Signature {
    signature(&article.text, stop)
}

/// The words the signature leaves out: general English of the shipped
/// lists, merged into one set once a run (a signature asks at every word,
/// and six list lookups a word were a tenth of grouping's time).
pub struct Stopwords {
    words: FastSet<String>,
}

impl Stopwords {
    const LISTS: [&'static str; 6] =
        ["function-words", "story-common-words", "month-names", "weekday-names", "honorifics", "number-words"];

    pub fn new(vocab: &Vocabulary) -> Stopwords {
        let words = Self::LISTS.iter().flat_map(|l| vocab.list(l).phrases()).map(str::to_string).collect();
        Stopwords { words }
    }

    fn has(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }
}

/// Reads an article's signature: every word of two letters or more (a
/// figure of any length) that is not general English.
fn signature(text: &str, stop: &Stopwords) -> Signature {
    // Fx-hashed and sized for a news article's distinct words: the
    // default hasher and its regrowth were half of reading a signature.
    let mut counts: FastMap<String, (f64, Option<String>)> = FastMap::default();
    counts.reserve(text.len() / 16);
    let mut lower = String::new();
    let mut sentence_start = true;
    let mut next = 0;
    while let Some(c) = char_at(text, next) {
        let start = next;
        next += c.len_utf8();
        if !c.is_alphanumeric() {
            if matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '“') {
                sentence_start = true;
            }
            continue;
        }
        let figure = c.is_ascii_digit();
        while let Some(d) = char_at(text, next) {
            let joins = if figure {
                d.is_ascii_digit() || matches!(d, ',' | '.')
            } else {
                d.is_alphanumeric() || matches!(d, '\'' | '’' | '-')
            };
            if !joins {
                break;
            }
            next += d.len_utf8();
        }
        let end = next;
        let word = text[start..end].trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let at_start = sentence_start;
        sentence_start = false;
        let word = crate::vocab::strip_any_suffix(word, &["'s", "’s"]).unwrap_or(word);
        // One buffer for every word: no allocation but for a new word.
        lower.clear();
        if word.is_ascii() {
            // Most words: no Unicode case tables.
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            for ch in word.chars() {
                if ch == '’' {
                    lower.push('\'');
                } else {
                    lower.extend(ch.to_lowercase());
                }
            }
        }
        if lower.is_empty() || (!figure && lower.chars().count() < 3) || stop.has(&lower) {
            continue;
        }
        let named = figure || (!at_start && c.is_uppercase());
        let entry = match counts.get_mut(lower.as_str()) {
            Some(e) => e,
            None => counts.entry(lower.clone()).or_insert((0.0, None)),
        };
        entry.0 += if named { NAME_WEIGHT } else { 1.0 };
        if named && entry.1.is_none() {
            entry.1 = Some(word.to_string());
        }
    }
    let mut terms: Vec<(String, f64, Option<String>)> = counts.into_iter().map(|(w, (n, form))| (w, n, form)).collect();
    // Sorted, so that the batch's word ids (and the order of every later
    // sum) do not depend on the hash map's seed.
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Signature { terms }
}

/// Similarity ordered for a max-heap: higher first, then lower article
/// numbers first, so merges happen in one order whatever the thread count.
#[derive(PartialEq)]
struct Candidate {
    mean: f64,
    a: u32,
    b: u32,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.mean.total_cmp(&other.mean).then_with(|| other.a.cmp(&self.a)).then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Days between two dates (absolute).
fn days_between(a: Date, b: Date) -> i32 {
    a.until((jiff::Unit::Day, b)).map_or(i32::MAX, |s| s.get_days().abs())
}

/// A group being built: its members, the range of its dated articles, and
/// the summed similarity to each neighbouring group.
///
/// The links are a vector sorted by group, with u32 ids and f32 sums (the
/// sums of a few similarities, whose merge order they decide exactly the
/// same way on every machine): a 100,000-article batch holds millions, and
/// a map per group was most of grouping's memory.
struct Group {
    members: Vec<u32>,
    dates: Option<(Date, Date)>,
    links: Vec<(u32, f32)>,
}

impl Group {
    fn link(&self, to: u32) -> Option<f32> {
        self.links.binary_search_by_key(&to, |l| l.0).ok().map(|i| self.links[i].1)
    }

    fn unlink(&mut self, to: u32) {
        if let Ok(i) = self.links.binary_search_by_key(&to, |l| l.0) {
            self.links.remove(i);
        }
    }

    fn set_link(&mut self, to: u32, sum: f32) {
        match self.links.binary_search_by_key(&to, |l| l.0) {
            Ok(i) => self.links[i].1 = sum,
            Err(i) => self.links.insert(i, (to, sum)),
        }
    }
}

fn within_window(a: Option<(Date, Date)>, b: Option<(Date, Date)>) -> bool {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let gap = if a1 < b0 {
                days_between(a1, b0)
            } else if b1 < a0 {
                days_between(b1, a0)
            } else {
                0
            };
            gap <= WINDOW_DAYS
        }
        _ => true,
    }
}

/// The words of a batch, interned in article order (so ids are the same
/// at any thread count): how each is written, whether it was read as a
/// name, in how many articles it is, and each article's counts.
///
/// Each article's counts are compact (a u32 word id and an f32 count: the
/// counts are small whole numbers, exact in f32), since a batch of 100,000
/// articles holds millions of them.
struct Terms {
    forms: Vec<(String, bool)>,
    df: Vec<usize>,
    counts: Vec<Box<[(u32, f32)]>>,
    /// Word ids by lower-case word, while interning.
    ids: FastMap<String, u32>,
}

impl Terms {
    fn with_capacity(articles: usize) -> Terms {
        Terms { forms: Vec::new(), df: Vec::new(), counts: Vec::with_capacity(articles), ids: FastMap::default() }
    }

    /// Adds the next article's signature (articles must come in batch order).
    fn intern(&mut self, s: Signature) {
        let mut v = Vec::with_capacity(s.terms.len());
        for (lower, count, form) in s.terms {
            let id = if let Some(&id) = self.ids.get(&lower) {
                id as usize
            } else {
                self.forms.push((form.clone().unwrap_or_else(|| lower.clone()), form.is_some()));
                self.df.push(0);
                let id = self.forms.len() - 1;
                self.ids.insert(lower, id as u32);
                id
            };
            if let Some(form) = form
                && !self.forms[id].1
            {
                self.forms[id] = (form, true);
            }
            self.df[id] += 1;
            v.push((id as u32, count as f32));
        }
        self.counts.push(v.into_boxed_slice());
    }
}

/// How many signatures are read (in parallel) before they are interned:
/// the strings of all signatures of a large batch at once would be most
/// of a run's memory.
pub const SIGNATURE_CHUNK: usize = 1024;

/// Weighted, unit-length signatures over the words that can tell stories
/// apart (in 2 to `cap` articles); the same words are the blocking keys.
fn weigh(terms: &Terms, cap: usize) -> Vec<Vec<(usize, f64)>> {
    #[allow(clippy::cast_precision_loss)]
    let n = terms.counts.len() as f64;
    #[allow(clippy::cast_precision_loss)]
    let idf = |d: usize| ((n + 1.0 + PRIOR_ARTICLES) / (d as f64 + 0.5)).ln().powi(2);
    terms
        .counts
        .iter()
        .map(|v| {
            let mut w: Vec<(usize, f64)> = v
                .iter()
                .filter(|(t, _)| (2..=cap).contains(&terms.df[*t as usize]))
                .map(|&(t, c)| (t as usize, (1.0 + f64::from(c).ln()) * idf(terms.df[t as usize])))
                .collect();
            let norm = w.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                for (_, x) in &mut w {
                    *x /= norm;
                }
            }
            w
        })
        .collect()
}

/// Each article's later neighbours closer than [`EDGE_AT`], found through
/// the posting lists of its signature words (never all pairs): an
/// accumulator per worker, its touched entries reset after each article.
fn candidate_edges(vectors: &[Vec<(usize, f64)>], words: usize) -> Vec<Box<[(u32, f32)]>> {
    let n = vectors.len();
    let mut postings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); words];
    for (a, v) in vectors.iter().enumerate() {
        for &(t, x) in v {
            postings[t].push((a, x));
        }
    }
    (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0.0f64; n], Vec::new()),
            |(acc, touched), a| {
                for &(t, x) in &vectors[a] {
                    for &(b, y) in &postings[t] {
                        if b > a {
                            if acc[b] == 0.0 {
                                touched.push(b);
                            }
                            acc[b] += x * y;
                        }
                    }
                }
                touched.sort_unstable();
                let mut out = Vec::new();
                for &b in touched.iter() {
                    if acc[b] >= EDGE_AT {
                        #[allow(clippy::cast_possible_truncation)]
                        out.push((b as u32, acc[b] as f32));
                    }
                    acc[b] = 0.0;
                }
                touched.clear();
                out.into_boxed_slice()
            },
        )
        .collect()
}

/// Average linkage over the candidate edges: the two groups of highest
/// mean similarity merge first, while it reaches [`MERGE_AT`] and their
/// dates are within the window. Returns the groups, each sorted, in the
/// order of their first article.
///
/// A merge needs a mean of at least [`MERGE_AT`], so at least one pair
/// across the two groups at [`MERGE_AT`] or above: groups only ever grow
/// inside one component of those pairs. Each component is linked on its
/// own, in parallel, with only the links between its own articles (a link
/// to another component is never part of a mean that can merge).
fn link(published: &[Option<Date>], edges: Vec<Box<[(u32, f32)]>>) -> Vec<Vec<usize>> {
    let n = published.len();
    let dates = |a: usize| published[a].map(|d| (d, d));
    let mut roots = DisjointSets::new(n);
    for (a, list) in edges.iter().enumerate() {
        for &(b, s) in list {
            if f64::from(s) >= MERGE_AT && within_window(dates(a), dates(b as usize)) {
                roots.union(a, b as usize);
            }
        }
    }
    // Each component's articles in batch order, and each article's place
    // in its component (a renumbering that keeps the order of articles,
    // so ties between equal means break the same way).
    let mut component_of = vec![0u32; n];
    let mut components: Vec<Vec<u32>> = Vec::new();
    let mut numbered: FastMap<usize, u32> = FastMap::default();
    let mut local = vec![0u32; n];
    for a in 0..n {
        let c = *numbered.entry(roots.find(a)).or_insert_with(|| {
            components.push(Vec::new());
            id32(components.len() - 1)
        });
        component_of[a] = c;
        local[a] = id32(components[c as usize].len());
        components[c as usize].push(id32(a));
    }
    drop(numbered);
    let mut groups: Vec<Vec<Group>> = components
        .iter()
        .map(|members| {
            members
                .iter()
                .enumerate()
                .map(|(i, &a)| Group { members: vec![id32(i)], dates: dates(a as usize), links: Vec::new() })
                .collect()
        })
        .collect();
    // Collected first and made a heap in one pass (linear), not pushed
    // one by one.
    let mut candidates: Vec<Vec<Candidate>> = components.iter().map(|_| Vec::new()).collect();
    // Each article's edges go to later ones, so pushing them in article
    // order leaves every link list sorted; each list is freed once read.
    for (a, list) in edges.into_iter().enumerate() {
        let c = component_of[a] as usize;
        for &(b, s) in &list {
            let b = b as usize;
            if component_of[b] as usize != c || !within_window(dates(a), dates(b)) {
                continue;
            }
            let (la, lb) = (local[a], local[b]);
            let g = &mut groups[c];
            g[la as usize].links.push((lb, s));
            g[lb as usize].links.push((la, s));
            // Below MERGE_AT a pair never merges (a mean of links only
            // falls as groups grow): it counts in the sums, not the heap.
            if f64::from(s) >= MERGE_AT {
                candidates[c].push(Candidate { mean: f64::from(s), a: la, b: lb });
            }
        }
    }
    drop((component_of, local));
    let mut clusters: Vec<Vec<usize>> = components
        .into_par_iter()
        .zip(groups)
        .zip(candidates)
        .flat_map_iter(|((members, groups), candidates)| {
            link_component(groups, candidates)
                .into_iter()
                .map(|c| c.into_iter().map(|i| members[i as usize] as usize).collect::<Vec<usize>>())
                .collect::<Vec<_>>()
        })
        .collect();
    for m in &mut clusters {
        m.sort_unstable();
    }
    clusters.sort_unstable_by_key(|m| m[0]);
    clusters
}

/// Average linkage within one component: its groups (one article each,
/// with their links) and the pairs at [`MERGE_AT`] or above. Returns the
/// members of each final group.
fn link_component(mut groups: Vec<Group>, candidates: Vec<Candidate>) -> Vec<Vec<u32>> {
    if groups.len() == 1 {
        return vec![std::mem::take(&mut groups[0].members)];
    }
    let mut heap = BinaryHeap::from(candidates);
    debug_assert!(groups.iter().all(|g| g.links.is_sorted_by_key(|l| l.0)));
    let mut alive = vec![true; groups.len()];
    #[allow(clippy::cast_precision_loss)]
    let mean = |g: &[Group], a: u32, b: u32, sum: f32| {
        f64::from(sum) / (g[a as usize].members.len() * g[b as usize].members.len()) as f64
    };
    while let Some(Candidate { mean: m, a, b }) = heap.pop() {
        if m < MERGE_AT {
            break;
        }
        if !alive[a as usize] || !alive[b as usize] {
            continue;
        }
        // Stale when either group has grown since this was pushed.
        let Some(sum) = groups[a as usize].link(b) else { continue };
        if mean(&groups, a, b, sum).total_cmp(&m) != Ordering::Equal
            || !within_window(groups[a as usize].dates, groups[b as usize].dates)
        {
            continue;
        }
        // The group with more links absorbs the other (fewer to move).
        let (keep, gone) =
            if groups[a as usize].links.len() >= groups[b as usize].links.len() { (a, b) } else { (b, a) };
        let (ku, gu) = (keep as usize, gone as usize);
        alive[gu] = false;
        let moved = std::mem::take(&mut groups[gu].links);
        let members = std::mem::take(&mut groups[gu].members);
        groups[ku].members.extend(members);
        groups[ku].dates = match (groups[ku].dates, groups[gu].dates) {
            (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
            (x, y) => x.or(y),
        };
        let kept = std::mem::take(&mut groups[ku].links);
        let joined = merge_links(&kept, &moved, keep, gone);
        // Each neighbour of the gone group now links to the kept one.
        for &(k, s) in &moved {
            if k == keep {
                continue;
            }
            let g = &mut groups[k as usize];
            g.unlink(gone);
            g.set_link(keep, g.link(keep).unwrap_or(0.0) + s);
        }
        groups[ku].links = joined;
        for &(k, s) in &groups[ku].links {
            let m = mean(&groups, keep, k, s);
            if m >= MERGE_AT {
                heap.push(Candidate { mean: m, a: keep.min(k), b: keep.max(k) });
            }
        }
    }
    groups.into_iter().zip(alive).filter(|(_, live)| *live).map(|(g, _)| g.members).collect()
}

/// The kept group's links after absorbing the gone one's: both sorted
/// lists merged, sums added where both link to one group, and neither
/// group itself.
fn merge_links(kept: &[(u32, f32)], moved: &[(u32, f32)], keep: u32, gone: u32) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(kept.len() + moved.len());
    let (mut i, mut j) = (0, 0);
    while i < kept.len() || j < moved.len() {
        let next = match (kept.get(i), moved.get(j)) {
            (Some(&(x, s)), Some(&(y, t))) if x == y => {
                i += 1;
                j += 1;
                (x, s + t)
            }
            (Some(&(x, s)), Some(&(y, _))) if x < y => {
                i += 1;
                (x, s)
            }
            (Some(_) | None, Some(&(y, t))) => {
                j += 1;
                (y, t)
            }
            (Some(&(x, s)), None) => {
                i += 1;
                (x, s)
            }
            (None, None) => break,
        };
        if next.0 != keep && next.0 != gone {
            out.push(next);
        }
    }
    out
}

/// An article number as the grouping stores it: batches are far under
/// 4 billion articles.
fn id32(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 articles in a batch")
}

/// Groups the articles of a batch into stories.
pub fn group(articles: &[Article], vocab: &Vocabulary) -> Stories {
    let stop = Stopwords::new(vocab);
    let mut grouping = Grouping::new(articles.len());
    for chunk in articles.chunks(SIGNATURE_CHUNK) {
        let signatures: Vec<Signature> = chunk.par_iter().map(|a| signature(&a.text, &stop)).collect();
        for s in signatures {
            grouping.add(s);
        }
    }
    let published: Vec<Option<Date>> = articles.iter().map(|a| a.meta.published).collect();
    grouping.finish(&published)
}

/// Groups articles into stories from their signatures and publication
/// dates alone (in article order): what [`group`] does once it has read
/// the texts, and what `factlint check --claims` does with signatures
/// read from claims files.
pub fn group_signatures(signatures: impl IntoIterator<Item = Signature>, published: &[Option<Date>]) -> Stories {
    let mut grouping = Grouping::new(published.len());
    for s in signatures {
        grouping.add(s);
    }
    grouping.finish(published)
}

/// Stories built from signatures fed one at a time, in batch order, so a
/// caller can read a batch in chunks and hold only the interned counts,
/// never every signature's strings or every article's text.
pub struct Grouping {
    terms: Terms,
}

impl Grouping {
    pub fn new(articles: usize) -> Grouping {
        Grouping { terms: Terms::with_capacity(articles) }
    }

    /// The next article's signature.
    pub fn add(&mut self, s: Signature) {
        self.terms.intern(s);
    }

    /// The stories, given each article's publication date (in the order
    /// the signatures came).
    pub fn finish(self, published: &[Option<Date>]) -> Stories {
        group_terms(self.terms, published)
    }
}

fn group_terms(mut terms: Terms, published: &[Option<Date>]) -> Stories {
    terms.ids = FastMap::default();
    let cap = max_df(published.len());
    let vectors = weigh(&terms, cap);
    let edges = candidate_edges(&vectors, terms.forms.len());
    drop(vectors);
    let mut of_article = vec![StoryId(0); published.len()];
    let stories = link(published, edges)
        .into_iter()
        .enumerate()
        .map(|(i, members)| {
            let id = StoryId(i + 1);
            for &m in &members {
                of_article[m] = id;
            }
            let names = shared_names(&members, &terms, cap);
            Story { id, articles: members.into_iter().map(ArticleId).collect(), names }
        })
        .collect();
    Stories { stories, of_article }
}

/// The words that define a story: those most of its articles share,
/// names before other words, rarer first. A one-article story shows its
/// own rarest names.
fn shared_names(members: &[usize], terms: &Terms, cap: usize) -> Vec<String> {
    let (forms, df) = (&terms.forms, &terms.df);
    let mut within: BTreeMap<usize, usize> = BTreeMap::new();
    for &m in members {
        for &(t, _) in &terms.counts[m] {
            *within.entry(t as usize).or_default() += 1;
        }
    }
    let need = if members.len() == 1 { 1 } else { members.len().div_ceil(2).max(2) };
    let mut ranked: Vec<(usize, usize)> =
        within.into_iter().filter(|&(t, k)| k >= need && forms[t].1 && df[t] <= cap.max(members.len())).collect();
    // Shared by more of the story first; then rarer in the batch; then by
    // word, so the order is total.
    ranked.sort_by(|&(t, k), &(u, l)| l.cmp(&k).then(df[t].cmp(&df[u])).then_with(|| forms[t].0.cmp(&forms[u].0)));
    ranked.into_iter().take(NAMES_SHOWN).map(|(t, _)| forms[t].0.clone()).collect()
}

/// Every article in one story (for `--across-stories`).
pub fn one_story(articles: usize) -> Stories {
    if articles == 0 {
        return Stories::default();
    }
    Stories {
        stories: vec![Story { id: StoryId(1), articles: (0..articles).map(ArticleId).collect(), names: Vec::new() }],
        of_article: vec![StoryId(1); articles],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(texts: &[&str]) -> Vec<Article> {
        texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), *t)).collect()
    }

    #[test]
    fn articles_sharing_names_are_one_story() {
        let articles = batch(&[
            "Flooding in Marrowby\n\nThe river Quell burst its banks at Marrowby, said Ondrea Vask of Tellin Water.",
            "Rowing club sold\n\nThe Harrowgate Oars club was sold to Pemberline Holdings for a sum.",
            "Marrowby cleans up\n\nTellin Water engineer Ondrea Vask said the Quell fell overnight at Marrowby.",
            "Pemberline buys rowing club\n\nPemberline Holdings has bought the Harrowgate Oars club.",
        ]);
        let s = group(&articles, Vocabulary::shipped());
        assert_eq!(s.stories.len(), 2, "{s:?}");
        assert_eq!(s.of_article[0], s.of_article[2]);
        assert_eq!(s.of_article[1], s.of_article[3]);
        assert_ne!(s.of_article[0], s.of_article[1]);
        assert!(s.stories[0].names.iter().any(|n| n == "Marrowby"), "{:?}", s.stories[0].names);
    }

    #[test]
    fn a_wide_date_gap_splits_a_story() {
        let articles = batch(&[
            "Thursday 3 March 2011\n\nOndrea Vask of Tellin Water spoke at Marrowby about the Quell.",
            "Thursday 5 March 2020\n\nOndrea Vask of Tellin Water spoke at Marrowby about the Quell.",
        ]);
        let s = group(&articles, Vocabulary::shipped());
        if articles.iter().all(|a| a.meta.published.is_some()) {
            assert_eq!(s.stories.len(), 2, "{s:?}");
        }
    }

    #[test]
    fn linkage_runs_on_each_component_of_mergeable_pairs() {
        // 0-1 and 3-4 can merge; 2 is weakly linked to both pairs and to
        // nothing at MERGE_AT, so it stays alone; 5-6-7 is a chain whose
        // mean holds (every pair at or above MERGE_AT).
        let strong = 0.9f32;
        let weak = 0.06f32;
        let edges: Vec<Box<[(u32, f32)]>> = vec![
            vec![(1, strong), (2, weak)].into(),
            vec![(2, weak)].into(),
            vec![(3, weak), (4, weak)].into(),
            vec![(4, strong)].into(),
            vec![].into(),
            vec![(6, strong), (7, strong)].into(),
            vec![(7, strong)].into(),
            vec![].into(),
        ];
        let published = vec![None; 8];
        let clusters = link(&published, edges.clone());
        assert_eq!(clusters, vec![vec![0, 1], vec![2], vec![3, 4], vec![5, 6, 7]]);
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        assert_eq!(one.install(|| link(&published, edges)), clusters);
    }

    #[test]
    fn the_grouping_is_the_same_at_any_thread_count() {
        let articles = batch(&[
            "Ondrea Vask at Marrowby.",
            "Marrowby and Ondrea Vask again.",
            "Pemberline Holdings and Harrowgate Oars.",
            "Harrowgate Oars bought by Pemberline Holdings.",
        ]);
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let a = one.install(|| group(&articles, Vocabulary::shipped()));
        assert_eq!(a, group(&articles, Vocabulary::shipped()));
    }
}
