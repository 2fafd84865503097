//! Helpers shared by the robustness tests: a generated corpus of invented
//! articles (so tests do not depend on any labelled set) and the checks
//! every report must pass whatever its input.

#![allow(dead_code)] // each test crate uses its own subset

use std::fs;
use std::path::Path;

use factlint::report::{Report, human, json};

mod rng;
pub use rng::Rng;

const OUTLETS: &[&str] = &["Harbour Times", "Coast Wire", "The Lantern Post", "Valley Courier", "Northmere Herald"];
const PLACES: &[&str] = &["Varnholm", "Estrel Bay", "Quillan", "Oskarby", "Tembridge", "Lowen Reach"];
const PEOPLE: &[&str] = &["Maren Tollisk", "Odo Ferrante", "Ilsa Vargel", "Juno Abernathy", "Pell Okonkwo"];
const HEDGES: &[&str] = &["", "about ", "nearly ", "more than ", "around ", "at least ", "almost "];
const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];

/// Sentences with a figure; `{n}` is the number, `{p}` a place, `{who}` a person.
const FIGURE_SENTENCES: &[&str] = &[
    "Officials said inspectors were running {h}{n} open inquiries into the {p} ferry operator.",
    "The {p} helpline takes {h}{n} calls a day from worried passengers.",
    "Police made {h}{n} arrests after the {p} harbour festival, {who} said.",
    "The {p} yard builds {h}{n} hulls a month for export.",
    "Staff at the {p} depot are watching {h}{n} claims for storm damage.",
    "The council said {h}{n} households in {p} were without heating.",
    "{who} told reporters the fund holds £{n}m for repairs in {p}.",
    "\u{201c}We have seen {h}{n} complaints this winter,\u{201d} said {who}.",
];

const FILLER: &[&str] = &[
    "The inquiry is expected to report next spring.",
    "Residents in {p} have called for a public meeting.",
    "{who}, who chairs the harbour board, declined to comment further.",
    "It is the second such review in a decade.",
    "Critics say the figures are hard to verify.",
];

fn fill(template: &str, rng: &mut Rng, n: &str) -> String {
    let (hedge, place, person) = (rng.pick(HEDGES), rng.pick(PLACES), rng.pick(PEOPLE));
    template.replace("{h}", hedge).replace("{n}", n).replace("{p}", place).replace("{who}", person)
}

/// One invented article. Figures come from a small pool per template, so
/// across a few hundred articles the same quantity is given with different
/// values and the checker has something to find.
pub fn article(rng: &mut Rng, index: usize) -> String {
    let outlet = rng.pick(OUTLETS);
    let day = 1 + rng.below(28);
    let month = rng.pick(MONTHS);
    let mut out = format!("{outlet}\n\n{} update number {index}\n\n{day} {month} 2025\n\n", rng.pick(PLACES));
    let paragraphs = 2 + rng.below(4);
    for _ in 0..paragraphs {
        let sentences = 1 + rng.below(4);
        let mut para = Vec::new();
        for _ in 0..sentences {
            if rng.below(3) == 0 {
                let t = rng.pick(FILLER);
                para.push(fill(t, rng, ""));
            } else {
                let n = [12, 40, 120, 450, 300, 2310, 2130, 5000, 7631, 7361][rng.below(10)];
                let n = if n >= 1000 && rng.below(2) == 0 {
                    format!("{},{:03}", n / 1000, n % 1000)
                } else {
                    n.to_string()
                };
                let t = rng.pick(FIGURE_SENTENCES);
                para.push(fill(t, rng, &n));
            }
        }
        out.push_str(&para.join(" "));
        out.push_str("\n\n");
    }
    out
}

/// Writes `count` invented articles into `dir`, some in subfolders, some
/// with CRLF line ends or a BOM; returns their paths.
pub fn write_corpus(dir: &Path, count: usize, seed: u64) -> Vec<std::path::PathBuf> {
    let mut rng = Rng::new(seed);
    let mut paths = Vec::with_capacity(count);
    for i in 0..count {
        let mut text = article(&mut rng, i);
        match rng.below(10) {
            0 => text = text.replace('\n', "\r\n"),
            1 => text.insert(0, '\u{feff}'),
            _ => {}
        }
        let sub = if i % 7 == 0 { format!("desk{}/", i % 3) } else { String::new() };
        let path = dir.join(format!("{sub}article_{i:04}.txt"));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        paths.push(path);
    }
    paths
}

/// What every report must satisfy, whatever went in: labels inside their
/// article and on char boundaries, valid JSON that round-trips, and a human
/// rendering that does not panic and ends with the summary line.
pub fn assert_report_sound(report: &Report) {
    for f in &report.findings {
        for l in &f.labels {
            let article =
                report.articles.get(l.article.0).unwrap_or_else(|| panic!("label points at a missing article: {f:?}"));
            let text = &*article.text;
            assert!(l.span.start <= l.span.end, "reversed span in {f:?}");
            assert!(l.span.end <= text.len(), "span {:?} past the end ({}) of {}", l.span, text.len(), article.file);
            assert!(
                text.is_char_boundary(l.span.start) && text.is_char_boundary(l.span.end),
                "span {:?} not on char boundaries in {}",
                l.span,
                article.file
            );
        }
    }
    let rendered = json::render(report);
    let doc: serde_json::Value =
        serde_json::from_str(&rendered).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{rendered}"));
    let again = serde_json::to_string_pretty(&doc).unwrap();
    let doc2: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(doc, doc2, "JSON round-trips");
    assert_eq!(doc["summary"]["articles"].as_u64(), Some(report.articles.len() as u64));
    assert_eq!(doc["summary"]["unreadable"].as_u64(), Some(report.errors.len() as u64));
    // The label text in JSON is exactly the bytes at the span.
    for (jf, f) in doc["findings"].as_array().unwrap().iter().zip(&report.findings) {
        for (jl, l) in jf["labels"].as_array().unwrap().iter().zip(&f.labels) {
            let a = &report.articles[l.article.0];
            assert_eq!(jl["text"].as_str(), Some(l.span.of(&a.text)));
        }
    }
    let human = human::render(report, human::Style::plain());
    assert!(human.ends_with(&format!("{}\n", report.summary_line())), "human report ends with the summary line");
}

/// One article of at least `bytes` bytes: a header, then generated
/// paragraphs (with figures that disagree inside the article) until the
/// size is reached.
pub fn huge_article(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 4096);
    out.push_str("Harbour Times\n\nThe longest report ever filed\n\nMonday 3 March 2025\n\n");
    let mut i = 0;
    while out.len() < bytes {
        let a = article(&mut rng, i);
        // Drop the generated header (outlet, title, date): body paragraphs only.
        let body = a.splitn(4, "\n\n").nth(3).unwrap_or("");
        out.push_str(body);
        // Now and then two figures inside one paragraph that cannot both be
        // right, so the huge article has findings of its own.
        if i % 40 == 0 {
            let (a, b) = ([120, 450, 7631][rng.below(3)], [300, 2310, 7361][rng.below(3)]);
            out.push_str(&format!(
                "A total of {a} hospital beds were closed last winter. A total of {b} hospital beds were closed last winter.\n\n"
            ));
        }
        i += 1;
    }
    out
}

/// "1,800": grouped digits, as news writes counts (a bare 1800 is a year).
pub fn grouped_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 0 to 99 in words: "seven", "forty", "twenty-one".
pub fn number_in_words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match n {
        0..=19 => SMALL[n as usize].to_string(),
        _ if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        _ => format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize]),
    }
}

/// What one run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs a command to its end; its output must be UTF-8 and it must exit
/// normally (a signal is a crash).
pub fn run(cmd: &mut assert_cmd::Command) -> Run {
    let out = cmd.output().expect("factlint runs");
    Run {
        code: out.status.code().expect("factlint exited normally, not by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// A run's stdout as JSON.
pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not valid JSON ({e}):\n{}\nstderr:\n{}", run.stdout, run.stderr))
}

/// `factlint` run in `dir`, with the variables that change how the human
/// report looks (colour, width) cleared, and a generous time limit.
pub fn factlint_in(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .env_remove("COLUMNS");
    cmd.timeout(std::time::Duration::from_secs(120));
    cmd
}
