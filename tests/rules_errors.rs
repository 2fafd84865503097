//! Errors in rules and config files: every error of a file at once, each
//! pointing at its key or value, with a did-you-mean where one helps.
//! Snapshots are rendered without colour at a fixed width.

use std::fs;
use std::sync::Arc;

use assert_cmd::Command;
use factlint::rules::diagnostics::{FileErrors, render};
use factlint::rules::load::{LoadOptions, Source, shipped_sources};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn errors_of(name: &str, text: &str) -> Vec<FileErrors> {
    let user = Source { name: name.into(), text: Arc::from(text) };
    factlint::engine::load_sources(&shipped_sources(), &[user]).expect_err("the file has errors")
}

#[test]
fn a_broken_rules_file_gets_every_error_at_once() {
    let text = fs::read_to_string(format!("{ROOT}/tests/fixtures/rules/broken.toml")).unwrap();
    let files = errors_of("broken.toml", &text);
    assert_eq!(files.len(), 1);
    insta::assert_snapshot!(render(&files, false, 100));
}

#[test]
fn invalid_toml_points_at_the_syntax_error() {
    let files = errors_of("syntax.toml", "[[rule]]\nid = \"x\nkind = \"figure-mismatch\"\n");
    insta::assert_snapshot!(render(&files, false, 100));
}

#[test]
fn wrong_types_are_named() {
    let text = "[[alias]]\ncanonical = 7\nvariants = \"UN\"\n\n[[spelling]]\nwords = [\"grey\"]\n\n[[hedge]]\nreading = \"over\"\nwords = [\"beyond\"]\nwidth = 0.2\n";
    insta::assert_snapshot!(render(&errors_of("types.toml", text), false, 100));
}

#[test]
fn a_broken_config_file_points_into_factlint_toml() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("factlint.toml"),
        "rules = [\"../elsewhere.toml\", \"missing.toml\"]\nselect = [\"figure-mismatch\"]\nignore = [\"figure-mismach\"]\n\n[severity]\nfigure-mismatch = \"warn\"\n\n[sevrity]\n",
    )
    .unwrap();
    let opts = LoadOptions { config: None, search_from: Some(dir.path().join("sub/folder")), rules: vec![] };
    let files = factlint::engine::load_rules(&opts).expect_err("the config has errors");
    let shown = render(&files, false, 100).replace(&dir.path().display().to_string(), "<dir>");
    insta::assert_snapshot!(shown);
}

#[test]
fn a_typo_exits_2_with_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("beat.toml"),
        "[[rule]]\nid = \"score-mismatch\"\nkind = \"figure-mismatch\"\nseverty = \"warning\"\n",
    )
    .unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--rules", "beat.toml", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("unknown key `severty`"), "{stderr}");
    assert!(stderr.contains("did you mean `severity`?"), "{stderr}");
    assert!(stderr.contains("beat.toml:4:1"), "{stderr}");
}

#[test]
fn a_huge_regex_is_refused_not_compiled() {
    let files = errors_of("big.toml", "[[ignore]]\nkey = \"(\\\\w{100}){100}\"\nreason = \"too big\"\n");
    let shown = render(&files, false, 100);
    assert!(shown.contains("`key` is not a valid regular expression"), "{shown}");
}

#[test]
fn bad_input_never_panics() {
    for text in [
        "",
        "=",
        "[[rule]]\n[[rule]]\n",
        "rule = 3",
        "[[test]]\narticles = [1]\nexpect = [\"x\"]\n",
        "\u{feff}[dates]\norder = 1\n",
        "[[measure]]\nname=\"x\"\nunits=[{name=\"km\"}]\ntolerance={relative=2.0}\n",
    ] {
        let user = Source { name: "fuzz.toml".into(), text: Arc::from(text) };
        let _ = factlint::engine::load_sources(&shipped_sources(), &[user]);
    }
}

#[test]
fn an_unknown_finding_kind_gets_a_did_you_mean() {
    let files =
        errors_of("fk.toml", "[[rule]]\nid = \"r\"\nkind = \"figure-mismatch\"\nfinding-kinds = [\"rate-mismatc\"]\n");
    let shown = render(&files, false, 100);
    assert!(
        shown.contains("unknown finding kind `rate-mismatc`") && shown.contains("did you mean `rate-mismatch`?"),
        "{shown}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// No rules or config text makes loading panic: it loads or it errs.
    #[test]
    fn no_rules_text_panics(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::prelude::Just("[[rule]]\n".to_string()),
                proptest::prelude::Just("[[test]]\n".to_string()),
                proptest::prelude::Just("[[alias]]\n".to_string()),
                proptest::prelude::Just("[[measure]]\n".to_string()),
                proptest::prelude::Just("[[ignore]]\n".to_string()),
                proptest::prelude::Just("[dates]\n".to_string()),
                proptest::prelude::Just("[severity]\n".to_string()),
                "(id|kind|severity|name|rule|canonical|variants|words|reading|width|texts|articles|expect|reason|key|file|order|tolerance|units|synonyms|applies-to|finding-kinds|titles|held-with|select|ignore|rules|shipped|[a-z-]{1,8}) = (\"[^\"\\\\]{0,12}\"|[0-9.e-]{1,6}|true|\\[\\]|\\{ ?\\}|\\[\\{ ?[a-z]{1,6} = \"[a-z]{0,4}\" ?\\}\\])\n",
                "(id|kind|severity|name|rule|canonical|variants|words|reading|width|texts|articles|expect|reason|key|file|order|tolerance|units|synonyms|applies-to|finding-kinds|titles|held-with|select|ignore|rules|shipped|[a-z-]{1,8}) = \\[(\"[a-z ()|*]{0,8}\", ?){0,3}\\]\n",
                ".{0,20}",
            ],
            0..12,
        )
    ) {
        let text: String = parts.concat();
        let user = Source { name: "p.toml".into(), text: Arc::from(text.as_str()) };
        let _ = factlint::engine::load_sources(&shipped_sources(), &[user]);
        let _ = factlint::rules::decode::config_file("factlint.toml", &text);
    }
}
