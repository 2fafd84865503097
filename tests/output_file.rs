//! `--output` keeps an existing file's permissions, gives a new one the
//! umask's, and writes through a symlink; `test-rules FILE` runs a file's
//! tests once even when factlint.toml loads it too.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use common::run;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").expect("the factlint binary is built");
    cmd.current_dir(dir).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("COLUMNS");
    cmd.timeout(Duration::from_secs(120));
    cmd
}

#[cfg(unix)]
#[test]
fn output_keeps_permissions_and_writes_through_a_symlink() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(ROOT).join("seeds");
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // A new file: the default mode under the umask, as any file the shell makes.
    let fresh = dir.path().join("fresh.json");
    let made_by_shell = dir.path().join("shell.json");
    fs::write(&made_by_shell, "").unwrap();
    let r = run(factlint(dir.path()).arg("check").arg(&seeds).args(["--format", "json", "-o"]).arg(&fresh));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(mode(&fresh), mode(&made_by_shell));

    // An existing file keeps its mode.
    let kept = dir.path().join("kept.json");
    fs::write(&kept, "old").unwrap();
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).unwrap();
    run(factlint(dir.path()).arg("check").arg(&seeds).args(["--format", "json", "-o"]).arg(&kept));
    assert_eq!(mode(&kept), 0o640);
    assert!(fs::read_to_string(&kept).unwrap().starts_with('{'));

    // A symlink stays a symlink; its target gets the report.
    fs::create_dir(dir.path().join("reports")).unwrap();
    let target = dir.path().join("reports/latest.json");
    fs::write(&target, "old").unwrap();
    let link = dir.path().join("latest.json");
    symlink("reports/latest.json", &link).unwrap();
    run(factlint(dir.path()).arg("check").arg(&seeds).args(["--format", "json", "-o", "latest.json"]));
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
    assert!(fs::read_to_string(&target).unwrap().starts_with('{'), "the target holds the report");
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("reports"))
        .unwrap()
        .chain(fs::read_dir(dir.path()).unwrap())
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
}

#[test]
fn test_rules_on_a_file_the_config_loads_runs_its_tests_once() {
    let dir = Path::new(ROOT).join("tests/fixtures/walkthrough");
    let r = run(factlint(&dir).args(["test-rules", "election.toml"]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.ends_with("2 passed, 0 failed, 0 skipped\n"), "{}", r.stdout);
    let r = run(factlint(&dir).args(["test-rules", "./election.toml"]));
    assert!(r.stdout.ends_with("2 passed, 0 failed, 0 skipped\n"), "{}", r.stdout);
}
