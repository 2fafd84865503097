//! Stories: the grouping measured against known groupings, and checks
//! bounded by story.
//!
//! - ../shared/realnews/ecbplus: one folder per event (ECB+ subtopics; a
//!   topic's `N_ecb` and `N_ecbplus` folders are two different events of
//!   one kind, as its README says). B-cubed precision and recall of the
//!   grouping against the folders are printed and held above floors.
//! - ../shared/corpus/dev and dev2: one story per file-name prefix,
//!   recovered exactly.
//!
//! Those tests skip with a message when ../shared is absent. The rest use
//! invented articles.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use factlint::engine::{self, RunOptions};
use factlint::load::Article;

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(rel);
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/{rel} is absent");
        None
    }
}

/// Each article's predicted story and its true group.
fn grouping(dir: &Path, truth: impl Fn(&Path) -> String) -> Vec<(usize, String)> {
    let report = engine::stories_of_paths(&[dir.to_path_buf()], engine::shipped_rules(), &RunOptions::default());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    report
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let story = report.stories.of(factlint::finding::ArticleId(i)).expect("every article has a story");
            (story.0, truth(Path::new(&a.file)))
        })
        .collect()
}

/// B-cubed precision and recall of a grouping against the truth.
#[allow(clippy::cast_precision_loss)]
fn b_cubed(items: &[(usize, String)]) -> (f64, f64) {
    let mut predicted: BTreeMap<usize, usize> = BTreeMap::new();
    let mut truth: BTreeMap<&str, usize> = BTreeMap::new();
    let mut both: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    for (p, t) in items {
        *predicted.entry(*p).or_default() += 1;
        *truth.entry(t).or_default() += 1;
        *both.entry((*p, t)).or_default() += 1;
    }
    let n = items.len() as f64;
    let precision = items.iter().map(|(p, t)| both[&(*p, t.as_str())] as f64 / predicted[p] as f64).sum::<f64>() / n;
    let recall = items.iter().map(|(p, t)| both[&(*p, t.as_str())] as f64 / truth[t.as_str()] as f64).sum::<f64>() / n;
    (precision, recall)
}

fn folder_of(p: &Path) -> String {
    p.parent().and_then(Path::file_name).map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
}

fn prefix_of(p: &Path) -> String {
    let name = p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    name.split('-').next().unwrap_or_default().to_string()
}

#[test]
fn realnews_events_are_recovered() {
    let Some(dir) = shared("realnews/ecbplus") else { return };
    let items = grouping(&dir, folder_of);
    let (p, r) = b_cubed(&items);
    let stories: BTreeSet<usize> = items.iter().map(|(s, _)| *s).collect();
    println!("realnews B-cubed precision {p:.3} recall {r:.3} ({} stories, {} articles)", stories.len(), items.len());
    // Measured 0.933 / 0.923; the floors leave room for small changes.
    assert!(p >= 0.90, "B-cubed precision {p:.3}");
    assert!(r >= 0.90, "B-cubed recall {r:.3}");
}

#[test]
fn dev_and_dev2_stories_are_recovered_exactly() {
    for set in ["corpus/dev", "corpus/dev2"] {
        let Some(dir) = shared(set) else { continue };
        let items = grouping(&dir, prefix_of);
        let (p, r) = b_cubed(&items);
        println!("{set} B-cubed precision {p:.3} recall {r:.3}");
        assert!((p - 1.0).abs() < 1e-9 && (r - 1.0).abs() < 1e-9, "{set}: {items:?}");
    }
}

fn article(name: &str, text: &str) -> Article {
    Article::from_text(name, text)
}

/// Two invented events in one batch: a figure about the same thing differs
/// between them, which is no contradiction.
fn two_events() -> Vec<Article> {
    vec![
        article(
            "a1.txt",
            "Quell floods Marrowby\n\nThe river Quell burst its banks at Marrowby on Monday, said Ondrea Vask of Tellin Water. \
             About 40 homes were flooded in Marrowby.\n",
        ),
        article(
            "a2.txt",
            "Marrowby counts the cost\n\nTellin Water engineer Ondrea Vask said the Quell fell overnight at Marrowby. \
             About 40 homes were flooded in Marrowby.\n",
        ),
        article(
            "b1.txt",
            "Storm hits Kestrelford\n\nA storm struck Kestrelford harbour, said Piet Anwarra of the Kestrelford Coastguard. \
             About 300 homes were flooded in Kestrelford.\n",
        ),
        article(
            "b2.txt",
            "Kestrelford harbour battered\n\nPiet Anwarra of the Kestrelford Coastguard said the harbour wall held. \
             About 300 homes were flooded in Kestrelford.\n",
        ),
    ]
}

#[test]
fn two_events_are_two_stories_and_findings_stay_within_one() {
    let report = factlint::check_articles(two_events(), Vec::new());
    assert_eq!(report.stories.stories.len(), 2, "{:?}", report.stories);
    for f in &report.findings {
        let stories: BTreeSet<_> = f.labels.iter().map(|l| report.stories.of(l.article)).collect();
        assert_eq!(stories.len(), 1, "a finding joins two stories: {}", f.message);
    }
    let json: serde_json::Value = serde_json::from_str(&factlint::report::json::render(&report)).expect("valid JSON");
    let stories = json["stories"].as_array().expect("a stories array");
    assert_eq!(stories.len(), 2);
    assert_eq!(stories[0]["files"], serde_json::json!(["a1.txt", "a2.txt"]));
    assert!(stories[0]["names"].as_array().is_some_and(|n| n.iter().any(|x| x == "Marrowby")), "{stories:?}");
}

#[test]
fn one_article_batches_and_empty_batches_have_stories() {
    let report = factlint::check_articles(vec![article("x.txt", "A note.\n")], Vec::new());
    assert_eq!(report.stories.stories.len(), 1);
    let report = factlint::check_articles(Vec::new(), Vec::new());
    assert!(report.stories.stories.is_empty());
}
