//! Leak guard: labelled evidence must never find its way into the code.
//!
//! `factlint`'s rules have to hold on articles nobody has seen. The labelled
//! sets (`seeds/truth.json`, and `../shared/corpus/dev/truth.json` when it is
//! available) exist to *measure* the rules, never to *tune* them. A rule that
//! quotes a phrase or a person's name taken from a labelled finding scores
//! well on that set and tells us nothing about the next article, so the score
//! stops meaning anything.
//!
//! This test therefore fails when any file under `src/` or `rules/` (walked
//! recursively, every file read as lossy UTF-8, nothing skipped) contains
//!
//! 1. a run of four consecutive words from any `evidence[].text` of either
//!    labelled set (compared on lowercased alphanumeric words, see
//!    [`significant`] for which 4-grams count), or
//! 2. a person's full name that appears in such an evidence text (see
//!    [`names_in`]), searched for case-sensitively as the exact string.
//!
//! Only the evidence texts count; the free-form `note` fields are ignored.
//! All violations are printed (sorted, so the output is deterministic) before
//! the test panics with their count.
//!
//! The file lives in `tests/`, outside the scanned directories, so the
//! invented phrases in the self-test below cannot trip the guard itself.
#![allow(clippy::items_after_statements, clippy::semicolon_if_nothing_returned)] // test code: helpers next to their use

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Crate root, fixed at compile time.
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The seed labels: always part of the repository, so they must exist.
const SEEDS_TRUTH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/truth.json");

/// The development labels: shared outside the crate, may be absent.
const DEV_TRUTH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/truth.json");

/// The second development labels and the folders of labelled articles, also
/// shared outside the crate and possibly absent.
const DEV2_TRUTH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev2/truth.json");
const LABELLED_ARTICLE_DIRS: &[&str] = &["seeds", "../shared/corpus/dev", "../shared/corpus/dev2"];

/// Directories whose contents must stay free of labelled evidence: the code,
/// the shipped rules, and the tests with their fixtures (this file excepted,
/// see [`scanned_files`]).
const SCANNED_DIRS: &[&str] = &["src", "rules", "tests"];

/// Proper nouns of the labelled articles that are general knowledge rather
/// than the stories' own people and places: the shipped alias data may name
/// countries and the seeds' own alias example; caption and fact-box labels
/// ("Photo: …") are common words that happen to be capitalised.
const GENERAL_PROPER_NOUNS: &[&str] = &["Britain", "America", "Isis", "Daesh", "Photo", "Picture", "Caption"];

/// One evidence text together with where it came from.
#[derive(Debug, Clone)]
struct Evidence {
    /// e.g. `seeds/truth.json findings S3`
    origin: String,
    text: String,
}

/// One leak found in a scanned file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Violation {
    file: String,
    line: usize,
    /// `"4-gram"` or `"name"`
    kind: &'static str,
    /// The offending 4-gram or name.
    what: String,
    /// The evidence texts (with origin) it came from.
    sources: Vec<String>,
}

// ---------------------------------------------------------------------------
// Loading the labelled sets
// ---------------------------------------------------------------------------

/// Reads every `evidence[].text` from both `findings` and `traps`.
///
/// A file that exists but does not have the expected shape is an error: a
/// silently empty evidence list would make the guard pass vacuously.
fn load_evidence(path: &Path, label: &str) -> Vec<Evidence> {
    let raw = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let json: serde_json::Value =
        serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
    let mut out = Vec::new();
    for section in ["findings", "traps"] {
        let Some(items) = json.get(section) else {
            continue;
        };
        let items = items.as_array().unwrap_or_else(|| panic!("{}: `{section}` is not an array", path.display()));
        for (i, item) in items.iter().enumerate() {
            let id = item.get("id").and_then(|v| v.as_str()).map_or_else(|| format!("#{i}"), str::to_owned);
            let evidence = item
                .get("evidence")
                .and_then(|v| v.as_array())
                .unwrap_or_else(|| panic!("{}: {section} {id} has no `evidence` array", path.display()));
            for ev in evidence {
                let text = ev
                    .get("text")
                    .and_then(|v| v.as_str())
                    .unwrap_or_else(|| panic!("{}: {section} {id} has evidence without `text`", path.display()));
                out.push(Evidence { origin: format!("{label} {section} {id}"), text: text.to_owned() });
            }
        }
    }
    out
}

/// Seeds (mandatory) plus the dev set when present.
fn all_evidence() -> Vec<Evidence> {
    let mut evidence = load_evidence(Path::new(SEEDS_TRUTH), "seeds/truth.json");
    assert!(!evidence.is_empty(), "{SEEDS_TRUTH} yielded no evidence texts; the guard would check nothing");
    for (path, label) in [(DEV_TRUTH, "shared/corpus/dev/truth.json"), (DEV2_TRUTH, "shared/corpus/dev2/truth.json")] {
        let truth = Path::new(path);
        if truth.exists() {
            evidence.extend(load_evidence(truth, label));
        } else {
            eprintln!("guard: {path} not found; skipping that labelled set");
        }
    }
    evidence
}

// ---------------------------------------------------------------------------
// Check 1: word 4-grams
// ---------------------------------------------------------------------------

/// Lowercased words with the (1-based) line each starts on. Anything that is
/// not alphanumeric separates words, so apostrophes, quotes, hyphens,
/// underscores and punctuation all split: `"7,631"` gives `7`, `631`, and
/// `snake_case` gives `snake`, `case`.
fn words(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_line = 1;
    let mut line = 1;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if cur.is_empty() {
                cur_line = line;
            }
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push((std::mem::take(&mut cur), cur_line));
        }
        if c == '\n' {
            line += 1;
        }
    }
    if !cur.is_empty() {
        out.push((cur, cur_line));
    }
    out
}

/// Whether a 4-gram is distinctive enough to count as evidence.
///
/// Four words in a row are only a fingerprint of an article if they carry
/// some content. Runs made of tiny function words and numbers ("of the day
/// in", "in 2 of 3", "it is a 10") turn up in any English text or any piece
/// of code and say nothing about a labelled finding; flagging them would
/// make the guard fire on innocent code and teach people to ignore it. So a
/// 4-gram only counts when at least two of its words are purely alphabetic
/// (it is mostly prose, not a string of numbers) and at least one word is
/// four or more characters long (it has at least one content word).
///
/// Words of the shipped vocabulary (time units, number words, hedges) are
/// general English by construction: "a year and a half" or "as many as 40"
/// is a way of writing a quantity, not a fingerprint of one article, so such
/// words do not count as content.
fn significant(gram: &[String], general: &BTreeSet<String>) -> bool {
    let alphabetic = gram.iter().filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic)).count();
    let content = gram.iter().any(|w| w.chars().count() >= 4 && !general.contains(w));
    alphabetic >= 2 && content
}

/// Every significant 4-gram of the evidence (joined with single spaces),
/// mapped to the indices of the evidence texts it occurs in.
fn evidence_grams(evidence: &[Evidence]) -> BTreeMap<String, BTreeSet<usize>> {
    let general = vocabulary_words();
    let mut grams: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, ev) in evidence.iter().enumerate() {
        let ws: Vec<String> = words(&ev.text).into_iter().map(|(w, _)| w).collect();
        for g in ws.windows(4) {
            if significant(g, &general) {
                grams.entry(g.join(" ")).or_default().insert(i);
            }
        }
    }
    grams
}

/// Evidence 4-grams occurring in `content`: (gram, line of first occurrence).
fn find_grams(content: &str, grams: &BTreeMap<String, BTreeSet<usize>>) -> Vec<(String, usize)> {
    let ws = words(content);
    let mut first_line: BTreeMap<String, usize> = BTreeMap::new();
    for win in ws.windows(4) {
        let key = format!("{} {} {} {}", win[0].0, win[1].0, win[2].0, win[3].0);
        if grams.contains_key(&key) {
            first_line.entry(key).or_insert(win[0].1);
        }
    }
    first_line.into_iter().collect()
}

// ---------------------------------------------------------------------------
// Check 2: people's full names
// ---------------------------------------------------------------------------

/// Capitalised words that start institutions, titles, places, dates and
/// sentences rather than names. A capitalised run is split at these words,
/// so "Assistant Commissioner Jane Doe" still yields "Jane Doe", while
/// "National Counter Terrorism Security Office" yields nothing.
const STOP_WORDS: &[&str] = &[
    // articles, pronouns and sentence starters
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "And",
    "But",
    "Or",
    "If",
    "When",
    "While",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "From",
    "To",
    "By",
    "With",
    "As",
    "After",
    "Before",
    "Since",
    "Yesterday",
    "Today",
    "Tomorrow",
    "Last",
    "Next",
    "Some",
    "Several",
    "Many",
    "All",
    "No",
    "Not",
    "Said",
    "Says",
    // titles and ranks
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Rev",
    "Prof",
    "Professor",
    "Secretary",
    "Minister",
    "Prime",
    "Chancellor",
    "President",
    "Vice",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Mayor",
    "Judge",
    "Justice",
    "Assistant",
    "Commissioner",
    "Chief",
    "Deputy",
    "Detective",
    "Superintendent",
    "Inspector",
    "Sergeant",
    "Constable",
    "Officer",
    "Commander",
    "General",
    "Captain",
    "Colonel",
    "Major",
    "Senator",
    "Governor",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Head",
    "Leader",
    "Shadow",
    "Acting",
    "Former",
    "Senior",
    "Junior",
    // institutions
    "Home",
    "Office",
    "Police",
    "Council",
    "Agency",
    "Environment",
    "National",
    "Counter",
    "Terrorism",
    "Security",
    "Metropolitan",
    "Trust",
    "Hospital",
    "Hospitals",
    "Railway",
    "Union",
    "Government",
    "Parliament",
    "Ministry",
    "Department",
    "Committee",
    "Board",
    "Authority",
    "Service",
    "Services",
    "Court",
    "Crown",
    "Royal",
    "Army",
    "Force",
    "Forces",
    "Navy",
    "University",
    "College",
    "School",
    "Church",
    "Party",
    "Labour",
    "Conservative",
    "Liberal",
    "Democrats",
    "Defence",
    "Foreign",
    "Health",
    "Education",
    "Treasury",
    "Commons",
    "House",
    "Company",
    "Group",
    "Association",
    "Institute",
    "Foundation",
    "Society",
    "Commission",
    "Network",
    "Centre",
    "Center",
    "Unit",
    "Team",
    "Fire",
    "Rescue",
    "Ambulance",
    "Coastguard",
    "Public",
    "State",
    "Islamic",
    "Federal",
    // places and geography
    "River",
    "Bridge",
    "Street",
    "Road",
    "Lane",
    "Avenue",
    "Square",
    "Park",
    "Station",
    "Airport",
    "Valley",
    "Hill",
    "Moor",
    "Lake",
    "Sea",
    "Bay",
    "City",
    "Town",
    "County",
    "Borough",
    "District",
    "Region",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Great",
    "New",
    "Old",
    "United",
    "Kingdom",
    "States",
    "British",
    "English",
    "Scottish",
    "Welsh",
    "Irish",
    "European",
    // publications
    "News",
    "Times",
    "Post",
    "Herald",
    "Gazette",
    "Daily",
    "Weekly",
    "Live",
    "Press",
    "Wire",
    "Standard",
    "Courier",
    "Clarion",
    "Ledger",
    "Vision",
    "Brief",
    "Online",
    "Radio",
    "TV",
    // dates
    // ("May" is deliberately absent: it is also a surname.)
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_quote(c: char) -> bool {
    matches!(c, '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '`')
}

/// A capitalised name-like word: first letter uppercase, at least one
/// lowercase letter, only letters apart from internal apostrophes/hyphens,
/// and never two uppercase letters in a row. That admits "Doe", "`MacAllister`",
/// "O'Neill" and "Smith-Jones" but rejects acronyms such as "NATO" or "BBC".
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let mut prev_upper = true;
    let mut any_lower = false;
    for c in chars {
        if c.is_uppercase() {
            if prev_upper {
                return false;
            }
            prev_upper = true;
        } else if c.is_lowercase() {
            any_lower = true;
            prev_upper = false;
        } else if is_apostrophe(c) || c == '-' {
            prev_upper = false;
        } else {
            return false;
        }
    }
    any_lower
}

/// A word token of `text` with its byte span.
struct Token<'a> {
    start: usize,
    end: usize,
    word: &'a str,
}

/// Splits `text` into tokens of letters/digits with internal apostrophes and
/// hyphens (leading/trailing ones are trimmed off, so a quote mark is never
/// part of a word).
fn name_tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    fn push<'a>(text: &'a str, s: usize, e: usize, out: &mut Vec<Token<'a>>) {
        let raw = &text[s..e];
        let trimmed_front = raw.trim_start_matches(|c: char| is_apostrophe(c) || c == '-');
        let s2 = s + (raw.len() - trimmed_front.len());
        let word = trimmed_front.trim_end_matches(|c: char| is_apostrophe(c) || c == '-');
        if !word.is_empty() {
            out.push(Token { start: s2, end: s2 + word.len(), word });
        }
    }
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let wordy = c.is_alphanumeric() || is_apostrophe(c) || c == '-';
        match (wordy, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(text, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(text, s, text.len(), &mut out);
    }
    out
}

/// People's full names in an evidence text.
///
/// A name is a run of 2-3 capitalised words (see [`is_capitalised`])
/// separated only by whitespace; punctuation such as a comma ends the run,
/// and so does a possessive ("Jane Doe's" gives "Jane Doe"). Runs are split
/// at [`STOP_WORDS`], and pieces longer than three words are taken to be
/// titles of organisations or publications, not names. A run that opens a
/// quotation (it follows an opening quote mark) begins a quoted sentence,
/// so its first word is capitalised for grammar, not because it is a name;
/// that word is dropped and the rest still considered.
fn names_in(text: &str) -> Vec<String> {
    let stop: BTreeSet<&str> = STOP_WORDS.iter().copied().collect();
    let tokens = name_tokens(text);
    let mut names = Vec::new();

    // Maximal runs of capitalised words separated only by whitespace.
    let mut i = 0;
    while i < tokens.len() {
        let (w, possessive) = strip_possessive(tokens[i].word);
        if !is_capitalised(w) {
            i += 1;
            continue;
        }
        let mut run: Vec<&str> = vec![w];
        let run_start = tokens[i].start;
        let mut ended = possessive;
        let mut j = i + 1;
        while !ended && j < tokens.len() {
            let gap = &text[tokens[j - 1].end..tokens[j].start];
            let (w, possessive) = strip_possessive(tokens[j].word);
            if gap.is_empty() || !gap.chars().all(char::is_whitespace) || !is_capitalised(w) {
                break;
            }
            run.push(w);
            ended = possessive;
            j += 1;
        }
        i = j;

        if opens_quotation(text, run_start) {
            run.remove(0);
        }

        // Split at stop words; keep pieces of two or three words.
        for piece in run.split(|w| stop.contains(w)) {
            if (2..=3).contains(&piece.len()) {
                names.push(piece.join(" "));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Drops a trailing possessive "'s" / "’s" (or bare trailing apostrophe,
/// already trimmed by the tokeniser); reports whether one was dropped.
fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "\u{2019}s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && !stem.is_empty()
        {
            return (stem, true);
        }
    }
    (word, false)
}

/// Whether the token starting at byte `start` directly follows an opening
/// quote mark (a quote at the start of the text or after whitespace or
/// opening punctuation).
fn opens_quotation(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(q) if is_quote(q) => match before.next() {
            None => true,
            Some(p) => p.is_whitespace() || matches!(p, '(' | '[' | ':' | ',' | '-' | '\u{2014}'),
        },
        _ => false,
    }
}

/// Every name found in the evidence, mapped to the evidence texts it is in.
///
/// A run whose every word is in the shipped vocabulary ("Boxing Day", a
/// holiday of the date word lists) is general English, not a person.
fn evidence_names(evidence: &[Evidence]) -> BTreeMap<String, BTreeSet<usize>> {
    let general = vocabulary_words();
    let mut out: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, ev) in evidence.iter().enumerate() {
        for name in names_in(&ev.text) {
            if name.split(' ').all(|w| general.contains(&w.to_lowercase())) {
                continue;
            }
            out.entry(name).or_default().insert(i);
        }
    }
    out
}

/// Evidence names occurring verbatim (case-sensitive) in `content`:
/// (name, line of first occurrence).
fn find_names(content: &str, names: &BTreeMap<String, BTreeSet<usize>>) -> Vec<(String, usize)> {
    names
        .keys()
        .filter_map(|name| {
            content.find(name.as_str()).map(|at| (name.clone(), 1 + content[..at].matches('\n').count()))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Check 3: single proper nouns (surnames, places, outlets)
// ---------------------------------------------------------------------------

/// Every article text of the labelled sets that is present.
fn labelled_articles() -> Vec<String> {
    let mut out = Vec::new();
    for d in LABELLED_ARTICLE_DIRS {
        let dir = Path::new(ROOT).join(d);
        let Ok(entries) = fs::read_dir(&dir) else {
            eprintln!("guard: {} not found; its proper nouns are not checked", dir.display());
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.retain(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"));
        paths.sort();
        out.extend(paths.iter().filter_map(|p| fs::read(p).ok()).map(|b| String::from_utf8_lossy(&b).into_owned()));
    }
    out
}

/// Lower-case words of the shipped vocabulary files and hedge table:
/// general English by construction, so a capitalised form of one
/// ("Celsius") is not a leak and a phrase of them is not a fingerprint.
fn vocabulary_words() -> BTreeSet<String> {
    let mut files: Vec<PathBuf> = fs::read_dir(Path::new(ROOT).join("rules/words"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.push(Path::new(ROOT).join("rules/hedges.toml"));
    let mut out = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap_or_default();
        out.extend(words(&text).into_iter().map(|(w, _)| w));
    }
    out
}

/// The single proper nouns of the labelled articles: a capitalised word of
/// four letters or more that never occurs in lower case in any labelled
/// article, is not the first word of a sentence, a quotation or a line, and
/// is not a stop word, a vocabulary word or general knowledge. That is a
/// surname ("Mr Doe" gives "Doe"), a place, an outlet or an organisation.
fn proper_nouns(articles: &[String]) -> BTreeSet<String> {
    let mut lower: BTreeSet<&str> = BTreeSet::new();
    for text in articles {
        lower.extend(name_tokens(text).into_iter().map(|t| t.word).filter(|w| w.chars().all(char::is_lowercase)));
    }
    let stop: BTreeSet<&str> = STOP_WORDS.iter().chain(GENERAL_PROPER_NOUNS).copied().collect();
    let vocab = vocabulary_words();
    let mut out = BTreeSet::new();
    for text in articles {
        for token in name_tokens(text) {
            let (word, _) = strip_possessive(token.word);
            let before = text[..token.start].trim_end_matches([' ', '\t']);
            let opens =
                before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']) || opens_quotation(text, token.start);
            // "I've", "I'm": the pronoun is always capitalised.
            if opens
                || word.starts_with("I'")
                || word.starts_with("I\u{2019}")
                || word.chars().count() < 4
                || !is_capitalised(word)
                || stop.contains(word)
                || lower.contains(word.to_lowercase().as_str())
                || vocab.contains(&word.to_lowercase())
            {
                continue;
            }
            out.insert(word.to_owned());
        }
    }
    out
}

/// Proper nouns occurring as whole words (case-sensitive) in `content`:
/// (word, line of first occurrence).
fn find_proper_nouns(content: &str, nouns: &BTreeSet<String>) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for token in name_tokens(content) {
        let (word, _) = strip_possessive(token.word);
        if nouns.contains(word) && !out.iter().any(|(w, _): &(String, usize)| w == word) {
            out.push((word.to_owned(), 1 + content[..token.start].matches('\n').count()));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

/// All violations in one file's content.
fn check_content(
    file: &str,
    content: &str,
    evidence: &[Evidence],
    grams: &BTreeMap<String, BTreeSet<usize>>,
    names: &BTreeMap<String, BTreeSet<usize>>,
) -> Vec<Violation> {
    let describe = |idx: &BTreeSet<usize>| -> Vec<String> {
        idx.iter().map(|&i| format!("{}: {:?}", evidence[i].origin, evidence[i].text)).collect()
    };
    let mut out = Vec::new();
    for (gram, line) in find_grams(content, grams) {
        let sources = describe(&grams[&gram]);
        out.push(Violation { file: file.to_owned(), line, kind: "4-gram", what: gram, sources });
    }
    for (name, line) in find_names(content, names) {
        let sources = describe(&names[&name]);
        out.push(Violation { file: file.to_owned(), line, kind: "name", what: name, sources });
    }
    out
}

/// Every file below `dir`, recursively, following symlinks but visiting each
/// real directory once.
fn collect_files(dir: &Path, seen: &mut BTreeSet<PathBuf>, out: &mut Vec<PathBuf>) {
    let real = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(real) {
        return;
    }
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())).path();
        if path.is_dir() {
            collect_files(&path, seen, out);
        } else {
            out.push(path);
        }
    }
}

fn scanned_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut seen = BTreeSet::new();
    for d in SCANNED_DIRS {
        let dir = Path::new(ROOT).join(d);
        if dir.is_dir() {
            collect_files(&dir, &mut seen, &mut files);
        }
    }
    // This file names stop words and invents its own planted leaks; the
    // SARIF schema is a third party's text.
    let exempt = [Path::new(ROOT).join("tests/guard.rs"), Path::new(ROOT).join("tests/schemas")];
    files.retain(|f| !exempt.iter().any(|e| f.starts_with(e)));
    files.sort();
    files
}

#[test]
fn no_labelled_evidence_in_src_or_rules() {
    let evidence = all_evidence();
    let grams = evidence_grams(&evidence);
    let names = evidence_names(&evidence);
    let nouns = proper_nouns(&labelled_articles());

    let mut violations = Vec::new();
    let files = scanned_files();
    for path in &files {
        let bytes = fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        // Escapes in string literals ("\\nName" in a TOML fixture) would glue
        // a letter to the next word; blanked to two spaces, lines stay put.
        let content = String::from_utf8_lossy(&bytes).replace("\\n", "  ").replace("\\t", "  ").replace("\\\"", "  ");
        let label = path.strip_prefix(ROOT).unwrap_or(path).display().to_string();
        violations.extend(check_content(&label, &content, &evidence, &grams, &names));
        for (word, line) in find_proper_nouns(&content, &nouns) {
            let sources = vec!["a proper noun of the labelled articles".to_owned()];
            violations.push(Violation { file: label.clone(), line, kind: "proper noun", what: word, sources });
        }
    }
    violations.sort();

    eprintln!(
        "guard: {} evidence texts, {} distinctive 4-grams, {} names, {} proper nouns; scanned {} files",
        evidence.len(),
        grams.len(),
        names.len(),
        nouns.len(),
        files.len()
    );
    for v in &violations {
        eprintln!("LEAK {}:{}: {} {:?}", v.file, v.line, v.kind, v.what);
        for s in &v.sources {
            eprintln!("    from {s}");
        }
    }
    assert!(
        violations.is_empty(),
        "{} leak(s) of labelled evidence into src/ or rules/: the labelled sets are for \
         measuring, never for tuning; rewrite the rule in general terms",
        violations.len()
    )
}

/// The checker itself must work: an invented evidence phrase planted in a
/// fake source file is caught, an unrelated file is not.
#[test]
fn guard_detects_planted_evidence() {
    let evidence = vec![
        Evidence {
            origin: "test F1".into(),
            text: "the harbourmaster, Quentin Oduya-Marsh, said lighthouse keepers were furious".into(),
        },
        Evidence {
            origin: "test F2".into(),
            text: "Detective Inspector Philippa MacAllister told the inquiry on 4,812 occasions".into(),
        },
        Evidence { origin: "test T1".into(), text: "'Crimson Bright Lanterns, he said".into() },
        Evidence { origin: "test T2".into(), text: "one of the 12 in 20 of it".into() },
    ];
    let grams = evidence_grams(&evidence);
    let names = evidence_names(&evidence);

    // Name extraction: titles split off, internal capitals and hyphens kept,
    // quotation-initial word dropped, nothing from lowercase or numeric text.
    assert_eq!(
        names.keys().cloned().collect::<Vec<_>>(),
        vec!["Bright Lanterns".to_owned(), "Philippa MacAllister".into(), "Quentin Oduya-Marsh".into()]
    );
    assert_eq!(names_in("Jane Doe's car"), vec!["Jane Doe".to_owned()]);
    assert!(names_in("the NATO Summit in May").is_empty());
    assert!(names_in("Home Office Minister").is_empty());

    // Trivial 4-grams of tiny words/numbers are not evidence.
    assert!(!grams.contains_key("of the 12 in"));
    assert!(!grams.contains_key("12 in 20 of"));
    assert!(grams.contains_key("lighthouse keepers were furious"));
    assert!(grams.contains_key("on 4 812 occasions"));

    // A planted phrase (different case, punctuation, line breaks) is caught.
    let leaky = "// matches when LIGHTHOUSE keepers\n// were-furious\n\
                 const WHO: &str = \"Philippa MacAllister\";\n";
    let found = check_content("src/leaky.rs", leaky, &evidence, &grams, &names);
    let summary: Vec<(&str, &str, usize)> = found.iter().map(|v| (v.kind, v.what.as_str(), v.line)).collect();
    assert_eq!(summary, vec![("4-gram", "lighthouse keepers were furious", 1), ("name", "Philippa MacAllister", 3),]);
    assert!(found[0].sources[0].starts_with("test F1"));

    // Names are matched case-sensitively and exactly.
    assert!(find_names("let n = \"philippa macallister\";", &names).is_empty());

    // Unrelated code is clean.
    let clean = "/// Flags a quote whose wording differs from an earlier quote of the same speaker.\n\
                 pub fn quote_drift(a: &str, b: &str) -> bool { a != b }\n";
    assert!(check_content("src/clean.rs", clean, &evidence, &grams, &names).is_empty());
}

/// Single proper nouns: a surname or place that only ever appears
/// capitalised is caught wherever it stands; a sentence-initial common word,
/// a word also seen in lower case and a stop word are not.
#[test]
fn guard_detects_planted_proper_nouns() {
    let articles = vec![
        "Rescuers reached Quillhaven at dawn. Harbour staff said Mrs Tarrowby had left.\n\
         Tarrowby's boat was found near Quillhaven by the Coastguard."
            .to_owned(),
        "Staff at the harbour said the rescuers were tired.".to_owned(),
    ];
    let nouns = proper_nouns(&articles);
    assert_eq!(nouns.iter().map(String::as_str).collect::<Vec<_>>(), vec!["Quillhaven", "Tarrowby"]);
    let leaky = "// a place like Quillhaven\nlet who = \"Tarrowby's\";\nlet fine = \"quillhaven harbour\";\n";
    assert_eq!(find_proper_nouns(leaky, &nouns), vec![("Quillhaven".to_owned(), 1), ("Tarrowby".to_owned(), 2)]);
}
