//! Integration tests of the `factlint` binary: exit codes, the JSON
//! contract of DESIGN.md ("The JSON report"), input errors, output files,
//! the human format, determinism across thread counts and folder walking.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use common::{Run, json, run};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A `factlint` command run from the crate root, with colour variables
/// cleared so the environment of the test run cannot change the output.
fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(ROOT).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("FORCE_COLOR");
    cmd.timeout(Duration::from_secs(120));
    cmd
}

/// A seed article, read from disk, to copy into temporary folders.
fn seed_text() -> Vec<u8> {
    fs::read(Path::new(ROOT).join("seeds/000_7b24a63f35a57af4.txt")).expect("seed 000 is readable")
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn article_files(doc: &Value) -> Vec<String> {
    doc["articles"].as_array().expect("articles is an array").iter().map(|a| str_field(a, "file")).collect()
}

fn error_files(doc: &Value) -> Vec<String> {
    doc["errors"].as_array().expect("errors is an array").iter().map(|e| str_field(e, "file")).collect()
}

fn str_field(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_else(|| panic!("{key} is a string in {v}")).to_string()
}

fn error_message_for<'a>(doc: &'a Value, file: &str) -> &'a str {
    doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["file"] == file)
        .unwrap_or_else(|| panic!("{file} is listed in errors: {}", doc["errors"]))["message"]
        .as_str()
        .expect("an error message is a string")
}

fn assert_sorted(list: &[String], what: &str) {
    let mut sorted = list.to_vec();
    sorted.sort();
    assert_eq!(list, sorted, "{what} are sorted by file");
}

fn count(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("{v} is a non-negative integer"))
}

/// Every field the contract promises is present and has its type.
fn assert_contract(doc: &Value) {
    assert_eq!(doc["schema"], 1, "schema is 1");
    for a in doc["articles"].as_array().expect("articles is an array") {
        assert!(a["file"].is_string(), "article file is a string: {a}");
        let obj = a.as_object().unwrap();
        assert!(obj.contains_key("title"), "article has a title field: {a}");
        assert!(a["title"].is_string() || a["title"].is_null(), "title is a string or null: {a}");
        assert!(obj.contains_key("published"), "article has a published field: {a}");
        match &a["published"] {
            Value::Null => {}
            Value::String(d) => assert!(
                d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-',
                "published is YYYY-MM-DD: {d}"
            ),
            other => panic!("published is a string or null, not {other}"),
        }
    }
    for f in doc["findings"].as_array().expect("findings is an array") {
        for key in ["rule", "kind", "severity", "message"] {
            assert!(f[key].is_string(), "finding {key} is a string: {f}");
        }
        assert!(["error", "warning", "advice"].contains(&f["severity"].as_str().unwrap()), "severity: {f}");
        assert!(f.as_object().unwrap().contains_key("help"), "finding has help: {f}");
        for l in f["labels"].as_array().expect("labels is an array") {
            for key in ["file", "text", "label"] {
                assert!(l[key].is_string(), "label {key} is a string: {l}");
            }
            for key in ["start", "end", "line", "column"] {
                count(&l[key]);
            }
            assert!(count(&l["start"]) <= count(&l["end"]), "label start <= end: {l}");
        }
    }
    for e in doc["errors"].as_array().expect("errors is an array") {
        assert!(e["file"].is_string() && e["message"].is_string(), "error has file and message: {e}");
    }
    let s = &doc["summary"];
    assert_eq!(count(&s["articles"]), doc["articles"].as_array().unwrap().len() as u64, "summary.articles");
    assert_eq!(count(&s["unreadable"]), doc["errors"].as_array().unwrap().len() as u64, "summary.unreadable");
    count(&s["claims"]);
    let findings = doc["findings"].as_array().unwrap();
    for sev in ["error", "warning", "advice"] {
        let expected = findings.iter().filter(|f| f["severity"] == sev).count() as u64;
        assert_eq!(count(&s["findings"][sev]), expected, "summary.findings.{sev}");
    }
}

#[test]
fn seeds_as_json_follow_the_contract() {
    let r = run(factlint().args(["check", "seeds", "--format", "json"]));
    assert!(r.code == 0 || r.code == 1, "exit code is 0 or 1, got {}; stderr:\n{}", r.code, r.stderr);
    let doc = json(&r);
    assert_contract(&doc);

    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5, "five seed articles: {}", doc["articles"]);
    for a in articles {
        let file = str_field(a, "file");
        let name = Path::new(&file).file_name().unwrap().to_string_lossy().into_owned();
        let expected = match &name[..4] {
            "001_" => Value::from("2017-11-23"),
            "004_" => Value::from("2016-08-02"),
            _ => Value::Null,
        };
        assert_eq!(a["published"], expected, "published date of {file}");
    }
    assert_sorted(&article_files(&doc), "articles");
    assert_eq!(doc["errors"], Value::Array(vec![]), "no input errors on the seeds");
    assert_eq!(doc["summary"]["articles"], 5);
    assert_eq!(doc["summary"]["unreadable"], 0);
    assert_eq!(r.code == 1, doc["findings"].as_array().unwrap().iter().any(|f| f["severity"] != "advice"));
}

#[test]
fn unreadable_inputs_are_listed_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a_seed.txt");
    let bad_utf8 = dir.path().join("b_bad_utf8.txt");
    let empty = dir.path().join("c_empty.txt");
    let blank = dir.path().join("d_whitespace.txt");
    let binary = dir.path().join("e_binary.txt");
    fs::write(&good, seed_text()).unwrap();
    fs::write(&bad_utf8, b"Hello \xff world").unwrap();
    fs::write(&empty, b"").unwrap();
    fs::write(&blank, b" \n\t\r\n   \n").unwrap();
    fs::write(&binary, b"PK\x03\x04\x00\x00binary\x00stuff").unwrap();

    let r = run(factlint().args(["check", "--format", "json"]).arg(dir.path()));
    assert_eq!(r.code, 2, "an unreadable input makes the exit code 2; stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_contract(&doc);

    assert_eq!(article_files(&doc), vec![shown(&good)], "only the seed is checked");
    let errors = error_files(&doc);
    assert_eq!(errors.len(), 4, "four inputs could not be checked: {}", doc["errors"]);
    assert_sorted(&errors, "errors");

    let utf8 = error_message_for(&doc, &shown(&bad_utf8));
    assert!(utf8.contains("UTF-8") && utf8.contains("byte 6"), "invalid UTF-8 message: {utf8}");
    let nul = error_message_for(&doc, &shown(&binary));
    assert!(nul.contains("NUL"), "binary message: {nul}");
    let e = error_message_for(&doc, &shown(&empty));
    assert!(e.contains("empty"), "empty message: {e}");
    let w = error_message_for(&doc, &shown(&blank));
    assert!(w.contains("whitespace"), "whitespace message: {w}");

    // Nothing lost: every input is in exactly one of the two lists.
    let inputs: BTreeSet<String> = [&good, &bad_utf8, &empty, &blank, &binary].iter().map(|p| shown(p)).collect();
    let mut listed: Vec<String> = article_files(&doc);
    listed.extend(errors);
    let listed_set: BTreeSet<String> = listed.iter().cloned().collect();
    assert_eq!(listed.len(), listed_set.len(), "no input is listed twice");
    assert_eq!(listed_set, inputs, "every input is in articles or errors");
    assert_eq!(doc["summary"]["articles"], 1);
    assert_eq!(doc["summary"]["unreadable"], 4);
}

#[test]
fn a_missing_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no_such_article.txt");
    let r = run(factlint().args(["check", "--format", "json"]).arg(&missing));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_contract(&doc);
    assert_eq!(error_files(&doc), vec![shown(&missing)]);
    assert!(!error_message_for(&doc, &shown(&missing)).is_empty());
    assert_eq!(doc["articles"], Value::Array(vec![]));
}

#[test]
fn a_missing_path_beside_good_ones_is_listed_and_the_rest_checked() {
    let r = run(factlint().args(["check", "--format", "json", "seeds", "seeds/no_such_file.txt"]));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_eq!(doc["articles"].as_array().unwrap().len(), 5);
    assert_eq!(error_files(&doc), vec!["seeds/no_such_file.txt".to_string()]);
}

#[test]
fn usage_errors_exit_2() {
    let cases: &[&[&str]] = &[
        &[],
        &["check"],
        &["check", "seeds", "--format", "xml"],
        &["check", "seeds", "--jobs", "0"],
        &["check", "seeds", "--no-such-flag"],
        &["no-such-command"],
    ];
    for args in cases {
        let r = run(factlint().args(*args));
        assert_eq!(r.code, 2, "`factlint {}` is a usage error; stderr:\n{}", args.join(" "), r.stderr);
        assert!(!r.stderr.trim().is_empty(), "`factlint {}` says what is wrong on stderr", args.join(" "));
        assert!(r.stdout.trim().is_empty(), "`factlint {}` writes no report: {}", args.join(" "), r.stdout);
    }
}

#[test]
fn output_writes_the_same_json_as_stdout() {
    let to_stdout = run(factlint().args(["check", "seeds", "--format", "json"]));
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.json");
    let to_file = run(factlint().args(["check", "seeds", "--format", "json", "--output"]).arg(&target));
    assert_eq!(to_file.code, to_stdout.code, "--output does not change the exit code");
    let written = fs::read_to_string(&target).expect("the report file is written");
    assert_eq!(written, to_stdout.stdout, "the file holds exactly what stdout would");
    assert!(to_file.stdout.is_empty(), "nothing else goes to stdout: {}", to_file.stdout);
    // No temporary file is left beside the report.
    let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, vec![std::ffi::OsString::from("report.json")]);
}

#[test]
fn output_keeps_exit_code_2_for_unreadable_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, b"").unwrap();
    let target = dir.path().join("report.json");
    let r = run(factlint().args(["check", "--format", "json", "--output"]).arg(&target).arg(&empty));
    assert_eq!(r.code, 2);
    let doc: Value = serde_json::from_str(&fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(error_files(&doc), vec![shown(&empty)]);
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("no_such_folder");
    let target = folder.join("report.json");
    let r = run(factlint().args(["check", "seeds", "--format", "json", "--output"]).arg(&target));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    assert!(r.stderr.contains(&shown(&target)), "stderr names the path {}:\n{}", target.display(), r.stderr);
    assert!(!target.exists(), "no report file is created");
    assert!(!folder.exists(), "the folder is not created either");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is left in the parent folder");
}

fn assert_human_seed_report(r: &Run) {
    assert!(r.code == 0 || r.code == 1, "exit code {}; stderr:\n{}", r.code, r.stderr);
    assert!(!r.stdout.contains('\u{1b}'), "no ANSI escape codes when stdout is not a terminal:\n{}", r.stdout);
    let last = r.stdout.lines().rev().find(|l| !l.trim().is_empty()).expect("the report is not empty");
    assert!(
        last.starts_with("factlint: 5 articles checked, 0 inputs not checked"),
        "the report ends with the summary line, got: {last:?}"
    );
    assert!(r.stdout.ends_with('\n'), "the report ends with a newline");
}

#[test]
fn human_format_ends_with_the_summary_line() {
    let r = run(factlint().args(["check", "seeds"]));
    assert_human_seed_report(&r);
    let explicit = run(factlint().args(["check", "seeds", "--format", "human"]));
    assert_eq!(explicit.stdout, r.stdout, "human is the default format");
}

#[test]
fn human_format_with_no_color_has_no_escapes() {
    let r = run(factlint().args(["check", "seeds"]).env("NO_COLOR", "1"));
    assert_human_seed_report(&r);
}

#[test]
fn json_is_the_same_at_any_thread_count() {
    let outputs: Vec<(u16, Run)> = [1u16, 2, 8]
        .iter()
        .map(|&n| (n, run(factlint().args(["check", "seeds", "--format", "json", "--jobs", &n.to_string()]))))
        .collect();
    let (_, first) = &outputs[0];
    for (n, r) in &outputs[1..] {
        assert_eq!(r.code, first.code, "exit code with --jobs {n}");
        assert!(r.stdout == first.stdout, "JSON with --jobs {n} differs from --jobs 1");
    }
    // And the same again: no run-to-run variation.
    let again = run(factlint().args(["check", "seeds", "--format", "json", "--jobs", "8"]));
    assert!(again.stdout == first.stdout, "a second run with --jobs 8 gives the same bytes");
}

#[test]
fn bom_and_crlf_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bom_crlf.txt");
    let text = "\u{feff}Minister warns of rising threat in new report\r\n\r\nBy A Reporter\r\n\r\nThe minister said on Monday that the threat had risen. Officers made 120 arrests last year.\r\n";
    fs::write(&file, text).unwrap();
    let r = run(factlint().args(["check", "--format", "json"]).arg(&file));
    assert_ne!(r.code, 2, "a BOM + CRLF file is readable; stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_contract(&doc);
    assert_eq!(doc["errors"], Value::Array(vec![]));
    assert_eq!(article_files(&doc), vec![shown(&file)]);
    let title = doc["articles"][0]["title"].as_str().expect("the article has a title");
    assert!(!title.contains('\u{feff}') && !title.contains('\r'), "title has no BOM or CR: {title:?}");
    assert_eq!(title, "Minister warns of rising threat in new report");
}

#[test]
fn folders_are_walked_for_txt_and_md_only() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let body = seed_text();
    let mut expected: Vec<PathBuf> = Vec::new();
    for rel in ["b.txt", "a.md", "sub/c.txt", "sub/deeper/d.md", "z/e.txt"] {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, &body).unwrap();
        expected.push(p);
    }
    for rel in ["notes.json", "sub/data.csv", "sub/README", "sub/deeper/page.html"] {
        fs::write(root.join(rel), &body).unwrap();
    }
    let r = run(factlint().args(["check", "--format", "json"]).arg(root));
    assert_ne!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_contract(&doc);
    assert_eq!(doc["errors"], Value::Array(vec![]), "ignored files are not errors");
    let files = article_files(&doc);
    let mut expected: Vec<String> = expected.iter().map(|p| shown(p)).collect();
    expected.sort();
    assert_eq!(files, expected, "only .txt and .md, subfolders included, sorted by path");
}

#[test]
fn a_file_named_explicitly_is_taken_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.text");
    fs::write(&file, seed_text()).unwrap();
    let r = run(factlint().args(["check", "--format", "json"]).arg(&file));
    assert_ne!(r.code, 2, "stderr:\n{}", r.stderr);
    assert_eq!(article_files(&json(&r)), vec![shown(&file)]);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_terminates_with_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("articles");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("a.txt"), seed_text()).unwrap();
    std::os::unix::fs::symlink(&root, root.join("again")).unwrap();

    let r = run(factlint().args(["check", "--format", "json"]).arg(&root).timeout(Duration::from_secs(60)));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_contract(&doc);
    assert_eq!(article_files(&doc), vec![shown(&root.join("a.txt"))], "the real file is checked once");
    let messages: Vec<String> = doc["errors"].as_array().unwrap().iter().map(|e| str_field(e, "message")).collect();
    assert!(
        messages.iter().any(|m| m.contains("symlink loop")),
        "an error mentions the symlink loop: {}",
        doc["errors"]
    );
}
