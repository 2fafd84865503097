//! Claims as data: `factlint extract` writes one claims line per article
//! and `factlint check --claims` must report exactly what `factlint
//! check` reports on the same articles, byte for byte, in every format.
//! Invented fixtures always run; the shared corpora (dev, dev2, real
//! news) run when ../shared is present.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir).env("NO_COLOR", "1").env("COLUMNS", "100");
    cmd
}

/// stdout and exit status of a run.
fn run(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = factlint(dir).args(args).output().expect("factlint runs");
    (String::from_utf8(out.stdout).expect("UTF-8 output"), out.status.code().unwrap_or(-1))
}

/// Extracts `inputs` (relative to `dir`) into `claims`, then compares
/// `check` with `check --claims` in each format.
fn assert_same(dir: &Path, inputs: &[&str], claims: &str, extra: &[&str], formats: &[&str]) {
    let mut extract = vec!["extract"];
    extract.extend(inputs);
    extract.extend(["--output", claims]);
    let out = factlint(dir).args(&extract).output().expect("extract runs");
    assert!(dir.join(claims).exists(), "no claims written: {}", String::from_utf8_lossy(&out.stderr));
    for &format in formats {
        let mut direct = vec!["check", "--format", format];
        direct.extend(inputs);
        direct.extend(extra);
        let mut from_claims = vec!["check", "--format", format, "--claims", claims];
        from_claims.extend(extra);
        let (a, code_a) = run(dir, &direct);
        let (b, code_b) = run(dir, &from_claims);
        assert!(a == b, "{format} reports differ for {inputs:?}:\n--- check\n{a}\n--- check --claims\n{b}");
        assert_eq!(code_a, code_b, "exit status differs ({format})");
    }
}

/// Invented articles with something to find in each kind.
fn fixtures(dir: &Path) {
    let a = dir.join("batch");
    fs::create_dir_all(&a).unwrap();
    common::write_corpus(&a, 40, 7);
    fs::write(
        a.join("ferry-1.txt"),
        "Ferry strike in Quorlan\n\nValley Courier\n\n4 March 2025\n\nThe Quorlan ferry strike left about 340 \
         passengers stranded on Tuesday, said harbour master Tamsin Vendramore.\n\nOf the 90 crew, 50 walked out \
         and 45 stayed on duty.\n\n\u{201c}We will not sail until the rota is fixed and the crews are paid,\u{201d} \
         said Tamsin Vendramore, 47.\n",
    )
    .unwrap();
    fs::write(
        a.join("ferry-2.md"),
        "# Quorlan ferries stay in port\n\nHarbour Times\n\n5 March 2025\n\nThe ferry strike in **Quorlan** left \
         more than 900 passengers stranded on Tuesday, said harbour master Tamsin Vendramere.\n\n\u{201c}We will \
         not sail until the rota is fixed,\u{201d} said Tamsin Vendramore, 49.\n",
    )
    .unwrap();
    fs::write(a.join("broken.txt"), b"Headline\n\nThe caf\xe9 opened.\n").unwrap();
    fs::write(a.join("empty.txt"), b"").unwrap();
    fs::write(a.join("huge.txt"), common::huge_article(1_100_000, 3)).unwrap();
}

#[test]
fn check_from_claims_reports_what_check_reports_on_invented_articles() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    assert_same(tmp.path(), &["batch"], "batch.jsonl", &[], &["json", "sarif", "human", "concise"]);
    assert_same(tmp.path(), &["batch"], "batch.jsonl", &["--across-stories"], &["json"]);
    // A file named twice and one that does not exist.
    assert_same(tmp.path(), &["batch", "batch/ferry-1.txt", "missing.txt"], "twice.jsonl", &[], &["json"]);
    let (json, _) = run(tmp.path(), &["check", "--format", "json", "--claims", "batch.jsonl"]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(!report["findings"].as_array().unwrap().is_empty(), "the fixtures should give findings");
}

#[test]
fn claims_lines_follow_the_schema() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    let (jsonl, code) = run(tmp.path(), &["extract", "batch"]);
    assert_eq!(code, 2, "unreadable inputs make extract exit 2");
    let lines: Vec<serde_json::Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 45);
    for l in &lines {
        assert_eq!(l["schema"], "factlint-claims/1.6");
        assert!(l["file"].is_string());
    }
    let ferry = lines.iter().find(|l| l["file"] == "batch/ferry-1.txt").unwrap();
    assert_eq!(ferry["meta"]["published"], "2025-03-04");
    assert_eq!(ferry["meta"]["outlet"], "Valley Courier");
    assert!(ferry["signature"].as_array().unwrap().iter().any(|t| t[0] == "quorlan"));
    let claims = &ferry["claims"];
    for kind in ["figures", "mentions", "roles", "quotes", "sums", "ages", "dates"] {
        assert!(claims[kind].is_array(), "claims.{kind} missing");
    }
    let figure = &claims["figures"][0];
    assert!(figure["span"]["start"].is_u64() && figure["span"]["end"].is_u64());
    let huge = lines.iter().find(|l| l["file"] == "batch/huge.txt").unwrap();
    assert!(huge["windows"].as_array().is_some_and(|w| w.len() > 1), "a huge article is read window by window");
    let broken = lines.iter().find(|l| l["file"] == "batch/broken.txt").unwrap();
    assert!(broken["error"].as_str().unwrap().contains("UTF-8"));
    assert!(broken.get("claims").is_none());
}

#[test]
fn a_file_gone_or_changed_is_still_checked_and_named_in_the_errors() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    factlint(tmp.path()).args(["extract", "batch", "--output", "batch.jsonl"]).output().unwrap();
    let (before, _) = run(tmp.path(), &["check", "--format", "json", "--claims", "batch.jsonl"]);
    fs::remove_file(tmp.path().join("batch/ferry-2.md")).unwrap();
    fs::write(tmp.path().join("batch/ferry-1.txt"), "Rewritten since.\n").unwrap();
    let (after, code) = run(tmp.path(), &["check", "--format", "json", "--claims", "batch.jsonl"]);
    assert_eq!(code, 2);
    let report: serde_json::Value = serde_json::from_str(&after).unwrap();
    let errors = report["errors"].as_array().unwrap();
    let error_of = |file: &str| errors.iter().find(|e| e["file"] == file).map(|e| e["message"].to_string());
    assert!(error_of("batch/ferry-2.md").is_some_and(|m| m.contains("no such file")), "{errors:?}");
    assert!(error_of("batch/ferry-1.txt").is_some_and(|m| m.contains("changed")), "{errors:?}");
    let before: serde_json::Value = serde_json::from_str(&before).unwrap();
    let rules = |r: &serde_json::Value| {
        r["findings"].as_array().unwrap().iter().map(|f| f["rule"].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(rules(&before), rules(&report), "the same findings, from the claims");
}

#[test]
fn a_bad_line_is_an_error_naming_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("bad.jsonl"), "{\"schema\":\"factlint-claims/9\",\"file\":\"x.txt\"}\nnot json\n")
        .unwrap();
    let (json, code) = run(tmp.path(), &["check", "--format", "json", "--claims", "bad.jsonl"]);
    assert_eq!(code, 2);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors[0]["file"], "bad.jsonl:1");
    assert!(errors[0]["message"].as_str().unwrap().contains("factlint-claims/9"));
    assert_eq!(errors[1]["file"], "bad.jsonl:2");
}

#[test]
fn claims_come_from_stdin_too() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    let (jsonl, _) = run(tmp.path(), &["extract", "batch"]);
    let (direct, _) = run(tmp.path(), &["check", "--format", "json", "batch"]);
    let out =
        factlint(tmp.path()).args(["check", "--format", "json", "--claims", "-"]).write_stdin(jsonl).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), direct);
}

/// The shared corpora, when present: each folder checked whole.
#[test]
fn check_from_claims_reports_what_check_reports_on_the_shared_corpora() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let sets = ["shared/corpus/dev", "shared/corpus/dev2", "shared/realnews/ecbplus"];
    if !root.join("shared").is_dir() {
        eprintln!("skipping the shared corpora: ../shared is absent");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    for set in sets {
        if !root.join(set).is_dir() {
            eprintln!("skipping {set}: absent");
            continue;
        }
        let claims = tmp.path().join("set.jsonl");
        let claims = claims.to_str().unwrap();
        factlint(&root).args(["extract", set, "--output", claims]).output().unwrap();
        let (a, _) = run(&root, &["check", "--format", "json", set]);
        let (b, _) = run(&root, &["check", "--format", "json", "--claims", claims]);
        assert!(a == b, "check and check --claims differ on {set}");
    }
}

/// Archive mode finds what a check of archive and new articles together
/// finds, less the findings that involve no new article.
#[test]
fn archive_mode_reports_the_findings_that_involve_a_new_article() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    let dir = tmp.path();
    fs::remove_file(dir.join("batch/huge.txt")).unwrap();
    fs::create_dir_all(dir.join("new")).unwrap();
    fs::rename(dir.join("batch/ferry-2.md"), dir.join("new/ferry-2.md")).unwrap();
    factlint(dir).args(["extract", "batch", "--output", "cache/"]).output().unwrap();
    for file in ["claims.jsonl", "articles.tsv", "terms.tsv", "postings.bin", "index.json"] {
        assert!(dir.join("cache").join(file).exists(), "cache/{file} missing");
    }
    let (full, _) = run(dir, &["check", "--format", "json", "batch", "new"]);
    let (archived, _) = run(dir, &["check", "--format", "json", "new", "--archive", "cache"]);
    let key = |f: &serde_json::Value| {
        let files: Vec<String> = f["labels"].as_array().unwrap().iter().map(|l| l["file"].to_string()).collect();
        (f["rule"].to_string(), f["message"].to_string(), files)
    };
    let with_new = |r: &str| -> Vec<_> {
        let r: serde_json::Value = serde_json::from_str(r).unwrap();
        let mut v: Vec<_> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["labels"].as_array().unwrap().iter().any(|l| l["file"] == "new/ferry-2.md"))
            .map(key)
            .collect();
        v.sort();
        v
    };
    let expected = with_new(&full);
    assert!(!expected.is_empty(), "the new article conflicts with the archive");
    assert_eq!(with_new(&archived), expected);
    let report: serde_json::Value = serde_json::from_str(&archived).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), expected.len(), "only findings with a new article");
    // --update-archive adds the new article; it is then in the archive.
    factlint(dir).args(["check", "new", "--archive", "cache", "--update-archive", "cache"]).output().unwrap();
    let claims = fs::read_to_string(dir.join("cache/claims.jsonl")).unwrap();
    assert!(claims.contains("\"file\":\"new/ferry-2.md\""));
}

/// `stories --claims` groups from the signatures in the claims lines alone,
/// as `stories` does from the articles; and claims lines tagged with those
/// stories (what the Spark job's reduce step receives) check the same as
/// the articles, while one story's lines alone give that story's findings.
#[test]
fn stories_from_claims_match_and_tagged_lines_check_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    fixtures(tmp.path());
    let dir = tmp.path();
    fs::remove_file(dir.join("batch/huge.txt")).unwrap();
    factlint(dir).args(["extract", "batch", "--output", "all.jsonl"]).output().unwrap();
    let (direct, _) = run(dir, &["stories", "--format", "json", "batch"]);
    let (from_claims, _) = run(dir, &["stories", "--format", "json", "--claims", "all.jsonl"]);
    let stories_of =
        |r: &str| -> serde_json::Value { serde_json::from_str::<serde_json::Value>(r).unwrap()["stories"].clone() };
    let stories = stories_of(&direct);
    assert!(stories.as_array().is_some_and(|s| s.len() > 1), "the batch holds several stories: {direct}");
    assert_eq!(stories_of(&from_claims), stories);

    // Tag each line with its story, as the map-reduce path does.
    let mut story_of = std::collections::BTreeMap::new();
    for s in stories.as_array().unwrap() {
        for f in s["files"].as_array().unwrap() {
            story_of.insert(f.as_str().unwrap().to_string(), s["id"].as_u64().unwrap());
        }
    }
    let mut by_story: std::collections::BTreeMap<u64, Vec<String>> = std::collections::BTreeMap::new();
    let mut tagged = String::new();
    for line in fs::read_to_string(dir.join("all.jsonl")).unwrap().lines() {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        let Some(&id) = v["file"].as_str().and_then(|f| story_of.get(f)) else { continue };
        v["story"] = id.into();
        let line = serde_json::to_string(&v).unwrap();
        tagged.push_str(&line);
        tagged.push('\n');
        by_story.entry(id).or_default().push(line);
    }
    fs::write(dir.join("tagged.jsonl"), &tagged).unwrap();
    let findings = |r: &str| serde_json::from_str::<serde_json::Value>(r).unwrap()["findings"].clone();
    let (whole, _) = run(dir, &["check", "--format", "json", "batch"]);
    let (given, _) = run(dir, &["check", "--format", "json", "--claims", "tagged.jsonl"]);
    assert!(!findings(&whole).as_array().unwrap().is_empty());
    assert_eq!(findings(&given), findings(&whole), "stories given in the lines change nothing");

    // One story's lines alone: every finding is one of the whole run's.
    let all = findings(&whole);
    let mut seen = 0;
    for (id, lines) in by_story {
        fs::write(dir.join("part.jsonl"), lines.join("\n") + "\n").unwrap();
        let (part, _) = run(dir, &["check", "--format", "json", "--claims", "part.jsonl"]);
        for f in findings(&part).as_array().unwrap() {
            let mut f = f.clone();
            f["story"] = id.into();
            assert!(all.as_array().unwrap().contains(&f), "story {id} alone finds what the whole run does not: {f}");
            seen += 1;
        }
    }
    assert_eq!(seen, all.as_array().unwrap().len(), "the stories' findings add up to the whole run's");
}
