//! No input makes the pipeline panic (issue #8).
//!
//! Properties over the whole pipeline (`decode` → `Article::from_text` →
//! `check_articles` → both report formats): arbitrary bytes and strings,
//! and real and generated articles mutated with spans inserted, deleted,
//! duplicated and repeated, random Unicode, numbers at the extremes,
//! unbalanced and nested quotes, very long sentences and paragraphs. For
//! every input: no panic, every label on char boundaries inside its file,
//! the JSON report valid and round-tripping, the human report whole.
//!
//! CI runs a few cases of each (set `PROPTEST_CASES` for more). The long
//! mode, which stands in for fuzzing (cargo-fuzz needs nightly), is the
//! ignored test `soak`, run for `FACTLINT_SOAK_SECS` seconds:
//!
//! ```sh
//! FACTLINT_SOAK_SECS=3600 cargo test --release --test pipeline_props -- --ignored --nocapture
//! ```
#![allow(clippy::unnecessary_wraps, clippy::format_collect)] // proptest helpers return Result for prop_assert; fixtures are built with format!

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use factlint::load::{Article, decode};
use factlint::report::json;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

/// Cases per property in CI: small, since the suite runs in a debug build
/// on two cores. `PROPTEST_CASES` overrides it.
fn config(default_cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default_cases);
    Config { cases, failure_persistence: None, ..Config::default() }
}

// ---------------------------------------------------------------------------
// Inputs

/// Pieces that have broken or could break text processing: numbers at the
/// extremes, quotes of every kind, odd whitespace and Unicode, header-like
/// lines and dates that do not exist.
const PIECES: &[&str] = &[
    // Numbers at the extremes and malformed numbers.
    "1e308",
    "1.7976931348623157e308",
    "1e-308",
    "99999999999999999999",
    "18446744073709551616",
    "999,999,999,999,999,999,999,999",
    "0.0000000000000000001",
    "-5",
    "\u{2212}12",
    "NaN",
    "inf",
    "1/0",
    "0/0",
    "£99999999999999999999bn",
    "99999999999999999999%",
    "$1e308m",
    "½",
    "¾ of",
    "²",
    "\u{663}\u{664}",
    "一百",
    "a dozen dozen",
    "nine hundred trillion billion",
    "1,2,3,4",
    "1.2.3",
    "12,34",
    "10-20",
    "1 000 000",
    "between 99999999999999999999 and 1",
    "60 or 70",
    "nearly 0",
    "more than -1",
    "0 a day",
    "1e308 calls a day",
    "99999999999999999999 calls a second",
    "at least two a day",
    "half",
    "one sixth of 0",
    "7,631",
    "7,361",
    "around 450 open inquiries",
    "nearly 300 open inquiries",
    "2,310 daily sailings",
    "2,130 sailings a day",
    "aged 99999999999999999999",
    "for 99999999999999999999 years",
    "in 99999",
    "in 0",
    "last year",
    "on Tuesday",
    // Quotes: straight, curly, single, unbalanced, nested.
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "«",
    "»",
    "\"\u{201c}'\u{2018}",
    "\u{201c}He said \u{201c}she said \u{2018}no\u{2019}\u{201d}",
    "\"\"\"",
    "\u{201d}\u{201c}",
    "said: \"",
    // Whitespace, controls, invisible and tricky Unicode.
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "\t",
    "\u{feff}",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "\u{2028}",
    "\u{85}",
    "\u{a0}",
    "\u{1}",
    "\u{7f}",
    "e\u{301}",
    "\u{301}",
    "🇬🇧",
    "👩\u{200d}👩\u{200d}👧",
    "ǅ",
    "ß",
    "İ",
    "ﬃ",
    "Σ",
    "ẞ",
    "𝟗𝟗",
    // Sentence structure.
    ". ",
    "Mr. ",
    "U.S.",
    "No. ",
    "...",
    "?!",
    "\u{2014}",
    "(",
    ")",
    "[",
    "]",
    "e.g.,",
    "3 p.m.",
    "J. R. ",
    // Header-like lines and impossible dates.
    "---\n",
    "---\ntitle: x\n---\n",
    "---\npublished: 2024-13-45\n---\n",
    "Published: 02nd August 2016 08:21 AM",
    "Thursday 31 February 2017",
    "99 December 99999",
    "0000-00-00",
    "9999-99-99",
    "31/12/0000",
    "By \n",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<String>().prop_map(|s| s.chars().take(24).collect()),
        1 => "[ -~\u{a0}-\u{2fff}]{0,24}",
    ]
}

/// One change to a text. Positions are fractions of its length, moved back
/// to the nearest char boundary when applied.
#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, String),
    Delete(Index, usize),
    Duplicate(Index, usize),
    /// Many copies of a piece at one place: very long sentences (no full
    /// stop), paragraphs (full stops, no blank lines), or runs of quotes.
    Repeat(Index, String, usize),
}

fn edit(max_repeat: usize) -> impl Strategy<Value = Edit> {
    let long_unit = prop_oneof![
        Just("and 5 more people ".to_string()),
        Just("He said 12 people were hurt. ".to_string()),
        Just("\u{201c}".to_string()),
        Just("(".to_string()),
        Just("1".to_string()),
        Just("1,".to_string()),
        Just("Mr. ".to_string()),
        piece(),
    ];
    prop_oneof![
        4 => (any::<Index>(), piece()).prop_map(|(i, p)| Edit::Insert(i, p)),
        2 => (any::<Index>(), 0usize..400).prop_map(|(i, n)| Edit::Delete(i, n)),
        2 => (any::<Index>(), 0usize..400).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => (any::<Index>(), long_unit, 1usize..=max_repeat).prop_map(|(i, p, n)| Edit::Repeat(i, p, n)),
    ]
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, e: &Edit) {
    let at = |i: &Index, t: &str| floor_boundary(t, i.index(t.len() + 1));
    match e {
        Edit::Insert(i, p) => {
            let a = at(i, text);
            text.insert_str(a, p);
        }
        Edit::Delete(i, n) => {
            let a = at(i, text);
            let b = floor_boundary(text, a + n);
            text.replace_range(a..b, "");
        }
        Edit::Duplicate(i, n) => {
            let a = at(i, text);
            let b = floor_boundary(text, a + n);
            let copy = text[a..b].to_string();
            text.insert_str(b, &copy);
        }
        Edit::Repeat(i, p, n) => {
            let a = at(i, text);
            text.insert_str(a, &p.repeat(*n));
        }
    }
}

/// The seed articles of the repository, the base for mutation.
fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("seeds/ is in the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| fs::read_to_string(p).unwrap()).collect()
}

/// A set of articles: each a seed or a generated article (which has
/// figures that disagree, so findings and their labels are exercised),
/// with edits applied.
#[derive(Debug, Clone)]
struct Mutated {
    bases: Vec<(bool, usize, u64)>,
    edits: Vec<Vec<Edit>>,
}

fn mutated(max_articles: usize, max_edits: usize, max_repeat: usize) -> impl Strategy<Value = Mutated> {
    prop::collection::vec((any::<bool>(), 0usize..5, any::<u64>()), 1..=max_articles).prop_flat_map(move |bases| {
        let n = bases.len();
        prop::collection::vec(prop::collection::vec(edit(max_repeat), 0..=max_edits), n)
            .prop_map(move |edits| Mutated { bases: bases.clone(), edits })
    })
}

impl Mutated {
    fn texts(&self, seeds: &[String]) -> Vec<String> {
        self.bases
            .iter()
            .zip(&self.edits)
            .map(|(&(is_seed, which, gen_seed), edits)| {
                let mut text = if is_seed {
                    seeds[which % seeds.len()].clone()
                } else {
                    common::article(&mut common::Rng::new(gen_seed), which)
                };
                for e in edits {
                    apply(&mut text, e);
                }
                text
            })
            .collect()
    }
}

/// Text built from news-like tokens: numbers, hedges, quotes, stops and
/// line breaks in any order.
fn newsish() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "The",
        "police",
        "said",
        "people",
        "were",
        "hurt",
        "calls",
        "a",
        "day",
        "month",
        "about",
        "nearly",
        "more",
        "than",
        "£",
        "m",
        "bn",
        "%",
        "per",
        "cent",
        "aged",
        "years",
        "old",
        "on",
        "Monday",
        "in",
        "2017",
        "of",
        "and",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "Mr",
        "Dr",
        "minister",
        "told",
        "Reuters",
        "Published:",
        "GMT",
    ];
    let token = prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(str::to_string),
        2 => piece(),
        2 => any::<u64>().prop_map(|n| n.to_string()),
        1 => any::<f64>().prop_map(|f| f.to_string()),
    ];
    prop::collection::vec(token, 0..200).prop_map(|t| t.join(" "))
}

// ---------------------------------------------------------------------------
// Properties

fn check_texts(texts: &[String]) -> Result<(), TestCaseError> {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), t.as_str())).collect();
    let report = factlint::check_articles(articles, vec![]);
    common::assert_report_sound(&report);
    Ok(())
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    match decode(bytes) {
        Ok(text) => check_texts(&[text]),
        Err(message) => {
            prop_assert!(!message.is_empty());
            if std::str::from_utf8(bytes).is_err() && !bytes.contains(&0) {
                let valid = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
                let expected = format!("not valid UTF-8 at byte {valid} (line ");
                prop_assert!(message.starts_with(&expected), "{} does not start with {}", message, expected);
            }
            Ok(())
        }
    }
}

fn check_mutated(m: &Mutated, seeds: &[String]) -> Result<(), TestCaseError> {
    check_texts(&m.texts(seeds))
}

/// The same articles give the same JSON on one thread and on several.
fn check_thread_independence(m: &Mutated, seeds: &[String]) -> Result<(), TestCaseError> {
    let texts = m.texts(seeds);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let articles =
                texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), t.as_str())).collect();
            json::render(&factlint::check_articles(articles, vec![]))
        })
    };
    prop_assert_eq!(run(1), run(4));
    Ok(())
}

fn text_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        // Mostly text with stray bytes: invalid UTF-8 deep inside.
        (newsish(), prop::collection::vec((any::<Index>(), any::<u8>()), 0..3)).prop_map(|(s, stray)| {
            let mut b = s.into_bytes();
            for (i, byte) in stray {
                let at = i.index(b.len() + 1);
                b.insert(at, byte);
            }
            b
        }),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in text_bytes()) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn arbitrary_strings_never_panic(texts in prop::collection::vec(prop_oneof![any::<String>(), newsish()], 1..4)) {
        check_texts(&texts)?;
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn mutated_articles_never_panic(m in mutated(3, 8, 300)) {
        check_mutated(&m, &seeds())?;
    }

    #[test]
    fn thread_count_never_changes_the_report(m in mutated(4, 3, 20)) {
        check_thread_independence(&m, &seeds())?;
    }
}

/// Generated articles really do disagree, so the label checks above see
/// findings and not only empty reports.
#[test]
fn generated_articles_produce_findings() {
    let mut rng = common::Rng::new(7);
    let articles = (0..40).map(|i| Article::from_text(format!("g{i}.txt"), common::article(&mut rng, i))).collect();
    let report = factlint::check_articles(articles, vec![]);
    assert!(report.findings.len() >= 3, "{} findings", report.findings.len());
    common::assert_report_sound(&report);
}

// ---------------------------------------------------------------------------
// Long mode

/// Runs every property with large inputs until `FACTLINT_SOAK_SECS` have
/// passed (default 600), with a fresh random seed per batch. Failures are
/// shrunk, printed and counted, and the run goes on; the test fails at the
/// end if any were found. Cases slower than a second are printed too (a
/// sign of quadratic behaviour), without failing.
#[test]
#[ignore = "long mode: FACTLINT_SOAK_SECS=3600 cargo test --release --test pipeline_props -- --ignored --nocapture"]
fn soak() {
    let secs: u64 = std::env::var("FACTLINT_SOAK_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(600);
    let batch: u32 = std::env::var("FACTLINT_SOAK_BATCH").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let seeds = seeds();
    let started = Instant::now();
    let mut cases: u64 = 0;
    let mut failures: Vec<String> = Vec::new();

    let timed = |name: &str, input: &dyn std::fmt::Debug, f: &mut dyn FnMut() -> Result<(), TestCaseError>| {
        let t = Instant::now();
        let r = f();
        let took = t.elapsed();
        if took > Duration::from_secs(1) {
            eprintln!("soak: slow case in {name}: {took:?}");
        }
        if took > Duration::from_secs(10) {
            let shown: String = format!("{input:?}").chars().take(4000).collect();
            eprintln!("soak: the slow input: {shown}");
        }
        r
    };

    let mut round = 0u64;
    while Instant::now() < deadline {
        round += 1;
        let which = round % 5;
        let mut runner = TestRunner::new(Config { cases: batch, failure_persistence: None, ..Config::default() });
        let result: Result<(), String> = match which {
            0 => runner.run(&text_bytes(), |b| timed("bytes", &b, &mut || check_bytes(&b))).map_err(describe),
            1 => runner
                .run(&prop::collection::vec(prop_oneof![any::<String>(), newsish()], 1..6), |t| {
                    timed("strings", &t, &mut || check_texts(&t))
                })
                .map_err(describe),
            2 => runner
                .run(&mutated(6, 24, 5000), |m| timed("mutated", &m, &mut || check_mutated(&m, &seeds)))
                .map_err(describe),
            3 => {
                // Articles over the threshold, checked in windows; fewer
                // cases, as each is over a megabyte.
                let mut runner =
                    TestRunner::new(Config { cases: batch / 10 + 1, failure_persistence: None, ..Config::default() });
                runner
                    .run(&huge_mutated(), |(size, seed, edits)| {
                        let mut text = common::huge_article(factlint::window::HUGE_ARTICLE_BYTES + size, seed);
                        for e in &edits {
                            apply(&mut text, e);
                        }
                        timed("huge", &(size, seed, &edits), &mut || check_texts(&[text.clone(), seeds[0].clone()]))
                    })
                    .map_err(describe)
            }
            _ => runner
                .run(&mutated(8, 6, 200), |m| timed("threads", &m, &mut || check_thread_independence(&m, &seeds)))
                .map_err(describe),
        };
        cases += u64::from(if which == 3 { batch / 10 + 1 } else { batch });
        if let Err(e) = result {
            eprintln!("soak: FAILURE in round {round}:\n{e}");
            failures.push(e);
        }
        if round.is_multiple_of(20) {
            eprintln!("soak: {cases} cases in {:?}, {} failures", started.elapsed(), failures.len());
        }
    }
    eprintln!("soak: done: {cases} cases in {:?}, {} failures", started.elapsed(), failures.len());
    assert!(failures.is_empty(), "{} failing inputs:\n{}", failures.len(), failures.join("\n\n"));
}

fn huge_mutated() -> impl Strategy<Value = (usize, u64, Vec<Edit>)> {
    (0usize..600_000, any::<u64>(), prop::collection::vec(edit(20_000), 0..40))
}

fn describe<T: std::fmt::Debug>(e: TestError<T>) -> String {
    match e {
        TestError::Abort(why) => format!("aborted: {why}"),
        TestError::Fail(why, input) => {
            let shown = format!("{input:?}");
            let shown: String = shown.chars().take(20_000).collect();
            format!("{why}\nminimal input: {shown}")
        }
    }
}

/// Found by the long run: miette panicked ("Formatting argument out of
/// range") when it padded to a label more than 65,535 columns into its
/// line. The human report now cuts such a line around the label.
#[test]
fn a_finding_deep_in_a_very_long_line_does_not_panic() {
    let head = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
    let long_line = "The weather was calm. ".repeat(4_000);
    let a = format!(
        "{head}{long_line}Officials said inspectors were running around 450 open inquiries into the operator.\n"
    );
    let b = format!("{head}Inspectors are running nearly 300 open inquiries into the operator, the regulator said.\n");
    let articles = vec![Article::from_text("a.txt", a), Article::from_text("b.txt", b)];
    let report = factlint::check_articles(articles, vec![]);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    common::assert_report_sound(&report);
    let human = factlint::report::human::render(&report, factlint::report::human::Style::plain());
    assert!(human.contains("a.txt:7:88040"), "the label's place is given:\n{}", &human[..human.len().min(2000)]);
    assert!(
        human.contains("… was calm. Officials said inspectors were running around 450 open"),
        "the line is cut around the words: {}",
        &human[..human.len().min(2000)]
    );
    assert!(human.len() < 10_000, "the long line is not printed: {} bytes", human.len());
}

/// A label at the start of a line too long to print is drawn with the
/// start of the line only, cut with "…".
#[test]
fn a_finding_at_the_start_of_a_very_long_line_is_given_by_position() {
    let head = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
    let rest = " The weather was calm.".repeat(4_000);
    let a =
        format!("{head}Officials said inspectors were running around 450 open inquiries into the operator.{rest}\n");
    let b = format!("{head}Inspectors are running nearly 300 open inquiries into the operator, the regulator said.\n");
    let report = factlint::check_articles(vec![Article::from_text("a.txt", a), Article::from_text("b.txt", b)], vec![]);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let human = factlint::report::human::render(&report, factlint::report::human::Style::plain());
    assert!(human.contains("a.txt:7:40"), "{}", &human[..human.len().min(2000)]);
    assert!(human.len() < 10_000, "the long line is not printed: {} bytes", human.len());
}

/// Two labels far apart in one article are drawn as two lines of one
/// block; the lines between them are not printed (miette's own `str`
/// source made it print every line between, which for a huge article is
/// megabytes).
#[test]
fn labels_far_apart_in_one_article_are_two_snippets() {
    let head = "Harbour Times\n\nBeds closed\n\nMonday 3 March 2025\n\n";
    let filler: String = (0..60).map(|i| format!("Filler paragraph {i} says nothing much.\n\n")).collect();
    let before: String = (0..100).map(|i| format!("Opening paragraph {i} says little.\n\n")).collect();
    let text = format!(
        "{head}{before}A total of 450 hospital beds were closed last winter.\n\n{filler}A total of 300 hospital beds were closed last winter.\n"
    );
    let report = factlint::check_articles(vec![Article::from_text("a.txt", text)], vec![]);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let human = factlint::report::human::render(&report, factlint::report::human::Style::plain());
    assert!(!human.contains("Filler paragraph 30"), "lines between the labels are not printed:\n{human}");
    assert_eq!(human.matches("A total of").count(), 2, "both lines are drawn, in one block: {human}");
    assert_eq!(human.matches("a.txt:").count(), 1, "{human}");
}

/// Found by the long run: two articles repeating one figure with different
/// values make a conflict for every pair (here 640,000). Joining them into
/// groups used to merge sets edge by edge and took hours for a few
/// thousand copies; it is now a union-find and holds no list of pairs.
#[test]
fn many_copies_of_conflicting_figures_make_one_finding() {
    let a = format!(
        "Harbour Times\n\nTitle one\n\nMonday 3 March 2025\n\n{}",
        "Officials said 450 open inquiries into the operator were running. ".repeat(800)
    );
    let b = format!(
        "Coast Wire\n\nTitle two\n\nMonday 3 March 2025\n\n{}",
        "Officials said 300 open inquiries into the operator were running. ".repeat(800)
    );
    let report = factlint::check_articles(vec![Article::from_text("a.txt", a), Article::from_text("b.txt", b)], vec![]);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].labels.len(), 1600);
    common::assert_report_sound(&report);
}
