//! The report does not depend on the number of threads or on the run
//! (issue #8): byte-identical JSON and human output at `--jobs` 1, 2 and 8
//! and across repeated runs, on a generated corpus of a few hundred
//! invented articles that disagree with each other.

mod common;

use std::time::Duration;

use assert_cmd::Command;

fn run(args: &[&str], dir: &std::path::Path) -> (i32, Vec<u8>) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .args(args)
        .arg(dir)
        .env_remove("NO_COLOR")
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap(), out.stdout)
}

#[test]
fn same_bytes_at_any_thread_count_and_on_every_run() {
    let dir = tempfile::tempdir().unwrap();
    common::write_corpus(dir.path(), 300, 2024);

    for format in ["json", "human"] {
        let base = ["check", "--format", format];
        let (code, first) = run(&[&base[..], &["--jobs", "1"]].concat(), dir.path());
        assert_eq!(code, 1, "the generated corpus has findings");
        for jobs in ["2", "8", "1", "8"] {
            let (c, out) = run(&[&base[..], &["--jobs", jobs]].concat(), dir.path());
            assert_eq!(c, code, "exit code with --jobs {jobs}");
            assert!(out == first, "{format} output with --jobs {jobs} differs from --jobs 1");
        }
        if format == "json" {
            let doc: serde_json::Value = serde_json::from_slice(&first).unwrap();
            assert_eq!(doc["summary"]["articles"], 300);
            let findings = doc["findings"].as_array().unwrap().len();
            assert!(findings >= 20, "enough findings for the order to matter: {findings}");
        }
    }
}
