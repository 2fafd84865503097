//! How `factlint check` finds and reads its inputs: overlapping paths,
//! ignore files, hidden and build folders, `--exclude`, stdin, a folder
//! with no article, invalid UTF-8 in plain words, articles checked in
//! windows, and `--jobs` capped.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use common::{json, run};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

const ARTICLE: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\nInspectors were running around 450 open inquiries.\n";

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("FORCE_COLOR");
    cmd.timeout(Duration::from_secs(120));
    cmd
}

fn files(doc: &Value, list: &str) -> Vec<String> {
    doc[list].as_array().unwrap().iter().map(|a| a["file"].as_str().unwrap().to_string()).collect()
}

fn write(root: &Path, rel: &str, text: &[u8]) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

#[test]
fn overlapping_paths_are_read_once() {
    let r = run(factlint(Path::new(ROOT)).args(["check", "seeds", "./seeds", "seeds/", "--format", "json"]));
    let doc = json(&r);
    let listed = files(&doc, "articles");
    assert_eq!(listed.len(), 5, "{listed:?}");
    assert_eq!(doc["summary"]["articles"], 5);
    let names =
        run(factlint(Path::new(ROOT)).args(["check", "./seeds", "seeds/000_7b24a63f35a57af4.txt", "--format", "json"]));
    assert_eq!(files(&json(&names), "articles").len(), 5);
}

#[test]
fn walking_respects_ignore_files_and_skips_hidden_and_build_folders() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for rel in [
        "kept/a.txt",
        "kept/b.md",
        "drafts/c.txt",
        "old/d.txt",
        ".hidden/e.txt",
        "target/f.txt",
        "node_modules/pkg/g.md",
        "sub/target/h.txt",
        "private.txt",
        "notes/i.txt",
    ] {
        write(root, rel, ARTICLE.as_bytes());
    }
    write(root, ".gitignore", b"old/\nprivate.txt\n");
    write(root, "notes/.ignore", b"i.txt\n");
    let r = run(factlint(root).args(["check", ".", "--exclude", "drafts", "--format", "json"]));
    assert_ne!(r.code, 2, "{}", r.stderr);
    assert_eq!(files(&json(&r), "articles"), ["./kept/a.txt", "./kept/b.md"]);
    // --exclude globs in gitignore syntax, repeatable, on files named too.
    let r = run(factlint(root).args([
        "check",
        ".",
        "drafts/c.txt",
        "--exclude",
        "*.md",
        "--exclude",
        "drafts/",
        "--format",
        "json",
    ]));
    assert_eq!(
        files(&json(&r), "articles"),
        ["./kept/a.txt", "drafts/c.txt"],
        "a file named is not in a walked folder"
    );
    let r = run(factlint(root).args(["check", "kept/a.txt", "--exclude", "kept/*.txt", "--format", "json"]));
    assert_eq!(files(&json(&r), "articles"), Vec::<String>::new());
}

#[test]
fn a_folder_with_no_article_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("empty")).unwrap();
    write(root, "tables/one.csv", b"a,b\n1,2\n");
    write(root, "good/a.txt", ARTICLE.as_bytes());
    let r = run(factlint(root).args(["check", "empty", "tables", "good", "--format", "json"]));
    assert_eq!(r.code, 2);
    let doc = json(&r);
    assert_eq!(files(&doc, "errors"), ["empty", "tables"]);
    assert!(doc["errors"][0]["message"].as_str().unwrap().starts_with("no article found"), "{}", doc["errors"]);
    assert_eq!(files(&doc, "articles"), ["good/a.txt"]);
    let human = run(factlint(root).args(["check", "emty"]));
    assert_eq!(human.code, 2);
    assert!(human.stdout.contains("emty: not checked: no such file or folder"), "{}", human.stdout);
}

#[test]
fn invalid_utf8_gives_line_column_and_an_encoding_hint() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "latin1.txt", b"Harbour Times\n\nThe caf\xe9 reopened on Monday.\n");
    let r = run(factlint(dir.path()).args(["check", "latin1.txt", "--format", "concise"]));
    assert_eq!(r.code, 2);
    insta::assert_snapshot!("invalid_utf8_concise", r.stdout);
}

#[test]
fn dash_reads_one_article_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"Coast Wire\n\nFerry inquiry latest\n\nTuesday 4 March 2025\n\nInspectors are running nearly 300 open inquiries.\n");
    let r = run(factlint(dir.path())
        .args(["check", "-", "b.txt", "--stdin-filename", "desk/draft.txt", "--format", "concise"])
        .write_stdin(ARTICLE));
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!("stdin_concise", r.stdout);
    let unnamed = run(factlint(dir.path()).args(["check", "-", "--format", "json"]).write_stdin(ARTICLE));
    assert_eq!(files(&json(&unnamed), "articles"), ["<stdin>"]);
    let bad = run(factlint(dir.path()).args(["check", "-", "--format", "json"]).write_stdin(""));
    assert_eq!(bad.code, 2);
    assert_eq!(json(&bad)["errors"][0]["message"], "empty file");
}

#[test]
fn an_article_checked_in_windows_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::from("Harbour Times\n\nThe longest report\n\nMonday 3 March 2025\n\n");
    while big.len() <= factlint::window::HUGE_ARTICLE_BYTES {
        big.push_str("The harbour was calm that morning and the boats stayed in. Nobody said much.\n\n");
    }
    write(dir.path(), "big.txt", big.as_bytes());
    write(dir.path(), "small.txt", ARTICLE.as_bytes());
    let r = run(factlint(dir.path()).args(["check", ".", "--format", "json"]));
    let doc = json(&r);
    assert_eq!(doc["articles"][0]["file"], "./big.txt");
    assert_eq!(doc["articles"][0]["windowed"], true);
    assert!(doc["articles"][1].get("windowed").is_none(), "only on a windowed article");
    let human = run(factlint(dir.path()).args(["check", "."]));
    let last = human.stdout.lines().last().unwrap();
    assert!(last.contains("1 article over 1 MiB checked in windows"), "{last}");
}

#[test]
fn jobs_is_capped_with_a_warning() {
    let r = run(factlint(Path::new(ROOT)).args(["check", "seeds", "--jobs", "60000", "--format", "json"]));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("warning: --jobs 60000 is more than 4 per core; using"), "{}", r.stderr);
}
