//! Bad input, as integration tests of the binary (issue #8): what
//! tests/cli.rs does not already cover. Every input that cannot be checked
//! is listed in `errors` (exit 2) while the rest is still checked; nothing
//! is silently lost; offsets stay right with a BOM and CRLF; a closed pipe
//! is not an error; a report file is replaced whole or not at all.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use assert_cmd::Command;
use common::{json, run};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("factlint")
}

fn factlint() -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(ROOT).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("FORCE_COLOR");
    cmd.timeout(Duration::from_secs(300));
    cmd
}

fn shown(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn files_of(doc: &Value, list: &str) -> Vec<String> {
    doc[list].as_array().unwrap().iter().map(|a| a["file"].as_str().unwrap().to_string()).collect()
}

fn message_for(doc: &Value, file: &str) -> String {
    doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["file"] == file)
        .unwrap_or_else(|| panic!("{file} in {}", doc["errors"]))["message"]
        .as_str()
        .unwrap()
        .to_string()
}

fn seed() -> Vec<u8> {
    fs::read(Path::new(ROOT).join("seeds/000_7b24a63f35a57af4.txt")).unwrap()
}

/// Makes `path` unreadable; false when reading it still works (running as
/// root, or a file system without permissions), so the caller skips.
#[cfg(unix)]
fn make_unreadable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(path).is_ok() {
        eprintln!("skipped: {} is still readable after chmod 000 (running as root?)", path.display());
        return false;
    }
    true
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a_good.txt");
    let locked = dir.path().join("b_locked.txt");
    fs::write(&good, seed()).unwrap();
    fs::write(&locked, seed()).unwrap();
    if !make_unreadable(&locked) {
        return;
    }
    let r = run(factlint().args(["check", "--format", "json"]).arg(dir.path()));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_eq!(files_of(&doc, "articles"), vec![shown(&good)]);
    assert_eq!(files_of(&doc, "errors"), vec![shown(&locked)]);
    let m = message_for(&doc, &shown(&locked));
    assert!(m.contains("permission denied"), "the message says why: {m}");
}

#[test]
fn invalid_utf8_deep_in_a_file_names_its_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("late.txt");
    let mut bytes = seed();
    let at = bytes.len() - 10;
    // A lone continuation byte, then a truncated three-byte sequence.
    bytes.insert(at, 0x80);
    bytes.extend_from_slice(b"\xe2\x82");
    fs::write(&file, &bytes).unwrap();
    let r = run(factlint().args(["check", "--format", "json"]).arg(&file));
    assert_eq!(r.code, 2);
    let m = message_for(&json(&r), &shown(&file));
    let expected = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
    let before = std::str::from_utf8(&bytes[..expected]).unwrap();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    assert!(
        m.starts_with(&format!("not valid UTF-8 at byte {expected} (line {line}, column {column})")),
        "the byte, line and column: {m}"
    );
}

const HEAD_A: &str = "Harbour Times\n\nFerry inquiry widens\n\nMonday 3 March 2025\n\n";
const HEAD_B: &str = "Coast Wire\n\nFerry inquiry latest news\n\nTuesday 4 March 2025\n\n";
const BODY_A: &str = "Officials said inspectors were running around 450 open inquiries into the operator.\n";
const BODY_B: &str =
    "The weather was calm. Inspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";

/// Runs a pair of articles that disagree, written with the given line end
/// and BOM, and returns the JSON labels.
fn labels_for(dir: &Path, newline: &str, bom: bool) -> (Vec<Value>, Vec<(String, Vec<u8>)>) {
    let mut written = Vec::new();
    for (name, text) in [("a.txt", format!("{HEAD_A}{BODY_A}")), ("b.txt", format!("{HEAD_B}{BODY_B}"))] {
        let mut text = text.replace('\n', newline);
        if bom {
            text.insert(0, '\u{feff}');
        }
        let path = dir.join(name);
        fs::write(&path, &text).unwrap();
        written.push((shown(&path), text.into_bytes()));
    }
    let r = run(factlint().args(["check", "--format", "json"]).arg(dir));
    assert_eq!(r.code, 1, "one finding, no input errors; stderr:\n{}", r.stderr);
    let doc = json(&r);
    assert_eq!(doc["findings"].as_array().unwrap().len(), 1, "{}", doc["findings"]);
    (doc["findings"][0]["labels"].as_array().unwrap().clone(), written)
}

#[test]
fn bom_and_crlf_keep_offsets_into_the_file_on_disk() {
    let plain = tempfile::tempdir().unwrap();
    let odd = tempfile::tempdir().unwrap();
    let (lf_labels, _) = labels_for(plain.path(), "\n", false);
    let (crlf_labels, files) = labels_for(odd.path(), "\r\n", true);
    assert_eq!(crlf_labels.len(), 2);
    for (label, lf) in crlf_labels.iter().zip(&lf_labels) {
        let file = label["file"].as_str().unwrap();
        let bytes = &files.iter().find(|(f, _)| f == file).unwrap().1;
        let (start, end) = (label["start"].as_u64().unwrap() as usize, label["end"].as_u64().unwrap() as usize);
        let on_disk = std::str::from_utf8(&bytes[start..end]).unwrap();
        assert_eq!(on_disk, label["text"].as_str().unwrap(), "the offsets are into the file as it is on disk");
        assert!(on_disk == "around 450" || on_disk == "nearly 300", "{on_disk}");
        // Six header lines, each one CR longer, plus the BOM.
        let lf_start = lf["start"].as_u64().unwrap() as usize;
        assert_eq!(start, lf_start + 3 + 6, "BOM and six CRs come before the label");
        assert_eq!(label["line"], lf["line"], "CRLF counts as one line end");
        assert_eq!(label["column"], lf["column"], "a CR is not a column of the next line");
        assert_eq!(label["line"], 7);
    }
}

/// `factlint check seeds | head -1`: the reader goes away early; factlint
/// must neither panic nor complain.
#[cfg(unix)]
#[test]
fn a_closed_pipe_is_not_an_error() {
    let corpus = tempfile::tempdir().unwrap();
    common::write_corpus(corpus.path(), 300, 11);
    for (args, dir) in [
        (vec!["check", "seeds"], Path::new(ROOT).to_path_buf()),
        (vec!["check", "seeds", "--format", "json"], Path::new(ROOT).to_path_buf()),
        (vec!["check", "."], corpus.path().to_path_buf()),
        (vec!["check", ".", "--format", "json"], corpus.path().to_path_buf()),
    ] {
        // Through a shell, as a user would type it.
        let line = format!("'{}' {} | head -1", bin().display(), args.join(" "));
        let out = std::process::Command::new("sh").arg("-c").arg(&line).current_dir(&dir).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.is_empty(), "`{line}` writes nothing to stderr, got:\n{stderr}");
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);

        // And directly: read one line, close the pipe, see how it ends.
        let mut child = std::process::Command::new(bin())
            .args(&args)
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        let status = child.wait().unwrap();
        assert!(!first.is_empty());
        assert!(stderr.is_empty(), "{args:?}: nothing on stderr after the pipe closed, got:\n{stderr}");
        assert!(matches!(status.code(), Some(0..=2)), "{args:?}: exits normally, got {status:?}");
    }
}

/// Kills factlint at many moments of a run that replaces a report: the
/// target always holds either its old content or the complete new report.
#[cfg(unix)]
#[test]
fn a_killed_run_never_leaves_half_a_report() {
    let corpus = tempfile::tempdir().unwrap();
    common::write_corpus(corpus.path(), 300, 5);
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("report.json");
    let old = "{\"old\": true}\n";

    // The complete new report, for comparison. How long a run takes is
    // only used to spread the kills over it, never asserted.
    let started = std::time::Instant::now();
    let reference = run(factlint().args(["check", "--format", "json"]).arg(corpus.path()));
    let whole = started.elapsed().as_millis() as u64;
    assert!(reference.stdout.len() > 100_000, "a report large enough to take a while to write");

    let delays_ms: Vec<u64> = (0..=16).map(|k| whole * k / 14).collect();
    let mut saw_old = 0;
    let mut saw_new = 0;
    for &ms in &delays_ms {
        fs::write(&target, old).unwrap();
        let mut child = std::process::Command::new(bin())
            .args(["check", "--format", "json", "--output"])
            .arg(&target)
            .arg(corpus.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill(); // SIGKILL: no chance to clean up
        let _ = child.wait();
        let now = fs::read_to_string(&target).unwrap();
        if now == old {
            saw_old += 1;
        } else {
            assert!(
                now == reference.stdout,
                "after a kill at {ms} ms the report is neither old nor whole ({} bytes)",
                now.len()
            );
            saw_new += 1;
        }
    }
    // A kill leaves at most the temporary file beside the target, never a
    // partial target.
    let leftovers = fs::read_dir(out_dir.path()).unwrap().count() - 1;
    eprintln!(
        "killed {} runs over {whole} ms: {saw_old} left the old report, {saw_new} had replaced it, {leftovers} temporary files left",
        delays_ms.len()
    );
}

/// A folder mixing every bad case with good articles: every input is in
/// `articles` or in `errors`, exactly once, and the human summary line
/// counts both.
#[cfg(unix)]
#[test]
fn nothing_is_silently_lost() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("mix");
    fs::create_dir(&root).unwrap();
    let mut good: Vec<PathBuf> = common::write_corpus(&root.join("good"), 12, 3);
    let mut bad: Vec<PathBuf> = Vec::new();
    let add = |rel: &str, bytes: &[u8]| {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, bytes).unwrap();
        p
    };
    bad.push(add("bad/utf8.txt", b"Headline\n\nSome text \xc3\x28 here.\n"));
    bad.push(add("bad/nul.txt", b"Headline\n\nSome\0text.\n"));
    bad.push(add("bad/binary.md", &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    bad.push(add("bad/empty.txt", b""));
    bad.push(add("bad/blank.md", " \r\n\t\n\u{a0}\n".as_bytes()));
    bad.push(add("bad/bom_only.txt", "\u{feff}\r\n".as_bytes()));
    good.push(add(
        "odd/bom_crlf.txt",
        "\u{feff}Headline here\r\n\r\nOfficials said 12 people were hurt.\r\n".as_bytes(),
    ));
    good.push(add("odd/no_newline.md", b"A single line with 7 figures and no newline"));
    let locked = add("bad/locked.txt", &seed());
    if make_unreadable(&locked) {
        bad.push(locked);
    } else {
        good.push(locked);
    }
    let dangling = root.join("bad/dangling.txt");
    std::os::unix::fs::symlink(root.join("no/such/file.txt"), &dangling).unwrap();
    bad.push(dangling);
    let loop_link = root.join("bad/loop");
    std::os::unix::fs::symlink(&root, &loop_link).unwrap();
    bad.push(loop_link);
    // Not articles: ignored by the walk, so neither checked nor errors.
    add("notes.json", b"{}");
    add("bad/image.png", &[0x89, b'P', b'N', b'G']);
    let missing = dir.path().join("missing.txt");
    bad.push(missing.clone());

    let r = run(factlint().args(["check", "--format", "json"]).arg(&root).arg(&missing));
    assert_eq!(r.code, 2, "stderr:\n{}", r.stderr);
    let doc = json(&r);
    let articles = files_of(&doc, "articles");
    let errors = files_of(&doc, "errors");
    let expect = |v: &[PathBuf]| v.iter().map(|p| shown(p)).collect::<BTreeSet<_>>();
    assert_eq!(articles.iter().cloned().collect::<BTreeSet<_>>(), expect(&good), "checked");
    assert_eq!(errors.iter().cloned().collect::<BTreeSet<_>>(), expect(&bad), "not checked");
    assert_eq!(articles.len(), good.len(), "no article listed twice");
    assert_eq!(errors.len(), bad.len(), "no error listed twice");
    for e in doc["errors"].as_array().unwrap() {
        assert!(!e["message"].as_str().unwrap().is_empty(), "every error says why: {e}");
    }
    assert_eq!(doc["summary"]["articles"].as_u64(), Some(good.len() as u64));
    assert_eq!(doc["summary"]["unreadable"].as_u64(), Some(bad.len() as u64));

    let human = run(factlint().arg("check").arg(&root).arg(&missing));
    assert_eq!(human.code, 2);
    let last = human.stdout.lines().last().unwrap();
    let expected = format!("factlint: {} articles checked, {} inputs not checked;", good.len(), bad.len());
    assert!(last.starts_with(&expected), "summary line counts both: {last}");
    for e in &errors {
        assert!(human.stdout.contains(&format!("{e}: not checked:")), "the human report names {e}");
    }
}
