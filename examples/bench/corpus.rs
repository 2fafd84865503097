//! A generated, story-structured corpus for the benchmark: many stories of
//! up to `story_size` articles each, every story with its own invented
//! people, place, organisation and figures, written by several outlets on
//! nearby days. Articles are about 3–4 KB of news-like prose with the
//! claim density of real copy (figures, rates, dates, ages, titles,
//! quotes), and now and then one outlet gives a different figure, so the
//! checker has real work in every story. Nothing here comes from a
//! labelled set: every name is built from syllables.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

// The tests' generator, so a seed means the same stream in both.
#[path = "../../tests/common/rng.rs"]
mod rng;
pub use rng::Rng;

const ONSETS: &[&str] = &["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "dr", "st", "tr"];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS: &[&str] = &["", "n", "r", "l", "s", "th", "nd", "rk", "ck", "m"];

/// A capitalised invented word of `syllables` syllables.
fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(ONSETS));
        w.push_str(rng.pick(VOWELS));
    }
    w.push_str(rng.pick(CODAS));
    let mut chars = w.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

const PLACE_ENDS: &[&str] = &["ton", "by", "mouth", "field", "ford", "wick", "stead", "holm"];
const ORG_KINDS: &[&str] = &["Water", "Transport", "Housing", "Harbour", "Health", "Energy", "Rail", "Schools"];
const ORG_BODIES: &[&str] = &["Trust", "Authority", "Board", "Company", "Partnership", "Agency"];
const TITLES: &[&str] = &["chief executive", "chair", "finance director", "operations director", "spokeswoman"];
const OUTLETS: &[&str] = &["Courier", "Herald", "Wire", "Post", "Gazette", "Live", "Chronicle", "Review"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const THINGS: &[(&str, &str)] = &[
    ("homes", "were left without water"),
    ("workers", "were told their jobs were at risk"),
    ("passengers", "were stranded overnight"),
    ("pupils", "were sent home early"),
    ("patients", "were moved to other wards"),
    ("households", "lost power"),
];
const HEDGES: &[&str] = &["", "about ", "nearly ", "more than ", "around ", "at least ", "almost ", "some "];
const FILLER: &[&str] = &[
    "The review is expected to report in the spring.",
    "Residents have called for a public meeting to be held as soon as possible.",
    "Opposition councillors said the response had been slow and poorly explained.",
    "It is the second such incident in a decade, and the first since new rules came in.",
    "Engineers were still on site late into the evening, the company said.",
    "A full statement is expected once the investigation has finished its work.",
    "Local businesses said trade had fallen sharply over the week.",
];

/// One story: the facts every outlet reports, some of them differently.
struct Story {
    place: String,
    org: String,
    people: Vec<(String, &'static str, u32)>,
    thing: (&'static str, &'static str),
    count: u32,
    cost_millions: u32,
    per_day: u32,
    day: usize,
    month: usize,
    year: usize,
}

fn story(rng: &mut Rng) -> Story {
    let syllables = 1 + rng.below(2);
    let place = format!("{}{}", word(rng, syllables), rng.pick(PLACE_ENDS));
    let org = format!("{} {} {}", place, rng.pick(ORG_KINDS), rng.pick(ORG_BODIES));
    let people = (0..3)
        .map(|_| {
            let syllables = 1 + rng.below(2);
            let name = format!("{} {}", word(rng, syllables), word(rng, 2));
            let age = u32::try_from(30 + rng.below(40)).expect("small");
            (name, rng.pick(TITLES), age)
        })
        .collect();
    Story {
        place,
        org,
        people,
        thing: rng.pick(THINGS),
        count: u32::try_from(40 + rng.below(4000)).expect("small"),
        cost_millions: u32::try_from(2 + rng.below(400)).expect("small"),
        per_day: u32::try_from(5 + rng.below(200)).expect("small"),
        day: 1 + rng.below(20),
        month: rng.below(12),
        year: 2020 + rng.below(6),
    }
}

/// One outlet's article on a story; about one article in eight gives a
/// different count, the inconsistency the checker is there to find.
fn article(rng: &mut Rng, s: &Story, outlet: &str) -> String {
    let published = s.day + rng.below(3);
    let month = MONTHS[s.month];
    let count = if rng.below(8) == 0 { s.count * 2 + 7 } else { s.count };
    let (boss, boss_title, boss_age) = &s.people[0];
    let (aide, aide_title, _) = &s.people[1];
    let (resident, _, resident_age) = &s.people[2];
    let surname = |full: &str| full.rsplit(' ').next().unwrap_or(full).to_string();
    let (thing, predicate) = s.thing;
    let mut out = format!(
        "{outlet}\n\n{thing} hit as {place} problems continue\n\n{published} {month} {year}\n\n",
        place = s.place,
        thing = capitalise(thing),
        year = s.year
    );
    let mut paragraphs: Vec<String> = Vec::new();
    paragraphs.push(format!(
        "{}{count} {thing} in {} {predicate} on {} {month}, the {} said.",
        capitalise(rng.pick(HEDGES)),
        s.place,
        s.day,
        s.org
    ));
    paragraphs.push(format!(
        "{boss}, {boss_age}, the {boss_title} of the {}, said the repairs would cost {}£{}m. \"We are doing everything we can, and we will keep people informed every day,\" {} said.",
        s.org,
        rng.pick(HEDGES),
        s.cost_millions,
        surname(boss)
    ));
    paragraphs.push(format!(
        "Crews were answering {}{} calls a day at the height of the problem, according to {aide}, the {aide_title}.",
        rng.pick(HEDGES),
        s.per_day
    ));
    paragraphs.push(format!(
        "{resident}, {resident_age}, who has lived in {} for most of her life, said: \"Nobody told us anything until the evening.\"",
        s.place
    ));
    for _ in 0..3 + rng.below(4) {
        let mut para = Vec::new();
        for _ in 0..2 + rng.below(3) {
            para.push(rng.pick(FILLER).to_string());
        }
        paragraphs.push(para.join(" "));
    }
    // Outlets order their paragraphs differently.
    let keep = paragraphs.split_off(2);
    let mut rest = keep;
    let swap = rng.below(rest.len());
    rest.swap(0, swap);
    paragraphs.extend(rest);
    for p in paragraphs {
        let _ = write!(out, "{p}\n\n");
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Writes `count` articles in stories of 2 to `story_size` articles into
/// `dir` (created; emptied first) and returns the files and total bytes.
pub fn write(dir: &Path, count: usize, story_size: usize, seed: u64) -> std::io::Result<(Vec<PathBuf>, u64)> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;
    let mut rng = Rng::new(seed);
    let mut files = Vec::with_capacity(count);
    let mut bytes = 0u64;
    let mut story_no = 0;
    while files.len() < count {
        let s = story(&mut rng);
        let size = (2 + rng.below(story_size.max(2) - 1)).min(count - files.len());
        for i in 0..size {
            let outlet = format!("{} {}", word(&mut rng, 1), OUTLETS[i % OUTLETS.len()]);
            let text = article(&mut rng, &s, &outlet);
            let path = dir.join(format!("s{story_no:06}_{i:02}.txt"));
            bytes += text.len() as u64;
            fs::write(&path, text)?;
            files.push(path);
        }
        story_no += 1;
    }
    Ok((files, bytes))
}
