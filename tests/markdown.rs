//! Markdown articles: emphasis, links and footnote markers do not hide a
//! figure, and labels point at the bytes of the file on disk.

use std::fs;

use assert_cmd::Command;

#[test]
fn markup_does_not_hide_a_figure_and_labels_point_into_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let a = "# Ferry inquiry widens\n\n*Harbour Times*, Monday 3 March 2025\n\nOfficials said inspectors were running **around 450** open [inquiries](https://example.test/inq) into the operator[^1].\n\n[^1]: Figures from the regulator.\n";
    let b = "Coast Wire\n\nFerry inquiry latest\n\nTuesday 4 March 2025\n\nInspectors are running nearly 300 open inquiries into the operator, the regulator said.\n";
    fs::write(tmp.path().join("a.md"), a).unwrap();
    fs::write(tmp.path().join("b.txt"), b).unwrap();
    let out =
        Command::cargo_bin("factlint").unwrap().arg("check").arg(tmp.path()).arg("--format=json").output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let figures: Vec<&serde_json::Value> =
        v["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "figure-mismatch").collect();
    assert_eq!(figures.len(), 1, "{v:#}");
    let label = figures[0]["labels"].as_array().unwrap().iter().find(|l| l["file"].as_str().unwrap().ends_with("a.md"));
    let label = label.expect("a label in the Markdown file");
    let (start, end) = (label["start"].as_u64().unwrap() as usize, label["end"].as_u64().unwrap() as usize);
    assert_eq!(&a[start..end], "around 450", "offsets are those of the file on disk");

    // The terminal shows the line as the editor wrote it, markup and all,
    // with the underline still under the figure.
    let human = Command::cargo_bin("factlint").unwrap().arg("check").arg(tmp.path()).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    let line = text.lines().find(|l| l.contains("**around 450**")).unwrap_or_else(|| panic!("{text}"));
    let under = text.lines().skip_while(|l| *l != line).nth(1).unwrap();
    let col = line.find("around 450").unwrap();
    assert_eq!(under.find('^'), Some(col), "{line}\n{under}");
}
