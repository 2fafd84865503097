//! reports/ holds factlint's own report of seeds/, human and JSON. This
//! test fails when they are stale; regenerate them with
//! `UPDATE_REPORTS=1 cargo test --test reports`.

use std::path::{Path, PathBuf};

use factlint::report::{human, json};

fn check(name: &str, fresh: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("reports").join(name);
    if std::env::var_os("UPDATE_REPORTS").is_some() {
        std::fs::write(&path, fresh).unwrap();
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == fresh,
        "reports/{name} is stale: regenerate with `UPDATE_REPORTS=1 cargo test --test reports` and review the diff"
    );
}

#[test]
fn committed_seed_reports_are_fresh() {
    // Paths relative to the crate root, as the README's command prints them.
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let report = factlint::check_paths(&[PathBuf::from("seeds")]);
    check("seeds.json", &json::render(&report));
    check("seeds.txt", &human::render(&report, human::Style::plain()));
}
