//! Library tests of article metadata (title, outlet, publication date) and
//! of spans on a file with a BOM and CRLF line ends.

use std::fs;
use std::path::Path;

use factlint::load::{Article, load_file};
use factlint::vocab::Vocabulary;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn published(a: &Article) -> Option<String> {
    a.meta.published.map(|d| d.to_string())
}

/// The five seeds: file, headline, publication date as printed in the file.
const SEEDS: &[(&str, &str, Option<&str>)] = &[
    ("000_7b24a63f35a57af4.txt", "UK terror threat increased by IS losses, security minister says", None),
    (
        "001_be3311bbdffb3deb.txt",
        "UK security services preparing to launch new crackdown on terrorism as Isis attack threat rises",
        Some("2017-11-23"),
    ),
    ("002_236922e2c8b4d84f.txt", "Islamic State 'Driving' UK Terror Threat", None),
    ("003_abdd26bdba9d410a.txt", "Counter terror police: 'Several attack plots disrupted'", None),
    ("004_4d52da7431a11d23.txt", "British police saves two people per day from turning to IS", Some("2016-08-02")),
];

#[test]
fn seed_table_covers_every_seed() {
    let mut on_disk: Vec<String> = fs::read_dir(Path::new(ROOT).join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = SEEDS.iter().map(|(f, _, _)| *f).collect();
    assert_eq!(on_disk, listed, "the table of seeds covers every seed");
}

/// Loads seed `index` and checks its headline and date against the table.
fn check_seed(index: usize) {
    let (name, title, date) = SEEDS[index];
    let path = Path::new(ROOT).join("seeds").join(name);
    let article = load_file(path.to_str().unwrap()).unwrap_or_else(|e| panic!("{name} loads: {e:?}"));
    assert_eq!(published(&article).as_deref(), date, "published date of {name}");
    assert_eq!(article.meta.title.as_deref(), Some(title), "title of {name}");
    // The title span, when given, points at the title in the text.
    if let Some(span) = article.meta.title_span {
        assert_eq!(span.of(&article.text), title, "title span of {name}");
    }
}

#[test]
fn seed_000_first_line_is_the_title_and_no_date() {
    check_seed(0);
}

#[test]
fn seed_001_title_after_page_furniture_and_dated() {
    check_seed(1);
}

#[test]
fn seed_002_title_and_no_date() {
    check_seed(2);
}

#[test]
fn seed_003_title_after_live_updates_and_no_date() {
    check_seed(3);
}

#[test]
fn seed_004_title_and_published_line() {
    check_seed(4);
}

/// Publication dates of the development corpus, read by eye from the
/// header of each file (the line quoted in the comment).
const DEV_DATES: &[(&str, &str)] = &[
    ("ct-01-capital-press-wire.txt", "2019-06-13"), // 13 June 2019, 16:05
    ("ct-02-the-courier.txt", "2019-06-13"),        // Thursday 13 June 2019 22:10 BST
    ("ct-03-pennine-herald.txt", "2019-06-14"),     // Friday, June 14, 2019
    ("ct-04-the-security-brief.txt", "2021-09-09"), // Issue 212 | 9 September 2021
    ("ct-05-daybreak-live.txt", "2019-06-13"),      // Thursday 13 June 2019
    ("flood-01-wendle-valley-gazette.txt", "2023-11-05"), // Sunday 5 November 2023, 11.48am
    ("flood-02-the-daily-ledger.txt", "2023-11-06"), // 6 November 2023
    ("flood-03-northern-vision-news.txt", "2023-11-07"), // Tuesday 7 November 2023, 6:32pm
    ("flood-04-daily-clarion.txt", "2023-11-08"),   // Wednesday, 8 November 2023
    ("flood-05-northern-standard.txt", "2024-05-08"), // Wed 8 May 2024 07:00 BST
    ("nhs-01-halbridge-telegraph.txt", "2023-03-14"), // Tuesday, March 14, 2023 - 5:20 pm
    ("nhs-02-national-bulletin.txt", "2023-03-15"), // Wed 15 Mar 2023 06.00 GMT
    ("nhs-03-calder-fm.txt", "2023-03-16"),         // 16 March 2023, 14:02
    ("nhs-04-northern-post.txt", "2023-03-18"),     // Saturday 18 March 2023
    ("nhs-05-broadcast-north.txt", "2024-03-14"),   // Published / 14 March 2024
    ("rail-01-midlands-evening-post.txt", "2022-10-04"), // Tuesday 4 October 2022 | By ...
    ("rail-02-national-chronicle.txt", "2022-11-10"), // 10 November 2022 – 7:45pm
    ("rail-03-coastline-radio.txt", "2022-11-11"),  // Published 11/11/2022 at 12:14
    ("rail-04-sunday-dispatch.txt", "2022-11-13"),  // Sunday 13 November 2022
    ("rail-05-rail-professional-weekly.txt", "2023-03-15"), // 15 March 2023
];

/// How many non-blank lines at the top of a file count as its header.
const HEADER_LINES: usize = 8;

#[test]
fn dev_corpus_dates_and_titles() {
    let dev = Path::new(ROOT).join("../shared/corpus/dev");
    if !dev.is_dir() {
        eprintln!("skipping: ../shared/corpus/dev is absent");
        return;
    }
    let mut files: Vec<String> = fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    files.sort();

    let mut failures = Vec::new();
    for name in &files {
        let Some(&(_, expected)) = DEV_DATES.iter().find(|(f, _)| f == name) else {
            failures.push(format!("{name}: not in the table of expected dates; add it"));
            continue;
        };
        let path = dev.join(name);
        let article = match load_file(path.to_str().unwrap()) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: does not load: {e:?}"));
                continue;
            }
        };
        let got = published(&article);
        if got.as_deref() != Some(expected) {
            failures.push(format!("{name}: published {got:?}, expected {expected}"));
        }
        let header: Vec<&str> =
            article.text.lines().map(str::trim).filter(|l| !l.is_empty()).take(HEADER_LINES).collect();
        match article.meta.title.as_deref() {
            None => failures.push(format!("{name}: no title")),
            Some(t) if t.trim().is_empty() => failures.push(format!("{name}: empty title")),
            Some(t) if !header.contains(&t) => {
                failures.push(format!("{name}: title {t:?} is not one of the first {HEADER_LINES} header lines"));
            }
            Some(_) => {}
        }
    }
    for (name, _) in DEV_DATES {
        if !files.iter().any(|f| f == name) {
            failures.push(format!("{name}: in the table but not in the corpus"));
        }
    }
    assert!(failures.is_empty(), "{} problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn front_matter_overrides_the_header() {
    let text = "---\ntitle: X\noutlet: Y\npublished: 2020-01-02\n---\nThe Header Outlet\n\nA headline written in the header of the article\n\nBy A Reporter\nMonday 2 March 2020\n\nThe body of the article starts here and says that something happened on Monday evening.\n";
    let article = Article::from_text("front.md", text);
    assert_eq!(article.meta.title.as_deref(), Some("X"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Y"));
    assert_eq!(published(&article).as_deref(), Some("2020-01-02"));
    assert_eq!(&text[article.meta.body_start..article.meta.body_start + 3], "The");

    // The same header without front matter gives the header's own values.
    let plain = Article::from_text("plain.md", &text[article.meta.body_start..]);
    assert_eq!(plain.meta.title.as_deref(), Some("A headline written in the header of the article"));
    assert_eq!(plain.meta.outlet.as_deref(), Some("The Header Outlet"));
    assert_eq!(published(&plain).as_deref(), Some("2020-03-02"));
}

#[test]
fn front_matter_overrides_the_header_when_loaded_from_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("front.md");
    fs::write(&path, "---\ntitle: X\noutlet: Y\npublished: 2020-01-02\n---\nSome Outlet\n\nAnother headline from the header itself\n\n5 May 2019\n\nBody text.\n").unwrap();
    let article = load_file(path.to_str().unwrap()).unwrap();
    assert_eq!(article.meta.title.as_deref(), Some("X"));
    assert_eq!(article.meta.outlet.as_deref(), Some("Y"));
    assert_eq!(published(&article).as_deref(), Some("2020-01-02"));
}

#[test]
fn spans_on_a_bom_and_crlf_file() {
    let text = "\u{feff}Headline here\r\n\r\nFirst sentence. Second sentence.\r\n";
    let article = Article::from_text("bom.txt", text);
    let segments = factlint::segment::segment(&article.text, &article.meta, Vocabulary::shipped());
    let sentences: Vec<&str> = segments.sentences().map(|(_, s)| s.of(&article.text)).collect();
    assert!(sentences.contains(&"First sentence."), "sentences: {sentences:?}");
    assert!(sentences.contains(&"Second sentence."), "sentences: {sentences:?}");
    for s in &sentences {
        assert!(!s.contains('\u{feff}') && !s.contains('\r') && !s.contains('\n'), "clean sentence: {s:?}");
    }
    let first = segments.sentences().map(|(_, s)| s).find(|s| s.of(&article.text) == "First sentence.").unwrap();
    let second = segments.sentences().map(|(_, s)| s).find(|s| s.of(&article.text) == "Second sentence.").unwrap();
    // Offsets are into the text as on disk: the BOM is 3 bytes, CRLF 2.
    assert_eq!(first.start, text.find("First").unwrap());
    assert_eq!(second.end, second.start + text[second.start..].find("\r\n").unwrap());

    let at = article.lines.line_col(&article.text, first.start);
    assert_eq!((at.line, at.column), (3, 1), "start of \"First\"");
    let at = article.lines.line_col(&article.text, second.start);
    assert_eq!((at.line, at.column), (3, 17), "start of \"Second\"");
    let headline = text.find("Headline").unwrap();
    assert_eq!(headline, 3);
    let at = article.lines.line_col(&article.text, headline);
    assert_eq!((at.line, at.column), (1, 1), "start of \"Headline\" (BOM not counted)");

    // Loading the same bytes from disk gives the same text and spans.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.txt");
    fs::write(&path, text).unwrap();
    let loaded = load_file(path.to_str().unwrap()).unwrap();
    assert_eq!(&*loaded.text, text, "the text is kept exactly as on disk");
    assert_eq!(factlint::segment::segment(&loaded.text, &loaded.meta, Vocabulary::shipped()), segments);
}

/// tests/fixtures/metadata: invented headers, each with the publication
/// date expected (or null) and, when the reading was a choice, how it was
/// made (expected.txt).
#[test]
fn metadata_fixture_headers() {
    let dir = Path::new(ROOT).join("tests/fixtures/metadata");
    let expected = fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut wrong = Vec::new();
    let mut n = 0;
    for line in expected.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut parts = line.split_whitespace();
        let (name, date, how) = (parts.next().unwrap(), parts.next().unwrap(), parts.next());
        let article = load_file(dir.join(format!("{name}.txt")).to_str().unwrap()).unwrap();
        let got = published(&article).unwrap_or_else(|| "null".to_string());
        let got_how =
            article.meta.published.and(article.meta.published_how).map(factlint::load::meta::DateReading::name);
        if got != date || got_how != how {
            wrong.push(format!("{name}: expected {date} {how:?}, read {got} {got_how:?}"));
        }
        n += 1;
    }
    assert!(n >= 40, "at least 40 headers, found {n}");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// An all-number header date nothing in the article decides is left
/// empty; a rules file's `[dates] order` settles it, and the JSON says so.
#[test]
fn rules_order_settles_an_undecided_publication_date() {
    use factlint::load::Article;
    use factlint::rules::DateOrder;
    let text = "Valley Courier\n\nFerry timetable changes\n\n04/09/2031\n\nThe ferry will run twice a day from next week, the operator said.\n";
    let article = || vec![Article::from_text("a.txt", text.to_string())];
    let plain = factlint::check_articles(article(), vec![]);
    assert_eq!(plain.articles[0].meta.published, None);

    for (order, want, how) in [
        (DateOrder::MonthFirst, "2031-04-09", "month-first-by-rules"),
        (DateOrder::DayFirst, "2031-09-04", "day-first-by-rules"),
    ] {
        let mut rules = factlint::shipped_rules().clone();
        rules.date_order = order;
        rules.date_order_set = true;
        let r = factlint::engine::run::check_articles_with(article(), vec![], &rules);
        let meta = &r.articles[0].meta;
        assert_eq!(meta.published.map(|d| d.to_string()).as_deref(), Some(want));
        assert_eq!(meta.published_how.map(factlint::load::meta::DateReading::name), Some(how));
    }

    // Evidence in the article comes first: a day over 12 elsewhere says
    // day first whatever the rules say.
    let evidenced = text.replace("next week", "next week (from 19/09/2031)");
    let mut rules = factlint::shipped_rules().clone();
    rules.date_order = DateOrder::MonthFirst;
    rules.date_order_set = true;
    let r = factlint::engine::run::check_articles_with(vec![Article::from_text("a.txt", evidenced)], vec![], &rules);
    assert_eq!(r.articles[0].meta.published.map(|d| d.to_string()).as_deref(), Some("2031-09-04"));
}
